"""Batch 40 of the corpus (gazette items, 红头 and 主送 notices, pages with records), scored
before its rules, and the rules of their kinds. Each expected value read off the file by hand
(the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_posting_time_in_words_between_the_title_and_the_zhusong() -> None:
    """'关于召开秀洲区创建省级示范文明城区迎检工作会议的通知' / '2010年3月4日 09:12' (when the
    page was posted) / '各镇、街道党工委,区级机关各部门,市经济开发区有关部门:': the time had
    ended the head before the 主送."""
    issue = corpus_issue(
        "repost/zhejiang-jiaxing-xiuzhou-2010-chuangjian-yingjian-huiyi-tongzhi-zjol-news-page.txt"
    )
    assert (2, "page_metadata") in [(r.line, r.why) for r in issue.removed]
    assert issue.meta.published == "2010-03-04"
    assert issue.documents[0].addressees == [
        "各镇、街道党工委",
        "区级机关各部门",
        "市经济开发区有关部门",
    ]


def test_font_tools_run_onto_the_wenhao_line() -> None:
    """'闽政文〔 2011〕266号 字体显示: 大 中 小' / '长乐市人民政府:': had given no 文号 and no 主送."""
    issue = corpus_issue(
        "gazette-item/fujian-changle-2011-minzhengwen266-tudi-zhengshou-pifu-gongbao-zjtcn-page.txt"
    )
    assert (5, "page_tools") in [(r.line, r.why) for r in issue.removed]
    doc = issue.documents[0]
    assert (doc.doc_number, doc.addressees, doc.kind) == (
        "闽政文〔2011〕266号",
        ["长乐市人民政府"],
        "reply",
    )


def test_font_tools_run_onto_a_bylines_time() -> None:
    """'时间:2021-08-11           字体大小:【   中  小 】' under the title, the record's rows, then
    '各乡(镇)人民政府,县直各有关单位,稷山经开区管委会:'."""
    doc = corpus_doc(
        "web-page/shanxi-yuncheng-jishan-2021-jizhengfa7-feiyi-minglu-tongzhi-meta-page.txt"
    )
    assert doc.addressees == ["各乡(镇)人民政府", "县直各有关单位", "稷山经开区管委会"]
    assert (doc.doc_number, doc.date) == ("稷政发〔2021〕7号", "2021-08-06")


def test_a_zhusong_of_youth_league_organisations() -> None:
    """'各区、县(市)教育局(社发局)团工委,各市属高校、直属学校团组织,有关专修学院团组织:' (a
    团组织 receives documents as a 组 does)."""
    doc = corpus_doc(
        "web-page/zhejiang-hangzhou-jiaoyuju-tuangongwei-2022-jiaotuangongwei9-xianjin-mingdan-"
        "joint-gov-page.txt"
    )
    assert doc.addressees == [
        "各区、县(市)教育局(社发局)团工委",
        "各市属高校",
        "直属学校团组织",
        "有关专修学院团组织",
    ]


def test_a_congress_notice_the_approval_and_the_decision_three_documents() -> None:
    """'杭州市第十二届人民代表大会常务委员会公告' / '第37号' … '2014年12月31日', then '浙江省人民代表
    大会常务委员会关于批准《…》的决定' / '(2014年11月28日…通过)', then '杭州市人民代表大会常务
    委员会关于修改《杭州市城市供水管理条例》的决定' / '(2014年8月29日…通过 2014年11月28日…批准)'."""
    issue = corpus_issue(
        "npc/zhejiang-hangzhou-2014-npcsc-gonggao37-gongshui-tiaoli-xiugai-jueding-page.txt"
    )
    assert [(d.doc_number, d.date, d.kind) for d in issue.documents] == [
        ("第37号", "2014-12-31", "announcement"),
        (None, "2014-11-28", "decision"),
        (None, "2014-08-29", "decision"),
    ]


def test_an_encyclopedia_entry_over_the_notice_it_copies() -> None:
    """'第一批国家文化消费试点城市' (the entry's name) / '更新时间:2022-07-15 14:39' /
    '第一批国家文化消费试点城市由文化部办公厅于2016年6月23日公布。' (its lead) / '公布通知' (its
    section) / '各省、自治区、直辖市文化厅(局),新疆生产建设兵团文化广播电视局:' … '特此通知。':
    the entry's name had been the title, and the notice no notice."""
    issue = corpus_issue(
        "repost/wenhuabu-bangongting-2016-wenhua-xiaofei-shidian-chengshi-gongbu-notitle-wiki-"
        "page.txt"
    )
    assert [(r.line, r.why) for r in issue.removed][:4] == [
        (1, "above_title"),
        (3, "byline"),
        (5, "byline"),
        (7, "site_navigation"),
    ]
    doc = issue.documents[0]
    assert (doc.title, doc.kind, doc.issuers) == ("", "notice", ["文化部办公厅"])
    assert doc.addressees == ["各省、自治区、直辖市文化厅(局)", "新疆生产建设兵团文化广播电视局"]
