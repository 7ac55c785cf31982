"""The roles the place slots of one sentence take ("from ⟦0⟧ to ⟦1⟧": origin and destination): a
reader per kind of statement, each applying the patterns of English and of every other language the
sentence speaks, in a fixed order, since a slot takes each role once, first come."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from geoviz.model import Evidence, Mention, Place, Sentence, Statement
from geoviz.statements import english as en
from geoviz.statements.language import PLACE
from geoviz.statements.languages import (
    AIRPORTS,
    CRASH_WORDS,
    INTENDED,
    LANGUAGES,
    RETURNED,
    speaks,
)

# Patterns naming both ends of the route beyond "from X to Y", in any language: pattern, cue, confidence.
_ROUTE_ENDS = ((en.LEFT_FOR, "left … for", 0.85), (en.HYPHEN_ROUTE, "X-Y route", 0.8),
               (en.BETWEEN, "between … and", 0.75))
# The part of a country or division a crash is put in: "in eastern Ukraine", "in the north of Mali",
# "dans le nord du Mali", "en el sur de", "no norte do", "im Osten der", "in het oosten van", "на востоке"
_PARTS = {w: b for b, words in ((0.0, "north northern nord norte noorden norden севере"),
                                (90.0, "east eastern est este leste oosten osten востоке"),
                                (180.0, "south southern sud sur sul zuiden süden юге"),
                                (270.0, "west western ouest oeste westen западе"),
                                (45.0, "northeast north-east northeastern north-eastern nord-est noreste nordeste"),
                                (135.0, "southeast south-east southeastern south-eastern sud-est sureste sudeste"),
                                (225.0, "southwest south-west southwestern south-western sud-ouest suroeste sudoeste"),
                                (315.0, "northwest north-west northwestern north-western nord-ouest noroeste"),
                                # Italian, and German adverbs ("nördlich von X")
                                (0.0, "nördlich"), (90.0, "östlich"), (180.0, "südlich"),
                                (270.0, "ovest westlich"), (45.0, "nordest nordöstlich"),
                                (135.0, "sudest südöstlich"), (225.0, "sud-ovest südwestlich"),
                                (315.0, "nord-ovest nordovest nordwestlich"))
          for w in words.split()}
_PART_OF = re.compile(r"(?:\b(?P<dir>(?:north|south)(?:-?(?:east|west))?ern|eastern|western)\s+|"
                      r"\b(?:the|le|el|o|het|dem|im)\s+(?P<dir2>[\w-]+)\s+(?:part\s+)?(?:of|du|de|del|do|da|van|der|des)"
                      r"\s+(?:la\s+|l['’]|the\s+)?|\bна\s+(?P<dir3>севере|востоке|юге|западе)\s+)$", re.IGNORECASE)
# A crash put only in a direction from a town: "ditched off a cape north of X", "s'est écrasé au nord
# de X", "a sud-est di X", "nördlich von X" (a distance, when one is given, is read elsewhere)
_BEARING_OF = re.compile(
    r"\b(?P<en>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+" + en.PREFIX + r"⟦(?P<p>\d+)⟧|"
    r"\b(?:al|au|ao|a|à)\s+(?P<rom>(?:nord|sud)(?:-?(?:est|ouest|ovest))?|norte|sur|sul|(?:nor|su)(?:d?este|oeste)|"
    r"est|este|leste|ouest|oeste|ovest)\s+(?:de|d['’]|du|del|do|da|di|della|dello|dell['’])\s*(?:l['’]|la\s+)?"
    r"⟦(?P<p2>\d+)⟧|"
    r"\b(?P<de>(?:nord|süd)?(?:west|ost)lich|nördlich|südlich|östlich|nordöstlich|südöstlich)\s+"
    r"(?:von\s+|der\s+Stadt\s+)?⟦(?P<p3>\d+)⟧", re.IGNORECASE)
_UNIT_BEFORE = re.compile(r"(?:\d|\b(?:km|kms|kilo\w*|kiló\w*|quil\w*|miles?|millas|milles|milhas|miglia|nm|"
                          r"met(?:er|re)s|metros|mètres|meilen)\b)[^⟦⟧]{0,12}$", re.IGNORECASE)
# A place said to lie some way from another, yet farther than this beyond it: a namesake misread
_FAR_NAMESAKE_KM = 300.0
# "…, a indiqué la préfecture de ⟦Savoie⟧": an authority's seat, not where the crash was
_AUTHORITY_BEFORE = re.compile(r"\b(?:préfecture|gendarmerie|police|policía|polícia|pompiers|bomberos|bombeiros|"
                               r"hôpital|hospital|mairie|alcaldía|prefeitura|prefettura|gouvernement|gobierno|governo|"
                               r"ministère|ministerio|ministério|parquet|procureur|fiscalía|secretaría|secretaria|"
                               r"questura|carabinieri|Polizei|Staatsanwaltschaft)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:de|du|des|d['’]|del|da|do|di|dell['’]|von|in)?\s*(?:la\s+|l['’])?$", re.IGNORECASE)
# "ditched off X", "au large de X", "al largo di X": in the water by X (not "took off X")
_OFFSHORE_BEFORE = re.compile(r"(?:(?<!took\s)(?<!taking\s)(?<!taken\s)(?<!take\s)(?<!lifted\s)\boff|"
                              r"\boff\s+the\s+(?:\w+\s+)?coast\s+of|\bau\s+large\s+(?:de|d['’]|du)|\bal\s+largo\s+"
                              r"(?:di|de|del|della)|\bfrente\s+(?:a|al)|\bao\s+largo\s+(?:de|do|da)|"
                              r"\bvor\s+der\s+Küste\s+von|\blepas\s+pantai)\s+(?:the\s+|l['’]|la\s+|le\s+)?"
                              r"(?:(?:Tanjung|Cape|Cap|Capo|Cabo|Point|Pointe|Punta)\s+)?$", re.IGNORECASE)
_MANY_FLIGHTS = re.compile(r"\b(?:voos|vuelos|vols|voli|Flüge|vluchten|aviones|aviões|avions|aerei|"
                           r"Maschinen|toestellen|rutas|rotas|lignes|liaisons|rotte|Verbindungen|Strecken)\b[^.⟦]{0,70}$",
                           re.IGNORECASE)
_CLOSE_TO = re.compile(r"⟦(?P<a>\d+)⟧\s*,\s*(?:close\s+to|near|not\s+far\s+from|(?:just\s+)?outside|next\s+to|"
                       r"in|no|na|en|em|à)\s+"
                       r"(?:the\s+(?:\w+\s+)?(?:town|city|village|resort)\s+of\s+)?⟦(?P<b>\d+)⟧|"
                       # ("near the village of Yablonovo in the Korocha district": the district's town)
                       r"⟦(?P<a2>\d+)⟧\s+in\s+(?:the\s+)?⟦(?P<b2>\d+)⟧\s+(?:district|region|area|municipality|county|"
                       r"regency|oblast|province|raion|rayon|prefecture)\b", re.IGNORECASE)
# A runway excursion: "veered left off the runway", "overran", "departed the runway surface"
_EXCURSION = re.compile(r"\b(?:" + en.OFF_RUNWAY + r"|overr?an|overshot|(?:departed|exited)\s+the\s+"
                        r"(?:side\s+of\s+the\s+)?runway)", re.IGNORECASE)
_WEAPONS = re.compile(r"\b(?:drones?|uavs?|unmanned|missiles?|rockets?)\b", re.IGNORECASE)
_DRONES = re.compile(r"\b(?:drones?|uavs?|unmanned)\b", re.IGNORECASE)
_AIRCRAFT = re.compile(r"\b(?:planes?|jets?|aircraft|airliners?|helicopters?|flights?|Boeing|Airbus|Embraer|Antonov|"
                       r"Tupolev|Ilyushin|Sukhoi|Bombardier|ATR|Cessna|Il-\d+|Tu-\d+|An-\d+)\b", re.IGNORECASE)
_AIRPORT_WORD_BEFORE = re.compile(r"\b(?:aeropuerto|aéroport|aeroporto|aeródromo|aérodrome|lotnisk\w*|Flughafen|"
                                  r"luchthaven|bandara|аэропорт\w*|аэродром\w*)\b[^⟦.,;]{0,30}$", re.IGNORECASE)
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
# "in ⟦1⟧, about 5 miles from", "in ⟦1⟧ on Thursday night, about 5 miles from": the place the distance describes
_SLOT_BEFORE = re.compile(r"⟦(\d+)⟧(?:\s*,?|[^⟦.;,]{1,30},)$")
# "landed in a farmer's field near X": by X, not at its airport; so, in a helicopter's flight, "to the
# medical centre in X"
_NEAR = (r"s?\b(?:\s+(?:[\w'’-]+\s+){0,3}?)?\s*,?\s*(?:in|at|near|outside|of|by|close\s+to|di|del|della|dell['’]|de|"
         r"du|do|da|a|à|en|em|bei|von|nahe|vicino\s+a|presso|cerca\s+de|près\s+de|perto\s+de)\s*(?:the\s+|la\s+|l['’])?$")
_GROUND_BEFORE = re.compile(r"\b(?:" + en.OFF_GROUND + r"|park|pitch|playing\s+fields?|car\s+park|parking\s+lot|"
                            # (in the other languages read: "sulla spiaggia di X", "en un campo cerca de X")
                            r"spiaggia|prato|campo\s+(?:agricolo|sportivo|coltivato)|autostrada|playa|carretera|"
                            r"plage|champ|praia|estrada|Feld|Acker|Wiese|Autobahn)"
                            + _NEAR, re.IGNORECASE)
# A headline's cause that sent a flight elsewhere: "Typhoon sends HK Express flight from X to Y"
_SENDS = re.compile(r"\b(?:sends|sent|forces|forced|pushes|drives)\s+(?:[\w-]+\s+){0,4}?"
                    r"(?:flight|jet|plane|aircraft)\s+$", re.IGNORECASE)
_DIVERTED_BEFORE = re.compile(r"\bdivert\w*\s+$", re.IGNORECASE)  # (not "rerouted from Baku … to Grozny": its route)
# ("forced a flight from X to Y to land in Z": Y was where it was bound)
_TO_LAND = re.compile(r"\s+to\s+(?:land|divert|return|turn|make)\b", re.IGNORECASE)
# "departed the GSDF's ⟦Obihiro⟧ garrison": a camp by the town, not its airport
_GROUND_AFTER = re.compile(r"\s+(?:garrison|barracks|army\s+camp|military\s+camp|hospital|medical\s+cent(?:er|re))\b",
                           re.IGNORECASE)
_CARE_BEFORE = re.compile(r"\b(?:hospital|medical\s+cent(?:er|re)|clinic|helipad|infirmary)" + _NEAR + r"|"
                          # (in the other languages read: "dall'ospedale Annunziata di X", "dall'eliporto di X")
                          r"\b(?:ospedale|eliporto|elisuperficie|hôpital|héliport|helipuerto|heliporto|Krankenhaus|"
                          r"Klinik|Heliport)(?:\s+(?-i:[A-Z])[\w’'-]+){0,3}\s+(?:di|del|della|dell['’]|de|du|do|da|in|"
                          r"von|à|a|en|em)\s*(?:la\s+|l['’])?$", re.IGNORECASE)
# ("A search and rescue helicopter made a precautionary landing at X", in the lead: the report's own aircraft)
_OWN_ROLE = re.compile(r"\b(?:rescue|search|coastguard|coast\s+guard)\s+(?:[\w-]+\s+)?(?:aircraft|plane|helicopter)\b",
                       re.IGNORECASE)
_SET_OUT = re.compile(r"depart|left|leav|t(?:ook|aken|aking)\s+off|lift|set\s+off", re.IGNORECASE)


def _people_going(before: str) -> bool:
    """The words before a cue make people its subject ("medical students returning home from X"),
    not the flight that carried them ("a flight with 154 passengers returned to X")."""
    m = en.PEOPLE_GOING.search(before)
    return m is not None and not en.CARRYING.search(before, 0, m.start())


@dataclass(frozen=True)
class Report:
    """What the whole report tells that a sentence's reading needs."""

    spoken: frozenset[str] = frozenset()  # the languages a third of it speaks
    unharmed: bool = False  # the aircraft and its people came to no harm: a forced landing in a field was no crash
    rotary: bool = False  # a helicopter's flight, which lands at hospitals
    lead: bool = False  # the sentence is the headline or the lead, which introduce the report's own aircraft


