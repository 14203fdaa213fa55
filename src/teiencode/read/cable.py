"""The lines atop a cable or telegram: its kind, handling, routing and transmission.

What the lines are is data (``data/layout.toml``, ``[cable]``, with its sources):
"Ciphered Telegram.", "Foreign Telegram Received (62)", "Extremely urgent.",
"From Pyongyang.", "To the Ministry of Foreign Affairs:", "Sent by wire on
10/14/50 at 03:15 a.m.". The reader makes them headings before the cable's text.
"""

from __future__ import annotations

import re

from .names import CONNECTORS
from .vocabulary import CABLE

_LONGEST = 120  # characters: a header line of a cable is short
# A number after a cable's kind ("(62)", "No. 12", "# 600428/sh") and a final stop or colon.
_TAIL = re.compile(r"(?:\s*(?:\(\d+\)|(?:No\.?|Nº|№|#)\s*[\w/-]+))?\s*[.:]?$")
_WORD = re.compile(r"[^\s—–-]+")
_CONNECTORS = CONNECTORS | {"on"}  # the lower-case words an address of names may hold
# After a word of transmission: how, where or when ("Sent by wire on …", "Received in Moscow …").
_TRANSMISSION_REST = re.compile(r"\s+(?:by|in|at|on|to|from)\b|\s+\d")
_DIGIT = re.compile(r"\d")


def line_key(text: str) -> str:
    """A line as compared with the data: without a number after it, a final
    stop or colon, case and extra spaces ("Foreign Telegram Received (62)" →
    "foreign telegram received")."""
    return " ".join(_TAIL.sub("", text.strip()).casefold().split())


def is_kind(text: str) -> bool:
    """Whether a line names a cable's kind ("Ciphered Telegram.", "Foreign Telegram Received (62)")."""
    return len(text) <= _LONGEST and line_key(text) in CABLE["kinds"]


def is_header_line(text: str, after_heading: bool) -> bool:
    """Whether a line of a cable before its text is one of its header lines:
    its kind, its handling ("By telegraph.", "Extremely urgent."), where from or
    to whom ("From Pyongyang.", "To Vyshinsky."), when sent or received, or,
    right after a heading, an address of names only ("Moscow—Ministry of
    Foreign Affairs of the USSR.")."""
    if len(text) > _LONGEST:
        return False
    key = line_key(text)
    if key in CABLE["kinds"] or key in CABLE["handling"]:
        return True
    return _routing(text) or _transmission(text) or after_heading and ("—" in text or "–" in text) and _names_only(text)


def _routing(text: str) -> bool:
    """"From Pyongyang.", "To the Ministry of Foreign Affairs:": a routing word, then names."""
    key = line_key(text)
    for word in CABLE["routing"]:
        if key.startswith(word + " "):
            return _names_only(text.strip()[len(word):])
    return False


def _transmission(text: str) -> bool:
    """"Sent by wire on 10/14/50 at 03:15 a.m.": a word of transmission, how,
    where or when, and a date or a time."""
    first, _, _ = text.partition(" ")
    return (first.casefold() in CABLE["transmission"] and _TRANSMISSION_REST.match(text, len(first)) is not None
            and _DIGIT.search(text) is not None)


def _names_only(text: str) -> bool:
    """Whether a stretch of a line is names only: each word capitalised or a
    connector in lower case ("the Ministry of Foreign Affairs of the USSR"), a
    few words at most."""
    words = _WORD.findall(_TAIL.sub("", text.strip()))
    return 0 < len(words) <= 10 and all(w[0].isupper() or w[0] == "[" or w in _CONNECTORS for w in words) \
        and any(w[0].isupper() for w in words)
