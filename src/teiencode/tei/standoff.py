"""The register of the document: participants and entities as TEI entries.

Entities go into ``standOff`` (``listPerson``, ``listPlace``, ``listOrg``);
participants go into ``particDesc`` (built by :mod:`.header` with
:func:`participant_entry`). An entity whose id is a participant's id is that
participant: its name forms and authority ids join the ``particDesc`` entry
and it is not listed again in ``standOff``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from ..model import Document, Entity, Participant
from .body import certainty, responsibility
from .ids import EntityIds
from .names import TeiName, append_text, sub, words

ENTRY_ELEMENTS: dict[str, tuple[TeiName, TeiName]] = {
    "person": ("person", "persName"), "place": ("place", "placeName"), "org": ("org", "orgName")}
LIST_ELEMENTS: tuple[tuple[str, TeiName], ...] = (
    ("person", "listPerson"), ("place", "listPlace"), ("org", "listOrg"))
PARTICIPANT_ELEMENTS: dict[str, tuple[TeiName, TeiName]] = {
    "person": ("person", "persName"), "group": ("personGrp", "name")}

_WHITESPACE = re.compile(r"\s+")


def distinct_forms(forms: Iterable[str]) -> list[str]:
    """Non-empty forms in first-seen order, each once."""
    seen: dict[str, None] = {}
    for form in forms:
        if form.strip():
            seen.setdefault(form, None)
    return list(seen)


def _add_names(entry: etree._Element, name_element: TeiName, forms: Iterable[str],
               entity: Entity | None) -> None:
    """A name element for each form; a person's ``forename``s and ``surname``
    (from the register) are marked in the first form that holds them all."""
    parted = name_element == "persName" and entity is not None and bool(
        entity.surname or entity.forenames)
    for form in forms:
        spans = _name_parts(form, entity) if parted and entity is not None else None
        if spans is None:
            sub(entry, name_element, text=form)
            continue
        name, parted, end = sub(entry, name_element), False, 0
        for start, stop, part in spans:
            append_text(name, form[end:start])
            sub(name, part, text=form[start:stop])
            end = stop
        append_text(name, form[end:])


def _name_parts(form: str, entity: Entity) -> list[tuple[int, int, TeiName]] | None:
    from ..entities.register import name_parts  # the entities stage imports this package

    spans = name_parts(form, entity.surname, entity.forenames)
    return None if spans is None else [
        (start, stop, "surname" if part == "surname" else "forename") for start, stop, part in spans]


def _add_details(entry: etree._Element, forms: Iterable[str], entity: Entity | None,
                 name_element: TeiName) -> None:
    """The name ``forms``, then the authority ids, note and proposal status of ``entity``."""
    if entity is not None and entity.status == "proposed":
        cert = certainty(entity.cert) or "unknown"
        entry.set("cert", cert)
        entry.set("resp", responsibility(None, cert) or "")
    _add_names(entry, name_element, forms, entity)
    if entity is None:
        return
    for kind, value in entity.idnos:
        if value.strip():
            sub(entry, "idno", {"type": word(kind, "id")}, text=value)
    if entity.note and entity.note.strip():
        sub(entry, "note", text=entity.note)


def word(value: str | None, default: str) -> str:
    """``value`` as one TEI word (``teidata.enumerated``): its words joined by "-"."""
    return _WHITESPACE.sub("-", (words(value) or default).strip())


def participant_entry(parent: etree._Element, participant: Participant, entity: Entity | None,
                      ids: EntityIds) -> None:
    """A ``person`` or ``personGrp`` for a participant (``@role`` its role), with
    the entity of the same id merged in."""
    element, name_element = PARTICIPANT_ELEMENTS[participant.kind]
    entry = sub(parent, element, {"xml:id": ids.assign(participant.id),
                                  "role": word(participant.role, "") or None})
    entity_forms = (entity.name, *entity.forms) if entity is not None else ()
    _add_details(entry, distinct_forms((participant.name, *participant.labels, *entity_forms)),
                 entity, name_element)


def encode_standoff(parent: etree._Element, doc: Document, ids: EntityIds,
                    participant_ids: set[str]) -> etree._Element | None:
    """Append ``standOff`` with the entities that are not participants, if there
    are any, and return it."""
    by_kind: dict[str, list[Entity]] = {kind: [] for kind, _ in LIST_ELEMENTS}
    seen: set[str] = set()
    for entity in doc.entities:
        if entity.id in participant_ids or entity.id in seen:
            continue
        seen.add(entity.id)
        by_kind[entity.kind].append(entity)
    if not seen:
        return None
    standoff = sub(parent, "standOff")
    for kind, list_name in LIST_ELEMENTS:
        if not by_kind[kind]:
            continue
        listing = sub(standoff, list_name)
        element, name_element = ENTRY_ELEMENTS[kind]
        for entity in by_kind[kind]:
            entry = sub(listing, element, {"xml:id": ids.assign(entity.id)})
            _add_details(entry, distinct_forms((entity.name, *entity.forms)), entity, name_element)
    return standoff
