"""One page through the encoding stages: read → entities → tei.

The stages meet only at their data (the :class:`~teiencode.model.Document`);
this module composes them for the CLI and the batch build.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from .entities import Register, find_mentions
from .model import Diagnostic, Document
from .read import decode_page, read_page
from .tei import encode
from .xmlinput import read_bytes


@dataclass(frozen=True)
class Encoded:
    """The result of encoding one page: the model, its TEI tree, and warnings."""

    document: Document
    tree: etree._ElementTree

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """The reader's (and later stages') warnings about this page."""
        return self.document.warnings


def encode_document(doc: Document, register: Register | None = None) -> Encoded:
    """Find and link the mentions of a read document, then encode it as TEI."""
    linked = find_mentions(doc, register)
    return Encoded(linked, encode(linked))


def encode_page(text: str, *, source: str | None = None, register: Register | None = None) -> Encoded:
    """Encode page text (already decoded) as TEI."""
    return encode_document(read_page(text, source=source), register)


def encode_bytes(data: bytes, *, source: str | None = None,
                 register: Register | None = None) -> Encoded:
    """Encode the bytes of a page (decoded with :func:`~teiencode.read.decode_page`,
    whose warnings join the document's) as TEI; raises
    :class:`~teiencode.errors.InputError` when they are not text."""
    text, warnings = decode_page(data, source)
    document = read_page(text, source)
    return encode_document(replace(document, warnings=(*warnings, *document.warnings)), register)


def encode_path(path: str | Path, *, register: Register | None = None) -> Encoded:
    """Encode a page file; raises :class:`~teiencode.errors.InputError` if it is unreadable."""
    return encode_bytes(read_bytes(path), source=str(path), register=register)
