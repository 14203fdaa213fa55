"""One page through every stage: decode → read → entities → TEI → validate →
HTML, text and the page's entry in the corpus index, in a worker process; or
one TEI source, published as it is: parse → validate → HTML, text, index entry.

A worker receives the page as bytes and returns its outputs as bytes (the
parent writes them) with the small index entry (the parent never reads the
TEI again), so it needs no shared file system: the same function runs
in a local process pool and on a Dask cluster. What is expensive to set up —
the registers, and the schemas and stylesheets the stages cache — is loaded
once per worker process (:func:`initialize`), not once per page.
"""

from __future__ import annotations

import dataclasses
import gc
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any, Protocol, TypeVar

from lxml import etree

from ..atomic import write_atomic
from ..errors import TeiencodeError
from ..model import Diagnostic, Document
from ..namespaces import TEI_NS
from ..xmlinput import parse_bytes
from .describe import count_document, count_tei, document_metadata, tei_metadata
from .edits import Written, edited
from .manifest import content_hash
from .report import DocResult
from .siteoptions import SiteOptions
from .store import IndexEntry

OUTPUT_SUFFIXES = {"xml": ".xml", "html": ".html", "text": ".txt"}


@dataclass(frozen=True)
class Stages:
    """The stage functions a build runs, by default the real ones
    (:meth:`default`). ``parse`` parses the TEI once for ``render_html``,
    ``render_text`` and ``index_entry`` (the page's entry in the corpus
    index), from UTF-8 bytes already found safe (the page's own TEI, or a TEI
    source parsed safely and re-serialised): not parsed by lxml once more;
    ``render_index`` renders a page of the corpus index from its
    ``<site>`` document of entries (:class:`SitePage`); ``check_text`` finds
    the words of the page the TEI lost (an error makes the page invalid);
    ``render_css`` gives the site's shared style sheet. ``render_html``,
    ``index_entry`` and ``render_index`` take the stylesheet parameters as
    ``params=``. Tests of the build's own machinery may pass simpler ones;
    every function must be picklable (defined at module level)."""

    decode: Callable[[bytes, str | None], tuple[str, list[Diagnostic]]]
    read: Callable[[str, str | None], Document]
    load_register: Callable[[Sequence[Path]], Any]
    find_mentions: Callable[[Document, Any], Document]
    encode: Callable[[Document], Any]
    to_bytes: Callable[[Any], bytes]
    diagnose: Callable[[bytes], Iterable[Diagnostic]]
    parse: Callable[[bytes], Any]
    render_html: Callable[..., str]
    render_text: Callable[[Any], str]
    index_entry: Callable[..., bytes]
    render_index: Callable[..., str]
    check_text: Callable[[Document, Any], Iterable[Diagnostic]]
    render_css: Callable[[], str]

    @classmethod
    def default(cls) -> Stages:
        """The teiencode stages, each imported the first time it is called (a
        build with nothing to do never loads the XSLT or schema machinery)."""
        return cls(decode=_StageRef("read", "decode_page"), read=_StageRef("read", "read_page"),
                   load_register=_StageRef("entities", "load_register"),
                   find_mentions=_StageRef("entities", "find_mentions"),
                   encode=_StageRef("tei", "encode"), to_bytes=_StageRef("tei", "to_bytes"),
                   diagnose=_StageRef("validate", "iter_build_diagnostics"),
                   parse=_StageRef("publish.xslt", "parse"),
                   render_html=_StageRef("publish", "render_html"),
                   render_text=_StageRef("publish", "render_text"),
                   index_entry=_StageRef("publish", "index_entry"),
                   render_index=_StageRef("publish", "render_index_page"),
                   check_text=_StageRef("tei.integrity", "check_text"),
                   render_css=_StageRef("publish", "site_css"))


@dataclass(frozen=True)
class _StageRef:
    """A stage function named by its module under ``teiencode`` and its name:
    cheap to pickle, imported on first call."""

    module: str
    name: str

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(import_module(f"teiencode.{self.module}"), self.name)(*args, **kwargs)


@dataclass(frozen=True)
class WorkerConfig:
    """Everything a worker needs, sent once: the stages, the registers as
    ``(file name, bytes)`` pairs, the time limit for one page, the output
    folder when the worker shares the parent's file system (it then writes
    the outputs itself, atomically, instead of sending them back) and the
    site the pages are published in."""

    stages: Stages
    registers: tuple[tuple[str, bytes], ...] = ()
    page_timeout: float | None = None
    outdir: str | None = None
    site: SiteOptions = field(default_factory=SiteOptions)


