"""Dates inside a sentence are no places to cut a flattened line: a day the sentence goes on
from ('…1977年4月21日颁发的《…》同时废止', '…可于2009年3月4日至2009年4月2日…', '…2021年1月17日
19:30，…') stays in its sentence, where the cleaner took a date that ends a line for a
signature's; a report's first sentence that opens with a day is cut from the title run onto
it. And a joint order's organs parted by 、 ('…国务院、中华人民共和国中央军事委员会令第288号
公布') are read as the order. Sources: the head and the last articles of 中华人民共和国飞行基本
规则 from github.com/LawRefBook/Laws @ 2f4c5c23 (行政法规/飞行基本规则(2007-10-18).md; the
articles quoted as the file runs them together on one line); a report from
github.com/Telescope-U/GovDocClassification @ 1f5bc512 (train.txt, one document a line; its
first 700-odd characters, to a sentence's end); two pages of the corpus. An organ's name
beside another's ('国务院和中央军事委员会') is not taken for a fuller form of it. Expected values read
off the texts by hand; each test fails on the code before the rules."""

from __future__ import annotations

from gongbao.model import Block, Document
from gongbao.pipeline import parse_bytes
from tests.structure.corpus_pages import corpus_doc, quoted_issue

_FLIGHT_RULES = [
    "# 中华人民共和国飞行基本规则",
    "",
    "2000年7月24日 中华人民共和国国务院、中华人民共和国中央军事委员会令第288号公布",
    "",
    "2001年7月27日 《国务院、中央军委关于修改〈中华人民共和国飞行基本规则〉的决定》第一次修订\u3000",
    "",
    "2007年10月18日 《国务院、中央军委关于修改〈中华人民共和国飞行基本规则〉的决定》第二次修订）",
    "",
    "<!-- INFO END -->",
    "",
    "## 第十二章 附则",
    "",
    "第一百二十一条 中华人民共和国航空器在本国领海以外毗连区、专属经济区和公海上空飞行，中华人民共和国缔结或者参加的国际条约同本规则有不同规定的，适用国际条约的规定；但是，中华人民共和国声明保留的条款除外。 第一百二十二条 拦截违反本规则的航空器所使用的信号和被拦截的航空器回答的信号，按照本规则附件三的规定执行。 第一百二十三条 本规则下列用语的含义： 航空单位，是指拥有航空器并从事航空飞行活动的机关或者单位，包括航空运输公司、飞行俱乐部、飞行部队、飞行院校等。 航空管理部门，是指对从事飞行活动的航空单位具有管理职能的机关或者单位，包括中国民用航空总局、国家体育总局、航空工业集团公司，中国人民解放军海军、空军、总参谋部陆航局等。 过渡高度，是指一个特定的修正海平面气压高度。在此高度及其以下，航空器的垂直位置按修正海平面气压高度表示。 过渡高，是指一个特定的场面气压高。在此高及其以下，航空器的垂直位置按场面气压高表示。 过渡高度层，是指在过渡高度之上的最低可用飞行高度层。 终端管制区，是指设在一个或者几个主要机场附近的空中交通服务航路汇合处的管制区。 第一百二十四条 本规则自2001年8月1日零时起施行。国务院、中央军事委员会1977年4月21日颁发的《中华人民共和国飞行基本规则》同时废止。",
]

_SURVEY = (
    "国网陕西省电力公司2020年职工代表、专委会委员、董事长联络员联合调研报告2020年11"
    "月16日至12月18日，按照公司工作安排，由公司职代会专委会主任带队，33名职工代表、专"
    "委会委员、董事长联络员分4组赴西安、宝鸡、安康公司、水电厂、经研院、建设公司、信通公司、"
    "物资公司、培训中心、物业公司、陕西秦电集团公司、综合能源公司等12家单位进行调研，现将情"
    "况汇报如下：一、工作基本情况按照《国网陕西省电力公司职工代表大会闭会期间民主管理实施办法"
    "》有关规定，此次调研重点为：调研学习贯彻党的十九大精神，积极推动公司战略落地实施，推进公"
    "司三届五次职代会决议、公司2020年工作会议和年中工作会议精神的贯彻落实，努力在“补齐短"
    "板、做强优势、增强活力、党建引领”上下功夫，做好“四个抓”，坚决打赢安全生产翻身仗，挖掘"
    "基层单位年度工作典型经验和亮点，今年疫情后职工存在的困难和建议，厂务公开民主管理和为职工"
    "办实事效果，了解一线实际情况等。主要特点有：一是明确工作目标。按照“两个维护”的职责要求"
    "，国家电网公司工会要求职工代表、专委会委员、董事长联络员联合赴基层开展工作只调研，不检查"
    "，主要是掌握实情，解决困难，提供服务。二是深入基层一线。今年按照国家电网公司工会“直奔主"
    "题、直奔基层、交心职工”调研工作要求，调研直接到基层、到班组，与职工面对面交流，心贴心交"
    "谈，以“接地气”的方式开展调研，去繁从简，减轻基层工作负担。三是广泛交流座谈。调研人员深"
    "入到86个基层二级机构及班组进行座谈交流，当面听取职工建议、解答职工疑虑。共召开座谈会5"
    "6个，参加职工共计770余人，收集意见建议127条，现场答复和协商解决66条，最终合并整"
    "理为61条建议（其中共性7条）。二、调研基本情况通过本次调研，调研单位工作情况整体状况良"
    "好，安全生产保持平稳，经营管理持续向好，职工队伍和谐稳定，创新争先成效显著。"
)

