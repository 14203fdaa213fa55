"""Calendar dates in running text, with ISO values at the precision given.

Recognised: "4 December 1979", "December 4, 1979", "4th of December 1979",
"May 1979", "1980", "19.VII.56", "4-XI-1981", "4/XI/81", "19.7.1956", "24. 8. 1967", "21.8.79" (a
two-digit year of the period, 1940–1999), "14/7/1971" (day first, as the archive's European
originals write it), "1979-12-04", a day and month ("10 May", "May 10", "30.IV."; "27.2." after
"on", "of", "since", "from", "between" or joined to a date before: "from 27.2. to 5.3.") with the
document's year, and a month alone that names a particular month ("in May", "the May session")
when the document's year is known. Not dates: decades ("the 1980s"), relative expressions, times
of day, holidays, numbers that are counts or parts of call numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH_ABBREVIATIONS = ("Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.",
                        "Dec.")
# Title case or capitals ("3 JUNE 1971" in a heading), never lower case ("may").
_MONTH = "(?P<{n}>" + "|".join([*_MONTH_NAMES, *(m.upper() for m in _MONTH_NAMES),
                                *(re.escape(m) for m in _MONTH_ABBREVIATIONS)]) + ")"
_DAY = r"(?P<{n}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>1[5-9]\d\d|20\d\d)"


_ROMAN_MONTH = "|".join(sorted(_ROMAN, key=len, reverse=True))


def _p(template: str, name: str) -> str:
    return template.replace("{n}", name)


# Every date starts with a digit or the first three letters of a month, with
# no word, point, hyphen or slash before it: the regex engine looks for the
# first character (_DATE_START) and the dates (_DATE) are tried only there —
# the same matches as one pattern tried at every position, for half the work.
_MONTH_GOES_ON = "|".join(sorted({m[1:3] for m in _MONTH_NAMES} | {m[1:3].upper() for m in _MONTH_NAMES}))
# (ASCII digits first in the class: a bit in a table, where \d alone looks each character up.)
_DATE_START = re.compile(rf"[0-9JFMASOND\d](?<![\w.\-/].)(?:(?<=\d)|(?={_MONTH_GOES_ON}))")
_DATE = re.compile(
    r"(?:"
    + _p(_DAY, "d1") + r"(?:\s+of)?\s+" + _p(_MONTH, "m1") + r"(?:,?\s+" + _p(_YEAR, "y1") + r")?"
    + r"|" + _p(_MONTH, "m2") + r"\s+" + _p(_DAY, "d2") + r"(?:,\s*|\s+)" + _p(_YEAR, "y2")
    + r"|" + _p(_MONTH, "m3") + r"\s+" + _p(_DAY, "d3") + r"(?![\d:])"
    + r"|" + _p(_MONTH, "m4") + r",?\s+" + _p(_YEAR, "y4")
    + r"|(?P<d5>[12]\d|3[01]|0?[1-9])(?:\.(?P<m5>" + _ROMAN_MONTH + r")\.(?P<y5>\d{4}|\d\d)"
    + r"|(?P<s5>[-/])(?P<r5>" + _ROMAN_MONTH + r")(?P=s5)(?P<z5>1[5-9]\d\d|[4-9]\d))"
    + r"|(?P<d6>[12]\d|3[01]|0?[1-9])\.[ ]?(?P<m6>1[0-2]|0?[1-9])\.[ ]?(?P<y6>1[5-9]\d\d|[4-9]\d)"
    + r"|(?P<d10>[12]\d|3[01]|0?[1-9])/(?P<m10>1[0-2]|0?[1-9])/(?P<y10>1[5-9]\d\d)"
    + r"|(?P<d11>[12]\d|3[01]|0?[1-9])\.(?:(?P<m11>1[0-2]|0?[1-9])|(?P<r11>" + _ROMAN_MONTH + r"))\.(?!\d)"
    + r"|(?P<y7>1[5-9]\d\d)-(?P<m7>0[1-9]|1[0-2])-(?P<d7>0[1-9]|[12]\d|3[01])"
    + r"|" + _p(_MONTH, "m8")
    + r"|" + _p(_YEAR, "y9")
    + r")(?![\w\-/]|\.\d|’s|'s)"
)

# A month name that is a word ("may") only counts with a capital and not as a verb.
_MAY_VERB = re.compile(r"\bMay\s+(?:I|we|you|he|she|it|they|the|this|that|our|your|his|her|not|be|also)\b")
# The words of a call number before a number: a count or a call number, not a year ("fond 14",
# "a.e. 1788", "papka 12", "teczka 1956", "sygn. 1960"), nor a day, a month and a year with slashes
# ("Ref. 12/3/1971", "Nr 14/7/1971").
_CALL_NUMBER_WORDS = (r"fond|f\.|opis|op\.|delo|d\.|file|folder|box|no\.|nr\.|number|page|pages|p\.|pp\.|list|l\.|ll\."
               r"|khuu|kh/n|record|id|vol\.|volume|doc\.|document|sheet|signature|inv\.|a\.\s?e\.|ed\.\s?khr\."
               r"|papka|dosar|dosje|dosja|dosije|fascikla|karton|teczka|sygn\.|sz\.")
_NOT_YEAR_BEFORE = re.compile(rf"(?:\b(?:{_CALL_NUMBER_WORDS})|[#:/])\s*$", re.IGNORECASE)
# Before slashed figures also a reference's words, with or without their stop ("Ref 12/3/1971",
# "Nr 14/7/1971"), but not a colon (a field's "Date: 14/7/1971").
_NOT_SLASHED_BEFORE = re.compile(
    rf"(?:\b(?:{_CALL_NUMBER_WORDS}|no|nr|n°|ref\.?|reg\.?|zl\.?|č\.?|čj\.?|sign\.)|[#№/])\s*$", re.IGNORECASE)
_NOT_YEAR_AFTER = re.compile(r"^\s*(?:people|persons|men|soldiers|troops|tons|tonnes|km|kilometers|"
                             r"metres|meters|dollars|rubles|roubles|copies|units|thousand|million|"
                             r"hours|minutes|pages|years|times|s\b)", re.IGNORECASE)


@dataclass(frozen=True)
class DateSpan:
    """A date found in a string: offsets, text as written, ISO value."""

    start: int
    end: int
    text: str
    when: str | None


def _year(value: str) -> int:
    year = int(value)
    return year + 1900 if year < 100 else year


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_dates(text: str, year: int | None = None) -> list[DateSpan]:
    """Every date in ``text``; ``year`` completes day+month and month-alone forms.

    Without a document year, "10 May" is still a date, with no ``when``; a
    month alone is left alone.
    """
    return list(iter_dates(text, year))


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_DATE` in ``text``, in order, each where a date may start."""
    pos = 0
    while (start := _DATE_START.search(text, pos)) is not None:
        m = _DATE.match(text, start.start())
        if m is None:
            pos = start.start() + 1
        else:
            yield m
            pos = m.end()


