"""Named squares, streets, palaces and buildings: places by their last word.

"Ba Dinh Square", "Wenceslas Square", "Government House", "Great Hall of the
People": whatever the words before it, a capitalised name that ends in such
a head noun is a place, not a person ("Ba Dinh" alone could be either).
"""

from __future__ import annotations

from collections.abc import Iterator

from .patterns import Candidate
from .tokens import Tokens, is_word

#: Head nouns that end the name of a place whatever stands before them (folded).
HEADS = frozenset("""square street avenue boulevard prospekt palace monument mausoleum bridge
airport stadium cathedral pagoda gate""".split())
#: Heads that are also surnames ("Gus Hall"): a place only after a common word
#: ("Government House", "Great Hall", "City Hall").
_WORD_HEADS = frozenset({"hall", "house"})
_PLACE_ADJECTIVES = frozenset({"great", "white", "city", "town", "guest", "state", "opera", "assembly"})
#: Heads that take an "of the X" ("Great Hall of the People", "Palace of the Republic").
_OF_HEADS = frozenset({"hall", "palace", "house"})
#: Words that never open such a name.
_LEFT_STOP = frozenset("""the a an of in on at to for from by with and or but this that these those
our your their his her its my we i he she they it as when if while after before since during
between near via outside inside across along""".split())


def landmarks(text: str, toks: Tokens, lower: frozenset[str]) -> Iterator[Candidate]:
    """Each capitalised name ending in a head noun of :data:`HEADS` (or a
    common word before "Hall"/"House"), with an "of (the) X" after
    "Hall"/"Palace"/"House" ("Palace of the Republic")."""
    for i in toks.capitalised:
        tok = toks[i]
        if tok.folded not in HEADS and tok.folded not in _WORD_HEADS or tok.is_upper or i == 0:
            continue
        a = i
        while a > 0 and toks[a - 1].is_cap and toks[a - 1].joins_name and toks[a - 1].folded not in _LEFT_STOP \
                and text[toks[a - 1].end:toks[a].start].strip() not in {".", "-"}:
            a -= 1
        if a == i or tok.folded in _WORD_HEADS and not (
                is_word(toks[i - 1], lower) or toks[i - 1].folded in _PLACE_ADJECTIVES):
            continue
        b = i + 1
        if b + 1 < len(toks) and toks[b].folded == "of" and tok.joins_name and tok.folded in _OF_HEADS:
            c = b + 1 + (toks[b + 1].folded == "the" and b + 2 < len(toks))
            d = c
            while d < len(toks) and toks[d].is_cap and toks[d - 1].joins_name and d - c < 3:
                d += 1
            b = d if d > c else b
        yield Candidate(toks[a].start, toks[b - 1].end, "place", 2, 1, source="landmark")
