"""The twenty-first batch (markdown exports of Shanghai documents and of the national law
database, a crawler's dump of State Council texts, a GB/T 9704 text from a dataset) measured
before its rules, and the rules of their kinds, each on its real file: a title printed again
over three lines under an export's heading of the whole title; a date broken at each of its
numbers' ends; an order's promulgation with its signer and date run onto it ('现公布《…》，自…
起施行。总理　　李克强 　…2017年12月25日'), titled by the rules it promulgates; a premier's title
and name printed together ('总理李鹏'); an export's '发布单位' as the page's publisher. Every
expected value was read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_title_printed_again_over_three_lines_under_the_exports_heading() -> None:
    """'# 化隆回族自治县施行《中华人民共和国民法典》结婚年龄的变通规定' / '化隆回族自治县' / '施行《中华
    人民共和国民法典》结婚年龄的' / '变通规定' / '（2024年1月30日…会议通过 …批准）'; and '三都水族自治县
    人民代表大会关于修改' / '《三都水族自治县都柳江渔业条例》' / '个别条款的决定', a blank line between."""
    doc = corpus_doc(
        "front-matter/qinghai-haidong-hualong-2024-jiehun-nianling-biantong-guiding-frontmatter.md"
    )
    assert (doc.title, doc.date, doc.issuers) == (
        "化隆回族自治县施行《中华人民共和国民法典》结婚年龄的变通规定",
        "2024-01-30",
        ["化隆回族自治县人民代表大会"],
    )
    doc = corpus_doc(
        "front-matter/guizhou-qiannan-sandu-2022-duliujiang-yuye-tiaoli-xiugai-jueding-frontmatter.md"
    )
    assert (
        doc.title
        == "三都水族自治县人民代表大会关于修改《三都水族自治县都柳江渔业条例》个别条款的决定"
    )


def test_a_date_broken_at_each_of_its_numbers() -> None:
    """'上海市嘉定区人民政府' / '2014' / '年6' / '月28' / '日' (lines 25–30)."""
    doc = corpus_doc(
        "line-shapes/shanghai-jiading-2014-jiafufa33-xialijiao-fangxun-pizhuan-tongzhi-lineshapes.md"
    )
    assert (doc.date, doc.signature) == ("2014-06-28", ["上海市嘉定区人民政府"])


def test_an_orders_signer_and_date_run_onto_its_promulgation() -> None:
    """'中华人民共和国国务院令第693号' / '现公布《中华人民共和国环境保护税法实施条例》，自2018年1月1日起施行。
    总理　　李克强 　　 　　　　　2017年12月25日', then the rules under their own title."""
    doc = corpus_doc("order/guowuyuan-2017-ling693-huanjing-baohushui-shishi-tiaoli-runon-cut.txt")
    assert (doc.title, doc.doc_number, doc.date, doc.signature, doc.kind) == (
        "中华人民共和国环境保护税法实施条例",
        "中华人民共和国国务院令第693号",
        "2017-12-25",
        ["总理 李克强"],
        "order",
    )


def test_a_premiers_title_and_name_printed_together() -> None:
    """'总理李鹏' under the order's promulgation."""
    assert corpus_doc("order/guowuyuan-1997-shengzhu-tuzai-page.txt").signature == ["总理 李鹏"]


def test_an_exports_publisher_gives_the_issuers_fuller_name() -> None:
    """'发布单位: 上海市闵行区人民政府' in the front matter; the title '闵行区人民政府关于印发…的通知'."""
    doc = corpus_doc(
        "front-matter/shanghai-minhang-2026-minfufa26-chengshi-gengxin-shiwuwu-guihua-frontmatter.md"
    )
    assert doc.issuers == ["上海市闵行区人民政府"]