def iter_dates(text: str, year: int | None = None) -> Iterator[DateSpan]:
    """:func:`find_dates` one by one, in order (so a caller can stop early)."""
    # where the last day's date found and the last figures that named no day end
    last_day_end: int | None = None
    last_skipped_end: int | None = None
    for m in _date_matches(text):
        month_name = next((m[k] for k in ("m1", "m2", "m3", "m4", "m8") if m[k]), None)
        month = MONTHS[month_name.rstrip(".").lower()] if month_name else None
        if month_name in {"May", "MAY"} and _MAY_VERB.match(text, m.start()) and not (
                m["m8"] and _names_a_month(text, m.start(), m.end())):
            continue  # "May I say", but "since May you have …" is the month
        if m["y9"]:
            if _NOT_YEAR_BEFORE.search(text[max(0, m.start() - 12):m.start()]) or \
                    _NOT_YEAR_AFTER.match(text[m.end():m.end() + 12]):
                continue
            when = _iso(int(m["y9"]))
        elif m["m8"]:
            if year is None or not _names_a_month(text, m.start(), m.end()):
                continue
            when = _iso(year, month)
        elif m["d5"]:
            when = _iso(_year(m["y5"] or m["z5"]), _ROMAN[m["m5"] or m["r5"]], int(m["d5"]))
        elif m["d6"]:
            when = _iso(_year(m["y6"]), int(m["m6"]), int(m["d6"]))
        elif m["d10"]:
            if _NOT_SLASHED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "fond 14/7/1971", "Ref. 12/3/1971", "Nr 12/3/1971": a call number
            when = _iso(int(m["y10"]), int(m["m10"]), int(m["d10"]))
        elif m["d11"]:
            if year is None or not _names_a_day(text, m, last_day_end, last_skipped_end):
                last_skipped_end = m.end()
                continue  # "1.2.", "Section 3.IV." number a paragraph; "on 27.2.", "30.IV." name a day
            when = _iso(year, int(m["m11"]) if m["m11"] else _ROMAN[m["r11"]], int(m["d11"]))
        elif m["y7"]:
            when = _iso(int(m["y7"]), int(m["m7"]), int(m["d7"]))
        else:
            day = m["d1"] or m["d2"] or m["d3"]
            y = m["y1"] or m["y2"] or m["y4"]
            when = _iso(int(y) if y else year, month, int(day) if day else None)
        if not (m["y9"] or m["m8"] or m["m4"]):
            last_day_end = m.end()  # a day's date, which a day and a month in figures may follow
        yield DateSpan(m.start(), m.end(), m.group(), when)


