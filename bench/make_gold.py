"""Build the pages of a folder and their exact gold from its ``src/*.page``.

The mark-up and the gold format are those of ``tests/heldout/make_gold.py``,
whose ``build`` and ``verify`` this script reuses; only the folder differs
(``bench/sealed``, ``bench/families``).

    python bench/make_gold.py bench/sealed
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location(
    "heldout_make_gold", HERE.parent / "tests" / "heldout" / "make_gold.py")
assert _SPEC is not None and _SPEC.loader is not None
make_gold = importlib.util.module_from_spec(_SPEC)
sys.modules[_SPEC.name] = make_gold
_SPEC.loader.exec_module(make_gold)


def main(folder: Path) -> int:
    for source in sorted((folder / "src").glob("*.page")):
        text, gold = make_gold.build(source)
        gold["set"] = folder.name
        page = folder / (source.stem + ".txt")
        page.write_bytes((b"\xef\xbb\xbf" if gold["bom"] else b"") + text.encode("utf-8"))
        (folder / (source.stem + ".gold.json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        make_gold.verify(page, gold)
        print(f"{page.name}: {gold['counts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