class _Reading:
    """One sentence's reading under way: its template ``t``, its slots, and the statements found so
    far. Each reader below adds what its patterns say; a slot takes each role once, first come."""

    def __init__(self, sentence: Sentence, t: str, slots: list[Mention], report: Report) -> None:
        self.t, self.slots, self.report = t, slots, report
        self.evidence = Evidence.of(sentence)
        self.found: list[Statement] = []
        self.used: dict[str, set[int]] = {}  # the slots each role has taken
        self.from_to: set[int] = set()  # the slots a route's ends have taken
        self.diverted_from: set[int] = set()  # ("divert from X to Y": X, where it was bound, is no origin)
        self.low = t.lower()  # the quick filters are written in lower case: much faster than IGNORECASE
        self.flighty = bool(en.FLIGHTY.search(self.low))
        # (an accident database's "Location: 12 km SW of X" line is a crash's place)
        self.crashy = bool(en.CRASHY.search(self.low)) or self.low.startswith("location:")
        self.languages = [lang for lang in LANGUAGES if lang.name in report.spoken or speaks(lang, self.low)]

    def add(self, role: str, i: int, cue: str, conf: float, **kw) -> None:
        t, slots, used = self.t, self.slots, self.used
        if i >= len(slots) or i in used.setdefault(role, set()) or (role == "approach" and i in used.get(
                "destination", ())):
            return  # (an approach to where the sentence says it was bound adds nothing)
        used[role].add(i)
        m = slots[i]
        if role in ("origin", "destination", "diversion") and m.place.kind in ("sea", "river", "lake", "region") \
                and not m.place.is_island:
            return  # (but "bound for Maui": the island's airport)
        at_airport = kw.pop("at_airport", False) or m.place.kind == "airport" or _airport_after(t, i) \
            or _airport_before(t, i)
        if role == "crash_site" and m.place.is_area and not m.place.is_island:
            at_airport = False  # ("crash-landed in the Chukotka tundra": no airport of a region's)
        if role in ("origin", "destination", "diversion") and not at_airport:
            at = t.find(f"⟦{i}⟧")
            kw["off_airport"] = kw.get("off_airport") or bool(_GROUND_BEFORE.search(t, max(0, at - 60), at)
                                     or _GROUND_AFTER.match(t, at + len(f"⟦{i}⟧"))
                                     or (self.report.rotary and _CARE_BEFORE.search(t, max(0, at - 60), at)))
        if role == "crash_site" and not m.place.is_area and "distance_km" not in kw:
            at = t.find(f"⟦{i}⟧")
            kw["offshore"] = bool(_OFFSHORE_BEFORE.search(t, max(0, at - 45), at))
        if role == "crash_site" and m.place.kind in ("country", "admin1") and "distance_km" not in kw:
            part = _PART_OF.search(t, 0, t.find(f"⟦{i}⟧"))  # "in eastern Ukraine", "dans le nord du Mali"
            word = (part["dir"] or part["dir2"] or part["dir3"]).lower() if part else ""
            if word in _PARTS:
                kw.update(bearing_deg=_PARTS[word], bearing_text=word)
        self.found.append(Statement(role, m.place, m, self.evidence, cue.strip().lower(), at_airport=at_airport,
                                    confidence=conf, **kw))

    def crashed_landing(self, i: int, cue: str, conf: float, at_airport: bool = True) -> None:
        self.add("crash_site", i, cue, conf, at_airport=at_airport)  # a crash where it was landing
        self.add("approach", i, "landing", 0.6)

    def reject_crash(self, i: int) -> None:
        """Slot ``i`` is no crash site of this sentence: drop what was read of it, read no more."""
        self.found[:] = [st for st in self.found if not (st.role == "crash_site" and st.mention is self.slots[i])]
        self.used.setdefault("crash_site", set()).add(i)


