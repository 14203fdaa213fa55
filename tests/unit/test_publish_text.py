"""The plain-text output: the round trip (no text lost), the reading mode, errors."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from lxml import etree

from teiencode.errors import PublishError
from teiencode.publish import XSLTError, render_text
from teiencode.walk import normalize_space

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "publish" / "sample.xml"
TEI = "http://www.tei-c.org/ns/1.0"

# The sample's body as a reader reads it: every mark as written, speaker labels
# with their separators, note delimiters from @rend, the footnote at the end.
SAMPLE_TEXT = (
    "RECORD OF CONVERSATION [with the DRV ambassador] "
    "7 March 1961 Hanoi "
    "Present: the delegations I. Petrov N. V. An, ambassador "
    "Today Petrov received Ho Chi Minh’s envoy in Hanoi. […] The talk lasted two hours.[1] "
    "Nguyen Van An: The CPSU Central Committee has [already] agreed (he showed a letter). […] "
    "We say cảm ơn {laughter} to our friends in Moscow. "
    "Deliveries of rice /tons in the original/ are (p. 2) late since January 1961. "
    "I. PETROV. We will look into it [1 line not declassified] <soon> & report. "
    "I. Petrov "
    "[1] The envoy’s name is not given in the original."
)


def tei(body: str) -> bytes:
    """A minimal TEI document around a body fragment."""
    return (f'<TEI xmlns="{TEI}" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>T</title>'
            f"</titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc>"
            f"</fileDesc></teiHeader><text><body><div>{body}</div></body></text></TEI>").encode()


def test_round_trip_gives_back_the_body_text() -> None:
    assert normalize_space(render_text(SAMPLE)) == SAMPLE_TEXT


def test_blocks_are_separated_by_blank_lines_and_turns_start_with_the_label() -> None:
    text = render_text(SAMPLE)
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "RECORD OF CONVERSATION [with the DRV ambassador]"
    assert any(b.startswith("Nguyen Van An: The CPSU") for b in blocks)
    assert blocks[-1] == "[1] The envoy’s name is not given in the original."


def test_sources_may_be_a_path_bytes_or_a_tree() -> None:
    tree = etree.parse(str(SAMPLE))
    expected = render_text(SAMPLE)
    assert render_text(str(SAMPLE)) == expected
    assert render_text(SAMPLE.read_bytes()) == expected
    assert render_text(tree) == expected
    assert render_text(tree.getroot()) == expected


@pytest.mark.parametrize(("fragment", "expected"), [
    ('<p>a <gap reason="editorial"/> b</p>', "a […] b"),
    ('<p>a <gap reason="editorial" rend="[...]"/> b</p>', "a [...] b"),
    ('<p>a<gap rend="…."/></p>', "a…."),
    ('<p>Premier [<supplied>Zhou</supplied>]</p>', "Premier [[Zhou]]"),
    ('<p>x <note type="remark" place="inline" rend="parentheses">he named 6 places</note></p>',
     "x (he named 6 places)"),
    ('<p>x <note type="gloss" place="inline">PRK</note></p>', "x [PRK]"),
    ('<p>x <note type="translator" place="inline" rend="slashes">t.n.</note></p>', "x /t.n./"),
    ('<p>a <pb rend="(p. 2)" n="2"/> b</p>', "a (p. 2) b"),
    ('<p>said<note type="footnote" place="foot" n="7" rend="¹">Source.</note> it</p>',
     "said¹ it ¹ Source."),
    ('<sp who="#x"><speaker>O. DORTICOS.</speaker><p>One.</p><p>Two.</p></sp>',
     "O. DORTICOS. One. Two."),
    ('<p><persName ref="#a">A</persName> <placeName ref="#b">B</placeName></p>', "A B"),
    ('<ab type="field"><label>To:</label> Moscow<list><item>one</item><item>two</item></list></ab>',
     "To: Moscow one two"),
    ('<p>unknown <hi rend="italic">elements</hi> <unclear>keep</unclear> text</p>',
     "unknown elements keep text"),
])
def test_each_element_says_what_the_conventions_say(fragment: str, expected: str) -> None:
    assert normalize_space(render_text(tei(fragment))) == expected


def test_speaker_paragraphs_stay_on_lines_of_their_own() -> None:
    text = render_text(tei('<sp who="#x"><speaker>A:</speaker><p>One.</p><p>Two.</p></sp>'))
    assert text.strip() == "A: One.\n\nTwo."


def test_reading_mode_adds_a_header_and_wraps_lines() -> None:
    text = render_text(SAMPLE, params={"text-mode": "reading", "wrap-width": 40})
    lines = text.splitlines()
    assert lines[0] == "Record of a Conversation between Ivan Petrov & Nguyen Van An"
    assert lines[1] == "March 7, 1961, Hanoi"
    assert "Cite as: “Record of a Conversation" in text
    body = text[text.index("RECORD OF CONVERSATION"):]
    assert all(len(line) <= 40 for line in body.splitlines())
    assert normalize_space(body) == SAMPLE_TEXT


def test_wrapping_a_long_paragraph_takes_linear_time() -> None:
    words = [f"w{i % 1000}" + "x" * (i % 7) for i in range(60_000)]
    start = time.perf_counter()
    text = render_text(tei(f"<p>{' '.join(words)}</p>"),
                       params={"text-mode": "reading", "wrap-width": 30})
    assert time.perf_counter() - start < 10  # rebuilding the list of lines per word took minutes
    body = text[text.index("w0"):].rstrip("\n")
    lines = body.split("\n")
    assert body.split() == words
    assert all(len(line) <= 30 for line in lines)
    assert all(len(a) + 1 + len(b.split()[0]) > 30 for a, b in zip(lines, lines[1:]))


def test_round_trip_mode_does_not_wrap() -> None:
    long_line = "word " * 60
    text = render_text(tei(f"<p>{long_line}</p>"))
    assert text.strip() == long_line.strip()


def test_unknown_note_delimiters_stop_with_a_coded_error_naming_the_node() -> None:
    with pytest.raises(XSLTError) as caught:
        render_text(tei('<p>x <note place="inline" rend="braces">y</note></p>'))
    assert caught.value.code == "TE-XSLT-1"
    assert "braces" in caught.value.message
    assert caught.value.xpath == "/TEI[1]/text[1]/body[1]/div[1]/p[1]/note[1]"
    assert caught.value.to_diagnostic().code == "TE-XSLT-1"


def test_a_document_that_is_not_tei_is_refused() -> None:
    with pytest.raises(XSLTError) as caught:
        render_text(b"<html><body/></html>")
    assert caught.value.code == "TE-XSLT-2"


def test_unknown_text_mode_is_refused() -> None:
    with pytest.raises(XSLTError) as caught:
        render_text(SAMPLE, params={"text-mode": "pretty"})
    assert caught.value.code == "TE-XSLT-3"


@pytest.mark.parametrize("params", [{"no-such-param": "x"}, {"wrap-width": "72"},
                                    {"show-index": "yes"}])
def test_bad_parameters_are_refused_by_name(params: dict[str, object]) -> None:
    with pytest.raises(PublishError, match=next(iter(params))):
        render_text(SAMPLE, params=params)  # type: ignore[arg-type]


def test_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_bytes(tei('<p><note place="inline" rend="braces">y</note></p>'))
    with pytest.raises(XSLTError) as caught:
        render_text(bad)
    assert caught.value.file == str(bad)
    assert str(bad) in str(caught.value)
