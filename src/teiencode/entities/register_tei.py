"""TEI registers: read and write, losslessly.

Read: ``person``/``personGrp``/``place``/``org`` entries with ``xml:id`` in
``listPerson``, ``listPlace``, ``listOrg`` anywhere in the file
(``standOff``, ``particDesc``, ``back``), their ``persName``/``placeName``/
``orgName`` forms as written (plain, inverted "Kissinger, Henry A." or with
``forename``/``surname`` parts), ``idno`` authority ids (bare or URIs) and
the first ``note``; also FRUS-style lists where a ``persName`` itself
carries the ``xml:id`` (there "Chiao (Ch'iao) Kuan-hua" gives both
spellings, and a trailing title "Yeh Chien-ying, Marshall" is left out). An entry's status is the ``@type`` of its list when
that is ``accepted``, ``proposed`` or ``rejected`` (TEI allows no status on
``person``, ``place`` or ``org``), else ``registered``.

Write: :func:`register_tei`, one list per kind and status, valid TEI P5.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import groupby

from lxml import etree
from lxml.builder import ElementMaker

from ..errors import RegisterError, XMLInputError
from ..model import Entity
from ..namespaces import TEI_NS, XML_ID
from ..tei import to_bytes
from ..tei.names import indent, xml_safe
from ..xmlinput import parse_bytes
from .names import strip_title, uninvert
from .register import STATUSES, RegisterRow, check_id, checked_uri, name_parts, ordered

_KINDS = {"person": "person", "personGrp": "person", "place": "place", "org": "org"}
_NAME_ELEMENTS = {"person": "persName", "place": "placeName", "org": "orgName", "personGrp": "persName"}
_LISTS = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}
_LIST_TAGS = frozenset(f"{{{TEI_NS}}}{tag}" for tag in _LISTS.values())
_T = f"{{{TEI_NS}}}"


def element_text(el: etree._Element) -> str:
    """The text of an element, whitespace collapsed."""
    text = el.text if len(el) == 0 else "".join(el.itertext())
    return " ".join(text.split()) if text else ""


def read_tei_register(data: bytes, name: str) -> list[RegisterRow]:
    """The rows of a TEI register; :class:`RegisterError` naming the file and
    line for malformed XML, a bad id, an entry without a name or a bad authority id."""
    try:
        root = parse_bytes(data, name=name).getroot()
    except XMLInputError as exc:
        raise RegisterError(exc.message, file=name, line=exc.line, column=exc.column, hint=exc.hint) from exc
    rows: list[RegisterRow] = []
    for el in root.iter(*(_T + tag for tag in _NAME_ELEMENTS)):
        entity_id = el.get(XML_ID)
        if not entity_id:
            continue
        check_id(entity_id, name, el.sourceline)
        local = el.tag[len(_T):]
        fields = _names(el, local, entity_id, name)
        fields["kind"] = _KINDS[local]
        fields["status"] = _status(el)
        note = el.find(_T + "note")
        if note is not None and element_text(note):
            fields["note"] = element_text(note)
        for idno in el.findall(_T + "idno"):
            kind, value = (idno.get("type") or "").strip().lower(), element_text(idno)
            if kind and value:
                field = f"idno:{kind}"
                fields[field] = (*fields.get(field, ()), checked_uri(kind, value, name, idno.sourceline))
        rows.append(RegisterRow(entity_id, fields, name, el.sourceline))
    seen = {row.id for row in rows}
    for el in root.iter(_T + "persName"):  # FRUS persons lists
        entity_id = el.get(XML_ID)
        if entity_id and entity_id not in seen:
            check_id(entity_id, name, el.sourceline)
            forms = _alternatives(element_text(el))
            fields = {"kind": "person", "status": "registered", "name": uninvert(forms[0]),
                      "variants": tuple(forms)}
            note = _item_note(el)
            if note:
                fields["note"] = note
            rows.append(RegisterRow(entity_id, fields, name, el.sourceline))
            seen.add(entity_id)
    return rows


def _names(el: etree._Element, local: str, entity_id: str, file: str) -> dict[str, object]:
    """``name``, ``variants`` and the name parts of an entry."""
    forms: list[str] = []
    fields: dict[str, object] = {}
    for n in el.findall(_T + _NAME_ELEMENTS[local]) or el.findall(_T + "name"):
        surname = n.find(_T + "surname")
        forenames = n.findall(_T + "forename")
        if (surname is not None or forenames) and "surname" not in fields and "forenames" not in fields:
            if surname is not None and element_text(surname):
                fields["surname"] = element_text(surname)
            if any(element_text(f) for f in forenames):
                fields["forenames"] = tuple(element_text(f) for f in forenames if element_text(f))
            forms.append(_parted_text(n))
        else:
            forms.append(element_text(n))
    forms = [f for f in dict.fromkeys(forms) if f]
    if not forms:
        raise RegisterError(f"entry {entity_id!r} has no name", file=file, line=el.sourceline,
                            hint=f"give it a <{_NAME_ELEMENTS[local]}>")
    fields["name"], fields["variants"] = forms[0], tuple(forms[1:])
    return fields


def _parted_text(el: etree._Element) -> str:
    """The text of a name made of parts, a space kept between two parts that
    touch ("<forename>Jambyn</forename><surname>Batmunkh</surname>")."""
    text = el.text or ""
    for child in el.iterchildren("*"):
        part = element_text(child)
        if part[:1].isalnum() and (text[-1:].isalnum() or text[-1:] == "."):
            text += " "
        text += part + (child.tail or "")
    return " ".join(text.split())


def _status(el: etree._Element) -> str:
    listing = next((a for a in el.iterancestors() if a.tag in _LIST_TAGS), None)
    status = (listing.get("type") or "").strip() if listing is not None else ""
    return status if status in STATUSES else "registered"


def _alternatives(form: str) -> list[str]:
    """``"Chiao (Ch'iao) Kuan-hua"`` → both spellings; ``"Yeh Chien-ying,
    Marshall"`` → the name without the trailing title."""
    form = form.strip().rstrip(",")
    head, sep, tail = form.rpartition(",")
    if sep and strip_title(tail.strip() + " X") == "X":
        form = head.strip()
    match = re.search(r"\s*\(([^()]+)\)\s*", form)
    if not match:
        return [form]
    first = (form[:match.start()] + " " + form[match.end():]).strip()
    words = form[:match.start()].split()
    second = " ".join((*words[:-1], match.group(1), form[match.end():].strip())).strip() if words else first
    return [f for f in dict.fromkeys((first, second)) if f]


