"""Header values from their lines: archival citations, credits, translators,
funders, datelines and places. Every value is a slice of the page as written."""

from __future__ import annotations

import re

from .dates import DATE_RE, iso_date

_CREDIT_START = re.compile(
    r"(?:^|(?<=[.;])\s+|;\s*|,\s+)(?=(?:(?:The )?Documents? (?:was |were )?(?:obtained|provided|donated)|"
    r"Obtained|Translated|Translation|Obtained and translated|Contributed|"
    r"Donated|Transcribed|Edited|Provided|Original (?:translation|document))\b)", re.IGNORECASE)
_TRANSLATED_BY = re.compile(r"\btranslat(?:ed|ion)(?: and [a-z]+)?(?: by| from [A-Z]\w+ by)\s+(?P<names>.+)", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+with the (?:assistance|help|support) of\s+|;\s*|&\s*)")
_NAME_END = re.compile(r"\s+(?:for|of|at|from|in)\s+(?:the\s+)?[A-Z].*$|\.$")
# The end of the credit's sentence: a full stop not after an initial ("Csaba Farkas. Published in …",
# not "A. B. Smith"); what follows is no translator.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])\.\s+(?=\S)")
# An editor's remark in brackets ("[stamp]", "[handwritten]"): lower case, so no place's name.
_REMARK = re.compile(r"\[[a-z][^\]]*\]")
_OLD_CITATION = re.compile(
    r"(?:[“\"](?P<quoted>.+?),?[”\"],?|(?P<title>.+?),)\s+(?P<date>(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4})),\s+"
    r"(?:History and Public Policy Program Digital Archive|[^,]*Digital Archive)[,.]?\s*(?P<rest>.*)$")
_FUNDER = re.compile(r"This document was made possible with support from\s+(?:the\s+)?(?P<name>.+?)\.?$", re.IGNORECASE)
_TRIM = re.compile(r"^[\s,;.]+|[\s,;]+$")
_COMMA_PART = re.compile(r"[^,]+")
_NUMBERED = re.compile(r"\s*(?:\d|(?:No|Nr|Room)\.?\s*\d)")
_REPOSITORY_END = re.compile(r"\s*(?:[:,(]|\bfond\b|\bf\.\s)")


def split_citation(text: str) -> dict[str, object]:
    """Archive citation and credits from a "Document Information"/"Source:" line.

    "Archive X: fond 1, …. Obtained and translated by A with the assistance of B."
    → archive "Archive X: fond 1, …", credits "Obtained and translated by A …",
    translators (A, B).
    """
    text = text.strip()
    match = _CREDIT_START.search(text)
    if match is not None and match.start() > 0:
        archive, credits = text[:match.start()].strip(), text[match.end():].strip()
    elif match is not None:
        archive, credits = "", text
    else:
        archive, credits = text, ""
    archive = archive.rstrip(" .;,")
    out: dict[str, object] = {"archive": archive or None, "credits": credits.rstrip(".") or None,
                              "translators": translators(credits)}
    out.update(split_archive(archive))
    return out


def split_archive(archive: str) -> dict[str, str | None]:
    """Repository and call number of an archival citation, where they part."""
    if not archive:
        return {}
    match = _REPOSITORY_END.search(archive)
    if match is None or match.start() == 0:
        return {"repository": archive}
    repository = archive[:match.start()].strip()
    idno = archive[match.end():].strip(" ,:") if match.group().strip() in (":", ",") else archive[match.start():].strip(" ,:")
    if match.group().strip() == "(":
        close = archive.find(")", match.start())
        repository = archive[:close + 1].strip() if close > 0 else repository
        idno = archive[close + 1:].strip(" ,:") if close > 0 else idno
    return {"repository": repository or None, "idno": idno or None}


def translators(credits: str) -> tuple[str, ...]:
    """Names after "translated by" ("… by A with the assistance of B" → A, B)."""
    match = _TRANSLATED_BY.search(credits)
    if match is None:
        return ()
    names = []
    for part in _NAME_SPLIT.split(_SENTENCE_END.split(match.group("names"), maxsplit=1)[0]):
        part = _NAME_END.sub("", part.strip()).strip(" .")
        if part and part[0].isupper() and len(part.split()) <= 5:
            names.append(part)
    return tuple(names)


def old_citation(text: str) -> dict[str, object]:
    """Title, date and archive from an old-layout "Citation:" value, its title
    quoted or not ('"Minutes of …," April 16, 1965, History and Public …')."""
    match = _OLD_CITATION.match(text.strip())
    if match is None:
        return {"citation": text.strip()}
    out: dict[str, object] = {"citation": text.strip(), "title": match.group("quoted") or match.group("title"),
                              "date_text": match.group("date")}
    date = DATE_RE.fullmatch(match.group("date"))
    if date is not None:
        out["date"] = iso_date(date)
    out.update(split_citation(match.group("rest")))
    return out


def funder(line: str) -> str | None:
    """The funder named by a "This document was made possible …" line."""
    match = _FUNDER.match(line)
    return match.group("name") if match else None


def is_funder_line(line: str) -> bool:
    return _FUNDER.match(line) is not None


def dateline_parts(text: str) -> tuple[str | None, str | None, str | None]:
    """(ISO date, date text, place) of a dateline ("Addis Ababa, 14 March 1978",
    "4 December 1979 Phnom Penh", "Washington, December 19, 1969, 07:26 p.m.")."""
    match = DATE_RE.search(text)
    if match is None:
        return None, None, None
    if "[" in text:
        text = _REMARK.sub(lambda remark: " " * len(remark.group()), text)  # same length: the match holds
    before = _TRIM.sub("", text[:match.start()])
    after = _TRIM.sub("", text[match.end():])
    after = re.sub(r"^\d{1,2}[:.]\d{2}.*$|^\d{1,2}(?::\d\d)?\s*[-–]\s*\d.*$", "", after).strip()
    place = _numberless(before) or _place_part(after)
    return iso_date(match), match.group(), place or None


def _numberless(text: str) -> str:
    """The words before a dateline's date without its numbered comma parts: a part opening with a
    number is a day written apart ("Pyongyang, 28 th September"), an hour ("Beijing, 5:30 p.m.,
    3 January") or a telegram's or a room's number ("No. 611, Moscow", "Room 5, Government House"),
    no place; the place is what follows the last such part (a slice of the page). A district's
    number after a name stays ("Berlin W8", "Prague 1")."""
    end = len(text)
    parts = list(_COMMA_PART.finditer(text))
    while parts and _NUMBERED.match(parts[-1].group()):
        end = parts.pop().start()
    start = next((part.end() for part in reversed(parts) if _NUMBERED.match(part.group())), 0)
    return text[start:end].strip(" ,")


def _place_part(text: str) -> str | None:
    text = re.split(r",\s*\d|\s+\d", text)[0].strip(" ,.")
    if not text or not text[0].isupper() or len(text.split()) > 5:
        return None
    return text


def field_place(value: str) -> str:
    """The place of a "Place:"/"Venue:" value: its last comma part
    ("government guest house, Pyongyang" → Pyongyang)."""
    parts = [p.strip() for p in value.split(",") if p.strip()]
    capitalised = [p for p in parts if p[:1].isupper()]
    return (capitalised or parts or [value])[-1].rstrip(".")
