"""Compare two versions of a stylesheet on a built corpus: the same output, and the time.

The TEI files of SITE (``*.xml`` that are TEI, recursively; a folder ``teiencode build``
wrote) are parsed once into one Saxon processor; the stylesheet STYLESHEET (relative to
``xslt/``) is compiled from OLD (an ``xslt`` folder of another version, for example from
``git archive``) and from NEW (default: this repository's). Every document is transformed
by both, and the documents whose outputs differ are listed. Then both run over the
documents in alternating pairs (old then new, new then old, …) and the median ratio of
their CPU times is reported with its quartiles: a pair shares the machine's state, so the
ratio holds on a machine that is busy with other work, where absolute times do not.

    git archive 54727bc xslt | tar -x -C /tmp/old
    PYTHONPATH=src python bench/compare_xslt.py /tmp/old/xslt html/html.xsl /tmp/site
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from saxonche import PySaxonProcessor

REPOSITORY_XSLT = Path(__file__).resolve().parents[1] / "xslt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the xslt folder of the version to compare with")
    parser.add_argument("stylesheet", help="the stylesheet, relative to xslt/ (html/html.xsl)")
    parser.add_argument("site", type=Path, help="a folder of TEI files (a build's output)")
    parser.add_argument("--new", type=Path, default=REPOSITORY_XSLT,
                        help="the xslt folder of the new version (default: this repository's)")
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--documents", type=int, default=120,
                        help="documents in each timed round (all are compared)")
    args = parser.parse_args()
    processor = PySaxonProcessor(license=False)
    compiler = processor.new_xslt30_processor()
    old, new = (compiler.compile_stylesheet(stylesheet_file=str(folder / args.stylesheet))
                for folder in (args.old, args.new))
    paths = [path for path in sorted(args.site.rglob("*.xml")) if b"<TEI" in path.read_bytes()]
    if not paths:
        print(f"{args.site}: no TEI file", file=sys.stderr)
        return 2
    documents = [processor.parse_xml(xml_text=path.read_text(encoding="utf-8")) for path in paths]
    differ = [path for path, document in zip(paths, documents, strict=True)
              if old.transform_to_string(xdm_node=document) != new.transform_to_string(xdm_node=document)]
    timed = documents[:args.documents]

    def per_document(executable) -> float:
        started = time.thread_time()
        for document in timed:
            executable.transform_to_string(xdm_node=document)
        return 1000 * (time.thread_time() - started) / len(timed)

    ratios, old_times = [], []
    for pair in range(args.pairs):
        if pair % 2 == 0:
            before = per_document(old)
            after = per_document(new)
        else:
            after = per_document(new)
            before = per_document(old)
        ratios.append(after / before)
        old_times.append(before)
    low, _, high = statistics.quantiles(ratios, n=4)
    print(f"{args.stylesheet}: {len(differ)} of {len(paths)} outputs differ"
          + "".join(f"\n  {path}" for path in differ[:10]))
    print(f"new / old CPU time: median {statistics.median(ratios):.3f} (quartiles {low:.3f}–{high:.3f}) "
          f"over {args.pairs} pairs of {len(timed)} documents; old about "
          f"{statistics.median(old_times):.2f} ms a document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
