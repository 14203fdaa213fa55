"""Stable xml:ids and the header's small parsers (credits, languages)."""

from __future__ import annotations

import pytest

import pycountry

from teiencode.tei import languages
from teiencode.tei.header import credit_statements, language_ident, paragraphs
from teiencode.tei.ids import EntityIds, PassageIds, to_ncname


@pytest.mark.parametrize(("model_id", "expected"), [
    ("heng-samrin", "heng-samrin"),
    ("person:zhou-enlai", "person-zhou-enlai"),
    ("Ünïcode id", "Unicode-id"),
    ("1979", "x-1979"),
    ("-lead", "lead"),
    ("北京", "x"),
])
def test_model_ids_become_ncnames(model_id: str, expected: str) -> None:
    assert to_ncname(model_id) == expected


def test_entity_ids_are_unique_stable_and_avoid_reserved_names() -> None:
    ids = EntityIds()
    assigned = [ids.assign(i) for i in ("a b", "a:b", "teiencode", "d1-sp2", "d1", "a b")]
    assert assigned == ["a-b", "a-b-2", "teiencode-2", "d1-sp2-e", "d1-e", "a-b"]
    assert ids.pointer("a:b") == "#a-b-2"
    assert ids.pointer(None) is None and ids.pointer("") is None


def test_passages_are_numbered_per_kind() -> None:
    ids = PassageIds("d1")
    assert [ids.next(k) for k in ("p", "sp", "p", "ab", "sp")] == [
        "d1-p1", "d1-sp1", "d1-p2", "d1-ab1", "d1-sp2"]


def test_credits_split_into_responsibilities() -> None:
    credits = ("Mongol Ulsyn Zasgiin Gazryn Arkhiv: fond 1. Obtained and translated by "
               "Sergey Radchenko with the assistance of Onon Perenlei.")
    assert credit_statements(credits, ("Sergey Radchenko", "Onon Perenlei")) == [
        ("Obtained and translated by", "Sergey Radchenko"),
        ("with the assistance of", "Onon Perenlei")]
    assert credit_statements("Translated by A, B and C", ("A", "B", "C")) == [
        ("Translated by", "A"), ("Translated by", "B"), ("Translated by", "C")]
    assert credit_statements(None, ("A",)) == [("Translated by", "A")]


def test_languages_and_paragraphs() -> None:
    idents = [language_ident(n) for n in ("Mongolian", "Russian", "Klingonese")]
    assert idents == ["mn", "ru", "und"]
    assert paragraphs("One.\n \nTwo\nlines.\n\n\n") == ["One.", "Two\nlines."]


def test_the_language_tables_give_pycountrys_answers(tmp_path, monkeypatch) -> None:
    """Built into an empty cache folder, then read back from it: the same as asking pycountry."""
    monkeypatch.setenv("TEIENCODE_CACHE_DIR", str(tmp_path))
    for _ in range(2):
        languages._table.cache_clear()
        for name in ("Mongolian", "russian ", "Chinese", "Korean", "khm", "Klingonese", "I", "Ghotuo"):
            try:
                language = pycountry.languages.lookup(name.strip())
                expected = getattr(language, "alpha_2", None) or language.alpha_3
            except LookupError:
                expected = "und"
            assert languages.language_ident(name) == expected
        for tag in ("en-GB", "mn", "khm", "zh-Hant", "qaa"):
            primary = tag.split("-")[0]
            language = pycountry.languages.get(alpha_2=primary) or pycountry.languages.get(alpha_3=primary)
            assert languages.language_name(tag) == (language.name if language else tag)
    assert len(list(tmp_path.glob("languages-*.tsv"))) == 2
    languages._table.cache_clear()
