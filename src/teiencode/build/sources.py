"""Which sources a build reads, and the output name each one gets.

A source is a page of text (``*.txt``) or a TEI file (``*.xml``), which the
build validates and publishes as it is (:attr:`Source.is_tei`). Sources are
given as files, folders (searched recursively for ``*.txt`` and ``*.xml``, in
any case) and ``-`` (one path per line on standard input; a listed source that
is missing fails when it is read, like any unreadable page). A source found in
a folder keeps its place below that folder in the output
(``corpus/1979/memo.txt`` → ``OUTDIR/1979/memo.*``); one named directly is
written as ``OUTDIR/STEM.*``. Hidden files and folders are ignored, and so is
any folder below a source folder holding a build manifest (an earlier build's
output), so that building into a folder inside the sources never reads the
outputs back. A build's output folder given as a source folder gives its TEI
files only: its ``*.txt`` files are that build's text outputs, not pages.

One source per output name (:func:`unique_sources`): a TEI file takes the
place of the page of the same name — it is the editor's version of that page
— and the page is not read (the TEI source :attr:`~Source.supersedes` it).

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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TextIO

from ..errors import InputError
from .manifest import is_build_folder
from .site import is_site_page_name

PAGE_SUFFIX = ".txt"
TEI_SUFFIX = ".xml"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_UNUSABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # control characters, surrogates


@dataclass(frozen=True, order=True)
class Source:
    """A page or TEI file to build: ``name`` is its output path in OUTDIR
    without suffix (POSIX separators), ``path`` where it is read from;
    ``refused``, why it is not read (a link leaving its source folder; ``name``
    then ends in ``/`` for a link to a folder); ``supersedes``, the page of the
    same name that this TEI source takes the place of."""

    name: str
    path: Path
    refused: str | None = field(default=None, compare=False)
    supersedes: Path | None = field(default=None, compare=False)

    @property
    def is_tei(self) -> bool:
        """Whether the source is a TEI file (published as it is), not a page to encode."""
        return self.path.suffix.lower() == TEI_SUFFIX


def collect_sources(sources: Sequence[str | Path], *, stdin: TextIO | None = None,
                    follow_symlinks: bool = False,
                    registers: Sequence[str | Path] = ()) -> list[Source]:
    """Expand files, folders and ``-`` into the sources to build, one per
    output name (:func:`unique_sources`, leaving out the ``registers``),
    sorted by name; ``follow_symlinks`` follows links that leave their folder.

    Raises :class:`~teiencode.errors.InputError` for a path given here that
    does not exist (a path listed on ``stdin`` fails as its page instead),
    ``-`` without ``stdin``, or two pages (or two TEI files) that would get
    the same output name.
    """
    return sorted(unique_sources(_expand(sources, stdin, follow_symlinks), registers))


def unique_sources(sources: Iterable[Source],
                   registers: Sequence[str | Path] = ()) -> list[Source]:
    """One source per output name, in the order first met: a TEI source takes
    the place of the page of its name (and :attr:`~Source.supersedes` it); a
    file met twice counts once; a register (one of ``registers``, found in a
    source folder) is no source. Raises :class:`~teiencode.errors.InputError`
    for two pages, or two TEI files, of one name."""
    registered = {os.path.abspath(path) for path in registers}
    by_name: dict[str, Source] = {}
    for source in sources:
        if registered and source.is_tei and os.path.abspath(source.path) in registered:
            continue
        known = by_name.get(source.name)
        if known is None:
            by_name[source.name] = source
            continue
        if _same_file(known, source):
            continue
        if known.is_tei != source.is_tei:
            tei, page = (known, source) if known.is_tei else (source, known)
            if tei.supersedes is None:
                by_name[source.name] = replace(tei, supersedes=page.path)
                continue
        first = known.supersedes if known.is_tei and not source.is_tei else known.path
        raise InputError(
            f"two {'TEI files' if source.is_tei else 'pages'} would be written as "
            f"{source.name!r}: {first} and {source.path}", file=str(source.path),
            hint="give the folders that hold them instead, or rename one of them")
    return list(by_name.values())


def _same_file(known: Source, source: Source) -> bool:
    """Whether two sources of one name are the same file (given twice), or the
    page a TEI source already supersedes."""
    return any(path is not None and path.resolve() == source.path.resolve()
               for path in (known.path, known.supersedes))


def as_sources(item: str | Path | Source, *, follow_symlinks: bool = False) -> list[Source]:
    """The sources of one item given to :func:`~teiencode.build.build`: a
    folder's pages and TEI files (as :func:`collect_sources` finds them), else
    the file itself (output name: its stem; a missing one fails when it is read)."""
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
                             hint="check the path; folders are searched for *.txt pages and "
                                  "*.xml TEI files")


def _pages_in(folder: Path, follow_symlinks: bool = False) -> Iterator[Source]:
    """The sources below ``folder``: in each folder its files, then its
    folders, by name (of a build's output folder, its TEI files only)."""
    top = os.path.realpath(folder)
    suffixes = (TEI_SUFFIX,) if is_build_folder(folder) else (PAGE_SUFFIX, TEI_SUFFIX)

    def walk(here: Path, above: tuple[str, ...]) -> Iterator[Source]:
        """``above``: the real paths of the folders walked down to ``here``, itself last."""
        try:
            with os.scandir(here) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:  # as os.walk: a folder that cannot be listed has no pages
            return
        folders: list[tuple[Path, str]] = []
        for entry in entries:
            is_page = entry.name.lower().endswith(suffixes)
            is_folder = entry.is_dir()  # through a link too
            if entry.name.startswith(".") or not (is_page or is_folder):
                continue
            path = here / entry.name
            name = path.relative_to(folder).as_posix()
            real = os.path.realpath(path) if entry.is_symlink() else None
            if real is not None and not follow_symlinks and not _within(real, top):
                yield Source(name + "/" if is_folder else _stem(name), path,
                             refused=f"a symbolic link to {real}, outside the source folder "
                                     f"{folder}; not followed")
            elif not is_folder:
                yield Source(_stem(name), path)
            else:
                folders.append((path, real or os.path.join(above[-1], entry.name)))
        for path, real in folders:
            if real not in above and not is_build_folder(path):  # a link above it would loop
                yield from walk(path, (*above, real))

    yield from walk(folder, (top,))


def _stem(name: str) -> str:
    """A source's output name: its path below its folder without the suffix."""
    return name.rsplit(".", 1)[0]


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
        return (f"a page named {name!r} would overwrite a page of the build's own site "
                "(index.html, index-*.html, search.html, the search index in pagefind/)")
    return None


def printable(text: str) -> str:
    """``text`` with bytes that are not UTF-8 and control characters shown as escapes."""
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
