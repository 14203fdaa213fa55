"""The shared material beside the repository (../shared): its pages, for tests
that run the tool over them. Absent on a user's machine (the tests skip
them); CI must have it."""

from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def shared_pages() -> list[Path]:
    """Every page of ../shared/corpus and the FRUS texts; none when ../shared
    is absent, except under CI, where that is an error."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            raise RuntimeError(f"{SHARED} is missing (CI must have the shared corpus)")
        return []
    return sorted([*(SHARED / "corpus").rglob("*.txt"), *(SHARED / "gold" / "frus" / "text").glob("*.txt")])
