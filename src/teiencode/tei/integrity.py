"""The words of the page in the TEI: nothing lost, nothing split by markup.

The round trip compares the *rendered* text with the page; this compares the
TEI's own content. Every word of the body text (a run of letters and digits)
must be a word of the TEI body, where the words of the TEI are read from its
text nodes and from the attributes that keep source text (the mark of a
``gap`` or ``pb`` in ``@rend``, a footnote's reference and number), and an
element boundary ends a word. An omission mark that swallowed the first
letter of the next word ("…Among" → ``<gap rend="…A"/>mong``), or a mention
that ends inside a word, shows up as a word missing and others in excess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from lxml import etree

from ..model import Diagnostic, Document
from .names import TEI_NS

_WORD = re.compile(r"\w+")
_MARK_ATTRIBUTES = {f"{{{TEI_NS}}}gap": ("rend",), f"{{{TEI_NS}}}pb": ("rend",)}
_FOOTNOTE_ATTRIBUTES = ("rend", "n")


def text_differences(body_text: str, tree: etree._ElementTree | etree._Element) -> list[str]:
    """What differs between the words of ``body_text`` and those of the TEI
    body of ``tree``: "missing: …" and "in excess: …" lines (empty when the
    same words are there, as many times each)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    page = Counter(_WORD.findall(body_text))
    # The pieces joined by a character that is no word character: a boundary stays a boundary.
    tei = Counter(_WORD.findall("\x00".join(piece for body in root.iter(f"{{{TEI_NS}}}body")
                                              for piece in _pieces(body))))
    missing, excess = page - tei, tei - page
    out = []
    if missing:
        out.append("missing: " + _listing(missing))
    if excess:
        out.append("in excess: " + _listing(excess))
    return out


def check_text(doc: Document, tree: etree._ElementTree | etree._Element) -> tuple[Diagnostic, ...]:
    """Errors (``TE-TEI-TEXT``) for every difference between the words of the
    document's page and those of its TEI: text the encoding lost or split."""
    return tuple(Diagnostic("error", "TE-TEI-TEXT", f"the TEI text differs from the page, words {difference}",
                            file=doc.source, hint="do not publish this TEI; please report the page to the "
                            "teiencode maintainers")
                 for difference in text_differences(doc.body_text, tree))


def _pieces(element: etree._Element) -> Iterator[str]:
    """The text of ``element`` in document order, one piece per text node or
    source-text attribute: an element boundary separates two pieces."""
    if isinstance(element.tag, str):
        names = _MARK_ATTRIBUTES.get(element.tag, ())
        if element.tag == f"{{{TEI_NS}}}note" and element.get("place") == "foot":
            names = _FOOTNOTE_ATTRIBUTES
        for name in names:
            yield element.get(name) or ""
        yield element.text or ""
        for child in element:
            yield from _pieces(child)
            yield child.tail or ""


def _listing(words: Counter[str]) -> str:
    shown = [f"{word!r}" + (f" ×{n}" if n > 1 else "") for word, n in sorted(words.items())[:12]]
    more = len(words) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")
