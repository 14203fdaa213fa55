"""Where the body of a page is: page chrome and header lines at the top,
footnotes, the archive's summary and the "Document Information" footer at
the bottom.

The top is read by a chain of named rules (chrome, old-layout fields, teaser,
date, indented summary, funder, title); the first line no rule takes starts
the body. The bottom is read upwards (footer, summary paragraph, footnotes).
Every line the rules take is chrome, a field label or a header value; a line
they take that no field holds (an unknown footer line, keywords) is kept as
an unassigned line with the reason, and everything between is body, so
nothing of the page is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from .dates import DATE_LINE, parse_date_line
from .lines import Line, outside_brackets
from .metadata import funder, is_funder_line, old_citation, split_citation
from .labels import label_kind
from .vocabulary import (CHROME, CLASSIFICATION_WORDS, DOCUMENT_KINDS, FOOTER_HEAD, FOOTER_LABELS,
                         FOOTER_START, RIGHTS_MARKERS, SECTIONS, line_key)

_OLD_FIELD = re.compile(r"(?P<label>Citation|Summary|Original Language|Contents|Keywords|Subjects?|"
                        r"Related Documents?|Language)\s*:\s*(?P<value>.*)", re.IGNORECASE)
# The header field each old-layout label fills (absent: the page's keyword lists).
_OLD_FIELD_SLOTS = {"citation": "citation", "summary": "summary",
                    "original language": "original_language", "language": "original_language"}
_LABELLED_FOOTER = re.compile(r"(?P<label>Source|Rights|Type|Document Type|Language|Original Language|"
                              r"Record ID|Citation|Keywords|Subjects?)\s*:\s*(?P<value>.*)", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[(?P<n>\d{1,3})\]\s+\S")
_FOOTNOTE_REF = re.compile(r"(?<=[^\s\[(])\[(\d{1,3})\]")
# A short parenthesised remark after a sentence's end: the site's, not the summary's words.
_SITE_REMARK = re.compile(r"(?<=[.!?])\s+\([^()]{1,30}\)$")
_FRUS_HEAD = re.compile(r"\d{1,4}\.\s+\S")
_DOCUMENT_KIND = re.compile(r"\b(?:" + "|".join(sorted(DOCUMENT_KINDS, key=len, reverse=True)) + r")\b",
                            re.IGNORECASE)  # labels.toml's kinds of documents
_KIND_OF = re.compile(_DOCUMENT_KIND.pattern + r"\s+(?:of|on|about|from)\s+\w.*", re.IGNORECASE)  # "Record of Talks"
# A person as the site's lists give one: "Surname, Forename" and initials ("Vance, Cyrus R.").
_LISTED_NAME = re.compile(r"[^\W\d][^,.!?]{0,40}, (?:[^\W\d_][^\s,.!?]*\.? ){0,3}(?:[^\W\d_]\.)+")
_NARRATION_END = re.compile(r"(?:At this|At that|At the end|The conversation|The meeting|The talk|"
                            r"The discussion|After this|Here the)\b")


class Unassigned(NamedTuple):
    """A line outside the body that no header field holds, and why."""

    line: Line
    where: str  # "top", "footer" or "section" (a list of the site after the document)
    reason: str
    doubt: bool = True  # False when the reader knows what the line is (keywords, a site list)

    @classmethod
    def unstored(cls, line: Line, where: str, label: str, key: str | None) -> Unassigned:
        """The value of a known label kept outside any field: no doubt when the
        label has no field ("Keywords", "Original Classification"), a doubt
        when it is a second value of a field."""
        if key is None:
            return cls(line, where, f"no header field for “{label}”", doubt=False)
        return cls(line, where, f"a second “{label}” value")


@dataclass
class Segments:
    """The result: header values, body lines, attached footnote lines, and
    the lines outside the body kept for no field (``meta["unassigned"]``
    holds their text in page order)."""

    meta: dict[str, object] = field(default_factory=dict)
    body: list[Line] = field(default_factory=list)
    footnotes: list[Line] = field(default_factory=list)
    recognised: list[str] = field(default_factory=list)
    orphan_footnotes: int = 0
    unassigned: list[Unassigned] = field(default_factory=list)
    doubts: list[tuple[int, str]] = field(default_factory=list)  # (line, what to review) of the header


@dataclass
class _Top:
    lines: list[Line]
    pos: int = 0
    seg: Segments = field(default_factory=Segments)
    old: bool = False
    last: str = ""
    footer: bool = False  # the page ends with a document-information footer

    def line(self, offset: int = 0) -> Line | None:
        i = self.pos + offset
        return self.lines[i] if i < len(self.lines) else None


def segment(page: str, lines: list[Line]) -> Segments:
    """Split the non-blank ``lines`` of ``page`` into header, body and footnotes."""
    content = [line for line in lines if not line.blank]
    top = _Top(content)
    top.footer = any(line_key(line.text) in FOOTER_START for line in content[-40:]) or (
        len(content) >= 2 and all(_LABELLED_FOOTER.fullmatch(line.text) for line in content[-2:]))
    while top.pos < len(content):
        for rule in _TOP_RULES:
            if rule(top):
                top.last = rule.__name__
                break
        else:
            break
    end = _bottom(page, content, top)
    # A page whose every line was read as a header or footer value ("1979")
    # keeps them as its body too: a document has text, and no line is lost.
    top.seg.body = content[top.pos:end] or content
    if top.pos >= end:  # those lines are the body after all
        top.seg.unassigned = []
    if top.seg.unassigned:
        top.seg.unassigned.sort(key=lambda kept: kept.line.no)
        top.seg.meta["unassigned"] = tuple(kept.line.text for kept in top.seg.unassigned)
    _footnotes(top.seg)
    _frus(top.seg)
    return top.seg


# ----------------------------------------------------------------- top rules


def _chrome(top: _Top) -> bool:
    line = top.line()
    if line is None or line_key(line.text) not in CHROME:
        return False
    if line_key(line.text) in ("search in", "digital archive"):
        top.old = True
    top.pos += 1
    top.seg.recognised.append("chrome")
    return True


def _old_field(top: _Top) -> bool:
    line = top.line()
    if line is None:
        return False
    match = _OLD_FIELD.fullmatch(line.text)
    if match is None or not (top.old or match.group("label").lower() == "citation"):
        return False
    label = match.group("label").lower()
    value_lines = [match.group("value")] if match.group("value") else []
    first = top.pos
    top.pos += 1
    nxt = top.line()
    if not value_lines and nxt is not None and not _OLD_FIELD.fullmatch(nxt.text) \
            and line_key(nxt.text) not in CHROME:
        value_lines.append(nxt.text)
        top.pos += 1
    value = value_lines[0].strip() if value_lines else ""
    meta = top.seg.meta
    slot = _OLD_FIELD_SLOTS.get(label)
    if slot is None or slot in meta:  # a keyword list, or a field given twice
        if value and line_key(value) not in CHROME:  # "Contents: English Translation": tabs
            top.seg.unassigned += [Unassigned.unstored(kept, "top", match.group("label"), slot)
                                   for kept in top.lines[first:top.pos]]
    elif label == "citation" and value:
        for key, item in old_citation(value).items():
            if item and (key != "title" or "title" not in meta):
                meta[key] = item
    elif value:
        meta[slot] = value
    top.seg.recognised.append("old-" + label)
    top.old = True
    return True


def _citation_block(top: _Top) -> bool:
    """The old layout's citation block: "• Citation" alone, "get citation",
    then the archive's summary and the citation ('"Title," date, … Digital
    Archive, archive; translated by …'), up to the next chrome line."""
    line = top.line()
    if line is None or line_key(line.text) != "citation":
        return False
    first = top.pos
    top.pos += 1
    meta = top.seg.meta
    while (nxt := top.line()) is not None and top.pos - first <= 6:
        key = line_key(nxt.text)
        if key in CHROME and key != "get citation":
            break  # "• share document", "- Download": the block is over
        top.pos += 1
        if key == "get citation":
            continue
        cited = old_citation(nxt.text)
        if "title" in cited and "citation" not in meta:
            if "caps-title" in top.seg.recognised:
                top.seg.unassigned.append(Unassigned(top.lines[0], "top", "the title in capitals; the "
                                                     "citation's title is the document's title", doubt=False))
                del meta["title"]
            meta.update((k, v) for k, v in cited.items() if v and k not in meta)
        elif "summary" not in meta and len(nxt.text) >= 40:
            meta["summary"] = nxt.text
        else:
            top.seg.unassigned.append(Unassigned(nxt, "top", "a line of the citation block"))
    top.seg.recognised.append("old-citation")
    top.old = True
    return True


