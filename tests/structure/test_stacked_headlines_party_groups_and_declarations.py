"""Batch 42 of the corpus (任免 news, meeting records, 公告 and 声明), scored before its rules,
and the rules of their kinds. Each expected value read off the file by hand (the docstrings
quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_news_items_stacked_headlines_the_first_its_title() -> None:
    """'区七届人大常委会召开第十一次会议' / '决定郑皓副区长代理通州区政府区长职务 审议通过补选人大
    代表等事项' (the line under it, no line between): the first is the title, as the corpus
    labels stacked headlines; and '王衍诗主持 决定任命胡浩为广州市人民政府副市长' /
    '市十六届人大常委会第三十二次会议举行'. A list's numbered item over a headline
    ('12.中央调整河北省委主要负责人') is no headline of it."""
    assert corpus_doc(
        "personnel/beijing-tongzhou-2023-npcsc-daili-quzhang-epaper-page.txt"
    ).title == ("区七届人大常委会召开第十一次会议")
    assert corpus_doc(
        "personnel/guangdong-guangzhou-2024-npcsc-16-32-renmian-fushizhang-gzdaily-epaper-page.txt"
    ).title == ("王衍诗主持决定任命胡浩为广州市人民政府副市长")
    assert corpus_doc(
        "personnel/hebei-2011-npcsc-daili-shengzhang-zhuanti-hebnews-page.txt"
    ).title == ("张庆黎同志任河北省委书记")


def test_a_congress_decision_then_its_notice_under_its_organ_and_kind() -> None:
    """'…并报山西省第十四届人民代表大会会议备案。' / '山西省人民代表大会常务委员会' / '公告' /
    '吕梁市人大常委会决定罢免…': two documents, the second the 公告."""
    issue = corpus_issue(
        "personnel/shanxi-2025-npcsc-jinxiangjun-cizhi-jueding-gonggao-pinyin-mirror-page.txt"
    )
    assert [(d.title, d.kind) for d in issue.documents][1] == (
        "山西省人民代表大会常务委员会公告",
        "announcement",
    )
    assert len(issue.documents) == 2


def test_a_declaration_flattened_onto_one_line() -> None:
    """'…特此声明。 中国社会科学院 2011年11月2日(出处:中国社会科学报)' (the whole 声明 one
    line): its signer and date."""
    doc = corpus_doc(
        "line-shapes/shekeyuan-2011-maoyong-mingyi-shengming-notitle-oneline-sspress-page.txt"
    )
    assert (doc.issuers, doc.date, doc.signature) == (
        ["中国社会科学院"],
        "2011-11-02",
        ["中国社会科学院"],
    )


def test_a_bureaus_party_group_meeting_record() -> None:
    """'10月18日下午,省政府副秘书长、省机关管理局党组书记、局长李文哲主持召开局党组(扩大)会议,
    传达学习…' (no headline, no reporter): the bureau's record."""
    doc = corpus_doc("minutes/fujian-jgswglj-2024-dangzu-kuoda-huiyi-notitle-gov-page.txt")
    assert (doc.kind, doc.issuers) == ("minutes", ["省机关管理局"])


def test_a_former_post_before_the_name_and_a_post_read_as_a_person() -> None:
    """'任命交通运输部人事教育司长李良生为水利部副部长' (司长 before the name) and '任命重庆市副
    市长、市公安局局长胡明朗为应急管理部副部长' (the posts a 、 apart, read as a person)."""
    issue = corpus_issue(
        "repost/quanguo-2024-guowuyuan-renmian-fubuji-shanzhongde-bg3-repost-page.txt"
    )
    appointed = [
        (a.person, a.positions) for a in issue.facts["appointments"] if a.action == "appoint"
    ]
    assert ("李良生", ["水利部副部长"]) in appointed
    assert ("胡明朗", ["应急管理部副部长"]) in appointed
    assert all(not p.endswith("市长") for p, _ in appointed)


def test_a_records_responsible_department_where_it_names_no_publisher() -> None:
    """'信息分类:其他有关文件 | 责任部门:区政府办 | 文件编号:区府办字〔2012〕142' over an unsigned
    通报 (its date alone at the foot): the office that published it."""
    doc = corpus_doc(
        "web-page/jiangxi-ganzhou-zhanggong-2012-qufubanzi142-quanmin-jianshen-biaozhang-tongbao-"
        "gov-page.txt"
    )
    assert doc.issuers == ["区政府办"]


def test_a_mirrors_lost_mark_and_its_reporters_credit() -> None:
    """'??? □記者 趙霞 報(bào)道' (line 1: the mirror's '???' where the paper's mark was, a
    box, the reporter): had been the title; no title of the item's own is printed."""
    issue = corpus_issue(
        "mirror-noise/shandong-dezhou-xian-cwh3-news-qmark-trad-pinyin-mirror-page.txt"
    )
    assert [(r.line, r.why, r.text) for r in issue.removed][:3] == [
        (1, "placeholder", "???"),
        (1, "pinyin", "(bào)"),
        (1, "byline", "□記者趙霞報道"),
    ]
    assert issue.documents[0].title == ""
