"""One build at a time per output folder: an exclusive lock (``flock``) on
``OUTDIR/.teiencode/lock``, held from before the first write until the report
is written. The lock goes with the process, however it ends (the kernel
releases it), so a killed build never leaves the folder locked.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from .store import STORE_DIR

LOCK_NAME = "lock"


class BuildLocked(InputError):
    """Another build is writing to the same output folder (TE-BUILD-LOCKED)."""


@contextmanager
def locked(outdir: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the lock of ``outdir`` (created if need be); with ``wait``, wait
    for another build to finish, else raise :class:`BuildLocked` at once."""
    folder = outdir / STORE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise InputError(f"cannot write to the output folder: {error.strerror}",
                         file=str(outdir), hint="choose a folder that can be written") from error
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise BuildLocked(f"TE-BUILD-LOCKED another build (process {holder}) is writing to "
                              "this folder", file=str(outdir),
                              hint="wait for it to finish (or pass --wait), or build into "
                                   "another folder") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # releases the lock
