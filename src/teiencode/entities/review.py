"""Review: the entities of encoded TEI files, as a table, JSON or CSV.

One row per entity id across all files: its type, name, the name forms the
texts use, its note and authority ids, how often it is mentioned, whether it
is registered (linked to a register) or proposed by the tool, the tool's
confidence, and where it is first mentioned (file and line of the TEI, a
few words either side). Proposals come first, the most mentioned first: the
doubts that matter most.

The CSV is a register (:mod:`.register_csv`) with the review's columns
after the register's: an editor sets the status of a proposal to accepted
or rejected, adds a note or an authority id, and passes the file back with
``--register``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from lxml import etree

from ..errors import InputError
from ..model import Entity
from ..namespaces import TEI_NS, XML_ID
from ..xmlinput import parse_bytes
from .authorities import AUTHORITIES
from .register_csv import REGISTER_COLUMNS, csv_text, entity_cells, spreadsheet_safe
from .register_tei import element_text

REVIEW_COLUMNS = (*REGISTER_COLUMNS, "count", "cert", "files", "where", "context")
CONTEXT_WORDS = 5
_ENTRY_TAGS = {"person": "person", "personGrp": "person", "place": "place", "org": "org"}
_NAME_TAGS = {"person": "persName", "personGrp": "name", "place": "placeName", "org": "orgName"}
_BLOCKS = frozenset(f"{{{TEI_NS}}}{t}" for t in ("p", "ab", "head", "dateline", "speaker", "item", "note",
                                                  "creation", "title", "bibl"))
_CERT_RANK = {"low": 0, "medium": 1, "high": 2, "": 3}


@dataclass
class EntityRow:
    """One entity of the reviewed files; ``where`` is ``FILE:LINE`` of its
    first mention in the TEI (the file's own line: the TEI does not record
    the page's), ``context`` a few words either side of it."""

    id: str
    type: str
    name: str
    forms: tuple[str, ...]
    count: int
    status: str  # "registered" (from a register) or "proposed"
    cert: str  # "", "high", "medium", "low"
    wikidata: str = ""
    viaf: str = ""
    geonames: str = ""
    note: str = ""
    files: int = 1
    where: str = ""
    context: str = ""

    def entity(self) -> Entity:
        """The row as a register entry."""
        return Entity(id=self.id, kind=self.type, name=self.name,  # type: ignore[arg-type]
                      forms=tuple(dict.fromkeys((self.name, *self.forms))),
                      idnos=tuple((a, getattr(self, a)) for a in AUTHORITIES if getattr(self, a)),
                      status=self.status, note=self.note or None)  # type: ignore[arg-type]


def list_entities(tei_paths: Sequence[str | Path]) -> list[EntityRow]:
    """The entities of encoded TEI files (``standOff`` lists and
    ``particDesc`` persons), merged by id: proposals first, then by mentions."""
    rows: dict[str, EntityRow] = {}
    for path in map(Path, tei_paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=str(path)) from exc
        for row in _file_rows(data, str(path)):
            _merge(rows, row)
    return sorted(rows.values(), key=lambda r: (r.status != "proposed", -r.count, _CERT_RANK[r.cert],
                                                r.type, r.id))


def _file_rows(data: bytes, name: str) -> Iterable[EntityRow]:
    root = parse_bytes(data, name=name).getroot()
    counts: Counter[str] = Counter()
    forms: dict[str, list[str]] = {}
    first: dict[str, etree._Element] = {}
    for el in root.iter(*(f"{{{TEI_NS}}}{t}" for t in ("persName", "placeName", "orgName", "name", "rs"))):
        for ref in (el.get("ref") or "").split():
            if ref.startswith("#"):
                counts[ref[1:]] += 1
                forms.setdefault(ref[1:], []).append(element_text(el))
                first.setdefault(ref[1:], el)
    for el in root.iter(*(f"{{{TEI_NS}}}{t}" for t in _ENTRY_TAGS)):
        entity_id = el.get(XML_ID)
        if not entity_id:
            continue
        local = el.tag.split("}")[1]
        names = [element_text(n) for n in el.iter(f"{{{TEI_NS}}}{_NAME_TAGS[local]}")] or [element_text(el)]
        seen = list(dict.fromkeys(f.rstrip(" :;") for f in [*names, *forms.get(entity_id, [])]))
        idnos = {i.get("type", "").lower(): element_text(i) for i in el.iter(f"{{{TEI_NS}}}idno")}
        note = next((element_text(n) for n in el.iterfind(f"{{{TEI_NS}}}note") if not n.get("type")), "")
        proposed = "#teiencode" in (el.get("resp") or "") or el.get("cert") is not None
        mention = first.get(entity_id)
        yield EntityRow(id=entity_id, type=_ENTRY_TAGS[local], name=names[0] if names else entity_id,
                        forms=tuple(f for f in seen if f), count=counts[entity_id],
                        status="proposed" if proposed else "registered",
                        cert=el.get("cert") or ("high" if proposed else ""), note=note,
                        where=f"{name}:{mention.sourceline}" if mention is not None else "",
                        context=_context(mention) if mention is not None else "",
                        **{a: idnos.get(a, "") for a in AUTHORITIES})


def _context(mention: etree._Element) -> str:
    """A few words either side of a mention, within its paragraph (or other
    block), the mention in «»."""
    block = next((a for a in mention.iterancestors() if a.tag in _BLOCKS), mention.getparent())
    before: list[str] = []
    after: list[str] = []
    bucket = before

    def walk(el: etree._Element) -> None:
        nonlocal bucket
        if el is mention:
            bucket = after
            return
        bucket.append(el.text or "")
        for child in el.iterchildren("*"):
            walk(child)
            bucket.append(child.tail or "")

    walk(block)
    left, right = "".join(before), "".join(after)
    words = " ".join(left.split()[-CONTEXT_WORDS:]) + (" " if left[-1:].isspace() else "")
    words += f"«{element_text(mention)}»" + (" " if right[:1].isspace() else "")
    return (words + " ".join(right.split()[:CONTEXT_WORDS])).strip()


def _merge(rows: dict[str, EntityRow], row: EntityRow) -> None:
    known = rows.get(row.id)
    if known is None:
        rows[row.id] = row
        return
    known.forms = tuple(dict.fromkeys((*known.forms, *row.forms)))
    known.count += row.count
    known.files += 1
    if row.status == "registered":
        known.status = "registered"
    if _CERT_RANK[row.cert] < _CERT_RANK[known.cert]:
        known.cert = row.cert
    for attribute in (*AUTHORITIES, "note", "where", "context"):
        if not getattr(known, attribute):
            setattr(known, attribute, getattr(row, attribute))


# --------------------------------------------------------------------------- writers


def entities_csv(rows: Sequence[EntityRow]) -> str:
    """CSV with a register's columns first (``load_register`` reads it back),
    then the review's: count, cert, files, where, context."""
    return csv_text(REVIEW_COLUMNS, (
        [*entity_cells(r.entity()), r.count, r.cert, r.files, spreadsheet_safe(r.where),
         spreadsheet_safe(r.context)] for r in rows))


def entities_json(rows: Sequence[EntityRow]) -> str:
    """A JSON array of rows (``forms`` as a list)."""
    return json.dumps([{**asdict(r), "forms": list(r.forms)} for r in rows], ensure_ascii=False, indent=1) + "\n"


def entities_table(rows: Sequence[EntityRow]) -> str:
    """An aligned plain-text table for reading in a terminal."""
    header = ("id", "type", "count", "status", "cert", "where", "context")
    body = [(r.id, r.type, str(r.count), r.status, r.cert or "-", r.where, r.context) for r in rows]
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
