"""Appointments a decision states without the word 任命, read by rules for the kind of text:

- a 任免 notice whose page lost its title, 'X任P' a line each under '经省政府研究决定：':
  each line decides (as under a title that names 任免), its '(试用期一年)' a qualifier;
- a congress's decision on the nominees, names 、-joined before each post ('经投票表决决定,
  甲、乙为国务院副总理,丙、丁为国务委员'): one appointment a person;
- '决定X任P' (no 任命): an appointment;
- the acting post decided after the post held ('任命X为某省副省长,(并)决定其为代理省长'):
  the acting post, in the organisation of the post held, qualifier 代理;
- 'X同志任A兼B,不再担任C职务': A; B apart, qualifier 兼; the removal from C;
- '选举X同志为P' (a body electing to a post it fills): an appointment;
- a note in brackets after the post, a comma inside it ('…副市长(挂职,时间六个月)、乙为Q'): the
  qualifier whole, and the next person's post (its test fails on dadaf3e9: the note cut at
  its comma and 乙 not read);
- a proposal told first and then the vote that made it ('审议了…提请任命X为P的议案,表决通过了
  任命X为P'): one fact, decided (fails on 358e8bf0: it kept the proposal's 提请).

And what is no such decision: what is decided of a thing ('决定批准某镇为…'), by another
('决定由X任组长'), or an acting post ('决定X为某市代理市长', left to the patterns of 代理).

Corpus files are read as stored; the fresh page is quoted as its copy in benchmarks/fresh
holds it. Expected values read off the lines by hand; each test but the one of what is no
decision fails on the code before these rules (no appointment read in each, or without its
qualifier; 'A兼B' one post and no removal).
"""

from __future__ import annotations

from pathlib import Path

from gongbao.pipeline import parse_bytes
from tests.structure.corpus_pages import quoted_issue

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _read(issue: object) -> list[tuple[str, str, list[str], list[str]]]:
    return [
        (a.person, a.action, a.positions, a.qualifiers)
        for a in issue.facts.get("appointments", [])  # type: ignore[attr-defined]
    ]


def test_tenure_lines_under_a_decision_without_the_notice_title() -> None:
    # jiangxi.gov.cn, a 任免 notice's body as a crawler kept it: no title, '经省政府研究决定：'
    issue = parse_bytes(
        (CORPUS / "personnel" / "jiangxi-2020-gaoxiao-fuxiaozhang-renmian-repo.txt").read_bytes()
    )
    assert _read(issue) == [
        ("袁红林", "appoint", ["江西财经大学副校长"], ["试用期一年"]),
        ("杨辉", "appoint", ["华东交通大学副校长"], ["试用期一年"]),
    ]


def test_congress_decides_nominees_for_each_post() -> None:
    issue = quoted_issue(
        [
            "会议根据国务院总理李强的提名,经投票表决决定,丁薛祥、何立峰、张国清、刘国中为国务院副总理,"
            "李尚福、王小洪、吴政隆、谌贻琴、秦刚为国务委员。",
        ]
    )
    assert _read(issue) == [
        ("丁薛祥", "appoint", ["国务院副总理"], []),
        ("何立峰", "appoint", ["国务院副总理"], []),
        ("张国清", "appoint", ["国务院副总理"], []),
        ("刘国中", "appoint", ["国务院副总理"], []),
        ("李尚福", "appoint", ["国务委员"], []),
        ("王小洪", "appoint", ["国务委员"], []),
        ("吴政隆", "appoint", ["国务委员"], []),
        ("谌贻琴", "appoint", ["国务委员"], []),
        ("秦刚", "appoint", ["国务委员"], []),
    ]


def test_decided_tenure_without_renming() -> None:
    # (from the corpus's zhejiang-yunnan-2021-npcsc-fushengzhang page, its first sentence)
    issue = quoted_issue(
        [
            "28日上午,浙江省十三届人大常委会第二十九次会议决定徐文光任浙江省政府副省长,"
            "接受陈奕君、王双全辞去副省长职务。",
        ]
    )
    assert ("徐文光", "appoint", ["浙江省政府副省长"], []) in _read(issue)


