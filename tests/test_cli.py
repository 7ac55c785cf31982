"""The ``geoviz`` command: bad inputs fail in one line, outputs are written, errors never show a
traceback without --verbose. The pipeline, renderer and gazetteer are replaced by small fakes
here (the real ones have their own tests); ``test_real_*`` run them when they are present."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from conftest import make_incident

import geoviz
from geoviz import app
from geoviz.cli import _with_progress, main, progress_wanted
from geoviz.model import Document, Evidence, Mention, Place, Sentence, Statement

TEXT = "Flight left Baku for Grozny.\nIt crashed near Aktau.\n"
BAKU = Place("Baku", 40.37767, 49.89201, "city", "AZ", population=1_116_513, source="geonames")
AKTAU = Place("Aktau", 43.65, 51.2, "city", "KZ", population=147_443, source="geonames")


def fake_gazetteer(geocoder: str = "offline", cache_dir: object = None) -> object:
    """Module-level so that --jobs can pickle it into worker processes."""

    class Gazetteer:
        def lookup(self, name: str) -> tuple[Place, ...]:
            return {"baku": (BAKU,), "aktau": (AKTAU, BAKU)}.get(name.lower(), ())

    return Gazetteer()


def fake_extract(sources, gazetteer=None) -> tuple[Document, ...]:
    docs = []
    for s in sources:
        at = s.text.find("Baku")
        sentence = Sentence(s.name, 0, len(s.text), s.text)
        mentions = (Mention(s.name, at, at + 4, "Baku", BAKU, sentence),) if at >= 0 else ()
        statements = tuple(Statement("origin", BAKU, m, Evidence.of(sentence), "left") for m in mentions)
        docs.append(Document(s, mentions, statements))
    return tuple(docs)


def fake_module(monkeypatch: pytest.MonkeyPatch, name: str, **attributes: object) -> types.ModuleType:
    """Install ``geoviz.<name>``: the CLI imports stages lazily, so it picks the fake up."""
    module = types.ModuleType(f"geoviz.{name}")
    module.__dict__.update(attributes)
    monkeypatch.setitem(sys.modules, f"geoviz.{name}", module)
    monkeypatch.setattr(geoviz, name, module, raising=False)
    return module


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> list:
    """Fake gazetteer, pipeline and renderer; returns the list of sources build_map was given."""
    seen: list = []

    def build_map(sources, gazetteer=None):
        seen.extend(sources)
        return make_incident()

    fake_module(monkeypatch, "render",
                render_html=lambda incident, *, tiles=None: f"<html>{incident.title} tiles={tiles}</html>")
    fake_module(monkeypatch, "pipeline", build_map=build_map, extract=fake_extract)
    monkeypatch.setattr(app, "make_gazetteer", fake_gazetteer)
    return seen


def run(*args: str) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args])


def assert_one_line_error(result: Result, *words: str) -> None:
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.md").write_text("Second report\n\nIt came down near Aktau.\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------- basics

def test_version_and_help() -> None:
    assert run("--version").output.strip().endswith("0.1.0")
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "extract", "geocode", "eval"):
        assert command in result.output
    assert ".txt and .md" in run("build", "--help").output


def test_cli_import_stays_light() -> None:
    """`geoviz --help` and argument errors must not pay for folium, shapely or geopy."""
    code = ("import sys, geoviz.cli; "
            "print([m for m in ('folium', 'shapely', 'geopy', 'branca') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = run("build", tmp_path)  # no -o
    assert result.exit_code == 2 and "Missing option" in result.output


# ---------------------------------------------------------------------------- bad inputs

def test_missing_source(tmp_path: Path) -> None:
    assert_one_line_error(run("build", tmp_path / "nope.txt", "-o", tmp_path / "m.html"),
                          "error:", "no such file or folder")


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert_one_line_error(run("build", tmp_path / "empty", "-o", tmp_path / "m.html"),
                          "no readable sources", "folder has no")


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("")
    assert_one_line_error(run("build", tmp_path / "e.txt", "-o", tmp_path / "m.html"), "empty file")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert_one_line_error(run("extract", tmp_path / "b.txt"), "binary file")


def test_output_folder_missing(texts: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("build", texts, "-o", tmp_path / "no" / "m.html"), "does not exist")


def test_output_is_a_folder(texts: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("build", texts, "-o", tmp_path), "is a folder")
    assert_one_line_error(run("build", texts, "-o", tmp_path / "m.html", "--geojson", tmp_path),
                          "is a folder")


def test_same_output_twice(texts: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("build", texts, "-o", tmp_path / "m", "--geojson", tmp_path / "m"),
                          "different files")


def test_unexpected_error_one_line_unless_verbose(texts: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, fakes: list) -> None:
    def boom(sources, gazetteer=None):
        raise ZeroDivisionError("a bug\nover two lines")

    monkeypatch.setattr(geoviz.pipeline, "build_map", boom)
    result = run("build", texts, "-o", tmp_path / "m.html")
    assert_one_line_error(result, "error: ZeroDivisionError: a bug over two lines")
    assert result.exit_code == 1
    verbose = run("build", texts, "-o", tmp_path / "m.html", "-v")
    assert verbose.exit_code == 1 and "Traceback" in verbose.stderr
    assert "Traceback" in run("-v", "build", texts, "-o", tmp_path / "m.html").stderr
    assert not (tmp_path / "m.html").exists()


# ---------------------------------------------------------------------------- build

def test_build_writes_all_outputs(texts: Path, tmp_path: Path, fakes: list,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    launched = []
    monkeypatch.setattr(click, "launch", lambda url, **kw: launched.append(url))
    out = tmp_path / "out"
    out.mkdir()
    result = run("build", texts, "-o", out / "m.html", "--geojson", out / "m.geojson",
                 "--kml", out / "m.kml", "--tiles", "OpenStreetMap", "--open")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"wrote {out / 'm.html'} (") and lines[0].endswith(
        "4 features from 2 sources)")
    assert lines[1].startswith(f"wrote {out / 'm.geojson'}") and lines[2].startswith(f"wrote {out / 'm.kml'}")
    assert (out / "m.html").read_text() == "<html>Test incident tiles=OpenStreetMap</html>"
    assert json.loads((out / "m.geojson").read_text())["type"] == "FeatureCollection"
    assert (out / "m.kml").read_text().startswith("<?xml")
    assert launched == [str(out / "m.html")]
    assert [s.name for s in fakes] == ["a.txt", "b.md"]


def test_build_warns_about_skipped_and_non_utf8(texts: Path, tmp_path: Path, fakes: list) -> None:
    (texts / "empty.txt").write_text("")
    (texts / "old.txt").write_bytes("Caf\u00e9 report from Bak\u00fa\n".encode("cp1252"))
    result = run("build", texts, "-o", tmp_path / "m.html")
    assert result.exit_code == 0, result.output
    assert f"warning: skipped {texts / 'empty.txt'}: empty file" in result.stderr
    assert "warning: old.txt: not UTF-8" in result.stderr and "cp1252" in result.stderr
    assert [s.text for s in fakes if s.name == "old.txt"] == ["Caf\u00e9 report from Bak\u00fa\n"]


def test_build_failure_keeps_previous_map(texts: Path, tmp_path: Path, fakes: list,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "m.html").write_text("previous")
    (tmp_path / "m.geojson").write_text("previous")

    def broken(incident):
        raise ValueError("cannot export")

    monkeypatch.setattr("geoviz.export.to_kml", broken)
    result = run("build", texts, "-o", tmp_path / "m.html", "--geojson", tmp_path / "m.geojson",
                 "--kml", tmp_path / "m.kml")
    assert_one_line_error(result, "cannot export")
    assert (tmp_path / "m.html").read_text() == "previous"
    assert (tmp_path / "m.geojson").read_text() == "previous"


def test_build_defaults_to_seeds(tmp_path: Path, fakes: list) -> None:
    if app.default_seeds() is None:
        pytest.skip("not a source checkout")
    result = run("build", "-o", tmp_path / "m.html")
    assert result.exit_code == 0, result.output
    assert len(fakes) == len(list(app.default_seeds().glob("*.txt")))


def test_build_without_seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app, "default_seeds", lambda: None)
    result = run("build", "-o", tmp_path / "m.html")
    assert result.exit_code == 2 and "seeds/" in result.output


# ---------------------------------------------------------------------------- extract

def test_extract_json_to_stdout(texts: Path, fakes: list) -> None:
    result = run("extract", texts, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert [d["source"] for d in out["documents"]] == ["a.txt", "b.md"]
    baku = out["documents"][0]["mentions"][0]
    assert TEXT[baku["start"]:baku["end"]] == baku["text"] == "Baku"
    assert out["skipped"] == []


def test_extract_to_file_and_text(texts: Path, tmp_path: Path, fakes: list) -> None:
    result = run("extract", texts, "-o", tmp_path / "x.json")
    assert result.exit_code == 0 and "2 documents" in result.stderr
    assert len(json.loads((tmp_path / "x.json").read_text())["documents"]) == 2
    text = run("extract", texts, "--text").stdout
    assert "a.txt: 1 mentions, 1 statements" in text and "-> Baku (city, AZ)" in text


def test_extract_jobs_keeps_order(tmp_path: Path, fakes: list) -> None:
    for i in range(150):  # more than one chunk per worker
        (tmp_path / f"{i:03d}.txt").write_text(f"Report {i} from Baku.\n")
    result = run("extract", tmp_path, "--jobs", "2")
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)["documents"]
    assert [d["source"] for d in docs] == [f"{i:03d}.txt" for i in range(150)]
    assert run("extract", tmp_path, "--jobs", "1").stdout == result.stdout


def test_extract_is_quiet_in_a_pipe(texts: Path, fakes: list) -> None:
    # CliRunner's stderr is not a terminal: no progress bar, not even its label.
    result = run("extract", texts, "--json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal() -> None:
    assert progress_wanted(_Terminal())
    assert not progress_wanted(io.StringIO())
    assert not progress_wanted(object())  # no isatty()
    closed = io.StringIO()
    closed.close()
    assert not progress_wanted(closed)  # isatty() raises ValueError


def test_progress_bar_passes_every_document_through() -> None:
    terminal = _Terminal()
    assert list(_with_progress(iter(range(7)), 7, terminal)) == list(range(7))
    assert "extracting" in terminal.getvalue() and "100%" in terminal.getvalue()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_real_extract_draws_progress_on_a_terminal(texts: Path) -> None:
    """The real command, its stderr a pseudo-terminal: the bar is drawn there, stdout stays JSON."""
    import pty

    master, replica = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "geoviz", "extract", str(texts), "--json"],
                            stdout=subprocess.PIPE, stderr=replica)
    os.close(replica)
    stdout, _ = proc.communicate(timeout=120)
    seen = b""
    with contextlib.suppress(OSError):  # EIO once the terminal's last writer has gone
        while chunk := os.read(master, 4096):
            seen += chunk
    os.close(master)
    assert proc.returncode == 0, seen
    assert b"extracting" in seen and b"100%" in seen
    assert len(json.loads(stdout)["documents"]) == 2


def test_library_warnings_are_one_line(texts: Path, fakes: list) -> None:
    result = run("extract", texts, "--geocoder", "nominatim", "--jobs", "2")
    assert result.exit_code == 0, result.output
    assert result.stderr == "warning: --jobs ignored with the nominatim geocoder\n"


# ---------------------------------------------------------------------------- geocode

def test_geocode(fakes: list) -> None:
    rows = json.loads(run("geocode", "Aktau", "--json").stdout)
    assert [r["name"] for r in rows] == ["Aktau", "Baku"]
    assert set(rows[0]) == {"name", "kind", "country", "lat", "lon", "population", "source"}
    assert len(json.loads(run("geocode", "Aktau", "--json", "--limit", "1").stdout)) == 1
    assert "KZ" in run("geocode", "Aktau").stdout
    assert_one_line_error(run("geocode", "Atlantis"), "no gazetteer entry")


# ---------------------------------------------------------------------------- eval

def test_eval_incidents(tmp_path: Path, fakes: list) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "case.txt").write_text(TEXT)
    truth = [{"file": "case.txt",
              "origin": {"name": "Baku", "lat": 40.4675, "lon": 50.0467, "city_lat": 40.4093,
                         "city_lon": 49.8671},
              "intended_destination": {"name": "Grozny", "lat": 43.388, "lon": 45.698},
              "diverted_to": None,
              "incident_site": {"name": "near Aktau", "lat": 43.6512, "lon": 51.1234, "tolerance_km": 5}}]
    (tmp_path / "truth.json").write_text(json.dumps(truth))
    result = run("eval", "incidents", tmp_path / "truth.json", tmp_path / "texts")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("case.txt") and "origin:ok" in lines[0] and "destination:MISS" in lines[0]
    assert lines[-1] == "strict=2/3 lenient=2/3"


def test_eval_bad_truth(tmp_path: Path) -> None:
    (tmp_path / "truth.json").write_text("{not json")
    assert_one_line_error(run("eval", "incidents", tmp_path / "truth.json", tmp_path), "not valid JSON")


def test_eval_geoparse(tmp_path: Path, fakes: list) -> None:
    corpus = tmp_path / "c.xml"
    corpus.write_text(
        "<articles><article><text>Flight left Baku for Grozny.</text><locations>"
        "<location><name>Baku</name><start>12</start><end>16</end><lat>40.4</lat><lon>49.9</lon></location>"
        "<location><name>Grozny</name><start>21</start><end>27</end><lat>43.3</lat><lon>45.7</lon></location>"
        "</locations></article></articles>")
    result = run("eval", "geoparse", corpus)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("P=1.000 R=0.500 F1=0.667 acc161=1.000")


# ---------------------------------------------------------------------------- real stages

def _skip_if_unbuilt(result: Result) -> None:
    # TODO: drop once pipeline, gazetteer and render are all in place.
    message = result.stderr
    if result.exit_code and ("NotImplementedError" in message
                             or ("Error" in message and "geoviz." in message and "import" in message)):
        pytest.skip(f"pipeline not complete yet: {message.strip()}")


def test_real_build_seeds(tmp_path: Path) -> None:
    if app.default_seeds() is None:
        pytest.skip("not a source checkout")
    result = run("build", app.default_seeds(), "-o", tmp_path / "m.html", "--geojson", tmp_path / "m.geojson")
    _skip_if_unbuilt(result)
    assert result.exit_code == 0, result.output
    fc = json.loads((tmp_path / "m.geojson").read_text())
    assert fc["features"]


def test_real_extract_offsets(texts: Path) -> None:
    result = run("extract", texts)
    _skip_if_unbuilt(result)
    assert result.exit_code == 0, result.output
    for doc in json.loads(result.stdout)["documents"]:
        text = (texts / doc["source"]).read_text(encoding="utf-8")
        for m in doc["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
