"""Readers of a flight's route in one sentence: both ends ("from X to Y"), where it set out, where it
was bound and where it landed instead, in English and in every other language the sentence speaks."""

from __future__ import annotations

import re

from geoviz.statements import english as en
from geoviz.statements.language import PLACE
from geoviz.statements.languages import AIRPORTS, INTENDED, RETURNED
from geoviz.statements.sentence_reading import SentenceReading

# Patterns naming both ends of the route beyond "from X to Y", in any language: pattern, cue, confidence.
_ROUTE_ENDS = ((en.LEFT_FOR, "left … for", 0.85), (en.HYPHEN_ROUTE, "X-Y route", 0.8),
               (en.BETWEEN, "between … and", 0.75))

# "…, a indiqué la préfecture de ⟦Savoie⟧": an authority's seat, not where the crash was
_AUTHORITY_BEFORE = re.compile(r"\b(?:préfecture|gendarmerie|police|policía|polícia|pompiers|bomberos|bombeiros|"
                               r"hôpital|hospital|mairie|alcaldía|prefeitura|prefettura|gouvernement|gobierno|governo|"
                               r"ministère|ministerio|ministério|parquet|procureur|fiscalía|secretaría|secretaria|"
                               r"questura|carabinieri|Polizei|Staatsanwaltschaft)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:de|du|des|d['’]|del|da|do|di|dell['’]|von|in)?\s*(?:la\s+|l['’])?$", re.IGNORECASE)

_MANY_FLIGHTS = re.compile(r"\b(?:voos|vuelos|vols|voli|Flüge|vluchten|aviones|aviões|avions|aerei|"
                           r"Maschinen|toestellen|rutas|rotas|lignes|liaisons|rotte|Verbindungen|Strecken)\b[^.⟦]{0,70}$|"
                           # (Indonesian counts them: "satu penerbangan dari X terpaksa dialihkan", one flight of
                           # several, from wherever)
                           r"\b(?:satu|dua|tiga|empat|lima|enam|beberapa|sejumlah|\d+)\s+penerbangan\b"
                           r"(?:[^.⟦]|⟦\d+⟧){0,70}$",
                           re.IGNORECASE)

# A landing forced, and the ground it was made on off any airport ("dans un champ", "en un potrero", "num pasto")
_FORCED = re.compile(r"forc|urgen|emergen|catastrophe|forzos|imprevist|precau", re.IGNORECASE)
_FOREIGN_OFF_GROUND = re.compile(
    r"\b(?:dans|en|em|num|numa|sur|in|auf|su)\s+(?:(?:un|une|le|la|les|el|los|um|uma|o|a|einem|einer|ein|uno)\s+)?"
    r"(?:champ|pré|prairie|plage|forêt|bois|vigne|jardin|campo|prado|potrero|pastizal|playa|bosque|pasto|pastagem|"
    r"praia|mata|plantação|canavial|terreno|Feld|Acker|Wiese|Maisfeld|Wald|prato|spiaggia|bosco)s?\b", re.IGNORECASE)
_WEAPONS = re.compile(r"\b(?:drones?|uavs?|unmanned|missiles?|rockets?)\b", re.IGNORECASE)

_PERSONS_HOME = re.compile(r"\b(?:his|her|their)\s+(?:\w+\s+)?home\b", re.IGNORECASE)
_BACK_FROM = re.compile(r"\bfrom\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_HOME_BASE = re.compile(r"\b(?:(?:its|their|the)\s+(?:home\s+)?(?:base|garrison|airfield)|home)\s+(?:at|in|near|to)\b",
                        re.IGNORECASE)
