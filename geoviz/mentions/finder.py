"""Find place names in sentences and resolve each to one gazetteer entry (the stage's entry point)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from geoviz.mentions.airports import (
    CITY_WORD,
    PlaceIndex,
    airport_before,
    airport_codes,
    airport_named,
    airport_then_town,
    city_airports,
    city_then_airport_town,
    long_airport_names,
    russian_airports,
)
from geoviz.mentions.cues import (
    AIRPORT_AFTER,
    AIRPORT_QUICK,
    AIRPORT_SUFFIX,
    FLIGHT_CONTEXT,
    NAME_BEFORE,
    OWNER_BEFORE,
    ROUTE_BEFORE,
)
from geoviz.mentions.inflection import (
    CYRILLIC,
    GERMAN_AIRPORT_ADJECTIVE,
    POLISH,
    POLISH_WORDS,
    RUSSIAN_REGION,
    german_towns,
    nominatives,
    polish_nominatives,
    region_centres,
    romanised,
)
from geoviz.mentions.names import by_name_match, fold
from geoviz.mentions.plausible import (
    in_institution_name,
    is_organisation,
    lowercase_words,
    minor,
    names_a_paper,
    plausible,
    surnames_in,
)
from geoviz.mentions.references import (
    BARE_CAPITAL,
    CODE_QUICK,
    INDIRECT,
    INDIRECT_QUICK,
    INDIRECT_ROMANCE,
    PARTED,
    PLACING,
)
from geoviz.mentions.resolve import resolve, short_names
from geoviz.mentions.spans import Span, candidate_spans, loose_hyphen_parts
from geoviz.mentions.vocabulary import COMMON, STATE_ABBREVIATIONS
from geoviz.model import Mention, Place, Sentence

_TITLED = re.compile(r"(?:Sultan|King|Queen|Prince|Princess|President|Presidente|Président|General|Général|"
                     r"Sheikh|Shaikh|Emir|Raja|Maharaja|Mahatma|Pandit|Saint|Sir|Dr\.?)\s+([A-Z][\w'’-]{3,}(?:\s+[A-Z][\w'’-]+)*)$")


class MentionFinder:
    """Finds and resolves place mentions with one gazetteer (kept for many documents)."""

    def __init__(self, gazetteer: PlaceIndex) -> None:
        self.gazetteer = gazetteer
        self._demonyms: dict[str, Place | None] = {}
        self._own_airports: dict[str, bool] = {}

    def _served(self, place: Place) -> bool:
        """The town has an airport of its own, within 25 km (a gazetteer without airports: no)."""
        airports_for = getattr(self.gazetteer, "airports_for", None)
        return bool(airports_for) and any(a.iata and a.km_to(place) <= 25 for a in airports_for(place, 25.0))

    def _own_airport(self, place: Place) -> bool:
        """The town has an airline airport called after it or serving it by name, within 30 km
        (Shannon, Ireland, not Shannon, Quebec, beside Québec City's; Kochi, India, served by "Cochin")."""
        if place.key not in self._own_airports:
            self._own_airports[place.key] = self._has_own_airport(place)
        return self._own_airports[place.key]

    def _has_own_airport(self, place: Place) -> bool:
        airports_for = getattr(self.gazetteer, "airports_for", None)
        if airports_for is None:
            return False
        own = fold(place.name)
        airports = [a for a in airports_for(place, 30.0) if a.iata]
        if any(fold(a.city or "") == own or f" {own} " in f" {fold(a.name)} " for a in airports):
            return True
        towns = self.gazetteer.lookup_many({a.city for a in airports if a.city})
        return any(q.key == place.key for a in airports for q in towns.get(a.city or "", ())[:5])

    def _demonym(self, word: str) -> Place | None:
        key = word.lower()
        if key not in self._demonyms:
            self._demonyms[key] = self.gazetteer.demonym(word)
        return self._demonyms[key]

    def find(self, text: str, sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
        """The place names of a text, each with its resolved place and exact offsets."""
        plain = _DASH_IN_NAME.sub("-", text)
        if plain == text:
            return self._find(text, sentences)
        # A dash joining the parts of a name is read as a hyphen ("Montréal–Mirabel", "Paris–Orly"), as
        # Wikipedia writes airports; a one-character swap keeps every offset. The mentions keep the text
        # and sentences as written.
        sentence_of = {sent.start: sent for sent in sentences}
        found = self._find(plain, [replace(sent, text=plain[sent.start : sent.end]) for sent in sentences])
        return tuple(replace(m, text=text[m.start : m.end], sentence=sentence_of[m.sentence.start]) for m in found)

    def _find(self, text: str, sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
        spans = [sp for sent in sentences for sp in candidate_spans(sent)]
        names = {text[sp.start : sp.end] for sp in spans}
        found = self.gazetteer.lookup_many(names)
        for name in [n for n in found if n.startswith("The ")]:
            # ("The Pas", "The Dalles": a name that begins with its article; not "The Monster" for Münster)
            kept = tuple(p for p in found[name] if fold(p.name).startswith("the "))
            if kept:
                found[name] = kept
            else:
                del found[name]
        for name in [n for n in found if " " in n and n.split(" ", 1)[0] in _ARTICLES]:
            # ("La Réunion": Réunion, not the hamlets that have it as another name; "La Paz" is its own name)
            rest = name.split(" ", 1)[1]
            if found.get(rest) and max(p.rank for p in found[rest][:10]) >= 0.6 \
                    and max(p.rank for p in found[name][:10]) < 0.5 \
                    and not any(fold(p.name) == fold(name) for p in found[name][:10]):
                del found[name]
        found.update(self._run_together(names, found))
        found.update(self._untitled(names, found))
        found.update(self._russian_regions(names, found))
        inflected = self._inflected(names, found, bool(POLISH.search(text) and POLISH_WORDS.search(text)))
        inflected.update(self._genitives(text, names, found))
        found.update({name: places for name, (places, _nominative) in inflected.items()})
        if "Flug" in text:  # (German text only: "vom Frankfurter Flughafen")
            found.update(self._german_adjectives(text, found))
        found.update(city_airports(names, found))
        found.update(city_then_airport_town(self.gazetteer, names, found))
        found.update(long_airport_names(self.gazetteer, names, found))
        found.update(airport_then_town(self.gazetteer, names, found))
        if _HAS_CYRILLIC.search(text):
            found.update(russian_airports(self.gazetteer, text, spans, found))
        # "Bishkek's Manas airport": the name before the word is the airport's, even where the
        # gazetteer keeps the bare name for towns far from it. ("Toronto airport" is the city's
        # main airport: found later from the city.)
        # (not the first word of a longer name the gazetteer lacks: "aeropuerto Francisco Secada Vignetta",
        # "aeropuerto de Laguna del Sauce")
        # (nor "the Co Mayo airport": the county's, not the Mayo Airport of the Yukon)
        called_airport = {sp: text[sp.start : sp.end] + " Airport" for sp in spans
                          if (AIRPORT_AFTER.match(text, sp.end, sp.end + 30)
                              or (airport_before(text, sp) and not _NAME_GOES_ON.match(text, sp.end)))
                          and not _COUNTY_BEFORE.search(text, max(0, sp.start - 8), sp.start)} \
            if AIRPORT_QUICK.search(text.lower()) else {}
        airports = self.gazetteer.lookup_many(set(called_airport.values())) if called_airport else {}
        # ("Cambridge City Airport", "Belfast City Airport": the city's airport, called so or not)
        city_named = {name: CITY_WORD.sub(" Airport", name) for name in called_airport.values()
                      if not airports.get(name) and CITY_WORD.search(name)}
        if city_named:
            plain = self.gazetteer.lookup_many(set(city_named.values()))
            airports.update({name: plain[short] for name, short in city_named.items() if plain.get(short)})
        # ("l'aeroporto internazionale di Malta": Malta International Airport, not Malta Airport, Montana)
        international = {sp: name.removesuffix(" Airport") + " International Airport"
                         for sp, name in called_airport.items()
                         if _INTERNATIONAL_BEFORE.search(text, max(0, sp.start - 30), sp.start)}
        if international:
            airports.update(self.gazetteer.lookup_many(set(international.values())))
        named_airports: dict[str, tuple[Place, ...]] = {}  # surface -> the airports it names
        for sp, name in called_airport.items():
            said = airports.get(international[sp], ()) if sp in international else ()
            own = airport_named(self.gazetteer, text, sp, said + airports.get(name, ()), found)
            if own:
                named_airports[text[sp.start : sp.end]] = own
                found.setdefault(text[sp.start : sp.end], own)  # ("aeroporto da Pampulha")
                after = AIRPORT_AFTER.match(text, sp.end, sp.end + 30)
                whole = text[sp.start : after.end()] if after else ""
                owned = OWNER_BEFORE.search(text, max(0, sp.start - 25), sp.start) is not None
                if whole in names and (not found.get(whole) or own[0] in found[whole] or owned):
                    # ("Boston's Logan International Airport": Boston's, though Billings has one so called)
                    # ("Nairobi's Wilson Airport": not the Wilson Airports elsewhere; but "Malta
                    # International Airport" is the one so called, not Malta Airport, Montana)
                    # (the other airfields called so exactly stay readings, context to decide: "Meadow Lake
                    # Airport" among Pueblo and Fountain is Colorado's, not Saskatchewan's)
                    same = () if owned else tuple(p for p in found.get(whole, ()) if p not in own
                                                   and p.kind == "airport" and fold(p.name) == fold(whole))
                    named_airports[whole] = found[whole] = own + same
        # ("Kempen Airport in Budel": an airfield the gazetteer knows by another name, by the town it is in)
        airports_for = getattr(self.gazetteer, "airports_for", None)
        for sp, name in called_airport.items() if airports_for is not None else ():
            where = _AIRPORT_IN.match(text, sp.end, sp.end + 60)
            surface = text[sp.start : sp.end]
            if where is None or surface in named_airports:
                continue
            # (a town called so exactly: not Praia for "Lombok International Airport in Praya"; a small town's
            # airfield is the one beside it, a city's its likeliest: "Libertador General San Martin Airport in
            # Posadas", "King Khalid International Airport in Riyadh", not the air base in town)
            # (and far likelier than any namesake: "Yeager Airport in Charleston, W.Va." is for context to read)
            towns = [p for p in found.get(where.group(2), ())[:5] if p.kind == "city"
                     and fold(p.name) == fold(where.group(2))]
            first = found[where.group(2)][0] if towns else None  # (or the division named after it: Praia's)
            town = towns[0] if towns and (first is towns[0] or (first.kind == "admin1"
                                                                 and first.km_to(towns[0]) < 30)) \
                and all(towns[0].rank - p.rank >= _CLEARLY_LIKELIER for p in towns[1:]) else None
            whole = tuple(p for p in found.get(text[sp.start : where.end(1)], ()) if p.kind == "airport")
            known_here = [a for a in (*whole, *airports.get(name, ())) if town is not None
                          and a.km_to(town) <= _KNOWN_AIRPORT_KM]
            if known_here:  # ("Olaya Herrera airport in Medellín": Enrique Olaya Herrera Airport, by the
                # town, not the town of Olaya Herrera far off)
                named_airports[surface] = found[surface] = tuple(known_here[:1])
            if town is None or known_here:
                continue  # (nor "King Khalid International Airport in Riyadh": an airport known so, by the town)
            # ("Nelson Mandela International Airport in Praia" is none of Nelson's, in New Zealand)
            out_of_town = text[sp.start : where.end(1)]
            # ("Henderson International Airport in Honiara": no Henderson Airport of Nevada's)
            # (a town's airfield beside it, else one with a code a little farther: Honiara's, 12 km off)
            beside = airports_for(town)[:1] if town.rank >= _CITY_RANK else airports_for(town, _AIRPORT_IN_TOWN_KM) \
                or tuple(a for a in airports_for(town, _TOWN_AIRPORT_KM) if a.iata)[:1]
            if beside:
                named_airports[surface] = found[surface] = beside[:1]
                if whole:
                    found[out_of_town] = beside[:1]
        # Once named as an airport, the bare name is the airport where nothing else of note is so
        # called ("Teterboro Airport ... had departed from Teterboro").
        for name, places in list(found.items()):
            bare = AIRPORT_SUFFIX.sub("", name)
            if bare != name and bare in names and places and places[0].kind == "airport" \
                    and not any(p.rank >= 0.5 for p in found.get(bare, ())[:3]):
                # (every airport so called: "Queenstown Airport" is New Zealand's or South Africa's)
                found[bare] = tuple(p for p in places if p.kind == "airport")[:5]
        if getattr(self.gazetteer, "finds_unknown_names", False):
            found.update(self._unknown_places(text, spans, found))
        chosen = _longest_first(spans, text, found)
        raw: list[tuple[Span, tuple[Place, ...]]] = []
        demonyms: list[Mention] = []
        lowered = lowercase_words(text)
        # One sense per discourse: a name that is an organisation's once ("Delta Air Lines") is
        # the organisation's throughout ("Delta said").
        # A country or a major place keeps its sense elsewhere: "Singapore Airlines flew to Singapore".
        org_spans = {sp for sp in chosen if is_organisation(text, sp)}
        # (not a city's newspaper: "the Denver Post reported" leaves Denver a city)
        organisations = {name for name in (text[sp.start : sp.end] for sp in org_spans if not names_a_paper(text, sp))
                         if minor(found[name], ("country", "continent"))}
        # (nor where the text flies to it too: "Air Astana … the jet bound for Astana")
        organisations -= {text[sp.start : sp.end] for sp in chosen if sp not in org_spans
                          and ROUTE_BEFORE.search(text, max(0, sp.start - 30), sp.start)
                          and FLIGHT_CONTEXT.search(sp.sentence.text)}  # (not "died from Ebola")
        surnames = surnames_in(text, chosen, found)
        loose = loose_hyphen_parts(text, chosen, found)
        for sp in chosen:
            surface = text[sp.start : sp.end]
            if sp in loose:
                continue
            places = by_name_match(surface, found.get(surface, ()))
            part = self._national_part(text, sp, places)
            if part is not None:
                raw.append(part)
                continue
            if sp in org_spans or surface in organisations or in_institution_name(text, sp):
                continue
            if surface in named_airports and (AIRPORT_AFTER.match(text, sp.end, sp.end + 30)
                                              or airport_before(text, sp) or AIRPORT_SUFFIX.search(surface)):
                raw.append((sp, named_airports[surface]))  # named as an airport: plausible, even
                continue  # when a person has the name ("Wilson Airport")
            if surface in surnames:
                continue
            people = self._demonym(surface) if " " not in surface else None
            if people is not None and fold(people.name) != fold(surface):
                continue  # "Kazakh" is the people, not the town of Gazakh: found below
            # (a declined name is judged as its nominative: "pod Działoszycami" is Działoszyce's own name)
            written = inflected[surface][1] if surface in inflected else surface
            if not plausible(text, sp, written, places, lowered, found):
                continue
            raw.append((sp, places))
        for sp in _demonym_spans(text, sentences, {(s.start, s.end) for s, _ in raw}):
            country = self._demonym(text[sp.start : sp.end])
            if country is not None:
                demonyms.append(
                    Mention(sp.sentence.source, sp.start, sp.end, text[sp.start : sp.end], country,
                            sp.sentence, 1.0, 1, "demonym")
                )
        if CODE_QUICK.search(text):
            raw = airport_codes(self.gazetteer, text, sentences, raw)
        if _ABBREVIATED_STATE.search(text):
            raw = self._state_abbreviations(text, sentences, raw)
        mentions = short_names(text, resolve(text, raw, demonyms, self._served, self._own_airport,
                                                {name: nominative for name, (_p, nominative) in inflected.items()}))
        indirect = self._indirect(text, sentences, [*mentions, *demonyms])
        if indirect:
            covered = [(m.start, m.end) for m in indirect]
            mentions = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in covered)]
            demonyms = [m for m in demonyms if not any(s <= m.start and m.end <= e for s, e in covered)]
        return tuple(sorted([*mentions, *demonyms, *indirect], key=lambda m: (m.start, m.end)))

    def _inflected(self, names: set[str], found: dict[str, tuple[Place, ...]],
                   polish: bool = False) -> dict[str, tuple[tuple[Place, ...], str]]:
        """Russian names in another case than the nominative the gazetteer holds ("из Москвы",
        "в Грозном", "под Актау"), and Polish ones in a Polish text ("z Warszawy do Krakowa"): the
        likeliest nominative the gazetteer knows, with its places."""
        options = {n: nominatives(n) for n in names if not found.get(n) and CYRILLIC.search(n)}
        # Airports have no Cyrillic names here: "в Шереметьево" is Sheremetyevo by its BGN/PCGN spelling
        roman = {n: [romanised(c) for c in (n, *options[n])] for n in options}
        if polish:  # (also where only a hamlet has the inflected form: "w pobliżu Tarnowa" is Tarnów)
            options.update({n: polish_nominatives(n) for n in names if not CYRILLIC.search(n) and (
                not found.get(n) or max(p.rank for p in found[n][:10]) < 0.5)})
        if not options:
            return {}
        hits = self.gazetteer.lookup_many({c for cs in (*options.values(), *roman.values()) for c in cs})
        out = {}
        for name, cands in options.items():
            airports = [tuple(p for p in hits.get(c, ()) if p.kind == "airport") for c in roman.get(name, ())]
            known = [(hits[c], c) for c in cands if hits.get(c)] or [
                (a, c) for a, c in zip(airports, roman.get(name, ()), strict=True) if a]
            best, nominative = max(known, key=lambda pc: pc[0][0].rank) if known else ((), name)
            if best and (not found.get(name) or best[0].rank >= max(p.rank for p in found[name][:10]) + 0.1):
                out[name] = (best + tuple(p for p in found.get(name, ()) if p not in best), nominative)
        return out

    def _genitives(self, text: str, names: set[str], found: dict[str, tuple[Place, ...]]
                   ) -> dict[str, tuple[tuple[Place, ...], str]]:
        """Danish, Norwegian and Swedish genitives before an airport, a harbour or a hospital ("fra
        Bornholms Lufthavn", "Københavns Havn"): the place the name less its "s" is."""
        owners = {m.group(1) for m in _GENITIVE_BEFORE_NOUN.finditer(text)
                  if m.group(1) + "s" in names and not found.get(m.group(1) + "s")}
        hits = self.gazetteer.lookup_many(owners) if owners else {}
        return {owner + "s": (hits[owner], owner) for owner in owners if hits.get(owner)}

    def _german_adjectives(self, text: str, found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"vom Frankfurter Flughafen": the town of note whose adjective names the airport."""
        words = {m.group(0).split()[0] for m in GERMAN_AIRPORT_ADJECTIVE.finditer(text)}
        options = {w: german_towns(w) for w in words if not found.get(w)}
        if not options:
            return {}
        hits = self.gazetteer.lookup_many({c for cs in options.values() for c in cs})
        out = {}
        for word, towns in options.items():
            best = max((p for t in towns for p in hits.get(t, ())[:3] if p.kind == "city"), key=lambda p: p.rank,
                       default=None)
            if best is not None and best.rank >= 0.5:
                out[word] = (best,)
        return out

    def _russian_regions(self, names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"в Ивановской области": a Russian region by the adjective of its centre's name (Иваново),
        the province so called (Ivanovo), else the town (not the stanitsa Ivanovskaya, 800 km off)."""
        towns = {n: region_centres(m.group(1)) for n in names if (m := RUSSIAN_REGION.fullmatch(n))}
        hits = self.gazetteer.lookup_many({c for cs in towns.values() for c in cs}) if towns else {}
        centres = {n: next((p for c in cs for p in hits.get(c, ())[:3] if p.kind == "city"), None)
                   for n, cs in towns.items()}
        regions = self.gazetteer.lookup_many({f"{p.name}{s}" for p in centres.values() if p for s in ("", " Oblast")}) \
            if towns else {}
        out = {}
        for n, centre in centres.items():
            if centre is not None:  # ("Moscow Oblast" before "Moskva", the city's own)
                out[n] = tuple(p for s in (" Oblast", "") for p in regions.get(f"{centre.name}{s}", ())
                               if p.kind == "admin1" and p.country == centre.country)[:1] or (centre,)
        return out

    def _untitled(self, names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"Bandara Sultan Hasanuddin" for Hasanuddin International Airport: an airport named after
        someone, called with a title the gazetteer leaves out."""
        rest = {n: m.group(1) for n in names if n not in found and (m := _TITLED.match(n))}
        hits = self.gazetteer.lookup_many(set(rest.values())) if rest else {}
        return {n: airports for n, r in rest.items()
                if (airports := tuple(p for p in hits.get(r, ()) if p.kind == "airport"))}

    def _run_together(self, names: set[str], found: dict[str, tuple[Place, ...]]) -> dict[str, tuple[Place, ...]]:
        """"Pangkal Pinang" for Pangkalpinang: a name of two or three words the gazetteer lacks, when
        a place is called by the words run together."""
        joined = {n: n.replace(" ", "") for n in names if n not in found and 0 < n.count(" ") <= 2
                  and all(w[:1].isupper() and len(w) >= 3 and w.lower() not in COMMON for w in n.split(" "))}
        hits = self.gazetteer.lookup_many(set(joined.values())) if joined else {}
        out = {}
        for name, one in joined.items():
            called = tuple(p for p in hits.get(one, ()) if fold(p.name) == fold(one))
            if called:
                out[name] = called
        return out

    def _national_part(self, text: str, sp: Span, places: tuple[Place, ...]) -> tuple[Span, tuple[Place, ...]] | None:
        """"the French Alps", "the Peruvian Andes": the part of a mountain range, desert or region
        within the country the adjective names, found as one mention."""
        if not places or places[0].kind not in PARTED or places[0].geometry is None:
            return None
        before = NAME_BEFORE.search(text, max(sp.sentence.start, sp.start - 20), sp.start)
        country = self._demonym(before.group(1)) if before else None
        if country is None or country.geometry is None:
            return None
        area = places[0]
        within = area.geometry.intersection(country.geometry.buffer(0.1))
        if within.is_empty or within.area < 0.02 * area.geometry.area:
            return None  # the adjective is not about this area's place ("a Russian Black Sea port" is)
        point = within.centroid if within.contains(within.centroid) else within.representative_point()
        start = before.start(1)
        part = replace(area, name=f"{before.group(1)} {area.name}", lat=round(point.y, 5), lon=round(point.x, 5),
                       country=country.country, geometry=within, ref=f"{area.ref or area.name}/{country.country}")
        return Span(start, sp.end, sp.sentence), (part,)

    def _unknown_places(self, text: str, spans: list[Span], found: dict) -> dict[str, tuple[Place, ...]]:
        """Names the offline gazetteer lacks ("near Prads-Haute-Bléone", "the village of Akiak"),
        asked of an online geocoder: only the longest name right after words that place
        something at a place, so a text costs a few requests, not hundreds."""
        longest: dict[int, Span] = {}
        for sp in spans:
            if sp.start not in longest or sp.end > longest[sp.start].end:
                longest[sp.start] = sp
        out: dict[str, tuple[Place, ...]] = {}
        for sp in longest.values():
            surface = text[sp.start : sp.end]
            if surface in found or surface in out or len(surface) < 3 or surface.lower() in COMMON:
                continue
            if not PLACING.search(text, max(0, sp.start - 40), sp.start):
                continue
            places = tuple(p for p in self.gazetteer.lookup(surface) if not p.is_area or p.kind == "admin1")
            if places:
                out[surface] = places
        return out

    def _indirect(self, text: str, sentences: Sequence[Sentence], found: Sequence[Mention]) -> list[Mention]:
        """"Canada's biggest city", "the Lithuanian capital", "the capital of Belarus": the city
        they stand for, found through the country they name."""
        if not INDIRECT_QUICK.search(text):
            return []
        countries = {(m.start, m.end): m for m in found if m.place.kind == "country"}
        out: list[Mention] = []
        for sent in sentences:
            for rx in INDIRECT if countries else ():
                for m in rx.finditer(sent.text):
                    start, end = sent.start + m.start("c"), sent.start + m.end("c")
                    country = countries.get((start, end))
                    if country is None or sent.text[max(0, m.start() - 2) : m.start()] == ", ":
                        continue  # "Luanda, Angola's capital": the capital is named already
                    pick = getattr(self.gazetteer, "capital" if m.group("what") else "largest_city", None)
                    city = pick(country.place.country) if pick else None
                    if city is not None:
                        s, e = sent.start + m.start(), sent.start + m.end()
                        out.append(Mention(sent.source, s, e, text[s:e], city, sent, 0.8, 1, "place"))
            for m in INDIRECT_ROMANCE.finditer(sent.text):
                country = self._demonym(m["adj"]) if m["adj"] else None
                if m["c"]:  # ("dell'Albania": a name the finder did not split from its article)
                    named = self.gazetteer.lookup_many({m["c"]}).get(m["c"], ())[:1]
                    country = named[0] if named and named[0].kind == "country" else None
                capital = getattr(self.gazetteer, "capital", None)
                city = capital(country.country) if capital and country is not None and country.country else None
                if city is not None:  # (from the article, or the word capital after a contraction: "da")
                    s = sent.start + (m.start() if m["art"] else m.start("cap"))
                    e = sent.start + m.end()
                    out.append(Mention(sent.source, s, e, text[s:e], city, sent, 0.8, 1, "place"))
        # ("la capital rusa" is read above, through its adjective)
        return out + [b for b in self._bare_capital(text, sentences, found)
                      if not any(b.start < m.end and m.start < b.end for m in out)]

    def _bare_capital(self, text: str, sentences: Sequence[Sentence], found: Sequence[Mention]) -> list[Mention]:
        """"80 km southeast of the capital", "tuvo que regresar a la capital": the capital of the
        country of the place named last before it ("from Herat to the capital" is Kabul)."""
        capital = getattr(self.gazetteer, "capital", None)
        placed = sorted((m for m in found if m.place.country), key=lambda m: m.start)
        starts = [m.start for m in placed]
        out: list[Mention] = []
        for sent in sentences:
            for m in (hit for rx in BARE_CAPITAL for hit in rx.finditer(sent.text)):
                group = "cap" if m["cap"] else "contracted"
                s, e = sent.start + m.start(group), sent.start + m.end(group)
                at = bisect.bisect_left(starts, s)
                city = capital(placed[at - 1].place.country) if capital and at else None
                if city is not None:
                    out.append(Mention(sent.source, s, e, text[s:e], city, sent, 0.7, 1, "place"))
        return out

    def _state_abbreviations(self, text: str, sentences: Sequence[Sentence],
                             raw: list[tuple[Span, tuple[Place, ...]]]) -> list[tuple[Span, tuple[Place, ...]]]:
        """"Detroit, Ore.", "Kingston, Ont.": the state or province after a town, as agencies abbreviate
        it (a qualifier for the town: not Detroit, Michigan)."""
        ends = {sp.end for sp, _ in raw}
        wanted = {STATE_ABBREVIATIONS[m["abbr"]][0] for m in _ABBREVIATED_STATE.finditer(text)}
        found = self.gazetteer.lookup_many(wanted)
        out = list(raw)
        for sent in sentences:
            for m in _ABBREVIATED_STATE.finditer(sent.text):
                start, end = sent.start + m.start("abbr"), sent.start + m.end("abbr")
                if start - len(m["gap"]) not in ends:
                    continue  # (only right after a town: "Ga." alone is no state)
                name, country = STATE_ABBREVIATIONS[m["abbr"]]
                state = tuple(p for p in found.get(name, ()) if p.kind == "admin1" and p.country == country)[:1]
                if state:
                    out = [(sp, ps) for sp, ps in out if not (sp.start < end and start < sp.end)]
                    out.append((Span(start, end, sent), state))
        return sorted(out, key=lambda item: item[0].start)

    def _is_capital(self, place: Place) -> bool:
        capital = getattr(self.gazetteer, "capital", None)
        found = capital(place.country) if capital and place.country else None
        return found is not None and found.key == place.key


_HAS_CYRILLIC = re.compile(r"[а-яё]")
_GENITIVE_BEFORE_NOUN = re.compile(r"\b([A-ZÆØÅÄÖ][a-zæøåäöé]+)s[ \t]+(?i:lufthavn|lufthamn|flygplats|flyplass|"
                                   r"havn|hamn|hospital|sygehus|sykehus|sjukhus|politi|kommune)\b")
# (between letters only: "1990–1995" is no name)
_DASH_IN_NAME = re.compile(r"(?<=[^\W\d_])[\u2010\u2011\u2013](?=[^\W\d_])")
_ARTICLES = frozenset(["La", "Le", "Les", "El", "Los", "Las", "Il", "Lo"])
_INTERNATIONAL_BEFORE = re.compile(r"\b(?:(?:internazionale|international|internacional)\s+(?:di|de|d['’]|del|do|da)|"
                                   r"(?:Bandara|Lapangan\s+Terbang)\s+(?:internasional|antarabangsa))\s*$",
                                   re.IGNORECASE)
_AIRPORT_IN = re.compile(r"(\s+(?i:international\s+)?(?i:airport|airfield|aerodrome))\s+(?:in|at|near)\s+"
                         r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_AIRPORT_IN_TOWN_KM = 10.0
_TOWN_AIRPORT_KM = 15.0
_COUNTY_BEFORE = re.compile(r"\b(?:Co\.?|County)\s+$")
_KNOWN_AIRPORT_KM = 60.0
_CITY_RANK = 0.55  # (about 50,000 people)
_CLEARLY_LIKELIER = 0.15  # (a rank apart: some four times the people)
_NAME_GOES_ON = re.compile(r"\s+(?:(?:de|del|de\s+la|da|do|dos|das|di|du)\s+)?[A-ZÀ-Ý][\w’'-]+")
_ABBREVIATED_STATE = re.compile(r"(?P<gap>,\s+)(?P<abbr>" + "|".join(
    re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True)) + r")\.(?=[\s,;:)—–-]|$)")


def _longest_first(spans: list[Span], text: str, found: dict) -> list[Span]:
    hits = [sp for sp in spans if text[sp.start : sp.end] in found]
    hits.sort(key=lambda sp: (sp.start, -(sp.end - sp.start)))
    chosen: list[Span] = []
    taken_until = -1
    for sp in hits:
        if sp.start >= taken_until:
            chosen.append(sp)
            taken_until = sp.end
    return chosen


_DEMONYM_TOKEN = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _demonym_spans(text: str, sentences: Sequence[Sentence], taken: set[tuple[int, int]]):
    starts = {s for s, _ in taken}
    for sent in sentences:
        for m in _DEMONYM_TOKEN.finditer(sent.text):
            s = sent.start + m.start()
            if s in starts:
                continue
            yield Span(s, sent.start + m.end(), sent)
