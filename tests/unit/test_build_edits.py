"""An editor's TEI is never overwritten: a TEI output changed since the build
wrote it, one no build wrote, or a TEI source published, is kept with its
page's other outputs, and the page fails with TE-BUILD-EDITED (exit 1)
whether the page changed or not; --force replaces it."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from build_fakes import build_sources, write_pages
from build_fakes import write_tei as tei

from teiencode.build import DocResult
from teiencode.build.store import STORE_DIR, STORE_NAME
from teiencode.build.worker import Guard, Outcome, deliver


def correct(path: Path) -> str:
    """An editor's correction of a built page's TEI; the TEI as corrected."""
    text = path.read_text(encoding="utf-8").replace("First paragraph", "Corrected paragraph")
    path.write_text(text, encoding="utf-8")
    return text


def test_an_edited_tei_output_is_kept_with_its_page_whether_the_page_changed_or_not(
        tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 3)
    out = tmp_path / "out"
    build_sources([tmp_path / "in"], out)
    html = (out / "page-001.html").read_bytes()
    corrected = correct(out / "page-001.xml")
    for change in (None, "page", "register"):
        if change == "page":
            pages[1].write_text("Title 1\n\nA new first paragraph.\n", encoding="utf-8")
        registers = []
        if change == "register":  # a new register empties the manifest: the TEI is still known
            registers = [tmp_path / "register.csv"]
            registers[0].write_text("id,name\nbatmunkh,Jambyn Batmunkh\n", encoding="utf-8")
        summary, seen = build_sources([tmp_path / "in"], out, registers=registers)
        [problem] = seen["page-001"].problems
        assert (seen["page-001"].status, problem["code"]) == ("failed", "TE-BUILD-EDITED"), change
        assert problem["file"] == str(out / "page-001.xml")
        assert "changed since teiencode wrote it" in problem["message"]
        assert "tei/page-001.xml" in problem["hint"] and "--force" in problem["hint"]
        assert (out / "page-001.xml").read_text(encoding="utf-8") == corrected
        assert (out / "page-001.html").read_bytes() == html
        assert "page-001.html" in (out / "index.html").read_text(encoding="utf-8")
        assert (summary.failed, summary.ok) == (1, False)
        assert {seen[n].status for n in ("page-000", "page-002")} <= {"ok", "skipped"}


def test_force_replaces_an_edited_tei_output(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    build_sources([tmp_path / "in"], tmp_path / "out")
    correct(tmp_path / "out" / "page-000.xml")
    summary, seen = build_sources([tmp_path / "in"], tmp_path / "out", force=True)
    assert summary.ok and seen["page-000"].reason == "forced"
    assert "First paragraph" in (tmp_path / "out" / "page-000.xml").read_text(encoding="utf-8")
    assert build_sources([tmp_path / "in"], tmp_path / "out")[0].skipped == 1


def test_a_tei_output_touched_but_unchanged_is_no_edit(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 1)
    build_sources([tmp_path / "in"], tmp_path / "out")
    xml = tmp_path / "out" / "page-000.xml"
    os.utime(xml, ns=(xml.stat().st_atime_ns, xml.stat().st_mtime_ns + 5_000_000_000))
    assert build_sources([tmp_path / "in"], tmp_path / "out")[0].skipped == 1
    pages[0].write_text("Title\n\nChanged.\n", encoding="utf-8")
    summary, _ = build_sources([tmp_path / "in"], tmp_path / "out")
    assert summary.ok and "Changed." in xml.read_text(encoding="utf-8")


def test_a_tei_file_no_build_wrote_is_kept_unless_it_holds_what_the_build_writes(
        tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "page-000.xml").write_text("<TEI>the editor's own file</TEI>", encoding="utf-8")
    summary, seen = build_sources([tmp_path / "in"], out)
    assert "no build into this folder wrote it" in seen["page-000"].problems[0]["message"]
    assert (out / "page-000.xml").read_text(encoding="utf-8") == "<TEI>the editor's own file</TEI>"
    assert not (out / "page-000.html").exists() and summary.failed == 1
    # The outputs of a build killed before remembering them (here: its store is gone) are the
    # very bytes it writes again: they are its own.
    shutil.rmtree(out / STORE_DIR)
    summary, seen = build_sources([tmp_path / "in"], out)
    assert (seen["page-000"].status, seen["page-001"].status) == ("failed", "ok")


def test_a_failing_page_leaves_its_edited_tei_output(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 1)
    build_sources([tmp_path / "in"], tmp_path / "out")
    corrected = correct(tmp_path / "out" / "page-000.xml")
    pages[0].write_text("Title\n\nFAIL\n", encoding="utf-8")
    _, seen = build_sources([tmp_path / "in"], tmp_path / "out")
    assert seen["page-000"].problems[0]["code"] == "TE-BUILD-READ"
    assert (tmp_path / "out" / "page-000.xml").read_text(encoding="utf-8") == corrected
    assert not (tmp_path / "out" / "page-000.html").exists()


def test_a_page_never_replaces_the_published_tei_source_of_its_name(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 2)
    source = tei(tmp_path / "tei", "page-000", "The editor's version.")
    out = tmp_path / "out"
    assert build_sources([tmp_path / "pages", tmp_path / "tei"], out)[0].ok
    summary, seen = build_sources([tmp_path / "pages"], out)  # tei/ forgotten
    [problem] = seen["page-000"].problems
    assert problem["code"] == "TE-BUILD-EDITED" and str(source) in problem["message"]
    assert (out / "page-000.xml").read_bytes() == source.read_bytes()
    assert "The editor's version." in (out / "page-000.html").read_text(encoding="utf-8")
    assert (summary.failed, seen["page-001"].status) == (1, "skipped")
    source.write_text(source.read_text(encoding="utf-8").replace("version", "second version"),
                      encoding="utf-8")  # a TEI source replaces its own published copy
    assert build_sources([tmp_path / "pages", tmp_path / "tei"], out)[0].ok
    assert build_sources([tmp_path / "pages"], out, force=True)[0].ok
    assert b"editor" not in (out / "page-000.xml").read_bytes()


def test_the_parent_writing_the_outputs_keeps_an_editors_tei_too(tmp_path: Path) -> None:
    """Where the workers share no file system (Dask), the parent delivers the outputs."""
    outputs = {"xml": "memo.xml", "html": "memo.html", "text": "memo.txt"}
    files = {"memo.xml": b"<TEI/>", "memo.html": b"<html/>", "memo.txt": b"text"}
    outcome = Outcome(DocResult("memo", "memo.txt", "ok", outputs=outputs), files)
    (tmp_path / "memo.xml").write_bytes(b"<TEI>edited</TEI>")
    kept = deliver(tmp_path, outcome, Guard(None, tei=False))
    assert kept.kept and kept.result.problems[0]["code"] == "TE-BUILD-EDITED"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo.xml"]
    forced = deliver(tmp_path, outcome, Guard(None, tei=False, force=True))
    assert forced.written is not None and not forced.kept
    assert forced.written.sha256 == hashlib.sha256(b"<TEI/>").hexdigest()
    assert (tmp_path / "memo.xml").read_bytes() == b"<TEI/>"


def test_a_store_from_before_tei_outputs_were_remembered_keeps_later_edits(
        tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 2)
    out = tmp_path / "out"
    build_sources([tmp_path / "in"], out)
    corrected = correct(out / "page-001.xml")
    ended = (out / "report.json").stat().st_mtime_ns
    os.utime(out / "page-001.xml", ns=(ended, ended + 5_000_000_000))  # edited after the build
    with sqlite3.connect(out / STORE_DIR / STORE_NAME) as db:  # as version 3 left it
        db.execute("DROP TABLE written")
        db.execute("PRAGMA user_version = 3")
    pages[0].write_text("Title\n\nChanged.\n", encoding="utf-8")
    summary, seen = build_sources([tmp_path / "in"], out)
    assert (seen["page-000"].status, seen["page-001"].status) == ("ok", "failed")
    assert (out / "page-001.xml").read_text(encoding="utf-8") == corrected
