"""Mentions in a document: recognise on the document's text, then wrap the
text runs of the model in :class:`~teiencode.model.Mention` and
:class:`~teiencode.model.Date` nodes.

The document is laid out once as one string (blocks apart by blank lines, a
turn's label before its speech, brackets and notes with their delimiters) so
that the recogniser sees context across runs ("Zhou [Enlai]", "J[ambyn].
Batmunkh"), and every ``Text`` node remembers where it lies in that string. A
mention is wrapped where it fits one list of inlines: it may cover text runs
and editorial insertions, never cross a note, a gap or a block. Nothing of
the text is changed: the reading text is the same before and after.

A person mention the register could not settle between several entries
(:attr:`~.recognise.Span.doubt`) is left unlinked and reported for review
(``TE-REVIEW-LINK``, with the file and line of the mention) in the
document's warnings; so is a word of the body the recogniser read as a name
but left untagged, nothing on the page saying whose (``TE-REVIEW-NAME``, its
first occurrence).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter, is_not
from typing import TypeVar

from ..model import (
    Block, Date, Dateline, Diagnostic, Document, Entity, Field, Foreign, Gap, Heading, Inline,
    Mention, Note, PageBreak, Paragraph, Participant, Supplied, Text, Turn, paragraphs,
)
from .authorities import authority_uri
from .names import fold, key, strip_brackets, strip_title
from .patterns import CERT_ORDER
from .recognise import Span, recognition
from .register import Register

RESP = "#teiencode"
_Node = TypeVar("_Node", Block, Inline, Paragraph, Participant)
_T = TypeVar("_T")


class _Layout:
    """The document as one string, the offset of every inline node, and
    where the blocks and paragraphs with a source line begin; ``shared``: an
    inline node was met twice (the offsets of its first place are lost)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.ranges: dict[int, tuple[int, int]] = {}
        self.lines: list[tuple[int, int]] = []  # (offset, line in the page), in order
        self.shared = False

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def inlines(self, nodes: Sequence[Inline]) -> None:
        for node in nodes:
            start = self.length
            match node:
                case Text(text=text):
                    self.add(text)
                case Gap(mark=mark) | PageBreak(mark=mark):
                    self.add(mark)
                case Supplied(children=children):
                    self.add("[")
                    self.inlines(children)
                    self.add("]")
                case Note(kind="footnote", children=children, mark=mark):
                    here = self._current_line()
                    self.add((mark or "") + "\n\n")
                    if node.span is not None:  # the note's text is on its own lines
                        self.lines.append((self.length, node.span.line))
                    self.inlines(children)
                    self.add("\n\n")
                    if here is not None:  # the text after the marker is on the marker's line
                        self.lines.append((self.length, here))
                case Note(children=children, open=open_, close=close):
                    self.add(open_)
                    self.inlines(children)
                    self.add(close)
                case Foreign(children=children):
                    self.inlines(children)
                case Mention(children=children) | Date(children=children):
                    self.add(_plain(children))
            self.shared = self.shared or id(node) in self.ranges
            self.ranges[id(node)] = (start, self.length)

    def block(self, block: Block) -> None:
        if self.length:
            self.add("\n\n")
        self._line(block)
        match block:
            case Turn(label=label, paragraphs=paragraphs):
                self.inlines(label)
                for n, para in enumerate(paragraphs):
                    self.add(" " if n == 0 else "\n\n")
                    self._line(para)
                    self.inlines(para.inlines)
            case Field(label=label, inlines=inlines, items=items):
                self.add(label + " ")
                self.inlines(inlines)
                for item in items:
                    self.add("\n")
                    self.inlines(item)
            case PageBreak(mark=mark):
                self.add(mark)
            case Paragraph(inlines=inlines) | Heading(inlines=inlines) | Dateline(inlines=inlines):
                self.inlines(inlines)

    def _line(self, node: Block | Paragraph) -> None:
        if node.span is not None:
            self.lines.append((self.length, node.span.line))

    def _current_line(self) -> int | None:
        """The page line where the text laid out so far ends (a footnote's marker)."""
        return self.line(self.text, self.length)

    def line(self, text: str, offset: int) -> int | None:
        """The page line of an offset of ``text`` (this layout's text): the
        line of the block or paragraph it is in, and the newlines before it there."""
        at = bisect.bisect_right(self.lines, (offset, float("inf"))) - 1
        if at < 0:
            return None
        start, line = self.lines[at]
        return line + text.count("\n", start, offset)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _replaced(node: _Node, **changes: object) -> _Node:
    """``dataclasses.replace``, or the node itself where every value given is already its own."""
    if any(getattr(node, name) is not value for name, value in changes.items()):
        return _copied(node, changes)
    return node


