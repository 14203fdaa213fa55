"""The shortcuts the entity stage takes for speed give the answers of what
they stand for: each test before an expression that ends a string (the word
it ends in), each rewritten expression (possessive repeats, a lookahead, a
match from the end) and the tokens as a plain list with the indices of the
capitalised ones, on random strings made of the expressions' own words."""

from __future__ import annotations

import random
import re

import pytest

from teiencode.entities import evidence, patterns
from teiencode.entities.tokens import tokenize

_SEPARATORS = (" ", "  ", "\t", "\n", " \n", "\u00a0", "", ",", "-", "'", "(", "\r", "\v")


def _strings(pattern: str, seed: int, count: int = 20_000) -> list[str]:
    """Random strings of the words of ``pattern`` and a few others, apart by separators."""
    words = sorted(set(re.findall(r"[A-Za-z]+", pattern))) + ["the", "Berlin", "1990", "é", "İn", "_in"]
    rnd = random.Random(seed)
    return ["".join(rnd.choice(words) + rnd.choice(_SEPARATORS) for _ in range(rnd.randint(0, 5)))
            for _ in range(count)]


@pytest.mark.parametrize(("shortcut", "expressions", "lowered"), [
    (evidence._after_place_word, (evidence._PLACE_BEFORE,), False),
    (evidence._after_person_word, (evidence._PERSON_BEFORE,), False),
    (evidence._after_motion, (evidence._MOTION_BEFORE, evidence._UNITS_FROM), True),
    (patterns.person_in, (patterns.PERSON_IN,), False),
])
def test_a_test_of_the_last_word_gives_the_expressions_answer(shortcut, expressions, lowered) -> None:
    for before in _strings(" ".join(expression.pattern for expression in expressions), seed=1):
        before = before.lower() if lowered else before
        assert shortcut(before) == any(e.search(before) is not None for e in expressions), repr(before)


def test_the_place_preposition_test_gives_the_expressions_answer() -> None:
    class At:
        def __init__(self, start: int) -> None:
            self.start = start

    for before in _strings(patterns._PLACE_PREPOSITIONS.pattern + " reprinted printed", seed=2):
        window = before[-20:]
        expected = window.rstrip().endswith(patterns.PLACE_PREPOSITION_ENDS) \
            and patterns._PLACE_PREPOSITIONS.search(window) is not None and patterns.PERSON_IN.search(window) is None
        assert patterns.after_place_preposition(before, At(len(before))) == expected, repr(before)


def test_the_capitalising_context_matched_from_the_end_is_the_search() -> None:
    searched = re.compile(evidence._CAPITALISING.pattern.removeprefix("(?s:.*)"))
    rnd = random.Random(3)
    for text in _strings(searched.pattern + " New Documents", seed=3):
        start = rnd.randint(0, len(text))
        lo = max(0, start - 24)
        assert (evidence._CAPITALISING.match(text, lo, start) is not None) == \
            (searched.search(text, lo, start) is not None), repr(text)


def test_the_possessive_signature_and_the_label_lookahead_find_what_the_plain_expressions_find() -> None:
    signature = re.compile(r"^[ \t]*(?P<name>[^\W\d_][^\W\d_ .\-]*(?:[ .\-]{1,2}[^\W\d_][^\W\d_.\-]*){0,2})"
                           r"(?:\.[\"”]?)?[ \t]*(?:,[^\n\r]{0,60})?\r?$", re.MULTILINE)
    label = re.compile(r"""^[ \t]*(?P<label>[^\W\d_][^\n:;]{0,60}?)[ \t]?[:;][ \t]+"""
                       r"""(?=[^\W\d_a-z]|[“"‘'(\[…]|remarked|said|stated|asked|replied)""", re.MULTILINE)
    rnd = random.Random(4)
    pieces = ["Moravec", "Laube", ", Ambassador", "said", ":", ";", "\n", " ", "-", ".", "x" * 40, "Kim Il", "é", "1"]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert [m.span("name") for m in patterns._SIGNATURE.finditer(text)] == \
            [m.span("name") for m in signature.finditer(text)], repr(text)
        assert [m.span("label") for m in patterns._LABEL.finditer(text)] == \
            [m.span("label") for m in label.finditer(text)], repr(text)


def test_the_capitalised_tokens_are_listed_beside_the_tokens() -> None:
    toks, capitalised = tokenize("Comrade Zhou [Enlai] met the delegation of the MPRP in Ulaanbaatar’s centre.")
    assert type(toks) is list  # a subclass of list is indexed more slowly
    assert capitalised == [i for i, tok in enumerate(toks) if tok.is_cap]
    assert [toks[i].text for i in capitalised] == ["Comrade", "Zhou", "[Enlai]", "MPRP", "Ulaanbaatar"]
    assert all(tok.lowered == tok.bare.lower() for tok in toks)


def test_the_nodes_made_without_init_are_the_models() -> None:
    """:func:`~teiencode.entities.mentions._text`, ``_mention``, ``_date``, ``_proposed`` and ``_copied`` make
    what the model's constructors and ``dataclasses.replace`` make (a field added to the model
    fails this), and ``_copied`` refuses a name that is no field."""
    import dataclasses

    from teiencode import model
    from teiencode.entities import mentions

    for cls in (model.Text, model.Mention, model.Date, model.Paragraph, model.Heading, model.Turn, model.Field,
                model.Supplied, model.Note, model.Foreign, model.Participant, model.Entity, model.Document,
                model.Dateline):
        assert dataclasses.is_dataclass(cls) and not hasattr(cls, "__post_init__"), cls
        assert all(f.init for f in dataclasses.fields(cls)), cls
    text = model.Text("Kim Il Sung")
    made = [(mentions._text("Kim Il Sung"), text),
            (mentions._mention((text,), "person", "pers-kim", "low", "#teiencode"),
             model.Mention((text,), "person", "pers-kim", "low", "#teiencode")),
            (mentions._mention((text,), "org", None, None, None), model.Mention((text,), "org")),
            (mentions._date((text,), "1979-12-04"), model.Date((text,), "1979-12-04")),
            (mentions._proposed("pers-kim", "person", "Kim", ("Kim",), (("geonames", "x"),), "low", "a note"),
             model.Entity(id="pers-kim", kind="person", name="Kim", forms=("Kim",), idnos=(("geonames", "x"),),
                          status="proposed", cert="low", note="a note"))]
    for fast, plain in made:
        assert type(fast) is type(plain) and fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
        assert list(vars(fast)) == [f.name for f in dataclasses.fields(plain)]
    para = model.Paragraph((text,))
    copy = mentions._copied(para, {"inlines": (model.Text("Pol Pot"),)})
    assert copy == dataclasses.replace(para, inlines=(model.Text("Pol Pot"),)) and para.inlines == (text,)
    assert mentions._replaced(para, inlines=para.inlines) is para
    with pytest.raises(TypeError):
        mentions._copied(para, {"inline": ()})