def _caps_title(top: _Top) -> bool:
    """A first line in capitals that the site's chrome follows: the title of the
    old layout's capitals variant ("TELEGRAM, MAO ZEDONG TO …" / "CITATION SHARE …")."""
    line, nxt = top.line(), top.line(1)
    if top.pos != 0 or line is None or nxt is None or line_key(nxt.text) not in CHROME:
        return False
    if not outside_brackets(line.text).isupper() or len(line.text) < 12:
        return False
    return _take_title(top, line, "caps-title")


def _teaser(top: _Top) -> bool:
    """A first sentence about another document, before the page's date line
    or its chrome ("Skip to content", "Search in")."""
    line, nxt = top.line(), top.line(1)
    if top.pos != 0 or line is None or nxt is None:
        return False
    page_starts = parse_date_line(nxt.text) or line_key(nxt.text) in CHROME  # date, or the site's chrome
    if parse_date_line(line.text) or not page_starts or len(line.text) < 40:
        return False
    if line.text.rstrip("”\"’')")[-1:] not in (".", "!", "?"):
        return False
    top.seg.meta["teaser"] = line.text
    top.pos += 1
    top.seg.recognised.append("teaser")
    return True


def _date(top: _Top) -> bool:
    """The page's date line; the same date given again (a date-summary-top
    page repeats it under the summary) is read as that date once more."""
    line = top.line()
    if line is None:
        return False
    iso = parse_date_line(line.text)
    if iso is None or "date_text" in top.seg.meta and line.text.rstrip(".") != top.seg.meta["date_text"]:
        return False
    if "date_text" in top.seg.meta:
        top.pos += 1
        return True
    top.seg.meta["date"] = iso
    top.seg.meta["date_text"] = DATE_LINE.fullmatch(line.text).group().rstrip(".")  # type: ignore[union-attr]
    top.pos += 1
    top.seg.recognised.append("date")
    return True


