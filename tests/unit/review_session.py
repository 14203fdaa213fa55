"""An editor's review of names, as test_review_loop plays it and the editor's
session (test_editor_session) plays it again on built pages: the pages, the
register, the decisions written into the review CSV, and running commands."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner, Result

from teiencode.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "corpus" / "1979-12-04_batmunkh-heng-samrin.txt",
         ROOT / "tests" / "fixtures" / "review" / "1979-12-05_batmunkh-pen-sovan.txt"]
REGISTER = ROOT / "corpus" / "register.xml"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}
PHNOM_PENH = "http://www.wikidata.org/entity/Q1850"
#: Accept two proposals (one with a note), reject two, give a place its Wikidata id.
DECISIONS = {"pers-hun-sen": {"status": "accepted",
                              "note": "Foreign Minister of the PRK from 1979."},
             "place-battambang": {"status": "accepted"},
             "pers-asked-pen-sovan": {"status": "rejected"},  # a span that is not a name
             "pers-belweder": {"status": "rejected"},  # a palace, not a person
             "phnom-penh": {"wikidata": "Q1850"}}


def invoke(*args: str) -> Result:
    """Run a teiencode command in this process."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def run(*args: str) -> str:
    """Run a teiencode command that must succeed; its standard error."""
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.stderr


def review(files: list[Path], csv_path: Path) -> None:
    """Export the names of ``files`` as the review CSV and write the :data:`DECISIONS` into it."""
    run("entities", *map(str, files), "--format", "csv", "-o", str(csv_path))
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    for row in rows:
        row.update(DECISIONS.get(row["id"], {}))
    assert {row["id"] for row in rows} >= set(DECISIONS)
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
