"""The validate API the CLI and the build rely on: sources, verdicts, the
exception, batches and the report formats."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree

from teiencode.errors import InputError, ValidationFailed
from teiencode.model import Diagnostic
from teiencode.validate import (
    FileReport,
    format_report,
    is_valid,
    iter_diagnostics,
    validate,
    validate_files,
)

INVALID = Path(__file__).resolve().parents[1] / "invalid"
VALID = INVALID / "valid.xml"
BROKEN = INVALID / "unresolved_ref.xml"  # TE-SCH-REF-2 on line 60
MALFORMED = INVALID / "malformed.xml"  # XML on line 64


@pytest.mark.parametrize("kind", ["path", "str", "bytes", "tree"])
def test_every_source_kind_is_validated(kind: str) -> None:
    def source(path: Path) -> object:
        return {"path": path, "str": str(path), "bytes": path.read_bytes(),
                "tree": etree.parse(str(path))}[kind]
    assert list(iter_diagnostics(source(VALID))) == []
    [d] = iter_diagnostics(source(BROKEN), name="memo.xml")
    assert (d.code, d.line, d.file) == ("TE-SCH-REF-2", 60, "memo.xml")


def test_path_names_its_diagnostics_by_default() -> None:
    [d] = iter_diagnostics(BROKEN)
    assert d.file == str(BROKEN)


def test_malformed_xml_is_one_xml_diagnostic_with_line_and_column() -> None:
    [d] = iter_diagnostics(MALFORMED)
    assert (d.code, d.severity, d.line) == ("XML", "error", 64)
    assert d.column and d.column > 1
    assert "not well-formed" in d.message and d.hint


def test_hostile_xml_is_an_xml_diagnostic() -> None:
    [d] = iter_diagnostics(INVALID / "xxe.xml")
    assert (d.code, d.line) == ("XML", 2)
    assert "refused" in d.message and "root:" not in d.message


def test_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(iter_diagnostics(tmp_path / "missing.xml"))
    with pytest.raises(InputError):
        validate_files([VALID, tmp_path / "missing.xml"])


def test_is_valid_and_validate() -> None:
    assert is_valid(VALID) and not is_valid(BROKEN) and not is_valid(MALFORMED)
    validate(VALID)
    with pytest.raises(ValidationFailed) as caught:
        validate(BROKEN, name="memo.xml")
    error = caught.value
    assert [(d.code, d.line) for d in error.diagnostics] == [("TE-SCH-REF-2", 60)]
    assert (error.file, error.line) == ("memo.xml", 60)
    assert "TE-SCH-REF-2" in str(error)


def test_validators_never_print(capsys: pytest.CaptureFixture[str]) -> None:
    validate_files(sorted(INVALID.glob("*.xml")))
    assert capsys.readouterr() == ("", "")


def test_batch_keeps_order_and_sorts_each_file_by_line() -> None:
    paths = [BROKEN, VALID, INVALID / "bad_date.xml", MALFORMED]
    reports = validate_files(paths)
    assert [r.file for r in reports] == [str(p) for p in paths]
    assert [r.valid for r in reports] == [False, True, False, False]
    for report in reports:
        lines = [d.line or 0 for d in report.diagnostics]
        assert lines == sorted(lines)


def test_warnings_do_not_make_a_file_invalid() -> None:
    report = FileReport("a.xml", (Diagnostic("warning", "TE-SCH-X-1", "hm", file="a.xml", line=3),))
    assert report.valid and (report.errors, report.warnings) == (0, 1)


def test_text_report_lines_and_summary() -> None:
    text = format_report(validate_files([VALID, BROKEN, MALFORMED]))
    lines = text.splitlines()
    broken, malformed = re.escape(str(BROKEN)), re.escape(str(MALFORMED))
    assert re.fullmatch(
        rf"{broken}:60: error TE-SCH-REF-2 .*\[/TEI/text/body/div/p\[1\]/placeName\]", lines[0])
    assert any(re.fullmatch(rf"{malformed}:64:\d+: error XML not well-formed.*", line)
               for line in lines)
    assert lines[-1] == "3 files checked: 1 valid, 2 invalid (2 errors, 0 warnings)"


def test_json_report_is_a_list_of_file_objects() -> None:
    data = json.loads(format_report(validate_files([VALID, BROKEN]), fmt="json"))
    assert [(f["file"], f["valid"], f["errors"], f["warnings"]) for f in data] == [
        (str(VALID), True, 0, 0), (str(BROKEN), False, 1, 0)]
    [d] = data[1]["diagnostics"]
    assert {k: d[k] for k in ("severity", "code", "line", "file")} == {
        "severity": "error", "code": "TE-SCH-REF-2", "line": 60, "file": str(BROKEN)}
    assert d["xpath"].endswith("/placeName") and d["hint"]


def test_unknown_report_format_is_refused() -> None:
    with pytest.raises(ValueError):
        format_report([], fmt="yaml")  # type: ignore[arg-type]
