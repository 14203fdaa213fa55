"""Doubts, eighteenth round: clean pages carry no review, and a missed label is always reviewed.

Short pages in the archive's real layouts (``new``, ``mirror``, ``old`` of
``test_read_doubts.py``), written for these tests from the forms of the archive's
translations, not copied from a page and not from the pages kept for measurement. As in
``test_read_label_positions.py``, "§" and a letter open a turn of the speaker the letter
stands for, "⚑" marks a line that must carry a turn review (``TE-REVIEW-TURN``); every
other line opens no turn and carries no turn review.

``CLEAN``: pages without a turn error, rich in what could raise a needless doubt
(participant lists with titles and initials, names given once, interpreters, a speaker's
name written otherwise in the title than in the labels, a side as speaker, questions and
answers, labels after omission marks, colons in ordinary sentences, lists, times,
quotations, notes, numbered paragraphs, headings in the body, a report whose sections are
headed by names, letters defined by "(hereafter K.)"). Every line: no review.

The generated family: a small grammar of label shapes (name shapes × separators ×
positions). A page in which such a label opens a paragraph after another speaker's turn
must read it as a turn of its speaker, or review its line.
"""

from __future__ import annotations

import pytest
from test_read_doubts import _wrong_turns, mirror, new, old
from test_read_label_positions import _marked

from teiencode.model import Turn
from teiencode.read import read_page

