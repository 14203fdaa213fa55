"""What the recogniser finds in a sentence, for the tests of its rules."""

from __future__ import annotations

from teiencode.entities import recognise


def of_kind(text: str, kind: str) -> list[str]:
    """The texts of the spans of ``kind`` the recogniser finds in ``text``, in order."""
    return [s.text for s in recognise(text) if s.kind == kind]