def _item_note(el: etree._Element) -> str | None:
    item = next((a for a in el.iterancestors() if etree.QName(a).localname == "item"), None)
    if item is None:
        return None
    text = element_text(item)
    return text[len(element_text(el)):].lstrip(", ").strip() or None


# --------------------------------------------------------------------------- writing

_E = ElementMaker(namespace=TEI_NS, nsmap={None: TEI_NS})


def register_tei(entities: Iterable[Entity], sources: Sequence[str] = ()) -> bytes:
    """A TEI register of ``entities``: ``standOff`` with one ``listPerson``,
    ``listPlace`` or ``listOrg`` per kind and status (``@type`` the status,
    none for registered entries). :func:`~.register.load_register` reads it
    back to the same entries; ``sources`` (file names) are named in the header."""
    standoff = _E.standOff()
    for (kind, status), group in groupby(ordered(entities), key=lambda e: (e.kind, e.status)):
        listing = etree.SubElement(standoff, _T + _LISTS[kind])
        if status != "registered":
            listing.set("type", status)
        for entity in group:
            listing.append(_entry(entity))
    source = "; ".join(sources) or "teiencode"
    tei = _E.TEI(
        _E.teiHeader(_E.fileDesc(
            _E.titleStmt(_E.title("Register of persons, places and organisations")),
            _E.publicationStmt(_E.p("Written by teiencode.")),
            _E.sourceDesc(_E.p(xml_safe(f"Merged from: {source}."))))),
        standoff,
        _E.text(_E.body(_E.p("This file is a register: its entries are in the standOff above."))))
    indent(tei)
    return to_bytes(tei)


def _entry(entity: Entity) -> etree._Element:
    entry = etree.Element(_T + entity.kind, {XML_ID: entity.id})
    tag = _T + _NAME_ELEMENTS[entity.kind]
    parted = entity.surname is not None or bool(entity.forenames)
    for form in entity.forms:
        spans = name_parts(form, entity.surname, entity.forenames) if parted else None
        name = etree.SubElement(entry, tag)
        if spans is None:
            name.text = xml_safe(form)
            continue
        parted, end = False, 0  # the parts are marked in the first form that has them all
        name.text = xml_safe(form[:spans[0][0]])
        for start, stop, part in spans:
            if start > end and len(name):
                name[-1].tail = xml_safe(form[end:start])
            etree.SubElement(name, _T + part).text = xml_safe(form[start:stop])
            end = stop
        name[-1].tail = xml_safe(form[end:]) or None
    for kind, value in entity.idnos:
        etree.SubElement(entry, _T + "idno", type=kind).text = xml_safe(value)
    if entity.note:
        etree.SubElement(entry, _T + "note").text = xml_safe(entity.note)
    return entry