CLEAN: dict[str, str] = {
    # A participant list with titles and initials, the labels surnames.
    "participants-titles-initials": new("November 24, 1974", "Memorandum of Conversation",
        "PARTICIPANTS:\nGeneral Secretary L. I. Brezhnev\nForeign Minister A. A. Gromyko\n"
        "A. M. Aleksandrov, Assistant to the General Secretary\nV. M. Sukhodrev, Interpreter\n\n"
        "President Gerald R. Ford\nSecretary of State Henry A. Kissinger\n\n"
        "DATE AND TIME: Sunday, November 24, 1974, 10:30 a.m. - 1:10 p.m.\n\nPLACE: Okeansky Sanatorium, Vladivostok\n\n"
        "§ABrezhnev: Good morning. I hope you slept well.\n\n§BThe President: Very well, thank you.\n\n"
        "§ABrezhnev: Then let us begin with the limits.\n\n§CKissinger: We have a paper on that.\n\n"
        "§DGromyko: We have seen it. It has two defects.\n\n§ABrezhnev: Let Andrei Andreyevich explain.\n"),
    # An interpreter who speaks once, named in the list.
    "interpreter-speaks": new("February 22, 1972", "Memorandum of Conversation, Beijing",
        "Participants: Prime Minister Chou En-lai; Ch'iao Kuan-hua; Nancy Tang, interpreter\n"
        "President Nixon; Dr. Henry A. Kissinger; Winston Lord (notetaker)\n\n"
        "§APrime Minister Chou: Please sit down.\n\n§BPresident Nixon: Thank you, Mr. Prime Minister.\n\n"
        "§CMiss Tang: The Prime Minister asks whether the room is warm enough.\n\n"
        "§BPresident Nixon: It is very comfortable.\n\n§APrime Minister Chou: Then we begin.\n"),
    # Names given once: a third speaker nowhere else named, speaking once.
    "names-given-once": mirror("April 12, 1961", "Record of Conversation between Khrushchev and Ulbricht",
        "§AKhrushchev: How is the situation in Berlin?\n§BUlbricht: The refugees are many.\n"
        "§CPervukhin: The embassy counts two thousand a day.\n§AKhrushchev: That cannot go on.\n"
        "§BUlbricht: That is why we ask for measures.\n"),
    # The title gives the full names with first names, the labels "Comrade X".
    "comrade-labels-full-title": new("July 1, 1961", "Record of Conversation between Nikita Khrushchev and Kim Il Sung",
        "§AComrade Khrushchev: Welcome to Moscow, Comrade Kim Il Sung.\n\n"
        "§BComrade Kim Il Sung: Thank you. We have come to sign the treaty.\n\n"
        "§AComrade Khrushchev: The treaty is ready. The point is this: it binds us both.\n\n"
        "§BComrade Kim Il Sung: We understand. Our people want it.\n"),
    # Transliterations: title "Mao Tse-tung", labels "Mao Zedong"; "Tov." before the Soviet name.
    "transliteration-and-tov": new("October 2, 1959", "Record of Conversation between N. S. Khrushchev and Mao Tse-tung",
        "§ATov. Khrushchev: We are glad to be in Beijing again.\n\n§BMao Zedong: You are welcome.\n\n"
        "§ATov. Khrushchev: The question of Taiwan must be discussed.\n\n§BMao Zedong: It is our internal affair.\n"),
    # "Mr." labels, the title without titles.
    "mr-labels": mirror("May 20, 1975", "Memorandum of Conversation between Yigal Allon and Henry Kissinger",
        "§AMr. Allon: We have studied your proposal.\n§BMr. Kissinger: And?\n"
        "§AMr. Allon: The passes are the problem: we cannot give them up.\n§BMr. Kissinger: Then there is no agreement.\n"),
    # A side as a speaker.
    "sides-speak": new("August 3, 1970", "Record of the Talks between the Soviet and Vietnamese Delegations",
        "§ASoviet side: We have received your request for aid.\n\n§BVietnamese side: The needs are great this year.\n\n"
        "§ASoviet side: We can give rice and trucks.\n\n§BVietnamese side: We thank you.\n"),
    # Question and answer, "Q." and "A." with a journalist's line before them.
    "q-and-a": old("June 4, 1981", "Interview of L. I. Brezhnev with Der Spiegel",
        "Brezhnev answers the questions of the magazine.",
        "The interview was given in the Kremlin.\n\n§AQ. How do you see the arms race?\n\n"
        "§BA. It is dangerous for all mankind.\n\n§AQ. And Afghanistan?\n\n§BA. Our troops are there at the request of the government.\n"),
    # Labels after omission marks on their own lines.
    "omissions-between-turns": new("October 30, 1956", "Working Notes of the Session of the CPSU CC Presidium",
        "[…]\n\n§AKhrushchev: We must decide today.\n\n[…]\n\n§BZhukov: The troops are ready.\n\n"
        "[...]\n\n§CMolotov: The Hungarian comrades ask for help.\n\n§AKhrushchev: Then we help.\n"),
    # Colons inside the turns: ordinary sentences, times, lists.
    "colons-in-turns": new("March 5, 1969", "Record of Conversation between A. N. Kosygin and Pham Van Dong",
        "§AKosygin: The point is this: we cannot send more now.\n\n"
        "§BPham Van Dong: Our needs are three: rice, trucks and fuel. The ship leaves at 10:30.\n\n"
        "§AKosygin: Remember what Lenin wrote: patience is a virtue.\n\n"
        "§BPham Van Dong: Then we shall be patient. Result: the army waits.\n"),
    # Lists inside a turn, numbered paragraphs.
    "numbered-list-in-turn": new("April 12, 1972", "Record of Conversation between Zhou Enlai and Le Duc Tho",
        "§AZhou Enlai: I have three points.\n\n1. The talks in Paris must go on.\n\n"
        "2. The Americans must leave.\n\n3. China will help.\n\n§BLe Duc Tho: We agree with all three.\n\n"
        "§AZhou Enlai: Good.\n"),
    # Quotations in the turns that hold names and colons.
    "quotations-with-names": mirror("November 7, 1967", "Record of Conversation between Brezhnev and Gomułka",
        "§ABrezhnev: The Chinese wrote in their letter: “Gomułka is a revisionist.”\n"
        "§BGomułka: They wrote the same of you.\n§ABrezhnev: Yes: “Brezhnev betrays Lenin.” That is their style.\n"
        "§BGomułka: It will pass.\n"),
    # Notes "[1]" after labels and in the text.
    "note-references": new("July 23, 1958", "Record of Conversation between Mao Zedong and Yudin",
        "§AMao Zedong: Your proposal of a joint fleet [1] surprised us.\n\n§BYudin[2]: It was not meant badly.\n\n"
        "§AMao Zedong: Then say so to Khrushchev.[3]\n\n§BYudin: I shall.\n\n"
        "[1] The proposal was made on 21 July.\n\n[2] P. F. Yudin, Soviet ambassador.\n\n[3] Khrushchev came on 31 July.\n"),
    # Headings inside the body, between the turns.
    "headings-in-body": new("September 30, 1959", "Record of Conversation between N. S. Khrushchev and Mao Zedong",
        "I. On Taiwan\n\n§AKhrushchev: You must not shell the islands.\n\n§BMao Zedong: It is our affair.\n\n"
        "II. On India\n\n§AKhrushchev: The border clash was not needed.\n\n§BMao Zedong: India began it.\n"),
    # A report whose sections are headed by names, no turns.
    "report-name-sections": new("June 12, 1968", "Report on the Members of the Delegation",
        "The delegation had four members.\n\nKim Kwang-hyop\n\nBorn 1915, member of the Political Committee. "
        "He spoke little during the visit.\n\nPak Song-chol\n\nBorn 1913, Minister of Foreign Affairs. "
        "He led the talks on trade.\n\nRi Hyo-sun\n\nBorn 1916. He was ill for most of the visit.\n"),
    # A page whose only labels are letters defined by "(hereafter K.)".
    "hereafter-letters": new("March 2, 1963", "Record of Conversation between Kádár and Khrushchev",
        "The conversation between J. Kádár (hereafter K.) and N. S. Khrushchev (hereafter Kh.) took place in Moscow.\n\n"
        "§AK.: We have come to inform you of the plenum.\n\n§BKh.: We are listening.\n\n"
        "§AK.: The economy grows, but slowly.\n\n§BKh.: Ours too.\n"),
    # "Cde." and initials: the title with initials, the labels "Cde. X".
    "cde-and-initials": mirror("October 4, 1977", "Record of the Meeting of T. Zhivkov and L. I. Brezhnev",
        "§ACde. Zhivkov: We thank you for the reception.\n§BCde. Brezhnev: You are always welcome, Todor.\n"
        "§ACde. Zhivkov: The plan of Bulgaria is fulfilled.\n§BCde. Brezhnev: Good: that is the main thing.\n"),
    # Uppercase labels with first names in the title.
    "caps-labels-full-title": new("February 11, 1965", "Conversation between Alexei Kosygin and Mao Zedong",
        "§AKOSYGIN: We have come for unity.\n\n§BMAO: Unity on what basis?\n\n"
        "§AKOSYGIN: On the basis of aid to Vietnam.\n\n§BMAO: Then we argue for ten thousand years.\n"),
    # A dateline, times of the day in the narration, a closing note.
    "times-in-narration": mirror("April 3, 1975", "Record of Conversation between Kim Il Sung and Zhou Enlai",
        "Beijing, 18 April 1975, 16:00-18:30\n§AZhou Enlai: You have come at a hard time.\n"
        "§BKim Il Sung: The situation in Vietnam changes fast.\n§AZhou Enlai: It does.\n"
        "The conversation ended at 18:30.\nRecorded by: Wang Hairong\n"),
    # A speaker with first name and surname in the labels, only surname in the title.
    "labels-fuller-than-title": new("May 29, 1972", "Memorandum of Conversation between Nixon and Brezhnev",
        "§ALeonid Brezhnev: We have much to discuss.\n\n§BRichard Nixon: We have a week.\n\n"
        "§ALeonid Brezhnev: A week is not much.\n\n§BRichard Nixon: Then let us start now.\n"),
    # Dash labels with a long first turn that quotes a colon line.
    "dash-labels": mirror("July 6, 1968", "Record of Conversation between W. Ulbricht and A. Dubček",
        "§AW. Ulbricht – We are worried: the press in Prague writes what it wants.\n"
        "§BA. Dubček – The press is free now. That is the policy of the party.\n"
        "§AW. Ulbricht – Then the party must lead it.\n"),
    # Narration in a turn's paragraph that opens with a name and a verb.
    "narration-with-names": new("June 1, 1977", "Record of Conversation between E. Honecker and Fidel Castro",
        "§AHonecker: Welcome to Berlin.\n\n§BCastro: Thank you, comrade.\n\n"
        "Castro then spoke at length about Angola and Ethiopia.\n\n"
        "Honecker informed him about the situation in Poland.\n\n§BCastro: That worries us too.\n"),
    # A list of those present with roles; "Chairman:" the one whose role the list gives.
    "chairman-in-list": old("April 2, 1981", "Minutes of the Session of the Politburo",
        "The Politburo discusses the plan.",
        "Present: Comrade János Kádár (chairman), György Lázár, Károly Németh.\n\n"
        "§AKádár: The session is open.\n\n§BLázár: The report is ready.\n\n§AKádár: Read it.\n\n"
        "§CNémeth: The plan is met.\n"),
    # Ambassador and Minister with surnames, both named in the narration.
    "titles-from-narration": new("July 24, 1956", "Memorandum of Conversation",
        "On 24 July I received the Foreign Minister of the DPRK Nam Il at his request.\n\n"
        "§ANam Il: I have come to inform you about the plenum.\n\n§BPetrov: Please.\n\n"
        "§ANam Il: The plenum criticised some comrades: Choe Chang-ik and Pak Chang-ok.\n\n"
        "§BPetrov: What will happen to them?\n\nAmbassador V. Petrov\n"),
    # Kim Il-sung in the title, "Kim Il Sung" in the labels, and a heading with a colon.
    "hyphen-and-heading-colon": new("October 10, 1970", "Record of Conversation between Kim Il-sung and A. N. Kosygin",
        "Subject: the Treaty of Friendship\n\n§AKim Il Sung: We value the treaty.\n\n§BKosygin: So do we.\n\n"
        "§AKim Il Sung: The Americans are still in the South.\n\n§BKosygin: That is a fact.\n"),
    # Turns that open with a speaker's name in the speech ("Zhou, you …").
    "vocative-names": mirror("December 1, 1971", "Record of Conversation between Zhou Enlai and Pham Van Dong",
        "§AZhou Enlai: Comrade Pham Van Dong, how are you?\n§BPham Van Dong: Well, thank you.\n"
        "§AZhou Enlai: Kissinger will come in February.\n§BPham Van Dong: Zhou Enlai, we know it.\n"),
    # Working notes whose speaker's paragraphs open with a country and a full stop (topics, no labels).
    "notes-topics-by-country": new("March 17, 1979", "Working Notes of the CC CPSU Politburo Session",
        "§ABREZHNEV. Comrades, we have three questions today.\n\n"
        "Afghanistan. The situation in Herat is grave, and the army is unreliable.\n\n"
        "Poland. The strikes go on in Gdańsk.\n\n§BKOSYGIN. We must help, but not with troops.\n\n§CGROMYKO. The Americans will protest.\n\n"
        "§ABREZHNEV. Then we decide tomorrow.\n"),
    # A title called before a dash, no name: "Mr. General Secretary – I must say …".
    "vocative-title-dash": mirror("May 29, 1972", "Memorandum of Conversation between Nixon and Brezhnev",
        "§ABrezhnev: We have much to discuss.\n§BNixon: We have a week.\n"
        "Mr. General Secretary – I must say that the week is short.\n§ABrezhnev: Then let us begin.\n"),
    # A signature under the talks: the name alone, the office below it.
    "signature-after-talks": new("July 24, 1956", "Memorandum of Conversation with Nam Il",
        "§ANam Il: The plenum will discuss the economy.\n\n§BPetrov: And the cadres?\n\n§ANam Il: That too.\n\n§BPetrov: Thank you.\n\n"
        "The conversation lasted one hour.\n\nV. Petrov\n\nAmbassador of the USSR in the DPRK\n"),
    # Headings of the days of the talks, one closed by a full stop.
    "day-headings": new("June 3, 1973", "Record of the Talks of L. I. Brezhnev and E. Honecker",
        "First Day\n\n§ABrezhnev: We read your letter.\n\n§BHonecker: Then you know the plan.\n\n"
        "Second Day. The talks went on at ten.\n\n§ABrezhnev: We know the plan.\n"),
    # A cable's sections headed by places and a full stop after the talk; speakers named by titles.
    "cable-sections": mirror("June 9, 1978", "Telegram from the Embassy in Addis Ababa",
        "Extremely urgent.\nChairman Mengistu received Ambassador Ratanov on 8 June.\n§AMengistu: The army needs trucks.\n"
        "§BRatanov: Moscow will send them.\nOgaden. The front is quiet now.\nEritrea. The fighting goes on.\n"),
    # A name, an aside and a dash that opens an aside in lower case, in narration.
    "names-with-aside-in-narration": new("April 3, 1965", "Record of Conversation between A. N. Kosygin and Kim Il Sung",
        "§AKosygin: We welcome you.\n\n§BKim Il Sung: We thank you.\n\n"
        "Pak Song-chol (Minister of Foreign Affairs) – who had arrived late – took his seat.\n\n"
        "§AKosygin: Then we go on.\n"),
    # Roles and titled surnames a participant list gives.
    "speaker-title-role-list": new("November 23, 1974", "Memorandum of Conversation, Vladivostok",
        "PARTICIPANTS:\nPresident Gerald R. Ford\nSecretary of State Henry A. Kissinger\n"
        "General Secretary Leonid I. Brezhnev\nForeign Minister Andrei A. Gromyko\nViktor Sukhodrev, Interpreter\n\n"
        "§AThe General Secretary: Welcome.\n\n§BThe President: Thank you.\n\n"
        "§AThe General Secretary: Shall we begin?\n\n§CSecretary Kissinger: We have a paper.\n\n"
        "§DForeign Minister Gromyko: We have seen it.\n"),
    # A press conference: questions with the agency in parentheses.
    "q-a-with-names": old("June 4, 1981", "Press Conference of A. A. Gromyko",
        "Gromyko answers questions.", "§AQuestion (Reuters): Will the talks resume?\n\n"
        "§BGromyko: That depends on Washington.\n\n§AQuestion (AP): And Afghanistan?\n\n§BGromyko: That is an internal affair.\n"),
    # Letters defined in a participant list.
    "hereafter-list": new("March 2, 1963", "Memorandum of Conversation",
        "Participants: Henry A. Kissinger (hereafter K.), Le Duc Tho (hereafter T.)\n\n"
        "§AK.: We have a proposal.\n\n§BT.: We are listening.\n\n§AK.: A ceasefire in place.\n\n§BT.: We shall study it.\n"),
    # A side that speaks once between two people.
    "side-labels-once": new("August 3, 1970", "Record of the Talks between Zhou Enlai and Le Duan",
        "§AZhou Enlai: Welcome.\n\n§BLe Duan: Thank you.\n\n§CChinese side: The aid will arrive in May.\n\n§BLe Duan: Good.\n"),
    # Initials in the labels, full names in the title.
    "initials-in-labels-title-full": new("June 3, 1973", "Conversation between Leonid Brezhnev and Erich Honecker",
        "§AL. I. Brezhnev: We read your letter.\n\n§BE. Honecker: Thank you.\n\n§AL. I. Brezhnev: Go on.\n\n§BE. Honecker: The plan is late.\n"),
    # A participant list in Wade-Giles with titles; a third person speaks once by title and surname.
    "list-surname-once": new("February 23, 1972", "Memorandum of Conversation",
        "PARTICIPANTS:\nPremier Chou En-lai\nVice Foreign Minister Ch'iao Kuan-hua\nMr. Chang Wen-chin, Director of Western Europe Department\n"
        "Dr. Henry A. Kissinger\nMr. Winston Lord\n\n"
        "§APrime Minister Chou: Shall we begin?\n\n§BDr. Kissinger: Yes.\n\n§CMr. Chang: The documents are on the table.\n\n"
        "§APrime Minister Chou: Good.\n"),
    # A role the summary gives with the name (old layout).
    "role-ambassador-title": old("March 7, 1960", "Record of Conversation with Kim Il Sung",
        "Soviet Ambassador A. M. Puzanov and Kim Il Sung discuss the letter of Khrushchev.",
        "§AThe Ambassador: I handed over the letter.\n\n§BKim Il Sung: We thank you.\n\n§AThe Ambassador: Moscow awaits your answer.\n"),
    # A third person the summary names speaks once.
    "summary-names-once": old("April 3, 1981", "Memorandum of Conversation",
        "Honecker and Kádár discuss the Polish crisis; Hermann Axen adds remarks on the press.",
        "§AHonecker: We begin.\n\n§BKádár: Thank you.\n\n§CAxen: The press in Warsaw is out of control.\n\n§AHonecker: So it is.\n"),
    # The language in parentheses after the name.
    "in-russian-parenthetical": new("June 3, 1973", "Record of Conversation between L. I. Brezhnev and E. Honecker",
        "§ABrezhnev (in Russian): We read your letter.\n\n§BHonecker (in German): Thank you.\n\n§ABrezhnev: Go on.\n\n§BHonecker: The plan is late.\n"),
    # The title in Wade-Giles, the labels in pinyin.
    "pinyin-vs-wade-giles": new("February 23, 1972", "Memorandum of Conversation between Chou En-lai and Henry Kissinger",
        "§AZhou Enlai: Shall we begin?\n\n§BKissinger: Yes.\n\n§AZhou Enlai: Then I start with Taiwan.\n\n§BKissinger: Please.\n"),
    # A speaker labelled by first name and patronymic, the title by initials and surname.
    "comrade-first-name-patronymic": new("September 15, 1981", "Conversation between L. I. Brezhnev and S. Kania",
        "§ALeonid Ilyich: Good day, Stanisław.\n\n§BKania: Good day.\n\n§ALeonid Ilyich: We are worried.\n\n§BKania: So are we.\n"),
    # Heads of delegations named in a line before the talks, on a mirror page.
    "delegation-heads": mirror("May 5, 1966", "Record of the Talks of the Soviet and Korean Delegations",
        "Head of the Soviet delegation A. N. Shelepin; head of the Korean delegation Choe Yong-gon.\n"
        "§AShelepin: We bring greetings.\n§BChoe Yong-gon: Thank you.\n§AShelepin: The aid will come.\n§BChoe Yong-gon: Good.\n"),
    # A quotation in narration that opens with a name and a colon.
    "then-narration-quote": new("June 1, 1977", "Record of Conversation between E. Honecker and Fidel Castro",
        "§AHonecker: Welcome.\n\n§BCastro: Thank you.\n\n“Comrade Castro: we are with you,” Honecker said at the end.\n\n§BCastro: Good.\n"),
    # Omission marks and a separator line between turns.
    "ellipsis-labels": new("May 4, 1988", "Excerpt from a Conversation between Gorbachev and Kim Yong-nam",
        "[...]\n\n§AGorbachev: We support you.\n\n(...)\n\n§BKim Yong-nam: Thank you.\n\n* * *\n\n§AGorbachev: Go on.\n"),
    # Lettered items inside a turn, one a capital letter and a full stop.
    "list-items-lettered": new("April 12, 1972", "Record of Conversation between Zhou Enlai and Le Duc Tho",
        "§AZhou Enlai: Our proposals are these.\n\na) The talks go on.\n\nb) The Americans leave.\n\nA. The aid grows.\n\n"
        "§BLe Duc Tho: We agree.\n"),
    # A telegram's writer who speaks once, named by the signature under it.
    "signed-at-end": mirror("June 3, 1962", "Telegram from the Soviet Ambassador in Havana",
        "To Comrade Khrushchev:\nToday I met Fidel Castro.\n§ACastro: We need more help.\n§BAlekseev: I will report it.\n"
        "§ACastro: Thank you.\nSigned: A. Alekseev\n"),
    # A cable of numbered paragraphs and a comment, no turn.
    "numbered-telegram": new("March 3, 1968", "Cable from the Embassy in Hanoi",
        "1. On 2 March the ambassador met Pham Van Dong.\n\n2. Pham Van Dong said that the offensive had succeeded.\n\n"
        "3. Comment: The mood in Hanoi is confident.\n"),
    # Those present listed after the talks.
    "present-at-end": new("June 3, 1973", "Record of Conversation between L. I. Brezhnev and E. Honecker",
        "§ABrezhnev: We read your letter.\n\n§BHonecker: Thank you.\n\nPresent at the talks: Cde. K. U. Chernenko, Cde. H. Axen.\n"),
    # "First:" and "Second:" opening points inside a turn.
    "first-second-points": mirror("April 12, 1972", "Record of Conversation between Zhou Enlai and Le Duc Tho",
        "§AZhou Enlai: Two points.\nFirst: the talks must go on.\nSecond: the Americans must leave.\n§BLe Duc Tho: We agree.\n"),
    # A name called with an exclamation mark.
    "greeting-exclamation": new("October 2, 1959", "Record of Conversation between N. S. Khrushchev and Mao Zedong",
        "§AKhrushchev: Dear Comrade Mao Zedong! We are glad.\n\nComrade Mao Zedong! Allow me to continue.\n\n§BMao Zedong: Please.\n"),
    # A name called before an aside between dashes.
    "vocative-dash-name": mirror("May 29, 1972", "Memorandum of Conversation between Nixon and Brezhnev",
        "§ABrezhnev: We have much to discuss.\n§BNixon: We have a week.\nLeonid Ilyich – if I may call you so – the week is short.\n"
        "§ABrezhnev: Then let us begin.\n"),
    # A label quoted inside a turn.
    "quoted-label-in-turn": new("June 3, 1973", "Record of Conversation between L. I. Brezhnev and E. Honecker",
        "§ABrezhnev: I remember the talk with Ulbricht.\n\n“Ulbricht: We need more oil.”\n\n§BHonecker: That was long ago.\n"),
    # A journal's entries headed by dates; a person the second entry names speaks once.
    "date-headed-entries": new("March 7, 1960", "Journal of Soviet Ambassador A. M. Puzanov",
        "7 March 1960. I visited Kim Il Sung.\n\n§AKim Il Sung: We thank you.\n\n§BPuzanov: Moscow awaits an answer.\n\n"
        "8 March 1960. I met Nam Il.\n\n§CNam Il: The answer is ready.\n"),
    # An initial and a surname opening a sentence inside a turn.
    "name-period-initial-in-turn": new("June 3, 1973", "Record of Conversation between L. I. Brezhnev and E. Honecker",
        "§ABrezhnev: We read your letter.\n\nK. Marx wrote about this long ago.\n\n§BHonecker: Yes.\n"),
}

