"""Render folium elements without compiling their output as Jinja templates.

branca's ``MacroElement.render`` wraps the header/html/script text each element produces in
``Element(text)``, which compiles that text as a new Jinja template (branca 0.8). A map has ~100
elements, so that is ~100 template compilations, ~0.05-0.1 s of every ``geoviz build``, and it
would also evaluate any ``{{ ... }}`` that reached the text (geoviz escapes braces anyway, see
:mod:`geoviz.render.escape`). While geoviz renders a page, :func:`literal_output` swaps in a
``MacroElement.render`` that adds the text as it is, normalised the way Jinja would (newlines to
``\\n``, one trailing newline dropped), so pages stay byte-identical to branca's rendering
(tests/test_render.py compares the two). Like :mod:`geoviz.render.ids` it relies on branca's
internals, hence pyproject's pin below branca 0.9 and the process-wide lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from branca.element import Element, Figure, MacroElement

_LOCK = threading.RLock()
_NEWLINES = re.compile(r"\r\n|\r|\n")


class _Literal(Element):
    """Text rendered as a Jinja template without delimiters would render, without compiling it."""

    def __init__(self, text: str) -> None:
        # Element.__init__ draws an id like branca's Element(text) does: ids stay the same.
        super().__init__()
        text = _NEWLINES.sub("\n", text)
        self.text = text[:-1] if text.endswith("\n") else text

    def render(self, **kwargs: Any) -> str:
        return self.text


def _render(self: MacroElement, **kwargs: Any) -> None:
    """branca 0.8's MacroElement.render with ``_Literal`` in place of ``Element``."""
    figure = self.get_root()
    assert isinstance(figure, Figure), "You cannot render this Element if it is not in a Figure."
    macros = self._template.module.__dict__
    for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
        macro = macros.get(part)
        if macro is not None:
            target.add_child(_Literal(macro(self, kwargs)), name=self.get_name())
    for element in self._children.values():
        element.render(**kwargs)


@contextmanager
def literal_output() -> Iterator[None]:
    """Within the block, folium/branca elements render without per-element template compiles."""
    with _LOCK:
        original = MacroElement.__dict__["render"]
        MacroElement.render = _render  # type: ignore[method-assign]
        try:
            yield
        finally:
            MacroElement.render = original  # type: ignore[method-assign]
