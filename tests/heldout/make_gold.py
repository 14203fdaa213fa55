"""Build the held-out pages and their exact gold from marked-up sources.

Each ``src/NAME.page`` holds a few ``key: value`` lines (layout, doc_kind,
lang, newline, bom, teaser, date, place_id), a line ``---`` and the page text
with inline mark-up ``⟪tag|content⟫`` (nestable) or ``⟪tag⟫`` (zero width):

- ``P:id`` / ``L:id`` / ``O:id`` person / place / organisation mention
  (entity ``person:id`` …), ``D:iso`` a date mention (entity ``date:iso``);
- ``h:field`` a header value (``translators`` may occur several times);
- ``t:speaker_id;Speaker;fmt,fmt`` a speaker label (content without separator);
- ``b:kind`` an editorial bracket, ``om`` an omission mark, ``fn`` a footnote line;
- zero width: ``§:section`` (teaser, header, body, notes, footer) starts a
  section, ``k:kind`` at a line start sets the kind of that body line
  (heading, dateline, field, p-cont, page-marker, omission-line, narr).

Regenerate (writes ``NAME.txt`` and ``NAME.gold.json`` next to this script and
re-verifies every span by slicing the written file)::

    /work/venv/bin/python tests/heldout/make_gold.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OPEN, CLOSE, SEP = "⟪", "⟫", "|"
MENTION = {"P": "person", "L": "place", "O": "org", "D": "date"}
HEADER_FIELDS = ("title", "date", "place", "doc_type", "archive", "translators", "summary",
                 "record_id", "funder", "original_language")
MENTION_FIELD = {"translators": "translator"}


@dataclass
class Span:
    tag: str
    start: int
    end: int = -1
    children: list["Span"] = field(default_factory=list)


def parse(marked: str) -> tuple[str, list[Span]]:
    """Strip the mark-up; return the plain text and every tag with its offsets."""
    out: list[str] = []
    length = 0
    stack: list[Span] = []
    spans: list[Span] = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == OPEN:
            j = i + 1
            while marked[j] not in (SEP, CLOSE):
                j += 1
            span = Span(marked[i + 1:j], length)
            spans.append(span)
            if marked[j] == CLOSE:
                span.end = length
            else:
                stack.append(span)
            i = j + 1
        elif ch == CLOSE:
            stack.pop().end = length
            i += 1
        else:
            out.append(ch)
            length += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed tags: {[s.tag for s in stack]}")
    return "".join(out), spans


def tokens(text: str, start: int, n: int = 6) -> str:
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    return " ".join(line.split()[:n])


def speech_start(text: str, label_end: int) -> int:
    i = label_end
    while text[i] in " \t":
        i += 1
    if text[i] in ":.":
        i += 1
    while text[i].isspace():
        i += 1
    return i


def build(source: Path) -> tuple[str, dict]:  # type: ignore[type-arg]
    raw = source.read_text(encoding="utf-8")
    head, marked = raw.split("\n---\n", 1)
    meta = dict(line.split(": ", 1) for line in head.splitlines() if line.strip())
    if meta["newline"] == "crlf":
        marked = marked.replace("\n", "\r\n")
    text, spans = parse(marked)
    assert OPEN not in text and CLOSE not in text, source

    sections = sorted((s.start, s.tag.split(":", 1)[1]) for s in spans if s.tag.startswith("§:"))

    def section_at(pos: int) -> str:
        current = "header"
        for start, name in sections:
            if start <= pos:
                current = name
        return current

    body_from = next(start for start, name in sections if name == "body")
    body_to = next((start for start, name in sections if start > body_from), len(text))
    while text[body_from].isspace():
        body_from += 1
    while text[body_to - 1].isspace():
        body_to -= 1

    header: dict = {name: None for name in HEADER_FIELDS}  # type: ignore[type-arg]
    header["translators"] = []
    header_spans: dict = {}  # type: ignore[type-arg]
    header["date"] = meta["date"]
    header["place_id"] = meta.get("place_id")
    header_tags = [s for s in spans if s.tag.startswith("h:")]
    for s in header_tags:
        name = s.tag[2:]
        value = text[s.start:s.end]
        if name == "translators":
            header["translators"].append(value)
            header_spans.setdefault("translators", []).append([s.start, s.end])
        elif header[name] is None:
            header[name] = value
            header_spans[name] = [s.start, s.end]

    def header_field(m: Span) -> str | None:
        for s in header_tags:
            if s.start <= m.start and m.end <= s.end:
                name = s.tag[2:]
                return MENTION_FIELD.get(name, name)
        return None

    mentions = []
    for s in spans:
        kind, _, ident = s.tag.partition(":")
        if kind not in MENTION:
            continue
        m = {"type": MENTION[kind], "text": text[s.start:s.end], "start": s.start, "end": s.end,
             "entity": f"{MENTION[kind]}:{ident}", "section": section_at(s.start)}
        f = header_field(s)
        if f:
            m["field"] = f
        mentions.append(m)
    mentions.sort(key=lambda m: m["start"])

    labels = {s.start: s for s in spans if s.tag.startswith("t:")}
    kinds = {s.start: s.tag[2:] for s in spans if s.tag.startswith("k:")}
    blocks, turns, narration = [], [], []
    para, cur_turn = -1, None
    pos = body_from
    for line in text[body_from:body_to].split("\n"):
        start, end = pos, pos + len(line.rstrip("\r"))
        pos += len(line) + 1
        while start < end and text[start] in " \t":
            start += 1
        if start >= end:
            continue
        kind = kinds.get(start, "p")
        label = labels.get(start)
        block = {"kind": kind, "start": start, "end": end}
        if label is not None:
            ident, speaker, formats = label.tag[2:].split(";")
            speech = speech_start(text, label.end)
            alone = speech > end
            fmts = [f for f in formats.split(",") if f]
            if turns and turns[-1]["speaker_id"] == ident:
                fmts.append("consecutive-same-speaker")
            if alone:
                fmts.insert(0, "label-alone")
                block["kind"] = "label"
            turns.append({"speaker_label": text[label.start:label.end], "speaker": speaker,
                          "speaker_id": ident, "first_words": tokens(text, speech),
                          "label_start": label.start, "label_end": label.end,
                          "speech_start": speech, "paragraphs": 0, "label_format": fmts})
            cur_turn = len(turns) - 1
            if not alone:
                para += 1
                block["para"] = para
                turns[cur_turn]["paragraphs"] += 1
        elif kind in ("p", "narr"):
            block["kind"] = "p"
            para += 1
            block["para"] = para
            if kind == "narr" or cur_turn is None:
                cur_turn = None
                narration.append(tokens(text, start))
            else:
                turns[cur_turn]["paragraphs"] += 1
                if "continued-unlabelled" not in turns[cur_turn]["label_format"]:
                    turns[cur_turn]["label_format"].append("continued-unlabelled")
        elif kind == "p-cont":
            block["para"] = para
        elif kind in ("heading", "dateline", "field"):
            cur_turn = None
        block["turn"] = cur_turn if block["kind"] not in ("heading", "dateline", "field") else None
        if kind == "p-cont":
            block["turn"] = next((b["turn"] for b in reversed(blocks) if b.get("para") == para), None)
        blocks.append(block)

    omissions = [{"text": text[s.start:s.end], "start": s.start, "end": s.end}
                 for s in spans if s.tag == "om"]
    brackets = [{"text": text[s.start:s.end], "kind": s.tag[2:], "start": s.start, "end": s.end}
                for s in spans if s.tag.startswith("b:")]
    footnotes = []
    for s in spans:
        if s.tag == "fn":
            line = text[s.start:s.end]
            label = line.split()[0]
            footnotes.append({"n": label.strip("[]"), "label": label, "start": s.start, "end": s.end,
                              "first_words": tokens(text, s.start + len(label))})
    counts = {"turns": len(turns), "narration": len(narration),
              **{t: sum(1 for m in mentions if m["type"] == t) for t in MENTION.values()},
              "brackets": len(brackets), "footnotes": len(footnotes)}
    gold = {"file": source.stem + ".txt", "set": "heldout", "source": source.name,
            "layout": meta["layout"], "teaser": meta.get("teaser") == "true",
            "doc_kind": meta["doc_kind"], "lang": meta.get("lang", "en"), "newline": meta["newline"],
            "bom": meta.get("bom") == "true",
            "offsets": "Python str indices into open(path, encoding='utf-8-sig', newline='').read(); "
                       "end exclusive",
            "text_length": len(text), "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "header": header, "header_spans": header_spans, "body_span": [body_from, body_to],
            "paragraphs": para + 1, "turns": turns, "narration": narration,
            "omissions": len(omissions), "omission_forms": [o["text"] for o in omissions],
            "omission_marks": omissions, "brackets": brackets, "footnotes": footnotes,
            "mentions": mentions, "blocks": blocks, "counts": counts}
    return text, gold


def verify(page: Path, gold: dict) -> None:  # type: ignore[type-arg]
    """Re-read the written page and check every span of its gold by slicing."""
    with open(page, encoding="utf-8-sig", newline="") as handle:
        text = handle.read()
    assert len(text) == gold["text_length"]
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == gold["text_sha256"]
    for group in ("mentions", "omission_marks", "brackets"):
        for item in gold[group]:
            assert text[item["start"]:item["end"]] == item["text"], (page.name, item)
    for t in gold["turns"]:
        assert text[t["label_start"]:t["label_end"]] == t["speaker_label"], (page.name, t)
        assert t["speaker_label"] == t["speaker_label"].strip() and t["speaker_label"]
    for f in gold["footnotes"]:
        assert text[f["start"]:f["end"]].startswith(f["label"]), (page.name, f)
    for name, value in gold["header_spans"].items():
        if name == "translators":
            assert [text[s:e] for s, e in value] == gold["header"]["translators"]
        else:
            assert text[value[0]:value[1]] == gold["header"][name], (page.name, name)
    s, e = gold["body_span"]
    assert not text[s].isspace() and not text[e - 1].isspace()
    assert gold["bom"] == page.read_bytes().startswith(b"\xef\xbb\xbf")
    assert ("\r\n" in text) == (gold["newline"] == "crlf")


def main() -> int:
    sources = sorted((HERE / "src").glob("*.page"))
    for source in sources:
        text, gold = build(source)
        page = HERE / (source.stem + ".txt")
        data = text.encode("utf-8")
        page.write_bytes((b"\xef\xbb\xbf" if gold["bom"] else b"") + data)
        (HERE / (source.stem + ".gold.json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        verify(page, gold)
        print(f"{page.name}: {gold['counts']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