def _indented_summary(top: _Top) -> bool:
    """Summary-first pages: an indented sentence after the date, or a long
    sentence after the date that a heading in capitals follows."""
    line, nxt = top.line(), top.line(1)
    if line is None or top.last != "_date" or len(line.text) < 60:
        return False
    before_caps = (nxt is not None and len(line.text) >= 80 and line.text[-1] == "."
                   and outside_brackets(nxt.text).isupper())
    if not (line.indent or before_caps):
        return False
    top.seg.meta["summary"] = line.text
    top.pos += 1
    top.seg.recognised.append("summary-first")
    return True


def _funder(top: _Top) -> bool:
    line = top.line()
    if line is None or not is_funder_line(line.text):
        return False
    top.seg.meta["funder"] = funder(line.text)
    top.pos += 1
    top.seg.recognised.append("funder")
    return True


def _title(top: _Top) -> bool:
    line = top.line()
    if line is None or "title_line" in top.seg.meta:
        return False
    after_date = top.last in ("_date", "_indented_summary")
    old_title = top.old and top.last == "_chrome" and "citation" not in top.seg.meta
    first_of_archive_page = top.footer and top.last in ("", "_chrome", "_teaser") and "date" not in top.seg.meta
    # On the new layout the line after the date is the site's title, capitals and all.
    new_layout = top.last == "_date" and "chrome" in top.seg.recognised and not top.old
    if not (after_date or old_title or first_of_archive_page) \
            or not looks_like_title(line.text, capitals=new_layout):
        return False
    if not (after_date or old_title):
        top.seg.doubts.append((line.no, f"the title “{line.text}” is the first line of the page, "
                                        "with no date line before it: check that it is the document's title"))
    return _take_title(top, line, "title")


def _take_title(top: _Top, line: Line, rule: str) -> bool:
    top.seg.meta["title"] = line.text
    top.seg.meta["title_line"] = line.no
    top.pos += 1
    top.seg.recognised.append(rule)
    return True


