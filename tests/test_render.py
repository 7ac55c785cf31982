"""Render stage: a self-contained, deterministic, escaped HTML page from an IncidentMap.

Uses the fictional incident of conftest.py (``fictional_incident``, ``hostile_incident``).
The browser-level checks (no requests, no dialogs, clicks) are in test_browser.py.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest
from branca.element import Element, MacroElement
from shapely.geometry import LineString, Point

from geoviz.model import IncidentMap, MapFeature, SourceInfo
from geoviz.render import ATTRIBUTION, RenderError, assets, basemap, render_html
from geoviz.render import page as page_module
from geoviz.render.escape import esc, js
from geoviz.render.ids import deterministic_ids
from geoviz.render.macro import literal_output

CDN_HINTS = (
    "cdn.jsdelivr", "cdnjs.", "code.jquery", "bootstrapcdn", "fontawesome", "awesome-markers", "unpkg",
)


class _Tags(HTMLParser):
    """Collects start tags with their attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def _popups(html: str) -> list[str]:
    """The HTML of every popup, decoded from the bindPopup(<json>, ...) calls."""
    decoder = json.JSONDecoder()
    out = []
    for match in re.finditer(r"\w\.bindPopup\((?=\")", html):
        value, _end = decoder.raw_decode(html, match.end())
        out.append(value)
    return out


@pytest.fixture
def page(fictional_incident: IncidentMap) -> str:
    return render_html(fictional_incident)


# ---------------------------------------------------------------------------- self-contained


def test_page_loads_nothing_from_outside(page: str) -> None:
    tags = _tags(page)
    assert not [t for t, a in tags if t == "link"], "no <link> (stylesheets are inlined)"
    assert not [a for t, a in tags if t == "script" and a.get("src")], "no external script"
    assert not [t for t, a in tags if t in {"img", "iframe", "object", "embed", "video", "audio"}]
    for hint in CDN_HINTS:
        assert hint not in page
    # CSS may only point at inlined data or in-page fragments.
    for url in re.findall(r"url\(\s*['\"]?([^'\")]+)", page):
        assert url.startswith(("data:", "#")), url
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    assert "L.tileLayer" not in page, "no tiles unless asked for"


def test_leaflet_and_page_assets_are_inlined(page: str) -> None:
    assert "Leaflet 1.9" in page or "leafletjs.com" in page
    assert ".leaflet-container" in page
    assert "data:image/png;base64," in page  # layer-control icon from leaflet.css
    assert "window.geoviz" in page and "geoviz.start(" in page
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<meta charset="utf-8">' in page
    # Scripts live inside <body>, after the markup they use.
    assert page.rindex("<script>") < page.index("</body>")


def test_page_size_stays_small(page: str) -> None:
    # Leaflet (~147 KB) + CSS + basemap around the Adriatic + features.
    assert len(page.encode("utf-8")) < 400_000


# ---------------------------------------------------------------------------- deterministic


def test_same_map_same_bytes(fictional_incident: IncidentMap) -> None:
    first = render_html(fictional_incident)
    Element()  # random ids in between must not matter
    second = render_html(fictional_incident)
    assert first == second
    assert first == render_html(dataclasses.replace(fictional_incident))


def test_ids_are_random_again_after_rendering(fictional_incident: IncidentMap) -> None:
    render_html(fictional_incident)
    assert Element()._id != Element()._id
    assert len(Element()._id) == 32


def test_deterministic_ids_restore_on_error() -> None:
    original = Element.__dict__["_generate_id"]
    with pytest.raises(RuntimeError), deterministic_ids():
        assert Element()._id == "0001"
        raise RuntimeError
    assert Element.__dict__["_generate_id"] is original


def test_literal_output_renders_like_branca(fictional_incident: IncidentMap) -> None:
    # geoviz.render.macro skips branca's per-element template compile: the page must not change.
    with deterministic_ids():
        expected = page_module._build(fictional_incident, "OpenStreetMap").render()
    assert render_html(fictional_incident, tiles="OpenStreetMap") == expected
    original = MacroElement.__dict__["render"]
    with pytest.raises(RuntimeError), literal_output():
        assert MacroElement.__dict__["render"] is not original
        raise RuntimeError
    assert MacroElement.__dict__["render"] is original


def test_no_timestamps_or_random_names(page: str) -> None:
    assert not re.search(r"[0-9a-f]{32}", page), "no uuid/urandom hex ids"
    assert not re.search(r"20\d\d-\d\d-\d\d", page)


# ---------------------------------------------------------------------------- untrusted text


def test_payloads_never_reach_the_page_raw(
    hostile_incident: IncidentMap, xss_payloads: tuple[str, ...]
) -> None:
    page = render_html(hostile_incident)
    for payload in xss_payloads:
        if payload == "javascript:alert(1)":
            continue  # harmless as text; checked below as a link target
        assert payload not in page, payload
    for tag, attrs in _tags(page):
        for name, value in attrs.items():
            if name in {"href", "src", "action", "formaction"} and value:
                assert not value.strip().lower().startswith("javascript:"), (tag, name, value)
            assert not name.startswith("on"), f"event handler attribute on <{tag}>"
    # Markup in the payloads stays text: no tag the page does not make itself.
    assert not [t for t, _a in _tags(page) if t in {"img", "b", "iframe"}]


