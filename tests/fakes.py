"""A tiny in-memory gazetteer for stage tests that must not depend on the built data."""

from __future__ import annotations

from collections.abc import Iterable

from shapely import box

from geoviz.gazetteer.base import Gazetteer
from geoviz.model import Place

PLACES = [
    Place("Lyon", 45.748, 4.847, "city", "FR", population=522000, rank=0.7, source="test", ref="lyon"),
    Place("Oslo", 59.913, 10.739, "city", "NO", population=580000, rank=0.72, source="test", ref="oslo"),
    Place("Hamburg", 53.551, 9.994, "city", "DE", population=1700000, rank=0.8, source="test", ref="hamburg"),
    Place("Hamburg Airport", 53.630, 9.988, "airport", "DE", rank=0.6, source="test", ref="EDDH",
          iata="HAM", city="Hamburg"),
    Place("Bremen", 53.075, 8.807, "city", "DE", population=560000, rank=0.7, source="test", ref="bremen"),
    Place("Paris", 48.853, 2.349, "city", "FR", population=2100000, rank=0.85, source="test", ref="paris"),
    Place("Paris", 33.661, -95.555, "city", "US", admin1="Texas", population=25000, rank=0.3, source="test",
          ref="paris-tx"),
    Place("Texas", 31.25, -99.25, "admin1", "US", rank=0.6, source="test", ref="texas"),
    Place("Germany", 51.5, 10.5, "country", "DE", rank=0.9, source="test", ref="DE"),
    Place("France", 46.0, 2.0, "country", "FR", rank=0.9, source="test", ref="FR"),
    Place("North Sea", 57.0, -1.5, "sea", "", rank=0.6, source="test", ref="north-sea",
          geometry=box(-4.0, 54.0, 1.0, 61.0)),
]
DEMONYMS = {"german": "DE", "germans": "DE", "french": "FR"}


class FakeGazetteer(Gazetteer):
    def lookup(self, name: str) -> tuple[Place, ...]:
        key = " ".join(name.replace("-", " ").split()).casefold()
        found = [p for p in PLACES if p.name.casefold() == key]
        return tuple(sorted(found, key=lambda p: -p.rank))

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Place, ...]]:
        return {n: r for n in names if (r := self.lookup(n))}

    def demonym(self, word: str) -> Place | None:
        code = DEMONYMS.get(word.casefold())
        return self.country(code) if code else None

    def airports_for(self, place: Place, within_km: float = 60.0) -> tuple[Place, ...]:
        return tuple(p for p in PLACES if p.kind == "airport" and p.city == place.name)

    def country(self, code: str) -> Place | None:
        return next((p for p in PLACES if p.kind == "country" and p.country == code), None)
