"""Readable XPaths for elements, the same in every diagnostic.

``/TEI/text/body/div/sp[2]/p[1]``: TEI elements by their local name, others
with their prefix; a position only where siblings share the name.
"""

from __future__ import annotations

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"


def element_path(element: etree._Element) -> str:
    """The XPath of ``element`` from the root, for people to read."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        steps.append(_step(node))
        node = node.getparent()
    return "/" + "/".join(reversed(steps))


def _step(element: etree._Element) -> str:
    name = _name(element)
    parent = element.getparent()
    if parent is None:
        return name
    same = list(parent.iterchildren(element.tag))
    if len(same) == 1:
        return name
    return f"{name}[{same.index(element) + 1}]"


def _name(element: etree._Element) -> str:
    qname = etree.QName(element)
    if qname.namespace in (None, TEI_NS) or not element.prefix:
        return qname.localname
    return f"{element.prefix}:{qname.localname}"