# On the unchanged reader 9 of these 56 pages failed: "(hereafter K.)" in the opening narration
# not read (4 labels missed, unreviewed), a signature's name read as a turn, and needless reviews
# on seven pages (a title or a name called before a dash, an aside after a dash, a speaker named
# by a title in the narration, a topic's name and a full stop, a speaker named only after the
# talks began or after the talks). Left (strict): a topic of one proper name and
# a full stop ("Afghanistan. The situation …"), reviewed as a name the page gives nowhere else,
# which the reader cannot tell from "Smirnov. The trains are ready." (test_read_reviews: reviewed).
CLEAN_NOT_YET: frozenset[str] = frozenset({"notes-topics-by-country", "cable-sections"})


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True)) if n in CLEAN_NOT_YET else n
                                  for n in CLEAN])
def test_a_clean_page_of_the_eighteenth_round_carries_no_review(name: str) -> None:
    text, marked, flagged = _marked(CLEAN[name])
    wrong, reviewed, _ = _wrong_turns(text, marked, name)
    assert flagged == []
    assert wrong == set()
    assert reviewed == []


# The generated family: (the name as the title gives it, the name as the label writes it).
NAME_SHAPES: dict[str, tuple[str, str]] = {
    "surname": ("A. A. Gromyko", "Gromyko"),
    "given-surname": ("Andrei Gromyko", "Andrei Gromyko"),
    "initials-surname": ("Andrei Gromyko", "A. A. Gromyko"),
    "initials-run-together": ("Andrei Gromyko", "A.A.Gromyko"),
    "comrade": ("A. A. Gromyko", "Comrade Gromyko"),
    "cde": ("A. A. Gromyko", "Cde. Gromyko"),
    "tov": ("A. A. Gromyko", "Tov. Gromyko"),
    "mr": ("Cyrus Vance", "Mr. Vance"),
    "president": ("Urho Kekkonen", "President Kekkonen"),
    "chairman": ("Mao Zedong", "Chairman Mao"),
    "general": ("Vo Nguyen Giap", "General Giap"),
    "ambassador": ("A. F. Dobrynin", "Ambassador Dobrynin"),
    "particle-de": ("Charles de Gaulle", "de Gaulle"),
    "particle-curly-apostrophe": ("Valéry Giscard d’Estaing", "Giscard d’Estaing"),
    "particle-van": ("Dries van Agt", "van Agt"),
    "particle-bin": ("Hussein bin Onn", "Hussein bin Onn"),
    "three-words": ("Pham Van Dong", "Pham Van Dong"),
    "hyphen": ("Kim Il-sung", "Kim Il-sung"),
    "diacritics": ("Nicolae Ceaușescu", "Ceaușescu"),
    "diacritics-slavic": ("Władysław Gomułka", "Gomułka"),
    "caps": ("A. A. Gromyko", "GROMYKO"),
    "caps-three-words": ("Pham Van Dong", "PHAM VAN DONG"),
    "editor-bracket-after": ("Kim Il Sung", "Kim [Il Sung]"),
    "editor-bracket-before": ("Zhou Enlai", "[Zhou] Enlai"),
    "parenthetical-side": ("A. A. Gromyko", "Gromyko (Soviet side)"),
    "parenthetical-language": ("Cyrus Vance", "Vance (in English)"),
}
SEPARATORS: dict[str, str] = {
    "colon": ":", "spaced-colon": " :", "fullwidth-colon": "：", "en-dash": " –", "em-dash": " —",
    "hyphen": " -", "full-stop": ".", "tab": "\t",
}
_OTHER = "Brezhnev"


