"""References to places named before: "the airport", "30 km west of the city", "its
destination", a turn back that names no place."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geoviz.model import Evidence, Mention, Sentence, Statement
from geoviz.statements import english as en
from geoviz.statements.languages import AIRPORTS, CRASH_WORDS, INTENDED, LANGUAGES, NEAR_AIRPORT, TAKEOFF_CUE, TURN_BACK

_EN_AIRPORTS = re.compile(r"airport|airfield|aerodrome|airstrip|field|runway", re.IGNORECASE)
_RUNWAY_LEFT = re.compile(r"\b(?:departed|left|exited)\s+the\s+(?:side\s+of\s+the\s+)?runway", re.IGNORECASE)
_RUNWAY_LEFT_QUICK = "the runway"
_LANDING = re.compile(r"\b(?:land(?:ing|ed)|touch(?:ing|ed)\s+down|touchdown|iniş|aterriz|atterri|pous|atterr|"
                      r"Landung|посадк|заход)", re.IGNORECASE)


def turn_back(text: str) -> str:
    """The words of a turn back this flight made, naming no place ("turned back", "a fait
    demi-tour"); not one asked for, denied or made by people rather than the aircraft."""
    m = TURN_BACK.search(text)
    if m is None:
        return ""
    before = text[max(0, m.start() - 60) : m.start()]
    if INTENDED.search(before[-40:]) or en.NEGATED.search(before) or en.PEOPLE_RETURNING.search(before) \
            or en.OTHER_FLIGHTS.search(before[-50:]) or en.PEOPLE_DID.search(before) \
            or _STILL_ON_GROUND.match(text, m.end(), m.end() + 60):
        return ""
    return m.group()


# ("returned to the gate before take-off": it never flew, so it made no return to its airport)
_STILL_ON_GROUND = re.compile(r"[^.;]*?\b(?:before|prior\s+to)\s+(?:its\s+|the\s+)?(?:take-?off|departure|taking\s+off|"
                              r"(?:it\s+)?(?:could\s+)?(?:took|take)\s+off)|[^.;]*?\bwhile\s+(?:still\s+)?taxiing",
                              re.IGNORECASE)


def anaphoric_distance(sentence: Sentence, last_landing: Mention | None, last_city: Mention | None,
                        mentions: Sequence[Mention] = (), bound: Mention | None = None,
                        just_left: bool = False) -> Statement | None:
    """"Crashed 12 nautical miles south of the airport", "30 km west of the city", "à 15 km au
    sud de l'aéroport": measured from the airport the flight was landing at, or the city last
    named (in this sentence or before; or, ``just_left``, the city ``last_city`` the sentence says
    it took off from); "its destination": the one this sentence names (``bound``), else where the
    flight was landing."""
    low = sentence.text.lower()  # the quick filters are written in lower case: much faster
    m, lang = None, None
    if en.ANAPHOR_QUICK.search(low) and en.CRASHY.search(low):
        m = en.ANAPHOR.search(sentence.text)
    for language in LANGUAGES if m is None else ():
        if language.anaphor and language.anaphor_quick.search(low) and language.crashy.search(low):
            m, lang = language.anaphor.search(sentence.text), language
            if m:
                break
    if m is None:
        return None
    # ("bound for Y, crashed 20 km short of its destination": measured from Y's airport)
    destination = m["what"].lower() == "destination"
    airport = destination or bool((AIRPORTS if lang else _EN_AIRPORTS).match(m["what"]))
    before = [x for x in mentions if x.place.kind == "city" and x.end <= sentence.start + m.start()]
    anchor = bound if destination else last_landing if airport else \
        last_city if just_left or not before else before[-1]
    if lang:
        km, bearing = lang.number(m), lang.bearing(m)
    else:
        km, bearing = en.parse_number(m["num"]), en.parse_bearing(m["dir"])
        if km is not None:
            km *= en.UNITS_KM.get(re.sub(r"\s+", " ", m["unit"].lower()), 1.0)
    if anchor is None or km is None:
        return None
    return Statement("crash_site", anchor.place, anchor, Evidence.of(sentence), "distance", distance_km=round(km, 3),
                     distance_text=m.group(0).strip(), bearing_deg=bearing, bearing_text=m["dir"] or "",
                     at_airport=airport, confidence=0.7)


_CRASHED_THERE = re.compile(r"\b(?:" + en.CRASH_CUE + r"|emergency\s+landing|(?:landed|landing)\s+(?:in|on)\s+"
                            r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:field|paddock|road|highway|beach|marsh|swamp|clearing|"
                            r"river|lake|water|sea))\b", re.IGNORECASE)


def took_off(text: str) -> bool:
    """The sentence tells of a take-off (not "departed the runway surface": a runway excursion)."""
    return bool(TAKEOFF_CUE.search(_RUNWAY_LEFT.sub(" ", text) if _RUNWAY_LEFT_QUICK in text else text))


def airport_here(text: str, found: Sequence[Statement]) -> Mention | None:
    """The airport this sentence says the flight was at: "… from X to Y skidded off the runway on
    landing" (Y's), "se desplomó segundos después del despegue de X … cerca del aeropuerto" (X's).
    Without "landing" or a take-off the runway may be either."""
    roles = ("origin",) if took_off(text) else ("destination", "approach", "diversion", "landed") \
        if _LANDING.search(text) else ()
    return next((st.mention for st in reversed(found) if st.role in roles and st.place.kind in ("city", "airport")),
                None)


def airport_reference(sentence: Sentence, last_landing: Mention | None) -> Statement | None:
    """"…landed in a field near the airport": the airport of the last place the flight was
    landing at, when the sentence says it came down there."""
    ref = NEAR_AIRPORT.search(sentence.text) if last_landing else None
    if ref is None or last_landing is None:
        return None
    excursion = re.search(r"\b(?:end|overran|overshot|short|skidded|slid|veered|left|departed|exited)\b", ref.group(),
                          re.I)
    # (a runway excursion is one: "ran off the end before it could get airborne"; a landing only off the runway:
    # "landed in a field near the airport", not "landed safely … looked after by our team at the airport")
    if not excursion and not _CRASHED_THERE.search(sentence.text) and not CRASH_WORDS.search(sentence.text.lower()):
        return None
    return Statement("crash_site", last_landing.place, last_landing, Evidence.of(sentence),
                     re.sub(r"\s+", " ", ref.group().lower()), at_airport=True, confidence=0.6)


# "was on approach to the town's aerodrome", "bound for the island's airstrip": the place named before
_TOWNS_AIRPORT = re.compile(
    r"\b(?P<cue>on\s+(?:its\s+|the\s+|final\s+)*approach\s+(?:to|into)|bound\s+for|head(?:ing|ed)\s+(?:to|for)|"
    r"was\s+landing\s+at|due\s+(?:to\s+land\s+)?at)\s+the\s+(?:town|city|village|island|community)['’]s\s+"
    r"(?:airport|aerodrome|airstrip|airfield)\b", re.IGNORECASE)


def towns_airport(sentence: Sentence, last_city: Mention | None) -> Statement | None:
    """"The aircraft … was on approach to the town's aerodrome": the airport of the town named last."""
    ref = _TOWNS_AIRPORT.search(sentence.text) if last_city is not None else None
    if ref is None:
        return None
    role = "approach" if ref["cue"].lower().startswith(("on", "was")) else "destination"
    return Statement(role, last_city.place, last_city, Evidence.of(sentence), re.sub(r"\s+", " ", ref.group().lower()),
                     at_airport=True, confidence=0.6)
