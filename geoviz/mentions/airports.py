"""Airports by name: the names news gives an airport that the gazetteer holds otherwise ("Rome
Ciampino", "Boston's Logan International Airport", "Sultan Aji Muhammad Sulaiman Sepinggan Airport",
"aeroporto da Pampulha") and airport codes ("Sydney (SYD)", "diverted to EINN")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

import iuliia

from geoviz.mentions.cues import AIRPORT_BEFORE, FLIGHT_CONTEXT, OWNER_BEFORE
from geoviz.mentions.names import fold
from geoviz.mentions.references import CODE, CODE_BEFORE, CODE_PAIR, code_pair
from geoviz.mentions.spans import Span
from geoviz.mentions.vocabulary import COMMON
from geoviz.model import Place, Sentence


class PlaceIndex(Protocol):
    """What this stage needs of a gazetteer (any ``geoviz.gazetteer.Gazetteer`` has it; ``airports_for``,
    ``lookup_code`` and ``capital`` are used where it has them)."""

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Place, ...]]: ...

    def demonym(self, word: str) -> Place | None: ...


CITY_WORD = re.compile(r" City Airport$")
_LONG_AIRPORT = re.compile(r"^((?:(?-i:[A-Z])[\w-]*(?:['’](?-i:[A-Z])[\w-]+)?\s+)+?)"  # (O'Hare, not Nairobi's)
                           r"(Airport|Airfield|Aerodrome|Jetport|International)$")
_AIRPORT_FIRST = re.compile(r"^(?:Aeropuerto|Aeroparque|Aeroporto|Aéroport|Aeroport|Aeródromo|Aérodrome|Flughafen|"
                            r"Bandara|Luchthaven|Lapangan\s+Terbang)(?:\s+(?:Internacional|International|Internazionale|Internasional|"
                            r"Antarabangsa))?\s+(.+)$")
_INITIAL = re.compile(r"[A-Z]\.?")
_SAINTS = frozenset("saint san santa santo sao st ste sainte".split())  # (a place's name, not a person's)

# Words that begin no airport's distinctive name ("City Airport", "Regional Airport")
_GENERIC_AIRPORT_WORDS = frozenset("""City Regional Municipal County International National Executive Memorial
    Metropolitan Intercontinental Domestic Field Air Army Naval Airport State Island""".split())


def airport_before(text: str, sp: Span) -> bool:
    """The name follows the word airport: "aeroporto da Pampulha", "Flughafen Tegel"."""
    return bool(AIRPORT_BEFORE.search(text, max(0, sp.start - 30), sp.start))


def city_airports(names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
    """"Moscow Sheremetyevo", "Kyiv Boryspil", "İstanbul Atatürk International Airport": a city
    and the name of one of its airports are one place, the airport (not a town and a stray word
    glued to it)."""
    out = {}
    for name in names:
        if " " not in name or name in found or name.partition(" ")[0] not in found:
            continue
        for cut in (i for i, ch in enumerate(name) if ch == " "):
            rest = found.get(name[cut + 1 :], ())
            if not any(p.kind == "airport" for p in rest) or any(p.kind == "city" and p.rank >= 0.65 for p in rest[:3]):
                continue  # (not "Charleroi Brussels": Brussels is a city, its airport another's)
            cities = [p for p in found.get(name[:cut], ())[:5] if p.kind == "city"]
            airports = tuple(p for p in rest if p.kind == "airport" and any(p.km_to(c) < 60 for c in cities))
            if airports:
                out[name] = airports[:1]
                break
    return out


def airport_codes(index: PlaceIndex, text: str, sentences: Sequence[Sentence],
                  raw: list[tuple[Span, tuple[Place, ...]]]) -> list[tuple[Span, tuple[Place, ...]]]:
    """IATA and ICAO codes: "Sydney (SYD)" is Sydney's airport, and "SYD" alone later in the
    text is too; a code alone is an airport's only where the route puts it ("diverted to
    EINN", "flew into LAX"), since capitals in prose are mostly other acronyms."""
    lookup = getattr(index, "lookup_code", None)
    if lookup is None:
        return raw
    ends = {sp.end: i for i, (sp, _) in enumerate(raw)}
    taken = [(sp.start, sp.end) for sp, _ in raw]
    out = list(raw)
    known: dict[str, Place] = {}
    added: list[tuple[Span, tuple[Place, ...]]] = []
    for sent in sentences:
        for m in CODE.finditer(sent.text):
            code, start, end = m.group(1), sent.start + m.start(1), sent.start + m.end(1)
            if any(s < end and start < e for s, e in taken):
                continue
            i = ends.get(sent.start + m.start()) if m.group().startswith(" (") else None
            bracketed = i is not None and m.group().endswith(")")
            if code in known and not bracketed:
                added.append((Span(start, end, sent), (known[code],)))
                continue
            if not bracketed and not (CODE_BEFORE.search(sent.text, max(0, m.start(1) - 30), m.start(1))
                                      or CODE_PAIR.search(sent.text, max(0, m.start(1) - 5), m.end(1) + 5)):
                continue  # (asked of the gazetteer only where a code could be an airport's)
            airports = [p for p in lookup(code) if p.kind == "airport"]
            if bracketed:
                sp, places = out[i]
                near = [a for a in airports if code in (a.iata, a.ref)
                        if any(a.km_to(p) < 80 for p in places[:10])]
                if near:  # "Singapore Changi (SIN)": the name is the airport the code is
                    out[i] = (Span(sp.start, end + 1, sp.sentence), (near[0],))
                    known[code] = near[0]
                continue
            if FLIGHT_CONTEXT.search(sent.text) and code_pair(sent.text, m.start(1), lookup):
                # "LO16 (EWR-WAW)", "the JFK/LHR route": a route written as two codes
                added.append((Span(start, end, sent), (next(a for a in airports if code in (a.iata, a.ref)),)))
            elif airports and code.lower() not in COMMON and CODE_BEFORE.search(
                    sent.text, max(0, m.start(1) - 30), m.start(1)) and FLIGHT_CONTEXT.search(sent.text):
                best = airports[0]
                if best.ref == code or (best.iata == code and best.rank >= 0.5):
                    added.append((Span(start, end, sent), (best,)))
    return sorted([*out, *added], key=lambda r: r[0].start)


