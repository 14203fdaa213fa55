"""Make a corpus of N pages by varying the shared pages, for the build benchmark.

Each page is one of the shared pages (``shared/corpus/**/*.txt`` and the FRUS
texts in ``shared/gold/frus/text``) changed so that no two are alike: body
paragraphs shuffled, one sometimes repeated, person names swapped for other
names of the shared gold, years shifted. Only long paragraphs between the
first and the last of the body move (not the chrome, the title, a summary or
the "Document Information" block), so the pages keep their layout. Deterministic
for a given ``--seed``; written to a new temporary folder unless ``--out`` is
given, never into the repository.

    python bench/make_corpus.py -n 2000            # prints the folder it wrote
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
_YEAR = re.compile(r"\b(19[4-8]\d)\b")
_PARAGRAPHS = re.compile(r"(\r?\n[ \t]*\r?\n)")
_CHROME = re.compile(r"\s*(Document Information|Summary|Source|Rights|Original Language|"
                     r"Contents|Record ID|Type|Language|Citation)\b")


def seed_pages(shared: Path = SHARED) -> list[tuple[str, str]]:
    """(name, text) of every shared page, in a fixed order."""
    paths = sorted(shared.glob("corpus/**/*.txt")) + sorted(shared.glob("gold/frus/text/*.txt"))
    if not paths:
        raise SystemExit(f"no shared pages under {shared}")
    return [(p.stem, p.read_bytes().decode("utf-8-sig")) for p in paths]


def person_names(shared: Path = SHARED) -> list[str]:
    """Person names of the shared gold files (multi-word ones, to swap safely)."""
    names: set[str] = set()
    golds = sorted(shared.glob("corpus/**/*.gold.json"))
    golds += sorted(shared.glob("gold/frus/gold/*.json"))
    for gold in golds:
        for mention in json.loads(gold.read_text(encoding="utf-8")).get("mentions", []):
            text = mention.get("text", "")
            if mention.get("type") in ("person", "persName") and " " in text and "[" not in text:
                names.add(text)
    return sorted(names)


def _is_body(paragraph: str) -> bool:
    """A paragraph of running text (long, not a labelled line of the page chrome)."""
    return len(paragraph) > 120 and not _CHROME.match(paragraph)


def vary(text: str, rng: random.Random, names: list[str]) -> str:
    """One variant of a page: shuffle and repeat body paragraphs, swap names, shift years."""
    parts = _PARAGRAPHS.split(text)
    paragraphs, separators = parts[0::2], parts[1::2]
    footer = next((i for i, p in enumerate(paragraphs) if i > 2 and _CHROME.match(p)),
                  len(paragraphs))
    body = [i for i, p in enumerate(paragraphs[:footer]) if _is_body(p)][1:-1]
    if len(body) > 3:
        for _ in range(max(1, len(body) // 3)):
            i, j = rng.sample(body, 2)
            paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
        if rng.random() < 0.5:
            k = rng.choice(body)
            paragraphs.insert(k, paragraphs[k])
            separators.insert(k, separators[min(k, len(separators) - 1)])
    out = paragraphs[0] + "".join(s + p for s, p in zip(separators, paragraphs[1:], strict=True))
    present = [n for n in names if n in out]
    for old in rng.sample(present, min(3, len(present))):
        out = out.replace(old, rng.choice(names))
    shift = rng.randint(-3, 3)
    return _YEAR.sub(lambda m: str(int(m.group(1)) + shift), out)


def make_corpus(count: int, out: Path, *, seed: int = 1979) -> list[Path]:
    """Write ``count`` varied pages into ``out`` (in 100-page subfolders)."""
    pages, names = seed_pages(), person_names()
    written = []
    for index in range(count):
        name, text = pages[index % len(pages)]
        rng = random.Random(f"{seed}-{index}")
        path = out / f"{index // 100:03d}" / f"{index:05d}_{name}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(vary(text, rng, names).encode("utf-8"))
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--out", type=Path, help="folder to write (default: a new temp folder)")
    parser.add_argument("--seed", type=int, default=1979)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="teiencode-bench-"))
    make_corpus(args.count, out, seed=args.seed)
    print(out)


if __name__ == "__main__":
    main()
