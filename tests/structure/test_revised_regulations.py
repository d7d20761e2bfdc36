"""Local regulations whose history opens with the meeting that revised them ('2006年9月15日
某市…常务委员会第三十次会议修订'): the revision made the whole text again, its day is the
text's and the standing committee its issuer, as for one that adopted it — unless a dated line
of its history stands above (then the day is a later one's: none is given); and a history run
together on one line without brackets dates the adoption. The heads are
quoted as printed, up to the second article, from github.com/LawRefBook/Laws @ 2f4c5c23 (the
files named above each); expected values read off the heads by hand. Each test fails on the
code before its rule but the two guards, which hold before and after."""

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

#: DLC/浙江地方法规/地方性法规/浙江/浙江省渔业管理条例(2020-09-24).md
_FISHERIES = [
    "# 浙江省渔业管理条例",
    "",
    "2005年11月18日 浙江省第十届人民代表大会常务委员会第二十一次会议通过根据2011年11月25日浙江省十一届人民代表大会常务委员会第二十九次会议《关于修改〈浙江省专利保护条例〉等十四件地方性法规的决定》第一次修正根据2013年12月19日浙江省第十二届人民代表大会常务委员会第七次会议《关于修改〈浙江省人才市场管理条例〉等八件地方性法规的决定》第二次修正根据2014年12月24日浙江省第十二届人民代表大会常务委员会第十五次会议《关于修改〈浙江省渔业管理条例〉的决定》第三次修正根据2020年9月24日浙江省第十三届人民代表大会常务委员会第二十四次会议《关于修改〈浙江省农村集体资产管理条例〉等七件地方性法规的决定》第四次修正",
    "",
    "<!-- INFO END -->",
    "",
    "第一条 为了加强渔业资源的保护、增殖、开发和合理利用，维护渔业生产者合法权益，保障水产品质量安全，促进渔业的可持续发展，根据《中华人民共和国渔业法》等法律、行政法规，结合本省实际，制定本条例。",
    "",
    "第二条 在本省行政区域内的水域、滩涂以及国家规定由本省实施渔业监督管理的水域从事养殖、捕捞等渔业生产活动，应当遵守本条例。",
]

#: DLC/浙江地方法规/地方性法规/浙江/浙江省技术市场条例(2021-09-30).md
_TECH_MARKET = [
    "# 浙江省技术市场条例",
    "",
    "1987年12月29日 浙江省第七届人民代表大会常务委员会第二十九次会议通过《浙江省技术市场管理条例》根据1993年7月23日浙江省第八届人民代表大会常务委员会第五次会议《关于修改〈浙江省技术市场管理条例〉的决定》第一次修正2004年9月17日浙江省第十届人民代表大会常务委员会第十三次会议修订根据2021年9月29日浙江省第十三届人民代表大会常务委员会第三十一次会议《关于修改〈浙江省促进科技成果转化条例〉等七件地方性法规的决定》第二次修正",
    "",
    "<!-- INFO END -->",
    "",
    "## 第一章\u3000总则",
    "",
    "第一条 为了促进技术交易，加速技术成果转化，维护技术市场秩序，保障技术交易当事人的合法权益，根据有关法律、行政法规，结合本省实际，制定本条例。",
    "",
    "第二条 自然人、法人和其他组织在本省行政区域内从事技术交易、技术交易服务以及与技术市场相关的活动，适用本条例。",
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
    # (nor is a line of that history the title: '1995年4月29日…《关于修改〈…〉的决定》第一次修正'
    # was, the revision under it read as its zone, until the twenty-third session)
    assert doc.title == "浙江省义务教育条例"


def test_a_history_run_together_without_brackets_dates_the_adoption() -> None:
    """'…会议通过根据2011年…决定》修正根据2013年…修正…' on one line, no brackets: the
    adoption's day, its later amendments not."""
    [doc] = quoted_issue(_FISHERIES).documents
    assert doc.date == "2005-11-18"
    assert doc.issuers == ["浙江省人民代表大会常务委员会"]


def test_no_day_from_a_history_adopted_under_another_name() -> None:
    """Guard: '…会议通过《浙江省技术市场管理条例》根据…': adopted under a name that is not
    the title's, what follows its 通过 is no history of this text alone."""
    [doc] = quoted_issue(_TECH_MARKET).documents
    assert doc.date is None
