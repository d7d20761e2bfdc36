"""Batch 35 of the corpus (办法 and 细则, 公示 and 征求意见, western provinces' notices and
records, 决定 and 处罚决定书, 工作总结, 纪要), scored before its rules, and the rules of their
kinds. Each expected value read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def test_an_issued_texts_contents_are_not_the_issues() -> None:
    """'目 录' / '一、重大意义(1)' / '()指导思想(2)' … under the 锡林郭勒盟 notice (its numerals
    lost): none of the entries heads a text after them, so they are the issued 意见's own
    contents, not an issue's list of documents (the page had come out with no document)."""
    issue = corpus_issue(
        "web-page/neimenggu-xilinguole-2016-xishufa152-caoyuan-buzhu-zhidao-yijian-garbled-gov-page.txt"
    )
    assert [(d.title, d.doc_number, d.date, d.issuers) for d in issue.documents] == [
        (
            "锡林郭勒盟行政公署关于印发《锡林郭勒盟草原生态保护补助奖励政策实施指导意见"
            "(2016—2020年)》的通知",
            "锡署发〔2016〕152号",
            "2016-12-01",
            ["锡林郭勒盟行政公署"],
        )
    ]
    assert issue.toc == []


def test_appointments_x_ren_p_each_a_clause_of_a_tenure_notice() -> None:
    """'鄂尔多斯市人民政府关于乔建江等职务任免的通知, 鄂府任字〔2024〕4号 …决定: 乔建江任市乡村振兴局
    局长; 王高炜任市港澳事务办公室主任; …张智勇任市可持续发展促进中心副主任(试用期一年); …'
    ('X任P' without 同志 had been read only where a clause held 任命 or 免去)."""
    issue = corpus_issue(
        "personnel/neimenggu-ordos-2024-efurenzi4-3-renmian-tongzhi-listing-gov-page.txt"
    )
    facts = [(a.person, a.action, a.positions) for a in issue.facts["appointments"]]
    assert facts[:2] == [
        ("乔建江", "appoint", ["市乡村振兴局局长"]),
        ("王高炜", "appoint", ["市港澳事务办公室主任"]),
    ]
    assert facts[-1] == ("张智勇", "appoint", ["市可持续发展促进中心副主任"])
    assert len(facts) == 15


def test_a_box_of_links_under_a_news_item_is_the_sites() -> None:
    """'相关阅读' (line 18) / '上海:未成年人与家事案件综合审判庭设立' / '解放日报 2024-07-24' / … /
    '陈宇剑任上海市副市长' (line 25) / '上观新闻 2023-12-28': links to other items, removed and
    recorded; '陈宇剑任上海市副市长' is no appointment of this page's."""
    issue = corpus_issue(
        "personnel/shanghai-2023-npcsc-fushizhang-renmian-daili-yuanzhang-news-page.txt"
    )
    assert [r.line for r in issue.removed if r.why == "site_navigation"] == list(range(18, 28))
    assert all(a.person != "陈宇剑" for a in issue.facts["appointments"])


