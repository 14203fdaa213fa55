"""Safe XML input: the one way teiencode parses XML it did not write itself.

TEI needs no DTD, no entities beyond the five predefined ones and no XInclude,
so all of these are refused outright rather than tamed: a document that
declares a DOCTYPE (internal subset, external DTD, entity declarations) or
contains an XInclude element raises :class:`~teiencode.errors.XMLInputError`
naming file, line and column and what to do. Nothing outside the document is
ever read or fetched: libxml2 is told not to load DTDs, substitute entities or
use the network, and a resolver answers any request it still makes with
nothing. Line numbers are kept (``element.sourceline``) for diagnostics.
"""

from __future__ import annotations

import os
import re
from contextlib import nullcontext
from typing import BinaryIO

from lxml import etree

from .errors import InputError, XMLInputError

XMLSource = str | os.PathLike[str] | bytes | bytearray | etree._ElementTree | etree._Element
"""What :func:`parse_xml` accepts: a path (``str`` or ``Path``), the bytes of a
document, or a tree or element already parsed (returned as it is)."""

XINCLUDE_NAMESPACES = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")

# The prolog as the XML grammar defines it: declaration, comments, PIs and
# white space, then a DOCTYPE. Matching it on the bytes (ASCII-compatible
# encodings) refuses a DTD before libxml2 sees a single declaration.
_PROLOG_DOCTYPE = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:\s|<\?.*?\?>|<!--.*?-->)*+(<!DOCTYPE)", re.DOTALL)
_TEXT_PROLOG_DOCTYPE = re.compile(r"\A\ufeff?(?:\s|<\?.*?\?>|<!--.*?-->)*+(<!DOCTYPE)", re.DOTALL)
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


