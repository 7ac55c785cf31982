"""The rendered page in a real browser: headless Debian Chromium driven by Playwright.

Every request that is not ``file:`` is aborted and counted (there must be none), console errors and
uncaught exceptions fail the test, and hostile source text must not open a dialog or inject an
element. Run with ``pytest -m browser``; skipped when Playwright or /usr/bin/chromium is missing
(browsers are never downloaded).

Screenshot: with ``GEOVIZ_SCREENSHOT=path.png`` the test saves a 1400x900 screenshot of the page,
by default the fictional fixture map, or the HTML file named by ``GEOVIZ_SCREENSHOT_HTML`` (e.g. the
seeds map built with ``geoviz build``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from geoviz.model import IncidentMap
from geoviz.render import render_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
]
ATTRIBUTION_TEXT = "GeoNames (CC BY 4.0), Natural Earth (public domain), airportsdata (MIT), Leaflet"

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(sync_playwright is None, reason="playwright (python) is not installed"),
    pytest.mark.skipif(
        not (os.path.exists(CHROMIUM) or shutil.which("chromium")),
        reason=f"no Chromium at {CHROMIUM} (tests never download browsers)",
    ),
]


@dataclass
class Visit:
    """A page opened from a file, with everything it tried to do."""

    page: Any
    requests: list[str] = field(default_factory=list)  # non-file requests, all aborted
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium"),
            args=CHROMIUM_ARGS,
        )
        yield chromium
        chromium.close()


def _open(browser: Browser, path: Path, width: int = 1400, height: int = 900) -> Visit:
    page: Page = browser.new_page(viewport={"width": width, "height": height})
    visit = Visit(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            visit.requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda req: None if req.url.startswith(("file:", "data:")) or req.url in visit.requests
            else visit.requests.append(req.url))
    page.on("console", lambda msg: visit.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: visit.errors.append(str(exc)))

    def dialog(d: Any) -> None:
        visit.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.as_uri())
    page.wait_for_selector(".leaflet-container")
    page.wait_for_timeout(400)  # fitBounds and the first SVG redraw
    return visit


def _write(tmp_path: Path, incident: IncidentMap, name: str = "map.html", **kwargs: Any) -> Path:
    path = tmp_path / name
    path.write_text(render_html(incident, **kwargs), encoding="utf-8")
    return path


def _close(visit: Visit) -> None:
    visit.page.close()
    assert visit.requests == [], f"network requests: {visit.requests}"
    assert visit.errors == [], f"console errors: {visit.errors}"
    assert visit.dialogs == [], f"dialogs: {visit.dialogs}"


def test_page_draws_offline(browser: Browser, tmp_path: Path, fictional_incident: IncidentMap) -> None:
    visit = _open(browser, _write(tmp_path, fictional_incident))
    page = visit.page
    assert page.locator(".leaflet-container").count() == 1
    # Basemap: land, lakes, shore, borders drawn as SVG in their own pane.
    assert page.locator(".leaflet-gvBasemap-pane path").count() >= 4
    # Routes and halos are SVG paths; markers are DivIcons.
    assert page.locator(".leaflet-overlay-pane path").count() >= 6
    assert page.locator(".leaflet-marker-pane .gv-mk").count() == 5
    assert page.locator(".leaflet-marker-pane .gv-arrow").count() >= 2
    assert page.locator(".leaflet-tooltip.gv-label").count() == 6  # 5 markers and a place
    assert ATTRIBUTION_TEXT in page.locator(".leaflet-control-attribution").inner_text()
    assert page.locator(".leaflet-control-scale").count() == 1
    assert page.locator(".gv-legend details[open]").count() == 1
    assert page.locator(".leaflet-control-layers").count() == 1
    layers = page.locator(".leaflet-control-layers-list").inner_text()
    assert "Offline map (Natural Earth)" in layers and "Flight path" in layers and "(online)" not in layers
    assert page.locator("#gv-panel").is_visible()
    if os.environ.get("GEOVIZ_SCREENSHOT") and not os.environ.get("GEOVIZ_SCREENSHOT_HTML"):
        page.screenshot(path=os.environ["GEOVIZ_SCREENSHOT"])
    _close(visit)


def test_timeline_click_opens_the_popup(
    browser: Browser, tmp_path: Path, fictional_incident: IncidentMap
) -> None:
    visit = _open(browser, _write(tmp_path, fictional_incident))
    page = visit.page
    page.locator("#gv-timeline button").nth(3).click()  # step 4: the crash site
    popup = page.locator(".leaflet-popup-content").last
    popup.wait_for()
    text = popup.inner_text()
    assert "Cavtat" in text and "Stated by 3 sources" in text and "Other sources say:" in text
    assert popup.locator("blockquote").count() == 3
    assert page.locator("#gv-timeline button.gv-active").count() == 1
    # Every other element opens its popup from the panel too.
    for i in range(page.locator("#gv-elements button").count()):
        page.locator("#gv-elements button").nth(i).click()
        assert page.locator(".leaflet-popup-content").last.locator("blockquote").count() >= 1
    _close(visit)


def test_marker_click_and_panel_toggle(
    browser: Browser, tmp_path: Path, fictional_incident: IncidentMap
) -> None:
    visit = _open(browser, _write(tmp_path, fictional_incident))
    page = visit.page
    page.locator(".leaflet-marker-pane .gv-mk[aria-label^='Origin']").click()
    assert "Split Airport" in page.locator(".leaflet-popup-content").last.inner_text()
    map_box = page.locator(".folium-map").bounding_box()
    page.locator("#gv-toggle").click()
    page.wait_for_timeout(350)
    assert page.locator("#gv-toggle").get_attribute("aria-expanded") == "false"
    assert not page.locator("#gv-panel").is_visible()
    assert page.locator(".folium-map").bounding_box()["width"] > map_box["width"]
    _close(visit)


def test_narrow_screen_starts_with_the_map(
    browser: Browser, tmp_path: Path, fictional_incident: IncidentMap
) -> None:
    visit = _open(browser, _write(tmp_path, fictional_incident), width=390, height=760)
    page = visit.page
    assert not page.locator("#gv-panel").is_visible()
    assert page.locator(".gv-legend details[open]").count() == 0
    page.locator("#gv-toggle").click()
    page.wait_for_timeout(350)
    assert page.locator("#gv-panel").is_visible()
    page.locator("#gv-timeline button").first.click()
    page.wait_for_timeout(350)
    assert not page.locator("#gv-panel").is_visible(), "the panel gives way to the map"
    assert "Split Airport" in page.locator(".leaflet-popup-content").last.inner_text()
    _close(visit)


def test_hostile_text_stays_text(
    browser: Browser, tmp_path: Path, hostile_incident: IncidentMap, xss_payloads: tuple[str, ...]
) -> None:
    visit = _open(browser, _write(tmp_path, hostile_incident))
    page = visit.page
    assert "alert(1)" in page.locator(".leaflet-tooltip.gv-label-place").inner_text()
    buttons = page.locator("[data-gv-feature]:not([disabled])")
    for i in range(buttons.count()):
        if not page.locator("#gv-panel").is_visible():
            page.locator("#gv-toggle").click()
        buttons.nth(i).click()
        # A replaced popup fades out for 200 ms before leaving the DOM: look at the newest.
        page.locator(".leaflet-popup-content").last.wait_for()
    injected = page.evaluate(
        """() => ({
            img: document.querySelectorAll('img').length,
            svgOnload: document.querySelectorAll('svg[onload]').length,
            b: document.querySelectorAll('b').length,
            handlers: Array.from(document.querySelectorAll('*')).filter(
                el => Array.from(el.attributes).some(a => a.name.startsWith('on'))).length,
            // leaflet.js, geoviz.js, folium's L_NO_TOUCH switch, the map script: nothing else.
            scripts: document.scripts.length,
            jsLinks: Array.from(document.querySelectorAll('a[href]')).filter(
                a => a.getAttribute('href').trim().toLowerCase().startsWith('javascript:')).length,
        })"""
    )
    assert injected == {"img": 0, "svgOnload": 0, "b": 0, "handlers": 0, "scripts": 4, "jsLinks": 0}
    text = page.locator("body").inner_text()
    for payload in xss_payloads:
        assert payload.strip() in text, f"shown as text: {payload}"
    assert "49jinja" not in text
    _close(visit)


def test_online_layers_load_nothing_until_chosen(
    browser: Browser, tmp_path: Path, fictional_incident: IncidentMap
) -> None:
    visit = _open(browser, _write(tmp_path, fictional_incident, tiles="OpenStreetMap,Esri.WorldImagery"))
    page = visit.page
    assert visit.requests == []
    layers = page.locator(".leaflet-control-layers-list")
    assert "OpenStreetMap (online)" in layers.inner_text()
    # Choosing one does ask the tile server (aborted here): the layer is real, just off by default.
    page.locator(".leaflet-control-layers").hover()
    page.get_by_text("OpenStreetMap (online)").click()
    page.wait_for_timeout(300)
    assert any("openstreetmap" in url for url in visit.requests)
    assert "openstreetmap.org/copyright" in page.locator(".leaflet-control-attribution").inner_html()
    visit.requests.clear()
    visit.errors = [e for e in visit.errors if "ERR_FAILED" not in e]  # the aborted tiles
    _close(visit)


# Hostile sources through a real `geoviz build`: payloads in article text and in file names (Linux
# allows <, >, " and ' in names), beside real place names so that the features drawn carry them.
HOSTILE_FILES = {
    "wire<img src=x onerror=alert('name1')>.txt": (
        "Jet crash <script>alert('title1')</script> report\n\n"
        "The jet flew from Lyon to Oslo <img src=x onerror=alert('text1')> and crashed near Oslo.\n"
        "The flight from Lyon \"><svg onload=alert('text2')> was bound for Oslo.\n"
    ),
    "herald'\"><svg onload=alert('name2')>.txt": (
        "Second \"><script>alert('title2')</script> report {{7*7}}\n\n"
        "The plane took off from Lyon and was diverted to Hamburg <svg/onload=alert('text3')>.\n"
        "A <a href=\"javascript:alert('text4')\">link</a> says it crashed 5 km from Hamburg "
        "${alert('text5')} {{7*7}}.\n"
    ),
}
# Each must show in a popup as the very characters of the source.
HOSTILE_EVIDENCE = (
    "The jet flew from Lyon to Oslo <img src=x onerror=alert('text1')> and crashed near Oslo.",
    "The flight from Lyon \"><svg onload=alert('text2')> was bound for Oslo.",
    "The plane took off from Lyon and was diverted to Hamburg <svg/onload=alert('text3')>.",
    "<a href=\"javascript:alert('text4')\">link</a> says it crashed 5 km from Hamburg ${alert('text5')} {{7*7}}.",
    *HOSTILE_FILES,
)


def _injected(page: Any) -> dict[str, int]:
    return page.evaluate(
        """() => ({
            img: document.querySelectorAll('img').length,
            svgOnload: document.querySelectorAll('svg[onload]').length,
            links: document.querySelectorAll('a[href^="javascript" i], a[href*="alert"]').length,
            handlers: Array.from(document.querySelectorAll('*')).filter(
                el => Array.from(el.attributes).some(a => a.name.startsWith('on'))).length,
            scripts: document.scripts.length,
        })"""
    )


def test_hostile_sources_of_a_real_build_stay_text(browser: Browser, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from geoviz.cli import main

    sources = tmp_path / "in"
    sources.mkdir()
    for name, text in HOSTILE_FILES.items():
        (sources / name).write_text(text, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("The jet flew from Lyon to Oslo and crashed near Oslo.\n", encoding="utf-8")
    for args in ([str(sources), "-o", str(tmp_path / "hostile.html")],
                 [str(tmp_path / "clean.txt"), "-o", str(tmp_path / "clean.html")]):
        result = CliRunner().invoke(main, ["build", *args])
        assert result.exit_code == 0, result.output

    clean = _open(browser, tmp_path / "clean.html")
    baseline = _injected(clean.page)
    _close(clean)
    visit = _open(browser, tmp_path / "hostile.html")
    page = visit.page
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator(".leaflet-overlay-pane path").count() >= 2  # planned and flown routes
    assert page.locator(".leaflet-marker-pane .gv-mk").count() >= 3
    shown = []
    buttons = page.locator("[data-gv-feature]:not([disabled])")
    assert buttons.count() >= 4
    for i in range(buttons.count()):
        if not page.locator("#gv-panel").is_visible():
            page.locator("#gv-toggle").click()
        buttons.nth(i).click()
        popup = page.locator(".leaflet-popup-content").last
        popup.wait_for()
        shown.append(popup.inner_text())
    popups = "\n".join(shown)
    for text in HOSTILE_EVIDENCE:
        assert text in popups, f"not shown literally in a popup: {text}"
    body = page.locator("body").inner_text()
    assert "<script>alert('title1')</script>" in body and "{{7*7}}" in body
    assert "49" not in body.replace("{{7*7}}", "")
    # Nothing the sources said became markup or code: same elements as the clean map's page.
    assert _injected(page) == {**baseline, "links": 0}
    assert baseline["img"] == baseline["svgOnload"] == baseline["handlers"] == 0
    _close(visit)  # no dialog opened, no request, no script error


@pytest.mark.skipif(not os.environ.get("GEOVIZ_SCREENSHOT_HTML"), reason="GEOVIZ_SCREENSHOT_HTML not set")
def test_screenshot_of_a_built_map(browser: Browser) -> None:
    """Checks and screenshots a map built elsewhere (e.g. the seeds), for the docs."""
    visit = _open(browser, Path(os.environ["GEOVIZ_SCREENSHOT_HTML"]).resolve())
    assert visit.page.locator(".leaflet-overlay-pane path").count() >= 1
    if os.environ.get("GEOVIZ_SCREENSHOT"):
        visit.page.screenshot(path=os.environ["GEOVIZ_SCREENSHOT"])
    _close(visit)
