from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from geoviz.errors import NoSourcesError, SourceError
from geoviz.sources import read_source, read_sources, title_of

TEXT = "Flight lands early\n\nThe plane left Baku at dawn.\n"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


def test_reads_utf8_file(tmp_path: Path) -> None:
    src = read_source(write(tmp_path / "a.txt", TEXT))
    assert (src.name, src.text, src.title, src.encoding, src.warnings) == (
        "a.txt", TEXT, "Flight lands early", "utf-8", ())
    assert src.path == str(tmp_path / "a.txt")


def test_text_is_not_normalised(tmp_path: Path) -> None:
    raw = "Line one\r\nCafe\u0301 in Baku\r\n"
    src = read_source(write(tmp_path / "crlf.txt", raw))
    assert src.text == raw  # CRLF and combining accent kept: offsets index the file's text
    assert src.text[src.text.index("Baku"):][:4] == "Baku"


def test_bom_is_removed_and_noted(tmp_path: Path) -> None:
    src = read_source(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + TEXT.encode()))
    assert src.text == TEXT and src.encoding == "utf-8-sig"


def test_utf16_with_bom(tmp_path: Path) -> None:
    src = read_source(write(tmp_path / "u16.txt", TEXT.encode("utf-16")))
    assert src.text == TEXT and src.encoding == "utf-16"


def test_cp1252_decodes_with_warning(tmp_path: Path) -> None:
    src = read_source(write(tmp_path / "old.txt", "The \u201cjet\u201d left Bak\u00fa.\n".encode("cp1252")))
    assert src.text == "The \u201cjet\u201d left Bak\u00fa.\n"
    assert src.encoding == "cp1252"
    assert len(src.warnings) == 1 and "not UTF-8" in src.warnings[0]


def test_latin1_is_last_resort(tmp_path: Path) -> None:
    data = b"Bytes cp1252 leaves undefined: \x81\x8d and text\n"
    src = read_source(write(tmp_path / "odd.txt", data))
    assert src.encoding == "latin-1" and src.text == data.decode("latin-1")


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_refuses_empty_and_binary(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        read_source(write(tmp_path / "x.txt", data))


def test_refuses_large_file(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 1000)
    with pytest.raises(SourceError, match="too large"):
        read_source(path, max_bytes=1000)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", TEXT)

    def deny(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # As chmod 000 would (tests may run as root, whom modes do not stop).
    monkeypatch.setattr(Path, "open", deny)
    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(SourceError, match="Permission denied"):
        read_source(path)


def test_folder_recursive_sorted_filtered(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.md", "sub/c.txt", "sub/deeper/d.TXT", "notes.pdf", ".hidden.txt",
                ".git/e.txt", "a b/f.txt"):
        write(tmp_path / rel, TEXT)
    found = read_sources([tmp_path])
    assert [s.name for s in found.sources] == ["f.txt", "a.md", "b.txt", "c.txt", "d.TXT"]
    assert found.skipped == ()


def test_order_of_paths_is_kept_and_repeats_dropped(tmp_path: Path) -> None:
    b, a = write(tmp_path / "b.txt", TEXT), write(tmp_path / "a.txt", TEXT)
    found = read_sources([b, a, tmp_path, b])
    assert [s.name for s in found.sources] == ["b.txt", "a.txt"]


def test_same_basename_is_disambiguated(tmp_path: Path) -> None:
    write(tmp_path / "reuters" / "story.txt", TEXT)
    write(tmp_path / "tass" / "story.txt", TEXT)
    write(tmp_path / "tass" / "other.txt", TEXT)
    names = [s.name for s in read_sources([tmp_path]).sources]
    assert names == ["reuters/story.txt", "other.txt", "tass/story.txt"]
    assert len(set(names)) == len(names)


def test_skips_bad_files_but_keeps_good(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", TEXT)
    write(tmp_path / "empty.txt", "")
    found = read_sources([tmp_path])
    assert [s.name for s in found.sources] == ["good.txt"]
    assert found.skipped == ((str(tmp_path / "empty.txt"), "empty file"),)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no such file or folder"):
        read_sources([tmp_path / "nope.txt"])


def test_nothing_readable(tmp_path: Path) -> None:
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "bin.txt", b"\x00\x01\x02")
    with pytest.raises(NoSourcesError) as info:
        read_sources([tmp_path])
    message = str(info.value)
    assert "\n" not in message and "empty file" in message and "binary" in message


def test_empty_folder_and_no_paths(tmp_path: Path) -> None:
    with pytest.raises(NoSourcesError, match="folder has no"):
        read_sources([tmp_path])
    with pytest.raises(NoSourcesError):
        read_sources([])


def test_explicit_file_with_any_suffix(tmp_path: Path) -> None:
    assert read_sources([write(tmp_path / "story.text", TEXT)]).sources[0].name == "story.text"


@pytest.mark.parametrize(("text", "title"), [
    ("\n\n  Hello   world  \nrest", "Hello world"),
    ("", ""),
    ("x" * 300, "x" * 119 + "…"),
])
def test_title(text: str, title: str) -> None:
    assert title_of(text) == title


def test_long_title_cut_at_a_word() -> None:
    title = title_of("word " * 60)
    assert len(title) <= 120 and title.endswith("word…")


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlinked_file_counted_once(tmp_path: Path) -> None:
    real = write(tmp_path / "real.txt", TEXT)
    (tmp_path / "link.txt").symlink_to(real)
    assert len(read_sources([tmp_path]).sources) == 1
