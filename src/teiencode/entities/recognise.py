"""The string-level recogniser: persons, places, organisations and dates in a
text, with offsets, linked to a register where one is given.

:func:`recognise` works in passes over one text (a page, or the reading text
of a document): candidates from the register, the date patterns and the shape
of the text (:mod:`.patterns`) are chosen longest-first within tiers, so that
mentions never overlap; every name form chosen is then looked for again
("Jambyn Batmunkh" makes "Batmunkh" a person elsewhere); last, the mentions
are grouped into entities, one id per person, place or organisation; a
person the register holds twice ("Vance") is told apart by :mod:`.linking`,
or left unlinked with the ids it may name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

from . import (citations, evidence, gazetteer, guesses, honorifics, landmarks, leaders, linking, orgcontext, orgnames,
               patterns)
from .dates import find_dates, iter_dates
from .names import COMMON_WORDS, fold, key, person_variants, slug, strip_brackets, strip_title, unique_id
from .patterns import CERT_ORDER, Candidate, Taken
from .register import Register
from .romanisation import syllable_key
from .tokens import Tokens, is_word, lookup_prefixes, lowercase_vocabulary, name_chains, tokenize

KIND_PREFIX = {"person": "pers", "place": "place", "org": "org"}
_SINGLE_LABEL = patterns.LinePattern(r"^[ \t]*(?P<letter>[A-Z])[ \t]?:[ \t]")


@dataclass(frozen=True)
class Span:
    """A mention found in a string.

    ``entity`` is the id of the entity it names (a register id when ``ref``
    is set, else a proposed id such as ``pers-pol-pot``); ``name`` the
    entity's display name; ``cert`` is None when sure, else "medium"/"low";
    ``doubt`` the register ids a person mention may name when the evidence
    could not tell them apart (it is then not linked).
    """

    start: int
    end: int
    kind: str
    text: str
    entity: str | None = None
    ref: str | None = None
    name: str | None = None
    when: str | None = None
    cert: str | None = None
    geonames: str | None = None
    source: str = ""
    doubt: tuple[str, ...] = ()

    def replaced(self, **changes: object) -> Span:
        """``dataclasses.replace(self, **changes)``, made as :func:`_span` makes a span."""
        return _span(**{**vars(self), **changes})


_new_span = object.__new__
_set_fields = object.__setattr__


def _span(start: int, end: int, kind: str, text: str, entity: str | None = None, ref: str | None = None,
          name: str | None = None, when: str | None = None, cert: str | None = None, geonames: str | None = None,
          source: str = "", doubt: tuple[str, ...] = ()) -> Span:
    """``Span(…)`` made without the frozen dataclass's ``__init__``, which sets
    each field through ``object.__setattr__`` (five times slower: a page makes
    dozens of spans). The parameters are the fields, in order, with their defaults."""
    made = _new_span(Span)
    _set_fields(made, "__dict__", {"start": start, "end": end, "kind": kind, "text": text, "entity": entity, "ref": ref,
                                   "name": name, "when": when, "cert": cert, "geonames": geonames, "source": source,
                                   "doubt": doubt})
    return made


class Recognition(NamedTuple):
    """What :func:`recognition` finds in a text: its mentions (see :func:`recognise`), and
    ``untagged``, the offsets of the capitalised words it read as names but left out, nothing
    on the page saying whose ("Murumbi will be made vice-president", "Sohyo called a strike":
    a person's, a body's or a place's), in order: doubts for an editor (none that the
    register rejects as any kind)."""

    spans: list[Span]
    untagged: list[tuple[int, int]]


def recognise(text: str, register: Register | None = None, *, year: int | None = None) -> list[Span]:
    """Every person, place, organisation and date mention in ``text``, in
    order, never overlapping. ``year`` completes dates such as "10 May"; by
    default the first year the text names."""
    return recognition(text, register, year=year).spans


def recognition(text: str, register: Register | None = None, *, year: int | None = None) -> Recognition:
    """The mentions of ``text`` (:func:`recognise`) and the names it left untagged."""
    toks, capitalised = tokenize(text)
    lower = lowercase_vocabulary(text)
    if year is None:
        first = next((d for d in iter_dates(text) if d.when), None)
        year = int(first.when[:4]) if first else None
    title_words = frozenset(toks[i].bare for i in capitalised if not toks[i].is_upper)
    candidates = _candidates(text, toks, capitalised, lower, register, year, title_words)
    chosen = _choose(candidates)
    found, propagated = _propagate(text, toks, capitalised, lower, chosen, register)
    chosen = _choose(chosen + found)
    chosen = _choose(guesses.context_places(text, toks, capitalised, lower, Taken(chosen)), kept=chosen)
    chosen = _choose(guesses.lone_names(text, toks, capitalised, lower, Taken(chosen)), kept=chosen)
    chosen = _coordinated_places(text, chosen)
    chosen = _particle_places(text, _coordinated_places(text, evidence.settle_kinds(text, chosen, _norm, _variants)))
    chosen = orgcontext.settle_articled(text, orgcontext.settle_orgs(text, chosen, _norm), _norm)
    chosen = evidence.split_joined(text, citations.settle(text, chosen))
    found = _propagate(text, toks, capitalised, lower, chosen, register, propagated)[0]
    if found:  # (the chosen alone are disjoint: choosing among them changes nothing)
        chosen = _choose(chosen + found)
    weighed = orgcontext.settle_heads(text, chosen, title_words)
    chosen = evidence.unsupported(text, weighed, _norm, orgcontext.named_body)
    kept = {c.start for c in chosen}
    left_out = [(c.start, c.end) for c in weighed if c.start not in kept]
    chosen = orgcontext.paired_openers(text, evidence.listed_persons(text, chosen, _norm))
    chosen = orgcontext.titled_bodies(text, orgcontext.body_subjects(text, chosen, _norm))
    spans = _link(text, chosen, register, year)
    if register is not None and register.rejected:  # never propose, nor doubt, what the editor rejected
        spans = [s for s in spans if s.ref or not register.is_rejected(s.kind, s.text)]
        left_out = [(start, end) for start, end in left_out
                    if not any(register.is_rejected(kind, text[start:end]) for kind in register.rejected)]
    spans = [_close_bracket(text, s) for s in _single_letter_labels(text, spans)]
    spans = sorted((s for s in spans if _whole_words(text, s.start, s.end)
                    and not (s.text[-1].isupper() and _in_code(text, s))),
                   key=_SPAN_START)
    taken = Taken(spans)
    return Recognition(spans, [(start, end) for start, end in left_out if not taken(start, end)])


_SPAN_START = attrgetter("start")


def _close_bracket(text: str, span: Span) -> Span:
    """"Ho [Chi Minh]": a mention that opens a bracket ends after it."""
    if span.text.count("[") > span.text.count("]") and text.startswith("]", span.end):
        return span.replaced(end=span.end + 1, text=text[span.start:span.end + 1])
    return span


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at word boundaries: a
    mention never splits a word ("DV Z" of "DV Z12"), nor is it the name of a
    mailbox ("HAPP@wilsoncenter.org")."""
    return not (start > 0 and text[start - 1].isalnum() and text[start].isalnum()
                or end < len(text) and (text[end - 1].isalnum() and text[end].isalnum() or text[end] == "@"))


