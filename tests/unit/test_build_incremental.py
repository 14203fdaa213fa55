"""Incremental builds: only what changed is rebuilt, and a build resumes."""

from __future__ import annotations

import json
import os
from pathlib import Path

from build_fakes import FAKE_STAGES, output_bytes, write_pages

from teiencode.build import DocResult, build, collect_sources
from teiencode.build.manifest import FORMAT, content_hash, is_build_folder


def run(src: Path, out: Path, **options) -> tuple[object, dict[str, DocResult]]:
    seen: dict[str, DocResult] = {}
    summary = build(collect_sources([src]), out, jobs=1, stages=FAKE_STAGES,
                    on_progress=lambda r: seen.__setitem__(r.name, r), **options)
    return summary, seen


def test_second_run_skips_everything(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 4)
    first, _ = run(tmp_path / "in", tmp_path / "out")
    before = output_bytes(tmp_path / "out")
    second, seen = run(tmp_path / "in", tmp_path / "out")
    assert (first.built, second.built, second.skipped) == (4, 0, 4)
    assert {r.status for r in seen.values()} == {"skipped"}
    assert second.ok
    assert output_bytes(tmp_path / "out") == before


def test_skipped_pages_keep_their_report_record(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    _, built = run(tmp_path / "in", tmp_path / "out")
    _, skipped = run(tmp_path / "in", tmp_path / "out")
    for name, result in built.items():
        assert skipped[name].counts == result.counts
        assert skipped[name].outputs == result.outputs
        assert skipped[name].metadata == result.metadata


def test_changing_one_page_rebuilds_only_it(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 4)
    run(tmp_path / "in", tmp_path / "out")
    pages[2].write_text("Title changed\n\nA new paragraph.\n", encoding="utf-8")
    os.utime(pages[0])  # touched but unchanged: content hashes decide, not times
    summary, seen = run(tmp_path / "in", tmp_path / "out")
    assert [n for n, r in seen.items() if r.status != "skipped"] == ["page-002"]
    assert seen["page-002"].reason == "changed"
    assert (summary.built, summary.skipped) == (1, 3)
    assert "A new paragraph." in (tmp_path / "out" / "page-002.txt").read_text(encoding="utf-8")


def test_changing_the_register_rebuilds_everything(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 3)
    register = tmp_path / "register.csv"
    register.write_text("id,name\nbatmunkh,Jambyn Batmunkh\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out", registers=[register])
    unchanged, _ = run(tmp_path / "in", tmp_path / "out", registers=[register])
    register.write_text("id,name\nbatmunkh,Jambyn Batmunkh\nsamrin,Heng Samrin\n",
                        encoding="utf-8")
    changed, seen = run(tmp_path / "in", tmp_path / "out", registers=[register])
    assert unchanged.skipped == 3
    assert changed.built == 3
    assert {r.reason for r in seen.values()} == {"register changed"}


def test_force_rebuilds_unchanged_pages(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "out")
    summary, seen = run(tmp_path / "in", tmp_path / "out", force=True)
    assert summary.built == 2
    assert {r.reason for r in seen.values()} == {"forced"}


def test_a_deleted_output_is_rebuilt(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "out")
    (tmp_path / "out" / "page-001.html").unlink()
    _, seen = run(tmp_path / "in", tmp_path / "out")
    assert seen["page-001"].reason == "outputs missing"
    assert seen["page-000"].status == "skipped"
    assert (tmp_path / "out" / "page-001.html").is_file()


def test_a_failed_page_is_retried_and_its_fix_is_built(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    bad = tmp_path / "in" / "bad.txt"
    bad.write_text("Title\nFAIL\n", encoding="utf-8")
    first, _ = run(tmp_path / "in", tmp_path / "out")
    again, seen = run(tmp_path / "in", tmp_path / "out")
    assert (first.failed, again.failed) == (1, 1)
    assert seen["bad"].reason == "last build failed"
    assert not again.ok
    bad.write_text("Title\n\nFixed.\n", encoding="utf-8")
    fixed, _ = run(tmp_path / "in", tmp_path / "out")
    assert (fixed.built, fixed.failed, fixed.ok) == (1, 0, True)


def test_outputs_kept_below_their_source_folder(tmp_path: Path) -> None:
    write_pages(tmp_path / "in" / "1979", 1, prefix="memo")
    write_pages(tmp_path / "in" / "1980", 1, prefix="memo")
    summary, _ = run(tmp_path / "in", tmp_path / "out")
    assert summary.built == 2
    assert (tmp_path / "out" / "1979" / "memo-000.xml").is_file()
    assert (tmp_path / "out" / "1980" / "memo-000.xml").is_file()


def test_folders_and_pages_given_to_build_directly_are_built_like_on_the_command_line(
        tmp_path: Path) -> None:
    write_pages(tmp_path / "in" / "1979", 2, prefix="memo")
    single = write_pages(tmp_path / "loose", 1, prefix="note")[0]
    summary = build([str(tmp_path / "in"), single], tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    assert (summary.built, summary.failed) == (3, 0)
    assert (tmp_path / "out" / "1979" / "memo-001.xml").is_file()
    assert (tmp_path / "out" / "note-000.xml").is_file()


def test_outputs_inside_the_sources_are_never_read_back(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    run(tmp_path / "in", tmp_path / "in" / "site")
    summary, seen = run(tmp_path / "in", tmp_path / "in" / "site")
    assert sorted(seen) == ["page-000", "page-001"]
    assert summary.skipped == 2


def test_the_index_lists_the_pages_and_is_rendered_only_when_they_change(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 3)
    pages[1].write_text("Title\nFAIL\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out")
    index = tmp_path / "out" / "index.html"
    assert index.read_text(encoding="utf-8") == (
        '<a href="page-000.html">Title 0</a>\n<a href="page-002.html">Title 2</a>\n')
    os.utime(index, (0, 0))
    run(tmp_path / "in", tmp_path / "out")
    assert index.stat().st_mtime == 0
    pages[1].write_text("Title\n\nFixed.\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out")
    assert "page-001.html" in index.read_text(encoding="utf-8")


def test_manifest_json_lists_every_page_and_how_it_was_built(tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "in", 3)
    pages[2].write_text("Title\nFAIL\n", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == FORMAT and is_build_folder(tmp_path / "out")
    assert sorted(manifest["documents"]) == ["page-000", "page-001", "page-002"]
    assert manifest["documents"]["page-002"]["status"] == "failed"
    entry = manifest["documents"]["page-000"]
    assert entry["input"] == content_hash(pages[0].read_bytes()) and entry["status"] == "ok"
    assert entry["record"]["outputs"]["html"] == "page-000.html"
