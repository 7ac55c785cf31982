"""``geoviz eval``: the project's measurements, rerunnable on any folder in the same format.

The rules are those of the shared scorers (``score_incidents.py``, ``score_geoparse.py``); here the
pipeline runs in-process instead of through the ``geoviz`` command, and the numbers printed have
the same format, so results can be compared line by line.

* incidents: for each case of a ``truth.json`` list, build the map of ``TEXTS_DIR/<file>`` and
  compare the GeoJSON Point features by ``properties.role``. origin / destination / diversion are
  right within ``city_km`` (50) of the airport or of the city centre; crash_site within the case's
  ``tolerance_km`` (strict) or ``lenient_tolerance_km`` (lenient). A diversion or crash site the
  truth does not have is a false positive. Each stated element and each false positive counts one.
* geoparse: for a TR-News / GeoVirus / LGL style XML corpus, a gold toponym is found when a
  predicted mention (with coordinates) overlaps its span: precision / recall / F1; acc161 is the
  share of found toponyms whose first overlapping prediction lies within 161 km, mean_km the
  mean error.
"""

from __future__ import annotations

import json
import math
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoviz.errors import EvaluationError, GeovizError
from geoviz.model import Source, great_circle_km

ACC_KM = 161.0  # 100 miles, the customary geoparsing threshold
TRUTH_ROLES = {"origin": "origin", "intended_destination": "destination", "diverted_to": "diversion"}


def _load_json(path: str | os.PathLike[str]) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as exc:
        raise EvaluationError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise EvaluationError(f"{path} is not valid JSON: {exc}") from None


# ---------------------------------------------------------------------------- incidents

@dataclass(frozen=True, slots=True)
class CaseScore:
    file: str
    strict: int
    lenient: int
    total: int
    notes: tuple[str, ...]

    def line(self) -> str:
        return f"{self.file[:36]:<36} {self.strict}/{self.total}  {' '.join(self.notes)}"


@dataclass(frozen=True, slots=True)
class IncidentScore:
    cases: tuple[CaseScore, ...]
    seconds: float

    @property
    def strict(self) -> int:
        return sum(c.strict for c in self.cases)

    @property
    def lenient(self) -> int:
        return sum(c.lenient for c in self.cases)

    @property
    def total(self) -> int:
        return sum(c.total for c in self.cases)

    def lines(self) -> list[str]:
        return [*(c.line() for c in self.cases), f"time {self.seconds:.1f}s",
                f"strict={self.strict}/{self.total} lenient={self.lenient}/{self.total}"]


def role_points(collection: dict[str, Any], role: str) -> list[tuple[float, float, str]]:
    """(lat, lon, name) of the Point features of a FeatureCollection with ``properties.role``."""
    out = []
    for feature in collection.get("features", []):
        props = feature.get("properties") or {}
        geometry = feature.get("geometry") or {}
        if props.get("role") == role and geometry.get("type") == "Point":
            lon, lat = geometry["coordinates"][:2]
            out.append((lat, lon, props.get("name")))
    return out


def score_case(case: dict[str, Any], collection: dict[str, Any], *, error: str = "",
               city_km: float = 50.0) -> CaseScore:
    """Score one truth case against the FeatureCollection built for it (``{}`` when it failed)."""
    notes = [f"error: {error}"] if error else []
    strict = lenient = total = 0
    for key, role in TRUTH_ROLES.items():
        truth, predicted = case.get(key), role_points(collection, role)
        if truth is None:
            if predicted:
                total += 1
                notes.append(f"{role}: unexpected {predicted[0][2]}")
            continue
        total += 1
        best = min((min(great_circle_km(lat, lon, truth["lat"], truth["lon"]),
                        great_circle_km(lat, lon, truth.get("city_lat", truth["lat"]),
                                     truth.get("city_lon", truth["lon"])))
                    for lat, lon, _ in predicted), default=None)
        ok = best is not None and best <= city_km
        strict += ok
        lenient += ok
        notes.append(f"{role}:{'ok' if ok else 'MISS'}{'' if best is None else f'({best:.0f}km)'}")
    site, predicted = case.get("incident_site"), role_points(collection, "crash_site")
    if site is None:
        if predicted:
            total += 1
            notes.append("crash_site: unexpected")
    else:
        total += 1
        best = min((great_circle_km(lat, lon, site["lat"], site["lon"]) for lat, lon, _ in predicted),
                   default=None)
        strict_ok = best is not None and best <= site["tolerance_km"]
        lenient_ok = best is not None and best <= site.get("lenient_tolerance_km", site["tolerance_km"])
        strict += strict_ok
        lenient += lenient_ok
        verdict = "ok" if strict_ok else "lenient" if lenient_ok else "MISS"
        notes.append(f"crash_site:{verdict}{'' if best is None else f'({best:.1f}km)'}")
    return CaseScore(str(case.get("file", "?")), strict, lenient, total, tuple(notes))


