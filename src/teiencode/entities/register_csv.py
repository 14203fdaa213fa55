"""CSV registers: read and write, losslessly.

The columns (:data:`REGISTER_COLUMNS`), in any order; only ``id``, ``type``
and ``name`` are required, other columns (the review's ``count``,
``context`` …) are ignored:

- ``id`` (an XML name), ``type`` (person, place, org);
- ``status``: empty for an entry of the register, else ``accepted``,
  ``proposed`` or ``rejected`` (``registered`` may be written too);
- ``name``, ``variants`` (other name forms, separated by ``|``), ``note``;
- ``wikidata``, ``viaf``, ``geonames``: ids bare or as URIs (several
  separated by ``|``), written as URIs;
- ``forename`` (several separated by ``|``) and ``surname``: the parts of a
  person's name, each found in one of its forms;
- ``other_ids``: other authority ids as ``type=value``, separated by ``|``.

Cells are written safe for spreadsheets: one that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (which a spreadsheet would run as a
formula) gets a leading ``'``, as OWASP advises, and loses it again when read
back. Files are UTF-8 (with or without a byte order mark) or UTF-16 with its
mark, comma- or tab-separated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from ..errors import RegisterError
from ..model import Entity
from .authorities import AUTHORITIES
from .register import STATUSES, RegisterRow, check_id, checked_uri, decode_text, ordered

REGISTER_COLUMNS = ("id", "type", "status", "name", "variants", "note", *AUTHORITIES,
                    "forename", "surname", "other_ids")
SEPARATOR = "|"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_KINDS = {"person": "person", "place": "place", "org": "org", "pers": "person",
          "organisation": "org", "organization": "org"}


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula (see the module doc);
    a cell that already starts with ``'`` before such a character gets one
    more, so that :func:`from_spreadsheet` gives back exactly ``cell``."""
    if cell.startswith(_FORMULA_STARTS) or cell[:1] == "'" and cell[1:2] in (*_FORMULA_STARTS, "'"):
        return "'" + cell
    return cell


def from_spreadsheet(cell: str) -> str:
    """The value of a cell :func:`spreadsheet_safe` wrote."""
    if cell[:1] == "'" and cell[1:2] in (*_FORMULA_STARTS, "'"):
        return cell[1:]
    return cell


def entity_cells(entity: Entity) -> list[str]:
    """The :data:`REGISTER_COLUMNS` of one entry, safe for spreadsheets."""
    ids: dict[str, list[str]] = {}
    for kind, value in entity.idnos:
        ids.setdefault(kind, []).append(value)
    other = SEPARATOR.join(f"{k}={v}" for k, values in ids.items() if k not in AUTHORITIES for v in values)
    cells = [entity.id, entity.kind, "" if entity.status == "registered" else entity.status, entity.name,
             SEPARATOR.join(f for f in entity.forms if f != entity.name), entity.note or "",
             *(SEPARATOR.join(ids.get(a, ())) for a in AUTHORITIES),
             SEPARATOR.join(entity.forenames), entity.surname or "", other]
    return [spreadsheet_safe(cell) for cell in cells]


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV table (``\\n`` line ends, quoted where needed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def register_csv(entities: Iterable[Entity]) -> str:
    """A CSV register of ``entities`` (by kind, then status), which
    :func:`~.register.load_register` reads back to the same entries."""
    return csv_text(REGISTER_COLUMNS, (entity_cells(e) for e in ordered(entities)))


# --------------------------------------------------------------------------- reading


def read_csv_register(data: bytes, name: str) -> list[RegisterRow]:
    """The rows of a CSV register; :class:`RegisterError` naming the file and
    line for a file that is not UTF-8/UTF-16, lacks a column, or holds a bad cell."""
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise RegisterError("register CSV is not UTF-8", file=name,
                            hint="save it as UTF-8 (or as UTF-16 with a byte order mark)") from exc
    first_line = text.partition("\n")[0]
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True,
                            dialect="excel-tab" if "\t" in first_line else "excel")
    # A register is the editor's own file: a long note or list of forms is no attack.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    start = 1  # the line the row being read starts on
    try:
        missing = {"id", "type", "name"} - set(reader.fieldnames or ())
        if missing:
            raise RegisterError(f"register CSV lacks column(s) {', '.join(sorted(missing))}",
                                file=name, line=1, hint=f"the header is {','.join(REGISTER_COLUMNS)}")
        rows = []
        start = reader.line_num + 1
        for cells in reader:
            row = _row({k: from_spreadsheet(v or "").strip() for k, v in cells.items() if isinstance(k, str)},
                       name, start)
            if row is not None:
                rows.append(row)
            start = reader.line_num + 1
        return rows
    except csv.Error as exc:
        raise RegisterError(f"malformed CSV: {exc}", file=name, line=start,
                            hint="a quoted cell of the row on this line is not closed, or a quote "
                                 "inside it is not doubled") from exc


def _row(cells: dict[str, str], name: str, line: int) -> RegisterRow | None:
    entity_id = cells.get("id", "")
    if not entity_id:
        return None
    check_id(entity_id, name, line)
    fields: dict[str, object] = {}
    kind = cells.get("type", "").lower()
    if kind:
        if kind not in _KINDS:
            raise RegisterError(f"unknown type {kind!r} for {entity_id!r}", file=name, line=line,
                                hint="type is person, place or org")
        fields["kind"] = _KINDS[kind]
    status = cells.get("status", "").lower()
    if status:
        if status not in STATUSES:
            raise RegisterError(f"unknown status {status!r} for {entity_id!r}", file=name, line=line,
                                hint="status is empty (an entry of the register), accepted, proposed "
                                     "or rejected")
        fields["status"] = status
    for column in ("name", "note", "surname"):
        if cells.get(column):
            fields[column] = cells[column]
    for column, field in (("variants", "variants"), ("forename", "forenames")):
        values = _split(cells.get(column, ""))
        if values:
            fields[field] = values
    ids = [(a, v) for a in AUTHORITIES for v in _split(cells.get(a, ""))]
    for pair in _split(cells.get("other_ids", "")):
        kind_, sep, value = pair.partition("=")
        if not sep or not kind_.strip() or not value.strip():
            raise RegisterError(f"other_ids of {entity_id!r}: {pair!r} is not TYPE=VALUE", file=name,
                                line=line, hint="write e.g. gnd=118559796|lccn=n79021164")
        ids.append((kind_.strip().lower(), value))
    for kind_, value in ids:
        field = f"idno:{kind_}"
        fields[field] = (*fields.get(field, ()), checked_uri(kind_, value, name, line))
    return RegisterRow(entity_id, fields, name, line)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in cell.split(SEPARATOR) if v.strip()))

