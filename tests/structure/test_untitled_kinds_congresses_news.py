"""Documents whose head does not say what they are: an untitled text sent to its addressees
says it in its own words, a congress named by its level alone is named by the text's place,
a draft budget is a budget, a report of a meeting is news. Every expected value was read off
the file by hand."""

from __future__ import annotations

import pytest

from gongbao.structure.kinds import kind_told
from tests.structure.corpus_pages import corpus_doc


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        # '《尼木县人民政府工作规则》经…会议通过,现予以印发,…特此通知。'
        ("opinion/xizang-lasa-nimu-2022-gongzuo-guize-notitle-page.txt", "notice"),
        # '…经县人民政府研究,决定对…进行通報表彰。' (traditional)
        (
            "opinion/guizhou-zunyi-xishui-2009-minzheng-xianjin-tongbao-notitle-trad-page.txt",
            "notice",
        ),
        # '现将…予以公布。'
        ("opinion/liaoning-2004-kaifaqu-chexiao-notitle-gov-page.txt", "notice"),
        # '你乡《关于要求调整行政村规模的请示》…收悉。…现将有关事项批复如下:'
        (
            "reply/zhejiang-hangzhou-chunan-2020-jieshou-xingzhengcun-tiaozheng-pifu-notitle-page.txt",
            "reply",
        ),
    ],
)
def test_an_untitled_document_is_the_kind_its_words_say(path: str, kind: str) -> None:
    d = corpus_doc(path)
    assert (d.title, d.kind) == ("", kind)


def test_an_untitled_notice_issues_the_text_printed_after_it() -> None:
    """'《鹽城市公共資源公平交易新生態攻堅行動方案》經市政府常務會議審議通過,現印發給你們' (no
    已 before 经), the plan printed after the date under its own title: the attachment."""
    d = corpus_doc(
        "mirror-noise/jiangsu-yancheng-2024-gonggong-ziyuan-jiaoyi-fangan-notitle-trad-pinyin-page.txt"
    )
    assert (d.kind, [a.title for a in d.attachments]) == (
        "notice",
        ["鹽城市公共資源公平交易新生態攻堅行動方案"],
    )


def test_a_text_that_says_two_kinds_says_none() -> None:
    assert kind_told("现将有关事项通知如下：…特此通知。") == "notice"
    assert kind_told("…特此通知。…特此决定。") is None
    assert kind_told("经研究，同意你们的意见。") is None


def test_a_congress_in_plenary_named_by_its_level_is_named_by_the_texts_place() -> None:
    """'(2011年1月9日县十六届人大五次会议通过)' over a 决议 whose text opens '房县第十六届房县
    第十六届人民代表大会第五次会议,…' (the page printed the name twice): 房县人民代表大会."""
    d = corpus_doc(
        "npc/hubei-shiyan-fangxian-2011-renda-zhengfu-baogao-jueyi-notitle-epaper-page.txt"
    )
    assert (d.date, d.issuers) == ("2011-01-09", ["房县人民代表大会"])


def test_a_places_draft_budget_is_a_budget_of_its_government() -> None:
    """'彭水苗族土家族自治县2021年预算执行' / '情况和2022年预算草案' over the budget's tables."""
    d = corpus_doc("budget-report/chongqing-pengshui-2021-budget-report-page.txt")
    assert (d.title, d.kind, d.issuers) == (
        "彭水苗族土家族自治县2021年预算执行情况和2022年预算草案",
        "budget",
        ["彭水苗族土家族自治县人民政府"],
    )


def test_a_report_of_the_meeting_that_appointed_is_news_issued_by_no_one() -> None:
    """'中国网海峡频道7月24日讯(周晓磊)23日,泉州市十六届人大常委会召开第十三次会议。会议审议
    决定,任命王永礼为…代理市长。' and '受…委托,副主任许文贵主持会议': a news report."""
    d = corpus_doc("personnel/fujian-quanzhou-2018-npcsc-daili-shizhang-mingdan-news-page.txt")
    assert (d.title, d.kind, d.issuers) == ("", "news", [])
    d = corpus_doc("personnel/sichuan-suining-2018-npcsc-daili-shizhang-pengxi-gov-page.txt")
    assert (d.title, d.kind, d.issuers) == ("市人大常委会决定邓正权为代理市长", "news", [])


def test_a_signature_keeps_no_pinyin_reading_a_mirror_put_in_it() -> None:
    """'蟠貓鄉(xiāng)人民政府' signs a reply a mirror annotated: the signature is the name, as
    the cleaner reads the line ('經研究,答復如下' also makes the untitled text a reply)."""
    d = corpus_doc("reply/yunnan-chuxiong-panmao-2022-renda-jianyi-dafu-notitle-pinyin-page.txt")
    assert (d.title, d.kind, d.signature) == ("", "reply", ["蟠貓鄉人民政府"])


