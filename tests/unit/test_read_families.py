"""Speaker labels, header fields and doubts in the document families of the archive's
translations: one short page each, written for these tests (not copied from a page), with the
turns, the fields and the lines an editor is asked to review."""

from __future__ import annotations

import pytest

from teiencode.model import Field, Turn
from teiencode.read import read_page

HEAD = "Skip to content\n\n{date}\n\n{title}\n\n"

FAMILIES = {
    "chinese-ministry-record": (
        HEAD.format(date="March 5, 1965", title="Premier Zhou’s Conversation with the Ambassador of Mali")
        + "Level: Secret\nIssuing Director: Comrade Wang\nCarbon Copying Authority: General Office\n"
          "Recorder: Zhang\nInterpreter: Li\n\nTime: 10:00 a.m., 4 March 1965\nPlace: Great Hall\n\n"
          "Premier: Welcome to Beijing.\n\nAmbassador Diallo: Thank you, Premier.\n\n"
          "Premier Zhou: How is President Keita?\n\nDiallo: He is well.\n\nVice Premier Chen [Yi]: We thank him.\n",
        ["zhou", "diallo", "zhou", "diallo", "chen-yi"],
        ["Level:", "Issuing Director:", "Carbon Copying Authority:", "Recorder:", "Interpreter:", "Time:",
         "Place:"],
        [24]),  # Chen Yi: a name the page gives nowhere else, speaking once
    "soviet-ciphered-telegram": (
        HEAD.format(date="October 14, 1950", title="Ciphered Telegram, Shtykov to Fyn Si [Stalin]")
        + "Top Secret\nCopy No. 3\n\nTo Comrade Fyn Si.\n\nReceived: 14.10.50, 03:10\nSent: 14.10.50, 01:40\n"
          "Distribution: Stalin, Molotov\n\nKim Il Sung asked me to pass on the following.\n\nShtykov\n",
        [], ["Received:", "Sent:", "Distribution:"], []),
    "gdr-record": (
        HEAD.format(date="November 30, 1960",
                    title="Record of Conversation between Comrade Walter Ulbricht and Comrade N. S. Khrushchev")
        + "Present: Comrades Ulbricht, Khrushchev, Leuschner\nInterpreter: Comrade Kolesnichenko\n"
          "Note-taker: Comrade Jäckel\n\nComrade Khrushchev: We have read your letter.\n\n"
          "Comrade Ulbricht: Thank you.\n\nComrade Leuschner [Chairman of the State Planning Commission]: "
          "The steel is late.\n\nKhrushchev (interrupting): That is known.\n\n"
          "Ulbricht—the question is one of time.\n\nW. Ulbricht. Permit me to go on.\n",
        ["khrushchev", "ulbricht", "leuschner", "khrushchev", "ulbricht", "ulbricht"],
        ["Present:", "Interpreter:", "Note-taker:"], []),
    "hungarian-minutes": (
        HEAD.format(date="March 24, 1989", title="Minutes of the Meeting of the Political Committee of the HSWP")
        + "Present: Károly Grósz, Rezső Nyers, Imre Pozsgay\nInvited: Gyula Horn\nAgenda: The party\n\n"
          "Károly Grósz: Comrades, let us begin.\n\nRezső Nyers: The round table first.\n\nHorn: I agree.\n\n"
          "Grósz: Then we go on.\n\nPozsgay—I do not agree.\n",
        ["karoly-grosz", "rezso-nyers", "gyula-horn", "karoly-grosz", "imre-pozsgay"],
        ["Present:", "Invited:", "Agenda:"], []),
    "polish-politburo": (
        HEAD.format(date="April 3, 1981", title="Minutes from the Meeting of the Politburo of the PUWP CC")
        + "Present: S. Kania, W. Jaruzelski, S. Olszowski\nChaired by: S. Kania\n\n"
          "S. Kania: We must discuss Bydgoszcz.\n\nW[ojciech] Jaruzelski: We should avoid force.\n\n"
          "Comrade Olszowski (interrupting): The party must act.\n\nKania: Let us vote.\n",
        ["s-kania", "w-jaruzelski", "s-olszowski", "s-kania"], ["Present:", "Chaired by:"], []),
    "czechoslovak-telephone": (
        HEAD.format(date="August 13, 1968",
                    title="Telephone Conversation between Leonid Brezhnev and Alexander Dubček")
        + "L. I. Brezhnev: Hello, Sasha.\n\nA. Dubček: Hello, Leonid Ilyich.\n\nBrezhnev: About Bratislava.\n\n"
          "Dubček—we are doing what we can.\n\nBrezhnev. Then tell me why the papers keep writing.\n",
        ["leonid-brezhnev", "alexander-dubcek", "leonid-brezhnev", "alexander-dubcek", "leonid-brezhnev"], [], []),
    "romanian-stenogram": (
        HEAD.format(date="July 23, 1988", title="Stenographic Transcript of the Meeting of the RCP CC")
        + "The meeting was chaired by Comrade Nicolae Ceausescu, General Secretary of the RCP.\n"
          "Participating were Comrades Emil Bobu, Elena Ceausescu, Constantin Dascalescu.\n\n"
          "Comrade Nicolae Ceausescu [NC]: Comrades, let us begin.\n\n"
          "Cde. Constantin Dascalescu: The plan has been fulfilled.\n\nNC: And the exports?\n\n"
          "Cde. Emil Bobu, secretary of the CC: They grew.\n\nElena Ceaușescu: Not enough.\n",
        ["nicolae-ceausescu", "constantin-dascalescu", "nicolae-ceausescu", "emil-bobu", "elena-ceausescu"],
        [], []),
    "bulgarian-minutes": (
        HEAD.format(date="September 20, 1973",
                    title="Minutes of Conversation between Todor Zhivkov and Leonid Brezhnev")
        + "Comrade Todor Zhivkov: I would like to express our gratitude.\n\n"
          "Comrade L. I. Brezhnev: Thank you, Todor.\n\nT. Zhivkov – I shall move on to the power problem.\n\n"
          "Brezhnev: Go ahead.\n\nAgenda: Energy and the nuclear station.\n",
        ["todor-zhivkov", "leonid-brezhnev", "todor-zhivkov", "leonid-brezhnev"], ["Agenda:"], []),
    "vietnamese-discussion": (
        HEAD.format(date="July 12, 1972", title="Discussion between Zhou Enlai and Le Duc Tho")
        + "Zhou Enlai: How are the talks in Paris?\n\nLe Duc Tho: They are difficult.\n\n"
          "Xuan Thuy: The Americans keep bombing.\n\nZhou: That is their way.\n",
        ["zhou-enlai", "le-duc-tho", "xuan-thuy", "zhou-enlai"], [], []),  # amid turns of its form: no doubt
    "korean-record": (
        HEAD.format(date="May 15, 1972", title="Record of Conversation with Kim Il Sung")
        + "Kim Il-sung: We thank the Soviet comrades.\n\nSoviet Ambassador Sudarikov: The leadership sends "
          "its regards.\n\nKim Il Sung [interjecting]: Also to Comrade Kosygin.\n\n"
          "Ch’oe Yong-gŏn: We agree.\n\nCh’oe Yong-gŏn: Fully.\n",
        ["kim-il-sung", "sudarikov", "kim-il-sung", "ch-oe-yong-gon", "ch-oe-yong-gon"], [], []),  # amid turns of its form
    "cuban-record-in-capitals": (
        HEAD.format(date="January 21, 1963", title="Record of Conversation between A. I. Mikoyan and Fidel Castro")
        + "PARTICIPANTS: O. Dorticós, C. R. Rodríguez\n\nA. I. MIKOYAN. We have come to explain.\n\n"
          "F. CASTRO. We listen.\n\nO. DORTICOS. We are glad to see you.\n\nMIKOYAN We understand your worry.\n\n"
          "Commander in Chief: Yes.\n",
        ["a-i-mikoyan", "fidel-castro", "o-dorticos", "a-i-mikoyan", "commander-in-chief"], ["PARTICIPANTS:"],
        [17]),  # a title no line of the page gives a name to
    "mongolian-record": (
        HEAD.format(date="December 4, 1979",
                    title="Record of the Conversation of Cde. J. Batmunkh with Cde. Heng Samrin")
        + "Present on the Mongolian side: Cde. D. Molomjamts, Cde. M. Dugersuren\n\n"
          "Cde. J. Batmunkh: We welcome you in Ulaanbaatar.\n\nCde. Heng Samrin: Thank you.\n\n"
          "Cde. Dugersuren: The delegations will meet tomorrow.\n\nHeng Samrin – We agree.\n\n"
          "J. Batmunkh Could you tell us about the harvest?\n",
        ["j-batmunkh", "heng-samrin", "dugersuren", "heng-samrin", "j-batmunkh"], [], []),
    "yugoslav-note": (
        HEAD.format(date="September 9, 1978", title="Note on the Conversation between Comrade Mijatović and "
                                                    "Kim Il Sung")
        + "Subject: Visit of the Yugoslav delegation\nCopies: 5\nDrafted by: D. Petrović\n\n"
          "Kim Il Sung: We welcome the Yugoslav comrades.\n\nMijatović: Thank you, Comrade President.\n\n"
          "Kim Il-sung: How is Comrade Tito?\n\nCvijetin Mijatović: He is well.\n\n"
          "Kim Il Sung, interrupting: We are glad.\n",
        ["kim-il-sung", "cvijetin-mijatovic", "kim-il-sung", "cvijetin-mijatovic", "kim-il-sung"],
        ["Subject:", "Copies:", "Drafted by:"], []),
}


@pytest.mark.parametrize("family", FAMILIES)
def test_turns_fields_and_doubts_of_a_family(family: str) -> None:
    page, turns, fields, reviewed = FAMILIES[family]
    doc = read_page(page, f"{family}.txt")
    assert [b.speaker for b in doc.blocks if isinstance(b, Turn)] == turns
    assert [b.label for b in doc.blocks if isinstance(b, Field)] == fields
    assert [w.line for w in doc.warnings if w.severity == "review"] == reviewed
