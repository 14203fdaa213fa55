"""Ordinary English words, for the stages that must tell them from names.

A capitalised word at the start of a sentence or in a heading ("Pause",
"Speaking", "LONG LIVE", "Harvest Festival") looks like a name to the
recogniser's rules of capitals, and a label of ordinary words ("Economic
Questions:") like a speaker to the reader. A page is too short for its own
lower-case words (:func:`teiencode.entities.tokens.lowercase_vocabulary`) to
show that such a word is an ordinary one; this list does, for any page.

Built once per process, on first use, from the ``english-words`` package
(MIT): the lower-case entries of its ``web2`` list, Webster's Second
International Dictionary (public domain), about 210,000 words. Proper names
are capitalised there: a word the list also holds as a name ("Frank",
"Grace") is not an ordinary one. Inflected forms ("asked",
"speaking", "volunteers") are found by their stem.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from functools import cache, lru_cache
from importlib.metadata import version

from english_words import get_english_words_set

from .cache import cached_lines


@cache
def _lists() -> tuple[Collection[str], Collection[str]]:
    """The lower-case words of the list, and its capitalised ones (proper names):
    kept in the user's cache folder (:mod:`teiencode.cache`), since reading the
    package's list takes a worker a quarter of a second. Each is the keys of a
    dict, not a set: a dict of strings alone is no container the garbage
    collector tracks, so its full collections do not walk 200,000 words."""
    entries = cached_lines(f"english-words-{version('english-words')}-web2.txt",
                           lambda: sorted(get_english_words_set(["web2"], alpha=True)))
    first_lower = bisect.bisect_left(entries, "a")  # sorted: the capitalised ones come first
    return dict.fromkeys(entries[first_lower:]), dict.fromkeys(entries[:first_lower])


def words() -> Collection[str]:
    """The lower-case words of the list."""
    return _lists()[0]


def _stems(word: str) -> tuple[str, ...]:
    """The forms ``word`` may be an inflection of ("asked" → "ask", "asks" …)."""
    stems = [word]
    for ending, replacements in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[:-len(ending)]
            stems += [base + r for r in replacements]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])  # "stopped" → "stop"
    return tuple(stems)


_ENDINGS = (("ies", ("y",)), ("ied", ("y",)), ("ing", ("", "e")), ("ed", ("", "e")), ("es", ("", "e")),
            ("s", ("",)), ("ly", ("",)))


@lru_cache(maxsize=1 << 14)
def is_english(word: str) -> bool:
    """Whether ``word`` (any case) is an ordinary English word or an
    inflection of one, and no proper name of the list ("James", "Frank")."""
    lowered = word.lower()
    table, names = _lists()
    return len(lowered) > 2 and lowered.capitalize() not in names and any(stem in table for stem in _stems(lowered))