#: After a mention, what makes it part of a call number or a file's code:
#: a hyphen or slash joining figures ("M-KS-288-11/4458", "No. KZ/0104/70"),
#: or a code of capitals and figures next ("DV Z12 T404").
_CODE_AFTER = re.compile(r"[-/][\w.-]*\d|[ \t][A-Z]{1,3}\d+\b")


def _in_code(text: str, span: Span) -> bool:
    """Is a (non-date) mention ending in capitals the letters of a call number
    or a code (not "Molotov-1" of a distribution list)?"""
    return span.kind != "date" and span.text.rsplit(" ", 1)[-1].isupper() \
        and _CODE_AFTER.match(text, span.end) is not None


# --------------------------------------------------------------------------- candidates


def _candidates(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str], register: Register | None,
                year: int | None, title_words: frozenset[str]) -> list[Candidate]:
    heading = patterns.Headings(text)
    found: list[Candidate] = []
    if register is not None:
        found += _register_matches(text, toks, capitalised, lower, register)
    found += [Candidate(d.start, d.end, "date", 3, 0, when=d.when, source="date") for d in find_dates(text, year)]
    found += patterns.labels(text, toks, lower)
    found += patterns.signatures(text, toks, lower)
    found += patterns.persons(text, toks, capitalised, lower, heading)
    found += patterns.inverted_names(text, toks, lower)
    found += patterns.comrade_abbreviations(text, toks, lower)
    found += patterns.orgs(text, toks, capitalised, lower, heading)
    found += patterns.places(text, toks, capitalised, lower)
    found += patterns.acronyms(text, toks, capitalised, lower, title_words, heading)
    found += leaders.leaders(text, toks, capitalised, lower)
    found += honorifics.honorific_names(text, toks, lower)
    found += honorifics.regnal_names(text)
    found += landmarks.landmarks(text, toks, capitalised, lower)
    found += orgnames.foreign_orgs(text, toks, capitalised)
    found += orgnames.newspapers(text, toks, capitalised)
    found += orgnames.movements(text)
    found += orgnames.legislatures(text, toks, capitalised)
    found += orgnames.internationals(text, toks, capitalised)
    found += orgnames.completed_acronyms(text)
    found += orgnames.companies(text, toks, capitalised)
    found += citations.credits(text)
    found += _defined(text, found)
    return found


