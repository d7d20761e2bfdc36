"""Heads of 令, congresses' decisions, minutes and gazette items from places new to the corpus
(a batch measured before any rule was written for it). Every expected value was read off the
file by hand."""

from __future__ import annotations

from gongbao.clean import clean
from gongbao.read import decode, split_lines
from tests.structure.corpus_pages import CORPUS, corpus_doc, corpus_issue


def _head(path: str) -> tuple[str, str | None, str | None, list[str], list[str]]:
    d = corpus_doc(path)
    return d.title, d.doc_number, d.date, d.issuers, d.signature


def test_an_order_under_the_gazette_issue_it_was_printed_in() -> None:
    """'黄山市人民政府公报(2004年第7号)' between the issuer's line and '黄 山 市 人 民 政 府 令' /
    '第 28 号'."""
    assert _head("order/anhui-huangshan-2004-ling28-xuke-tingzheng-infoeach-page.txt") == (
        "黄山市行政许可听证程序规定",
        "黄山市人民政府令第28号",
        "2004-06-29",
        ["安徽省黄山市人民政府"],
        ["市长 李宏鸣"],
    )


def test_an_order_number_in_brackets_and_rules_titled_on_the_order_line() -> None:
    """'江西省人民政府令' / '(第273号)'; '广西壮族自治区土地整治办法 广西壮族自治区人民政府令 第116号'
    on one line, then '自治区主席 陈 武 2016年12月6日'."""
    title, number, date, _issuers, signature = _head(
        "order/jiangxi-2025-ling273-guizhang-feizhi-xiugai-pkulaw-page.txt"
    )
    assert (title, number, date, signature) == (
        "江西省人民政府关于废止4件和修改7件省政府规章的决定",
        "江西省人民政府令(第273号)",
        "2025-11-06",
        ["省长 叶建春"],
    )
    assert _head("order/guangxi-2016-ling116-tudi-zhengzhi-banfa-mingkanw-page.txt") == (
        "广西壮族自治区土地整治办法",
        "广西壮族自治区人民政府令第116号",
        "2016-12-06",
        ["广西壮族自治区人民政府"],
        ["自治区主席 陈武"],
    )


def test_an_order_flattened_onto_one_line() -> None:
    """'海南省人民政府令 第188号 《…》已经2005年5月16日…审议通过,…施行。 省长卫留成 二○○五年五月
    二十三日 海南省规范性文件制定与备案登记规定 第一章 总 则 第一条 …'."""
    assert _head("order/hainan-2005-ling188-guifanxing-wenjian-beian-lsbar-page.txt") == (
        "海南省规范性文件制定与备案登记规定",
        "海南省人民政府令第188号",
        "2005-05-23",
        ["海南省人民政府"],
        ["省长 卫留成"],
    )


def test_an_officer_signing_with_a_colon() -> None:
    """'市长:董伟' under the promulgation."""
    assert _head("order/liaoning-anshan-1994-ling16-xingzheng-fuyi-infoeach-page.txt")[4] == [
        "市长 董伟"
    ]


def test_an_essay_sites_first_piece_and_blurb_are_the_sites() -> None:
    """'简介:写写帮文库小编为你整理了多篇相关的《…》' and '第一篇:' with the page's headline again,
    over the order it copied: one document."""
    path = "order/zhejiang-2010-ling274-shengzhu-tuzai-banfa-xiexiebang-page.txt"
    d = corpus_doc(path)
    assert (d.doc_number, d.date) == ("浙政令〔2010〕274号", "2010-07-20")
    cleaned = clean(split_lines(decode((CORPUS / path).read_bytes())))
    site = [r.text[:8] for r in cleaned.removed if r.why == "site_navigation"]
    assert site[:2] == ["简介:写写帮文库", "第一篇:浙江省实"]


def test_a_decision_flattened_onto_one_line_under_a_headlines_tail() -> None:
    """'区长职务的决定 关于接受刘伟同志辞去…区长职务的决定 (2021年8月2日…会议通过) 根据…'."""
    title, _number, date, _issuers, signature = _head(
        "npc/jiangsu-nanjing-gaochun-2021-npcsc-cizhi-oneline-rd-page.txt"
    )
    assert (title, date, signature) == (
        "关于接受刘伟同志辞去南京市高淳区人民政府区长职务的决定",
        "2021-08-02",
        ["南京市高淳区人大常委会"],
    )


def test_a_site_sections_name_over_its_breadcrumb_and_a_date_that_lost_its_marks() -> None:
    """'决议决定' / '当前位置: 首页 > 决议决定' / the title / '2019219日弥渡县第十七届人民代表大会第三次
    会议第四次全体会议通过)' (2月19日 the only reading)."""
    assert _head("npc/yunnan-dali-midu-2019-renda-baogao-jueyi-garbled-date-rd-page.txt")[:4] == (
        "关于政府工作报告的决议",
        None,
        "2019-02-19",
        ["弥渡县人民代表大会"],
    )


