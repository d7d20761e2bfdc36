"""Heads of 令, 纪要, congresses' texts, task lists and reposts from a batch measured before
any rule was written for it (title / 文号 / date / issuers on arrival 0.85 / 0.98 / 0.98 /
0.98 over 40 files). Every expected value was read off the file by hand."""

from __future__ import annotations

from gongbao.model import Document
from gongbao.pipeline import parse_text
from gongbao.structure.zones import issued_line, zone_of
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def _head(d: Document) -> tuple[str, str | None, str | None, list[str], list[str]]:
    return d.title, d.doc_number, d.date, d.issuers, d.signature


def test_an_order_numbered_in_brackets_without_di() -> None:
    """'南京市人民政府令' / '(282号)' / promulgation / '市长 季建业' / date / the rules' title; the
    rules' first article breaks its lines after '《' ('…根据《' / '中华人民共和国城乡规划法》、
    国务院《' / …): the cited titles are read whole."""
    issue = corpus_issue("order/jiangsu-nanjing-2012-ling282-dixia-guanxian-fsou-page.txt")
    d = issue.documents[0]
    assert _head(d) == (
        "南京市城市地下管线管理办法",
        "南京市人民政府令(282号)",
        "2012-01-10",
        ["南京市人民政府"],
        ["市长 季建业"],
    )
    cited = {r.title for r in issue.facts["references"]}
    assert {"中华人民共和国城乡规划法", "建设工程质量管理条例", "江苏省城乡规划条例"} <= cited


def test_a_spread_office_with_a_colon_and_the_rules_named_without_their_place() -> None:
    """'市 长:杨松柏' signs; '《甜城湖保护管理暂行办法》已经…通过' promulgates the document's own
    title without its place: no reference to itself."""
    issue = corpus_issue("order/sichuan-neijiang-2013-ling40-tianchenghu-baohu-infoeach-page.txt")
    assert issue.documents[0].signature == ["市长 杨松柏"]
    assert "甜城湖保护管理暂行办法" not in {r.title for r in issue.facts["references"]}


def test_minutes_issued_by_an_office_on_the_line_under_their_number() -> None:
    """'文章播报' (a reader widget), '〔2011〕80号', '永康市人民政府办公室 二○一一年十月十七日':
    no title printed; that line gives the issuer and the date."""
    issue = corpus_issue(
        "minutes/zhejiang-jinhua-yongkang-2011-shizhang-bangonghui-jiyao80-nbxinxi-page.txt"
    )
    d = issue.documents[0]
    assert _head(d) == ("", "〔2011〕80号", "2011-10-17", ["永康市人民政府办公室"], [])
    assert d.kind == "minutes"
    assert [(r.text, r.why) for r in issue.removed] == [("文章播报", "page_tools")]
    assert issued_line("永康市人民政府办公室二○一一年十月十七日") == (
        "永康市人民政府办公室",
        "二○一一年十月十七日",
    )
    assert zone_of("会议听取了市府办汇报 2011年10月17日") is None


def test_a_congress_decision_without_title_names_no_meeting_as_its_issuer() -> None:
    """'(2016年2月29日县十六届人大六次会议第三次会议通过)' over the text: a 决定 (no articles);
    the meeting is no issuer, the congress that met is — its place from the text ('经剑河县第十
    六届人民代表大会第六次会议审议'), checked by hand against the file."""
    d = corpus_doc(
        "npc/guizhou-qiandongnan-jianhe-2016-renda-feizhi-yanhua-jueding-notitle-rd-page.txt"
    )
    assert (d.title, d.date, d.issuers, d.kind) == (
        "",
        "2016-02-29",
        ["剑河县人民代表大会"],
        "decision",
    )


def test_a_news_accounts_name_over_its_follow_button_is_its_byline() -> None:
    issue = corpus_issue(
        "personnel/guangdong-zhuhai-jinwan-2020-npcsc-fuquzhang-zishen-southcn-page.txt"
    )
    assert issue.documents[0].title == "祝庆盟任金湾区政府副区长"
    assert [(r.text, r.why) for r in issue.removed][:2] == [
        ("珠海金湾", "byline"),
        ("+ 订阅", "page_tools"),
    ]


def test_a_title_over_a_sites_record_without_labels() -> None:
    """The title, then 'QE2305000-2023-002', '主动公开', the 文号, the issuer and '2023.01.31'
    (the record's values, their labels lost): the first line is the title."""
    d = corpus_doc(
        "line-shapes/shanghai-qingpu-yjj-2023-qingyingji3-gongmao-yinhuan-zhengzhi-oneline-page.txt"
    )
    assert _head(d) == (
        "青浦区应急管理局关于开展工贸企业岁末年初安全生产重大隐患专项整治行动的通知",
        "青应急〔2023〕3号",
        "2023-01-31",
        ["上海市青浦区应急管理局"],
        ["青浦区应急管理局"],
    )


def test_a_signature_over_its_date_is_no_title() -> None:
    """A page that opens in the text of a 公示 and prints its end twice: no title."""
    d = corpus_doc(
        "mirror-noise/hunan-yueyang-pingjiang-nyj-2021-gaobiaozhun-nongtian-gongshi-trad-pinyin-page.txt"
    )
    assert (d.title, d.date, d.issuers) == ("", "2021-12-08", ["平江縣農業農村局"])


