"""The page as lines with their offsets: what every later rule looks at."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BRACKET = re.compile(r"\[[^\[\]]*\]")


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
    """The lines of the page, blank ones included (their text is empty).

    Lines end at every break ``str.splitlines`` knows (all of them whitespace
    for ``normalize_space``, so splitting never changes the reading text); a
    page that ends with a break has an empty last line.
    """
    lines: list[Line] = []
    pos = 0
    no = 0
    for no, raw in enumerate(page.splitlines(), 1):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            lines.append(Line(stripped, start, start + len(stripped), no, lead > 0))
        else:
            lines.append(Line("", pos, pos, no, False))
        pos += len(raw)
        pos += 2 if page.startswith("\r\n", pos) else 1  # past the break
    if pos == len(page):  # nothing after the last break (or an empty page)
        lines.append(Line("", pos, pos, no + 1, False))
    return lines


def outside_brackets(text: str) -> str:
    """``text`` without its bracketed insertions: what a line says in its own
    words ("PHAM VAN DONG [Prime Minister]" → "PHAM VAN DONG ")."""
    return _BRACKET.sub("", text)
