"""Reading a document's route statements: each sentence becomes a template in which every place
mention is a numbered slot ("from ⟦0⟧ to ⟦1⟧"), which ``roles`` reads; the walk through the document
weighs each sentence against the report around it (headline and lead, other incidents told, landings
against where it was bound, "the airport" and "the runway" said of a place named before)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geoviz.model import Evidence, Mention, Sentence, Statement
from geoviz.statements import english as en
from geoviz.statements.anaphora import (
    airport_here,
    airport_reference,
    anaphoric_distance,
    took_off,
    towns_airport,
    turn_back,
)
from geoviz.statements.languages import (
    ANY_CUE,
    LANGUAGES,
    RETURNED,
    TAKEOFF_CUE,
    speaks,
)
from geoviz.statements.roles import Report, arrived_at_excursion, elsewhere, read_roles

_ROTARY = re.compile(r"\b(?:helicopter|chopper|rotorcraft|elicotter[oi]|elisoccorso|helicóptero|hélicoptère|"
                     r"hubschrauber|rettungshubschrauber|вертол[её]т)s?\b")
_TAKEOFF_FAILED = re.compile(r"\b(?:before\s+it\s+could\s+(?:get\s+airborne|lift\s+off|take\s+off)|failed\s+to\s+"
                             r"(?:get\s+airborne|lift\s+off|take\s+off)|(?:rejected|aborted)\s+(?:its\s+)?take-?off|"
                             r"during\s+(?:the\s+|its\s+)?take-?off\s+roll)\b", re.IGNORECASE)
_SHORT_OF_RUNWAY = re.compile(r"\bshort\s+of\s+the\s+(?:\w+\s+)?runway", re.IGNORECASE)
_APPROACHING = re.compile(r"\b(?:approach\w*|on\s+final|go-?around)\b", re.IGNORECASE)
_DAY = re.compile(r"\d")
_LANDED_HERE = re.compile(r"\b(?:as|while|when)\s+it\s+(?:was\s+)?(?:landed|landing)\b", re.IGNORECASE)
_LANDING_NOW = re.compile(r"\b(?:on|during|after|while|when)\s+(?:the\s+|its\s+)?(?:landing|touchdown)\b|"
                          r"\blanded\b", re.IGNORECASE)
_NO_ACCIDENT = re.compile(r"(?:Incident\b|Aircraft\s+damage:\s*(?:None|Minor|Nil)\b)", re.IGNORECASE)
_SAME_STOP_KM = 30.0
_STOPPED = re.compile(r"[.]['’\"”)]*\s*$")
_YEAR_QUICK = re.compile(r"(?:19|20)\d\d")
_COMMA_GAP = re.compile(r"\s*,\s*")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
_GENITIVE_GAP = re.compile(r"['’]n?[ıiuü]n\s+(?:(?:başkenti|kuzey\w*|güney\w*|doğu\w*|batı\w*|merkezi|"
                           r"kenti|ilçesi|ili)\s+)?")  # (Turkish)
_BARE_POSSESSIVE = re.compile(r"['’]\s+")  # ("Algiers' Houari Boumediene Airport")


# (a landing the trip went on to: not one after trouble, "landed at Benbecula after its crew reported a vibration")
_WENT_ON = re.compile(r"\b(?:continued|went\s+on|carried\s+on|proceeded|on\s+schedule|as\s+(?:planned|scheduled)|"
                      r"on\s+time)\b", re.IGNORECASE)
_TOOK_OFF_AGAIN = re.compile(r"\b(?:took|taken|taking)\s+off\s+again\b|\b(?:departed|left|set\s+off)\s+again\b",
                             re.IGNORECASE)


def _template(sentence: Sentence, mentions: Sequence[Mention]) -> tuple[str, list[Mention]]:
    """The sentence with every place mention replaced by ⟦i⟧, qualifiers folded into the slot
    before them ("⟦0⟧, Azerbaijan" -> "⟦0⟧")."""
    parts: list[str] = []
    slots: list[Mention] = []
    pos = sentence.start
    text = sentence.text
    for m in mentions:
        gap = text[pos - sentence.start : m.start - sentence.start]
        if slots and m.place.kind in ("country", "admin1") and _COMMA_GAP.fullmatch(gap) \
                and slots[-1].place.kind not in ("country", "admin1") \
                and slots[-1].place.country == m.place.country:
            parts.append("")  # qualifier: folded
            if text.startswith(".,", m.end - sentence.start) and len(m.text) <= 5:
                pos = m.end + 1  # ("Bend, Ore., for Boise": the abbreviation's stop goes with it)
                continue
        elif slots and _GENITIVE_GAP.fullmatch(gap) and m.place.country == slots[-1].place.country \
                and m.place.kind in ("city", "airport") and slots[-1].place.kind in ("country", "admin1", "city"):
            slots[-1] = m  # ("Muğla'nın Dalaman Havalimanı'ndan", "İran'ın başkenti Tahran'a": the slot is the
            # place in the division or country named before, in the genitive)
        elif slots and (_POSSESSIVE_GAP.fullmatch(gap) or (_BARE_POSSESSIVE.fullmatch(gap)
                                                              and slots[-1].text.endswith("s"))) \
                and m.place.country == slots[-1].place.country and (
                slots[-1].place.kind in ("country", "admin1")
                or (slots[-1].place.kind == "city" and (m.place.kind == "airport" or en.AT_AIRPORT.match(
                    text[m.end - sentence.start : m.end - sentence.start + 30])))):
            if m.place.kind == "city" and slots[-1].place.kind == "city" and m.place.km_to(slots[-1].place) > 60:
                # ("Bacau's George Enescu airport": the airport of Bacău, not a village called George Enescu)
                parts[-1] = parts[-1] + " "
                pos = m.end
                continue
            # ("Moscow's Domodedovo airport": the slot is Domodedovo, at its airport)
            slots[-1] = m  # "Russia's North Caucasus": the slot is the North Caucasus
        else:
            parts.append(gap)
            parts.append(f"⟦{len(slots)}⟧")
            slots.append(m)
        pos = m.end
    parts.append(text[pos - sentence.start :])
    return re.sub(r"\s+", " ", "".join(parts)), slots


def _another_route(found: Sequence[Statement], told: Sequence[Statement]) -> bool:
    """The sentence tells a crash of a flight whose route is not the one told before: from far off its
    way (not a stop on it: "after departing La Nubia Airport", at Manizales, on a flight from Medellín
    to Bogotá), or bound for where it set out."""
    origin = next((st.place for st in told if st.role == "origin"), None)
    bound = next((st.place for st in told if st.role == "destination"), None)
    if origin is None or bound is None or not elsewhere(origin, bound) \
            or not any(st.role == "crash_site" for st in found):
        return False  # (nor where the route told has no length: a city and its airport)
    way = origin.km_to(bound)
    return any((st.role == "origin" and origin.km_to(st.place) + st.place.km_to(bound) - way
                > max(_OFF_THE_WAY_KM, way / 2))
               or (st.role == "destination" and not elsewhere(origin, st.place) and elsewhere(bound, origin))
               for st in found)


_OFF_THE_WAY_KM = 300.0


def extract_statements(sentences: Sequence[Sentence], mentions: Sequence[Mention]) -> tuple[Statement, ...]:
    """Route statements of one document, in text order."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.usage == "place":
            by_sentence.setdefault(m.sentence.start, []).append(m)
    out: list[Statement] = []
    last_landing: Mention | None = None
    landed = False  # last_landing is where the flight went (diverted, approached), not only bound
    last_city: Mention | None = None
    last_town: Mention | None = None  # the town or airport named last, before this sentence
    last_crash: Mention | None = None  # the town or airport a crash was last put at
    last_stop: Statement | None = None  # where the flight last landed, read as a landing
    approached = False  # the report has told of an approach ("During the approach to the runway")
    last_bound: Mention | None = None  # the destination last stated ("its destination")
    unturned: list[Sentence] = []
    told = False  # a sentence after the headline has stated something of the route
    roundup = False  # the report has turned to other incidents of the same days
    said = 0  # sentences of some length before this one
    stopped_first = False  # the first of them ends with a stop: no headline, the lead
    incident_year: int | None = None  # the year the first dated sentence gives the incident
    landings: list[Statement] = []  # landings read as such, where nothing said the flight was bound
    # The languages a third of the document speaks, for sentences too short to tell (a headline:
    # "Vuelo entre Barcelona y Santiago desviado a Vigo")
    lowered = [s.text.lower() for s in sentences]
    report = Report(
        spoken=frozenset(lang.name for lang in LANGUAGES
                         if 3 * sum(1 for low in lowered if speaks(lang, low)) >= len(lowered)),
        unharmed=any(en.UNHARMED.search(low) for low in lowered) and not any(en.DAMAGED.search(low) for low in lowered),
        rotary=any(_ROTARY.search(low) for low in lowered))
    for sentence in sentences:
        ms = by_sentence.get(sentence.start, [])
        # (a headline is a first line without a stop; the lead is the first sentence of the body, not a
        # dateline cut off at "Mont.")
        headline = not said and not _STOPPED.search(sentence.text)
        lead = not said or (said == 1 and not stopped_first)
        if len(sentence.text.split()) >= 3:
            said += 1
            stopped_first = stopped_first if said > 1 else not headline
        # (a time before the report's tells another incident, except in the lead of a report told
        # after the event: "Last week's turbulence encounter aboard a flight from X to Y …")
        if en.OTHER_INCIDENT.search(sentence.text) or ((told or not lead) and en.EARLIER_TIME.search(sentence.text)):
            continue
        if told and en.ROUNDUP.search(sentence.text):
            roundup = True  # ("The incident capped a difficult week. On Monday a Cessna crashed …": others')
            continue
        if roundup and en.ANOTHER_AIRCRAFT.search(sentence.text):
            continue
        quick = _YEAR_QUICK.search(sentence.text)
        dated = list(en.DATED_YEAR.finditer(sentence.text)) if quick else []
        # (and an incident named by its year: "the 2016 Tu-154 crash off Sochi")
        years = [int(m["year"]) for m in (*dated, *(en.YEAR_NAMED.finditer(sentence.text) if quick else ()))]
        # (a full date, "on 3 January 2004", first given after the lead is the incident's own; not a
        # month and year: "In October 2008 a Qantas A330 …")
        full_date = any(m["date"] and _DAY.search(m["date"]) for m in dated)
        earlier = (bool(years) and ((incident_year is None and not full_date)
                                    or (incident_year is not None and max(years) < incident_year))) \
            or bool(en.MONTH_OPENER.match(sentence.text))
        if out and earlier:
            # "… from X to Y made a hard landing. In 2011, a 737 crashed near Z": told the route,
            # the report turns to an earlier year, so another incident
            continue
        dated_first = bool(years) and incident_year is None
        if dated_first:
            incident_year = max(years)
        found: list[Statement] = []
        if ms:
            template, slots = _template(sentence, ms)
            found = read_roles(sentence, template, slots, replace(report, lead=lead or headline)) \
                if ANY_CUE.search(template.lower()) else []
            # ("… bound for Y. … squawked 7700 and landed at Z": a landing far from where the report
            # said it was bound is a diversion; any other landing alone says nothing of the route)
            far = [st for st in found if st.role == "landed" or (st.role == "approach" and st.cue == "landed")
                   if last_bound is not None and elsewhere(last_bound.place, st.place)]
            # (a landing where it was not bound is a diversion: taking off again from there, it resumed its trip)
            last_stop = next((st for st in reversed(found) if st.role == "landed" and not any(st is f for f in far)),
                             last_stop)
            landings.extend(st for st in found if st.role == "landed" and not any(st is f for f in far))
            found = [replace(st, role="diversion") if any(st is f for f in far) else st for st in found
                     if st.role != "landed" or any(st is f for f in far)]
        if not any(st.role == "crash_site" and not st.place.is_area for st in found):
            bound = next((st.mention for st in reversed(found) if st.role in ("destination", "approach")), last_bound)
            here = airport_here(sentence.text, found)
            # ("Operations at X International Airport were disrupted after a cargo jet skidded off the runway
            # on landing": the one airport the sentence names, where it was landing)
            named = [m for m in ms if m.place.kind == "airport"]
            landed_here = here is None and not found and len(named) == 1 and bool(_LANDING_NOW.search(sentence.text)) \
                and not took_off(sentence.text)
            here = named[0] if landed_here else here
            # ("came down in Ahmedabad after take-off … crashed into a hostel near the airport":
            # the airport of the place the crash was put at, before the destination's)
            pointless = all(m.place.is_area for m in ms)  # (no town or airport: "a Japan Coast Guard plane")
            # ("During the second approach … 500 metres short of the runway": where it was bound, not
            # the airport it had left)
            approached = approached or bool(_APPROACHING.search(sentence.text))
            landing_at = bound if bound is not None and (approached or _SHORT_OF_RUNWAY.search(sentence.text)) \
                else last_landing
            # ("On landing on runway 11 … departed the runway surface": where it was bound, not where it left)
            landing_now = bound is not None and bool(_LANDING_NOW.search(sentence.text)) and not took_off(sentence.text)
            # ("had just taken off from X Airport … crashed 8 kilometres east of the field": this one)
            # ("había despegado de Trinidad con destino a Riberalta, se desplomó minutos después a 8 km de
            # la ciudad": the town it had just left)
            left = here if here is not None and here.place.kind == "city" and took_off(sentence.text) \
                else None
            st = anaphoric_distance(sentence, landing_at or here, left or last_city, ms, bound, left is not None) or (
                airport_reference(sentence, here) if here else
                airport_reference(sentence, last_crash or (bound if landing_now else last_landing)) if pointless
                else None)
            if st:
                found.append(st)
                if st.cue != "distance" and (landed_here or _LANDED_HERE.search(sentence.text)):
                    found.append(replace(st, role="approach", cue="landing"))  # ("… on the runway as it landed")
                elif st.cue != "distance" and _TAKEOFF_FAILED.search(sentence.text):
                    found.append(replace(st, role="origin", cue="take-off"))  # ("ran off the end before it
                    # could get airborne": the airport it was leaving)
        if any(st.role == "diversion" for st in found):
            last_stop = None
        if last_stop is not None and not any(st.role == "origin" for st in found) \
                and _TOOK_OFF_AGAIN.search(sentence.text):
            # ("had landed at X the previous evening … He took off again at 10.15am, bound for Y": the leg
            # flown last set out from where it had landed)
            found.append(Statement("origin", last_stop.place, last_stop.mention, Evidence.of(sentence),
                                   "took off again", at_airport=last_stop.at_airport, confidence=0.9))
        if not any(st.role in ("destination", "approach") for st in found):
            st = towns_airport(sentence, last_town)
            if st is not None:
                found.append(st)
        if full_date and dated_first and _another_route(found, out):
            # ("… from Nairobi to Mombasa returned to the airport on Friday. On 10 March 2019, Ethiopian Airlines
            # Flight 302 crashed near Bishoftu minutes after departing for Nairobi": the first full date, of a
            # flight the route told does not fit, is another's)
            incident_year = None
            continue
        out.extend(found)
        told = told or (bool(found) and not headline)  # (a headline tells no route of its own)
        if not any(st.role == "diversion" for st in found):
            unturned.append(sentence)  # (read for a turn back only where the document has an origin)
        for st in found:
            if st.role in ("diversion", "approach") and st.place.kind in ("city", "airport"):
                last_landing, landed = st.mention, True
            elif st.role == "destination" and st.place.kind in ("city", "airport") and not landed:
                last_landing = st.mention  # (where it went, once stated, is not undone by where it was bound)
        for st in found:
            # "…had just taken off from X. Debris lies 15 km south of the airport": X's, unless the
            # flight had already diverted or approached somewhere (a destination is only intent); so
            # too an origin named as an airport ("had just left X airport")
            if st.role == "origin" and not landed and (TAKEOFF_CUE.search(st.cue) or st.at_airport) \
                    and st.place.kind in ("city", "airport"):
                last_landing = st.mention
        last_city = next((m for m in reversed(ms) if m.place.kind == "city"), last_city)
        last_town = next((m for m in reversed(ms) if m.place.kind in ("city", "airport")), last_town)
        last_crash = next((st.mention for st in reversed(found) if st.role == "crash_site"
                           and st.place.kind in ("city", "airport")), last_crash)
        last_bound = next((st.mention for st in reversed(found) if st.role == "destination"), last_bound)
    if any(st.cue == "location" for st in out) and any(_NO_ACCIDENT.match(s.text) for s in sentences):
        # (an accident database's "Location:" is an incident's place too: "Aircraft damage: Minor")
        out = [st for st in out if not (st.cue == "location" and st.role == "crash_site")]
    landed = [st.place for st in out if st.role in ("diversion", "landed")]
    if landed and not any(st.role == "crash_site" and st.cue != "location" for st in out):
        # (and where the narrative tells of a diversion there, and of no crash: "Location: Vienna-Schwechat
        # International Airport … The flight diverted to Vienna and landed without further incident")
        out = [st for st in out if not (st.cue == "location" and st.role == "crash_site"
                                        and any(p.km_to(st.place) <= _SAME_STOP_KM for p in landed))]
    out = arrived_at_excursion(out)
    if landings and not any(st.role in ("destination", "approach", "diversion") for st in out):
        # ("… their Emirates flight from Dubai hit severe turbulence. The Boeing 777 continued its journey and
        # landed in Glasgow": where a flight from elsewhere landed, nothing else said, is where it was going)
        origin = next((st.place for st in out if st.role == "origin"), None)
        arrived = [st for st in landings if origin is not None and elsewhere(origin, st.place)
                   and _WENT_ON.search(st.evidence.text)]
        out.extend(replace(st, role="approach", confidence=0.6) for st in arrived[:1])
    origin = next((st for st in out if st.role == "origin"), None)
    away = next((st for st in out if st.role == "diversion" and origin is not None
                 and elsewhere(origin.place, st.place)), None)
    if away is not None:
        # ("… landed at Mary International Airport … the aircraft returned to Ashgabat in the afternoon after
        # the fog cleared": once diverted elsewhere, going back where it set out is the trip home)
        out = [st for st in out if not (st.role == "diversion" and st.evidence.start > away.evidence.start
                                        and not elsewhere(origin.place, st.place) and RETURNED.search(st.cue))]
    turn_backs = [(sentence, back) for sentence in unturned if (back := turn_back(sentence.text))] \
        if origin is not None else []
    if origin is not None and turn_backs:  # "… from X to Y. It turned back shortly after takeoff."
        out.extend(Statement("diversion", origin.place, origin.mention, Evidence.of(sentence), cue.lower(),
                             at_airport=origin.at_airport, confidence=0.7) for sentence, cue in turn_backs)
        out.sort(key=lambda st: st.evidence.start)
    return tuple(out)
