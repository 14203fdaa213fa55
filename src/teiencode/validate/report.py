"""Validation results per file, and the report people and scripts read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..model import Diagnostic

ReportFormat = Literal["text", "json"]


@dataclass(frozen=True)
class FileReport:
    """What validating one file found; ``valid`` when no diagnostic is an error."""

    file: str
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity == "warning")

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {"file": self.file, "valid": self.valid, "errors": self.errors,
                "warnings": self.warnings,
                "diagnostics": [d.to_dict() for d in self.diagnostics]}


def format_report(results: Iterable[FileReport], fmt: ReportFormat = "text") -> str:
    """The results as text (``file:line:col: error CODE message [xpath]`` lines
    and a summary line) or as JSON (a list of per-file objects)."""
    reports = list(results)
    if fmt == "json":
        return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2)
    if fmt != "text":
        raise ValueError(f"unknown report format {fmt!r}; use 'text' or 'json'")
    lines = [str(d) for r in reports for d in r.diagnostics]
    invalid = sum(1 for r in reports if not r.valid)
    errors = sum(r.errors for r in reports)
    warnings = sum(r.warnings for r in reports)
    lines.append(
        f"{_count(len(reports), 'file')} checked: {len(reports) - invalid} valid, {invalid} invalid"
        f" ({_count(errors, 'error')}, {_count(warnings, 'warning')})")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