def read_roles(sentence: Sentence, t: str, slots: list[Mention], report: Report) -> list[Statement]:
    """The statements of one sentence (template ``t``)."""
    r = _Reading(sentence, t, slots, report)
    for reader in _READERS:
        reader(r)
    return _landings(r.found, bool(_EXCURSION.search(t)))


def _routes(r: _Reading) -> None:
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
    for rx, cue, conf in _ROUTE_ENDS:
        for m in rx.finditer(t):
            # (HYPHEN_ROUTE names its ends c, d when the route word comes after them, e, f for "X-to-Y")
            a, b = next((int(m[x]), int(m[y])) for x, y in (("a", "b"), ("c", "d"), ("e", "f"))
                        if x in m.re.groupindex and m[x] is not None)
            inner = int(m["a2"]) if "a2" in m.re.groupindex and m["a2"] is not None else None
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
                add("origin", int(m["a"]), lang.route_cue, 0.8)
                add("destination", int(m["b"]), lang.route_cue, 0.8)
                r.from_to.update((int(m["a"]), int(m["b"])))


def _foreign_distances(r: _Reading) -> None:
    """A crash some way from a place, in the other languages: "a 20 km de X", "à 15 km au nord de X"."""
    t, slots = r.t, r.slots
    for lang in r.languages:
        distances = list(lang.distance.finditer(t)) if lang.distance and lang.crashy.search(r.low) else []
        crashes = {int(m["p"]) for role, rx in lang.roles if role == "crash_site" for m in rx.finditer(t)} \
            if distances else set()
        for m in distances:
            j = _apposition_of(t, m.start())
            km = lang.number(m)
            if j is not None and j in crashes and not slots[j].place.is_area:
                if km is None or not _closer(km, slots[j].place.km_to(slots[int(m["p"])].place)):
                    continue  # "se estrelló en X, a unos 80 km de Y": the distance describes X
                    # (not an area: "dans le Var, à 20 km de Y" places it from Y)
                r.reject_crash(j)
            if km is not None:
                direction = (m["dir"] or "").lower()
                at_airport = bool(AIRPORTS.search(m.group(0)))
                r.add("crash_site", int(m["p"]), "distance", lang.distance_confidence,
                      distance_km=round(km, 3), distance_text=m.group(0).split("⟦")[0].strip(),
                      bearing_deg=lang.bearing(m), bearing_text=direction, at_airport=at_airport)
                if at_airport and lang.takeoffs and re.search(lang.takeoffs, r.low):
                    # ("kort na het opstijgen … twee kilometer ten noorden van vliegveld X": where it took off)
                    r.add("origin", int(m["p"]), "after takeoff", 0.6)


