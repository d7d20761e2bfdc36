"""Heads of county reports, replies, 公告 and portal pages from two batches measured before
any rule was written for them (title / 文号 / date / issuers on arrival 0.77 / 1.00 / 0.92 /
0.85 over 13 files, and 0.86 / 0.93 / 0.79 / 0.71 over 14 documents). Every expected value
was read off the file by hand."""

from __future__ import annotations

from gongbao.structure.speakers import read_occasion
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_report_read_at_a_meeting_noted_in_brackets_over_two_lines() -> None:
    """'(2021年2月23日在杭州市西湖区' / '第十五届人民代表大会第五次会议上)' then '杭州市西湖区财政局',
    under a site's record whose last label ('统一编号:') is left empty: the record does not take
    the title as that label's value."""
    issue = corpus_issue("budget-report/zhejiang-hangzhou-xihu-2021-budget-report-gov-page.txt")
    d = issue.documents[0]
    assert (d.title, d.date, d.issuers, d.kind) == (
        "关于杭州市西湖区2020年财政预算执行情况和2021年财政预算草案的报告",
        "2021-02-23",
        ["杭州市西湖区财政局"],
        "report",
    )
    assert [r.why for r in issue.removed] == ["page_metadata"] * 3


def test_a_meeting_line_with_zai_first_and_a_date_in_figures_only() -> None:
    """'——在20201223日上海市徐汇区第十六届人民代表大会' / '常务委员会第三十七次会议上', the title
    printed by the head over two lines under the site's headline."""
    d = corpus_doc("budget-report/shanghai-xuhui-2020-budget-report-npcsc-page.txt")
    assert (d.title, d.date, d.issuers, d.speaker) == (
        "上海市徐汇区2020年预算执行情况2021年预算草案的报告",
        "2020-12-23",
        ["徐汇区财政局"],
        "徐汇区财政局局长 翁国雷",
    )
    assert read_occasion("——在2020年12月23日某区人民代表大会常务委员会第三次会议上") is not None
    impossible = read_occasion("——在20201323日某区人民代表大会常务委员会第三次会议上")
    assert impossible is not None and impossible.date is None  # no 13th month


def test_a_report_run_onto_its_meeting_line_after_the_resolution_on_it() -> None:
    issue = corpus_issue("work-report/hubei-wuhan-jiangan-2012-work-report-jueyi-csylym-page.txt")
    assert [(d.title, d.date, d.issuers, d.kind) for d in issue.documents] == [
        (
            "武汉市江岸区第十四届人民代表大会第二次会议关于江岸区人民政府工作报告的决议",
            "2012-12-19",
            ["武汉市江岸区人民代表大会"],
            "decision",
        ),
        ("政府工作报告", "2012-12-18", ["武汉市江岸区人民政府"], "report"),
    ]


def test_a_law_databases_validity_notes_and_named_institutions_addressed() -> None:
    issue = corpus_issue(
        "opinion/fujian-putian-2014-puzhengzong76-yanglao-fuwu-shishi-yijian-shuipu-page.txt"
    )
    assert issue.documents[0].addressees == [
        "各县(区)人民政府(管委会)",
        "市直各单位",
        "莆田学院",
        "湄洲湾技术职业学院",
    ]
    # (the search box's two lines over the title, '精确检索' / '开始检索', passed over by the
    # head and recorded; the database's two validity notes)
    assert [r.why for r in issue.removed] == [
        "above_title",
        "above_title",
        "page_metadata",
        "page_metadata",
    ]
    assert corpus_doc("redhead/shanghai-nwh-czj-2011-chayang-butie-joint.txt").addressees == [
        "各区县农委、财政局",
        "光明食品集团",
        "上实集团",
    ]


def test_an_untitled_announcement_opens_with_its_first_sentence() -> None:
    """'根据…有关规定,…现将…予以公告:' (a sentence, no title) and '…决定对…采取重型货车禁行措施,
    具体路段如下:' over the road names: no title; '本公告自…起施行' says what it is."""
    luntai = corpus_doc(
        "announcement/xinjiang-bayingolin-luntai-2024-gongshui-jiage-tingzheng-gonggao-notitle-gov-page.txt"
    )
    assert (luntai.title, luntai.issuers) == ("", ["轮台县发展和改革委员会"])
    wulian = corpus_doc(
        "announcement/shandong-rizhao-wulian-2019-zhongxing-huoche-jinxing-gonggao-notitle-page.txt"
    )
    assert (wulian.title, wulian.kind, wulian.date) == ("", "announcement", "2019-05-08")


