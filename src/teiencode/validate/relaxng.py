"""Any RELAX NG schema given with ``--tei-schema`` (e.g. the official tei_all.rng).

With ``jing`` on PATH, one JVM validates a whole batch (up to
:data:`JING_BATCH` documents): the documents are written to a temporary folder
exactly as they were read (so lines match) and jing's
``file:line:col: error: message`` lines become diagnostics. Without it,
libxml2 (``lxml.etree.RelaxNG``) does the work; the schema is compiled once per
process (tei_all takes about ten seconds) and shared. Compact syntax
(``.rnc``) needs jing. Diagnostics have code ``"RNG"``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal, NamedTuple

from lxml import etree

from ..errors import InputError
from ..model import Diagnostic

CODE = "RNG"
JING_BATCH = 1000  # documents per jing run: one JVM each, command lines stay short
Engine = Literal["auto", "jing", "lxml"]

_JING_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+)(?::(?P<column>\d+))?: "
                        r"(?P<level>error|fatal|warning): (?P<msg>.*)$")
_QUOTED = re.compile(r'"[^"]*"')
_MAX_EXPECTED = 8
_lxml_lock = threading.Lock()


class Document(NamedTuple):
    """A document to validate: its name in reports, its tree, and the bytes
    it was parsed from (``None`` for a tree built in memory)."""

    name: str | None
    tree: etree._ElementTree
    data: bytes | None


def check(schema: Path, documents: Sequence[Document], *,
          engine: Engine = "auto") -> list[list[Diagnostic]]:
    """Diagnostics for each document against the RELAX NG ``schema``, in order.

    ``engine`` "auto" uses jing when it is on PATH, else lxml. Raises
    :class:`InputError` when the schema cannot be read or is not RELAX NG.
    """
    if not documents:
        return []
    jing = shutil.which("jing") if engine != "lxml" else None
    if engine == "jing" and jing is None:
        raise InputError("jing is not installed", hint="install it (Debian: apt-get install jing)")
    if jing:
        return [found for start in range(0, len(documents), JING_BATCH)
                for found in _check_with_jing(jing, schema, documents[start:start + JING_BATCH])]
    return [_check_with_lxml(schema, document) for document in documents]


# --------------------------------------------------------------------------- jing


def _check_with_jing(jing: str, schema: Path,
                     documents: Sequence[Document]) -> list[list[Diagnostic]]:
    with tempfile.TemporaryDirectory(prefix="teiencode-rng-") as folder:
        paths = []
        for number, document in enumerate(documents):
            path = Path(folder) / f"{number:06d}.xml"
            path.write_bytes(document.data if document.data is not None
                             else etree.tostring(document.tree, encoding="utf-8"))
            paths.append(str(path))
        command = [jing, *(["-c"] if schema.suffix == ".rnc" else []), str(schema), *paths]
        try:
            run = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace",
                                 check=False)
        except OSError as exc:
            raise InputError(f"cannot run jing: {exc}", hint="check the jing installation") from exc
    index = {path: number for number, path in enumerate(paths)}
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
            severity, CODE, _shorten(match["msg"]), file=documents[number].name,
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


def _check_with_lxml(schema: Path, document: Document) -> list[Diagnostic]:
    try:
        modified = schema.stat().st_mtime_ns
    except OSError as exc:
        raise InputError(f"cannot read the RELAX NG schema {schema}: {exc.strerror}",
                         file=str(schema)) from exc
    validator = _compiled(schema.resolve(), modified)
    with _lxml_lock:  # one compiled schema, shared; its error log is per call
        if validator.validate(document.tree):
            return []
        entries = list(validator.error_log)
    return [Diagnostic("error", CODE, entry.message, file=document.name,
                       line=entry.line or None, column=entry.column or None) for entry in entries]


@cache
def _compiled(schema: Path, mtime_ns: int) -> etree.RelaxNG:
    """The compiled schema, once per process (and again only if the file changes)."""
    if schema.suffix == ".rnc":
        raise InputError(f"{schema} is RELAX NG compact syntax, which needs jing", file=str(schema),
                         hint="install jing (Debian: apt-get install jing) or give the .rng form")
    try:
        return etree.RelaxNG(etree.parse(str(schema)))
    except (etree.XMLSyntaxError, etree.RelaxNGParseError) as exc:
        raise InputError(f"the RELAX NG schema {schema} could not be used: {exc}", file=str(schema),
                         hint="give a RELAX NG schema in XML syntax (.rng)") from exc
