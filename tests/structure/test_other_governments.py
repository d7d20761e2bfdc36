"""Whole documents in the styles of other governments, written for these tests (fixtures/).

Each expectation was checked by hand against the fixture text.
"""

from __future__ import annotations

import re

import pytest

import gongbao
from tests.conftest import fixture_text


def test_county_notice_without_contents() -> None:
    issue = gongbao.parse_text(fixture_text("county_notice.txt"))
    assert issue.toc == []
    (doc,) = issue.documents
    assert doc.title == "青溪县人民政府办公室关于印发《青溪县农村饮用水安全管理办法》的通知"
    assert doc.kind == "notice"
    assert doc.doc_number == "溪政办发〔2025〕12号"
    assert doc.date == "2025-03-05"  # signature date in Chinese numerals: 二〇二五年三月五日
    assert doc.issuers == ["青溪县人民政府办公室"]
    assert doc.addressees == ["各乡镇人民政府", "县政府各部门", "各直属单位"]
    assert [(a.label, a.title) for a in doc.attachments] == [
        ("附件1", "青溪县农村饮用水安全管理办法"),
        ("附件2", "青溪县农村饮用水工程责任清单"),
    ]
    # 自2025年4月1日起施行，有效期5年
    assert (doc.valid_from, doc.valid_until) == ("2025-04-01", "2030-03-31")
    att1 = next(b for b in doc.body if b.num == "附件1")
    chapters = [b for b in att1.children if b.type == "heading"]
    assert [c.num for c in chapters] == ["第一章", "第二章"]
    # the chapter's articles are one list; an article with items holds them
    articles = chapters[1].children[0]
    assert articles.type == "list"
    article3 = articles.children[0]
    assert article3.num == "第三条" and article3.text.endswith("主要职责是：")
    items = article3.children[0]
    assert items.type == "list" and [i.num for i in items.children] == [
        "（一）",
        "（二）",
        "（三）",
    ]
    assert issue.tables[0].columns == ["序号", "工程名称", "责任单位"]
    assert issue.tables[0].caption == "青溪县农村饮用水工程责任清单"
    assert issue.problems == []


def test_provincial_order_with_chapters_sections_articles() -> None:
    issue = gongbao.parse_text(fixture_text("provincial_order.txt"))
    (doc,) = issue.documents
    assert doc.kind == "order"
    assert doc.doc_number == "江南省人民政府令第42号"
    assert doc.issuers == ["江南省人民政府"]
    assert doc.date == "2024-12-02"
    assert doc.valid_from == "2025-01-01"
    text = next(b for b in doc.body if b.type == "heading")
    assert text.text == "江南省公共数据管理办法"
    chapters = [b for b in text.children if b.type == "heading"]
    assert [(c.num, c.text) for c in chapters] == [
        ("第一章", "总则"),
        ("第二章", "共享与开放"),
        ("第三章", "附则"),
    ]
    sections = [b for b in chapters[1].children if b.type == "heading"]
    assert [(s.num, s.text) for s in sections] == [("第一节", "共享"), ("第二节", "开放")]
    articles = [b.num for b in doc.blocks() if b.num and b.num.endswith("条")]
    assert articles == ["第一条", "第二条", "第三条", "第四条", "第五条", "第六条"]
    assert issue.problems == []


def test_traditional_characters() -> None:
    issue = gongbao.parse_text(fixture_text("traditional_notice.txt"))
    (doc,) = issue.documents
    assert doc.title == "南海市人民政府關於印發《南海市促進中小企業發展若干措施》的通知"
    assert doc.kind == "notice"
    assert doc.doc_number == "南府規〔2024〕8號"
    assert doc.issuers == ["南海市人民政府"]
    assert doc.addressees == ["各區人民政府", "市政府各委、辦、局"]
    assert doc.date == "2024-09-18"
    assert (doc.valid_from, doc.valid_until) == ("2024-09-18", "2026-12-31")
    measures = [b for b in doc.blocks() if b.type == "paragraph" and b.num]
    assert [m.num for m in measures] == ["（一）", "（二）", "（三）"]
    assert measures[0].lead == "設立中小企業發展專項資金。"


def test_speech_report_with_table_and_numbering_gap() -> None:
    issue = gongbao.parse_text(fixture_text("plan_report.txt"))
    (doc,) = issue.documents
    assert doc.kind == "report"
    assert doc.date == "2026-01-08"
    assert doc.issuers == ["北川区发展和改革局"]
    (table,) = issue.tables
    assert table.caption == "表1 2025年主要指标完成情况"
    assert table.rows == [
        ["地区生产总值增长率", "5%左右", "5.2%"],
        ["一般公共预算收入", "40亿元", "41.6亿元"],
    ]
    gaps = [p for p in issue.problems if p.kind == "numbering_gap"]
    assert len(gaps) == 1 and gaps[0].detail == "“4.”之前的同类序号是2，中间缺号"


def _published(issue_text: str) -> str:
    return re.sub(r"\s+", "", issue_text)


