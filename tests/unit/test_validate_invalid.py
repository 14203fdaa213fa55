"""The deliberately broken files in tests/invalid/: each yields the code its
manifest line names, on that line; the valid file yields nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from teiencode.validate import validate_files

INVALID = Path(__file__).resolve().parents[1] / "invalid"


def manifest() -> list[tuple[str, str, int]]:
    rows = []
    for line in (INVALID / "manifest.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            file, code, number = line.split()
            rows.append((file, code, int(number)))
    return rows


def test_manifest_covers_every_broken_file() -> None:
    listed = {file for file, _, _ in manifest()}
    present = {path.name for path in INVALID.glob("*.xml")} - {"valid.xml"}
    assert listed == present


def test_valid_file_has_no_diagnostics() -> None:
    [report] = validate_files([INVALID / "valid.xml"])
    assert report.valid and report.diagnostics == ()


@pytest.mark.parametrize(("file", "code", "line"), manifest(),
                         ids=[f"{f}-{c}" for f, c, _ in manifest()])
def test_broken_file_reports_code_on_line(file: str, code: str, line: int) -> None:
    [report] = validate_files([INVALID / file])
    assert not report.valid
    found = {(d.code, d.line) for d in report.diagnostics}
    assert (code, line) in found, f"{file}: expected {code} on line {line}, got {sorted(found)}"
    diagnostic = next(d for d in report.diagnostics if (d.code, d.line) == (code, line))
    assert diagnostic.file == str(INVALID / file)
    assert diagnostic.message.strip()
    if code != "XML":  # a parsed document: the element is named by its path
        assert diagnostic.xpath and diagnostic.xpath.startswith("/TEI/")
