from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoviz.errors import EvaluationError
from geoviz.evaluate import load_corpus, realign, score_case, score_incidents, score_mentions
from geoviz.model import great_circle_km


def point(role: str, lon: float, lat: float, name: str = "x") -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"role": role, "name": name}}


CASE = {"file": "c.txt", "origin": {"lat": 10.0, "lon": 10.0, "city_lat": 11.0, "city_lon": 10.0},
        "intended_destination": None, "diverted_to": None,
        "incident_site": {"lat": 0.0, "lon": 0.0, "tolerance_km": 5, "lenient_tolerance_km": 50}}


def test_haversine() -> None:
    assert great_circle_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)


def test_city_centre_counts_and_lenient_site() -> None:
    fc = {"features": [point("origin", 10.0, 11.2), point("crash_site", 0.2, 0.0),
                       point("flown_route", 0, 0)]}
    score = score_case(CASE, fc)
    assert (score.strict, score.lenient, score.total) == (1, 2, 2)
    assert score.notes == ("origin:ok(22km)", "crash_site:lenient(22.2km)")


def test_unexpected_roles_are_false_positives() -> None:
    fc = {"features": [point("diversion", 5, 5, "Nowhere"), point("destination", 1, 1)]}
    score = score_case({**CASE, "incident_site": None}, fc)
    assert (score.strict, score.total) == (0, 3)
    assert "diversion: unexpected Nowhere" in score.notes and "destination: unexpected x" in score.notes


def test_failed_build_scores_nothing(tmp_path: Path) -> None:
    (tmp_path / "truth.json").write_text(json.dumps([CASE]))

    def build(path: Path) -> dict:
        raise RuntimeError(f"no map for {path.name}")

    result = score_incidents(tmp_path / "truth.json", tmp_path, build=build)
    assert result.lines()[-1] == "strict=0/2 lenient=0/2"
    assert result.cases[0].notes[0] == "error: RuntimeError: no map for c.txt"


def test_malformed_truth(tmp_path: Path) -> None:
    (tmp_path / "t.json").write_text('{"file": "x"}')
    with pytest.raises(EvaluationError, match="list of cases"):
        score_incidents(tmp_path / "t.json", tmp_path, build=dict)
    with pytest.raises(EvaluationError, match="cannot read"):
        score_incidents(tmp_path / "missing.json", tmp_path)


def test_realign_and_corpus(tmp_path: Path) -> None:
    assert realign("xx Paris yy", 1, 6, "Paris") == (3, 8)
    assert realign("xx Paris yy", 3, 8, "Paris") == (3, 8)
    (tmp_path / "c.xml").write_text(
        "<articles><article><text>In Paris now</text><toponyms><toponym><phrase>Paris</phrase>"
        "<start>2</start><end>7</end><gaztag><lat>48.85</lat><lon>2.35</lon></gaztag></toponym>"
        "</toponyms></article></articles>")
    assert load_corpus(tmp_path / "c.xml") == [("In Paris now", [(3, 8, 48.85, 2.35)])]
    (tmp_path / "bad.xml").write_text("<articles>")
    with pytest.raises(EvaluationError, match="not valid XML"):
        load_corpus(tmp_path / "bad.xml")


def test_score_mentions() -> None:
    corpus = [("t", [(0, 5, 48.85, 2.35), (10, 15, 0.0, 0.0)])]
    predicted = [[{"start": 0, "end": 5, "lat": 48.85, "lon": 2.35},
                  {"start": 20, "end": 25, "lat": 1.0, "lon": 1.0},
                  {"start": 30, "end": 35, "lat": None, "lon": None}]]
    score = score_mentions(corpus, predicted, seconds=2.0)
    assert (score.true_positives, score.false_positives, score.false_negatives) == (1, 1, 1)
    assert score.lines()[1] == "P=0.500 R=0.500 F1=0.500 acc161=1.000 mean_km=0 docs/s=0.5"
