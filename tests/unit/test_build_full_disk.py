"""A build whose output folder fills up (or stops being writable) stops with a coded error:
the pages done stay done, report.json says what happened, and the next build goes on."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, write_pages
from click.testing import CliRunner

from teiencode.build import build, collect_sources
from teiencode.build.store import BuildStore
from teiencode.errors import OutputError

FULL = sqlite3.OperationalError("database or disk is full")


def _report(outdir: Path) -> dict:
    return json.loads((outdir / "report.json").read_text(encoding="utf-8"))


def test_a_full_store_stops_the_build_keeping_the_pages_done(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_pages(tmp_path / "in", 5)
    recorded = []
    real = BuildStore.add_report_row

    def fill_up(store: BuildStore, name: str, row: dict) -> None:
        if len(recorded) == 3:
            raise FULL
        recorded.append(name)
        real(store, name, row)

    monkeypatch.setattr(BuildStore, "add_report_row", fill_up)
    summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=1,
                    stages=FAKE_STAGES)
    assert summary.error is not None and not summary.ok and summary.stopped
    assert (summary.built, summary.error["code"]) == (3, "TE-BUILD-OUTDIR")
    report = _report(tmp_path / "out")
    assert "database or disk is full" in report["summary"]["error"]["message"]
    assert [row["name"] for row in report["documents"]] == recorded
    monkeypatch.undo()
    again = build(collect_sources([tmp_path / "in"]), tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    assert (again.skipped, again.built, again.ok) == (3, 2, True)


def test_no_space_for_the_index_is_reported_and_exits_2(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from teiencode.build.worker import SitePage
    from teiencode.cli import main

    write_pages(tmp_path / "in", 2)

    def no_space(page: SitePage, config: object) -> None:  # the worker writing the index page
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), page.path)

    monkeypatch.setattr(SitePage, "run", no_space)
    monkeypatch.setattr("teiencode.build.Stages.default", staticmethod(lambda: FAKE_STAGES))
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                       "-j", "1", "--json"])
    assert result.exit_code == 2, result.output
    assert "TE-BUILD-OUTDIR" in result.output and "Traceback" not in result.output
    report = _report(tmp_path / "out")
    summary = report["summary"]
    assert summary["built"] == 2 and "No space left" in summary["error"]["message"]
    assert sorted(p.name for p in (tmp_path / "out").glob("page-*")) == [
        "page-000.html", "page-000.txt", "page-000.xml", "page-001.html", "page-001.txt",
        "page-001.xml"]


def test_no_space_for_the_report_is_an_output_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import teiencode.build.report as report

    write_pages(tmp_path / "in", 1)

    def no_space(path: Path, data: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr(report, "write_atomic", no_space)
    with pytest.raises(OutputError, match="No space left on device") as info:
        build([tmp_path / "in"], tmp_path / "out", jobs=1, stages=FAKE_STAGES)
    assert info.value.exit_code == 2 and info.value.file == str(tmp_path / "out")
