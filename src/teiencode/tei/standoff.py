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
from .names import TeiName, sub, words

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


def _add_details(entry: etree._Element, entity: Entity, name_element: TeiName,
                 known_forms: Iterable[str] = ()) -> None:
    """Name forms, authority ids, note and proposal status of ``entity`` on ``entry``."""
    if entity.status == "proposed":
        cert = certainty(entity.cert) or "unknown"
        entry.set("cert", cert)
        entry.set("resp", responsibility(None, cert) or "")
    already = set(known_forms)
    for form in distinct_forms((entity.name, *entity.forms)):
        if form not in already:
            sub(entry, name_element, text=form)
    for kind, value in entity.idnos:
        if value.strip():
            sub(entry, "idno", {"type": _WHITESPACE.sub("-", (words(kind) or "id").strip())},
                text=value)
    if entity.note and entity.note.strip():
        sub(entry, "note", text=entity.note)


def participant_entry(parent: etree._Element, participant: Participant, entity: Entity | None,
                      ids: EntityIds) -> None:
    """A ``person`` or ``personGrp`` for a participant, with the entity of the same id merged in."""
    element, name_element = PARTICIPANT_ELEMENTS[participant.kind]
    entry = sub(parent, element, {"xml:id": ids.assign(participant.id)})
    forms = distinct_forms((participant.name, *participant.labels))
    for form in forms:
        sub(entry, name_element, text=form)
    if entity is not None:
        _add_details(entry, entity, name_element, forms)
    if participant.role and participant.role.strip():
        sub(entry, "note", {"type": "role"}, text=participant.role)


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
            _add_details(entry, entity, name_element)
    return standoff
