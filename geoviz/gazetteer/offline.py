"""The offline gazetteer: one read-only SQLite file built by ``scripts/build_gazetteer.py``.

Nothing is loaded in bulk: opening runs no query, every call is one indexed query, and rows become
:class:`~geoviz.model.Place` values only when asked for (cached per row); answers are cached per
name key, country code and demonym, so a corpus that names a place again does not ask again. shapely is imported only
when an area's geometry is decoded. Schema (see the build script): ``place`` rows numbered in
descending prominence, so "ORDER BY id" is "most prominent first"; ``name(key, place)`` and
``code(code, place)`` lookups; ``grid(kind, cell, place)`` for radius queries; area geometry in
``shape(place, geom)``, read once per area place; ``demonym(key, country)``; ``meta(key, value)``.
"""

from __future__ import annotations

import math
import re
import sqlite3
import threading
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from geoviz.errors import GazetteerError
from geoviz.gazetteer.base import Gazetteer
from geoviz.gazetteer.data import data_file
from geoviz.model import AREA_KINDS, Place, great_circle_km

#: Letters that NFKD does not decompose into ASCII.
_FOLD = str.maketrans({
    "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ł": "l", "ı": "i", "þ": "th", "ð": "d", "ħ": "h",
    "ŀ": "l", "ŧ": "t", "ƶ": "z", "ŋ": "ng", "ə": "e", "&": " and ",
})
_APOSTROPHES = re.compile(r"['’‘`´ʻʼʹ′‛ʿʾ]")
_INITIALISM = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,})")  # u.s.a. -> usa, d.c. -> dc
_SEPARATORS = re.compile(r"[^a-z0-9а-я]+")  # (Russian Cyrillic too: "Москва"; "й" and "ё" fold to "и", "е")
#: Abbreviations written either way in names ("St. Louis", "Mt. Kenya").
_TOKENS = {"st": "saint", "ste": "sainte", "mt": "mount", "mts": "mountains", "ft": "fort",
           "intl": "international"}

#: The SQLite default limit on host parameters is 999 in old builds; stay under it.
_CHUNK = 900
#: Name keys whose answers are kept per instance (then the cache starts afresh): bounds memory.
_KEY_CACHE = 1 << 17
#: airports_for: an airport named after / serving the place outranks one 0.2 more prominent.
_NAMED_BONUS = 0.4  # (a hub nearby does not serve a town with an airfield of its own: Egelsbach)
_KM_PER_DEG = 111.2
#: Columns of a place row ``p``; every query joins its admin-1 name with ``_ADMIN``.
_COLUMNS = "p.id, p.kind, p.name, p.lat, p.lon, p.country, a.name, p.population, p.rank, " \
           "p.source, p.ref, p.iata, p.city"
