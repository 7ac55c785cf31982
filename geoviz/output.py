"""Writing output files so that a failed or interrupted build never leaves a half-written one."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable, Sequence
from pathlib import Path

from geoviz.errors import OutputError

Data = str | bytes | Iterable[str | bytes]


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any slow work, on an output path that cannot be written."""
    path = Path(path)
    parent = path.parent
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"cannot write {path}: {parent} is not a folder")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable")
    return path


def write_atomic(path: str | os.PathLike[str], data: Data) -> int:
    """Write ``data`` (text as UTF-8, bytes, or an iterable of either) to ``path`` and return the
    number of bytes written.

    The data goes to a temporary file beside ``path``, is flushed to disk, then renamed over
    ``path`` in one step: readers see the old file or the new one, never a mix, and a failure
    anywhere (including one raised by an iterable of chunks) leaves the old file as it was.
    """
    return write_atomic_all([(path, data)])[0]


def write_atomic_all(outputs: Sequence[tuple[str | os.PathLike[str], Data]]) -> list[int]:
    """Write several files as one step, as far as a file system allows: every file is written to
    its temporary file first, and only when all are on disk are they renamed into place. A failure
    or interrupt while writing (disk full, Ctrl-C) leaves every old file as it was, rather than a
    new map beside an old GeoJSON. Returns the bytes written to each."""
    staged: list[tuple[Path, Path]] = []
    sizes: list[int] = []
    try:
        for target, data in outputs:
            path = check_writable(target)
            tmp, size = _stage(path, data)
            staged.append((tmp, path))
            sizes.append(size)
        for i, (tmp, path) in enumerate(staged):
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
            staged[i] = (path, path)  # in place: nothing left to clean up
    finally:
        for tmp, path in staged:
            if tmp != path:
                _remove(tmp)
    for folder in {path.parent for _, path in staged}:
        _sync_folder(folder)
    return sizes


def _stage(path: Path, data: Data) -> tuple[Path, int]:
    """``data`` in a new temporary file beside ``path`` (same file system, so that os.replace is
    atomic), flushed to disk with the mode of the file it will replace."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    chunks = [data] if isinstance(data, str | bytes) else data
    size = 0
    try:
        # os.open with mode 0o666 lets the umask decide permissions, as for any new file.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                raw = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
                f.write(raw)
                size += len(raw)
            f.flush()
            os.fsync(f.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, path.stat().st_mode & 0o7777)  # keep the mode of the file replaced
    except OSError as exc:
        _remove(tmp)
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        _remove(tmp)
        raise
    return tmp, size


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
