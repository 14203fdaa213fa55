"""Atomic file writes: a reader (or the next run) sees the old file or the new
one, never a half-written one.

Data goes to a hidden temporary file in the destination folder, which is then
renamed over the destination with :func:`os.replace` (atomic on POSIX and on
Windows within one file system). A process killed mid-write leaves at most a
temporary file, which :func:`remove_leftovers` deletes on the next run.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

_SUFFIX = ".teiencode-part"


def _creation_mode() -> int:
    """The mode ``open()`` would give a new file (0666 less the umask); a
    temporary file starts private, which a published output must not stay."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_MODE = _creation_mode()


def write_atomic(path: Path, data: bytes | Iterable[str]) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: bytes,
    or pieces of text written one after another as UTF-8 (a large JSON file
    streamed without being held in memory whole). A path that is a device or
    a FIFO (``-o /dev/null``, ``-o /dev/stdout``) is written to directly:
    renaming over it would replace the device with a file."""
    if _is_special(path):
        with open(path, "wb") as handle:
            for chunk in [data] if isinstance(data, bytes) else (s.encode() for s in data):
                handle.write(chunk)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=_SUFFIX)
    try:
        os.fchmod(fd, _MODE)
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as text:
                text.writelines(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def remove_leftovers(folder: Path) -> int:
    """Delete the temporary files a killed run left under ``folder``; return how many."""
    if not folder.is_dir():
        return 0
    count = 0
    for leftover in folder.rglob(f".*{_SUFFIX}"):
        leftover.unlink(missing_ok=True)
        count += 1
    return count


def _is_special(path: Path) -> bool:
    """Whether ``path`` exists as something other than a file, folder or link."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode))
