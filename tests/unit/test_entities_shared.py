"""The recogniser on the shared gold: the figures bench/score_entities.py reports
must stay at the issue's targets (synthetic pages; FRUS with the volume register)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bench_scripts import bench_script

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"

pytestmark = pytest.mark.shared


def _bench():  # type: ignore[no-untyped-def]
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing")
        pytest.skip("../shared is absent")
    return bench_script("score_entities")


@pytest.mark.parametrize("kind", ["person", "place", "org", "date"])
def test_synthetic_f1_meets_the_target(kind: str) -> None:
    bench = _bench()
    scores = bench.score_synthetic(SHARED / "corpus" / "synthetic", show_errors=False)
    assert scores[kind]["f1"] >= bench.TARGETS[kind], scores[kind]


def test_frus_person_recall_and_linking() -> None:
    bench = _bench()
    scores = bench.score_frus(SHARED / "gold" / "frus", show_errors=False)
    assert scores["linking"] >= bench.TARGETS["linking"], scores
    assert scores["person_recall"] >= 0.95, scores