def airport_named(index: PlaceIndex, text: str, sp: Span, candidates: tuple[Place, ...],
                  found: dict[str, tuple[Place, ...]]) -> tuple[Place, ...]:
    """The airport a name said with the word airport stands for (``candidates``: the places
    called "<name> Airport"), or ()."""
    owned = city_airport_named(index, text, sp, found)
    if owned:  # ("Boston's Logan International Airport": Boston's, not Billings Logan International)
        return owned
    surface = fold(text[sp.start : sp.end])
    airports = [p for p in candidates if p.kind == "airport"]
    nation = next((p for p in found.get(text[sp.start : sp.end], ())[:3] if p.kind == "country"), None)
    if nation is not None:  # ("the airport of Malta" is Malta's, not Malta Airport, Montana)
        home = tuple(p for p in airports if p.country == nation.country and p.iata)[:1]
        if home:
            return home
    towns = [p for p in found.get(text[sp.start : sp.end], ())[:10] if p.kind == "city"]
    # (where an airport so called lies beside a town of the name, the readings are left to context:
    # "George Airport" is South Africa's, not Prince George Airport far off)
    beside = [p for p in airports if fold(p.name) in (surface + " airport", surface + " international airport")
              and any(p.km_to(t) < 60 for t in towns)]
    if beside and _PROPER_AIRPORT_AFTER.match(text, sp.end):
        # ("İstanbul Havalimanı", "Istanbul Airport": the one so called, not Atatürk, nearer the centre;
        # the likeliest town's, not London Airport, Ontario)
        named = [p for p in beside if p.iata and p.rank >= 0.5 and p.km_to(towns[0]) < 60]
        if named and len(airports) == 1:  # (not where another airport is called so: "Perth Airport" may be
            # Scotland's Perth/Scone, for context to tell)
            return tuple(named[:1])
    own = () if beside else tuple(p for p in airports if p.iata and p.rank >= 0.4
                                  and not any(p.km_to(t) < 60 for t in towns))
    # ("Traian Vuia International Airport" is Timișoara's, named so after its city's name, not the village
    # Traian Vuia 55 km off: no village has an international airport)
    said_international = _INTERNATIONAL_AFTER.match(text, sp.end) is not None
    own = own or tuple(p for p in airports if p.iata and said_international and p.city
                       and fold(p.name).startswith(fold(p.city).split("/")[0].strip() + " " + surface + " ")
                       and all(t.rank < 0.45 for t in towns))[:1]
    if not own and not any(t.rank >= 0.55 and fold(t.name) == surface for t in towns):
        # "Lajes air base" for Lajes Field, though small towns are called Lajes too (not
        # "Cairo airport": a city of note's airport is found from the city)
        stem = surface.removesuffix(" city")  # ("Cambridge City Airport" is Cambridge Airport)
        own = tuple(p for p in airports if p.iata and fold(p.name).startswith(stem + " "))[:1]
    if not own and not towns and _PROPER_AIRPORT_AFTER.match(text, sp.end):
        # ("Hezarfen Havaalanı": the airfield so called, no town of the name; but "Mariscal Sucre International
        # Airport" is no minor field called Escuela Mariscal Sucre Airport)
        own = tuple(p for p in airports if not said_international or "international" in fold(p.name))[:1]
    if not own and airport_before(text, sp):
        # "l'aérodrome de Toussus-le-Noble", "el aeropuerto General Guadalupe Victoria": the airfield
        # called so, however small, where the text names it as one (by its name's first words, after
        # a title: not Isabel Maria Airport for "aeródromo María Reiche"; nor, far from a city of note
        # so called, "el aeropuerto de Santiago" for a field in Brazil)
        # (a name of two words or more may follow a first name: "el aeropuerto Olaya Herrera" is Enrique
        # Olaya Herrera Airport)
        first = r"(?:[^\W\d_]+\s+)?" if " " in text[sp.start : sp.end] and surface.split()[0] not in _SAINTS else ""
        head = re.compile(r"(?:(?:general|presidente|president|comandante|capitan|coronel|almirante|doctor|"
                          r"gobernador|ingeniero|don)\s+)*" + first + re.escape(surface) + r"\b")
        notable = [t for t in towns if t.rank >= 0.55 and fold(t.name) == surface]
        # (or in a country the text's other names lie in: "el aeródromo de San Fernando" among
        # Dolores and Villa Gesell is Argentina's)
        elsewhere = {ps[0].country for name, ps in found.items() if ps and fold(name) != surface}
        own = tuple(p for p in airports if head.match(fold(p.name)) and (
            not notable or any(p.km_to(t) < 60 for t in notable) or p.country in elsewhere))[:1]
    return own


