"""The reader's vocabulary, loaded from ``data/``: the zones of a page
(``layout.toml``) and the words a speaker label is not made of (``labels.toml``).

Lines are compared by :func:`line_key`: case, a leading bullet and a final
colon do not matter ("• Citation", "Author(s):" → "citation", "author(s)").
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources

_BULLETS = "•·‣▪*–—-"
_LEAD = re.compile(rf"^[\s{_BULLETS}]+")
_DATA = tomllib.loads(resources.files(__package__).joinpath("data/layout.toml").read_text(encoding="utf-8"))


def line_key(text: str) -> str:
    """A line as the vocabulary lists it: no bullet, no final colon, one case
    (a line longer than any entry can be has no key: "")."""
    if len(text) > _LONGEST:
        return ""
    if text[:1] in _BULLETS or text[:1].isspace():  # most lines open with neither: no substitution
        text = _LEAD.sub("", text)
    return " ".join(text.split()).rstrip(" :-").casefold()


def _keys(values: list[str]) -> frozenset[str]:
    return frozenset(line_key(v) for v in values)


_LONGEST = 80  # characters: no chrome line, section heading or footer label is longer
SITE = _DATA["site"]
CHROME = _keys(SITE["chrome"])
SECTIONS = _keys(SITE["sections"])
FOOTER_HEAD = _keys(SITE["footer_head"])
FOOTER_START = FOOTER_HEAD | SECTIONS  # lines that open the footer
FOOTER_LABELS: dict[str, str | None] = {line_key(k): v or None for k, v in SITE["footer_labels"].items()}
RIGHTS_MARKERS = re.compile("|".join(re.escape(m) for m in SITE["rights"]["markers"]), re.IGNORECASE)

_LABELS = tomllib.loads(resources.files(__package__).joinpath("data/labels.toml").read_text(encoding="utf-8"))
FIELD_WORDS = frozenset(w.casefold() for w in _LABELS["words"]["fields"])
CLASSIFICATION_WORDS = frozenset(w.casefold() for w in _LABELS["words"]["classification"])
DOCUMENT_KINDS = frozenset(w.casefold() for w in _LABELS["words"]["documents"])
DOCUMENT_WORDS = DOCUMENT_KINDS | frozenset(_LABELS["words"]["joining"]) | CLASSIFICATION_WORDS
ORGANISATION_WORDS = frozenset(w.casefold() for w in _LABELS["words"]["organisations"])
ADDRESS_OPENERS = tuple(sorted((w.casefold() for w in _LABELS["words"]["address_openers"]), key=len, reverse=True))
SALUTATIONS = frozenset(w.casefold() for w in _LABELS["words"]["salutations"])
CABLE = {key: frozenset(w.casefold() for w in words) for key, words in _DATA["cable"].items()}
NOTE_HEADS = frozenset(w.casefold() for w in _LABELS["notes"]["words"])
SIDE_HEADS = tuple(w.casefold() for w in _LABELS["sides"]["heads"])
OWN_SIDES = frozenset(w.casefold() for w in _LABELS["sides"]["own"])
QUESTIONS = frozenset(w.casefold() for w in _LABELS["interview"]["questions"])
ANSWERS = frozenset(w.casefold() for w in _LABELS["interview"]["answers"])
INTERVIEW_SPEAKERS = frozenset(w.casefold() for w in _LABELS["interview"]["speakers"])
INTERVIEW_WORDS = QUESTIONS | ANSWERS | INTERVIEW_SPEAKERS
INTERPRETERS = tuple(w.casefold() for w in _LABELS["interview"]["interpreters"])
UNNAMED = tuple(w.casefold() for w in _LABELS["interview"]["unnamed"])
COMRADE_WORDS = tuple(_LABELS["address"]["comrade"])
TITLE_WORDS = tuple(_LABELS["titles"]["words"])
COURTESY_TITLES = frozenset(w.casefold() for w in _LABELS["titles"]["courtesy"])
SPEECH_VERBS = tuple(w.casefold() for w in _LABELS["speech"]["verbs"])
SPEECH_OPENERS = frozenset(w.casefold() for w in _LABELS["speech"]["openers"])
TRANSLITERATION = tuple((a, b) for part in ("finals", "consonants") for a, b in _LABELS["transliteration"][part])