_ADMIN = "LEFT JOIN admin1 a ON a.id = p.admin1"
#: Place kinds in storage order (the build stores a kind as its index here).
KINDS = ("continent", "country", "sea", "admin1", "city", "lake", "river", "region", "airport")
_KIND_ID = {k: i for i, k in enumerate(KINDS)}
#: The build stores source as NULL when it is the kind's usual one (keep in step with the script).
DEFAULT_SOURCE = {"city": "geonames", "country": "geonames", "continent": "geonames",
                  "airport": "airportsdata", "admin1": "naturalearth", "sea": "naturalearth",
                  "lake": "naturalearth", "river": "naturalearth", "region": "naturalearth"}


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The lookup key of a name: casefolded, accents and apostrophes removed, punctuation and
    whitespace unified, "St."/"Mt." spelled out, a leading "the" dropped. "" when nothing is left.

    >>> name_key("St. Petersburg"), name_key("Düsseldorf"), name_key("the U.S.")
    ('saint petersburg', 'dusseldorf', 'us')
    """
    text = name.casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    else:
        text = text.replace("&", " and ")
    text = _APOSTROPHES.sub("", text)
    text = _INITIALISM.sub(lambda m: m.group(1).replace(".", ""), text)
    tokens = _SEPARATORS.sub(" ", text).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(_TOKENS.get(t, t) for t in tokens)


def cell_of(lat: float, lon: float) -> int:
    """The 1x1 degree grid cell the build script stores for each place (indexed with kind)."""
    return (min(math.floor(lat), 89) + 90) * 360 + (min(math.floor(lon), 179) + 180)


def cells_around(lat: float, lon: float, km: float) -> list[int]:
    """Every grid cell that a circle of ``km`` around (lat, lon) may touch."""
    dlat = km / _KM_PER_DEG
    south, north = max(-90.0, lat - dlat), min(89.999, lat + dlat)
    coslat = max(math.cos(math.radians(max(abs(south), abs(north)))), 1e-6)
    dlon = km / (_KM_PER_DEG * coslat)
    lons = range(-180, 180) if dlon >= 180 else range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)
    cells = {cell_of(la, ((lo + 180) % 360) - 180) for la in range(math.floor(south), math.floor(north) + 1)
             for lo in lons}
    return sorted(cells)


def _decode_geometry(blob: bytes):
    import shapely  # only here: most callers never need a geometry

    return shapely.from_wkb(zlib.decompress(blob))


class OfflineGazetteer(Gazetteer):
    """GeoNames cities and countries, Natural Earth areas and airportsdata airports, offline.

    ``OfflineGazetteer()`` opens the bundled file; pass ``path`` to use another build. Safe to share
    between threads (one connection, serialised by a lock; lookups take microseconds).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else data_file()
        if not self.path.is_file():
            raise GazetteerError(f"gazetteer data not found: {self.path}")
        # immutable=1: the file never changes under us, so SQLite skips locking and change checks.
        uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # Memory-mapped reads: no read() per page; pages are the OS's shared file cache.
            self._db.execute("PRAGMA mmap_size = 268435456")
            self._db.execute("SELECT 1 FROM place LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"gazetteer data unreadable: {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self._places: dict[int, Place] = {}
        # Answers per name key, country code and demonym, () / None included: a corpus names the
        # same places again and again (``geoviz extract`` looked each up ~17 times a document).
        self._by_key: dict[str, tuple[Place, ...]] = {}
        self._answers: dict[tuple[str, str], Place | None] = {}
        self._waters: tuple[list[Place], object] | None = None  # (seas and lakes, their STRtree)

    # -- helpers -------------------------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise GazetteerError(f"gazetteer query failed: {exc}") from exc

    def _places_of(self, rows: Sequence[tuple]) -> list[Place]:
        """Places for ``_COLUMNS`` rows, each built once per row id. Geometries of new area places
        are read in one extra query (``shape`` keeps blobs out of the name lookups)."""
        missing = [r for r in rows if r[0] not in self._places]
        if missing:
            ids = sorted({r[0] for r in missing if KINDS[r[1]] in AREA_KINDS})
            shapes: dict[int, bytes] = {}
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                shapes.update(self._query(f"SELECT place, geom FROM shape WHERE place IN "
                                          f"({','.join('?' * len(chunk))})", chunk))
            for pid, kind, name, lat, lon, cc, admin1, pop, rank, source, ref, iata, city in missing:
                # Stored compactly (see the build script): kind index, 1e-4 degrees and rank, NULL for "".
                kind = KINDS[kind]
                blob = shapes.get(pid)
                self._places[pid] = Place(
                    name, lat / 1e4, lon / 1e4, kind, cc or "", admin1 or "", pop or 0, rank / 1e4,
                    source or DEFAULT_SOURCE.get(kind, ""), str(ref), iata or "", city or "",
                    _decode_geometry(blob) if blob is not None else None)
        return [self._places[r[0]] for r in rows]

    def meta(self) -> dict[str, str]:
        """Build information: sources, versions, counts."""
        return dict(self._query("SELECT key, value FROM meta"))

    # -- Gazetteer -----------------------------------------------------------------------------

    def lookup(self, name: str) -> tuple[Place, ...]:
        return self.lookup_many([name]).get(name, ())

    def lookup_many(self, names: Iterable[str]) -> dict[str, tuple[Place, ...]]:
        """:meth:`lookup` for many strings. Keys answered before come from this instance's cache;
        the others take one query for the matching ids (per 900 distinct keys), plus one for rows
        not yet seen (and one for their area geometries)."""
        by_key: dict[str, list[str]] = {}
        for name in names:
            key = name_key(name)
            if key:
                by_key.setdefault(key, []).append(name)
        todo = [key for key in by_key if key not in self._by_key]
        if todo:
            self._fetch(todo)
        out: dict[str, tuple[Place, ...]] = {}
        for key, spellings in by_key.items():
            value = self._by_key[key]
            if value:
                for name in spellings:
                    out[name] = value
        return out

    def _fetch(self, keys: list[str]) -> None:
        """Query the places of ``keys`` into the key cache (a key without any as ``()``)."""
        hits: list[tuple[str, int]] = []
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start:start + _CHUNK]
            hits += self._query(f"SELECT key, place FROM name WHERE key IN ({','.join('?' * len(chunk))})",
                                chunk)
        hits.sort()  # ids ascend with decreasing prominence
        self._load({pid for _, pid in hits})
        found: dict[str, list[Place]] = {key: [] for key in keys}
        for key, pid in hits:
            found[key].append(self._places[pid])
        if len(self._by_key) + len(found) > _KEY_CACHE:
            self._by_key.clear()
        for key, places in found.items():
            self._by_key[key] = tuple(places)

    def _load(self, ids: set[int]) -> None:
        """Build the places among ``ids`` not built yet, in one query per 900."""
        todo = sorted(ids.difference(self._places))
        for start in range(0, len(todo), _CHUNK):
            chunk = todo[start:start + _CHUNK]
            self._places_of(self._query(f"SELECT {_COLUMNS} FROM place p {_ADMIN} "
                                        f"WHERE p.id IN ({','.join('?' * len(chunk))})", chunk))

    def lookup_code(self, code: str) -> tuple[Place, ...]:
        """Airports by IATA or ICAO code ("SCO", "UATE"), then cities by IATA metropolitan code
        ("MOW", "LON"). Case-insensitive. Kept apart from :meth:`lookup` because three capital
        letters in prose are often not codes: callers decide when a code is meant."""
        rows = self._query(f"SELECT {_COLUMNS} FROM code c JOIN place p ON p.id = c.place {_ADMIN} "
                           f"WHERE c.code = ? ORDER BY p.kind = {_KIND_ID['city']}, p.id",
                           (code.strip().upper(),))
        return tuple(self._places_of(rows))

    def _cached(self, kind: str, key: str, answer: Callable[[str], Place | None]) -> Place | None:
        """``answer(key)``, asked once per instance (few distinct keys: demonyms, countries)."""
        try:
            return self._answers[kind, key]
        except KeyError:
            place = self._answers[kind, key] = answer(key)
            return place

    def demonym(self, word: str) -> Place | None:
        return self._cached("demonym", name_key(word), self._demonym)

    def _demonym(self, key: str) -> Place | None:
        rows = self._query("SELECT country FROM demonym WHERE key = ?", (key,))
        return self.country(rows[0][0]) if rows else None

    def country(self, code: str) -> Place | None:
        return self._cached("country", code.strip().upper(), self._country)

    def _country(self, code: str) -> Place | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM grid g JOIN place p ON p.id = g.place {_ADMIN} "
                           "WHERE g.kind = ? AND p.country = ? ORDER BY p.id LIMIT 1",
                           (_KIND_ID["country"], code))
        return self._places_of(rows)[0] if rows else None

    def capital(self, code: str) -> Place | None:
        """The capital city of a country (ISO alpha-2), as GeoNames names it."""
        return self._country_city(code, "capital")

    def largest_city(self, code: str) -> Place | None:
        """The most populous city of a country (ISO alpha-2)."""
        return self._country_city(code, "largest")

    def _country_city(self, code: str, role: str) -> Place | None:
        def answer(code: str) -> Place | None:
            rows = self._query(f"SELECT {_COLUMNS} FROM capital c JOIN place p ON p.id = c.place "
                               f"{_ADMIN} WHERE c.country = ? AND c.role = ?", (code, role))
            return self._places_of(rows)[0] if rows else None

        return self._cached(role, code.strip().upper(), answer)

    def near(self, lat: float, lon: float, kinds: Sequence[str],
             within_km: float) -> list[tuple[float, Place]]:
        """(distance km, place) for every place of ``kinds`` within ``within_km``, nearest first."""
        cells = cells_around(lat, lon, within_km)
        out: list[tuple[float, Place]] = []
        for start in range(0, len(cells), _CHUNK):
            chunk = cells[start:start + _CHUNK]
            sql = (f"SELECT {_COLUMNS} FROM grid g JOIN place p ON p.id = g.place {_ADMIN} "
                   f"WHERE g.kind IN ({','.join('?' * len(kinds))}) "
                   f"AND g.cell IN ({','.join('?' * len(chunk))})")
            rows = self._query(sql, [*(_KIND_ID[k] for k in kinds), *chunk])
            rows = [(great_circle_km(lat, lon, r[3] / 1e4, r[4] / 1e4), r) for r in rows]
            rows = [(d, r) for d, r in rows if d <= within_km]
            out.extend(zip((d for d, _ in rows), self._places_of([r for _, r in rows]), strict=True))
        out.sort(key=lambda item: (item[0], -item[1].rank))
        return out

    def nearest(self, lat: float, lon: float, kinds: Sequence[str] = ("city",), within_km: float = 50.0,
                *, limit: int = 1, min_population: int = 0) -> tuple[Place, ...]:
        """Up to ``limit`` places of ``kinds`` within ``within_km`` of (lat, lon), nearest first;
        ``min_population`` skips small places (for labels: "near Aktau" rather than a hamlet)."""
        near = [p for _, p in self.near(lat, lon, tuple(kinds), within_km) if p.population >= min_population]
        return tuple(near[:limit])

    def water_near(self, lat: float, lon: float, within_km: float = 60.0) -> Place | None:
        """The sea or lake whose outline passes nearest (lat, lon), within ``within_km``: the
        outlines are read once, on the first call (a few hundred, ~0.4 MB)."""
        import shapely  # (only here: most documents state no crash offshore)
        import shapely.ops

        if self._waters is None:
            rows = self._query(f"SELECT {_COLUMNS} FROM place p {_ADMIN} JOIN shape s ON s.place = p.id "
                               f"WHERE p.kind IN (?, ?)", [_KIND_ID["sea"], _KIND_ID["lake"]])
            places = [p for p in self._places_of(rows) if p.geometry is not None]
            self._waters = (places, shapely.STRtree([p.geometry for p in places]))
        places, tree = self._waters
        here = shapely.Point(lon, lat)
        reach = within_km / (_KM_PER_DEG * max(math.cos(math.radians(lat)), 0.05))  # degrees, generously
        best: tuple[float, Place] | None = None
        for i in tree.query(here.buffer(reach)):
            coast = shapely.ops.nearest_points(places[i].geometry, here)[0]
            km = great_circle_km(lat, lon, coast.y, coast.x)
            if km <= within_km and (best is None or km < best[0]):
                best = (km, places[i])
        return best[1] if best else None

    def airports_for(self, place: Place, within_km: float = 60.0) -> tuple[Place, ...]:
        """Airports within ``within_km`` of ``place``, likeliest first: by prominence (busy-airport
        list, IATA code, "International", size of the city near it) plus a bonus for being named
        after the place or serving it (airportsdata's ``city``), then by distance."""
        own = name_key(place.city if place.kind == "airport" and place.city else place.name)
        near = self.near(place.lat, place.lon, ("airport",), within_km)
        # An airport serves the place when its ``city`` names it ("New York" -> New York City).
        served = self.lookup_many({a.city for _, a in near if a.city})
        # (a great hub within the city's own reach outranks a minor field that serves it by name:
        # Tocumen, not Howard, for Panama City)
        hub = place.rank >= 0.6 and any(a.rank >= 0.6 and d <= 30 for d, a in near)
        ranked = []
        for dist, airport in near:
            called = bool(own) and f" {own} " in f" {name_key(airport.name)} "
            named = called or any(p.key == place.key for p in served.get(airport.city, ()))
            # (across a border only when named so: Kinmen is not served from Xiamen, nor Kapan, in Armenia,
            # from Zangilan, 31 km off in Azerbaijan; Basel is from the EuroAirport in France)
            foreign = bool(place.country) and airport.country != place.country and not named
            if foreign:
                continue
            # (but an airport with airline service called after the city is its own: Kobe Airport, not
            # Kansai, 30 km off; Arlington Municipal is no Dallas-Fort Worth)
            bonus = _NAMED_BONUS / 4 if hub and airport.rank < 0.55 and not (called and airport.iata) \
                else _NAMED_BONUS
            ranked.append((-round(airport.rank + bonus * bool(named), 3), dist,
                           airport.ref, airport))
        ranked.sort(key=lambda item: item[:3])
        return tuple(item[-1] for item in ranked)

    def close(self) -> None:
        with self._lock:
            self._db.close()
