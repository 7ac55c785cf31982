"""Escaping for the two contexts untrusted source text reaches: HTML and JavaScript.

Every title, file name, place name, label and quoted sentence comes from news articles or file
names and is untrusted. Two hazards besides the usual ones:

* folium's Popup/Tooltip put their text into a JavaScript template literal (`...`) without HTML
  escaping, so ``${...}`` and markup run; geoviz never passes text to them.
* branca re-parses the output of every MacroElement as a Jinja template, so ``{{ ... }}`` in an
  article would be *evaluated* while rendering (template injection). Both helpers below therefore
  also neutralise ``{`` and ``}``, so text stays inert whichever element it ends up in.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

_HTML_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})
# Characters that could end a <script> element, open an HTML comment or entity, or break out of a
# JS string in old engines; JSON allows \uXXXX for all of them.
_JS_UNSAFE = str.maketrans({
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "'": "\\u0027",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
})
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JS_BRACES = str.maketrans({"{": "\\u007b", "}": "\\u007d"})


def esc(text: Any) -> str:
    """``text`` as HTML text or attribute value (quotes included)."""
    return html.escape(str(text), quote=True).translate(_HTML_BRACES)


def js(value: Any) -> str:
    """``value`` as a JavaScript literal safe inside an inline ``<script>``.

    JSON text with ``< > & '`` and line separators as ``\\uXXXX`` escapes, and braces inside
    strings escaped too (structural braces of objects stay; JSON never writes ``{{``, ``{%`` or
    ``{#`` outside a string, so those cannot form a Jinja delimiter).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = _JSON_STRING.sub(lambda m: m.group(0).translate(_JS_BRACES), text)
    return text.translate(_JS_UNSAFE)
