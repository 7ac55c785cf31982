"""Merge every source's statements into one incident.

Statements about the same role and the same place (or places a few kilometres apart: a city and
its airport) form one candidate; the candidate stated by most sources, most confidently and most
specifically, becomes the story's element for that role, and the others are kept as alternatives
("other sources say ..."). Roles nobody states stay absent.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from geoviz.model import (
    Alternative,
    Claim,
    Conflict,
    Document,
    Evidence,
    Mention,
    Place,
    SourceInfo,
    Statement,
    Story,
    StoryElement,
    format_km,
)

ROUTE_ROLES = ("origin", "destination", "approach", "diversion", "crash_site")
# How precisely a kind of place locates a point on the route.
SPECIFICITY = {"airport": 1.0, "city": 0.9, "river": 0.6, "lake": 0.5, "admin1": 0.3, "region": 0.3,
               "sea": 0.3, "country": 0.05, "continent": 0.0}
SAME_PLACE_KM = 30.0


def _same_end(a: Place, b: Place) -> bool:
    """Two names of one route end: a town and its airport, or one place twice; not two towns, nor a
    town and another's airport ("a forced landing near Paris" on a flight to Brantford's airport)."""
    if a.key == b.key:
        return True
    if a.kind == b.kind == "city":
        return False
    town, port = (a, b) if b.kind == "airport" else (b, a)
    if town.kind == "city" and port.kind == "airport" and port.city:
        return _fold(port.city) == _fold(town.name) or _fold(town.name) in _fold(port.name) or town.km_to(port) < 8
    return same_place(a, b)


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def same_place(a: Place, b: Place) -> bool:
    if a.key == b.key:
        return True
    if a.is_area or b.is_area or (a.kind == b.kind == "airport"):
        return False  # (two airports are two places: Midway and O'Hare lie 23 km apart)
    return a.km_to(b) <= SAME_PLACE_KM


@dataclass
class _Candidate:
    place: Place
    statements: list[Statement] = field(default_factory=list)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({s.evidence.source for s in self.statements}))

    @property
    def first(self) -> tuple[str, int]:
        return min((s.evidence.source, s.mention.start) for s in self.statements)

    def score(self, role: str) -> float:
        conf = sum(s.confidence for s in self.statements)
        spec = SPECIFICITY.get(self.place.kind, 0.5)
        if role == "crash_site" and self.place.kind == "city":
            spec -= 0.3 * self.place.rank  # a village locates a crash better than a city
        if role == "crash_site" and any(s.distance_km is not None for s in self.statements):
            spec += 0.4
        if any(s.at_airport for s in self.statements):
            spec += 0.2 if role == "crash_site" else 0.05  # ("после вылета из аэропорта X" over "из Москвы")
        return len(self.sources) + 0.5 * conf + 2.0 * spec


def _cluster(statements: Sequence[Statement], role: str = "") -> list[_Candidate]:
    cands: list[_Candidate] = []
    for st in statements:
        for c in cands:
            if same_place(c.place, st.place):
                c.statements.append(st)
                # The most specific name stands for the group: an airport over its city; for a
                # crash, a village over the city near it ("near Buffalo" / "in Clarence Center").
                here, there = SPECIFICITY.get(st.place.kind, 0), SPECIFICITY.get(c.place.kind, 0)
                measured = any(x.distance_km is not None for x in c.statements[:-1])
                # (but a distance is measured from the place it names: "3 km south of Alaior", not from the
                # airport a few kilometres off that another statement names)
                if st.distance_km is not None and not measured and st.place.kind == "city" \
                        and c.place.kind == "airport":
                    c.place = st.place
                # (and the part of a city named as the airport: "рейс Москва (Внуково) — Сочи")
                elif measured:
                    pass
                elif here > there or (role == "crash_site" and here == there and st.place.kind == "city"
                                    and st.place.rank < c.place.rank and not any(x.distance_km for x in c.statements)) \
                        or (here == there and st.at_airport and not any(x.at_airport for x in c.statements[:-1])
                            and st.place.rank < c.place.rank):
                    c.place = st.place
                break
        else:
            cands.append(_Candidate(st.place, [st]))
    return cands


def _evidence(statements: Sequence[Statement]) -> tuple[Evidence, ...]:
    return _dedupe(s.evidence for s in statements)


def _element(role: str, best: _Candidate, others: Sequence[_Candidate]) -> StoryElement:
    sts = best.statements
    distances = sorted(s.distance_km for s in sts if s.distance_km is not None)
    # (a bearing alone puts a crash in a part of the area named, "in eastern Ukraine", or in a
    # direction from a town, "north of X": only from the place drawn, not an area merged into it)
    bearings = [s.bearing_deg for s in sts if s.bearing_deg is not None
                and (s.distance_km is not None or s.place.key == best.place.key)]
    return StoryElement(
        role=role,
        place=best.place,
        evidence=_evidence(sts),
        sources=best.sources,
        distance_km=distances[len(distances) // 2] if distances else None,
        bearing_deg=bearings[0] if bearings else None,
        # ("3 km south of Alaior, minutes after takeoff from Menorca airport": the time says nothing of where)
        at_airport=any(s.at_airport for s in sts if not (distances and _AFTER_TAKEOFF.search(s.cue))),
        offshore=any(s.offshore and s.place.key == best.place.key for s in sts),
        # (the more precise statement: "landed near X" is "in a farmer's field near X", unless one says at X's airport)
        off_airport=any(s.off_airport for s in sts) and not any(s.at_airport for s in sts),
        cue=max(sts, key=lambda s: s.confidence).cue,
        alternatives=tuple(
            Alternative(o.place, _evidence(o.statements), o.sources) for o in others
        ),
    )


def _refines(general: Place, specific: Place) -> bool:
    """A country, region or division that contains a more specific place of the same role."""
    if general.kind == "country":
        return specific.country == general.country and specific.kind != "country"
    if general.kind == "admin1":
        return specific.country == general.country and specific.kind in ("city", "airport")
    return False


def merge(documents: Sequence[Document]) -> Story:
    """One incident from all documents' statements and mentions."""
    statements = [s for d in documents for s in d.statements]
    elements: dict[str, StoryElement] = {}
    for role in ROUTE_ROLES:
        cands = _cluster([s for s in statements if s.role == role], role)
        # "crashed in Kazakhstan" supports "crashed near Aktau" rather than competing with it.
        for c in list(cands):
            if any(o is not c and _refines(c.place, o.place) for o in cands):
                target = max((o for o in cands if o is not c and _refines(c.place, o.place)),
                             key=lambda o: o.score(role))
                target.statements.extend(c.statements)
                cands.remove(c)
        if role == "crash_site":
            cands = _drop_takeoff_times(cands)
        cands = _exclude_route_conflicts(role, cands, elements)
        if role == "destination" and len(cands) > 1:
            # ("Fog sends Istanbul flight to Kutaisi … bound for Tbilisi … diverted to Kutaisi": where it
            # was diverted to is no destination while the sources name another)
            diverted = [s.place for s in statements if s.role == "diversion"]
            kept = [c for c in cands if not any(same_place(c.place, d) for d in diverted)]
            cands = kept or cands
        if not cands:
            continue
        # (a tie goes to the place stated first: of two flights, the report's first is its subject)
        cands.sort(key=lambda c: (-round(c.score(role), 6), c.first, c.place.name))
        best = cands[0]
        if role != "crash_site" and best.place.kind in ("country", "continent") and not best.place.is_small_country:
            continue  # "bound for Russia": too vague to draw as a point (not "forced to land in Malta")
        elements[role] = _element(role, best, cands[1:])
    _fold_approach(elements)
    _drop_unfinished_return(elements, statements)
    diversion, origin = elements.get("diversion"), elements.get("origin")
    if diversion is not None and origin is not None and origin.place.kind == "airport" \
            and diversion.place.kind == "city" and _same_end(diversion.place, origin.place):
        # (a town the airport is called after or serves; not Budoni, 27 km from Olbia's airport, on a beach)
        # ("from Aeroparque Jorge Newbery … returned to Buenos Aires": to the airport it left, not the city's main one)
        elements["diversion"] = replace(diversion, place=origin.place, at_airport=True)
    extra: list[StoryElement] = []
    for role in ("event", "overflown"):
        for c in sorted(_cluster([s for s in statements if s.role == role]),
                        key=lambda c: (-c.score(role), c.place.name)):
            if role == "event" and any(same_place(c.place, e.place) for e in elements.values()):
                continue
            extra.append(_element(role, c, ()))
    route = [*elements.values(), *extra]
    places = _other_places(documents, route)
    # Cited by name only: a path as typed may be absolute and reveal the user's folders in a
    # published map.
    sources = tuple(SourceInfo(d.source.name, d.source.title, d.source.name) for d in documents)
    title, summary = _headline(documents, route)
    return Story(title, summary, sources, tuple(route), places, conflicts(documents))


