"""Page bytes to text: byte-order marks, UTF-8, legacy 8-bit encodings.

A page must be read exactly as written (CRLF kept); only the BOM is removed.
Input that is empty, binary or full of NUL bytes is refused with
:class:`~teiencode.errors.InputError`. A page whose non-ASCII characters are
mostly valid UTF-8 is UTF-8: its stray bytes become U+FFFD, with a warning for
each line holding one (:func:`_mostly_utf8`); valid multi-byte UTF-8 is never
decoded as another charset. Any other page that is not UTF-8 is decoded
with the encoding charset-normalizer finds, with a warning. Between Latin
code pages its guess is not trusted (on a short page it takes French or
Spanish for Czech): such a page is cp1252 unless it shows signs of a Central
European code page (:func:`_central_european`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError
from ..model import Diagnostic
from .lines import line_number

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
_LEGACY = ("cp1252", "latin_1", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253", "mac_roman",
           "gb18030", "big5", "shift_jis", "euc_kr")
# Single-byte Latin code pages: a page guessed as one of them is read as cp1252
# unless it shows it is Central European (see _central_european).
_LATIN = frozenset(("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "cp1257", "iso8859_4",
                    "iso8859_13", "iso8859_16"))
_CENTRAL_PAGES = frozenset(("cp1250", "iso8859_2"))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_STRAY = re.compile(r"[\udc80-\udcff]+")  # bytes that are not UTF-8, as surrogateescape gives them
_LINES_WARNED = 20  # lines with stray bytes named one by one; the rest in one warning
_SH_ZH_IN_WORD = re.compile(r"\w[šžŠŽ]|[šžŠŽ]\w")
_HUNGARIAN_WORD = re.compile(r"\w*(?:[őűŐŰ]\w*[öüÖÜ]|[öüÖÜ]\w*[őűŐŰ])")
# Files that are not text at all: PDF, PNG, JPEG, GIF, ZIP (docx, odt), OLE (doc), gzip.
_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x1f\x8b")
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _refuse(message: str, source: str | None, hint: str) -> InputError:
    return InputError(message, file=source, hint=hint)


def decode_page(data: bytes, source: str | None = None) -> tuple[str, list[Diagnostic]]:
    """Decode page bytes to text; returns the text and warnings about the decoding.

    The BOM is removed, line endings are kept. Raises ``InputError`` for
    empty (also: only a BOM or only whitespace), oversized or binary input.
    """
    text, warnings = _decode(data, source)
    if not text.strip():
        raise _refuse("the page has no text (only whitespace or a byte-order mark)", source,
                      "give a text file with the page's content")
    return text, warnings


def _decode(data: bytes, source: str | None) -> tuple[str, list[Diagnostic]]:
    warnings: list[Diagnostic] = []
    if not data.strip():
        raise _refuse("the page is empty", source, "give a text file with the page's content")
    if len(data) > _MAX_BYTES:
        raise _refuse(f"the page is {len(data)} bytes, more than {_MAX_BYTES}", source,
                      "split the file into pages")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                text = _utf8_with_strays(data[len(bom):], source, warnings)
                return _clean(text, source, warnings), warnings
            try:
                return _clean(data[len(bom):].decode(encoding), source, warnings), warnings
            except UnicodeDecodeError as exc:
                raise _refuse(f"the page starts with a {encoding} byte-order mark but is not "
                              f"{encoding}: {exc.reason} at byte {exc.start}", source,
                              "save the page again as UTF-8") from exc
    head = data[:65536]
    if data.startswith(_MAGIC) or b"\x00" in data or len(_BINARY_BYTES.findall(head)) > max(8, len(head) // 100):
        raise _refuse("the file is binary (NUL or control bytes, or the signature of a PDF, image "
                      "or archive), not page text", source,
                      "give the plain text of the page, not a PDF, image or word-processor file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _mostly_utf8(data, source, warnings) or _decode_legacy(data, source, warnings)
    return _clean(text, source, warnings), warnings


def _mostly_utf8(data: bytes, source: str | None, warnings: list[Diagnostic]) -> str | None:
    """UTF-8 with stray bytes that are not (a paste from a cp1252 file, a
    damaged transfer), or ``None`` for a page in another encoding. The page is
    UTF-8 when its valid multi-byte sequences are at least as many as its
    stray bytes: a legacy page's letters form valid sequences only by accident
    ("ВІ" in cp1251, a CJK page's byte pairs), far fewer than those that do not."""
    escaped = data.decode("utf-8", "surrogateescape")
    stray = sum(len(run) for run in _STRAY.findall(escaped))
    sequences = len(_NON_ASCII.findall(escaped)) - stray
    if sequences < stray:
        return None
    return _utf8_with_strays(data, source, warnings)


def _utf8_with_strays(data: bytes, source: str | None, warnings: list[Diagnostic]) -> str:
    """UTF-8 with U+FFFD for the bytes that are not, and a TE-READ-2 warning
    naming each line that holds such bytes (the first :data:`_LINES_WARNED`,
    then one for the rest)."""
    escaped = data.decode("utf-8", "surrogateescape")
    counts: dict[int, int] = {}
    for run in _STRAY.finditer(escaped):
        line = line_number(escaped, run.start())
        counts[line] = counts.get(line, 0) + len(run.group())
    hint = "check the source file at this line; save the page as UTF-8"
    for line, count in list(counts.items())[:_LINES_WARNED]:
        warnings.append(Diagnostic(
            "warning", "TE-READ-2", f"{count} byte(s) on this line are not UTF-8; shown as \ufffd",
            file=source, line=line, hint=hint))
    rest = list(counts)[_LINES_WARNED:]
    if rest:
        warnings.append(Diagnostic(
            "warning", "TE-READ-2", f"bytes that are not UTF-8 on {len(rest)} more line(s) "
            f"(from this one on); shown as \ufffd", file=source, line=rest[0], hint=hint))
    return data.decode("utf-8", "replace")


def _decode_legacy(data: bytes, source: str | None, warnings: list[Diagnostic]) -> str:
    from charset_normalizer import from_bytes

    results = from_bytes(data, cp_isolation=list(_LEGACY))
    best = results.best()
    encoding = best.encoding if best is not None else "cp1252"
    tied = best is not None and any(m.encoding == "cp1252" and (m.chaos, m.coherence) == (
        best.chaos, best.coherence) for m in results)
    if encoding in _LATIN or tied:
        pages = [m.encoding for m in results if m.encoding in _CENTRAL_PAGES] or ["cp1250"]
        encoding = next((page for page in pages if _central_european(data, page)), "cp1252")
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"
        text = data.decode(encoding)
    warnings.append(Diagnostic(
        "warning", "TE-READ-2", f"the page is not UTF-8; decoded as {encoding}", file=source,
        hint="check accented letters and quotes in the output; save the page as UTF-8"))
    return text


def _central_european(data: bytes, encoding: str) -> bool:
    """Whether Latin-script bytes are a Central European page (``encoding``)
    rather than Western (cp1252), which short pages are too often taken for.

    Only signs that the Western reading is wrong count: bytes cp1252 does not
    define; a symbol inside a word where the other reading has a letter
    ("zbo¿a" for "zboża", "Ceauºescu" for "Ceauşescu"); other letters on a
    page with š or ž in its words ("pøijetí … že"); ő or ű in a word with ö
    or ü (Hungarian "különböző"). French "très" or Spanish "Señor, ¿está"
    show none, whatever the statistics of a short page say.
    """
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        return True
    central = data.decode(encoding, "replace")
    differing = [i for i, (w, c) in enumerate(zip(western, central)) if w != c and _letter(c)]
    if not differing:
        return False
    last = len(western) - 1
    if any(not _letter(western[i]) and 0 < i < last and _letter(western[i - 1])
           and _letter(western[i + 1]) for i in differing):
        return True
    return bool(_SH_ZH_IN_WORD.search(central) or _HUNGARIAN_WORD.search(central))


def _letter(char: str) -> bool:
    """A cased letter (not "ª" or "º", which are letters to ``str.isalpha``)."""
    return unicodedata.category(char) in ("Lu", "Ll")


def _clean(text: str, source: str | None, warnings: list[Diagnostic]) -> str:
    if _CONTROL.search(text) is None:
        return text
    if text.count("\x00") > max(1, len(text) // 100):
        raise _refuse("the text is full of NUL characters (UTF-16 without a byte-order "
                      "mark?)", source, "save the page as UTF-8")
    line = line_number(text, _CONTROL.search(text).start())  # type: ignore[union-attr]
    warnings.append(Diagnostic(
        "warning", "TE-READ-5", "control characters removed from the page", file=source,
        line=line, hint="control characters cannot appear in XML; check the source file"))
    return _CONTROL.sub("", text)
