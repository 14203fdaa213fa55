"""The corpus index, ``OUTDIR/index.html``, rendered by
:func:`teiencode.publish.render_index_page` from the index entries the
workers made (kept in the :class:`~.store.BuildStore`), never from the TEI.
Its pages are made here as :class:`~.worker.SitePage` jobs, which the build's
workers render, in parallel like the pages themselves.

Beside the index the build writes the site's style sheet ``teiencode.css``,
which every page links to, and its search page ``search.html`` (:mod:`.search`).

A small corpus (at most ``page_size`` documents, carrying at most
``NAME_ROWS_PER_DOCUMENT × page_size`` entity rows — one entity in one
document) gets one page, the documents and the combined index of names. A
larger one is rendered in pieces of bounded size, so that the memory the
rendering needs does not grow with the corpus: the documents in date order on
``index.html``, ``index-2.html`` … (``page_size`` each), and the combined
index by kind and initial on ``index-people-a.html``, ``index-places-0-9.html``,
``index-organisations-other.html`` … (continued on ``…-2.html`` past that many
rows, an entity's documents possibly spanning two pages). The documents pages
link to each other and to the combined index, whose pages link to each other
and back to the documents.

The index is rendered again only when what it lists changed: the hash of the
pages' names, input hashes, the page size and the tool is kept in the manifest.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

from ..atomic import write_atomic
from .manifest import Manifest
from .search import SEARCH_DIR
from .siteoptions import CSS_NAME, INDEX_NAME, SEARCH_NAME, SiteOptions
from .store import OTHER, BuildStore, start_tag
from .worker import SitePage, StyleSheet

#: Renders site pages (and the style sheet), yielding per page the files still to write.
Renderer = Callable[[Iterator[SitePage | StyleSheet]], Iterable[dict[str, bytes]]]

PAGE_SIZE = 500
NAME_ROWS_PER_DOCUMENT = 2
_KIND_SLUGS = {"person": "people", "place": "places", "org": "organisations"}


def is_site_page_name(name: str) -> bool:
    """Whether a page output named ``name`` would be overwritten by an index
    page or the search page, or lie in the search index's folder."""
    if name.split("/", 1)[0] == SEARCH_DIR:
        return True
    return "/" not in name and (name in ("index", "search") or name.startswith("index-"))


@dataclass(frozen=True)
class _Page:
    """One page of the index: where it goes, what part it shows, its label in
    the navigation, its title and, for the combined index, its kind and how
    many entity rows it holds."""

    path: str
    part: str
    label: str
    title: str
    kind: str = ""
    rows: int = 0

    def nav(self, *, current: bool = False) -> str:
        """Its link in the navigation every page of a large index carries."""
        attributes = {"part": self.part, "href": self.path, "label": self.label,
                      "kind": self.kind or None, "current": "true" if current else None}
        return start_tag("nav", attributes, empty=True)


def write_index(outdir: Path, store: BuildStore, manifest: Manifest, render: Renderer, *,
                page_size: int = PAGE_SIZE, site: SiteOptions | None = None,
                search_bundles: Sequence[str] = ()) -> bool:
    """Render the index pages over the pages listed in ``store`` with
    ``render`` (the build's workers), with the site's style sheet and, when
    ``site`` has a search, its search page (which merges ``search_bundles``,
    the folders of the search index), unless they are up to date; delete
    pages a larger index (or a build with search) had; return whether they
    were written."""
    site = site or SiteOptions()
    key = _index_key(store, manifest, page_size, search_bundles)
    previous = store.site_pages()
    if not _stale(outdir, key, manifest, previous):
        return False
    documents, rows = store.count_listed()
    if documents <= page_size and rows <= page_size * NAME_ROWS_PER_DOCUMENT:
        xml = _site_xml("", None, "", documents, store.document_entries(with_entities=True))
        written, jobs = {INDEX_NAME}, iter([SitePage(INDEX_NAME, xml)])
    else:
        written, jobs = _site_pages(store, documents, page_size)
    assets: list[SitePage | StyleSheet] = [StyleSheet(CSS_NAME)]
    if site.search:
        assets.append(SitePage(SEARCH_NAME, _site_xml("search", None, "", documents, (),
                                                      bundles=search_bundles)))
    written |= {asset.path for asset in assets}
    for files in render(chain(jobs, assets)):
        for path, content in files.items():
            write_atomic(outdir / path, content)
    for stale in previous - written:
        (outdir / stale).unlink(missing_ok=True)
    store.set_site_pages(written)
    manifest.index = key
    return True


