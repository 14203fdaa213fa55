"""teiencode: translated archival pages → TEI P5 → validated → reading editions.

The public API, one function per stage (imported lazily, so that importing the
model does not start a Saxon processor)::

    from teiencode import read_page, load_register, find_mentions, encode, to_bytes
    doc = find_mentions(read_page(text, source="memo.txt"), load_register(["register.xml"]))
    xml = to_bytes(encode(doc))
    diagnostics = list(iter_diagnostics(xml))
    html = render_html(xml)

``encode_page`` runs read → entities → tei in one call. Two functions share
their names with their packages and are imported from them:
``teiencode.build.build`` (the batch build) and ``teiencode.validate.validate``
(raises :class:`~teiencode.errors.ValidationFailed`).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "read_page": "teiencode.read",
    "read_path": "teiencode.read",
    "decode_page": "teiencode.read",
    "Register": "teiencode.entities",
    "load_register": "teiencode.entities",
    "find_mentions": "teiencode.entities",
    "list_entities": "teiencode.entities",
    "encode": "teiencode.tei",
    "Edition": "teiencode.tei",
    "to_bytes": "teiencode.tei",
    "iter_diagnostics": "teiencode.validate",
    "is_valid": "teiencode.validate",
    "format_report": "teiencode.validate",
    "parse_xml": "teiencode.xmlinput",
    "parse_tei": "teiencode.publish",
    "render_html": "teiencode.publish",
    "render_text": "teiencode.publish",
    "render_index": "teiencode.publish",
    "encode_page": "teiencode.pipeline",
    "encode_bytes": "teiencode.pipeline",
    "encode_path": "teiencode.pipeline",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'teiencode' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
