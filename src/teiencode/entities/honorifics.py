"""Honorifics that are written as part of a name: the Burmese "U", "Daw" and
"Thakin" ("U Nu", "U Thant", "Daw Khin Kyi", "Thakin Than Tun"); and the
regnal number after a monarch's name ("Hassan II", "Faisal II"), which
makes the name a person's even where a town has it.

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
from ..english import words as english_words

#: The honorifics, as written before the name (Burmese: "U" for a man, "Daw"
#: for a woman, "Thakin", "master", taken by the nationalists of the 1930s).
HONORIFICS = ("U", "Daw", "Thakin")
_FORMS = tuple(h + " " for h in HONORIFICS)


def honorific_names(text: str, toks: Tokens, lower: frozenset[str]) -> Iterator[Candidate]:
    """Each name of one to three words after an honorific of :data:`HONORIFICS`, with it: a person."""
    for form in _FORMS:
        start = text.find(form)
        while start >= 0:
            i = token_at(toks, start + len(form)) if _stands_alone(text, start, len(form)) else None
            j = name_run(text, toks, i, lower, limit=3) if i is not None else 0
            if i is not None and j > i:
                yield Candidate(start, toks[j - 1].end, "person", 2, 2, source="title")
            start = text.find(form, start + 1)


def _stands_alone(text: str, start: int, length: int) -> bool:
    """The honorific at ``start`` is a word of its own ("U Nu", not "CPSU CC" or "U.S.")
    before a capitalised word in lower case ("U Nu", not "U KYAW")."""
    after = text[start + length:start + length + 2]
    return (start == 0 or not text[start - 1].isalnum() and text[start - 1] != ".") \
        and len(after) == 2 and after[0].isupper() and after[1].islower()


#: A regnal number from II to XIX (not "I", "V" or "X", which are also a
#: pronoun and a list's numbers), found first; then the name of one or two
#: capitalised words before it.
_REGNAL_NUMBER = re.compile(r"[IVX][IVX]+(?![\w’'-]|\.\w)")
_NUMBERS = frozenset("II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX".split())
_NAME_BEFORE = re.compile(r"(?<![\w.’'-])(?:[A-Z][a-z\u00e0-\u00ff]+ )?[A-Z][a-z\u00e0-\u00ff]+ $")


def regnal_names(text: str) -> Iterator[Candidate]:
    """A monarch's name with its number ("Hassan II"; "King Faisal II" without
    the title): a person, unless its words are ordinary ones ("World War II",
    "Part III") or "the" stands before it (a type: "the Mirage III")."""
    for m in _REGNAL_NUMBER.finditer(text):
        if m[0] not in _NUMBERS or not text.endswith(" ", 0, m.start()):
            continue
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if name is None:
            continue
        start = name.start()
        first, _, second = name[0].strip().partition(" ")
        if second and first.lower() in english_words():
            start += len(first) + 1
            first, second = second, ""
        if not any(w.lower() in english_words() for w in (first, second) if w) \
                and not text.endswith(("the ", "The "), 0, start):
            yield Candidate(start, m.end(), "person", 2, 2, source="title")
