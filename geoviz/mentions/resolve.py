"""Choose one gazetteer entry per name: prominence, qualifiers, peers in lists, the document's countries."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial

from geoviz.mentions.cues import (
    AIRPORT_AFTER,
    AIRPORT_SUFFIX,
    BETWEEN_BEFORE,
    FLIGHT_CONTEXT,
    FLIGHT_END_BEFORE,
    POINT_BEFORE,
    QUALIFIED,
    ROUTE_BEFORE,
)
from geoviz.mentions.names import fold, is_called
from geoviz.mentions.plausible import in_longer_name
from geoviz.mentions.spans import Span
from geoviz.model import Mention, Place

_QUALIFIER = re.compile(r"^\s*(?:,|\()\s*")
_HEADLINE = re.compile(r"[^.!?:;\s]\s*$")
# "London, in southwestern Ontario", "Dolores, en la provincia de Buenos Aires", "Liberia, in Costa Rica's …"
_QUALIFIER_IN = re.compile(r"\s*,\s*(?:(?:in|en|em|no|na|dans|nel|nella)\s+(?:the\s+|la\s+|el\s+|le\s+|o\s+|a\s+)?"
                           r"(?:(?:far\s+)?(?:north|south|east|west|central|centre|center)\w*\s+)?"
                           r"(?:(?:province|provincia|província|state|estado|region|région|región|departamento|"
                           r"département)\s+(?:of|de|do|da|del|du)\s+(?:la\s+|l['’])?)?|"
                           # ("Barcelona, estado Anzoátegui")
                           r"(?:estado|provincia|província|departamento|région|región|state|province)\s+(?:de\s+|del\s+)?)")


def resolve(text: str, raw: list[tuple[Span, tuple[Place, ...]]], demonyms: list[Mention],
            served: Callable[[Place], bool] = lambda place: False,
            own_airport: Callable[[Place], bool] = lambda place: False,
            nominatives: Mapping[str, str] | None = None) -> list[Mention]:
    """Choose one entry per mention: prominence, qualifiers, the document's countries, proximity;
    ``served`` tells a town with an airport near (a flight's far end is no stray), ``own_airport``
    one with an airline airport called after it (a flight's end likelier than a namesake);
    ``nominatives`` the name a declined one stands for ("Baligrodu": Baligród), as the text calls it."""
    names = [fold((nominatives or {}).get(text[sp.start : sp.end], text[sp.start : sp.end])) for sp, _ in raw]
    # Countries the document names for sure (names with one country reading, and demonyms).
    countries: Counter[str] = Counter(m.place.country for m in demonyms)
    by_name: dict[str, Counter[str]] = defaultdict(Counter)
    for name, (_sp, places) in zip(names, raw, strict=True):
        if places[0].kind == "country":
            countries[places[0].country] += 2
            by_name[name][places[0].country] += 2
        elif places[0].kind == "city" and places[0].rank >= 0.8 and (
                len(places) == 1 or places[1].rank < places[0].rank - 0.25):
            # a great city no other place so named rivals ("Mexico City", "Chicago") tells its country
            countries[places[0].country] += 1
            by_name[name][places[0].country] += 1
    # A name is not its own evidence: "Georgia" twice in a US story does not name the country.
    countries_for = {name: countries - own for name, own in by_name.items()}
    prefer = {**_peer_divisions(text, raw), **_list_kinds(text, raw)}
    # In a list ("Virginia, Washington, West Virginia and Wyoming") the next item is a peer.
    qualifiers = {i: q for i, q in _qualifiers(text, raw).items()
                  if i not in prefer or raw[i + 1][1][0].kind != prefer[i][0]}
    # "Atlanta, Georgia": the qualifier is the reading that holds the place it qualifies.
    inner = {i + 1: raw[i][1][:10] for i in qualifiers}
    dropped = _unqualified(text, raw, qualifiers)
    named = [countries_for.get(name, countries) for name in names]
    nearby = _nearby_countries(raw, demonyms, names)
    # ("Muğla'nın Köyceğiz ilçesi": Turkish names the division first, in the genitive)
    owned = {i: q for i, q in _owners(text, raw).items() if i not in qualifiers}
    # (a town the gazetteer lacks in that division is none of the namesakes elsewhere)
    dropped |= {i for i, owners in owned.items()
                if not any(p.country == q.country and (q.kind == "country" or _in_division(p, q))
                           for p in raw[i][1] for q in owners)}
    context = [(qualifiers.get(i) or owned.get(i), inner.get(i), prefer.get(i), nearby[i]) for i in range(len(raw))]
    # "near the village of Le Vernet, close to Seyne-les-Alpes": the reading within reach of the town
    # named as its neighbour ("Perth Airport at Scone" is Scotland's, not Western Australia's)
    neighbours = {i: tuple(p for p in raw[i + 1][1][:10] if not p.is_area) for i in range(len(raw) - 1)
                  if _NEIGHBOUR_GAP.fullmatch(text, raw[i][0].end, raw[i + 1][0].start)
                  or (_AIRPORT_AT.fullmatch(text, raw[i][0].end, raw[i + 1][0].start)
                      and _AIRPORT_NAME.search(text, raw[i][0].start, raw[i][0].end))}
    # The ten most prominent readings suffice, with those a qualifier points at: the rest never
    # win on context alone.
    readings = [_readings(places, qualifiers.get(i) or owned.get(i), named[i]) for i, (_sp, places) in enumerate(raw)]
    first: list[Place] = []
    for i, options in enumerate(readings):
        first.append(max(options, key=lambda p, i=i: _score(p, context[i], named[i], (), names[i])))
    # (not the division qualifying a name's repeat, "… lives in Cambridge, Massachusetts": that one
    # is another Cambridge, and says nothing of the first)
    # (a headline, a first line ending without a stop, does not count as a name's first use:
    # "Crop duster crashes south of Clinton / CLINTON, Ill. - …" is one Clinton)
    headline = raw[0][0].sentence.start if raw and _HEADLINE.search(raw[0][0].sentence.text) else -1
    seen_names: set[str] = set()
    echoes: set[int] = set()
    for i, name in enumerate(names):
        if name in seen_names and i in qualifiers:
            echoes.add(i + 1)
        if raw[i][0].sentence.start != headline:
            seen_names.add(name)
    divisions = frozenset((p.country, p.name) for j, p in enumerate(first) if p.kind == "admin1" and j not in echoes)
    # Every other name's first reading anchors proximity: the places of one story cluster.
    anchors: dict[str, Place] = {}
    for name, p in zip(names, first, strict=True):
        if not p.is_area or p.kind == "country":
            anchors.setdefault(name, p)
    # Where each name may be (its five most prominent points): a town amid two other names' places
    # belongs to the story ("a paddock near York" after Jandakot and Northam is York, Western Australia,
    # though Northam alone would be South Africa's), even beyond the ten most prominent readings.
    spots: dict[str, tuple[Place, ...]] = {}
    for name, (_sp, places) in zip(names, raw, strict=True):
        spots.setdefault(name, tuple(p for p in places if not p.is_area)[:5])
    for i, (_sp, places) in enumerate(raw):
        if len(places) > 10:
            readings[i] += tuple(p for p in places[10:] if p not in readings[i] and not p.is_area
                                 and _amid(p, spots, names[i]))[:5]
    # The places named in a mention's own sentence: "near La Unión, a few kilometres from the
    # airport" names two places close together.
    by_sentence: dict[int, list[tuple[str, Place]]] = defaultdict(list)
    for (sp, _), name, p in zip(raw, names, first, strict=True):
        if not p.is_area:
            by_sentence[sp.sentence.start].append((name, p))
    choices = []
    cache: dict[tuple, list[tuple[float, Place]]] = {}
    for i, (sp, places) in enumerate(raw):
        if len(places) == 1:
            choices.append((places[0].rank, places[0], 1.0))
            continue
        quals, held, kind, local = context[i]
        # named as a division, or listed among divisions ("New Jersey and New York")
        stated = _names_division(text, sp) or bool(kind and kind[0] == "admin1")
        beside = tuple(p for n, p in by_sentence[sp.sentence.start] if not _same_name(n, names[i]))
        # (a flight's ends lie far apart: "from X", "to X" gain nothing from the story's division)
        route_end = bool(ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start))
        hop = route_end and bool(FLIGHT_END_BEFORE.search(text, max(0, sp.start - 30), sp.start))
        close = neighbours.get(i, ())
        key = (names[i], tuple(id(q) for q in quals) if quals else (), tuple(id(q) for q in held or ()),
               kind, local, stated, tuple(id(p) for p in beside), route_end, hop, tuple(id(p) for p in close))
        if key not in cache:  # repeated names score alike: same anchors, same context
            others = [a for n, a in anchors.items() if not _same_name(n, names[i])]
            # (the best-known place called so today: Antalya, once Olbia, does not make Olbia in
            # Sardinia a minor namesake)
            # ("Bario" for Bario Airport, not Bari, by an alternate name, however better known)
            called = [p.rank for p in readings[i] if not p.is_area and names[i] in (
                fold(p.name), fold(AIRPORT_SUFFIX.sub("", p.name)))]
            top = max(called or [p.rank for p in readings[i] if not p.is_area], default=0.0)
            # (farther apart in a country the story names: Derby among Broome and Fitzroy Crossing, in the
            # Kimberley of an "Australian" report, is Western Australia's)
            amid = frozenset(id(p) for p in readings[i] if not route_end and not p.is_area
                             and 0.05 < top - p.rank <= 0.3 and _amid(
                                 p, spots, names[i], _NAMED_COUNTRY_KM if named[i].get(p.country) else 0.0))
            cache[key] = sorted(((_score(p, context[i], named[i], others, names[i], divisions, beside, top,
                                         route_end, hop, id(p) in amid)
                                  - (0.0 if stated else _eponym_penalty(p, places, divisions))
                                  + (0.5 if not p.is_area and any(p.km_to(q) < 60 for q in close) else 0.0)
                                  # (not where the town's airport is a reading itself: "Orly" is the airport)
                                  + (_SERVED_END if route_end and p.kind == "city" and fold(p.name) == names[i]
                                     and not any(q.kind == "airport" and q.km_to(p) < 30 for q in readings[i])
                                     and own_airport(p) else 0.0), p)
                                 for p in readings[i]), key=lambda sp_: -sp_[0])
        scored = cache[key]
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 1.0
        best = scored[0][1]
        if best.kind == "country":
            # A city-state ("Hong Kong", "Singapore"): the city is the same place, drawn precisely.
            city = next((p for _s, p in scored if p.kind == "city" and p.country == best.country
                         and p.rank >= 0.6 and fold(p.name) == fold(best.name)), None)
            best = city or best
        elif route_end and best.kind in ("region", "lake"):
            # An island or a lake a flight left or flew to: its airport, town or province of that
            # name ("from Pohnpei to Chuuk", "departing from Lake Tahoe")
            for kind_ in ("airport", "city", "admin1"):
                here = next((p for _s, p in scored if p.kind == kind_ and p.km_to(best) < 100), None)
                if here is not None:
                    best = here
                    break
        choices.append((scored[0][0], best, margin))
    # One sense per discourse: a name means one place throughout a document, the one its most
    # telling mention ("GRABOVO, Ukraine") resolves to.
    # A qualifier given only after the name's first use tells another place of that name ("had
    # grown up in Athens, Greece" in a story of Athens, Georgia): it keeps its reading to itself.
    best_by_name: dict[str, tuple[float, Place, float]] = {}
    seen: set[str] = set()
    for i, ((sp, _places), choice) in enumerate(zip(raw, choices, strict=True)):
        key = names[i]
        later = key in seen and bool(context[i][0])
        if sp.sentence.start != headline:
            seen.add(key)
        if not later and (key not in best_by_name or choice[0] > best_by_name[key][0]):
            best_by_name[key] = choice
    out: list[Mention] = []
    points = [(n, p) for n, p in zip(names, first, strict=True) if not p.is_area]
    # (one sense per discourse: a flight's end is none elsewhere in the report either)
    routed = {names[i] for i, (sp, _) in enumerate(raw) if _routed(text, sp)}
    for i, ((sp, places), (_, place, margin)) in enumerate(zip(raw, choices, strict=True)):
        if i in dropped:
            continue
        _s, shared, shared_margin = best_by_name.get(names[i], choices[i])
        if shared in places and not (context[i][0] or context[i][1]) and not (
                shared.kind == "admin1" and place.kind == "city" and (POINT_BEFORE.search(
                    text, max(0, sp.start - 20), sp.start) or _routed(text, sp))):
            # (a qualifier is local evidence; so is a word that takes a town: "north-east of Belgorod"
            # after "the Belgorod region", and a flight's end: "bound for Belgorod")
            place, margin = shared, shared_margin
        if place.kind == "city" and _names_division(text, sp):
            # and one that takes a division: "crashed in the Belgorod region", though the flight was
            # bound for Belgorod
            place = next((p for p in places[:3] if p.kind == "admin1" and p.country == place.country), place)
        if _stray(place, names[i], context[i], named[i], points, partial(in_longer_name, text, sp)) and not (
                names[i] in routed and served(place)):
            continue  # (but a flight's far end is no stray: "parti de Charm el-Cheikh" for Saint Petersburg)
        out.append(Mention(sp.sentence.source, sp.start, sp.end, text[sp.start : sp.end], place,
                           sp.sentence, round(min(1.0, 0.5 + margin), 3), len(places), "place"))
    return out


_WATER_WORD = re.compile(r"^(?:(?:river|lake|sea|ocean|bay|gulf)\s+(?:of\s+)?)?(.+?)(?:\s+(?:river|lake|sea|ocean|bay|"
                         r"gulf))?$")


# "Santiago de Compostela", "Rio de Janeiro", "Frankfurt am Main": a town's name and what tells it apart
_TOWN_HEAD = re.compile(r"^(.+?)\s+(?:de|del|de\s+la|do|da|dos|das|di|du|des|am|an\s+der|im|on|upon)\s+\S")


_AIRPORT_HEAD = re.compile(r"^([^-/]+?)\s*[-/]\s*\S")
_AIRPORT_TAIL = re.compile(r"^(.+?)\s+(?:international\s+)?(?:airport|airfield|aerodrome)$")


def short_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name the document also gives in full is the place so named, unless a qualifier says
    otherwise ("Hudson, New York"): "Helicopter crashes into Hudson … plunged into the Hudson
    River" is the river (not Jersey City, once "Hudson"); "Vuelo entre Barcelona y Santiago … la
    ruta … y Santiago de Compostela" is the Galician city, not Chile's capital; "took off from
    Wilson Airport … returned to Wilson" is Nairobi's airport, not a town in North Carolina. A
    name read as an area stays one ("Malta", after "Malta International Airport")."""
    full: dict[str, Place | None] = {}
    for m in mentions:
        name = fold(m.text)
        if m.place.kind in ("river", "lake", "sea") and " " in m.text.strip():
            stem = _WATER_WORD.match(name)
        elif m.place.kind == "city":
            stem = _TOWN_HEAD.match(name)
        elif m.place.kind == "airport":
            stem = _AIRPORT_TAIL.match(name)
        else:
            continue
        if stem and stem.group(1) != name:
            known = full.setdefault(stem.group(1), m.place)
            if known is not None and known.key != m.place.key:
                full[stem.group(1)] = None  # ("Santiago de Chile" and "Santiago de Compostela": no telling)
    # ("leaving Athens airport … Athens-Ben Epps Airport": the airport the text names in full)
    heads = {fold(head.group(1)): m.place for m in mentions if m.place.kind == "airport"
             and (head := _AIRPORT_HEAD.match(m.text))}
    mentions = [replace(m, place=heads[fold(m.text)]) if fold(m.text) in heads and m.place.kind == "city"
                and AIRPORT_AFTER.match(text, m.end, m.end + 30) else m for m in mentions]
    if not any(full.values()):
        return mentions
    return [replace(m, place=place) if (place := full.get(fold(m.text))) is not None
            and not m.place.is_area and m.usage == "place"
            and not (place.kind == "airport" and (m.place.km_to(place) < 50 or m.place.rank >= 0.6))
            # (a town of some size by its own name is no river: "fog at Whanganui", by the Whanganui River)
            and not (place.kind in ("river", "lake", "sea") and m.place.kind == "city" and m.place.rank >= 0.45
                     and fold(m.place.name) == fold(m.text))
            and not QUALIFIED.match(text, m.end) and not _QUALIFIER_IN.match(text, m.end) else m for m in mentions]


def _nearby_countries(raw: list[tuple[Span, tuple[Place, ...]]], demonyms: list[Mention],
                      names: list[str], reach: int = 300) -> list[frozenset[str]]:
    """Mention i -> the countries its own sentence names (by name or demonym) or, failing that,
    the last sentence before it that names one, within ``reach`` characters: the country the
    story is about there ("... in Chile. The institute in Santiago ..." is Chile's Santiago). A
    name is not its own evidence ("Georgia" among US states)."""
    named = sorted([(sp.sentence.start, places[0].country, names[i]) for i, (sp, places) in enumerate(raw)
                    if places[0].kind == "country"] + [(m.sentence.start, m.place.country, "") for m in demonyms])
    starts = [s for s, _, _ in named]
    out = []
    for i, (sp, _) in enumerate(raw):
        here = sp.sentence.start
        own = {cc for _, cc, name in named[bisect.bisect_left(starts, here) : bisect.bisect_right(starts, here)]
               if cc and name != names[i]}
        if not own:
            before = [(s, cc) for s, cc, name in named[bisect.bisect_left(starts, here - reach)
                                                        : bisect.bisect_left(starts, here)] if cc]
            own = {cc for s, cc in before if s == before[-1][0]} if before else set()
        out.append(frozenset(own))
    return out


def _routed(text: str, sp: Span) -> bool:
    """Named as where a flight went or came from ("from X", "parti de X") in a sentence about flying."""
    return bool(ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start)
                and FLIGHT_CONTEXT.search(sp.sentence.text))


def _stray(place: Place, key: str, context, countries: Counter[str], points: Sequence[tuple[str, Place]],
           glued: Callable[[], bool]) -> bool:
    """A minor town far from every other place the story names (``points``: name and first
    reading of each mention), and either in a country the story never names or found only by
    another spelling: more likely a namesake the gazetteer lacks ("Piccadilly" in a London story
    is not the Australian hamlet) than a stray. A division counts as minor only as part of a
    longer name (see ``in_longer_name``, asked only then)."""
    if (place.is_area and place.kind != "admin1") or place.kind == "airport" \
            or any(q.country == place.country for q in context[0] or ()):
        return False
    # (a story that names no country: the country of two or more of its other places; "Glenorchy"
    # among Queenstown, Wanaka and Auckland is not the Tasmanian town)
    others = [p for n, p in points if n != key]
    alias = fold(place.name) != key
    around = Counter(cc for cc, _ in {(p.country, p.name) for p in others})
    foreign = not countries.get(place.country) if countries else bool(around) and not around[place.country] \
        and around.most_common(1)[0][1] >= 2
    if place.kind == "admin1":  # "Central Plateau" in a story of Haiti is not Nigeria's Plateau
        alias, limit = False, 0.75 if foreign and glued() else 0.0
    else:
        limit = 0.6 if alias and foreign else 0.55
    if not (alias or foreign) or place.rank >= limit:
        return False
    if others:
        return min(place.km_to(a) for a in others) > 1500
    return alias and foreign and bool(countries)  # ("Kalam" in a story of Pakistan is not Kallam)


_STATE_WORD = re.compile(r"^\s+(?:state|province|region|oblast|prefecture|krai|kray|territory|okrug)\b", re.IGNORECASE)
_STATE_OF = re.compile(r"\b(?:state|province)\s+of\s+$", re.IGNORECASE)


def _names_division(text: str, sp: Span) -> bool:
    """"New York state", "the state of Rio de Janeiro": the division, not its city."""
    return bool(_STATE_WORD.match(text[sp.end : sp.end + 12]) or _STATE_OF.search(
        text[max(0, sp.start - 20) : sp.start]))


def _eponym_penalty(place: Place, places: tuple[Place, ...],
                    divisions: frozenset[tuple[str, str]] = frozenset()) -> float:
    """A division named after its city ("New York", "Rio de Janeiro", "Milano", "Durango") yields to
    the city unless the text names the division (see ``_names_division``): the name alone, read
    as the division first, is no evidence of the division either."""
    if place.kind != "admin1" or not any(_eponym(p, place) for p in places[:10]):
        return 0.0
    return 0.6 if (place.country, place.admin1) in divisions else 0.3


def _eponym(city: Place, division: Place) -> bool:
    """The city the division is named after, or a major city so called: a city of the country
    called so (Bari, New York City, Victoria de Durango, Las Palmas de Gran Canaria, Washington the
    capital) and about as well known, or a major city by another name at the division's heart
    (Milano). Belém, once called Pará, is neither: "Pará" is the state."""
    if city.kind != "city" or city.country != division.country:
        return False
    key, own = fold(division.name), fold(city.name)
    called = own == key or own.startswith(key + " ") or own.endswith(" de " + key)
    inside = city.admin1 == division.name or city.km_to(division) < 150
    if called:
        return city.rank >= division.rank - 0.2 and (inside or city.rank >= 0.65)
    # (or its city by another name, where the division is small about it: Genoa, Venice and Florence for
    # Italy's provinces of Genova, Venezia and Firenze)
    return city.km_to(division) < 60 and ((city.rank >= 0.65 and city.rank >= division.rank) or (
        city.km_to(division) < 30 and city.rank >= division.rank - 0.2))


def _same_name(other: str, own: str) -> bool:
    """``other`` is the name itself or a shorter form of it: no evidence for its reading (a guess at
    "Queenstown" says nothing of "Queenstown Airport"; but "Cambridge City Airport" may well tell
    which Cambridge a story means)."""
    return other == own or own.startswith(other + " ")


def _amid(place: Place, spots: dict[str, tuple[Place, ...]], own: str, reach: float = 0.0) -> bool:
    """Two other names of the story may be places within ``reach`` of this one."""
    near = 0
    for name, points in spots.items():
        if not _same_name(name, own) and any(place.km_to(p) < (reach or _CLUSTER_KM) for p in points):
            near += 1
            if near == 2:
                return True
    return False


def _readings(places: tuple[Place, ...], quals: tuple[Place, ...] | None, named: Iterable[str]) -> tuple[Place, ...]:
    """The ten most prominent readings, and up to ten more in the countries the qualifier or,
    failing one, the story names (the story's La Unión among a dozen more prominent ones)."""
    countries = {q.country for q in quals} if quals else set(named)
    return places[:10] + tuple(p for p in places[10:] if p.country in countries)[:10]


def _qualifiers(text: str, raw: list[tuple[Span, tuple[Place, ...]]]) -> dict[int, tuple[Place, ...]]:
    """Mention i -> the places of the qualifier right after it ("Grozny, Russia")."""
    out: dict[int, tuple[Place, ...]] = {}
    for i in range(len(raw) - 1):
        sp, nxt = raw[i][0], raw[i + 1][0]
        if _QUALIFIER.fullmatch(text[sp.end : nxt.start]) or _QUALIFIER_IN.fullmatch(text, sp.end, nxt.start):
            quals = tuple(p for p in raw[i + 1][1] if p.kind in ("country", "admin1"))
            if not quals or (raw[i][1][0].kind == "country" and quals[0].kind == "country"):
                continue  # "Armenia, Georgia, Iraq": a list of countries, not "Grozny, Russia"
            out[i] = quals
    return out


# The Turkish genitive after an apostrophe: "Muğla'nın Köyceğiz", "Tekirdağ'ın Şarköy"
_GENITIVE_GAP = re.compile(r"['’]n?[ıiuü]n[ \t]+")


def _owners(text: str, raw: list[tuple[Span, tuple[Place, ...]]]) -> dict[int, tuple[Place, ...]]:
    """Mention i -> the division or country named right before it, in the genitive."""
    out: dict[int, tuple[Place, ...]] = {}
    for i in range(1, len(raw)):
        if _GENITIVE_GAP.fullmatch(text, raw[i - 1][0].end, raw[i][0].start):
            owners = tuple(p for p in raw[i - 1][1] if p.kind in ("country", "admin1"))
            if owners and raw[i][1][0].kind not in ("country", "admin1"):
                out[i] = owners
    return out


_NEIGHBOUR_GAP = re.compile(r"\s*,\s*(?:close\s+to|near|not\s+far\s+from|(?:just\s+)?outside|next\s+to|in|no|na|en|"
                            r"em|à)\s+"
                            r"(?:the\s+(?:\w+\s+)?(?:town|city|village|resort)\s+of\s+)?", re.IGNORECASE)
_AIRPORT_AT = re.compile(r"\s+(?:at|in|near|outside|serving)\s+")
_AIRPORT_NAME = re.compile(r"\b(?:Airport|Airfield|Aerodrome|Field)$")
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_LIST_END = re.compile(r"\s*(?:and|or)\b|\s*,\s*(?:and|or)\b")


def _peer_divisions(text: str, raw: list[tuple[Span, tuple[Place, ...]]]) -> dict[int, tuple[str, str]]:
    """A name that may be a division or a city, in a sentence that names two or more divisions of one
    country and no city ("… in Ontario, eight in Alberta, one in Quebec"), or before a governor
    ("New York Governor Andrew Cuomo"): the division."""
    out: dict[int, tuple[str, str]] = {}
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for i, (sp, _) in enumerate(raw):
        by_sentence[sp.sentence.start].append(i)
    for idx in by_sentence.values():
        for i in idx:
            sp, places = raw[i]
            kinds = {p.kind for p in places[:5]}
            if not {"admin1", "city"} <= kinds:
                continue
            division = next(p for p in places[:5] if p.kind == "admin1")
            if _GOVERNOR_AFTER.match(text, sp.end, sp.end + 20):
                out[i] = ("admin1", division.country)
                continue
            readings = [raw[j][1] for j in idx if j != i]
            # (a peer named after its own city is no evidence: "Roma, Palermo e Napoli" are cities)
            peers = [ps[0] for ps in readings if ps[0].kind == "admin1" and ps[0].country == division.country
                     and not any(_eponym(q, ps[0]) for q in ps[:10])]
            if len(peers) >= 2 and not any(ps[0].kind == "city" for ps in readings):
                out[i] = ("admin1", division.country)
    return out


_GOVERNOR_AFTER = re.compile(r"[ \t]+(?:Governor|Gov\.|governor|State\s+(?:Senate|Assembly|Legislature)|"
                             r"state\s+(?:officials|health|legislature))\b")


def _list_kinds(text: str, raw: list[tuple[Span, tuple[Place, ...]]]) -> dict[int, tuple[str, str]]:
    """Mention i -> (kind, country) its list's other items mostly are: in "Georgia, Oklahoma and
    Wisconsin" Georgia is a state, in "Armenia, Georgia and Iraq" a country."""
    runs: list[list[int]] = []
    joined_by_and: list[bool] = []
    for i in range(len(raw)):
        gap = text[raw[i - 1][0].end : raw[i][0].start] if i else ""
        if i and _LIST_GAP.fullmatch(gap):
            runs[-1].append(i)
            joined_by_and[-1] = joined_by_and[-1] or "and" in gap or "or" in gap
        else:
            runs.append([i])
            joined_by_and.append(False)
    out: dict[int, tuple[str, str]] = {}
    for run, anded in zip(runs, joined_by_and, strict=True):
        if len(run) < 2 or not (anded or len(run) > 2):
            continue  # "Stroud, Ontario, Canada" is a chain of qualifiers, not a list
        if len(run) == 2 and BETWEEN_BEFORE.search(text, max(0, raw[run[0]][0].start - 12), raw[run[0]][0].start):
            continue  # "a flight between Dhaka and Chittagong": a route's two ends, each read alone
        for i in run:
            kinds = Counter((raw[j][1][0].kind, raw[j][1][0].country if raw[j][1][0].kind == "admin1" else "")
                            for j in run if j != i)
            (kind, country), votes = kinds.most_common(1)[0]
            # Two items say little, unless the other is a division or a country ("Texas and Georgia").
            if votes * 2 > len(run) - 1 and kind in ("country", "admin1", "city") and (votes > 1 or kind != "city"):
                out[i] = (kind, country)
    return out


def _unqualified(text: str, raw: list[tuple[Span, tuple[Place, ...]]], qualifiers) -> set[int]:
    """Towns the gazetteer lacks, named with their state ("Stroud, Ontario"): none of the
    readings lies in the division, so every reading is another town of that name."""
    out: set[int] = set()
    for i, quals in qualifiers.items():
        places = raw[i][1]
        if any(q.kind == "country" for q in quals) or places[0].kind in ("country", "continent") \
                or any(p.is_area and p.country in {q.country for q in quals} for p in places) \
                or raw[i + 1][1][0].kind != "admin1":
            continue
        q_span, after = raw[i + 1][0], raw[i + 2][1] if i + 2 < len(raw) else ()
        chained = _QUALIFIER.fullmatch(text[q_span.end : raw[i + 2][0].start]) if after else False
        if _LIST_END.match(text, q_span.end) or (chained and after[0].kind != "country") \
                or (i and _LIST_GAP.fullmatch(text[raw[i - 1][0].end : raw[i][0].start])):
            continue  # "Mariupol, Kharkiv and Kyiv", "New York City, Long Island, New York": a list
        if not any(p.country == q.country for p in places for q in quals):
            out.add(i)
        elif not any(p.country == q.country and _in_division(p, q, text[q_span.start : q_span.end])
                     for p in places for q in quals if q.kind == "admin1"):
            # ("Brookfield, Wyoming": Brookfields in Wisconsin and Illinois, none there; the names of
            # divisions differ between sources, "West Java" and "Jawa Barat", hence the distance: "South
            # Sulawesi" is "Sulawesi Selatan", whose point lies 356 km from Bulukumba)
            out.add(i)
    return out


_DIVISION_REACH_KM = 500.0  # (a town this far from its division's point may lie in it)


def _in_division(place: Place, division: Place, written: str = "") -> bool:
    """The place may lie in the division: its division so called (as the gazetteer or the text spells
    it), or near enough its point."""
    return _same_division(place.admin1, division.name) or place.km_to(division) < _DIVISION_REACH_KM \
        or _same_division(place.admin1, written)


def _same_division(admin1: str, name: str) -> bool:
    """A town's division and a division's name agree, give or take spelling ("Québec", "Quebec")."""
    a, b = fold(admin1), fold(name)
    return bool(a and b) and (a == b or a in b or b in a)


# Places within this distance of one another belong to one part of a story
_CLUSTER_KM = 150.0
_SERVED_END = 0.1  # (a flight's end has an airport: "diverted to Shannon" is Ireland's, not Quebec's)
_NAMED_COUNTRY_KM = 300.0


def _score(place: Place, context, countries: Counter[str], anchors: Sequence[Place], key: str = "",
           divisions: frozenset[tuple[str, str]] = frozenset(), beside: Sequence[Place] = (),
           top: float = 0.0, route_end: bool = False, hop: bool = False, amid: bool = False) -> float:
    quals, held, prefer, local = context
    score = place.rank
    # how far short of the name's best-known point reading this one falls: a gap of 0.2 (ranks
    # grow ~0.11 per tenfold population) is a ~60-fold smaller namesake
    unknown = min(1.0, max(0.0, (0.2 - (top - place.rank)) / 0.15)) if top else 1.0
    if place.kind == "airport" and top < 0.5:
        unknown = 1.0  # (of two minor airfields so called, neither is the better known: Meadow Lake, Colorado)
    # (a flight's end far less known than the name's best reading gains little from lying in the
    # story's country: a flight from Bogotá "con destino a Madrid" is bound for Spain)
    far_end = unknown if route_end else 1.0
    if place.country in local:  # a country named in the same or the neighbouring sentence, for
        score += 0.2 * min(1.0, max(0.0, (place.rank - 0.4) / 0.2)) * far_end  # its towns of some size
    if prefer and place.kind == prefer[0] and (not prefer[1] or prefer[1] == place.country) \
            and fold(place.name) == key:
        score += 0.5
    if held and any(h.country == place.country and not h.is_area and h.rank >= 0.3 and (
            place.kind == "country" or (place.kind == "admin1" and h.admin1 == place.name)
            or (place.kind == "city" and place.rank >= 0.75 and h is not place and place.km_to(h) < 40))
            for h in held):
        score += 1.0  # a major city holds its boroughs too ("Queens, New York")
    if key:
        own = fold(place.name)
        # Called so today, not by an alternate name ("Mexico" is not Mexico City); "New York"
        # as the start of "New York City" counts nearly as much.
        score += 0.15 if own == key else 0.1 if is_called(place, key) else 0.0
    if quals and any(q.country == place.country and (q.kind == "country" or q.name == place.admin1
                                                     or q.name in place.admin1) for q in quals):
        score += 1.5 if any(q.kind == "admin1" for q in quals) else 1.0
    elif quals and any(q.kind == "admin1" and q.country == place.country and not place.is_area
                       and place.km_to(q) < 200 for q in quals):
        score += 1.0  # (a division named otherwise in another source: "Karawang, Jawa Barat", West Java)
    if place.country and countries.get(place.country):
        score += 0.15 * min(1.0, countries[place.country] / 2) * far_end
    # (a division counts itself only in a country the story names: not Gaza in Mozambique)
    if divisions and (place.country, place.admin1) in divisions and fold(place.name) == key and (
            fold(place.admin1) != key or countries.get(place.country)):
        # "Bangor ... in the state of Maine": a division the text names, for its towns of some size
        # (not a hamlet called Miami in a story that names Texas and Miami, Florida; nor, for a
        # flight "from Sydney", a namesake far less known than Sydney, Australia)
        score += 0.3 * min(1.0, max(0.0, (place.rank - 0.3) / 0.15)) * (unknown if route_end else 1.0)
    if anchors:
        if place.kind in ("country", "admin1"):
            # An area is close to the story when the story's other places lie in it.
            inside = [a for a in anchors if a.country == place.country
                      and (place.kind == "country" or a.admin1 == place.name)]
            score += 0.4 * min(1.0, len(inside) / 2)
            if place.kind == "admin1" and not inside and any(a.country == place.country for a in anchors):
                score += 0.15  # a division of the story's country (Georgia the state, in a US story)
        elif not place.is_area or place.kind == "lake":  # (a lake is small: its point is near its shores,
            # "near Lake Tahoe" is the lake, not the airport named after it)
            closeness = sorted(math.exp(-place.km_to(a) / 600.0) for a in anchors)[-3:]
            # A namesake far less known than the name's best reading gains little from lying near
            # the story's places: a flight to Toronto "arriving from Paris" left France, not Paris,
            # Ontario. Unless it lies in a division the text names ("Austin, in Scott County, Indiana").
            near = 1.0 if (place.country, place.admin1) in divisions and not route_end else unknown
            if amid and near < 1.0:  # (nor a town some thirty times smaller amid two of the story's places)
                near, closeness = 1.0, [max(math.exp(-_CLUSTER_KM / 600.0), sum(closeness) / len(closeness))]
            score += 0.4 * near * sum(closeness) / len(closeness)
    if hop and place.kind == "city" and any(b.kind == "city" and place.km_to(b) < 60 for b in beside):
        score -= 0.2  # a flight's end beside a town its sentence names: "из Москвы в Калининград" is no
        # hop to Korolev (once Kaliningrad), 25 km out of Moscow
    if beside and not place.is_area and fold(place.name) == key:  # a town within reach of a
        # place its own sentence names (called as written: not Aguaí, once "Cascavel", for Cascavel)
        score += 0.1 * far_end * max(math.exp(-place.km_to(b) / 150.0) for b in beside)  # (a tie-breaker:
        # a route sentence names places far apart too)
    return score
