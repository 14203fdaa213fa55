"""The one module that knows where the schemas and stylesheets are.

They ship inside the package (``teiencode/data/``) so that an installed wheel
works; in a source checkout the same files are reached through the top-level
``schemas/`` and ``xslt/`` folders, which the package data mirrors.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DATA = Path(__file__).parent / "data"
_CHECKOUT = Path(__file__).resolve().parents[2]


@cache
def data_dir(name: str) -> Path:
    """The folder ``schemas`` or ``xslt``: package data, else the checkout's."""
    for base in (_PACKAGE_DATA, _CHECKOUT):
        candidate = base / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"teiencode resource folder {name!r} is missing; reinstall teiencode")


def schema_path(filename: str) -> Path:
    """Path of a file in ``schemas/`` (``teiencode.xsd``, ``teiencode.sch`` …)."""
    return data_dir("schemas") / filename


def xslt_path(relative: str) -> Path:
    """Path of a stylesheet under ``xslt/`` (``html/html.xsl`` …)."""
    return data_dir("xslt") / relative
