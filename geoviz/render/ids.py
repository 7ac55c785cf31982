"""Deterministic element ids: the same map always renders to the same bytes.

branca names every element ``<kind>_<random hex>`` (``Element._generate_id`` reads os.urandom).
branca 0.8 made that an overridable classmethod (its PR #203), so while geoviz builds and renders a
map it swaps in a counter. The swap is process-wide, hence the lock: two threads rendering at once
would otherwise share (and interleave) one counter. pyproject pins branca below 0.9 because this
relies on a private hook; tests/test_render.py checks byte-identical output.

folium's other randomness, ``uuid4`` in ``folium.utilities.deep_copy``, is only reached by plugins
geoviz does not use (DualMap).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from branca.element import Element

_LOCK = threading.RLock()


@contextmanager
def deterministic_ids() -> Iterator[None]:
    """Within the block, new branca/folium elements get ids ``0001``, ``0002``, ..."""
    with _LOCK:
        original = Element.__dict__["_generate_id"]
        counter = itertools.count(1)

        def _next_id(cls: type) -> str:
            return f"{next(counter):04d}"

        Element._generate_id = classmethod(_next_id)  # type: ignore[method-assign,assignment]
        try:
            yield
        finally:
            Element._generate_id = original  # type: ignore[method-assign]
