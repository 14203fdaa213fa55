"""The read stage: page text → :class:`~teiencode.model.Document`.

``read_page`` finds the page chrome, the header values, the body and its
structure (headings, datelines, fields, paragraphs, speaker turns) and the
inline structure (omissions, editorial brackets, notes, page breaks,
passages in other scripts). It never raises on a ``str`` and never loses or
invents text: ``walk.reading_text(doc)`` gives back ``doc.body_text``, the
exact body slices of the page, after whitespace normalisation.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Diagnostic, Document
from ..xmlinput import read_bytes
from .page import read_page
from .source import decode_page

__all__ = ["decode_page", "read_page", "read_path"]


def read_path(path: str | Path) -> Document:
    """Read a page file (bytes decoded with :func:`decode_page`).

    Raises :class:`~teiencode.errors.InputError` when the file cannot be read
    or is not text; decoding warnings join the document's warnings.
    """
    source = str(path)
    text, warnings = decode_page(read_bytes(path), source)
    doc = read_page(text, source)
    if warnings:
        doc = _with_warnings(doc, warnings)
    return doc


def _with_warnings(doc: Document, warnings: list[Diagnostic]) -> Document:
    from dataclasses import replace

    return replace(doc, warnings=tuple(warnings) + doc.warnings)
