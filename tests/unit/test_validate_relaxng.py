"""RELAX NG validation (--tei-schema): jing for batches, lxml without it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from teiencode.errors import InputError
from teiencode.validate import iter_diagnostics, relaxng, validate_files

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "invalid"
TEI_ALL = ROOT / ".." / "shared" / "schemas" / "tei_all.rng"

# Broken files whose fault TEI P5 itself rejects, and the line jing names.
TEI_REJECTS = {"wrong_element.xml": 70, "bad_date.xml": 59, "bad_month.xml": 64,
               "bad_date_shape.xml": 68, "duplicate_id.xml": 64}

BROKEN_RNG = '<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><foo/></start></grammar>'
TINY_RNG = """<grammar xmlns="http://relaxng.org/ns/structure/1.0"
  ns="http://www.tei-c.org/ns/1.0">
  <start><element name="TEI">
    <oneOrMore><element name="p"><text/></element></oneOrMore>
  </element></start>
</grammar>"""


def tei_all() -> Path:
    if not TEI_ALL.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{TEI_ALL} is missing (CI is set)")
        pytest.skip(f"{TEI_ALL} is absent")
    return TEI_ALL


def need_jing() -> None:
    if shutil.which("jing") is None:
        if os.environ.get("CI"):
            pytest.fail("jing is not installed (CI is set): apt-get install jing")
        pytest.skip("jing is not installed")


def test_long_lists_of_expected_elements_are_cut() -> None:
    names = ", ".join(f'"e{n}"' for n in range(120))
    short = relaxng._shorten(f'element "x" not allowed here; expected element {names} or "z"')
    assert short.endswith('"e7" or 113 more') and short.count('"e') == 8
    assert relaxng._shorten('expected "a" or "b"') == 'expected "a" or "b"'


@pytest.mark.parametrize("engine", ["lxml", pytest.param("jing", marks=pytest.mark.jing)])
def test_small_schema_verdicts(tmp_path: Path, engine: str) -> None:
    if engine == "jing":
        need_jing()
    schema = tmp_path / "tiny.rng"
    schema.write_text(TINY_RNG)
    ns = 'xmlns="http://www.tei-c.org/ns/1.0"'
    good = ("good.xml", f"<TEI {ns}><p>a</p></TEI>".encode())
    bad = ("bad.xml", f"<TEI {ns}>\n<p>a</p>\n<q/></TEI>".encode())
    results = relaxng.check(schema, [good, bad], engine=engine)  # type: ignore[arg-type]
    assert results[0] == []
    [d] = results[1]
    assert (d.code, d.severity, d.file, d.line) == ("RNG", "error", "bad.xml", 3)
    assert "q" in d.message


def test_unusable_schema_is_an_input_error(tmp_path: Path) -> None:
    schema = tmp_path / "broken.rng"
    schema.write_text(BROKEN_RNG)
    doc = ("a.xml", b"<TEI/>")
    with pytest.raises(InputError):
        relaxng.check(schema, [doc], engine="lxml")
    with pytest.raises(InputError):
        relaxng.check(tmp_path / "missing.rng", [doc], engine="lxml")


@pytest.mark.jing
def test_unusable_schema_is_an_input_error_with_jing(tmp_path: Path) -> None:
    need_jing()
    schema = tmp_path / "broken.rng"
    schema.write_text(BROKEN_RNG)
    with pytest.raises(InputError) as caught:
        relaxng.check(schema, [("a.xml", b"<TEI/>")], engine="jing")
    assert "broken.rng" in str(caught.value)


def test_asking_for_jing_without_it_is_an_input_error(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    monkeypatch.setattr(relaxng.shutil, "which", lambda name: None)
    with pytest.raises(InputError):
        relaxng.check(tmp_path / "x.rng", [("a.xml", b"<TEI/>")], engine="jing")


@pytest.mark.jing
@pytest.mark.shared
def test_tei_all_with_jing_in_one_run(monkeypatch: pytest.MonkeyPatch) -> None:
    need_jing()
    schema = tei_all()
    runs = []
    real_run = subprocess.run

    def counting_run(*args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(args[0])
        return real_run(*args, **kwargs)

    monkeypatch.setattr(relaxng.subprocess, "run", counting_run)
    paths = sorted(INVALID.glob("*.xml"))
    reports = {Path(r.file).name: r for r in validate_files(paths, tei_schema=schema)}
    assert len(runs) == 1  # one JVM for the whole batch
    rng = {name: {d.line for d in r.diagnostics if d.code == "RNG"} for name, r in reports.items()}
    for name, line in TEI_REJECTS.items():
        assert line in rng[name], (name, rng[name])
    assert rng["valid.xml"] == set()
    assert rng["malformed.xml"] == set() and rng["xxe.xml"] == set()  # never handed to jing
    assert all(not found for name, found in rng.items() if name not in TEI_REJECTS)


@pytest.mark.slow
@pytest.mark.shared
def test_tei_all_with_lxml_agrees_with_jing_verdicts() -> None:
    schema = tei_all()
    paths = sorted(p for p in INVALID.glob("*.xml") if p.name not in {"malformed.xml", "xxe.xml"})
    documents = [(p.name, p.read_bytes()) for p in paths]
    results = relaxng.check(schema, documents, engine="lxml")
    rejected = {name for (name, _), found in zip(documents, results, strict=True) if found}
    assert rejected == set(TEI_REJECTS)
    again = relaxng.check(schema, documents[:1], engine="lxml")  # compiled once: fast now
    assert again == results[:1]


def test_single_document_with_a_schema(tmp_path: Path) -> None:
    schema = tmp_path / "tiny.rng"
    schema.write_text(TINY_RNG)
    found = list(iter_diagnostics(INVALID / "valid.xml", tei_schema=schema))
    assert found and {d.code for d in found} == {"RNG"}  # valid.xml has a teiHeader
    assert all(d.file == str(INVALID / "valid.xml") and d.line for d in found)


@pytest.mark.jing
def test_jing_batches_keep_each_result_with_its_document(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    need_jing()
    monkeypatch.setattr(relaxng, "JING_BATCH", 2)
    schema = tmp_path / "tiny.rng"
    schema.write_text(TINY_RNG)
    ns = 'xmlns="http://www.tei-c.org/ns/1.0"'
    documents = [(f"d{n}.xml", f"<TEI {ns}>{'<p>a</p>' if n % 2 else '<q/>'}</TEI>".encode())
                 for n in range(5)]
    with relaxng.Batch(schema, engine="jing") as batch:
        for name, data in documents:
            batch.add(name, etree.fromstring(data).getroottree(), data)
        folder = Path(batch._folder.name)  # type: ignore[union-attr]
        results = batch.results()
    assert [bool(found) for found in results] == [True, False, True, False, True]
    assert [found[0].file for found in results if found] == ["d0.xml", "d2.xml", "d4.xml"]
    assert not folder.exists()
