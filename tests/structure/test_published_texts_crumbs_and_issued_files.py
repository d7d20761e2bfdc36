"""The twenty-second batch (exports of the national law database and of a law site, pages of
county offices, a crawler's dumps of regulators' pages, a content farm's copy of a city's
通报) measured before its rules, and the rules of their kinds, each on its real file: a 公告
that publishes the text printed under it is one document with it; an order's date is the day
it was promulgated, not the day a meeting adopted it, also where the note opens with the text
('该文件于…以某府令第197号公布'); a news headline is no title; a breadcrumb a crumb a line, a
byline in brackets and a page's title tag are the page's; a record's label alone over its
value; a number alone or a site's tab is no attachment; the text a notice issues under another
wording, or linked as a file; 、 before a level's departments and between companies named with
their place. Every expected value was read off the file by hand (the docstrings quote it)."""

from __future__ import annotations

from gongbao.structure.addressees import split_addressees
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_notice_that_publishes_the_text_under_it_is_one_document_with_it() -> None:
    """'中华人民共和国最高人民法院' / '公 告' / '《最高人民法院关于…问题的批复》已于2004年3月23日由
    最高人民法院审判委员会第1312次会议通过。现予公布…' / '2004年4月14日' / '最高人民法院' /
    '关于人民法院应当如何认定保证人在保证期间' / '届满后又在催款通知书上签字问题的批复' /
    '法释〔2004〕4号' / '（2004年3月23日…通过…）' / '云南、河北、四川省高级人民法院：'."""
    issue = corpus_issue("reply/zgrmfy-2004-fashi4-baozheng-cuikuan-pifu-gonggao-frontmatter.txt")
    assert len(issue.documents) == 1
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.date, doc.issuers, doc.addressees) == (
        "最高人民法院关于人民法院应当如何认定保证人在保证期间届满后又在催款通知书上签字问题的批复",
        "法释〔2004〕4号",
        "2004-04-14",
        ["中华人民共和国最高人民法院"],
        ["云南、河北、四川省高级人民法院"],
    )


def test_an_order_is_dated_the_day_it_was_promulgated() -> None:
    """'1989年5月5日 国务院第40次常务会议通过' / '1989年6月17日 中华人民共和国国务院令第37号发布';
    and a law site's note '（该文件于2014年1月15日以粤府令第197号公布，根据2020年5月12日粤府令第
    275号第一次修改）' under its YAML ('author: 广东省人民政府'): '粤府' is the province's code in
    its series, no organ."""
    doc = corpus_doc("order/guowuyuan-1989-ling37-renmin-tiaojie-weiyuanhui-tiaoli-lawref.txt")
    assert (doc.doc_number, doc.date) == ("中华人民共和国国务院令第37号", "1989-06-17")
    doc = corpus_doc(
        "front-matter/guangdong-2014-yuefuling197-tanpaifang-banfa-vuepress-frontmatter.txt"
    )
    assert (doc.doc_number, doc.date, doc.issuers, doc.kind) == (
        "粤府令第197号",
        "2014-01-15",
        ["广东省人民政府"],
        "order",
    )


def test_a_news_headline_is_no_title() -> None:
    """'眉山這些鄉鎮(社區)受到市委政府公開表揚~因爲這個事' over the 主送, the text '…通報如下。'."""
    doc = corpus_doc(
        "mirror-noise/sichuan-meishan-2018-chengxiang-huanjing-shijia-jiaocha-tongbao-joint-notitle-trad-ttnews-page.txt"
    )
    assert (doc.title, doc.kind, doc.date) == ("", "notice", "2018-07-19")


def test_a_breadcrumb_a_crumb_a_line_a_bracketed_byline_and_a_title_tag_are_the_pages() -> None:
    """'关于我市开展气电价格联动调整有关事项的通知_价格管理' / '政务公开' / '当前位置：' / '首页' /
    '/ 政务公开' … '/ 价格管理' / the title / '(发布日期：2026年04月24日' / '文号：沪发改价管〔2026〕19号)'."""
    issue = corpus_issue(
        "web-page/shanghai-2026-hufagaijiaguan19-qidian-jiage-liandong-tongzhi-fgw-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number) == (
        "关于我市开展气电价格联动调整有关事项的通知",
        "沪发改价管〔2026〕19号",
    )
    removed = {(r.line, r.text, r.why) for r in issue.removed}
    assert {
        (1, "关于我市开展气电价格联动调整有关事项的通知_价格管理", "site_navigation"),
        (4, "首页", "site_navigation"),
        (5, "/ 政务公开", "site_navigation"),
        (9, "/ 价格管理", "site_navigation"),
        (11, "(发布日期：2026年04月24日", "byline"),
    } <= removed


