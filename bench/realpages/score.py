"""Precision of the entity recogniser on the real Wilson Center pages of
../shared/corpus/wilson, against the judgements of ``judged.tsv``.

``judged.tsv`` judges the mentions the recogniser proposed (page, offset,
text): ``right`` is the kind the mention really is, ``none`` when it names
nothing, or ``span:KIND`` when a KIND is named but the boundaries are wrong.
It judges only proposals, so this measures precision, not recall. A proposal
nobody has judged yet is counted apart and listed with ``--unjudged``.

Recall is measured on three sets of pages, ``recall_pages.txt`` (the
development set of the fourth round), ``recall_pages2.txt`` (read in the
fifth round before any change, so first a held-out measurement) and
``recall_pages3.txt`` (12 pages read the same way in the sixth round): every person,
place and organisation mention the recogniser missed on them (or proposed with
a wrong span or kind) is in ``missed.tsv``, so the mentions of a set's pages
are the judged proposals that were right plus the missed rows on those pages.

    PYTHONPATH=src python bench/realpages/score.py [--errors] [--unjudged] [--misses]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from teiencode.entities.recognise import recognise

HERE = Path(__file__).resolve().parent
PAGES = HERE.parents[2] / "shared" / "corpus" / "wilson"
KINDS = ("person", "place", "org")


def load_judged(path: Path) -> dict[tuple[str, int, str], str]:
    """The judgements, by (page, offset, mention text)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {(r["page"], int(r["offset"]), r["text"]): r["right"] for r in rows}


def load_missed(path: Path) -> list[tuple[str, int, str, str]]:
    """The mentions missed on the recall pages, as (page, offset, text, kind)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [(r["page"], int(r["offset"]), r["text"], r["kind"]) for r in rows]


def recall_gold(
    judged: dict[tuple[str, int, str], str],
    missed: list[tuple[str, int, str, str]],
    pages: set[str],
) -> set[tuple[str, int, str, str]]:
    """Every mention of the recall *pages*: the right judged proposals on them
    and the missed mentions."""
    right = {(p, o, t, v) for (p, o, t), v in judged.items() if p in pages and v in KINDS}
    return right | {row for row in missed if row[0] in pages}


def report_recall(
    gold: set[tuple[str, int, str, str]],
    found: list[tuple[str, int, str, str]],
    name: str,
    pages: int,
    show: bool,
) -> None:
    """Print recall per kind on the recall pages (and the misses when *show*)."""
    hits = gold & set(found)
    if show:
        for page, offset, text, kind in sorted(gold - hits):
            print(f"missed\t{page}\t{offset}\t{text}\t{kind}")
    print(f"kind      recall      found/mentions   ({pages} pages of {name})")
    for kind in KINDS:
        total = sum(1 for g in gold if g[3] == kind)
        got = sum(1 for g in hits if g[3] == kind)
        print(f"{kind:8}  {got / total if total else 0.0:6.3f}   {got:5}/{total:<6}")


def proposals(folder: Path) -> list[tuple[str, int, str, str]]:
    """Every person, place and organisation the recogniser proposes, as
    (page, offset, text, kind)."""
    found = []
    for page in sorted(folder.glob("*.txt")):
        with open(page, encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
        found += [(page.stem, s.start, s.text, s.kind) for s in recognise(text) if s.kind in KINDS]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the wrong proposals")
    parser.add_argument("--unjudged", action="store_true", help="list the proposals not judged yet")
    parser.add_argument("--misses", action="store_true", help="list the missed mentions")
    args = parser.parse_args()
    judged = load_judged(HERE / "judged.tsv")
    found = proposals(PAGES)
    right, total, unjudged = Counter(), Counter(), Counter()
    for page, offset, text, kind in found:
        verdict = judged.get((page, offset, text))
        if verdict is None:
            unjudged[kind] += 1
            if args.unjudged:
                print(f"unjudged\t{page}\t{offset}\t{text}\t{kind}")
            continue
        total[kind] += 1
        right[kind] += verdict == kind
        if args.errors and verdict != kind:
            print(f"wrong\t{page}\t{offset}\t{text}\t{kind} (is {verdict})")
    print("kind      precision   right/judged  unjudged   (real Wilson pages, proposals only)")
    for kind in KINDS:
        share = right[kind] / total[kind] if total[kind] else 0.0
        print(f"{kind:8}  {share:9.3f}   {right[kind]:5}/{total[kind]:<6}  {unjudged[kind]:8}")
    missed = load_missed(HERE / "missed.tsv")
    for name in ("recall_pages.txt", "recall_pages2.txt", "recall_pages3.txt"):
        pages = set((HERE / name).read_text(encoding="utf-8").split())
        report_recall(recall_gold(judged, missed, pages), found, name, len(pages), args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
