"""Rules found while scoring batch 43 (county pages, news reposts, gazette items, letters,
公告 and 通告), each tested on a file of the batch. Each expected value read off the file by
hand (the docstrings quote the lines); each test fails on the code before the rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_the_link_to_the_accessible_site_with_the_elders_mode() -> None:
    """'无障碍浏览 长者模式' (line 1), '大姚县人民政府' (the site's name), the breadcrumb, then
    '大姚县城区已建未命名道路地名征集公告': the first line is the site's tools, not the title."""
    doc = corpus_doc(
        "web-page/yunnan-chuxiong-dayao-mzj-2024-daolu-diming-zhengji-gonggao-gov-page.txt"
    )
    assert doc.title == "大姚县城区已建未命名道路地名征集公告"
    assert doc.kind == "announcement"


def test_a_headline_that_names_a_gazette_and_the_outlets_byline() -> None:
    """'安徽省年内政府公报电子化率须达到100%' (line 3) over '江淮晨报 2018-07-06 01:50 大字':
    the headline names 政府公报 in a sentence (no cover of a gazette), the next line is the
    outlet's byline with the font's button."""
    issue = corpus_issue(
        "repost/anhui-2018-zhengfu-gongbao-dianzihua-tongzhi-news-jianghuaichenbao-yybnet-page.txt"
    )
    [doc] = issue.documents
    assert doc.title == "安徽省年内政府公报电子化率须达到100%"
    assert doc.kind == "news"
    assert issue.meta.gazette is None
    assert (5, "byline") in [(r.line, r.why) for r in issue.removed]


def test_an_organs_notice_and_its_number_over_the_title() -> None:
    """'…工作领导小组指挥部' / '通  告' / '第11号' / '关于调整新型冠状病毒肺炎疫情防控' /
    '省级应急响应级别的通告': the 关于 lines are the title, the organ's lines its masthead."""
    doc = corpus_doc(
        "announcement/yunnan-2020-yiqing-zhihuibu-tonggao11-xiangying-jibie-stacked-head-kunmingcn-page.txt"
    )
    assert doc.title == "关于调整新型冠状病毒肺炎疫情防控省级应急响应级别的通告"
    assert (doc.doc_number, doc.date, doc.kind) == ("第11号", "2020-02-23", "announcement")


def test_an_offices_short_name_in_brackets_after_a_record_is_its_credit() -> None:
    """'會議還研究了其他事項。(區政府辦)' (the district never named): the office that wrote
    the record up, by its short name, signs nothing and issues nothing."""
    doc = corpus_doc("minutes/p927-mirror-2022-qu-18jie-zhengfu-cwh26-notitle-trad-pinyin-page.txt")
    assert (doc.issuers, doc.signature, doc.kind) == ([], [], "minutes")


def test_two_ministry_letters_flattened_onto_one_line() -> None:
    """'资源发布日期:2024-09-02' (the page's byline) over one line that holds both letters:
    '教育部关于同意潍坊医学院更名为山东第二医科大学的函教发函〔2023〕143号山东省人民政府:…
    作出更大贡献。教育部2023年11月21日教育部关于同意滨州学院更名为山东航空学院的函教发函
    〔2023〕142号山东省人民政府:…' (the second cut by the page): the code opens at 教, the
    first letter is signed 教育部 on 21 November, the second opens after that date."""
    issue = corpus_issue(
        "reply/national-moe-2023-jiaofahan143-142-shandong-gaoxiao-gengming-han-flat-twodoc-111shengxue-page.txt"
    )
    assert [(d.title, d.doc_number, d.kind) for d in issue.documents] == [
        ("教育部关于同意潍坊医学院更名为山东第二医科大学的函", "教发函〔2023〕143号", "letter"),
        ("教育部关于同意滨州学院更名为山东航空学院的函", "教发函〔2023〕142号", "letter"),
    ]
    first = issue.documents[0]
    assert (first.signature, first.date, first.addressees) == (
        ["教育部"],
        "2023-11-21",
        ["山东省人民政府"],
    )
    assert (2, "byline") in [(r.line, r.why) for r in issue.removed]


def test_a_report_credited_to_an_outlet_by_its_name() -> None:
    """'合肥市划定2015年烟花爆竹限放区域 全年十天开放' over '安徽网讯 今天下午举行的合肥市政府
    常务会透露,…': a news report of the meeting, not a document of the city's."""
    doc = corpus_doc(
        "repost/anhui-hefei-2015-yanhua-baozhu-xianfang-quyu-changwuhui-news-baogaosu-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("news", [])


def test_an_unsigned_notice_by_the_organ_whose_section_the_breadcrumb_names() -> None:
    """'当前位置:首页 > … > 市直部门 > 大冶市民政局 > 法定主动公开内容 > 公告公示' and the byline
    '发表日期:2025-06-10 文章来源:大冶市民政局' over an unsigned 公示: the bureau's own."""
    issue = corpus_issue(
        "web-page/hubei-huangshi-daye-mzj-2025-xiangcun-daolu-mingming-gongshi-gov-page.txt"
    )
    [doc] = issue.documents
    assert (doc.title, doc.issuers) == ("大冶市部分乡镇乡村道路命名公示", ["大冶市民政局"])
    assert [(r.line, r.why) for r in issue.removed][:3] == [
        (1, "page_tools"),  # '长者版 无障碍阅读'
        (2, "site_navigation"),
        (6, "byline"),
    ]


def test_an_unsigned_notice_that_opens_with_the_organ_acting() -> None:
    """'日期:2024-03-20 09:52 字号:' (the page's byline and its font label), then '通城县地名办
    根据国务院《地名管理条例》…有关规定,…现拟订《…方案》': the office that acts is the issuer."""
    issue = corpus_issue(
        "web-page/hubei-xianning-tongcheng-2024-daolu-mingming-gengming-fangan-zhengqiu-yijian-gonggao-gov-page.txt"
    )
    [doc] = issue.documents
    assert (doc.kind, doc.issuers, doc.signature) == ("announcement", ["通城县地名办"], [])
    assert (4, "byline") in [(r.line, r.why) for r in issue.removed]


def test_the_sites_name_after_its_tools_over_the_breadcrumb() -> None:
    """'长者模式 元谋县人民政府' over '首页 >> 公开信息内容', then the headline '十七届县人民政府
    第25次常务会议召开' and the record ('发布机构:元谋县政府办'): the name is the site's, the
    headline the page's title, a news report that names no issuer (labelled so)."""
    doc = corpus_doc(
        "web-page/yunnan-chuxiong-yuanmou-2018-xzf-cwh25-garbled-date-meta-gov-page.txt"
    )
    assert (doc.title, doc.kind, doc.issuers) == ("十七届县人民政府第25次常务会议召开", "news", [])


def test_a_print_and_close_button_in_corner_brackets() -> None:
    """'日期:2017年11月28日 字体:【大】【中】【小】 〖打印〗 >〖关闭窗口〗' over the record: the
    page's byline and tools, the record opens with '会议时间:2017年11月27日'."""
    issue = corpus_issue("minutes/hubei-wuhan-2017-szf-cwh-huiyi-zhaiyao-fields-mirror-page.txt")
    assert issue.documents[0].body[0].text == "会议时间:2017年11月27日"