def conflicts(documents: Sequence[Document]) -> tuple[Conflict, ...]:
    """Topics on which the sources give different values, each value with who says it."""
    by_topic: dict[str, dict[str, list[Claim]]] = {}
    for d in documents:
        for c in d.claims:
            by_topic.setdefault(c.topic, {}).setdefault(c.value, []).append(c)
    out = []
    for topic in sorted(by_topic, key=lambda t: (t != "cause", t)):
        values = by_topic[topic]
        if len(values) < 2:
            continue
        claims = []
        for value, cs in values.items():
            evidence = _dedupe(e for c in cs for e in c.evidence)
            who = ", ".join(dict.fromkeys(c.attributed_to for c in cs if c.attributed_to))
            claims.append(Claim(topic, value, evidence, tuple(sorted({s for c in cs for s in c.sources})), who))
        claims.sort(key=lambda c: (-len(c.sources), c.value))
        out.append(Conflict(topic, tuple(claims)))
    return tuple(out)


def _dedupe(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Each sentence once, in source and text order."""
    seen: dict[tuple[str, int], Evidence] = {}
    for e in evidence:
        seen.setdefault((e.source, e.start), e)
    return tuple(sorted(seen.values(), key=lambda e: (e.source, e.start)))


_AFTER_TAKEOFF = re.compile(r"after takeoff")


def _drop_takeoff_times(cands: list[_Candidate]) -> list[_Candidate]:
    """"Crashed minutes after takeoff from X" dates the crash more than it places it: when the
    sources name another town or airport within 150 km of X for it, that one says where."""
    def only_time(c: _Candidate) -> bool:
        return all(_AFTER_TAKEOFF.search(s.cue) for s in c.statements)

    placed = [c for c in cands if not only_time(c) and not c.place.is_area]
    return [c for c in cands if not (only_time(c) and any(o.place.km_to(c.place) <= 150 for o in placed))]


def _exclude_route_conflicts(role: str, cands: list[_Candidate], elements: dict[str, StoryElement]):
    if role == "destination" and "origin" in elements:
        # (nor the city its origin airport serves: a flight from Imam Khomeini is not "Tehran-bound")
        origin = elements["origin"].place
        # (but a patrol "heading back to Aldergrove", where it took off, was bound there)
        # (two towns, or a town and another's airport, are two ends: a helicopter from Monaco to Nice airport)
        cands = [c for c in cands if (not _same_end(c.place, origin)
                                      or all(_HOMEWARD.search(s.cue) for s in c.statements))
                 and not (origin.kind == "airport" and c.place.kind == "city" and c.place.name == origin.city)]
    if role == "diversion":
        for other in ("origin", "destination"):
            if other in elements:
                # A flight that turned back to its origin did divert there; one "diverted" to
                # its own destination did not.
                cands = [c for c in cands if not _same_end(c.place, elements[other].place)
                         or (other == "origin" and any(_RETURN.search(s.cue) for s in c.statements))]
    return cands


_HOMEWARD = re.compile(r"\bback\b|\breturning\b")
# (an emergency landing back at the origin is a return too: "made an emergency landing back in X")
# A flight going back where it came from, in the languages read ("turned back", "umkehren", "regresó",
# "a fait demi-tour", "вернулся", "geri döndü")
_TURN_WORDS = (r"turn|return|\bback\b|umkehr|umgekehrt|kehrt|gewendet|zurück|vuelta|rebrouss|regres|volv|retorn|"
               r"voltou|tornar|tornat|revenu|demi-tour|rientr|indietro|вернул|развернул|kembali|berbalik|"
               r"putar\s+balik|patah\s+balik|geri\s+dön|terug|zawróc|wrócił|tilbake|tillbaka|tilbage|\bsnu|snudde|"
               r"vendte|vände|återvä|returner")
# … or landing elsewhere than planned: a return, when it is where the flight left
_RETURN = re.compile(_TURN_WORDS + r"|emergency|forced|precautionary|unscheduled|аварийн|вынужденн|costrett|contraint|"
                     r"obligé|obrigad|obligad|forzad|precisou|tuvo\s+que|debió|a\s+dû|awaryjn|nødland|nödland|"
                     r"måtte|måste", re.IGNORECASE)


def _drop_unfinished_return(elements: dict[str, StoryElement], statements: Sequence[Statement]) -> None:
    """"Commenced a turn back towards the airport … struck terrain 30 km away": a flight that crashed
    on its way back to where it took off never landed there; no diversion."""
    diversion, origin, crash = (elements.get(r) for r in ("diversion", "origin", "crash_site"))
    if diversion is None or origin is None or crash is None or not same_place(diversion.place, origin.place):
        return
    if crash.place.is_area or min(crash.place.km_to(diversion.place), crash.place.km_to(origin.place)) \
            + (crash.distance_km or 0.0) < 5:
        return  # (back at its airport, and crashed there: a return that ended in a crash)
    cues = [s.cue for s in statements if s.role == "diversion" and same_place(s.place, diversion.place)]
    if cues and all(_TURNED.search(c) and not _LANDED.search(c) for c in cues):
        del elements["diversion"]


_TURNED = re.compile(_TURN_WORDS, re.IGNORECASE)
_LANDED = re.compile(r"land|atterr|aterriz|pous|lądow|посадк|iniş|mendarat|pendaratan", re.IGNORECASE)


def _fold_approach(elements: dict[str, StoryElement]) -> None:
    """An approach to a place names the destination when nothing else does."""
    approach = elements.pop("approach", None)
    if approach is None:
        return
    dest = elements.get("destination")
    diversion = elements.get("diversion")
    if diversion is not None and same_place(diversion.place, approach.place):
        return  # landing where it had diverted to says nothing of where it was bound
    if dest is None:
        elements["destination"] = StoryElement(
            "destination", approach.place, approach.evidence, approach.sources, cue=approach.cue)
        elements["approach"] = approach
    elif same_place(dest.place, approach.place):
        elements["approach"] = approach


def _other_places(documents: Sequence[Document], route: Sequence[StoryElement]) -> tuple[StoryElement, ...]:
    used = [e.place for e in route]
    groups: dict[str, list[Mention]] = {}
    for d in documents:
        for m in d.mentions:
            if m.usage != "place" or m.place.kind in ("country", "continent", "sea", "region", "admin1"):
                continue
            if any(same_place(m.place, u) for u in used):
                continue
            groups.setdefault(m.place.key, []).append(m)
    out = []
    for ms in groups.values():
        out.append(StoryElement("place", ms[0].place, _dedupe(Evidence.of(m.sentence) for m in ms),
                                tuple(sorted({m.source for m in ms}))))
    return tuple(sorted(out, key=lambda e: (-len(e.sources), e.place.name)))


_FLIGHT = re.compile(
    r"\b((?:[A-Z][\w&-]+\s){1,3})(?:[Ff]light)\s+((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])?\s?-?\d{1,4})\b"
)
_AIRCRAFT = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|ATR|Antonov|Tupolev|Sukhoi|Cessna|McDonnell Douglas|"
    r"Fokker|De Havilland)\s+(?:[A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?(?:[A-Z]{1,2})?|Superjet\s+\d+)"
)


def _headline(documents: Sequence[Document], route: Sequence[StoryElement]) -> tuple[str, str]:
    texts = [d.source.text for d in documents]
    flights = [m for t in texts for m in _FLIGHT.finditer(t)]
    flight = ""
    if flights:
        counts: dict[str, int] = {}
        for m in flights:
            key = f"{m.group(1).strip()} Flight {m.group(2).strip()}"
            counts[key] = counts.get(key, 0) + 1
        flight = max(sorted(counts), key=counts.get)
    aircraft = ""
    types = [m.group() for t in texts for m in _AIRCRAFT.finditer(t)]
    if types:
        aircraft = max(sorted(set(types)), key=types.count)
    roles = {e.role: e for e in route}

    def name(e: StoryElement) -> str:  # airports by their city in a headline: "Dhaka → Kathmandu"
        return e.place.city if e.place.kind == "airport" and e.place.city else e.place.name

    parts = []
    if "origin" in roles and "destination" in roles:
        parts.append(f"{name(roles['origin'])} → {name(roles['destination'])}")
    elif "destination" in roles:
        parts.append(f"bound for {name(roles['destination'])}")
    elif "origin" in roles:
        parts.append(f"from {name(roles['origin'])}")
    if "diversion" in roles:
        parts.append(f"diverted to {name(roles['diversion'])}")
    if "crash_site" in roles:
        c = roles["crash_site"]
        where = (f"about {format_km(c.distance_km)} from {name(c)}" if c.distance_km is not None
                 else f"at {c.place.name}" if c.place.kind == "airport"
                 else f"near {name(c)}" if c.place.kind == "city" else f"in {name(c)}")
        parts.append(f"crashed {where}")
    label = flight or (f"{aircraft} flight" if aircraft else "Flight")
    title = label + (": " + parts[0] if parts else "")
    if len(parts) > 1:
        title += ", " + ", ".join(parts[1:])
    n = len(documents)
    events = [e for e in route if e.role == "event"]
    summary = (f"{(aircraft + ' ') if aircraft and aircraft not in label else ''}"
               f"{'; '.join(parts) if parts else 'No route stated'}"
               f"{'; related events near ' + ', '.join(e.place.name for e in events) if events else ''}"
               f". Compiled from {n} source{'s' if n != 1 else ''}.")
    return title, summary[0].upper() + summary[1:]
