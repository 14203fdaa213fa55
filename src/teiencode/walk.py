"""Walking the document model: every node, and the reading text a document says.

The reading text is what a reader of the page reads, delimiters of editorial
brackets included; it is the reference for the round trip (the TEI rendered to
text must give it back).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .model import (
    Block, Date, Dateline, Document, Field, Foreign, Gap, Heading, Inline, Mention, Note,
    PageBreak, Paragraph, Supplied, Text, Turn,
)

_WS = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def iter_inlines(inlines: Iterable[Inline]) -> Iterator[Inline]:
    """Every inline node, depth first, containers before their children."""
    for node in inlines:
        yield node
        children = getattr(node, "children", None)
        if children is not None:
            yield from iter_inlines(children)


def block_inlines(block: Block) -> Iterator[Inline]:
    """Every inline node of one block (a turn's label and paragraphs included)."""
    if isinstance(block, Turn):
        yield from iter_inlines(block.label)
        for para in block.paragraphs:
            yield from iter_inlines(para.inlines)
    elif isinstance(block, Field):
        yield from iter_inlines(block.inlines)
        for item in block.items:
            yield from iter_inlines(item)
    elif isinstance(block, PageBreak):
        yield block
    else:
        yield from iter_inlines(block.inlines)


def document_inlines(doc: Document) -> Iterator[Inline]:
    """Every inline node of the body, in document order."""
    for block in doc.blocks:
        yield from block_inlines(block)


def inlines_text(inlines: Iterable[Inline], footnotes: list[Note] | None = None) -> str:
    """The reading text of inline nodes. Footnotes print their reference mark
    and, if a list is given, are appended to it for the caller to print."""
    out: list[str] = []
    for node in inlines:
        match node:
            case Text(text=text):
                out.append(text)
            case Gap(mark=mark):
                out.append(mark)
            case PageBreak(mark=mark):
                out.append(mark)
            case Supplied(children=children):
                out.append("[" + inlines_text(children, footnotes) + "]")
            case Note(kind="footnote", mark=mark):
                out.append(mark or "")
                if footnotes is not None:
                    footnotes.append(node)
            case Note(children=children, open=open_, close=close):
                out.append(open_ + inlines_text(children, footnotes) + close)
            case Mention(children=children) | Date(children=children) | Foreign(children=children):
                out.append(inlines_text(children, footnotes))
    return "".join(out)


def block_text(block: Block, footnotes: list[Note] | None = None) -> str:
    """The reading text of one block; a turn's paragraphs on lines of their own,
    after the label and a space (none when the label runs on into the speech)."""
    match block:
        case Turn(label=label, paragraphs=paragraphs, run_on=run_on):
            parts = [inlines_text(p.inlines, footnotes) for p in paragraphs]
            return inlines_text(label, footnotes) + ("" if run_on else " ") + "\n\n".join(parts)
        case Field(label=label, inlines=inlines, items=items):
            lines = [label + " " + inlines_text(inlines, footnotes)]
            lines += [inlines_text(item, footnotes) for item in items]
            return "\n".join(lines)
        case PageBreak(mark=mark):
            return mark
        case Paragraph(inlines=inlines) | Heading(inlines=inlines) | Dateline(inlines=inlines):
            return inlines_text(inlines, footnotes)


def reading_text(doc: Document) -> str:
    """The document's reading text: body blocks, then footnotes ("[1] text")."""
    footnotes: list[Note] = []
    parts = [block_text(block, footnotes) for block in doc.blocks]
    for note in footnotes:
        parts.append(f"{note.mark or ''} {inlines_text(note.children)}".strip())
    return "\n\n".join(parts)
