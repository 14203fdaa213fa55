"""Registers: an editor's authority file of persons, places and organisations.

A register is TEI (:mod:`.register_tei`) or CSV (:mod:`.register_csv`); the
format is told by the content (an XML file starts with ``<`` after any byte
order mark, in UTF-8 or UTF-16), not by the file name. Every entry has a
status: ``registered`` (an entry of the register), ``accepted`` (a proposal
the editor took: it links like a registered entry), ``proposed`` (not yet
decided: it does not link) or ``rejected`` (its name forms are never
proposed again as its type).

Several files merge field by field: later files win,
an empty cell never erases, and name forms add up. Where two files give one
field of one id different values, the register keeps a warning naming both
(``Register.warnings``).

The index maps every explicit and derived name form of the entries that
link to their ids once, at load time, so a lookup is one dict access
whatever the register's size; a form the index does not hold as written is
looked up again on its :func:`~.names.loose` key (accents, hyphens and
Korean romanisations aside). An entry that only points to another (a note
"see Nguyen Van Thieu") is an alias: its forms name the entry it points to.
"""

from __future__ import annotations

import codecs
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RegisterError
from ..model import Diagnostic, Entity
from .authorities import AUTHORITIES, authority_uri
from .names import (
    COMMON_WORDS, fold, is_initial, key, loose, name_variants, strip_brackets, strip_title,
    uninvert,
)
from .tokens import lookup_prefixes

STATUSES = ("registered", "accepted", "proposed", "rejected")
LINKING = frozenset({"registered", "accepted"})
KINDS = ("person", "place", "org")
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")
_SEE = re.compile(r"see\s+(?!also\b)(?P<target>[^;]+?)[.\s]*", re.IGNORECASE)


@dataclass(frozen=True)
class RegisterRow:
    """One entry as one file states it: ``fields`` holds only what the file
    gives (``kind``, ``status``, ``name``, ``variants``, ``note``,
    ``surname``, ``forenames``, and ``idno:TYPE`` with a tuple of values)."""

    id: str
    fields: dict[str, Any]
    file: str
    line: int | None


