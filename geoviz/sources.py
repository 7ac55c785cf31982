"""Reading input documents: files and folders in, :class:`~geoviz.model.Source` values out.

Offsets everywhere in geoviz index ``Source.text``: the file's bytes as decoded, with no newline
translation or Unicode normalisation. A UTF-8 byte-order mark is not part of that text (it is
decoded with ``utf-8-sig``, recorded as ``Source.encoding == "utf-8-sig"``), so offsets count from
the first character after it.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geoviz.errors import NoSourcesError, SourceError
from geoviz.model import Source

#: File suffixes read from folders (files named explicitly are read whatever their suffix).
SUFFIXES: tuple[str, ...] = (".txt", ".md")
#: Larger files are refused: news reports are kilobytes, and the pipeline keeps text in memory.
MAX_BYTES = 20 * 1024 * 1024
TITLE_CHARS = 120

# Encodings tried, in order, for bytes that are not UTF-8. cp1252 is what "not UTF-8" news text
# almost always is (Word, old CMSs); latin-1 never fails, so it is the last resort.
_FALLBACKS = ("cp1252", "latin-1")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control characters that plain text does not contain (tab, newlines, form feed, backspace and
# escape are allowed).
_CONTROL = re.compile(r"[\x00-\x07\x0e-\x1a\x1c-\x1f]")
_NON_SPACE = re.compile(r"\S")
# The line boundaries of str.splitlines.
_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class SourceSet:
    """What :func:`read_sources` found: readable sources, and (path, reason) for the others."""

    sources: tuple[Source, ...]
    skipped: tuple[tuple[str, str], ...] = ()


def read_sources(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = MAX_BYTES) -> SourceSet:
    """Read files, and the ``*.txt``/``*.md`` files under folders (recursively, sorted, hidden
    names skipped), in the order given.

    Missing, unreadable, empty, binary and oversized files are skipped with a reason (one bad
    path among good ones should not cost the whole build). Raises :class:`NoSourcesError` when
    nothing could be read.
    """
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    given = [Path(p) for p in paths]
    if not given:
        raise NoSourcesError("no sources given")
    for path in given:
        if path.is_dir():
            found = list(_walk(path))
            if not found:
                skipped.append((str(path), f"folder has no {' or '.join(SUFFIXES)} files"))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            skipped.append((str(path), "no such file or folder"))

    files = _unique(files)
    names = _names(files)
    sources: list[Source] = []
    for path in files:
        try:
            sources.append(read_source(path, name=names[path], max_bytes=max_bytes))
        except SourceError as exc:
            skipped.append((str(path), str(exc)))
    if not sources:
        raise NoSourcesError(_no_sources_message(skipped))
    return SourceSet(tuple(sources), tuple(skipped))


def read_source(path: str | os.PathLike[str], *, name: str | None = None,
                max_bytes: int = MAX_BYTES) -> Source:
    """One file as a :class:`Source`; :class:`SourceError` says why it cannot be one."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(_too_large(size, max_bytes))
        # Never more than the limit in memory: a pipe, /dev/zero or a growing file has no
        # trustworthy size before it is read.
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise SourceError(_too_large(None, max_bytes))
    except IsADirectoryError:
        raise SourceError("is a folder") from None
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from None
    text, encoding, warnings = decode(data)
    if not text or text.isspace():  # (text.strip() would copy every text)
        raise SourceError("empty file")
    return Source(name=name or path.name, path=str(path), text=text, title=title_of(text),
                  encoding=encoding, warnings=warnings)


def _too_large(size: int | None, limit: int) -> str:
    # MiB, as MAX_BYTES is set and as file managers count: "20 MB" is the documented limit.
    shown = f"{size / 2**20:.1f} MB; " if size is not None else ""
    return f"too large ({shown}the limit is {limit / 2**20:g} MB)"


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """``(text, encoding, warnings)`` for a file's bytes; :class:`SourceError` for binary data."""
    if data.startswith(_UTF16_BOMS):
        # UTF-16 text is full of NUL bytes, so it must be recognised before the binary check.
        try:
            return data.decode("utf-16"), "utf-16", ()
        except UnicodeDecodeError:
            raise SourceError("binary file (invalid UTF-16)") from None
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as exc:
        text, encoding = _decode_fallback(data)
        warnings = (f"not UTF-8 (invalid byte at offset {exc.start}); decoded as {encoding}",)
    if _mostly_control(text):
        raise SourceError("binary file (mostly control characters)")
    return text, encoding, warnings


def title_of(text: str, limit: int = TITLE_CHARS) -> str:
    """The first non-empty line, whitespace collapsed, shortened at a word to ``limit`` chars."""
    # What next(ln for ln in text.splitlines() if ln.strip()) gives, without splitting the whole
    # text: everything before the first non-space character is blank lines or leading spaces.
    first = _NON_SPACE.search(text)
    if first is None:
        return ""
    start = first.start()
    brk = _LINE_BREAK.search(text, start)
    end = brk.start() if brk else len(text)
    # A one-line article is its own first line: collapse only a prefix long enough for the title
    # (collapsing a prefix gives a prefix of the collapsed line), unless it is mostly spaces.
    stop = min(end, start + 4 * limit)
    line = " ".join(text[start:stop].split())
    if stop < end and len(line) <= limit:
        line = " ".join(text[start:end].split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def _decode_fallback(data: bytes) -> tuple[str, str]:
    for encoding in _FALLBACKS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _mostly_control(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL.findall(sample)) > 0.1 * len(sample)


def _walk(folder: Path) -> Iterator[Path]:
    found: list[tuple[tuple[str, ...], str, str]] = []
    top = str(folder)
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = os.path.relpath(root, top)
        parts = () if rel == os.curdir else tuple(rel.split(os.sep))
        found.extend(((*parts, f), root, f) for f in files
                     if not f.startswith(".") and f.lower().endswith(SUFFIXES))
    # Sorted by path parts so that "a/z.txt" precedes "a b/x.txt" on every platform.
    found.sort(key=lambda item: item[0])
    for _parts, root, name in found:
        yield Path(root, name)


def _unique(files: list[Path]) -> list[Path]:
    """Drop repeats of one file (given twice, or both directly and inside a folder)."""
    seen: set[str] = set()
    out = []
    real_dir = lru_cache(maxsize=None)(os.path.realpath)
    for path in files:
        head, tail = os.path.split(path)
        # A file that is not a link is its folder's real path plus its name: one lstat, where
        # realpath checks every component of every file's path.
        if tail in ("", os.curdir, os.pardir) or os.path.islink(path):
            key = os.path.realpath(path)
        else:
            key = os.path.join(real_dir(head or os.curdir), tail)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def _names(files: list[Path]) -> dict[Path, str]:
    """Cite each file by its base name; files sharing one get their path below the folder they share."""
    by_base: dict[str, list[Path]] = {}
    for path in files:
        by_base.setdefault(path.name, []).append(path)
    names = {}
    for group in by_base.values():
        if len(group) == 1:
            names[group[0]] = group[0].name
            continue
        absolute = [Path(os.path.abspath(p)) for p in group]
        common = os.path.commonpath(absolute)
        for path, full in zip(group, absolute, strict=True):
            names[path] = full.relative_to(common).as_posix()
    return names


def _no_sources_message(skipped: list[tuple[str, str]], show: int = 3) -> str:
    if not skipped:
        return "no readable sources"
    shown = "; ".join(f"{path}: {reason}" for path, reason in skipped[:show])
    more = f"; and {len(skipped) - show} more" if len(skipped) > show else ""
    return f"no readable sources ({shown}{more})"
