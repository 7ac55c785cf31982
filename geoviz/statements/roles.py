"""The roles the place slots of one sentence take ("from ⟦0⟧ to ⟦1⟧": origin and destination): a
reader per kind of statement, each applying the patterns of English and of every other language the
sentence speaks, in a fixed order, since a slot takes each role once, first come."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geoviz.model import Mention, Place, Sentence, Statement
from geoviz.statements import crashes, routes
from geoviz.statements import english as en
from geoviz.statements.anaphora import took_off
from geoviz.statements.sentence_reading import Report, SentenceReading

# A runway excursion: "veered left off the runway", "overran", "departed the runway surface"
_EXCURSION = re.compile(r"\b(?:" + en.OFF_RUNWAY + r"|overr?an|overshot|(?:departed|exited)\s+the\s+"
                        r"(?:side\s+of\s+the\s+)?runway)", re.IGNORECASE)
# A flight that had come in from elsewhere: "a 737 that had just arrived from Kobe", "had just landed from X"
_ARRIVED = re.compile(r"\b(?:arriv(?:ed|ing)|landed|touched\s+down|(?:flown|flew|come|came)\s+in|inbound)\s+"
                      r"(?:\w+\s+)?from\b", re.IGNORECASE)


def read_roles(sentence: Sentence, t: str, slots: list[Mention], report: Report) -> list[Statement]:
    """The statements of one sentence (template ``t``)."""
    r = SentenceReading(sentence, t, slots, report)
    for reader in _READERS:
        reader(r)
    excursion = bool(_EXCURSION.search(t))
    found = _landings(r.found, excursion)
    return _arrived(found) if (excursion or _ARRIVED.search(t)) and not took_off(t) else found


# The readers, in the order they take slots (a slot takes each role once, first come)
_READERS: tuple[Callable[[SentenceReading], None], ...] = (
    routes.both_ends, crashes.foreign_distances, crashes.bearings, routes.foreign_roles, routes.origins,
    routes.destinations, routes.diversions, crashes.at_airports, crashes.distances, crashes.came_down,
    crashes.events, crashes.after_takeoff_within, crashes.close_to)


def _arrived(found: list[Statement]) -> list[Statement]:
    """"An ATR arriving from X overran the runway at Y": a flight from elsewhere that ran off a runway,
    not while taking off, or that had come in from elsewhere ("a 737 that had just landed from Palma
    collided with a truck at Manchester Airport"), was landing there."""
    origins = [st.place for st in found if st.role == "origin"]
    if not origins or any(st.role in ("destination", "approach", "diversion") for st in found):
        return found
    return found + _landed_where_crashed(found, origins)


def arrived_at_excursion(statements: list[Statement]) -> list[Statement]:
    """"A Twin Otter skidded off the runway at Lukla. The aircraft had flown in from Manthali": a runway
    excursion, not on take-off, at an airport far from where the report says the flight came from was
    its landing there, when nothing else tells where it was bound or landed."""
    origin = next((st.place for st in statements if st.role == "origin"), None)
    if origin is None or any(st.role in ("destination", "approach", "diversion", "landed") for st in statements):
        return statements
    excursions = [st for st in statements if st.role == "crash_site" and _EXCURSION.search(st.evidence.text)
                  and not took_off(st.evidence.text)]
    return statements + _landed_where_crashed(excursions, [origin])


def _landed_where_crashed(found: list[Statement], origins: list[Place]) -> list[Statement]:
    """The approach to the first airport a crash is put at, far from every place the flight came from."""
    return [replace(st, role="approach", cue="landing", confidence=0.6) for st in found
            if st.role == "crash_site" and st.at_airport and st.distance_km is None and not st.place.is_area
            and all(p.km_to(st.place) > _ELSEWHERE_KM for p in origins)][:1]


_ELSEWHERE_KM = 50.0  # (a landing nearer than this may be at the place's other airport)
_OTHER_AIRPORT_KM = 20.0


def elsewhere(bound: Place, landed: Place) -> bool:
    """A landing away from where the flight was bound (not another of a city's airports; but an
    airport other than the one it was bound for: Eagle County, not Aspen-Pitkin County, 47 km off)."""
    apart = bound.km_to(landed)
    return apart > _ELSEWHERE_KM or (bound.kind == landed.kind == "airport" and apart > _OTHER_AIRPORT_KM)


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
        if bound and all(elsewhere(p, st.place) for p in bound):
            out.append(replace(st, role="diversion"))
        elif not bound and (left or at_runway):
            out.append(replace(st, role="approach"))
        elif not bound:
            out.append(st)  # (weighed against the destination stated before: see extract_statements)
    return out
