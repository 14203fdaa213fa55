"""Words of a text with their offsets, and the tests the recognisers share.

A token is a run of letters, possibly with a bracketed insertion inside or at
its end ("Yu[mjaagiin]", "Com[rade]", "[Enlai]"); digits and punctuation
separate tokens. The text between two tokens (the *gap*) tells whether they
can belong to one name: a space, a hyphen, an apostrophe, an abbreviation
point, a bracket opening a completion ("Ho [Chi Minh]") — not a comma, a dash between spaces or a blank line.

Everything the recognisers ask of a token (its folded form, whether it is
capitalised, an initial, joined to the next token …) is worked out once, when
the text is tokenised, so that the many passes over a page only read fields.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import add, attrgetter, getitem, itemgetter
from typing import NamedTuple

from .names import COMMON_WORDS, TITLES, fold

_NAME_GAP = re.compile(r"[ \t\u00a0]{1,3}|-|\.|\.[ \t\u00a0]{1,2}|[’']|\.-|[ \t\u00a0]\[")
_ORG_GAP = re.compile(r"[ \t\u00a0]{1,3}|-|[’'][sS][ \t\u00a0]|[’'][ \t\u00a0]")
_LONGEST_GAP = 3  # no longer gap matches _NAME_GAP or _ORG_GAP
_ROMAN = re.compile(r"^(?=[IVXLC]+$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")

_TITLE_SEQS: dict[str, list[tuple[str, ...]]] = {}
for _seq in sorted({tuple(fold(t).replace(".", "").replace("[", "").replace("]", "").split()) for t in TITLES},
                   key=len, reverse=True):
    _TITLE_SEQS.setdefault(_seq[0], []).append(_seq)


class Tok(NamedTuple):
    """One token: offsets, the text as written and what the recognisers test."""

    start: int
    end: int
    text: str
    bare: str  # without brackets: "Yu[mjaagiin]" → "Yumjaagiin"
    lowered: str  # ``bare`` in lower case (to look up in a text's lower-case words)
    folded: str  # :func:`~.names.fold` of ``bare``
    is_cap: bool  # starts with a capital letter
    is_upper: bool  # all capitals, two letters or more ("KNUFNS", "LE")
    is_roman: bool  # a Roman numeral ("II", "XIV")
    prefix: str  # the letters of ``folded``, at most eight (see :func:`name_chains`)
    is_initial: bool  # "J.", "Ts.", "Yu[mjaagiin].", the "A." of "A.I."
    joins_name: bool  # the gap to the next token may be inside a name (no comma, no spaced dash)
    joins_org: bool  # … inside an organisation or state name ("People’s Republic", "Workers’ Party")


_PREFIX = 8
_LETTER = r"[^\W\d_]"
#: An insertion in brackets inside or at the end of a word ("Yu[mjaagiin]").
_INSERTION = rf"\[{_LETTER}+\]{_LETTER}*"
#: An apostrophe not before a lone "s" ("O’Brien"), a hyphen before a letter
#: not an ASCII capital ("Il-sung"): the word goes on after them.
_JOINED = rf"['’](?![sS]\b){_LETTER}+|-[^\W\d_A-Z]{_LETTER}*"
_GOES_ON = rf"(?:{_INSERTION}|{_JOINED})"
#: The letters that follow, all of them (``{_LETTER}*+``), ASCII letters tried
#: first: a bit in a table, where a Unicode letter is looked up twice.
_LETTERS = rf"[a-zA-Z]*+(?:{_LETTER}[a-zA-Z]*+)*+"
#: A word after its first letter; a closing bracket at its end only after an
#: insertion (an unbalanced bracket is left to the gap).
_WORD_REST = rf"{_LETTERS}(?:{_JOINED})*+(?:{_INSERTION}{_GOES_ON}*+\]?)?+"
#: A token, captured, for ``split`` to return tokens and gaps. Its first
#: character is taken by a class the regex engine scans for, then looked at
#: behind: a letter other than "s"; an "s" after a character other than an
#: apostrophe, or going on ("Kim’s", "BREZHNEV'S": a possessive "s" is part of
#: the gap); an opening bracket closed inside the token ("[Enlai]", not the
#: "[" of "[Chi Minh]"). Repeats are possessive: nothing after them could
#: match if they gave a letter back.
_SPLIT = re.compile(
    rf"([\[\w](?:(?<=[^\W\d_sS]){_WORD_REST}"
    rf"|(?<=[sS])(?:(?<=[^'’][sS])|(?={_LETTER}|\[{_LETTER}+\]|['’](?![sS]\b){_LETTER}|-[^\W\d_A-Z])){_WORD_REST}"
    rf"|(?<=\[)(?={_LETTER}++(?:{_JOINED})*+(?:\[{_LETTER}+\]|\])){_LETTER}++{_GOES_ON}*+\]?))")
_GAP_KEY = slice(None, 4)  # the beginning of a gap that :func:`_features` looks at
_IS_CAP = itemgetter(4)  # of :func:`_features`
_new_tok = tuple.__new__  # a Tok from one tuple of its fields, without the Python-level constructor


_Features = tuple[str, str, str, str, bool, bool, bool, str, bool, bool, bool]
#: :func:`_features` of each (word, gap) met so far, looked up by ``map`` in
#: :func:`tokenize` (cheaper than an ``lru_cache``'s bookkeeping for each of a
#: page's hundreds of tokens); emptied when it holds more than :data:`_FEATURES_HELD`.
_FEATURES: dict[tuple[str, str], _Features] = {}
_FEATURES_HELD = 1 << 16


def _features(word: str, gap: str) -> _Features:
    """The fields of a token after its offsets, which depend only on its text
    and on the gap to the next token (its first four characters are enough:
    a longer gap joins nothing)."""
    bare = word.replace("[", "").replace("]", "") if "[" in word or "]" in word else word
    folded = fold(bare)
    is_cap = bare[:1].isupper()
    initial = is_cap and gap[:1] == "." and ("[" in word or len(bare) == 1 or len(bare) == 2 and bare[1].islower())
    joins_name, joins_org = _gap(gap)
    return (word, bare, bare.lower(), folded, is_cap, len(bare) > 1 and bare.isupper(), is_roman(bare),
            _letters(folded)[:_PREFIX], initial, joins_name, joins_org)


def _letters(folded: str) -> str:
    return folded if folded.isalpha() else "".join(c for c in folded if c.isalpha())


def is_roman(word: str) -> bool:
    """A Roman numeral ("II", "XIV")."""
    return _ROMAN.match(word) is not None


def _gap(gap: str) -> tuple[bool, bool]:
    """May a name, and an organisation name, run over this gap? (Called from
    :func:`_features` only, whose results :data:`_FEATURES` keeps.)"""
    if len(gap) > _LONGEST_GAP:
        return False, False
    return _NAME_GAP.fullmatch(gap) is not None, _ORG_GAP.fullmatch(gap) is not None


#: The tokens of a text, in order: a list itself, not a subclass, which the
#: interpreter indexes faster (a page's passes index its tokens thousands of times).
Tokens = list[Tok]


def tokenize(text: str) -> tuple[Tokens, list[int]]:
    """The tokens of ``text``, with their features, and the indices of the
    capitalised ones, where a name may begin: passes that look for names skip
    the rest (built by iterators over the parts, without a loop in Python)."""
    parts = _SPLIT.split(text)  # gap, token, gap, token … gap
    ends = list(accumulate(map(len, parts)))  # where each part ends: a token at k spans ends[k - 1]:ends[k]
    words, gaps = parts[1::2], list(map(getitem, parts[2::2], repeat(_GAP_KEY)))
    features = list(map(_FEATURES.get, zip(words, gaps)))
    if not all(features):  # (a features tuple is never empty) words met for the first time
        _met(features, words, gaps)
    toks = list(map(_new_tok, repeat(Tok), map(add, zip(ends[::2], ends[1::2]), features)))
    if toks:  # no token follows the last: it joins nothing
        toks[-1] = toks[-1]._replace(joins_name=False, joins_org=False)
    return toks, list(compress(count(), map(_IS_CAP, features)))


def _met(features: list[_Features | None], words: list[str], gaps: list[str]) -> None:
    """Fill in the features :data:`_FEATURES` did not hold, and keep them there."""
    if len(_FEATURES) > _FEATURES_HELD:
        _FEATURES.clear()
    for n, feature in enumerate(features):
        if feature is None:
            features[n] = _FEATURES[words[n], gaps[n]] = _features(words[n], gaps[n])


def lookup_prefixes(forms: Iterable[str]) -> frozenset[str]:
    """Every beginning (one to eight letters) of the folded letters of each
    form. Brackets, spacing, apostrophes and case aside, a form found at a
    token begins with the token's letters, so it can only be found at a token
    whose :attr:`Tok.prefix` is one of these."""
    return frozenset(chain.from_iterable(map(_prefixes, forms)))


@lru_cache(maxsize=1 << 14)
def _prefixes(form: str) -> tuple[str, ...]:
    letters = _letters(fold(form))
    return tuple(letters[:n] for n in range(1, min(len(letters), _PREFIX) + 1))


def name_chains(toks: Tokens, capitalised: list[int], limit: int, prefixes: Container[str],
                heads: Container[str] = frozenset(), *, every: bool = True) -> Iterator[tuple[int, range]]:
    """Where to look up names: for each capitalised token (``capitalised``
    holds their indices), its index and the numbers of tokens from it (longest first, at most ``limit``) that can
    belong to one name (joined by :attr:`Tok.joins_name`).

    ``prefixes`` (see :func:`lookup_prefixes`) rule out numbers that cannot
    match: none where no form begins with the token's letters, only one where
    none begins with the letters of the token and the next — unless the
    token is one of ``heads``, words that may stand before any form ("North").
    ``every``: also the tokens where nothing can match (with no numbers), for
    a pass that looks at every capitalised token; else these are skipped."""
    nothing = range(0)
    for i in capitalised:
        tok = toks[i]
        if tok.prefix not in prefixes:
            if every:
                yield i, nothing
            continue
        n = 1
        if limit > 1 and tok.joins_name and (
                tok.text in heads or (tok.prefix + toks[i + 1].prefix)[:_PREFIX] in prefixes):
            n = 2
            while n < limit and toks[i + n - 1].joins_name:
                n += 1
        yield i, range(n, 0, -1)


_START = attrgetter("start")


def first_from(toks: list[Tok], offset: int) -> int:
    """The index of the first token that begins at ``offset`` or after it."""
    return bisect.bisect_left(toks, offset, key=_START)


def token_at(toks: list[Tok], start: int) -> int | None:
    """The index of the token that begins at offset ``start``, None if none does."""
    i = first_from(toks, start)
    return i if i < len(toks) and toks[i].start == start else None


def is_word(tok: Tok, lowercase_words: frozenset[str]) -> bool:
    """A common word rather than a name: in the stop list, or written in
    lower case elsewhere in the same text ("Union" when "union" occurs)."""
    return tok.folded in COMMON_WORDS or tok.lowered in lowercase_words or tok.is_roman


#: A word in lower case, no word going on before or after it (looked for
#: behind its first letter, which the regex engine then finds without trying
#: every character).
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'\-].)[a-z]+(?![\w’'\-])")


#: A letter beyond ASCII ("é" of "détente"), and the letters after it.
_ACCENTED_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_LETTERS_ON = re.compile(r"[^\W\d_]*")
#: What may not stand next to a word of :func:`lowercase_vocabulary` (as for :data:`_LOWER_WORD`).
_WORD_JOINERS = "’'-"


def lowercase_vocabulary(text: str) -> frozenset[str]:
    """Every word the text writes in lower case (a name is never one), accented or not."""
    words = _LOWER_WORD.findall(text)
    if not text.isascii():
        words += _accented_words(text)
    return frozenset(words)


def _accented_words(text: str) -> list[str]:
    """The words of ``text`` in lower case with a letter beyond ASCII ("détente"), each found
    from such a letter: the few of a page, without trying a pattern at every position."""
    words = []
    end = 0
    for match in _ACCENTED_LETTER.finditer(text):
        if match.start() < end:
            continue  # in the word just read
        start = match.start()
        while start and text[start - 1].isalpha():
            start -= 1
        end = _LETTERS_ON.match(text, match.start()).end()
        word = text[start:end]
        if len(word) > 1 and word.islower() and not (start and _goes_on(text[start - 1])) \
                and not (end < len(text) and _goes_on(text[end])):
            words.append(word)
    return words


def _goes_on(char: str) -> bool:
    """Does ``char``, next to a word, make it part of a longer one ("d’état", "x-é", "é1")?"""
    return char in _WORD_JOINERS or char.isalnum() or char == "_"


def title_at(toks: list[Tok], i: int) -> int:
    """The number of tokens of a title ("Cde.", "Vice Premier", "Tan Sri")
    starting at token ``i``, 0 when there is none."""
    tok = toks[i]
    if not tok.is_cap:
        return 0
    for seq in _TITLE_SEQS.get(tok.folded, ()):
        n = len(seq)
        words = toks[i:i + n]
        if len(words) == n and tuple(t.folded for t in words) == seq and \
                all(t.joins_name for t in words[:-1]):
            return n
    return 0


def sentence_start(text: str, tok: Tok) -> bool:
    """Is ``tok`` the first word of a sentence, line or bracket?"""
    before = text[max(0, tok.start - 40):tok.start].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:;\n[]—–…“\"‘'(" or before.endswith("\n")
