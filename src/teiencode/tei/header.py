"""The ``teiHeader``: what the page says about the document, as written, and
what the :class:`Edition` says about the encoded file.

Header values are copied from :class:`~teiencode.model.Metadata` without
rewording; the only text the encoder writes itself is the description of the
editorial conventions (``editorialDecl``), the record of the encoding
(``revisionDesc``) and fallbacks that say a value is missing.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from lxml import etree

from ..model import Document, Entity, Inline, Metadata, paragraphs
from ..xmlinput import STDIN_NAME
from .body import iso_when, language_tag
from .ids import APPLICATION_ID, EntityIds
from .languages import language_ident, language_name
from .names import append_text, sub
from .standoff import participant_entry

DEFAULT_RESP = "Translated by"
# The taxonomy of document types (classDecl), and the prefix of its categories' ids; TEI
# Publisher's facets read the genre from catRef[@scheme="#genre"].
TAXONOMY = "genre"
#: What a document division's passages are, for citeStructure/@match: an XPath whose
#: "/@xml:id" and "[@xml:id='…']" DTS tools append (so no bare union "sp|p").
PASSAGES = "*[self::sp or self::p or self::ab or self::dateline]"

_NAME_JOINER = re.compile(r"[\s,;&]*(?:and)?[\s,;&]*\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;]\s+")
_LANGUAGE_LIST = re.compile(r"\s*(?:,|/|;|\band\b)\s*")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+\Z")


@dataclass(frozen=True)
class Edition:
    """What the page does not say about the encoded file: who publishes it,
    under which licence, and when it was encoded (``encode``/``build`` options).

    ``publisher`` defaults to the repository the page names (the archive that
    holds the original), else ``publisher`` is left empty; ``licence`` (a URL
    or a statement) is written only when given; ``date`` (any TEI date, e.g.
    "2026-12-05") dates the encoding in ``revisionDesc`` only when given, so
    that a page gives the same bytes on every run unless asked otherwise.
    """

    publisher: str | None = None
    licence: str | None = None
    date: str | None = None

    def __post_init__(self) -> None:
        if self.date is not None and iso_when(self.date) is None:
            raise ValueError(f"{self.date!r} is not a TEI date (e.g. 2026-12-05)")


def source_file(doc: Document) -> str | None:
    """The file name of the document's page (without its folder), if it was read from a file."""
    if not doc.source or doc.source == STDIN_NAME:
        return None
    return os.path.basename(doc.source) or None


def page_name(doc: Document) -> str | None:
    """The name of the document's edition: the page file's name without its
    extension, else ``record-`` and the record id the page gives, else ``None``."""
    file = source_file(doc)
    stem = os.path.splitext(file)[0] if file else None
    if stem and stem.strip():
        return stem
    record = doc.metadata.record_id
    return f"record-{record.strip()}" if record and record.strip() else None


