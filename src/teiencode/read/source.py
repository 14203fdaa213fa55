"""Page bytes to text: byte-order marks, UTF-8, legacy 8-bit encodings.

A page must be read exactly as written (CRLF kept); only the BOM is removed.
Input that is empty, binary or full of NUL bytes is refused with
:class:`~teiencode.errors.InputError`; a page that is not UTF-8 is decoded
with the encoding charset-normalizer finds, with a warning.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError
from ..model import Diagnostic

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than TAB, LF, VT, FF, CR and the separators \x1c-\x1f: not text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")
_MAX_BYTES = 50_000_000


def _refuse(message: str, source: str | None, hint: str) -> InputError:
    return InputError(message, file=source, hint=hint)


def decode_page(data: bytes, source: str | None = None) -> tuple[str, list[Diagnostic]]:
    """Decode page bytes to text; returns the text and warnings about the decoding.

    The BOM is removed, line endings are kept. Raises ``InputError`` for
    empty, oversized or binary input.
    """
    warnings: list[Diagnostic] = []
    if not data.strip():
        raise _refuse("the page is empty", source, "give a text file with the page's content")
    if len(data) > _MAX_BYTES:
        raise _refuse(f"the page is {len(data)} bytes, more than {_MAX_BYTES}", source,
                      "split the file into pages")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _clean(data[len(bom):].decode(encoding), source, warnings), warnings
            except UnicodeDecodeError as exc:
                raise _refuse(f"the page starts with a {encoding} byte-order mark but is not "
                              f"{encoding}: {exc.reason} at byte {exc.start}", source,
                              "save the page again as UTF-8") from exc
    if data.count(0) > max(1, len(data) // 100):
        raise _refuse("the file is binary (it holds NUL bytes), not page text", source,
                      "give the plain text of the page, not a PDF, image or word-processor file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, source, warnings)
    return _clean(text, source, warnings), warnings


def _decode_legacy(data: bytes, source: str | None, warnings: list[Diagnostic]) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "cp1251", "iso8859_2",
                                          "cp1250", "mac_roman", "koi8_r", "gb18030",
                                          "big5", "shift_jis", "euc_kr"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"
        text = data.decode(encoding)
    warnings.append(Diagnostic(
        "warning", "TE-READ-2", f"the page is not UTF-8; decoded as {encoding}", file=source,
        hint="check accented letters and quotes in the output; save the page as UTF-8"))
    return text


def _clean(text: str, source: str | None, warnings: list[Diagnostic]) -> str:
    if _CONTROL.search(text) is None:
        return text
    if text.count("\x00") > max(1, len(text) // 100):
        raise _refuse("the text is full of NUL characters (UTF-16 without a byte-order "
                      "mark?)", source, "save the page as UTF-8")
    line = text.count("\n", 0, _CONTROL.search(text).start()) + 1  # type: ignore[union-attr]
    warnings.append(Diagnostic(
        "warning", "TE-READ-5", "control characters removed from the page", file=source,
        line=line, hint="control characters cannot appear in XML; check the source file"))
    return _CONTROL.sub("", text)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a page file; ``InputError`` if it is missing or unreadable."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the page: {exc.strerror or exc}", file=str(path),
                         hint="check the path and its permissions") from exc