#: 行政法规/中国人民武装警察部队实行警官警衔制度的具体办法(2011-01-08).md (its head, first
#: paragraph and tenth item)
_RANKS = [
    "# 中国人民武装警察部队实行警官警衔制度的具体办法",
    "",
    "1988年12月17日 中华人民共和国国务院、中央军事委员会令第22号发布\u3000",
    "",
    "<!-- INFO END -->",
    "",
    "中国人民武装警察部队是国家武装力量的组成部分，执行公安保卫任务，实行义务兵与志愿兵相结合的兵役制度，执行人民解放军的条令、条例。为加强中国人民武装警察部队的革命化、现代化、正规化建设，有利于部队的指挥和管理，增强团结，提高战斗力，根据《中国人民解放军军官军衔条例》，结合武警部队的特点，制定本办法。",
    "",
    "一、中国人民武装警察部队警官警衔，是区分警官等级、表明警官身份的称号、标志和国家给予警官的荣誉。",
    "",
    "十、中国人民武装警察部队警官警衔的肩章、符号式样和佩带办法，由国务院和中央军事委员会颁布。",
]


def _texts(doc: Document) -> list[str]:
    out: list[str] = []

    def walk(blocks: list[Block]) -> None:
        for b in blocks:
            out.append(b.text)
            walk(b.children)

    walk(doc.body)
    return out


def test_a_repealed_texts_day_is_no_signature() -> None:
    """'…国务院、中央军事委员会1977年4月21日颁发的《…》同时废止。' at the text's end: no
    signature's date; the order that promulgated the rules dates them."""
    [doc] = quoted_issue(_FLIGHT_RULES).documents
    assert doc.date == "2000-07-24"
    assert doc.doc_number == "中华人民共和国国务院、中华人民共和国中央军事委员会令第288号"
    assert doc.issuers == ["中华人民共和国国务院", "中华人民共和国中央军事委员会"]
    assert any(
        t.endswith("1977年4月21日颁发的《中华人民共和国飞行基本规则》同时废止。")
        for t in _texts(doc)
    )


def test_a_period_stays_in_its_sentence() -> None:
    doc = corpus_doc(
        "announcement/hubei-suizhou-zengdu-2009-caikuangquan-guapai-gonggao1-ole-newspaper-page.txt"
    )
    assert any("有意竞买人可于2009年3月4日至2009年4月2日" in t for t in _texts(doc))


def test_a_day_and_its_hour_stay_together() -> None:
    doc = corpus_doc("redhead/shandong-fupin-2021-huiyi-flat.txt")
    assert any(t.startswith("时间地点2021年1月17日19:30，") for t in _texts(doc))


def test_a_reports_first_sentence_opening_with_a_day() -> None:
    """'…联合调研报告2020年11月16日至12月18日，按照…': the title, and no date (the survey's
    first day is no date of the report)."""
    [doc] = parse_bytes((_SURVEY + "\n").encode()).documents
    assert doc.title == "国网陕西省电力公司2020年职工代表、专委会委员、董事长联络员联合调研报告"
    assert doc.date is None


def test_an_organ_named_beside_another_is_not_completed_by_it() -> None:
    """The joint order's '中央军事委员会', which the text names as '由国务院和中央军事委员会颁布':
    not one organ '国务院和中央军事委员会'."""
    [doc] = quoted_issue(_RANKS).documents
    assert doc.issuers == ["中华人民共和国国务院", "中央军事委员会"]