_FROM_AFTER = re.compile(r"\s+from\b")
# "se estrelló en la sierra de ⟦Guerrero⟧, cerca de ⟦Chilpancingo⟧": a town within the area it names
_NEAR_IN_AREA = re.compile(r"\s*,?\s*(?:cerca\s+de|près\s+de|perto\s+de|pr[oó]ximo\s+(?:a|de|do|da)|non\s+loin\s+de|"
                           r"vicino\s+a|nei\s+pressi\s+di|nahe|bei|in\s+der\s+Nähe\s+von|bij|nabij)\s+"
                           r"(?:(?:la|el|le|il|o|a|der|de)\s+)?(?:(?:ciudad|localidad|ville|cidade|città|Stadt|stad|"
                           r"pueblo|village|aldeia|paese|localité|località|Ort|Gemeinde)\s+(?:de|d['’]|do|da|di)?\s*)?"
                           + PLACE, re.IGNORECASE)

# A headline's cause that sent a flight elsewhere: "Typhoon sends HK Express flight from X to Y"
_SENDS = re.compile(r"\b(?:sends|sent|forces|forced|pushes|drives)\s+(?:[\w-]+\s+){0,4}?"
                    r"(?:flight|jet|plane|aircraft)\s+$", re.IGNORECASE)
_DIVERTED_BEFORE = re.compile(r"\bdivert\w*\s+$", re.IGNORECASE)  # (not "rerouted from Baku … to Grozny": its route)
# ("forced a flight from X to Y to land in Z": Y was where it was bound)
_TO_LAND = re.compile(r"\s+to\s+(?:land|divert|return|turn|make)\b", re.IGNORECASE)

# ("A search and rescue helicopter made a precautionary landing at X", in the lead: the report's own aircraft)
_OWN_ROLE = re.compile(r"\b(?:rescue|search|coastguard|coast\s+guard)\s+(?:[\w-]+\s+)?(?:aircraft|plane|helicopter)\b",
                       re.IGNORECASE)
