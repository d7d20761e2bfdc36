"""Rules found while scoring batch 51 (topics of local notices, law collections' orders, a
crawler's saved government page), each tested on a file it changed. Each expected value read
off the file by hand (the docstrings quote the lines); each test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_the_text_the_font_buttons_resize_and_a_record_without_colons() -> None:
    """'<table class="xxgk_article">' holding '<td>文号</td>' / '<td>丽政发〔2023〕30号</td>'
    (labels without colons), then the text in '<div class="zoom">': the page's text is the
    zoom's, not the record's table (the page was read as its record alone, no document), and
    the record's 文号 is the document's."""
    doc = corpus_doc(
        "web-page/zhejiang-lishui-2023-lizhengfa30-tuiyi-shibing-anzhi-renwu-html-page.html"
    )
    assert (doc.title, doc.doc_number, doc.date, doc.issuers) == (
        "丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知",
        "丽政发〔2023〕30号",
        "2023-10-16",
        ["丽水市人民政府"],
    )


def test_the_rules_title_over_their_orders_line() -> None:
    """'# 非煤矿矿山企业安全生产许可证实施办法' / '国家安全生产监督管理总局令' / '第20号' / '新修订的
    《非煤矿矿山企业安全生产许可证实施办法》已经…': a 令 titled by the rules it promulgates,
    issued by the organ its line names."""
    doc = corpus_doc(
        "order/anjianzongju-2009-ling20-feimei-kuangshan-xukezheng-banfa-hanzi-date-waystowork.md"
    )
    assert (doc.title, doc.doc_number, doc.issuers, doc.kind) == (
        "非煤矿矿山企业安全生产许可证实施办法",
        "国家安全生产监督管理总局令第20号",
        ["国家安全生产监督管理总局"],
        "order",
    )


def test_a_courts_text_adopted_by_its_committee_is_the_courts() -> None:
    """'（2021年6月8日最高人民法院审判委员会第1841次会议通过，自2021年8月1日起施行）': the court
    issues what its 审判委员会 adopted."""
    doc = corpus_doc(
        "gazette-item/zgrmfy-2021-fashi15-renlian-shibie-guiding-split-note-waystowork.md"
    )
    assert doc.issuers == ["最高人民法院"]


def test_a_公告_that_publishes_a_text_without_a_title_of_its_own() -> None:
    """'中华人民共和国最高人民法院 中华人民共和国最高人民检察院' / '公告' / '《最高人民法院、最高
    人民检察院关于适用〈中华人民共和国刑法〉第三百四十四条有关问题的批复》已于…通过，现予公布…'
    / the 批复's text: the document is the 批复, titled as the 公告 quotes it, issued by the
    公告's organs by their full names."""
    doc = corpus_doc(
        "reply/zgrmfy-zgrmjcy-2020-fashi2-xingfa344-pifu-notitle-gonggao-waystowork.md"
    )
    assert (doc.title, doc.kind, doc.issuers) == (
        "最高人民法院、最高人民检察院关于适用〈中华人民共和国刑法〉第三百四十四条有关问题的批复",
        "reply",
        ["中华人民共和国最高人民法院", "中华人民共和国最高人民检察院"],
    )


def test_the_公告_under_the_head_names_the_issuers_in_full() -> None:
    """'最高人民法院 最高人民检察院' / '关于…的批复' over '中华人民共和国最高人民法院 中华人民共和国
    最高人民检察院 公告': of one organ's names, the fullest printed."""
    doc = corpus_doc("reply/zgrmfy-zgrmjcy-2019-fashi18-susong-qian-gonggao-pifu-waystowork.md")
    assert doc.issuers == ["中华人民共和国最高人民法院", "中华人民共和国最高人民检察院"]


def test_an_orders_line_numbered_before_令_under_the_rules_title() -> None:
    """'# 土地调查条例实施办法' / '国土资源部第45号令' / '2009年6月17日国土资源部第45号令公布' / the
    later amendments: the order's number, its day, its organ."""
    doc = corpus_doc(
        "order/guotuziyuanbu-2009-ling45-tudi-diaocha-banfa-history-only-waystowork.md"
    )
    assert (doc.doc_number, doc.date, doc.issuers, doc.kind) == (
        "国土资源部第45号令",
        "2009-06-17",
        ["国土资源部"],
        "order",
    )
