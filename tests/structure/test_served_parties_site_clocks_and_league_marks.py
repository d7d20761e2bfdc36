"""Batch 41 of the corpus (orders and 条例, departments' notices and decisions, reports of
all kinds), scored before its rules, and the rules of their kinds. Each expected value read
off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_the_party_a_penalty_decision_is_served_on_is_no_issuer() -> None:
    """'偃师市环境保护局行政处罚决定书' / '偃环罚决字〔2021〕第081号' / '洛阳大成建材有限公司' /
    '统一社会信用代码:…': the company had been the issuer."""
    doc = corpus_doc(
        "gazette-item/henan-luoyang-yanshi-2021-huanbao-xingzheng-chufa-jueding-page.txt"
    )
    assert (doc.issuers, doc.addressees, doc.doc_number) == (
        ["偃师市环境保护局"],
        ["洛阳大成建材有限公司"],
        "偃环罚决字〔2021〕第081号",
    )


def test_a_sites_name_and_its_clock_over_a_places_report() -> None:
    """'天津市静海区人民政府 2019年12月3日星期二' (the site's banner and a stuck clock) over the
    headline '静海区2023年度法治政府建设情况报告': had been run into the title; the report is
    the government's whose site it is."""
    issue = corpus_issue(
        "web-page/tianjin-jinghai-2023-fazhi-zhengfu-report-stale-date-banner-gov-page.txt"
    )
    assert (1, "page_tools") in [(r.line, r.why) for r in issue.removed]
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == (
        "静海区2023年度法治政府建设情况报告",
        ["天津市静海区人民政府"],
    )


def test_a_short_bureau_placed_by_a_city_the_title_prints_with_its_level() -> None:
    """'关于2016年度苏州市本级预算执行和其他财政收支的审计工作报告' … '市审计局局长 …': had been
    '市审计局'."""
    doc = corpus_doc("budget-report/jiangsu-suzhou-2017-audit-report-loading-sjj-page.txt")
    assert (doc.issuers, doc.date) == (["苏州市审计局"], "2017-06-27")


def test_an_organs_name_alone_over_a_text_that_opens_at_once() -> None:
    """'浑南区国资局' / '根据《中华人民共和国政府信息公开条例》…' / '一、总体情况': no title;
    the bureau issues it."""
    doc = corpus_doc(
        "disclosure-report/liaoning-shenyang-hunnan-guoziju-2022-disclosure-report-orgname-head-"
        "gov-page.txt"
    )
    assert (doc.title, doc.issuers, doc.kind) == ("", ["浑南区国资局"], "report")


def test_a_league_committees_mark_is_its_issuer() -> None:
    """'共青团广东省经济贸易委员会机关委员会文件' / '粤经贸团委〔2009〕13号' (its name printed
    nowhere else): had given no issuer."""
    doc = corpus_doc("redhead/guangdong-jmw-tuanwei-2009-biaozhang-tongbao-redhead-gov-page.txt")
    assert doc.issuers == ["共青团广东省经济贸易委员会机关委员会"]
