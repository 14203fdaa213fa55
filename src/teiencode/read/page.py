"""One page read end to end: segments, participants, blocks, metadata."""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from ..model import (
    Block,
    Dateline,
    Diagnostic,
    Document,
    Field,
    Heading,
    Metadata,
    Note,
    Paragraph,
    SourceSpan,
    Text,
    Turn,
)
from ..walk import block_inlines, inlines_text
from .blocks import BodyRead, read_blocks
from .dates import DATE_RE, MONTHS, iso_date
from .labels import colon_label
from .lines import Line, split_lines
from .metadata import dateline_parts, field_place
from .names import addressee_tokens, is_letter, titled_names
from .participants import Participants, names_in
from .reviews import review
from .segments import Segments, segment

# What the rules read as a plain space, colon or dash, one character for one, so
# that the view has the page's offsets: no-break, typographic and ideographic
# spaces, tabs and the byte-order mark that copied web text leaves before a line;
# the full-width, small and ratio colons and the modifier letter colon of a
# speaker's label ("Mao Zedong："); the figure dash, horizontal bar, two- and
# three-em dashes ("Brezhnev ― We …"); the minus and full-width hyphen-minus as an
# en dash. (One regular expression: str.translate looks up every character of the page.)
_PLAIN = {**dict.fromkeys("\t\u00a0\u1680\u202f\u205f\u3000\ufeff", " "),
          **dict.fromkeys(map(chr, range(0x2000, 0x200B)), " "),
          **dict.fromkeys("\uff1a\ufe55\u2236\ua789", ":"),
          **dict.fromkeys("\u2012\u2015\u2e3a\u2e3b", "\u2014"),
          **dict.fromkeys("\u2212\uff0d", "\u2013")}
_ODD = re.compile(f"[{''.join(_PLAIN)}]")
_META_FIELDS = {f.name for f in dataclasses.fields(Metadata)}
_PLACE_FIELDS = ("place", "venue", "location")
_EMBASSY_HEAD = re.compile(r"^(?:The )?(?:Embassy|Consulate|Legation|Mission)\b[^,\n]*,\s*"
                           r"([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})$")
# A heading that ends with the date and the place of the meeting:
# "Conversation of … with …, 11 April 1967, Moscow".
_DATE_THEN_PLACE = re.compile(rf"(?i:{DATE_RE.pattern}),\s+(?P<place>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}})\.?$")
_IN_PLACE = re.compile(r"\bin\s+([A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2})")
_NOT_PLACES = frozenset((
    "The", "This", "That", "His", "Her", "Their", "Our", "Your", "Its", "My", "Comrade", "Comrades",
    "Russian", "English", "Chinese", "German", "French", "Mongolian", "Vietnamese", "Korean", "Spanish"))


def read_page(text: str, source: str | None = None) -> Document:
    """Read page text into a document. Never raises: a page that cannot be
    structured is returned as paragraphs with a warning."""
    try:
        return _read(text, source)
    except Exception as exc:  # noqa: BLE001 - the reader must never stop a batch
        return _fallback(text, source, exc)


