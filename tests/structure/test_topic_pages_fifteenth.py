"""Rules found in the session of 2026-12-06 (thirteenth), on batch 84 (人大常委会 任免 reports,
reports read to a 人大, 征收 and 交易 公告). The pages are in the corpus; each expected value was
read off the page by hand; each test fails on the code before its rule (checked by stashing
``src/``) unless its docstring says it guards an exception."""

from __future__ import annotations

from gongbao.clean.wrapper import page_line
from gongbao.structure.speakers import meeting_place, read_occasion
from tests.structure.corpus_pages import corpus_doc, quoted_doc


def test_a_meeting_line_whose_day_lost_its_marks_is_read_and_its_speaker_issues() -> None:
    """A 人大 session's site: the headline, a byline '创建时间:… 来源:…常务委员会', then the
    report's meeting line with its day printed as figures alone ('——2010224在汕头市…会议上':
    年, 月 and 日 lost) and the speaker '汕头市发展和改革局局长  陈向光'. The byline is the
    site's; the day is 2010-02-24 (the only day the seven figures make); the plan report is the
    bureau's whose head reads it (it had been the government's, from the title, and no date)."""
    doc = corpus_doc(
        "work-report/guangdong-shantou-2009-jihua-zhixing-report-rd-dahui-nav-gov-page.txt"
    )
    assert doc.title == "汕头市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告"
    assert doc.date == "2010-02-24"
    assert doc.issuers == ["汕头市发展和改革局"]
    assert page_line("创建时间:2010-03-08 00:00 来源:汕头市人民代表大会常务委员会") == "byline"


def test_seven_figures_that_make_two_days_make_none() -> None:
    """Guard: '2010112' is 1月12日 or 11月2日, so the meeting line has no date (a wrong date is
    worse than none); eight figures are one day."""
    assert read_occasion("——2010112在某市第十二届人民代表大会第五次会议上").date is None  # type: ignore[union-attr]
    assert read_occasion("——20100224在某市第十二届人民代表大会第五次会议上").date == "2010-02-24"  # type: ignore[union-attr]


def test_a_standing_committee_meeting_by_its_short_name_places_the_speaker() -> None:
    """A 人大 site's audit report without its title: '2018年11月22日在慈溪市十七届人大常委会
    第十六次会议上' (the congress by its short name, its term without 第), then '市审计局局长
    俞金华': the bureau is the meeting's city's (it had been '市审计局')."""
    doc = corpus_doc(
        "budget-report/zhejiang-cixi-2018-audit-zhenggai-report-dateline-first-rd-page.txt"
    )
    assert doc.issuers == ["慈溪市审计局"]
    assert doc.date == "2018-11-22"
    assert meeting_place("慈溪市十七届人大常委会第十六次会议") == "慈溪市"


def test_a_review_committee_reports_what_it_reviewed() -> None:
    """A township portal's report without a title: its lead names the session's 财政经济审查
    委员会 as the one that reviewed the government's report ('…委员会对这个报告进行了认真审查,
    现将审查结果报告如下'): a report, that committee's, its term and session kept as its name
    (it had been a document with no issuer)."""
    doc = corpus_doc(
        "work-report/yunnan-lufeng-zhongcunxiang-2024-jihua-shencha-jieguo-report-notitle-gov-page.txt"
    )
    assert doc.kind == "report"
    assert doc.issuers == ["中村乡第二届人民代表大会第六次会议财政经济审查委员会"]


def test_a_review_naming_two_bodies_that_met_names_no_reporter() -> None:
    """Guard: where the lead's reviewers are two bodies' meetings ('…委员会第三次全体会议、
    …委员会第三次会议听取了…'), no one committee is the reporter: no issuer from the lead."""
    doc = quoted_doc(
        [
            "主任、各位副主任、各位委员:",
            "2013年5月20日,省人民代表大会财政经济委员会第三次全体会议、省人大常委会预算工作委员会"
            "第三次会议听取了省财政厅的报告,并对预算调整方案进行了初步审查。现将审查结果报告如下:",
            "一、总体情况",
        ]
    )
    assert doc.issuers == []


def test_a_masked_line_over_the_title_is_no_part_of_it() -> None:
    """A tender aggregator's copy that masks names with '*': '**省****' over the title (a
    province and an organ masked) is no bold '省' to read into the title (it had been
    '省国有建设用地使用权挂牌出让公告')."""
    doc = corpus_doc(
        "announcement/meiziran-2026-gaozi1-guapai-churang-gonggao-masked-qianlima-page.txt"
    )
    assert doc.title == "国有建设用地使用权挂牌出让公告"
    assert doc.doc_number == "梅自然告字【2026】1号"
