"""Batch 36 of the corpus (notices chosen for their 主送 and 附件, news of 人大常委会 任免,
meeting records and reports of meetings, a wiki's gazette item), scored before its rules, and
the rules of their kinds; and a wiki's licence box. Each expected value read off the file by
hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


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
    doc = corpus_issue(
        "minutes/shandong-weihai-huancui-2022-qzf-cwh4-news-tabs-gov-page.txt"
    ).documents[0]
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
    doc = corpus_issue(
        "redhead/shanxi-2009-jinmeichongzubanfa30-changzhi-xiangyuan-zhenghe-pifu-redhead-6dgww-page.txt"
    ).documents[0]
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