def _bearings(r: _Reading) -> None:
    """A crash put only in a direction from a town: "ditched off a cape north of X"."""
    t, slots = r.t, r.slots
    for m in _BEARING_OF.finditer(t) if CRASH_WORDS.search(r.low) else ():
        i = int(m["p"] or m["p2"] or m["p3"])
        lead = t[t.rfind("⟧", 0, m.start()) + 1 : m.start()]  # since the place before, if any
        if slots[i].place.is_area or _UNIT_BEFORE.search(lead[-30:]):
            continue
        if not CRASH_WORDS.search(lead.lower()):
            # "near X, west of Y": the direction describes X, unless X lies far from Y (a namesake)
            j = _apposition_of(t, m.start())
            if j is None or slots[j].place.km_to(slots[i].place) <= _FAR_NAMESAKE_KM:
                continue
            r.reject_crash(j)
        word = (m["en"] or m["rom"] or m["de"]).lower()
        bearing = en.parse_bearing(word) if m["en"] else _PARTS.get(word)
        if bearing is not None:
            r.add("crash_site", i, f"{word} of", 0.75, bearing_deg=bearing, bearing_text=word)


def _foreign_roles(r: _Reading) -> None:
    """One end at a time, in the other languages: "desviado a X", "s'est écrasé près de X", "decolou de X"."""
    t, add = r.t, r.add
    for lang in r.languages:
        for role, rx in lang.roles:
            for m in rx.finditer(t):
                if role == "diversion" and (int(m["p"]) in r.from_to
                                            or INTENDED.search(t, max(0, m.start() - 40), m.start())
                                            or _MANY_FLIGHTS.search(t, max(0, m.start() - 80), m.start())):
                    continue  # ("vários voos com destino ao Funchal foram desviados": other flights)
                if role == "crash_site" and _AUTHORITY_BEFORE.search(t, max(0, m.start("p") - 40), m.start("p") - 1):
                    continue
                cue = f"{m['cue']} … {m['verb']}" if "verb" in m.re.groupindex and m["verb"] else m["cue"]
                add(role, int(m["p"]), cue, 0.8,
                    at_airport=bool(AIRPORTS.search(m.group(0), max(0, len(m.group(0)) - 80))))
                within = _NEAR_IN_AREA.match(t, m.end()) if role == "crash_site" and r.slots[int(
                    m["p"])].place.is_area else None
                if within:
                    add(role, int(within["p"]), m["cue"], 0.8)
                if role == "diversion" and RETURNED.match(m["cue"]) and "origin" not in r.used:
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


