"""The doubts of a built corpus, read from its ``report.json``.

Every page's report row lists its problems; those of severity "review" are the
decisions the tool took on weak evidence (a speaker label, a title, a date).
An editor goes through them from the report alone: by page and line, or by
kind, most frequent first; the names left untagged (``TE-REVIEW-NAME``) also
as rows of a CSV register to complete (:func:`register_rows`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..entities.names import slug, unique_id
from ..entities.register_csv import csv_text, spreadsheet_safe
from ..errors import InputError


@dataclass(frozen=True)
class Doubt:
    """One review entry of one page: where, what kind, what to check."""

    page: str
    file: str
    line: int | None
    code: str
    message: str
    subject: str = ""


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
                  problem.get("code", ""), problem.get("message", ""), problem.get("subject") or "")
            for row in rows for problem in row.get("problems", ()) if problem.get("severity") == "review"]


def format_doubts(doubts: Iterable[Doubt], fmt: str = "text") -> str:
    """The doubts for people (``FILE:LINE: CODE message`` lines, then a count by
    kind), for scripts (``json``: a list of objects) or, for the names left untagged,
    as a CSV register to complete (``register``: :func:`register_rows`)."""
    doubts = list(doubts)
    if fmt == "json":
        return json.dumps([asdict(d) for d in doubts], ensure_ascii=False, indent=1)
    if fmt == "register":
        return csv_text(_REGISTER_HEADER, register_rows(doubts)).rstrip("\n")
    lines = [f"{d.file}:{d.line}: {d.code} {d.message}" if d.line else f"{d.file}: {d.code} {d.message}"
             for d in doubts]
    kinds = Counter(d.code for d in doubts)
    pages = len({d.page for d in doubts})
    lines.append(f"{len(doubts)} doubt(s) on {pages} page(s)"
                 + "".join(f"; {code} {n}" for code, n in kinds.most_common()))
    return "\n".join(lines)


_REGISTER_HEADER = ("id", "type", "status", "name", "where")


def register_rows(doubts: Iterable[Doubt]) -> list[tuple[str, str, str, str, str]]:
    """One register row per name left untagged (``TE-REVIEW-NAME`` doubts with a subject), in
    the order first met: an id made from the name, no type (the editor writes person, place
    or org, and the status rejected for a word that is no name, which ends its doubt), the
    name, and where it stands ("FILE:LINE", the first place and how many more; a column the
    register does not read, so it stays out of the TEI).
    :func:`~teiencode.entities.load_register` refuses a row still without a type and says
    which."""
    where: dict[str, list[str]] = {}
    for doubt in doubts:
        if doubt.code == "TE-REVIEW-NAME" and doubt.subject:
            where.setdefault(doubt.subject, []).append(f"{doubt.file}:{doubt.line}" if doubt.line else doubt.file)
    ids: set[str] = set()
    return [(unique_id(f"name-{slug(name)}", ids), "", "", spreadsheet_safe(name),
             spreadsheet_safe(places[0] + (f" and {len(places) - 1} more" if len(places) > 1 else "")))
            for name, places in where.items()]
