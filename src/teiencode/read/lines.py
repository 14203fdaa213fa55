"""The page as lines with their offsets: what every later rule looks at."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BRACKET = re.compile(r"\[[^\[\]]*\]")
_BREAK = re.compile(r"\r\n|\r|\n")
# Whitespace that separates pages, records or lines rather than indenting.
_VERTICAL = "\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the page: its text without the break, stripped of outer
    whitespace; ``start``/``end`` the offsets of that stripped text; ``no``
    the 1-based line number; ``indent`` whether it began with spaces or tabs."""

    text: str
    start: int
    end: int
    no: int
    indent: bool

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(page: str) -> list[Line]:
    """The lines of the page, blank ones included (their text is empty).

    Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` only, as editors and ``grep -n``
    count them: a form feed, vertical tab, NEL or Unicode line separator is a
    (whitespace) character of its line, so line numbers are those of the
    file and a word is never split in two. A page that ends with a break has
    an empty last line.
    """
    lines: list[Line] = []
    start = 0
    for no, brk in enumerate(_BREAK.finditer(page), 1):
        lines.append(_line(page, start, brk.start(), no))
        start = brk.end()
    lines.append(_line(page, start, len(page), len(lines) + 1))
    return lines


def line_number(text: str, offset: int) -> int:
    """The 1-based line of ``text`` that ``offset`` is on (breaks as in :func:`split_lines`)."""
    return len(_BREAK.findall(text, 0, offset)) + 1


def _line(page: str, start: int, end: int, no: int) -> Line:
    raw = page[start:end]
    stripped = raw.strip()
    if not stripped:
        return Line("", start, start, no, False)
    lead = len(raw) - len(raw.lstrip())
    indent = bool(raw[:lead].strip(_VERTICAL))  # spaces or tabs, not a page's form feed
    return Line(stripped, start + lead, start + lead + len(stripped), no, indent)


def outside_brackets(text: str) -> str:
    """``text`` without its bracketed insertions: what a line says in its own
    words ("PHAM VAN DONG [Prime Minister]" → "PHAM VAN DONG ")."""
    return _BRACKET.sub("", text)
