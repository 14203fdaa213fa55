"""The corpus index, ``OUTDIR/index.html``, rendered by
:func:`teiencode.publish.render_index` from the TEI of every page built.

The index is rendered again only when what it lists changed: the hash of the
pages' names, input hashes and the tool is kept in the manifest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from .atomic import write_atomic
from .manifest import Manifest
from .report import DocResult

INDEX_NAME = "index.html"

def write_index(outdir: Path, results: Iterable[DocResult], manifest: Manifest,
                render: Callable[[list[tuple[Path, str]]], str]) -> bool:
    """Render ``OUTDIR/index.html`` over the pages that have outputs, unless it
    is up to date; return whether it was written."""
    listed = sorted((r for r in results if r.outputs), key=lambda r: r.name)
    digest = hashlib.sha256(manifest.tool.encode())
    for result in listed:
        entry = manifest.documents.get(result.name, {})
        digest.update(f"{result.name}\0{entry.get('input')}\n".encode())
    key = digest.hexdigest()
    if key == manifest.index and (outdir / INDEX_NAME).is_file():
        return False
    entries = [(outdir / r.outputs["xml"], r.outputs["html"]) for r in listed]
    write_atomic(outdir / INDEX_NAME, render(entries).encode("utf-8"))
    manifest.index = key
    return True