def test_the_answering_unit_a_site_appends_to_the_title() -> None:
    d = corpus_doc("reply/anhui-luan-shucheng-2012-renda-jianyi3-shuili-dafu-rd-page.txt")
    assert (d.title, d.issuers, d.addressees) == (
        "对县十六届人大一次会议第3号建议的答复",
        ["水利局"],
        ["王孝友代表"],
    )


def test_a_portal_records_status_and_issuing_time_fields() -> None:
    """'文件有效性 有效' printed under the title line (one paragraph with it), '发文时间 2016-07-04'
    in a record whose text prints no date."""
    d = corpus_doc(
        "web-page/zhejiang-ningbo-jiangbei-2020-beiquzhengbanfa11-laojiu-xiaoqu-gaizao-meta-page.txt"
    )
    assert d.addressees == ["各街道办事处", "慈城镇人民政府", "区政府各部门", "直属单位"]
    assert corpus_doc(
        "web-page/ningxia-guyuan-2016-caoyuan-huozai-yuan-meta-gov-page.txt"
    ).date == ("2016-07-04")


def test_a_government_named_by_its_level_under_a_headline_naming_its_place() -> None:
    """'十政发〔2018〕30号《十堰市人民政府关于…》' (the site's), then the document's own head:
    '市 人 民 政 府' / '关于公布…的' / '通 知'."""
    d = corpus_doc("redhead/hubei-shiyan-2018-shizhengfa30-feiyi-minglu-0798ci-page.txt")
    assert (d.title, d.doc_number, d.issuers) == (
        "市人民政府关于公布第六批市级非物质文化遗产代表性项目名录的通知",
        "十政发〔2018〕30号",
        ["十堰市人民政府"],
    )


def test_a_portals_toolbar_section_and_posting_line_around_a_title() -> None:
    """'无障碍辅助浏览工具条', the breadcrumb '…> 政府文件 > 沈河政发文件' and that section again
    on the line under it, the title, '2024年03月15日来源:沈河区人民政府办公室': the page's; the
    主送 and the signature then read."""
    issue = corpus_issue("redhead/liaoning-shenyang-shenhe-2024-renwu-fenjie-gov-page.txt")
    d = issue.documents[0]
    assert (d.title, d.date, d.addressees, d.signature) == (
        "沈河区人民政府关于印发2024年政府工作报告主要工作任务分解表的通知",
        "2024-03-15",
        ["区政府各部门", "各街道办事处", "各有关单位"],
        ["沈河区人民政府"],
    )
    assert [r.why for r in issue.removed] == [
        "page_tools",
        "site_navigation",
        "site_navigation",
        "byline",
        "page_tools",
    ]


def test_a_headline_with_the_city_before_the_documents_own_title() -> None:
    """'保定腰山镇人民政府关于…的通告' (the site's), '导语 为…,详情如下。' (its lead), then the
    通告's own '腰山镇人民政府关于…的通告'."""
    issue = corpus_issue(
        "announcement/hebei-baoding-yaoshan-2020-quxiao-miaohui-tonggao-bendibao-page.txt"
    )
    d = issue.documents[0]
    assert (d.title, d.issuers, d.date) == (
        "腰山镇人民政府关于取消南腰山村庙会的通告",
        ["腰山镇人民政府"],
        "2020-02-25",
    )
    # (the place the site tagged before the headline is recorded as taken from the title's
    # line; the lead is the page's)
    assert [(r.line, r.why) for r in issue.removed[:2]] == [
        (1, "title_furniture"),
        (3, "page_metadata"),
    ]


def test_a_portals_section_name_is_no_title() -> None:
    issue = corpus_issue("web-page/neimenggu-nongmuting-2025-yusuannei-touzi-xize-wlthq-page.txt")
    assert issue.documents[0].title == ""  # (the page's menu; the document's title is cut)
    assert (issue.removed[0].text, issue.removed[0].why) == ("政府信息公开", "site_navigation")
