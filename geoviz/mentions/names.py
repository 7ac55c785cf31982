"""Comparing a name as written with a gazetteer entry's names."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from geoviz.mentions.cues import AIRPORT_SUFFIX
from geoviz.model import Place


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    name = unicodedata.normalize("NFKD", name.casefold())
    folded = re.sub(r"[\W_]+", " ", "".join(c for c in name if not unicodedata.combining(c))).strip()
    # "St Petersburg" is Saint Petersburg by its own name, as the gazetteer's keys spell it
    return _ABBREVIATED.sub(lambda m: _SPELLED[m.group()], folded) if _ABBREVIATED.search(folded) else folded


_SPELLED = {"st": "saint", "mt": "mount", "ft": "fort"}
_ABBREVIATED = re.compile(r"\b(?:st|mt|ft)\b")


def is_called(place: Place, key: str) -> bool:
    """The place is called so (``key`` folded): by its name, the start of it ("New York" for New
    York City), the end of a city's ("... de Durango") or, for an airport, words of it ("Heathrow"
    for London Heathrow Airport)."""
    own = fold(place.name)
    return own == key or own.startswith(key + " ") or (place.kind == "airport" and f" {key} " in f" {own} ") or (
        place.kind == "city" and own.endswith(" de " + key))  # "Durango" for Victoria de Durango


def by_name_match(surface: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """Entries whose own name is the surface first: an alternate name ("Turan" for Da Nang,
    "Victoria" for Hong Kong) yields to a place that is called so today."""
    key = fold(surface)
    primary = tuple(p for p in places if is_called(p, key))
    if not primary or primary[0].rank < places[0].rank - 0.3:
        return places  # an exonym of a major place ("Moscú", "Londres") beats a village so named
    ids = {id(p) for p in primary}
    # Other readings more prominent than any so named stay among the first ten that resolution
    # weighs: "Medina" names many towns, and Madinah too.
    promoted = tuple(p for p in places[:3] if id(p) not in ids and p.rank > primary[0].rank)
    ids |= {id(p) for p in promoted}
    cut = 10 - len(promoted)
    return primary[:cut] + promoted + primary[cut:] + tuple(p for p in places if id(p) not in ids)


def called_place(word: str, places: tuple[Place, ...]) -> bool:
    """The word names a place of some size by its own name (not "Shultz", an old name of Mammoth)."""
    key = fold(word)
    return any(p.rank >= 0.5 or fold(p.name) == key for p in places[:10])


def own_name(place: Place, surface: str, hyphen_after: bool) -> bool:
    """The place is called so, not only by an alternate name: its name, its name less "Airport"
    ("Campo de Marte"), or the first part of a hyphenated one ("Chamonix" for Chamonix-Mont-Blanc,
    but not "Vallon" of "Vallon-Sainte-Claire" for Vallon-Pont-d'Arc)."""
    key = fold(surface)
    return key in (fold(place.name), fold(AIRPORT_SUFFIX.sub("", place.name))) or (
        not hyphen_after and "-" in place.name and fold(place.name.split("-")[0]) == key)


def province_named(places: tuple[Place, ...], known: Mapping[str, tuple[Place, ...]] | None) -> bool:
    """The text names the province of one of the places (a country is too wide: "in the Summer"
    is an alternate name of a hamlet in New Jersey)."""
    towns = {(p.country, fold(p.admin1)) for p in places[:10] if p.admin1}
    return any(q.kind == "admin1" and ((q.country, fold(q.name)) in towns or (q.country, fold(name)) in towns)
               for name, found in (known or {}).items() for q in found[:1])  # (GeoNames spells some two ways)
