"""How each feature role looks: colours, line styles, marker symbols, and the legend built from them.

The palette is the single source of truth: the page's CSS reads it as ``--gv-<name>`` variables, so
map symbols, legend and side panel always agree.
"""

from __future__ import annotations

from dataclasses import dataclass

PALETTE: dict[str, str] = {
    "flown": "#b3261e",  # the flight as flown: the story's main line
    "planned": "#3d5a80",  # the route as scheduled
    "stop": "#1d3557",  # origin and planned destination
    "diversion": "#d9730d",
    "crash": "#c1121f",
    "event": "#6a2c91",
    "place": "#6c757d",
    "area": "#3f7cac",
    "sea": "#d6e4ee",
    "land": "#f3f0e8",
    "shore": "#9fb3c2",
    "border": "#a59c94",
    "label": "#8a8178",
    "ink": "#1f2328",
    "muted": "#5c6670",
}

ROLE_NAMES: dict[str, str] = {
    "origin": "Origin",
    "destination": "Planned destination",
    "diversion": "Diversion",
    "crash_site": "Crash site",
    "event": "Event",
    "place": "Place mentioned",
    "planned_route": "Planned route",
    "flown_route": "Flight path",
    "area": "Region or sea",
}

POINT_ROLES = frozenset({"origin", "destination", "diversion", "crash_site", "event", "place"})
LINE_ROLES = frozenset({"planned_route", "flown_route"})


@dataclass(frozen=True, slots=True)
class Layer:
    """An overlay of the layer control; ``rank`` orders them bottom (0) to top."""

    key: str
    name: str
    rank: int


# Bottom to top, so later groups draw over earlier ones.
LAYERS: dict[str, Layer] = {
    "area": Layer("areas", "Regions and seas", 0),
    "planned_route": Layer("planned", "Planned route", 1),
    "flown_route": Layer("flown", "Flight path", 2),
    "place": Layer("places", "Other places mentioned", 3),
    "event": Layer("events", "Events", 4),
    "origin": Layer("stops", "Origin, destination, diversion", 5),
    "destination": Layer("stops", "Origin, destination, diversion", 5),
    "diversion": Layer("stops", "Origin, destination, diversion", 5),
    "crash_site": Layer("crash", "Crash site", 6),
}


def line_style(role: str, inferred: bool) -> dict[str, object]:
    """Leaflet path options of a route segment: planned dashed, flown solid, inferred dotted."""
    color = PALETTE["planned" if role == "planned_route" else "flown"]
    if role == "planned_route":
        style: dict[str, object] = {"color": color, "weight": 2.5, "opacity": 0.9, "dash_array": "8 7"}
    else:
        style = {"color": color, "weight": 3.5, "opacity": 0.95}
    if inferred:
        # Round caps turn "1 7" into a row of dots: visibly drawn by geoviz, not by a source.
        style.update(weight=3, opacity=0.6, dash_array="1 7", line_cap="round")
    return style


CASING = {"color": "#ffffff", "opacity": 0.85, "line_cap": "round", "line_join": "round"}
UNCERTAINTY = {
    "color": PALETTE["crash"], "weight": 1.5, "opacity": 0.8, "dash_array": "4 4",
    "fill_color": PALETTE["crash"], "fill_opacity": 0.08,
}
PLACE_DOT = {
    "radius": 4.5, "color": "#ffffff", "weight": 1.5, "fill_color": PALETTE["place"], "fill_opacity": 1.0,
}
AREA = {
    "color": PALETTE["area"], "weight": 1, "opacity": 0.5, "dashArray": "3 4",
    "fillColor": PALETTE["area"], "fillOpacity": 0.07,
}