_new_node = object.__new__
_set_fields = object.__setattr__


def _copied(node: _T, changes: dict[str, object]) -> _T:
    """``dataclasses.replace(node, **changes)`` for a node of the model, made
    without the frozen dataclass's ``__init__`` (which sets each field through
    ``object.__setattr__``): the node's fields with ``changes``. The model's
    nodes are plain frozen dataclasses (every field set by ``__init__``, no
    ``__post_init__``: ``tests/unit/test_entities_speed.py``); a name that is
    no field of the node is refused, as ``replace`` refuses it."""
    fields = vars(node)
    if not changes.keys() <= fields.keys():
        raise TypeError(f"{type(node).__name__} has no field {sorted(changes.keys() - fields.keys())}")
    made = _new_node(type(node))
    _set_fields(made, "__dict__", {**fields, **changes})
    return made


def _text(text: str) -> Text:
    """``Text(text)`` without the dataclass's ``__init__`` (a page cuts hundreds of text runs; its one
    field is set directly: for one field, cheaper than a ``__dict__`` made whole as :func:`_copied` makes it)."""
    made = _new_node(Text)
    _set_fields(made, "text", text)
    return made


def _mention(children: tuple[Inline, ...], kind: str, ref: str | None, cert: str | None,
             resp: str | None) -> Mention:
    """``Mention(children, kind, ref, cert, resp)``, made as :func:`_copied` makes a node."""
    made = _new_node(Mention)
    _set_fields(made, "__dict__", {"children": children, "kind": kind, "ref": ref, "cert": cert, "resp": resp,
                                   "span": None})
    return made


def _date(children: tuple[Inline, ...], when: str | None) -> Date:
    """``Date(children, when)``, made as :func:`_copied` makes a node."""
    made = _new_node(Date)
    _set_fields(made, "__dict__", {"children": children, "when": when, "cert": None, "span": None})
    return made


def _kept(new: tuple[_T, ...], old: tuple[_T, ...]) -> tuple[_T, ...]:
    """``old`` where ``new`` holds the same objects, so that what did not change is kept as it was."""
    return old if len(new) == len(old) and not any(map(is_not, new, old)) else new


def _plain(nodes: Sequence[Inline]) -> str:
    layout = _Layout()
    layout.inlines(nodes)
    return layout.text


