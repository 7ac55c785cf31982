"""An online geocoder (geopy) in front of the offline gazetteer.

Design: recognition never goes online. ``lookup_many`` (what the mention finder calls with
hundreds of candidate strings) answers from the offline gazetteer only; ``lookup`` (resolving a
name already found) asks the geocoder once per distinct name, puts its answer first and the
offline candidates after it. Requests go through ``geopy.extra.rate_limiter.RateLimiter``
(Nominatim's policy: at most one per second, retries with waits on timeouts, HTTP errors and
429), answers and misses are cached on disk as JSON keyed by the normalised name. When a request
still fails after its retries, the service is given up for the rest of the run: one
:class:`~geoviz.errors.GeovizWarning`, and offline answers from then on (a server that is down
would otherwise cost every later name its timeouts and waits). Demonyms, countries, codes and airports
come from the offline gazetteer.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import tempfile
import threading
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service

from geoviz import __version__
from geoviz.errors import GeocoderUnavailable, GeovizWarning
from geoviz.gazetteer.base import Gazetteer
from geoviz.gazetteer.offline import OfflineGazetteer, name_key
from geoviz.model import Place

CACHE_VERSION = 1

# Nominatim (OSM) class/type -> geoviz kind; types first, then classes.
_TYPE_KIND = {
    "city": "city", "town": "city", "village": "city", "hamlet": "city", "suburb": "city",
    "municipality": "city", "locality": "city", "country": "country", "state": "admin1",
    "province": "admin1", "region": "admin1", "continent": "continent", "aerodrome": "airport",
    "airport": "airport", "sea": "sea", "bay": "sea", "strait": "sea", "ocean": "sea", "lake": "lake",
    "reservoir": "lake", "river": "river", "stream": "river", "canal": "river", "mountain_range": "region",
    "peak": "region", "desert": "region", "island": "region", "peninsula": "region",
}
_CLASS_KIND = {"place": "city", "aeroway": "airport", "waterway": "river", "natural": "region",
               "boundary": "admin1"}


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geoviz" / "geocoder"


def place_from_location(location: Any, service: str) -> Place:
    """A geopy ``Location`` as a Place; kind and country from Nominatim's raw answer if present."""
    raw = location.raw if isinstance(location.raw, dict) else {}
    address = raw.get("address") or {}
    kind = (_TYPE_KIND.get(raw.get("addresstype", "")) or _TYPE_KIND.get(raw.get("type", ""))
            or _CLASS_KIND.get(raw.get("class", "")) or "city")
    name = raw.get("name") or str(location.address).split(",")[0].strip()
    osm = f"{raw['osm_type']}/{raw['osm_id']}" if "osm_type" in raw and "osm_id" in raw else ""
    try:
        rank = min(1.0, max(0.0, float(raw.get("importance", 0.5))))
    except (TypeError, ValueError):
        rank = 0.5
    admin1 = address.get("state", "") if kind not in ("country", "admin1", "continent") else ""
    return Place(name, float(location.latitude), float(location.longitude), kind,
                 str(address.get("country_code", "")).upper(), admin1, 0, rank, service,
                 osm or str(raw.get("place_id", "")))


def _place_to_json(place: Place) -> dict[str, Any]:
    return {f: getattr(place, f) for f in ("name", "lat", "lon", "kind", "country", "admin1", "population",
                                           "rank", "source", "ref", "iata", "city")}


