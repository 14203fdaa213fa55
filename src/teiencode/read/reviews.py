"""Review entries: the reader's decisions an editor should check.

A review is a :class:`~teiencode.model.Diagnostic` of severity "review" with a
``TE-REVIEW-*`` code, the file and the line: a speaker label taken or refused
on weak evidence (``TE-REVIEW-TURN``), a title guessed or missing
(``TE-REVIEW-TITLE``), a date not found (``TE-REVIEW-DATE``), a line outside the body
that no field holds (``TE-REVIEW-FIELD``). Where TEI allows
it, the element itself says so too (``sp/@cert`` with ``@resp="#teiencode"``).
"""

from __future__ import annotations

from ..model import Diagnostic


def review(code: str, message: str, source: str | None, line: int | None) -> Diagnostic:
    """A decision taken on weak evidence, or a value not found, for an editor to check."""
    return Diagnostic("review", code, message, file=source, line=line,
                      hint="correct the TEI if the reader was wrong (README, \"Reviewing doubts\")")
