"""Size of the seeds map and how long headless Chromium takes to show it.

Builds ``geoviz build seeds/ -o m.html`` in a temporary folder (or takes ``--html FILE``), prints
its size (and gzipped, as a server would send it), then opens it N times in headless Debian
Chromium through Playwright (never a downloaded browser; every non-file request is aborted and
counted: there must be none). Per load, from the browser's own clock (ms since navigation start):

  * ``dcl``: DOMContentLoaded (HTML parsed, inline Leaflet and page scripts run);
  * ``ready``: ``geoviz.start`` has returned: the map, basemap and features are added and fitted
    (timed by wrapping ``window.geoviz.start`` from an init script; the page is not changed);
  * ``painted``: the first animation frame after that, i.e. the map is on screen;
  * ``load``: the load event;
  * ``networkidle``: Playwright's wall time until no request for 500 ms (that idle window is
    part of its definition, so it is at least ~500 ms even for an offline page).

    python bench/bench_browser.py [--runs 7] [--html m.html] [--json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
]
# Records when the page's geoviz.start returns, and the frame after it.
_TIMER = """
(() => {
  let api;
  Object.defineProperty(window, "geoviz", {
    configurable: true,
    get() { return api; },
    set(value) {
      const start = value.start;
      value.start = function () {
        const out = start.apply(this, arguments);
        window.__gvReady = performance.now();
        requestAnimationFrame(() => { window.__gvPainted = performance.now(); });
        return out;
      };
      api = value;
    },
  });
})();
"""


def build_seeds(folder: Path) -> Path:
    html = folder / "m.html"
    script = Path(sys.executable).with_name("geoviz")
    cmd = [str(script)] if script.is_file() else [sys.executable, "-m", "geoviz"]
    subprocess.run([*cmd, "build", str(REPO / "seeds"), "-o", str(html)], check=True,
                   stderr=subprocess.DEVNULL)
    return html


def measure(html: Path, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    executable = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if executable is None:
        raise SystemExit(f"no Chromium at {CHROMIUM} (this benchmark never downloads browsers)")
    samples: dict[str, list[float]] = {}
    blocked: list[str] = []
    paths = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        for i in range(runs + 1):  # the first load warms Chromium up and is not counted
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.add_init_script(_TIMER)

            def route(r: Any) -> None:
                if r.request.url.startswith(("file:", "data:")):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            start = time.perf_counter()
            page.goto(html.as_uri(), wait_until="networkidle")
            idle = (time.perf_counter() - start) * 1000
            page.wait_for_function("window.__gvPainted !== undefined")
            marks = page.evaluate(
                """() => {
                  const nav = performance.getEntriesByType("navigation")[0];
                  return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
                          ready: window.__gvReady, painted: window.__gvPainted,
                          paths: document.querySelectorAll(".leaflet-gvBasemap-pane path").length};
                }"""
            )
            paths = marks["paths"]
            page.close()
            if i == 0:
                continue
            for key in ("dcl", "ready", "painted", "load"):
                samples.setdefault(key, []).append(marks[key])
            samples.setdefault("networkidle", []).append(idle)
        browser.close()
    return {"ms": {k: round(statistics.median(v), 1) for k, v in samples.items()},
            "ms_min": {k: round(min(v), 1) for k, v in samples.items()}, "basemap_paths": paths,
            "blocked_requests": blocked}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--html", type=Path, help="a map to open (default: build the seeds map)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="geoviz-browser-") as tmp:
        html = args.html or build_seeds(Path(tmp))
        data = html.read_bytes()
        result: dict[str, Any] = {
            "html": str(args.html or "seeds map"), "bytes": len(data),
            "gzip_bytes": len(gzip.compress(data, mtime=0)), "runs": args.runs, **measure(html, args.runs),
        }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['html']}: {result['bytes'] / 1024:.0f} KB ({result['gzip_bytes'] / 1024:.0f} KB gzipped)")
        print(f"headless Chromium, median of {args.runs} loads (ms since navigation start):")
        for key, value in result["ms"].items():
            print(f"  {key:<12} {value:7.1f}  (min {result['ms_min'][key]:.1f})")
        print(f"  basemap SVG paths: {result['basemap_paths']}; "
              f"blocked network requests: {len(result['blocked_requests'])}")
    # The seeds map must draw its basemap, and no page may reach the network.
    return 1 if result["blocked_requests"] or not (args.html or result["basemap_paths"]) else 0


if __name__ == "__main__":
    sys.exit(main())
