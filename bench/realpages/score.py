"""Precision of the entity recogniser on the real Wilson Center pages of
../shared/corpus/wilson, against the judgements of ``judged.tsv``.

``judged.tsv`` judges the mentions the recogniser proposed (page, offset,
text): ``right`` is the kind the mention really is, ``none`` when it names
nothing, or ``span:KIND`` when a KIND is named but the boundaries are wrong.
It judges only proposals, so this measures precision, not recall. A proposal
nobody has judged yet is counted apart and listed with ``--unjudged``.

    PYTHONPATH=src python bench/realpages/score.py [--errors] [--unjudged]
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
    args = parser.parse_args()
    judged = load_judged(HERE / "judged.tsv")
    right, total, unjudged = Counter(), Counter(), Counter()
    for page, offset, text, kind in proposals(PAGES):
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
