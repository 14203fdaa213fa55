"""Inline structure: omissions, brackets by kind, notes, page markers, scripts."""

from __future__ import annotations

import pytest

from teiencode.model import Foreign, Gap, Note, PageBreak, Supplied, Text
from teiencode.read.inlines import parse_inlines
from teiencode.walk import inlines_text


def _one(text: str, piece: str):  # type: ignore[no-untyped-def]
    start = text.index(piece)
    for node in parse_inlines(text, 0, 1):
        if getattr(node, "span", None) is not None and node.span.start == start:
            return node
    raise AssertionError(f"no node at {piece!r}: {parse_inlines(text, 0, 1)}")


@pytest.mark.parametrize("text", [
    "any text", "x [ y", "] odd [", "F[oreign] M[inistry] and [called] PRK [People’s Republic]",
    "a [[nested]] b", "(p. 2) and [page break] … .... [….] [...] [ellipse in original]", "",
])
def test_reading_back_gives_the_text(text: str) -> None:
    assert inlines_text(parse_inlines(text, 0, 1)) == text


@pytest.mark.parametrize(("text", "mark"), [
    ("we [...] go", "[...]"), ("we […] go", "[…]"), ("we [….] go", "[….]"),
    ("hurry. .... If", "...."), ("the agenda …", "…"),
])
def test_omissions(text: str, mark: str) -> None:
    node = _one(text, mark)
    assert node == Gap(mark, "editorial", node.span)
    assert (node.span.start, node.span.end) == (text.index(mark), text.index(mark) + len(mark))


@pytest.mark.parametrize(("text", "mark", "after"), [
    ("they said …Among them", "…", "Among them"), ("so…I think", "…", "I think"),
    ("end…. Next", "….", " Next"), ("wait…… then", "……", " then"),
])
def test_an_omission_mark_never_takes_the_next_word(text: str, mark: str, after: str) -> None:
    node = _one(text, mark)
    assert node == Gap(mark, "editorial", node.span)
    assert text[node.span.end:] == after


@pytest.mark.parametrize(("text", "piece", "kind", "content"), [
    ("9 April 1960 [[illegible signature]]", "[[illegible", "uncertain", "illegible signature"),
    ("dated [[11]] September", "[[11]]", "editorial", "11"),
    ("to Cdes. [[N. P. Varnov?]] and Samsonov", "[[N.", "editorial", "N. P. Varnov?"),
])
def test_a_double_bracket_is_one_note_with_its_delimiters(text: str, piece: str, kind: str, content: str) -> None:
    node = _one(text, piece)
    assert isinstance(node, Note) and (node.kind, node.open, node.close) == (kind, "[[", "]]")
    assert inlines_text(node.children) == content and inlines_text(parse_inlines(text, 0, 1)) == text


def test_ellipsis_of_the_source_is_not_an_omission() -> None:
    nodes = parse_inlines("burden alone… [ellipse in original] Many", 0, 1)
    assert not any(isinstance(n, Gap) for n in nodes)
    assert [n.kind for n in nodes if isinstance(n, Note)] == ["source-ellipsis"]


@pytest.mark.parametrize(("text", "piece", "kind"), [
    ("the F[oreign] M[inistry]", "[oreign]", "supplied"),
    ("group [called] the", "[called]", "supplied"),
    ("Premier [Zhou Enlai] said", "[Zhou Enlai]", "supplied"),
    ("Vice Premier CHEN [Yi]: The", "[Yi]", "supplied"),
    ("the PRK [People’s Republic of Kampuchea] and", "[People’s", "gloss"),
    ("“перегибы” [excesses] in", "[excesses]", "gloss"),
    ("editor of Nhân Dân [The People], who", "[The", "gloss"),
    ("the daily Rodong Sinmun [The Workers’ Newspaper] wrote", "[The", "gloss"),
    ("peace in Central America. [The speaker repeated this sentence.]", "[The", "editorial"),
    ("Cam Pha [?] and", "[?]", "uncertain"),
    ("[1]关于中苏关系 the text", "[1]", "editorial"), ("see note [12]above", "[12]", "editorial"),
    ("Lenin’s [sic] comrades", "[sic]", "sic"),
    ("note [Translator’s note: Chen Yi is alluding.]", "[Translator’s", "translator"),
    ("x [trans. note-- the German text]", "[trans.", "translator"),
    ("[stamp: Ministry, received 17 March 1978]", "[stamp", "stamp"),
    ("Laube [handwritten: signature]", "[handwritten", "handwritten"),
    ("a province [Everyone laughs]. I", "[Everyone", "stage"),
    ("isolation [emphasis in the original] which", "[emphasis", "emphasis"),
    ("[Omitted here is discussion of Laos.]", "[Omitted", "editorial"),
])
def test_bracket_kinds(text: str, piece: str, kind: str) -> None:
    node = _one(text, piece)
    got = "supplied" if isinstance(node, Supplied) else node.kind
    assert got == kind


def test_brackets_far_into_a_long_line_are_judged_by_what_touches_them() -> None:
    line = "the PRK [People’s Republic of Kampuchea] and F[oreign] M[inistry] said " * 2000
    nodes = parse_inlines(line, 0, 1)
    assert inlines_text(nodes) == line
    assert {n.kind for n in nodes if isinstance(n, Note)} == {"gloss"}
    assert sum(isinstance(n, Supplied) for n in nodes) == 4000


def test_withheld_text_is_a_gap() -> None:
    node = _one("He said [1 line not declassified] and", "[1 line")
    assert node == Gap("[1 line not declassified]", "withheld", node.span)


def test_remarks_in_parentheses_and_slashes() -> None:
    paren = _one("Kungevai (he named 6 places), along", "(he")
    assert (paren.kind, paren.open, paren.close, inlines_text(paren.children)) == ("remark", "(", ")", "he named 6 places")
    slash = _one("years. /Comrade Dorticós nodded in agreement./ He", "/Comrade")
    assert (slash.kind, slash.open, slash.close) == ("remark", "/", "/")
    assert not any(isinstance(n, Note) for n in parse_inlines("kh/n 21 (1980 on) and (KNUFNS)", 0, 1))


def test_page_markers_mid_sentence() -> None:
    nodes = parse_inlines("strength and (p. 2) that in [page break] recent", 10, 3)
    breaks = [n for n in nodes if isinstance(n, PageBreak)]
    assert [(b.mark, b.n) for b in breaks] == [("(p. 2)", "2"), ("[page break]", None)]
    assert breaks[0].span.start == 10 + len("strength and ") and breaks[0].span.line == 3


def test_footnote_reference_takes_the_footnote_text() -> None:
    footnote = Note((Text("The text."),), "footnote", "", "", "1", "[1]")
    nodes = parse_inlines("small countries.[1] Next", 0, 1, lambda n, mark: footnote if n == "1" else None)
    note = next(n for n in nodes if isinstance(n, Note))
    assert (note.kind, note.n, note.mark, note.children) == ("footnote", "1", "[1]", (Text("The text."),))


@pytest.mark.parametrize(("text", "passage", "lang"), [
    ("We call you our 老朋友, our old friend", "老朋友", "zh"),
    ("ЗАПИСЬ БЕСЕДЫ", "ЗАПИСЬ БЕСЕДЫ", "ru"),
    ("the word “төр” means state", "төр", "mn"),
])
def test_passages_in_other_scripts(text: str, passage: str, lang: str) -> None:
    node = _one(text, passage)
    assert isinstance(node, Foreign) and node.lang == lang and inlines_text(node.children) == passage