@dataclass
class Register:
    """Entries by id, and an index of name forms.

    ``entries`` holds the entries that link (registered and accepted);
    ``records`` every entry of the files, whatever its status, in file order;
    ``rejected`` the folded name forms never to propose, by kind. ``exact``
    holds the forms an entry states; ``derived`` the variants the tool
    derives (surname alone, initials + surname …); ``given`` given names
    alone, used only when one entry has them; ``loose`` both on their
    :func:`~.names.loose` keys, and ``loose_heads`` the first words of the
    keys that respell a form (where a text may spell a name otherwise).
    """

    entries: dict[str, Entity] = field(default_factory=dict)
    records: dict[str, Entity] = field(default_factory=dict)
    rejected: dict[str, frozenset[str]] = field(default_factory=dict)
    warnings: list[Diagnostic] = field(default_factory=list)
    exact: dict[str, tuple[str, ...]] = field(default_factory=dict)
    derived: dict[str, tuple[str, ...]] = field(default_factory=dict)
    given: dict[str, tuple[str, ...]] = field(default_factory=dict)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    loose: dict[str, tuple[str, ...]] = field(default_factory=dict)
    loose_heads: set[str] = field(default_factory=set)
    _prefixes: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _prefixed: tuple[int, int] = field(default=(0, 0), repr=False, compare=False)
    _buckets: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False, compare=False)
    _bucketed: int = field(default=0, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entity: Entity, target: str | None = None) -> None:
        """Add one entry that links (replacing a record with the same id) and
        index its forms, as forms of ``target`` when it is an alias of that entry."""
        self.entries[entity.id] = self.records[entity.id] = entity
        named = target or entity.id
        surname, forenames = entity.surname, entity.forenames
        for form in entity.forms or (entity.name,):
            written = key(strip_brackets(form))
            natural = uninvert(written) if "," in written else written
            self._index_form(self.exact, written, named)
            if natural is not written:
                self._index_form(self.exact, natural, named)
            if entity.kind != "person":
                continue
            sur, given = surname, forenames
            if sur is None and natural is not written:
                head, _, rest = written.partition(",")
                sur = head.strip()
                given = tuple(g for g in strip_title(rest.split(",")[0].strip()).split() if g[:1].isupper())
            variants = name_variants(strip_title(natural), sur, given)
            for variant in variants:
                self._index_form(self.derived, variant, named)
            last = sur or natural.rpartition(" ")[2]
            if last and fold(last) not in COMMON_WORDS:
                _index(self.surnames, fold(last), named)
            if given and not is_initial(given[0]) and fold(given[0]) not in COMMON_WORDS:
                _index(self.given, given[0], named)

    def _index_form(self, table: dict[str, tuple[str, ...]], form: str, entity_id: str) -> None:
        """Index a form as written in ``table`` and on its loose key."""
        _index(table, form, entity_id)
        loose_key = loose(form)
        _index(self.loose, loose_key, entity_id)
        if loose_key.split() != fold(form).replace("-", " ").split():
            self.loose_heads.add(loose_key.partition(" ")[0])

    def alias_target(self, entity: Entity) -> str | None:
        """The id of the entry an alias points to ("Bula, see Mandungu Bula
        Nyati"): its note says "see" and a name of one other entry."""
        match = _SEE.fullmatch(entity.note or "")
        if match is None:
            return None
        ids = [i for i in self.lookup(match["target"], entity.kind) if i != entity.id]
        return ids[0] if len(ids) == 1 else None

    def keep(self, entity: Entity) -> None:
        """Keep a record that does not link (proposed, or rejected: its forms
        are then never proposed as its kind)."""
        self.records[entity.id] = entity
        if entity.status == "rejected":
            forms = {rejection_key(f) for f in (entity.name, *entity.forms)}
            self.rejected[entity.kind] = self.rejected.get(entity.kind, frozenset()) | forms

    def is_rejected(self, kind: str, form: str) -> bool:
        """Whether the editor rejected this form (as written in a text) as a ``kind``."""
        rejected = self.rejected.get(kind)
        return bool(rejected) and rejection_key(form) in rejected

    @property
    def prefixes(self) -> frozenset[str]:
        """The :func:`~.tokens.lookup_prefixes` of every form in ``exact`` and
        ``derived`` (worked out again only after forms were added)."""
        sizes = (len(self.exact), len(self.derived))
        if self._prefixed != sizes:
            self._prefixes = lookup_prefixes([*self.exact, *self.derived])
            self._prefixed = sizes
        return self._prefixes

    def lookup(self, form: str, kind: str | None = None, *, titles: bool = True) -> tuple[str, ...]:
        """Ids of the entries a form may name: explicit forms first, then
        derived variants (several ids when the form is ambiguous). With
        ``titles``, a form with a title ("Chairman Batmunkh") is tried without."""
        k = key(strip_brackets(form))
        candidates = tuple(dict.fromkeys((k, strip_title(k) if titles else k)))
        for candidate in candidates:
            for table in (self.exact, self.derived):
                ids = _of_kind(self, table.get(candidate, ()), kind)
                if not ids and candidate.isupper() and len(candidate) > 3:
                    ids = _of_kind(self, table.get(candidate.title(), ()), kind)
                if ids:
                    return ids
        for candidate in candidates:
            ids = _of_kind(self, self.loose.get(loose(candidate), ()), kind)
            if ids:
                return ids
        return ()

    def similar_surnames(self, surname: str) -> list[str]:
        """Indexed surnames (folded) of the same initial and a length within one."""
        if self._buckets is None or self._bucketed != len(self.surnames):
            self._buckets = defaultdict(list)
            for known in self.surnames:
                self._buckets[(known[:1], len(known))].append(known)
            self._bucketed = len(self.surnames)
        return [s for n in (-1, 0, 1) for s in self._buckets.get((surname[:1], len(surname) + n), ())]

    def lookup_given(self, form: str) -> tuple[str, ...]:
        """The persons whose given name this is ("Henry" → Kissinger, Henry A.)."""
        return self.given.get(key(form), ())