def _register_matches(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str],
                      register: Register) -> list[Candidate]:
    """Register forms in the text, longest first at each word (also where a
    word may begin a name spelt otherwise: "Jeong Il-gwon" for "Chung Il Kwon")."""
    out = []
    heads = register.loose_heads
    for i, sizes in name_chains(toks, capitalised, 8, register.prefixes):
        tok = toks[i]
        if heads and syllable_key(tok.folded.partition("-")[0]) in heads:
            n = 1
            while n < 4 and toks[i + n - 1].joins_name:
                n += 1
            sizes = range(max(n, len(sizes)), 0, -1)
        for n in sizes:
            words = toks[i:i + n]
            end = words[-1].end
            ids = register.lookup(text[tok.start:end], titles=False)
            if not ids and text[end:end + 1] == ".":
                ids, end = register.lookup(text[tok.start:end + 1], titles=False), end + 1
            if not ids or (n == 1 and is_word(tok, lower) and len(ids) > 1):
                continue
            kind = register.entries[ids[0]].kind
            out.append(Candidate(tok.start, end, kind, 3, 0, canonical="|".join(ids), source="register"))
            break
    return out


def _defined(text: str, found: list[Candidate]) -> list[Candidate]:
    """An acronym and its expansion name one entity, of the expansion's kind;
    an organisation where nothing found, or only capitals, says what the
    expansion is ("MNR [Mozambican National Resistance]": an acronym is
    rarely a place's or a person's)."""
    out = []
    for (s0, s1), (l0, l1) in patterns.definitions(text):
        covering = [c for c in found if c.start <= l0 and c.end >= l1 and c.kind != "date"] or \
                   [c for c in found if c.start == l0 and c.end == l1]
        if all(c.kind == "person" and c.tier < 2 for c in covering):  # none, or a guess from capitals
            if " " in text[l0:l1] and gazetteer.lookup(text[s0:s1]) is None:
                canonical = key(text[l0:l1])
                out.append(Candidate(l0, l1, "org", 2, 3, canonical=canonical, source="definition"))
                out.append(Candidate(s0, s1, "org", 2, 3, canonical=canonical, source="definition"))
            continue
        best = max(covering, key=lambda c: (c.end - c.start, c.tier))
        if best.kind == "person" or any(c.start < l0 or c.end > l1 for c in covering if c.kind == best.kind):
            continue
        short_place = gazetteer.lookup(text[s0:s1]) if best.kind == "place" else None
        canonical = best.canonical or (short_place.name if short_place else key(text[l0:l1]))
        out.append(Candidate(l0, l1, best.kind, 2, 3, canonical=canonical, geonames=best.geonames,
                             source="definition"))
        out.append(Candidate(s0, s1, best.kind, 2, 3, canonical=canonical, geonames=best.geonames,
                             source="definition"))
    return out


# --------------------------------------------------------------------------- choosing


def _choose(candidates: Iterable[Candidate], kept: Sequence[Candidate] = ()) -> list[Candidate]:
    """Non-overlapping candidates: what the shape or the register says
    (tiers 2 and 3) before what names and capitals suggest (tiers 0 and 1);
    within each, longer first ("Embassy of the GDR" over "GDR", "Erich
    Honecker" over "Honecker"), then the higher tier and rank; of equals,
    the one found first (so that the same text always gives the same mentions).
    ``kept``: mentions chosen already, which stay (guesses made only where
    nothing was chosen never displace one: the same as choosing among all)."""
    ordered = sorted(candidates, key=_order)  # a candidate given twice is passed over the second time
    if not ordered:
        return list(kept)
    covered = bytearray(max(map(_END, (*ordered, *kept[-1:]))))  # 1 where a chosen span lies
    for start, end in map(_SPAN, kept):
        covered[start:end] = b"\1" * (end - start)
    chosen: list[Candidate] = list(kept)
    for cand in ordered:
        start, end = _SPAN(cand)
        if end <= start or covered.find(1, start, end) >= 0:
            continue
        chosen.append(cand)
        covered[start:end] = b"\1" * (end - start)
    chosen.sort(key=_START)  # the chosen are disjoint: no two begin at one offset
    return chosen


