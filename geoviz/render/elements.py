"""branca/folium elements geoviz needs and folium lacks (or gets unsafe for untrusted text).

* :class:`Raw` - literal markup, never parsed as a Jinja template (branca re-parses every
  MacroElement's output, see :mod:`geoviz.render.escape`).
* :class:`OnLayer` - one JavaScript statement about its parent layer (bind a popup, a tooltip,
  register it with the page script), with every value passed through :func:`~escape.js`.
* :class:`GeoJsonData` - a static, non-interactive GeoJSON layer in compact JSON (the basemap).
* :class:`OfflineMap` - folium's Map without its ten CDN links.
* :class:`Page` - the HTML document: lang, charset, escaped title, script inside ``<body>``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

from geoviz.render.escape import esc, js


class Raw(Element):
    """Literal text rendered as is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Raw"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class _ScriptElement(MacroElement):
    """A MacroElement whose script is built in Python and added to the page verbatim."""

    def script(self) -> str:
        raise NotImplementedError

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        assert isinstance(figure, Figure), "render inside a Page"
        figure.script.add_child(Raw(self.script()), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class OnLayer(_ScriptElement):
    """``statement(parent_js_name)`` - e.g. a ``bindPopup`` call - emitted after its parent layer."""

    def __init__(self, statement: Callable[[str], str]) -> None:
        super().__init__()
        self._name = "OnLayer"
        self.statement = statement

    def script(self) -> str:
        assert self._parent is not None
        return self.statement(self._parent.get_name())


def bind_popup(html: str, **options: Any) -> OnLayer:
    """A popup whose ``html`` is assigned as markup: build it from escaped text only."""
    return OnLayer(lambda layer: f"{layer}.bindPopup({js(html)}, {js(options)});")


def bind_tooltip(html: str, **options: Any) -> OnLayer:
    return OnLayer(lambda layer: f"{layer}.bindTooltip({js(html)}, {js(options)});")


def register(key: str, group: Element, latlng: tuple[float, float]) -> OnLayer:
    """Tell the page script which layer draws feature ``key`` (timeline clicks open it)."""
    return OnLayer(
        lambda layer: f"geoviz.register({js(key)}, {layer}, {group.get_name()}, {js(list(latlng))});"
    )


def stack(where: str) -> OnLayer:
    """Keep the parent layer at the back or front of the vector layers when overlays toggle."""
    return OnLayer(lambda layer: f"geoviz.stack({layer}, {js(where)});")


class GeoJsonData(_ScriptElement):
    """``L.geoJSON(data, options)`` added to its parent: static vector data such as the basemap.

    folium.GeoJson would do, but writes the data with spaces after every comma and colon and
    wraps it in per-feature styling code; the basemap is the bulk of a page, so keep it compact.
    """

    def __init__(self, data: dict[str, Any], **options: Any) -> None:
        super().__init__()
        self._name = "GeoJsonData"
        self.data = data
        self.options = options

    def script(self) -> str:
        assert self._parent is not None
        return (
            f"var {self.get_name()} = L.geoJSON({js(self.data)}, {js(self.options)})"
            f".addTo({self._parent.get_name()});"
        )


class OfflineMap(folium.Map):
    """folium's Map minus its CDN links (Leaflet, jQuery, Bootstrap, awesome-markers, Font Awesome):
    the page inlines Leaflet itself, and geoviz uses no element that needs the others."""

    default_js: ClassVar[list[tuple[str, str]]] = []
    default_css: ClassVar[list[tuple[str, str]]] = []


class Page(Figure):
    """The document around the map: header, body and one script at the end of the body."""

    _template = Template(
        "<!DOCTYPE html>\n"
        '<html lang="{{ this.lang|e }}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>{{ this.title }}</title>\n"
        '<meta name="generator" content="geoviz">\n'
        "{{ this.header.render(**kwargs) }}\n"
        "</head>\n"
        '<body class="gv">\n'
        "{{ this.html.render(**kwargs) }}\n"
        "<script>\n"
        "{{ this.script.render(**kwargs) }}\n"
        "</script>\n"
        "</body>\n"
        "</html>\n"
    )

    def __init__(self, title: str, lang: str = "en") -> None:
        super().__init__(title=esc(title))
        self.lang = lang
        # Replaced by <meta charset> in the template.
        self.header._children.pop("meta_http", None)