def find_mentions(doc: Document, register: Register | None = None) -> Document:
    """A new document whose text runs are split and wrapped in mentions and
    dates, with ``entities`` holding one entry per person, place and
    organisation (registered, or proposed with a certainty).

    Participants keep their ids, except that a participant the register
    knows takes the register's id (and every turn of theirs follows); a turn
    the reader doubted whose speaker the register knows is doubted no more.
    """
    blocks = doc.blocks
    layout = _laid_out(blocks)
    if layout.shared:  # the reader shares a node between two places: each gets its own
        seen: set[int] = set()
        blocks = tuple(_fresh(b, seen) for b in blocks)
        layout = _laid_out(blocks)
    body_end = layout.length
    header = _header_blocks(doc)  # after the body, whose names they are read with
    for block in header:
        layout.block(block)
    year = _year(doc.metadata.date)
    text = layout.text
    spans, untagged = recognition(text, register, year=year)
    label_votes = _label_votes(blocks, layout, spans)
    spans, participants, speaker_ids = _attach_participants(spans, doc.participants, label_votes)
    wrapper = _Wrapper(layout, spans)
    blocks = tuple(wrapper.block(b, speaker_ids) for b in blocks)
    marks = [(isinstance(b, Heading), wrapper.inlines(b.inlines)) for b in header]
    blocks, settled = _settle_turns(blocks, register)
    placed = [s for s in spans if s.start in wrapper.placed]
    found = _entities(placed, participants, register)
    known = {e.id for e in doc.entities}  # from an earlier run: kept, never duplicated
    entities = doc.entities + tuple(e for e in found if e.id not in known)
    reviews = [_link_review(s, register, doc.source, layout.line(text, s.start) if s.start < body_end else None)
               for s in placed if s.doubt]
    first: dict[str, int] = {}
    for start, end in untagged:
        if start < body_end:
            first.setdefault(text[start:end], start)
    reviews += [_name_review(name, doc.source, layout.line(text, start)) for name, start in first.items()]
    kept = tuple(w for w in doc.warnings if not (w.code == "TE-REVIEW-TURN" and w.line in settled))
    warnings = kept + tuple(r for r in dict.fromkeys(reviews) if r not in kept)
    return _copied(doc, {"blocks": blocks, "participants": participants, "entities": entities, "warnings": warnings,
                         "title_marks": next((m for is_title, m in marks if is_title), ()),
                         "summary_marks": tuple(m for is_title, m in marks if not is_title)})


def _laid_out(blocks: Sequence[Block]) -> _Layout:
    layout = _Layout()
    for block in blocks:
        layout.block(block)
    return layout


def _header_blocks(doc: Document) -> tuple[Heading | Paragraph, ...]:
    """The title and the summary's paragraphs, as blocks without a source line
    (their mentions are marked like the body's; a link review then names no line)."""
    meta = doc.metadata
    title = (Heading((Text(meta.title),)),) if meta.title and meta.title.strip() else ()
    return title + tuple(Paragraph((Text(para),)) for para in paragraphs(meta.summary or ""))


def _settle_turns(blocks: tuple[Block, ...], register: Register | None) -> tuple[tuple[Block, ...], set[int]]:
    """Turns the reader doubted (``cert``) whose speaker the register knows are
    no longer doubtful; returns the blocks and the lines of the turns settled."""
    if register is None:
        return blocks, set()
    settled: set[int] = set()
    out = []
    for block in blocks:
        if isinstance(block, Turn) and block.cert is not None and block.speaker in register.entries:
            settled.add(block.span.line if block.span else -1)
            block = dataclasses.replace(block, cert=None)
        out.append(block)
    return tuple(out), settled


def _link_review(span: Span, register: Register | None, source: str | None,
                 line: int | None) -> Diagnostic:
    """The review of a mention left unlinked between several register persons."""
    names = "; ".join(f"{i} ({register.entries[i].name})" if register else i for i in span.doubt)
    return Diagnostic("review", "TE-REVIEW-LINK",
                      f"“{span.text}” may name any of {names}: left unlinked",
                      file=source, line=line, subject=span.text,
                      hint="set the mention's @ref to the right register id, or name the person in "
                           "full or with their title once in the document")


def _name_review(name: str, source: str | None, line: int | None) -> Diagnostic:
    """The review of a word read as a name and left untagged, nothing saying whose."""
    return Diagnostic("review", "TE-REVIEW-NAME",
                      f"“{name}” may be a name (a person's, a body's or a place's), but nothing on the page "
                      "says whose: left untagged",
                      file=source, line=line, subject=name,
                      hint="if it is a name, wrap it in persName, orgName or placeName, or give it a row of the "
                           "register (id, type, name: --register; `teiencode review --format register` writes "
                           "the rows) to have it tagged on every page; if it is none, a row with the status "
                           "rejected ends the doubt")