def test_a_years_work_summed_up_is_a_report() -> None:
    """'武汉市生态环境局2022年工作总结和2023年工作安排-ag凯发娱乐' (a casino's brand after the
    headline's dash, both removed), '九江市教育局2025年法治政府工作总结' over '• 信息索取号:
    000014349/2026-00004' (a record's field, no part of the title), '2022年工作总结和2023年工作思路'
    under '法定主动公开内容' with '发布机构:云和' (a place cut from the organ: no issuer)."""
    issue = corpus_issue(
        "mirror-noise/hubei-wuhan-sthjj-2022-gongzuo-zongjie-2023-anpai-gambling-mirror-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.kind) == ("武汉市生态环境局2022年工作总结和2023年工作安排", "report")
    assert [(r.line, r.text) for r in issue.removed if r.why == "gambling_ad"] == [
        (1, "ag凯发娱乐"),
        (1, "-"),
    ]
    doc = corpus_issue(
        "web-page/jiangxi-jiujiang-jyj-2025-fazhi-zhengfu-gongzuo-zongjie-meta-gov-page.txt"
    ).documents[0]
    assert (doc.title, doc.kind) == ("九江市教育局2025年法治政府工作总结", "report")
    doc = corpus_issue(
        "web-page/zhejiang-lishui-yunhe-nyj-2022-gongzuo-zongjie-2023-silu-gov-page.txt"
    ).documents[0]
    assert (doc.title, doc.kind, doc.issuers) == ("2022年工作总结和2023年工作思路", "report", [])
    doc = corpus_issue(
        "web-page/shanxi-changzhi-shangdang-tjj-2020-gongzuo-zongjie-2021-jihua-gov-page.txt"
    ).documents[0]
    assert doc.kind == "report"  # ('…2020年工作总结暨2021年工作计划': not a plan)


def test_a_template_slot_left_unfilled_is_markup() -> None:
    """'首页 {{item.columnName}}' over '十三届州人民政府召开第2次常务会议': the page's template,
    not its title (the headline is a news item's, its kind news)."""
    issue = corpus_issue("minutes/sichuan-ganzi-2022-zhouzhengfu-changwu-huiyi2-gov-page.txt")
    assert (issue.removed[0].line, issue.removed[0].why) == (1, "markup")
    doc = issue.documents[0]
    assert (doc.title, doc.kind) == ("十三届州人民政府召开第2次常务会议", "news")


def test_who_published_it_is_no_part_of_the_number() -> None:
    """'(一九九四年七月十八日市人民政府发布营政发[1994]32号)': the 文号 is 营政发[1994]32号
    ('民政府发布' had run onto its code)."""
    doc = corpus_issue(
        "gazette-item/liaoning-yingkou-1994-yingzhengfa32-zaosheng-quyu-huafen-guiding-infoeach-page.txt"
    ).documents[0]
    assert (doc.doc_number, doc.date) == ("营政发[1994]32号", "1994-07-18")


def test_a_penalty_decision_is_its_organs() -> None:
    """'湛江市環境保護局行政處罰決定書' (traditional, readings removed) over '廣東南國藥業有限公司:'
    and '天津港保税区应急管理局行政处罚决定书': decisions, issued by the organ the title opens with."""
    doc = corpus_issue(
        "mirror-noise/guangdong-zhanjiang-hbj-2016-zhanhuanfazi1-xingzheng-chufa-jueding-trad-pinyin-mirror-page.txt"
    ).documents[0]
    assert (doc.kind, doc.issuers, doc.doc_number) == (
        "decision",
        ["湛江市環境保護局"],
        "湛環罰字〔2016〕1號",
    )
    doc = corpus_issue(
        "gazette-item/tianjin-baoshuiqu-yjglj-2023-yingjifa-k39-xingzheng-chufa-jueding-gov-page.txt"
    ).documents[0]
    assert (doc.kind, doc.issuers) == ("decision", ["天津港保税区应急管理局"])


def test_an_untitled_text_that_says_when_it_takes_effect_is_a_decision() -> None:
    """'…凡宣布失效的省政府文件,自本决定印发之日起一律停止执行…' under the 主送, no title: a
    decision."""
    doc = corpus_issue(
        "repost/guangdong-2018-shengzhengfu-xuanbu-shixiao-2274-jueding-notitle-repost-page.txt"
    ).documents[0]
    assert (doc.title, doc.kind, doc.date) == ("", "decision", "2018-02-23")


def test_an_essay_sites_headline_over_its_editors_lead() -> None:
    """'精选广西三月三官方放假通知' / '2021-04-03 08:00:46华夏高考网' / '…以下是小编为您带来的2017年
    广西三月三官方放假通知,欢迎阅读!' / '各市、县人民政府,自治区人民政府各组成部门、各直属机构:':
    the headline is the site's (the notice prints no title), the lead is removed, the 主送 read;
    the same of '关于广州市政府工作报告' over '…下面是小编收集整理的2017年广州市政府工作报告…'."""
    issue = corpus_issue(
        "repost/guangxi-2017-zhuangzu-sanyuesan-fangjia-tongzhi-notitle-repost-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title == ""
    assert doc.addressees == ["各市、县人民政府", "自治区人民政府各组成部门", "各直属机构"]
    assert (1, "above_title") in [(r.line, r.why) for r in issue.removed]
    doc = corpus_issue(
        "work-report/guangdong-guangzhou-2017-work-report-questionmark-dash-essay-page.txt"
    ).documents[0]
    assert (doc.title, doc.date, doc.issuers) == ("", "2017-01-05", ["广州市人民政府"])


def test_a_title_naming_its_issuer_over_its_addressees_past_a_sites_text() -> None:
    """An unrelated headline and a festival's eleven lines over '楚雄州人民政府办公室关于2024年部分
    节假日安排的通知' (line 13) / '各县市人民政府,州直各部门,楚雄高新区管委会:根据…' (its text run
    onto the 主送): the title, its issuer and addressees (the headline had been the title)."""
    issue = corpus_issue(
        "repost/yunnan-chuxiong-2024-jiejiari-anpai-tongzhi-embedded-spam-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title == "楚雄州人民政府办公室关于2024年部分节假日安排的通知"
    assert doc.issuers == ["楚雄州人民政府办公室"]
    assert doc.addressees == ["各县市人民政府", "州直各部门", "楚雄高新区管委会"]
    assert [r.line for r in issue.removed if r.why == "above_title"][:2] == [1, 4]


def test_a_list_page_holding_two_notices_each_run_onto_one_line() -> None:
    """'• 鄂尔多斯市人民政府关于云小平等试用期满任职的通知' / its teaser / '2024-02-22 朗读' / '鄂尔多斯市
    人民政府关于云小平等试用期满任职的通知,   鄂府任字〔2024〕3号   各旗区人民政府,…' (line 19, cut
    after '根'): a second document, its title without the comma the line runs on with."""
    issue = corpus_issue(
        "personnel/neimenggu-ordos-2024-efurenzi4-3-renmian-tongzhi-listing-gov-page.txt"
    )
    assert [(d.title, d.doc_number, d.date) for d in issue.documents] == [
        ("鄂尔多斯市人民政府关于乔建江等职务任免的通知", "鄂府任字〔2024〕4号", "2024-02-21"),
        ("鄂尔多斯市人民政府关于云小平等试用期满任职的通知", "鄂府任字〔2024〕3号", None),
    ]


def test_a_bylines_organ_named_in_full_by_the_text_or_speaking_as_itself() -> None:
    """'来源:市自然资源局' over a 公示 that says '…请在公示期内向绥化市自然资源局…提出': issued by
    绥化市自然资源局; '来源:交通局 打印' over an unsigned answer that says '我局高度重视此建议的办理':
    issued by 交通局 (the print button no part of the name)."""
    doc = corpus_issue(
        "announcement/heilongjiang-suihua-zrzyj-2026-kuangqu-shengtai-xiufu-fangan-shencha-gongshi-gov-page.txt"
    ).documents[0]
    assert doc.issuers == ["绥化市自然资源局"]
    doc = corpus_issue(
        "reply/hebei-xingtai-shahe-jtj-2023-renda-jianyi31-dafu-gov-page.txt"
    ).documents[0]
    assert (doc.kind, doc.issuers) == ("reply", ["交通局"])


def test_a_meetings_record_is_the_body_that_held_it() -> None:
    """'2021年5月18日,市政协召开十二届三十八次主席会议,…' under '十二届三十八次主席会议纪要': the
    record of 市政协's meeting; '…主持召开上街区人民政府2022年第9次常务会议…': 上街区人民政府's."""
    doc = corpus_issue(
        "minutes/guangdong-zhongshan-zhengxie-2021-zhuxi-huiyi-jiyao-12-38-page.txt"
    ).documents[0]
    assert (doc.kind, doc.issuers) == ("minutes", ["市政协"])
    doc = corpus_issue(
        "minutes/henan-zhengzhou-shangjie-2022-qzf-cwh9-notitle-gov-page.txt"
    ).documents[0]
    assert doc.issuers == ["上街区人民政府"]


def test_an_amending_decisions_number_from_the_note_of_the_rules_it_amended() -> None:
    """'# 上海市人民政府关于修改《上海市餐厨垃圾处理管理办法》的决定' (文号 in the YAML head: '号'),
    and under the rules printed again: '…根据2012年12月26日上海市人民政府令第98号公布的《上海市
    人民政府关于修改〈上海市餐厨垃圾处理管理办法〉的决定》修正并重新公布)'."""
    doc = corpus_issue(
        "front-matter/shanghai-2012-ling98-canchu-laji-banfa-xiugai-jueding-frontmatter.md"
    ).documents[0]
    assert doc.doc_number == "上海市人民政府令第98号"


def test_a_headline_does_not_run_on_past_its_byline() -> None:
    """'卢新华任广西桂林市代市长' / '0次浏览     发布时间:2025-04-09 12:40:00' / '桂林市六届人大常委会
    第二十五次会议召开': the headline is the title (the next line had been joined onto it past the
    byline, and the count of readers taken for the title's)."""
    issue = corpus_issue("personnel/guangxi-guilin-2025-npcsc-daishizhang-renming-news-page.txt")
    assert issue.documents[0].title == "卢新华任广西桂林市代市长"
    assert (6, "byline") in [(r.line, r.why) for r in issue.removed]