def test_acting_post_decided_of_the_one_appointed() -> None:
    # http://jyj.chongyang.gov.cn/Info.aspx?colid=1740&id=99695 (corpus, first line)
    issue = quoted_issue(
        [
            "1月2日下午,湖北省第十四届人大常委会第十四次会议表决通过,决定任命李殿勋为湖北省副省长,"
            "决定其为代理省长。",
        ]
    )
    assert _read(issue) == [
        ("李殿勋", "appoint", ["湖北省副省长"], []),
        ("李殿勋", "appoint", ["湖北省省长"], ["代理"]),
    ]
    # http://www.lcsrd.gov.cn/jdzh/02752929330408436125 (benchmarks/fresh/gongshi/03.txt)
    issue = quoted_issue(
        [
            "市人大常委会举行宪法宣誓仪式",
            "",
            " 刚刚闭幕的市第四届人大常委会第二十九次会议表决通过了有关人事事项。",
            "",
            " 决定任命杜建辉为临沧市人民政府副市长,并决定其为代理市长。",
        ]
    )
    assert _read(issue) == [
        ("杜建辉", "appoint", ["临沧市人民政府副市长"], []),
        ("杜建辉", "appoint", ["临沧市人民政府市长"], ["代理"]),
    ]


def test_what_is_no_decision_on_a_person() -> None:
    issue = quoted_issue(
        [
            "经研究,决定批准楠木镇为市级特色小镇,决定将漳浦县、华安县列为低风险地区。",
            "会议决定由张明任领导小组组长。",
        ]
    )
    assert _read(issue) == []


def test_post_held_besides_and_the_post_left() -> None:
    # https://www.wusiwangluo.com/3778.html (corpus: shandong-binzhou-zhanhua-…-wusiwangluo)
    issue = quoted_issue(
        [
            "1月5日,沾化区领导干部会议召开。市委组织部副部长、老干部局局长张佃平出席会议并宣读了省委、"
            "市委关于沾化区委主要负责同志职务调整的决定:臧伟同志任中共滨州市沾化区委委员、常委、书记"
            "兼区委党校校长,不再担任中共滨州市委组织部常务副部长职务;",
        ]
    )
    assert _read(issue) == [
        ("臧伟", "appoint", ["中共滨州市沾化区委委员、常委、书记"], []),
        ("臧伟", "remove", ["中共滨州市委组织部常务副部长"], []),
        ("臧伟", "appoint", ["区委党校校长"], ["兼"]),
    ]


def test_elected_to_a_post() -> None:
    # https://www.zyx.gov.cn/Content-2076165.html (corpus: shaanxi-ankang-ziyang-2014-…)
    issue = quoted_issue(
        [
            "常委会全体组成人员以举手表决的形式通过了相关决议和意见,以无记名投票表决的方式选举王德喜同志"
            "为紫阳县人民政府副县长。",
        ]
    )
    assert _read(issue) == [("王德喜", "appoint", ["紫阳县人民政府副县长"], [])]


def test_a_note_in_brackets_with_a_comma_after_the_post() -> None:
    # http://fdxww.com/xinwenpindao/fudingxinwen/2017-11-30/55552.html (benchmarks/fresh/
    # facts_npcnews/08.txt: its headline and a sentence of its second line)
    issue = quoted_issue(
        [
            "副市长程荣在会上作宪法宣誓",
            "日,在市第十七届人大常委会第七次会议第一次全体会议上,分别票决通过了市人民政府和市人民"
            "检察院提请的人事任命议案,决定任命程荣为市人民政府副市长(挂职,时间六个月)、陈玲为福鼎市"
            "人民检察院检察员。",
        ]
    )
    assert _read(issue) == [
        ("程荣", "appoint", ["市人民政府副市长"], ["挂职时间六个月"]),
        ("陈玲", "appoint", ["福鼎市人民检察院检察员"], []),
    ]


def test_the_vote_after_the_proposal_decides() -> None:
    # https://www.jxsrrd.gov.cn/web/article/1061.html (benchmarks/fresh/facts_npcnews/01.txt,
    # its third line, cut; the headline written for the test) the proposal is told
    # first ('审议了…关于提请任命X为P的议案'), then the vote that made it ('表决通过了任命X为P'):
    # one fact, decided, at the vote's words (it had kept the proposal's 提请)
    issue = quoted_issue(
        [
            "市四届人大常委会举行第二十四次会议",
            "",
            "会议应到常委会组成人员32人,实到30人,符合法定人数。会议审议了市人民政府关于提请任命董仚生为"
            "上饶市人民政府副市长的议案,表决通过了任命董仚生为上饶市人民政府副市长;审议通过了关于接受"
            "刘和平辞去上饶市人民政府市长职务的请求的决定。",
        ]
    )
    assert _read(issue) == [
        ("董仚生", "appoint", ["上饶市人民政府副市长"], []),
        ("刘和平", "remove", ["上饶市人民政府市长"], ["辞职"]),
    ]
