"""One page through the encoding stages: read → entities → tei.

The stages meet only at their data (the :class:`~teiencode.model.Document`);
this module composes them for the CLI and the batch build.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .entities import Register, find_mentions
from .model import Diagnostic, Document
from .read import read_page, read_path
from .tei import encode


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


def encode_path(path: str | Path, *, register: Register | None = None) -> Encoded:
    """Encode a page file; raises :class:`~teiencode.errors.InputError` if it is unreadable."""
    return encode_document(read_path(path), register)
