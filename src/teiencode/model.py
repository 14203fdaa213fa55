"""The document model: the one structure every stage shares.

A page is read into a :class:`Document` (metadata + body blocks made of inline
pieces). Later stages return *new* documents (the model is frozen): the entity
stage wraps text in :class:`Mention` / :class:`Date` nodes and fills
``Document.entities``; the TEI stage turns the result into XML.

Names describe the page, not TEI: a :class:`Turn` is what TEI calls ``sp``.
Offsets in :class:`SourceSpan` are ``str`` indices into the page text exactly
as given to the reader (a BOM removed, CRLF kept), end exclusive.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from typing import Any, Literal, Union

MODEL_VERSION = "1"


@dataclass(frozen=True)
class SourceSpan:
    """Where a node came from: character offsets and 1-based line in the page."""

    start: int
    end: int
    line: int


# --------------------------------------------------------------------------- inlines


@dataclass(frozen=True)
class Text:
    """Running text of the source, exactly as written."""

    text: str


@dataclass(frozen=True)
class Gap:
    """Material the editor or the source left out.

    ``mark`` is the exact source string ("[…]", "[...]", "....", "[1 line not
    declassified]", "[illegible]"); ``reason`` is TEI's vocabulary:
    "editorial", "illegible", "withheld" (not declassified) …
    """

    mark: str
    reason: str = "editorial"
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Supplied:
    """Text an editor or translator inserted in square brackets: "[called]",
    the "oreign" of "F[oreign]", "Premier [Zhou Enlai]".  ``children`` excludes
    the brackets; ``reason`` says why ("omitted-in-original", "expansion"…)."""

    children: tuple[Inline, ...]
    reason: str = "omitted-in-original"
    span: SourceSpan | None = None


NoteKind = Literal[
    "gloss",  # "PRK [People's Republic of Kampuchea]": expansion or translation
    "translator",  # "[Translator's note: …]", "[trans. note-- …]"
    "remark",  # the note-taker's parenthesis "(he named 6 places)", "/…/"
    "stage",  # "[Everyone laughs]"
    "stamp",  # "[stamp: …]"
    "handwritten",  # "[handwritten: …]"
    "emphasis",  # "[emphasis in the original]"
    "sic",  # "[sic]"
    "uncertain",  # "[?]"
    "source-ellipsis",  # "[ellipse in original]"
    "editorial",  # FRUS "[Omitted here …]" style editorial statements, other brackets
    "footnote",  # a footnote, attached at its reference "[1]"
]


@dataclass(frozen=True)
class Note:
    """A note in the text: a bracketed gloss or remark, or a footnote.

    ``open``/``close`` are the delimiters as written ("[", "]" · "(", ")" ·
    "/", "/"); for a footnote they are empty, ``n`` is its number and ``mark``
    the reference as written in the text ("[1]", "¹"). ``children`` is the
    content without delimiters (a footnote's text without its label).
    """

    children: tuple[Inline, ...]
    kind: NoteKind
    open: str = "["
    close: str = "]"
    n: str | None = None
    mark: str | None = None
    span: SourceSpan | None = None


@dataclass(frozen=True)
class PageBreak:
    """A page marker of the source: "(p. 2)", "[page break]"; ``mark`` as written."""

    mark: str
    n: str | None = None
    span: SourceSpan | None = None


MentionKind = Literal["person", "place", "org"]


@dataclass(frozen=True)
class Mention:
    """A person, place or organisation named in the text.

    ``ref`` is the id of an :class:`Entity` in ``Document.entities``;
    ``cert`` ("high"/"medium"/"low") and ``resp`` are set when the tool
    proposes the link rather than taking it from a register.
    """

    children: tuple[Inline, ...]
    kind: MentionKind
    ref: str | None = None
    cert: str | None = None
    resp: str | None = None
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Date:
    """A calendar date in the text; ``when`` is ISO 8601 at the precision
    given ("1979-12-04", "1979-12", "1979"); ``time`` an optional "HH:MM"."""

    children: tuple[Inline, ...]
    when: str | None = None
    cert: str | None = None
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Foreign:
    """A passage in another language than the document's ("老朋友")."""

    children: tuple[Inline, ...]
    lang: str
    span: SourceSpan | None = None


Inline = Union[Text, Gap, Supplied, Note, PageBreak, Mention, Date, Foreign]
Container = Union[Supplied, Note, Mention, Date, Foreign]

# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body (narration, or one paragraph of a turn)."""

    inlines: tuple[Inline, ...]
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Turn:
    """A speaker turn. ``label`` is the speaker label exactly as written,
    separator included ("Heng Samrin:", "O. DORTICOS.", "J. Batmunkh",
    "Han Ik-su :"); ``speaker`` is the id of a :class:`Participant`;
    ``cert`` ("medium", "low") is set when the reader took the label on weak
    evidence (a review diagnostic says why); ``run_on`` when the speech follows
    the label without a space ("Kadar—it is …")."""

    label: tuple[Inline, ...]
    speaker: str
    paragraphs: tuple[Paragraph, ...]
    span: SourceSpan | None = None
    cert: str | None = None
    run_on: bool = False


HeadingKind = Literal["title", "heading", "classification", "signature"]


@dataclass(frozen=True)
class Heading:
    """A heading line inside the body: a subtitle, "Top Secret", "Copy No. 3"…"""

    inlines: tuple[Inline, ...]
    kind: HeadingKind = "heading"
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Dateline:
    """The dateline of the body: "4 December 1979 Phnom Penh"."""

    inlines: tuple[Inline, ...]
    span: SourceSpan | None = None


@dataclass(frozen=True)
class Field:
    """A labelled line inside the body: "To:", "Subject:", "PARTICIPANTS:".
    ``label`` as written, separator included; ``items`` for list-valued
    fields (one entry per participant line)."""

    label: str
    inlines: tuple[Inline, ...]
    items: tuple[tuple[Inline, ...], ...] = ()
    span: SourceSpan | None = None


Block = Union[Paragraph, Turn, Heading, Dateline, Field, PageBreak]

# --------------------------------------------------------------------------- document


@dataclass(frozen=True)
class Participant:
    """A participant of the conversation (a speaker or a listed participant).

    ``id`` is an XML NCName unique in the document; ``labels`` every label or
    name form the page uses for this participant; ``kind`` "person" or "group"
    (a side, a delegation)."""

    id: str
    name: str
    labels: tuple[str, ...] = ()
    kind: Literal["person", "group"] = "person"
    role: str | None = None


EntityKind = Literal["person", "place", "org"]
EntityStatus = Literal["registered", "accepted", "proposed", "rejected"]


@dataclass(frozen=True)
class Entity:
    """An entry of the document's register of people, places, organisations.

    ``status`` is "registered" when it came from an editor's register,
    "proposed" when the tool created it; in a register also "accepted" (a
    proposal the editor took: it links as a registered entry) or "rejected"
    (its forms are never proposed again as this kind). ``idnos`` holds
    authority ids as (type, value) pairs, e.g. ("wikidata",
    "http://www.wikidata.org/entity/Q123"); ``surname`` and ``forenames`` the
    parts of a person's name where the register gives them.
    """

    id: str
    kind: EntityKind
    name: str
    forms: tuple[str, ...] = ()
    idnos: tuple[tuple[str, str], ...] = ()
    status: EntityStatus = "proposed"
    cert: str | None = None
    note: str | None = None
    surname: str | None = None
    forenames: tuple[str, ...] = ()


@dataclass(frozen=True)
class Metadata:
    """What the page says about the document (the future ``teiHeader``).

    Values are as written on the page; ``date`` is ISO at the precision given.
    ``archive`` is the archival citation; ``repository``/``idno`` its parts
    where they could be told apart. ``teaser`` is a line about another
    document shown above this one; ``uploaded`` the date the archive put the
    page online; ``unassigned`` the lines outside the body that no field
    holds (an unknown footer line, keywords), in page order.
    """

    title: str | None = None
    date: str | None = None
    date_text: str | None = None
    place: str | None = None
    doc_type: str | None = None
    archive: str | None = None
    repository: str | None = None
    collection: str | None = None
    idno: str | None = None
    credits: str | None = None
    translators: tuple[str, ...] = ()
    rights: str | None = None
    summary: str | None = None
    record_id: str | None = None
    funder: str | None = None
    original_language: str | None = None
    teaser: str | None = None
    citation: str | None = None
    uploaded: str | None = None
    unassigned: tuple[str, ...] = ()


# "review": a decision the tool made on weak evidence, for an editor to check
# (a speaker label, a title, a date); not a fault of the page or the output.
Severity = Literal["error", "warning", "review", "info"]


#: The kinds of ``review`` diagnostics (doubts): a speaker label, a title, a
#: date, a header or footer line no field holds, a name left between several
#: register entries, a word that may be a name left untagged.
REVIEW_CODES = ("TE-REVIEW-TURN", "TE-REVIEW-TITLE", "TE-REVIEW-DATE", "TE-REVIEW-FIELD",
                "TE-REVIEW-LINK", "TE-REVIEW-NAME")


@dataclass(frozen=True)
class Diagnostic:
    """One problem found by any stage, with where it is and what to do.

    ``code`` names the rule: "TE-READ-3", "XSD", "TE-SCH-DATE-2", "RNG".
    ``subject``: what a review is about, as the page writes it (a name left untagged), for a
    script to act on without parsing the message.
    ``str()`` gives ``file:line:col: severity CODE message [xpath]``.
    """

    severity: Severity
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    xpath: str | None = None
    hint: str | None = None
    subject: str | None = None

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file or "-", self.line, self.column) if p is not None)
        text = f"{where}: {self.severity} {self.code} {self.message}"
        if self.xpath:
            text += f" [{self.xpath}]"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_dict(self) -> dict[str, Any]:
        """The diagnostic as a JSON-ready dict (``None`` values dropped)."""
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Document:
    """A page read into structure: metadata, body blocks, participants,
    the entities mentioned (after the entity stage) and reader warnings.

    ``lang`` is the language of the text (BCP 47); ``body_text`` the exact
    slice(s) of the page the body was read from, joined by newlines — what
    the round trip must give back.
    """

    metadata: Metadata
    blocks: tuple[Block, ...]
    participants: tuple[Participant, ...] = ()
    entities: tuple[Entity, ...] = ()
    lang: str = "en"
    source: str | None = None
    body_text: str = ""
    warnings: tuple[Diagnostic, ...] = ()
    # The title and the summary's paragraphs (:func:`paragraphs`) with their mentions and dates
    # marked, as the entity stage found them; empty before it (the header then gives plain text).
    title_marks: tuple[Inline, ...] = ()
    summary_marks: tuple[tuple[Inline, ...], ...] = ()


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a header value (separated by blank lines), stripped."""
    return [part.strip() for part in _PARAGRAPH_BREAK.split(text) if part.strip()]


# --------------------------------------------------------------------------- JSON form

_NODE_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        SourceSpan, Text, Gap, Supplied, Note, PageBreak, Mention, Date, Foreign,
        Paragraph, Turn, Heading, Dateline, Field, Participant, Entity, Metadata,
        Diagnostic, Document,
    )
}


def _to_json(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = _to_json(getattr(value, f.name))
        return out
    if isinstance(value, tuple):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, dict) and "type" in value:
        cls = _NODE_TYPES[value["type"]]
        return cls(**{k: _from_json(v) for k, v in value.items() if k != "type"})
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    return value


def document_to_json(doc: Document) -> str:
    """Serialise a document as JSON (with ``model-version``), stable for diffs."""
    payload = {"model-version": MODEL_VERSION, "document": _to_json(doc)}
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=False)


def document_from_json(text: str) -> Document:
    """Read a document back from :func:`document_to_json` output.

    Raises ``ValueError`` for a model version this code does not know.
    """
    payload = json.loads(text)
    version = payload.get("model-version")
    if version != MODEL_VERSION:
        raise ValueError(f"model version {version!r} is not {MODEL_VERSION!r}; re-read the page")
    doc = _from_json(payload["document"])
    assert isinstance(doc, Document)
    return doc
