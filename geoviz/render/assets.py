"""Files the page inlines: Leaflet (from xstatic-leaflet), geoviz's CSS/JS, the basemap data.

Everything is read from installed packages or geoviz's own data, never from a network, and
inlined, so a saved page keeps working offline for years.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from importlib import resources
from pathlib import Path

from geoviz.errors import GeovizError

_STATIC = Path(__file__).with_name("static")
# Leaflet's CSS points at a few PNGs (layer-control icon, default marker); inline them.
_CSS_URL = re.compile(r"url\((['\"]?)(images/[\w.-]+\.png)\1\)")
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)


class RenderError(GeovizError):
    """The page cannot be built: an asset or data file is missing, or an option is invalid."""


def _leaflet_dir() -> Path:
    try:
        from xstatic.pkg import leaflet
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise RenderError("xstatic-leaflet is not installed; `pip install xstatic-leaflet`") from exc
    return Path(leaflet.BASE_DIR)


@cache
def leaflet_js() -> str:
    text = (_leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    # A source-map comment makes devtools fetch a file that is not there; drop it.
    return _SOURCE_MAP.sub("", text).strip()


@cache
def leaflet_css() -> str:
    base = _leaflet_dir()

    def inline(match: re.Match[str]) -> str:
        data = base64.b64encode((base / match.group(2)).read_bytes()).decode("ascii")
        return f'url("data:image/png;base64,{data}")'

    return _CSS_URL.sub(inline, (base / "leaflet.css").read_text(encoding="utf-8")).strip()


@cache
def static_text(name: str) -> str:
    """geoviz's own page CSS/JS, shipped inside the package."""
    return (_STATIC / name).read_text(encoding="utf-8").strip()


def data_file(name: str) -> Path:
    """A file of geoviz's data: ``geoviz/_data`` in an installed wheel (pyproject force-includes
    ``data/`` there), ``<repo>/data`` in a checkout."""
    candidates = [
        Path(str(resources.files("geoviz") / "_data" / name)),
        Path(__file__).resolve().parents[2] / "data" / name,
    ]
    for path in candidates:
        if path.is_file():
            return path
    raise RenderError(
        f"geoviz data file {name!r} is missing (looked in {', '.join(str(p.parent) for p in candidates)}); "
        "reinstall geoviz or run scripts/build_basemap.py"
    )
