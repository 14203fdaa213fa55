"""The user's cache folder: data derived once from the dependencies or compiled
once (the towns table, the English vocabulary, Schematron validators), kept
between processes so that each build's workers start quickly.

The folder is ``$TEIENCODE_CACHE_DIR``, else ``$XDG_CACHE_HOME/teiencode``,
else ``~/.cache/teiencode``. Nothing there is needed: a missing, unreadable
or read-only folder only means building the data again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

ENV_CACHE = "TEIENCODE_CACHE_DIR"


def cache_dir() -> Path:
    """Where derived data is kept between runs."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "teiencode"


def cached_lines(name: str, build: Callable[[], Iterable[str]]) -> list[str]:
    """The lines of the cache file ``name`` (a name that changes whenever what
    ``build`` gives does), else those ``build`` gives, written there for the
    next process (written beside, then renamed: processes may race)."""
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
        pass  # a read-only home: build again next time
    return lines
