"""Golden files: every page in corpus/ encodes, renders to HTML and text exactly as reviewed.

After an intended change, regenerate with ``TEIENCODE_UPDATE_GOLDEN=1 pytest tests/test_golden_corpus.py``
and review the diff of tests/golden/ before committing it. (The golden files are kept out of
corpus/, which is a source folder of the build: a TEI file there would be built as a source.)
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from teiencode.entities import load_register
from teiencode.pipeline import encode_path
from teiencode.publish import render_html, render_text
from teiencode.tei import to_bytes
from teiencode.validate import iter_diagnostics
from teiencode.walk import normalize_space

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXPECTED = Path(__file__).resolve().parent / "golden"
PAGES = sorted(CORPUS.glob("*.txt"))
_VERSION = re.compile(rb'(<application[^>]*?version="|by teiencode )[0-9.]*[0-9]')


def _stable(data: bytes) -> bytes:
    """Drop what legitimately differs between runs: the tool's version (in
    ``application/@version`` and in the ``change`` that records the encoding)."""
    return _VERSION.sub(rb"\g<1>X", data)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_page_matches_its_golden_files(page: Path) -> None:
    encoded = encode_path(page, register=load_register([CORPUS / "register.xml"]))
    xml = to_bytes(encoded.tree)
    errors = [d for d in iter_diagnostics(xml, name=page.name) if d.severity == "error"]
    assert not errors, "\n".join(map(str, errors))
    outputs = {".xml": _stable(xml), ".html": _stable(render_html(xml).encode()),
               ".text": render_text(xml).encode()}
    text = outputs[".text"].decode()
    assert normalize_space(text) == normalize_space(encoded.document.body_text)
    for suffix, data in outputs.items():
        golden = EXPECTED / (page.stem + suffix)
        if os.environ.get("TEIENCODE_UPDATE_GOLDEN"):
            golden.parent.mkdir(exist_ok=True)
            golden.write_bytes(data)
        assert golden.read_bytes() == data, f"{golden} differs; review and regenerate"