# editorialDecl: one paragraph per convention, in this order, when the document uses it
# (the body encoder records the keys it used).
CONVENTIONS: dict[str, str] = {
    "sp": "Speaker turns are encoded as sp whose who points to a participant in particDesc; "
          "the speaker label is kept as written, separator included.",
    "gap": "Omissions marked in the source are encoded as gap with a reason; rend holds the "
           "mark exactly as the source shows it.",
    "supplied": "Words an editor or translator inserted in square brackets are encoded as "
                "supplied with a reason; the brackets are not part of the element's content.",
    "note:gloss": "Expansions and translations given in brackets are encoded as note "
                  "type=\"gloss\"; rend names the delimiters.",
    "note:translator": "Translator's notes are encoded as note type=\"translator\"; rend names "
                       "the delimiters.",
    "note:remark": "Remarks of the note-taker, in parentheses or between slashes, are encoded as "
                   "note type=\"remark\"; rend names the delimiters.",
    "note:stage": "Descriptions of actions (\"Everyone laughs\") are encoded as note "
                  "type=\"stage\"; rend names the delimiters.",
    "note:stamp": "Stamps on the original are encoded as note type=\"stamp\"; rend names the "
                  "delimiters.",
    "note:handwritten": "Handwritten additions on the original are encoded as note "
                        "type=\"handwritten\"; rend names the delimiters.",
    "note:emphasis": "Statements about emphasis in the original are encoded as note "
                     "type=\"emphasis\"; rend names the delimiters.",
    "note:sic": "Readings confirmed as in the original (sic) are encoded as note type=\"sic\"; "
                "rend names the delimiters.",
    "note:uncertain": "Marks of an uncertain reading are encoded as note type=\"uncertain\"; rend "
                      "names the delimiters.",
    "note:source-ellipsis": "Ellipses that belong to the original (not omissions) are explained "
                            "by note type=\"source-ellipsis\"; rend names the delimiters.",
    "note:editorial": "Other editorial statements in brackets are encoded as note "
                      "type=\"editorial\"; rend names the delimiters.",
    "note:other-delimiters": "Notes whose delimiters rend cannot name are encoded as seg "
                             "type=\"note\" with the kind in subtype and the delimiters as text.",
    "note:footnote": "Footnotes are encoded as note type=\"footnote\" place=\"foot\" at their "
                     "reference; n is their number and rend the reference mark as written.",
    "pb": "Page markers of the source are encoded as pb; rend holds the marker as written.",
    "proposed": "Links that teiencode proposed rather than took from a register, and speaker turns "
                "it took on weak evidence, carry cert and resp=\"#teiencode\".",
}


def credit_statements(credits: str | None, translators: tuple[str, ...]) -> list[tuple[str, str]]:
    """(responsibility, name) pairs from a credit line and the names it credits.

    "Obtained and translated by A with the assistance of B" gives
    ``[("Obtained and translated by", "A"), ("with the assistance of", "B")]``;
    "… by A and B" gives both the same responsibility. Names the credit line
    does not contain are credited as "Translated by".
    """
    statements: list[tuple[str, str]] = []
    position, resp = 0, DEFAULT_RESP
    for name in translators:
        start = credits.find(name, position) if credits and name else -1
        if start < 0:
            statements.append((DEFAULT_RESP, name))
            continue
        between = _SENTENCE_END.split(credits[position:start])[-1].strip()
        if not _NAME_JOINER.match(between):
            resp = between.strip(" ,;")
        statements.append((resp, name))
        position = start + len(name)
    return [(r, n) for r, n in statements if n.strip()]


# Writes inline nodes into an element's mixed content (:meth:`.body.BodyEncoder.inlines`).
InlineWriter = Callable[[etree._Element, Iterable[Inline]], None]