def _read(text: str, source: str | None) -> Document:
    view = _view(text)
    lines = split_lines(view)
    seg = segment(view, lines)
    if view != text:
        _restore(seg.meta, view, text)
    blocks, people, warnings, attached = _structure(text, seg, source, attach=True)
    if not attached:  # a footnote reference was not met where expected: keep the notes as text
        seg.body = seg.body + seg.footnotes
        seg.footnotes = []
        blocks, people, warnings, _ = _structure(text, seg, source, attach=False)
    speaking = {b.speaker for b in blocks if isinstance(b, Turn)}
    ids = people.ids()
    blocks = [dataclasses.replace(b, speaker=ids[b.speaker]) if isinstance(b, Turn) else b for b in blocks]
    meta = _complete(dict(seg.meta), blocks)
    for kept in seg.unassigned:
        message = f"{kept.where} line {kept.line.no} kept in the header: {kept.reason}"
        if not kept.doubt:  # keywords, the site's own lists: known, kept, not a doubt
            warnings.append(Diagnostic("info", "TE-READ-6", message, file=source, line=kept.line.no))
        else:  # a line the reader could not place: an editor decides where it belongs
            warnings.append(review("TE-REVIEW-FIELD", message + " (teiHeader/fileDesc/notesStmt, "
                                   "note type=\"unassigned\"); move it to its place if it belongs to "
                                   "the document", source, kept.line.no))
    warnings += _header_reviews(meta, seg, source)
    if seg.orphan_footnotes:
        warnings.append(Diagnostic(
            "warning", "TE-READ-4", f"{seg.orphan_footnotes} footnote text(s) without matching "
            "references kept as paragraphs", file=source, line=seg.body[-1].no if seg.body else None,
            hint="check the footnote numbers against the references in the text"))
    if not seg.recognised and not speaking:
        warnings.insert(0, Diagnostic(
            "warning", "TE-READ-1", "no page layout recognised: the text is read as paragraphs",
            file=source, line=seg.body[0].no if seg.body else 1,
            hint="check that the file is a document page; its structure may need encoding by hand"))
    return Document(
        metadata=Metadata(**{k: v for k, v in meta.items() if k in _META_FIELDS}),
        blocks=tuple(blocks),
        participants=people.build(speaking),
        source=source,
        body_text=_body_text(text, seg),
        warnings=tuple(warnings),
    )


def _view(text: str) -> str:
    """The page as the rules read it: odd spaces, colons and dashes made plain,
    one character for one, so that offsets hold in both."""
    return _ODD.sub(lambda match: _PLAIN[match.group()], text)


def _header_reviews(meta: dict[str, object], seg: Segments, source: str | None) -> list[Diagnostic]:
    """Review entries for the header values the reader guessed or could not find."""
    first = seg.body[0].no if seg.body else 1
    out = [review("TE-REVIEW-TITLE", message, source, line) for line, message in seg.doubts]
    if "title" not in meta:
        out.append(review("TE-REVIEW-TITLE", "no document title found: the header says "
                          "\"Untitled document\"", source, first))
    if "date" not in meta:
        out.append(review("TE-REVIEW-DATE", "no date of the document found", source, first))
    return out


def _restore(meta: dict[str, object], view: str, page: str) -> None:
    """Header values as the page writes them (they were read from the view)."""
    def original(value: str) -> str:
        at = view.find(value)
        return page[at:at + len(value)] if at >= 0 else value

    for key, value in meta.items():
        if isinstance(value, str):
            meta[key] = original(value)
        elif isinstance(value, tuple):
            meta[key] = tuple(original(v) if isinstance(v, str) else v for v in value)


class _Structure(NamedTuple):
    blocks: list[Block]
    people: Participants
    warnings: list[Diagnostic]
    attached: bool  # every footnote met its reference


def _structure(text: str, seg: Segments, source: str | None, *, attach: bool) -> _Structure:
    """Blocks and participants of the body; footnotes attached if ``attach``."""
    texts = {key: seg.meta[key] for key in ("title", "summary") if isinstance(seg.meta.get(key), str)}
    known_names = [name for key, text in texts.items()
                   for name in names_in(text, single=key == "title")]  # type: ignore[arg-type]
    titled = titled_names(" ".join(texts.values()))  # type: ignore[arg-type]
    colon_forms = _colon_labels(seg.body)
    footnotes = seg.footnotes if attach else []
    title = seg.meta.get("title") if isinstance(seg.meta.get("title"), str) else None
    addressees = addressee_tokens(title) if title is not None else frozenset()
    letter = title is not None and is_letter(title)

    def read(speakers: tuple[str, ...]) -> tuple[Participants, BodyRead]:
        people = Participants(known_names, titled)
        return people, read_blocks(text, seg.body, footnotes, people,
                                   set(people.known_forms()) | colon_forms,
                                   frus="frus" in seg.recognised, source=source, addressees=addressees,
                                   letter=letter, title=title, speakers=speakers)

    people, body = read(())
    if body.recurring:  # speakers the page names by their labels alone: read again knowing them
        people, body = read(body.recurring)
    blocks, warnings = body.blocks, body.warnings
    attached = not footnotes or _footnote_count(blocks) == len(footnotes)
    return _Structure(blocks, people, warnings, attached)


