"""Heads as sites, law databases and their mirrors print them: the note under the title giving the
date and 文号 together, run onto the first paragraph ('(1985年5月4日皖政〔1985〕38号)  根据…');
a date printed just before a 文号 (its 日 is not the 文号's); labels with a mirror's pinyin
inside them ('頒布時(shí)間'); a title about the rules of 任免, which is no 任免 notice; a
site's clock over the page ('今天是:2025年12月06日'); a 主送 run onto the text after a space.
Expected values checked by hand against the files in tests/corpus (the two copies of the
1985 notice agree on its date and 文号)."""

from __future__ import annotations

import gongbao
from gongbao.docnumber import find_doc_number
from gongbao.structure.kinds import kind_of
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def _head(path: str) -> tuple[str, str | None, str | None, list[str], str]:
    issue = gongbao.parse_bytes((CORPUS / path).read_bytes())
    assert len(issue.documents) == 1
    d = issue.documents[0]
    return d.title, d.doc_number, d.date, d.issuers, d.kind


def test_a_date_before_a_number_keeps_its_day() -> None:
    assert find_doc_number("(1985年5月4日皖政〔1985〕38号)") == "皖政〔1985〕38号"
    assert find_doc_number("二〇〇四年六月二十三日酒政发〔2004〕89号") == "酒政发〔2004〕89号"
    # a code that opens with 日 after no date is the code
    assert find_doc_number("日照市政发〔2004〕8号") == "日照市政发〔2004〕8号"
    assert find_doc_number("今日照发〔2004〕8号") == "今日照发〔2004〕8号"
    assert find_doc_number("5月4日〔1985〕38号") is None


def test_a_note_run_onto_the_first_paragraph() -> None:
    assert _head("web-page/anhui-1985-renmian-wenti-asianlii.txt") == (
        "安徽省人民政府关于任免国家机关工作人员问题的通知",
        "皖政〔1985〕38号",
        "1985-05-04",
        ["安徽省人民政府"],
        "notice",
    )


def test_labels_with_pinyin_inside_them() -> None:
    assert _head("mirror-noise/anhui-1985-renmian-wenti-trad-pinyin-galtzs.txt") == (
        "安徽省人民政府關于任免國家機關工作人員問題的通知",
        "皖政[1985]38號",
        "1985-05-04",
        ["安徽省人民政府"],
        "notice",
    )


def test_titles_about_personnel_rules_are_not_personnel_notices() -> None:
    assert kind_of("安徽省人民政府关于任免国家机关工作人员问题的通知") == "notice"
    assert kind_of("关于深化人事制度改革的意见") == "opinion"
    assert kind_of("干部任免工作规定") == "regulation"
    assert kind_of("关于任免国家机关工作人员的通知") == "personnel"
    assert kind_of("关于免去张三的市人民政府工作部门职务的通知") == "personnel"
    assert kind_of("关于王某某同志职务任免的决定") == "personnel"


def test_a_sites_clock_and_a_main_addressee_run_onto_the_text() -> None:
    assert _head("web-page/sichuan-suining-2019-fangxun-yuan-zhengqiu-survey.txt") == (
        "遂宁市人民政府防汛抗旱指挥部办公室关于征求《遂宁市防汛应急预案(征求意见稿)》修改意见的函",
        None,
        None,
        ["遂宁市人民政府防汛抗旱指挥部办公室"],
        "letter",
    )
    issue = gongbao.parse_bytes(
        (CORPUS / "web-page/sichuan-suining-2019-fangxun-yuan-zhengqiu-survey.txt").read_bytes()
    )
    assert issue.documents[0].addressees == ["市直有关部门"]
    assert (1, "今天是:2025年12月06日", "byline") in [
        (r.line, r.text, r.why) for r in issue.removed
    ]
