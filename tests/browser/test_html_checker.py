"""Every edition and the corpus index are valid HTML5 for the W3C Nu HTML Checker."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_nu_checker_reports_no_error(vnu: list[str], site: Path) -> None:
    files = sorted(str(p) for p in site.rglob("*.html"))
    assert files
    run = subprocess.run([*vnu, "--errors-only", "--format", "json", *files],
                         capture_output=True, text=True, timeout=300, check=False)
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
              for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    assert not errors, "\n".join(errors)
