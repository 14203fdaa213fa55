"""Every page the project has: the reader keeps the text and finds the turns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_pages import shared_pages

from teiencode.model import Turn
from teiencode.read import read_path
from teiencode.walk import normalize_space, reading_text

ROOT = Path(__file__).resolve().parents[2]
PAGES = shared_pages()
LOCAL = sorted((ROOT / "corpus").glob("*.txt"))


def _skip_without_shared() -> None:
    if not PAGES:
        pytest.skip("../shared is absent")


@pytest.mark.parametrize("page", LOCAL, ids=lambda p: p.name)
def test_bundled_pages_keep_their_text(page: Path) -> None:
    doc = read_path(page)
    assert normalize_space(reading_text(doc)) == normalize_space(doc.body_text)


@pytest.mark.shared
@pytest.mark.parametrize("page", PAGES or [None], ids=lambda p: p.name if p else "absent")
def test_shared_pages_keep_their_text(page: Path | None) -> None:
    _skip_without_shared()
    assert page is not None
    doc = read_path(page)
    assert normalize_space(reading_text(doc)) == normalize_space(doc.body_text)
    assert doc.body_text.strip(), "a page with text has a body"


def _gold(page: Path) -> tuple[str, dict] | None:  # type: ignore[type-arg]
    synthetic = page.with_name(page.stem + ".gold.json")
    if synthetic.exists():
        return "synthetic", json.loads(synthetic.read_text(encoding="utf-8"))
    frus = page.parent.parent / "gold" / f"{page.stem}.json"
    if frus.exists():
        return "frus", json.loads(frus.read_text(encoding="utf-8"))
    return None


@pytest.mark.shared
@pytest.mark.parametrize("page", [p for p in PAGES if _gold(p)] or [None], ids=lambda p: p.name if p else "absent")
def test_turns_start_where_the_gold_says(page: Path | None) -> None:
    _skip_without_shared()
    assert page is not None
    kind, gold = _gold(page)  # type: ignore[misc]
    doc = read_path(page)
    ours = {b.span.start for b in doc.blocks if isinstance(b, Turn) and b.span}
    starts = {t["label_start"] for t in gold["turns"]}
    if kind == "synthetic":
        assert ours == starts
    else:  # FRUS gold marks only labels of persons in the volume's register
        assert len(ours & starts) >= 0.97 * len(starts)
        assert len(ours - starts) <= max(2, len(starts) // 20)


@pytest.mark.shared
@pytest.mark.parametrize("page", [p for p in PAGES if p.with_name(p.stem + ".gold.json").exists()] or [None],
                         ids=lambda p: p.name if p else "absent")
def test_every_gold_omission_is_a_gap(page: Path | None) -> None:
    _skip_without_shared()
    assert page is not None
    from teiencode.model import Gap
    from teiencode.walk import document_inlines

    gold = json.loads(page.with_name(page.stem + ".gold.json").read_text(encoding="utf-8"))
    doc = read_path(page)
    gaps = {n.span.start: n.mark for n in document_inlines(doc) if isinstance(n, Gap) and n.span}
    assert {m["start"]: m["text"] for m in gold["omission_marks"]}.items() <= gaps.items()


def _turns(doc):  # type: ignore[no-untyped-def]
    from teiencode.walk import inlines_text

    return [(normalize_space(inlines_text(b.label)), b.speaker) for b in doc.blocks if isinstance(b, Turn)]


VARIANTS = {
    "single newlines": lambda t: __import__("re").sub(r"(\r?\n)(?:[ \t]*\r?\n)+", r"\1", t),
    "blank line after every line": lambda t: __import__("re").sub(r"\r?\n", "\n\n", t),
    "CRLF": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "no-break spaces and tabs": lambda t: t.replace(" ", "\u00a0", 60).replace(" ", "\t", 20),
    "byte-order mark in the text": lambda t: "\ufeff" + t,
}


@pytest.mark.shared
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_layout_variants_read_the_same(variant: str) -> None:
    """The same page with other line breaks or spaces gives the same turns and header."""
    _skip_without_shared()
    from teiencode.read import read_page

    for page in PAGES:
        text = page.read_text(encoding="utf-8-sig")
        base, other = read_page(text), read_page(VARIANTS[variant](text))
        assert normalize_space(reading_text(other)) == normalize_space(other.body_text)
        assert _turns(other) == _turns(base), page.name
        assert normalize_space(other.metadata.title or "") == normalize_space(base.metadata.title or ""), page.name
        assert other.metadata.date == base.metadata.date, page.name
