"""Score the entity recogniser against the shared gold annotations.

Synthetic pages (../shared/corpus/synthetic/*.gold.json): precision, recall
and F1 per type (person, place, org, date), a mention counting when its
offsets and type are exactly the gold's. FRUS memoranda
(../shared/gold/frus/): recall of the persons FRUS tags (it tags only the
persons of the volume's list) and linking accuracy — the share of found
mentions linked to the gold ``corresp`` — with the volume's persons list as
the register.

    PYTHONPATH=src python bench/score_entities.py [--shared DIR] [--errors] [--json]
    PYTHONPATH=src python bench/score_entities.py --pages tests/heldout   # other gold pages

``--pages FOLDER`` scores the pages of FOLDER (each ``NAME.txt`` with its
``NAME.gold.json`` in the synthetic format) instead of the shared ones;
``--frus FOLDER`` the linking of another folder in the FRUS layout (``text/``,
``gold/``, ``registers/``), such as the sealed ``bench/linking``.

    PYTHONPATH=src python bench/score_entities.py --frus bench/linking
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from teiencode.entities import load_register
from teiencode.entities.recognise import recognise

TYPES = ("person", "place", "org", "date")
TARGETS = {"person": 0.95, "place": 0.90, "org": 0.85, "date": 0.95, "linking": 0.97}


def read_page(path: Path) -> str:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def score_synthetic(folder: Path, show_errors: bool) -> dict[str, dict[str, float]]:
    counts = {t: Counter() for t in TYPES}
    for gold_path in sorted(folder.glob("*.gold.json")):
        text = read_page(gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")))
        gold = {(m["start"], m["end"], m["type"]) for m in json.loads(gold_path.read_text())["mentions"]}
        found = {(s.start, s.end, s.kind) for s in recognise(text)}
        for kind in TYPES:
            g = {m for m in gold if m[2] == kind}
            f = {m for m in found if m[2] == kind}
            counts[kind]["tp"] += len(g & f)
            counts[kind]["fp"] += len(f - g)
            counts[kind]["fn"] += len(g - f)
            if show_errors:
                for s, e, _ in sorted(f - g):
                    print(f"  FP {kind:6} {gold_path.stem[:28]:28} {text[s:e]!r}", file=sys.stderr)
                for s, e, _ in sorted(g - f):
                    print(f"  FN {kind:6} {gold_path.stem[:28]:28} {text[s:e]!r}", file=sys.stderr)
    return {kind: _prf(c) for kind, c in counts.items()}


def _prf(c: Counter) -> dict[str, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), **c}


def score_frus(folder: Path, show_errors: bool) -> dict[str, float]:
    found_n = linked_ok = gold_n = linkable = 0
    registers = {}
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text())
        volume = gold_path.stem.split("_")[0]
        if volume not in registers:
            registers[volume] = load_register([folder / "registers" / f"{volume}-persons.xml"])
        text = read_page(folder / "text" / f"{gold_path.stem}.txt")
        spans = {(s.start, s.end): s for s in recognise(text, registers[volume]) if s.kind == "person"}
        for m in gold["mentions"]:
            if m["type"] != "persName":
                continue
            gold_n += 1
            span = spans.get((m["start"], m["end"]))
            if span is None:
                if show_errors:
                    print(f"  FN frus {gold_path.stem:26} {m['text']!r}", file=sys.stderr)
                continue
            found_n += 1
            if m.get("corresp"):
                linkable += 1
                if span.ref == m["corresp"]:
                    linked_ok += 1
                elif show_errors:
                    print(f"  LINK {gold_path.stem:26} {m['text']!r} {span.ref} ≠ {m['corresp']}", file=sys.stderr)
    return {"person_recall": round(found_n / gold_n, 3), "linking": round(linked_ok / max(linkable, 1), 3),
            "gold": gold_n, "found": found_n, "linked": linked_ok, "linkable": linkable}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared")
    parser.add_argument("--errors", action="store_true", help="list every miss on stderr")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--pages", type=Path, help="score the gold pages of this folder only")
    parser.add_argument("--frus", type=Path, help="score FRUS-style linking in this folder only")
    args = parser.parse_args()
    started = time.perf_counter()
    synthetic = None if args.frus else score_synthetic(args.pages or args.shared / "corpus" / "synthetic",
                                                       args.errors)
    frus = None if args.pages else score_frus(args.frus or args.shared / "gold" / "frus", args.errors)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps({"synthetic": synthetic, "frus": frus, "seconds": round(elapsed, 2)}, indent=1))
        return 0
    if synthetic is not None:
        print(f"{'type':8} {'P':>6} {'R':>6} {'F1':>6} {'target':>7}   ({args.pages or 'synthetic'} "
              "pages, exact spans)")
        for kind, s in synthetic.items():
            print(f"{kind:8} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {TARGETS[kind]:7.2f}")
    if frus is not None:
        print(f"FRUS persons: recall {frus['person_recall']:.3f} ({frus['found']}/{frus['gold']}), "
              f"linking {frus['linking']:.3f} ({frus['linked']}/{frus['linkable']}; "
              f"target {TARGETS['linking']})")
    print(f"{elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