def test_template_syntax_in_sources_is_not_evaluated(hostile_incident: IncidentMap) -> None:
    # branca re-parses element output as Jinja: "{{ 7*7 }}" from an article must stay text.
    page = render_html(hostile_incident)
    assert "{{" not in page and "{%" not in page
    assert "&#123;&#123; 7*7 &#125;&#125;" in page  # in the panel, as text
    assert "\\u0026#123;\\u0026#123; 7*7" in page  # in popups: escaped HTML inside JSON
    assert "jinja{%" not in page and ">jinja<" not in page


def test_popups_keep_hostile_text_inert(hostile_incident: IncidentMap) -> None:
    popups = _popups(render_html(hostile_incident))
    assert popups
    for html in popups:
        assert "<script" not in html and "<img" not in html and "<svg" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_esc_and_js_helpers() -> None:
    assert esc('<a href="x">{{y}}</a>') == "&lt;a href=&quot;x&quot;&gt;&#123;&#123;y&#125;&#125;&lt;/a&gt;"
    tricky = ["</script><script>", "{{ 7*7 }}", "{% x %}", "\u2028\u2029", "it's", "a & b", {"k": "{v}"}]
    encoded = js(tricky)
    assert json.loads(encoded) == tricky
    for bad in ("<", ">", "&", "'", "{{", "{%", "\u2028"):
        assert bad not in encoded
    assert js({"a": {"b": 1}}) == '{"a":{"b":1}}'  # structural braces stay
    with pytest.raises(ValueError):
        js(math.nan)


# ---------------------------------------------------------------------------- content


def test_title_summary_sources_and_attribution(page: str, fictional_incident: IncidentMap) -> None:
    assert "<title>Regional jet crashes near Dubrovnik after diverting</title>" in page
    assert f"<h1>{esc(fictional_incident.title)}</h1>" in page
    assert esc(fictional_incident.summary) in page
    for source in fictional_incident.sources:
        assert esc(source.title) in page and esc(source.name) in page
    assert js(ATTRIBUTION) in page
    assert re.sub("<[^>]+>", "", ATTRIBUTION) == (
        "GeoNames (CC BY 4.0), Natural Earth (public domain), airportsdata (MIT), Leaflet"
    )
    assert "L.control.scale()" in page
    assert "L.control.layers(" in page


def test_every_feature_has_a_popup_with_its_evidence(page: str, fictional_incident: IncidentMap) -> None:
    popups = _popups(page)
    assert len(popups) == len(fictional_incident.features)
    for feature in fictional_incident.features:
        popup = next(p for p in popups if f"<h3>{esc(feature.name)}</h3>" in p)
        n = len(feature.sources)
        assert f"Stated by {n} source{'s' if n != 1 else ''}" in popup
        assert popup.count("<blockquote") == len({(e.source, e.start, e.end) for e in feature.evidence})
        for ev in feature.evidence:
            assert esc(ev.text) in popup and esc(ev.source) in popup
        if feature.label:
            assert esc(feature.label) in popup or feature.label == feature.name
        for alternative in feature.alternatives:
            assert "Other sources say:" in popup and esc(alternative) in popup


def test_timeline_is_numbered_by_order(page: str, fictional_incident: IncidentMap) -> None:
    timeline = page[page.index('id="gv-timeline"'):page.index('id="gv-elements"')]
    keys = re.findall(r'data-gv-feature="(f\d+)"', timeline)
    ordered = sorted((f.order, i) for i, f in enumerate(fictional_incident.features) if f.order is not None)
    assert keys == [f"f{i}" for _order, i in ordered]
    numbers = re.findall(r'<span class="gv-badge">(\d+)</span>', timeline)
    assert numbers == [str(n) for n in range(1, len(ordered) + 1)]
    assert "3 sources" in timeline and "2 sources" in timeline and "1 source" in timeline
    # Badges on the map markers too.
    assert page.count('class=\\"gv-badge\\"\\u003e4') >= 1


def test_conflicts_side_by_side(page: str, fictional_incident: IncidentMap) -> None:
    section = page[page.index('id="gv-conflicts"'):page.index('id="gv-sources"')]
    assert "Where sources disagree" in section
    for conflict in fictional_incident.conflicts:
        assert f"<h3>{esc(conflict.topic)}</h3>" in section
        for claim in conflict.claims:
            assert esc(claim.value) in section
            if claim.attributed_to:
                assert f"according to {esc(claim.attributed_to)}" in section
            for ev in claim.evidence:
                assert esc(ev.text) in section
    assert section.count('class="gv-claim"') == sum(len(c.claims) for c in fictional_incident.conflicts)


