"""ISO Schematron with XPath 2 (``queryBinding="xslt2"``), run by saxonche.

The Schematron the ODD compiles to (``schemas/teiencode.isosch``) and the rules
TEI embeds in its RELAX NG schemas (``sch:pattern`` elements inside
``tei_all.rng``) use XPath 2, which ``lxml.isoschematron`` refuses. SchXslt
compiles such a schema into an XSLT 2.0 validator, which saxonche runs on each
document; its SVRL report's failed asserts and successful reports become
diagnostics:

- an assert with an ``@id`` (the project's, ``TE-SCH-REF-1`` …) has it as
  code; TEI's own rules have none and are ``TEI-SCH``;
- ``@role`` gives the severity ("nonfatal" and "warning" are warnings);
- a finding stated twice (TEI's source repeats some rules) is reported once;
- SVRL's ``@location`` is resolved to the element in the lxml tree, for its
  line and readable path.

Validators are compiled once per process. The project's is committed
(``schemas/teiencode.isosch.xsl``), and so is the one for the rules embedded
in tei_all.rng (``schemas/embedded/DIGEST.xsl``, DIGEST naming the rules).
The one for the rules of any other schema given with ``--tei-schema`` is
compiled by SchXslt from the TEI Stylesheets folder (:class:`~.odd.Stylesheets`)
the first time, then kept in the user's cache folder (:mod:`teiencode.cache`)
under the same digest.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from functools import cache
from pathlib import Path
from typing import Any

from lxml import etree

from ..cache import cache_dir
from ..errors import InputError
from ..model import Diagnostic, Severity
from ..resources import schema_path
from .paths import ElementPaths

PROJECT_VALIDATOR = "teiencode.isosch.xsl"
BUNDLED_FOLDER = "embedded"  # schemas/embedded/DIGEST.xsl: tei_all's rules, compiled
TEI_CODE = "TEI-SCH"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
_FINDINGS = (f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report")
_SEVERITIES: dict[str, Severity] = {"warning": "warning", "nonfatal": "warning",
                                     "info": "info", "information": "info", "error": "error",
                                     "fatal": "error"}
_STEP = re.compile(r"/(?:Q\{(?P<ns>[^}]*)\})?(?P<name>[^/\[{]+)(?:\[(?P<n>\d+)\])?")
_ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"
_lock = threading.RLock()


class Validator:
    """One compiled Schematron validator (the XSLT SchXslt wrote), ready to
    check documents. ``source`` names it in errors."""

    def __init__(self, stylesheet: str, source: str) -> None:
        self.source = source
        with _lock:
            compiler = _processor().new_xslt30_processor()
            try:
                self._executable = compiler.compile_stylesheet(stylesheet_text=stylesheet)
            except Exception as exc:  # saxonche raises PySaxonApiError, not importable as such
                raise InputError(f"the Schematron validator {source} does not compile: "
                                 f"{str(exc).strip()}", file=source) from exc

    def check(self, tree: etree._ElementTree, data: bytes | None,
              name: str | None) -> list[Diagnostic]:
        """The findings on one document (parsed by lxml; ``data`` its bytes, if any)."""
        text = _as_text(tree, data)
        with _lock:
            processor = _processor()
            report = self._executable.transform_to_string(
                xdm_node=processor.parse_xml(xml_text=text))
        svrl = etree.fromstring(report.encode("utf-8"))
        locate, paths = _Locator(tree), ElementPaths()
        found = []
        for finding in svrl.iter(*_FINDINGS):
            default: Severity = "error" if finding.tag == _FINDINGS[0] else "warning"
            severity = _SEVERITIES.get((finding.get("role") or "").lower(), default)
            element = locate(finding.get("location"))
            message = _text(finding.find(f"{{{SVRL_NS}}}text"))
            code = finding.get("id") or TEI_CODE
            hints = [_text(d) for d in finding.iterfind(f"{{{SVRL_NS}}}diagnostic-reference")]
            if code == TEI_CODE:
                hints = [f"a rule of the TEI Guidelines ({self.source})"]
            diagnostic = Diagnostic(
                severity, code, message, file=name,
                line=element.sourceline if element is not None else None,
                xpath=paths(element) if element is not None else finding.get("location"),
                hint=" ".join(hints) or None)
            if diagnostic not in found:  # TEI states some rules twice
                found.append(diagnostic)
        return found


def project_validator() -> Validator:
    """The validator compiled from the ODD's Schematron (committed), once per process."""
    return _project_validator(os.getpid())


@cache
def _project_validator(pid: int) -> Validator:
    """Keyed by process: a forked child cannot use its parent's Saxon."""
    path = schema_path(PROJECT_VALIDATOR)
    return Validator(path.read_text(encoding="utf-8"), str(path))


def embedded_validator(schema: Path) -> Validator | None:
    """The validator of the Schematron rules embedded in the RELAX NG ``schema``,
    compiled once per process and schema version; ``None`` for a schema
    without rules."""
    schema = Path(schema).resolve()
    try:
        modified = schema.stat().st_mtime_ns
    except OSError as exc:
        raise InputError(f"cannot read the RELAX NG schema {schema}: {exc.strerror}",
                         file=str(schema)) from exc
    return _embedded_validator(schema, modified, os.getpid())


