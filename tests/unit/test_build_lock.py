"""One build at a time per output folder: a second one stops with TE-BUILD-LOCKED (exit 2)
before writing anything, or waits with ``wait``."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, write_pages
from click.testing import CliRunner

from teiencode.build import build, collect_sources
from teiencode.build.lock import BuildLocked, locked
from teiencode.cli import main


def _outputs(outdir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in outdir.rglob("*")
            if p.is_file() and ".teiencode" not in p.parts}


def test_a_second_build_into_a_locked_folder_stops_and_changes_nothing(tmp_path: Path) -> None:
    write_pages(tmp_path / "big", 3)
    write_pages(tmp_path / "small", 1, prefix="other")
    out = tmp_path / "out"
    build(collect_sources([tmp_path / "big"]), out, jobs=1, stages=FAKE_STAGES)
    before = _outputs(out)
    with locked(out):  # a build running in another process holds it so
        with pytest.raises(BuildLocked, match="TE-BUILD-LOCKED") as info:
            build(collect_sources([tmp_path / "small"]), out, jobs=1, stages=FAKE_STAGES)
    assert info.value.file == str(out) and "--wait" in (info.value.hint or "")
    assert _outputs(out) == before
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["built"] == 3 and len(report["documents"]) == 3


def test_with_wait_the_second_build_runs_once_the_first_is_done(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    out = tmp_path / "out"
    holding, release = threading.Event(), threading.Event()

    def first() -> None:
        with locked(out):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait(10)
    threading.Timer(0.3, release.set).start()
    started = time.perf_counter()
    summary = build(collect_sources([tmp_path / "in"]), out, jobs=1, stages=FAKE_STAGES, wait=True)
    thread.join()
    assert summary.built == 2 and time.perf_counter() - started >= 0.25


def test_the_command_line_exits_2_naming_the_folder(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 1)
    out = tmp_path / "out"
    with locked(out):
        result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(out),
                                           "-j", "1"])
    assert result.exit_code == 2 and "TE-BUILD-LOCKED" in result.output
    assert str(out) in result.output
    assert "Traceback" not in result.output and not (out / "report.json").exists()
