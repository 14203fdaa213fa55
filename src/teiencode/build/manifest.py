"""The build manifest: what each output was built from, for incremental builds.

The manifest records the content hash of every page built, the hash of the
registers and a fingerprint of the tool (its version and the contents of its
code, schemas and stylesheets). A page is rebuilt only when one of them
changed, when one of its outputs is missing, or when its last build did not
succeed. Each entry also keeps the page's report record, so that a skipped
page still appears in the report with its counts and problems.

The manifest lives in the build's store (:mod:`.store`), committed page by
page, so that a killed build resumes where it stopped and the parent holds no
entry in memory. ``OUTDIR/manifest.json`` is a copy for people and tools, one
document per line, written when the build ends; it also marks the folder as a
build's output (:func:`is_build_folder`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from .report import json_object_lines
from .store import BuildStore

MANIFEST_NAME = "manifest.json"
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


class Manifest:
    """The manifest of one output folder, kept in its :class:`BuildStore`:
    the ``tool`` and ``registers`` it was built with, per output name the
    input hash, status and report record of the page's last build, and
    ``index``, the hash of what the corpus index was last rendered from."""

    def __init__(self, store: BuildStore, tool: str, registers: str) -> None:
        self.store = store
        self.tool = tool
        self.registers = registers
        self._changed = False
        self._last: tuple[str, tuple[str, str, dict[str, Any]] | None] = ("", None)

    @classmethod
    def load(cls, store: BuildStore, *, tool: str, registers: str) -> tuple[Manifest, str | None]:
        """The manifest for a build with this ``tool`` and ``registers``.

        Returns it with the reason every page must be rebuilt ("tool changed",
        "register changed"), or ``None`` when entries carried over. A new
        store gives an empty manifest (every page is new).
        """
        known_tool, known_registers = store.meta("tool"), store.meta("registers")
        reason = None
        if known_tool is not None and known_tool != tool:
            reason = "tool changed"
        elif known_registers is not None and known_registers != registers:
            reason = "register changed"
        manifest = cls(store, tool, registers)
        if reason is not None or known_tool is None:
            store.clear_manifest()
            store.set_meta("index", None)
            store.set_meta("tool", tool)
            store.set_meta("registers", registers)
            store.commit()
            manifest._changed = True
        return manifest, reason

    @property
    def index(self) -> str | None:
        """The hash of what the corpus index was last rendered from."""
        return self.store.meta("index")

    @index.setter
    def index(self, key: str | None) -> None:
        self.store.set_meta("index", key)
        self._changed = True

    def stale_reason(self, name: str, input_hash: str, outdir: Path) -> str | None:
        """Why page ``name`` must be rebuilt, or ``None`` when it is up to date."""
        entry = self._entry(name)
        if entry is None:
            return "new"
        built_from, status, record = entry
        if built_from != input_hash:
            return "changed"
        if status != "ok":
            return f"last build {status}"
        outputs = record.get("outputs", {})
        folder = str(outdir)  # os.path: a no-change rebuild checks every output of every page
        if not outputs or not all(os.path.isfile(os.path.join(folder, rel))
                                  for rel in outputs.values()):
            return "outputs missing"
        return None

    def record(self, name: str) -> dict[str, Any]:
        """The stored report record of page ``name``."""
        entry = self._entry(name)
        if entry is None:
            raise KeyError(name)
        return entry[2]

    def _entry(self, name: str) -> tuple[str, str, dict[str, Any]] | None:
        """The stored entry of page ``name``, read once for
        :meth:`stale_reason` and :meth:`record` in turn."""
        if self._last[0] != name or self._last[1] is None:
            self._last = (name, self.store.manifest_entry(name))
        return self._last[1]

    def update(self, name: str, input_hash: str, status: str, record: dict[str, Any]) -> None:
        """Remember how page ``name`` was built from ``input_hash`` (durable
        with the store's next commit); only a page whose status is "ok" is
        ever skipped later."""
        self.store.put_manifest_entry(name, input_hash, status, record)
        self._last = ("", None)
        self._changed = True

    def save(self, outdir: Path) -> None:
        """Write ``OUTDIR/manifest.json`` atomically when the manifest changed
        since it was written (or it is missing). The format marker comes first
        (see :func:`is_build_folder`), then one line per document, sorted by
        name."""
        if not self._changed and is_build_folder(outdir):
            return
        self.store.commit()
        head = {"format": FORMAT, "tool": self.tool, "registers": self.registers,
                "index": self.index}
        members = _members(self.store.manifest_entries())
        write_atomic(outdir / MANIFEST_NAME,
                     json_object_lines(head, "documents", members, mapping=True))
        self._changed = False


def _members(documents: Iterator[tuple[str, str, str, str]]) -> Iterator[str]:
    """Each document's manifest entry as a ``"name": {…}`` JSON member."""
    for name, input_hash, status, record in documents:
        yield (f'{json.dumps(name, ensure_ascii=False)}: {{"input": {json.dumps(input_hash)}, '
               f'"status": {json.dumps(status)}, "record": {record}}}')
