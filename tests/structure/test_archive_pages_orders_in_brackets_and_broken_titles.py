"""The twenty-sixth batch (a city portal's saved pages, an archive's markdown pages of national
documents, PDF texts of a national administration's orders and notices, page-store pages of
Xizang, Qinghai, Ningxia, Hainan and Xinjiang) measured before its rules, and the rules of
their kinds, each on its real file: an archive's line for its copy of the page ('存档：<…>',
'存档：N/A'); a notice's title broken where the text it issues (named without quotes) ends
like a title; a part's heading ('第一章 总则') centred under the issued text's title is not
that title; the adoption note printed with the issued text's title; an order's line in
brackets under its title; a title that opens with 关于 and has not reached its 的; the
entrusting government by its level's full name; '市场监督管理局' after '各区民政局、财政局' shares
their '各区'. Every expected value was read off the file by hand (the docstrings quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_an_archives_line_for_its_copy_of_the_page_is_the_pages() -> None:
    """'来源：<https://www.nmpa.gov.cn/…>' / '存档：<https://web.archive.org/…>' / '---' /
    '药监综药管函〔2023〕368 号' / '---' / '广东省药品监督管理局：'; and '存档：N/A' over
    '公治〔2002〕131 号' / '福建省公安厅治安巡警总队：'."""
    doc = corpus_doc("reply/national-nmpa-2023-yaojianzongyaoguanhan368-fuhan-historyarchive.md")
    assert (doc.doc_number, doc.addressees) == (
        "药监综药管函〔2023〕368号",
        ["广东省药品监督管理局"],
    )
    doc = corpus_doc("reply/national-mps-2002-gongzhi131-xingbie-biangeng-pifu-historyarchive.md")
    assert (doc.doc_number, doc.addressees, doc.date) == (
        "公治〔2002〕131号",
        ["福建省公安厅治安巡警总队"],
        "2002-09-04",
    )


def test_an_archives_line_for_the_original_page() -> None:
    """(the twenty-seventh batch) '原文：<http://www.moe.gov.cn/…>' / '存档：<https://web.archive.org/
    …>' / '---' / '教师提案〔2020〕475 号' / '您提出的《…》收悉…'."""
    doc = corpus_doc("reply/national-moe-2020-jiaoshitian475-tian-dafu-han-historyarchive.md")
    assert doc.doc_number == "教师提案〔2020〕475号"


def test_a_title_broken_where_the_issued_texts_name_ends_like_a_title() -> None:
    """'广州市人力资源和社会保障局 广州市公安局' / '关于印发广州市引进人才入户管理办法' / '实施细则的
    通知', and the 细则 printed under its title, over '第一章 总则'."""
    doc = corpus_doc(
        "web-page/guangdong-guangzhou-2022-suirenshe-guizi2-rencai-ruhu-xize-tongzhi-rsj-page.html"
    )
    assert (doc.title, [a.title for a in doc.attachments]) == (
        "广州市人力资源和社会保障局广州市公安局关于印发广州市引进人才入户管理办法实施细则的通知",
        ["广州市引进人才入户管理办法实施细则"],
    )


def test_a_parts_heading_centred_under_the_issued_texts_title_is_not_that_title() -> None:
    """'2024年1月3日' / '广州市长期护理保险试行办法' / '**第一章 总则**' (each centred)."""
    doc = corpus_doc(
        "web-page/guangdong-guangzhou-2024-suiyibaoguizi1-changhuxian-banfa-tongzhi-gongbao-page.html"
    )
    assert [a.title for a in doc.attachments] == ["广州市长期护理保险试行办法"]
    # and the adoption note centred with the title it follows: '**国 务 院 工 作 规 则**' /
    # '（二○○四年六月十六日国务院' / '第54次常务会议修订通过）' / '第一章 总 则'
    doc = corpus_doc("web-page/govcn-2004-guofa18-work-rules.html")
    assert [a.title for a in doc.attachments] == ["国务院工作规则"]


def test_an_orders_line_in_brackets_under_its_title() -> None:
    """'医疗保障基金飞行检查管理暂行办法' / '（国家医疗保障局令第 6 号）' / '《…》已经…审议通过，现予
    以公布…' / '局 长：胡静林' / '2023年3月13日'."""
    doc = corpus_doc("order/national-nhsa-2023-ling6-feixing-jiancha-medpolicyrag.txt")
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (
        "医疗保障基金飞行检查管理暂行办法",
        "国家医疗保障局令第6号",
        ["国家医疗保障局"],
        "2023-03-13",
    )


def test_a_title_opening_with_about_goes_on_to_its_de() -> None:
    """'关于2020年琼中黎族苗族自治县和县本级财政预算' / '执行情况及2021年琼中黎族苗族自治县和县本级'
    / '财政预算的报告' / '各位代表:' / '受县政府委托,现将…'."""
    doc = corpus_doc(
        "budget-report/hainan-qiongzhong-2021-budget-report-threeline-title-nospeaker-sznianjian-page.txt"
    )
    assert (doc.title, doc.kind, doc.issuers) == (
        "关于2020年琼中黎族苗族自治县和县本级财政预算执行情况及2021年琼中黎族苗族自治县和县本级"
        "财政预算的报告",
        "report",
        ["琼中黎族苗族自治县人民政府"],
    )


def test_a_market_regulators_bureau_shares_the_level_before_it() -> None:
    """'各区民政局、财政局、市场监督管理局：'."""
    doc = corpus_doc(
        "web-page/guangdong-guangzhou-tianhe-2024-suiminguizi3-zhucan-peican-banfa-tongzhi-gkmlpt-page.html"
    )
    assert doc.addressees == ["各区民政局、财政局、市场监督管理局"]
