"""Fuzzing the whole pipeline (decode → read → entities → TEI → validate →
HTML → text): whatever the page, a page is built valid or fails with a clear
message — no stage crashes, no invalid TEI, and no word of the page is lost."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teiencode.build.worker import Stages, WorkerConfig, build_page

CONFIG = WorkerConfig(Stages.default())

WORDS = ["Comrade", "Batmunkh", "Heng", "Samrin", "Phnom", "Penh", "Hanoi", "Beijing", "said",
         "that", "the", "delegation", "Central", "Committee", "December", "1979", "agreed",
         "Vietnam", "Thailand", "MPRP", "KNUFNS"]
PIECES = ["[…]", "[...]", "....", "[called]", "[sic]", "[?]", "(he named 6 places)", ":", ". ",
          ", ", "\n", "\n\n", "\r\n", "“", "”", "’", "–", "\t", "[1]", "(p. 2)", "/", "  ",
          "Skip to content", "Document Information", "Rights:", "Source:", "\x0b", "\u00a0"]
page_text = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PIECES),
                               st.text(max_size=6)), max_size=80).map(" ".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page_text, st.sampled_from(["utf-8", "utf-8-sig"]))
def test_any_page_is_built_valid_or_fails_clearly(text: str, encoding: str) -> None:
    outcome = build_page(CONFIG, "fuzz", "fuzz.txt", text.encode(encoding, "surrogatepass"))
    result = outcome.result
    assert result.status in ("ok", "failed"), result.problems
    if result.status == "failed":
        problem = result.problems[0]
        assert "crashed" not in problem["message"], problem
        assert problem["file"] == "fuzz.txt"
        return
    tei = etree.fromstring(outcome.files["fuzz.xml"])
    everything = " ".join(tei.itertext())
    for word in set(re.findall(r"[A-Za-z]{3,}", text)) & set(WORDS):
        assert word in everything, f"{word!r} of the page is missing from the TEI"