def test_a_notices_code_may_end_in_its_kind() -> None:
    """'巧县城指通告〔2020〕1号' under the 通告's title: the code is whole."""
    d = corpus_doc(
        "announcement/yunnan-zhaotong-qiaojia-2020-fengbi-shigong-tonggao1-ynqjnews-page.txt"
    )
    assert d.doc_number == "巧县城指通告〔2020〕1号"


def test_a_meeting_line_printed_with_horizontal_bars() -> None:
    """'――2003年4月22日在广州市海珠区第十三届人民代表大会第一次会议上' (U+2015 twice) over
    '区长 邓伟强', no title printed; the report says '我代表海珠区人民政府向大会作政府工作报告':
    that name, not one made from the meeting's place."""
    d = corpus_doc("work-report/guangdong-guangzhou-haizhu-2003-work-report-notitle-gov-page.txt")
    assert (d.title, d.date, d.kind, d.issuers) == (
        "",
        "2003-04-22",
        "report",
        ["海珠区人民政府"],
    )


def test_a_budget_account_under_a_sites_headline_and_record() -> None:
    """The site's headline '天水市麦积区花牛镇人民政府2022年部门预算情况说明', its record
    ('- 索引号: …', '- 标题: …'), then the account's own title over two lines ('…2022年部门预算'
    / '情况说明'): the own title; the issuer as the headline names it in full."""
    d = corpus_doc("dept-budget/gansu-tianshui-maiji-huaniuzhen-2022-dept-budget-gov-page.txt")
    assert (d.title, d.issuers) == (
        "麦积区花牛镇人民政府2022年部门预算情况说明",
        ["天水市麦积区花牛镇人民政府"],
    )


def test_a_title_with_a_year_names_no_issuer_through_it() -> None:
    """'全南县中寨中心小学2021年部门预算编制说明': the school (a 小学 is an organ's name), never
    '…小学2021年部' (the 部 of 部门)."""
    d = corpus_doc(
        "dept-budget/jiangxi-ganzhou-quannan-zhongzhai-xiaoxue-2021-dept-budget-gov-page.txt"
    )
    assert d.issuers == ["江西省全南县中寨中心小学"]


def test_a_title_broken_after_its_opening_under_a_news_headline() -> None:
    """The site's headline '许昌发布52号通告:…!', its byline, then '关于调整中心城区' / '封控管控
    区域的通告' / '(2022年52号)' a paragraph each: the two lines are the title ('关于调整中心城区'
    is no place's name), the bracketed number its 文号."""
    d = corpus_doc("repost/henan-xuchang-2022-yiqing-tonggao52-hnmdtv-page.txt")
    assert (d.title, d.doc_number) == ("关于调整中心城区封控管控区域的通告", "2022年52号")


def test_a_mark_over_two_lines_under_a_shifted_record() -> None:
    """A record whose values a page shifted a cell along ('【颁布单位】 | 新政发〔2007〕号'), then
    '新疆维吾尔自治区' / '人 民 政 府 文 件' / the 文号 / the title: the issuer is the mark's,
    the place on its first line; a 文号's fragment is no issuer."""
    d = corpus_doc(
        "redhead/xinjiang-2007-xinzhengfa2-nongtian-shuili-tianshanbei-tongbao-zkzxpx-page.txt"
    )
    assert (d.doc_number, d.issuers) == ("新政发〔2007〕2号", ["新疆维吾尔自治区人民政府"])


def test_a_number_or_a_year_is_in_no_issuers_name() -> None:
    """A record flattened out of order gave '151【实施日期】101103' as the issuer: none."""
    d = corpus_doc("opinion/guangdong-2012-feiyi-minglu-shuffled-meta-zkzxpx-page.txt")
    assert d.issuers == []


def test_an_emergency_plans_title_under_a_record_with_empty_fields() -> None:
    """'…应急预案-湘西高新技术产业开发区' (the site's headline), a bulleted record whose last
    fields are empty ('• 信息时效期:', '• 签署日期:', '• 登记日期:'), then the plan's own
    title: a 预案 ends a title, and an empty field is the record's, not a 主送 line."""
    d = corpus_doc("web-page/hunan-xiangxi-gaoxinqu-2022-dizhi-zaihai-yuan-meta-gov-page.txt")
    assert (d.title, d.doc_number) == ("湘西高新技术产业开发区突发性地质灾害应急预案", None)


def test_a_mastheads_pinyin_reading_is_no_part_of_the_issuer() -> None:
    """'績溪縣上莊鎮(zhèn)人民政府' over the page: the issuer without the reading."""
    d = corpus_doc(
        "mirror-noise/anhui-xuancheng-jixi-shangzhuang-2020-fangxun-kanghan-yuan-trad-pinyin-jk9a-page.txt"
    )
    assert all("(" not in n for n in d.issuers)
    assert d.title == "關于印發績溪縣防汛抗旱應急預案的通知"
