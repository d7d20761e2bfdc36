"""Rules found while scoring batch 53 (pages found by topic: 扬尘, 渣土, 疫苗, 取暖, 区划调整,
代表资格, 审计, 统计公报, 部门决算), each tested on a file it changed. Each expected value was
read off the file by hand (the docstrings quote the lines); each test fails on the code
before its rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_congress_notice_numbered_in_chinese_numerals_by_its_term() -> None:
    """'全国人民代表大会常务委员会公告' / '〔十一届〕第二十五号': its number, the serial in words."""
    doc = corpus_doc("npc/npcsc-2011-gonggao-11-25-daibiao-bamian-npcgov-page.txt")
    assert doc.doc_number == "〔十一届〕第二十五号"


def test_an_editors_credit_after_the_date_line_leaves_the_date() -> None:
    """'全国人民代表大会常务委员会' / '2026年2月4日 【编辑:王琴】': the committee signs on that
    day; the repost's credit is its byline, recorded."""
    issue = corpus_issue(
        "npc/npcsc-2026-gonggao-14-15-daibiao-bamian-editor-on-date-line-cankao-repost-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.doc_number, doc.date, doc.signature) == (
        "〔十四届〕第十五号",
        "2026-02-04",
        ["全国人民代表大会常务委员会"],
    )
    assert (19, "【编辑:王琴】", "byline") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_scrambled_records_number_names_no_issuer() -> None:
    """'【颁布单位】 | 155 | 【实施日期】 | 行政法规 |' / '【法规层次】 | 118 | 【文 号】 | 江苏 |': the
    values slipped into the wrong cells; '155' is no organ, '江苏' no 文号."""
    doc = corpus_doc(
        "reply/jiangsu-2009-suzhengfu4-hongze-quhua-tiaozheng-pifu-scrambled-meta-notitle-page.txt"
    )
    assert (doc.issuers, doc.doc_number, doc.date) == ([], None, "2009-01-08")


def test_a_committee_chairs_speaker_line_is_no_title() -> None:
    """'第十一届全国人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告' /
    '全国人民代表大会常务委员会代表资格审查委员会主任委员 黄镇东' / '全国人民代表大会常务委员会:':
    the report's title is its first line; the committee issues it without its term."""
    doc = corpus_doc("npc/npcsc-2008-08-daibiao-zige-baogao-speaker-line-npcgov-page.txt")
    assert (doc.title, doc.issuers) == (
        "第十一届全国人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告",
        ["全国人民代表大会常务委员会代表资格审查委员会"],
    )


def test_a_report_that_opens_on_its_speakers_line_is_untitled() -> None:
    """'汕头市潮阳区审计局局长 郑创平' / '2023年9月28日' / '主任、各位副主任、各位委员:': the
    speaker, whose bureau issues it; no title printed."""
    doc = corpus_doc(
        "budget-report/guangdong-shantou-chaoyang-2023-audit-report-speaker-first-gov-page.txt"
    )
    assert (doc.title, doc.issuers, doc.speaker, doc.date) == (
        "",
        ["汕头市潮阳区审计局"],
        "汕头市潮阳区审计局局长 郑创平",
        "2023-09-28",
    )


def test_a_notice_numbered_by_its_year_after_its_title() -> None:
    """'北京市市政管理委员会、…关于“好运北京”…的通告' / '(2007年通告第3号)': the number is the
    通告's, no part of its title."""
    doc = corpus_doc(
        "announcement/beijing-2007-tonggao3-haoyun-beijing-zhatu-joint-fymate-page.txt"
    )
    assert doc.doc_number == "2007年通告第3号"
    assert doc.title.endswith("渣土砂石运输保障工作的通告")


def test_the_issuers_line_over_a_title_run_onto_its_text() -> None:
    """'玉田县人民政府' / '关于在高考期间禁止噪声干扰的通告 2023年高考在即,为营造…': the title is the
    two lines to the kind word; the text opens after it."""
    issue = corpus_issue(
        "announcement/hebei-tangshan-yutian-2023-gaokao-jinzao-tonggao-titlerun-forum-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == (
        "玉田县人民政府关于在高考期间禁止噪声干扰的通告",
        ["玉田县人民政府"],
    )
    assert doc.body[0].text.startswith("2023年高考在即,为营造温馨安宁的学习")