@dataclass(frozen=True)
class Guard:
    """What protects a page's TEI output (:mod:`.edits`): what the build last
    wrote there (``None``: nothing remembered), whether the page is a TEI
    source, and ``force``: replace an editor's TEI all the same (it is still
    never deleted)."""

    written: Written | None
    tei: bool
    force: bool = False

    def refuses(self, path: str | Path, name: str, new: str | None) -> Diagnostic | None:
        """Why the build must not replace the TEI output ``path`` of page
        ``name`` with content hashed ``new`` (``None``: delete it)."""
        if self.force and new is not None:
            return None
        return edited(path, name, self.written, tei=self.tei, new=new)


@dataclass(frozen=True)
class Outcome:
    """A page's result, the bytes of its outputs still to be written (none
    when it failed, or when the worker wrote them), its entry in the corpus
    index (none when it failed), the TEI output as written (:class:`Written`,
    once written) and ``kept``: its outputs were left as they were, its TEI
    output being an editor's (TE-BUILD-EDITED)."""

    result: DocResult
    files: dict[str, bytes]
    entry: IndexEntry | None = None
    written: Written | None = None
    kept: bool = False


class PageTimeout(Exception):
    """A page took longer than the build's time limit."""


_lock = threading.Lock()
_state: tuple[WorkerConfig, Any] | None = None
_frozen = False


def initialize(config: WorkerConfig) -> None:
    """Load the registers of ``config`` in this process (once; a process
    pool's initializer, and the first task on a Dask worker)."""
    global _state
    with _lock:
        if _state is not None and _state[0] == config:
            return
        register = None
        if config.registers:
            with tempfile.TemporaryDirectory(prefix="teiencode-register-") as tmp:
                paths = []
                for index, (name, data) in enumerate(config.registers):
                    path = Path(tmp) / str(index) / Path(name).name
                    path.parent.mkdir()
                    path.write_bytes(data)
                    paths.append(path)
                register = config.stages.load_register(paths)
        _state = (config, register)


def build_page(config: WorkerConfig, name: str, source: str, data: bytes,
               reason: str | None = None, guard: Guard | None = None) -> Outcome:
    """Run every stage on one page (a TEI source when ``guard.tei``); never
    raises for a bad page (it fails, with why). ``guard``: see :func:`deliver`
    (default: a page never built before)."""
    initialize(config)
    assert _state is not None
    register = _state[1]
    guard = guard or Guard(None, tei=False)
    started = time.perf_counter()
    with _time_limit(config.page_timeout):
        outcome = _run_stages(config, register, name, source, data, reason, guard.tei)
    if config.outdir is not None:
        outcome = deliver(Path(config.outdir), outcome, guard)
    return dataclasses.replace(outcome, result=outcome.result.with_timing(
        time.perf_counter() - started))


def deliver(outdir: Path, outcome: Outcome, guard: Guard) -> Outcome:
    """Write the outputs an outcome carries (paths relative to ``outdir``), each
    atomically, the TEI last; the outcome with no files left to write and its
    TEI output as written. When ``guard`` refuses to replace that TEI output
    (an editor's) nothing is written and the page fails, ``kept``. When they
    cannot be written the page fails (TE-BUILD-WRITE) and none of its outputs
    is left, but an editor's TEI."""
    if not outcome.files:
        return outcome
    result = outcome.result
    xml = result.outputs["xml"]
    digest = content_hash(outcome.files[xml])
    problem = guard.refuses(outdir / xml, result.name, digest)
    if problem is not None:
        return Outcome(DocResult.failed(result.name, result.source, problem, result.reason),
                       {}, kept=True)
    try:
        for relative, content in sorted(outcome.files.items(), key=lambda item: item[0] == xml):
            write_atomic(outdir / relative, content)
        written = Written.of(outdir / xml, digest, result.source, guard.tei)
    except OSError as error:
        remove_outputs(outdir, result.name, guard)
        return Outcome(_write_failure(result, error), {})
    return Outcome(result, {}, outcome.entry, written)


def remove_outputs(outdir: Path, name: str, guard: Guard) -> None:
    """Delete the outputs of page ``name`` (files only), so that none is left
    of a page that failed, but its TEI output when ``guard`` finds it an editor's."""
    for kind, suffix in OUTPUT_SUFFIXES.items():
        path = outdir / (name + suffix)
        if kind == "xml" and guard.refuses(path, name, None) is not None:
            continue
        if path.is_file() or path.is_symlink():
            path.unlink(missing_ok=True)


