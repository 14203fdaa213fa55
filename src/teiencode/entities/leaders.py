"""Surnames of the period's best-known statesmen, which documents write alone.

A surname alone at the start of a sentence ("Johnson wants to talk") has no
title, initial or given name to show that it is a person, and the recogniser
leaves capitalised words at a sentence start alone. The statesmen every
document of the Cold War may name so are a closed, documented set: the heads
of state, heads of government, party leaders and foreign ministers of the
five permanent members of the UN Security Council, 1945–1991. Their surnames,
as English texts write them alone, are persons wherever they stand.

Left out: surnames that are English words or titles ("Home", "Brown",
"Major", "Marshall", "Baker", "Butler", "Howe") and Chinese family names too
short or too common to name one person alone ("Li", "Hu", "Liu").
"""

from __future__ import annotations

from collections.abc import Iterator

from .patterns import Candidate
from .tokens import Tokens, is_word

#: United States: presidents and secretaries of state.
_UNITED_STATES = """Truman Eisenhower Kennedy Johnson Nixon Ford Carter Reagan Bush
Byrnes Acheson Dulles Herter Rusk Kissinger Vance Muskie Haig Shultz"""

#: Soviet Union: party leaders, heads of state and government, foreign ministers.
_SOVIET_UNION = """Stalin Malenkov Khrushchev Bulganin Brezhnev Kosygin Podgorny Andropov
Chernenko Gorbachev Tikhonov Ryzhkov Voroshilov Mikoyan Molotov Vyshinsky Shepilov Gromyko
Shevardnadze"""

#: United Kingdom: prime ministers and foreign secretaries.
_UNITED_KINGDOM = """Attlee Churchill Eden Macmillan Douglas-Home Wilson Heath Callaghan Thatcher
Bevin Carrington"""

#: France: presidents, prime ministers of the Fifth Republic, foreign ministers.
_FRANCE = """Auriol Coty Pompidou Giscard Mitterrand Debré Chirac Mauroy Fabius Rocard Bidault
Schuman Pinay Pineau Jobert Sauvagnargues Cheysson"""

#: China: party chairmen and leaders, heads of state and premiers (short forms).
_CHINA = """Mao Zhou Deng Hua"""

#: Every surname of the list, as written.
LEADERS: frozenset[str] = frozenset(
    name for names in (_UNITED_STATES, _SOVIET_UNION, _UNITED_KINGDOM, _FRANCE, _CHINA) for name in names.split())


def leaders(text: str, toks: Tokens, capitalised: list[int], lower: frozenset[str]) -> Iterator[Candidate]:
    """The surname of a statesman of the period alone (:data:`LEADERS`),
    also where a sentence starts ("Reagan does not want peace"): a person,
    before a gazetteer place of the same name ("Kennedy")."""
    for i in capitalised:
        tok = toks[i]
        if tok.bare not in LEADERS or is_word(tok, lower):
            continue
        if tok.joins_name and i + 1 < len(toks) and toks[i + 1].is_cap:
            continue  # "Johnson Administration", "Ford Foundation": another name
        yield Candidate(tok.start, tok.end, "person", 1, 3, source="leader")
