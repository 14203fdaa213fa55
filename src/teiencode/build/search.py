"""The site's full-text search: an index written by Pagefind (the
``pagefind-bin`` package ships its binary) into ``OUTDIR/pagefind/``, which
the search page (``search.html``, rendered by ``xslt/site/index.xsl``) queries
in the browser, without any server but a static one and without network.

Pagefind indexes what each edition marks ``data-pagefind-body`` (its text
and footnotes), with the filters the edition marks
(``year``, ``type``, ``person``: the register's people it names) and its
anchors, which the search page uses to open a result at its passage. The
index is written again only when the corpus index was (a page changed).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..model import Diagnostic

SEARCH_DIR = "pagefind"
#: What a search should not find: screen-reader explanations, note pop-ups,
#: the margin numbers and the names-marking control.
EXCLUDED = ".sr-only, .explanation, .explain, .num, .text-head"
TIMEOUT = 1800


def write_search(outdir: Path, *, changed: bool) -> Diagnostic | None:
    """Index the editions in ``outdir`` for search unless ``changed`` is false
    and the index is there; a warning when it cannot be written (the pages
    are built all the same)."""
    if not changed and (outdir / SEARCH_DIR / "pagefind.js").is_file():
        return None
    try:
        from pagefind_bin import get_executable
        executable = str(get_executable())
    except (ImportError, FileNotFoundError) as error:
        return _warning(f"Pagefind is not installed ({error})",
                        "pip install pagefind-bin (a dependency of teiencode)")
    command = [executable, "--site", str(outdir), "--output-subdir", SEARCH_DIR,
               "--exclude-selectors", EXCLUDED, "--silent"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                             check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return _warning(f"Pagefind did not run: {error}", "build again")
    if run.returncode != 0:
        return _warning(f"Pagefind failed: {(run.stderr or run.stdout).strip()[-500:]}",
                        "build again; report it if it fails again")
    return None


def remove_search(outdir: Path) -> None:
    """Delete the search index of an earlier build (a build without search)."""
    shutil.rmtree(outdir / SEARCH_DIR, ignore_errors=True)


def _warning(message: str, hint: str) -> Diagnostic:
    return Diagnostic("warning", "TE-BUILD-SEARCH", f"the search index is not written: {message}",
                      hint=hint)
