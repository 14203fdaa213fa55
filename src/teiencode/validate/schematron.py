"""The project's Schematron rules (``schemas/teiencode.sch``).

lxml's ISO Schematron implementation compiles the rules to an XSLT 1.0
stylesheet once per process; each document is one transformation whose SVRL
report lists the failed asserts (and successful reports). Every failure
becomes a diagnostic whose code is the assert's ``@id`` (``TE-SCH-REF-1`` …),
placed on the element the rule fired on.

The compiled stylesheet is adjusted so that its time stays in proportion to
the document, however many failures it reports (see :func:`_compiled`): each
failure's ``@location`` is the element's path as positions among element
children ("/1/3/2/57"), which the walk hands down, rather than the skeleton's
XPath, whose every step counts the element's siblings. Handing positions down
has a cost, so a document is first checked by a variant that reports no
locations; only a document that fails is checked again to place its failures.
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
XSL = "http://www.w3.org/1999/XSL/Transform"
_APPLY_TEMPLATES = f"{{{XSL}}}apply-templates"
_PATTERN_MODE = re.compile(r"M\d+")  # the skeleton's mode for the walk of one pattern
_FULL_PATH_MODE = "schematron-get-full-path"
_POSITIONS = re.compile(r"(?:/[1-9]\d*)+")
_HERE = "concat($path, '/', position())"  # the position path of the walk's element
_SEVERITIES: dict[str, Severity] = {"warning": "warning", "info": "info", "error": "error",
                                     "fatal": "error"}  # an assert's @role
_local = threading.local()


def iter_diagnostics(tree: etree._ElementTree, *, name: str | None = None) -> Iterator[Diagnostic]:
    """Diagnostics of ``tree`` against the Schematron rules (none when it passes)."""
    unplaced = _transform(located=False)(tree).getroot()
    if next(unplaced.iterchildren(_FAILED, _REPORTED), None) is None:
        return
    report = _transform(located=True)(tree)
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
def _compiled(*, located: bool) -> etree._XSLTResultTree:
    """The rules compiled to XSLT (the ISO skeleton's output), once per process.

    Each pattern walks the elements only: every rule context is an element, so
    the walks skip attributes, comments and processing instructions. Only
    failures are read from the report: no ``svrl:fired-rule`` for each match,
    and no walk in the default mode under each ``svrl:active-pattern`` (the
    skeleton's, which matches nothing and reports nothing). Failures have
    element positions as locations when ``located`` (:func:`_locate_by_position`),
    else no location.
    """
    rules = etree.parse(str(schema_path(SCHEMA_FILE)))
    stylesheet = Schematron(rules, store_xslt=True, compile_params={
        "generate-fired-rule": "false", "attributes": "false", "only-child-elements": "true",
    }).validator_xslt
    for pattern in list(stylesheet.getroot().iter(_ACTIVE_PATTERN)):
        for walk in pattern.findall(_APPLY_TEMPLATES):
            if walk.get("mode") is None:
                pattern.remove(walk)
    for walk in stylesheet.getroot().iter(_APPLY_TEMPLATES):  # from the root element
        if walk.get("select") == "/" and _PATTERN_MODE.fullmatch(walk.get("mode") or ""):
            walk.set("select", "/*")
    if located:
        _locate_by_position(stylesheet.getroot())
    else:
        for attribute in list(stylesheet.getroot().iter(f"{{{XSL}}}attribute")):
            if attribute.get("name") == "location":
                attribute.getparent().remove(attribute)
    return stylesheet


def _locate_by_position(stylesheet: etree._Element) -> None:
    """Make each pattern's walk hand its position path down ("/1/3/2"): every
    template of the walk takes the parent's path as parameter ``path`` and
    adds its own ``position()`` among the element children the walk selected;
    a failure's ``@location`` is that path (the walks start at the root
    element, whose position is 1)."""
    for template in stylesheet.iterchildren(f"{{{XSL}}}template"):
        mode = template.get("mode") or ""
        if not _PATTERN_MODE.fullmatch(mode):
            continue
        template.insert(0, etree.Element(f"{{{XSL}}}param", name="path"))
        for apply in list(template.iter(_APPLY_TEMPLATES)):
            if apply.get("mode") == mode:
                etree.SubElement(apply, f"{{{XSL}}}with-param", name="path", select=_HERE)
            elif apply.get("mode") == _FULL_PATH_MODE and apply.get("select") == ".":
                apply.getparent().replace(apply, etree.Element(f"{{{XSL}}}value-of", select=_HERE))


def _transform(*, located: bool) -> etree.XSLT:
    """The compiled rules as a stylesheet, one per thread; it may read nothing."""
    transforms = _local.__dict__.setdefault("transforms", {})
    if located not in transforms:
        transforms[located] = etree.XSLT(
            _compiled(located=located), access_control=etree.XSLTAccessControl.DENY_ALL)
    return transforms[located]


class _Locator:
    """The elements SVRL ``@location`` paths name: position paths ("/1/3/2",
    see :func:`_locate_by_position`), the children of each element listed once;
    any other path is evaluated as XPath."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self.tree = tree
        self._children: dict[etree._Element, list[etree._Element]] = {}

    def __call__(self, location: str | None) -> etree._Element | None:
        if not location:
            return None
        if not _POSITIONS.fullmatch(location):
            return self._evaluate(location)
        first, *rest = (int(step) - 1 for step in location[1:].split("/"))
        node = self.tree.getroot()
        if first != 0:
            return None
        for index in rest:
            if node not in self._children:
                self._children[node] = list(node.iterchildren(etree.Element))
            children = self._children[node]
            if index >= len(children):
                return None
            node = children[index]
        return node

    def _evaluate(self, location: str) -> etree._Element | None:
        try:
            found = self.tree.xpath(location)
        except etree.XPathError:
            return None
        return found[0] if found and isinstance(found[0], etree._Element) else None


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""
