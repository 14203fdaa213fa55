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
Stettinius Byrnes Acheson Dulles Herter Rusk Rogers Kissinger Vance Muskie Haig Shultz"""

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


#: Politicians of 1945–1991 as documents write them alone: the heads of state and government
#: and the leaders of the ruling party of the socialist states of Europe and Asia and Cuba, and
#: of the independent states of Africa, the Middle East and South and South-East Asia, and the
#: best-known of Western Europe's and Latin America's; with them other politicians the
#: documents of the period name often: ministers and commanders ("Giap", "Dayan", "Kardelj"),
#: leaders of parties out of power and of movements ("Berlinguer", "Cunhal", "Savimbi",
#: "Arafat", "Habash") and the Secretaries-General of the United Nations. Unlike :data:`LEADERS`
#: they make no mention where they stand (many are words or towns too: "Tito", "Neto", "Roman"):
#: they are evidence that a name the recogniser guessed is a person's
#: (:func:`teiencode.entities.evidence.unsupported`). Names of two letters count ("Ky", "Nu",
#: "Ho"); particles do not (:data:`_PARTICLES`).
_SOCIALIST_EUROPE = """Hoxha Shehu Alia Zhivkov Chervenkov Dimitrov Kolarov Yugov Todorov Atanasov Gotwald Gottwald
Zápotocký Novotný Dubček Husák Svoboda Štrougal Černík Jakeš Adamec Ulbricht Honecker Grotewohl Stoph Pieck Krenz
Modrow Rákosi Gerő Nagy Kádár Münnich Fock Lázár Grósz Németh Hegedüs Dobi Losonczi Tildy Bierut Gomułka Gierek
Kania Jaruzelski Cyrankiewicz Ochab Rakowski Messner Jaroszewicz Babiuch Gheorghiu-Dej Ceaușescu Ceausescu Maurer
Groza Stoica Mănescu Manescu Verdeț Dăscălescu Tito Kardelj Ranković Bakarić Djilas Đilas Mikulić Planinc Dolanc
Minić Koliševski Stambolić Dizdarević"""
_SOCIALIST_ASIA = """Choibalsan Tsedenbal Batmönkh Batmunkh Sambuu Zhou Liu Lin Hua Zhao Hu Kim Pak Ho Dong Duan Truong
Chinh Giap Linh Kaysone Souphanouvong Phoumi Sihanouk Lon Nol Sar Pol Samphan Heng Samrin Chan Hun Sen
Taraki Amin Karmal Najibullah Keshtmand Daoud"""
_CUBA_AND_LATIN_AMERICA = """Castro Fidel Raúl Dorticós Guevara Batista Allende Pinochet Frei Perón Peron Videla
Viola Galtieri Bignone Alfonsín Menem Onganía Lanusse Frondizi Illia Stroessner Somoza Ortega Borge Torrijos
Noriega Trujillo Balaguer Bosch Duvalier Arbenz Árbenz Goulart Vargas Kubitschek Quadros Médici Geisel Figueiredo
Sarney Velasco Belaúnde Barrientos Banzer Torres Echeverría Díaz Ordaz López Portillo Betancourt Caldera Pérez
Bordaberry Manley Bishop Burnham Jagan"""
_AFRICA = """Nasser Sadat Mubarak Naguib Neguib Ben Bella Boumediene Bendjedid Bourguiba Hassan Qaddafi Gaddafi
Nimeiri Numeiri Nkrumah Busia Acheampong Rawlings Touré Senghor Diouf Houphouët-Boigny Houphouet-Boigny Keita
Traoré Olympio Eyadéma Eyadema Ahidjo Biya Tombalbaye Habré Habre Bokassa Dacko Youlou Massamba-Débat Ngouabi
Sassou-Nguesso Mba Bongo Lumumba Kasavubu Tshombe Mobutu Adoula Gizenga Kayibanda Habyarimana Micombero
Nyerere Karume Mwinyi Kenyatta Moi Obote Museveni Kaunda Banda Mugabe Nkomo Smith Muzorewa Sithole
Machel Samora Chissano Neto Agostinho Savimbi Roberto Cabral Nujoma Vorster Verwoerd Botha Malan Strijdom
Haile Selassie Mengistu Siad Barre Ahmadu Bello Balewa Azikiwe Gowon Ojukwu Obasanjo Shagari Buhari Babangida
Tubman Tolbert Doe Stevens Margai Sankara Compaoré Lamizana Diori Kountché Kountche Ratsiraka Tsiranana
Jawara Nzeogwu Tafawa"""
_MIDDLE_EAST_AND_ASIA = """Hussein Assad Hafez Asad Saddam Bakr Qasim Kassem Arif Aref Arafat Habash Hawatmeh Begin
Ben-Gurion Sharett Eshkol Meir Golda Rabin Peres Shamir Dayan Allon Mossadegh Mosaddegh Zahedi Hoveyda Khomeini
Bazargan Bani-Sadr Rafsanjani Khamenei Menderes İnönü Inonu Gürsel Gursel Demirel Ecevit Evren Özal Ozal Erbakan
Türkeş Turkes Makarios Kyprianou Denktaş Denktash Karamanlis Papandreou Papadopoulos Chamoun Chehab Gemayel
Jumblatt Faisal Feisal Fahd Khalid Saud Sallal Hamdi Ismail Nehru Shastri Gandhi Indira Desai Jinnah Liaquat
Ayub Yahya Bhutto Zia Mujib Mujibur Bangabandhu Ershad Bandaranaike Senanayake Jayewardene Koirala Mahendra
Sukarno Soekarno Suharto Soeharto Hatta Djuanda Subandrio Natsir Marcos Aquino Magsaysay Macapagal Garcia
Diem Thieu Ky Minh Sarit Thanom Pridi Phibun Rahman Razak Mahathir Lee Ne Win Nu Rhee Park Chun Roh Yoshida
Hatoyama Kishi Ikeda Sato Tanaka Miki Fukuda Ohira Suzuki Nakasone Takeshita Chiang Ching-kuo"""
_WESTERN_EUROPE = """Adenauer Erhard Kiesinger Brandt Schmidt Kohl Heuss Lübke Lubke Heinemann Scheel Weizsäcker
De Gasperi Fanfani Moro Andreotti Rumor Colombo Craxi Cossiga Pertini Saragat Segni Leone Togliatti Longo
Berlinguer Nenni Franco Salazar Caetano Spínola Spinola Soares Cunhal Suárez Suarez González Gonzalez Carrillo
Kreisky Raab Figl Kekkonen Koivisto Paasikivi Palme Erlander Gerhardsen Spaak Eyskens Drees Lubbers
Luns Lemass Lynch Haughey FitzGerald Mintoff Trudeau Pearson Diefenbaker Menzies Whitlam Fraser Hawke
Hammarskjöld Hammarskjold Thant Waldheim Cuéllar"""  # ("Pérez de Cuéllar": "Pérez" is above)

#: Words of those names that are no name alone ("De Gasperi").
_PARTICLES = frozenset({"De"})

#: Every word of those names: evidence that a guessed name is a person's, not a mention.
STATESMEN: frozenset[str] = frozenset(
    word for names in (_SOCIALIST_EUROPE, _SOCIALIST_ASIA, _CUBA_AND_LATIN_AMERICA, _AFRICA,
                       _MIDDLE_EAST_AND_ASIA, _WESTERN_EUROPE) for word in names.split()
    if word not in _PARTICLES) | LEADERS
