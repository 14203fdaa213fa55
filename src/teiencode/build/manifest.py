"""The build manifest: what each output was built from, for incremental builds.

``OUTDIR/manifest.json`` records the content hash of every page built, the hash
of the registers and a fingerprint of the tool (its version and the contents of
its code, schemas and stylesheets). A page is rebuilt only when one of them
changed, when one of its outputs is missing, or when its last build did not
succeed. Each entry also keeps the page's report record, so that a skipped
page still appears in the report with its counts and problems. A journal makes
a killed build resumable (:class:`Manifest`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO, Any

from .atomic import write_atomic

MANIFEST_NAME = "manifest.json"
JOURNAL_NAME = "manifest.journal"
FORMAT = "teiencode-build-manifest/1"
_TOOL_SUFFIXES = {".py", ".xsl", ".xslt", ".xsd", ".sch", ".rng", ".css", ".js"}


def content_hash(data: bytes) -> str:
    """The hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def registers_hash(registers: Sequence[tuple[str, bytes]]) -> str:
    """One hash over the registers' file names (suffixes tell TEI from CSV) and contents."""
    digest = hashlib.sha256()
    for name, data in registers:
        digest.update(Path(name).suffix.encode() + b"\0" + content_hash(data).encode() + b"\n")
    return digest.hexdigest()


@cache
def tool_fingerprint() -> str:
    """The tool's version plus a hash of its code, schemas and stylesheets, so
    that any change to what produces the outputs rebuilds them."""
    from .. import __version__
    from ..resources import data_dir

    package = Path(__file__).resolve().parents[1]
    roots = [package]
    for name in ("schemas", "xslt"):
        try:
            roots.append(data_dir(name))
        except FileNotFoundError:
            continue
    digest = hashlib.sha256(__version__.encode())
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in _TOOL_SUFFIXES:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def is_build_folder(folder: Path) -> bool:
    """Whether ``folder`` holds a teiencode build (its manifest)."""
    try:
        with open(folder / MANIFEST_NAME, "rb") as handle:
            return FORMAT.encode() in handle.read(200)
    except OSError:
        return False


@dataclass
class Manifest:
    """The manifest of one output folder; ``documents`` maps output names to
    ``{"input": hash, "status": status, "record": report record}``; ``index``
    is the hash of what the corpus index was last rendered from.

    Between two saves every update is also appended to ``manifest.journal``
    (one JSON line, flushed), so that a run killed half-way loses nothing it
    finished: the next run replays the journal and resumes where it stopped.
    """

    tool: str
    registers: str
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    index: str | None = None
    _journal: IO[str] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, outdir: Path, *, tool: str, registers: str) -> tuple[Manifest, str | None]:
        """The manifest for a build with this ``tool`` and ``registers``.

        Returns it with the reason every page must be rebuilt ("tool changed",
        "register changed"), or ``None`` when entries carried over. An absent
        or unreadable manifest gives an empty one (every page is new).
        """
        fresh = cls(tool, registers)
        try:
            payload = json.loads((outdir / MANIFEST_NAME).read_bytes())
        except (OSError, ValueError):
            return fresh, None
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            return fresh, None
        if payload.get("tool") != tool:
            return fresh, "tool changed"
        if payload.get("registers") != registers:
            return fresh, "register changed"
        documents = payload.get("documents")
        documents = documents if isinstance(documents, dict) else {}
        documents.update(_replay(outdir / JOURNAL_NAME))
        index = payload.get("index") if isinstance(payload.get("index"), str) else None
        return cls(tool, registers, documents, index), None

    def stale_reason(self, name: str, input_hash: str, outdir: Path) -> str | None:
        """Why page ``name`` must be rebuilt, or ``None`` when it is up to date."""
        entry = self.documents.get(name)
        if entry is None:
            return "new"
        if entry.get("input") != input_hash:
            return "changed"
        if entry.get("status") != "ok":
            return f"last build {entry.get('status')}"
        outputs = entry.get("record", {}).get("outputs", {})
        if not outputs or not all((outdir / rel).is_file() for rel in outputs.values()):
            return "outputs missing"
        return None

    def record(self, name: str) -> dict[str, Any]:
        """The stored report record of page ``name``."""
        return dict(self.documents[name]["record"])

    def update(self, outdir: Path, name: str, input_hash: str, status: str,
               record: dict[str, Any]) -> None:
        """Remember how page ``name`` was built from ``input_hash`` (and journal
        it); only a page whose status is "ok" is ever skipped later."""
        entry = {"input": input_hash, "status": status, "record": record}
        self.documents[name] = entry
        if self._journal is None:
            self._journal = open(outdir / JOURNAL_NAME, "a", encoding="utf-8")
        self._journal.write(json.dumps({"name": name, "entry": entry}, ensure_ascii=False) + "\n")
        self._journal.flush()

    def save(self, outdir: Path) -> None:
        """Write ``OUTDIR/manifest.json`` atomically and drop the journal. The
        format marker comes first (see :func:`is_build_folder`), then one line
        per document, sorted by name."""
        head = {"format": FORMAT, "tool": self.tool, "registers": self.registers,
                "index": self.index}
        write_atomic(outdir / MANIFEST_NAME, _object_lines(head, self.documents))
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        (outdir / JOURNAL_NAME).unlink(missing_ok=True)


def _object_lines(head: dict[str, Any], documents: dict[str, Any]) -> Iterator[str]:
    """The manifest as JSON, one document per line, in name order, written
    piece by piece."""
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "documents": {\n'
    for index, name in enumerate(sorted(documents)):
        entry = json.dumps(documents[name], ensure_ascii=False)
        yield ("" if index == 0 else ",\n") + f"{json.dumps(name, ensure_ascii=False)}: {entry}"
    yield "\n}}\n"


def _replay(journal: Path) -> dict[str, dict[str, Any]]:
    """The entries of a journal; a line cut short by a kill is ignored."""
    entries: dict[str, dict[str, Any]] = {}
    try:
        lines = journal.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return entries
    for line in lines:
        try:
            item = json.loads(line)
            entries[item["name"]] = item["entry"]
        except (ValueError, KeyError, TypeError):
            continue
    return entries
