"""The tei stage on real reader output: the seed and the synthetic pages of
../shared, read and linked by the other stages, encode to valid TEI that keeps
every character of the reading text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import xmlschema
from lxml import etree
from tei_samples import REPO, SHARED, XSD, jing_errors, shared_or_skip, tei_reading_text

from teiencode.entities import find_mentions, load_register
from teiencode.read import read_path
from teiencode.tei import encode, to_bytes
from teiencode.walk import normalize_space, reading_text

pytestmark = pytest.mark.shared

PAGES = sorted((SHARED / "corpus").glob("*/*.txt"))


@cache
def encoded(page: Path) -> tuple[str, bytes]:
    doc = find_mentions(read_path(page), load_register([REPO / "corpus" / "register.xml"]))
    return reading_text(doc), to_bytes(encode(doc))


@cache
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(XSD)


@pytest.fixture(scope="module", autouse=True)
def corpus() -> None:
    shared_or_skip(SHARED / "corpus" / "seed")


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_page_is_valid_and_keeps_its_reading_text(page: Path) -> None:
    text, data = encoded(page)
    tree = etree.fromstring(data)
    errors = list(schema().iter_errors(tree))
    assert not errors, errors[0]
    assert normalize_space(tei_reading_text(tree)) == normalize_space(text)


@pytest.mark.jing
def test_pages_are_valid_tei_p5(tmp_path: Path) -> None:
    paths = []
    for page in PAGES:
        paths.append(tmp_path / f"{page.stem}.xml")
        paths[-1].write_bytes(encoded(page)[1])
    assert paths and jing_errors(paths) == ""
