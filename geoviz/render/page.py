"""Assembles the page: offline map, basemap, features, layer control, panel, legend, inlined assets."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import folium
import xyzservices
from folium.map import CustomPane

from geoviz.model import IncidentMap
from geoviz.render import basemap as basemap_mod
from geoviz.render import style
from geoviz.render.assets import RenderError, leaflet_css, leaflet_js, static_text
from geoviz.render.content import Citations, Entry, panel_html
from geoviz.render.draw import Drawer, anchor, overlay_groups
from geoviz.render.elements import GeoJsonData, OfflineMap, OnLayer, Page, Raw, stack
from geoviz.render.escape import esc, js
from geoviz.render.ids import deterministic_ids
from geoviz.render.macro import literal_output

# Friendly names of a few keyless xyzservices providers (any other keyless one works too).
# xyzservices now marks CartoDB as needing an API key, so it is not among them.
ONLINE_TILES: dict[str, str] = {
    "OpenStreetMap.Mapnik": "OpenStreetMap",
    "OpenTopoMap": "OpenTopoMap",
    "Esri.WorldImagery": "Esri World Imagery",
}
OFFLINE_NAME = "Offline map (Natural Earth)"
ATTRIBUTION = (
    '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), '
    '<a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), '
    '<a href="https://github.com/mborsetti/airportsdata">airportsdata</a> (MIT), '
    '<a href="https://leafletjs.com/">Leaflet</a>'
)
_WORLD = (-60.0, -170.0, 75.0, 170.0)


def _bounds(incident: IncidentMap) -> tuple[float, float, float, float]:
    """``incident.bounds`` if usable, else the features' extent, else the world."""
    try:
        south, west, north, east = (float(v) for v in incident.bounds)
    except (TypeError, ValueError):
        south = west = north = east = math.nan
    if all(map(math.isfinite, (south, west, north, east))) and south <= north and west <= east:
        return (max(south, -85.0), max(west, -180.0), min(north, 85.0), min(east, 180.0))
    points = [p for p in (anchor(f) for f in incident.features) if p is not None]
    if points:
        xs, ys = [p.x for p in points], [p.y for p in points]
        return (min(ys), min(xs), max(ys), max(xs))
    return _WORLD


def _provider(name: str) -> Any:
    """The xyzservices provider for ``name`` ("OpenStreetMap", "Esri.WorldImagery", ...)."""
    providers = xyzservices.providers
    try:
        provider = providers.query_name(name)
    except ValueError:
        # A family name ("OpenStreetMap", "Esri") means its first (default) member.
        family = next((v for k, v in providers.items() if k.lower() == name.strip().lower()), None)
        provider = next(iter(family.flatten().values()), None) if family is not None else None
        if provider is None:
            raise RenderError(
                f"unknown tile provider {name!r}; use an xyzservices name such as {', '.join(ONLINE_TILES)}"
            ) from None
    if provider.requires_token():
        raise RenderError(f"tile provider {provider.name!r} needs an API key; choose a keyless one")
    return provider


def tile_names(tiles: str | Sequence[str] | None) -> list[str]:
    """``tiles`` as a list of names: None, one name, a comma-separated string, or a sequence."""
    if tiles is None:
        return []
    items = tiles.split(",") if isinstance(tiles, str) else list(tiles)
    return [t.strip() for t in items if t and t.strip()]


def _tile_layers(m: folium.Map, tiles: str | Sequence[str] | None) -> None:
    """Online tile layers as alternatives to the embedded basemap in the layer control. They are
    not shown at first, and a layer that is not on the map requests no tiles."""
    seen: set[str] = set()
    for name in tile_names(tiles):
        provider = _provider(name)
        if provider.name in seen:
            continue
        seen.add(provider.name)
        label = f"{ONLINE_TILES.get(provider.name, provider.name)} (online)"
        folium.TileLayer(provider, name=label, overlay=False, control=True, show=False).add_to(m)


def _basemap(m: folium.Map, bounds: tuple[float, float, float, float]) -> None:
    data = basemap_mod.clip(bounds)
    CustomPane("gvBasemap", z_index=250, pointer_events=False).add_to(m)
    CustomPane("gvLabels", z_index=350, pointer_events=False).add_to(m)
    group = folium.FeatureGroup(name=OFFLINE_NAME, overlay=False, control=True).add_to(m)
    fill = {"stroke": False, "fill": True, "fillOpacity": 1}
    layers = [
        (data.world_land, {**fill, "fillColor": style.PALETTE["land"]}),
        (data.land, {**fill, "fillColor": style.PALETTE["land"]}),
        (data.lakes, {**fill, "fillColor": style.PALETTE["sea"]}),
        (data.shore, {"color": style.PALETTE["shore"], "weight": 0.9, "fill": False}),
        (data.borders, {"color": style.PALETTE["border"], "weight": 1, "dashArray": "5 3", "fill": False}),
    ]
    for geometry, path_style in layers:
        if geometry is not None:
            GeoJsonData(geometry, style=path_style, pane="gvBasemap", interactive=False).add_to(group)
    for name, lat, lon in data.labels:
        html = f'<span class="gv-country">{esc(name)}</span>'
        folium.Marker(
            (lat, lon), icon=folium.DivIcon(html=html, icon_size=(0, 0), class_name="gv-icon"),
            pane="gvLabels", interactive=False, keyboard=False,
        ).add_to(group)