def _origins(r: _Reading) -> None:
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
            if int(m["p"]) in r.diverted_from:
                continue
            r.add("origin", int(m["p"]), m["cue"], 0.8)


def _destinations(r: _Reading) -> None:
    """Where it was bound: "bound for X", "landed on schedule at X"; and landings, weighed later."""
    t, add = r.t, r.add
    for m in en.LANDED.finditer(t):
        if m["due"] or en.ARRIVING.search(t, max(0, m.start() - 40), m.start()):
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


def _diversions(r: _Reading) -> None:
    """Where it landed instead: "diverted to X", "returned to X", "an emergency landing at X" (or, off
    an airport and harmed, where it came down)."""
    t, slots, add, report = r.t, r.slots, r.add, r.report
    if report.unharmed:
        for m in en.FIELD_LANDING.finditer(t):
            add("diversion", int(m["p"]), m["cue"], 0.75, off_airport=True)
    for rx in en.DIVERSION:
        for m in rx.finditer(t):
            i = int(m["p"])
            before = t[max(0, m.start() - 60) : m.start()]
            off_airport = bool(en.OFF_AIRPORT.search(m.group(0)) or en.OFF_AIRPORT_AFTER.match(t, m.end()))
            impact = bool(en.IMPACT.search(t, m.end()) or en.DESTROYED_ON_LANDING.search(before))
            # ("a forced landing in a farm field near X; the aircraft was undamaged": it landed there, no crash)
            if en.FORCED_LANDING.search(m["cue"]) and not en.INTENDED.search(before[-40:]) and (
                    impact or (off_airport and not report.unharmed)):
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


