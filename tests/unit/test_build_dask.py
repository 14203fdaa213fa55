"""The same build on a Dask cluster (a LocalCluster here) gives byte-identical outputs."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from build_fakes import FAKE_STAGES, output_bytes, write_pages

from teiencode.build import build, collect_sources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    if not os.environ.get("CI"):
        pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import LocalCluster

    here = Path(__file__).resolve()
    paths = [str(here.parent), str(here.parents[2] / "src"), os.environ.get("PYTHONPATH", "")]
    previous = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)  # for the worker processes
    try:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            yield cluster.scheduler_address
    finally:
        if previous is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = previous


def test_dask_and_process_pool_give_identical_outputs(tmp_path: Path, scheduler: str) -> None:
    write_pages(tmp_path / "in", 10)
    (tmp_path / "in" / "bad.txt").write_text("Title\nFAIL\n", encoding="utf-8")
    register = tmp_path / "register.csv"
    register.write_text("id,name\nx,Y\n", encoding="utf-8")
    sources = collect_sources([tmp_path / "in"])
    local = build(sources, tmp_path / "local", jobs=2, registers=[register], stages=FAKE_STAGES)
    dask = build(sources, tmp_path / "dask", executor="dask", scheduler=scheduler,
                 registers=[register], stages=FAKE_STAGES)
    assert (dask.built, dask.failed) == (local.built, local.failed) == (10, 1)
    assert output_bytes(tmp_path / "dask") == output_bytes(tmp_path / "local")
    again = build(sources, tmp_path / "dask", executor="dask", scheduler=scheduler,
                  registers=[register], stages=FAKE_STAGES)
    assert again.skipped == 10


@pytest.mark.shared
def test_dask_builds_the_shared_pages_byte_identical(tmp_path: Path, scheduler: str) -> None:
    shared = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
    pages = sorted(shared.rglob("*.txt"))
    if not pages:
        if os.environ.get("CI"):
            pytest.fail(f"the shared corpus is missing: {shared}")
        pytest.skip("the shared corpus (../shared) is absent")
    sources = collect_sources(pages)
    local = build(sources, tmp_path / "local", jobs=2)
    dask = build(sources, tmp_path / "dask", executor="dask", scheduler=scheduler)
    assert dask.ok and local.ok and dask.built == len(pages)
    assert output_bytes(tmp_path / "dask") == output_bytes(tmp_path / "local")
