"""Running the XSLT 3.0 stylesheets of ``xslt/`` with saxonche.

One ``PySaxonProcessor`` per process (re-created after a fork), each stylesheet
compiled once and reused for every document. Stylesheets may read their own
modules while they compile; after that the processor refuses every external
resource (``allowedProtocols`` empty), so ``document()``, ``unparsed-text()``,
``collection()`` and the like reach neither files nor the network. Errors the
stylesheets raise with ``te:fail`` ("TE-XSLT-n message [path]") become
:class:`XSLTError` with the code and the node's path; the trace Saxon itself
prints of an error is kept off the terminal (:class:`_SaxonOutput`).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor

from ..errors import PublishError
from ..model import Diagnostic
from ..resources import xslt_path

_ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"
_XSL = "http://www.w3.org/1999/XSL/Transform"
_CODED = re.compile(r"(TE-XSLT-\d+) (.*?)(?: \[(/\S+)\])?\s*$", re.DOTALL)

ParamValue = str | int | bool


class XSLTError(PublishError):
    """A stylesheet stopped on a document; ``code`` ("TE-XSLT-n" or "XSLT") and
    ``xpath`` (the offending node, when the stylesheet named it) say why and where."""

    def __init__(self, message: str, *, code: str, xpath: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.code = code
        self.xpath = xpath

    def to_diagnostic(self) -> Diagnostic:
        """The error as a :class:`~teiencode.model.Diagnostic` for reports."""
        return Diagnostic("error", self.code, self.message, file=self.file, xpath=self.xpath,
                          hint=self.hint)


#: The entry stylesheets (paths relative to ``xslt/``), compiled together at start.
ENTRY_STYLESHEETS = ("html/html.xsl", "text/text.xsl", "site/entry.xsl", "site/index.xsl")


class _Saxon:
    """The process's Saxon processor and its compiled stylesheets.

    Saxon cannot lift a protocol restriction once set, so every entry
    stylesheet is compiled (fast: tens of milliseconds) before access to
    external resources is switched off for good.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.output = _SaxonOutput()
        self.processor = PySaxonProcessor(license=False)
        compiler = self.processor.new_xslt30_processor()
        self.executables: dict[str, Any] = {}
        for stylesheet in ENTRY_STYLESHEETS:
            path = xslt_path(stylesheet)
            try:
                with self.output.captured():
                    self.executables[stylesheet] = compiler.compile_stylesheet(
                        stylesheet_file=str(path))
            except PySaxonApiError as exc:
                raise XSLTError(f"stylesheet does not compile: {str(exc).strip()}", code="XSLT",
                                file=str(path)) from exc
        self.processor.set_configuration_property(_ALLOWED_PROTOCOLS, "")


class _SaxonOutput:
    """What Saxon writes to the process's standard error (file descriptor 2,
    below Python's ``sys.stderr``) while it runs: on an error, its own trace
    of the stylesheet's call stack, which would come before teiencode's
    message and break into a build's progress display. :meth:`captured` sends
    file descriptor 2 to a temporary file for one call; output of a call that
    succeeds (``xsl:message``, warnings) is passed on, the trace of one that
    fails is dropped, its error being raised with the message. Calls hold the
    module's lock; a write another thread makes meanwhile is passed on or
    dropped with the call's output."""

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # kept open: its descriptor is reused

    @contextmanager
    def captured(self) -> Iterator[None]:
        fd = self.file.fileno()
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(fd, 2)
        failed = True
        try:
            yield
            failed = False
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            size = os.lseek(fd, 0, os.SEEK_CUR)
            if size:
                written = os.pread(fd, size, 0)
                os.ftruncate(fd, 0)
                os.lseek(fd, 0, os.SEEK_SET)
                if not failed:
                    os.write(2, written)


_lock = threading.RLock()
_saxon: _Saxon | None = None


def _current() -> _Saxon:
    global _saxon
    if _saxon is None or _saxon.pid != os.getpid():
        _saxon = _Saxon()
    return _saxon


def processor() -> PySaxonProcessor:
    """The process's Saxon processor, its entry stylesheets compiled and every
    external resource (files, network) refused from then on."""
    with _lock:
        return _current().processor


@cache
def declared_params() -> dict[str, str]:
    """Every stylesheet parameter (name → declared XSD type) from the
    ``params.xsl`` files of ``xslt/``: the names callers may set."""
    found: dict[str, str] = {}
    for path in sorted(Path(xslt_path(".")).rglob("params.xsl")):
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        for param in tree.getroot().iterfind(f"{{{_XSL}}}param"):
            found[param.get("name", "")] = param.get("as", "xs:string")
    return found