_CRASH_SVG = (
    '<svg viewBox="-13 -13 26 26" width="26" height="26" aria-hidden="true">'
    '<circle r="11" fill="#fff" stroke="var(--gv-crash)" stroke-width="2.5"/>'
    '<path d="M-5-5L5 5M5-5L-5 5" stroke="var(--gv-crash)" stroke-width="3.2" stroke-linecap="round"/>'
    "</svg>"
)
_EVENT_SVG = (
    '<svg viewBox="-11 -11 22 22" width="22" height="22" aria-hidden="true">'
    '<path d="M0-9L9.5 7.5H-9.5Z" fill="var(--gv-event)" stroke="#fff" stroke-width="1.8" '
    'stroke-linejoin="round"/>'
    '<path d="M0-3.5V2" stroke="#fff" stroke-width="2" stroke-linecap="round"/>'
    '<circle cy="4.8" r="1.1" fill="#fff"/></svg>'
)
# role -> (inner HTML, icon size in px)
_SYMBOLS: dict[str, tuple[str, int]] = {
    "crash_site": (_CRASH_SVG, 26),
    "event": (_EVENT_SVG, 22),
    "origin": ('<span class="gv-sym gv-sym-origin"></span>', 16),
    "destination": ('<span class="gv-sym gv-sym-destination"></span>', 16),
    "diversion": ('<span class="gv-sym gv-sym-diversion"></span>', 16),
}


def marker_symbol(role: str, *, inferred: bool = False, badge: int | None = None) -> tuple[str, int]:
    """HTML of a point marker's DivIcon and its size. ``badge`` is the timeline number."""
    inner, size = _SYMBOLS.get(role, ('<span class="gv-sym gv-sym-place"></span>', 10))
    classes = "gv-mk" + (" gv-inferred" if inferred else "")
    badge_html = f'<span class="gv-badge">{int(badge)}</span>' if badge is not None else ""
    return f'<span class="{classes}" style="width:{size}px;height:{size}px">{inner}{badge_html}</span>', size


def _line_sample(style: dict[str, object], casing: bool = True) -> str:
    dash = style.get("dash_array")
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    under = (
        f'<line x1="3" y1="6" x2="31" y2="6" stroke="#fff" stroke-width="{float(style["weight"]) + 3}" '  # type: ignore[arg-type]
        'stroke-linecap="round"/>'
        if casing else ""
    )
    return (
        '<svg width="34" height="12" aria-hidden="true">' + under
        + f'<line x1="3" y1="6" x2="31" y2="6" stroke="{style["color"]}" stroke-width="{style["weight"]}" '
        f'stroke-opacity="{style["opacity"]}" stroke-linecap="round"{dash_attr}/></svg>'
    )


def legend_html(roles: set[str], *, any_inferred: bool, any_uncertainty: bool) -> str:
    """The map legend, listing only what the map shows. Holds no source text."""
    rows: list[tuple[str, str]] = []
    if "flown_route" in roles:
        rows.append((_line_sample(line_style("flown_route", False)), "Flight path (reported)"))
    if "planned_route" in roles:
        rows.append((_line_sample(line_style("planned_route", False)), "Planned route"))
    if any_inferred:
        rows.append((
            _line_sample(line_style("flown_route", True)),
            "Inferred: drawn by geoviz, not stated by a source",
        ))
    if "flown_route" in roles:
        rows.append(('<span class="gv-arrow gv-arrow-legend"></span>', "Direction of flight"))
    for role in ("origin", "destination", "diversion", "event", "crash_site"):
        if role in roles:
            html, _size = marker_symbol(role)
            rows.append((html, ROLE_NAMES[role]))
    if any_uncertainty:
        rows.append(('<span class="gv-halo"></span>', "Uncertainty halo around a vague position"))
    if "place" in roles:
        rows.append(('<span class="gv-sym gv-sym-place"></span>', ROLE_NAMES["place"]))
    if "area" in roles:
        rows.append(('<span class="gv-area-sample"></span>', ROLE_NAMES["area"]))
    rows.append(('<span class="gv-badge gv-badge-legend">1</span>', "Step of the timeline"))
    items = "".join(
        f'<li><span class="gv-legend-sym">{sym}</span><span>{text}</span></li>' for sym, text in rows
    )
    return f'<details class="gv-legend-box" open><summary>Legend</summary><ul>{items}</ul></details>'


def css_variables() -> str:
    return ":root{" + ";".join(f"--gv-{name}:{value}" for name, value in PALETTE.items()) + "}"
