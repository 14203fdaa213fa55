"""The body of the document: model blocks and inlines → ``text/body/div``.

Every model node has exactly one TEI form (docs/tei-conventions.md, "Body
rules"); the dispatch below is exhaustive, so a node type added to the model
is a type error here until it is given one. Page text is copied into the tree
unchanged: whitespace inside paragraphs, labels and headings stays as read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import assert_never

from lxml import etree

from ..model import (
    Block, Date, Dateline, Document, Field, Foreign, Gap, Heading, Inline, Mention, Note,
    PageBreak, Paragraph, Supplied, Text, Turn,
)
from .ids import APPLICATION_ID, EntityIds, PassageIds, to_ncname
from .names import TeiName, append_text, sub, words

MENTION_ELEMENTS: dict[str, TeiName] = {
    "person": "persName", "place": "placeName", "org": "orgName"}

# Inline note delimiters as the page writes them → the @rend that says them.
NOTE_RENDS = {("[", "]"): "brackets", ("(", ")"): "parentheses", ("/", "/"): "slashes",
              ("[[", "]]"): "double-brackets"}

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*\Z")
_CERTAINTY = frozenset({"high", "medium", "low", "unknown"})
# TEI's teidata.temporal.w3c: xs:date, xs:gYearMonth, xs:gYear, xs:dateTime, xs:time,
# xs:gMonthDay, xs:gMonth and xs:gDay, each with an optional time zone.
_TIME = r"(\d{2}):(\d{2}):(\d{2})(\.\d+)?"
_W3C_TEMPORAL = re.compile(
    rf"(?:-?([1-9]\d{{4,}}|\d{{4}})(?:-(\d{{2}})(?:-(\d{{2}})(?:T{_TIME})?)?)?"
    rf"|{_TIME}|--(\d{{2}})(?:-(\d{{2}}))?|---(\d{{2}}))"
    r"(?:Z|[+-](\d{2}):(\d{2}))?\Z")
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def iso_when(value: str | None) -> str | None:
    """``value`` if it is a TEI date or time (``teidata.temporal.w3c``: "1979-12-04",
    "1979-12", "1979", "1969-12-19T19:26:00", "19:26:00", "--12-04" …) that exists, else
    ``None``."""
    match = _W3C_TEMPORAL.match(value) if value else None
    if match is None:
        return None
    (year, month, day, hour, minute, second, fraction, hour2, minute2, second2, fraction2,
     month2, day2, day3, zone_hour, zone_minute) = match.groups()
    month, day = month or month2, day or day2 or day3
    if year is not None and int(year) == 0 or month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None:
        days = _MONTH_DAYS[int(month) - 1] if month else 31
        if month == "02" and (year is None or _leap(int(year))):
            days += 1
        if not 1 <= int(day) <= days:
            return None
    if (hour or hour2) is not None and not _real_time(
            hour or hour2, minute or minute2, second or second2, fraction or fraction2):
        return None
    if zone_hour is not None and not (int(zone_minute) <= 59 and (
            int(zone_hour) <= 13 or zone_hour + zone_minute == "1400")):
        return None
    return value


def _leap(year: int) -> bool:
    return year % 4 == 0 and year % 100 != 0 or year % 400 == 0


def _real_time(hour: str, minute: str, second: str, fraction: str | None) -> bool:
    """Whether hh:mm:ss[.f] is a time of day (24:00:00, the end of a day, included)."""
    if hour == "24":
        return minute == second == "00" and not (fraction or "").strip(".0")
    return int(hour) <= 23 and int(minute) <= 59 and int(second) <= 59


def language_tag(value: str) -> str:
    """``value`` as a BCP 47 tag ("zh_CN" → "zh-CN"); "und" when it cannot be one."""
    tag = value.strip().replace("_", "-")
    return tag if _LANGUAGE_TAG.match(tag) else "und"


def certainty(value: str | None) -> str | None:
    """A TEI ``@cert`` value: high/medium/low/unknown or a probability in [0, 1]."""
    if value is None:
        return None
    if value in _CERTAINTY:
        return value
    try:
        probability = float(value)
    except ValueError:
        return "unknown"
    return value if 0.0 <= probability <= 1.0 else "unknown"


def responsibility(resp: str | None, cert: str | None) -> str | None:
    """``@resp`` of a proposed link: the given agent, else the encoder itself
    whenever a certainty is stated."""
    if resp and resp.strip("# "):
        return "#" + to_ncname(resp.strip().removeprefix("#"))
    return "#" + APPLICATION_ID if cert is not None else None


class BodyEncoder:
    """Writes the blocks of one document into a ``div`` of the body."""

    def __init__(self, entity_ids: EntityIds) -> None:
        self.entity_ids = entity_ids
        self.passages = PassageIds("d1")
        # the editorial conventions the document uses (keys of header.CONVENTIONS)
        self.conventions: set[str] = set()

    def encode(self, doc: Document, text: etree._Element) -> None:
        """Append ``body/div[@type="document"]`` with the document's blocks to ``text``."""
        body = sub(text, "body")
        div = sub(body, "div", {"type": "document", "xml:id": self.passages.division})
        at_top = True  # headings and datelines before the first passage open the div
        for block in doc.blocks:
            at_top = self.block(div, block, at_top)
        if not len(div):
            sub(div, "p", {"xml:id": self.passages.next("p")})

    def block(self, div: etree._Element, block: Block, at_top: bool) -> bool:
        """Encode one block; return whether the top of the division continues."""
        match block:
            case Heading(inlines=inlines, kind=kind):
                if at_top:
                    head = sub(div, "head", {"type": None if kind == "heading" else kind})
                else:
                    head = sub(div, "ab", {"type": kind, "xml:id": self.passages.next("ab")})
                self.inlines(head, inlines)
                return at_top
            case Dateline(inlines=inlines):
                attrs = {"xml:id": self.passages.next("ab")}
                if at_top:
                    line = sub(div, "dateline", attrs)
                else:
                    line = sub(div, "ab", {"type": "dateline", **attrs})
                self.inlines(line, inlines)
                return at_top
            case PageBreak():
                self.page_break(div, block)
                return at_top
            case Paragraph(inlines=inlines):
                self.inlines(sub(div, "p", {"xml:id": self.passages.next("p")}), inlines)
                return False
            case Turn():
                self.turn(div, block)
                return False
            case Field():
                self.field(div, block)
                return False
            case _:
                assert_never(block)

    def turn(self, div: etree._Element, turn: Turn) -> None:
        self.conventions.add("sp")
        cert = certainty(turn.cert)
        if cert is not None:
            self.conventions.add("proposed")
        sp = sub(div, "sp", {"xml:id": self.passages.next("sp"), "who": self.entity_ids.pointer(turn.speaker),
                             "cert": cert, "resp": responsibility(None, cert)})
        self.inlines(sub(sp, "speaker", {"rend": "run-on" if turn.run_on else None}), turn.label)
        for para in turn.paragraphs:
            self.inlines(sub(sp, "p", {"xml:id": self.passages.next("p")}), para.inlines)
        if not turn.paragraphs:  # a label with nothing after it: TEI wants a speech
            sub(sp, "p", {"xml:id": self.passages.next("p")})

    def field(self, div: etree._Element, field: Field) -> None:
        ab = sub(div, "ab", {"type": "field", "xml:id": self.passages.next("ab")})
        if field.label.strip():
            sub(ab, "label", text=field.label)
        if field.inlines:
            append_text(ab, " ")
            self.inlines(ab, field.inlines)
        if field.items:
            items = sub(ab, "list")
            for item in field.items:
                self.inlines(sub(items, "item"), item)

    def page_break(self, parent: etree._Element, mark: PageBreak) -> None:
        self.conventions.add("pb")
        sub(parent, "pb", {"rend": words(mark.mark), "n": mark.n})

    def inlines(self, parent: etree._Element, inlines: Iterable[Inline]) -> None:
        """Append inline nodes to ``parent``'s mixed content, in order."""
        for node in inlines:
            match node:
                case Text(text=text):
                    append_text(parent, text)
                case Gap(mark=mark, reason=reason):
                    self.conventions.add("gap")
                    attrs = {"reason": words(reason) or "editorial", "rend": words(mark)}
                    sub(parent, "gap", attrs)
                case Supplied(children=children, reason=reason):
                    self.conventions.add("supplied")
                    supplied = sub(parent, "supplied", {"reason": words(reason) or "unspecified"})
                    self.inlines(supplied, children)
                case Note():
                    self.note(parent, node)
                case PageBreak():
                    self.page_break(parent, node)
                case Mention(children=children, kind=kind, ref=ref, cert=cert, resp=resp):
                    cert = certainty(cert)
                    if cert is not None or resp:
                        self.conventions.add("proposed")
                    mention = sub(parent, MENTION_ELEMENTS[kind], {
                        "ref": self.entity_ids.pointer(ref), "cert": cert,
                        "resp": responsibility(resp, cert)})
                    self.inlines(mention, children)
                case Date(children=children, when=when, cert=cert):
                    cert = certainty(cert)
                    if cert is not None:
                        self.conventions.add("proposed")
                    date = sub(parent, "date", {
                        "when": iso_when(when), "cert": cert, "resp": responsibility(None, cert)})
                    self.inlines(date, children)
                case Foreign(children=children, lang=lang):
                    self.inlines(sub(parent, "foreign", {"xml:lang": language_tag(lang)}), children)
                case _:
                    assert_never(node)

    def note(self, parent: etree._Element, note: Note) -> None:
        """A footnote at its reference, or an inline note with its delimiters in ``@rend``.

        Delimiters ``@rend`` cannot name are kept as text around a
        ``seg[@type="note"]``, so that no character of the page is lost.
        """
        if note.kind == "footnote":
            self.conventions.add("note:footnote")
            attrs = {"type": "footnote", "place": "foot", "n": note.n, "rend": words(note.mark)}
            self.inlines(sub(parent, "note", attrs), note.children)
            return
        rend = NOTE_RENDS.get((note.open, note.close))
        if rend is not None:
            self.conventions.add("note:" + note.kind)
            attrs = {"type": note.kind, "place": "inline", "rend": rend}
            self.inlines(sub(parent, "note", attrs), note.children)
            return
        self.conventions.add("note:other-delimiters")
        append_text(parent, note.open)
        self.inlines(sub(parent, "seg", {"type": "note", "subtype": note.kind}), note.children)
        append_text(parent, note.close)