_START, _END, _SPAN = itemgetter(0), itemgetter(1), itemgetter(0, 1)  # of a Candidate (a tuple: faster than by name)


def _order(c: Candidate) -> tuple[int, int, int, int, int]:
    """The order in which :func:`_choose` takes candidates (the fields taken at once, faster than one by one)."""
    start, end, _, tier, rank = c[:5]
    return (-(tier >= 2), start - end, -tier, -rank, start)


_COORDINATION = re.compile(r"[ \t]*(?:,|and|or)[ \t]*(?:the[ \t]+)?")


def _coordinated_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A guessed person listed with places is a place: "Lhasa and Shigatse",
    "Hanoi, Vinh, Haiphong" — a comma alone is not enough ("in Phnom Penh,
    Stoyan Dimitrov, was …"), nor "and" before a verb in the singular, which
    opens a clause of its own ("sits in Maputo and Tongogara takes his men")."""
    out = list(chosen)
    for n, cand in enumerate(chosen):
        if cand.kind != "person" or cand.cert is None or cand.source not in {"capitals", "lone", "lexicon"}:
            continue
        gaps = []
        for k in (n - 1, n + 1):
            if 0 <= k < len(chosen) and chosen[k].kind == "place" and chosen[k].source != "context":
                gap = text[min(cand.end, chosen[k].end):max(cand.start, chosen[k].start)]
                if _COORDINATION.fullmatch(gap):
                    gaps.append(gap)
        if len(gaps) == 2 or any(g.split()[:1] in (["and"], ["or"]) for g in gaps) \
                and not guesses.singular_verb_after(text, cand.end):
            out[n] = cand._replace(kind="place", cert="low")
    return out


#: The particles of Spanish, Portuguese and French that join a town's name to its country's or
#: region's ("Santiago de Chile", "Santiago de Cuba", "Bragança do Pará").
_PLACE_PARTICLES = frozenset({" de ", " del ", " do ", " da ", " du "})


def _particle_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Two places joined by a particle of :data:`_PLACE_PARTICLES` are one place."""
    out: list[Candidate] = []
    for cand in chosen:
        last = out[-1] if out else None
        if last is not None and cand.kind == "place" and last.kind == "place" and cand.start - last.end <= 5 \
                and text[last.end:cand.start] in _PLACE_PARTICLES:
            out[-1] = last._replace(end=cand.end, canonical=None, geonames=None,
                                    cert=min(last.cert, cand.cert, key=CERT_ORDER.__getitem__))
            continue
        out.append(cand)
    return out


def _propagate(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str], chosen: list[Candidate],
               register: Register | None, known: frozenset[str] = frozenset()
               ) -> tuple[list[Candidate], frozenset[str]]:
    """The forms already chosen, and short forms of the persons, found again
    wherever they occur (also in capitals: "LE DUAN"), and the forms looked
    for. Forms of ``known`` (looked for already) are not looked for again."""
    lexicon: dict[str, Candidate] = {}
    for cand in chosen:
        if cand.kind == "date":
            continue
        form = _norm(text[cand.start:cand.end])
        if cand.kind == "person":
            sure = cand.tier >= 2 or cand.source == "capitals"  # its one-word variants are looked for too
            for variant, several_words in _variant_keys(form):
                if several_words or sure:
                    lexicon.setdefault(variant, cand)
        if len(form) > 1:
            lexicon.setdefault(form, cand)
    forms = frozenset(lexicon)
    for form in known:
        lexicon.pop(form, None)
    out: list[Candidate] = []
    if not lexicon and register is None:
        return out, forms
    linked = {cid for c in chosen if c.source == "register" for cid in (c.canonical or "").split("|")}
    for i, sizes in name_chains(toks, capitalised, 6, lookup_prefixes(lexicon), every=register is not None):
        tok = toks[i]
        start = tok.start
        for n in sizes:
            end = toks[i + n - 1].end
            source = lexicon.get(_with_titles(text[start:end]))
            if source is None or (n == 1 and is_word(tok, lower)):
                continue
            if text.startswith(("-", ".", "’", "'"), end) and not text.startswith(
                    ("’s", "'s", ". ", ".\n"), end) and end < len(text) - 1:
                continue
            rank = 3 if source.kind == "person" else 2
            out.append(Candidate(start, end, source.kind, 1, rank, source.cert, source.canonical, source.geonames,
                                 source.when, source.source if source.source == "register" else "lexicon"))
            break
        else:
            if register is not None and tok.folded not in COMMON_WORDS:
                named = [i for i in register.lookup_given(tok.bare) if i in linked]
                if len(named) == 1:  # "Henry", where the page names Henry A. Kissinger
                    out.append(Candidate(tok.start, tok.end, "person", 1, 3, canonical=named[0],
                                         source="register"))
    return out, forms