def _takeoff_and_landing_crashes(r: _Reading) -> None:
    """Crashes at an airport: "while landing at X", "shortly after takeoff from X", "short of the runway at X"."""
    t, slots, add = r.t, r.slots, r.add
    for rx in en.CRASH[:2]:  # while landing at X, shortly after takeoff from X: at X's airport
        for m in rx.finditer(t):
            here = slots[int(m["p"])].place
            inner = [slots[int(k)].place for k in re.findall(r"⟦(\d+)⟧", t[m.start() : m.start("p")])]
            if any((p.is_area and not (rx is en.CRASH[0] and _touches(p, here))) or p.km_to(here) > 25
                   for p in inner):
                continue  # "crashed into the Java Sea shortly after taking off from X": the sea says where
            # (but "collided over the Potomac while approaching X": the river at X's edge says less)
            # ("crashed into a Philadelphia neighborhood seconds after taking off from X": X is in it)
            nearby = en.NEAR_AFTER.match(t, m.end())
            if nearby:  # "... after takeoff from X, near the town of Y": Y says where
                add("crash_site", int(nearby["p"]), m["cue"], 0.85)
            else:  # (said as a time: another place the text gives for the crash says where)
                add("crash_site", int(m["p"]), m["cue"] + (" after takeoff" if rx is en.CRASH[1] else ""), 0.8,
                    at_airport=True)
            if rx is en.CRASH[0]:  # where it was landing: the destination, unless it had diverted there
                add("approach", int(m["p"]), "landing", 0.6)
            elif not r.used.get("origin"):  # ("crashed on takeoff at Almaty": where it took off)
                add("origin", int(m["p"]), "take-off", 0.7, at_airport=True)
    for m in en.LANDING_CRASH.finditer(t):
        if en.UNIT_QUICK.search(r.low, m.end("cue"), m.start("p")):
            continue  # "crash-landed on a riverbank about 10 km south of X": a distance, read below
        # (not a runway overrun on take-off; "took off from X … short of the runway at Y" lands at Y)
        if not en.DEPARTING.search(t, max(0, m.start() - 30), m.end()) \
                and not (en.DEPARTING.search(t) and not m["cue"].lower().startswith(("short", "undersho"))):
            r.crashed_landing(int(m["p"]), m["cue"], 0.75)
    for m in en.SHORT_OF.finditer(t) if r.crashy else ():
        if en.UNIT_QUICK.search(t[max(0, m.start() - 16) : m.start()].lower()):
            continue  # "20 km short of X": a distance, read below
        r.crashed_landing(int(m["p"]), "crashed short of", 0.75, slots[int(m["p"])].place.kind == "airport")
    for m in en.GO_AROUND.finditer(t):  # (and crashed there, when the sentence tells of a crash)
        if r.crashy:
            r.crashed_landing(int(m["p"]), m["cue"], 0.75)
        else:
            add("approach", int(m["p"]), m["cue"], 0.6)
    for m in en.LANDING_WHEN.finditer(t):
        r.crashed_landing(int(m["p"]), "crashed while landing", 0.75)
    for m in en.LANDING_ATTEMPT.finditer(t) if r.crashy else ():
        r.crashed_landing(int(m["p"]), "crashed while landing", 0.7)


def _distances(r: _Reading) -> None:
    """A crash some way from a place: "about 3 km from X", "12 nautical miles south of the X airport"."""
    t, slots, add = r.t, r.slots, r.add
    distances = list(en.DISTANCE.finditer(t)) if r.crashy and en.UNIT_QUICK.search(r.low) else []
    near = {int(m["p"]) for m in en.CRASH[2].finditer(t)} if distances else set()
    for m in distances:
        if en.APPOSITION_DISTANCE.search(t[: m.start()]):
            continue
        km = en.parse_number(m["num"])
        if km is None:
            continue
        km *= en.UNITS_KM.get(re.sub(r"\s+", " ", m["unit"].lower()), 1.0)
        j = _apposition_of(t, m.start())
        apart = slots[j].place.km_to(slots[int(m["p"])].place) if j is not None else 0.0
        if j is not None and not slots[j].place.is_area and apart > 5 and (
                j in near or any(s.mention is slots[j] for s in r.found)):
            if apart <= km + _FAR_NAMESAKE_KM and not _closer(km, apart):
                continue  # "near X, 150 km north-east of Y": the distance describes X (a sea it places within;
                # "near Kabul, 30 km south-east of the Afghan capital" places it from Kabul)
            r.reject_crash(j)  # (X far from where the text puts it: a namesake; or
            # a city's centre far from where a short distance puts it: "in Dallas, two miles from Addison Airport")
        add("crash_site", int(m["p"]), "distance", 0.8, distance_km=round(km, 3),
            distance_text=m.group(0).split("⟦")[0].strip(), bearing_deg=en.parse_bearing(m["dir"]),
            bearing_text=m["dir"] or "")
        if _airport_after(t, int(m["p"])) and en.AFTER_TAKEOFF.search(t):
            add("origin", int(m["p"]), "after takeoff", 0.6)  # "5 km south of X airport shortly after takeoff"
        elif re.match(r"short\s+of", m["rel"], re.IGNORECASE):
            add("approach", int(m["p"]), "landing", 0.6)  # "a few kilometres short of X airport": landing there