def score_incidents(truth: str | os.PathLike[str], texts: str | os.PathLike[str], *,
                    city_km: float = 50.0, only: str = "", geocoder: str = "offline",
                    cache_dir: str | os.PathLike[str] | None = None,
                    build: Callable[[Path], dict[str, Any]] | None = None,
                    on_case: Callable[[CaseScore], None] | None = None) -> IncidentScore:
    """Build each case's map in-process and score it; ``build`` (path -> FeatureCollection)
    replaces the pipeline, e.g. in tests. ``on_case`` sees each result as soon as it is ready."""
    cases = _load_json(truth)
    if not isinstance(cases, list) or not all(isinstance(c, dict) and "file" in c for c in cases):
        raise EvaluationError(f"{truth}: expected a JSON list of cases, each with a \"file\"")
    if not Path(texts).is_dir():
        raise EvaluationError(f"no such folder: {texts}")
    build = build or _pipeline_builder(geocoder, cache_dir)
    results = []
    seconds = 0.0
    for case in cases:
        if only and only not in case["file"]:
            continue
        started = time.perf_counter()
        try:
            collection, error = build(Path(texts, case["file"])), ""
        # One failing case must not end the measurement: it is scored as missing everything.
        except Exception as exc:
            collection = {}
            error = str(exc) if isinstance(exc, GeovizError) else f"{type(exc).__name__}: {exc}"
        seconds += time.perf_counter() - started
        try:
            result = score_case(case, collection, error=error, city_km=city_km)
        except (KeyError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{truth}: malformed case {case['file']!r} ({exc!r})") from None
        results.append(result)
        if on_case:
            on_case(result)
    return IncidentScore(tuple(results), seconds)


def _pipeline_builder(geocoder: str,
                      cache_dir: str | os.PathLike[str] | None) -> Callable[[Path], dict[str, Any]]:
    from geoviz import pipeline
    from geoviz.app import make_gazetteer
    from geoviz.export import to_geojson
    from geoviz.sources import read_sources

    gazetteer = None

    def build(path: Path) -> dict[str, Any]:
        nonlocal gazetteer
        gazetteer = gazetteer or make_gazetteer(geocoder, cache_dir)  # loaded once, on first use
        return to_geojson(pipeline.build_map(read_sources([path]).sources, gazetteer))

    return build


# ---------------------------------------------------------------------------- geoparse

Gold = tuple[int, int, float, float]  # start, end, lat, lon


@dataclass(frozen=True, slots=True)
class GeoparseScore:
    docs: int
    true_positives: int
    false_positives: int
    false_negatives: int
    errors_km: tuple[float, ...]  # one per found gold toponym
    seconds: float

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        errs = self.errors_km
        return sum(1 for e in errs if e <= ACC_KM) / len(errs) if errs else 0.0

    @property
    def mean_km(self) -> float:
        return sum(self.errors_km) / len(self.errors_km) if self.errors_km else math.nan

    def lines(self) -> list[str]:
        gold = self.true_positives + self.false_negatives
        predicted = self.true_positives + self.false_positives
        rate = self.docs / self.seconds if self.seconds else math.inf
        return [f"docs={self.docs} gold={gold} predicted={predicted} secs={self.seconds:.2f}",
                f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} acc161={self.acc161:.3f} "
                f"mean_km={self.mean_km:.0f} docs/s={rate:.1f}"]