def test_styles_distinguish_routes_and_inferred_parts(page: str) -> None:
    # planned: dashed; flown: solid; inferred: dotted and lighter; arrowheads rotated.
    assert '"dashArray": "8 7"' in page or '"dashArray": "1 7"' in page
    assert '"dashArray": "1 7"' in page
    assert "gv-arrow" in page and "rotate(" in page
    assert "L.circle(" in page and '"radius": 3000' in page  # 3 km uncertainty halo
    config = json.loads(re.search(r"geoviz\.start\(\w+, (.*)\);", page).group(1))
    assert "Inferred: drawn by geoviz" in config["legend"]


# ---------------------------------------------------------------------------- tiles


def test_online_tiles_are_offered_but_not_shown(fictional_incident: IncidentMap) -> None:
    page = render_html(fictional_incident, tiles="OpenStreetMap, Esri.WorldImagery")
    assert page.count("L.tileLayer(") == 2
    assert '"OpenStreetMap (online)"' in page and '"Esri World Imagery (online)"' in page
    assert "openstreetmap.org/copyright" in page  # the provider's own attribution
    tile_vars = re.findall(r"var (tile_layer_\d+) = L\.tileLayer", page)
    for var in tile_vars:
        assert f"{var}.addTo(" not in page, "present in the layer control, not on the map"
    assert render_html(fictional_incident, tiles=["OpenTopoMap"]).count("L.tileLayer(") == 1


@pytest.mark.parametrize("name", ["no-such-tiles", "CartoDB.Positron"])
def test_bad_tile_providers_are_refused(fictional_incident: IncidentMap, name: str) -> None:
    with pytest.raises(RenderError):
        render_html(fictional_incident, tiles=name)


# ---------------------------------------------------------------------------- edge cases


def test_empty_incident_renders() -> None:
    empty = IncidentMap(title="", summary="", features=(), bounds=(math.nan, 0, 0, 0), sources=())
    page = render_html(empty)
    assert "<title>Incident map</title>" in page
    assert "geoviz.start(" in page


def test_unusable_features_are_listed_not_drawn(fictional_incident: IncidentMap) -> None:
    odd = (
        MapFeature("crash_site", "Nowhere", None, ()),
        MapFeature("mystery", "Unknown role", Point(16.0, 43.0), (), sources=("x",)),
        MapFeature("flown_route", "Empty line", LineString(), ()),
        MapFeature("origin", "Bad point", Point(math.nan, math.nan), ()),
    )
    incident = dataclasses.replace(
        fictional_incident, features=odd, bounds=(50.0, 10.0, 40.0, 20.0),  # south > north: ignored
        sources=(SourceInfo("x", "", "x"),),
    )
    page = render_html(incident)
    assert page.count(" disabled>") == 3
    assert "Unknown role" in page


def test_basemap_is_clipped_to_the_view() -> None:
    clipped = basemap.clip((41.0, 15.5, 46.0, 18.6))
    assert clipped.land and clipped.shore and clipped.borders and clipped.world_land
    names = {name for name, _lat, _lon in clipped.labels}
    assert {"Croatia", "Italy", "Bosnia and Herz."} & names
    assert "Vatican" not in names  # tiny states only when zoomed in
    coords = re.findall(r"-?\d+\.?\d*", json.dumps(clipped.land["coordinates"]))
    assert len(json.dumps(clipped.land)) < 100_000 and coords
    lons = [pt[0] for poly in clipped.land["coordinates"] for ring in poly for pt in ring]
    assert min(lons) >= 15.5 - 15 and max(lons) <= 18.6 + 15


def test_data_file_locator() -> None:
    assert assets.data_file(basemap.BASEMAP_FILE).is_file()
    with pytest.raises(RenderError, match="missing"):
        assets.data_file("no-such-file.json")


def test_same_bytes_across_processes() -> None:
    # Set iteration order changes with PYTHONHASHSEED; the page must not.
    code = (
        "import sys, hashlib; sys.path.insert(0, 'tests'); from conftest import build_fictional_incident; "
        "from geoviz.render import render_html; "
        "print(hashlib.sha256(render_html(build_fictional_incident()).encode()).hexdigest())"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    digests = {
        subprocess.run(
            [sys.executable, "-c", code], cwd=root, check=True, capture_output=True, text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_a_later_step_close_to_an_earlier_one_moves_its_badge(fictional_incident: IncidentMap) -> None:
    # the crash (step 4) a few kilometres from the diversion airport (step 3), as in the seeds
    features = list(fictional_incident.features)
    diversion = next(f for f in features if f.role == "diversion")
    i = next(i for i, f in enumerate(features) if f.role == "crash_site")
    features[i] = dataclasses.replace(features[i], geometry=Point(diversion.geometry.x + 0.02,
                                                                 diversion.geometry.y - 0.01))
    html = render_html(dataclasses.replace(fictional_incident, features=tuple(features)))
    moved = re.findall(r"gv-badge-alt\W+u003e(\d+)", html)  # inside the icon's escaped JS string
    assert moved == ["4"]
    features[i] = dataclasses.replace(features[i], geometry=Point(diversion.geometry.x - 1.5,
                                                                 diversion.geometry.y + 1.0))
    far = render_html(dataclasses.replace(fictional_incident, features=tuple(features)))
    assert not re.findall(r"gv-badge-alt\W+u003e(\d+)", far)
