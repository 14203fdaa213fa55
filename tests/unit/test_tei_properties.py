"""Properties of the tei stage over random documents of the whole model:
the output is valid (project schema, TEI P5), loses and adds no text, and is
deterministic."""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

import pytest
import xmlschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from tei_samples import XSD, document_strategy, jing_errors, tei_reading_text

from teiencode.model import Document
from teiencode.tei import encode, to_bytes
from teiencode.walk import normalize_space, reading_text

DOCUMENTS = document_strategy()
SETTINGS = settings(max_examples=75, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@cache
def project_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(XSD)


@cache
def libxml2_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@SETTINGS
@given(DOCUMENTS)
def test_random_documents_are_valid_against_the_project_schema(doc: Document) -> None:
    tree = etree.fromstring(to_bytes(encode(doc)))
    errors = list(project_schema().iter_errors(tree))
    assert not errors, errors[0]
    assert libxml2_schema().validate(tree), libxml2_schema().error_log.last_error


@SETTINGS
@given(DOCUMENTS)
def test_random_documents_keep_their_reading_text(doc: Document) -> None:
    parsed = etree.fromstring(to_bytes(encode(doc)))
    assert normalize_space(tei_reading_text(parsed)) == normalize_space(reading_text(doc))


@settings(max_examples=40, deadline=None)
@given(DOCUMENTS)
def test_encoding_is_deterministic(doc: Document) -> None:
    assert to_bytes(encode(doc)) == to_bytes(encode(doc))


@pytest.mark.jing
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(DOCUMENTS, min_size=6, max_size=6))
def test_random_documents_are_valid_tei_p5(docs: list[Document]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for number, doc in enumerate(docs):
            path = Path(tmp) / f"doc{number}.xml"
            path.write_bytes(to_bytes(encode(doc)))
            paths.append(path)
        assert jing_errors(paths) == ""
