"""Write the sealed real-layout pages and their gold from marked-up sources.

Each ``src/NAME.page`` holds ``key: value`` lines (``url``, ``date``,
``title``, ``layout``, optionally ``cut``: the number of UTF-8 bytes the page
store kept), a line ``---`` and the page text, in which each speaker label
is written ``⟪Label|Speaker⟫`` (the label without its separator). Writes
``NAME.txt``, and ``turns.json`` and ``manifest.tsv`` in the format of
../shared/corpus/wilson (a turn by its label's 1-based line), which
``bench/score_reader.py`` reads::

    python bench/sealed_turns/make.py
"""

from __future__ import annotations

import bisect
import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABEL = re.compile(r"⟪([^|⟫]+)\|([^⟫]+)⟫")
COLUMNS = ("file", "url", "date", "title", "layout", "complete")


def build(source: Path) -> tuple[str, list[dict[str, object]], dict[str, str]]:
    """The page's text, its turns and its manifest row."""
    head, _, marked = source.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    pieces: list[str] = []
    labels: list[tuple[int, str, str]] = []  # (offset in the text, label, speaker)
    length = position = 0
    for match in LABEL.finditer(marked):
        pieces.append(marked[position:match.start()])
        length += match.start() - position
        labels.append((length, match[1], match[2]))
        pieces.append(match[1])
        length += len(match[1])
        position = match.end()
    pieces.append(marked[position:])
    text = "".join(pieces).rstrip("\n")
    cut = int(meta.get("cut", 0))
    if cut and len(text.encode("utf-8")) > cut:
        text = text.encode("utf-8")[:cut].decode("utf-8", errors="ignore")
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    gold: list[dict[str, object]] = []
    for start, label, speaker in labels:
        if start + len(label) > len(text):
            continue  # cut off by the page store
        assert text.startswith(label, start), (source.name, label)
        line = bisect.bisect_right(starts, start)
        gold.append({"line": line, "label": label, "speaker": speaker})
    row = {"file": source.stem + ".txt", "url": meta["url"], "date": meta["date"], "title": meta["title"],
           "layout": meta["layout"], "complete": "truncated" if cut and len(text.encode()) >= cut - 4 else "yes"}
    return text, gold, row


def main() -> None:
    turns, rows = {}, []
    for source in sorted((HERE / "src").glob("*.page")):
        text, gold, row = build(source)
        (HERE / (source.stem + ".txt")).write_text(text, encoding="utf-8")
        turns[source.stem] = gold
        rows.append(row)
    (HERE / "turns.json").write_text(json.dumps(turns, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(HERE / "manifest.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