def rejection_key(form: str) -> str:
    """The form a rejection is matched on: brackets and titles out, case and accents folded."""
    return fold(strip_title(key(strip_brackets(form))))


def check_id(entity_id: str, file: str, line: int | None) -> None:
    """Raise :class:`RegisterError` unless ``entity_id`` can be an ``xml:id``."""
    if not _NCNAME.match(entity_id):
        raise RegisterError(f"id {entity_id!r} is not an XML name", file=file, line=line,
                            hint="ids start with a letter and contain letters, digits, '-', '_', '.'")


def checked_uri(kind: str, value: str, file: str, line: int | None) -> str:
    """:func:`~.authorities.authority_uri`, a bad id a :class:`RegisterError` naming file and line."""
    try:
        return authority_uri(kind, value)
    except ValueError as exc:
        raise RegisterError(str(exc), file=file, line=line, hint="correct the authority id") from exc


def name_parts(form: str, surname: str | None, forenames: Sequence[str]) -> list[tuple[int, int, str]] | None:
    """Where the surname and forenames stand in ``form``, as (start, end,
    "surname" | "forename") in the order of the form; ``None`` when one is
    not a word or words of it."""
    spans: list[tuple[int, int, str]] = []
    for part, tag in ((surname, "surname"), *((f, "forename") for f in forenames)):
        if not part:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", form):
            if not any(s < match.end() and match.start() < e for s, e, _ in spans):
                spans.append((match.start(), match.end(), tag))
                break
        else:
            return None
    return sorted(spans)


def _index(table: dict[str, tuple[str, ...]], form: str, entity_id: str) -> None:
    ids = table.get(form)
    if ids is None:
        table[form] = (entity_id,)
    elif entity_id not in ids:
        table[form] = (*ids, entity_id)


def _of_kind(register: Register, ids: tuple[str, ...], kind: str | None) -> tuple[str, ...]:
    if kind is None:
        return ids
    return tuple(i for i in ids if register.entries[i].kind == kind)


# --------------------------------------------------------------------------- loading