def test_a_decision_the_page_printed_twice_is_one() -> None:
    """The decision, word for word, twice: one document, the copy's lines a problem; the
    standing committee by its full name, which its text prints ('池州市贵池区第十五届人民代表大会
    常务委员会')."""
    issue = corpus_issue("npc/anhui-chizhou-guichi-2013-npcsc-daili-zhuren-dup-rd-page.txt")
    assert len(issue.documents) == 1
    assert issue.documents[0].issuers == ["池州市贵池区人民代表大会常务委员会"]
    assert [r.line for r in issue.removed if r.why == "duplicate"] == [4, 5, 6]
    assert any("页面重复印出的整篇文件" in p.detail for p in issue.problems)


def test_a_sessions_notice_numbered_in_chinese_numerals() -> None:
    """'牛村镇第十六届人民代表大会' / '第三次会议公告' / '第一号'."""
    d = corpus_doc("npc/niucunzhen-2018-zhen-renda-jueyi-gonggao-yxpc-page.txt")
    assert d.doc_number == "第一号"


def test_a_number_with_its_title_in_brackets_and_a_gazettes_note() -> None:
    """'院办发〔2022〕5号(2021-2022学年度第十次校长办公会纪要)'; '關於…的通知' / '(不另行文)'."""
    d = corpus_doc("minutes/hubei-wuhan-wsyu-2022-xiaozhang-bangonghui-jiyao-page.txt")
    assert (d.title, d.doc_number, d.kind) == (
        "2021-2022学年度第十次校长办公会纪要",
        "院办发〔2022〕5号",
        "minutes",
    )
    d = corpus_doc("gazette-item/guangdong-1952-ganbu-guanli-tongzhi-gongbao-page.txt")
    assert d.title == "關於幹部管理幾個問題的通知"


def test_a_promulgation_note_over_two_lines() -> None:
    """'(深圳市人民政府二届90次常务会议审议通过' / '' / '1998年2月6日深圳市人民政府令第68号发布)'."""
    path = "gazette-item/guangdong-shenzhen-1998-ling68-tudi-zhaobiao-paimai-infoeach-page.txt"
    d = corpus_doc(path)
    assert (d.doc_number, d.date, d.kind) == ("深圳市人民政府令第68号", "1998-02-06", "order")


def test_addressees_a_levels_own_bodies() -> None:
    """'各区人民政府、市人民政府各部门': two; '…,自治区政府各部门、直属机构': 直属 names its own."""
    d = corpus_doc(
        "gazette-item/henan-kaifeng-2007-bianzheng26-shichang-jianshe-tongbao-fymate-page.txt"
    )
    assert d.addressees == ["各区人民政府", "市人民政府各部门"]
    d = corpus_doc("gazette-item/ningxia-nodate-yuanbohui-biaozhang-jueding-fsou-page.txt")
    assert d.addressees == ["各市、县(区)人民政府", "自治区政府各部门", "直属机构"]


def test_a_package_under_its_heading_and_a_hospitals_banner() -> None:
    """'2023年新邵县政府决算公开' over its parts' list, then '关于新邵县2023年财政决算草案的' /
    '报 告' / '2024年11月27日县十八届人大常委会第二十三次会议' / '县财政局党组书记、局长 谭中凡';
    a hospital's banner lines ('…培训基地') over '2023年度泸州市中医医院单位决算'."""
    path = "budget-report/hunan-shaoyang-xinshao-2023-final-accounts-report-page.txt"
    d = corpus_doc(path)
    assert (d.title, d.date, d.issuers, d.addressees) == (
        "关于新邵县2023年财政决算草案的报告",
        "2024-11-27",
        ["新邵县财政局"],
        [],
    )
    d = corpus_doc("dept-budget/sichuan-luzhou-zhongyiyuan-2023-unit-final-accounts-page.txt")
    assert (d.title, d.issuers) == ("2023年度泸州市中医医院单位决算", ["泸州市中医医院"])


def test_a_disclosure_report_stored_from_its_first_section() -> None:
    """'一、总体情况' / '2023年,区投资促进局认真贯彻执行《中华人民共和国政府信息公开条例》…'."""
    path = "disclosure-report/guangdong-guangzhou-haizhu-touzicujin-2023-disclosure-report-page.txt"
    d = corpus_doc(path)
    assert (d.title, d.kind, d.issuers) == ("", "report", ["区投资促进局"])


def test_a_law_database_entry_closed_by_its_download_link() -> None:
    """A 决定 ending on its date line and '下载地址: 点击此处下载', then the database's next
    entry: an essay under a title no official document would bear ('法官职业化建设与渐进式
    改革') and its author's spaced name. The link closes the entry; the essay is a document
    of its own, and the 决定 keeps only its own text."""
    issue = corpus_issue(
        "npc/jilin-yanbian-1997-npcsc-xiugai-linye-tiaoli-jueding-infoeach-page.txt"
    )
    assert [(d.title, d.date) for d in issue.documents] == [
        ("延边朝鲜族自治州人大常委会关于修改《延边朝鲜族自治州乡村林业条例》的决定", "1997-09-26"),
        ("法官职业化建设与渐进式改革", None),
    ]
    assert issue.documents[1].issuers == []
