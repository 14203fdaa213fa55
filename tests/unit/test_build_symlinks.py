"""Symbolic links in a build's source folders: those leaving the folder are not followed
unless asked (``follow_symlinks``), files and folders alike, and each one skipped is reported."""

from __future__ import annotations

import json
import os
from pathlib import Path

from build_fakes import FAKE_STAGES, write_pages
from click.testing import CliRunner

from teiencode.build import build, collect_sources
from teiencode.cli import main


def _tree(tmp_path: Path) -> Path:
    """src/ with a page, a link to a secret file outside, a link to a folder of pages outside,
    an in-folder link to a page and one to a sub-folder, and a link to the folder itself."""
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret\n\nThe password is hunter2.\n", encoding="utf-8")
    write_pages(tmp_path / "elsewhere", 2, prefix="far")
    src = tmp_path / "src"
    write_pages(src / "sub", 1)
    (src / "leak.txt").symlink_to(secret)
    (src / "far").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (src / "near.txt").symlink_to(src / "sub" / "page-000.txt")
    (src / "alias").symlink_to(Path("sub"), target_is_directory=True)
    (src / "sub" / "loop").symlink_to(src, target_is_directory=True)
    return src


def _report(outdir: Path) -> dict[str, dict]:
    report = json.loads((outdir / "report.json").read_text(encoding="utf-8"))
    return {row["name"]: row for row in report["documents"]}


def test_links_leaving_the_source_folder_are_reported_not_followed(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    summary = build(collect_sources([src]), tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    rows = _report(tmp_path / "out")
    assert {name for name, row in rows.items() if row["status"] == "ok"} == {
        "sub/page-000", "near", "alias/page-000"}  # links inside the folder are followed
    for name, link in (("leak", "leak.txt"), ("far/", "far")):
        problem = rows[name]["problems"][0]
        assert rows[name]["status"] == "failed" and problem["code"] == "TE-BUILD-SYMLINK"
        assert problem["file"] == str(src / link) and "--follow-symlinks" in problem["hint"]
    assert (summary.failed, summary.ok) == (2, False)
    published = b"".join(p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert b"hunter2" not in published and b"far-000" not in published
    assert not (tmp_path / "out" / "far").exists()


def test_follow_symlinks_builds_what_they_point_to_without_looping(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    summary = build(collect_sources([src], follow_symlinks=True), tmp_path / "out", jobs=1,
                    stages=FAKE_STAGES)
    assert summary.ok and summary.failed == 0
    assert set(_report(tmp_path / "out")) == {"sub/page-000", "near", "alias/page-000", "leak",
                                              "far/far-000", "far/far-001"}
    assert "hunter2" in (tmp_path / "out" / "leak.txt").read_text(encoding="utf-8")


def test_a_folder_given_to_build_directly_is_checked_too(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    build([src], tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    assert _report(tmp_path / "out")["leak"]["status"] == "failed"
    build([src], tmp_path / "out2", jobs=1, stages=FAKE_STAGES, follow_symlinks=True)
    assert _report(tmp_path / "out2")["leak"]["status"] == "ok"


def test_the_command_line_reports_a_skipped_link_and_exits_1(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (tmp_path / "secret.txt").write_text("Secret\n\nHidden.\n", encoding="utf-8")
    os.symlink(tmp_path / "secret.txt", src / "leak.txt")
    result = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "-j", "1",
                                       "--json"])
    assert result.exit_code == 1, result.output
    row = json.loads(result.stdout.splitlines()[0])
    assert row["problems"][0]["code"] == "TE-BUILD-SYMLINK"
    assert not (tmp_path / "out" / "leak.xml").exists()
    result = CliRunner().invoke(main, ["build", str(src), "-o", str(tmp_path / "out"), "-j", "1",
                                       "--json", "--follow-symlinks"])
    assert result.exit_code == 0, result.output
