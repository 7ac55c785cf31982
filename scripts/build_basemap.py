"""Build geoviz's embedded offline basemap from Natural Earth (public domain).

Reads the 1:50m land, lakes, land-boundary and country layers and writes ``data/basemap.bin``:
simplified geometries with rounded coordinates, which the renderer clips to an incident's view and
inlines into a self-contained HTML page (no tile server). The coastline is not stored: it is the
outline of the land polygons, derived at render time.

The file is one line of JSON (meta, country label points, and where each layer's bytes are), then
each layer as one little-endian WKB Multi* geometry. Every ``geoviz build`` loads it, so it is
binary for speed: ``shapely.from_wkb`` reads all ~2,000 parts in milliseconds, where parsing the
same data from GeoJSON text and building the polygons in Python took ~0.25 s. Same input, same bytes.

Two levels of detail are kept: ``detail`` (drawn around the incident, clipped at render time) and
``world`` (a very coarse land mass drawn everywhere, so zooming out never shows an empty ocean).

    python scripts/build_basemap.py [--ne-dir DIR] [--out data/basemap.bin]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiLineString, MultiPolygon, Polygon, box, shape
from shapely.ops import polylabel

REPO = Path(__file__).resolve().parent.parent
DEFAULT_NE = Path("/work/shared/data/naturalearth")

# ~1 km: about what 1:50m resolves, and a pixel or two at the zooms an incident map opens at.
# 3 decimals are ~110 m.
DETAIL_TOLERANCE = 0.01
DETAIL_DECIMALS = 3
# The world layer is only seen zoomed far out: ~25 km vertices, islands under 2 deg² dropped.
WORLD_TOLERANCE = 0.25
WORLD_DECIMALS = 1
WORLD_MIN_AREA = 2.0
# Extra label points of big countries: one per cell of this size (degrees) they fill enough of.
LABEL_CELL = 5
TINY_AREA = 0.1
TINY_MIN_LABEL = 11.0
LABEL_CELL_MIN_AREA = 5.0


def _load(ne_dir: Path, name: str) -> list[dict[str, Any]]:
    with open(ne_dir / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)["features"]


def _polygons(features: list[dict[str, Any]]) -> list[Polygon]:
    out: list[Polygon] = []
    for feat in features:
        geom = shape(feat["geometry"])
        out.extend(geom.geoms if isinstance(geom, MultiPolygon) else [geom])
    return out


def _round(geom: Any, decimals: int) -> Any:
    # set_precision snaps to a grid and keeps the result valid (unlike rounding by hand).
    return shapely.set_precision(geom, 10**-decimals)


def _multipolygon(polys: list[Polygon], tolerance: float, decimals: int, min_area: float = 0.0) -> Any:
    parts: list[Polygon] = []
    for poly in polys:
        if poly.area < min_area:
            continue
        # Per part: neighbouring parts may touch, which GEOS rejects in one MultiPolygon.
        geom = _round(poly.simplify(tolerance, preserve_topology=True), decimals)
        parts.extend(g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and not g.is_empty)
    return MultiPolygon(parts)


def _multiline(features: list[dict[str, Any]], tolerance: float, decimals: int) -> Any:
    lines = []
    for feat in features:
        geom = shape(feat["geometry"]).simplify(tolerance, preserve_topology=False)
        lines.extend(getattr(geom, "geoms", [geom]))
    return _round(MultiLineString([ln for ln in lines if not ln.is_empty and ln.length > 0]), decimals)


def _label_point(poly: Polygon) -> tuple[float, float]:
    point = polylabel(poly, tolerance=0.05)
    return round(point.x, 2), round(point.y, 2)


def _labels(features: list[dict[str, Any]]) -> list[list[Any]]:
    """Country label points: the main one (pole of inaccessibility of the largest part) and, for
    big countries, one per 5-degree cell they fill, so a view showing only part of Russia or
    Kazakhstan still finds a label point inside it."""
    out = []
    for feat in features:
        props = feat["properties"]
        name = props.get("NAME") or props.get("ADMIN")
        rank = float(props.get("MIN_LABEL") or props.get("LABELRANK") or 5)
        geom = shape(feat["geometry"])
        if geom.area < TINY_AREA:
            # San Marino, Vatican, Monaco...: only worth a label when zoomed in on them.
            rank = max(rank, TINY_MIN_LABEL)
        largest = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        main = _label_point(largest)
        out.append([name, *main, rank, 1])
        if geom.area < LABEL_CELL_MIN_AREA * 3:
            continue
        west, south, east, north = (int(v // LABEL_CELL) * LABEL_CELL for v in geom.bounds)
        for x in range(west, east + 1, LABEL_CELL):
            for y in range(south, north + 1, LABEL_CELL):
                piece = geom.intersection(box(x, y, x + LABEL_CELL, y + LABEL_CELL))
                polys = [g for g in getattr(piece, "geoms", [piece]) if isinstance(g, Polygon)]
                if not polys or max(p.area for p in polys) < LABEL_CELL_MIN_AREA:
                    continue
                lon, lat = _label_point(max(polys, key=lambda g: g.area))
                if abs(lon - main[0]) + abs(lat - main[1]) > LABEL_CELL / 2:
                    out.append([name, lon, lat, rank, 0])
    return sorted(out)


FORMAT = "geoviz-basemap/1"
# Layer name -> geometry type the renderer expects (it splits each into its parts).
LAYER_TYPES = {
    "world_land": "MultiPolygon",
    "world_lakes": "MultiPolygon",
    "land": "MultiPolygon",
    "lakes": "MultiPolygon",
    "borders": "MultiLineString",
}


def build(ne_dir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header fields, layer name -> shapely geometry)."""
    land = _polygons(_load(ne_dir, "ne_50m_land"))
    lakes = _polygons(_load(ne_dir, "ne_50m_lakes"))
    layers = {
        "world_land": _multipolygon(land, WORLD_TOLERANCE, WORLD_DECIMALS, WORLD_MIN_AREA),
        "world_lakes": _multipolygon(lakes, WORLD_TOLERANCE, WORLD_DECIMALS, WORLD_MIN_AREA * 10),
        "land": _multipolygon(land, DETAIL_TOLERANCE, DETAIL_DECIMALS),
        "lakes": _multipolygon(lakes, DETAIL_TOLERANCE, DETAIL_DECIMALS),
        "borders": _multiline(
            _load(ne_dir, "ne_50m_admin_0_boundary_lines_land"), DETAIL_TOLERANCE, DETAIL_DECIMALS
        ),
    }
    header = {
        "format": FORMAT,
        "meta": {
            "source": "Natural Earth 1:50m (public domain), via scripts/build_basemap.py",
            "layers": "world_land, world_lakes (coarse), land, lakes (their outlines are the coastline "
            "and shores): MultiPolygon; borders: MultiLineString; each little-endian WKB at "
            "[offset, length] after the header line; labels: [name, lon, lat, min_label, 1 for the "
            "main label point else 0]",
            "detail": {"tolerance_deg": DETAIL_TOLERANCE, "decimals": DETAIL_DECIMALS},
            "world": {"tolerance_deg": WORLD_TOLERANCE, "decimals": WORLD_DECIMALS},
        },
        "labels": _labels(_load(ne_dir, "ne_50m_admin_0_countries")),
    }
    return header, layers


def encode(header: dict[str, Any], layers: dict[str, Any]) -> bytes:
    """The file: the header as one line of JSON (with each layer's [offset, length] in the bytes
    after that line), then the layers' WKB."""
    blobs: list[bytes] = []
    index: dict[str, list[int]] = {}
    offset = 0
    for name, kind in LAYER_TYPES.items():
        geom = layers[name]
        if geom.geom_type != kind:
            raise ValueError(f"layer {name} is a {geom.geom_type}, not a {kind}")
        # Little-endian explicitly: the bytes must not depend on the machine that builds them.
        blob = shapely.to_wkb(geom, byte_order=1)
        index[name] = [offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    # json.dumps never writes a raw newline, so the first b"\n" ends the header.
    line = json.dumps({**header, "layers": index}, separators=(",", ":"), ensure_ascii=False)
    return line.encode("utf-8") + b"\n" + b"".join(blobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ne-dir", type=Path, default=DEFAULT_NE, help="folder of Natural Earth GeoJSON")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "basemap.bin")
    args = parser.parse_args()
    data = encode(*build(args.ne_dir))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