def test_traditional_order_and_appointments_parse_through_simplified_form() -> None:
    """Rules are written once, in simplified characters; the traditional text is matched in its
    OpenCC simplified form and every string comes back as printed."""
    text = fixture_text("traditional_order.txt")
    issue = gongbao.parse_text(text)
    order, notice = issue.documents
    assert order.kind == "order"
    assert order.date == "2024-10-15"
    chapters = [b for b in order.blocks() if b.type == "heading" and b.num]
    assert [(c.num, c.text) for c in chapters] == [
        ("第一章", "總則"),
        ("第二章", "共享與開放"),
        ("第三章", "附則"),
    ]
    articles = [b.num for b in order.blocks() if b.num and b.num.endswith("條")]
    assert articles == ["第一條", "第二條", "第三條", "第四條", "第五條"]
    assert notice.title == "嶺南縣人民政府關於張志明等同志職務任免的通知"
    assert notice.doc_number == "嶺府任〔2024〕3號"
    assert notice.addressees == ["各鄉鎮人民政府", "縣政府各部門"]
    people = [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]
    assert people == [
        ("張志明", "appoint", ["縣財政局局長"], []),
        ("林美玲", "appoint", ["縣數據資源管理局副局長"], ["試用期一年"]),
        ("黃偉", "remove", ["縣財政局副局長"], []),
    ]
    orgs = [o.name for o in issue.facts["organisations"]]
    assert orgs == ["嶺南縣人民政府", "縣財政局", "縣數據資源管理局"]
    # nothing shown was turned into simplified characters
    printed = _published(text)
    for doc in issue.documents:
        for block in doc.blocks():
            assert _published(block.text) in printed, block.text


def test_simplified_text_is_not_converted() -> None:
    from gongbao.script import is_traditional

    assert not is_traditional(fixture_text("county_notice.txt"))
    assert is_traditional(fixture_text("traditional_order.txt"))
    assert is_traditional(fixture_text("traditional_notice.txt"))


@pytest.mark.parametrize("encoding", ["big5", "cp950", "gb18030", "utf-16", "utf-8-sig"])
def test_traditional_text_in_any_encoding_parses_the_same(encoding: str) -> None:
    text = fixture_text("traditional_order.txt")
    expected = gongbao.parse_text(text).to_dict()
    got = gongbao.parse_bytes(text.encode(encoding), name="order.txt").to_dict()
    assert got == expected


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16"])
def test_simplified_text_in_legacy_encodings(encoding: str) -> None:
    text = fixture_text("county_notice.txt")
    got = gongbao.parse_bytes(text.encode(encoding), name="county.txt").to_dict()
    assert got == gongbao.parse_text(text).to_dict()


FULL_WIDTH = """关于做好２０２４年安全生产工作的通知

宁府办发〔２０２４〕１２号

各区人民政府：

一、总体要求

（一）到２０２５年，ＰＭ２.５平均浓度控制在３０微克／立方米以下。

二、保障措施

（二）加强组织领导。（责任单位：市应急管理局）

宁海市人民政府办公室

２０２４年３月８日
"""


def test_full_width_digits_are_read_and_shown_as_printed() -> None:
    (doc,) = gongbao.parse_text(FULL_WIDTH).documents
    assert doc.date == "2024-03-08"
    assert doc.doc_number == "宁府办发〔２０２４〕１２号"
    assert doc.id == "ningfubanfa-2024-12"  # read in ASCII digits: a stable, typeable id
    assert doc.issuers == ["宁海市人民政府办公室"]
    items = [b for b in doc.blocks() if b.type == "paragraph" and b.num]
    assert items[0].text == "到２０２５年，ＰＭ２.５平均浓度控制在３０微克／立方米以下。"


RADICALS = """上海市⼈⺠政府关于加强⽔务管理的通知

沪府发〔2025〕3号

各区⼈⺠政府：

⼀、加强⽔务管理。（责任单位：市⽔务局）

上海市⼈⺠政府

2025年3⽉8⽇
"""


def test_kangxi_radicals_from_pdf_extraction_are_read_as_ideographs() -> None:
    """'⼈⺠' (U+2F08 U+2EA0) is what some PDF tools extract for 人民; rules read the ideographs,
    the text stays as extracted."""
    issue = gongbao.parse_text(RADICALS)
    (doc,) = issue.documents
    assert doc.date == "2025-03-08"
    assert doc.issuers == ["上海市⼈⺠政府"]
    assert [b.num for b in doc.blocks() if b.num] == ["⼀、"]
    assert [m.responsible for m in issue.facts["measures"]] == [["市⽔务局"]]


def _notices() -> str:
    """Three notices of one district printed in one issue, each signed and dated the same way
    and each with an attachment: the repeats are documents', not pages'."""
    out = []
    for title, num, day in [
        ("关于做好春季森林防火工作的通知", 3, "三月一日"),
        ("关于加强安全生产工作的通知", 4, "三月八日"),
        ("关于开展爱国卫生运动的通知", 5, "三月十五日"),
    ]:
        out.append(
            f"江北区人民政府{title}\n\n江府发〔2025〕{num}号\n\n各街道办事处，区政府各部门：\n\n"
            f"现将有关事项通知如下，请认真贯彻执行。\n\n附件：江北区重点任务清单\n\n"
            f"江北区人民政府\n\n二〇二五年{day}\n\n附件\n\n江北区重点任务清单\n\n一、加强组织领导。\n"
        )
    return "\n".join(out)


def test_signatures_and_labels_repeated_by_documents_are_not_page_furniture() -> None:
    issue = gongbao.parse_text(_notices())
    got = [(d.doc_number, d.issuers, d.date, len(d.attachments)) for d in issue.documents]
    assert got == [
        ("江府发〔2025〕3号", ["江北区人民政府"], "2025-03-01", 1),
        ("江府发〔2025〕4号", ["江北区人民政府"], "2025-03-08", 1),
        ("江府发〔2025〕5号", ["江北区人民政府"], "2025-03-15", 1),
    ]
    from gongbao.clean.furniture import find_furniture
    from gongbao.read import split_lines

    assert find_furniture(split_lines(_notices())) == {}
