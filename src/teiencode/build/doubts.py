"""The doubts of a built corpus, read from its ``report.json``.

Every page's report row lists its problems; those of severity "review" are the
decisions the tool took on weak evidence (a speaker label, a title, a date).
An editor goes through them from the report alone: by page and line, or by
kind, most frequent first.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Doubt:
    """One review entry of one page: where, what kind, what to check."""

    page: str
    file: str
    line: int | None
    code: str
    message: str


def read_doubts(report: str | Path) -> list[Doubt]:
    """The review entries of every page of ``report`` (a build's report.json), in page order.

    Raises :class:`~teiencode.errors.InputError` when the file is missing or
    is not a teiencode report."""
    path = Path(report)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["documents"]
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the report: {error}", file=str(path)) from error
    except (ValueError, KeyError, TypeError) as error:
        raise InputError("not a teiencode build report (report.json with a \"documents\" list)",
                         file=str(path), hint="pass the report.json that `teiencode build` wrote") from error
    return [Doubt(row.get("name", ""), problem.get("file") or row.get("source", ""), problem.get("line"),
                  problem.get("code", ""), problem.get("message", ""))
            for row in rows for problem in row.get("problems", ()) if problem.get("severity") == "review"]


def format_doubts(doubts: Iterable[Doubt], fmt: str = "text") -> str:
    """The doubts for people (``FILE:LINE: CODE message`` lines, then a count by
    kind) or for scripts (``json``: a list of objects)."""
    doubts = list(doubts)
    if fmt == "json":
        return json.dumps([asdict(d) for d in doubts], ensure_ascii=False, indent=1)
    lines = [f"{d.file}:{d.line}: {d.code} {d.message}" if d.line else f"{d.file}: {d.code} {d.message}"
             for d in doubts]
    kinds = Counter(d.code for d in doubts)
    pages = len({d.page for d in doubts})
    lines.append(f"{len(doubts)} doubt(s) on {pages} page(s)"
                 + "".join(f"; {code} {n}" for code, n in kinds.most_common()))
    return "\n".join(lines)