@cache
def _embedded_validator(schema: Path, mtime_ns: int, pid: int) -> Validator | None:
    rules = embedded_schematron(schema)
    if rules is None:
        return None
    digest = rules_digest(rules)
    bundled = schema_path(BUNDLED_FOLDER) / f"{digest}.xsl"
    if bundled.is_file():
        return Validator(bundled.read_text(encoding="utf-8"), f"{schema} (embedded Schematron)")
    cached = cache_dir() / "schematron" / f"{digest}.xsl"
    if not cached.is_file():
        from .odd import Stylesheets

        try:
            stylesheets = Stylesheets.locate()
        except InputError as error:
            raise InputError(
                f"the Schematron rules embedded in {schema} need compiling once, with SchXslt "
                f"from the TEI Stylesheets: {error.message}", file=str(schema),
                hint=error.hint) from error
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(compile_schematron(rules, stylesheets.schxslt), encoding="utf-8")
        temporary.replace(cached)
    return Validator(cached.read_text(encoding="utf-8"), f"{schema} (embedded Schematron)")


def rules_digest(rules: bytes) -> str:
    """The name a compiled validator of ``rules`` is kept under (bundled or cached)."""
    return hashlib.sha256(rules).hexdigest()[:32]


def embedded_schematron(schema: Path) -> bytes | None:
    """The ISO Schematron schema (xslt2) of the ``sch:pattern``s, ``sch:ns``
    and ``xsl:key``s embedded in a RELAX NG schema, in document order;
    ``None`` when it embeds no pattern."""
    try:
        tree = etree.parse(str(schema), etree.XMLParser(resolve_entities=False, no_network=True,
                                                        huge_tree=True))
    except (OSError, etree.XMLSyntaxError) as exc:
        raise InputError(f"the RELAX NG schema {schema} could not be read: {exc}",
                         file=str(schema)) from exc
    rules = etree.Element(f"{{{SCH_NS}}}schema", queryBinding="xslt2", nsmap={"sch": SCH_NS})
    prefixes: set[str] = set()
    for ns in tree.iter(f"{{{SCH_NS}}}ns"):
        if ns.get("prefix") not in prefixes:
            prefixes.add(ns.get("prefix", ""))
            etree.SubElement(rules, f"{{{SCH_NS}}}ns", prefix=ns.get("prefix", ""),
                             uri=ns.get("uri", ""))
    for key in tree.iter(f"{{{XSL_NS}}}key"):
        rules.append(_copy(key))
    patterns = [_copy(pattern) for pattern in tree.iter(f"{{{SCH_NS}}}pattern")]
    if not patterns:
        return None
    rules.extend(patterns)
    return etree.tostring(rules, encoding="utf-8", xml_declaration=True)


def compile_schematron(rules: bytes, schxslt: Path) -> str:
    """The XSLT validator SchXslt (``pipeline-for-svrl.xsl``) makes of the
    Schematron ``rules``: compact SVRL (no fired rules), without SchXslt's
    metadata (the time it ran), so that the same rules give the same bytes."""
    from saxonche import PySaxonProcessor

    with PySaxonProcessor(license=False) as processor:
        compiler = processor.new_xslt30_processor()
        try:
            pipeline = compiler.compile_stylesheet(stylesheet_file=str(schxslt))
            pipeline.set_parameter("schxslt.svrl.compact", processor.make_boolean_value(True))
            output = pipeline.transform_to_string(
                xdm_node=processor.parse_xml(xml_text=rules.decode("utf-8")))
        except Exception as exc:  # PySaxonApiError
            raise InputError(f"SchXslt could not compile the Schematron rules: "
                             f"{str(exc).strip()}", file=str(schxslt)) from exc
    stylesheet = etree.fromstring(output.encode("utf-8"))
    for metadata in stylesheet.findall("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description"):
        stylesheet.remove(metadata)
    return etree.tostring(stylesheet, encoding="unicode")


# --------------------------------------------------------------------------- helpers

_saxon: dict[int, Any] = {}


def _processor() -> Any:
    """This process's Saxon processor for validators: it reads no file and no
    URL (validators are compiled from text, documents parsed from text)."""
    pid = os.getpid()
    if pid not in _saxon:
        from saxonche import PySaxonProcessor

        _saxon.clear()
        processor = PySaxonProcessor(license=False)
        processor.set_configuration_property(_ALLOWED_PROTOCOLS, "")
        _saxon[pid] = processor
    return _saxon[pid]


def _as_text(tree: etree._ElementTree, data: bytes | None) -> str:
    """The document as text for Saxon: its bytes decoded, else serialised
    (the XML declaration dropped, since the text is no longer bytes)."""
    if data is not None:
        encoding = tree.docinfo.encoding or "utf-8"
        text = data.decode(encoding, errors="replace")
        return re.sub(r"^\ufeff?<\?xml[^>]*\?>", "", text, count=1)
    return etree.tostring(tree, encoding="unicode")


def _text(element: etree._Element | None) -> str:
    """An SVRL text with its spaces normalised ("" for none)."""
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _copy(element: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(element))


class _Locator:
    """The element an SVRL ``@location`` names (SchXslt writes
    ``/Q{ns}TEI[1]/Q{ns}text[1]/…``, an attribute as a last ``/@name`` step)."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self.root = tree.getroot()

    def __call__(self, location: str | None) -> etree._Element | None:
        if not location:
            return None
        node: etree._Element | None = None
        for step in _STEP.finditer(location):
            name = step["name"]
            if name.startswith("@"):
                break
            tag = f"{{{step['ns']}}}{name}" if step["ns"] else name
            number = int(step["n"] or 1)
            if node is None:
                node = self.root if self.root.tag == tag and number == 1 else None
            else:
                matches = list(node.iterchildren(tag))
                node = matches[number - 1] if len(matches) >= number else None
            if node is None:
                return None
        return node