def test_a_headline_with_its_number_after_it_under_the_documents_own_head() -> None:
    """'…通告 桂政通〔2017〕6号' (the site's), then '桂政通〔2017〕6号' / '桂东县人民政府' / '关于…
    的通告': the 文号 printed above the title makes it the document's head."""
    d = corpus_doc(
        "repost/hunan-chenzhou-guidong-2017-guizhengtong6-jieganjinshao-tonggao-tuliu-page.txt"
    )
    assert (d.title, d.doc_number, d.issuers) == (
        "桂东县人民政府关于禁止露天焚烧秸秆的通告",
        "桂政通〔2017〕6号",
        ["桂东县人民政府"],
    )


def test_a_masthead_between_a_sites_headline_and_the_title() -> None:
    """Headline, '新疆维吾尔自治区人民政府' / '文件' / '新政发〔2020〕16号' / the title over two
    lines: the masthead names the issuer."""
    d = corpus_doc("redhead/xinjiang-2020-wen-jiuye-shishi-yijian-alsk-page.txt")
    assert (d.title, d.doc_number, d.issuers) == (
        "关于印发《新疆维吾尔自治区关于进一步做好稳就业工作的实施意见》的通知",
        "新政发〔2020〕16号",
        ["新疆维吾尔自治区人民政府"],
    )


def test_a_place_tagged_headline_over_an_untitled_notice() -> None:
    """'永定区:关于…的通知' (a news site's headline), a time stamp with the channel after it, the
    byline, then '各学校、幼儿园:': the notice prints no title of its own."""
    issue = corpus_issue(
        "repost/hunan-zhangjiajie-yongding-jyj-2021-yuxue-fuke-tongzhi-rednet-page.txt"
    )
    d = issue.documents[0]
    assert (d.title, d.addressees, d.issuers) == ("", ["各学校、幼儿园"], ["张家界市永定区教育局"])
    assert issue.meta.published == "2021-12-27"
    # a news item's own headline stays its title
    news = corpus_doc("personnel/jiangxi-fuzhou-2015-npcsc-daili-shizhang-baogaosu-page.txt")
    assert news.title == "抚州:张和平辞去市长职务张鸿星任代理市长"


def test_addressees_after_a_bare_level_and_a_zone_without_its_place() -> None:
    assert corpus_doc(
        "repost/hebei-handan-guangping-2019-zhengyue-jinshao-muchai-tongzhi-hebnews-page.txt"
    ).addressees == ["各镇", "各县直相关部门", "经济开发区管委会"]
    assert corpus_doc(
        "mirror-noise/jiangsu-nantong-chongchuan-2020-chongchuanzhengbanfa11-chengshi-anquan-trad-page.txt"
    ).addressees == ["各街道、開發區", "區相關部門和單位"]
    assert corpus_doc(
        "repost/sichuan-deyang-2003-xiagang-zaijiuye-tongzhi-ilaw66-page.txt"
    ).addressees == ["各县(市、区)委、政府", "市级各部门", "市属及其以上企事业单位"]


def test_texts_issued_as_the_lead_names_them() -> None:
    """The title names the package ('…“五个全覆盖”工作方案'), the lead its parts ('现将《A》
    《B》…印发给你们'); or the title's words are no title's ('…工作总结和…工作要点') and the
    lead quotes them ('《A》和《B》已经…通过,现予以下发')."""
    assert [
        a.title
        for a in corpus_doc(
            "line-shapes/jiangxi-ganzhou-yudu-2022-yufubanfa33-yingji-wuge-quanfugai-oneline-page.txt"
        ).attachments
    ] == ["于都县应急责任落实全覆盖工作方案"]
    assert [
        a.title
        for a in corpus_doc(
            "line-shapes/zhejiang-shaoxing-wjw-2017-weisheng-jisheng-gongzuo-zongjie-yaodian-oneline-page.txt"
        ).attachments
    ] == ["2016年绍兴市卫生计生工作总结"]


def test_full_width_figures_with_their_point() -> None:
    """A PDF font's private-use point ('\\U001001b0') and a full-width one between full-width
    digits are a figure's decimal point; an item's number before a year is not."""
    text = (
        "关于2025年预算执行情况和2026年预算草案的报告\n\n各位代表:\n\n一、2025年预算执行情况\n\n"
        "全市一般公共预算收入２２２１\n\U001001b0９亿元，其中，税收收入１６９０．４亿元。"
        "预算总收入减去预算总支出，当年结余２８６．７亿元。\n"
    )
    lines = [(b.label, b.amount) for b in parse_text(text).facts["budget_lines"]]
    assert lines == [("全市一般公共预算收入", 2221.9), ("税收收入", 1690.4), ("当年结余", 286.7)]


def test_a_figure_broken_before_its_point_is_read_whether_lines_or_paragraphs_part_it() -> None:
    """Tianjin's '…收入２２２１' / '．９亿元' (tianjin-2025-budget-report line 70 and the next):
    joined next to each other by the shape, a blank line apart by the paragraph joins — both
    read 2221.9 (the joins had left the full-width point, which no figure reads)."""
    for gap in ("\n", "\n\n"):
        text = (
            "关于2025年预算执行情况和2026年预算草案的报告\n\n各位代表:\n\n"
            f"全市一般公共预算收入２２２１{gap}．９亿元，其中，税收收入１６９０．４亿元。\n"
        )
        lines = [(b.label, b.amount) for b in parse_text(text).facts["budget_lines"]]
        assert lines == [("全市一般公共预算收入", 2221.9), ("税收收入", 1690.4)], gap