def _crashes(r: _Reading) -> None:
    """Where it came down: "crashed near X", "wreckage was found on X", "broke up over X"."""
    t, slots, add = r.t, r.slots, r.add
    for m in en.CRASH[2].finditer(t):
        i = int(m["p"])
        if "crash_site" in r.used and i in r.used["crash_site"]:
            continue
        if en.MADE_IN.search(m.group(0)):
            continue  # "the fuselage was built by Spirit AeroSystems in Wichita": where it was made
        conf = 0.75 if slots[i].place.kind in ("city", "airport") else 0.5
        cue = m["cue"].lower()
        if cue in ("shot down",) and re.search(r"drone|uav", t, re.I):
            continue
        if cue == "debris" and not en.DEBRIS_FOUND.search(t, max(0, m.start() - 30), m.end()):
            continue  # "scattering debris over X" is not where a plane came down
        if en.WASHED.search(m.group(0)):
            continue  # "wreckage later washed ashore on X": carried there by the sea
        if en.TIME_REFERENCE.search(t[: m.start()]) or re.search(r"drone|uav|intercept", m.group(0), re.I):
            continue  # "three hours before the crash, a drone was intercepted near X"
        if cue != "debris" and en.PARTS_FELL.search(t, max(0, m.start() - 40), m.start()):
            continue  # "debris crashed through a roof in X": parts that fell, not the plane
        add("crash_site", i, cue, conf)
        within = en.WITHIN_AREA.match(t, m.end()) if slots[i].place.is_area else None
        if within:  # "into the Atlantic off X", "in the Zagros mountains near the town of X"
            add("crash_site", int(within["p"]), cue, 0.75 if slots[int(within["p"])].place.kind == "city" else 0.5)
        if slots[i].place.kind == "airport" and en.LANDING_TRY.search(t, m.end()):
            add("approach", i, "landing", 0.6)  # "crashed near X airport as it tried to land": bound there
    for m in (*en.FOUND_AT.finditer(t), *en.FOUND_ACTIVE.finditer(t)):
        if not en.WASHED.search(m.group(0)) and not en.TIME_REFERENCE.search(t[: m.start()]):
            add("crash_site", int(m["p"]), m["cue"].lower(), 0.75 if slots[int(m["p"])].place.kind == "city" else 0.5)
    # ("drones were destroyed over the Kaluga region": a sentence about drones alone places no crash)
    drones_only = bool(_DRONES.search(t)) and not _AIRCRAFT.search(t)
    for m in en.BREAKUP.finditer(t) if not drones_only else ():
        if not en.PART.search(t, max(0, m.start() - 60), m.start()):
            add("crash_site", int(m["p"]), m["cue"], 0.75 if slots[int(m["p"])].place.kind == "city" else 0.5)


def _events(r: _Reading) -> None:
    """Related events ("a drone was intercepted near X") and places flown over ("over the Black Sea")."""
    t, slots = r.t, r.slots
    for m in en.EVENT.finditer(t):
        i = int(m["p"])
        if slots[i].place.kind in ("country", "continent", "sea"):
            continue  # "drones over Russia": no point to draw
        if re.search(r"drone|uav|missile|intercept|fired", m.group(0), re.I) and i not in r.used.get("crash_site", ()):
            r.add("event", i, m["cue"], 0.7)
    for m in en.OVERFLOWN.finditer(t):
        i = int(m["p"])
        if slots[i].place.kind in ("sea", "lake", "region", "admin1", "country", "river"):
            r.add("overflown", i, m["cue"], 0.7)


