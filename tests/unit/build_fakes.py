"""Small stand-in stages for testing the batch build's own machinery
(incremental rebuilds, atomic writes, executors) fast and independently of the
real stages. Module-level functions, so that worker processes can unpickle them.

A page is its paragraphs (blank-line separated). A line "FAIL" makes the read
stage raise a ReadError naming that line; a line "CRASH" kills the worker
process outright; a line "SLEEP" hangs the read stage.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from lxml import etree

from teiencode.build import BuildSummary, DocResult, Stages, build, collect_sources
from teiencode.build.search import SEARCH_DIR
from teiencode.build.store import STORE_DIR
from teiencode.errors import InputError, ReadError
from teiencode.model import Diagnostic, Document, Metadata, Paragraph, Text

TEI = "http://www.tei-c.org/ns/1.0"
TE = "urn:teiencode"


def decode(data: bytes, source: str | None = None) -> tuple[str, list[Diagnostic]]:
    if not data:
        raise InputError("the page is empty", file=source)
    return data.decode("utf-8"), []


def read(text: str, source: str | None = None) -> Document:
    for number, line in enumerate(text.splitlines(), start=1):
        if line == "FAIL":
            raise ReadError("this page asks to fail", file=source, line=number)
        if line == "CRASH":
            os._exit(3)
        if line == "SLEEP":
            time.sleep(60)
    blocks = tuple(Paragraph((Text(part.strip()),)) for part in text.split("\n\n") if part.strip())
    return Document(Metadata(title=text.splitlines()[0] if text else None), blocks, source=source)


def load_register(paths: Sequence[Path]) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


def find_mentions(doc: Document, register: dict[str, str] | None) -> Document:
    return doc


def encode(doc: Document) -> etree._ElementTree:
    root = etree.Element(f"{{{TEI}}}TEI", nsmap={None: TEI})
    body = etree.SubElement(etree.SubElement(root, f"{{{TEI}}}text"), f"{{{TEI}}}body")
    for block in doc.blocks:
        etree.SubElement(body, f"{{{TEI}}}p").text = block.inlines[0].text
    return etree.ElementTree(root)


def to_bytes(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def diagnose(xml: bytes) -> Iterable[Diagnostic]:
    return []


def render_html(xml: bytes, params: object = None) -> str:
    paras = etree.fromstring(xml).iter(f"{{{TEI}}}p")
    return "<!DOCTYPE html>\n" + "".join(f"<p>{p.text}</p>\n" for p in paras)


def render_text(xml: bytes) -> str:
    return "\n\n".join(p.text or "" for p in etree.fromstring(xml).iter(f"{{{TEI}}}p")) + "\n"


def parse(xml: bytes) -> bytes:
    return xml


def index_entry(xml: bytes, params: object = None) -> bytes:
    first = next(etree.fromstring(xml).iter(f"{{{TEI}}}p"))
    entry = etree.Element(f"{{{TE}}}entry", nsmap={None: TE}, title=first.text or "")
    return etree.tostring(entry)


def render_index(page: bytes, params: object = None) -> str:
    """The index page: a link per entry, in the order given (the build's date order)."""
    entries = etree.fromstring(page).iter(f"{{{TE}}}entry")
    return "".join(f'<a href="{e.get("href")}">{e.get("title")}</a>\n' for e in entries)


def render_index_naming_its_process(page: bytes, params: object = None) -> str:
    """:func:`render_index`, after a line naming the process that rendered it."""
    return f"pid {os.getpid()}\n" + render_index(page)


def render_css() -> str:
    return "body { margin: 0; }\n"


def check_text(document: Document, tree: object) -> tuple[()]:
    """The fake TEI holds the page's text whole."""
    return ()


FAKE_STAGES = Stages(decode=decode, read=read, load_register=load_register,
                     find_mentions=find_mentions, encode=encode, to_bytes=to_bytes,
                     diagnose=diagnose, parse=parse, render_html=render_html,
                     render_text=render_text, index_entry=index_entry, render_index=render_index,
                     check_text=check_text, render_css=render_css)


def write_pages(folder: Path, count: int, prefix: str = "page") -> list[Path]:
    """``count`` distinct small pages in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"{prefix}-{index:03d}.txt"
        path.write_text(f"Title {index}\n\nFirst paragraph of page {index}.\n\nSecond.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def write_tei(folder: Path, name: str, *paragraphs: str) -> Path:
    """A small TEI document of ``paragraphs`` at ``folder/name.xml``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.xml"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(f'<TEI xmlns="{TEI}"><teiHeader/><text><body>{body}</body></text></TEI>\n',
                    encoding="utf-8")
    return path


def output_bytes(outdir: Path) -> dict[str, bytes]:
    """Every page output under ``outdir`` (not the report, not the build's own
    state, not the search index, whose filter files Pagefind writes in an
    order of its own), by relative path."""
    return {p.relative_to(outdir).as_posix(): p.read_bytes() for p in sorted(outdir.rglob("*"))
            if p.is_file() and p.name not in {"report.json", "manifest.json"}
            and not {STORE_DIR, SEARCH_DIR} & set(p.relative_to(outdir).parts)}


def build_sources(sources: Sequence[Path], outdir: Path, **options: object
                  ) -> tuple[BuildSummary, dict[str, DocResult]]:
    """Build ``sources`` (files and folders) into ``outdir`` in this process,
    with the fake stages unless ``stages`` is given (``None``: the real ones);
    the summary and every page's result, by name."""
    seen: dict[str, DocResult] = {}
    options.setdefault("stages", FAKE_STAGES)
    summary = build(collect_sources(sources), outdir, jobs=1,
                    on_progress=lambda r: seen.__setitem__(r.name, r), **options)
    return summary, seen