class HeaderEncoder:
    """Writes the ``teiHeader`` of one document."""

    def __init__(self, doc: Document, entity_ids: EntityIds, version: str,
                 conventions: Collection[str], edition: Edition, name: str | None,
                 genre: str | None, inlines: InlineWriter) -> None:
        """``name`` is the edition's name (:func:`page_name`), ``genre`` the xml:id
        reserved for the document type's category (with ``TAXONOMY`` reserved);
        ``inlines`` writes the marked title and summary as the body's text is written."""
        self.doc = doc
        self.inlines = inlines
        self.meta: Metadata = doc.metadata
        self.ids = entity_ids
        self.version = version
        self.conventions = set(conventions)
        if any(entity.status == "proposed" for entity in doc.entities):
            self.conventions.add("proposed")
        self.edition = edition
        self.name = name
        self.genre = genre

    def encode(self, tei: etree._Element) -> etree._Element:
        """Append ``teiHeader`` to ``tei`` and return it."""
        header = sub(tei, "teiHeader")
        file_desc = sub(header, "fileDesc")
        self.title_stmt(file_desc)
        self.publication_stmt(file_desc)
        self.notes_stmt(file_desc)
        self.source_desc(file_desc)
        self.encoding_desc(header)
        self.profile_desc(header)
        self.revision_desc(header)
        return header

    # ------------------------------------------------------------ fileDesc

    def title_stmt(self, file_desc: etree._Element) -> None:
        meta = self.meta
        stmt = sub(file_desc, "titleStmt")
        if self.doc.title_marks:
            self.inlines(sub(stmt, "title", {"type": "main"}), self.doc.title_marks)
        elif meta.title and meta.title.strip():
            sub(stmt, "title", {"type": "main"}, meta.title)
        else:  # a cataloguer's description, since the page gives no title
            sub(stmt, "title", {"type": "desc"}, meta.doc_type or "Untitled document")
        for resp, name in credit_statements(meta.credits, meta.translators):
            resp_stmt = sub(stmt, "respStmt")
            sub(resp_stmt, "resp", text=resp)
            sub(resp_stmt, "persName", text=name)
        if meta.funder and meta.funder.strip():
            sub(stmt, "funder", text=meta.funder)

    def publication_stmt(self, file_desc: etree._Element) -> None:
        meta, edition = self.meta, self.edition
        stmt = sub(file_desc, "publicationStmt")
        sub(stmt, "publisher", text=edition.publisher or meta.repository)
        if self.name:
            sub(stmt, "idno", {"type": "edition"}, self.name)
        if meta.record_id and meta.record_id.strip():
            sub(stmt, "idno", {"type": "record"}, meta.record_id)
        licence = edition.licence.strip() if edition.licence else None
        if licence or meta.rights and meta.rights.strip():
            availability = sub(stmt, "availability")
            if licence:
                target = licence if _URI.match(licence) else None
                sub(availability, "licence", {"target": target}, licence)
            for para in paragraphs(meta.rights or ""):
                sub(availability, "p", text=para)

    def notes_stmt(self, file_desc: etree._Element) -> None:
        """Page text outside the body that no other header field holds: the
        teaser (a line about another document the archive shows first), the
        date the archive put the page online, then the unassigned lines in
        page order, one note per line."""
        meta = self.meta
        notes = [("teaser", meta.teaser), ("uploaded", meta.uploaded),
                 *(("unassigned", line) for line in meta.unassigned)]
        notes = [(kind, text) for kind, text in notes if text and text.strip()]
        if notes:
            stmt = sub(file_desc, "notesStmt")
            for kind, text in notes:
                sub(stmt, "note", {"type": kind}, text)

    def source_desc(self, file_desc: etree._Element) -> None:
        meta = self.meta
        desc = sub(file_desc, "sourceDesc")
        if meta.archive and meta.archive.strip():
            sub(desc, "bibl", {"type": "archive"}, meta.archive)
        if meta.citation and meta.citation.strip():
            sub(desc, "bibl", {"type": "citation"}, meta.citation)
        if meta.credits and meta.credits.strip() and not any(
                name and name in meta.credits for name in meta.translators):
            sub(desc, "bibl", {"type": "credits"}, meta.credits)
        parts = [("repository", meta.repository), ("collection", meta.collection),
                 ("idno", meta.idno)]
        if any(value and value.strip() for _, value in parts):
            identifier = sub(sub(desc, "msDesc"), "msIdentifier")
            for name, value in parts:
                if value and value.strip():
                    sub(identifier, name, text=value)
        if not len(desc):
            sub(desc, "p", text="The page names no archival source.")

    # --------------------------------------------------------- encodingDesc

    def encoding_desc(self, header: etree._Element) -> None:
        desc = sub(header, "encodingDesc")
        application = sub(sub(desc, "appInfo"), "application", {
            "xml:id": APPLICATION_ID, "ident": APPLICATION_ID, "version": self.version})
        sub(application, "label", text=APPLICATION_ID)
        if self.conventions:
            decl = sub(desc, "editorialDecl")
            for key, statement in CONVENTIONS.items():
                if key in self.conventions:
                    sub(decl, "p", text=statement)
        if self.genre is not None and self.meta.doc_type:
            taxonomy = sub(sub(desc, "classDecl"), "taxonomy", {"xml:id": TAXONOMY})
            category = sub(taxonomy, "category", {"xml:id": self.genre})
            sub(category, "catDesc", text=self.meta.doc_type)
        # One chain, as DTS tools read it: the document, its passages (turns and the
        # narration's paragraphs, fields, datelines), a turn's paragraphs; "." joins the ids.
        division = sub(sub(desc, "refsDecl"), "citeStructure", {
            "unit": "document", "match": "/TEI/text/body/div", "use": "@xml:id"})
        passage = sub(division, "citeStructure", {
            "unit": "passage", "match": PASSAGES, "use": "@xml:id", "delim": "."})
        sub(passage, "citeStructure", {"unit": "paragraph", "match": "p", "use": "@xml:id",
                                       "delim": "."})

    # ---------------------------------------------------------- profileDesc

    def profile_desc(self, header: etree._Element) -> None:
        meta = self.meta
        desc = sub(header, "profileDesc")
        self.creation(desc)
        self.lang_usage(desc)
        if self.genre is not None:
            sub(sub(desc, "textClass"), "catRef", {
                "scheme": "#" + TAXONOMY, "target": "#" + self.genre})
        if meta.summary and meta.summary.strip():
            abstract = sub(desc, "abstract")
            if self.doc.summary_marks:
                for marked in self.doc.summary_marks:
                    self.inlines(sub(abstract, "p"), marked)
            else:
                for para in paragraphs(meta.summary):
                    sub(abstract, "p", text=para)
        self.partic_desc(desc)

    def creation(self, desc: etree._Element) -> None:
        meta = self.meta
        date_text = meta.date_text or meta.date
        place = meta.place.strip() if meta.place else None
        if not (date_text and date_text.strip()) and not place:
            return
        creation = sub(desc, "creation")
        if date_text and date_text.strip():
            sub(creation, "date", {"when": iso_when(meta.date)}, date_text)
        if place:
            if len(creation):
                append_text(creation, " ")
            entity = self.place_entity(place)
            ref = self.ids.pointer(entity.id) if entity is not None else None
            sub(creation, "placeName", {"ref": ref}, place)

    def place_entity(self, place: str) -> Entity | None:
        """The document's place entity one of whose forms is ``place``, if any."""
        for entity in self.doc.entities:
            if entity.kind == "place" and place in (entity.name, *entity.forms):
                return entity
        return None

    def lang_usage(self, desc: etree._Element) -> None:
        usage = sub(desc, "langUsage")
        lang = language_tag(self.doc.lang or "und")
        sub(usage, "language", {"ident": lang}, language_name(lang))
        original = self.meta.original_language
        if not (original and original.strip()):
            return
        for name in _LANGUAGE_LIST.split(original.strip()):
            if name and language_ident(name) != lang.split("-")[0]:
                sub(usage, "language", {"ident": language_ident(name)}, name)

    def revision_desc(self, header: etree._Element) -> None:
        """The encoding of this file: by teiencode (its version), from which
        page file, on the edition's date when one is given."""
        file = source_file(self.doc)
        sub(sub(header, "revisionDesc"), "change", {
            "when": self.edition.date, "who": "#" + APPLICATION_ID},
            f"Encoded{f' from {file}' if file else ''} by teiencode {self.version}.")

    def partic_desc(self, desc: etree._Element) -> None:
        if not self.doc.participants:
            return
        entities = {entity.id: entity for entity in reversed(self.doc.entities)}
        listing = sub(sub(desc, "particDesc"), "listPerson")
        seen: set[str] = set()
        for participant in self.doc.participants:
            if participant.id in seen:
                continue
            seen.add(participant.id)
            participant_entry(listing, participant, entities.get(participant.id), self.ids)