def _missed_page(shape: str, separator: str, layout: str, known: str, position: str) -> tuple[str, int]:
    """A page where the label of the shape and the separator opens a paragraph after the other
    speaker's turn, and that paragraph's line. ``known``: "title", the title names the label's
    speaker; "once", a third speaker the page names nowhere else, who speaks once.
    ``position``: "after-turn", the label and the speech on one line after the other speaker's
    turn; "alone", the label alone on its line (a tab: the name alone), the speech on the next;
    "first", the label opens the body, the other speaker answers."""
    title_name, label = NAME_SHAPES[shape]
    if known == "once":
        title_name = "E. Honecker"
    sep = SEPARATORS[separator]
    speech = "We have studied your proposal and we agree with its main points."
    opening = f"{label}{sep.rstrip()}\n{speech}" if position == "alone" else f"{label}{sep} {speech}".replace("\t ", "\t")
    turns = [f"{_OTHER}: We have read your letter with attention.", opening,
             f"{_OTHER}: Then the ministers will prepare the text."]
    if position == "first":
        turns = turns[1:]
    title = f"Record of Conversation between L. I. {_OTHER} and {title_name}"
    if layout == "new":
        page = new("May 12, 1973", title, "\n\n".join(turns) + "\n")
    else:
        page = mirror("May 12, 1973", title, "\n".join(turns) + "\n")
    line = page.split("\n").index(opening.split("\n")[0]) + 1
    return page, line


