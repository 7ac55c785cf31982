"""Draws the IncidentMap's features onto a folium map, one overlay group per kind of element.

Geometries are shapely values in (lon, lat); Leaflet wants [lat, lon]. Untrusted text reaches the
map only through :mod:`geoviz.render.content` (escaped HTML) and :mod:`geoviz.render.elements`
(JSON-escaped JavaScript).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import folium
import numpy as np
import shapely
from branca.element import Element
from folium.features import DivIcon
from shapely.geometry import LineString, MultiLineString, Point, mapping

from geoviz.model import MapFeature
from geoviz.render import style
from geoviz.render.content import Citations, Entry, popup_html
from geoviz.render.elements import GeoJsonData, bind_popup, bind_tooltip, register, stack
from geoviz.render.escape import esc

Latlng = tuple[float, float]
POPUP_OPTIONS = {"maxWidth": 360, "minWidth": 220, "className": "gv-popup", "autoPanPadding": [24, 24]}
_PERMANENT_LABEL = frozenset({"origin", "destination", "diversion", "crash_site", "event"})
_SHAPES = frozenset({"Polygon", "MultiPolygon", "LineString", "MultiLineString"})
# The crash site's symbol is the biggest: the smaller stop markers it may overlap go on top of it.
_Z_OFFSET = {"crash_site": 300, "origin": 500, "destination": 500, "diversion": 600, "event": 400}


def _latlng(point: Point) -> Latlng:
    return (round(point.y, 5), round(point.x, 5))


def _lines(geom: Any) -> list[LineString]:
    if isinstance(geom, LineString):
        return [geom] if not geom.is_empty and len(geom.coords) >= 2 else []
    if isinstance(geom, MultiLineString):
        return [g for g in geom.geoms if not g.is_empty and len(g.coords) >= 2]
    return []


def segments(feature: MapFeature) -> list[tuple[LineString, bool]]:
    """A route's parts, each with its ``inferred`` flag: ``segments`` if given, else the geometry."""
    if feature.segments:
        return [(line, bool(inferred)) for geom, inferred in feature.segments for line in _lines(geom)]
    return [(line, feature.inferred) for line in _lines(feature.geometry)]


def anchor(feature: MapFeature) -> Point | None:
    """Where a feature's popup opens and its badge sits: the point, a route's middle, an area's
    representative point. None when the feature has no usable geometry."""
    geom = feature.geometry
    if feature.role in style.LINE_ROLES:
        parts = [line for line, _inferred in segments(feature)]
        if parts:
            longest = max(parts, key=lambda g: g.length)
            return longest.interpolate(0.5, normalized=True)
    if geom is None or getattr(geom, "is_empty", True) or not hasattr(geom, "geom_type"):
        return None
    if not np.all(np.isfinite(shapely.get_coordinates(geom))):
        return None
    return geom if isinstance(geom, Point) else geom.representative_point()


def _mercator_bearing(a: Point, b: Point) -> float:
    """Direction from a to b on the (Web Mercator) screen, degrees clockwise from up."""
    def y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, lat))) / 2))

    return math.degrees(math.atan2(math.radians(b.x - a.x), y(b.y) - y(a.y))) % 360


def _arrow_positions(line: LineString, view_span: float) -> list[tuple[Point, float]]:
    """Arrowheads along a segment: one in the middle, more on legs long for the view."""
    count = max(1, min(4, round(line.length / max(view_span * 0.35, 1e-9))))
    out = []
    for i in range(count):
        at = (i + 0.5) / count
        before = line.interpolate(max(0.0, at - 0.01), normalized=True)
        after = line.interpolate(min(1.0, at + 0.01), normalized=True)
        if before.equals(after):
            continue
        out.append((line.interpolate(at, normalized=True), _mercator_bearing(before, after)))
    return out


def _icon(html: str, size: int, class_name: str = "gv-icon") -> DivIcon:
    half = size // 2
    return DivIcon(html=html, icon_size=(size, size), icon_anchor=(half, half), class_name=class_name)


