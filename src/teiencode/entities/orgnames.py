"""Organisation names the head-noun rules of :mod:`.patterns` do not see:
names in other languages, which put the head first ("Archiwum Akt Nowych",
"Arkib Negara Malaysia", "Archivo del Ministerio de Relaciones Exteriores de
Cuba"), newspapers, named by their context ("editor of Nhân Dân"), and the
period's movements, parties and blocs known by a name without a head noun
("Viet Minh", "Pathet Lao", "Warsaw Pact"), legislatures ("Bundestag", "Sejm"),
bodies such as the Red Cross, firms named as such ("the company Kennecott")
and firms named by a compound ending in its head ("Technoexport", "Interflug").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import gazetteer
from .patterns import ORG_HEADS, ORG_LEFT_STOP, STATE_HEADS, Candidate, demonym_of_a_state, is_demonym, is_state
from .tokens import Tokens, sentence_start
from ..english import is_english

#: Head nouns of archives, libraries and ministries, and of parties, fronts,
#: councils, armies, unions, banks and firms, in the languages of the
#: period's archives and states (folded): the name runs on after the head
#: ("Partido Socialista", "Unidad Popular", "Frente de Libertação").
FOREIGN_HEADS = frozenset("""archiwum arkib arsip archivo arquivo archivio archiv arkhiv archiva arhiva arhiv arhivele
archivum arkisto arkiv biblioteca biblioteka bibliotheque ministerio ministerstvo ministerium ministere
ministero ministerie kementerian
partido parti partei partito partia movimiento movimento mouvement frente fronte unidad unidade unite
comite comitato consejo conselho conseil asamblea assemblee ejercito exercito armee fuerzas forcas
federacion confederacion sindicato banco banque empresa compania sociedad societe instituto institut
agencia agence hezb hizb jamiat harakat ittehad jabha compagnie companhia compagnia veb kombinat
bibliotheca huta gaz electricite charbonnages regie radio""".split()) | frozenset(
    # a Spanish or Portuguese body named by its head first ("Junta Democrática", "Guardia Civil",
    # "Guarda Nacional", "Plataforma de Convergencia"); an English paper named by its time of
    # appearing first ("Daily Graphic", "Evening News")
    """junta guardia guarda plataforma daily evening""".split()) | frozenset(
    # a party, a society, a movement or an organisation in Urdu, Persian and Arabic, the head of a
    # name joined by the ezafe or a hyphen ("Jamaat-e-Islami", "Tehrik-e-Istiqlal", "Fedayan-e
    # Khalq", "Mojahedin-e Khalq", "Sazman-e …")
    """jamaat tehrik fedayan fedayin mojahedin mujahedin sazman""".split()) | frozenset(
    # a paper named by its head first in Portuguese, Spanish, Italian and Polish ("Jornal de Angola",
    # "Diário de Notícias", "Diario de Centro América", "Giornale di Sicilia", "Gazeta Wyborcza")
    """jornal diario giornale gazeta""".split()) | frozenset(
    # Latin "Bibliotheca …"; Polish "Huta …" (steelworks); the French state firms ("Gaz de France",
    # "Électricité de France", "Régie Renault"); a broadcaster named by its head first ("Radio Moscow",
    # "Radio Kossuth", "Radio Tehran", as the period's monitoring reports name them)
    # The words for an administrative unit that open the names of the GDR's and the Soviet
    # Union's offices, as the Bundesarchiv's and Rosarkhiv's finding aids write them (German;
    # Russian in the Library of Congress romanisation): "Bereich Kommerzielle Koordinierung",
    # "Hauptverwaltung Aufklärung", "Tsentr Khraneniya …", "Glavnoe Upravlenie …".
    """bereich abteilung hauptabteilung verwaltung hauptverwaltung amt zentrale zentrum
    tsentr upravlenie glavnoe otdel komitet komissiia""".split())
#: Lower-case words inside such names ("del", "de", "des", "für").
_FOREIGN_CONNECTORS = frozenset("""de del della delle dello degli dei di des du la le les der die das fur und y e i
da do dos na ve w we z ze v pri po""".split())
_MAX_WORDS = 12
#: The words before a newspaper's name ("the newspaper Pravda", "editor of Nhân Dân").
_PRESS_NOUNS = frozenset({"newspaper", "newspapers", "daily", "dailies", "weekly", "weeklies", "journal",
                          "journals", "magazine", "magazines"})
_EDITORS = frozenset({"editor", "editors", "editor-in-chief"})
_STOPS = re.compile(r"[.!?;:\n]")


#: Movements, parties, fronts and blocs of 1945–1991 whose names have no head
#: noun the patterns know (those with one, "Non-Aligned Movement", need no entry).
MOVEMENTS = (
    "Viet Minh", "Viet Cong", "Pathet Lao", "Khmer Rouge", "Khmer Serei", "Khmer Issarak",
    "Kuomintang", "Guomindang", "Mau Mau", "EOKA", "Fatah", "Al Fatah", "Hezbollah", "Hamas",
    "Baath", "Ba'ath", "Wafd", "Muslim Brotherhood", "Derg", "Dergue", "Sandinistas", "Contras",
    "Mujahideen", "Mujahedin", "Tupamaros", "Montoneros", "Sendero Luminoso", "Shining Path",
    "Red Brigades", "Solidarność", "Solidarity", "Charter 77", "Warsaw Pact", "Comecon",
    "Cominform", "Comintern",
)
#: Legislatures known by a name without a head noun the patterns know, as
#: English texts of 1945–1991 name them (the national legislatures of the
#: period's states, after Wikipedia's "List of legislatures by country"; not
#: "Congress", in most documents of the period a party's congress).
LEGISLATURES = (
    "Bundestag", "Bundesrat", "Volkskammer", "Reichstag", "Nationalrat", "Knesset", "Storting",
    "Riksdag", "Folketing", "Althing", "Eduskunta", "Sejm", "Duma", "Supreme Soviet", "Majlis", "Lok Sabha",
    "Rajya Sabha", "Diet", "Cortes", "Dáil", "Oireachtas", "Skupština", "Skupshtina", "Sobranie",
    "Great Khural", "Verkhovna Rada", "Loya Jirga", "Jatiya Sangsad", "Dewan Rakyat", "Volksraad",
    # chambers named "House of …" (Britain's, the United States', Japan's, the Commonwealth's)
    "House of Commons", "House of Lords", "House of Representatives", "House of Councillors",
    "House of Assembly", "House of Keys",
)
#: Chambers of a legislature: "Congress", "the Senate", "the House" (Congress's
#: lower chamber), "Parliament".
CHAMBERS = frozenset({"congress", "senate", "parliament", "house"})
_CHAMBER_WORDS = tuple(word.capitalize() for word in CHAMBERS)  # as written, to pass over pages without them
#: The ordinals that number the Internationals ("the Third International").
_ORDINALS = frozenset({"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"})


def legislatures(text: str, toks: Tokens, capitalised: list[int]) -> Iterator[Candidate]:
    """On a page that names a legislature by its people ("the American
    Congress") or its state after "of" ("Congress of the United States"), each
    chamber of :data:`CHAMBERS`: after a state's name, with it ("US Congress"),
    else alone after "the", "In" or a lower-case word ("in Congress", "the Senate",
    "the House"). Elsewhere "Congress" is most often a party's meeting."""
    if not any(word in text for word in _CHAMBER_WORDS):
        return
    heads = [i for i in capitalised if toks[i].folded in CHAMBERS and not toks[i].is_upper]
    if not any(demonym_of_a_state(toks[i - 1].bare) or _of_a_state(toks, i) for i in heads if i):
        return
    for i in heads:
        before = toks[i - 1] if i else None
        if before is not None and before.is_cap and before.joins_org and is_state(before.bare) \
                and toks[i].folded != "house":
            yield Candidate(before.start, toks[i].end, "org", 2, 2, source="legislature")
        elif before is not None and (not before.is_cap or before.folded in ORG_LEFT_STOP) \
                and (toks[i].folded != "house" or before.folded == "the"):
            yield Candidate(toks[i].start, toks[i].end, "org", 2, 1, source="legislature")


def _of_a_state(toks: Tokens, i: int) -> bool:
    """The chamber at ``i`` is followed by "of (the)" and a state's name ("Congress of the United States")."""
    k = i + 1
    if k >= len(toks) or toks[k].folded != "of":
        return False
    k += 1 + (k + 1 < len(toks) and toks[k + 1].folded == "the")
    j = k
    while j < len(toks) and toks[j].is_cap and j - k < 3 and (j == k or toks[j - 1].joins_org):
        j += 1
    return j > k and is_state(" ".join(t.bare for t in toks[k:j]))


#: "M[inistry of] F[oreign] A[ffairs]": two or more capitals, each completed by
#: the editor in brackets, spell one name; :data:`_TWO_COMPLETED`, a quick
#: test (a pattern opening with a literal), passes over pages without one.
_COMPLETED = re.compile(r"(?<![\w\[])[A-Z]\[[a-z][^\[\]\n]{0,30}\](?:[ \t]+[A-Z]\[[a-z][^\[\]\n]{0,30}\])+")
_TWO_COMPLETED = re.compile(r"\][ \t]+[A-Z]\[[a-z]")


def completed_acronyms(text: str) -> Iterator[Candidate]:
    """An acronym whose letters the editor completed in brackets is one name:
    an organisation's where a completed word heads one ("M[inistry] F[oreign]
    A[ffairs]"), else a state's where one names a state ("R[ussian] S[oviet]
    F[ederative] S[ocialist] R[epublic]"); not an office opening with a
    word of :data:`ORG_LEFT_STOP` ("H[ead of the] D[epartment]")."""
    if _TWO_COMPLETED.search(text) is None:
        return
    for match in _COMPLETED.finditer(text):
        words = match.group().replace("[", "").replace("]", "").lower().split()
        if words[0] in ORG_LEFT_STOP:
            continue  # "H[ead of the] D[epartment]": an office, held by a person
        if any(w in ORG_HEADS and w not in STATE_HEADS for w in words):  # "federation" is a state's too
            yield Candidate(match.start(), match.end(), "org", 2, 2, source="completed-acronym")
        elif any(w in STATE_HEADS for w in words):
            yield Candidate(match.start(), match.end(), "place", 2, 2, source="completed-acronym")


def internationals(text: str, toks: Tokens, capitalised: list[int]) -> Iterator[Candidate]:
    """"the Third International", "the second International": an ordinal
    (of any case) before "International" ending the name numbers one of the
    socialist Internationals ("Third International Congress" is a meeting)."""
    if "International" not in text:
        return
    for i in capitalised:
        if toks[i].folded != "international" or not i or toks[i - 1].folded not in _ORDINALS:
            continue
        if i + 1 < len(toks) and toks[i + 1].is_cap and toks[i].joins_org:
            continue
        yield Candidate(toks[i - 1].start, toks[i].end, "org", 2, 2, source="international")


#: International bodies whose names hold no head noun (their own names).
BODIES = ("Red Cross", "Red Crescent", "Amnesty International", "Interpol")

#: The press of 1945–1991 named without a head noun: the national news agencies
#: of the period's states (after Wikipedia's "List of news agencies"), the
#: central organs of the ruling and large communist parties and the main
#: papers of record (after Wikipedia's "Party newspaper" and "Newspaper of
#: record"), and the broadcasters abroad, as English translations write them.
#: Names that are also common words, in English or in the language of a cited
#: title ("Trud", "Delo", "Borba", "Politika": "Vneshnyaya Politika"), given names
#: or places ("Hoy", "Dawn", "Times" alone, "Wafa", "Granma", "Tishrin") are left out.
PRESS = (
    # news agencies
    "TASS", "ITAR-TASS", "Novosti", "Xinhua", "Tanjug", "Agerpres", "Montsame", "KCNA", "Prensa Latina",
    "Antara", "Kyodo", "Jiji Press", "Bernama", "Agence France-Presse", "Associated Press",
    "United Press International", "Reuters", "Deutsche Presse-Agentur", "ANSA", "Agencia EFE",
    "Yonhap", "Hapdong", "Anadolu Agency", "Press Trust of India", "Pars News Agency",
    "Middle East News Agency", "Iraqi News Agency", "Syrian Arab News Agency", "Petra News Agency",
    "Ethiopian News Agency", "Angop", "Panapress", "Agência Lusa",
    "Khaosan Pathet Lao", "Sapordamean Kampuchea", "Vietnam News Agency",
    "ATSH", "ČTK", "CTK", "MTI", "BTA", "ADN", "PAP", "Interpress",
    # the central organs of the parties and the papers of record
    "Pravda", "Izvestia", "Izvestiya", "Krasnaya Zvezda", "Komsomolskaya Pravda", "Literaturnaya Gazeta",
    "Neues Deutschland", "Junge Welt", "Rudé právo", "Rude Pravo", "Népszabadság", "Nepszabadsag",
    "Trybuna Ludu", "Żołnierz Wolności", "Zolnierz Wolnosci", "Scînteia", "Scinteia", "Rabotnichesko Delo",
    "Vjesnik", "Zëri i Popullit", "Zeri i Popullit", "Bashkimi", "Ünen", "Unen",
    "Nhân Dân", "Nhan Dan", "Quân Đội Nhân Dân", "Quan Doi Nhan Dan", "Rodong Sinmun", "Minju Joson",
    "Renmin Ribao", "People’s Daily", "People's Daily", "Hongqi", "Jiefangjun Bao",
    # the central organs the list above lacked: Hungary's before 1956, Laos', Afghanistan's
    # (PDPA) and Ethiopia's (WPE) (Wikipedia's "Party newspaper" and the parties' articles)
    "Szabad Nép", "Szabad Nep", "Sieng Pasason", "Haqiqat-e Inqilab-e Saur", "Serto Ader",
    "Juventud Rebelde", "Barricada", "Harian Rakjat", "Harian Rakyat", "Akahata", "L’Unità",
    "L'Unità", "L’Humanité", "L'Humanité", "Mundo Obrero", "Avante!", "Rizospastis",
    "Al-Ahram", "Al-Akhbar", "Al-Baath", "Pravda Vostoka", "Asahi Shimbun",
    "Yomiuri Shimbun", "Mainichi Shimbun", "Le Monde", "Le Figaro",
    "New York Times", "Washington Post", "Frankfurter Allgemeine", "Süddeutsche Zeitung", "Der Spiegel",
    "Die Welt", "El Mercurio", "La Prensa",
    # broadcasters abroad
    "BBC", "Voice of America", "Radio Free Europe", "Radio Liberty", "Deutsche Welle", "RIAS",
    "Radio Moscow", "Radio Peking", "Radio Havana", "Radio Tirana", "Sawt al-Arab", "Voice of the Arabs",
)

_NAMES = (*MOVEMENTS, *LEGISLATURES, *BODIES, *PRESS)

_NAMES_BY_LETTER: dict[str, list[str]] = {}
for _name in sorted(_NAMES, key=len, reverse=True):
    _NAMES_BY_LETTER.setdefault(_name[0], []).append(re.escape(_name[1:]))
# The names by their first letter, after which the regex looks behind for a
# word going on (two characters back): as every branch begins with a letter,
# the regex engine skips the other positions without trying them (twice as fast).
_MOVEMENT = re.compile("(?:" + "|".join(
    re.escape(letter) + r"(?<![\w’'-].)(?:" + "|".join(rests) + ")" for letter, rests in _NAMES_BY_LETTER.items())
    + r")(?![\w-]|[’'](?!s\b))")


def movements(text: str) -> Iterator[Candidate]:
    """The names of :data:`MOVEMENTS`, :data:`LEGISLATURES`, :data:`BODIES`
    and :data:`PRESS` as written: organisations."""
    for match in _MOVEMENT.finditer(text):
        yield Candidate(match.start(), match.end(), "org", 2, 2, source="movement")


#: Nouns that say the name next to them is a firm's ("the company Kennecott",
#: "the Harvestone company", "the firms Krupp and Siemens").
_FIRM_NOUNS = frozenset({"company", "companies", "firm", "firms", "concern", "concerns", "corporation",
                         "corporations", "conglomerate", "manufacturer", "manufacturers", "consortium",
                         "airline", "airlines", "carmaker", "shipowner"})
#: Nouns before the name of a vessel ("the carrier Midway", "the cruiser Aurora"; not
#: after it: "the Odessa ships" came from a port).
_VESSEL_NOUNS = frozenset({"carrier", "carriers", "cruiser", "cruisers", "destroyer", "destroyers", "frigate",
                           "frigates", "battleship", "submarine", "icebreaker", "tanker", "tankers", "freighter",
                           "steamer", "vessel", "vessels", "ship", "ships", "liner"})
_NAMING_NOUNS = _FIRM_NOUNS | _VESSEL_NOUNS
#: What a firm makes or runs, after its name ("the Esso refinery", "our Tatra
#: trucks"): a one-word name before such a noun, no place, is the maker's.
_PRODUCT_NOUNS = frozenset({"trucks", "lorries", "tractors", "buses", "cars", "aircraft", "airliners", "helicopters",
                            "engines", "locomotives", "turbines", "refinery", "refineries", "engineers",
                            "technicians"})
#: Military units a one-word name before them, no place, names ("the Cakra regiment": a unit's
#: own name; not "garrison", which a town names).
_UNIT_NOUNS = frozenset({"regiment", "battalion", "brigade", "division", "corps", "squadron"})
#: Words before a firm's name and its noun.
_DETERMINERS = frozenset({"the", "our", "their"})


def companies(text: str, toks: Tokens, capitalised: list[int]) -> Iterator[Candidate]:
    """A capitalised name after or before a firm noun in lower case, after a
    vessel's, or one word before a noun of its products or a military unit's
    (and the names listed
    with it after a plural one), a compound ending in a firm's head
    (:func:`compound`) and an airline named "Air" and a place ("Air France"):
    organisations. One pass over the capitalised words for all."""
    for i in capitalised:
        if _ends_in_head(toks[i].folded) and not toks[i].is_upper and _compound(text, toks, i):
            yield compound(text, toks, i)
        if toks[i].bare == "Air" and (end := _airline_end(text, toks, i)):
            yield Candidate(toks[i].start, end, "org", 2, 1, source="company")
        before = toks[i - 1] if i else None
        if before is None or before.folded not in _NAMING_NOUNS and before.folded not in _DETERMINERS:
            continue
        j = _name_end(toks, i)
        after = toks[j] if j < len(toks) else None
        if before.folded in _NAMING_NOUNS and not before.is_cap and before.joins_org:
            yield Candidate(toks[i].start, toks[j - 1].end, "org", 2, 1, source="company")
            while before.folded.endswith("s") and j + 1 < len(toks) and toks[j].folded == "and" \
                    and toks[j + 1].is_cap:
                k = _name_end(toks, j + 1)
                yield Candidate(toks[j + 1].start, toks[k - 1].end, "org", 2, 1, source="company")
                j = k
        elif after is not None and (after.folded in _FIRM_NOUNS or (after.folded in _PRODUCT_NOUNS
                                                                    or after.folded in _UNIT_NOUNS) and j == i + 1
                                    and gazetteer.lookup(toks[i].bare) is None) \
                and not after.is_cap and toks[j - 1].joins_org and before.folded in _DETERMINERS \
                and not is_demonym(toks[i].bare):
            yield Candidate(toks[i].start, toks[j - 1].end, "org", 2, 1, source="company")


#: Small words inside a state's name ("Trinidad and Tobago", "Bosnia and Herzegovina").
_NAME_LINKS = frozenset({"and", "of", "de", "del", "da"})


def _airline_end(text: str, toks: Tokens, i: int) -> int:
    """Where the airline named "Air" and a state's or a town's name ends ("Air France", "Air
    Zaïre", "Air New Zealand", "Air Guinea-Bissau"), the longest name the gazetteer knows after
    "Air", of up to four words (0: none; not "Air Force", "Air Marshal")."""
    end = i + 1  # the words after "Air" joined by a space or a hyphen, capitalised or small links
    while end < min(len(toks), i + 5) and text[toks[end - 1].end:toks[end].start] in {" ", "-"} \
            and (toks[end].is_cap or end > i + 1 and toks[end].folded in _NAME_LINKS):
        end += 1
    for j in range(end - 1, i, -1):
        if toks[j].is_cap and gazetteer.lookup(text[toks[i + 1].start:toks[j].end]) is not None:
            return toks[j].end
    return 0


def _name_end(toks: Tokens, i: int, limit: int = 3) -> int:
    """The end of the run of capitalised words from ``i`` (at most ``limit``)."""
    j = i + 1
    while j < len(toks) and j - i < limit and toks[j].is_cap and toks[j - 1].joins_name:
        j += 1
    return j


def foreign_orgs(text: str, toks: Tokens, capitalised: list[int]) -> Iterator[Candidate]:
    """Names opening with a head of :data:`FOREIGN_HEADS`, running over
    capitalised words and foreign connectors to the end of the name."""
    for i in capitalised:
        tok = toks[i]
        if tok.folded.partition("-")[0] not in FOREIGN_HEADS or not tok.joins_org:  # "Hezb-e Islami"
            continue
        a = i  # "Politisches Archiv des Auswärtigen Amts"
        while a > 0 and toks[a - 1].is_cap and toks[a - 1].joins_org and toks[a - 1].folded not in ORG_LEFT_STOP:
            a -= 1
        j = i + 1
        last = i
        while j < len(toks) and j - i < _MAX_WORDS and toks[j - 1].joins_org:
            if toks[j].is_cap or _elided_article(toks[j].bare):
                last = j
            elif toks[j].folded not in _FOREIGN_CONNECTORS:
                break
            j += 1
        if last > i or last == i == a and "-" in tok.bare and tok.bare.rpartition("-")[2][:1].isupper():
            yield Candidate(toks[a].start, toks[last].end, "org", 2, 2, source="foreign-org")  # "Jamaat-e-Islami"


_ELIDED = ("l’", "d’", "l'", "d'")


def _elided_article(word: str) -> bool:
    """"l’Afrique", "d’Ivoire": an elided article joined to a capitalised word."""
    return word.startswith(_ELIDED) and word[2:3].isupper()


#: Endings of the one-word names of firms and institutions in the languages
#: of the period's socialist states, where the head is the last part of a
#: compound: the foreign trade enterprises ("Technoexport", "Mashinoimport",
#: "Vneshtorg", "Medimpex", "Hungarotex"), works and railways ("Uralmash", "Reichsbahn", "Leuna-Werke"),
#: airlines ("Aeroflot", "Interflug"), archives ("Bundesarchiv").
COMPOUND_HEADS = ("export", "import", "torg", "industria", "mash", "werk", "werke", "bahn", "flot", "flug",
                  "archiv", "stroy", "kombinat", "polizei", "armee",  # "Volkspolizei", "Volksarmee"
                  "wehr",  # "Bundeswehr", "Reichswehr", "Heimwehr"
                  # the foreign trade enterprises' other endings ("Medimpex", "Polimex", "Hungarotex",
                  # "Chemokomplex", "Bulgartabak", "Balkantourist")
                  "impex", "imex", "tex", "komplex", "tabak", "tourist")
_COMPOUND_MIN = 3  # letters before the ending


def compound(text: str, toks: Tokens, i: int) -> Candidate:
    """The organisation whose name ends in the compound at ``i`` (a word ending in one
    of :data:`COMPOUND_HEADS`), with the capitalised words joined before it ("Deutsche
    Reichsbahn")."""
    a = i
    while a > 0 and toks[a - 1].is_cap and toks[a - 1].joins_org and toks[a - 1].folded not in ORG_LEFT_STOP \
            and not (is_english(toks[a - 1].bare) and sentence_start(text, toks[a - 1])):
        a -= 1  # not over an ordinary word opening the sentence ("Yesterday Medimpex …")
    return Candidate(toks[a].start, toks[i].end, "org", 2, 1, source="compound")


@lru_cache(maxsize=1 << 14)
def _ends_in_head(folded: str) -> bool:
    """Whether a word ends in one of :data:`COMPOUND_HEADS` (once a word: most pages test the same words)."""
    return folded.endswith(COMPOUND_HEADS)


def _compound(text: str, toks: Tokens, i: int) -> bool:
    """Token ``i`` is a compound with its head at the end ("Technoexport"),
    or the head joined by a hyphen to a capitalised word ("Leuna-Werke")."""
    tok = toks[i]
    if tok.folded in COMPOUND_HEADS:
        return i > 0 and toks[i - 1].is_cap and text[toks[i - 1].end:tok.start] == "-"
    return not is_english(tok.bare) and any(
        len(tok.folded) - len(e) >= _COMPOUND_MIN for e in COMPOUND_HEADS if tok.folded.endswith(e))


def newspapers(text: str, toks: Tokens, capitalised: list[int]) -> Iterator[Candidate]:
    """A capitalised name after "newspaper", "daily", "editor of": an organisation."""
    for i in capitalised:
        tok = toks[i]
        before = toks[i - 1].folded if i else ""
        if not (before in _PRESS_NOUNS or before in {"of", "the"} and _after_editor_of(toks, i)) \
                or _STOPS.search(text, toks[i - 1].end, tok.start) is not None:
            continue  # not across a stop: "… his portraits daily. Kabul's bazaars …"
        j = i + 1
        while j < len(toks) and j - i < 4 and toks[j - 1].joins_org and toks[j].is_cap \
                and not toks[j].text.startswith("["):
            j += 1
        yield Candidate(tok.start, toks[j - 1].end, "org", 2, 2, source="newspaper")


def _after_editor_of(toks: Tokens, i: int) -> bool:
    """Token ``i`` follows "editor of (the)"."""
    k = i - 1 - (toks[i - 1].folded == "the")
    return k > 0 and toks[k].folded == "of" and toks[k - 1].folded in _EDITORS
