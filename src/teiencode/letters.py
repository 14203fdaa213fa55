"""The plain letters of a text, the one fold every stage shares: "Gomułka" and
"Gomulka", "Đồng" and "Dong", "Løvland" and "Lovland" meet on them.

Imports nothing from the stages; each caller keeps its own other duties
(case, apostrophes, punctuation).
"""

from __future__ import annotations

import unicodedata

#: Letters that no decomposition takes apart, as the plain letters English texts write
#: for them: strokes and bars (đ ł ø ħ ŧ ɨ), dotless ı, the ligatures æ œ, thorn þ
#: ("th"), eth ð ("d": "Guðmundsson" → "Gudmundsson"), eng ŋ ("ng") and ß ("ss", as
#: ``casefold`` writes it). Case kept; a capital ligature or thorn opens a word: "Ae", "Oe", "Th".
UNDECOMPOSED = str.maketrans({
    "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H", "ı": "i",
    "ŧ": "t", "Ŧ": "T", "ɨ": "i", "Ɨ": "I", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ß": "ss", "ẞ": "SS", "ŋ": "ng", "Ŋ": "Ng"})


def plain_letters(text: str) -> str:
    """``text`` without diacritics, its other letters as :data:`UNDECOMPOSED` writes
    them, case kept: "Đồng Łódź" → "Dong Lodz"."""
    if text.isascii():
        return text
    # Decomposed first: "ǿ" is "ø" and a mark.
    decomposed = unicodedata.normalize("NFKD", text).translate(UNDECOMPOSED)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
