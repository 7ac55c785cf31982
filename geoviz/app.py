"""What the CLI commands do, as plain functions: choose a gazetteer, build and write a map,
extract a corpus (optionally over several processes).

A composition point like :mod:`geoviz.pipeline`: stages are imported inside functions, so
``geoviz --help`` and argument errors stay fast.
"""

from __future__ import annotations

import importlib
import math
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from geoviz import __version__
from geoviz.errors import GazetteerError, GeocoderUnavailable, GeovizWarning, NoPlacesError, OutputError
from geoviz.model import Source

GEOCODERS = ("offline", "nominatim")
# Nominatim's usage policy asks for an application-specific User-Agent.
USER_AGENT = f"geoviz/{__version__}"
#: Base URL of the Nominatim server for ``--geocoder nominatim`` (a self-hosted one, or a local
#: test server); unset: OpenStreetMap's public https://nominatim.openstreetmap.org.
NOMINATIM_URL_ENV = "GEOVIZ_NOMINATIM_URL"
_CHUNK = 64  # documents per pipeline.extract call: streams output and bounds memory


# ---------------------------------------------------------------------------- gazetteers

def default_cache_dir() -> Path:
    """Where online geocoder answers are cached: ``$XDG_CACHE_HOME/geoviz`` (or the platform's
    application folder on Windows)."""
    if sys.platform == "win32":
        import click

        return Path(click.get_app_dir("geoviz")) / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "geoviz"


def make_gazetteer(geocoder: str = "offline", cache_dir: str | os.PathLike[str] | None = None) -> Any:
    """The offline gazetteer, or an online geocoder in front of it (answers cached on disk)."""
    if geocoder not in GEOCODERS:
        raise ValueError(f"unknown geocoder {geocoder!r}; choose one of {', '.join(GEOCODERS)}")
    from geoviz.gazetteer import default_gazetteer

    offline = default_gazetteer()
    if geocoder == "offline":
        return offline
    from geoviz.gazetteer import GeopyGazetteer

    cache = Path(cache_dir) if cache_dir else default_cache_dir()
    domain, scheme = nominatim_server()
    try:
        return GeopyGazetteer(geocoder, offline=offline, cache_dir=cache, user_agent=USER_AGENT,
                              domain=domain, scheme=scheme)
    except GeocoderUnavailable as exc:
        warnings.warn(f"{geocoder} unavailable ({exc}); using the offline gazetteer", GeovizWarning,
                      stacklevel=2)
        return offline


def nominatim_server() -> tuple[str | None, str | None]:
    """``(domain, scheme)`` for geopy's Nominatim from ``$GEOVIZ_NOMINATIM_URL``; (None, None)
    when unset (geopy's defaults)."""
    url = os.environ.get(NOMINATIM_URL_ENV, "").strip()
    if not url:
        return None, None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GazetteerError(f"{NOMINATIM_URL_ENV} must be an http(s) URL such as "
                             f"http://localhost:8080, not {url!r}")
    # geopy appends /search to "domain", so a path prefix (host/nominatim) belongs in it.
    return parts.netloc + parts.path.rstrip("/"), parts.scheme


# ---------------------------------------------------------------------------- build

def default_seeds() -> Path | None:
    """The ``seeds/`` folder of a source checkout (beside the package), else one in the
    current folder, else None."""
    for folder in (Path(__file__).resolve().parent.parent / "seeds", Path("seeds")):
        if folder.is_dir():
            return folder
    return None


@dataclass(frozen=True, slots=True)
class Written:
    path: Path
    size: int  # bytes
    detail: str  # "14 features from 5 sources"


@dataclass(frozen=True, slots=True)
class BuildResult:
    written: tuple[Written, ...]
    skipped: tuple[tuple[str, str], ...]
    warnings: tuple[tuple[str, str], ...]  # (source name, warning) from reading the sources


