"""Bad input to the real ``geoviz build`` (no fakes): one ``error:`` line on stderr and a non-zero
exit, never a traceback unless ``--verbose``; sources that fail are skipped with one ``warning:``
line each while the good ones are built. Cases test_cli.py already runs are not repeated here."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from geoviz.cli import main
from geoviz.errors import SourceError
from geoviz.sources import MAX_BYTES, read_source

REPORT = "The jet flew from Lyon to Oslo and crashed near Oslo.\n"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def build(*args: object) -> Result:
    return CliRunner().invoke(main, ["build", *map(str, args)])


def assert_one_error(result: Result, *words: str) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


def warnings_of(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("warning: ")]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- one bad source


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary file"),
    (b"\n \t\r\n", "empty file"),
])
def test_bad_file_alone_is_one_line(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    assert_one_error(build(tmp_path / "bad.txt", "-o", tmp_path / "m.html"), "no readable sources", reason)
    assert not (tmp_path / "m.html").exists()


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    result = build(tmp_path / "nope.txt", "-o", tmp_path / "m.html", "--verbose")
    assert result.exit_code == 1 and "Traceback" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: no readable sources")


def test_large_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: 100 MB in no time and no disk
    line = assert_one_error(build(big, "-o", tmp_path / "m.html"), "too large")
    assert "100.0 MB" in line and f"the limit is {MAX_BYTES // 2**20} MB" in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_stream_without_a_size_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    """A pipe (like /dev/zero, or `geoviz build <(cmd)`) reports size 0: the limit must hold while
    reading, not only by the size stat() gives."""
    fifo = tmp_path / "stream.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as f:
            f.write(b"word " * 1000)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    with pytest.raises(SourceError, match="too large"):
        read_source(fifo, max_bytes=1000)
    writer.join(5)


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 * 2**30, 4 * 2**30))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_endless_device_is_refused(tmp_path: Path) -> None:
    # A subprocess with time and memory limits: reading /dev/zero whole would never end.
    done = subprocess.run([sys.executable, "-m", "geoviz", "build", "/dev/zero", "-o", str(tmp_path / "m.html")],
                          capture_output=True, text=True, timeout=60, preexec_fn=_limit_memory)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == ["error: no readable sources (/dev/zero: too large (the limit is 20 MB))"]


@pytest.mark.skipif(AS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file_is_skipped(tmp_path: Path, good: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(REPORT, encoding="utf-8")
    locked.chmod(0)
    try:
        assert_one_error(build(locked, "-o", tmp_path / "m.html"), "Permission denied")
        result = build(good, locked, "-o", tmp_path / "m.html")
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 0, result.output
    assert warnings_of(result) == [f"warning: skipped {locked}: cannot read: Permission denied"]


# ---------------------------------------------------------------------------- places


def test_text_without_places_is_an_error_and_keeps_the_old_map(tmp_path: Path) -> None:
    """Nothing to draw: an error (scripts notice), and an empty map never replaces a real one."""
    (tmp_path / "m.html").write_bytes(b"previous map")
    (tmp_path / "calm.txt").write_text("The weather was fine and nothing happened at all.\n", encoding="utf-8")
    assert_one_error(build(tmp_path / "calm.txt", "-o", tmp_path / "m.html"), "no places found",
                     "nothing to map")
    assert (tmp_path / "m.html").read_bytes() == b"previous map"


def test_places_without_a_route_make_a_map_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "p.txt").write_text("Delegates from Oslo and Lyon met in Paris.\n", encoding="utf-8")
    result = build(tmp_path / "p.txt", "-o", tmp_path / "m.html")
    assert result.exit_code == 0, result.output
    (warning,) = warnings_of(result)
    assert "no flight route found" in warning
    assert (tmp_path / "m.html").stat().st_size > 0


def test_non_utf8_text_is_decoded_and_built(tmp_path: Path) -> None:
    text = "Caf\u00e9 owners in Lyon said the jet flew from Lyon to Oslo and crashed near Oslo.\n"
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    result = build(tmp_path / "old.txt", "-o", tmp_path / "m.html", "--geojson", tmp_path / "m.geojson")
    assert result.exit_code == 0, result.output
    assert warnings_of(result) == ["warning: old.txt: not UTF-8 (invalid byte at offset 3); decoded as cp1252"]
    assert "Caf\u00e9 owners in Lyon" in (tmp_path / "m.geojson").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------- some sources fail


def test_good_sources_are_built_and_bad_ones_listed(tmp_path: Path, good: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 64)
    with (folder / "huge.txt").open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    missing = tmp_path / "typo.txt"
    result = build(folder, missing, good, "-o", tmp_path / "m.html")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    skipped = {line.split(": ")[1].removeprefix("skipped ") for line in warnings_of(result)}
    assert skipped == {str(folder / "blob.txt"), str(folder / "empty.txt"), str(folder / "huge.txt"),
                       str(missing)}
    assert result.stderr.splitlines()[-1].endswith("from 2 sources)")


# ---------------------------------------------------------------------------- outputs


def test_output_beside_a_file_is_one_line(tmp_path: Path, good: Path) -> None:
    assert_one_error(build(good, "-o", good / "m.html"), "is not a folder")


@pytest.mark.skipif(AS_ROOT, reason="root writes into folders whatever their mode")
def test_unwritable_output_folder(tmp_path: Path, good: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert_one_error(build(good, "-o", locked / "m.html"), "not writable")
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not os.path.isdir("/proc/1"), reason="needs Linux /proc")
def test_output_folder_nobody_may_write(tmp_path: Path, good: Path) -> None:
    """The unwritable-folder case that holds even for root."""
    assert_one_error(build(good, "-o", "/proc/1/m.html"), "cannot write /proc/1/m.html")