class _ReadNothing(etree.Resolver):
    """Answers any request for an outside resource with an empty string, so
    that even a document slipping past the DOCTYPE check reads nothing."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        return self.resolve_string("", context)


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        dtd_validation=False,
        attribute_defaults=False,
        no_network=True,
        huge_tree=False,
        # Duplicate or malformed xml:id values are the validators' business
        # (XSD, Schematron), reported with their rule; libxml2 would stop here.
        collect_ids=False,
        remove_blank_text=False,
    )
    parser.resolvers.add(_ReadNothing())
    return parser


def parse_xml(source: XMLSource, *, name: str | None = None) -> etree._ElementTree:
    """Parse ``source`` safely and return its tree, line numbers kept.

    ``source`` is a path, the document's bytes, or a tree/element (returned
    unchanged). ``name`` names the document in errors (default: the path).
    Raises :class:`XMLInputError` for malformed XML (with line and column) and
    for DTDs, entity declarations and XInclude; :class:`InputError` when a
    path cannot be read. xml:id values are not indexed (a repeated id is the
    validators' finding, not a parse error), so XPath ``id()`` finds nothing:
    select ``//*[@xml:id=$id]`` instead.
    """
    if isinstance(source, etree._ElementTree):
        return source
    if isinstance(source, etree._Element):
        return source.getroottree()
    if isinstance(source, (bytes, bytearray)):
        return parse_bytes(bytes(source), name=name)
    return parse_bytes(read_bytes(source), name=name or str(source))


STDIN_NAME = "<stdin>"
"""How standard input (the path ``-``) is named in reports and errors."""


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int | None = None,
               stdin: BinaryIO | None = None) -> bytes:
    """The bytes of a file, or of ``stdin`` for the path ``-`` when it is
    given; :class:`InputError` when it cannot be read, or holds more than
    ``max_bytes`` (refused unread when its size is known beforehand)."""
    from_stdin = stdin is not None and str(path) == "-"
    name = STDIN_NAME if from_stdin else str(path)
    limit = -1 if max_bytes is None else max_bytes + 1
    try:
        with nullcontext(stdin) if from_stdin else open(path, "rb") as handle:
            known = 0 if from_stdin else os.fstat(handle.fileno()).st_size
            data = b"" if max_bytes is not None and known > max_bytes else handle.read(limit)
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=name,
                         hint="check that the file exists and is readable") from exc
    size = max(known, len(data))
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"the file is {'over ' if from_stdin else ''}{size / 1e6:.1f} MB, more "
                         f"than the limit of {max_bytes / 1e6:.1f} MB", file=name,
                         hint="raise the limit (--max-size MB; 0: no limit) if the memory allows: "
                              "a TEI file takes 10 to 30 times its size to process")
    return data


def parse_bytes(data: bytes, *, name: str | None = None) -> etree._ElementTree:
    """Parse the bytes of a document safely (see :func:`parse_xml`)."""
    _refuse_doctype(data, name)
    try:
        root = etree.fromstring(data, _parser(), base_url=name)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(exc, name) from None
    tree = root.getroottree()
    docinfo = tree.docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise _doctype_error(name, line=None, column=None)
    _refuse_xinclude(root, name)
    return tree


def _refuse_doctype(data: bytes, name: str | None) -> None:
    if data.startswith(_WIDE_BOMS) or b"\x00" in data[:4]:
        text = _decode_wide(data)
        match = _TEXT_PROLOG_DOCTYPE.match(text)
        before = text[: match.start(1)] if match else None
    else:
        bmatch = _PROLOG_DOCTYPE.match(data)
        before = data[: bmatch.start(1)].decode("latin-1") if bmatch else None
    if before is not None:
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        raise _doctype_error(name, line=line, column=column)


def _decode_wide(data: bytes) -> str:
    """Text of a UTF-16/32 document, enough to look at its prolog."""
    for signature, codec in ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
                             (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"),
                             (b"<\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00<", "utf-32-be"),
                             (b"<\x00", "utf-16-le"), (b"\x00<", "utf-16-be")):
        if data.startswith(signature):
            return data.decode(codec, errors="replace")
    return data.decode("utf-16", errors="replace")


def _doctype_error(name: str | None, *, line: int | None, column: int | None) -> XMLInputError:
    return XMLInputError(
        "refused: the document has a DOCTYPE declaration (DTDs and entity declarations "
        "are not accepted; nothing they refer to was read)",
        file=name, line=line or 1, column=column,
        hint="delete the <!DOCTYPE …> declaration; TEI needs none. Write characters such as "
             "non-breaking spaces directly or as numeric references (&#160;), not as entities")


def _refuse_xinclude(root: etree._Element, name: str | None) -> None:
    for element in root.iter(*(f"{{{ns}}}*" for ns in XINCLUDE_NAMESPACES)):
        raise XMLInputError(
            f"refused: XInclude element <{etree.QName(element).localname}> "
            f"(href={element.get('href')!r}); XInclude is not processed and nothing was read",
            file=name, line=element.sourceline,
            hint="copy the included content into the document itself")


def _syntax_error(exc: etree.XMLSyntaxError, name: str | None) -> XMLInputError:
    line, column = exc.position if exc.position else (None, None)
    message = str(exc.msg or exc)
    # libxml2 appends ", line L, column C" to its messages; the position is ours to show.
    message = re.sub(r", line \d+, column \d+$", "", message)
    hint = "fix the XML at this position; the file must be well-formed XML"
    if "Entity '" in message and "not defined" in message:
        hint = ("XML knows only &amp; &lt; &gt; &quot; &apos;: write the character itself "
                "or a numeric reference such as &#160;")
    if "XML_PARSE_HUGE" in message:  # libxml2's safety limits, kept on purpose
        limit = re.sub(r"^Resource limit exceeded: |, (?:try|use) XML_PARSE_HUGE.*$", "", message)
        return XMLInputError(
            f"too large to read safely: {limit} "
            "(the limits are 10 MB of text in one run and 256 levels of nesting)",
            file=name, line=line, column=column,
            hint="split the document (for a page: into several pages) so that no single "
                 "stretch of text or nesting exceeds the limit")
    return XMLInputError(f"not well-formed XML: {message}", file=name, line=line,
                         column=column, hint=hint)
