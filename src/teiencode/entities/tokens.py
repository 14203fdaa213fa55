"""Words of a text with their offsets, and the tests the recognisers share.

A token is a run of letters, possibly with a bracketed insertion inside or at
its end ("Yu[mjaagiin]", "Com[rade]", "[Enlai]"); digits and punctuation
separate tokens. The text between two tokens (the *gap*) tells whether they
can belong to one name: a space, a hyphen, an apostrophe, an abbreviation
point — not a comma, a dash between spaces or a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .names import COMMON_WORDS, TITLES, fold

_TOKEN = re.compile(r"\[?[^\W\d_]+(?:\[[^\W\d_]+\][^\W\d_]*|['’](?!s\b)[^\W\d_]+|-[^\W\d_A-Z][^\W\d_]*)*\]?")
_NAME_GAP = re.compile(r"[ \t\u00a0]{1,3}|-|\.|\.[ \t\u00a0]{1,2}|[’']|\.-")
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")

_TITLE_SEQS: dict[str, list[tuple[str, ...]]] = {}
for _seq in sorted({tuple(fold(t).replace(".", "").replace("[", "").replace("]", "").split()) for t in TITLES},
                   key=len, reverse=True):
    _TITLE_SEQS.setdefault(_seq[0], []).append(_seq)


@dataclass(frozen=True)
class Tok:
    """One token: offsets and the text as written."""

    start: int
    end: int
    text: str

    @cached_property
    def bare(self) -> str:
        """The token without brackets: "Yu[mjaagiin]" → "Yumjaagiin"."""
        return self.text.replace("[", "").replace("]", "")

    @cached_property
    def folded(self) -> str:
        return fold(self.bare)

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter."""
        return self.bare[:1].isupper()

    @property
    def is_upper(self) -> bool:
        """All capitals, two letters or more ("KNUFNS", "LE")."""
        return len(self.bare) > 1 and self.bare.isupper()

    @property
    def is_roman(self) -> bool:
        return bool(_ROMAN.match(self.bare))


def tokenize(text: str) -> list[Tok]:
    """The tokens of ``text``; an unbalanced bracket at either end is left out."""
    toks = []
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        if word.startswith("[") and "]" not in word:
            start, word = start + 1, word[1:]
        if word.endswith("]") and "[" not in word:
            end, word = end - 1, word[:-1]
        if word and not (word == "s" and text[start - 1:start] in "’'"):
            toks.append(Tok(start, end, word))
    return toks


def name_gap(text: str, left: Tok, right: Tok) -> bool:
    """Can ``left`` and ``right`` belong to one name (no comma, no spaced dash)?"""
    return bool(_NAME_GAP.fullmatch(text[left.end:right.start]))


_ORG_GAP = re.compile(r"[ \t\u00a0]{1,3}|-|[’']s[ \t\u00a0]|[’'][ \t\u00a0]")


def org_gap(text: str, left: Tok, right: Tok) -> bool:
    """Can ``left`` and ``right`` belong to one organisation or state name
    ("People’s Republic", "Workers’ Party"): on one line, a possessive allowed."""
    return bool(_ORG_GAP.fullmatch(text[left.end:right.start]))


def chains(text: str, toks: list[Tok]) -> list[int]:
    """For each token, how many tokens from it on can belong to one name
    (joined by :func:`name_gap`): the longest n-gram worth looking up there."""
    reach = [1] * len(toks)
    for k in range(len(toks) - 2, -1, -1):
        if name_gap(text, toks[k], toks[k + 1]):
            reach[k] = reach[k + 1] + 1
    return reach


def is_word(tok: Tok, lowercase_words: frozenset[str]) -> bool:
    """A common word rather than a name: in the stop list, or written in
    lower case elsewhere in the same text ("Union" when "union" occurs)."""
    return tok.folded in COMMON_WORDS or tok.bare.lower() in lowercase_words or tok.is_roman


def lowercase_vocabulary(text: str) -> frozenset[str]:
    """Every word the text writes in lower case (a name is never one)."""
    return frozenset(w for w in re.findall(r"(?<![\w’'\-])[a-z][a-z]+(?![\w’'\-])", text))


def title_at(toks: list[Tok], i: int, text: str) -> int:
    """The number of tokens of a title ("Cde.", "Vice Premier", "Tan Sri")
    starting at token ``i``, 0 when there is none."""
    if not toks[i].is_cap:
        return 0
    for seq in _TITLE_SEQS.get(toks[i].folded, ()):
        n = len(seq)
        words = toks[i:i + n]
        if len(words) == n and tuple(t.folded for t in words) == seq and \
                all(name_gap(text, a, b) for a, b in zip(words, words[1:])):
            return n
    return 0


def is_initial(toks: list[Tok], i: int, text: str) -> bool:
    """``J.``, ``Ts.``, ``Yu[mjaagiin].``, ``A.`` of ``A.I.`` — an initial."""
    tok = toks[i]
    if not tok.is_cap or tok.end >= len(text) or text[tok.end] != ".":
        return False
    if "[" in tok.text:
        return True
    return len(tok.bare) <= 2 and (len(tok.bare) == 1 or tok.bare[1].islower())


def sentence_start(text: str, tok: Tok) -> bool:
    """Is ``tok`` the first word of a sentence, line or bracket?"""
    before = text[max(0, tok.start - 40):tok.start].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:;\n[]—–…“\"‘'(" or before.endswith("\n")