class Drawer:
    """Adds every feature to its overlay group and records what the page script must know."""

    def __init__(
        self,
        groups: dict[str, folium.FeatureGroup],
        citations: Citations,
        view_span: float,
        entries: Sequence[Entry] = (),
    ):
        self.groups = groups
        self.citations = citations
        self.view_span = view_span
        self.tolerance = view_span / 4000.0
        # Markers with a name written beside them, to keep two names from covering each other.
        self.labelled = [
            (e.key, p) for e in entries
            if e.feature.role not in style.LINE_ROLES | {"area"} and (p := anchor(e.feature)) is not None
        ]
        self._rank = {key: i for i, (key, _point) in enumerate(self.labelled)}
        self._numbers = {e.key: e.number for e in entries if e.number is not None}

    def _badge_moved(self, key: str, point: Point) -> bool:
        """Two numbered markers a few kilometres apart (a crash by its airport) overlap at the
        opening zoom: the later step's badge moves to the lower left, so both numbers show."""
        number = self._numbers.get(key)
        near = self.view_span * 0.04
        return number is not None and any(
            other_key != key and self._numbers.get(other_key, number) < number
            and abs(other.x - point.x) < near and abs(other.y - point.y) < near
            for other_key, other in self.labelled)

    def _label_direction(self, key: str, point: Point) -> str:
        """Write the name on the left when another named marker sits close on the right (of two
        at the same longitude, the one listed first goes left), so two names never overlap."""
        near_x, near_y = self.view_span * 0.15, self.view_span * 0.04
        for other_key, other in self.labelled:
            dx = other.x - point.x
            if other_key == key or not 0 <= dx < near_x or abs(other.y - point.y) >= near_y:
                continue
            if dx > 0 or self._rank[key] < self._rank[other_key]:
                return "left"
        return "right"

    def draw(self, entry: Entry) -> None:
        f = entry.feature
        point = anchor(f)
        if point is None:
            return
        group = self.groups[layer_of(f).key]
        popup = bind_popup(popup_html(entry, self.citations), **POPUP_OPTIONS)
        if f.role in style.LINE_ROLES:
            layer = self._route(f, group, entry.number, point)
        elif f.role == "area":
            layer = self._area(f, group, point)
        elif f.role not in style.POINT_ROLES or f.role == "place":
            layer = folium.CircleMarker(_latlng(point), **style.PLACE_DOT).add_to(group)
            direction = self._label_direction(entry.key, point)
            layer.add_child(bind_tooltip(
                esc(f.name), permanent=True, direction=direction,
                offset=[7 if direction == "right" else -7, 0], className="gv-label gv-label-place",
            ))
        else:
            layer = self._marker(entry.key, f, group, entry.number, point)
        layer.add_child(popup)
        layer.add_child(register(entry.key, group, _latlng(point)))

    def _marker(self, key: str, f: MapFeature, group: Element, number: int | None, point: Point) -> Element:
        if f.uncertainty_km and f.uncertainty_km > 0 and math.isfinite(f.uncertainty_km):
            radius = round(f.uncertainty_km * 1000)
            halo = folium.Circle(_latlng(point), radius=radius, class_name="gv-nohit", **style.UNCERTAINTY)
            halo.add_to(group)
            halo.add_child(stack("back"))
        html, size = style.marker_symbol(f.role, inferred=f.inferred, badge=number)
        if self._badge_moved(key, point):
            html = html.replace('class="gv-badge"', 'class="gv-badge gv-badge-alt"', 1)
        label = f"{style.ROLE_NAMES.get(f.role, f.role)}: {f.name}"
        html = html.replace('class="gv-mk', f'role="img" aria-label="{esc(label)}" class="gv-mk', 1)
        marker = folium.Marker(
            _latlng(point), icon=_icon(html, size), z_index_offset=_Z_OFFSET.get(f.role, 0)
        ).add_to(group)
        if f.role in _PERMANENT_LABEL:
            text = "Crash site" if f.role == "crash_site" else f.name
            direction = self._label_direction(key, point)
            offset = size // 2 + 2
            marker.add_child(bind_tooltip(
                esc(text), permanent=True, direction=direction,
                offset=[offset if direction == "right" else -offset, 0],
                className=f"gv-label gv-label-{f.role}",
            ))
        return marker

    def _route(self, f: MapFeature, group: Element, number: int | None, point: Point) -> Element:
        layer = folium.FeatureGroup(control=False).add_to(group)
        parts = segments(f)
        # White casings first, under every part, so the line reads on any background.
        for line, inferred in parts:
            casing_width = float(style.line_style(f.role, inferred)["weight"]) + 3.5  # type: ignore[arg-type]
            folium.PolyLine(
                self._coords(line), weight=casing_width, class_name="gv-nohit", **style.CASING
            ).add_to(layer)
        for line, inferred in parts:
            folium.PolyLine(self._coords(line), **style.line_style(f.role, inferred)).add_to(layer)
        if f.role == "flown_route":
            for line, inferred in parts:
                for at, bearing in _arrow_positions(line, self.view_span):
                    arrow = f'<span class="gv-arrow{" gv-inferred" if inferred else ""}" ' \
                            f'style="transform:rotate({bearing:.0f}deg)"></span>'
                    folium.Marker(
                        _latlng(at), icon=_icon(arrow, 14), interactive=False, keyboard=False
                    ).add_to(layer)
        if number is not None:
            badge = f'<span class="gv-badge gv-badge-line">{int(number)}</span>'
            folium.Marker(_latlng(point), icon=_icon(badge, 18)).add_to(layer)
        return layer

    def _area(self, f: MapFeature, group: Element, point: Point) -> Element:
        layer = folium.FeatureGroup(control=False).add_to(group)
        geom = f.geometry
        if geom is not None and geom.geom_type in _SHAPES:
            GeoJsonData(self._geojson(geom), style=style.AREA).add_to(layer)
        label = f'<span class="gv-area-label">{esc(f.name)}</span>'
        icon = DivIcon(html=label, icon_size=(0, 0), class_name="gv-icon")
        folium.Marker(_latlng(point), icon=icon).add_to(layer)
        return layer

    def _coords(self, line: LineString) -> list[list[float]]:
        simple = line.simplify(self.tolerance) if self.tolerance > 0 else line
        return [[round(y, 4), round(x, 4)] for x, y, *_ in simple.coords]

    def _geojson(self, geom: Any) -> dict[str, Any]:
        simple = geom.simplify(self.tolerance, preserve_topology=True) if self.tolerance > 0 else geom
        return mapping(shapely.transform(simple, lambda xy: np.round(xy, 4)))


def layer_of(feature: MapFeature) -> style.Layer:
    """The overlay a feature belongs to; a role geoviz does not know is drawn as a place."""
    return style.LAYERS.get(feature.role, style.LAYERS["place"])


def overlay_groups(features: Sequence[MapFeature]) -> dict[str, folium.FeatureGroup]:
    """One FeatureGroup per overlay the features need, bottom to top (creation order is draw order)."""
    layers = sorted({layer_of(f) for f in features if anchor(f) is not None}, key=lambda la: la.rank)
    return {layer.key: folium.FeatureGroup(name=layer.name, overlay=True, control=True) for layer in layers}
