"""Where the gazetteer's data files are.

An installed wheel carries them in ``geoviz/_data/`` (pyproject's hatch ``force-include``); a source
checkout has them in ``<repo>/data/``. ``GEOVIZ_DATA_DIR`` overrides both (tests, custom builds).
"""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path

from geoviz.errors import GazetteerError

GAZETTEER_FILE = "gazetteer.sqlite"


def candidate_dirs() -> list[Path]:
    """Folders searched for data files, in order."""
    dirs: list[Path] = []
    if env := os.environ.get("GEOVIZ_DATA_DIR"):
        dirs.append(Path(env))
    # A wheel installs plain files, so the Traversable is a real path (zipped loaders: skipped).
    with contextlib.suppress(ModuleNotFoundError, TypeError):
        dirs.append(Path(str(resources.files("geoviz").joinpath("_data"))))
    dirs.append(Path(__file__).resolve().parents[2] / "data")
    return dirs


def data_file(name: str = GAZETTEER_FILE) -> Path:
    """The first existing ``name`` among :func:`candidate_dirs`; :class:`GazetteerError` if none."""
    dirs = candidate_dirs()
    for folder in dirs:
        path = folder / name
        if path.is_file():
            return path
    searched = ", ".join(str(d) for d in dirs)
    raise GazetteerError(
        f"gazetteer data {name!r} not found (searched {searched}); "
        "build it with: python scripts/build_gazetteer.py"
    )