class GeopyGazetteer(Gazetteer):
    """``lookup`` through a geopy geocoder (Nominatim by default), the rest offline.

    ``geocoder`` is a geopy service name (``geopy.geocoders.get_geocoder_for_service``); extra
    keyword arguments go to the geocoder's constructor (e.g. ``api_key``).
    """

    def __init__(self, geocoder: str = "nominatim", *, offline: OfflineGazetteer | None = None,
                 cache_dir: str | Path | None = None, user_agent: str = f"geoviz/{__version__}",
                 min_delay_seconds: float = 1.0, max_retries: int = 2, error_wait_seconds: float = 2.0,
                 domain: str | None = None, scheme: str | None = None, timeout: float = 10.0,
                 **geocoder_kwargs: Any) -> None:
        if offline is None:
            from geoviz.gazetteer import default_gazetteer

            offline = default_gazetteer()
        self.offline = offline
        self.service = geocoder
        try:
            cls = get_geocoder_for_service(geocoder)
        except GeopyError as exc:
            raise GeocoderUnavailable(f"unknown geocoder {geocoder!r}: {exc}") from exc
        kwargs: dict[str, Any] = {"user_agent": user_agent, "timeout": timeout, **geocoder_kwargs}
        if "adapter_factory" not in kwargs:
            # geopy's requests adapter retries on its own (twice, and on 429 + Retry-After);
            # switch that off so ``max_retries`` here is the only retry policy.
            with contextlib.suppress(ImportError):
                from geopy.adapters import RequestsAdapter

                kwargs["adapter_factory"] = functools.partial(RequestsAdapter, max_retries=0)
        if domain is not None:
            kwargs["domain"] = domain
        if scheme is not None:
            kwargs["scheme"] = scheme
        self.geocoder = cls(**kwargs)
        # Errors are not swallowed: a failure must not be cached as a miss.
        self._geocode = RateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                    max_retries=max_retries,
                                    error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
                                    swallow_exceptions=False)
        self._extra = {"addressdetails": True} if geocoder == "nominatim" else {}
        self.cache_file = Path(cache_dir or default_cache_dir()) / f"{geocoder}.json"
        self._cache: dict[str, list[dict[str, Any]]] | None = None
        self._lock = threading.Lock()
        #: Why the service was given up for this run (None while it answers).
        self.failure: str | None = None

    # -- cache -----------------------------------------------------------------------------------

    def _entries(self) -> dict[str, list[dict[str, Any]]]:
        if self._cache is None:
            self._cache = {}
            try:
                data = json.loads(self.cache_file.read_text(encoding="utf-8"))
                if data.get("version") == CACHE_VERSION:
                    self._cache = data["entries"]
            except (OSError, ValueError, KeyError, AttributeError):
                pass  # no cache yet, or unreadable: start afresh
        return self._cache

    def _save(self) -> None:
        """Write the cache atomically (temp file + rename): a crash never leaves half a file."""
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        payload = {"version": CACHE_VERSION, "service": self.service, "entries": self._entries()}
        fd, tmp = tempfile.mkstemp(dir=self.cache_file.parent, prefix=".geocoder-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False, sort_keys=True, indent=0)
            os.replace(tmp, self.cache_file)
        except OSError as exc:
            warnings.warn(f"geocoder cache not written ({self.cache_file}): {exc.strerror or exc}",
                          GeovizWarning, stacklevel=3)
            Path(tmp).unlink(missing_ok=True)

    # -- online ----------------------------------------------------------------------------------

    def geocode(self, name: str) -> tuple[Place, ...] | None:
        """The geocoder's answer for ``name`` (cached; ``()`` for a miss), or None when the service
        failed (now or earlier in this run)."""
        key = name_key(name)
        if not key:
            return ()
        with self._lock:
            cached = self._entries().get(key)
            if cached is not None:
                return tuple(Place(**d) for d in cached)
            if self.failure is not None:
                return None
            try:
                location = self._geocode(name, exactly_one=True, **self._extra)
            except GeopyError as exc:
                self.failure = f"{type(exc).__name__}: {exc}"
                warnings.warn(f"geocoder {self.service} failed for {name!r} ({self.failure}); using the "
                              "offline gazetteer for the rest of this run", GeovizWarning, stacklevel=3)
                return None
            places = (place_from_location(location, self.service),) if location else ()
            self._entries()[key] = [_place_to_json(p) for p in places]
            self._save()
            return places

    # -- Gazetteer -------------------------------------------------------------------------------

    finds_unknown_names = True

    def lookup(self, name: str) -> tuple[Place, ...]:
        online = self.geocode(name) or ()
        return online + self.offline.lookup(name)

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Place, ...]]:
        """Offline only: recognition must not send one request per candidate string."""
        return self.offline.lookup_many(names)

    def lookup_code(self, code: str) -> tuple[Place, ...]:
        return self.offline.lookup_code(code)

    def nearest(self, lat: float, lon: float, kinds: Sequence[str] = ("city",), within_km: float = 50.0,
                *, limit: int = 1, min_population: int = 0) -> tuple[Place, ...]:
        return self.offline.nearest(lat, lon, kinds, within_km, limit=limit, min_population=min_population)

    def demonym(self, word: str) -> Place | None:
        return self.offline.demonym(word)

    def airports_for(self, place: Place, within_km: float = 60.0) -> tuple[Place, ...]:
        return self.offline.airports_for(place, within_km)

    def capital(self, code: str) -> Place | None:
        return self.offline.capital(code)

    def water_near(self, lat: float, lon: float, within_km: float = 60.0) -> Place | None:
        return self.offline.water_near(lat, lon, within_km)

    def largest_city(self, code: str) -> Place | None:
        return self.offline.largest_city(code)

    def country(self, code: str) -> Place | None:
        return self.offline.country(code)
