"""What a build says about itself: one :class:`DocResult` per page, a
:class:`BuildSummary`, and ``OUTDIR/report.json``.

Per-page outputs never carry timings; the report does (``seconds``), so it is
the one file that differs between two builds of the same inputs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from ..atomic import write_atomic
from ..model import Diagnostic

REPORT_NAME = "report.json"

Status = Literal["ok", "invalid", "failed", "skipped"]


@dataclass(frozen=True)
class DocResult:
    """The outcome for one page.

    ``status``: "ok" (built and valid), "invalid" (built, the TEI breaks a
    rule), "failed" (nothing written; ``problems`` says why, with file and
    line) or "skipped" (unchanged since the last build; counts and problems
    are those of that build). ``problems`` are
    :meth:`~teiencode.model.Diagnostic.to_dict` dicts; ``counts`` holds
    ``turns``, ``paragraphs``, ``gaps``, ``dates`` and ``mentions`` by type;
    ``outputs`` maps "xml", "html", "text" to paths relative to OUTDIR;
    ``metadata`` the title, date and place the index lists; ``reason`` why the
    page was (re)built.
    """

    name: str
    source: str
    status: Status
    problems: tuple[dict[str, Any], ...] = ()
    counts: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, str] = field(default_factory=dict)
    reason: str | None = None
    seconds: float = 0.0

    @property
    def warnings(self) -> int:
        """How many of the problems are warnings."""
        return sum(1 for p in self.problems if p.get("severity") == "warning")

    @property
    def reviews(self) -> int:
        """How many of the problems are doubts for an editor to review."""
        return sum(1 for p in self.problems if p.get("severity") == "review")

    @property
    def errors(self) -> int:
        """How many of the problems are errors."""
        return sum(1 for p in self.problems if p.get("severity") == "error")

    def to_dict(self) -> dict[str, Any]:
        """The result as a JSON-ready dict (a report entry, a ``--json`` line)."""
        out: dict[str, Any] = {"name": self.name, "source": self.source, "status": self.status}
        if self.reason:
            out["reason"] = self.reason
        out.update(problems=list(self.problems), counts=self.counts, outputs=self.outputs,
                   metadata=self.metadata, seconds=round(self.seconds, 4))
        return out

    def to_record(self) -> dict[str, Any]:
        """What the manifest keeps to report the page again when it is skipped."""
        return {"source": self.source, "problems": list(self.problems), "counts": self.counts,
                "outputs": self.outputs, "metadata": self.metadata}

    @classmethod
    def skipped(cls, name: str, record: dict[str, Any]) -> DocResult:
        """The result of a page left as the manifest ``record`` describes it."""
        return cls(name=name, source=record.get("source", name), status="skipped",
                   problems=tuple(record.get("problems", ())), counts=record.get("counts", {}),
                   outputs=record.get("outputs", {}), metadata=record.get("metadata", {}))

    @classmethod
    def failed(cls, name: str, source: str, problem: Diagnostic,
               reason: str | None = None) -> DocResult:
        """The result of a page that could not be built, and why."""
        return cls(name=name, source=source, status="failed", problems=(problem.to_dict(),),
                   reason=reason)

    def with_timing(self, seconds: float) -> DocResult:
        """A copy carrying the time spent on the page."""
        return replace(self, seconds=seconds)


@dataclass(frozen=True)
class BuildSummary:
    """Counts for a whole build. ``built`` counts pages written this run (valid
    or not), ``invalid`` those among them whose TEI breaks a rule; ``warnings``
    and ``reviews`` the warnings and the doubts of every page reported
    (skipped ones included); ``register_warnings`` the conflicts between the
    registers, when this build loaded them; ``site_warnings`` what of the
    site around the pages could not be written (its search); ``stopped`` is true when
    ``fail_fast`` ended the build early, or ``error`` (a
    :meth:`~teiencode.model.Diagnostic.to_dict` dict) did: the build could not
    go on (its output folder cannot be written, the cluster is gone); the pages
    finished until then are kept and reported."""

    total: int
    built: int
    skipped: int
    failed: int
    invalid: int
    warnings: int
    seconds: float
    outdir: Path
    stopped: bool = False
    reviews: int = 0
    register_warnings: tuple[Diagnostic, ...] = ()
    error: dict[str, Any] | None = None
    site_warnings: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        """True when every page is built (or up to date) and valid."""
        return self.failed == 0 and self.invalid == 0 and not self.stopped

    @property
    def report(self) -> Path:
        """Where the report is."""
        return self.outdir / REPORT_NAME

    def describe(self) -> str:
        """One line for people: "built 12, skipped 0, failed 1, … in 2.3 s"."""
        rate = f" ({self.built / self.seconds:.3g} pages/s)" if self.built and self.seconds else ""
        line = (f"built {self.built}, skipped {self.skipped}, failed {self.failed}, "
                f"invalid {self.invalid}, warnings {self.warnings}, reviews {self.reviews} "
                f"in {self.seconds:.2f} s{rate}; report: {self.report}")
        if self.error is not None:
            return line + f"\nstopped: {self.error['code']} {self.error['message']}"
        return line + ("\nstopped at the first failure (--fail-fast)" if self.stopped else "")

    def to_dict(self) -> dict[str, Any]:
        """The summary as a JSON-ready dict."""
        return {"total": self.total, "built": self.built, "skipped": self.skipped,
                "failed": self.failed, "invalid": self.invalid, "warnings": self.warnings,
                "reviews": self.reviews, "seconds": round(self.seconds, 3), "stopped": self.stopped,
                "ok": self.ok, "register_warnings": [w.to_dict() for w in self.register_warnings],
                **({"site_warnings": [w.to_dict() for w in self.site_warnings]}
                   if self.site_warnings else {}),
                **({"error": self.error} if self.error is not None else {})}


@dataclass
class Tally:
    """The counts of a build so far, kept as its pages finish (the results
    themselves are not kept)."""

    statuses: dict[str, int] = field(
        default_factory=lambda: {"ok": 0, "invalid": 0, "failed": 0, "skipped": 0})
    warnings: int = 0
    reviews: int = 0

    def add(self, result: DocResult) -> None:
        """Count one page's result."""
        self.statuses[result.status] += 1
        self.warnings += result.warnings
        self.reviews += result.reviews

    def summary(self, *, total: int, seconds: float, outdir: Path, stopped: bool = False,
                register_warnings: tuple[Diagnostic, ...] = (),
                error: Diagnostic | None = None,
                site_warnings: tuple[Diagnostic, ...] = ()) -> BuildSummary:
        """The summary of the pages counted (and the registers' warnings)."""
        counts = self.statuses
        return BuildSummary(total=total, built=counts["ok"] + counts["invalid"],
                            skipped=counts["skipped"], failed=counts["failed"],
                            invalid=counts["invalid"], warnings=self.warnings, seconds=seconds,
                            outdir=outdir, stopped=stopped or error is not None,
                            reviews=self.reviews, register_warnings=register_warnings,
                            error=None if error is None else error.to_dict(),
                            site_warnings=site_warnings)


def write_report(outdir: Path, summary: BuildSummary, documents: Iterable[str],
                 *, tool: str) -> Path:
    """Write ``OUTDIR/report.json``: the tool, the summary and every page's
    :meth:`DocResult.to_dict`, from ``documents`` (JSON, in name order), streamed."""
    head = {"tool": {"name": "teiencode", "version": tool}, "summary": summary.to_dict()}
    path = outdir / REPORT_NAME
    write_atomic(path, json_object_lines(head, "documents", documents))
    return path


def json_object_lines(head: dict[str, Any], key: str, members: Iterable[str], *,
                      mapping: bool = False) -> Iterator[str]:
    """A JSON object: the members of ``head``, then ``key`` holding a list of
    ``members`` (JSON texts), or an object when ``mapping`` (then each member
    is a ``"name": value`` text), one per line; written piece by piece, never
    held whole."""
    opening, closing = "{}" if mapping else "[]"
    yield json.dumps(head, ensure_ascii=False)[:-1] + f', "{key}": {opening}\n'
    for index, text in enumerate(members):
        yield ("" if index == 0 else ",\n") + text
    yield f"\n{closing}}}\n"
