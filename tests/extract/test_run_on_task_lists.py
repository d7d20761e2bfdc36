"""A task list a page ran onto one line, its paragraphs apart only by spaces: the items,
their units and the document's rule for leads read back. Expected values read off the file
by hand."""

from __future__ import annotations

from gongbao.clean.spacing import close_cjk_spaces
from tests.structure.corpus_pages import corpus_doc, corpus_issue

HAIYAN = "web-page/zhejiang-jiaxing-haiyan-2022-zhongdian-gongzuo-fenjie-gov-page.txt"


def test_a_run_on_task_list_keeps_its_items_and_their_units() -> None:
    """'…(此件公开发布) 政府工作报告2022年重点工作责任分解 一、王丹县长牵头重点工作 1.全县生产
    总值增长7.5%左右;… 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局…' on one line:
    each item a measure, the first unit its lead by the rule the first list prints."""
    issue = corpus_issue(HAIYAN)
    assert [(m.title[:12], m.responsible, m.lead) for m in issue.facts["measures"]] == [
        (
            "全县生产总值增长7.5%",
            ["县发改局", "县财政局", "县税务局", "县农业农村局"],
            ["县发改局"],
        ),
        ("落实党政机关过紧日子的要", ["县财政局"], ["县财政局"]),
        ("坚持县政府常务会议集体学", ["县司法局"], ["县司法局"]),
    ]
    doc = issue.documents[0]
    assert (doc.title, doc.issuers, doc.signature, [a.title for a in doc.attachments]) == (
        "海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知",
        ["海盐县人民政府办公室"],
        ["海盐县人民政府办公室"],
        ["政府工作报告2022年重点工作责任分解"],
    )


def test_an_empty_status_cell_does_not_take_the_headline_under_the_table() -> None:
    """'[ 发布机构 ] | … | [ 有效性 ] | |' then '[ 成文日期 ] | 2020-07-16 |…': the status is
    left empty; the page's dates are the next row's, told apart from the text's own."""
    issue = corpus_issue(
        "web-page/chongqing-kaizhou-2018-kaizhoufubanfa13-touzi-xiangmu-banfa-meta-page.txt"
    )
    assert issue.meta.published == "2020-07-16"
    assert [p.detail for p in issue.problems if p.kind == "page_metadata_differs"] == [
        "成文日期：网页记为“2020-07-16”，正文为“2018-02-27”"
    ]
    assert corpus_doc(HAIYAN).date == "2022-04-18"


def test_spaces_between_the_paragraphs_of_a_long_line_are_kept() -> None:
    long_line = "甲" * 300 + "工作 一、乙丙 1.丁戊 责任单位:县财政局 2026年 (此件公开发布) 附件"
    assert close_cjk_spaces(long_line) == (
        "甲" * 300 + "工作 一、乙丙 1.丁戊 责任单位:县财政局2026年 (此件公开发布) 附件"
    )
    # a line of a printed page keeps none: its spaces are the extraction's
    assert close_cjk_spaces("工作 一、乙丙 1.丁戊") == "工作一、乙丙1.丁戊"