_INTERNATIONAL_AFTER = re.compile(r"\s+International\s+Airport\b", re.IGNORECASE)
# The word airport as part of a proper name (capitalised): "Istanbul Airport", "İstanbul Havalimanı"
_PROPER_AIRPORT_AFTER = re.compile(r"[ \t]+(?:International[ \t]+|Uluslararası[ \t]+)?"
                                   r"(?:Airport|Havalimanı|Havaalanı)\b")


def city_airport_named(index: PlaceIndex, text: str, sp: Span,
                       found: dict[str, tuple[Place, ...]]) -> tuple[Place, ...]:
    """The airport of the city named before ("Jakarta's Halim airport") whose full name begins
    with the name (Halim Perdanakusuma International Airport)."""
    owner = OWNER_BEFORE.search(text, max(0, sp.start - 25), sp.start)
    airports_for = getattr(index, "airports_for", None)
    if owner is None or airports_for is None:
        return ()
    head = fold(text[sp.start : sp.end]) + " "
    for city in (p for p in found.get(owner.group(1), ())[:3] if p.kind == "city"):
        # (or after the city's own name: "Nairobi's Wilson Airport" is Nairobi Wilson Airport)
        # (or after a person's first names: "Medellín's Olaya Herrera Airport" is Enrique Olaya Herrera
        # Airport, "Boston's Logan International Airport" General Edward Lawrence Logan International Airport)
        named = tuple(a for a in airports_for(city) if fold(a.name).startswith(head)
                      or fold(a.name).startswith(fold(city.name) + " " + head)
                      or re.search(r"(?:^|\s)" + re.escape(head), fold(a.name)))
        if named:
            return named[:1]
    return ()


