"""Time the entity stage alone: ``find_mentions`` over documents read once.

The pages of FOLDER (``*.txt``, recursively) are read first; then the entity
stage runs over every document ``--rounds`` times and the best round is
reported in milliseconds of CPU per page, with the first (whose
caches are still filling, as in a build's worker). To compare two versions of the code, run
this script with each on ``PYTHONPATH``, alternating, in one session.

    python bench/make_corpus.py -n 300 --out /tmp/bench300
    PYTHONPATH=src python bench/time_entities.py /tmp/bench300 --rounds 5
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> int:
    from teiencode.build import Stages

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    stages = Stages.default()
    docs = []
    for path in sorted(args.folder.rglob("*.txt")):
        text, _ = stages.decode(path.read_bytes(), str(path))
        docs.append(stages.read(text, str(path)))
    for doc in docs[:5]:  # warm-up: the gazetteer and the caches of the first pages
        stages.find_mentions(doc, None)
    rounds = []
    for _ in range(args.rounds):
        started = time.process_time()
        for doc in docs:
            stages.find_mentions(doc, None)
        rounds.append(1000 * (time.process_time() - started) / len(docs))
    print(f"entities: first round {rounds[0]:.2f} ms/page, best {min(rounds):.2f} "
          f"({args.rounds} rounds over {len(docs)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
