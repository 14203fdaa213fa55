"""Stable ``xml:id`` values: numbered body passages and NCNames for entities.

Ids depend only on the document, never on time, randomness or memory
addresses: the same document gets the same ids on every run.

- Body passages are numbered in document order per kind inside their
  division: ``d1`` (the document's ``div``), ``d1-p1``, ``d1-sp1``, ``d1-ab1``.
- Participant and entity ids of the model are turned into XML NCNames (ASCII,
  starting with a letter) and made unique; :meth:`EntityIds.pointer` gives the
  ``#id`` pointing at them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..letters import plain_letters

APPLICATION_ID = "teiencode"

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*\Z")
_NOT_NAME_CHAR = re.compile(r"[^A-Za-z0-9._-]+")
# The shape of the body's passage ids: an entity may not take one of them.
_PASSAGE_ID = re.compile(r"d\d+(-[a-z]+\d+)?\Z")


class PassageIds:
    """Numbers the passages of one division in document order."""

    def __init__(self, division: str = "d1") -> None:
        self.division = division
        self._counts: Counter[str] = Counter()

    def next(self, kind: str) -> str:
        """The next id of ``kind`` (``"p"``, ``"sp"``, ``"ab"``): ``d1-p3``."""
        self._counts[kind] += 1
        return f"{self.division}-{kind}{self._counts[kind]}"


def to_ncname(value: str) -> str:
    """An ASCII NCName made from ``value``: its plain letters ("Gomułka" →
    "Gomulka"), other characters outside ``[A-Za-z0-9._-]`` replaced by
    ``-``, ``x-`` prefixed when the result would not start with a letter or ``_``."""
    if _NCNAME.match(value):
        return value
    ascii_value = plain_letters(value).encode("ascii", "ignore").decode("ascii")
    name = _NOT_NAME_CHAR.sub("-", ascii_value).strip("-")
    if not name:
        return "x"
    return name if _NCNAME.match(name) else "x-" + name


class EntityIds:
    """The xml:ids of participants and entities, from their model ids.

    ``assign`` is called for every model id in document order (participants
    first); an id the model repeats keeps the xml:id it was first given.
    """

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}
        self._taken: set[str] = {APPLICATION_ID}

    def reserve(self, name: str) -> str:
        """A new unique xml:id made from ``name``, for an element that is no
        participant or entity (the document, a taxonomy); reserve these first,
        so that they do not depend on the entities."""
        base = to_ncname(name)
        if _PASSAGE_ID.match(base):
            base += "-e"
        candidate, n = base, 1
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate

    def assign(self, model_id: str) -> str:
        """The xml:id of ``model_id``, creating a unique one on first use."""
        known = self._ids.get(model_id)
        if known is None:
            known = self._ids[model_id] = self.reserve(model_id)
        return known

    def assign_all(self, model_ids: Iterable[str]) -> None:
        """Assign ids to every model id, in order."""
        for model_id in model_ids:
            self.assign(model_id)

    def pointer(self, model_id: str | None) -> str | None:
        """``#xml:id`` for a model id (``None`` for ``None`` or ``""``).

        An id no participant or entity declared still gets a pointer, so that
        validation reports the dangling reference instead of it vanishing.
        """
        if not model_id:
            return None
        return "#" + self.assign(model_id)
