"""One key for the spellings of a Korean name: McCune–Reischauer with or
without its breves and apostrophes ("Ch'oe Kyu-ha", "Pak Chŏng-hŭi"), the
Revised Romanization ("Jeong Il-gwon") and the customary spellings
("Park Chung Hee", "Kim Il Sung", "Lee").

The letter correspondences are those of the two systems' tables (McCune and
Reischauer 1939; Revised Romanization of Korean, Ministry of Culture and
Tourism, 2000): RR g d b j and eo eu stand for MR k t p ch and ŏ ŭ; the
customary spellings write ŏ as u (Sung, Chung), ŭi and hŭi as ee (Hee), u as
oo (Doo). Surnames with spellings of their own are in :data:`SURNAMES`,
from the customary spellings listed with each surname in the Wikipedia
article "List of Korean surnames".

The key is made only for names whose every word is one Korean syllable (or
a surname of the table): "Dean Brown" keeps its own spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Customary spellings of surnames → the key of the McCune–Reischauer form.
SURNAMES: dict[str, str] = {
    "park": "pak", "bak": "pak", "pack": "pak", "paik": "paek", "baek": "paek",
    "lee": "i", "yi": "i", "rhee": "i", "ri": "i", "rhie": "i", "ree": "i",
    "choi": "choe", "choe": "choe", "roh": "no", "ryu": "yu", "yoo": "yu", "rhyu": "yu",
    "rim": "im", "lim": "im", "ryang": "yang", "ryom": "yom", "yeom": "yom",
    "kang": "kang", "gang": "kang", "shin": "sin", "oh": "o", "woo": "u", "gu": "ku",
    "koo": "ku",
}

_SYLLABLE = re.compile(
    r"(?:tch|kk|tt|pp|ss|jj|ch|sh|[kgndtrlmbpsjh])?[yw]?"
    r"(?:eo|eu|ae|oe|oi|ui|ee|oo|a|e|i|o|u)(?:ng|[nmlkpth])?")
_INITIALS = (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch"), ("sh", "s"))
_VOWELS = (("eo", "o"), ("eu", "u"), ("oo", "u"), ("ee", "i"), ("ui", "i"), ("oi", "oe"),
           ("u", "o"))


@lru_cache(maxsize=1 << 14)
def syllable_key(word: str) -> str | None:
    """The key of one folded word ("jeong" → "chong", "park" → "pak"), ``None``
    when it is no Korean syllable."""
    word = word.replace("'", "")
    if word in SURNAMES:
        return SURNAMES[word]
    if not _SYLLABLE.fullmatch(word):
        return None
    for written, key in _INITIALS:
        if word.startswith(written):
            word = key + word[len(written):]
            break
    if len(word) > 2 and word.endswith("h"):  # "Hah", "Chah": a final h only lengthens the vowel
        word = word[:-1]
    for written, key in _VOWELS:
        word = word.replace(written, key)
    return word


def korean_key(words: list[str]) -> str | None:
    """The key of a name of folded words (split at spaces and hyphens), ``None``
    unless each word is a Korean syllable."""
    keys = [syllable_key(w) for w in words]
    return None if None in keys else " ".join(keys)  # type: ignore[arg-type]
