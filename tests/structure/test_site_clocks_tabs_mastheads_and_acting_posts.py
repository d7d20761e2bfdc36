"""Batch 36 of the corpus (notices chosen for their 主送 and 附件, news of 人大常委会 任免,
meeting records and reports of meetings, a wiki's gazette item), scored before its rules, and
the rules of their kinds; and a wiki's licence box. Each expected value read off the file by
hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_sites_clock_and_crumbs_over_a_news_headline() -> None:
    """'2025年08月10日 星期日' (the site's today, line 1) / '网站首页 涟水 详情' (its crumbs) /
    '我县召开2022年第2次县长办公会': the clock had been the title."""
    issue = corpus_issue("minutes/jiangsu-huaian-lianshui-2022-xianzhang-bangonghui2-news-page.txt")
    assert [(r.line, r.why) for r in issue.removed][:2] == [
        (1, "page_tools"),
        (3, "site_navigation"),
    ]
    doc = issue.documents[0]
    assert (doc.title, doc.kind) == ("我县召开2022年第2次县长办公会", "news")


def test_a_tabs_label_before_the_headline_it_shows() -> None:
    """'• 会议题目 • 于晓东主持召开区政府第4次常务会议' over the tabs '• 会议内容' … '• 一图读懂'."""
    doc = corpus_doc("minutes/shandong-weihai-huancui-2022-qzf-cwh4-news-tabs-gov-page.txt")
    assert doc.title == "于晓东主持召开区政府第4次常务会议"


def test_a_like_button_an_outlets_reporter_and_an_acting_post_decided() -> None:
    """'- +1' (a like button, line 1) / '袁罡任上海市金山區政府代理區長' / '澎湃新聞記者 樸姜' (the
    reporter under the headline, had been run onto it) … '會議審議決定有關人事事項,任命袁罡同志
    為金山區人民政府副區長、決定為代理區長。任命余劍同志為金山區人民法院副院長、決定為代理院長等'
    (had given no fact: the post read as '…副區長、決定為代理區長') … '澎湃新聞,未經授權不得轉載'
    (the site's footer from there on)."""
    issue = corpus_issue(
        "personnel/shanghai-jinshan-2024-npcsc-daili-quzhang-yuanzhang-trad-mirror-page.txt"
    )
    assert issue.documents[0].title == "袁罡任上海市金山區政府代理區長"
    assert [(r.line, r.why) for r in issue.removed][:2] == [(1, "page_tools"), (3, "byline")]
    assert (15, "site_footer") in [(r.line, r.why) for r in issue.removed]
    assert [(a.person, a.positions, a.qualifiers) for a in issue.facts["appointments"]] == [
        ("袁罡", ["金山區人民政府副區長"], []),
        ("袁罡", ["金山區人民政府區長"], ["代理"]),
        ("余劍", ["金山區人民法院副院長"], []),
        ("余劍", ["金山區人民法院院長"], ["代理"]),
    ]


def test_a_masthead_broken_over_two_lines_under_a_sites_column() -> None:
    """'山西省煤矿关闭整合重组工作经验' (the site's column) / '山西省煤矿企业兼并重组整合工作' /
    '领导组办公室文件' / '晋煤重组办发(2009)30号' / '长治市人民政府、…:': the mark's name is the
    two lines', no title is printed (the column and the mark's first line had been the title)."""
    doc = corpus_doc(
        "redhead/shanxi-2009-jinmeichongzubanfa30-changzhi-xiangyuan-zhenghe-pifu-redhead-6dgww-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.kind) == ("", "晋煤重组办发(2009)30号", "reply")
    assert doc.issuers == ["山西省煤矿企业兼并重组整合工作领导组办公室"]


def test_a_wikis_licence_box_is_its_footer() -> None:
    """'本作品是中华人民共和国的法律、法规,…根据《中华人民共和国著作权法》第五条,本作品不适用于
    该法…' (line 10) / '注:中文维基文库社群认为,…' / 'Public domainPublic domainfalsefalse': the
    wiki's, not the 批复's ('中华人民共和国著作权法' had been cited by it)."""
    issue = corpus_issue(
        "gazette-item/guowuyuan-2015-guohan208-yuxi-jiangchuan-reply-wikisource-page.txt"
    )
    assert [(r.line, r.why) for r in issue.removed if r.why == "site_footer"] == [
        (10, "site_footer"),
        (11, "site_footer"),
        (12, "site_footer"),
    ]
    assert [(r.title, r.doc_number) for r in issue.facts["references"]] == [
        ("关于江川县撤县设区的请示", "云政发〔2013〕82号")
    ]
    # ('官方来源 |', the wiki's link to its source over '云南省人民政府:', is the wiki's too)
    assert issue.documents[0].addressees == ["云南省人民政府"]


def test_a_misread_appointment_left_out_is_told() -> None:
    """'…免去张为的上海市副市长职务…' read as '免去张' / '的上海市副市长' gives no fact, and the
    document's problems say which sentence was unclear (the fact had been dropped silently)."""
    issue = corpus_issue(
        "personnel/shanghai-2023-npcsc-fushizhang-renmian-daili-yuanzhang-news-page.txt"
    )
    assert [p.detail for p in issue.problems if p.kind == "appointment_unclear"] == [
        "任免职务不清：“免去张：的上海市副市长”"
    ]


def test_an_encyclopedias_lead_box_and_outline_over_the_rules_it_describes() -> None:
    """'上海市再生資源回收管理辦法' / a lead ('2012年9月10日,市政府第152次常務會議審議通過了…') /
    '基本介紹' and its box / '上海市再生資源回收管理辦法,相關情況,' (the entry's outline) / the
    title again / '(2012年9月17日上海市人民政府令第87號公布)' / '第一章總則': one document, the
    rules, headed where their own head is (the page had been split in two at the title)."""
    issue = corpus_issue(
        "gazette-item/shanghai-2012-ling87-zaisheng-ziyuan-huishou-bracket-trad-newton-page.txt"
    )
    assert [(d.title, d.doc_number, d.date, d.kind) for d in issue.documents] == [
        ("上海市再生資源回收管理辦法", "上海市人民政府令第87號", "2012-09-17", "order")
    ]
    assert (11, "site_navigation") in [(r.line, r.why) for r in issue.removed]
    assert [p.kind for p in issue.problems] == ["unplaced_text"]


def test_a_sites_marker_with_a_digit_after_each_paragraph() -> None:
    """'政府工作报告v7R' / '2021 年 2 月 4 日在马山县第十六届人民代表' / '大会v7R' / '第七次会议上v7R'
    / '县长 张自英v7R': 'v7R' is the site's mark (removed, each recorded), the report's own head
    read under the site's headline '(广西)2021年马山县人民政府工作报告(全文)'."""
    issue = corpus_issue(
        "work-report/guangxi-nanning-mashan-2021-work-report-gongwensou-v7r-broken-entity-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.date, doc.issuers) == ("政府工作报告", "2021-02-04", ["马山县人民政府"])
    assert sum(1 for r in issue.removed if r.why == "site_marker" and r.text == "v7R") >= 5


def test_a_speakers_party_posts_and_finance_post() -> None:
    """'县委常委、县政府党组副书记、副县长 胡小强' at '靖安县第十七届人民代表大会' reads for 靖安县人民政府
    (it had been '靖安县委常委人民政府'); '新邵县人民政府副县长、财政局局长 蒋命贤' reads the
    决算 report for 新邵县财政局."""
    doc = corpus_doc(
        "work-report/jiangxi-yichun-jingan-2025-work-report-vice-magistrate-split-meeting-bx2200-page.txt"
    )
    assert (doc.issuers, doc.date) == (["靖安县人民政府"], "2025-02-28")
    doc = corpus_doc(
        "budget-report/hunan-shaoyang-xinshao-2022-final-accounts-report-npc-renda-gongbao-mulu-gov-page.txt"
    )
    assert doc.issuers == ["新邵县财政局"]


def test_budget_covers_banners_and_parts_listed_first() -> None:
    """'2024年度' / '四川省大英县财政局' / '部门决算' (a cover a part a line); '昌图县人民政府 The
    People's Government of Changtu Municipality' (a banner, removed) over the township's report;
    '目 录' / '第一部分 部门概括' … '第四部分 名词解释' / '秦安县财政局2022年度部门决算公开说明'
    (the parts listed before the title, recorded as contents)."""
    doc = corpus_doc(
        "dept-budget/sichuan-suining-daying-czj-2024-dept-final-accounts-threeline-head-dotleaders-gov-page.txt"
    )
    assert (doc.title, doc.kind) == ("2024年度四川省大英县财政局部门决算", "budget")
    issue = corpus_issue(
        "disclosure-report/liaoning-tieling-changtu-qijiazi-2023-disclosure-report-scrambled-title-blankline-cells-gov-page.txt"
    )
    assert (issue.removed[0].line, issue.removed[0].why) == (1, "site_navigation")
    assert issue.documents[0].issuers == ["昌图县七家子镇"]
    issue = corpus_issue(
        "dept-budget/gansu-tianshui-qinan-czj-2022-dept-final-accounts-mulu-first-year-mismatch-gov-page.txt"
    )
    assert issue.documents[0].title == "秦安县财政局2022年度部门决算公开说明"
    assert [r.line for r in issue.removed if r.why == "contents"][-1] == 29


def test_news_leads_that_name_the_document_they_reprint() -> None:
    """'河北三河发布重要公告!' / …'“网信三河”微信公号发布《关于严禁通过市域河道冰面进入京津地区
    的公告》,…' / '公告全文如下:' over a text with no title: an announcement (its kind from the
    title the lead quotes); '安新县发布关于禁止在河道、白洋淀行洪区域及周边从事涉水活动的安全提示'
    (who published what: the page's headline, no title of the document's)."""
    doc = corpus_doc(
        "repost/hebei-langfang-sanhe-2021-hequzhang-bingmian-jinru-gonggao-notitle-nbd-page.txt"
    )
    assert (doc.title, doc.kind, doc.issuers) == ("", "announcement", ["三河市河渠长制办公室"])
    doc = corpus_doc(
        "repost/hebei-xiongan-anxin-2025-sheshui-huodong-anquan-tishi-notitle-kzrd-page.txt"
    )
    assert doc.title == ""
