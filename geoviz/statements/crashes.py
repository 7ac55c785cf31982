"""Readers of where a flight came down in one sentence ("crashed near X", "about 3 km south of X",
"while landing at X") and of the events around it ("a drone was intercepted near X")."""

from __future__ import annotations

import re

from geoviz.model import Place
from geoviz.statements import english as en
from geoviz.statements.languages import AIRPORTS, CRASH_WORDS
from geoviz.statements.sentence_reading import PARTS, SentenceReading, airport_after

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

_CLOSE_TO = re.compile(r"⟦(?P<a>\d+)⟧\s*,\s*(?:close\s+to|near|not\s+far\s+from|(?:just\s+)?outside|next\s+to|"
                       r"in|no|na|en|em|à)\s+"
                       r"(?:the\s+(?:\w+\s+)?(?:town|city|village|resort)\s+of\s+)?⟦(?P<b>\d+)⟧|"
                       # ("near the village of Yablonovo in the Korocha district": the district's town)
                       r"⟦(?P<a2>\d+)⟧\s+in\s+(?:the\s+)?⟦(?P<b2>\d+)⟧\s+(?:district|region|area|municipality|county|"
                       r"regency|oblast|province|raion|rayon|prefecture)\b", re.IGNORECASE)

_ROAD_BEFORE = re.compile(r"\b(?:road|traffic|car|motorway|highway|bus|lorry|truck|vehicle|train|rail)\s+$",
                          re.IGNORECASE)
_DRONES = re.compile(r"\b(?:drones?|uavs?|unmanned)\b", re.IGNORECASE)
_AIRCRAFT = re.compile(r"\b(?:planes?|jets?|aircraft|airliners?|helicopters?|flights?|Boeing|Airbus|Embraer|Antonov|"
                       r"Tupolev|Ilyushin|Sukhoi|Bombardier|ATR|Cessna|Il-\d+|Tu-\d+|An-\d+)\b", re.IGNORECASE)

# "in ⟦1⟧, about 5 miles from", "in ⟦1⟧ on Thursday night, about 5 miles from": the place the distance describes
_SLOT_BEFORE = re.compile(r"⟦(\d+)⟧(?:\s*,?|[^⟦.;,]{1,30},)$")


def foreign_distances(r: SentenceReading) -> None:
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


def bearings(r: SentenceReading) -> None:
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
        bearing = en.parse_bearing(word) if m["en"] else PARTS.get(word)
        if bearing is not None:
            r.add("crash_site", i, f"{word} of", 0.75, bearing_deg=bearing, bearing_text=word)


def at_airports(r: SentenceReading) -> None:
    """Crashes at an airport: "while landing at X", "shortly after takeoff from X", "short of the runway at X"."""
    t, slots, add = r.t, r.slots, r.add
    for rx in en.CRASH[:2]:  # while landing at X, shortly after takeoff from X: at X's airport
        for m in rx.finditer(t):
            if _ROAD_BEFORE.search(t, max(0, m.start() - 25), m.start()):
                continue  # ("on its way to a road collision … when it landed in a field at X")
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


def distances(r: SentenceReading) -> None:
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
        if airport_after(t, int(m["p"])) and en.AFTER_TAKEOFF.search(t):
            add("origin", int(m["p"]), "after takeoff", 0.6)  # "5 km south of X airport shortly after takeoff"
        elif re.match(r"short\s+of", m["rel"], re.IGNORECASE):
            add("approach", int(m["p"]), "landing", 0.6)  # "a few kilometres short of X airport": landing there


def came_down(r: SentenceReading) -> None:
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
        if _ROAD_BEFORE.search(t, max(0, m.start() - 25), m.start()):
            continue  # "on its way to a serious road collision near X": a crash on the ground, not the flight's
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


def events(r: SentenceReading) -> None:
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


def after_takeoff_within(r: SentenceReading) -> None:
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


def close_to(r: SentenceReading) -> None:
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
