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
from .tei import Edition, encode
from .tei.integrity import check_text
from .xmlinput import read_bytes


@dataclass(frozen=True)
class Encoded:
    """The result of encoding one page: the model, its TEI tree, and the
    errors of the check that the TEI holds every word of the page."""

    document: Document
    tree: etree._ElementTree
    errors: tuple[Diagnostic, ...] = ()

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """The reader's warnings and doubts about this page, then the errors."""
        return self.document.warnings + self.errors


def encode_document(doc: Document, register: Register | None = None,
                    edition: Edition = Edition()) -> Encoded:
    """Find and link the mentions of a read document, encode it as TEI (with
    the ``edition``'s publisher, licence and date), and check that the TEI
    holds every word of the page (:func:`check_text`)."""
    linked = find_mentions(doc, register)
    tree = encode(linked, edition)
    return Encoded(linked, tree, check_text(linked, tree))


def encode_page(text: str, *, source: str | None = None, register: Register | None = None,
                edition: Edition = Edition()) -> Encoded:
    """Encode page text (already decoded) as TEI."""
    return encode_document(read_page(text, source=source), register, edition)


def encode_bytes(data: bytes, *, source: str | None = None,
                 register: Register | None = None, edition: Edition = Edition()) -> Encoded:
    """Encode the bytes of a page (decoded with :func:`~teiencode.read.decode_page`,
    whose warnings join the document's) as TEI; raises
    :class:`~teiencode.errors.InputError` when they are not text."""
    text, warnings = decode_page(data, source)
    document = read_page(text, source)
    return encode_document(replace(document, warnings=(*warnings, *document.warnings)), register,
                           edition)


def encode_path(path: str | Path, *, register: Register | None = None,
                edition: Edition = Edition()) -> Encoded:
    """Encode a page file; raises :class:`~teiencode.errors.InputError` if it is unreadable."""
    return encode_bytes(read_bytes(path), source=str(path), register=register, edition=edition)
