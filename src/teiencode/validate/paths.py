"""Readable XPaths for elements, the same in every diagnostic.

``/TEI/text/body/div/sp[2]/p[1]``: TEI elements by their local name, others
with their prefix; a position only where siblings share the name.
"""

from __future__ import annotations

from lxml import etree

from ..namespaces import TEI_NS


class ElementPaths:
    """The readable XPaths of the elements of one document (see the module
    docstring). The children of each parent are counted once, so naming
    every element of a document (one diagnostic each) takes time in
    proportion to its size."""

    def __init__(self) -> None:
        self._steps: dict[etree._Element, dict[etree._Element, str]] = {}

    def __call__(self, element: etree._Element) -> str:
        """The XPath of ``element`` from the root."""
        steps = []
        node: etree._Element | None = element
        while node is not None:
            parent = node.getparent()
            if parent is None:
                steps.append(_name(node))
            else:
                if parent not in self._steps:
                    self._steps[parent] = _child_steps(parent)
                steps.append(self._steps[parent][node])
            node = parent
        return "/" + "/".join(reversed(steps))


def _child_steps(parent: etree._Element) -> dict[etree._Element, str]:
    """The path step of each child element of ``parent``."""
    same_tag: dict[str, list[etree._Element]] = {}
    for child in parent.iterchildren(etree.Element):
        same_tag.setdefault(child.tag, []).append(child)
    steps = {}
    for children in same_tag.values():
        for position, child in enumerate(children, 1):
            steps[child] = _name(child) if len(children) == 1 else f"{_name(child)}[{position}]"
    return steps


def _name(element: etree._Element) -> str:
    qname = etree.QName(element)
    if qname.namespace in (None, TEI_NS) or not element.prefix:
        return qname.localname
    return f"{element.prefix}:{qname.localname}"
