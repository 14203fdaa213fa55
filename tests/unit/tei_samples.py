"""Hand-built documents and helpers for the tei stage's tests.

The documents are made directly from :mod:`teiencode.model` (no reader, no
entity stage), and between them use every node type of the model.
``tei_reading_text`` renders a TEI body back to text by the rules of
docs/tei-conventions.md, independently of the encoder, to prove that no text
is lost or added.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from teiencode.model import (
    Date, Dateline, Document, Entity, Field, Foreign, Gap, Heading, Mention, Metadata, Note,
    PageBreak, Paragraph, Participant, Supplied, Text, Turn,
)

TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}
REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
TEI_ALL = SHARED / "schemas" / "tei_all.rng"
XSD = REPO / "schemas" / "teiencode.xsd"

T = Text  # short alias for the many text nodes below

METADATA = Metadata(
    title="Conversation between Ivan Petrov & Nguyen Van An",
    date="1961-03-07",
    date_text="March 7, 1961",
    place="Hanoi",
    doc_type="Memorandum of Conversation",
    archive="State Archive of Examples, fond 5, opis 2, delo 17, listy 1-4",
    repository="State Archive of Examples",
    collection="fond 5",
    idno="opis 2, delo 17",
    credits="Obtained and translated by Anna Kowalska and Li Wei "
            "with the assistance of Tran Thi Mai.",
    translators=("Anna Kowalska", "Li Wei", "Tran Thi Mai"),
    rights="Reuse for research is welcome.\n\nWrite to [email protected] <for> permission & more.",
    summary="Petrov and An discuss rice deliveries.",
    record_id="990001",
    funder="the Example Foundation",
    original_language="Russian, Vietnamese",
    teaser="A report on another document, which the archive's page shows first.",
    uploaded="2011-11-23",
    unassigned=("Keywords", "Rice & <grain>"),
    citation="“Conversation”, 7 March 1961, State Archive of Examples.",
)

PARTICIPANTS = (
    Participant("petrov", "Ivan Petrov", labels=("I. PETROV", "Petrov")),
    Participant("nguyen-van-an", "Nguyen Van An", role="ambassador of the DRV"),
    Participant("soviet side", "Soviet side", kind="group"),
    Participant("d1-p1", "Clashing Id"),
)

ENTITIES = (
    Entity("petrov", "person", "Ivan Petrov", forms=("Petrov", "I. Petrov"),
           idnos=(("wikidata", "Q4115189"),), status="registered", surname="Petrov",
           forenames=("Ivan",)),
    Entity("person:ho chi minh", "person", "Ho Chi Minh", status="proposed", cert="medium"),
    Entity("hanoi", "place", "Hanoi", idnos=(("geonames", "1581130"), ("wikidata", "Q1858")),
           status="registered", note="Capital of the DRV."),
    Entity("moscow", "place", "Moscow", status="proposed", cert="0.7"),
    Entity("cpsu-cc", "org", "CPSU Central Committee", forms=("the Central Committee",),
           status="registered"),
    Entity("Hanoi", "place", "Hanoi (upper)", status="registered"),
)


def _footnote(n: str, *children) -> Note:
    return Note(tuple(children), "footnote", open="", close="", n=n, mark=f"[{n}]")


FULL = Document(
    metadata=METADATA,
    participants=PARTICIPANTS,
    entities=ENTITIES,
    lang="en",
    source="full.txt",
    blocks=(
        PageBreak("(p. 1)", n="1"),
        Heading((T("RECORD OF CONVERSATION "),
                 Note((T("with the DRV ambassador"),), "gloss")), kind="title"),
        Heading((T("Top Secret"),), kind="classification"),
        Dateline((Date((T("7 March 1961"),), when="1961-03-07"), T(" "),
                  Mention((T("Hanoi"),), "place", ref="hanoi"))),
        Heading((T("Subtitle  with  spaces"),)),
        Field("Present:", (T("the delegations"),),
              items=((Mention((T("I. Petrov"),), "person", ref="petrov"),),
                     (T("N. V. An, ambassador"),))),
        Paragraph((
            T("Today "), Mention((T("Petrov"),), "person", ref="petrov"), T(" received "),
            Mention((T("Ho Chi Minh"),), "person", ref="person:ho chi minh", cert="medium",
                    resp="teiencode"),
            T("’s envoy in "), Mention((T("Hanoi"),), "place", ref="hanoi"), T(". "),
            Gap("[…]"), T(" The talk  lasted\ntwo hours."), _footnote("1", T("Name not given."))),
        ),
        Turn(label=(Mention((T("Nguyen Van An"),), "person", ref="nguyen-van-an"), T(":")),
             speaker="nguyen-van-an",
             paragraphs=(
                 Paragraph((T("The "),
                            Mention((T("CPSU Central Committee"),), "org", ref="cpsu-cc"),
                            T(" has "), Supplied((T("already"),)), T(" agreed "),
                            Note((T("he showed a letter"),), "remark", open="(", close=")"),
                            T(". "), Gap("[...]", reason="editorial"), T(" We say "),
                            Foreign((T("cảm ơn"),), "vi"), T(" to "),
                            Mention((T("Moscow"),), "place", ref="moscow", cert="low"), T("."))),
                 Paragraph((T("Rice "), Note((T("tons in the original"),), "translator",
                                              open="/", close="/"),
                            T(" is "), PageBreak("[page break]"), T(" late since "),
                            Date((T("January 1961"),), when="1961-01"), T(", "),
                            Date((T("1960"),), when="1960", cert="high"), T(", "),
                            Date((T("30 February"),), when="1961-02-30"), T(" and "),
                            Date((T("once"),)), T("."))),
             )),
        PageBreak("(p. 2)", n="2"),
        Turn(label=(T("I. PETROV."),), speaker="petrov", paragraphs=(
            Paragraph((T("We will look "), Gap("[1 line not declassified]", reason="withheld"),
                       T(" <soon> & report"),
                       Note((T("Everyone laughs"),), "stage"),
                       Note((T("stamp: Received"),), "stamp"),
                       Note((T("handwritten: yes"),), "handwritten"),
                       Note((T("emphasis in the original"),), "emphasis"),
                       Note((T("sic"),), "sic"), Note((T("?"),), "uncertain"),
                       T("…"), Note((T("ellipse in original"),), "source-ellipsis"),
                       Note((T("Omitted here is a list"),), "editorial"),
                       Note((T("braced aside"),), "remark", open="{", close="}"),
                       _footnote("2", T("See "), Mention((T("Hanoi"),), "place", ref="hanoi"),
                                 T(" file.")),
                       T("."))),
        )),
        Turn(label=(T("Soviet side:"),), speaker="soviet side", paragraphs=()),
        Turn(label=(T("Clash:"),), speaker="d1-p1",
             paragraphs=(Paragraph((T("An id shaped like a passage id."),)),)),
        Paragraph((T("Narration resumes "), Supplied((T("here"),), reason="expansion"), T("."))),
        Dateline((T("Moscow, 8 March"),)),
        Heading((T("I. Petrov"),), kind="signature"),
        Field("Copies:", ()),
    ),
)

EMPTY = Document(metadata=Metadata(), blocks=())

SPARSE = Document(
    metadata=Metadata(doc_type="Telegram", credits="Translated by the archive staff.",
                      repository="Archive X", date="1972-05", original_language="Klingonese"),
    blocks=(Paragraph((T("Only  one paragraph."),)),),
    lang="fr",
)

DOCUMENTS = {"full": FULL, "empty": EMPTY, "sparse": SPARSE}


# ----------------------------------------------------------------- reading text of TEI


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


_DELIMITERS = {"brackets": ("[", "]"), "parentheses": ("(", ")"), "slashes": ("/", "/"),
               "double-brackets": ("[[", "]]")}


class _TextRenderer:
    """The reading text of a TEI body by the conventions' "text rendering" column."""

    def __init__(self) -> None:
        self.footnotes: list[etree._Element] = []

    def mixed(self, element: etree._Element) -> str:
        out = [element.text or ""]
        for child in element:
            out.append(self.inline(child))
            out.append(child.tail or "")
        return "".join(out)

    def inline(self, element: etree._Element) -> str:
        name = _local(element)
        if name == "gap":
            return element.get("rend") or "[…]"
        if name == "pb":
            return element.get("rend", "")
        if name == "supplied":
            return "[" + self.mixed(element) + "]"
        if name == "note" and element.get("place") == "foot":
            self.footnotes.append(element)
            return element.get("rend") or element.get("n", "")
        if name == "note":
            before, after = _DELIMITERS[element.get("rend", "brackets")]
            return before + self.mixed(element) + after
        if name == "list":
            return "".join("\n" + self.mixed(item) for item in element)
        return self.mixed(element)  # names, dates, foreign, seg, label

    def block(self, element: etree._Element) -> str:
        if _local(element) == "sp":
            speaker, *speech = element
            space = "" if speaker.get("rend") == "run-on" else " "
            return self.mixed(speaker) + space + "\n\n".join(self.mixed(p) for p in speech)
        return self.inline(element) if _local(element) == "pb" else self.mixed(element)

    def body(self, body: etree._Element) -> str:
        blocks = [self.block(child) for div in body for child in div]
        notes = [f"{n.get('rend') or n.get('n', '')} {self.mixed(n)}".strip()
                 for n in self.footnotes]
        return "\n\n".join(blocks + notes)


