"""Build text/NAME.txt and gold/NAME.json from marked/NAME.page ({{text|register id}}).

    python bench/linking/make_gold.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\{\{([^|}]+)\|([^}]+)\}\}")

for page in sorted((HERE / "marked").glob("*.page")):
    source = page.read_text(encoding="utf-8")
    text, mentions, pos = [], [], 0
    length = 0
    for match in MARK.finditer(source):
        before = source[pos:match.start()]
        text.append(before)
        length += len(before)
        mentions.append({"type": "persName", "text": match.group(1), "start": length,
                         "end": length + len(match.group(1)), "corresp": match.group(2)})
        text.append(match.group(1))
        length += len(match.group(1))
        pos = match.end()
    text.append(source[pos:])
    (HERE / "text" / f"{page.stem}.txt").write_text("".join(text), encoding="utf-8")
    (HERE / "gold" / f"{page.stem}.json").write_text(
        json.dumps({"mentions": mentions}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
