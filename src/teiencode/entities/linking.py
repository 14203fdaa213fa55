"""Which of several register persons a mention names ("Vance": the Secretary
of State or the ambassador), from the evidence a reader uses, in order:

1. the title or office before the name ("Secretary Vance"), against each
   entry's description (a FRUS persons list: "Vance, Cyrus R., Secretary of
   State") and its name forms ("Brown, General George S."); an entry
   described by the full name itself ("wife of Chiang Kai-shek") is not the
   person that name names;
2. the document: a person the document names unambiguously elsewhere
   ("Cyrus Vance") is the one its short forms name;
3. the document's year against the years of each entry's description
   ("Ambassador to Zaire until 1974").

Each step keeps the candidates it cannot tell apart; what is left with more
than one candidate is not linked (the caller says so for review).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from .names import TITLES, fold
from .register import Register

_TITLE_BEFORE = re.compile(
    r"(?<!\w)(?P<title>"
    + "|".join(re.escape(t.rstrip(".")) for t in sorted(TITLES, key=len, reverse=True))
    + r")\.?[ \t\u00a0]+$", re.IGNORECASE)
_CLAUSES = re.compile(r"[,;()]")
_CONNECTIVES = frozenset({"thereafter", "then", "later", "and", "also", "formerly", "former"})
_MONTH_DAY = r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
_FROM = re.compile(r"\b(?:from|since|after)\s+" + _MONTH_DAY + r"(\d{4})\b")
_UNTIL = re.compile(r"\b(?:until|till|to|through)\s+" + _MONTH_DAY + r"(\d{4})\b")
_RANGE = re.compile(r"\b(\d{4})\s*[-–]\s*(\d{4})\b")


def title_before(text: str, start: int) -> str | None:
    """The title or office written just before a mention ("Secretary", "Prime Minister")."""
    match = _TITLE_BEFORE.search(text, max(0, start - 40), start)
    return match["title"] if match else None


def by_title(form: str, title: str | None, ids: tuple[str, ...],
             register: Register) -> tuple[str, ...]:
    """The candidates whose description does not name ``form`` when it is a
    full name ("wife of Chiang Kai-shek"), and of those the ones whose
    description or name holds the title best: as the head of a clause
    ("Secretary of State"), else anywhere; all when none holds it."""
    if " " in form:
        pattern = re.compile(rf"(?<!\w){re.escape(fold(form))}(?!\w)")
        unnamed = tuple(i for i in ids if not pattern.search(fold(register.entries[i].note or "")))
        ids = unnamed or ids
    if title is None:
        return ids
    scores = [_title_score(fold(title), _description(register, i)) for i in ids]
    best = max(scores)
    return tuple(i for i, s in zip(ids, scores) if s == best) if best else ids


def by_document(ids: tuple[str, ...], settled: Collection[str]) -> tuple[str, ...]:
    """The candidates the document names elsewhere with no doubt, if any."""
    named = tuple(i for i in ids if i in settled)
    return named or ids


def by_date(ids: tuple[str, ...], year: int | None, register: Register) -> tuple[str, ...]:
    """The candidates whose description does not place them out of office in ``year``."""
    if year is None:
        return ids
    kept = tuple(i for i in ids if _in_time(register.entries[i].note or "", year))
    return kept or ids


@lru_cache(maxsize=1 << 12)
def _clauses(description: str) -> tuple[str, ...]:
    """The folded clauses of a description, connectives at their head left out."""
    out = []
    for clause in _CLAUSES.split(fold(description)):
        words = clause.split()
        while words and words[0] in _CONNECTIVES:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return tuple(out)


def _description(register: Register, entity_id: str) -> str:
    entity = register.entries[entity_id]
    return "; ".join((*entity.forms, entity.note or ""))


def _title_score(title: str, description: str) -> int:
    """2 when a clause of the description opens with the title, 1 when it holds it, else 0."""
    clauses = _clauses(description)
    if any(c == title or c.startswith(title + " ") for c in clauses):
        return 2
    pattern = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)")
    return 1 if any(pattern.search(c) for c in clauses) else 0


@lru_cache(maxsize=1 << 12)
def _in_time(note: str, year: int) -> bool:
    """Whether ``year`` may fall in one of the periods a description gives
    ("from 1965 until 1971", "1977–1980"); a clause without a year may be any time."""
    clauses = [c for c in note.split(";") if c.strip()]
    for clause in clauses or [""]:
        ranges = [(int(a), int(b)) for a, b in _RANGE.findall(clause)]
        starts = [int(y) for y in _FROM.findall(clause)]
        ends = [int(y) for y in _UNTIL.findall(clause)]
        if not (ranges or starts or ends):
            return True
        first = min([a for a, _ in ranges] + starts, default=None)
        last = max([b for _, b in ranges] + ends, default=None)
        if (first is None or first <= year) and (last is None or year <= last):
            return True
    return False