def tei_reading_text(tree: etree._ElementTree | etree._Element) -> str:
    """The reading text of a TEI document's body (blocks, then footnotes)."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    body = root.find(f"{TEI}text/{TEI}body")
    assert body is not None, "no text/body"
    return _TextRenderer().body(body)


# -------------------------------------------------------------------------- validators


def shared_or_skip(path: Path) -> Path:
    """``path`` under ../shared; skip when it is absent (fail under CI)."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing (CI is set)")
        pytest.skip(f"{path} is absent")
    return path


def jing_or_skip() -> str:
    """The jing executable; skip when it is not installed (fail under CI)."""
    jing = shutil.which("jing")
    if jing is None:
        if os.environ.get("CI"):
            pytest.fail("jing is not installed (CI is set): apt-get install jing")
        pytest.skip("jing is not installed")
    return jing


def jing_errors(paths: list[Path]) -> str:
    """Run jing with tei_all.rng over files; the report (empty when all are valid)."""
    jing = jing_or_skip()
    schema = shared_or_skip(TEI_ALL)
    result = subprocess.run([jing, str(schema), *map(str, paths)], capture_output=True,
                            text=True, timeout=300, check=False)
    return (result.stdout + result.stderr).strip() if result.returncode else ""


# ------------------------------------------------------------ hypothesis strategies