def _after_takeoff_within(r: _Reading) -> None:
    """"… from X to Y crashed just after take-off in South Dakota": a crash the sentence puts only
    in an area that holds the origin it names came down by the origin's airport."""
    if not en.AFTER_TAKEOFF.search(r.t):
        return
    crashes = [st for st in r.found if st.role == "crash_site"]
    origin = next((st for st in r.found if st.role == "origin" and not st.place.is_area), None)
    if origin is None or not crashes or not all(st.place.kind in ("country", "admin1") for st in crashes):
        return
    if any(st.place.country == origin.place.country and (st.place.kind == "country"
                                                          or st.place.name == origin.place.admin1)
           for st in crashes):
        r.add("crash_site", r.slots.index(origin.mention), "crashed after takeoff", 0.75, at_airport=True)


def _close_to(r: _Reading) -> None:
    """"near the village of Le Vernet, close to Seyne-les-Alpes": the gazetteer's Le Vernet, 400 km
    off, is a namesake; the town it is close to places the crash."""
    slots = r.slots
    for m in _CLOSE_TO.finditer(r.t) if "crash_site" in r.used else ():
        a, b = int(m["a"] or m["a2"]), int(m["b"] or m["b2"])
        crash = next((st for st in r.found if st.role == "crash_site" and st.mention is slots[a]), None)
        if crash is not None and not slots[a].place.is_area and not slots[b].place.is_area \
                and slots[a].place.km_to(slots[b].place) > 100:
            r.reject_crash(a)
            r.add("crash_site", b, crash.cue, 0.7)


# The readers, in the order they take slots (a slot takes each role once, first come)
_READERS: tuple[Callable[[_Reading], None], ...] = (
    _routes, _foreign_distances, _bearings, _foreign_roles, _origins, _destinations, _diversions,
    _takeoff_and_landing_crashes, _distances, _crashes, _events, _after_takeoff_within, _close_to)


def _landings(found: list[Statement], at_runway: bool = False) -> list[Statement]:
    """"A flight from X to Y landed in Z": Z is a diversion where the sentence names another
    destination; "a flight from X had just landed at Z": where it arrived; a landing alone says
    nothing of a route, unless the sentence tells of the runway there ("landed on Trabzon's runway
    11 but veered off the runway": where it was landing)."""
    bound = [st.place for st in found if st.role == "destination"]
    left = any(st.role == "origin" for st in found)
    taken = {st.mention.start for st in found if st.role in ("origin", "destination", "diversion", "crash_site")}
    out = [st for st in found if st.role != "landed"]
    for st in found:
        if st.role != "landed" or st.mention.start in taken or st.place.is_area:
            continue
        if bound and all(p.km_to(st.place) > 50 for p in bound):
            out.append(replace(st, role="diversion"))
        elif not bound and (left or at_runway):
            out.append(replace(st, role="approach"))
        elif not bound:
            out.append(st)  # (weighed against the destination stated before: see extract_statements)
    return out


def _other_flights(t: str, at: int, end: int = -1) -> bool:
    """What is said at ``at`` (to ``end``) is of an airline's routes or of other flights ("dozens
    of flights were diverted from X", "had been flying to X since 2016"), not of the flight of the
    report."""
    return bool(en.NETWORK.search(t, max(0, at - 40), at)) or (end >= 0 and bool(en.SERVICE_AFTER.match(t, end)))


def _closer(km: float, apart: float) -> bool:
    """A short distance from Y places a crash better than the point of the place X it was said to
    be in, where X's point lies more than twice as far from Y ("in Dallas, two miles from Addison
    Airport": Dallas's centre is 18 km from it)."""
    return km <= 20 and apart > 2 * km


def _apposition_of(t: str, at: int) -> int | None:
    """The slot a phrase at ``at`` follows as an apposition ("⟦3⟧, 30 km north of ..."), if any."""
    before = _SLOT_BEFORE.search(t[:at].rstrip())
    return int(before.group(1)) if before else None


def _touches(area: Place, place: Place, km: float = 8.0) -> bool:
    """The place lies within a few kilometres of the area (a river or bay by an airport)."""
    if area.geometry is None:
        return False
    from shapely import Point  # (loaded already: the area's geometry is a shapely value)

    return area.geometry.distance(Point(place.lon, place.lat)) * 111.0 <= km


def _airport_before(t: str, i: int) -> bool:
    """The slot follows the word airport in any language: "del Aeropuerto Internacional de ⟦i⟧"."""
    at = t.find(f"⟦{i}⟧")
    return bool(_AIRPORT_WORD_BEFORE.search(t, max(0, at - 45), at))


def _airport_after(t: str, i: int) -> bool:
    end = t.find(f"⟦{i}⟧") + len(f"⟦{i}⟧")
    return bool(en.AT_AIRPORT.match(t[end : end + 30]))