def build(paths: Sequence[str | os.PathLike[str]], html: str | os.PathLike[str], *,
          geojson: str | os.PathLike[str] | None = None, kml: str | os.PathLike[str] | None = None,
          geocoder: str = "offline", cache_dir: str | os.PathLike[str] | None = None,
          tiles: Sequence[str] = ()) -> BuildResult:
    """Read sources, run the pipeline, render, and write every output atomically.

    Outputs are checked before the (slow) pipeline runs and written only after every one of
    them has been produced, so a failure leaves all previous files as they were.
    """
    from geoviz.export import dumps, to_geojson, to_kml
    from geoviz.output import check_writable, write_atomic_all
    from geoviz.sources import read_sources

    targets = [Path(p) for p in (html, geojson, kml) if p is not None]
    for target in targets:
        check_writable(target)
    if len({os.path.abspath(t) for t in targets}) < len(targets):
        raise OutputError("the map, GeoJSON and KML outputs must be different files")
    found = read_sources(paths)

    from geoviz import pipeline
    from geoviz.render import render_html

    incident = pipeline.build_map(found.sources, make_gazetteer(geocoder, cache_dir))
    _check_mappable(incident, len(found.sources))
    # TODO(render): render_html takes one tiles name; several are joined with "," until it
    # accepts a sequence.
    outputs: list[tuple[Path, str, str]] = []
    n_features, n_sources = len(incident.features), len(found.sources)
    counts = f"{n_features} feature{'s' * (n_features != 1)}"
    outputs.append((Path(html), render_html(incident, tiles=",".join(tiles) or None),
                    f"{counts} from {n_sources} source{'s' * (n_sources != 1)}"))
    if geojson is not None:
        outputs.append((Path(geojson), dumps(to_geojson(incident)) + "\n", counts))
    if kml is not None:
        outputs.append((Path(kml), to_kml(incident), counts))
    sizes = write_atomic_all([(path, text) for path, text, _ in outputs])  # all renamed, or none
    written = tuple(Written(path, size, detail) for (path, _, detail), size in zip(outputs, sizes, strict=True))
    source_warnings = tuple((s.name, w) for s in found.sources for w in s.warnings)
    return BuildResult(written, found.skipped, source_warnings)


def _check_mappable(incident: Any, n_sources: int) -> None:
    """No place at all: an error, so that scripts notice and an empty map never replaces a
    previous one. Places but no route: a map of them, with a warning."""
    if not incident.features:
        raise NoPlacesError(f"no places found in the {n_sources} source{'s' * (n_sources != 1)} read: "
                            "nothing to map")
    if not any(f.role in _ROUTE_ROLES for f in incident.features):
        warnings.warn("no flight route found (no origin, destination, diversion or crash site is "
                      "stated): the map shows only the places mentioned", GeovizWarning, stacklevel=3)


_ROUTE_ROLES = frozenset({"origin", "destination", "diversion", "crash_site", "planned_route", "flown_route"})


# ---------------------------------------------------------------------------- extract

def extract_documents(sources: Sequence[Source], *, geocoder: str = "offline",
                      cache_dir: str | os.PathLike[str] | None = None, jobs: int = 1,
                      encode: bool = False) -> Iterator[Any]:
    """``export.document_json`` of each source, in input order, as each becomes ready; with
    ``encode``, its JSON text (``export.dumps`` of it) instead.

    With ``jobs > 1`` the sources are split into order-preserving chunks run by that many
    processes, each loading its own gazetteer once. The workers also encode, so the parent
    only collects and writes: it shares the machine's cores with them.
    """
    if jobs == 0:  # auto: processes pay for themselves from a few hundred documents on
        jobs = (os.cpu_count() or 1) if len(sources) > 4 * _CHUNK and geocoder == "offline" else 1
    if jobs > 1 and geocoder != "offline":
        # Online geocoders limit request rates per client; parallel clients would break that.
        warnings.warn(f"--jobs ignored with the {geocoder} geocoder", GeovizWarning, stacklevel=2)
        jobs = 1
    factory = partial(make_gazetteer, geocoder, cache_dir)
    if jobs <= 1 or len(sources) <= _CHUNK:
        gazetteer = factory()
        for chunk in _chunks(sources, _CHUNK):
            yield from _extract_chunk(chunk, encode, gazetteer)
        return
    size = max(1, min(_CHUNK, math.ceil(len(sources) / (jobs * 4))))  # ~4 chunks a worker: balance
    # Forked workers inherit what the parent has imported instead of each importing the stages.
    importlib.import_module("geoviz.pipeline")
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(factory,)) as pool:
        for docs in pool.map(partial(_extract_chunk, encode=encode), _chunks(sources, size)):
            yield from docs


_worker_gazetteer: Any = None


def _init_worker(factory: Any) -> None:
    global _worker_gazetteer
    _worker_gazetteer = factory()


def _extract_chunk(chunk: Sequence[Source], encode: bool = False, gazetteer: Any = None) -> list[Any]:
    from geoviz import pipeline
    from geoviz.export import document_json, dumps

    docs = pipeline.extract(chunk, gazetteer if gazetteer is not None else _worker_gazetteer)
    return [dumps(document_json(d)) if encode else document_json(d) for d in docs]


def _chunks(items: Sequence[Source], size: int) -> Iterator[Sequence[Source]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
