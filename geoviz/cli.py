"""The ``geoviz`` command. Commands parse flags, call one function of :mod:`geoviz.app` or
:mod:`geoviz.evaluate`, and report on stderr; results (JSON, tables) go to stdout.

Only click is imported at start-up: everything else loads inside the command that needs it.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
import warnings
from pathlib import Path
from typing import Any

import click

from geoviz import __version__
from geoviz.errors import GeovizError

_VERBOSE = "geoviz.verbose"


class GeovizCliError(click.ClickException):
    """One line, ``error: ...``, exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class _Group(click.Group):
    """Turns every error into one line; ``--verbose`` adds the traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        _route_library_logs()
        try:
            with warnings.catch_warnings():
                warnings.showwarning = _show_warning
                return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except GeovizError as exc:
            _traceback_if_verbose(ctx)
            raise GeovizCliError(_one_line(str(exc))) from exc
        except BrokenPipeError:
            # The reader (e.g. `| head`) has gone: not an error. Silence the flush at exit too.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(1)
        except Exception as exc:
            _traceback_if_verbose(ctx)
            raise GeovizCliError(_one_line(f"{type(exc).__name__}: {exc}")) from exc


class _VerboseOnly(logging.Handler):
    """Library log records (geopy logs every retry with a traceback) for ``--verbose`` only: without
    it the outcome is what users see, as one ``warning:`` line."""

    def emit(self, record: logging.LogRecord) -> None:
        ctx = click.get_current_context(silent=True)
        if ctx is not None and ctx.meta.get(_VERBOSE):
            click.echo(self.format(record), err=True)


_LIBRARY_LOGS = _VerboseOnly()


def _route_library_logs() -> None:
    # A handler on the logger keeps Python's last-resort handler (plain stderr) from printing.
    logger = logging.getLogger("geopy")
    if _LIBRARY_LOGS not in logger.handlers:
        logger.addHandler(_LIBRARY_LOGS)


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "failed"


def _traceback_if_verbose(ctx: click.Context) -> None:
    if ctx.meta.get(_VERBOSE):
        traceback.print_exc()


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning)):
        return  # libraries' notes to their developers, not to our users
    click.echo(f"warning: {_one_line(str(message))}", err=True)


def _set_verbose(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta[_VERBOSE] = True  # meta is shared by the whole command chain


def verbose_option(f: Any) -> Any:
    return click.option("-v", "--verbose", is_flag=True, expose_value=False, is_eager=True,
                        callback=_set_verbose, help="Show tracebacks of errors.")(f)


def geocoder_options(f: Any) -> Any:
    f = click.option("--geocoder-cache", type=click.Path(file_okay=False, path_type=Path),
                     help="Cache folder for online answers [default: $XDG_CACHE_HOME/geoviz].")(f)
    return click.option("--geocoder", type=click.Choice(["offline", "nominatim"]), default="offline",
                        show_default=True,
                        help="offline: bundled GeoNames/Natural Earth/airport data, no network. "
                             "nominatim: OpenStreetMap's online geocoder first (1 request/s, retries, "
                             "answers cached), offline as fallback; $GEOVIZ_NOMINATIM_URL picks "
                             "another Nominatim server, e.g. http://localhost:8080.")(f)


def _warn(message: str) -> None:
    click.echo(f"warning: {message}", err=True)


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.0f} KB" if n < 1024 ** 2 else f"{n / 1024 ** 2:.1f} MB"


CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="geoviz")
@verbose_option
def main() -> None:
    """Evidence-linked interactive maps of aviation incidents from news reports, offline."""


@main.command(context_settings=CONTEXT)
@click.argument("sources", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              metavar="MAP.html", help="The interactive map (one self-contained HTML file).")
@click.option("--geojson", type=click.Path(path_type=Path), metavar="OUT.geojson",
              help="Also write the features, with their evidence, as GeoJSON (RFC 7946).")
@click.option("--kml", type=click.Path(path_type=Path), metavar="OUT.kml",
              help="Also write them as KML 2.2 (Google Earth).")
@geocoder_options
@click.option("--tiles", multiple=True, metavar="NAME",
              help="Online tile layer(s) under the map, e.g. OpenStreetMap; repeatable. "
                   "Default: the embedded offline basemap only.")
@click.option("--open", "open_", is_flag=True, help="Open the map in the default browser.")
@verbose_option
def build(sources: tuple[Path, ...], output: Path, geojson: Path | None, kml: Path | None,
          geocoder: str, geocoder_cache: Path | None, tiles: tuple[str, ...], open_: bool) -> None:
    """Build one incident map from SOURCES: files, or folders whose .txt and .md files are read
    (recursively, in sorted order). Without SOURCES: the seeds/ folder of a geoviz checkout.

    Text must be UTF-8 (other files are decoded as cp1252 with a warning); missing, unreadable,
    empty, binary and over-20-MB files are skipped with a warning. Sources that name no place at
    all are an error. Outputs are replaced only once all of them are ready.
    """
    from geoviz import app

    if not sources:
        seeds = app.default_seeds()
        if seeds is None:
            raise click.UsageError("no SOURCES given and no seeds/ folder found (looked beside the "
                                   "geoviz package and in the current folder)")
        sources = (seeds,)
    result = app.build(sources, output, geojson=geojson, kml=kml, geocoder=geocoder,
                       cache_dir=geocoder_cache, tiles=tiles)
    for path, reason in result.skipped:
        _warn(f"skipped {path}: {reason}")
    for name, message in result.warnings:
        _warn(f"{name}: {message}")
    for w in result.written:
        click.echo(f"wrote {w.path} ({_size(w.size)}, {w.detail})", err=True)
    if open_:
        click.launch(str(output))


@main.command(context_settings=CONTEXT)
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json/--text", "as_json", default=True, show_default=True,
              help="JSON ({documents: [{source, mentions, statements}], skipped}) or a readable list.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write to this file (atomically) instead of stdout.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, show_default=True,
              help="Processes to spread the documents over (order is kept); 0: one per CPU core "
                   "when there are more than 256 documents.")
@geocoder_options
@verbose_option
def extract(sources: tuple[Path, ...], as_json: bool, output: Path | None, jobs: int, geocoder: str,
            geocoder_cache: Path | None) -> None:
    """Place mentions and route statements of each source, with character offsets into the text
    as decoded. SOURCES are files or folders (their .txt and .md files, recursively, sorted)."""
    from geoviz import app
    from geoviz.export import iter_documents_json
    from geoviz.output import check_writable, write_atomic
    from geoviz.sources import read_sources

    if output is not None:
        check_writable(output)
    found = read_sources(sources)
    for path, reason in found.skipped:
        _warn(f"skipped {path}: {reason}")
    for source in found.sources:
        for message in source.warnings:
            _warn(f"{source.name}: {message}")
    docs = app.extract_documents(found.sources, geocoder=geocoder, cache_dir=geocoder_cache, jobs=jobs,
                                 encode=as_json)
    if progress_wanted(sys.stderr):
        docs = _with_progress(docs, len(found.sources), sys.stderr)
    chunks = iter_documents_json(docs, found.skipped) if as_json else _text_lines(docs)
    if output is None:
        out = sys.stdout
        for chunk in chunks:
            out.write(chunk)
        out.flush()
    else:
        size = write_atomic(output, chunks)
        click.echo(f"wrote {output} ({_size(size)}, {len(found.sources)} documents)", err=True)


def progress_wanted(stream: Any) -> bool:
    """Whether to draw a progress bar on ``stream``: only on a terminal. In a pipe or a log file
    it would be noise (and click's bar still prints its label there, so it is not even created)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty(), or a closed stream
        return False


def _with_progress(docs: Any, total: int, file: Any) -> Any:
    with click.progressbar(length=total, label="extracting", file=file) as bar:
        for doc in docs:
            yield doc
            bar.update(1)


def _text_lines(docs: Any) -> Any:
    for doc in docs:
        yield f"{doc['source']}: {len(doc['mentions'])} mentions, {len(doc['statements'])} statements\n"
        for s in doc["statements"]:
            span = f"{s['evidence']['start']}-{s['evidence']['end']}"
            yield f"  {s['role']:<12} {s['name']} ({s['cue']}) [{span}]\n"
        for m in doc["mentions"]:
            place = f"{m['name']} ({m['kind']}, {m['country'] or '-'})"
            yield f"  {m['start']:>6}-{m['end']:<6} {m['text']} -> {place}\n"


@main.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("-n", "--limit", type=click.IntRange(min=1), default=10, show_default=True)
@geocoder_options
@verbose_option
def geocode(name: str, as_json: bool, limit: int, geocoder: str, geocoder_cache: Path | None) -> None:
    """Gazetteer entries for NAME, most prominent first (exit 1 when there is none)."""
    from geoviz.app import make_gazetteer
    from geoviz.export import dumps

    places = make_gazetteer(geocoder, geocoder_cache).lookup(name)[:limit]
    rows = [{"name": p.name, "kind": p.kind, "country": p.country, "lat": p.lat, "lon": p.lon,
             "population": p.population, "source": p.source} for p in places]
    if as_json:
        click.echo(dumps(rows))
    else:
        for r in rows:
            click.echo(f"{r['name']:<32} {r['kind']:<9} {r['country'] or '-':<3} {r['lat']:>10.5f} "
                       f"{r['lon']:>11.5f} {r['population']:>10} {r['source']}")
    if not rows:
        raise GeovizCliError(f"no gazetteer entry for {name!r}")


@main.group("eval", context_settings=CONTEXT)
def eval_() -> None:
    """Measure geoviz on data with ground truth (the format of the project's shared/eval/)."""


@eval_.command("incidents", context_settings=CONTEXT)
@click.argument("truth", type=click.Path(path_type=Path))
@click.argument("texts_dir", type=click.Path(path_type=Path))
@click.option("--city-km", type=float, default=50.0, show_default=True,
              help="How near the airport or city an origin/destination/diversion must be.")
@click.option("--only", default="", help="Only cases whose file name contains this.")
@geocoder_options
@verbose_option
def eval_incidents(truth: Path, texts_dir: Path, city_km: float, only: str, geocoder: str,
                   geocoder_cache: Path | None) -> None:
    """Build a map per case of TRUTH.json (texts in TEXTS_DIR) and score its roles.

    Prints one line per case and last 'strict=S/N lenient=L/N'."""
    from geoviz.evaluate import score_incidents

    score = score_incidents(truth, texts_dir, city_km=city_km, only=only, geocoder=geocoder,
                            cache_dir=geocoder_cache, on_case=lambda case: click.echo(case.line()))
    for line in score.lines()[len(score.cases):]:
        click.echo(line)


@eval_.command("geoparse", context_settings=CONTEXT)
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--limit", type=click.IntRange(min=0), default=0, help="Only the first N articles.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True)
@geocoder_options
@verbose_option
def eval_geoparse(corpus: Path, limit: int, jobs: int, geocoder: str, geocoder_cache: Path | None) -> None:
    """Score place-mention recognition (P/R/F1) and resolution (acc@161 km) on a
    GeoVirus / TR-News / LGL style XML CORPUS."""
    from geoviz.evaluate import score_geoparse

    for line in score_geoparse(corpus, limit=limit, geocoder=geocoder, cache_dir=geocoder_cache,
                               jobs=jobs).lines():
        click.echo(line)


def run() -> None:
    """The ``geoviz`` program (console script, ``python -m geoviz``): :func:`main`, with the
    cyclic garbage collector set for a short-lived process. Tests call :func:`main` itself."""
    # Importing folium, numpy and jinja2 allocates ~10^6 objects and no garbage, and the default
    # threshold (700 allocations) runs the collector hundreds of times over them: ~30 ms of a build.
    gc.set_threshold(10_000, 50, 100)
    try:
        main()
    finally:
        # Everything still alive dies with the process. Frozen, it is skipped by the collections
        # of interpreter shutdown, which otherwise take ~50 ms.
        gc.freeze()
