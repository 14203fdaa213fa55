"""Which pages a build reads, and the output name each one gets.

Sources are page files, folders (searched recursively for ``*.txt``, in any
case) and ``-`` (one path per line on standard input; a listed page that is
missing fails when it is read, like any unreadable page). A page found in a folder keeps
its place below that folder in the output (``corpus/1979/memo.txt`` →
``OUTDIR/1979/memo.*``); a page named directly is written as
``OUTDIR/STEM.*``. Hidden files and folders are ignored, and so is any folder
holding a build manifest (an earlier build's output), so that building into a
folder inside the sources never reads the outputs back as pages.

A symbolic link in a folder (to a page or to a folder) is followed when it
points inside that folder; one leaving it is not (``follow_symlinks`` follows
it), so that a link cannot publish a file from elsewhere: it becomes a
:class:`Source` carrying why (``refused``), which the build reports as a
failed page (TE-BUILD-SYMLINK). A link to a folder that holds it is never
followed (it would loop).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
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
    (POSIX separators), ``path`` where the page is read from; ``refused``, why
    it is not read (a link leaving its source folder; ``name`` then ends in
    ``/`` for a link to a folder)."""

    name: str
    path: Path
    refused: str | None = field(default=None, compare=False)


def collect_sources(sources: Sequence[str | Path], *, stdin: TextIO | None = None,
                    follow_symlinks: bool = False) -> list[Source]:
    """Expand files, folders and ``-`` into the pages to build, sorted by name;
    ``follow_symlinks`` follows links that leave their folder.

    Raises :class:`~teiencode.errors.InputError` for a path given here that
    does not exist (a path listed on ``stdin`` fails as its page instead),
    ``-`` without ``stdin``, or two pages that would get the same output name.
    """
    by_name: dict[str, Source] = {}
    for source in _expand(sources, stdin, follow_symlinks):
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


def as_sources(item: str | Path | Source, *, follow_symlinks: bool = False) -> list[Source]:
    """The pages of one source given to :func:`~teiencode.build.build`: a
    folder's pages (as :func:`collect_sources` finds them), else the page
    itself (output name: its stem; a missing page fails when it is read)."""
    if isinstance(item, Source):
        return [item]
    path = Path(item)
    return list(_pages_in(path, follow_symlinks)) if path.is_dir() else [Source(path.stem, path)]


def _expand(sources: Sequence[str | Path], stdin: TextIO | None,
            follow_symlinks: bool) -> Iterator[Source]:
    for item in sources:
        if str(item) == "-":
            if stdin is None:
                raise InputError("'-' reads page paths from standard input, but none was given")
            listed = (line.rstrip("\r\n") for line in stdin)
            yield from _expand_paths((line for line in listed if line.strip()), listed=True,
                                     follow_symlinks=follow_symlinks)
        else:
            yield from _expand_paths([item], listed=False, follow_symlinks=follow_symlinks)


def _expand_paths(paths: Iterable[str | Path], *, listed: bool,
                  follow_symlinks: bool) -> Iterator[Source]:
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _pages_in(path, follow_symlinks)
        elif listed or path.exists():
            yield Source(path.stem, path)
        else:
            raise InputError("no such page or folder", file=str(path),
                             hint="check the path; folders are searched for *.txt pages")


def _pages_in(folder: Path, follow_symlinks: bool = False) -> Iterator[Source]:
    """The pages below ``folder``: in each folder its pages, then its folders, by name."""
    top = os.path.realpath(folder)

    def walk(here: Path, above: tuple[str, ...]) -> Iterator[Source]:
        """``above``: the real paths of the folders walked down to ``here``, itself last."""
        try:
            with os.scandir(here) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:  # as os.walk: a folder that cannot be listed has no pages
            return
        folders: list[tuple[Path, str]] = []
        for entry in entries:
            is_page = entry.name.lower().endswith(PAGE_SUFFIX)
            is_folder = entry.is_dir()  # through a link too
            if entry.name.startswith(".") or not (is_page or is_folder):
                continue
            path = here / entry.name
            name = path.relative_to(folder).as_posix()
            real = os.path.realpath(path) if entry.is_symlink() else None
            if real is not None and not follow_symlinks and not _within(real, top):
                yield Source(name + "/" if is_folder else name[:-len(PAGE_SUFFIX)], path,
                             refused=f"a symbolic link to {real}, outside the source folder "
                                     f"{folder}; not followed")
            elif not is_folder:
                yield Source(name[:-len(PAGE_SUFFIX)], path)
            else:
                folders.append((path, real or os.path.join(above[-1], entry.name)))
        for path, real in folders:
            if real not in above and not is_build_folder(path):  # a link above it would loop
                yield from walk(path, (*above, real))

    yield from walk(folder, (top,))


def _within(path: str, folder: str) -> bool:
    """Whether the real path ``path`` is ``folder`` or below it."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


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
