"""Rules found while scoring batch 54 (pages found by topic: 移民, 文物, 防空警报, 地震预案, 公交
票价, 执法检查, 政府信息公开): each tested on a file it changed. Each expected value was read
off the file by hand (the docstrings quote the lines); each test fails on the code before
its rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_news_headlines_clauses_before_the_titles_about_are_no_title() -> None:
    """'河南省政府發(fā)文,要求貫徹公交優(yōu)先戰(zhàn)略,公交車載視頻監(jiān)控安裝率到100%' /
    '關(guān)于深入貫徹' / '城市公共交通優(yōu)先發(fā)展戰(zhàn)略 推動城市公共交通高質(zhì)量發(fā)展' / '的實施意見':
    the title opens at 關于."""
    doc = corpus_doc(
        "mirror-noise/henan-2023-yuzhengban4-gongjiao-youxian-shishi-yijian-trad-pinyin-page.txt"
    )
    assert doc.title.startswith("關于深入貫徹城市公共交通優先發展戰略")
    assert doc.title.endswith("高質量發展的實施意見")
    assert doc.doc_number == "豫政辦〔2023〕4號"


def test_an_e_papers_page_label_is_no_title() -> None:
    """'第05版:小城大事' over an e-paper's page ('版面概览', '上一版下一版'): the paper's page, a
    record of the page; the notice under it is untitled."""
    issue = corpus_issue(
        "announcement/shanghai-jingan-baoshanlu-2019-zhengbing-tonggao-epaper-page.txt"
    )
    assert issue.documents[0].title == ""
    assert (1, "第05版:小城大事", "page_metadata") in [
        (r.line, r.text, r.why) for r in issue.removed
    ]


def test_the_title_again_over_lines_one_ending_on_a_cited_titles_quote() -> None:
    """The headline, then '重庆市人大常委会执法检查组' / '关于检查《重庆市预算审查监督条例》' /
    '实施情况的报告' / '——2019年7月29日在市五届人大常委会第十一次会议上': the title printed again,
    its meeting's day the report's date."""
    doc = corpus_doc(
        "work-report/chongqing-npcsc-2019-zhifa-jiancha-yusuan-tiaoli-baogao-speaker-rd-page.txt"
    )
    assert (doc.date, doc.issuers) == ("2019-07-29", ["重庆市人大常委会执法检查组"])


def test_a_township_named_bare_by_the_record_is_its_government() -> None:
    """A record's publisher '马鞍底乡', and the text prints '马鞍底乡人民政府': the fullest name."""
    doc = corpus_doc(
        "disclosure-report/yunnan-honghe-jinping-maandixiang-2021-disclosure-report-split-meta-bullets-gov-page.txt"
    )
    assert doc.issuers == ["马鞍底乡人民政府"]