def _index_key(store: BuildStore, manifest: Manifest, page_size: int,
               search_bundles: Sequence[str]) -> str:
    """The hash of what the index lists: the pages' names and inputs, the page
    size, the tool, the search index's bundles."""
    digest = hashlib.sha256(f"{manifest.tool}\0{page_size}\0{' '.join(search_bundles)}\n"
                            .encode())
    for name, input_hash in store.listed_names():
        digest.update(f"{name}\0{input_hash}\n".encode())
    return digest.hexdigest()


def _stale(outdir: Path, key: str, manifest: Manifest, previous: set[str]) -> bool:
    return key != manifest.index or not previous or not all((outdir / p).is_file()
                                                           for p in previous)


def _site_pages(store: BuildStore, documents: int,
                page_size: int) -> tuple[set[str], Iterator[SitePage]]:
    """The index in pieces: the paths of its pages, and the pages made one
    at a time — the documents pages, then the names pages."""
    count = max(1, math.ceil(documents / page_size))
    document_pages = [_Page(INDEX_NAME if number == 1 else f"index-{number}.html", "documents",
                            str(number), f"documents, page {number} of {count}" if count > 1
                            else "")
                      for number in range(1, count + 1)]
    sections, rows = store.name_index()
    name_pages = list(_name_pages(sections, page_size * NAME_ROWS_PER_DOCUMENT))
    pages = document_pages + name_pages

    links = [page.nav() for page in pages]  # escaped once, not once per page

    def navigation(number: int) -> str:
        return "".join(links[:number] + [pages[number].nav(current=True)] + links[number + 1:])

    def jobs() -> Iterator[SitePage]:
        entries = store.document_entries(with_entities=False)
        for number, page in enumerate(document_pages):
            yield SitePage(page.path, _site_xml("documents", page, navigation(number), documents,
                                                islice(entries, page_size)))
        for number, page in enumerate(name_pages, start=len(document_pages)):
            yield SitePage(page.path, _site_xml("names", page, navigation(number), documents,
                                                islice(rows, page.rows)))

    return {page.path for page in pages}, jobs()


def _name_pages(sections: Iterable[tuple[str, str, int]], per_page: int) -> Iterator[_Page]:
    """The pages of the combined index: one per kind and initial, continued
    on further pages past ``per_page`` rows."""
    for kind, letter, rows in sections:
        slug = "other" if letter == OTHER else letter
        shown = "Other" if letter == OTHER else letter.upper()
        parts = math.ceil(rows / per_page)
        for part in range(1, parts + 1):
            suffix = "" if part == 1 else f"-{part}"
            label = shown if parts == 1 else f"{shown} ({part}/{parts})"
            yield _Page(f"index-{_KIND_SLUGS[kind]}-{slug}{suffix}.html", "names", label,
                        f"{_KIND_SLUGS[kind].capitalize()}: {label}", kind=kind,
                        rows=min(per_page, rows - (part - 1) * per_page))


def _site_xml(part: str, current: _Page | None, navigation: str, documents: int,
              entries: Iterable[str], *, bundles: Sequence[str] = ()) -> bytes:
    """The ``<site>`` document of one page (format: ``xslt/site/index.xsl``):
    the page ``current`` of a large index, with its ``navigation``, or the
    one page of a small one; for the search page, the search index's ``bundles``."""
    attributes = {"documents": str(documents), "part": part or None,
                  "label": current.title if current is not None and current.title else None,
                  "bundles": " ".join(f"{folder}/" for folder in bundles) or None}
    head = start_tag("site", attributes, namespace=True)
    return (head + navigation + "".join(entries) + "</site>").encode("utf-8")
