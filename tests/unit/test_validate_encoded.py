"""What the encoder writes passes every check: project schema, Schematron
rules and (with jing) TEI P5 — so the rules hold no false alarm for the
tool's own output, and the encoder leaves no pointer dangling."""

from __future__ import annotations

import os
import shutil
from functools import cache
from pathlib import Path

import pytest

from teiencode.entities import load_register
from teiencode.pipeline import encode_path
from teiencode.tei import to_bytes
from teiencode.validate import iter_diagnostics, validate_files

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
CORPUS_PAGES = sorted((ROOT / "corpus").glob("*.txt"))


def shared_pages() -> list[Path]:
    pages = sorted((SHARED / "corpus" / "synthetic").glob("*.txt"))
    pages += sorted((SHARED / "gold" / "frus" / "text").glob("*.txt"))
    return pages


@cache
def register() -> object:
    return load_register([ROOT / "corpus" / "register.xml"])


def encoded(page: Path) -> bytes:
    return to_bytes(encode_path(page, register=register()).tree)


@pytest.mark.parametrize("page", CORPUS_PAGES, ids=lambda p: p.stem)
def test_corpus_page_passes_schema_and_rules(page: Path) -> None:
    assert list(iter_diagnostics(encoded(page), name=page.name)) == []


@pytest.mark.shared
def test_shared_pages_pass_schema_and_rules() -> None:
    pages = shared_pages()
    if not pages:
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing (CI is set)")
        pytest.skip(f"{SHARED} is absent")
    problems = {page.name: [str(d) for d in iter_diagnostics(encoded(page), name=page.name)]
                for page in pages}
    assert {name: found for name, found in problems.items() if found} == {}


@pytest.mark.jing
@pytest.mark.shared
def test_encoded_pages_are_tei_p5(tmp_path: Path) -> None:
    schema = SHARED / "schemas" / "tei_all.rng"
    if shutil.which("jing") is None or not schema.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"jing or {schema} is missing (CI is set)")
        pytest.skip(f"jing or {schema} is absent")
    paths = []
    for page in CORPUS_PAGES + shared_pages():
        path = tmp_path / f"{page.stem}.xml"
        path.write_bytes(encoded(page))
        paths.append(path)
    reports = validate_files(paths, tei_schema=schema)
    assert [str(d) for r in reports for d in r.diagnostics] == []