_DISTANCE_BEFORE = re.compile(r"\b(?P<num>\d[\d,.]*|[a-z]+)\s*(?P<unit>km|kms|kilomet\w*|miles?|nm|nautical\s+miles?)"
                              r"\s+(?:[\w-]+\s+)?(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_VESSEL_BEFORE = re.compile(r"\b(?:tanker|ship|vessel|boat|ferry|trawler|cutter|yacht)s?\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ITS_ROUTE = re.compile(r"\s+from\s+(?:its|their)\s+(?:route|course|path|way)\s+to\b", re.IGNORECASE)
# (a distance in the other languages read, its number in figures or in words)
_FAR_IN_WORDS = re.compile(r"\b(?:(?P<num>\d+(?:[.,]\d+)?)|(?P<word>[a-zé]+))\s*(?P<unit>km|kilómetros|kilomètres|"
                           r"quilómetros|quilômetros)\b", re.IGNORECASE)
_NEAR_ENOUGH_KM = 15.0  # (a landing "about 3 miles south of X" is at X, on a map of the route)

# (survivors "hoisted … and flown to a hospital in X": the rescue's flight, not the one the report is of)
_RESCUED = re.compile(r"\b(?:hoisted|winched|rescued|airlifted|plucked|picked\s+up)\b", re.IGNORECASE)
_SET_OUT = re.compile(r"depart|left|leav|t(?:ook|aken|aking)\s+off|lift|set\s+off", re.IGNORECASE)


def _far_from(t: str, at: int) -> bool:
    """The slot at ``at`` follows a distance of some length: "near Nundroo, about 140 km west of X" is not at X."""
    m = _DISTANCE_BEFORE.search(t, max(0, at - 50), at - 1)
    km = en.parse_number(m["num"]) if m else None
    return km is not None and km * en.UNITS_KM.get(re.sub(r"\s+", " ", m["unit"].lower()), 1.0) > _NEAR_ENOUGH_KM


def _people_going(before: str) -> bool:
    """The words before a cue make people its subject ("medical students returning home from X"),
    not the flight that carried them ("a flight with 154 passengers returned to X")."""
    m = en.PEOPLE_GOING.search(before)
    return m is not None and not en.CARRYING.search(before, 0, m.start())


# A team sent after the accident, the subject of what follows (no aircraft named between)
_TEAM_WENT = re.compile(r"\b(?:commission|team|investigators|experts|delegation|specialists|inspectors)\b"
                        r"(?:(?!\b(?:plane|jet|aircraft|airliner|helicopter|flight|carrying|said|says|told|"
                        r"reported)\b)[^.⟦])*"
                        r"\b(?:has|have|had|were|was|is|are)\s+$", re.IGNORECASE)
_OWN_AIRPORT_KM = 30.0
# (some of those aboard: not "The 150 passengers were bound for Paris")
_TO_REFUEL = re.compile(r"\s*,?\s*(?:to\s+(?:refuel|take\s+on\s+(?:more\s+)?fuel)|for\s+(?:fuel|refuell?ing))\b",
                        re.IGNORECASE)
_PEOPLE_WERE = re.compile(r"\b(?:many|some|several|others|most|few|half)\s+(?:[\w-]+\s+){0,4}?(?:were|had\s+been)\s+$",
                          re.IGNORECASE)


def both_ends(r: SentenceReading) -> None:
    """Both ends of a route: "from X to Y", "left X for Y", "the X-Y route", "de X a Y"."""
    t, add = r.t, r.add
    for m in en.FROM_TO.finditer(t):
        if en.NEGATED.search(t[: m.start()]) or _other_flights(t, m.start(), m.end()) \
                or en.MOVED.search(t, max(0, m.start() - 60), m.start()) \
                or en.PERSON_FROM.search(t, max(0, m.start() - 50), m.start()):
            continue
        a, b = int(m["a"]), int(m["b"])
        conf = 0.9 if r.flighty else 0.5
        if _DIVERTED_BEFORE.search(t, max(0, m.start() - 20), m.start()):
            # "Fog forces flight to divert from Kuwait to Dammam": where it was bound, then where it went
            add("destination", a, "diverted from", 0.8)
            add("diversion", b, "diverted from … to", 0.8)
            r.from_to.update((a, b))
            r.diverted_from.add(a)
            continue
        add("origin", a, "from … to", conf)
        if _SENDS.search(t, max(0, m.start() - 50), m.start()) and not _TO_LAND.match(t, m.end()):
            add("diversion", b, "sends … to", 0.8)  # "Typhoon sends HK Express flight from X to Y": not where bound
        else:
            add("destination", b, "from … to", conf)
        r.from_to.update((a, b))
    for m in en.FROM_UNKNOWN_TO.finditer(t) if r.flighty else ():
        if not (en.NEGATED.search(t[: m.start()]) or _other_flights(t, m.start(), m.end())
                or en.PERSON_FROM.search(t, max(0, m.start() - 50), m.start())):
            add("destination", int(m["b"]), "from … to", 0.7)
    for rx, cue, conf in _ROUTE_ENDS:
        for m in rx.finditer(t):
            # (HYPHEN_ROUTE names its ends c, d when the route word comes after them, e, f for "X-to-Y")
            a, b = next((int(m[x]), int(m[y])) for x, y in (("a", "b"), ("c", "d"), ("e", "f"))
                        if x in m.re.groupindex and m[x] is not None)
            inner = int(m["a2"]) if "a2" in m.re.groupindex and m["a2"] is not None else None
            ends = r.slots[a].place, r.slots[b].place
            if ends[0].kind == "city" and ends[1].kind == "airport" and ends[1].km_to(ends[0]) < _OWN_AIRPORT_KM \
                    and " - " in t[m.start() : m.end()]:
                continue  # ("diverted to Puerto Montt - El Tepual Airport": a city and its airport, as databases
                # write them, not a route between them)
            bracketed = inner is not None and not r.slots[inner].place.is_area \
                and r.slots[inner].place.km_to(r.slots[a].place) < 60
            add("origin", inner if bracketed else a, cue, conf, at_airport=bracketed)
            add("destination", b, cue, conf)
            r.from_to.update((a, b))
    for lang in r.languages:
        for rx in lang.route_ends:
            for m in rx.finditer(t):
                if _MANY_FLIGHTS.search(t, max(0, m.start() - 40), m.start()):
                    continue  # ("vuelos directos entre Madrid y Tokio": an airline's routes)
                a, b = r.slots[int(m["a"])].place, r.slots[int(m["b"])].place
                if "," in t[m.end("a") : m.start("b")] and b.kind in ("country", "admin1") and b.country == a.country \
                        and not a.is_area:
                    continue  # ("sur les hauteurs de Cilaos, à La Réunion": where the town lies, no route)
                add("origin", int(m["a"]), lang.route_cue, 0.8)
                add("destination", int(m["b"]), lang.route_cue, 0.8)
                r.from_to.update((int(m["a"]), int(m["b"])))


def foreign_roles(r: SentenceReading) -> None:
    """One end at a time, in the other languages: "desviado a X", "s'est écrasé près de X", "decolou de X"."""
    t, add = r.t, r.add
    for lang in r.languages:
        for role, rx in lang.roles:
            for m in rx.finditer(t):
                far = _FAR_IN_WORDS.search(m.group(0)) if role == "diversion" else None
                if far is not None and (lang.number(far) or 0.0) > _NEAR_ENOUGH_KM:
                    continue  # ("aterrizó de emergencia a 80 kilómetros al norte de X": not at X)
                if role == "diversion" and (int(m["p"]) in r.from_to
                                            or INTENDED.search(t, max(0, m.start() - 40), m.start())
                                            or _MANY_FLIGHTS.search(t, max(0, m.start() - 80), m.start())):
                    continue  # ("vários voos com destino ao Funchal foram desviados": other flights)
                if role == "crash_site" and _AUTHORITY_BEFORE.search(t, max(0, m.start("p") - 40), m.start("p") - 1):
                    continue
                cue = f"{m['cue']} … {m['verb']}" if "verb" in m.re.groupindex and m["verb"] else m["cue"]
                if role == "diversion" and _FORCED.search(m["cue"]) and _FOREIGN_OFF_GROUND.search(m.group(0)):
                    # "un atterrissage forcé dans un champ près de X": off any airport, a crash where it came
                    # to harm (a helicopter puts down in a field unharmed: a diversion)
                    harmed = not (r.report.unharmed or r.report.rotary)
                    add("crash_site" if harmed else "diversion", int(m["p"]), cue, 0.75, off_airport=not harmed)
                    continue
                add(role, int(m["p"]), cue, 0.8,
                    at_airport=bool(AIRPORTS.search(m.group(0), max(0, len(m.group(0)) - 80))))
                within = _NEAR_IN_AREA.match(t, m.end()) if role == "crash_site" and r.slots[int(
                    m["p"])].place.is_area else None
                if within:
                    add(role, int(within["p"]), m["cue"], 0.8)
                verb = m["verb"] if "verb" in m.re.groupindex and m["verb"] else ""  # ("zum … zurückkehren")
                if role == "diversion" and (RETURNED.match(m["cue"]) or RETURNED.match(verb)) \
                        and "origin" not in r.used:
                    add("origin", int(m["p"]), m["cue"], 0.6)  # a flight returns to where it took off
    for lang in r.languages:
        for m in lang.takeoff.finditer(t) if lang.takeoff else ():
            add("origin", int(m["p"]), m["cue"], 0.8, at_airport=bool(AIRPORTS.search(m.group(0))))
            if lang.crashy.search(r.low, 0, m.start()):
                add("crash_site", int(m["p"]), m["cue"] + " after takeoff", 0.7, at_airport=True)
    for lang in r.languages:
        for m in lang.runway_excursion.finditer(t) if lang.runway_excursion else ():
            add("crash_site", int(m["p"]), m["cue"], 0.8, at_airport=True)
            add("destination", int(m["p"]), m["cue"], 0.6)


def origins(r: SentenceReading) -> None:
    """Where the flight set out: "took off from X", an accident record's "Departure: X"."""
    t = r.t
    for m in en.RECORD.finditer(t):
        role = {"departure": "origin", "destination": "destination", "location": "crash_site"}[m["cue"].lower()]
        r.add(role, int(m["p"]), m["cue"].lower(), 0.7)
    for rx in en.ORIGIN:
        for m in rx.finditer(t):
            if m["cue"].lower() == "flights" or _other_flights(t, m.start(), m.end()) or (
                    m["cue"].lower() in ("route", "service") and _other_flights(t, m.end("cue") + 1)):
                continue  # ("dozens of flights were diverted from X", "its seasonal route from X")
            if m["cue"].lower().startswith(("return", "arriv", "travel", "flown")) \
                    and _people_going(t[max(0, m.start() - 40) : m.start()]):
                continue  # ("medical students returning home from X", "engineers were flown from X": people)
            if en.OTHER_AIRCRAFT.search(t, max(0, m.start() - 40), m.start()) \
                    or (en.SEARCHING.search(t) and not r.crashy and not _SET_OUT.match(m["cue"])) \
                    or en.PERSON_FROM.search(t, max(0, m.start("p") - 70), m.start("p")):
                continue  # ("a rescue helicopter from X", "a jet from X searched the area", "flew the pilot,
                # from X, to hospital"; but "had left its base at X to search for a kayaker" is the flight's own)
            if m["cue"].lower().endswith("launched") and _WEAPONS.search(t):
                continue  # (a drone or a missile launched from X)
            if int(m["p"]) in r.diverted_from or _TEAM_WENT.search(t, max(0, m.start() - 80), m.start()):
                continue  # ("A commission … has left Baku for the scene": investigators, not the flight)
            r.add("origin", int(m["p"]), m["cue"], 0.8)
    for m in en.STOPOVER.finditer(t):  # (the last leg's start: surer than where the trip began)
        r.add("origin", int(m["p"]), m["cue"], 0.9)


def destinations(r: SentenceReading) -> None:
    """Where it was bound: "bound for X", "landed on schedule at X"; and landings, weighed later."""
    t, add = r.t, r.add
    for m in en.LANDED.finditer(t):
        if _TO_REFUEL.match(t, m.end()):
            continue  # ("the pilots landed at Entebbe to refuel … flew on to Juba": a stop on the way)
        if (m["due"] or en.ARRIVING.search(t, max(0, m.start() - 40), m.start())) \
                and not en.OFF_AIRPORT.search(m.group(0)):  # (not "when it landed in a field at X")
            # ("landed on schedule at X", "burst as it landed in X": where it arrived, as it was bound)
            add("destination", int(m["p"]), m["cue"], 0.6)
        else:
            add("landed", int(m["p"]), m["cue"], 0.75)
    for rx in en.DESTINATION:
        for m in rx.finditer(t):
            cue = m["cue"].lower()
            if en.NEGATED.search(t[: m.start()]) or _other_flights(t, m.start(), m.end()) \
                    or (cue.startswith(("trip", "journey"))
                        and _BACK_FROM.search(t, max(0, m.start() - 40), m.start())):
                continue  # (nor "had just come back from a trip to X": a person's)
            if _PEOPLE_WERE.search(t, max(0, m.start() - 50), m.start()):
                continue  # ("Several passengers were bound for X": their onward trip, not the flight's)
            if _RESCUED.search(t, 0, m.start()) and not r.crashy and not r.report.lead:
                continue  # ("a Guard helicopter hoisted the three and flew them to a hospital in X": the rescue's)
            # "changed course ... and headed for X": X is where it diverted; "a flight headed
            # to X returned to Y": X is its destination.
            if cue.startswith("head") and en.COURSE_CHANGE.search(t, 0, m.start()):
                add("diversion", int(m["p"]), cue, 0.7)
            elif cue.startswith(("approach", "was landing", "scheduled landing", "while landing", "when landing",
                                 "as landing")):
                # (landing there names the destination only where nothing else does: see story)
                add("destination" if cue.startswith("scheduled") else "approach", int(m["p"]), cue, 0.6)
            else:
                add("destination", int(m["p"]), cue, 0.85)


def diversions(r: SentenceReading) -> None:
    """Where it landed instead: "diverted to X", "returned to X", "an emergency landing at X" (or, off
    an airport and harmed, where it came down)."""
    t, slots, add, report = r.t, r.slots, r.add, r.report
    if report.unharmed:
        for m in en.FIELD_LANDING.finditer(t):
            if not _far_from(t, m.start("p")):
                add("diversion", int(m["p"]), m["cue"], 0.75, off_airport=True)
    for rx in en.DIVERSION:
        for m in rx.finditer(t):
            i = int(m["p"])
            if _far_from(t, m.start("p")):
                continue  # ("landed on the Eyre Highway near Nundroo, about 140 km west of X": not at X)
            if _VESSEL_BEFORE.search(t, max(0, m.start() - 40), m.start()) or _ITS_ROUTE.match(t, m.end("cue")):
                continue  # ("a tanker diverted from its route to Halifax joined the search": a ship, and its way)
            before = t[max(0, m.start() - 60) : m.start()]
            off_airport = bool(en.OFF_AIRPORT.search(m.group(0)) or en.OFF_AIRPORT_AFTER.match(t, m.end()))
            impact = bool(en.IMPACT.search(t, m.end()) or en.DESTROYED_ON_LANDING.search(before))
            # ("a forced landing in a farm field near X; the aircraft was undamaged": it landed there, no crash)
            if en.FORCED_LANDING.search(m["cue"]) and not en.INTENDED.search(before[-40:]) and (
                    impact or (off_airport and not report.unharmed and not report.rotary)):
                # (a helicopter puts down in a field or on a beach unharmed, unless it struck something)
                add("crash_site", i, m["cue"], 0.75)  # "made an emergency landing on X and struck a car"
                within = en.WITHIN_AREA.match(t, m.end()) if slots[i].place.is_area else None
                if within:  # ("a forced landing in Offaly bog near Edenderry": near the town)
                    add("crash_site", int(within["p"]), m["cue"], 0.75)
                if off_airport:
                    continue  # "an emergency landing in a cornfield near X": no airport it diverted to
            if i in r.from_to or en.NEGATED.search(t[: m.start()]) or en.INTENDED.search(before[-40:]) \
                    or (en.OTHER_FLIGHTS.search(before[-50:])
                        and not (report.lead and _OWN_ROLE.search(before[-50:]))) \
                    or (m["cue"].lower().startswith("return") and (en.PEOPLE_RETURNING.search(before)
                                                                  or _people_going(before))):
                continue  # "other flights were diverted to X", "passengers returning home to X": not this flight
            if m["cue"].lower().startswith("return") and (_FROM_AFTER.match(t, m.end("cue"))
                                                          or _PERSONS_HOME.search(t, m.end("cue"), m.start("p"))):
                continue  # "returning from X … when it crash-landed at Y": a trip home, no return; so is "a
                # teacher returning to her home in X"
            if m["cue"].lower().startswith("return") and (_FROM_AFTER.match(t, m.end()) or (
                    m["cue"].lower() == "returning" and _HOME_BASE.search(t, m.end("cue"), m.start("p")))):
                # "returning to X from a platform", "was returning to its base at X after a patrol": a way home
                add("destination", i, m["cue"], 0.7)
                continue
            back = bool(en.BACK_TO.search(m.group(0))) and "back" not in m["cue"].lower()
            add("diversion", i, m["cue"] + (" back" if back else ""), 0.85)  # ("diverted back to X": a return)
            if (RETURNED.match(m["cue"]) or en.AFTER_TAKEOFF.search(t) or back) and "origin" not in r.used:
                # a flight returns to where it took off ("an emergency landing at X shortly after takeoff")
                add("origin", i, m["cue"], 0.6)


def _other_flights(t: str, at: int, end: int = -1) -> bool:
    """What is said at ``at`` (to ``end``) is of an airline's routes or of other flights ("dozens
    of flights were diverted from X", "had been flying to X since 2016"), not of the flight of the
    report."""
    return bool(en.NETWORK.search(t, max(0, at - 40), at)) or (end >= 0 and bool(en.SERVICE_AFTER.match(t, end)))
