"""Any RELAX NG schema given with ``--tei-schema`` (e.g. the official tei_all.rng).

With ``jing`` on PATH, one JVM validates a whole batch (up to
:data:`JING_BATCH` documents): each document is written to a temporary folder
as it is added, exactly as it was read (so lines match, and nothing is held in
memory), and jing's ``file:line:col: error: message`` lines become
diagnostics. Without jing, libxml2 (``lxml.etree.RelaxNG``) validates each
document as it is added; the schema is compiled once per process (tei_all
takes about ten seconds) and shared, after :func:`.grammar.simplify` (without
which libxml2 never finishes compiling a customised TEI grammar such as the
project's). Compact syntax (``.rnc``) needs jing. Diagnostics have code
``"RNG"``; :func:`project_diagnostics` checks the project's grammar compiled
from the ODD (``schemas/teiencode.rng``), code ``"TE-RNG"``. Only documents that
:mod:`teiencode.xmlinput` accepted may be added: jing's own parser would
resolve external entities.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Literal, Self

from lxml import etree

from ..errors import InputError
from ..model import Diagnostic
from ..resources import schema_path
from ..xmlinput import parse_bytes
from .grammar import simplify
from .paths import ElementPaths

CODE = "RNG"
PROJECT_CODE = "TE-RNG"
PROJECT_SCHEMA = "teiencode.rng"
JING_BATCH = 1000  # documents per jing run: one JVM each, command lines stay short
Engine = Literal["auto", "jing", "lxml"]

_JING_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)(?::(?P<column>\d+))?: "
                        r"(?P<level>error|fatal|warning): (?P<msg>.*)$")
_QUOTED = re.compile(r'"[^"]*"')
_MAX_EXPECTED = 8
_lxml_lock = threading.Lock()


def check(schema: Path, documents: Iterable[tuple[str | None, bytes]], *,
          engine: Engine = "auto") -> list[list[Diagnostic]]:
    """Diagnostics for each ``(name, bytes)`` document against ``schema``, in order."""
    with Batch(schema, engine=engine) as batch:
        for name, data in documents:
            batch.add(name, parse_bytes(data, name=name), data)
        return batch.results()


class Batch:
    """Documents validated against one RELAX NG schema: :meth:`add` them one
    by one, then :meth:`results` gives their diagnostics in the same order.

    ``engine`` "auto" uses jing when it is on PATH, else lxml. Raises
    :class:`InputError` when the schema cannot be read or is not RELAX NG.
    Use it as a context manager (the temporary folder is removed at the end).
    """

    def __init__(self, schema: Path, *, engine: Engine = "auto") -> None:
        self.schema = Path(schema)
        self._jing = shutil.which("jing") if engine != "lxml" else None
        if engine == "jing" and self._jing is None:
            raise InputError("jing is not installed",
                             hint="install it (Debian: apt-get install jing)")
        self._folder = tempfile.TemporaryDirectory(prefix="teiencode-rng-") if self._jing else None
        self._results: list[list[Diagnostic]] = []
        self._waiting: list[tuple[str | None, str]] = []  # added, not yet run through jing

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._folder is not None:
            self._folder.cleanup()

    def add(self, name: str | None, tree: etree._ElementTree, data: bytes | None = None) -> None:
        """Validate one parsed document; ``data``, the bytes it was parsed from,
        lets jing report the same line numbers (else the tree is serialised)."""
        if self._folder is None:
            self._results.append(_check_with_lxml(self.schema, name, tree))
            return
        path = Path(self._folder.name) / f"{len(self._results) + len(self._waiting):07d}.xml"
        path.write_bytes(data if data is not None else etree.tostring(tree, encoding="utf-8"))
        self._waiting.append((name, str(path)))
        if len(self._waiting) >= JING_BATCH:
            self._run_jing()

    def results(self) -> list[list[Diagnostic]]:
        """The diagnostics of every document added, in the order added."""
        if self._waiting:
            self._run_jing()
        return self._results

    def _run_jing(self) -> None:
        assert self._jing is not None
        waiting, self._waiting = self._waiting, []
        found = _check_with_jing(self._jing, self.schema, waiting)
        for _, path in waiting:
            Path(path).unlink()
        self._results.extend(found)


# --------------------------------------------------------------------------- jing


def _check_with_jing(jing: str, schema: Path,
                     documents: list[tuple[str | None, str]]) -> list[list[Diagnostic]]:
    """One jing run over ``(name, temporary path)`` documents."""
    command = [jing, *(["-c"] if schema.suffix == ".rnc" else []), str(schema),
               *(path for _, path in documents)]
    try:
        run = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace",
                             check=False)
    except OSError as exc:
        raise InputError(f"cannot run jing: {exc}", hint="check the jing installation") from exc
    index = {path: number for number, (_, path) in enumerate(documents)}
    results: list[list[Diagnostic]] = [[] for _ in documents]
    schema_problems = []
    for line in run.stdout.splitlines():
        match = _JING_LINE.match(line)
        number = index.get(match["file"]) if match else None
        if match is None or number is None:
            schema_problems.append(line)
            continue
        severity = "warning" if match["level"] == "warning" else "error"
        results[number].append(Diagnostic(
            severity, CODE, _shorten(match["msg"]), file=documents[number][0],
            line=int(match["line"]), column=int(match["column"]) if match["column"] else None))
    if schema_problems or (run.returncode != 0 and not any(results)):
        complaints = [line for line in run.stderr.splitlines() if not line.startswith("[warning]")]
        detail = "; ".join(schema_problems or complaints) or f"jing exited with {run.returncode}"
        raise InputError(f"the RELAX NG schema {schema} could not be used: {detail}",
                         file=str(schema), hint="give a RELAX NG schema (.rng, or .rnc with jing)")
    return results


def _shorten(message: str) -> str:
    """jing lists every element TEI would allow; keep the first few."""
    head, sep, tail = message.partition("expected ")
    names = _QUOTED.findall(tail)
    if not sep or len(names) <= _MAX_EXPECTED:
        return message
    prefix = tail[: tail.index(names[0])]
    kept = ", ".join(names[:_MAX_EXPECTED])
    return f"{head}{sep}{prefix}{kept} or {len(names) - _MAX_EXPECTED} more"


# --------------------------------------------------------------------------- lxml


def project_diagnostics(tree: etree._ElementTree, name: str | None) -> list[Diagnostic]:
    """Diagnostics of ``tree`` against the grammar compiled from the ODD."""
    return _check_with_lxml(schema_path(PROJECT_SCHEMA), name, tree, code=PROJECT_CODE)


def _check_with_lxml(schema: Path, name: str | None, tree: etree._ElementTree,
                     code: str = CODE) -> list[Diagnostic]:
    try:
        modified = schema.stat().st_mtime_ns
    except OSError as exc:
        raise InputError(f"cannot read the RELAX NG schema {schema}: {exc.strerror}",
                         file=str(schema)) from exc
    validator = _compiled(schema.resolve(), modified)
    with _lxml_lock:  # one compiled schema, shared; its error log is per call
        if validator.validate(tree):
            return []
        entries = list(validator.error_log)
    paths = ElementPaths()
    found = []
    for entry in entries:
        element = _element_at(tree, entry.path)
        found.append(Diagnostic(
            "error", code, entry.message, file=name,
            line=entry.line or (element.sourceline if element is not None else None),
            column=entry.column or None, xpath=paths(element) if element is not None else None))
    return found


def _element_at(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    """The element libxml2 names by a positional path ("/*/*[3]/*"), if any."""
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except etree.XPathError:
        return None
    return found[0] if found and isinstance(found[0], etree._Element) else None


@cache
def _compiled(schema: Path, mtime_ns: int) -> etree.RelaxNG:
    """The compiled schema, once per process (and again only if the file changes)."""
    if schema.suffix == ".rnc":
        raise InputError(f"{schema} is RELAX NG compact syntax, which needs jing", file=str(schema),
                         hint="install jing (Debian: apt-get install jing) or give the .rng form")
    try:
        return etree.RelaxNG(simplify(etree.parse(str(schema))))
    except (etree.XMLSyntaxError, etree.RelaxNGParseError) as exc:
        raise InputError(f"the RELAX NG schema {schema} could not be used: {exc}", file=str(schema),
                         hint="give a RELAX NG schema in XML syntax (.rng)") from exc
