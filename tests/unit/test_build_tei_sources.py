"""TEI files as sources of a build: found in folders or named, beside pages or
alone; validated and published as they are; a TEI file takes the place of the
page of its name; a malformed one fails alone; incremental like pages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from build_fakes import TEI, write_pages
from build_fakes import build_sources as run
from build_fakes import write_tei as tei

from teiencode.build import collect_sources
from teiencode.errors import InputError

REPO = Path(__file__).resolve().parents[2]

INVALID = Path(__file__).resolve().parents[1] / "invalid"


def test_folders_give_pages_and_tei_files_and_a_tei_file_takes_the_place_of_its_page(
        tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 3)
    tei(tmp_path / "pages", "own", "Only TEI.")
    tei(tmp_path / "pages" / "deep", "LOUD", "Upper case suffix.").rename(
        tmp_path / "pages" / "deep" / "LOUD.XML")
    edited = tei(tmp_path / "tei", "page-001", "The editor's version.")
    beside = tei(tmp_path / "pages", "page-002", "Edited beside its page.")
    sources = {s.name: s for s in collect_sources([tmp_path / "pages", tmp_path / "tei"])}
    assert sorted(sources) == ["deep/LOUD", "own", "page-000", "page-001", "page-002"]
    assert [sources[n].is_tei for n in sorted(sources)] == [True, True, False, True, True]
    assert (sources["page-001"].path, sources["page-001"].supersedes) == (edited, pages[1])
    assert (sources["page-002"].path, sources["page-002"].supersedes) == (beside, pages[2])
    assert sources["own"].supersedes is None


def test_two_tei_files_of_one_name_are_refused_like_two_pages(tmp_path: Path) -> None:
    tei(tmp_path / "a", "memo", "One.")
    tei(tmp_path / "b", "memo", "Two.")
    with pytest.raises(InputError, match="two TEI files would be written as 'memo'"):
        collect_sources([tmp_path / "a", tmp_path / "b"])
    write_pages(tmp_path / "c", 1, prefix="memo")
    write_pages(tmp_path / "d", 1, prefix="memo")
    tei(tmp_path / "t", "memo-000", "Three.")
    with pytest.raises(InputError, match="two pages would be written as 'memo-000'"):
        collect_sources([tmp_path / "t", tmp_path / "c", tmp_path / "d"])


def test_a_tei_source_is_published_as_it_is_and_its_page_reported_superseded(
        tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", 2)
    source = tei(tmp_path / "tei", "page-000", "Corrected by the editor.", "Second.")
    summary, seen = run([tmp_path / "pages", tmp_path / "tei"], tmp_path / "out")
    assert summary.ok and summary.built == 2
    out = tmp_path / "out"
    assert (out / "page-000.xml").read_bytes() == source.read_bytes()
    assert "<p>Corrected by the editor.</p>" in (out / "page-000.html").read_text(encoding="utf-8")
    assert "Corrected by the editor." in (out / "index.html").read_text(encoding="utf-8")
    row = seen["page-000"]
    assert (row.source, row.status, row.counts["paragraphs"]) == (str(source), "ok", 2)
    [note] = row.problems
    assert (note["severity"], note["code"], note["file"]) == ("info", "TE-BUILD-SUPERSEDED",
                                                              str(pages[0]))
    assert seen["page-001"].source == str(pages[1]) and not seen["page-001"].problems


def test_a_tei_source_in_another_encoding_is_published_as_it_is(tmp_path: Path) -> None:
    """The source is written byte for byte; its HTML and text have its characters."""
    source = tmp_path / "tei" / "memo.xml"
    source.parent.mkdir()
    source.write_bytes(f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<TEI xmlns="{TEI}">'
                       '<teiHeader/><text><body><p>Caf\u00e9 in Li\u00e8ge.</p></body></text>'
                       '</TEI>\n'.encode("iso-8859-1"))
    summary, _ = run([tmp_path / "tei"], tmp_path / "out", stages=None)
    assert summary.built == 1 and not summary.failed
    out = tmp_path / "out"
    assert (out / "memo.xml").read_bytes() == source.read_bytes()
    assert "Caf\u00e9 in Li\u00e8ge." in (out / "memo.html").read_text(encoding="utf-8")
    assert "Caf\u00e9 in Li\u00e8ge." in (out / "memo.txt").read_text(encoding="utf-8")


def test_tei_sources_are_incremental(tmp_path: Path) -> None:
    first = tei(tmp_path / "tei", "a", "One.")
    tei(tmp_path / "tei", "b", "Two.")
    run([tmp_path / "tei"], tmp_path / "out")
    _, unchanged = run([tmp_path / "tei"], tmp_path / "out")
    first.write_text(first.read_text(encoding="utf-8").replace("One.", "One, edited."),
                     encoding="utf-8")
    summary, seen = run([tmp_path / "tei"], tmp_path / "out")
    assert {r.status for r in unchanged.values()} == {"skipped"}
    assert (seen["a"].status, seen["a"].reason, seen["b"].status) == ("ok", "changed", "skipped")
    assert "One, edited." in (tmp_path / "out" / "a.html").read_text(encoding="utf-8")
    assert summary.skipped == 1


def test_a_malformed_or_foreign_xml_file_fails_alone_naming_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "tei"
    tei(folder, "good", "Fine.")
    (folder / "broken.xml").write_text(f'<TEI xmlns="{TEI}">\n<text>\n<body><p>Open\n</body>'
                                       "</text></TEI>", encoding="utf-8")
    (folder / "other.xml").write_text("<html>\n<body/></html>", encoding="utf-8")
    (folder / "header.xml").write_text(f'<TEI xmlns="{TEI}"><teiHeader/></TEI>', encoding="utf-8")
    shutil.copy(REPO / "corpus" / "register.xml", folder / "register.xml")  # lists, and a text about them
    summary, seen = run([folder], tmp_path / "out")
    assert (summary.built, summary.failed) == (1, 4)
    codes = {name: seen[name].problems[0] for name in ("broken", "other", "header", "register")}
    assert codes["register"]["code"] == "TE-BUILD-NOT-TEI" and "--register" in codes["register"]["hint"]
    assert codes["broken"]["code"] == "TE-BUILD-XML" and codes["broken"]["line"] == 4
    assert codes["broken"]["file"] == str(folder / "broken.xml")
    assert "not well-formed" in codes["broken"]["message"]
    assert codes["other"]["code"] == "TE-BUILD-NOT-TEI" and "root element is html" in \
        codes["other"]["message"]
    assert codes["header"]["code"] == "TE-BUILD-NOT-TEI" and "--register" in codes["header"]["hint"]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.xml")) == ["good.xml"]


def test_registers_are_never_sources_and_a_build_never_reads_its_own_outputs(
        tmp_path: Path) -> None:
    write_pages(tmp_path / "corpus", 1)
    register = tei(tmp_path / "corpus", "register", "A register, not a document.")
    summary, seen = run([tmp_path / "corpus"], tmp_path / "corpus" / "site", registers=[register])
    assert (summary.ok, sorted(seen)) == (True, ["page-000"])
    _, again = run([tmp_path / "corpus"], tmp_path / "corpus" / "site", registers=[register])
    assert sorted(again) == ["page-000"]  # site/ below the sources holds a build: not read
    # A build's folder given as a source gives its TEI files only (its .txt are text outputs) ...
    summary, elsewhere = run([tmp_path / "corpus" / "site"], tmp_path / "copy")
    assert summary.ok and elsewhere["page-000"].source == str(tmp_path / "corpus" / "site" /
                                                              "page-000.xml")
    # ... and can no more be built into itself than a folder of pages.
    for sources, outdir in (([tmp_path / "copy"], tmp_path / "copy"),
                            ([tmp_path / "copy" / "page-000.xml"], tmp_path / "copy")):
        with pytest.raises(InputError, match="xml output of 'page-000' would overwrite the TEI "
                                             "source") as refused:
            run(sources, outdir)
        assert "mv " in refused.value.hint
    # Nor may it write over a page that a TEI source supersedes.
    tei(tmp_path / "tei", "page-000", "The editor's version.")
    with pytest.raises(InputError, match="text output of 'page-000' would overwrite the page"):
        run([tmp_path / "corpus", tmp_path / "tei"], tmp_path / "corpus", registers=[register])


def test_tei_sources_are_validated_and_rendered_like_encoded_pages(tmp_path: Path) -> None:
    folder = tmp_path / "tei"
    folder.mkdir()
    for name in ("valid", "unresolved_who", "malformed"):
        (folder / f"{name}.xml").write_bytes((INVALID / f"{name}.xml").read_bytes())
    summary, seen = run([folder], tmp_path / "out", stages=None)
    assert (seen["valid"].status, seen["unresolved_who"].status, seen["malformed"].status) == (
        "ok", "invalid", "failed")
    [problem] = [p for p in seen["unresolved_who"].problems if p["severity"] == "error"]
    assert problem["file"] == str(folder / "unresolved_who.xml") and problem["line"] > 1
    assert seen["malformed"].problems[0]["code"] == "TE-BUILD-XML"
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert {row["name"] for row in report["documents"]} == {"valid", "unresolved_who", "malformed"}
    assert (tmp_path / "out" / "valid.html").is_file() and summary.invalid == 1
