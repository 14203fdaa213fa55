"""The site's full-text search: an index written by Pagefind (the
``pagefind-bin`` package ships its binary) into ``OUTDIR/pagefind/``, which
the search page (``search.html``, rendered by ``xslt/site/index.xsl``) queries
in the browser, without any server but a static one and without network.

Pagefind indexes what each edition marks ``data-pagefind-body`` (its text
and footnotes), with the filters the edition marks (``year``, ``type``,
``person``: the register's people it names) and its anchors, which the search
page uses to open a result at its passage.

Pagefind holds the pages of an index in memory until it writes it (about
0.2 MB a page), so the index is split into bundles, ``pagefind/0/``,
``pagefind/1/`` …, of about :data:`BUNDLE_PAGES` pages each (two bundles at
least from :data:`SPLIT_PAGES` pages: indexed at once, on two cores), which the search
page merges (Pagefind's ``mergeIndex``). A page belongs to the bundle its
name's hash chooses, so a changed page changes one bundle, and only the
bundles whose pages changed are written again; the number of bundles is a
power of two, which changes (and all are written again) only when the corpus
doubles or halves. Pagefind's service (``pagefind --service``) indexes each edition of
a bundle and hands back the bundle's files, which are written where they
changed; several bundles at a time, beside the end of the build
(:class:`Indexing`).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Self
from urllib.parse import quote

from ..atomic import write_atomic
from ..model import Diagnostic

SEARCH_DIR = "pagefind"
#: What a search should not find: screen-reader explanations, note pop-ups,
#: the margin numbers and the names-marking control.
EXCLUDED = (".sr-only", ".explanation", ".explain", ".num", ".text-head")
#: How an edition gives a mention its anchor (``te:mention-id`` in ``xslt/common/functions.xsl``,
#: after the mention's class), and what Pagefind reads instead (see :func:`for_search`).
MENTION_ANCHOR, MENTION_FOR_SEARCH = '" id="mention-', '" data-mention="'
#: What Pagefind is not given of an edition: from each start to its end (kept), in order (see
#: :func:`for_search`). They are the edition's own markup (``xslt/html/``): the head's metadata
#: after its title, the document's panel before the text, the name index and the citations
#: after the text and notes (the filters and meta are in the masthead, ``html-header.xsl``).
UNSEARCHED = (('<meta name="description"', "</head>"), ('<meta name="generator"', "</head>"),
              ('<aside class="panel"', "<main>"),
              ('<section id="index"', "</main>"), ('<section id="cite"', "</main>"))
#: The file of a bundle that names its other files (the search page reads it first).
ENTRY_FILE = "pagefind-entry.json"
#: Pagefind's ready-made interfaces, which the search page does not use (it has its own).
UNUSED = ("pagefind-ui.", "pagefind-component-ui.", "pagefind-modular-ui.", "pagefind-highlight.")
#: Pages a bundle of the index holds, about, until there are :data:`MAX_BUNDLES`.
BUNDLE_PAGES = 1000
#: Bundles at most: each is one more index for the browser to fetch and search.
MAX_BUNDLES = 16
#: From this many pages the index has two bundles at least (unless a size is asked for):
#: Pagefind indexes one bundle on one core, and the end of a build waits for it (with
#: ``-j 2`` or more, two are indexed at once). A corpus crossing it indexes every bundle again.
SPLIT_PAGES = 256
#: Under this key the build keeps (:meth:`Indexing.finish`) each bundle's folder and key.
STATE_KEY = "search-bundles"
TIMEOUT = 1800


@dataclass(frozen=True)
class Bundle:
    """One part of the search index: its folder (relative to OUTDIR), the
    hash of what it holds, and its editions (paths relative to OUTDIR)."""

    folder: str
    key: str
    pages: tuple[str, ...]


def bundle_count(pages: int, per_bundle: int | None = None) -> int:
    """How many bundles hold the index of ``pages`` editions: the least power
    of two giving each at most ``per_bundle``, and no more than :data:`MAX_BUNDLES`;
    by default (``None``) at most :data:`BUNDLE_PAGES`, and two bundles at least from
    :data:`SPLIT_PAGES` pages."""
    if per_bundle is not None and per_bundle < 1:
        raise ValueError(f"a bundle of the search index holds one page at least, not {per_bundle}")
    count = 2 if per_bundle is None and pages >= SPLIT_PAGES else 1
    per_bundle = per_bundle or BUNDLE_PAGES
    while count * per_bundle < pages and count < MAX_BUNDLES:
        count *= 2
    return count


def plan_bundles(listed: Iterable[tuple[str, str]], edition: str, tool: str,
                 per_bundle: int | None = None) -> list[Bundle]:
    """The bundles of the index of the ``listed`` pages (``(name, input hash)``;
    ``per_bundle``: see :func:`bundle_count`);
    ``edition`` is the suffix of a page's edition, ``tool`` what else its
    edition depends on (the tool's version, the registers, the site's options).
    A bundle no page falls in is left out (Pagefind's search cannot load an
    empty index)."""
    pages = list(listed)
    count = bundle_count(len(pages), per_bundle)
    members: list[list[tuple[str, str]]] = [[] for _ in range(count)]
    for name, input_hash in pages:
        members[_bundle_of(name, count)].append((name, input_hash))
    bundles = []
    for number, held in enumerate(members):
        if not held:
            continue
        folder = f"{SEARCH_DIR}/{number}"
        digest = hashlib.sha256(f"{tool}\0{count}\n".encode())
        for name, input_hash in held:
            digest.update(f"{name}\0{input_hash}\n".encode())
        bundles.append(Bundle(folder, digest.hexdigest(),
                              tuple(name + edition for name, _ in held)))
    return bundles


def _bundle_of(name: str, count: int) -> int:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") % count


class Indexing:
    """Pagefind writing the bundles of ``outdir``'s index whose pages changed
    (or that are missing), up to ``jobs`` at a time, while the build finishes
    the site around them (the corpus index, the previous/next links: neither
    changes what Pagefind indexes); a context manager that stops it if the
    build does not come to :meth:`finish`."""

    def __init__(self, outdir: Path, bundles: Sequence[Bundle], *, previous: str | None,
                 jobs: int = 1) -> None:
        """Start writing the bundles that differ from ``previous`` (the state
        :meth:`finish` returned last time) or are missing."""
        self.outdir = outdir
        self.bundles = list(bundles)
        self.problem: Diagnostic | None = None
        self._services: list[_Service] = []
        self._lock = threading.Lock()
        self._stopped = False
        self._pool: ThreadPoolExecutor | None = None
        self._futures: dict[Bundle, Future[None]] = {}
        known = _load_state(previous)
        stale = [bundle for bundle in self.bundles if known.get(bundle.folder) != bundle.key
                 or not (outdir / bundle.folder / ENTRY_FILE).is_file()]
        self._kept = {b.folder: b.key for b in self.bundles if b not in stale}
        if not stale:
            return
        try:
            from pagefind_bin import get_executable
            self.executable = str(get_executable())
        except (ImportError, FileNotFoundError) as error:
            self.problem = _warning(f"Pagefind is not installed ({error})",
                                    "pip install pagefind-bin (a dependency of teiencode)")
            return
        self._pool = ThreadPoolExecutor(max(1, min(jobs, len(stale))),
                                        thread_name_prefix="pagefind")
        self._futures = {bundle: self._pool.submit(self._write, bundle) for bundle in stale}

    def _write(self, bundle: Bundle) -> None:
        """Index the editions of ``bundle`` and write it into its folder."""
        with _Service(self.executable) as service:
            with self._lock:
                if self._stopped:
                    raise PagefindError("the build stopped it")
                self._services.append(service)
            index = service.request({"type": "NewIndex",
                                     "config": {"exclude_selectors": list(EXCLUDED)}})["index_id"]
            for page in bundle.pages:
                try:
                    html = (self.outdir / page).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as error:
                    raise PagefindError(f"cannot read the edition {page}: {error}") from error
                service.send({"type": "AddFile", "index_id": index, "url": "/" + quote(page),
                              "file_contents": for_search(html), "file_path": None})
            files = service.request({"type": "GetFiles", "index_id": index})["files"]
        _write_bundle(self.outdir / bundle.folder,
                      {file["path"]: base64.b64decode(file["content"]) for file in files
                       if not file["path"].startswith(UNUSED)})

    def finish(self) -> tuple[str, Diagnostic | None]:
        """Wait for the bundles; remove the folders of bundles the index no
        longer has. Returns the state to pass as ``previous`` next time (the
        bundles written or kept) and a warning when a bundle could not be
        written (the pages are built all the same)."""
        state = dict(self._kept)
        problem = self.problem
        if self._pool is not None:
            deadline = time.monotonic() + TIMEOUT
            for bundle, future in self._futures.items():
                try:
                    future.result(timeout=max(0.0, deadline - time.monotonic()))
                    state[bundle.folder] = bundle.key
                except TimeoutError:
                    problem = _warning(f"Pagefind took longer than {TIMEOUT} s", "build again")
                    self.stop()
                except CancelledError:
                    continue  # not started: stopped by the timeout above
                except (OSError, PagefindError, KeyError, ValueError) as error:
                    problem = _warning(f"Pagefind failed: {error}",
                                       "build again; report it if it fails again")
            self._pool.shutdown()
        if problem is None:
            _remove_others(self.outdir / SEARCH_DIR, {b.folder for b in self.bundles})
        return json.dumps(state, sort_keys=True), problem

    def stop(self) -> None:
        """End Pagefind's processes that still run."""
        with self._lock:
            self._stopped = True
            for service in self._services:
                service.kill()
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class PagefindError(Exception):
    """Pagefind's service answered with an error, or ended."""


