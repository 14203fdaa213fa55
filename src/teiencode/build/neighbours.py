"""Previous and next documents, in the corpus index's date order, in each
edition's navigation.

A worker renders a page without knowing the other pages, so its navigation
holds an empty slot (``<!--te:neighbours--><!--/te:neighbours-->``, written
by ``xslt/html/html-header.xsl``). Once every page is built, the parent walks
the listed documents in date order and fills each slot with the links to the
document before and after it. What it wrote is kept in the store, so that a
rebuild rewrites only the pages whose neighbours changed, or that were built
again (:meth:`~.store.BuildStore.forget_neighbours`).

Filling a slot replaces a file that was written moments before, which a file
system such as ext4 makes wait for that file's data to reach the disk (its
guard against losing a file replaced by a rename): a few milliseconds of
waiting, not of work, per page. So the slots are filled by a few threads at a
time, in batches, each batch recorded in the store once its pages are written.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from ..atomic import write_atomic
from .store import BuildStore

START, END = b"<!--te:neighbours-->", b"<!--/te:neighbours-->"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
#: Slots filled at once (more threads wait on one another), and per batch.
FILL_THREADS, BATCH = 4, 256


def link_neighbours(outdir: Path, store: BuildStore) -> None:
    """Fill the navigation slot of every listed edition whose neighbours
    changed (or that was rendered again)."""
    with ThreadPoolExecutor(FILL_THREADS, thread_name_prefix="teiencode-neighbours") as pool:
        batch: list[tuple[str, str]] = []
        for name, markup, kept in _walk(store):
            if markup != kept:
                batch.append((name, markup))
            if len(batch) == BATCH:
                _fill(outdir, store, pool, batch)
                batch = []
        _fill(outdir, store, pool, batch)
    store.commit()


def _fill(outdir: Path, store: BuildStore, pool: ThreadPoolExecutor,
          batch: list[tuple[str, str]]) -> None:
    """Fill the slots of a batch of pages, then record what they now hold."""
    for _ in pool.map(lambda item: fill_slot(outdir / (item[0] + ".html"), item[1]), batch):
        pass
    for name, markup in batch:
        store.put_neighbours(name, markup)


@dataclass(frozen=True)
class _Document:
    """A listed document: its page name, the address of its edition (from
    the site's root), what its link says, and its links last written."""

    name: str
    href: str
    label: str
    kept: str | None


def _walk(store: BuildStore) -> Iterator[tuple[str, str, str | None]]:
    """``(page name, its navigation links, the links last written)`` of the
    listed documents in date order."""
    previous: _Document | None = None
    current: _Document | None = None
    for name, head, kept in store.ordered_documents():
        attributes = etree.fromstring(head + "</entry>", _PARSER).attrib
        document = _Document(name, attributes.get("href", ""),
                             attributes.get("date-text") or attributes.get("title", ""), kept)
        if current is not None:
            yield current.name, _links(current, previous, document), current.kept
        previous, current = current, document
    if current is not None:
        yield current.name, _links(current, previous, None), current.kept


def _links(document: _Document, previous: _Document | None, following: _Document | None) -> str:
    """The links of ``document`` to the documents before and after it (by
    their date, else their title), relative to it."""
    up = "../" * unquote(document.href).count("/")
    links = []
    if previous is not None:
        links.append(f'<a rel="prev" href="{html.escape(up + previous.href)}">'
                     f"← Previous: {html.escape(previous.label)}</a>")
    if following is not None:
        links.append(f'<a rel="next" href="{html.escape(up + following.href)}">'
                     f"Next: {html.escape(following.label)} →</a>")
    return "".join(links)


def fill_slot(path: Path, markup: str) -> bool:
    """Put ``markup`` in the navigation slot of the edition at ``path``;
    whether it has one (a page rendered otherwise, or gone, has none)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    start = data.find(START)
    end = data.find(END, start)
    if start < 0 or end < 0:
        return False
    filled = data[:start + len(START)] + markup.encode("utf-8") + data[end:]
    if filled != data:
        write_atomic(path, filled)
    return True