_LONG_REST = re.compile(r"[A-Z][\w'’]+(?:\s+(?:(?:de|da|di|del|do|dos|du)\s+)?[A-Z][\w'’]+){1,2}")


def city_then_airport_town(index: PlaceIndex, names: set[str], found: dict[str, tuple[Place, ...]]
                           ) -> dict[str, tuple[Place, ...]]:
    """"Rome Ciampino", "Paris Beauvais", "Rome-Ciampino", "Antwerpen-Deurne": a city, then the town its
    airport is called after (the gazetteer knows Ciampino Airport, and Ciampino as a town)."""
    pairs: dict[str, tuple[str, str]] = {}
    least: dict[str, float] = {}  # the rank a city needs: less where a hyphen joins it to its airport's town
    for name in names:
        head, _, rest = name.partition(" ") if " " in name else name.partition("-")
        # ("Venezia Marco Polo": an airport's longer name tells more, of a city less known)
        long = bool(_LONG_REST.fullmatch(rest))
        least[name] = 0.6 if " " in name and not long else 0.45 if long else 0.5
        if rest and name not in found and (long or (" " not in rest and "-" not in rest and rest[:1].isupper()
                                                    and found.get(rest))) \
                and any(p.kind == "city" and p.rank >= least[name] for p in found.get(head, ())[:3]) \
                and not any(p.kind == "city" and p.rank >= 0.65 for p in found.get(rest, ())[:3]):
            pairs[name] = (head, rest)  # (not "Charleroi Brussels")
    if not pairs:
        return {}
    airports = index.lookup_many({rest + " Airport" for _, rest in pairs.values()})
    out = {}
    for name, (head, rest) in pairs.items():
        cities = [p for p in found[head][:3] if p.kind == "city" and p.rank >= least[name]]
        # (or the town's name is the airport's already: "Luxemburg-Findel")
        called = (*airports.get(rest + " Airport", ()), *(p for p in found.get(rest, ())[:1] if p.kind == "airport"))
        own = tuple(a for a in called if a.kind == "airport" and a.iata and any(a.km_to(c) < 60 for c in cities))
        if own:
            out[name] = own[:1]
    return out


_AIRPORT_THEN_TOWN = re.compile(r"^(.+?) Airport ([A-Z][\w'’-]+)$")


def airport_then_town(index: PlaceIndex, names: set[str], found: dict[str, tuple[Place, ...]]
                      ) -> dict[str, tuple[Place, ...]]:
    """"Cornwall Airport Newquay", "Ireland West Airport Knock": an airport's official name with its town
    last, the gazetteer's with it first or before the word ("Newquay Cornwall Airport", "Ireland West
    Knock Airport")."""
    orders = {name: (f"{m[2]} {m[1]} Airport", f"{m[1]} {m[2]} Airport") for name in names
              if name not in found and (m := _AIRPORT_THEN_TOWN.match(name))}
    if not orders:
        return {}
    hits = index.lookup_many({o for pair in orders.values() for o in pair})
    out = {}
    for name, pair in orders.items():
        airports = {p.key: p for o in pair for p in hits.get(o, ()) if p.kind == "airport"}
        if len(airports) == 1:
            out[name] = tuple(airports.values())
    return out