def test_a_streets_report_is_not_its_portals_publishers() -> None:
    """'东街街道2023年度政府信息公开工作年度报告' under '发布机构:政务服务管理局' and a record whose
    last label was left empty ('公开形式 责任部门'): the portal's bureau issued no street's report
    (the street did, by the name printed), and the text's first heading ('一、总体情况') is no
    value of the record."""
    issue = corpus_issue(
        "disclosure-report/gansu-zhangye-ganzhou-dongjie-jiedao-2023-disclosure-report-title-as-wenhao-meta-gov-page.txt"
    )
    doc = issue.documents[0]
    assert doc.issuers == ["东街街道"]
    assert (doc.body[0].num, doc.body[0].text) == ("一、", "总体情况")
    assert 11 not in [r.line for r in issue.removed]


def test_a_statistical_bulletin_is_its_statistics_bureaus() -> None:
    """'辰溪縣2021年國民經濟和社會發展統計公報' / '發布時間:…信息來源:辰溪縣統計局': the bureau's
    bulletin, not the county government's."""
    doc = corpus_doc(
        "mirror-noise/hunan-huaihua-chenxi-2021-stats-bulletin-traditional-chongshemp-mirror-page.txt"
    )
    assert doc.issuers == ["辰溪縣統計局"]


def test_a_titles_year_line_over_its_kind() -> None:
    """'2019年贵州省长顺县国民经济和社会发展' / '统计公报' / '长顺县统计局' / '(2020年7月10日)':
    the two lines are the title."""
    doc = corpus_doc(
        "web-page/guizhou-qiannan-changshun-2019-stats-bulletin-issuer-dateline-hongheiku-page.txt"
    )
    assert (doc.title, doc.issuers, doc.date) == (
        "2019年贵州省长顺县国民经济和社会发展统计公报",
        ["长顺县统计局"],
        "2020-07-10",
    )


def test_a_county_office_named_by_its_level_is_placed_by_its_reports_county() -> None:
    """'县人民政府办公室2021年政府信息公开工作年度报告' whose text opens '2021年,湟源县始终坚持…'
    and names 湟源县 again: the office of that county."""
    doc = corpus_doc(
        "disclosure-report/qinghai-xining-huangyuan-xianzhengfuban-2021-disclosure-report-noplace-title-admin-byline-page.txt"
    )
    assert doc.issuers == ["湟源县人民政府办公室"]


def test_a_budgets_first_part_names_its_unit_after_a_colon() -> None:
    """'目 录' / '第一部分:桂林市人民医院概况' / '第二部分:桂林市人民医院2022年度部门决算报表':
    the hospital's 决算, untitled."""
    doc = corpus_doc(
        "dept-budget/guangxi-guilin-renminyiyuan-2022-bumen-juesuan-contents-first-notitle-page.txt"
    )
    assert (doc.title, doc.issuers, doc.kind) == ("", ["桂林市人民医院"], "budget")


def test_a_telegrams_office_code_is_no_part_of_its_title() -> None:
    """A sharing site's '附件下载:14明电9.pdf' and '当前文档共3页 下载后继续阅读' over a 明电 on one
    line ('… 温政办发明电〔2014〕9 号 温机发 温州市人民政府办公室关于…的 紧 急 通 知 各县…'): the
    site's lines go; the title and its issuer are the office's, without '温机发'."""
    issue = corpus_issue(
        "redhead/zhejiang-wenzhou-2014-wenzhengbanfamingdian9-xiaofang-jinji-tongzhi-oneline-pdf-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers) == (
        "温州市人民政府办公室关于深刻吸取近期火灾事故教训切实加强当前消防工作的紧急通知",
        ["温州市人民政府办公室"],
    )
    assert {(r.line, r.why) for r in issue.removed if r.line in (3, 7)} == {
        (3, "site_navigation"),
        (7, "site_navigation"),
    }
