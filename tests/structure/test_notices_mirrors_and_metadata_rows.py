"""Announcements, notices issuing plans, reposts and portal pages from places new to the corpus,
and the prose facts of a batch gathered for them. Every expected value was read off the file
by hand."""

from __future__ import annotations

from gongbao.clean import clean
from gongbao.read import decode, split_lines
from tests.structure.corpus_pages import CORPUS, corpus_doc, corpus_issue


def test_an_article_sites_place_tag_and_channel_are_no_title() -> None:
    """'文摘' / '2025-01-05 07:01' / '辽宁' between the headline and the document's head."""
    d = corpus_doc(
        "announcement/liaoning-anshan-xiuyan-2025-yanhua-baozhu-tonggao-wxredian-page.txt"
    )
    assert d.title == "岫岩满族自治县人民政府关于做好2025年春节期间烟花爆竹燃放管控工作的通告"
    assert d.issuers == ["岫岩满族自治县人民政府"]
    d = corpus_doc(
        "announcement/ningxia-guyuan-longde-2025-yanhua-baozhu-tonggao-wxredian-page.txt"
    )
    assert (
        d.title == "隆德县人民政府关于春节期间部分区域禁限放烟花爆竹的通告"
    )  # '【重要通告】' gone
    assert d.addressees == ["各乡镇人民政府", "县政府各部门", "直属机构"]


def test_a_notices_number_run_onto_its_title_and_a_signer_over_two_lines() -> None:
    """'…防控工作指挥部通告第14号'; '通海县应对新型冠状病毒感染肺炎' / '疫情工作领导小组指挥部' /
    '2022年11月29日'."""
    d = corpus_doc("announcement/zhejiang-lishui-qingyuan-2020-yiqing-tonggao14-zjol-page.txt")
    assert (d.title, d.doc_number) == ("庆元县应对冠状病毒肺炎疫情防控工作指挥部通告", "第14号")
    d = corpus_doc("announcement/yunnan-yuxi-tonghai-2022-gaofengxianqu-tonggao-news-page.txt")
    assert d.signature == ["通海县应对新型冠状病毒感染肺炎疫情工作领导小组指挥部"]


def test_an_ads_link_a_year_lost_number_and_a_headline_in_news_words() -> None:
    """'北京专科痤疮医院 http://…' over the document; '献县新冠肺炎防控领导小组最新通告' over
    '…办公室关于做好元旦春节期间新冠肺炎疫情防控工作通告献防告〔〕2号'."""
    d = corpus_doc(
        "repost/henan-puyang-qingfeng-jidongche-xianxing-tonggao-noyear-hegangzx-page.txt"
    )
    assert d.title == "清丰县人民政府关于实施机动车限行交通管理措施的通告"
    d = corpus_doc("repost/hebei-cangzhou-xianxian-yiqing-tonggao2-garbled-xinfengzx-page.txt")
    assert d.title == "献县新冠肺炎防控领导小组办公室关于做好元旦春节期间新冠肺炎疫情防控工作通告"
    assert d.doc_number is None


def test_zones_a_committee_serves_and_zones_that_name_themselves() -> None:
    """'宿迁经济开发区、市湖滨新城开发区、苏州宿迁工业园区' three; '高新区、工业园区管委会' one."""
    d = corpus_doc("opinion/jiangsu-suqian-2008-chengxiang-yiliao-jiuzhu-banfa-infoeach-page.txt")
    assert d.addressees[1:4] == ["宿迁经济开发区", "市湖滨新城开发区", "苏州宿迁工业园区"]
    d = corpus_doc("web-page/henan-puyang-2011-puzhengban19-yinjing-sheshi-banfa-lawdb-page.txt")
    assert "高新区、工业园区管委会" in d.addressees


def test_a_pages_link_to_its_reading_a_columns_name_and_a_bullet() -> None:
    """'《…的通知》政策解读' between the headline and the 文号; '应急预案—和田市突发公共事件总体
    应急预案'; '• 五大连池市人民政府办公室关于印发…的通知'."""
    d = corpus_doc("redhead/sichuan-dazhou-dazhu-2022-zhufuban42-dizhi-zaihai-yuan-page.txt")
    assert (d.doc_number, d.kind) == ("竹府办〔2022〕42号", "notice")
    assert d.attachments[0].title == "大竹县突发地质灾害应急预案(试行)"
    d = corpus_doc("web-page/xinjiang-hetian-2009-tufa-zongti-yuan-page.txt")
    assert (d.title, d.kind) == ("和田市突发公共事件总体应急预案", "plan")
    d = corpus_doc(
        "web-page/heilongjiang-heihe-wudalianchi-2024-wuzhengbangui1-gongre-yuan-meta-page.txt"
    )
    assert d.issuers == ["五大连池市人民政府办公室"]
    assert not d.title.startswith("•")


