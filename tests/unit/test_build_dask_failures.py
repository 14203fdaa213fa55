"""A Dask cluster that cannot be used stops the build with TE-BUILD-CLUSTER (exit 2) within
the cluster timeout, report.json written: a scheduler nobody listens at, one without workers,
one that loses every worker during the build."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, write_pages
from click.testing import CliRunner

from teiencode.build import build, collect_sources
from teiencode.cli import main

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed") \
    if not os.environ.get("CI") else __import__("distributed")


def _error(outdir: Path) -> dict:
    return json.loads((outdir / "report.json").read_text(encoding="utf-8"))["summary"]["error"]


def test_an_unreachable_scheduler_is_a_coded_error_within_the_timeout(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:  # a local port nobody listens at once it is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    write_pages(tmp_path / "in", 2)
    monkeypatch.setattr("teiencode.build.Stages.default", staticmethod(lambda: FAKE_STAGES))
    started = time.perf_counter()
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                                       "--executor", "dask", "--scheduler",
                                       f"tcp://127.0.0.1:{port}", "--cluster-timeout", "1"])
    assert result.exit_code == 2, result.output
    assert time.perf_counter() - started < 10
    assert "TE-BUILD-CLUSTER" in result.output and "Traceback" not in result.output
    error = _error(tmp_path / "out")
    assert error["code"] == "TE-BUILD-CLUSTER" and f"127.0.0.1:{port}" in error["message"]
    assert "cannot reach" in error["message"]


def test_a_scheduler_without_workers_is_a_coded_error(tmp_path: Path) -> None:
    write_pages(tmp_path / "in", 2)
    with distributed.LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as cluster:
        summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", executor="dask",
                        scheduler=cluster.scheduler_address, cluster_timeout=1,
                        stages=FAKE_STAGES)
    assert summary.error is not None and "has no workers" in summary.error["message"]
    assert _error(tmp_path / "out")["code"] == "TE-BUILD-CLUSTER" and summary.built == 0


@pytest.mark.slow
def test_losing_every_worker_mid_build_stops_it_with_the_pages_done(tmp_path: Path) -> None:
    here = Path(__file__).resolve()
    os.environ["PYTHONPATH"] = os.pathsep.join([str(here.parent), str(here.parents[2] / "src")])
    write_pages(tmp_path / "in", 2)
    for n in range(4):
        (tmp_path / "in" / f"slow-{n}.txt").write_text("Slow\n\nSLEEP\n", encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        threading.Timer(4, cluster.scale, args=(0,)).start()
        started = time.perf_counter()
        summary = build(collect_sources([tmp_path / "in"]), tmp_path / "out", executor="dask",
                        scheduler=cluster.scheduler_address, cluster_timeout=2,
                        stages=FAKE_STAGES)
    assert time.perf_counter() - started < 30
    assert summary.error is not None and "lost all its workers" in summary.error["message"]
    assert summary.built == 2 and (tmp_path / "out" / "page-000.html").is_file()
