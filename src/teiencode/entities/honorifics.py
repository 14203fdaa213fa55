"""Honorifics that are written as part of a name: the Burmese "U", "Daw" and
"Thakin" ("U Nu", "U Thant", "Daw Khin Kyi", "Thakin Than Tun").

Burmese names have no surname, and the honorific before them is how English
texts of the period name the person ("U Nu said …"); unlike a title ("Prime
Minister"), it stays in the mention. A title may stand before it
("Ambassador U Hla Maung").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .patterns import Candidate, name_run
from .tokens import Tokens, token_at

#: The honorifics, as written before the name (Burmese: "U" for a man, "Daw"
#: for a woman, "Thakin", "master", taken by the nationalists of the 1930s).
HONORIFICS = ("U", "Daw", "Thakin")
_HONORIFIC = re.compile(r"(?<![\w.])(?:" + "|".join(HONORIFICS) + r") (?=[A-Z][a-z])")


def honorific_names(text: str, toks: Tokens, lower: frozenset[str]) -> Iterator[Candidate]:
    """Each name of one to three words after an honorific of :data:`HONORIFICS`, with it: a person."""
    if not any(h + " " in text for h in HONORIFICS):
        return
    for m in _HONORIFIC.finditer(text):
        i = token_at(toks, m.end())
        j = name_run(text, toks, i, lower, limit=3) if i is not None else 0
        if i is not None and j > i:
            yield Candidate(m.start(), toks[j - 1].end, "person", 2, 2, source="title")