@lru_cache(maxsize=1 << 14)
def _norm(form: str) -> str:
    """The lookup form of a mention: brackets and titles out, capitals titled."""
    return _titled(key(strip_title(key(strip_brackets(form)))))


@lru_cache(maxsize=1 << 14)
def _with_titles(form: str) -> str:
    """:func:`_norm` with the titles kept (for a token chain of the text)."""
    return _titled(key(strip_brackets(form)))


def _titled(form: str) -> str:
    """A form in capitals ("LE DUAN", "KISSINGER") in title case."""
    if form.isupper() and len(form) > 3 and " " in form or form.isupper() and len(form) > 5:
        return " ".join(w.capitalize() if "-" not in w else "-".join(p.capitalize() for p in w.split("-"))
                        for w in form.split(" "))
    return form


@lru_cache(maxsize=1 << 14)
def _variants(form: str) -> frozenset[str]:
    """:func:`~.names.person_variants` of a lookup form (the same for every page)."""
    return frozenset(person_variants(form))


@lru_cache(maxsize=1 << 14)
def _variant_keys(form: str) -> tuple[tuple[str, bool], ...]:
    """The :func:`~.names.key` of each variant of a lookup form, and whether it has several words."""
    return tuple((key(variant), " " in variant) for variant in _variants(form))


# --------------------------------------------------------------------------- linking


def _link(text: str, chosen: list[Candidate], register: Register | None,
          year: int | None) -> list[Span]:
    """Group mentions into entities and give each its id."""
    spans: list[Span] = []
    person_clusters: list[tuple[str, set[str], str | None, str]] = []  # id, variants, ref, name
    others: dict[tuple[str, str], tuple[str, str | None, str]] = {}
    used_ids: set[str] = set(register.entries) if register is not None else set()
    people = sorted((c for c in chosen if c.kind == "person"), key=lambda c: (_fullness(text[c.start:c.end]), c.start))
    options = _person_options(text, people, register, year)
    assigned: dict[tuple[int, int], tuple[str, str | None, str, str | None]] = {}
    for cand in people:
        form = _norm(text[cand.start:cand.end])
        ids = options.get((cand.start, cand.end), ())
        ref = ids[0] if len(ids) == 1 else None
        cluster = next((c for c in person_clusters if (ref and c[2] == ref)
                        or (not ref and form in c[1] and not (ids and c[2]))), None)
        if cluster is None and not ids and register is not None:
            ref = _fuzzy_person(form, register)
        if cluster is None and ref is not None:
            cluster = next((c for c in person_clusters if c[2] == ref), None)
        if cluster is None:
            name = register.entries[ref].name if ref and register else form
            entity_id = ref or _new_id("person", name, used_ids)
            cluster = (entity_id, {form, *_variants(form)}, ref, name)
            person_clusters.append(cluster)
        else:
            cluster[1].update(_variants(form) if len(form.split()) > 1 else {form})
        cert = ("low" if len(ids) > 1 else cand.cert) if not cluster[2] else None
        assigned[(cand.start, cand.end)] = (cluster[0], cluster[2], cluster[3], cert)
    for cand in chosen:
        span_text = text[cand.start:cand.end]
        if cand.kind == "date":
            spans.append(_span(cand.start, cand.end, "date", span_text, when=cand.when, source=cand.source))
            continue
        if cand.kind == "person":
            entity_id, ref, name, cert = assigned[(cand.start, cand.end)]
            ids = options.get((cand.start, cand.end), ())
            spans.append(_span(cand.start, cand.end, "person", span_text, entity_id, ref, name,
                              cert=cert, source=cand.source, doubt=ids if len(ids) > 1 else ()))
            continue
        form = _norm(span_text)
        ref = _register_id(cand, form, register)
        canonical = cand.canonical if cand.source not in {"register"} and cand.canonical else form
        group = (cand.kind, ref or fold(canonical))
        if group not in others:
            name = register.entries[ref].name if ref and register else canonical
            others[group] = (ref or _new_id(cand.kind, name, used_ids), ref, name)
        entity_id, ref, name = others[group]
        spans.append(_span(cand.start, cand.end, cand.kind, span_text, entity_id, ref, name,
                          cert=None if ref else cand.cert, geonames=cand.geonames, source=cand.source))
    return spans


