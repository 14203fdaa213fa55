"""The page as lines with their offsets: what every later rule looks at."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Every line break Python's splitlines knows; all of them are whitespace for
# ``normalize_space``, so splitting on them never changes the reading text.
_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the page: its text without the break, stripped of outer
    whitespace; ``start``/``end`` the offsets of that stripped text; ``no``
    the 1-based line number; ``indent`` whether it began with whitespace."""

    text: str
    start: int
    end: int
    no: int
    indent: bool

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(page: str) -> list[Line]:
    """The lines of the page, blank ones included (their text is empty)."""
    lines: list[Line] = []
    pos = 0
    no = 1
    for match in _BREAK.finditer(page):
        lines.append(_line(page, pos, match.start(), no))
        pos = match.end()
        no += 1
    lines.append(_line(page, pos, len(page), no))
    return lines


def _line(page: str, start: int, end: int, no: int) -> Line:
    raw = page[start:end]
    stripped = raw.strip()
    if not stripped:
        return Line("", start, start, no, False)
    lead = len(raw) - len(raw.lstrip())
    s = start + lead
    return Line(stripped, s, s + len(stripped), no, lead > 0)
