"""Which pages a build reads, and the output name each one gets.

Sources are page files, folders (searched recursively for ``*.txt``, in any
case) and ``-`` (one path per line on standard input; a listed page that is
missing fails when it is read, like any unreadable page). A page found in a folder keeps
its place below that folder in the output (``corpus/1979/memo.txt`` →
``OUTDIR/1979/memo.*``); a page named directly is written as
``OUTDIR/STEM.*``. Hidden files and folders are ignored, and so is any folder
holding a build manifest (an earlier build's output), so that building into a
folder inside the sources never reads the outputs back as pages.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from .manifest import is_build_folder
from .site import is_site_page_name

PAGE_SUFFIX = ".txt"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_UNUSABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # control characters, surrogates


@dataclass(frozen=True, order=True)
class Source:
    """A page to build: ``name`` is its output path in OUTDIR without suffix
    (POSIX separators), ``path`` where the page is read from."""

    name: str
    path: Path


def collect_sources(sources: Sequence[str | Path], *, stdin: TextIO | None = None) -> list[Source]:
    """Expand files, folders and ``-`` into the pages to build, sorted by name.

    Raises :class:`~teiencode.errors.InputError` for a path given here that
    does not exist (a path listed on ``stdin`` fails as its page instead),
    ``-`` without ``stdin``, or two pages that would get the same output name.
    """
    by_name: dict[str, Source] = {}
    for source in _expand(sources, stdin):
        known = by_name.get(source.name)
        if known is None:
            by_name[source.name] = source
        elif known.path.resolve() != source.path.resolve():
            raise InputError(
                f"two pages would be written as {source.name!r}: {known.path} and {source.path}",
                file=str(source.path),
                hint="give the folders that hold them instead, or rename one of the pages",
            )
    return sorted(by_name.values())


def as_sources(item: str | Path | Source) -> list[Source]:
    """The pages of one source given to :func:`~teiencode.build.build`: a
    folder's pages (as :func:`collect_sources` finds them), else the page
    itself (output name: its stem; a missing page fails when it is read)."""
    if isinstance(item, Source):
        return [item]
    path = Path(item)
    return list(_pages_in(path)) if path.is_dir() else [Source(path.stem, path)]


def _expand(sources: Sequence[str | Path], stdin: TextIO | None) -> Iterator[Source]:
    for item in sources:
        if str(item) == "-":
            if stdin is None:
                raise InputError("'-' reads page paths from standard input, but none was given")
            listed = (line.rstrip("\r\n") for line in stdin)
            yield from _expand_paths((line for line in listed if line.strip()), listed=True)
        else:
            yield from _expand_paths([item], listed=False)


def _expand_paths(paths: Iterable[str | Path], *, listed: bool) -> Iterator[Source]:
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _pages_in(path)
        elif listed or path.exists():
            yield Source(path.stem, path)
        else:
            raise InputError("no such page or folder", file=str(path),
                             hint="check the path; folders are searched for *.txt pages")


def _pages_in(folder: Path) -> Iterator[Source]:
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs
                         if not d.startswith(".") and not is_build_folder(here / d))
        for filename in sorted(files):
            if filename.lower().endswith(PAGE_SUFFIX) and not filename.startswith("."):
                path = here / filename
                name = path.relative_to(folder).with_suffix("").as_posix()
                yield Source(name, path)


def name_problem(name: str) -> str | None:
    """Why no output can be named after page ``name`` (``None``: it can): the
    name holds bytes that are not UTF-8 or control characters (no file name,
    link or report could carry it), or it is one of the index's own pages."""
    if _UNUSABLE.search(name):
        return (f"the page's name {printable(name)!r} holds control characters or bytes that "
                "are not UTF-8")
    if is_site_page_name(name):
        return (f"a page named {name!r} would overwrite a page of the build's own index "
                "(index.html, index-*.html)")
    return None


def printable(text: str) -> str:
    """``text`` with bytes that are not UTF-8 and control characters shown as escapes."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
