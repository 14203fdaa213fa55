"""The project schema (``schemas/teiencode.xsd``): fast accept, detailed reject.

libxml2 (``lxml.etree.XMLSchema``) decides in a fraction of a millisecond
whether a document is valid; only when it is not does ``xmlschema`` walk the
document again to say, for each problem, where it is (line, XPath), which
schema component failed and why, with the component's own documentation as
the hint. Diagnostics have code ``"XSD"``. ``xmlschema`` is imported only then:
loading it costs a process (each build worker) a sixth of a second.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from lxml import etree

from ..model import Diagnostic
from ..namespaces import TEI_NS, XML_NS
from ..resources import schema_path
from .paths import ElementPaths

if TYPE_CHECKING:
    import xmlschema

CODE = "XSD"
SCHEMA_FILE = "teiencode.xsd"
MAX_DETAILED_ATTRIBUTES = 64

_local = threading.local()
_ATTRIBUTE_REASON = re.compile(r"^attribute (?P<name>[^=\s]+)=(?P<value>'.*?'|\".*?\"): ")
_CLARK = re.compile(r"\{([^}]*)\}")
_PREFIXES = {TEI_NS: "", XML_NS: "xml:"}


def iter_diagnostics(tree: etree._ElementTree, *, name: str | None = None) -> Iterator[Diagnostic]:
    """Diagnostics of ``tree`` against the project schema (none when valid)."""
    fast = _fast_schema()
    if fast.validate(tree):
        return
    found = False
    reported: set[tuple[int, str]] = set()
    paths = ElementPaths()
    errors = () if _too_wide(tree) else _detailed_schema().iter_errors(tree)
    for error in errors:
        element = _element_of(error)
        attribute = _ATTRIBUTE_REASON.match(error.reason or "")
        key = (id(element), attribute["name"] if attribute else "")
        if attribute and key in reported:
            continue  # a union type reports once per member type; once is enough
        reported.add(key)
        found = True
        yield _diagnostic(error, element, attribute, name, paths)
    if not found:  # the two engines disagree, or xmlschema would take too long: libxml2's
        for entry in fast.error_log:
            yield Diagnostic("error", CODE, _short_names(entry.message), file=name,
                             line=entry.line or None, column=entry.column or None)


def _too_wide(tree: etree._ElementTree) -> bool:
    """Whether an element has more attributes than any element of the profile
    declares many times over: xmlschema's time grows with the square of an
    element's attributes (minutes for a few thousand), libxml2's does not."""
    return any(len(element.attrib) > MAX_DETAILED_ATTRIBUTES for element in tree.iter())


def _fast_schema() -> etree.XMLSchema:
    """libxml2's compiled schema, one per thread (validators keep an error log)."""
    schema = getattr(_local, "schema", None)
    if schema is None:
        schema = _local.schema = etree.XMLSchema(etree.parse(str(schema_path(SCHEMA_FILE))))
    return schema


@cache
def _detailed_schema() -> xmlschema.XMLSchema10:
    import xmlschema

    return xmlschema.XMLSchema10(str(schema_path(SCHEMA_FILE)))


def _element_of(error: xmlschema.XMLSchemaValidationError) -> etree._Element | None:
    """The element the problem is on: the unexpected child itself, not its parent."""
    child = getattr(error, "invalid_child", None)
    if child is not None:
        return child
    return error.elem if isinstance(error.elem, etree._Element) else None


def _diagnostic(error: xmlschema.XMLSchemaValidationError, element: etree._Element | None,
                attribute: re.Match[str] | None, name: str | None,
                paths: ElementPaths) -> Diagnostic:
    reason = _short_names(error.reason or error.message)
    component = _component(error.validator)
    hint = None
    if attribute:
        declared = _declaration(element)
        attr_decl = declared.attributes.get(attribute["name"]) if declared is not None else None
        if attr_decl is not None and attr_decl.type is not None:
            hint = _documentation(attr_decl.type)
            if getattr(attr_decl.type, "member_types", None):  # a union: no member's own reason
                reason = (f"attribute {_short_names(attribute['name'])}={attribute['value']} "
                          f"is not a valid {attr_decl.type.prefixed_name}")
                component = _component(attr_decl.type)
    elif getattr(error, "invalid_child", None) is not None:
        reason = _children_reason(error)
        parent_decl = _declaration(element.getparent()) if element is not None else None
        hint = _documentation(parent_decl.type) if parent_decl is not None else None
    message = f"{reason} (schema: {component})"
    line = element.sourceline if element is not None else error.sourceline
    return Diagnostic("error", CODE, message, file=name, line=line,
                      xpath=paths(element) if element is not None else error.path,
                      hint=hint)


def _children_reason(error: Any) -> str:
    tag = _short_names(error.invalid_tag or "?")
    expected = getattr(error, "expected", None)
    reason = f"element <{tag}> is not allowed here"
    if expected:
        names = [getattr(e, "prefixed_name", None) or str(e) for e in expected]
        names = [n for n in names if n]
        if names:
            reason += "; expected " + " or ".join(f"<{n.removeprefix('tei:')}>" for n in names[:8])
            if len(names) > 8:
                reason += " …"
    return reason


def _component(validator: Any) -> str:
    """The schema component that failed, by kind and the nearest name."""
    node = validator
    while node is not None:
        named = getattr(node, "prefixed_name", None)
        if named:
            kind = type(node).__name__.removeprefix("Xsd")
            return f"{kind[0].lower()}{kind[1:]} {_short_names(named)}"
        node = getattr(node, "parent", None)
    return type(validator).__name__.removeprefix("Xsd")


def _declaration(element: etree._Element | None) -> Any:
    """The schema's declaration of ``element`` found by its path, or None."""
    if element is None:
        return None
    namespaces: dict[str, str] = {}
    steps = []
    node: etree._Element | None = element
    while node is not None:
        qname = etree.QName(node)
        if qname.namespace:
            prefix = namespaces.setdefault(qname.namespace, f"n{len(namespaces)}")
            steps.append(f"{prefix}:{qname.localname}")
        else:
            steps.append(qname.localname)
        node = node.getparent()
    path = "/" + "/".join(reversed(steps))
    return _detailed_schema().find(path, namespaces={p: u for u, p in namespaces.items()})


def _documentation(component: Any) -> str | None:
    annotation = getattr(component, "annotation", None)
    if annotation is None or not annotation.documentation:
        return None
    text = " ".join("".join(doc.itertext()) for doc in annotation.documentation)
    return " ".join(text.split()) or None


def _short_names(text: str) -> str:
    """Clark names made readable: TEI's namespace dropped, XML's as ``xml:``."""
    return _CLARK.sub(lambda m: _PREFIXES.get(m.group(1), m.group(0)), text)