def _missed(shape: str, separator: str, layout: str, known: str, position: str) -> bool:
    """Whether the label the combination opens its paragraph with is neither taken as a turn of
    its own speaker (no other turn's) nor reviewed on its line."""
    page, line = _missed_page(shape, separator, layout, known, position)
    doc = read_page(page, f"{shape}-{separator}-{layout}-{known}-{position}.txt")
    turns = {b.span.line: b.speaker for b in doc.blocks if isinstance(b, Turn) and b.span}
    reviewed = {w.line for w in doc.warnings if w.code == "TE-REVIEW-TURN"}
    others = {speaker for no, speaker in turns.items() if no != line}
    return not (line in reviewed or line in turns and turns[line] not in others)


# On the unchanged reader, 344 of the 2,496 combinations were missed silently: 42 after a turn
# (a hyphen, a full stop or a tab after a name the page gives nowhere else, "Chairman Mao",
# "de Gaulle", "PHAM VAN DONG"), 42 alone on their line, 260 opening the body. None left.
@pytest.mark.parametrize("position", ["after-turn", "alone", "first"])
@pytest.mark.parametrize("shape", list(NAME_SHAPES))
def test_a_label_of_any_shape_is_taken_or_reviewed(shape: str, position: str) -> None:
    missed = [(separator, layout, known) for separator in SEPARATORS for layout in ("new", "mirror")
              for known in ("title", "once") if _missed(shape, separator, layout, known, position)]
    assert missed == []
