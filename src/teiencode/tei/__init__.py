"""The tei stage: a :class:`~teiencode.model.Document` → a TEI P5 tree.

``encode(doc, edition)`` builds the tree in the shape docs/tei-conventions.md
describes (``xml-model`` declarations of its schemas, header, ``standOff``
register, body with stable ``xml:id``s); ``to_bytes(tree)`` serialises it.
Both are deterministic: the same document and edition give byte-identical
output.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import metadata

from lxml import etree

from ..model import Document
from .body import BodyEncoder, language_tag
from .header import TAXONOMY, Edition, HeaderEncoder, page_name
from .ids import EntityIds, to_ncname
from .names import TEI_NS, indent, make, sub
from .standoff import encode_standoff

__all__ = ["SCHEMAS", "TEI_ALL", "TEI_NS", "Edition", "encode", "encoder_version", "to_bytes"]

_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
_RNG = "http://relaxng.org/ns/structure/1.0"
_SCHEMATRON = "http://purl.oclc.org/dsdl/schematron"
TEI_ALL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
# The schemas every file declares (<?xml-model?>), as (href, schematypens): the RELAX NG and
# Schematron generated from the project's ODD (the authoritative schema) by their names (a
# consumer keeps schemas/ beside the files or maps the names in an XML catalog), then tei_all
# and its embedded Schematron rules by the TEI's public URL.
SCHEMAS: tuple[tuple[str, str], ...] = (
    ("teiencode.rng", _RNG), ("teiencode.isosch", _SCHEMATRON),
    (TEI_ALL, _RNG), (TEI_ALL, _SCHEMATRON))
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


def encode(doc: Document, edition: Edition = Edition()) -> etree._ElementTree:
    """The TEI tree of a document: the ``xml-model`` declarations of
    :data:`SCHEMAS`, then ``TEI`` (its ``xml:id`` made from the page's name)
    with ``teiHeader``, ``standOff`` (when the document has entities that are
    not participants) and ``text/body``, indented wherever whitespace is
    layout and nowhere else."""
    ids = EntityIds()
    name = page_name(doc)
    tei_id = ids.reserve(name) if name else None  # before the entities: ids stable
    genre = None
    if doc.metadata.doc_type and doc.metadata.doc_type.strip():
        ids.reserve(TAXONOMY)
        genre = ids.reserve(f"{TAXONOMY}-{to_ncname(doc.metadata.doc_type.lower())}")
    ids.assign_all(participant.id for participant in doc.participants)
    ids.assign_all(entity.id for entity in doc.entities)
    tei = make("TEI", {"xml:id": tei_id,
                       "xml:lang": language_tag(doc.lang) if doc.lang else None})
    body = BodyEncoder(ids)
    body.encode(doc, sub(tei, "text"))  # first: it records the conventions the header declares
    tei.insert(0, HeaderEncoder(doc, ids, encoder_version(), body.conventions, edition, name,
                                genre, body.inlines).encode(tei))
    standoff = encode_standoff(tei, doc, ids, {participant.id for participant in doc.participants})
    if standoff is not None:
        tei.insert(1, standoff)
    indent(tei)
    for href, schematypens in SCHEMAS:
        tei.addprevious(etree.ProcessingInstruction(
            "xml-model", f'href="{href}" type="application/xml" schematypens="{schematypens}"'))
    return etree.ElementTree(tei)


def to_bytes(tree: etree._ElementTree | etree._Element) -> bytes:
    """UTF-8 bytes of a tree, with an XML declaration, the processing
    instructions before the root (the schema declarations) one a line, and a
    final newline."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    prolog = [etree.tostring(node, encoding="UTF-8") + b"\n"
              for node in reversed(list(root.itersiblings(preceding=True)))]
    return b"".join((_DECLARATION, *prolog, etree.tostring(root, encoding="UTF-8"), b"\n"))
