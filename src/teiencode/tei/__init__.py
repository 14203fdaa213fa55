"""The tei stage: a :class:`~teiencode.model.Document` → a TEI P5 tree.

``encode(doc)`` builds the tree in the shape docs/tei-conventions.md
describes (header, ``standOff`` register, body with stable ``xml:id``s);
``to_bytes(tree)`` serialises it. Both are deterministic: the same document
gives byte-identical output.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import metadata

from lxml import etree

from ..model import Document
from .body import BodyEncoder, language_tag
from .header import HeaderEncoder
from .ids import EntityIds
from .names import TEI_NS, indent, make, sub
from .standoff import encode_standoff

__all__ = ["TEI_NS", "encode", "encoder_version", "to_bytes"]

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_VERSION_NUMBER = re.compile(r"\d+(?:\.\d+){0,3}")


@cache
def encoder_version() -> str:
    """The installed teiencode version as a TEI version number ("0.1.0"), else "0.0.0"."""
    try:
        version = metadata.version("teiencode")
    except metadata.PackageNotFoundError:
        return "0.0.0"
    match = _VERSION_NUMBER.match(version)
    return match.group(0) if match else "0.0.0"


def encode(doc: Document) -> etree._ElementTree:
    """The TEI tree of a document: ``teiHeader``, ``standOff`` (when the
    document has entities that are not participants) and ``text/body``,
    indented wherever whitespace is layout and nowhere else."""
    ids = EntityIds()
    ids.assign_all(participant.id for participant in doc.participants)
    ids.assign_all(entity.id for entity in doc.entities)
    tei = make("TEI", {"xml:lang": language_tag(doc.lang) if doc.lang else None})
    body = BodyEncoder(ids)
    body.encode(doc, sub(tei, "text"))  # first: it records the conventions the header declares
    tei.insert(0, HeaderEncoder(doc, ids, encoder_version(), body.conventions).encode(tei))
    standoff = encode_standoff(tei, doc, ids, {participant.id for participant in doc.participants})
    if standoff is not None:
        tei.insert(1, standoff)
    indent(tei)
    return etree.ElementTree(tei)


def to_bytes(tree: etree._ElementTree | etree._Element) -> bytes:
    """UTF-8 bytes of a tree, with an XML declaration and a final newline."""
    return _DECLARATION + etree.tostring(tree, encoding="UTF-8") + b"\n"
