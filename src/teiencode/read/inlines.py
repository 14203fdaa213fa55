"""Inline structure of one line of text: omissions, brackets, notes, page
markers, footnote references and passages in another script.

A fast scan finds where a candidate may start and one compiled alternation
reads it; the text between candidates is kept verbatim as :class:`Text`, so
reading the inlines back always gives the line again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Foreign, Gap, Inline, Note, PageBreak, SourceSpan, Supplied, Text

# Passages in another script: name, its letters, what may separate its words,
# and how many letters its first word needs.
_SCRIPTS = (
    ("cyr", r"\u0400-\u04ff", r"[ \-,]+", "+"),
    ("han", r"\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff", r"[ ，、]*", "+"),
    ("hangul", r"\uac00-\ud7af", r"\s+", "+"),
    ("greek", r"\u0370-\u03ff", r"\s+", "{2,}"),
    ("arabic", r"\u0600-\u06ff", r"\s+", "+"),
    ("hebrew", r"\u0590-\u05ff", r"\s+", "+"),
)
# A page's mark where the original's page turns: "[Page 2]", "[p. 3]", "(p. 4)", "[page break]"
# (its numbers ``n1`` and ``n2``); ``PAGE_MARK`` for the labels a mark may stand before.
_PAGE = r"(?i:\[page break\]|\[(?:p|pp|page)\.?\s*{n1}\]|\((?:p|pp|page)\.\s*{n2}\))"
PAGE_MARK = _PAGE.format(n1=r"\d+", n2=r"\d+")
_TOKEN = re.compile(
    r"(?P<fnref>(?<=[^\s\[(])\[(?P<fn>\d{1,3})\])"
    r"|(?P<omit>\[\s?(?:…\.?|\.{3,4}|\.(?: \.){2})\s?\]|\((?:…|\.{3})\))"
    r"|(?P<pb>" + _PAGE.format(n1=r"(?P<pbn1>\d+)", n2=r"(?P<pbn2>\d+)") + ")"
    r"|(?P<dsq>\[\[[^\[\]\n]{1,600}\]\])"
    r"|(?P<sq>\[[^\[\]\n]{1,600}\])"
    r"|(?P<slash>(?<![\w/])/(?=[A-Z])[^/\n]{2,300}/(?![\w/]))"
    r"|(?P<paren>\((?:he|she|they|the speaker|laughs?|laughter|pause|smiles?)\b[^()\n]{0,200}\))"
    r"|(?P<ell>\.{4}|…[.…]?(?!\s*\[ellips))"
    + "".join(f"|(?P<{name}>[{letters}]{first}(?:{separator}[{letters}]+)*)"
              for name, letters, separator, first in _SCRIPTS)
)
# Every candidate starts with one of these: a fast scan finds where to try _TOKEN
# (four dots spelt out: the scan is faster than with a repeat).
_TRIGGER = re.compile(r"[\[(/…" + "".join(letters for _, letters, _, _ in _SCRIPTS)
                      + r"]|\.\.\.\.")
_LANG_OF_SCRIPT = {"han": "zh", "hangul": "ko", "greek": "el", "arabic": "ar", "hebrew": "he"}
_KANA = re.compile(r"[\u3040-\u30ff]")
_MONGOLIAN = re.compile(r"[өүӨҮ]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_SERBIAN = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")

# What a stamp's note says before its colon ("CPSU CC stamp: …", "faded image of a stamp: …").
_STAMP_HEAD = re.compile(r"[^:\[\]]{0,40}\b(?:stamp|seal):")
_UNCERTAIN = re.compile(r"\?+|(?:\w+ )?(?:illegible|unclear|inaudible|indecipherable)(?: \w+)?\??", re.IGNORECASE)
_TRANSLATOR = re.compile(r"(?:translator|trans(?:l)?\.?\s*note|tr\.\s*note|translation note|translator’s)", re.IGNORECASE)
_STAGE = re.compile(
    r"(?:laugh|applause|pause|interrupt|recess|silence|smil|nods?\b|everyone|interject|aside\b|"
    r"to (?:[A-Z]\w+|him|her|the \w+)$|applaud|shouts?\b|sighs?\b)", re.IGNORECASE)
_WITHHELD = re.compile(r"not declassified|\bredacted\b|\bexcised\b", re.IGNORECASE)
_EDITORIAL = re.compile(r"omitted here|omission in the source|text omitted|^omission", re.IGNORECASE)
_ACRONYM = re.compile(r"(?:[A-Z]{2,}|[A-Z]\.(?:[A-Z]\.)+|[A-Z][a-z]?[A-Z]+)[’'s]*[.,]?$")
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
# How far back the word before a bracket is read: a longer run of non-space
# characters ("[a][b][c]…" on one line) is judged by its end.
_WORD_REACH = 100

FootnoteLookup = Callable[[str, str], "Note | None"]


def parse_inlines(text: str, start: int, line: int,
                  footnote: FootnoteLookup | None = None) -> tuple[Inline, ...]:
    """Inline nodes of ``text``, which begins at page offset ``start`` on ``line``.

    ``footnote(n, mark)`` returns the footnote a reference "[n]" points to
    (or None); references it does not know stay editorial notes.
    """
    out: list[Inline] = []
    pos = 0
    at = 0
    while (trigger := _TRIGGER.search(text, at)) is not None:
        match = _TOKEN.match(text, trigger.start())
        node = _node(match, text, start, line, footnote) if match else None
        if node is None:
            at = trigger.start() + 1
            continue
        if match.start() > pos:  # type: ignore[union-attr]
            out.append(Text(text[pos:match.start()]))  # type: ignore[union-attr]
        out.append(node)
        pos = at = match.end()  # type: ignore[union-attr]
    if pos < len(text):
        out.append(Text(text[pos:]))
    return tuple(out)


def unbalanced(text: str) -> bool:
    """Whether square brackets or parentheses of ``text`` do not pair up."""
    return text.count("[") != text.count("]") or text.count("(") != text.count(")")


def _node(match: re.Match[str], text: str, start: int, line: int,
          footnote: FootnoteLookup | None) -> Inline | None:
    kind = match.lastgroup
    mark = match.group()
    span = SourceSpan(start + match.start(), start + match.end(), line)
    if kind == "fnref" or kind == "fn":
        note = footnote(match.group("fn"), mark) if footnote else None
        if note is not None:
            return Note(note.children, "footnote", "", "", note.n, mark, span)
        return Note((Text(match.group("fn")),), "editorial", span=span)
    if kind == "omit":
        return Gap(mark, "editorial", span)
    if kind in ("pb", "pbn1", "pbn2"):
        return PageBreak(mark, match.group("pbn1") or match.group("pbn2"), span)
    if kind == "sq":
        return _bracket(mark[1:-1], text, match.start(), match.end(), span)
    if kind == "dsq":  # "[[illegible signature]]", "[[11]]": a note inside an editor's bracket
        node = _bracket(mark[2:-2], text, match.start(), match.end(), span)
        if isinstance(node, Note):
            return Note(node.children, node.kind, "[[", "]]", span=span)
        return Note((Text(mark[2:-2]),), "editorial", "[[", "]]", span=span)
    if kind == "slash":
        return Note((Text(mark[1:-1]),), "remark", "/", "/", span=span)
    if kind == "paren":
        return Note((Text(mark[1:-1]),), "remark", "(", ")", span=span)
    if kind == "ell":
        return Gap(mark, "editorial", span)
    lang = _script_lang(kind or "", mark)
    if lang is None:
        return None
    return Foreign((Text(mark),), lang, span)


def _script_lang(script: str, passage: str) -> str | None:
    if script == "cyr":
        if _MONGOLIAN.search(passage):
            return "mn"
        if _UKRAINIAN.search(passage):
            return "uk"
        if _SERBIAN.search(passage):
            return "sr"
        return "ru"
    if script == "han" and _KANA.search(passage):
        return "ja"
    return _LANG_OF_SCRIPT.get(script)


def bracket_kind(content: str, text: str, start: int, end: int) -> str:
    """The kind of the square bracket ``text[start:end]`` from its content and
    what touches it: one of the Note kinds, "supplied", "gap-withheld" or
    "gap-illegible". Only the bracket's surroundings are read, so a line of
    many brackets takes time in proportion to its length."""
    stripped = content.strip()
    lower = stripped.lower()
    if lower in ("sic", "sic!"):
        return "sic"
    if re.fullmatch(r"ellips(?:e|is) in (?:the )?original", lower):
        return "source-ellipsis"
    if _WITHHELD.search(lower):
        return "gap-withheld"
    if _UNCERTAIN.fullmatch(stripped):
        return "uncertain"
    if lower.startswith(("stamp", "seal")) or ":" in lower and _STAMP_HEAD.match(lower):
        return "stamp"
    if lower.startswith(("handwritten", "handwriting", "in handwriting", "manuscript note")):
        return "handwritten"
    if lower.startswith("emphasis"):
        return "emphasis"
    if _TRANSLATOR.match(lower):
        return "translator"
    if _EDITORIAL.search(lower) or stripped.isdigit():  # "[1]" before "中文": a note mark, not letters
        return "editorial"
    if text[start - 1:start].isalpha() or text[end:end + 1].isalpha():
        return "supplied"
    words = stripped.split()
    if _STAGE.search(stripped) and len(words) <= 6:
        return "stage"
    prev = _word_before(text, start)
    if prev and _ACRONYM.match(prev) and stripped[:1].isupper() and len(words) >= 2:
        return "gloss"
    if prev and (prev[-1:] in "”\"»" or ord(prev[-1]) > 0x2e7f or "\u0400" <= prev[-1] <= "\u04ff"):
        return "gloss"
    if prev and prev[:1].isupper() and prev[-1:].isalpha() and 2 <= len(words) <= 5 \
            and words[0] in ("The", "A", "An") and not re.search(r"[.!?;]", stripped):
        return "gloss"  # a name translated: "Nhân Dân [The People]", "Pravda [The Truth]"
    if prev and prev[:1].isupper() and len(words) <= 3 and all(_NAME_WORD.fullmatch(w) for w in words):
        return "supplied"
    if stripped[:1].islower() and len(words) <= 4 and not re.search(r"[.!;]", stripped):
        return "supplied"
    return "editorial"


def _word_before(text: str, end: int) -> str:
    """The word (run of non-space characters) that ends ``text[:end]`` once
    trailing spaces are set aside, "" when there is none; of a longer run,
    its last :data:`_WORD_REACH` characters."""
    stop = end
    while stop and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start and stop - start < _WORD_REACH and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


def _bracket(content: str, text: str, s: int, e: int, span: SourceSpan) -> Inline:
    kind = bracket_kind(content, text, s, e)
    mark = "[" + content + "]"
    if kind == "supplied":
        reason = "expansion" if (text[s - 1:s].isalpha() or text[e:e + 1].isalpha()) else "omitted-in-original"
        return Supplied((Text(content),), reason, span)
    if kind == "gap-withheld":
        return Gap(mark, "withheld", span)
    return Note((Text(content),), kind, "[", "]", span=span)  # type: ignore[arg-type]