def _entries(incident: IncidentMap) -> list[Entry]:
    """Features with their keys and timeline numbers (1, 2, ... in ``order``, ties by position)."""
    ordered = sorted(
        (i for i, f in enumerate(incident.features) if f.order is not None),
        key=lambda i: (incident.features[i].order, i),
    )
    number = {i: n for n, i in enumerate(ordered, 1)}
    return [
        Entry(key=f"f{i}", feature=f, number=number.get(i), drawn=anchor(f) is not None)
        for i, f in enumerate(incident.features)
    ]


def _shell(incident: IncidentMap, panel: str) -> str:
    summary = f'<p class="gv-dek">{esc(incident.summary)}</p>' if incident.summary else ""
    return (
        '<header class="gv-bar"><button type="button" id="gv-toggle" class="gv-toggle" '
        'aria-controls="gv-panel" aria-expanded="true" title="Show or hide the details panel">'
        '<span class="gv-toggle-icon" aria-hidden="true"></span><span class="gv-toggle-text">Details</span>'
        f'</button><div class="gv-heading"><h1>{esc(incident.title or "Incident map")}</h1>{summary}</div>'
        "</header>"
        f'<aside id="gv-panel" class="gv-panel" aria-label="Details">{panel}</aside>'
    )


def _build(incident: IncidentMap, tiles: str | Sequence[str] | None) -> Page:
    bounds = _bounds(incident)
    south, west, north, east = bounds
    view_span = max(north - south, east - west, 0.05)
    page = Page(title=incident.title or "Incident map")
    m = OfflineMap(
        location=((south + north) / 2, (west + east) / 2),
        zoom_start=max(1, min(12, int(basemap_mod.open_zoom(bounds)))),
        tiles=None,
        control_scale=True,
    )
    page.add_child(m)
    _tile_layers(m, tiles)
    _basemap(m, bounds)

    entries = _entries(incident)
    groups = overlay_groups(incident.features)
    for group in groups.values():
        group.add_to(m)
    if "areas" in groups:
        groups["areas"].add_child(stack("back"))
    if "flown" in groups:
        groups["flown"].add_child(stack("front"))
    citations = Citations(incident)
    drawer = Drawer(groups, citations, view_span, entries)
    for entry in entries:
        drawer.draw(entry)

    folium.LayerControl(position="topright", collapsed=True).add_to(m)

    drawn = [e.feature for e in entries if e.drawn]
    any_inferred = any(
        f.inferred or any(inf for _line, inf in f.segments) for f in drawn if f.role in style.LINE_ROLES
    ) or any(f.inferred for f in drawn)
    config = {
        "legend": style.legend_html(
            {f.role for f in drawn},
            any_inferred=any_inferred,
            any_uncertainty=any(f.uncertainty_km for f in drawn),
        ),
        "attribution": ATTRIBUTION,
        # Fitted by the page script, which knows how much of the map the legend covers.
        "bounds": [[south, west], [north, east]],
        "maxZoom": 11,
    }
    m.add_child(OnLayer(lambda name: f"geoviz.start({name}, {js(config)});"))

    page.header.add_child(Raw(
        f"<style>{leaflet_css()}</style>\n<style>{style.css_variables()}\n{static_text('geoviz.css')}</style>\n"
        f"<script>{leaflet_js()}</script>\n<script>{static_text('geoviz.js')}</script>"
    ), name="gv_assets")
    page.html.add_child(Raw(_shell(incident, panel_html(incident, entries, citations))), name="gv_shell")
    return page


def render_html(incident: IncidentMap, *, tiles: str | Sequence[str] | None = None) -> str:
    """The incident as one self-contained HTML page. Same input, same bytes.

    The page draws an embedded Natural Earth basemap and makes no network request. ``tiles`` adds
    online tile layers (xyzservices names: ``"OpenStreetMap"``, ``"Esri.WorldImagery"``, ...; one
    name, a comma-separated string or a sequence) as alternatives in the layer control; they load
    nothing until the reader picks one. Raises :class:`RenderError` for an unknown provider, one
    that needs an API key, or missing basemap data.
    """
    with deterministic_ids(), literal_output():
        page = _build(incident, tiles)
        return page.render()
