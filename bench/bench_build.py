"""Benchmark of the batch build: pages per second per stage and end to end,
peak memory, a no-change rebuild, and memory as the corpus grows.

    python bench/bench_build.py                       # 2,000 pages, -j 1 and -j 2
    python bench/bench_build.py --flatness 20000      # also 20,000 pages vs 2,000
    python bench/bench_build.py --profile prof.txt    # where the time goes (cProfile)

Each end-to-end build runs in a fresh process, which reports its own wall
time and the peak resident memory (``VmHWM`` in ``/proc``) of itself and of
its worker processes. Stage figures come from running the stages one after
another in this process on a sample of the pages. Targets (2 cores): ≥ 300
pages/s end to end with -j 2; a no-change rebuild of 2,000 pages under 2 s;
the same peak memory for 20,000 pages as for 2,000 (parent and workers: the
parent keeps what it must remember on disk and renders the corpus index in
pages of bounded size).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_corpus import make_corpus

ROOT = Path(__file__).resolve().parents[1]

BUILD_SCRIPT = """
import json, os, sys, threading, time
from pathlib import Path
started = time.perf_counter()
from teiencode.build import build, collect_sources

def descendants(root):
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in parents.items() if ppid in frontier} - found
        found |= frontier
    return found

def high_water(pid):  # peak resident KiB of this process image (getrusage's ru_maxrss
    try:                # would start at the RSS of the process that forked it)
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return max([int(line.split()[1]) for line in status.splitlines()
                if line.startswith("VmHWM:")] or [0])

worker_peak = 0
def sample():  # worker processes are the forkserver's children: /proc sees their peak
    global worker_peak
    while True:
        for pid in descendants(os.getpid()):
            worker_peak = max(worker_peak, high_water(pid))
        time.sleep(0.5)

if __name__ == "__main__":
    threading.Thread(target=sample, daemon=True).start()
    index = Path(sys.argv[2]) / "index.html"
    before = index.stat().st_mtime_ns if index.exists() else None
    summary = build(collect_sources([sys.argv[1]]), sys.argv[2], jobs=int(sys.argv[3]))
    wall = time.perf_counter() - started
    print(json.dumps({"pages": summary.total, "built": summary.built, "skipped": summary.skipped,
                      "failed": summary.failed, "invalid": summary.invalid,
                      "build_seconds": summary.seconds, "process_seconds": wall,
                      "index_rendered": index.stat().st_mtime_ns != before,
                      "peak_mib": high_water(os.getpid()) / 1024,
                      "worker_peak_mib": worker_peak / 1024}))
"""


def run_build(corpus: Path, outdir: Path, jobs: int) -> dict[str, float]:
    """One build in a fresh Python process; its own figures."""
    env_path = str(ROOT / "src")
    started = time.perf_counter()
    script = outdir.parent / "bench_one_build.py"
    script.write_text(BUILD_SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(corpus), str(outdir), str(jobs)],
                          capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall_seconds"] = time.perf_counter() - started
    built, seconds = figures["built"], figures["build_seconds"]
    figures["pages_per_second"] = built / seconds if built else 0
    return figures


def stage_rates(pages: list[Path]) -> dict[str, float]:
    """Pages per second of each stage alone, in this process, after a warm-up."""
    from teiencode.build import Stages

    stages = Stages.default()
    steps = {name: 0.0 for name in ("read", "entities", "tei", "validate", "html", "text",
                                    "index entry")}

    def one(path: Path, timed: bool) -> None:
        marks = [time.perf_counter()]
        text, _ = stages.decode(path.read_bytes(), str(path))
        doc = stages.read(text, str(path))
        marks.append(time.perf_counter())
        doc = stages.find_mentions(doc, None)
        marks.append(time.perf_counter())
        xml = stages.to_bytes(stages.encode(doc))
        marks.append(time.perf_counter())
        list(stages.diagnose(xml))
        marks.append(time.perf_counter())
        parsed = stages.parse(xml)
        stages.render_html(parsed)
        marks.append(time.perf_counter())
        stages.render_text(parsed)
        marks.append(time.perf_counter())
        stages.index_entry(parsed)
        marks.append(time.perf_counter())
        if timed:
            for name, start, end in zip(steps, marks[:-1], marks[1:], strict=True):
                steps[name] += end - start

    for path in pages[:5]:
        one(path, timed=False)
    for path in pages:
        one(path, timed=True)
    rates = {name: len(pages) / seconds for name, seconds in steps.items()}
    rates["all stages, one process"] = len(pages) / sum(steps.values())
    return rates


def profile(pages: list[Path], out: Path) -> None:
    """cProfile of the stages over ``pages``; the top functions go to ``out``."""
    profiler = cProfile.Profile()
    profiler.enable()
    stage_rates(pages)
    profiler.disable()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)
    out.write_text(text.getvalue(), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--sample", type=int, default=200, help="pages for the stage figures")
    parser.add_argument("--flatness", type=int, metavar="N", help="also build N pages (memory)")
    parser.add_argument("--profile", type=Path, metavar="FILE", help="write a cProfile here")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))

    with tempfile.TemporaryDirectory(prefix="teiencode-bench-") as tmp:
        work = Path(tmp)
        pages = make_corpus(args.count, work / "corpus")
        results: dict[str, object] = {"pages": args.count}
        sample = pages[: args.sample]
        results["stage_pages_per_second"] = {k: round(v, 1) for k, v in stage_rates(sample).items()}
        if args.profile:
            profile(sample, args.profile)
        for jobs in args.jobs:
            results[f"build -j {jobs}"] = run_build(work / "corpus", work / f"out-j{jobs}", jobs)
        last = max(args.jobs)
        rebuild = run_build(work / "corpus", work / f"out-j{last}", last)
        results[f"no-change rebuild -j {last}"] = rebuild
        if args.flatness:
            big = make_corpus(args.flatness, work / "big")
            results[f"build {len(big)} pages -j {last}"] = run_build(work / "big",
                                                                     work / "out-big", last)
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