def realign(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """Some corpora's offsets are off by a few characters: move the span onto its phrase."""
    if not phrase or text[start:end] == phrase:
        return start, end
    for delta in sorted(range(-8, 9), key=abs):
        if text[start + delta:start + delta + len(phrase)] == phrase:
            return start + delta, start + delta + len(phrase)
    return start, end


def load_corpus(path: str | os.PathLike[str]) -> list[tuple[str, list[Gold]]]:
    """(text, gold toponyms) of each ``<article>`` of a TR-News / GeoVirus / LGL XML file."""
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise EvaluationError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ET.ParseError as exc:
        raise EvaluationError(f"{path} is not valid XML: {exc}") from None
    docs = []
    for article in root.iter("article"):
        text = article.findtext("text")
        if text is None:
            continue
        gold = []
        for tag in [*article.iter("toponym"), *article.iter("location")]:
            start, end = tag.findtext("start"), tag.findtext("end")
            lat = tag.findtext("gaztag/lat") or tag.findtext("lat")
            lon = tag.findtext("gaztag/lon") or tag.findtext("lon")
            if start is None or end is None or lat is None or lon is None:
                continue
            try:
                s, e = realign(text, int(start), int(end), tag.findtext("phrase") or tag.findtext("name"))
                gold.append((s, e, float(lat), float(lon)))
            except ValueError as exc:
                raise EvaluationError(f"{path}: malformed toponym ({exc})") from None
        docs.append((text, gold))
    return docs


def score_mentions(corpus: Sequence[tuple[str, Sequence[Gold]]],
                   predicted: Sequence[Iterable[dict[str, Any]]], seconds: float = 0.0) -> GeoparseScore:
    """Compare ``geoviz extract`` mentions (dicts with start, end, lat, lon) to gold toponyms;
    ``predicted[i]`` belongs to ``corpus[i]``."""
    tp = fp = fn = 0
    errors: list[float] = []
    for (_, gold), mentions in zip(corpus, predicted, strict=True):
        pred = [m for m in mentions if m.get("lat") is not None]
        used: set[int] = set()
        for start, end, lat, lon in gold:
            hits = [j for j, m in enumerate(pred) if m["start"] < end and start < m["end"]]
            if hits:
                tp += 1
                used.update(hits)
                errors.append(great_circle_km(lat, lon, pred[hits[0]]["lat"], pred[hits[0]]["lon"]))
            else:
                fn += 1
        fp += len(pred) - len(used)
    return GeoparseScore(len(corpus), tp, fp, fn, tuple(errors), seconds)


def score_geoparse(corpus: str | os.PathLike[str], *, limit: int = 0, geocoder: str = "offline",
                   cache_dir: str | os.PathLike[str] | None = None, jobs: int = 1) -> GeoparseScore:
    """Extract every article of the corpus in-process (as ``geoviz extract`` would) and score it.
    The time includes loading the gazetteer, as a command-line run's would."""
    from geoviz.app import extract_documents
    from geoviz.sources import title_of

    docs = load_corpus(corpus)
    if limit:
        docs = docs[:limit]
    # Named as the shared scorer names its files; texts as read back from such a file, so
    # blank articles are left out just as read_sources would skip them.
    sources = [Source(name=f"{i:04d}.txt", path=f"{i:04d}.txt", text=text, title=title_of(text))
               for i, (text, _) in enumerate(docs) if text.strip()]
    started = time.perf_counter()
    by_name = {d["source"]: d["mentions"] for d in extract_documents(sources, geocoder=geocoder,
                                                                     cache_dir=cache_dir, jobs=jobs)}
    seconds = time.perf_counter() - started
    predicted = [by_name.get(f"{i:04d}.txt", []) for i in range(len(docs))]
    return score_mentions(docs, predicted, seconds)