def _fresh(node: _Node, seen: set[int]) -> _Node:
    """The node, or a copy where it (or a node inside it) was met before in
    the document: every node of the result is its own object, so that offsets
    can be kept by identity even where the reader shares one node in two
    places. ``seen``: the ids of the nodes kept so far."""
    changes = {} if isinstance(node, _LEAVES) else _fresh_parts(node, seen)
    if changes or id(node) in seen:
        node = dataclasses.replace(node, **changes)  # type: ignore[type-var]
    seen.add(id(node))
    return node


_LEAVES = (Text, Gap, PageBreak)


def _fresh_parts(node: _Node, seen: set[int]) -> dict[str, tuple]:
    """The parts of a node (children, label, inlines, paragraphs, items) that
    :func:`_fresh` had to copy."""
    changes: dict[str, tuple] = {}
    for name in ("children", "label", "inlines", "paragraphs"):
        value = getattr(node, name, None)
        if isinstance(value, tuple) and value:
            fresh = tuple(_fresh(v, seen) for v in value)
            if any(a is not b for a, b in zip(fresh, value)):
                changes[name] = fresh
    if isinstance(node, Field) and node.items:
        items = tuple(tuple(_fresh(v, seen) for v in item) for item in node.items)
        if any(a is not b for new, old in zip(items, node.items) for a, b in zip(new, old)):
            changes["items"] = items
    return changes


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


# --------------------------------------------------------------------------- participants


def _participant_forms(p: Participant) -> set[str]:
    forms = {p.name, *p.labels}
    return {fold(key(strip_title(strip_brackets(f.rstrip(" :.;"))))) for f in forms if f}


@lru_cache(maxsize=1 << 14)
def _person_form(text: str) -> str:
    """The form a person mention is compared with participants' forms in."""
    return fold(key(strip_brackets(text)))


