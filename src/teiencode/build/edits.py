"""An editor's TEI is never overwritten: the TEI outputs a build may replace.

For every TEI output it writes (``OUTDIR/NAME.xml``) the build remembers in its
store what it wrote (:class:`Written`: size, modification time, content hash,
and the source it came from). Before replacing or deleting that file it checks
that the file is still what it wrote (:func:`edited`): the same size and
time (one ``stat``, nothing read), else the same hash (a file touched but
unchanged); the very bytes it is about to write are fine too (a build killed
after writing them, before remembering them). Any other file there is an
editor's and is left alone, with the rest of the page's outputs: the page
fails with TE-BUILD-EDITED, saying how to go on.
The TEI output of a TEI source (its copy) is an editor's version as well: a
build from the page of that name does not replace it either. ``--force``
replaces them all (an editor's TEI is still never deleted).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..model import Diagnostic

CODE = "TE-BUILD-EDITED"


@dataclass(frozen=True)
class Written:
    """A TEI output as the build wrote it: ``size``, ``mtime_ns``, ``sha256``
    of its content, ``source`` (the path it was built from) and ``tei``: whether
    that source is a TEI file (the output is then its copy)."""

    size: int
    mtime_ns: int
    sha256: str
    source: str
    tei: bool

    @classmethod
    def of(cls, path: Path, sha256: str, source: str, tei: bool) -> Written:
        """The file just written at ``path``, whose content hashes to ``sha256``."""
        info = os.stat(path)
        return cls(info.st_size, info.st_mtime_ns, sha256, source, tei)


def file_hash(path: str | Path) -> str:
    """The hex SHA-256 of a file's content."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def edited(path: str | Path, name: str, written: Written | None, *, tei: bool,
           new: str | None = None) -> Diagnostic | None:
    """Why the TEI output of page ``name`` at ``path`` must be kept
    (TE-BUILD-EDITED), or ``None`` when a build may replace (or delete) it.
    ``written``: what the build last wrote there (``None``: nothing
    remembered); ``tei``: whether this build publishes a TEI source there
    (else a page's encoding); ``new``: the hash of what it would write
    (``None`` when it would delete the file, or write nothing)."""
    try:
        info = os.stat(path)
    except OSError:  # nothing there (or nothing readable in the way: writing it fails)
        return None
    if written is not None and (info.st_size, info.st_mtime_ns) == (written.size,
                                                                     written.mtime_ns):
        current = written.sha256
    else:
        try:
            current = file_hash(path)
        except OSError as error:
            return _problem(path, name, f"cannot be read to check it ({error.strerror})")
    if current == new:
        return None
    if written is None:
        return _problem(path, name, "exists, and no build into this folder wrote it")
    if current != written.sha256:
        return _problem(path, name, "was changed since teiencode wrote it")
    if written.tei and not tei:
        return Diagnostic(
            "error", CODE, f"the TEI output is the TEI source {written.source} as an earlier "
            "build published it: it is kept, and so are this page's HTML and text, instead of "
            "the encoding of the page", file=str(path),
            hint="give the folder of the TEI source among the sources again (a TEI source "
                 "takes the place of the page of its name); to publish the page's encoding "
                 "instead, build with --force")
    return None


def _problem(path: str | Path, name: str, reason: str) -> Diagnostic:
    """The problem of a page whose TEI output at ``path`` is an editor's."""
    return Diagnostic(
        "error", CODE, f"the TEI output {reason}: it is kept, and so are this page's HTML and "
        "text; the edition shows what it holds only once it is a source of the build",
        file=str(path),
        hint=f"to build the edition from this TEI, move it into a folder of TEI sources under "
             f"the same name (e.g. tei/{name}.xml) and build with that folder among the sources "
             "(a TEI source takes the place of the page of its name); to replace it with the "
             "page's encoding, build with --force")
