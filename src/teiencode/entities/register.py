"""Registers: an editor's authority file of persons, places and organisations.

Two forms load into one :class:`Register`:

- TEI: ``person``/``place``/``org`` entries with ``xml:id`` in ``listPerson``,
  ``listPlace``, ``listOrg`` anywhere in the file (``standOff``, ``particDesc``,
  ``back``), their ``persName``/``placeName``/``orgName`` forms (plain,
  inverted "Kissinger, Henry A." or with ``surname``/``forename``), ``idno``
  authority ids and a ``note``; also FRUS-style lists where a ``persName``
  itself carries the ``xml:id``.
- CSV with the columns ``id,type,name,variants,wikidata,viaf,geonames``
  (variants separated by ``|``); further columns are ignored, so the review
  table written by :mod:`.review` loads back.

The index maps every explicit and derived name form to entry ids once, at
load time, so a lookup is one dict access whatever the register's size.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import RegisterError, TeiencodeError
from ..model import Entity
from ..namespaces import TEI_NS, XML_ID
from .names import COMMON_WORDS, fold, is_initial, key, name_variants, strip_brackets, strip_title, uninvert
from .tokens import lookup_prefixes

AUTHORITIES = ("wikidata", "viaf", "geonames")
CSV_COLUMNS = ("id", "type", "name", "variants", *AUTHORITIES)
_KINDS = {"person": "person", "persName": "person", "place": "place", "org": "org",
          "personGrp": "person", "pers": "person", "organisation": "org", "organization": "org"}
_NAME_ELEMENTS = {"person": "persName", "place": "placeName", "org": "orgName", "personGrp": "persName"}
_NCNAME = re.compile(r"^[A-Za-z_][\w.\-]*$")


@dataclass
class Register:
    """Entries by id, and an index of name forms.

    ``exact`` holds the forms an entry states; ``derived`` the variants the
    tool derives (surname alone, initials + surname …); ``given`` given names
    alone, used only when one entry has them.
    """

    entries: dict[str, Entity] = field(default_factory=dict)
    exact: dict[str, tuple[str, ...]] = field(default_factory=dict)
    derived: dict[str, tuple[str, ...]] = field(default_factory=dict)
    given: dict[str, tuple[str, ...]] = field(default_factory=dict)
    surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _prefixes: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    _prefixed: tuple[int, int] = field(default=(0, 0), repr=False, compare=False)
    _buckets: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False, compare=False)
    _bucketed: int = field(default=0, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entity: Entity, surname: str | None = None, forenames: tuple[str, ...] = ()) -> None:
        """Add one entry (replacing an entry with the same id) and index its forms."""
        self.entries[entity.id] = entity
        for form in entity.forms or (entity.name,):
            written = key(strip_brackets(form))
            natural = uninvert(written) if "," in written else written
            _index(self.exact, written, entity.id)
            if natural is not written:
                _index(self.exact, natural, entity.id)
            if entity.kind != "person":
                continue
            sur, given = surname, forenames
            if sur is None and natural is not written:
                head, _, rest = written.partition(",")
                sur = head.strip()
                given = tuple(g for g in strip_title(rest.split(",")[0].strip()).split() if g[:1].isupper())
            variants = name_variants(strip_title(natural), sur, given)
            for variant in variants:
                _index(self.derived, variant, entity.id)
            last = sur or natural.rpartition(" ")[2]
            if last and fold(last) not in COMMON_WORDS:
                _index(self.surnames, fold(last), entity.id)
            if given and not is_initial(given[0]) and fold(given[0]) not in COMMON_WORDS:
                _index(self.given, given[0], entity.id)

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
        for candidate in dict.fromkeys((k, strip_title(k) if titles else k)):
            for table in (self.exact, self.derived):
                ids = _of_kind(self, table.get(candidate, ()), kind)
                if not ids and candidate.isupper() and len(candidate) > 3:
                    ids = _of_kind(self, table.get(candidate.title(), ()), kind)
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
    """Load TEI (``.xml``) and CSV (``.csv``) registers into one :class:`Register`.

    Later files win when two give the same id. Raises :class:`RegisterError`
    with the file (and line) for unreadable, malformed or empty registers.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    register = Register()
    for path in map(Path, paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise RegisterError(f"cannot read register: {exc.strerror}", file=str(path),
                                hint="check the path given to --register") from exc
        if path.suffix.lower() in {".csv", ".tsv"} or not data.lstrip().startswith(b"<"):
            count = _load_csv(register, data, str(path))
        else:
            count = _load_tei(register, data, str(path))
        if count == 0:
            raise RegisterError(
                "no entries found", file=str(path),
                hint="a TEI register needs person/place/org elements with xml:id; "
                     f"a CSV register the columns {','.join(CSV_COLUMNS)}",
            )
    return register


def element_text(el: etree._Element) -> str:
    """The text of an element, whitespace collapsed."""
    text = el.text if len(el) == 0 else "".join(el.itertext())
    return " ".join(text.split()) if text else ""


def parse_tei(data: bytes, name: str, error: type[TeiencodeError] = RegisterError) -> etree._Element:
    """Parse XML safely (no DTD, entities or network); ``error`` names the file and line."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=True, remove_comments=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise error(f"malformed XML: {exc.msg}", file=name, line=line, hint="fix the XML of the file") from exc
    if root.getroottree().docinfo.internalDTD is not None:
        raise error("DTDs are not accepted", file=name, hint="remove the DOCTYPE declaration")
    return root


def _load_tei(register: Register, data: bytes, name: str) -> int:
    root = parse_tei(data, name)
    count = 0
    for el in root.iter(*(f"{{{TEI_NS}}}{tag}" for tag in _NAME_ELEMENTS)):
        entity_id = el.get(XML_ID)
        if not entity_id:
            continue
        _check_id(entity_id, name, el.sourceline)
        local = el.tag[len(TEI_NS) + 2:]
        names = el.findall(f"{{{TEI_NS}}}{_NAME_ELEMENTS[local]}") or el.findall(f"{{{TEI_NS}}}name")
        forms: list[str] = []
        surname, forenames = None, ()
        for n in names:
            sur = n.find(f"{{{TEI_NS}}}surname")
            if sur is not None:
                surname = element_text(sur)
                forenames = tuple(element_text(f) for f in n.findall(f"{{{TEI_NS}}}forename"))
                forms.append(" ".join((*forenames, surname)))
            else:
                forms.extend(_alternatives(element_text(n)))
        forms = [f for f in dict.fromkeys(forms) if f]
        if not forms:
            raise RegisterError(f"entry {entity_id!r} has no name", file=name, line=el.sourceline,
                                hint=f"give it a <{_NAME_ELEMENTS[local]}>")
        idnos = tuple((i.get("type", "").lower(), element_text(i)) for i in el.findall(f"{{{TEI_NS}}}idno")
                      if i.get("type") and element_text(i))
        note = el.find(f"{{{TEI_NS}}}note")
        register.add(Entity(id=entity_id, kind=_KINDS[local], name=forms[0], forms=tuple(forms), idnos=idnos,
                            status="registered", note=element_text(note) if note is not None else None),
                     surname, forenames)
        count += 1
    for el in root.xpath("//tei:persName[@xml:id]", namespaces={"tei": TEI_NS}):  # FRUS persons lists
        entity_id = el.get(XML_ID)
        if entity_id not in register.entries:
            _check_id(entity_id, name, el.sourceline)
            forms = _alternatives(element_text(el))
            register.add(Entity(id=entity_id, kind="person", name=uninvert(forms[0]), forms=tuple(forms),
                                status="registered", note=_item_note(el)))
            count += 1
    return count


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


def _check_id(entity_id: str, name: str, line: int | None) -> None:
    if not _NCNAME.match(entity_id):
        raise RegisterError(f"id {entity_id!r} is not an XML name", file=name, line=line,
                            hint="ids start with a letter and contain letters, digits, '-', '_', '.'")


def _load_csv(register: Register, data: bytes, name: str) -> int:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterError("register CSV is not UTF-8", file=name, hint="save it as UTF-8") from exc
    dialect = "excel-tab" if "\t" in text.partition("\n")[0] else "excel"
    rows = csv.DictReader(text.splitlines(), dialect=dialect)
    missing = {"id", "type", "name"} - set(rows.fieldnames or ())
    if missing:
        raise RegisterError(f"register CSV lacks column(s) {', '.join(sorted(missing))}", file=name, line=1,
                            hint=f"the header is {','.join(CSV_COLUMNS)}")
    count = 0
    for line, row in enumerate(rows, start=2):
        entity_id, kind = (row.get("id") or "").strip(), (row.get("type") or "").strip().lower()
        if not entity_id:
            continue
        _check_id(entity_id, name, line)
        if kind not in _KINDS:
            raise RegisterError(f"unknown type {kind!r} for {entity_id!r}", file=name, line=line,
                                hint="type is person, place or org")
        label = (row.get("name") or "").strip()
        variants = [v.strip() for v in re.split(r"[|;]", row.get("variants") or "") if v.strip()]
        forms = tuple(dict.fromkeys([label, *variants]) if label else variants)
        if not forms:
            raise RegisterError(f"entry {entity_id!r} has no name", file=name, line=line)
        idnos = tuple((a, (row.get(a) or "").strip()) for a in AUTHORITIES if (row.get(a) or "").strip())
        register.add(Entity(id=entity_id, kind=_KINDS[kind], name=forms[0], forms=forms, idnos=idnos,
                            status="registered", note=(row.get("note") or "").strip() or None))
        count += 1
    return count
