"""Heads that passed lines over to their title: a site's headline that tags a place before the
title, a package's contents numbered 01, 02 … — and every line a head passes over recorded
with its line and why (it had left the output without a trace). Expected values read off the
files by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def test_a_place_tagged_headline_over_the_documents_own_title() -> None:
    """'新乡长垣市关于实施交通管制的通告(长垣市交通管理局)' (line 1, again on line 5) over
    '关于实施交通管制的通告' (line 7): a place names no issuer; the title under it is the
    document's own. The headline's two lines are recorded, not dropped."""
    issue = corpus_issue(
        "announcement/henan-xinxiang-changyuan-2021-gonganju-jiaotong-guanzhi-tonggao-ddtbk-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title == "关于实施交通管制的通告"
    assert doc.signature == ["长垣市公安局"]
    assert doc.date == "2021-10-09"
    assert [(r.line, r.why) for r in issue.removed if r.why == "above_title"] == [
        (1, "above_title"),
        (5, "above_title"),
    ]


def test_a_contents_table_numbered_from_01_is_no_title() -> None:
    """'| 目录 |' over '| 01关于德安县2019年财政决算的报告 |' … '| 26德安县2019年债券资金使用安排表 |'
    (lines 4–30), then '| 01 |' and '| 关于德安县2019年财政决算情况的报告 |': the title is the
    text's own (it had been the contents' first entry, '01关于…'), and the 27 lines of the
    contents are recorded as such."""
    issue = corpus_issue(
        "budget-report/jiangxi-jiujiang-dean-2019-final-accounts-report-mulu-pipes-gov-page.txt"
    )
    assert issue.documents[0].title == "关于德安县2019年财政决算情况的报告"
    contents = [r for r in issue.removed if r.why == "contents"]
    assert (contents[0].line, contents[0].text) == (4, "目录")
    assert (contents[-1].line, contents[-1].text) == (30, "26德安县2019年债券资金使用安排表")
    assert len(contents) == 27
    assert not issue.problems  # (contents and a headline are a page's furniture, no problem)


def test_a_pages_lines_over_the_title_are_recorded() -> None:
    """'退出长者模式' (line 2), a site's tool over the 费县 notice's title: the head passes it over
    and records it (it had left no trace)."""
    issue = corpus_issue(
        "redhead/shandong-linyi-feixian-2017-feizhengzi114-wenbao-danwei-gov-page.txt"
    )
    assert ("退出长者模式", "above_title") in [
        (r.text, r.why) for r in issue.removed if r.line == 2
    ]


def test_five_issuers_a_line_each_over_the_titles_line() -> None:
    """'重庆市经济和信息化委员会' / '重庆市财政局' / '中共重庆市委金融委员会办公室' / '国家金融监督
    管理总局重庆监管局' / '重庆市商务委员会' / '关于印发《…（2025—2027年）》的通知' (lines 14–19):
    the five are the title's first lines (only the last two had been kept)."""
    issue = corpus_issue(
        "web-page/chongqing-2025-yujingxinguifan13-shangyongche-zhengce-cuoshi-tongzhi-joint5-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title == (
        "重庆市经济和信息化委员会重庆市财政局中共重庆市委金融委员会办公室"
        "国家金融监督管理总局重庆监管局重庆市商务委员会关于印发《重庆市支持智能网联新能源商用车"
        "产业发展政策措施（2025—2027年）》的通知"
    )
    assert doc.issuers == [
        "重庆市经济和信息化委员会",
        "重庆市财政局",
        "中共重庆市委金融委员会办公室",
        "国家金融监督管理总局重庆监管局",
        "重庆市商务委员会",
    ]