def _write_failure(result: DocResult, error: OSError) -> DocResult:
    """The result of a page whose outputs could not be written."""
    problem = Diagnostic("error", "TE-BUILD-WRITE",
                         f"cannot write the outputs: {error.strerror or error}"
                         + (f": {error.filename}" if error.filename else ""),
                         file=result.source,
                         hint="check the output folder (space, permissions, a folder in the "
                              "way) and the length of the page's name")
    return DocResult.failed(result.name, result.source, problem, result.reason)


R_co = TypeVar("R_co", covariant=True)
R = TypeVar("R")


class Job(Protocol[R_co]):
    """A piece of work a worker does (picklable): its result in a worker of
    ``config``, and what stands for it when its worker dies on it."""

    def run(self, config: WorkerConfig) -> R_co: ...

    def died(self, message: str) -> R_co: ...


@dataclass(frozen=True)
class SitePage:
    """A page of the corpus index to render: its path under the output folder
    and its ``<site>`` document (:mod:`.site`)."""

    path: str
    xml: bytes

    def run(self, config: WorkerConfig) -> dict[str, bytes]:
        """Render the page; the file still to write (none when this worker
        shares the output folder and wrote it)."""
        html = config.stages.render_index(self.xml, params=config.site.index_params()).encode("utf-8")
        return _deliver(config, self.path, html)

    def died(self, message: str) -> dict[str, bytes]:
        """The build cannot go on without this page of its index."""
        raise RuntimeError(f"{message} while rendering the index page {self.path}")


@dataclass(frozen=True)
class StyleSheet:
    """The site's shared style sheet to write at ``path`` under the output folder."""

    path: str

    def run(self, config: WorkerConfig) -> dict[str, bytes]:
        """Render it; the file still to write (none when this worker wrote it)."""
        return _deliver(config, self.path, config.stages.render_css().encode("utf-8"))

    def died(self, message: str) -> dict[str, bytes]:
        """The build cannot go on without its style sheet."""
        raise RuntimeError(f"{message} while rendering the style sheet {self.path}")


def _deliver(config: WorkerConfig, path: str, data: bytes) -> dict[str, bytes]:
    """Write a file of the site where this worker shares the output folder;
    else hand it back for the parent to write."""
    if config.outdir is None:
        return {path: data}
    write_atomic(Path(config.outdir) / path, data)
    return {}


def run_initialized(job: Job[R]) -> R:
    """Run a job (:class:`~.executors.Task`, :class:`SitePage`) with the
    configuration this process was initialised with: a process pool's task,
    so that the configuration (registers included) crosses to the worker
    once, not with every page."""
    global _frozen
    if _state is None:
        raise RuntimeError("run_initialized() before initialize() in this process")
    result = job.run(_state[0])
    if not _frozen:
        # What the first page loaded (gazetteer, schemas, stylesheets) lives as
        # long as this worker process: exempt it from every later collection.
        gc.freeze()
        _frozen = True
    return result


class _Stage:
    """The stage a page is in, named in its problem when it fails there."""

    def __init__(self, name: str) -> None:
        self.name = name


@dataclass(frozen=True)
class _TEI:
    """A page's TEI as the build publishes it, with what its report row says
    of it: problems, counts and metadata; ``parsable``: the same TEI as the
    ``parse`` stage takes it (UTF-8, without DOCTYPE or XInclude)."""

    xml: bytes
    parsable: bytes
    diagnostics: list[Diagnostic]
    counts: dict[str, Any]
    metadata: dict[str, str]


def _run_stages(config: WorkerConfig, register: Any, name: str, source: str, data: bytes,
                reason: str | None, tei: bool) -> Outcome:
    """Every stage on one page, or on one TEI source (``tei``): its TEI, then
    its HTML, text and index entry."""
    stages, site = config.stages, config.site
    stage = _Stage("xml" if tei else "decode")
    try:
        document = (_check_tei(stages, source, data, stage) if tei
                    else _encode_page(stages, register, name, source, data, stage))
        if isinstance(document, Diagnostic):
            return Outcome(DocResult.failed(name, source, document, reason), {})
        stage.name = "html"
        parsed = stages.parse(document.parsable)
        html = stages.render_html(parsed, params=site.page_params(name)).encode("utf-8")
        stage.name = "text"
        text_out = stages.render_text(parsed).encode("utf-8")
        stage.name = "index"
        entry = IndexEntry.parse(stages.index_entry(parsed, params=site.entry_params()))
    except Exception as error:  # one bad page must never stop the batch
        return Outcome(_failure(name, source, stage.name, error, reason), {})
    status = "invalid" if any(d.severity == "error" for d in document.diagnostics) else "ok"
    outputs = {kind: name + suffix for kind, suffix in OUTPUT_SUFFIXES.items()}
    result = DocResult(name=name, source=source, status=status,
                       problems=tuple(d.to_dict() for d in _unique(document.diagnostics)),
                       counts=document.counts, outputs=outputs, metadata=document.metadata,
                       reason=reason)
    files = dict(zip(outputs.values(), (document.xml, html, text_out), strict=True))
    return Outcome(result, files, entry)


