"""Review: the entities of encoded TEI files, as a table, JSON or CSV.

One row per entity id across all files: its type, name, the name forms the
texts use, how often it is mentioned, whether it is linked to a register or
proposed by the tool, and the tool's confidence. The CSV has the columns of
a CSV register (:data:`~.register.CSV_COLUMNS`) first, so an editor can
correct it, delete the rows they reject, and pass it back with
``--register``: the next encoding links to it.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InputError, XMLInputError
from ..namespaces import TEI_NS, XML_ID
from .register import AUTHORITIES, CSV_COLUMNS, element_text, parse_tei

REVIEW_COLUMNS = (*CSV_COLUMNS, "count", "status", "cert", "files")
_ENTRY_TAGS = {"person": "person", "personGrp": "person", "place": "place", "org": "org"}
_NAME_TAGS = {"person": "persName", "personGrp": "name", "place": "placeName", "org": "orgName"}
_CERT_RANK = {"low": 0, "medium": 1, "high": 2, "": 3}


@dataclass
class EntityRow:
    """One entity of the reviewed files."""

    id: str
    type: str
    name: str
    forms: tuple[str, ...]
    count: int
    status: str  # "linked" (from a register) or "proposed"
    cert: str  # "", "high", "medium", "low"
    wikidata: str = ""
    viaf: str = ""
    geonames: str = ""
    files: int = 1


def list_entities(tei_paths: Sequence[str | Path]) -> list[EntityRow]:
    """The entities of encoded TEI files (``standOff`` lists and
    ``particDesc`` persons), merged by id, most mentioned first."""
    rows: dict[str, EntityRow] = {}
    for path in map(Path, tei_paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
        for row in _file_rows(data, str(path)):
            _merge(rows, row)
    return sorted(rows.values(), key=lambda r: (-r.count, r.type, r.id))


def _file_rows(data: bytes, name: str) -> Iterable[EntityRow]:
    root = parse_tei(data, name, XMLInputError)
    counts: Counter[str] = Counter()
    forms: dict[str, list[str]] = {}
    for el in root.iter(*(f"{{{TEI_NS}}}{t}" for t in ("persName", "placeName", "orgName", "name", "rs"))):
        for ref in (el.get("ref") or "").split():
            if ref.startswith("#"):
                counts[ref[1:]] += 1
                forms.setdefault(ref[1:], []).append(element_text(el))
    for el in root.iter(*(f"{{{TEI_NS}}}{t}" for t in _ENTRY_TAGS)):
        entity_id = el.get(XML_ID)
        if not entity_id:
            continue
        local = el.tag.split("}")[1]
        names = [element_text(n) for n in el.iter(f"{{{TEI_NS}}}{_NAME_TAGS[local]}")] or [element_text(el)]
        seen = list(dict.fromkeys(f.rstrip(" :;") for f in [*names, *forms.get(entity_id, [])]))
        idnos = {i.get("type", "").lower(): element_text(i) for i in el.iter(f"{{{TEI_NS}}}idno")}
        proposed = "#teiencode" in (el.get("resp") or "") or el.get("cert") is not None
        yield EntityRow(id=entity_id, type=_ENTRY_TAGS[local], name=names[0] if names else entity_id,
                        forms=tuple(f for f in seen if f), count=counts[entity_id],
                        status="proposed" if proposed else "linked",
                        cert=el.get("cert") or ("high" if proposed else ""),
                        **{a: idnos.get(a, "") for a in AUTHORITIES})


def _merge(rows: dict[str, EntityRow], row: EntityRow) -> None:
    known = rows.get(row.id)
    if known is None:
        rows[row.id] = row
        return
    known.forms = tuple(dict.fromkeys((*known.forms, *row.forms)))
    known.count += row.count
    known.files += 1
    if row.status == "linked":
        known.status = "linked"
    if _CERT_RANK[row.cert] < _CERT_RANK[known.cert]:
        known.cert = row.cert
    for authority in AUTHORITIES:
        if not getattr(known, authority):
            setattr(known, authority, getattr(row, authority))


# --------------------------------------------------------------------------- writers


def entities_csv(rows: Sequence[EntityRow]) -> str:
    """CSV with a register's columns first (``load_register`` reads it back)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REVIEW_COLUMNS)
    for r in rows:
        variants = "|".join(f for f in r.forms if f != r.name)
        writer.writerow([r.id, r.type, r.name, variants, r.wikidata, r.viaf, r.geonames,
                         r.count, r.status, r.cert, r.files])
    return out.getvalue()


def entities_json(rows: Sequence[EntityRow]) -> str:
    """A JSON array of rows (``forms`` as a list)."""
    return json.dumps([{**asdict(r), "forms": list(r.forms)} for r in rows], ensure_ascii=False, indent=1) + "\n"


def entities_table(rows: Sequence[EntityRow]) -> str:
    """An aligned plain-text table for reading in a terminal."""
    header = ("id", "type", "count", "status", "cert", "forms")
    body = [(r.id, r.type, str(r.count), r.status, r.cert or "-", " | ".join(r.forms)) for r in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header) - 1)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths)) + "  " + line[-1]
             for line in [header, *body]]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def format_entities(rows: Sequence[EntityRow], fmt: str = "table") -> str:
    """Rows as ``"table"``, ``"json"`` or ``"csv"``."""
    writers = {"table": entities_table, "json": entities_json, "csv": entities_csv}
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}; use table, json or csv")
    return writers[fmt](rows)
