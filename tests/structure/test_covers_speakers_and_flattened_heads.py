"""Rules found while scoring batch 44 (line shapes, mirrors, 意见 and 红头 pages, gazette
items, reports and budgets), each tested on a file it changed. Each expected value read off
the file by hand (the docstrings quote the lines); each test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_departments_masthead_confirmed_by_its_code() -> None:
    """'贵州省国土资源厅文件' over '黔国土资发[2006]83号' (the text cut before its signature): the
    code abbreviates the department (国土资), so the masthead names the issuer."""
    doc = corpus_doc(
        "redhead/guizhou-guotuziyuanting-2006-qianguotuzifa83-tankuangquan-yanxu-xiexiebang-page.txt"
    )
    assert (doc.issuers, doc.doc_number) == (["贵州省国土资源厅"], "黔国土资发[2006]83号")


def test_a_report_that_opens_with_its_speakers_line() -> None:
    """'包头市人民政府市长 孙炜东' / '各位代表:' / '现在,我代表市人民政府,向大会报告工作,…':
    no title, the speaker's line, the government he heads reports."""
    doc = corpus_doc("work-report/neimenggu-baotou-2013-work-report-notitle-speaker-first-page.txt")
    assert (doc.title, doc.kind, doc.issuers) == ("", "report", ["包头市人民政府"])
    assert doc.speaker == "包头市人民政府市长 孙炜东"


def test_a_title_and_its_addressees_flattened_onto_one_line() -> None:
    """'重庆市人民政府办公厅关于认真做好明年“两会”有关工作的通知 各区县(自治县、市)人民政府,
    市政府各部门,有关单位: 市二届人大四次会议、…' (one line, no 文号)."""
    doc = corpus_doc(
        "line-shapes/chongqing-2005-szfbgt-lianghui-gongzuo-tongzhi-oneline-lsbar-page.txt"
    )
    assert doc.title == "重庆市人民政府办公厅关于认真做好明年“两会”有关工作的通知"
    assert doc.addressees == ["各区县(自治县、市)人民政府", "市政府各部门", "有关单位"]


def test_a_second_notice_under_the_date_that_closed_the_first() -> None:
    """'湘乡市人民政府' / '2020年6月3日。' (a stop after the date) / '严禁焚烧秸秆通告' / '严禁焚烧
    秸秆通告为了保护生态环境,…' (the title again, run onto its text): two documents; the
    record over the first ('•【字号】湘乡政通〔2020〕3号') is the first's."""
    issue = corpus_issue(
        "line-shapes/hunan-xiangtan-xiangxiang-2020-xiangxiangzhengtong3-jinshao-jiegan-tonggao-hardwrap-360docs-page.txt"
    )
    first, second = issue.documents
    assert (first.doc_number, first.date, first.signature) == (
        "湘乡政通〔2020〕3号",
        "2020-06-03",
        ["湘乡市人民政府"],
    )
    assert (second.title, second.doc_number, second.kind) == (
        "严禁焚烧秸秆通告",
        None,
        "announcement",
    )


def test_a_sentences_opening_clause_is_no_title() -> None:
    """'为有效预防森林火灾,确保人民群众生命财产和森林资源安全,根据《中华人民' (the page's first
    line, cut) over '一、全县区域范围内全年禁止燃放孔明灯。': an untitled 通告."""
    doc = corpus_doc(
        "mirror-noise/sichuan-yaan-lushan-jinran-jiner-tonggao-notitle-gambling-truncated-lines-fqjz1-page.txt"
    )
    assert (doc.title, doc.kind) == ("", "announcement")


def test_a_disclosure_report_whose_opening_names_its_office() -> None:
    """'凤鸣街道2016年度政府信息公开工作报告' (no organ in it) and '…现将凤鸣街道办事处2016年政府
    信息公开工作年度报告予以公布'."""
    doc = corpus_doc(
        "disclosure-report/zhejiang-jiaxing-tongxiang-fengming-2016-disclosure-report-gov-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("report", ["凤鸣街道办事处"])


def test_a_budget_report_read_for_the_town_government() -> None:
    """'各位代表:' / '受镇政府的委托,现向大会报告我镇2019年财政预算执行情况和2020年财政预算安排
    草案,…' (no title): a report; the town is never named, so no issuer."""
    doc = corpus_doc(
        "budget-report/chongqing-nanan-yinglong-2019-budget-report-notitle-gov-page.txt"
    )
    assert (doc.title, doc.kind, doc.issuers) == ("", "report", [])


def test_a_towns_budget_that_opens_with_its_contents() -> None:
    """'目 录' / '第一部分 公田镇人民政府概况' / … / '第二部分 公共财政预算' / '第三部分 政府性基金
    决算': the town's budget, its unit named by the first part."""
    doc = corpus_doc(
        "dept-budget/hunan-yueyang-yueyangxian-gongtian-2020-township-budget-mulu-first-gov-page.txt"
    )
    assert (doc.title, doc.kind, doc.issuers) == ("", "budget", ["公田镇人民政府"])


def test_a_pdfs_title_run_onto_its_contents() -> None:
    """'2021年度部门决算公开说明-堤防处.pdf' (the file's name) over one line: '曾都区河道堤防建设
    管理处 2021 年度决算公开说明 (目录) 第一部分:基本情况 一、部门主要职能 …'; the unit printed
    in full ('随州市曾都区河道堤防建设管理处') in the text."""
    doc = corpus_doc(
        "dept-budget/hubei-suizhou-zengdu-difangchu-2021-final-accounts-pdf-oneline-wenkuvip-page.txt"
    )
    assert doc.title == "曾都区河道堤防建设管理处2021年度决算公开说明"
    assert (doc.kind, doc.issuers) == ("budget", ["随州市曾都区河道堤防建设管理处"])


def test_a_reports_speaker_credited_as_the_pages_source() -> None:
    """'关于广东省2003年省级决算草案的报告' / '来源:广东省财政厅厅长 刘昆' / '主任、各位副主任,…':
    the department its speaker heads reports."""
    doc = corpus_doc("budget-report/guangdong-2003-final-accounts-report-czt-page.txt")
    assert (doc.issuers, doc.speaker) == (["广东省财政厅"], "广东省财政厅厅长 刘昆")
