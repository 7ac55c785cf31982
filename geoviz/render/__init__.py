"""Render stage: an :class:`~geoviz.model.IncidentMap` as one self-contained, offline HTML page.

Leaflet (from xstatic-leaflet), the page's CSS/JS and a Natural Earth basemap clipped to the view
are inlined; the page makes no network request unless the reader switches to an online tile layer.
Output is deterministic (same map, same bytes) and every source string is escaped.
"""

from __future__ import annotations

from geoviz.render.assets import RenderError
from geoviz.render.page import ATTRIBUTION, ONLINE_TILES, render_html

__all__ = ["ATTRIBUTION", "ONLINE_TILES", "RenderError", "render_html"]
