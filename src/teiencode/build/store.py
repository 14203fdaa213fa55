"""What a build remembers, on disk rather than in memory, so that the parent's
memory stays the same however many pages there are:
``OUTDIR/.teiencode/build.sqlite`` holds the manifest (:mod:`.manifest`: what
every page was built from), the index entry of every page (both kept between
builds, for the pages a later build skips), what the build wrote as each
page's TEI output (:mod:`.edits`: kept even when the tool or the registers
change, which empties the manifest) and the report rows of the current build
(written to ``report.json`` in name order at the end). Changes are committed
page by page, so that a killed build loses nothing it finished.

An index entry (:func:`teiencode.publish.index_entry`) is stored as the start
tag of its ``<entry>`` element, carrying the edition's ``href``, plus one row
per entity it lists; :mod:`.site` puts them back together a page at a time.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self
from xml.sax.saxutils import quoteattr

from lxml import etree

from ..letters import plain_letters
from ..namespaces import SITE_NS
from .edits import Written, file_hash
from .report import REPORT_NAME

STORE_DIR = ".teiencode"
STORE_NAME = "build.sqlite"
_VERSION = 4  # of the tables below; version 3 is migrated, any other starts an empty store
_KINDS = ("person", "place", "org")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)

_WRITTEN = """
CREATE TABLE written (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                      sha256 TEXT NOT NULL, source TEXT NOT NULL, tei INTEGER NOT NULL);
"""
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE manifest (name TEXT PRIMARY KEY, input TEXT NOT NULL, status TEXT NOT NULL,
                       record TEXT NOT NULL);
CREATE TABLE documents (name TEXT PRIMARY KEY, input TEXT NOT NULL,
                        undated INTEGER NOT NULL, date TEXT NOT NULL, title TEXT NOT NULL,
                        head TEXT NOT NULL, link TEXT NOT NULL);
CREATE TABLE names (document TEXT NOT NULL, position INTEGER NOT NULL, kind INTEGER NOT NULL,
                    key TEXT NOT NULL, sort TEXT NOT NULL, xml TEXT NOT NULL,
                    PRIMARY KEY (document, position));
CREATE TABLE report (name TEXT PRIMARY KEY, row TEXT NOT NULL);
CREATE TABLE site_pages (path TEXT PRIMARY KEY);
""" + _WRITTEN

# Documents in the index's order: dated ones first, by date, then by title.
_DOCUMENT_ORDER = "d.undated, d.date, d.title, d.name"
# The documents this build lists: those with an entry among the pages it reports.
_LISTED = "d.name IN (SELECT name FROM report)"
# The entity rows of the listed documents, each with the sort name of its
# entity's first occurrence (in document order).
_RANKED_NAMES = f"""
    SELECT n.kind, n.key, n.xml, n.position, d.link, {_DOCUMENT_ORDER},
           first_value(n.sort) OVER (PARTITION BY n.kind, n.key
                                     ORDER BY {_DOCUMENT_ORDER}, n.position) AS first_sort
    FROM names n JOIN documents d ON d.name = n.document WHERE {_LISTED}"""


@dataclass(frozen=True)
class IndexEntry:
    """A page's entry in the corpus index (:func:`teiencode.publish.index_entry`)
    as the store keeps it: the attributes of its ``<entry>`` element, and per
    entity its kind's rank, key, sort name and XML. Split where the entry is
    made (in the worker), so that the parent only stores it."""

    attributes: tuple[tuple[str, str], ...]
    entities: tuple[tuple[int, str, str, str], ...]

    @classmethod
    def parse(cls, entry: bytes) -> IndexEntry:
        """Split the XML of an index entry."""
        root = etree.fromstring(entry, _PARSER)
        return cls(tuple(root.attrib.items()),
                   tuple((_kind_rank(entity.get("kind")), entity.get("key", ""),
                          entity.get("sort", ""), etree.tostring(entity, encoding="unicode"))
                         for entity in root.iterchildren(f"{{{SITE_NS}}}entity")))


