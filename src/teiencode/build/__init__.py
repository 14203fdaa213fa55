"""The batch build: every page of a corpus to TEI, HTML and text, in parallel,
incrementally, atomically; every TEI source (:mod:`.sources`) validated and
published as it is.

``build(sources, outdir)`` writes ``STEM.xml``, ``STEM.html`` and ``STEM.txt``
for every page, ``report.json`` (:mod:`.report`), ``index.html`` and, for a
large corpus, its further pages ``index-*.html`` (:mod:`.site`), and
``manifest.json`` (:mod:`.manifest`). What the build must remember of every
page beyond the manifest (index entries, report rows, the TEI it wrote) is
kept on disk (:mod:`.store`), not in memory, so that memory stays flat as the
corpus grows. A page whose input, registers and tool are unchanged is skipped;
a page that fails is reported (file, line, why) and the batch goes on. A TEI
output that an editor changed is never replaced (:mod:`.edits`).
The same inputs always give byte-identical pages, whatever the executor or the
number of jobs.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..atomic import remove_leftovers
from ..errors import InputError, OutputError, TeiencodeError
from ..model import Diagnostic
from .executors import CLUSTER_TIMEOUT, EXECUTORS, ClusterError, Task, Workers
from .lock import locked
from .manifest import Manifest, content_hash, registers_hash, tool_fingerprint
from .neighbours import link_neighbours
from .schemas import place_schemas
from .report import BuildSummary, DocResult, Tally, write_report
from .search import STATE_KEY, Indexing, plan_bundles, remove_search
from .site import PAGE_SIZE, write_index
from .siteoptions import SiteOptions
from .sources import Source, as_sources, collect_sources, name_problem, printable, unique_sources
from .store import BuildStore
from .worker import OUTPUT_SUFFIXES, Guard, Outcome, Stages, WorkerConfig, deliver, remove_outputs

if TYPE_CHECKING:
    from ..tei import Edition

__all__ = ["EXECUTORS", "BuildSummary", "DocResult", "SiteOptions", "Source", "Stages", "build",
           "collect_sources"]


#: Pages larger than this (bytes) are refused unread: real archive pages are
#: far smaller, and a page this size takes minutes and gigabytes to build.
MAX_PAGE_BYTES = 16_000_000


def build(
    sources: Sequence[str | Path | Source],
    outdir: str | Path,
    *,
    registers: Sequence[str | Path] = (),
    jobs: int | None = None,
    force: bool = False,
    fail_fast: bool = False,
    executor: str = "process",
    scheduler: str | None = None,
    on_progress: Callable[[DocResult], None] | None = None,
    page_timeout: float | None = 300.0,
    max_page_bytes: int | None = MAX_PAGE_BYTES,
    stages: Stages | None = None,
    index_page_size: int = PAGE_SIZE,
    follow_symlinks: bool = False,
    wait: bool = False,
    cluster_timeout: float = CLUSTER_TIMEOUT,
    edition: Edition | None = None,
    tei_schema: str | Path | None = None,
    site: SiteOptions | None = None,
    search_bundle_pages: int | None = None,
) -> BuildSummary:
    """Build every page and TEI source of ``sources`` into ``outdir``; return the summary.

    ``sources`` are paths of pages and TEI files (output name: the stem),
    folders (their ``*.txt`` pages and ``*.xml`` TEI files, as
    :func:`collect_sources` finds them) or the :class:`Source` items of
    :func:`collect_sources`; a TEI file takes the place of the page of its
    name. ``registers`` are the register files every page is linked against
    (never read as sources). ``jobs`` worker processes (default: all cores; 1
    builds in this process). ``force`` rebuilds unchanged pages and replaces
    TEI outputs an editor changed (:mod:`.edits`); ``fail_fast`` stops at the
    first failed or invalid page.
    ``executor="dask"`` runs on the Dask cluster at ``scheduler``; one that
    does not answer or has no worker for ``cluster_timeout`` seconds stops
    the build (``summary.error``, TE-BUILD-CLUSTER).
    ``on_progress`` is called with each page's :class:`DocResult` as it
    finishes (skipped pages included). ``page_timeout`` bounds the seconds
    spent on one page (process executor); a page larger than
    ``max_page_bytes`` fails at once, unread (``None``: no limit). ``stages`` replaces the stage
    functions (for tests of the build itself). ``index_page_size``: documents
    per page of the corpus index (:mod:`.site`). ``follow_symlinks`` follows
    the links in folders that leave them (otherwise such a link fails as its
    page, TE-BUILD-SYMLINK). One build at a time writes to ``outdir``
    (:mod:`.lock`): another one raises :class:`~.lock.BuildLocked`, or with
    ``wait`` waits for it to finish. ``edition`` (publisher, licence, date of
    the encoding) is passed to the tei stage; ``site`` (:class:`SiteOptions`:
    title, base URL, source addresses, search) to the HTML; changing either
    rebuilds every page. The editions link to their neighbours in date order
    (:mod:`.neighbours`); the site gets a search index (:mod:`.search`), in
    bundles of about ``search_bundle_pages`` editions (default: :func:`.search.bundle_count`,
    from :data:`.search.BUNDLE_PAGES` and :data:`.search.SPLIT_PAGES`); the
    TEI files get the project's schemas beside them (:mod:`.schemas`).
    ``tei_schema``, a RELAX NG schema such as tei_all.rng, is checked on every
    page with the Schematron rules embedded in it (:class:`~teiencode.validate.
    BuildChecks`), their findings in the page's report row; giving it, or
    another one, rebuilds every page.

    Raises :class:`~teiencode.errors.InputError` for unreadable registers,
    clashing output names, outputs that would overwrite sources, an unknown
    executor or a locked ``outdir``, and
    :class:`~teiencode.errors.RegisterError` for a malformed register.
    """
    started = time.perf_counter()
    outdir = Path(outdir)
    pages = unique_sources((page for item in sources
                            for page in as_sources(item, follow_symlinks=follow_symlinks)),
                           registers)
    _refuse_overwriting_inputs(pages, outdir)
    register_files = tuple(_read_register(Path(p)) for p in registers)
    stages = stages or Stages.default()
    tool = tool_fingerprint()
    if edition is not None:
        stages = replace(stages, encode=partial(stages.encode, edition=edition))
        tool += "+" + hashlib.sha256(repr(edition).encode()).hexdigest()[:8]
    if tei_schema is not None:
        from ..validate import BuildChecks

        schema = Path(tei_schema).resolve()
        stages = replace(stages, diagnose=BuildChecks(str(schema)))
        tool += "+rng:" + hashlib.sha256(_schema_bytes(schema)).hexdigest()[:8]
    site = replace(site or SiteOptions(), registers=bool(registers))
    if site != SiteOptions():
        tool += "+site-" + hashlib.sha256(site.fingerprint().encode()).hexdigest()[:8]
    local = executor == "process"  # workers share our file system and write the outputs
    config = WorkerConfig(stages, register_files, page_timeout, str(outdir) if local else None,
                          site)
    workers = Workers(config, executor=executor, jobs=jobs, scheduler=scheduler,
                      cluster_timeout=cluster_timeout)  # starts none yet
    register_warnings: list[Diagnostic] = []
    site_warnings: list[Diagnostic] = []

    def load_registers() -> None:  # fails naming the file; keeps the conflicts between registers
        register = stages.load_register([Path(p) for p in registers])
        register_warnings[:] = getattr(register, "warnings", ())

    if register_files and not outdir.exists():  # a first build skips nothing: check the
        load_registers()  # registers before writing anything
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create the output folder: {error.strerror}", file=str(outdir),
                         hint="choose a folder that can be created and written") from error
    try:
        with locked(outdir, wait=wait), BuildStore.open(outdir) as store, workers:
            remove_leftovers(outdir)  # not before the lock: another build's would be in use
            manifest, everything_reason = Manifest.load(store, tool=tool,
                                                        registers=registers_hash(register_files))
            manifest.save(outdir)  # marks the folder as a build's output from the start
            batch = _Batch(outdir, store, manifest, on_progress, max_page_bytes, fail_fast,
                           force)

            def stale(name: str, input_hash: str) -> str | None:
                if force:
                    return "forced"
                return everything_reason or manifest.stale_reason(name, input_hash, outdir)

            def prepare() -> None:  # before the first page is built: fail early, naming the file
                if register_files:
                    load_registers()

            outcomes: Iterator[Outcome] = workers.run(batch.tasks(pages, stale, prepare))
            error = None
            try:
                for outcome in outcomes:  # after a fail-fast stop, the pages in flight finish
                    batch.finish(outcome)
                place_schemas(outdir, (name for name, _ in store.listed_names()))
                bundles = (plan_bundles(store.listed_names(), OUTPUT_SUFFIXES["html"],
                                        f"{manifest.tool}\0{manifest.registers}", search_bundle_pages)
                           if site.search else [])
                with Indexing(outdir, bundles, previous=store.meta(STATE_KEY),
                              jobs=workers.jobs or os.cpu_count() or 1) as indexing:
                    write_index(outdir, store, manifest, workers.run, page_size=index_page_size,
                                site=site, search_bundles=[b.folder for b in bundles])
                    link_neighbours(outdir, store)
                    manifest.save(outdir)
                    state, problem = indexing.finish()
                store.set_meta(STATE_KEY, state if site.search else None)
                store.commit()
                if problem is not None:
                    site_warnings.append(problem)
                if not site.search:
                    remove_search(outdir)
            except Exception as failure:  # the build cannot go on: report what it did
                error = _stopping_problem(failure, outdir)
                store.rollback()  # the page being recorded is built again next time
            finally:
                close = getattr(outcomes, "close", None)
                if close is not None:
                    close()
            summary = batch.tally.summary(total=len(pages), seconds=time.perf_counter() - started,
                                          outdir=outdir, stopped=batch.stopped, error=error,
                                          register_warnings=tuple(register_warnings),
                                          site_warnings=tuple(site_warnings))
            write_report(outdir, summary, store.report_rows(), tool=tool)
            return summary
    except (OSError, sqlite3.Error) as failure:
        if isinstance(failure, TeiencodeError):
            raise
        raise OutputError(f"the build cannot write its output folder: {_reason(failure)}",
                          file=str(outdir), hint=_OUTDIR_HINT) from failure


def _schema_bytes(schema: Path) -> bytes:
    """The RELAX NG schema given with ``tei_schema``; :class:`InputError` naming it."""
    try:
        return schema.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the RELAX NG schema: {error.strerror}",
                         file=str(schema)) from error


_OUTDIR_HINT = ("free space on its device (or fix its permissions) and build again: the pages "
                "built so far are kept and skipped")


def _stopping_problem(failure: Exception, outdir: Path) -> Diagnostic:
    """Why the build stopped before its end, for its report: its Dask cluster
    failed (TE-BUILD-CLUSTER), or its own files (store, manifest, index) could
    not be written (TE-BUILD-OUTDIR); anything else is raised again."""
    if isinstance(failure, ClusterError):
        return Diagnostic("error", ClusterError.CODE, failure.reason, hint=failure.hint)
    if isinstance(failure, (OSError, sqlite3.Error)) and not isinstance(failure, TeiencodeError):
        return Diagnostic("error", "TE-BUILD-OUTDIR",
                          f"the build stopped: cannot write its output folder: {_reason(failure)}",
                          file=str(outdir), hint=_OUTDIR_HINT)
    raise failure


def _reason(failure: Exception) -> str:
    """What went wrong writing a file or the store, and where."""
    if isinstance(failure, OSError):
        return (failure.strerror or str(failure)) + (f": {failure.filename}"
                                                     if failure.filename else "")
    return str(failure)


class _Batch:
    """The pages of one build as they are read and as they finish: what the
    parent writes, remembers (in the store) and counts for each. With
    ``fail_fast`` the first failed or invalid page stops the reading of
    further pages (``stopped``); the pages already in flight still finish.
    ``force`` replaces the TEI outputs an editor changed."""

    def __init__(self, outdir: Path, store: BuildStore, manifest: Manifest,
                 on_progress: Callable[[DocResult], None] | None,
                 max_page_bytes: int | None, fail_fast: bool, force: bool) -> None:
        self.outdir = outdir
        self.max_page_bytes = max_page_bytes
        self.fail_fast = fail_fast
        self.force = force
        self.stopped = False
        self.store = store
        self.manifest = manifest
        self.on_progress = on_progress
        self.tally = Tally()
        # the pages in flight: input hash, source and what guards the TEI output
        self.in_flight: dict[str, tuple[str, Source, Guard]] = {}
        store.begin()

    def tasks(self, pages: Sequence[Source], stale: Callable[[str, str], str | None],
              prepare: Callable[[], None]) -> Iterator[Task]:
        """A task for every page that must be built (``stale`` says why, or
        ``None``), ``prepare`` called before the first; the other pages are
        finished on the way, as skipped or as failed for a reason found here
        (a name no output can take, a page that cannot be read or is too large)."""
        prepared = False
        for page in pages:
            if self.stopped:
                return
            refusal = self._refusal(page)
            if refusal is not None:
                self._report(DocResult.failed(printable(page.name), printable(str(page.path)),
                                              refusal), page)
                continue
            guard = Guard(self.store.written(page.name), page.is_tei, self.force)
            read = self._read(page)
            if isinstance(read, DocResult):
                self.in_flight[page.name] = ("", page, guard)
                self.finish(Outcome(read, {}))
                continue
            input_hash = content_hash(read)
            reason = stale(page.name, input_hash)
            if reason is None:
                self._report(self._unchanged(page, guard), page)
                continue
            if not prepared:
                prepare()
                prepared = True
            self.in_flight[page.name] = (input_hash, page, guard)
            yield Task(page.name, str(page.path), read, reason, guard)

    def _unchanged(self, page: Source, guard: Guard) -> DocResult:
        """The result of a page up to date: skipped, or failed when its TEI
        output is an editor's (TE-BUILD-EDITED), which is then kept as it is."""
        xml = os.path.join(self.outdir, page.name + OUTPUT_SUFFIXES["xml"])
        problem = guard.refuses(xml, page.name, None)
        if problem is None:
            return DocResult.skipped(page.name, self.manifest.record(page.name))
        return DocResult.failed(page.name, str(page.path), problem)

    @staticmethod
    def _refusal(page: Source) -> Diagnostic | None:
        """Why a page is not even read: a link leaving its source folder, or a
        name no output can take."""
        source = printable(str(page.path))
        if page.refused is not None:
            return Diagnostic("error", "TE-BUILD-SYMLINK", printable(page.refused), file=source,
                              hint="pass --follow-symlinks to build what it points to, or "
                                   "copy it into the source folder")
        problem = name_problem(page.name)
        if problem is not None:
            return Diagnostic("error", "TE-BUILD-NAME", problem, file=source,
                              hint="rename the page")
        return None

    def _read(self, page: Source) -> bytes | DocResult:
        """The bytes of a page, or why it fails unread (only regular files are
        read: a FIFO or device would block the build)."""
        source = str(page.path)
        try:
            info = page.path.stat()
            if not stat.S_ISREG(info.st_mode):
                return DocResult.failed(page.name, source, Diagnostic(
                    "error", "TE-BUILD-DECODE", "not a regular file (a folder, FIFO or device)",
                    file=source, hint="give page files only"))
            if self.max_page_bytes is not None and info.st_size > self.max_page_bytes:
                return DocResult.failed(page.name, source, Diagnostic(
                    "error", "TE-BUILD-TOO-LARGE",
                    f"the page is {info.st_size / 1e6:.1f} MB, over the limit of "
                    f"{self.max_page_bytes / 1e6:.1f} MB per page", file=source,
                    hint="split the page into documents, or raise the limit "
                         "(teiencode build --max-page-size MB)"))
            return page.path.read_bytes()
        except OSError as error:
            return DocResult.failed(page.name, source, Diagnostic(
                "error", "TE-BUILD-DECODE", f"cannot read the page: {error.strerror or error}",
                file=source, hint="check that the file exists and is readable"))

    def finish(self, outcome: Outcome) -> None:
        """Write a page's outputs, remember how it was built, its TEI output
        and its index entry, count it and report it; a page whose TEI output
        is an editor's (``kept``) is only reported: its outputs, index entry
        and manifest entry stay as they were."""
        input_hash, page, guard = self.in_flight.pop(outcome.result.name)
        outcome = deliver(self.outdir, outcome, guard)
        result, entry = outcome.result, outcome.entry
        if not outcome.kept:
            if result.status == "failed":
                remove_outputs(self.outdir, result.name, guard)
            if outcome.written is not None:
                self.store.put_written(result.name, outcome.written)
                self.store.forget_neighbours(result.name)  # its edition was written again
            self.manifest.update(result.name, input_hash, result.status, result.to_record())
            if entry is not None and result.outputs:
                self.store.put_entry(result.name, input_hash, quote(result.outputs["html"]),
                                     entry)
            else:
                self.store.drop_entry(result.name)
        self._report(result, page)

    def _report(self, result: DocResult, page: Source) -> None:
        """Keep a page's report row (with the page its TEI source
        supersedes), count its result and pass it on."""
        if page.supersedes is not None:
            note = Diagnostic("info", "TE-BUILD-SUPERSEDED",
                              f"the page is not built: the TEI source {page.path} of the same "
                              "name takes its place", file=str(page.supersedes))
            result = replace(result, problems=(*result.problems, note.to_dict()))
        self.store.add_report_row(result.name, result.to_dict())
        if result.status != "skipped":
            self.store.commit()  # a killed build resumes from here
        self.tally.add(result)
        if self.fail_fast and result.status in ("failed", "invalid"):
            self.stopped = True
        if self.on_progress is not None:
            self.on_progress(result)


def _refuse_overwriting_inputs(pages: Sequence[Source], outdir: Path) -> None:
    """Refuse a build one of whose outputs would overwrite one of its sources
    or a page one of them supersedes (the output folder is, or holds, a
    folder of sources)."""
    inputs = {os.path.abspath(path): path for page in pages
              for path in (page.path, page.supersedes) if path is not None}
    folder = os.path.abspath(outdir)
    for page in pages:
        for kind, suffix in OUTPUT_SUFFIXES.items():
            overwritten = inputs.get(os.path.join(folder, page.name + suffix))
            if overwritten is None:
                continue
            what = "TEI source" if suffix == OUTPUT_SUFFIXES["xml"] else "page"
            raise InputError(f"the {kind} output of {page.name!r} would overwrite the {what} "
                             f"{overwritten}", file=str(outdir),
                             hint="write the build to a folder that holds no sources; to build "
                                  "from TEI you edited in the output folder, move it into a "
                                  f"folder of its own first (mkdir tei && mv {outdir}/*.xml "
                                  "tei/) and build with that folder among the sources")


def _read_register(path: Path) -> tuple[str, bytes]:
    try:
        return str(path), path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the register: {error.strerror}", file=str(path)) from error