class _Service:
    """A ``pagefind --service`` process and the messages to it: each a JSON
    object in base64 followed by a comma, answered in kind (the protocol of
    Pagefind's Node and Python APIs; the Python package's client reads one
    answer a tenth of a second, too slow for thousands of pages). Requests
    go out at once; a thread reads the answers, keeping the first error."""

    def __init__(self, executable: str) -> None:
        self._log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed in __exit__)
        try:
            self._process = subprocess.Popen([executable, "--service"], stdin=subprocess.PIPE,
                                             stdout=subprocess.PIPE, stderr=self._log)
        except BaseException:
            self._log.close()
            raise
        self._answers: dict[int, dict[str, Any]] = {}
        self._error: str | None = None
        self._ended = False  # the process's output closed (set by the reader, under ``_ready``)
        self._sent = 0
        self._ready = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def send(self, payload: dict[str, Any], *, flush: bool = False) -> int:
        """Send a request (``flush``: now, not when the pipe's buffer fills); its number."""
        self._sent += 1
        message = json.dumps({"message_id": self._sent, "payload": payload},
                             ensure_ascii=False).encode("utf-8")
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message) + b",")
            if flush:
                self._process.stdin.flush()
        except BrokenPipeError:
            raise PagefindError(self._failure()) from None
        return self._sent

    def request(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send a request and wait for its answer (and those before it)."""
        number = self.send(payload, flush=True)
        with self._ready:
            self._ready.wait_for(lambda: number in self._answers or self._error is not None
                                 or self._ended)
            if self._error is not None or number not in self._answers:
                raise PagefindError(self._failure())
            return self._answers.pop(number)

    def _read(self) -> None:
        """Take in the answers as they come (a bundle's files make one of
        several megabytes, gathered without copying it again for each piece)."""
        assert self._process.stdout is not None
        pending = bytearray()
        while chunk := self._process.stdout.read1(1 << 16):
            first, *rest = chunk.split(b",")
            pending += first
            for piece in rest:
                self._take(bytes(pending))
                pending = bytearray(piece)
        with self._ready:
            self._ended = True
            self._ready.notify_all()

    def _take(self, message: bytes) -> None:
        try:
            answer = json.loads(base64.b64decode(message))
            payload = answer.get("payload") or {}
        except (ValueError, AttributeError):
            answer, payload = {}, {"type": "Error", "message": "an answer it could not read"}
        with self._ready:
            if payload.get("type") == "Error":
                self._error = self._error or str(payload.get("message", "an error"))
            elif payload.get("type") != "IndexedFile":
                self._answers[answer.get("message_id", -1)] = payload
            self._ready.notify_all()

    def _failure(self) -> str:
        if self._error is not None:
            return self._error
        self._log.seek(0)
        output = self._log.read().decode("utf-8", "replace").strip()
        return output[-500:] or f"its service ended (exit code {self._process.poll()})"

    def kill(self) -> None:
        """End the process now."""
        if self._process.poll() is None:
            self._process.kill()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._process.stdin is not None
        try:
            self._process.stdin.close()
        except BrokenPipeError:
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._reader.join()
        self._log.close()


def for_search(html: str) -> str:
    """An edition as Pagefind reads it: its indexed parts (text and notes) and the head and
    masthead that carry its title, type, date and filters, unchanged; without the parts it
    would parse for nothing (:data:`UNSEARCHED`: the head's metadata, the document's panel, the
    name index and the citations, 40–50 % of an edition and a fifth of Pagefind's work), and
    with its mentions' anchors (a link of the name index lands on them) not ids: Pagefind
    records every element with an id as an anchor, copying its text, and the search page opens
    only passages (``PASSAGE`` in ``xslt/site/index.xsl``'s script). A part whose markers are
    not both found in order is kept. Plain string searches, not an HTML parser nor a regular
    expression (either would cost the parent more than Pagefind saves)."""
    for start, end in UNSEARCHED:
        cut = html.find(start)
        stop = html.find(end, cut) if cut >= 0 else -1
        if stop >= 0:
            html = html[:cut] + html[stop:]
    return html.replace(MENTION_ANCHOR, MENTION_FOR_SEARCH)


def _write_bundle(folder: Path, files: dict[str, bytes]) -> None:
    """Write the files of a bundle into ``folder``, each atomically and only
    if it changed, its entry file last (a search meanwhile sees the old
    bundle or the new one); delete the files the bundle no longer has, and
    any link in the folder (never what a link points to).
    (Pagefind's own ``WriteFiles`` answers before its files are complete,
    and its service exits at the end of its input without finishing them.)"""
    _unlink_links(folder)
    for path in sorted(files, key=lambda path: path == ENTRY_FILE):
        target = folder / path
        data = files[path]
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                continue
        except OSError:
            pass
        write_atomic(target, data)
    for root, folders, names in os.walk(folder, topdown=False):
        for name in names:
            path = Path(root, name)
            if path.relative_to(folder).as_posix() not in files:
                path.unlink(missing_ok=True)
        for name in folders:
            with contextlib.suppress(OSError):
                Path(root, name).rmdir()  # only if empty


def _unlink_links(folder: Path) -> None:
    """Remove ``folder`` if it is a link, and the links under it (files or folders)."""
    if folder.is_symlink():
        folder.unlink()
        return
    for root, folders, names in os.walk(folder):
        for name in [*folders, *names]:
            if Path(root, name).is_symlink():
                Path(root, name).unlink()
        folders[:] = [name for name in folders if Path(root, name).is_dir()]


def _load_state(previous: str | None) -> dict[str, str]:
    try:
        state = json.loads(previous or "{}")
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def _remove_others(folder: Path, bundles: set[str]) -> None:
    """Delete what ``folder`` holds besides the current bundles (those of a
    larger corpus, or an earlier version's single index)."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        if f"{SEARCH_DIR}/{entry.name}" in bundles:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def remove_search(outdir: Path) -> None:
    """Delete the search index of an earlier build (a build without search)."""
    shutil.rmtree(outdir / SEARCH_DIR, ignore_errors=True)


def _warning(message: str, hint: str) -> Diagnostic:
    return Diagnostic("warning", "TE-BUILD-SEARCH", f"the search index is not written: {message}",
                      hint=hint)