def _encode_page(stages: Stages, register: Any, name: str, source: str, data: bytes,
                 stage: _Stage) -> _TEI:
    """Read a page, link its names, encode and validate its TEI."""
    text, problems = stages.decode(data, source)
    stage.name = "read"
    document = stages.read(text, source)
    stage.name = "entities"
    document = stages.find_mentions(document, register)
    stage.name = "tei"
    tree = stages.encode(document)
    xml = stages.to_bytes(tree)
    stage.name = "validate"
    xml_name = name + OUTPUT_SUFFIXES["xml"]
    checks = [*stages.check_text(document, tree),
              *(dataclasses.replace(d, file=xml_name) for d in stages.diagnose(xml))]
    return _TEI(xml, xml, [*problems, *document.warnings, *checks], count_document(document),
                document_metadata(document))


def _check_tei(stages: Stages, source: str, data: bytes, stage: _Stage) -> _TEI | Diagnostic:
    """A TEI source as it is: a TEI document (well-formed, safe), validated;
    or why it is none."""
    root = parse_bytes(data, name=source).getroot()
    problem = _not_a_document(root, source)
    if problem is not None:
        return problem
    stage.name = "validate"
    checks = [dataclasses.replace(d, file=source) for d in stages.diagnose(data)]
    return _TEI(data, etree.tostring(root, encoding="utf-8"), checks, count_tei(root),
                tei_metadata(root))


def _not_a_document(root: etree._Element, source: str) -> Diagnostic | None:
    """Why a TEI source is no TEI document to publish: another root element,
    no ``text``, or a register (``standOff`` lists, a body without ``div``);
    ``None`` when it is one."""
    if root.tag != f"{{{TEI_NS}}}TEI":
        return Diagnostic("error", "TE-BUILD-NOT-TEI",
                          f"not a TEI document: the root element is {etree.QName(root).text}, "
                          f"not TEI in the namespace {TEI_NS}", file=source,
                          line=root.sourceline,
                          hint="a TEI source is a TEI P5 document; keep other XML files out "
                               "of the source folders")
    lists = root.find(f"{{{TEI_NS}}}standOff") is not None and root.find(f".//{{{TEI_NS}}}body/{{{TEI_NS}}}div") is None
    if root.find(f"{{{TEI_NS}}}text") is None or lists:
        return Diagnostic("error", "TE-BUILD-NOT-TEI",
                          "a TEI file without a text (or whose text only introduces the lists of its "
                          "standOff: a register) is no document to publish", file=source, line=root.sourceline,
                          hint="give a register with --register (which keeps it out of the "
                               "sources), or move the file out of the source folders")
    return None


def _failure(name: str, source: str, stage: str, error: Exception, reason: str | None) -> DocResult:
    if isinstance(error, TeiencodeError):
        problem = Diagnostic("error", f"TE-BUILD-{stage.upper()}", error.message,
                             file=error.file or source, line=error.line, column=error.column,
                             hint=error.hint)
    elif isinstance(error, PageTimeout):
        problem = Diagnostic("error", "TE-BUILD-TIMEOUT", f"the {stage} stage {error}",
                             file=source, hint="the page may be pathological; split it or "
                             "report it with the page attached")
    else:
        problem = Diagnostic("error", f"TE-BUILD-{stage.upper()}",
                             f"the {stage} stage crashed: {type(error).__name__}: {error}",
                             file=source, hint="this is a bug in teiencode; please report it "
                             "with the page attached")
    return DocResult.failed(name, source, problem, reason)


def _unique(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return list(dict.fromkeys(diagnostics))


class _time_limit:
    """Interrupt a page after ``seconds`` (POSIX, main thread only — a process
    pool worker or a serial build; elsewhere no limit is set)."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.active = (seconds is not None and hasattr(signal, "setitimer")
                       and threading.current_thread() is threading.main_thread())

    def __enter__(self) -> None:
        if self.active:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)

    def _expire(self, signum: int, frame: object) -> None:
        raise PageTimeout(f"took longer than {self.seconds:g} s")
