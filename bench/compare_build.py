"""Compare the batch build of another version with this one's, in one run.

The other version is taken from git (``git archive REF``, so the working tree and
its branches are left alone) into a temporary folder; both versions build the same
corpus (made by ``make_corpus.py``, or given with ``--corpus``), each build in a new
process into an output folder of its own that is deleted only when the comparison ends
(on ext4 without a journal, as on this project's benchmark machine, a file created within
about half a minute of many deletions costs the kernel a search past every inode just
freed: a build right after deleting the last build's output pays for that output's files,
the more so the more files it had; the outputs are kept under ``$TMPDIR``, some 57 KB
and 4 files a page each: 1.8 GB for 2,000 pages and seven pairs), after a first build
of each version that is not timed (new, then old), in alternating pairs (old then new, new then
old, …), so that both meet the same state of the machine. Reported: the median wall
time of each version, and the median of the per-pair ratios new / old with their
range — a pair shares the machine's state, so the ratio holds on a machine that is
busy with other work, where absolute times do not. Extra command-line options for
one version or the other (a version that has no such option would refuse it) go in
``--old-args`` and ``--new-args``.

    python bench/compare_build.py dcfdfc2 -n 300 --pairs 9
    python bench/compare_build.py dcfdfc2 -n 2000 --pairs 3 --new-args=--no-search
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_corpus import make_corpus

ROOT = Path(__file__).resolve().parents[1]


def export(ref: str, into: Path) -> Path:
    """The tree of git ``ref`` written into ``into`` (its sources compiled)."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    compile_sources(into)
    return into


def compile_sources(tree: Path) -> None:
    """Byte-compile a tree's sources, so that no build of the comparison pays for it."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "src")], check=True,
                   env=environment)


def build_seconds(tree: Path, corpus: Path, outdir: Path, jobs: int, extra: list[str],
                  settle: float = 0.0) -> float:
    """Wall time of one build of ``corpus`` by the version in ``tree``, in a new process,
    after ``settle`` seconds of rest (the files the last build replaced age out of the file
    system's memory of inodes just freed)."""
    time.sleep(settle)
    command = [sys.executable, "-m", "teiencode", "build", str(corpus), "-o", str(outdir),
               "-j", str(jobs), *extra]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=tree,
                          env={**os.environ, "PYTHONPATH": str(tree / "src")})
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: some page invalid, which the versions may differ on
        raise SystemExit(f"the build of {tree} failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the git revision to compare with (a commit, a tag, a branch)")
    parser.add_argument("-n", "--count", type=int, default=300, help="pages of the made corpus")
    parser.add_argument("--corpus", type=Path, help="build this folder instead of a made corpus")
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--old-args", default="", help="options for the old version's build")
    parser.add_argument("--new-args", default="", help="options for this version's build")
    parser.add_argument("--settle", type=float, default=0.0, metavar="SECONDS",
                        help="rest before each build (40 on ext4 without a journal: a build "
                             "replaces files, and the next one pays for the inodes it freed)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="teiencode-compare-") as tmp:
        work = Path(tmp)
        corpus = args.corpus or work / "corpus"
        if args.corpus is None:
            make_corpus(args.count, corpus)
        compile_sources(ROOT)
        versions = {"old": (export(args.old, work / "old"), shlex.split(args.old_args)),
                    "new": (ROOT, shlex.split(args.new_args))}
        times: dict[str, list[float]] = {"old": [], "new": []}
        for name, (tree, extra) in reversed(versions.items()):  # a first build of each, not timed
            build_seconds(tree, corpus, work / f"out-{name}-warm-up", args.jobs, extra, args.settle)
        for pair in range(args.pairs):
            for name in ("old", "new") if pair % 2 == 0 else ("new", "old"):
                tree, extra = versions[name]
                times[name].append(build_seconds(tree, corpus, work / f"out-{name}-{pair}",
                                                 args.jobs, extra, args.settle))
            print(f"pair {pair + 1}: old {times['old'][-1]:.2f} s, new {times['new'][-1]:.2f} s",
                  file=sys.stderr)
        ratios = [new / old for old, new in zip(times["old"], times["new"], strict=True)]
        print(json.dumps({
            "old": args.old, "pages": len(list(corpus.rglob("*.txt"))), "jobs": args.jobs,
            "pairs": args.pairs, "old_args": args.old_args, "new_args": args.new_args,
            "old_median_s": round(statistics.median(times["old"]), 3),
            "new_median_s": round(statistics.median(times["new"]), 3),
            "ratio_median": round(statistics.median(ratios), 3),
            "ratio_range": [round(min(ratios), 3), round(max(ratios), 3)]}, indent=1))


if __name__ == "__main__":
    main()
