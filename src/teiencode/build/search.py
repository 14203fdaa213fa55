"""The site's full-text search: an index written by Pagefind (the
``pagefind-bin`` package ships its binary) into ``OUTDIR/pagefind/``, which
the search page (``search.html``, rendered by ``xslt/site/index.xsl``) queries
in the browser, without any server but a static one and without network.

Pagefind indexes what each edition marks ``data-pagefind-body`` (its text
and footnotes), with the filters the edition marks
(``year``, ``type``, ``person``: the register's people it names) and its
anchors, which the search page uses to open a result at its passage. The
index is written again only when the corpus index is (a page changed), by
Pagefind running beside the end of the build (:class:`Indexing`).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Self

from ..model import Diagnostic

SEARCH_DIR = "pagefind"
#: What a search should not find: screen-reader explanations, note pop-ups,
#: the margin numbers and the names-marking control.
EXCLUDED = ".sr-only, .explanation, .explain, .num, .text-head"
TIMEOUT = 1800


class Indexing:
    """Pagefind indexing the editions of ``outdir`` while the build finishes
    the site around them (the corpus index, the previous/next links: neither
    changes what it indexes); a context manager that stops it if the build
    does not come to :meth:`finish`."""

    def __init__(self, outdir: Path, *, changed: bool, enabled: bool = True) -> None:
        """Start indexing, unless the site has no search (``enabled`` false)
        or ``changed`` is false and the index is there."""
        self.process: subprocess.Popen[str] | None = None
        self.problem: Diagnostic | None = None
        if not enabled or not changed and (outdir / SEARCH_DIR / "pagefind.js").is_file():
            return
        try:
            from pagefind_bin import get_executable
            executable = str(get_executable())
        except (ImportError, FileNotFoundError) as error:
            self.problem = _warning(f"Pagefind is not installed ({error})",
                                    "pip install pagefind-bin (a dependency of teiencode)")
            return
        command = [executable, "--site", str(outdir), "--output-subdir", SEARCH_DIR,
                   "--exclude-selectors", EXCLUDED, "--silent"]
        try:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                            text=True)
        except OSError as error:
            self.problem = _warning(f"Pagefind did not run: {error}", "build again")

    def finish(self) -> Diagnostic | None:
        """Wait for the index; a warning when it could not be written (the
        pages are built all the same)."""
        if self.process is None:
            return self.problem
        try:
            output, _ = self.process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            self.stop()
            return _warning(f"Pagefind took longer than {TIMEOUT} s", "build again")
        if self.process.returncode != 0:
            return _warning(f"Pagefind failed: {output.strip()[-500:]}",
                            "build again; report it if it fails again")
        return None

    def stop(self) -> None:
        """End Pagefind if it still runs."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.communicate()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def remove_search(outdir: Path) -> None:
    """Delete the search index of an earlier build (a build without search)."""
    shutil.rmtree(outdir / SEARCH_DIR, ignore_errors=True)


def _warning(message: str, hint: str) -> Diagnostic:
    return Diagnostic("warning", "TE-BUILD-SEARCH", f"the search index is not written: {message}",
                      hint=hint)
