"""The gazetteer interface: one small base class, one module per backend (as geopy's geocoders)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence

from geoviz.model import Place


class Gazetteer(ABC):
    """Looks up place names. Implementations: :class:`OfflineGazetteer` (default, no network),
    :class:`GeopyGazetteer` (online geocoder in front of an offline one)."""

    #: Whether ``lookup`` may know names ``lookup_many`` does not (an online geocoder): the mention
    #: finder then asks it about unknown names where the text places something at them.
    finds_unknown_names: bool = False

    @abstractmethod
    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every entry whose name or alternate name is ``name`` (case, accents, punctuation
        ignored), most prominent first. Empty when none."""

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Place, ...]]:
        """``lookup`` for many surface strings at once; keys are the strings given, only those
        with at least one entry. Backends override it to answer in one query."""
        out: dict[str, tuple[Place, ...]] = {}
        for name in names:
            found = self.lookup(name)
            if found:
                out[name] = found
        return out

    @abstractmethod
    def demonym(self, word: str) -> Place | None:
        """The country an adjective or people names ("Azerbaijani", "Kazakhs"), else None."""

    @abstractmethod
    def airports_for(self, place: Place, within_km: float = 60.0) -> tuple[Place, ...]:
        """Airports serving a city or town, the likeliest (named after it, largest, nearest) first."""

    @abstractmethod
    def country(self, code: str) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""

    # Optional methods: backends without the data answer "nothing".

    def lookup_code(self, code: str) -> tuple[Place, ...]:
        """Airports by IATA/ICAO code ("SCO", "UATE"), then cities by IATA metropolitan code
        ("MOW"). Apart from :meth:`lookup` because capitals in prose are often not codes."""
        return ()

    def nearest(self, lat: float, lon: float, kinds: Sequence[str] = ("city",), within_km: float = 50.0,
                *, limit: int = 1, min_population: int = 0) -> tuple[Place, ...]:
        """Up to ``limit`` places of ``kinds`` within ``within_km`` of (lat, lon), nearest first."""
        return ()

    def capital(self, code: str) -> Place | None:
        """The capital city of a country (ISO alpha-2), None when unknown."""
        return None

    def water_near(self, lat: float, lon: float, within_km: float = 60.0) -> Place | None:
        """The sea, ocean or lake (with its outline) nearest (lat, lon) within ``within_km``."""
        return None

    def largest_city(self, code: str) -> Place | None:
        """The most populous city of a country (ISO alpha-2), None when unknown."""
        return None

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files or connections."""