def looks_like_title(text: str, *, capitals: bool = False) -> bool:
    """A document title: not a sentence, not a classification mark ("Secret"),
    not a labelled line unless what stands before the colon is no name and a
    document kind stands on either side of it ("Second Meeting: Record of a
    Conversation …", "Memorandum of Conversation: Mao Tse-tung and Richard
    Nixon"); in capitals only when ``capitals`` (and of three words or more)."""
    if len(text) > 300 or text[-1] in ".:;," or not text[0].isupper():
        return False
    labelled = re.match(r"([\w ]{1,30}):\s", text)
    if labelled and not (label_kind(labelled.group(1)) == "field" and (
            _DOCUMENT_KIND.search(text, labelled.end()) or _KIND_OF.fullmatch(labelled.group(1)))):
        return False
    words = [w.strip("()[],.") for w in text.split()]
    if all(w.casefold() in CLASSIFICATION_WORDS for w in words if w):
        return False  # "Secret", "Top Secret", "Strictly Confidential"
    outside = outside_brackets(text)
    if outside.isupper():
        return capitals and len(words) >= 3
    return any(c.islower() for c in outside)


_TOP_RULES: tuple[Callable[[_Top], bool], ...] = (
    _chrome, _old_field, _citation_block, _caps_title, _teaser, _date, _indented_summary, _funder, _title,
)

# --------------------------------------------------------------- bottom rules


def _bottom(page: str, content: list[Line], top: _Top) -> int:
    """Index in ``content`` where the body ends; header values into meta.

    The footer starts at the site's first section heading ("Author(s):",
    "Associated Places" …) or at "Document Information", whichever comes
    first near the end; the archive's summary is the paragraph before it."""
    meta = top.seg.meta
    end = len(content)
    footer = next((i for i in range(len(content) - 1, top.pos - 1, -1)
                   if line_key(content[i].text) in FOOTER_HEAD), None)
    sections = _sections_start(content, top.pos, len(content) if footer is None else footer)
    if footer is not None:
        _read_footer(page, content[footer + 1:], top.seg)
        end = footer
        top.seg.recognised.append("footer")
    if sections is not None:
        _read_sections(content[sections:end], top.seg)
        end = sections
        top.seg.recognised.append("sections")
    if footer is None:
        start = end
        while start > top.pos and _LABELLED_FOOTER.fullmatch(content[start - 1].text):
            start -= 1
        labels = {_LABELLED_FOOTER.fullmatch(c.text).group("label").lower() for c in content[start:end]}  # type: ignore[union-attr]
        if end - start >= 2 and labels & {"source", "rights", "citation"}:
            for line in content[start:end]:
                match = _LABELLED_FOOTER.fullmatch(line.text)
                assert match is not None
                label, value = match.group("label"), match.group("value").strip()
                key = FOOTER_LABELS.get(label.lower())
                if value and not _footer_value(key, value, meta):
                    top.seg.unassigned.append(Unassigned.unstored(line, "footer", label, key))
            end = start
            top.seg.recognised.append("labelled-footer")
    if (footer is not None or sections is not None) and "summary" not in meta and end > top.pos + 1:
        last = content[end - 1]
        if _is_summary(last.text, 40 if sections is not None or _with_footer(content, end) else 100):
            meta["summary"] = last.text
            end -= 1
            top.seg.recognised.append("summary")
    return end


def _sections_start(content: list[Line], first: int, end: int) -> int | None:
    """Index of the first of the site's section headings that close the page
    (each line from there to ``end`` a heading or a short value under one:
    a name as the site lists people, "Vance, Cyrus R.", ends with an initial,
    not a sentence)."""
    start = None
    for i in range(end - 1, max(first, end - 40) - 1, -1):
        text = content[i].text
        if line_key(text) in SECTIONS:
            start = i
        elif len(text) > 80 or text[-1] in ".!?" and not _LISTED_NAME.fullmatch(text):
            break
    return start


def _read_sections(lines: list[Line], seg: Segments) -> None:
    """The site's sections after the document: their values are kept as
    unassigned header lines, under the heading they were listed in."""
    heading = ""
    for line in lines:
        if line_key(line.text) in SECTIONS:  # a heading alone on its line
            heading = line.text.rstrip(": ")
            continue
        seg.unassigned.append(Unassigned(line, "section", f"listed under the site’s “{heading}”", doubt=False))


