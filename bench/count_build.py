"""Count the work of a build page by page: the instructions every process of a build runs,
under valgrind's callgrind, for another version and this one.

A build's wall time on a shared machine varies more than the changes it is asked to show (the
same build of 2,000 pages took 43 to 60 s of CPU in one session); the instructions it runs do
not. Each version builds, with ``-j 1`` (one process, and Pagefind's), the first ``--small``
and the first ``--large`` pages of a corpus (``make_corpus.py``'s, or ``--corpus``) under
``valgrind --tool=callgrind --trace-children=yes``; the difference between the two builds over
the difference in pages is the work a page adds, start-up and caches aside. Each version has a
cache folder of its own, filled by a build before the counted ones. Reported per page, in
millions of instructions: teiencode's process (Python, lxml, Saxon) and Pagefind's, and the
ratio of this version's total to the other's. What the kernel does (writing files) is not
counted. ``--small`` must be large enough that both builds pay every once-a-build cost (a
build of one page skips some: 1 against 3 pages gave 546 M a page, 20 against 120 gives 93 M).
Slow: about 50 times a build's time.

    python bench/count_build.py dcfdfc2 --corpus /tmp/bench300
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from compare_build import ROOT, compile_sources, export
from make_corpus import make_corpus


def counted_build(tree: Path, pages: Path, work: Path, cache: Path) -> dict[str, int]:
    """Instructions of one build of ``pages`` by the version in ``tree``, by program
    (``python``, ``pagefind``), every process of the build under callgrind."""
    profiles = work / "callgrind"
    shutil.rmtree(profiles, ignore_errors=True)
    profiles.mkdir()
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    environment = {**os.environ, "PYTHONPATH": str(tree / "src"), "PYTHONHASHSEED": "0",
                   "TEIENCODE_CACHE_DIR": str(cache)}
    done = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes", "-q",
                           f"--callgrind-out-file={profiles}/cg.%p", sys.executable, "-m",
                           "teiencode", "build", str(pages), "-o", str(out), "-j", "1"],
                          cwd=tree, env=environment, capture_output=True, text=True)
    # 1: some page invalid, which the versions may differ on; a crash exits 1 too, so the site's
    # index must be there
    if done.returncode not in (0, 1) or not (out / "index.html").is_file():
        raise SystemExit(f"the build of {tree} failed ({done.returncode}): {done.stderr[-2000:]}")
    counts: dict[str, int] = {}
    for profile in profiles.iterdir():
        fields = dict(line.split(": ", 1) for line in profile.read_text(errors="replace").splitlines()
                      if line.startswith(("cmd: ", "summary: ")))
        if "cmd" not in fields or "summary" not in fields:
            raise SystemExit(f"{profile}: no command or no total (did valgrind end early?)")
        program = "pagefind" if Path(fields["cmd"].split()[0]).name.startswith("pagefind") else "python"
        counts[program] = counts.get(program, 0) + int(fields["summary"])
    if "python" not in counts:
        raise SystemExit(f"the build of {tree} left no profile of teiencode's process")
    return counts


def per_page(tree: Path, corpus: list[Path], small: int, large: int, work: Path) -> dict[str, float]:
    """Millions of instructions a page adds to a build, by program, for the version in ``tree``."""
    cache = work / "cache"
    counts = {}
    for size in (small, small, large):  # the first build fills the version's caches
        pages = work / f"pages-{size}"
        if not pages.is_dir():
            pages.mkdir()
            for number, path in enumerate(corpus[:size]):  # numbered: names may repeat in subfolders
                shutil.copy(path, pages / f"{number:05d}_{path.name}")
        counts[size] = counted_build(tree, pages, work, cache)
    if set(counts[small]) != set(counts[large]):  # Pagefind's profile lost in one of them
        raise SystemExit(f"{tree}: the builds left profiles of {sorted(counts[small])} and "
                         f"{sorted(counts[large])}")
    return {program: round((counts[large][program] - counts[small][program]) / (large - small) / 1e6, 2)
            for program in sorted(counts[large])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the git revision to compare with")
    parser.add_argument("--corpus", type=Path, help="pages to build (default: a made corpus)")
    parser.add_argument("--small", type=int, default=20, help="pages of the smaller build")
    parser.add_argument("--large", type=int, default=120, help="pages of the larger build")
    args = parser.parse_args()
    if not 0 < args.small < args.large:
        raise SystemExit(f"--small ({args.small}) must be at least 1 and less than --large ({args.large})")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="teiencode-count-") as tmp:
        work = Path(tmp)
        source = args.corpus or work / "corpus"
        if args.corpus is None:
            make_corpus(args.large, source)
        corpus = sorted(source.rglob("*.txt"))
        if len(corpus) < args.large:
            raise SystemExit(f"{source} has {len(corpus)} pages, fewer than --large {args.large}")
        compile_sources(ROOT)
        figures = {}
        for name, tree in (("old", export(args.old, work / "old-tree")), ("new", ROOT)):
            (work / name).mkdir()
            figures[name] = per_page(tree, corpus, args.small, args.large, work / name)
            print(f"{name}: {figures[name]} M instructions a page", file=sys.stderr)
        totals = {name: sum(counts.values()) for name, counts in figures.items()}
        print(json.dumps({"old": args.old, "pages": [args.small, args.large],
                          "old_per_page_M": figures["old"], "new_per_page_M": figures["new"],
                          "ratio": round(totals["new"] / totals["old"], 3)}, indent=1))


if __name__ == "__main__":
    main()
