from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from geoviz.errors import OutputError
from geoviz.output import check_writable, write_atomic


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_text_bytes_and_chunks(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    assert write_atomic(target, "Aqtaū\n") == len("Aqtaū\n".encode())
    assert target.read_text(encoding="utf-8") == "Aqtaū\n"
    write_atomic(target, b"\x00bytes")
    assert target.read_bytes() == b"\x00bytes"
    assert write_atomic(target, iter(["a", b"b", "c"])) == 3
    assert target.read_text() == "abc"
    assert leftovers(tmp_path) == []


def test_failing_data_keeps_old_file(tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    target.write_text("old map")

    def chunks() -> Iterator[str]:
        yield "new half"
        raise RuntimeError("render failed")

    with pytest.raises(RuntimeError, match="render failed"):
        write_atomic(target, chunks())
    assert target.read_text() == "old map"
    assert leftovers(tmp_path) == []


def test_failing_rename_keeps_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "map.html"
    target.write_text("old map")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OutputError, match=r"cannot write .*map\.html: No space left on device"):
        write_atomic(target, "new map")
    assert target.read_text() == "old map"
    assert leftovers(tmp_path) == []


def test_keeps_mode_of_replaced_file(tmp_path: Path) -> None:
    target = tmp_path / "x.geojson"
    target.write_text("{}")
    target.chmod(0o640)
    write_atomic(target, "[]")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing" / "map.html", "does not exist"),
    (lambda d: d, "is a folder"),
])
def test_bad_targets(tmp_path: Path, make, message: str) -> None:
    target = make(tmp_path)
    with pytest.raises(OutputError, match=message) as info:
        write_atomic(target, "x")
    assert "\n" not in str(info.value)
    with pytest.raises(OutputError):
        check_writable(target)


def test_relative_path_in_current_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomic("plain.txt", "ok")
    assert (tmp_path / "plain.txt").read_text() == "ok"