@lru_cache(maxsize=1 << 14)
def _fullness(form: str) -> tuple[int, int]:
    """Full names first: "Jambyn Batmunkh" before "J. Batmunkh" before "Batmunkh"
    (the key to sort by: fewer words not initials, then fewer words, come later)."""
    words = _norm(form).split()
    return -sum(1 for w in words if not w.endswith(".")), -len(words)


def _register_id(cand: Candidate, form: str, register: Register | None) -> str | None:
    if register is None:
        return None
    if cand.source == "register" and cand.canonical:
        return cand.canonical.split("|")[0]
    ids = register.lookup(form, cand.kind)
    return ids[0] if len(ids) == 1 else None


def _person_options(text: str, people: list[Candidate], register: Register | None,
                    year: int | None) -> dict[tuple[int, int], tuple[str, ...]]:
    """The register ids each person mention may name (one where it is
    settled), narrowed by :mod:`.linking`: the title before it, then the
    persons the document names with no doubt, then the year."""
    if register is None:
        return {}
    options = {}
    for cand in people:
        form = _norm(text[cand.start:cand.end])
        if cand.source == "register" and cand.canonical:
            ids = tuple(cand.canonical.split("|"))
        else:
            ids = register.lookup(form, "person")
        if len(ids) > 1:
            title = linking.title_before(text, cand.start)
            ids = linking.by_title(form, title, ids, register)
        options[(cand.start, cand.end)] = ids
    settled = {ids[0] for ids in options.values() if len(ids) == 1}
    for where, ids in options.items():
        if len(ids) > 1:
            options[where] = linking.by_date(linking.by_document(ids, settled), year, register)
    return options


def _fuzzy_person(form: str, register: Register) -> str | None:
    """A register person for a full form the index does not hold: the same
    surname with another given name ("Johnathan T. Howe" → Howe, Jonathan),
    or a surname one letter off with the same initial ("John H. Hoidridge")."""
    words = form.split()
    if len(words) < 2:
        return None
    surname, initial = fold(words[-1]), fold(words[0])[:1]
    ids = register.surnames.get(surname, ())
    if not ids:
        near = [s for s in register.similar_surnames(surname) if _one_edit(s, surname)]
        ids = tuple(i for s in near for i in register.surnames[s])
    matching = [i for i in ids if any(fold(w)[:1] == initial for w in register.entries[i].name.split()[:-1])]
    return matching[0] if len(matching) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:k] + b[k + 1:] == a for k in range(len(b)))


def _new_id(kind: str, name: str, used: set[str]) -> str:
    return unique_id(f"{KIND_PREFIX[kind]}-{slug(name)}", used)


def _single_letter_labels(text: str, spans: list[Span]) -> list[Span]:
    """"K:" in a transcript: the one person of the page whose surname starts
    so; of several, the one the heading (the first paragraph) names."""
    persons: dict[str, Span] = {}
    for span in spans:
        if span.kind == "person" and span.name and span.cert is None:
            persons.setdefault(span.entity or "", span)
    heading_end = text.find("\n\n") if "\n\n" in text else len(text)
    taken = Taken(spans)
    out = list(spans)
    for m in _SINGLE_LABEL.finditer(text):
        letter, start, end = m.group("letter"), m.start("letter"), m.end("letter")
        matches = [s for s in persons.values() if _surname(s.name or "").startswith(letter)]
        if len(matches) > 1:
            matches = [s for s in matches if s.start < heading_end]
        if len(matches) == 1 and not taken(start, end):
            s = matches[0]
            out.append(_span(start, end, "person", letter, s.entity, s.ref, s.name, source="label"))
    return out


def _surname(name: str) -> str:
    name = name.split(",")[0] if "," in name else name.split()[-1] if name.split() else ""
    return name.strip()