def load_register(paths: Sequence[str | Path] | str | Path) -> Register:
    """Load TEI and CSV registers into one :class:`Register`, merged field by
    field in the order given (later files win field by field, an empty cell
    never erases, name forms add up); conflicts are in
    ``Register.warnings``.

    Raises :class:`RegisterError` with the file (and line) for unreadable,
    malformed or empty registers.
    """
    from .register_csv import read_csv_register
    from .register_tei import read_tei_register

    if isinstance(paths, (str, Path)):
        paths = [paths]
    merger = _Merger()
    for path in map(Path, paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise RegisterError(f"cannot read register: {exc.strerror}", file=str(path),
                                hint="check the path given to --register") from exc
        xml = looks_like_xml(data) or path.suffix.lower() == ".xml"
        rows = read_tei_register(data, str(path)) if xml else read_csv_register(data, str(path))
        if not rows:
            raise RegisterError(
                "no entries found", file=str(path),
                hint="a TEI register needs person/place/org elements with xml:id; "
                     "a CSV register a header with at least id,type,name and one row")
        for row in rows:
            merger.add(row)
    return merger.register()


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _encoding(data: bytes) -> tuple[str, int]:
    """The encoding of a file and the length of its byte order mark: by the
    mark (UTF-8, UTF-16, UTF-32), else UTF-16 when it starts with an ASCII
    character stored in two bytes, else UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    if data[1:2] == b"\0" and data[:1] != b"\0":
        return "utf-16-le", 0
    if data[:1] == b"\0" and data[1:2] not in (b"", b"\0"):
        return "utf-16-be", 0
    return "utf-8", 0


def decode_text(data: bytes) -> str:
    """The text of a file in the encoding :func:`_encoding` finds (the mark
    left out); ``UnicodeDecodeError`` when it is not in that encoding."""
    codec, skip = _encoding(data)
    return data[skip:].decode(codec)


def looks_like_xml(data: bytes) -> bool:
    """Whether a file's content is XML: ``<`` first after any byte order mark
    and white space, in UTF-8, UTF-16 or UTF-32."""
    codec, skip = _encoding(data)
    return data[skip:skip + 400].decode(codec, errors="ignore").lstrip().startswith("<")


_FIELD_NAMES = {"kind": "type", "forenames": "forename"}


class _Merger:
    """Rows of several files → one register, field by field (see the module doc)."""

    def __init__(self) -> None:
        self.fields: dict[str, dict[str, tuple[Any, RegisterRow]]] = {}
        self.warnings: list[Diagnostic] = []

    def add(self, row: RegisterRow) -> None:
        known = self.fields.setdefault(row.id, {})
        for name, value in row.fields.items():
            before = known.get(name)
            if name == "variants" and before is not None:
                value = tuple(dict.fromkeys((*before[0], *value)))
            elif before is not None and before[0] != value:
                self._conflict(row, name, before, value)
                if name == "name":  # the name replaced stays a form of the entry
                    old = known.get("variants", ((), row))[0]
                    known["variants"] = (tuple(dict.fromkeys((*old, before[0]))), row)
            known[name] = (value, row)

    def _conflict(self, row: RegisterRow, name: str, before: tuple[Any, RegisterRow], value: Any) -> None:
        label = _FIELD_NAMES.get(name, name).replace("idno:", "")
        other = before[1]
        where = other.file + (f":{other.line}" if other.line else "")
        self.warnings.append(Diagnostic(
            "warning", "TE-REGISTER-CONFLICT",
            f"{row.id}: {label} {_shown(value)} here replaces {_shown(before[0])} of {where}",
            file=row.file, line=row.line,
            hint="later registers win field by field; make the two files agree, or leave the "
                 "cell empty in the one that should not change it"))

    def register(self) -> Register:
        """The register; aliases are indexed last, as forms of the entries they point to."""
        register = Register(warnings=self.warnings)
        aliases = []
        for entity_id, known in self.fields.items():
            entity = _entity(entity_id, {name: value for name, (value, _) in known.items()},
                             next(iter(known.values()))[1])
            if entity.status not in LINKING:
                register.keep(entity)
            elif entity.note and _SEE.fullmatch(entity.note):
                aliases.append(entity)
            else:
                register.add(entity)
        for entity in aliases:
            register.add(entity, register.alias_target(entity))
        return register


def _shown(value: Any) -> str:
    return repr("|".join(value) if isinstance(value, tuple) else value)


def _entity(entity_id: str, values: dict[str, Any], first: RegisterRow) -> Entity:
    """The entry of merged ``values``; ``first`` is the row that named it first (for errors)."""
    variants: tuple[str, ...] = values.get("variants", ())
    name = values.get("name") or (variants[0] if variants else None)
    if not name:
        raise RegisterError(f"entry {entity_id!r} has no name", file=first.file, line=first.line,
                            hint="give it a name (a name cell, or a persName/placeName/orgName)")
    kind = values.get("kind")
    if kind is None:
        raise RegisterError(f"entry {entity_id!r} has no type", file=first.file, line=first.line,
                            hint="type is person, place or org")
    surname, forenames = values.get("surname"), values.get("forenames", ())
    forms = tuple(dict.fromkeys((name, *variants)))
    if (surname or forenames) and not any(name_parts(f, surname, forenames) for f in forms):
        raise RegisterError(f"the forename/surname of {entity_id!r} are not words of any of its names",
                            file=first.file, line=first.line,
                            hint="write the name parts as they stand in the name or a variant")
    types = sorted((n[5:] for n in values if n.startswith("idno:")),
                   key=lambda t: AUTHORITIES.index(t) if t in AUTHORITIES else len(AUTHORITIES))
    return Entity(id=entity_id, kind=kind, name=name, forms=forms,
                  idnos=tuple((t, v) for t in types for v in values[f"idno:{t}"]),
                  status=values.get("status", "registered"), note=values.get("note"),
                  surname=surname, forenames=forenames)


def ordered(entities: Iterable[Entity]) -> list[Entity]:
    """Entries in the order a register file lists them: by kind, then status, then as given."""
    return sorted(entities, key=lambda e: (KINDS.index(e.kind), STATUSES.index(e.status)))