def _label_votes(blocks: Sequence[Block], layout: _Layout, spans: list[Span]) -> dict[str, Counter[str]]:
    """For each speaker id, the person entities named in that speaker's labels
    (``spans`` in order of their start)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    starts = [s.start for s in spans]
    for block in blocks:
        if isinstance(block, Turn) and block.label:
            lo, hi = layout.ranges[id(block.label[0])][0], layout.ranges[id(block.label[-1])][1]
            for s in spans[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)]:
                if s.kind == "person" and s.entity and s.end <= hi:
                    votes[block.speaker][s.entity] += 1
    return votes


def _attach_participants(spans: list[Span], participants: tuple[Participant, ...],
                         label_votes: dict[str, Counter[str]]
                         ) -> tuple[list[Span], tuple[Participant, ...], dict[str, str]]:
    """Persons who are participants take the participant's id (found by the
    participant's names and by the names in their speaker labels: every entity
    so named is the participant, "Carlos Rafael Rodríguez" and "C. R.
    RODRIGUEZ:" alike); a participant the register knows takes the register's id
    (that of the entity named most often)."""
    entities_of: dict[str, list[str]] = {}
    claimed: set[str] = set()
    persons = [(_person_form(s.text), s.entity) for s in spans if s.kind == "person" and s.entity]
    for p in participants:
        if p.kind != "person":
            continue
        forms = _participant_forms(p)
        votes = Counter(entity for form, entity in persons if form in forms)
        votes.update(label_votes.get(p.id, Counter()))
        named = [e for e, _ in votes.most_common() if e not in claimed]
        if named:
            entities_of[p.id] = named
            claimed.update(named)
    refs = {s.entity: s.ref for s in spans if s.entity}
    renamed: dict[str, str] = {}
    taken = {p.id for p in participants}
    for p in participants:
        ref = refs.get(entities_of[p.id][0]) if p.id in entities_of else None
        if ref and ref not in taken:
            renamed[p.id] = ref
            taken.add(ref)
    others = {s.entity for s in spans if s.entity and s.entity not in claimed}
    for p in participants:  # a participant id that another entity already uses
        current = renamed.get(p.id, p.id)
        if current in others:
            n = 2
            while f"{current}-{n}" in taken | others:
                n += 1
            renamed[p.id] = f"{current}-{n}"
            taken.add(renamed[p.id])
    new_participants = tuple(_replaced(p, id=renamed.get(p.id, p.id)) for p in participants)
    to_participant = {entity: renamed.get(p.id, p.id) for p in participants for entity in entities_of.get(p.id, ())}
    out = []
    for s in spans:
        target = to_participant.get(s.entity or "")
        out.append(s.replaced(entity=target, cert=None, doubt=()) if target else s)
    return out, new_participants, renamed


# --------------------------------------------------------------------------- wrapping


class _Wrapper:
    """Rebuilds blocks with the spans wrapped where they fit."""

    def __init__(self, layout: _Layout, spans: list[Span]) -> None:
        self.ranges = layout.ranges
        self.spans = sorted(spans, key=attrgetter("start"))
        self.starts = [s.start for s in self.spans]
        self.placed: set[int] = set()

    def block(self, block: Block, speaker_ids: dict[str, str]) -> Block:
        match block:
            case Turn():
                paragraphs = tuple(_replaced(p, inlines=self.inlines(p.inlines)) for p in block.paragraphs)
                return _replaced(block, label=self.inlines(block.label),
                                 speaker=speaker_ids.get(block.speaker, block.speaker),
                                 paragraphs=_kept(paragraphs, block.paragraphs))
            case Field():
                return _replaced(block, inlines=self.inlines(block.inlines),
                                 items=_kept(tuple(self.inlines(i) for i in block.items), block.items))
            case PageBreak():
                return block
            case _:
                return _replaced(block, inlines=self.inlines(block.inlines))

    def _fits(self, span: Span, nodes: Sequence[Inline], starts: list[int], ends: list[int]) -> bool:
        """Does the span start and end in this list, over text and insertions
        only? ``starts`` and ``ends``: the offsets of the nodes, in order."""
        covered = nodes[bisect.bisect_right(ends, span.start):bisect.bisect_left(starts, span.end)]
        if len(covered) == 1 and isinstance(covered[0], Text):
            return True  # the common case: inside one text run
        if not covered or not all(isinstance(n, (Text, Supplied)) for n in covered):
            return False
        first, last = covered[0], covered[-1]
        if isinstance(first, Supplied) and self.ranges[id(first)][0] != span.start:
            return False
        return not (isinstance(last, Supplied) and self.ranges[id(last)][1] != span.end)

    def inlines(self, nodes: Sequence[Inline]) -> tuple[Inline, ...]:
        if not nodes:
            return tuple(nodes)
        lo, hi = self.ranges[id(nodes[0])][0], self.ranges[id(nodes[-1])][1]
        first, last = bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)
        if first == last:
            return tuple(nodes)  # no span begins here, nor inside a note or insertion here
        bounds = [self.ranges[id(n)] for n in nodes]
        starts, ends = [b[0] for b in bounds], [b[1] for b in bounds]
        here = [s for s in self.spans[first:last] if s.end <= hi and self._fits(s, nodes, starts, ends)]
        span_at: dict[int, Span] = {}
        for s in here:
            span_at.setdefault(s.start, s)
        edges = sorted({c for s in here for c in (s.start, s.end)})
        out: list[Inline] = []
        open_span: Span | None = None
        inside: list[Inline] = []
        for node, (start, end) in zip(nodes, bounds):
            if isinstance(node, Text):
                pos = start
                cuts = edges[bisect.bisect_right(edges, start):bisect.bisect_left(edges, end)] + [end]
                for cut in cuts:
                    piece = node if cut - pos == end - start else _text(node.text[pos - start:cut - start])
                    if open_span is None:
                        open_span = span_at.get(pos)
                    (inside if open_span else out).append(piece)
                    pos = cut
                    if open_span is not None and open_span.end == cut:
                        out.append(self._wrap(open_span, inside))
                        open_span, inside = None, []
                continue
            if open_span is None:
                open_span = span_at.get(start)
            if open_span is not None:
                inside.append(node)
                if open_span.end == end:
                    out.append(self._wrap(open_span, inside))
                    open_span, inside = None, []
            else:
                out.append(self._descend(node))
        return _kept(tuple(out), tuple(nodes))

    def _descend(self, node: Inline) -> Inline:
        if isinstance(node, (Supplied, Note, Foreign)):
            return _replaced(node, children=self.inlines(node.children))
        return node

    def _wrap(self, span: Span, children: list[Inline]) -> Inline:
        self.placed.add(span.start)
        if span.kind == "date":
            return _date(tuple(children), span.when)
        return _mention(tuple(children), span.kind, span.entity, span.cert, RESP if span.cert else None)


# --------------------------------------------------------------------------- entities


def _entities(spans: list[Span], participants: tuple[Participant, ...], register: Register | None
              ) -> tuple[Entity, ...]:
    """One entity per id, in order of first mention: registered ones with the
    register's names and authority ids, proposed ones with a certainty."""
    groups: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        if s.kind != "date" and s.entity:
            groups[s.entity].append(s)
    by_id = {p.id: p for p in participants}
    out = []
    for entity_id, group in groups.items():
        first = group[0]
        alone = len(group) == 1  # (most entities are named once: their form, name and certainty are the mention's)
        forms = (strip_brackets(first.text),) if alone else tuple(dict.fromkeys(strip_brackets(s.text) for s in group))
        known = register.entries.get(first.ref or entity_id) if register is not None else None
        if known is not None:
            out.append(dataclasses.replace(known, forms=forms))
            continue
        participant = by_id.get(entity_id)
        name = _best_name(group)
        cert = None if participant is not None else first.cert if alone else \
            min((s.cert for s in group), key=CERT_ORDER.__getitem__)
        idnos = (("geonames", authority_uri("geonames", first.geonames)),) if first.geonames else ()
        pending = register.records.get(entity_id) if register is not None else None
        if pending is not None and pending.status == "proposed":  # the editor's note on a proposal
            idnos, note = pending.idnos or idnos, pending.note
        else:
            note = None
        out.append(_proposed(entity_id, first.kind, name, forms, idnos, cert or "high", note))
    return tuple(out)


def _proposed(entity_id: str, kind: str, name: str, forms: tuple[str, ...], idnos: tuple[tuple[str, str], ...],
              cert: str, note: str | None) -> Entity:
    """``Entity(entity_id, kind, name, forms, idnos, status="proposed", cert=cert, note=note)``,
    made as :func:`_copied` makes a node (ten fields set one by one cost more than the rest of the entity)."""
    made = _new_node(Entity)
    _set_fields(made, "__dict__", {"id": entity_id, "kind": kind, "name": name, "forms": forms, "idnos": idnos,
                                   "status": "proposed", "cert": cert, "note": note, "surname": None,
                                   "forenames": ()})
    return made


def _best_name(group: list[Span]) -> str:
    """The entity's display name: the longest form written in mixed case."""
    first = group[0]
    if first.kind != "person" and first.name:
        return first.name
    if len(group) == 1:
        return strip_title(strip_brackets(first.text))
    forms = [strip_title(strip_brackets(s.text)) for s in group]
    mixed = [f for f in forms if not f.isupper()] or forms
    return max(mixed, key=len) if first.kind == "person" else mixed[0]