def long_airport_names(index: PlaceIndex, names: set[str],
                       found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
    """An airport's full name the gazetteer lacks, by a shorter one it knows: "Kingston Norman Rogers
    Airport" begins as Kingston's airports are called, "Sultan Aji Muhammad Sulaiman Sepinggan Airport"
    ends as Sepinggan Airport's (the whole name is one place: a route reads it as one)."""
    out: dict[str, tuple[Place, ...]] = {}
    heads: dict[str, str] = {}
    fields: dict[str, str] = {}
    renamed: dict[str, str] = {}
    # ("Montréal–Mirabel International Airport": Montréal-Mirabel Airport, though not called international)
    plain = {name: name.replace(" International Airport", " Airport") for name in names
             if name.endswith(" International Airport") and name not in found}
    known = index.lookup_many(set(plain.values())) if plain else {}
    for name, short in plain.items():
        airports = tuple(p for p in known.get(short, ()) if p.kind == "airport")
        if len(airports) == 1:
            out[name] = airports
    for name in names:
        if name in out:
            continue
        lead = _AIRPORT_FIRST.match(name)
        if lead and name not in found:  # ("Aeroparque Jorge Newbery" in an English report: Jorge Newbery Airpark)
            airports = tuple(p for p in found.get(lead.group(1), ()) if p.kind == "airport")
            if airports:
                out[name] = airports
                continue
        tail = _LONG_AIRPORT.match(name)
        if tail is None or name in found:
            continue
        words = [w for w in re.split(r"[\s-]+", tail.group(1).strip()) if w != "International"]
        if len(words) == 1 and tail.group(2) in ("Airfield", "Aerodrome") \
                and sum(p.kind == "city" for p in found.get(words[0], ())[:3]) == 1:
            # ("Chofu Airfield": the airfield the gazetteer calls Chofu Airport; of a town of one reading,
            # since "Queenstown Aerodrome" is to be read in context)
            fields[name] = words[0]
        if len(words) < 2:
            continue
        if tail.group(2) in ("Airfield", "Aerodrome"):
            # ("North Weald Airfield": the one airfield the gazetteer calls North Weald Airport)
            renamed[name] = " ".join(words) + " Airport"
        hyphened = "-" in tail.group(1).split()[0]
        first = found.get(words[0], ())[:1]
        if hyphened and first and first[0].kind == "airport":
            out[name] = first  # ("Lukla-Tenzing-Hillary Airport": the airport of a town GeoNames lacks)
            continue
        if hyphened and any(p.kind == "city" for p in first):
            heads[name] = words[0]  # ("Samedan-Engadin Airport": the town's airport, however small the town)
            continue
        if _INITIAL.fullmatch(words[1]):
            continue  # ("Eugene F. Correia International Airport": a person's name, not Eugene's airport)
        head = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)
                     if any(p.kind == "city" and p.rank >= 0.5 for p in found.get(" ".join(words[:k]), ())[:3])),
                    None)  # (a town of some note: not Sultan, Washington, for "Sultan Aji … Airport")
        if head is not None:
            heads[name] = head
            continue
        if tail.group(2) == "International":
            continue  # ("Amnesty International" … and no known airport's end)
        intl = " International " in f" {name} "
        for k in range(1, len(words)):
            short = " ".join(words[k:]) + " " + tail.group(2)
            if intl and not found.get(short):  # ("I Gusti Ngurah Rai International Airport": Ngurah Rai International)
                short = " ".join(words[k:]) + " International " + tail.group(2)
            airports = tuple(p for p in found.get(short, ()) if p.kind == "airport")
            if words[k] not in _GENERIC_AIRPORT_WORDS and found.get(short) and found[short][0].kind == "airport":
                if len(airports) == 1:  # (one airport so called: not "Jolly Grant Airport" for a Grant Airport)
                    out[name] = airports
                break
        else:
            if any(p.kind == "city" for p in found.get(words[0], ())[:3]):
                heads[name] = words[0]  # ("Wick John O'Groats Airport": a small town's, when it has one so called)
    if renamed:
        airports = index.lookup_many(set(renamed.values()))
        for name, other in renamed.items():
            known = tuple(p for p in airports.get(other, ()) if p.kind == "airport")
            if len(known) == 1 and name not in out and name not in heads:
                out[name] = known
    if heads or fields:
        airports = index.lookup_many({head + " Airport" for head in (*heads.values(), *fields.values())})
        for name, head in (*heads.items(), *fields.items()):
            towns = [p for p in found[head][:3] if p.kind == "city"]
            # (named an airfield, one without an IATA code will do)
            own = tuple(p for p in airports.get(head + " Airport", ()) if p.kind == "airport"
                        and (p.iata or name in fields) and any(p.km_to(t) < 30 for t in towns))
            if len(own) == 1:  # (several: the town's name is read alone, in context)
                out[name] = own
    return out


