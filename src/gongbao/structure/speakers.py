"""Speakers and the meetings documents are read at: '——2026年1月14日在…会议上', '静安区区长
翟磊', and the organ a speaker speaks for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from gongbao.numbering import YEAR
from gongbao.structure.dates import compact_date, parse_date
from gongbao.structure.organs import ORG_END, normalize_organ
from gongbao.structure.places import starts_with_place
from gongbao.structure.zones import ADOPTED, DATED_MEETING, SPEAKER, SPEECH

_HEAD_OF_GOVT = re.compile(r"^(?P<place>.*?)(?P<unit>[区區市县縣省州旗镇鎮乡鄉])[长長]$")


def squash_spaces(text: str) -> str:
    return re.sub(r"[ \u3000\t]+", " ", text.strip())


_GOV_POST = re.compile(
    r"(?:代理|代|常务副|副)?(?:省长|市长|区长|县长|州长|旗长|盟长|镇长|乡长|主席)$"
)


_POST = re.compile(
    r"(?:代理|代|常务副|副)?(?:[局厅部署院行会社]长|主任|主任委员|书记|主席|委员长|总理|省长|市长|区长|"
    r"县长|州长|旗长|盟长|镇长|乡长)$"
)


#: an officer's post and name inside what stands before the last post, another organ's
#: place after it: '…工委书记孙某某市高新区管委会'
_INNER_POST = re.compile(
    r"(?:书记|主任|[局厅部]长|[省市县区州旗]长|主席)[\u4e00-\u9fff]{2,3}(?=中共|[\u4e00-\u9fff]{2,6}?[省市县区州])"
)


_GLUED_SPEAKER = re.compile(
    r"^(?P<title>.{0,30}?(?:长|主任|书记|主席|总理))(?P<name>[\u4e00-\u9fff]{2,3})$"
)


_NAME_FIRST = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,3})(?P<title>(?:代|常务副|副)?(?:省长|市长|区长|县长|主席))$"
)


SPEECH_TAIL = re.compile(r"(?:同志)?作.{0,12}报告$|的?(?:讲话|报告|政府工作报告|发言|说明)$")


_SPEECH_OPEN = re.compile(rf"^{YEAR}\s*年[^日]{{1,12}}日[^，。]{{0,30}}在")


@lru_cache(maxsize=8192)
def parse_speaker(raw: str) -> tuple[str, str] | None:
    """(title, name) of a speaker line: '静安区区长 翟磊', '北京市财政局局长        韩   杰',
    '代省长 罗东川'; the name may be printed with spaces between its characters. Every
    candidate title of a head asks again of the lines under it: cached."""
    last = raw.strip()[-1:]
    if not "\u4e00" <= last <= "\u9fff":
        return None  # every form ends with the name: a line of text ends otherwise
    text = squash_spaces(raw)
    if (sm := SPEAKER.match(text)) and not _COUNTED.search(sm.group("title")):
        return sm.group("title"), sm.group("name")
    squashed = re.sub(r"[ \u3000\t]+", "", raw.strip())
    if (
        len(squashed) <= 34
        and (sm := SPEAKER.match(squashed.replace("", " ").strip()))
        and not _COUNTED.search(sm.group("title"))
    ):
        return sm.group("title"), sm.group("name")
    if (
        (
            m := re.match(
                r"^(?P<title>.{0,30}?(?:长|主任|书记|主席|总理))(?P<name>[\u4e00-\u9fff]{2,3})$",
                squashed,
            )
        )
        and _POST.search(m.group("title"))
        and not _COUNTED.search(m.group("title"))
    ):
        return m.group("title"), m.group("name")
    if m := _ORGAN_THEN_NAME.match(raw.strip()):
        # the reading organ and its officer, no post printed: '县财政局 杨晓武'
        return m.group("title"), m.group("name")
    return None


#: an organ that reads a report: '县财政局'
_READING_ORGAN = r"[\u4e00-\u9fff]{1,16}?(?:局|厅|委员会|委|办公室)"
#: the organ, then its officer's name apart: '县财政局 杨晓武'
_ORGAN_THEN_NAME = re.compile(
    rf"^(?P<title>{_READING_ORGAN})[ \u3000\t]+(?P<name>[\u4e00-\u9fff]{{2,4}})$"
)
_ORGAN_ALONE = re.compile(rf"^{_READING_ORGAN}$")


#: officials counted ('两副省长辞职'): a headline about posts, not one official's byline
_COUNTED = re.compile(
    r"(?<!第)[两二三四五六七八九十几多数][名位]?(?:常务副|副|代)?(?:[省市区县镇乡局厅部]?长|主任|书记|主席)$"
)


def meeting_place(occasion: str | None) -> str | None:
    """'北京市第十六届人民代表大会第四次会议' → 北京市: where the meeting sits."""
    if not occasion:
        return None
    # (its congress by the short name, its term without 第: '某市十七届人大常委会第十六次会议')
    m = re.match(
        r"^(?P<place>.+?)(?:第?[一二三四五六七八九十百\d]+届)?(?:人民代表大会|人大)", occasion
    )
    place = m.group("place") if m else None
    if not place or not re.search(r"(省|市|区|县|州|旗|盟|自治区)$", place):
        return None
    # an autonomous level without its name ('在自治县第十七届…', the place's own word for
    # itself): no place to name an organ by ('自治县财政局' names none; a county's bare '县' is
    # how its texts name it: '县人民政府')
    return None if place.startswith("自治") else place


#: a finance bureau's head among a speaker's posts: '…、财政局局长', '、省财政厅厅长'
_FINANCE_HEAD = re.compile(r"(?:^|、)(?P<bureau>[\u4e00-\u9fff]{0,12}?财政[局厅])[局厅]长")
#: the levels a place's name ends with, the longer first ('自治县' before '县')
_LEVELS = ("自治区", "自治州", "自治县", "自治旗", "省", "市", "区", "县", "州", "旗", "盟")


def speaker_org(title: str, place: str | None = None) -> str | None:
    """The organ a speaker speaks for: '海拉尔区人民政府区长' → 海拉尔区人民政府; '静安区区长'
    → 静安区人民政府; '代省长' at a 青海省 meeting → 青海省人民政府; '北京市财政局局长' →
    北京市财政局; '市财政局局长' at a 洛阳市 meeting → 洛阳市财政局."""
    if "、" in title and (finance := _FINANCE_HEAD.search(title)):
        # a deputy head who heads the finance bureau too ('某县人民政府副县长、财政局局长'):
        # the budget's or the accounts' report is the bureau's, in the place the title names
        bureau = finance.group("bureau")
        if not starts_with_place(bureau):
            at = title.find("人民政府")
            where = title[:at] if at > 0 else (place or "")
            bureau = where + bureau if where else bureau
        return bureau
    m = _POST.search(title)
    if m is None:
        if not _ORGAN_ALONE.match(title):
            return None
        org = title  # an organ printed without its officer's post ('县财政局 杨晓武')
    else:
        org = title[: m.start()]
    # the organ before a party post its head holds too: '县财政局党组书记、局长' → 县财政局
    org = re.split(r"党组|党委|、", org, maxsplit=1)[0]
    if _INNER_POST.search(org):
        # two officers' signatures run together ('中共某区工委书记某某某区管委会主任 某某'):
        # no one organ's name before the last post
        return None
    if _POST.search(org) or org.endswith(("常委", "委员")):
        # posts alone, no organ printed before them: '县委副书记、县长', '县委常委、…副县长'
        org = ""
    if title.endswith("主席") and "自治区" not in (org or "") + (place or ""):
        return None  # 主席 heads a government only in an autonomous region (主席令 is no 政府's)
    if _GOV_POST.search(title) and not org.endswith("政府"):
        org = (org or place or "") + "人民政府" if (org or place) else ""
    if not org:
        return None
    if place and not org.startswith(place):
        # '市财政局', '自治区人民政府': the place's level stands for the place
        for level in _LEVELS:
            if org.startswith(level) and place.endswith(level):
                return place + org[len(level) :]
    return org if ORG_END.search(org) else None


def name_first(text: str) -> tuple[str, str] | None:
    """'龚正市长' → ('市长', '龚正'): a name printed before the title."""
    m = re.match(
        r"^(?P<name>[\u4e00-\u9fff]{2,3})(?P<title>(?:代|常务副|副)?(?:省长|市长|区长|县长|主席))$",
        text,
    )
    return (m.group("title"), m.group("name")) if m else None


_OPENS_SPEECH = re.compile(rf"^[(（]?{YEAR}\s*年[^日]{{1,12}}日[^，。]{{0,30}}在")


def opens_speech(text: str) -> bool:
    """A date then 在…: a meeting line printed without its dashes."""
    return _OPENS_SPEECH.match(text) is not None


@dataclass(slots=True)
class Occasion:
    """A meeting a document was read at or adopted by, and what it tells of the document."""

    date: str | None
    occasion: str
    speaker: str | None = None
    issuer: str | None = None


_JOINT_ADOPTION = re.compile(
    rf"(?P<date>{YEAR}\s*年[^日、]{{1,8}}日)\s*(?P<body>[^、]+?[会會][议議])(?=、|\s*(?:通过|通過))"
)


#: a year whose 年 a page lost before the month: '20211月12日'
_YEAR_WITHOUT_NIAN = re.compile(r"^((?:19|20)\d{2})(?=\d{1,2}月)")


def _speech_date(printed: str) -> str | None:
    """The date a meeting line prints, its year's 年 put back where a page lost it (the four
    figures of a year, then the month's), and its 年 and 月 where it lost both ('20201223日':
    eight figures say which is which)."""
    if found := parse_date(printed) or parse_date(_YEAR_WITHOUT_NIAN.sub(r"\1年", printed)):
        return found
    if m := _FIGURES_ONLY.fullmatch(printed.strip()):
        return parse_date(f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日")
    if (bare := printed.strip()).isdecimal() and len(bare) in (7, 8):
        # no 日 either ('2010224'): the day, where the figures read as one day only (seven
        # figures may split either side of the month's: '2010112' is 1月12日 or 11月2日)
        year, rest = bare[:4], bare[4:]
        splits = [(rest[:2], rest[2:])]
        if len(rest) == 3:
            splits = [(rest[:1], rest[1:]), (rest[:2], rest[2:])]
        days = {
            found
            for month, day in splits
            if day[:1] != "0" or len(day) == 2
            if (found := parse_date(f"{year}年{int(month)}月{int(day)}日")) is not None
        }
        return days.pop() if len(days) == 1 else None
    return None


_FIGURES_ONLY = re.compile(r"((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])日")


#: read at a meeting, the date left to a line of its own: '——在某县第十八届人民代表大会第五次会议上'
#: (or its month printed, not its day: '—— 2022年8月在某县…会议上', no date to read)
_UNDATED_SPEECH = re.compile(
    rf"^[—─－-]{{1,4}}\s*(?:{YEAR}\s*年\s*\d{{1,2}}\s*月\s*)?在\s*"
    r"(?P<occasion>[^，,。；]{4,70}?会议)\s*上$"
)


def read_occasion(text: str) -> Occasion | None:
    """'——2026年1月14日在…会议上' (read at, with its speaker) or '2026年1月16日…会议通过'
    (adopted by: the issuer is the body, without its term and session)."""
    text = text.strip()
    if m := SPEECH.match(text):
        found = Occasion(_speech_date(m.group("date")), m.group("occasion"))
        who = SPEECH_TAIL.sub("", m.group("rest"))
        who = (who.strip() or m.group("who").strip()).replace("同志", "")
        speaker = (parse_speaker(who) or name_first(who)) if who else None
        if speaker:
            found.speaker = (speaker[0] + " " + speaker[1]).strip()
            found.issuer = speaker_org(speaker[0], meeting_place(found.occasion))
        return found
    if m := DATED_MEETING.match(text):
        return Occasion(_speech_date(m.group("date")), m.group("occasion"))
    if text[:1] in "—─－-" and (m := _UNDATED_SPEECH.match(text)):
        return Occasion(None, m.group("occasion"))  # its date printed under the speaker
    dashed = re.match(r"^[—─－-]{1,4}\s*", text)
    if dashed:
        # a subtitle '——2026年2月7日…会议通过': under a report, the meeting that approved what
        # the speaker read, not the report's issuer (the head tells a report by its title);
        # under a plan it adopted, the congress ('…纲要' / '——…人民代表大会第二次会议通过')
        text = text[dashed.end() :]
    if m := ADOPTED.match(text):
        # (a 公告's sentence puts a comma after the day: '2023年11月30日,某某常委会第七次会议')
        # (and '在' where the line says where it was adopted: '…日在某区…会议批准')
        body = m.group("body").lstrip("，,、 ").removeprefix("在").lstrip()
        joint = list(_JOINT_ADOPTION.finditer(m.group(0)))
        if len(joint) > 1:
            # adopted by two bodies on their own days: adopted when the last one adopted it
            last = joint[-1]
            return Occasion(parse_date(last.group("date")), last.group("body"))
        issuer = normalize_organ(body)
        if issuer.endswith("人大") and len(issuer) > 2:
            issuer = issuer[:-2] + "人民代表大会"  # a congress in plenary: '县十六届人大六次会议'
        return Occasion(
            parse_date(m.group("date")) or compact_date(m.group("date")),
            body,
            issuer=issuer if issuer.endswith(("委员会", "代表大会", "常委会")) else None,
        )
    return None