class BuildStore:
    """The on-disk store of one output folder (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = self._connect()

    @classmethod
    def open(cls, outdir: Path) -> BuildStore:
        """The store of ``outdir``; an unreadable or outdated one is started
        afresh (its pages then lack entries and are rebuilt)."""
        folder = outdir / STORE_DIR
        folder.mkdir(parents=True, exist_ok=True)
        return cls(folder / STORE_NAME)

    def _connect(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version == 3:
                self._migrate(db)
            elif version == _VERSION:
                db.execute("SELECT 1 FROM meta, manifest, documents, names, report, site_pages, "
                           "written LIMIT 1")
            if version in (3, _VERSION):
                return self._configure(db)
            db.close()
        except sqlite3.DatabaseError:
            pass
        for stale in self.path.parent.glob(self.path.name + "*"):  # the file, its journal
            stale.unlink()
        db = sqlite3.connect(self.path)
        db.executescript(_SCHEMA + f"PRAGMA user_version = {_VERSION};")
        return self._configure(db)

    def _migrate(self, db: sqlite3.Connection) -> None:
        """Bring a store of version 3 (before TEI outputs were remembered) to
        this one: the TEI outputs its manifest lists count as written by the
        build as they are now, unless they changed after that build ended
        (newer than its report.json: an editor's)."""
        outdir = self.path.parent.parent
        db.executescript(_WRITTEN)
        try:
            ended = (outdir / REPORT_NAME).stat().st_mtime_ns
        except OSError:
            ended = -1
        for name, record in db.execute("SELECT name, record FROM manifest").fetchall():
            fields = json.loads(record)
            path = outdir / fields.get("outputs", {}).get("xml", "")
            try:
                info = path.stat()
                if not path.is_file() or info.st_mtime_ns > ended:
                    continue
                row = (name, info.st_size, info.st_mtime_ns, file_hash(path),
                       fields.get("source", name), False)
            except OSError:
                continue
            db.execute("INSERT INTO written VALUES (?, ?, ?, ?, ?, ?)", row)
        db.execute(f"PRAGMA user_version = {_VERSION}")
        db.commit()

    @staticmethod
    def _configure(db: sqlite3.Connection) -> sqlite3.Connection:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.create_function("letter", 1, initial, deterministic=True)
        # added after version 4, by every build that opens the store (:mod:`.neighbours`)
        db.execute("CREATE TABLE IF NOT EXISTS neighbours (name TEXT PRIMARY KEY, "
                   "html TEXT NOT NULL)")
        return db

    # ------------------------------------------------------------ the manifest

    def meta(self, key: str) -> str | None:
        """A value the build keeps about itself (tool, registers, index key)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        """Keep (or, for ``None``, forget) a value about the build."""
        if value is None:
            self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def manifest_entry(self, name: str) -> tuple[str, str, dict[str, Any]] | None:
        """``(input hash, status, report record)`` of page ``name``, or ``None``."""
        row = self._db.execute("SELECT input, status, record FROM manifest WHERE name = ?",
                               (name,)).fetchone()
        return None if row is None else (row[0], row[1], json.loads(row[2]))

    def put_manifest_entry(self, name: str, input_hash: str, status: str,
                           record: dict[str, Any]) -> None:
        """Remember how page ``name`` was built."""
        self._db.execute("INSERT OR REPLACE INTO manifest VALUES (?, ?, ?, ?)",
                         (name, input_hash, status, json.dumps(record, ensure_ascii=False)))

    def manifest_entries(self) -> Iterator[tuple[str, str, str, str]]:
        """``(name, input hash, status, record as JSON)`` of every page, by name."""
        yield from self._db.execute("SELECT name, input, status, record FROM manifest "
                                    "ORDER BY name")

    def clear_manifest(self) -> None:
        """Forget every page's manifest entry (the tool or the registers changed)."""
        self._db.execute("DELETE FROM manifest")

    def written(self, name: str) -> Written | None:
        """What the build last wrote as the TEI output of page ``name``, if anything."""
        row = self._db.execute("SELECT size, mtime_ns, sha256, source, tei FROM written "
                               "WHERE name = ?", (name,)).fetchone()
        return None if row is None else Written(*row[:4], tei=bool(row[4]))

    def put_written(self, name: str, written: Written | None) -> None:
        """Remember the TEI output just written for page ``name`` (``None``:
        the build deleted it)."""
        if written is None:
            self._db.execute("DELETE FROM written WHERE name = ?", (name,))
        else:
            self._db.execute("INSERT OR REPLACE INTO written VALUES (?, ?, ?, ?, ?, ?)",
                             (name, written.size, written.mtime_ns, written.sha256,
                              written.source, written.tei))

    # ------------------------------------------------------------ one build

    def begin(self) -> None:
        """Start a build: no report row written, so no page listed yet."""
        self._db.execute("DELETE FROM report")
        self._db.commit()

    def put_entry(self, name: str, input_hash: str, href: str, entry: IndexEntry) -> None:
        """Keep the index entry of page ``name`` (built from ``input_hash``),
        whose edition is at ``href``; the index lists it while this build
        reports the page."""
        attributes = {"href": href, **{key: value for key, value in entry.attributes
                                       if key != "href"}}
        date, title = attributes.get("date"), attributes.get("title", "")
        self._db.execute("DELETE FROM names WHERE document = ?", (name,))
        self._db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (name, input_hash, date is None, date or "", title,
                          start_tag("entry", attributes, namespace=True),
                          start_tag("entry", {"href": href, "title": title}, namespace=True)))
        self._db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?)",
                             ((name, position, *entity)
                              for position, entity in enumerate(entry.entities)))

    def drop_entry(self, name: str) -> None:
        """Forget the entry of page ``name`` (it failed: nothing to list)."""
        self._db.execute("DELETE FROM names WHERE document = ?", (name,))
        self._db.execute("DELETE FROM documents WHERE name = ?", (name,))

    def add_report_row(self, name: str, row: dict[str, Any]) -> None:
        """Keep the report row of page ``name`` for :meth:`report_rows`."""
        self._db.execute("INSERT OR REPLACE INTO report VALUES (?, ?)",
                         (name, json.dumps(row, ensure_ascii=False)))

    def report_rows(self) -> Iterator[str]:
        """This build's report rows as JSON, by page name."""
        self.commit()
        for (row,) in self._db.execute("SELECT row FROM report ORDER BY name"):
            yield row

    # ------------------------------------------------------------ the index

    def listed_names(self) -> Iterator[tuple[str, str]]:
        """``(page name, input hash)`` of every page listed in this build's index, by name."""
        self.commit()
        yield from self._db.execute(f"SELECT name, input FROM documents d WHERE {_LISTED} "
                                    "ORDER BY name")

    def count_listed(self) -> tuple[int, int]:
        """How many documents this build's index lists, and how many entity
        rows (one entity in one document) they carry."""
        self.commit()
        documents = self._db.execute(f"SELECT count(*) FROM documents d WHERE {_LISTED}"
                                     ).fetchone()[0]
        rows = self._db.execute("SELECT count(*) FROM names JOIN documents d ON d.name = document "
                                f"WHERE {_LISTED}").fetchone()[0]
        return documents, rows

    def document_entries(self, *, with_entities: bool) -> Iterator[str]:
        """The listed entries as XML, in date order; with their entity rows or without."""
        self.commit()
        query = f"SELECT d.name, d.head FROM documents d WHERE {_LISTED} ORDER BY {_DOCUMENT_ORDER}"
        for name, head in self._db.execute(query):
            if not with_entities:
                yield head + "</entry>"
                continue
            entities = self._db.execute("SELECT xml FROM names WHERE document = ? "
                                        "ORDER BY position", (name,))
            yield head + "".join(xml for (xml,) in entities) + "</entry>"

    def name_index(self) -> tuple[list[tuple[str, str, int]], Iterator[str]]:
        """The combined index of the listed documents: its sections, ``(kind,
        letter, entity rows)`` in order, and the XML of its entity rows — each
        an entry holding that one entity, with the document's address and
        title only. Rows are ordered by kind, then initial letter and name of
        the entity's first occurrence, then its documents in date order. The
        ranking is computed once, into a temporary table on disk."""
        self.commit()
        self._db.execute("DROP TABLE IF EXISTS temp.ranked")
        self._db.execute(f"""
            CREATE TEMP TABLE ranked AS
            SELECT kind, letter(first_sort) AS initial, first_sort, key, position,
                   undated, date, title, name, link || xml || '</entry>' AS row
            FROM ({_RANKED_NAMES})""")
        sections = [(_KINDS[kind], letter, rows) for kind, letter, rows in self._db.execute(
            "SELECT kind, initial, count(*) FROM temp.ranked GROUP BY kind, initial "
            "ORDER BY kind, initial")]
        rows = (row for (row,) in self._db.execute(
            "SELECT row FROM temp.ranked ORDER BY kind, initial, first_sort, key, "
            "undated, date, title, name, position"))
        return sections, rows

    def ordered_documents(self) -> Iterator[tuple[str, str, str | None]]:
        """``(name, start tag of its entry, navigation links last written in
        its edition)`` of the listed documents, in date order."""
        self.commit()
        yield from self._db.cursor().execute(  # a cursor of its own: rows are put meanwhile
            f"SELECT d.name, d.head, n.html FROM documents d LEFT JOIN neighbours n "
            f"ON n.name = d.name WHERE {_LISTED} ORDER BY {_DOCUMENT_ORDER}")

    def put_neighbours(self, name: str, html: str) -> None:
        """Remember the navigation links written in the edition of page ``name``."""
        self._db.execute("INSERT OR REPLACE INTO neighbours VALUES (?, ?)", (name, html))

    def forget_neighbours(self, name: str) -> None:
        """Page ``name`` was rendered again: its navigation links are to be written."""
        self._db.execute("DELETE FROM neighbours WHERE name = ?", (name,))

    def site_pages(self) -> set[str]:
        """The index pages the last rendering wrote (paths relative to OUTDIR)."""
        return {path for (path,) in self._db.execute("SELECT path FROM site_pages")}

    def set_site_pages(self, paths: set[str]) -> None:
        """Remember the index pages just written."""
        self._db.execute("DELETE FROM site_pages")
        self._db.executemany("INSERT INTO site_pages VALUES (?)", ((p,) for p in sorted(paths)))
        self.commit()

    # ------------------------------------------------------------ lifetime

    def commit(self) -> None:
        """Make the changes so far durable (a killed build keeps them)."""
        self._db.commit()

    def rollback(self) -> None:
        """Forget the changes since the last commit (a page the build could
        not finish recording)."""
        self._db.rollback()

    def close(self) -> None:
        """Commit and close."""
        self.commit()
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


OTHER = "~"  # the initial of names that start with neither a letter nor a digit


def initial(sort: str | None) -> str:
    """The letter a name is filed under: "a" … "z" (accents dropped), "0-9",
    or :data:`OTHER`; in this order as strings."""
    first = plain_letters((sort or "").strip()[:1])[:1].lower()
    if "a" <= first <= "z":
        return first
    return "0-9" if first.isdigit() else OTHER


def start_tag(name: str, attributes: Mapping[str, str | None], *, namespace: bool = False,
              empty: bool = False) -> str:
    """The start tag (``empty``: the empty element) ``name`` of the index's
    formats, its attributes escaped, those set to ``None`` left out;
    ``namespace`` declares :data:`SITE_NS` on it."""
    declaration = f' xmlns="{SITE_NS}"' if namespace else ""
    return (f"<{name}{declaration}"
            + "".join(f" {key}={quoteattr(value)}" for key, value in attributes.items()
                      if value is not None)
            + ("/>" if empty else ">"))


def _kind_rank(kind: str | None) -> int:
    return _KINDS.index(kind) if kind in _KINDS else _KINDS.index("org")  # as te:entity-kind
