"""A real build that fails or is interrupted part-way leaves the previous HTML, GeoJSON and KML
byte for byte, and no temporary file behind (test_cli.py covers a failing exporter with fakes;
here the failure comes while the files themselves are being written)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoviz import app
from geoviz.cli import main

FIRST = "The jet flew from Lyon to Oslo and crashed near Oslo.\n"
SECOND = "The plane left Hamburg for Paris and was diverted to Bremen.\n"


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A folder holding a first build's three outputs, and their bytes."""
    (tmp_path / "first.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    app.build([tmp_path / "first.txt"], out / "map.html", geojson=out / "map.geojson", kml=out / "map.kml")
    return tmp_path, {p.name: p.read_bytes() for p in out.iterdir()}


def outputs(folder: Path) -> list[str]:
    return ["--geojson", str(folder / "out" / "map.geojson"), "--kml", str(folder / "out" / "map.kml")]


def assert_unchanged(folder: Path, before: dict[str, bytes]) -> None:
    after = {p.name: p.read_bytes() for p in (folder / "out").iterdir()}
    assert after == before  # same files (no temporary left behind), same bytes


def test_disk_full_while_writing_the_last_output(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, before = previous
    real_fsync, calls = os.fsync, []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:  # the HTML and the GeoJSON are on disk, the KML is not
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    result = CliRunner().invoke(main, ["build", str(folder / "second.txt"), "-o",
                                       str(folder / "out" / "map.html"), *outputs(folder)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip().splitlines() == [
        f"error: cannot write {folder / 'out' / 'map.kml'}: No space left on device"]
    assert_unchanged(folder, before)


def test_interrupt_while_writing(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, before = previous
    real_fsync, calls = os.fsync, []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise KeyboardInterrupt  # Ctrl-C after the map was written, before the GeoJSON was
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(KeyboardInterrupt):
        app.build([folder / "second.txt"], folder / "out" / "map.html",
                  geojson=folder / "out" / "map.geojson", kml=folder / "out" / "map.kml")
    assert_unchanged(folder, before)


def test_failing_render_leaves_the_old_outputs(previous, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, before = previous

    def broken(*args: object, **kwargs: object) -> str:
        raise MemoryError

    monkeypatch.setattr("geoviz.render.render_html", broken)
    result = CliRunner().invoke(main, ["build", str(folder / "second.txt"), "-o",
                                       str(folder / "out" / "map.html"), *outputs(folder)])
    assert result.exit_code == 1 and result.stderr.startswith("error: MemoryError")
    assert_unchanged(folder, before)


def test_a_successful_build_replaces_all_three(previous) -> None:
    """The other tests would pass if nothing were ever written."""
    folder, before = previous
    result = CliRunner().invoke(main, ["build", str(folder / "second.txt"), "-o",
                                       str(folder / "out" / "map.html"), *outputs(folder)])
    assert result.exit_code == 0, result.output
    after = {p.name: p.read_bytes() for p in (folder / "out").iterdir()}
    assert set(after) == set(before) and all(after[name] != before[name] for name in before)