# A Russian airport's name after its word or in brackets after its city ("в аэропорту Кневичи", "Москва
# (Внуково)"): the gazetteer spells airports in Latin letters only
_CYRILLIC = re.compile(r"^[А-ЯЁ][а-яё-]+(?:\s+[А-ЯЁ][а-яё-]+)?$")
_RUSSIAN_AIRPORT_BEFORE = re.compile(r"(?:аэропорт|аэродром)\w*\s+[«\"]?$|[А-ЯЁ][а-яё-]+\s*\($", re.IGNORECASE)


def _romanised(name: str) -> set[str]:
    """A Russian name in Latin letters, as airport names spell it: Wikipedia's and BGN/PCGN's
    romanisations, "ё" written as "е" ("Толмачёво": Tolmachevo; "Менделеево": Mendeleyevo)."""
    plain = name.replace("ё", "е").replace("Ё", "Е")
    return {iuliia.WIKIPEDIA.translate(plain), iuliia.BGN_PCGN.translate(plain).replace("’", "")}


def russian_airports(index: PlaceIndex, text: str, spans: Iterable[Span],
                     found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
    """Russian names that are airports' own names: the airport alone where the text calls it so
    ("аэропорт Кольцово"), else a reading besides the towns so called ("рейс из Кольцово в Сургут":
    Yekaterinburg's airport, or the village near Novosibirsk, for context to decide)."""
    said: dict[str, bool] = {}
    for sp in spans:
        surface = text[sp.start : sp.end]
        if _CYRILLIC.match(surface):
            said[surface] = said.get(surface, False) or bool(
                _RUSSIAN_AIRPORT_BEFORE.search(text, max(0, sp.start - 25), sp.start))
    if not said:
        return {}
    latin = {name: sorted(_romanised(name)) for name in said}
    hits = index.lookup_many({f"{form} Airport" for forms in latin.values() for form in forms})
    out = {}
    for name, forms in latin.items():
        words = [f" {fold(form)} " for form in forms]
        # (the airport's own name: "Sokol Airport", "Novosibirsk Tolmachevo Airport"; not "Magadan Airport", an
        # alias of Sokol's)
        airports = tuple(dict.fromkeys(p for form in forms for p in hits.get(f"{form} Airport", ())
                                       if p.kind == "airport" and any(w in f" {fold(p.name)} " for w in words)))
        towns = found.get(name, ())
        if airports and said[name] and not any(p.kind == "city" and p.rank >= _CITY_RANK
                                               and any(p.km_to(a) < _OWN_TOWN_KM for a in airports) for p in towns[:3]):
            out[name] = airports  # (but "аэропорт Хабаровск" is the city's: found from the city)
        elif airports and not any(p.kind == "city" and p.km_to(a) < _OWN_TOWN_KM for p in towns for a in airports):
            out[name] = towns + airports  # (but "в Певек" is the town, its airport named after it)
    return out


_OWN_TOWN_KM = 30.0
_CITY_RANK = 0.6
