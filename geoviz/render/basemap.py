"""The embedded Natural Earth basemap, clipped to an incident's view.

``data/basemap.bin`` (built by scripts/build_basemap.py: a JSON header line, then WKB) holds the
whole world; a page carries only
the part around the incident: detailed land, lakes, coastline and borders within the view padded
generously (so panning still shows land), and a very coarse land mass farther out (so zooming out
never shows an empty ocean).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiLineString, MultiPolygon, Polygon, box, mapping

from geoviz.render.assets import RenderError, data_file

BASEMAP_FILE = "basemap.bin"
_FORMAT = "geoviz-basemap/1"
# Pixels across a typical screen, to guess the zoom the page opens at (for label density and
# how much detail is worth inlining).
_SCREEN_PX = 1200
_MIN_PAD_DEG = 4.0
_MAX_PAD_DEG = 15.0
_MAX_LAT = 85.0


@dataclass(frozen=True, slots=True)
class Basemap:
    """GeoJSON geometries (dicts) ready to inline; None where the view has nothing of a layer."""

    world_land: dict[str, Any] | None
    land: dict[str, Any] | None
    lakes: dict[str, Any] | None
    shore: dict[str, Any] | None  # coastline and lake shores
    borders: dict[str, Any] | None
    labels: tuple[tuple[str, float, float], ...]  # country name, lat, lon


@dataclass(frozen=True, slots=True)
class _Source:
    world_land: np.ndarray
    land: np.ndarray
    lakes: np.ndarray
    borders: np.ndarray
    labels: tuple[tuple[str, float, float, float, int], ...]  # name, lon, lat, min_label, main


@cache
def _source() -> _Source:
    path = data_file(BASEMAP_FILE)
    try:
        data = path.read_bytes()
        end = data.index(b"\n")
        header = json.loads(data[:end])
        if header.get("format") != _FORMAT:
            raise ValueError(f"format {header.get('format')!r}, expected {_FORMAT!r}")
        body = memoryview(data)[end + 1:]

        def parts(name: str) -> np.ndarray:
            # One vectorised WKB read per layer: building the ~2,000 parts in C takes milliseconds.
            offset, size = header["layers"][name]
            return shapely.get_parts(shapely.from_wkb(bytes(body[offset:offset + size])))

        return _Source(
            world_land=parts("world_land"),
            land=parts("land"),
            lakes=parts("lakes"),
            borders=parts("borders"),
            labels=tuple(tuple(row) for row in header["labels"]),
        )
    except (OSError, ValueError, KeyError, TypeError, shapely.errors.ShapelyError) as exc:
        raise RenderError(f"basemap data {path} is damaged ({exc}); run scripts/build_basemap.py") from exc


def _box(south: float, west: float, north: float, east: float, pad: float) -> tuple[float, ...]:
    return (
        max(-180.0, west - pad),
        max(-_MAX_LAT, south - pad),
        min(180.0, east + pad),
        min(_MAX_LAT, north + pad),
    )


def _clip(parts: np.ndarray, rect: tuple[float, ...]) -> list[Any]:
    hits = parts[shapely.intersects(parts, box(*rect))]
    clipped = shapely.clip_by_rect(hits, *rect)
    return [g for g in clipped if not g.is_empty]


def _flatten(geoms: list[Any], kind: type) -> list[Any]:
    out: list[Any] = []
    for geom in geoms:
        out.extend(g for g in getattr(geom, "geoms", [geom]) if isinstance(g, kind) and not g.is_empty)
    return out


def _geojson(geom: Any, tolerance: float) -> dict[str, Any] | None:
    if geom.is_empty:
        return None
    if tolerance > 0:
        geom = geom.simplify(tolerance, preserve_topology=True)
    decimals = 3 if tolerance <= 0.002 else 2 if tolerance <= 0.02 else 1
    geom = shapely.transform(geom, lambda xy: np.round(xy, decimals))
    return mapping(geom) if not geom.is_empty else None


def open_zoom(bounds: tuple[float, float, float, float]) -> float:
    """Roughly the zoom level Leaflet fits ``bounds`` (south, west, north, east) into."""
    south, west, north, east = bounds
    span = max(east - west, (north - south) * 1.4, 0.05)
    return math.log2(360.0 / span * _SCREEN_PX / 256.0)


def clip(bounds: tuple[float, float, float, float]) -> Basemap:
    """The basemap around ``bounds`` (south, west, north, east)."""
    src = _source()
    south, west, north, east = bounds
    span = max(east - west, north - south)
    detail_rect = _box(south, west, north, east, min(max(span, _MIN_PAD_DEG), _MAX_PAD_DEG))
    world_rect = _box(south, west, north, east, max(3 * span, 40.0))
    # Detail below ~1 px at the opening zoom only costs bytes (the data is already at ~0.01 deg).
    tolerance = max(0.0, span / _SCREEN_PX - 0.01)

    land = _flatten(_clip(src.land, detail_rect), Polygon)
    lakes = _flatten(_clip(src.lakes, detail_rect), Polygon)
    # The coastline is the outline of the unclipped land (and lakes), so the clip edges of the
    # filled polygons never show up as fake coasts.
    outlines = [p.boundary for p in src.land[shapely.intersects(src.land, box(*detail_rect))]]
    outlines += [p.boundary for p in src.lakes[shapely.intersects(src.lakes, box(*detail_rect))]]
    shore = _flatten([shapely.clip_by_rect(g, *detail_rect) for g in outlines], shapely.LineString)
    borders = _flatten(_clip(src.borders, detail_rect), shapely.LineString)
    # Coarse land outside the detailed box only: under it, its rough coast would cover the sea.
    hole = box(*detail_rect)
    world = _flatten([g.difference(hole) for g in _clip(src.world_land, world_rect)], Polygon)

    labels = _labels(src.labels, bounds, detail_rect)
    return Basemap(
        world_land=_geojson(MultiPolygon(world), 0.0) if world else None,
        land=_geojson(MultiPolygon(land), tolerance) if land else None,
        lakes=_geojson(MultiPolygon(lakes), tolerance) if lakes else None,
        shore=_geojson(MultiLineString(shore), tolerance) if shore else None,
        borders=_geojson(MultiLineString(borders), tolerance) if borders else None,
        labels=labels,
    )


def _labels(
    candidates: tuple[tuple[str, float, float, float, int], ...],
    bounds: tuple[float, float, float, float],
    detail_rect: tuple[float, ...],
) -> tuple[tuple[str, float, float], ...]:
    """One label per country big enough for the opening zoom: its main label point if that is in
    view, else its candidate point nearest the view's centre, in view or at least within the
    inlined area (seen after a little panning)."""
    south, west, north, east = bounds
    pad = max(north - south, east - west) * 0.1
    view = (west - pad, south - pad, east + pad, north + pad)
    centre_lon, centre_lat = (west + east) / 2, (south + north) / 2
    zoom = open_zoom(bounds)

    def inside(rect: tuple[float, ...], lon: float, lat: float) -> bool:
        return rect[0] <= lon <= rect[2] and rect[1] <= lat <= rect[3]

    def rank(row: tuple[str, float, float, float, int]) -> tuple[int, int, float]:
        _name, lon, lat, _min_label, is_main = row
        return (
            not inside(view, lon, lat),
            not is_main,
            (lon - centre_lon) ** 2 + (lat - centre_lat) ** 2,
        )

    best: dict[str, tuple[str, float, float, float, int]] = {}
    for row in candidates:
        name, lon, lat, min_label, _is_main = row
        if min_label > zoom + 1 or not inside(detail_rect, lon, lat):
            continue
        if name not in best or rank(row) < rank(best[name]):
            best[name] = row
    return tuple((name, row[2], row[1]) for name, row in sorted(best.items()))
