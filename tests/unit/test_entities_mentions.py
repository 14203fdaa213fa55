"""find_mentions on the document model: wrapping, ids, participants, entities."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from teiencode.entities import find_mentions, load_register
from teiencode.model import (
    Date, Dateline, Document, Field, Gap, Heading, Mention, Metadata, Note, Paragraph, Participant,
    Supplied, Text, Turn,
)
from teiencode.walk import document_inlines, inlines_text, iter_inlines, reading_text

REPO = Path(__file__).resolve().parents[2]


def seed_like() -> Document:
    """A document shaped like the seed memorandum, as the reader gives it."""
    return Document(
        metadata=Metadata(date="1979-12-04"),
        blocks=(
            Heading((Text("OF THE MPR AND THE PRK "),
                     Note((Text("People’s Republic of Kampuchea"),), kind="gloss"))),
            Dateline((Text("4 December 1979 Phnom Penh"),)),
            Paragraph((Text("The delegation headed by c. J. Batmunkh met Cde. Yu"), Supplied((Text("mjaagiin"),)),
                       Text(". Tsedenbal and c. Heng Samrin in Phnom Penh. "), Gap("[…]"))),
            Turn(label=(Text("Heng Samrin:"),), speaker="heng-samrin", paragraphs=(
                Paragraph((Text("Esteemed Chairman Batmunkh, the Pol Pot – Ieng Sary remnants are in Enlam, "
                                "Posan, Pailin "), Note((Text("he named 6 places"),), kind="remark", open="(",
                                                        close=")"),
                           Text(" along the border with Thailand since May 1979.")),),
                Paragraph((Text("The reactionary group "), Supplied((Text("called"),)),
                           Text(" the “National party”.")),),
            )),
            Turn(label=(Text("J. Batmunkh"),), speaker="j-batmunkh", paragraphs=(
                Paragraph((Text("Could you make a clarification? Jambyn Batmunkh thanked Vietnam."),)),)),
            Field(label="Place:", inlines=(Text("Hanoi"),)),
        ),
        participants=(Participant("heng-samrin", "Heng Samrin", ("Heng Samrin:",)),
                      Participant("j-batmunkh", "J. Batmunkh", ("J. Batmunkh",))),
    )


def mentions(doc: Document) -> list[tuple[str, str, str | None]]:
    out = []
    for node in document_inlines(doc):
        if isinstance(node, Mention):
            out.append((node.kind, inlines_text(node.children), node.ref))
        elif isinstance(node, Date):
            out.append(("date", inlines_text(node.children), node.when))
    return out


def test_reading_text_is_unchanged() -> None:
    doc = seed_like()
    assert reading_text(find_mentions(doc)) == reading_text(doc)


def test_input_document_is_not_modified() -> None:
    doc = seed_like()
    before = repr(doc)
    find_mentions(doc)
    assert repr(doc) == before


def test_mentions_in_labels_notes_insertions_and_fields() -> None:
    found = mentions(find_mentions(seed_like()))
    assert ("person", "Heng Samrin", "heng-samrin") in found  # in the turn label
    assert ("place", "People’s Republic of Kampuchea", found[1][2]) in found  # inside the gloss
    assert ("person", "Yu[mjaagiin]. Tsedenbal", "pers-yumjaagiin-tsedenbal") in found  # across a Supplied
    assert ("place", "Hanoi", "place-hanoi") in found  # in a field
    assert ("date", "4 December 1979", "1979-12-04") in found
    assert ("date", "May 1979", "1979-05") in found


def test_label_is_split_around_the_name() -> None:
    doc = find_mentions(seed_like())
    turn = next(b for b in doc.blocks if isinstance(b, Turn))
    assert isinstance(turn.label[0], Mention) and turn.label[1] == Text(":")


def test_mentions_never_nest() -> None:
    doc = find_mentions(seed_like())
    for node in document_inlines(doc):
        if isinstance(node, (Mention, Date)):
            assert not any(isinstance(n, (Mention, Date)) for n in iter_inlines(node.children))


def test_participants_keep_their_ids_and_all_forms_share_them() -> None:
    doc = find_mentions(seed_like())
    batmunkh = [m for m in mentions(doc) if "Batmunkh" in m[1]]
    assert {m[2] for m in batmunkh} == {"j-batmunkh"}
    assert [m[1] for m in batmunkh] == ["J. Batmunkh", "Batmunkh", "J. Batmunkh", "Jambyn Batmunkh"]
    entity = next(e for e in doc.entities if e.id == "j-batmunkh")
    assert entity.name == "Jambyn Batmunkh" and entity.kind == "person"


def test_a_registered_participant_takes_the_register_id() -> None:
    register = load_register([REPO / "corpus" / "register.xml"])
    doc = find_mentions(seed_like(), register)
    assert [p.id for p in doc.participants] == ["heng-samrin", "jambyn-batmunkh"]
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == ["heng-samrin", "jambyn-batmunkh"]
    refs = {m[1]: m[2] for m in mentions(doc)}
    assert refs["Jambyn Batmunkh"] == refs["Batmunkh"] == "jambyn-batmunkh"
    assert refs["Pol Pot"] == "pol-pot" and refs["Ieng Sary"] == "ieng-sary"
    assert refs["PRK"] == refs["People’s Republic of Kampuchea"] == "kampuchea"
    statuses = {e.id: e.status for e in doc.entities}
    assert statuses["pol-pot"] == "registered" and statuses["pers-yumjaagiin-tsedenbal"] == "proposed"


def test_every_reference_resolves_to_one_entity() -> None:
    doc = find_mentions(seed_like())
    ids = [e.id for e in doc.entities]
    assert len(ids) == len(set(ids))
    refs = {m[2] for m in mentions(doc) if m[0] != "date"}
    assert refs <= set(ids)


def test_unsure_mentions_carry_cert_and_resp() -> None:
    doc = find_mentions(seed_like())
    places = {inlines_text(n.children): n for n in document_inlines(doc)
              if isinstance(n, Mention) and n.kind == "place"}
    assert places["Enlam"].cert == "low" and places["Enlam"].resp == "#teiencode"
    assert places["Thailand"].cert is None and places["Thailand"].resp is None
    entity = next(e for e in doc.entities if e.id == "place-enlam")
    assert entity.status == "proposed" and entity.cert == "low"


_WORDS = st.sampled_from(["Pol", "Pot", "Heng", "Samrin", "in", "Hanoi", "Chairman", "KNUFNS", "of", "the",
                          "Embassy", "GDR", "4", "May", "1979", "’s", ",", ".", "–", "Mr.", "J.", "[…]"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=4))
def test_no_text_is_lost_or_invented(paragraphs: list[str]) -> None:
    doc = Document(metadata=Metadata(), blocks=tuple(Paragraph((Text(p),)) for p in paragraphs))
    assert reading_text(find_mentions(doc)) == reading_text(doc)


def test_the_names_in_a_speakers_label_are_that_participant() -> None:
    doc = Document(metadata=Metadata(date="1965-09-27"), blocks=(
        Turn(label=(Text("Premier Zhou "), Supplied((Text("Enlai"),)), Text(" (to be abbreviated as Zhou):")),
             speaker="p1", paragraphs=(Paragraph((Text("Welcome to Beijing."),)),)),
        Turn(label=(Text("Zhou:"),), speaker="p1", paragraphs=(Paragraph((Text("Zhou Enlai agrees."),)),)),
    ), participants=(Participant("p1", "Premier of the State Council", ("Premier Zhou [Enlai]", "Zhou")),))
    refs = [m[2] for m in mentions(find_mentions(doc)) if m[0] == "person"]
    assert refs and set(refs) == {"p1"}


def test_footnotes_foreign_passages_page_breaks_and_field_items() -> None:
    from teiencode.model import Foreign, PageBreak

    doc = Document(metadata=Metadata(date="1956-04-06"), blocks=(
        Paragraph((Text("Mikoyan met Ho Chi Minh"),
                   Note((Text("President of the DRV, see Moscow."),), kind="footnote", open="", close="",
                        n="1", mark="[1]"),
                   Text(" in Hanoi on 6 April."), PageBreak("(p. 2)"), Text(" The envoy said "),
                   Foreign((Text("chao in Saigon"),), lang="vi"), Text(" and the F"), Supplied((Text("oreign"),)),
                   Text(" M"), Supplied((Text("inistry"),)), Text(" of the DRV agreed."))),
        Field(label="To:", inlines=(Text("Comrade A. I. Mikoyan, Moscow"),), items=((Text("Cde. Ho Chi Minh"),),)),
    ))
    new = find_mentions(doc)
    assert reading_text(new) == reading_text(doc)
    found = mentions(new)
    assert ("org", "F[oreign] M[inistry] of the DRV") in [(k, t) for k, t, _ in found]
    texts = [t for _, t, _ in found]
    assert texts.count("Moscow") == 2 and "DRV" in texts and "Saigon" in texts and "6 April" in texts
    assert {r for k, t, r in found if "Mikoyan" in t} == {"pers-a-i-mikoyan"}


def test_a_participant_id_never_collides_with_another_entity(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("id,type,name\nkim,person,Kim Il Sung\n", encoding="utf-8")
    doc = Document(metadata=Metadata(), blocks=(
        Turn(label=(Text("Kim Yong-ju:"),), speaker="kim", paragraphs=(
            Paragraph((Text("Kim Il Sung sends greetings."),)),)),
    ), participants=(Participant("kim", "Kim Yong-ju", ("Kim Yong-ju:",)),))
    new = find_mentions(doc, load_register([path]))
    refs = {t: r for k, t, r in mentions(new) if k == "person"}
    assert refs["Kim Il Sung"] == "kim"
    assert refs["Kim Yong-ju"] == new.participants[0].id != "kim"
    assert [b.speaker for b in new.blocks if isinstance(b, Turn)] == [new.participants[0].id]


def test_a_second_run_changes_nothing() -> None:
    once = find_mentions(seed_like())
    assert find_mentions(once) == once


def test_the_names_of_the_title_and_the_summary_are_marked_like_the_bodys() -> None:
    doc = dataclasses.replace(seed_like(), metadata=Metadata(
        date="1979-12-04", title="Conversation between J. Batmunkh and Heng Samrin",
        summary="Jambyn Batmunkh visited Laos in December 1979.\n\nHe met Heng Samrin."))
    found = find_mentions(doc)
    title = [(m.kind, inlines_text(m.children), m.ref) for m in found.title_marks if isinstance(m, Mention)]
    assert title == [("person", "J. Batmunkh", "j-batmunkh"), ("person", "Heng Samrin", "heng-samrin")]
    assert inlines_text(found.title_marks) == doc.metadata.title
    summary = [[inlines_text(m.children) for m in para if isinstance(m, (Mention, Date))]
               for para in found.summary_marks]
    assert summary == [["Jambyn Batmunkh", "Laos", "December 1979"], ["Heng Samrin"]]
    assert [inlines_text(para) for para in found.summary_marks] == ["Jambyn Batmunkh visited Laos in December 1979.",
                                                                   "He met Heng Samrin."]
    laos = next(m.ref for m in found.summary_marks[0] if isinstance(m, Mention) and m.kind == "place")
    assert laos in {e.id for e in found.entities}  # named only in the summary, still in the register
    assert reading_text(found) == reading_text(doc)


def test_a_participant_named_two_ways_is_one_person() -> None:
    doc = Document(metadata=Metadata(date="1974-02-21"), blocks=(
        Paragraph((Text("Present on the Cuban side: Comrade Carlos Rafael Rodríguez."),)),
        Turn(label=(Text("C. R. RODRIGUEZ."),), speaker="carlos-rafael-rodriguez",
             paragraphs=(Paragraph((Text("I would add a word on sugar."),)),)),
    ), participants=(Participant("carlos-rafael-rodriguez", "Carlos Rafael Rodríguez",
                                 ("C. R. RODRIGUEZ", "Carlos Rafael Rodríguez")),))
    refs = {m[1]: m[2] for m in mentions(find_mentions(doc)) if m[0] == "person"}
    assert refs == {"Carlos Rafael Rodríguez": "carlos-rafael-rodriguez", "C. R. RODRIGUEZ": "carlos-rafael-rodriguez"}