def _with_footer(content: list[Line], end: int) -> bool:
    """Whether the line before the footer stands apart from the body: more
    blank lines above it than below it (the site sets its summary there)."""
    above = content[end - 1].no - content[end - 2].no
    below = content[end].no - content[end - 1].no if end < len(content) else above
    return above > below


def _is_summary(text: str, least: int = 100) -> bool:
    """Whether a line reads as the archive's summary: sentences, however the site
    ends them with a short remark of its own ("… north. (see also)", "(fragments)")."""
    text = _SITE_REMARK.sub("", text)
    return (len(text) >= least and text[-1] in ".!?" and not _FOOTNOTE.match(text)
            and not _NARRATION_END.match(text) and not re.match(r"[^:]{1,60}:\s", text))


def _read_footer(page: str, lines: list[Line], seg: Segments) -> None:
    """The block under "Document Information": the citation and the rights
    (unlabelled, first), then label lines each followed by its value. A line
    no field takes is kept in ``seg.unassigned``, its label line with it."""
    groups: list[tuple[str | None, Line | None, list[Line]]] = [("citation", None, [])]
    for line in lines:
        label = line_key(line.text)
        if label in FOOTER_LABELS:
            groups.append((FOOTER_LABELS[label], line, []))
            continue
        key, _, values = groups[-1]
        if key == "citation" and values or key not in ("rights", None) and RIGHTS_MARKERS.search(line.text):
            groups.append(("rights", None, []))
        elif key == "uploaded" and not DATE_LINE.fullmatch(line.text) \
                and not re.fullmatch(r"[\d/.\-: ]+", line.text):
            groups.append(("doc_type", None, []))  # no upload date: the document type follows
        groups[-1][2].append(line)
    for key, head, values in groups:
        if not values:
            continue  # a label without a value (an empty "Record ID")
        if key == "record_id" and not any(c.isdigit() for c in values[0].text):
            seg.unassigned += [Unassigned(line, "footer", "under “Record ID” but no number: not a record id")
                               for line in values]
            continue
        if key == "rights":
            stored = _footer_value(key, page[values[0].start:values[-1].end], seg.meta)
            rest = [] if stored else values
        else:
            stored = _footer_value("source" if key == "citation" else key, values[0].text, seg.meta)
            rest = values[1:] if stored else values
        label = head.text.rstrip(":") if head is not None else str(key).replace("_", " ")
        kept = rest if stored or head is None else [head, *rest]
        seg.unassigned += [Unassigned(line, "footer", "not a known field") if stored
                           else Unassigned.unstored(line, "footer", label, key) for line in kept]


def _footer_value(key: str | None, value: str, meta: dict[str, object]) -> bool:
    """Store a footer value in its field; False when there is none, or it is taken."""
    if not value or key is None:
        return False
    if key == "source":
        if meta.get("citation", value) != value:
            return False
        meta["citation"] = value
        for name, item in split_citation(value).items():
            if item and name not in meta or name in ("archive", "credits", "translators") and item:
                meta[name] = item
    elif key in meta:
        return meta[key] == value
    else:
        meta[key] = value
    return True


def _footnotes(seg: Segments) -> None:
    """Footnote texts "[1] …" at the end of the body, when the body refers to
    each of them once and in order; otherwise they stay body paragraphs."""
    body = seg.body
    start = len(body)
    while start > 0 and _FOOTNOTE.match(body[start - 1].text):
        start -= 1
    notes = body[start:]
    if not notes or start == 0:
        return
    numbers = [_FOOTNOTE.match(n.text).group("n") for n in notes]  # type: ignore[union-attr]
    refs = [r for line in body[:start] for r in _FOOTNOTE_REF.findall(line.text)]
    if refs != numbers:
        seg.orphan_footnotes = len(notes)
        return
    seg.footnotes = notes
    seg.body = body[:start]
    seg.recognised.append("footnotes")


def _frus(seg: Segments) -> None:
    """FRUS text: "80. Memorandum of Conversation" then a dateline."""
    if not seg.body or "title" in seg.meta or "date" in seg.meta:
        return
    first = seg.body[0].text
    if _FRUS_HEAD.match(first) and len(seg.body) > 1 and re.search(r"\b1[5-9]\d\d|20\d\d\b", seg.body[1].text):
        seg.meta["title"] = first.split(".", 1)[1].strip()
        seg.recognised.append("frus")
