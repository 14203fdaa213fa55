"""The user's cache folder: data derived once from the dependencies or compiled
once (the towns table, the English vocabulary, Schematron validators), kept
between processes so that each build's workers start quickly.

The folder is ``$TEIENCODE_CACHE_DIR``, else ``$XDG_CACHE_HOME/teiencode``,
else ``~/.cache/teiencode``. Nothing there is needed: a missing, unreadable
or read-only folder only means building the data again.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

ENV_CACHE = "TEIENCODE_CACHE_DIR"
#: Files kept of one family of cached data, the newest first.
KEPT_VERSIONS = 3


def cache_dir() -> Path:
    """Where derived data is kept between runs."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teiencode"


def cached_lines(name: str, build: Callable[[], Iterable[str]]) -> list[str]:
    """The lines of the cache file ``name`` (a name that changes whenever what
    ``build`` gives does), else those ``build`` gives, written there for the
    next process (written beside, then renamed: processes may race). Writing
    it removes the older files it replaces, made by other versions of the
    packages or the code: of its family (the name up to its first ``-`` and
    digit, "gazetteer" of "gazetteer-3.0.2-….tsv") and kind, all but the
    :data:`KEPT_VERSIONS` newest (installs of two versions may share the folder)."""
    path = cache_dir() / name
    try:
        return path.read_text(encoding="utf-8").split("\n")
    except OSError:
        pass
    lines = list(build())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text("\n".join(lines), encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return lines  # a read-only home: build again next time
    _remove_replaced(path)
    return lines


def _remove_replaced(path: Path) -> None:
    """Delete the files of ``path``'s family and kind but the newest
    :data:`KEPT_VERSIONS` (another process may be deleting them too)."""
    family = re.match(r"(.+?)-\d", path.name)
    if family is None:
        return
    pattern = re.compile(rf"{re.escape(family[1])}-\d.*{re.escape(path.suffix)}")
    versions = []
    for other in path.parent.iterdir():
        if other != path and pattern.fullmatch(other.name):
            try:
                versions.append((other.stat().st_mtime, other))
            except OSError:
                continue
    for _, old in sorted(versions, reverse=True)[KEPT_VERSIONS - 1:]:
        old.unlink(missing_ok=True)