def _colon_labels(body: list[Line]) -> set[str]:
    """Names used as colon labels anywhere in the body (so that a later or
    earlier unpunctuated label with the same name is recognised)."""
    forms = set()
    for line in body:
        label = colon_label(line.text)  # the first rule find_label tries
        if label is not None:
            name = re.sub(r"\s*\([^)]*\)", "", label.name).strip()
            if len(name.split()) >= 2:
                forms.add(name)
    return forms


def _footnote_count(blocks: list[Block]) -> int:
    return sum(1 for block in blocks for node in block_inlines(block)
               if isinstance(node, Note) and node.kind == "footnote")


def _body_text(text: str, seg: Segments) -> str:
    parts = []
    if seg.body:
        parts.append(text[seg.body[0].start:seg.body[-1].end])
    if seg.footnotes:
        parts.append(text[seg.footnotes[0].start:seg.footnotes[-1].end])
    return "\n".join(parts)


def _complete(meta: dict[str, object], blocks: list[Block]) -> dict[str, object]:
    """Date and place from the body's dateline or Date/Place fields when the
    page header does not give them."""
    fields = {b.label.rstrip(": ").lower(): inlines_text(b.inlines) for b in blocks if isinstance(b, Field)}
    dateline = next((b for b in blocks if isinstance(b, Dateline)), None)
    if dateline is not None:
        iso, date_text, place = dateline_parts(inlines_text(dateline.inlines))
        if "date" not in meta and iso:
            meta["date"], meta["date_text"] = iso, date_text
        if place and "place" not in meta:
            meta["place"] = place
    for name in ("date", "date & time", "time"):
        value = fields.get(name)
        match = DATE_RE.search(value) if value else None
        if "date" not in meta and match is not None and (match.group("y4") is None or name == "date"):
            meta["date"], meta["date_text"] = iso_date(match), match.group()
    for name in _PLACE_FIELDS:
        if name in fields and "place" not in meta and fields[name]:
            meta["place"] = field_place(fields[name])
    if "place" not in meta and "from" in fields and "to" in fields and fields["from"]:
        meta["place"] = field_place(fields["from"])
    if "place" not in meta:
        meta["place"] = _place_in_text(meta, blocks)
    return {k: v for k, v in meta.items() if v not in (None, "", ())}


def _place_in_text(meta: dict[str, object], blocks: list[Block]) -> str | None:
    """Where the document was written, from the wording of the page: an embassy
    heading ("Embassy of …, Pyongyang"), else "in X" in the title, a heading or
    the opening narration."""
    headings = [inlines_text(b.inlines) for b in blocks[:6] if isinstance(b, Heading)]
    for text in headings:
        match = _EMBASSY_HEAD.search(text)
        if match:
            return match.group(1)
        match = _DATE_THEN_PLACE.search(text)
        if match:
            return match.group("place")
    opening = None
    for block in blocks:
        if isinstance(block, (Turn, Paragraph)):
            opening = inlines_text(block.inlines) if isinstance(block, Paragraph) else None
            break
    candidates = [meta.get("title"), *headings, opening]
    for text in candidates:
        if isinstance(text, str):
            for match in _IN_PLACE.finditer(text):
                words = match.group(1).split()
                if words[0].lower() not in MONTHS and words[0] not in _NOT_PLACES:
                    return match.group(1)
    return None


def _fallback(text: str, source: str | None, exc: Exception) -> Document:
    lines = [line for line in split_lines(text) if not line.blank]
    blocks = tuple(Paragraph((Text(line.text),), SourceSpan(line.start, line.end, line.no)) for line in lines)
    body = text[lines[0].start:lines[-1].end] if lines else ""
    warning = Diagnostic("warning", "TE-READ-9", f"the page could not be structured ({type(exc).__name__}: "
                         f"{exc}); its text is kept as paragraphs", file=source,
                         hint="please report this page to the teiencode maintainers")
    return Document(Metadata(), blocks, source=source, body_text=body, warnings=(warning,))