def test_a_metadata_row_left_open_does_not_swallow_the_text() -> None:
    """'|' / '成文日期:2018年10月11日 |' then the notice, no '|' closing it: the notice stays
    text — its 主送, signature and date are read."""
    path = "web-page/yunnan-chuxiong-2014-dizhen-yuan-meta-page.txt"
    cleaned = clean(split_lines(decode((CORPUS / path).read_bytes())))
    assert not any("各县市人民政府" in r.text for r in cleaned.removed)
    d = corpus_doc(path)
    assert (d.addressees, d.signature, d.date) == (
        ["各县市人民政府", "州直各部门"],
        ["楚雄州人民政府办公室"],
        "2014-08-05",
    )


def _appointments(path: str) -> list[tuple[str, str, list[str], list[str]]]:
    issue = corpus_issue(path)
    return sorted(
        (a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]
    )


def test_an_acting_post_told_in_short_and_in_full_is_one_fact() -> None:
    """'会议决定任命张勇为县政府副县长、代理县长' and '决定任命张勇同志为石台县人民政府副县长、
    代理县长': the full statement's; '关于任命張恩亮同志爲市政府代理市長的決定': 代理, not the
    decision's title."""
    got = _appointments("personnel/anhui-chizhou-shitai-2022-npcsc-daili-xianzhang-zgw123-page.txt")
    assert got == [
        ("张勇", "appoint", ["石台县人民政府副县长"], []),
        ("张勇", "appoint", ["石台县人民政府县长"], ["代理"]),
        ("靳武", "remove", ["石台县人民政府县长"], ["辞职"]),
    ]
    got = _appointments(
        "mirror-noise/heilongjiang-heihe-2011-npcsc-daili-shizhang-enorth-big5-page.txt"
    )
    assert ("張恩亮", "appoint", ["市政府市長"], ["代理"]) in [
        (p, a, pos, q[:1]) for p, a, pos, q in got
    ]


def test_targets_under_a_heading_and_a_lead_read_once_with_every_verb() -> None:
    """'一、20*年我市经济和社会发展的主要目标' / '今年我市经济社会发展的主要目标。生产总值增长13%;
    …居民消费价格总水平涨幅在3%以内;…单位生产总值能耗降低5%,化学需氧量减少4%,…': 13 targets."""
    issue = corpus_issue(
        "opinion/unknown-city-20xx-gongzuo-baogao-fenjie-shijian-360online-page.txt"
    )
    got = [(i.name, i.target.text if i.target else None) for i in issue.facts["indicators"]]
    assert len(got) == 13
    assert ("居民消费价格总水平涨幅", "3%以内") in got
    assert ("二氧化硫排放量", "4.2%") in got


def test_a_news_sites_summary_printed_over_the_text_it_repeats() -> None:
    """'时间: 2023-02-21' / '核心提示:' / the summary twice / the record's table / the 主送 /
    the summary again as the text's first paragraph: the site's lines go (the text keeps its
    own), and the 主送 is read."""
    path = "web-page/guangdong-2021-yuefu22-gongzuo-baogao-fengong-foodmate-page.txt"
    cleaned = clean(split_lines(decode((CORPUS / path).read_bytes())))
    assert [(r.line, r.why) for r in cleaned.removed[:4]] == [
        (2, "byline"),
        (3, "byline"),
        (4, "page_metadata"),
        (5, "page_metadata"),
    ]
    d = corpus_doc(path)
    assert d.addressees == ["各地级以上市人民政府", "省政府各部门", "各直属机构"]


def test_a_breadcrumb_with_double_arrows_and_names_a_page_lost_or_masked() -> None:
    """'延吉市政府信息公开专栏 >> 延吉市人民政府办公室 >> 政府信息公开基础平台' over the record;
    '人民政府关于同意紫云自治县…的批复' (the province cut off) and '****政府' (masked): no
    issuer, no signer rather than a wrong one."""
    d = corpus_doc(
        "web-page/jilin-yanbian-yanji-2024-yanshizhengbangui6-chengshi-jianshe-banfa-meta-page.txt"
    )
    assert d.title == "延吉市人民政府办公室关于印发《延吉市城市建设管理暂行办法》的通知"
    assert d.issuers == ["延吉市人民政府办公室"]
    d = corpus_doc(
        "reply/guizhou-anshun-ziyun-2016-qianfuhan22-xiangzhen-quhua-pifu-forum-page.txt"
    )
    assert d.issuers == []
    d = corpus_doc(
        "reply/shanxi-jinzhong-2026-shizhenghan1-shuiyuan-baohuqu-pifu-masked-bid-page.txt"
    )
    assert (d.issuers, d.signature) == ([], [])


def test_units_named_in_an_items_last_sentence() -> None:
    """'(一)继续实施对种粮农民直接补贴、…。由市财政局、农业局、劳动保障局、农机局,各县(市)、
    区人民政府负责落实。': a measure whose units the sentence names, none said to lead; '各县(市)、
    区人民政府' one list of bodies."""
    issue = corpus_issue(
        "opinion/unknown-city-20xx-gongzuo-baogao-fenjie-shijian-360online-page.txt"
    )
    (m,) = issue.facts["measures"]
    assert m.text.startswith("继续实施对种粮农民直接补贴")
    assert (m.responsible, m.lead) == (
        ["市财政局", "农业局", "劳动保障局", "农机局", "各县(市)、区人民政府"],
        [],
    )
