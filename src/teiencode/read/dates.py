"""Calendar dates as pages write them, and their ISO value at that precision."""

from __future__ import annotations

import re

MONTHS = {
    name: i
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")], start=1)
    for name in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
# Numeric dates ("5.09.1977", "19.XI.58", "4-XI-1981", "4/XI/81"): a month in
# Roman numerals, between two equal separators, may come with a two-digit
# year, read as 19xx (the documents are of the 20th century).
_ROMAN_MONTHS = {r: i for i, r in enumerate(
    ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1)}
_ROMAN = "(?:" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + ")"
DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})"
    rf"|(?P<y5>{_YEAR})-(?P<m5>0[1-9]|1[0-2])-(?P<d5>[0-3]\d)"
    rf"|(?<![\d.])(?P<d6>[0-3]?\d)(?:\.(?P<m6>[01]?\d)\.(?P<y6>{_YEAR})"
    rf"|(?P<s6>[./-])(?P<r6>{_ROMAN})(?P=s6)(?P<z6>(?:19)?\d\d))(?![\d])"
    rf"|(?P<y4>{_YEAR}))"
)
DATE_RE = re.compile(DATE, re.IGNORECASE)
DATE_LINE = re.compile(rf"(?:{DATE})\.?", re.IGNORECASE)


def iso_date(match: re.Match[str]) -> str | None:
    """The ISO value of a :data:`DATE_RE` match, or None for an impossible date."""
    g = match.groupdict()
    if g["y5"]:
        day, month = int(g["d5"]), int(g["m5"])
        return match.group() if 1 <= day <= _days_in(int(g["y5"]), month) else None
    if g["d6"]:
        year6 = int(g["y6"] or g["z6"])
        year6 += 1900 if year6 < 100 else 0
        month6 = int(g["m6"]) if g["m6"] else _ROMAN_MONTHS[g["r6"].upper()]
        if not 1 <= month6 <= 12 or not 1 <= int(g["d6"]) <= _days_in(year6, month6):
            return None
        return f"{year6}-{month6:02d}-{int(g['d6']):02d}"
    year = g["y1"] or g["y2"] or g["y3"] or g["y4"]
    month_name = g["m1"] or g["m2"] or g["m3"]
    if month_name is None:
        return year
    month = MONTHS[month_name.rstrip(".").lower()]
    day_text = g["d1"] or g["d2"]
    if day_text is None:
        return f"{year}-{month:02d}"
    day = int(day_text)
    if not 1 <= day <= _days_in(int(year), month):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _days_in(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_date_line(text: str) -> str | None:
    """ISO date if the whole line is a date ("December 4, 1979", "May 1972")."""
    match = DATE_LINE.fullmatch(text)
    return iso_date(match) if match else None