_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|during|of|early|mid|late|end of|beginning of|"
    r"middle of|through|before|after|last|next|this|each|every)\s*-?|[-–])\s*$",
    re.IGNORECASE,
)


# The words before a day and a month in figures alone ("on 27.2.", "of 27.2.", "from 27.2.",
# "between 27.2."), which a paragraph's number ("points 2.1., 2.2."), a time ("until 11.10.") or a
# share ("by 2.5.") lacks; or a day's date just before and a word joining the two ("on 27.2. to
# 5.3.", "30.IV. and 1.V.").
_DAY_CONTEXT = re.compile(r"\b(?:on|of|since|from|between)[ \t]+$", re.IGNORECASE)
_DAYS_JOINED = re.compile(r"[ \t]*(?:,|to|and|until|till|-|–)[ \t]*")
# A day and a Roman month is no time nor share: a date, but after a part's name ("Section 3.IV.",
# "Nr. 3.IV.") or joined to figures that were no date ("paragraph 3.IV. and 4.V.").
_SECTION_BEFORE = re.compile(r"(?:\b(?:section|part|chapter|art\.|article|point|paragraph|item|annex|no\.|nr\.)|§)"
                             r"[ \t]*$", re.IGNORECASE)


def _names_a_day(text: str, m: re.Match[str], last_day_end: int | None, last_skipped_end: int | None) -> bool:
    """Do the figures of ``m``, a day and a month without a year, name a day (see
    :data:`_DAY_CONTEXT`, :data:`_SECTION_BEFORE`)? ``last_day_end``: where the last date with a
    day ends; ``last_skipped_end``: where the last such figures that named none end (None: none yet)."""
    if m["m11"]:
        return _DAY_CONTEXT.search(text, max(0, m.start() - 9), m.start()) is not None \
            or last_day_end is not None and _DAYS_JOINED.fullmatch(text, last_day_end, m.start()) is not None
    return _SECTION_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None \
        and (last_skipped_end is None or _DAYS_JOINED.fullmatch(text, last_skipped_end, m.start()) is None)


# "the May session", "the March plenum": a month alone before a lower-case noun.
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]{3,}")


def _names_a_month(text: str, start: int, end: int) -> bool:
    """A month alone is a date when the context says "in May", "since March",
    "the May session" (not "the May Day", "the May Fourth Movement")."""
    before = text[max(0, start - 20):start]
    if re.match(r"\s*\d", text[end:end + 3]):
        return False
    return bool(_MONTH_CONTEXT.search(before)) or bool(
        _THE_BEFORE.search(before) and _NOUN_AFTER.match(text, end))
