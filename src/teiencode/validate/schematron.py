"""The project's Schematron rules (``schemas/teiencode.sch``).

lxml's ISO Schematron implementation compiles the rules to an XSLT 1.0
stylesheet once per process; each document is one transformation whose SVRL
report lists the failed asserts (and successful reports). Every failure
becomes a diagnostic whose code is the assert's ``@id`` (``TE-SCH-REF-1`` …),
placed on the element the rule fired on.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import cache

from lxml import etree
from lxml.isoschematron import Schematron

from ..model import Diagnostic, Severity
from ..resources import schema_path
from .paths import ElementPaths

SCHEMA_FILE = "teiencode.sch"
SVRL = "http://purl.oclc.org/dsdl/svrl"
_FAILED = f"{{{SVRL}}}failed-assert"
_REPORTED = f"{{{SVRL}}}successful-report"
_ADVICE = f"{{{SVRL}}}diagnostic-reference"
_ACTIVE_PATTERN = f"{{{SVRL}}}active-pattern"
_APPLY_TEMPLATES = "{http://www.w3.org/1999/XSL/Transform}apply-templates"
# One step of an SVRL @location as the ISO skeleton writes it: an element by
# local name and namespace, with its position among the children that match.
_LOCATION_STEP = re.compile(
    r"/(?:\*\[local-name\(\)='(?P<local>[^']*)' and namespace-uri\(\)='(?P<ns>[^']*)'\]"
    r"|(?P<plain>[^/\[\]*:@()']+))(?:\[(?P<position>[1-9]\d*)\])?")
_SEVERITIES: dict[str, Severity] = {"warning": "warning", "info": "info", "error": "error",
                                     "fatal": "error"}  # an assert's @role
_local = threading.local()


def iter_diagnostics(tree: etree._ElementTree, *, name: str | None = None) -> Iterator[Diagnostic]:
    """Diagnostics of ``tree`` against the Schematron rules (none when it passes)."""
    report = _transform()(tree)
    locate, paths = _Locator(tree), ElementPaths()
    for finding in report.getroot().iterchildren(_FAILED, _REPORTED):
        default: Severity = "error" if finding.tag == _FAILED else "warning"
        severity = _SEVERITIES.get((finding.get("role") or "").lower(), default)
        element = locate(finding.get("location"))
        yield Diagnostic(
            severity,
            finding.get("id") or "TE-SCH",
            _text(finding.find(f"{{{SVRL}}}text")),
            file=name,
            line=element.sourceline if element is not None else None,
            xpath=paths(element) if element is not None else finding.get("location"),
            hint=" ".join(_text(ref) for ref in finding.iterchildren(_ADVICE)) or None,
        )


@cache
def _compiled() -> etree._XSLTResultTree:
    """The rules compiled to XSLT (the ISO skeleton's output), once per process.

    Each pattern walks the elements only: every rule context is an element, so
    the walks skip attributes, comments and processing instructions. Only
    failures are read from the report: no ``svrl:fired-rule`` for each match,
    and no walk in the default mode under each ``svrl:active-pattern`` (the
    skeleton's, which matches nothing and reports nothing).
    """
    rules = etree.parse(str(schema_path(SCHEMA_FILE)))
    stylesheet = Schematron(rules, store_xslt=True, compile_params={
        "generate-fired-rule": "false", "attributes": "false", "only-child-elements": "true",
    }).validator_xslt
    for pattern in list(stylesheet.getroot().iter(_ACTIVE_PATTERN)):
        for walk in pattern.findall(_APPLY_TEMPLATES):
            if walk.get("mode") is None:
                pattern.remove(walk)
    return stylesheet


def _transform() -> etree.XSLT:
    """The compiled rules as a stylesheet, one per thread; it may read nothing."""
    transform = getattr(_local, "transform", None)
    if transform is None:
        transform = _local.transform = etree.XSLT(
            _compiled(), access_control=etree.XSLTAccessControl.DENY_ALL)
    return transform


class _Locator:
    """The elements SVRL ``@location`` paths (namespace-explicit XPaths) name.

    Paths in the skeleton's form are followed step by step, the children of
    each parent grouped by name once: evaluating each path as XPath counts the
    siblings at every step, quadratic in a document with thousands of
    findings. A position counts the siblings of the same local name, whatever
    their namespace, as the skeleton does. Any other path is evaluated as XPath.
    """

    def __init__(self, tree: etree._ElementTree) -> None:
        self.tree = tree
        self._children: dict[etree._Element | None, dict[str, list[etree._Element]]] = {}

    def __call__(self, location: str | None) -> etree._Element | None:
        if not location:
            return None
        steps = list(_LOCATION_STEP.finditer(location))
        if not steps or "".join(step.group() for step in steps) != location:
            return self._evaluate(location)
        node: etree._Element | None = None  # the document node
        for step in steps:
            local = step["local"] if step["local"] is not None else step["plain"]
            same = self._by_local_name(node).get(local, [])
            index = int(step["position"] or 1) - 1
            namespace = step["ns"] or None
            if index >= len(same) or etree.QName(same[index]).namespace != namespace:
                return None
            node = same[index]
        return node

    def _by_local_name(self, parent: etree._Element | None) -> dict[str, list[etree._Element]]:
        """The child elements of ``parent`` (of the document when None) by local name."""
        if parent not in self._children:
            children = [self.tree.getroot()] if parent is None else parent.iterchildren(etree.Element)
            grouped: dict[str, list[etree._Element]] = {}
            for child in children:
                grouped.setdefault(etree.QName(child).localname, []).append(child)
            self._children[parent] = grouped
        return self._children[parent]

    def _evaluate(self, location: str) -> etree._Element | None:
        try:
            found = self.tree.xpath(location)
        except etree.XPathError:
            return None
        return found[0] if found and isinstance(found[0], etree._Element) else None


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