#: The values integer parameters allow (inclusive), and the parameters that are URLs.
INTEGER_RANGES = {"wrap-width": (1, 1_000_000)}
URL_PARAMS = ("base-url", "index-href", "css-href", "search-href", "source-url")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_IGNORED_IN_URLS = re.compile(r"[\t\n\r]")  # browsers drop these from URLs, even in the scheme


def check_param(name: str, value: ParamValue) -> ParamValue:
    """``value`` when stylesheet parameter ``name`` takes it; otherwise a
    :class:`~teiencode.errors.PublishError` saying what it takes: a declared
    parameter, of its type, an integer within :data:`INTEGER_RANGES`, a URL
    (:data:`URL_PARAMS`) that is http(s) or relative (no ``javascript:``)."""
    declared = declared_params()
    if name not in declared:
        raise PublishError(f"unknown stylesheet parameter {name!r}",
                           hint="known parameters: " + ", ".join(sorted(declared)))
    kind = declared[name]
    if kind == "xs:boolean" and not isinstance(value, bool):
        raise PublishError(f"parameter {name!r} takes true or false, not {value!r}")
    if kind == "xs:integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise PublishError(f"parameter {name!r} takes an integer, not {value!r}")
        low, high = INTEGER_RANGES.get(name, (-(2**63), 2**63 - 1))  # Saxon's integers: 64 bits
        if not low <= value <= high:
            raise PublishError(f"parameter {name!r} takes a whole number from {low:,} to "
                               f"{high:,}, not {value:,}")
    if name in URL_PARAMS:
        url = _IGNORED_IN_URLS.sub("", str(value)).strip("\x00- ")
        scheme = _SCHEME.match(url)
        if scheme is not None and scheme.group().lower() not in ("http:", "https:"):
            raise PublishError(f"parameter {name!r} takes an http(s) or relative URL, not "
                               f"{str(value)!r}")
    return value


def _xdm_value(processor: PySaxonProcessor, name: str, value: ParamValue) -> Any:
    check_param(name, value)
    kind = declared_params()[name]
    if kind == "xs:boolean":
        return processor.make_boolean_value(value)
    if kind == "xs:integer":
        return processor.make_integer_value(value)
    return processor.make_string_value(str(value))


def _error(exc: PySaxonApiError, name: str | None) -> XSLTError:
    text = str(exc).strip()
    coded = _CODED.search(text)
    if coded:
        code, message, xpath = coded.groups()
        return XSLTError(f"{code} {message}", code=code, xpath=xpath, file=name)
    return XSLTError(f"XSLT error: {text}", code="XSLT", file=name,
                     hint="the document may not follow docs/tei-conventions.md")


@dataclass(frozen=True, eq=False)
class ParsedXML:
    """An XML document parsed once by Saxon, to be transformed several times
    (the HTML edition and the text of one TEI file). ``xml`` must already be
    safe: UTF-8 without DOCTYPE or XInclude (as :func:`teiencode.xmlinput.parse_xml`
    checks), such as teiencode's own TEI or a tree it parsed and re-serialised."""

    xml: bytes
    name: str | None
    pid: int
    node: Any

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its bytes: a Saxon node belongs to one process."""
        return _parse_named, (self.xml, self.name)


def parse(xml: bytes, *, name: str | None = None) -> ParsedXML:
    """Parse safe XML bytes into this process's Saxon processor."""
    with _lock:
        saxon = _current()
        try:
            with saxon.output.captured():
                node = saxon.processor.parse_xml(xml_text=xml.decode("utf-8"))
        except PySaxonApiError as exc:
            raise _error(exc, name) from exc
    return ParsedXML(xml, name, saxon.pid, node)


def _parse_named(xml: bytes, name: str | None) -> ParsedXML:
    return parse(xml, name=name)


def transform(stylesheet: str, document: ParsedXML | bytes, *,
              params: Mapping[str, ParamValue] | None = None, name: str | None = None) -> str:
    """Transform a document (parsed, or safe XML bytes) with a stylesheet under
    ``xslt/`` and return the result as text; ``name`` names the document in
    errors (default: the parsed document's name)."""
    if isinstance(document, bytes) or document.pid != os.getpid():  # a node of another process
        document = parse(document if isinstance(document, bytes) else document.xml,
                         name=name or (None if isinstance(document, bytes) else document.name))
    name = name or document.name
    with _lock:
        saxon = _current()
        executable = saxon.executables[stylesheet]
        executable.clear_parameters()
        for key, value in (params or {}).items():
            executable.set_parameter(key, _xdm_value(saxon.processor, key, value))
        try:
            # xdm_node is also the global context item: the stylesheets' per-document
            # maps (xslt/common/functions.xsl) are built from it.
            with saxon.output.captured():
                result = executable.transform_to_string(xdm_node=document.node)
        except PySaxonApiError as exc:
            raise _error(exc, name) from exc
        finally:
            executable.clear_parameters()
    return result or ""