def test_a_page_split_at_every_span() -> None:
    """'名 称 ：' / '关于下达天津市2023-2024年度电力需求响应资金计划的通知' / '索 引 号 ：' …; the
    title printed '关于下达天津市' / '202' / '3' / '-' / '2024' / '年度' / '电力需求响应资金' /
    '计划的通知'; a site's column '委局文件'; '附件：' / '1.' / '天津市' / '2023' / '年春节…'; and,
    under the text, the page's empty box '附件：' / '| 政策解读'. The record gives the title whole;
    no '1.' or tab is an attachment, no column an issuer."""
    doc = corpus_doc(
        "line-shapes/tianjin-2025-jingongxindianli13-xuqiu-xiangying-zijin-tongzhi-split-spans-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.addressees, doc.attachments) == (
        "关于下达天津市2023-2024年度电力需求响应资金计划的通知",
        "津工信电力〔2025〕13号",
        ["各有关单位"],
        [],
    )
    assert "委局" not in doc.issuers


def test_the_text_a_notice_issues_printed_under_other_words_or_linked_as_a_file() -> None:
    """'现将石泉县应急管理局《行政执法公示制度(试行)》…' and, after the 抄送, '石泉县应急管理局行政
    执法信息公示制度(试行)' over '第一章 总 则'; '2021年9月2日' and '支持工业互联网发展若干政策' on
    the lines after the signature; '潘集区…2035年远景目标纲要的通知' and the line '潘集区国民经济
    和社会发展第十四个五年规划和二〇三五年远景目标纲要.docx' over the date."""
    doc = corpus_doc(
        "opinion/shaanxi-ankang-shiquan-yjj-2020-zhifa-sanxiang-zhidu-yinfa-tongzhi-chaosong-gov-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["石泉县应急管理局行政执法信息公示制度(试行)"]
    doc = corpus_doc(
        "front-matter/anhui-2021-wanzhengbanmi82-gongye-hulianwang-zhengce-tongzhi-pkulaw.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "支持工业互联网发展若干政策",
        "安徽省工业互联网创新发展行动计划（2021-2023年）",
    ]
    doc = corpus_doc(
        "opinion/anhui-huainan-panji-2021-shisiwu-guihua-gangyao-yinfa-tongzhi-nosig-gov-page.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "潘集区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
    ]


def test_addressees_of_a_level_of_a_county_government_and_of_companies() -> None:
    """The 主送 lines of the aba, 习水, 古美路 and 山东 files."""
    assert split_addressees("各县（市）人民政府、州级各部门、卧龙特别行政区，各有关单位：") == [
        "各县（市）人民政府",
        "州级各部门",
        "卧龙特别行政区",
        "各有关单位",
    ]
    assert split_addressees("各乡镇(区)人民政府(管委会),县府各工作部门:") == [
        "各乡镇(区)人民政府(管委会)",
        "县府各工作部门",
    ]
    assert split_addressees("华能山东发电公司、华电山东公司、国家能源集团山东公司：") == [
        "华能山东发电公司",
        "华电山东公司",
        "国家能源集团山东公司",
    ]
    # (no place in the second: each district's gas company, one addressee with the first)
    assert split_addressees("各区供电公司、燃气公司：") == ["各区供电公司、燃气公司"]
    doc = corpus_doc(
        "repost/guizhou-zunyi-xishui-2007-huayuanshi-danwei-mingming-tongzhi-wangchao-baike-page.txt"
    )
    assert doc.addressees == ["各乡镇(区)人民政府(管委会)", "县府各工作部门"]


def test_a_subdistrict_office_by_its_districts_government() -> None:
    """'- 发文机关:上海市闵行区人民政府古美路街道办事处' over '闵行区古美路街道办事处文件', and the 主送
    run onto the text: '机关各部门、各企事业单位及各居民区: 为切实抓好…'."""
    doc = corpus_doc(
        "web-page/shanghai-minhang-gumeilu-2022-mingu-ban10-fangxun-yuan-jiedao-meta-page.txt"
    )
    assert (doc.issuers, doc.addressees) == (
        ["上海市闵行区人民政府古美路街道办事处"],
        ["机关各部门", "各企事业单位及各居民区"],
    )
