"""Local regulations whose history opens with the meeting that revised them ('2006年9月15日
某市…常务委员会第三十次会议修订'): the revision made the whole text again, its day is the
text's and the standing committee its issuer, as for one that adopted it — unless a dated line
of its history stands above (then the day is a later one's: none is given). The heads are
quoted as printed, up to the second article, from github.com/LawRefBook/Laws @ 2f4c5c23 (the
files named above each); expected values read off the heads by hand. Each test fails on the
code before the rule but the guard, which holds before and after."""

from __future__ import annotations

from tests.structure.corpus_pages import quoted_issue

#: DLC/北京地方法规/地方性法规/北京/北京市信访条例.md
_PETITIONS = [
    "# 北京市信访条例",
    "",
    "2006年9月15日 北京市第十二届人民代表大会常务委员会第三十次会议修订",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章  总则",
    "",
    "第一条 为了保持国家机关同人民群众的密切联系，保护信访人的合法权益，规范信访工作和信访行为，保障信访活动依法有序进行，促进社会主义和谐社会建设，根据《中华人民共和国宪法》、《信访条例》和其他有关法律、行政法规，结合本市实际情况，制定本条例。",
    "",
    "第二条 本条例所称信访，是指公民、法人或者其他组织采用书信、电子邮件、传真、电话、走访等形式，向本市国家机关反映情况，提出建议、意见或者投诉请求，依法由有关国家机关处理的活动。",
]

#: DLC/浙江地方法规/地方性法规/浙江/浙江省义务教育条例(2021-09-30).md
_SCHOOLING = [
    "# 浙江省义务教育条例",
    "",
    "1985年6月13日 浙江省第六届人民代表大会常务委员会第三次会议通过《浙江省实行九年制义务教育条例》",
    "",
    "1995年4月29日 浙江省第八届人民代表大会常务委员会第十八次会议《关于修改〈浙江省实行九年制义务教育条例〉的决定》第一次修正",
    "",
    "2009年11月27日 浙江省第十一届人民代表大会常务委员会第十四次会议修订根据2021年9月29日浙江省第十三届人民代表大会常务委员会第三十一次会议《关于修改〈浙江省促进科技成果转化条例〉等七件地方性法规的决定》第二次修正",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章\u3000总则",
    "",
    "第一条 为了保障适龄儿童、少年享有平等接受义务教育的权利，促进义务教育均衡发展，保证义务教育的实施，根据《中华人民共和国义务教育法》和其他有关法律、行政法规，结合本省实际，制定本条例。",
    "",
    "第二条 本省行政区域内义务教育的实施及其有关管理活动，适用本条例。",
]

#: DLC/山东地方法规/地方性法规/山东/青岛市城市房地产开发经营管理条例(2016-05-26).md
_HOUSING = [
    "# 青岛市城市房地产开发经营管理条例",
    "",
    "2005年10月26日 青岛市第十三届人民代表大会常务委员会第二十四次会议通过",
    "",
    "2005年11月25日 山东省第十届人民代表大会常务委员会第十七次会议批准",
    "",
    "2005年11月25日 青岛市人民代表大会常务委员会公告公布",
    "",
    "2006年1月1日 施行",
    "",
    "2016年4月28日 青岛市第十五届人民代表大会常务委员会第三十四次会议修订",
    "",
    "2016年5月26日 山东省第十二届人民代表大会常务委员会第二十一次会议批准",
    "",
    "2016年5月26日 青岛市人民代表大会常务委员会公告公布",
    "",
    "2016年7月1日 施行",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章  总则",
    "",
    "第一条 为了规范房地产开发经营行为，维护房地产开发经营活动当事人的合法权益，促进房地产业持续健康发展，根据有关法律、法规的规定，结合本市实际，制定本条例。",
    "",
    "第二条 在本市城市、镇规划区内的国有土地上进行房地产开发经营，实施房地产开发经营管理，应当遵守本条例。",
]


def test_a_revision_alone_dates_the_regulation() -> None:
    [doc] = quoted_issue(_PETITIONS).documents
    assert doc.title == "北京市信访条例"
    assert doc.date == "2006-09-15"
    assert doc.issuers == ["北京市人民代表大会常务委员会"]


def test_an_adoption_then_its_approval_and_a_later_revision() -> None:
    """The adoption's day, not the day it came into force (a line of its own: '2006年1月1日
    施行') nor the later revision's."""
    [doc] = quoted_issue(_HOUSING).documents
    assert doc.date == "2005-10-26"
    assert doc.issuers == ["青岛市人民代表大会常务委员会"]


def test_no_day_from_a_revision_under_dated_lines_unread() -> None:
    """Guard: the history's first lines (an adoption under another name, an amendment) are
    not read as the head's; the revision under them is not the text's first day."""
    [doc] = quoted_issue(_SCHOOLING).documents
    assert doc.date is None