def document_strategy():
    """Random documents over the whole model (ids, marks and values drawn from
    small pools so that pointers resolve, collide and repeat)."""
    from hypothesis import strategies as st

    characters = st.characters(exclude_categories=("Cs", "Cc", "Cn")) | st.sampled_from("\t\n\r ")
    text = st.text(characters, max_size=12)
    some_text = text.filter(str.strip)
    model_ids = st.sampled_from(["a", "petrov", "person:ho chi minh", "d1-p1", "teiencode",
                                 "Ünïcode id", "1979", "x"])
    marks = st.sampled_from(["[…]", "[...]", "....", "…", "[1 line not declassified]",
                             "[illegible]", "[…\u00a0]", "(p. 2)"])
    when = st.sampled_from([None, "1979-12-04", "1979-12", "1979", "1979-02-30", "12/04/1979", ""])
    cert = st.sampled_from([None, "high", "medium", "low", "0.25", "likely"])
    delimiters = st.sampled_from([("[", "]"), ("(", ")"), ("/", "/"), ("{", "}"), ("", "")])
    note_kinds = st.sampled_from(["gloss", "translator", "remark", "stage", "stamp",
                                  "handwritten", "emphasis", "sic", "uncertain",
                                  "source-ellipsis", "editorial"])
    leaves = st.one_of(
        st.builds(Text, text),
        st.builds(Gap, marks, st.sampled_from(["editorial", "illegible", "withheld"])),
        st.builds(PageBreak, marks, st.none() | st.sampled_from(["2", "iv"])),
    )

    def containers(children):
        kids = st.lists(children, max_size=3).map(tuple)
        return st.one_of(
            st.builds(Supplied, kids, st.sampled_from(["omitted-in-original", "expansion"])),
            st.builds(lambda c, k, d: Note(c, k, open=d[0], close=d[1]), kids, note_kinds,
                      delimiters),
            st.builds(Mention, kids, st.sampled_from(["person", "place", "org"]),
                      st.none() | model_ids, cert,
                      st.none() | st.sampled_from(["teiencode", "#teiencode", "an editor"])),
            st.builds(Date, kids, when, cert),
            st.builds(Foreign, kids, st.sampled_from(["zh", "vi", "zh_CN", "ru-Latn", "bad lang"])),
        )

    inline = st.recursive(leaves, containers, max_leaves=8)
    footnote = st.builds(lambda n, c: Note(c, "footnote", open="", close="", n=n, mark=f"[{n}]"),
                         st.sampled_from(["1", "2", "*"]),
                         st.lists(inline, max_size=3).map(tuple))
    inlines = st.lists(inline | footnote, max_size=6).map(tuple)
    paragraph = st.builds(Paragraph, inlines)
    block = st.one_of(
        paragraph,
        st.builds(Turn, st.lists(inline, max_size=2).map(tuple), model_ids,
                  st.lists(paragraph, max_size=3).map(tuple)),
        st.builds(Heading, inlines, st.sampled_from(["title", "heading", "classification",
                                                      "signature"])),
        st.builds(Dateline, inlines),
        st.builds(Field, text, inlines, st.lists(inlines, max_size=2).map(tuple)),
        st.builds(PageBreak, marks),
    )
    participants = st.lists(
        st.builds(Participant, model_ids, text, st.lists(text, max_size=2).map(tuple),
                  st.sampled_from(["person", "group"]), st.none() | text), max_size=3)
    entities = st.lists(
        st.builds(Entity, model_ids, st.sampled_from(["person", "place", "org"]), text,
                  st.lists(text, max_size=2).map(tuple),
                  st.lists(st.tuples(st.sampled_from(["wikidata", "geo names", ""]), text),
                           max_size=2).map(tuple),
                  st.sampled_from(["registered", "proposed"]), cert, st.none() | text),
        max_size=4)
    metadata = st.builds(
        Metadata, title=st.none() | text, date=when, date_text=st.none() | text,
        place=st.none() | text, doc_type=st.none() | text, archive=st.none() | text,
        repository=st.none() | text, collection=st.none() | text, idno=st.none() | text,
        credits=st.none() | some_text, translators=st.lists(some_text, max_size=2).map(tuple),
        rights=st.none() | text, summary=st.none() | text, record_id=st.none() | text,
        funder=st.none() | text, original_language=st.none() | text,
        teaser=st.none() | text, citation=st.none() | text, uploaded=st.none() | text,
        unassigned=st.lists(text, max_size=2).map(tuple))
    return st.builds(Document, metadata, st.lists(block, max_size=8).map(tuple),
                     participants.map(tuple), entities.map(tuple),
                     st.sampled_from(["en", "de", "zh-Hant", "en_GB", ""]))
