"""Names of organs (机关) as documents print them: where one ends, how joint issuers run
together, which names are the same organ, and the issuers a title or a report names."""

from __future__ import annotations

import re
from functools import lru_cache

from gongbao.clean import Group
from gongbao.numbering import YEAR
from gongbao.structure.han_runs import ideographs_before, ideographs_between, ideographs_fill

#: how the names of organs end: 委员会, 人民政府, 局 … and 公署, 指挥部, 领导小组
_ORG_END = re.compile(
    r"(委员会|委員會|政府|局|委|办公室|辦公室|办|辦|厅|廳|(?<!干)部|院|中心|公司|会|會|处|處|所|室|"
    # (a 平台 or a 网站 is a site's, no organ: '网上缴费平台')
    r"队|隊|(?<!网)站|社|府|署|小组|领导小组|组|指挥部|大学|学校|中心校|小学|中学|幼儿园|集团|银行|医院|馆|政协|"
    # (a military district, co-issuing with the party and the government: '某省军区', '某军分区')
    r"(?<=[省市])军区|军分区|警备区|"
    # (a bank's branch: '中国人民银行某某分行', '…中心支行', an issuer beside a province's organs)
    r"(?<=银行[\u4e00-\u9fff]{2}[分支])行|(?<=银行[\u4e00-\u9fff]{3}[分支])行|"
    r"(?<=银行[\u4e00-\u9fff]{4}[分支])行|"
    # (a level's people's congress by its short name: '某市人大', '全国人大')
    r"(?<=[省市县区州盟旗国])人大|"
    # (a people's organisation by its short name: '某县妇联', '市工商联', '省残联')
    r"(?:妇|婦|工商|残|殘|文|侨|僑|青|台|社科)(?:联|聯)|"
    r"(?<![平舞讲擂])台|"
    # (a party's or the League's central committee by the name it issues under: '中共中央',
    # '共青团中央', '民盟中央')
    r"(?:(?<=中共)|(?<=团)|(?<=民革)|(?<=民盟)|(?<=民建)|(?<=民进)|(?<=农工党)|(?<=致公党)"
    r"|(?<=九三学社)|(?<=台盟))中央|"
    # (a ministry's department: '国家能源局综合司', '体改司'; not a lawsuit, a boss)
    r"(?<=[\u4e00-\u9fff]{2}(?<![官上公]))司)$"
)


class EndPattern:
    """A pattern anchored at the text's end, tried only where it can match: where the text's
    last character can end it (``last``), from ``reach`` characters before the end (its
    longest match, a newline the ``$`` may stand before, and some to spare; lookbehinds still
    see the text before). ``re.search`` tries such a pattern at every position, each with its
    alternatives' lookbehinds — ``ORG_END`` cost 4–12 µs a line that way, and it is asked of
    most lines of a short page."""

    __slots__ = ("_last", "_reach", "_regex", "pattern")

    def __init__(self, regex: re.Pattern[str], last: frozenset[str], reach: int) -> None:
        self._regex, self._last, self._reach = regex, last, reach
        self.pattern = regex.pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else max(0, min(endpos, len(text)))
        if end == 0 or (text[end - 1] not in self._last and text[end - 1] != "\n"):
            return None
        return self._regex.search(text, max(pos, end - self._reach), end)


#: the last character of every ending ``ORG_END`` knows
ORG_LAST = frozenset("会办厅台司团处委学室局府廳心所會校社站组署處行辦部队院隊馆园协大联聯央区")
#: (its longest ending, '领导小组', is four characters)
ORG_END = EndPattern(_ORG_END, ORG_LAST, 8)


#: the issuers' names end where the title's verb or 关于 begins
_ISSUER_ENDS = re.compile(r"[关關][于於]|[转轉][发發]|印[发發]|批[转轉]|[颁頒][布佈]|[发發][布佈]")


_ISSUER_SPLIT = re.compile(r"[、\s]+")


#: organs that open a name, where names are printed one after another without a break
#: (the party and state organs alone: each names one organ, where a bare level does not)
NAMED_ORGAN_START = re.compile(r"中共|中国|国家|国务院|全国|共青团|中华全国")
_ORGAN_START = re.compile(rf"^(?:{NAMED_ORGAN_START.pattern}|中华人民共和国|省|市|县|区)")


def starts_organ(text: str) -> bool:
    """A name opens like an organ's: a party or state organ, or a real place (the division
    list knows 岳阳 and 陕西; '办公室岳阳' is no place)."""
    if _ORGAN_START.match(text):
        return True
    from gongbao.structure.places import starts_with_place

    return starts_with_place(text)


#: the words an organ's name ends with, where names run together are cut apart (a people's
#: organisation's too: '某省妇女联合会', '某县总工会')
ORGAN_WORDS = (
    "委员会|联合会|工会|人民政府|办公厅|办公室|政府|总局|总署|局|厅|委|院|部|中心|领导小组"
)
#: an organ's word, wherever it stands in a name
ORGAN_WORD = re.compile(rf"(?:{ORGAN_WORDS})")


#: a central ministry's name: 财政部, 农业农村部 (two printed together are two issuers)
_MINISTRY = re.compile(r"[\u4e00-\u9fff]{2,8}部")


#: a national organ's office in a region, its place before it
_REGIONAL_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:监管办公室|监管局|监管办|监管分局|监管专员办事处|特派员办事处|调查总队"
    r"|调查队|分行|中心支行|省分局)"
)


#: a police bureau's unit named by its area and task: '城区交通警察大队', '治安巡逻大队'
_POLICE_UNIT = re.compile(
    r"(?:(?![局委厅府办])[\u4e00-\u9fff]){0,6}?(?:交通警察|交警|治安|刑事侦查|刑侦|巡逻|巡警|特警)"
    r"[\u4e00-\u9fff]{0,4}?(?:大队|中队|支队)"
)
#: a 局's branch in a district, by the district's name: '嘉定区分局' (no organ's word inside)
_DISTRICT_BRANCH = re.compile(r"(?:(?![局委厅府办])[\u4e00-\u9fff]){2,8}?[区县市]分局")


def _subordinate(first: str, rest: str) -> bool:
    """'国家税务总局' then '江西省税务局': a branch named after its head office (a 局 too), or
    a 局's 分局 in a district."""
    if first.endswith("局") and _POLICE_UNIT.fullmatch(rest):
        return True  # '某公安分局' then '城区交通警察大队': the bureau's own unit
    if first.endswith("局") and _DISTRICT_BRANCH.match(rest):
        # '上海地方税务局' then '嘉定区分局': its branch in a district (another organ may
        # follow: '某市公安局某区分局某区城市管理局')
        return True
    if (
        first.endswith(("局", "银行", "部", "署"))
        and _REGIONAL_OFFICE.fullmatch(rest)
        # (not another national organ's office, named after it: '某市统计局' then '国家统计局
        # 某市调查队', two organs)
        and not re.search(r"[局部厅署]", rest[:-3])
    ):
        # a national organ's office in a region, named by its place: '国家能源局' then
        # '新疆监管办公室', '国家统计局' then '湖南调查总队', '中国人民银行' then '西安分行'
        return True
    if re.search(r"[区县市](?:人民)?政府$", first) and re.fullmatch(
        r"[\u4e00-\u9fff]{2,8}?街道办事处", rest
    ):
        return True  # '某区人民政府' then '某某街道办事处': the office the district sends out
    m = re.search(r"([\u4e00-\u9fff]{2})(?:总局|局)$", rest)
    return (
        m is not None
        and first.endswith("局")
        and m.group(1) in first
        and m.group(1) != "办公"
        # (a branch is named under a place inside its head office's: two bureaus under one
        # place are peers, '某省地方税务局' then '某省国家税务局')
        and not _same_place(first, rest)
    )


def _same_place(first: str, rest: str) -> bool:
    """Whether two names open with the same place ('贵州省…' and '贵州省…')."""
    from gongbao.structure.places import places_in

    opening = places_in(first)
    return bool(opening) and first.startswith(opening[0]) and rest.startswith(opening[0])


def split_organs(prefix: str) -> list[str]:
    """'陕西省发展和改革委员会陕西省林业局' → the two organs: names printed one after
    another are cut where one ends like an organ and the next opens like one."""
    if prefix.startswith("中共中央") and starts_organ(prefix[4:]) and is_org(prefix[4:]):
        # the Party's Central Committee, whose name ends like no organ's, and the body
        # beside it: '中共中央国务院' (printed '中共中央 国务院' over a joint 意见)
        return ["中共中央", *split_organs(prefix[4:])]
    if (
        prefix.startswith("中共")
        and (joint := _PARTY_AND_OFFICE.fullmatch(prefix))
        and _place_name(joint.group("place"))
    ):
        # a place's party committee and its government's office sharing the place's name
        # once: '中共兴安盟委行政公署' (the 盟委 and the 兴安盟行政公署)
        return ["中共" + joint.group("place") + "委", joint.group("place") + joint.group("office")]
    out: list[str] = []
    start = 0
    for m in ORGAN_WORD.finditer(prefix):
        cut = m.end()
        rest = prefix[cut:]
        # (a ministry, then another or a national administration: '财政部国家税务总局')
        peer = _MINISTRY.fullmatch(prefix[start:cut]) and (
            _MINISTRY.fullmatch(rest) or (len(rest) >= 5 and rest.startswith("国家"))
        )
        if (cut - start >= 4 and len(rest) >= 4 and starts_organ(rest)) or peer:
            if _subordinate(prefix[start:cut], rest):
                continue  # 国家税务总局江西省税务局: a branch named after its head office
            out.append(prefix[start:cut])
            start = cut
    out.append(prefix[start:])
    return out if all(ORG_END.search(p) for p in out) else [prefix]


def _place_name(text: str) -> bool:
    from gongbao.structure.places import is_place_name

    return is_place_name(text)


#: a party committee, then its place's government by its kind alone
_PARTY_AND_OFFICE = re.compile(
    r"中共(?P<place>[\u4e00-\u9fff]{2,8}?)委(?P<office>行政公署|人民政府|政府|行署)"
)

_NOT_ORGAN = re.compile(r"[\d〔〕\[\]【】《》:：|丨｜]|文件|公告|通知")


def issuers_from_title(raw_title: str) -> list[str]:
    """'中共静安区委 静安区人民政府 关于…' → the organisations before 关于."""
    return list(_title_issuers(raw_title))


@lru_cache(maxsize=4096)
def _title_issuers(raw_title: str) -> tuple[str, ...]:
    """``issuers_from_title``, kept: every candidate title of a head is read for them, and
    a title's lines are asked again whether they continue it."""
    return tuple(_read_title_issuers(raw_title))


#: a government named by its level alone, as its own texts and sites name it ('市政府关于…',
#: '我代表县人民政府…')
LEVEL_GOVERNMENTS = frozenset(
    {"市政府", "市人民政府", "县政府", "县人民政府", "区政府", "区人民政府"}
)
#: the prepositions a sentence cites another body's decision with: '按照市政府关于…的部署'
_PREPOSITIONS = ("按照", "根据", "依据", "依照", "遵照")
#: a body named only as a part of the organ before it, never an issuer alone
_BODY_OF_ABOVE = frozenset({"常务委员会", "常委会", "主席团", "办公厅", "办公室"})

#: what a meeting does, in a headline that reports it
_MEETING_ACT = re.compile(r"召开|举行|宣布|表决|听取")
#: a title that carries out another organ's document names it before that one's 关于
_CARRIES_OUT = re.compile(r"贯彻|落实")


def _read_title_issuers(raw_title: str) -> list[str]:
    m = _ISSUER_ENDS.search(raw_title)
    if m is None:
        return []
    prefix = raw_title[: m.start()].strip().lstrip('《〈<“"')
    site, dash, own = prefix.partition("-")
    if dash and site.strip() == own.strip():
        prefix = own.strip()  # a page's '龙山县人民政府-龙山县人民政府关于…'

    if prefix.startswith(LEAD_DAYS):
        return []  # a news lead's sentence ('近日某某办公厅发布《关于…》'), no title's issuers
    if prefix.startswith(_PREPOSITIONS):
        # a sentence that cites another body's decision ('按照市政府、区政府关于…部署,…'): no
        # organ's name opens with a preposition
        return []
    if prefix[:1] in "对對" and prefix[1:2] != "外":
        # a reply to what another body's meeting proposed ('对省十四届人大三次会议关于…建议的
        # 答复'): the 关于 is the proposal's; no organ's name opens with 对 (but 对外…部)
        return []
    if cited := _CARRIES_OUT.search(prefix):
        # '某省人民政府贯彻国务院关于…的实施意见': the 关于 is the cited document's
        prefix = prefix[: cited.start()]
    parts: list[str] = []
    for p in _ISSUER_SPLIT.split(prefix):
        if parts and p in _BODY_OF_ABOVE:
            parts[-1] += p  # a name broken over the title's lines: '某市人民代表大会' '常务委员会'
        elif p:
            parts.append(p)
    parts = [normalize_organ(p) for p in parts]
    if not parts or any(_NOT_ORGAN.search(p) for p in parts):
        return []  # a 文号, brackets or a label before the name: no run of organs' names
    if any(_MEETING_ACT.search(p) for p in parts):
        # a news headline of what an organ's meeting did ('市委昨召开全委会议宣布省委关于…的
        # 决定'): the 关于 is the decision it reports, no organ's name holds the verbs
        return []
    if not all(ORG_END.search(p) for p in parts):
        whole = normalize_organ(re.sub(r"\s+", "", prefix))
        # a prefix that is not a run of organs' names is no issuer ('…文件鲁财会〔2021〕13号')
        clean = not re.search(r"[\d〔〕\[\]【】()（）《》:：|]|文件|公告|通知", whole)
        return split_organs(whole) if clean and ORG_END.search(whole) else []
    out: list[str] = []
    for p in parts:
        out.extend(split_organs(p))
    return out


#: where an organ's name that opens a title ends (the longer names first at one place)
_OPENING_END = re.compile(
    # (a group's or a headquarters' office by its own name: '某某领导小组办公室')
    r"人民政府办公厅|人民政府办公室|人民政府|人民代表大会常务委员会|人民代表大会|委员会|常委会|办公厅|办公室|总局"
    r"|(?:指挥部|领导小组)(?:办公室)?"
    # (a committee by its short name, 委会 after 管, 村, 居: '某开发区管委会', not '某开发区管委')
    r"|[管村居]委会"
    r"|[局厅委部院署]"
)
#: what a news headline's organ does ('某县人大常委会通过某院人事任免事项'): a report of it,
#: not the organ's own document
_REPORTED_ACT = re.compile(
    # (the day told before it, as news tells it: '某市委昨召开…', '某局近日印发…')
    r"(?:昨天?|昨日|今天?|今日|近日|日前)?"
    r"(?:通过|召开|举行|审议|表决|部署|听取|视察|调研|出台|印发|发布|宣布)"
)


#: a recruitment after the organ a title names: '公开选调', '公开招聘', '遴选'
_RECRUITS = re.compile(
    r"(?:\d{4}年度?)?(?:公开|面向社会|面向全国)?(?:选调|招聘|遴选|招录|考录|选聘)"
)

#: a publication's colophon field before the name it gives: '主管单位', '主办单位'
_COLOPHON_FIELD = re.compile(r"(?:主管|主办|承办|协办|编辑|出版)(?:单位|机关|机构|部门)")


def fullest_names(names: list[str], printed: list[str]) -> list[str]:
    """Each organ by the fullest name the document prints for it: '国务院' where its head also
    prints '中华人民共和国国务院', '嘉定区…局' where a line above the title reads
    '上海市嘉定区…局'."""
    # (each name of a line that prints several apart, '某某法院 某某检察院', and the organ an
    # order's or a 公告's line names, '中华人民共和国最高人民法院公告': its 发文机关标志)
    parts = [
        re.sub(r"(?<=[\u4e00-\u9fff]{4})(?:令|公告)$", "", q) for p in printed for q in p.split()
    ]
    lines = [q for q in parts if is_org(q) and re.fullmatch(r"[\u4e00-\u9fff（）()]+", q)]
    out = []
    for name in names:
        # the same name with its country or place before it, and nothing else run onto it
        fuller = [
            p
            for p in lines
            if len(p) > len(name)
            and (same_organ(p, name) or _autonomous_whole(name, p))
            and (p.endswith(name[-2:]) or _committee_short(p).endswith(name[-2:]))
            and len(split_organs(p)) == 1
            and not p.startswith("欢迎")  # (not a site's greeting: '欢迎来到某某医院')
            # (nor a publication's colophon field: '主管单位 某市人民政府', '主办单位 …')
            and not _COLOPHON_FIELD.match(p)
            # (not the line that runs another issuer's name onto this one)
            and not any(o != name and o in p for o in names)
        ]
        out.append(max(fuller, key=len) if fuller else name)
    return out


def in_full(name: str, lines: list[str]) -> str:
    """An organ's short name ('国家医保局') by the one name a line of its own prints in full for
    it ('国家医疗保障局', a seal's words under the date): its head and its last word the same,
    every character of the short name in it, in order; any other name stays as it is."""
    if len(name) < 4:
        return name
    fuller = {
        t
        for t in lines
        # (a few characters dropped, no name added, from the same first two characters)
        if t[:2] == name[:2]
        and shortened(name, t)
        and not t.endswith(name)  # (the same name with its place before it: fullest_names')
        and not _TERM.search(t)  # (a congress's committee by its term: the name without it)
        and is_org(t)
        and len(split_organs(t)) == 1
    }
    return fuller.pop() if len(fuller) == 1 else name


_TERM = re.compile(r"第[一二三四五六七八九十\d]{1,3}[届屆]")


def shortened(short: str, long: str) -> bool:
    """Whether ``short`` is ``long``'s name with a few characters dropped, and maybe its place
    ('县市场监管局' for '水城县市场监督管理局'): from where ``long`` prints ``short``'s first two
    characters, every character of ``short`` in order, the last the same, at most four left out,
    no organ's name before."""
    if len(short) < 4 or short[-1] != long[-1]:
        return False
    at = long.find(short[:2])
    rest = long[at:]
    return (
        at >= 0
        and len(short) < len(rest) <= len(short) + 4
        and in_order(short, rest)
        and not is_org(long[:at])
    )


def contracted(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` as the organ's own texts contract it: ``shortened``, or a
    committee by its short name, the name's '员会' dropped with a few characters more
    ('宿州市发展改革委' for '宿州市发展和改革委员会', '某省卫生健康委' for '…委员会')."""
    if shortened(short, long):
        return True
    if (spelled := _SHORT_FORM.sub(lambda m: _SHORT_FORMS[m.group(0)], short)) != short:
        # (a department by its customary short form: '某省住建厅' for '某省住房和城乡建设厅')
        return spelled == long or shortened(spelled, long) or same_organ(spelled, long)
    if not (short.endswith("委") and long.endswith("委员会")):
        return False
    return short == long[:-2] or shortened(short, long[:-2])


#: the short forms departments are customarily named by, and the words they stand for
_SHORT_FORMS = {
    "发改委": "发展和改革委员会",
    "住建": "住房和城乡建设",
    "人社": "人力资源和社会保障",
    "经信": "经济和信息化",
    "卫健委": "卫生健康委员会",
    "市场监管局": "市场监督管理局",
}
_SHORT_FORM = re.compile("|".join(_SHORT_FORMS))


def printed_in_full(short: str, text: str) -> str:
    """An organ's short name ('民乐县卫健局', a record's) by the one fuller name of it the text
    prints ('2024年度民乐县卫生健康局(本级)部门决算'): ``shortened`` from it, an organ's name;
    any other name stays as it is."""
    if len(short) < 4:
        return short
    found: set[str] = set()
    at = text.find(short[:2])
    while at >= 0:
        for size in range(len(short) + 1, len(short) + 5):
            name = text[at : at + size]
            if name.endswith("部") and text[at + size : at + size + 1] == "门":
                continue  # a kind of body, not one: '国土资源主管部门' holds no '…主管部'
            if text[at + size : at + size + 1] == "长" and name[-1] == name[-2]:
                continue  # its head's post after it: '某市审计局局长' holds no '…审计局局'
            if shortened(short, name) and is_org(name):
                found.add(name)
        at = text.find(short[:2], at + 1)
    return found.pop() if len(found) == 1 else short


def record_full_form(name: str, names: list[str]) -> str:
    """A title's short name of an organ ('县卫健委') by the one name a page's record gives in
    full for it ('青阳县卫生健康委员会': the short one's characters in order, a few dropped, its
    place before it); any other name stays as it is."""
    full = [p for p in names if shortened(name, p) or shortened(name, _committee_short(p))]
    return (
        full[0] if len(full) == 1 and is_org(full[0]) and len(split_organs(full[0])) == 1 else name
    )


def in_order(short: str, long: str) -> bool:
    """Whether every character of ``short`` is in ``long``, in order."""
    chars = iter(long)
    return all(c in chars for c in short)


#: the short forms of a government's names and the names they stand for
_SPELLED_OUT = (
    ("人大常委会", "人民代表大会常务委员会"),
    ("政府办公室", "人民政府办公室"),
    ("政府办", "人民政府办公室"),
    ("政府", "人民政府"),
)


def spelled_out(name: str, text: str) -> str:
    """'县政府办' (a title's short form, naming no place) → '府谷县人民政府办公室' where the
    text prints that one name in full for it: one place of that level, with the name the
    short form stands for; any other name, or a text naming two such, stays as it is."""
    if len(name) < 3 or name[0] not in "省市县区州" or "人民" in name:
        return name
    rest = name[1:]
    full = next((long for short, long in _SPELLED_OUT if rest == short), None)
    if full is None:
        return name
    from gongbao.structure.places import places_in

    # (a congress's body printed with its term between: '某区第十五届人民代表大会常务委员会')
    found = {
        p
        for p in places_in(text)
        if p.endswith(name[0])
        and re.search(
            re.escape(p) + r"(?:第[一二三四五六七八九十百\d]+届)?" + re.escape(full), text
        )
    }
    if len(found) != 1:
        return name
    place = found.pop()
    # the place under its city where the text prints them so: '池州市贵池区'
    above = [q for q in places_in(text) if q != place and q + place in text]
    return (above[0] if len(above) == 1 else "") + place + full


#: an autonomous place's short name opening an organ's: '楚雄州…' (楚雄彝族自治州), '延边州…'
_AUTONOMOUS_SHORT = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<level>州|县|旗)(?P<rest>\S{2,})$"
)


def _autonomous_whole(short: str, name: str) -> bool:
    """Whether ``name`` is ``short`` with its autonomous place's whole name ('中共元江县委' and
    '中共元江哈尼族彝族傣族自治县委'; '元江县人民政府' and '元江哈尼族彝族傣族自治县人民政府')."""
    lead = "中共" if short.startswith("中共") and name.startswith("中共") else ""
    bare, whole = short[len(lead) :], name[len(lead) :]
    m = re.match(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?P<level>州|县|旗)(?P<rest>\S+)$", bare)
    return m is not None and ideographs_fill(
        whole, m.group("place"), f"族自治{m.group('level')}{m.group('rest')}", 1, 10
    )


def autonomous_in_full(name: str, text: str) -> str:
    """'楚雄州农产品质量检测中心' → '楚雄彝族自治州农产品质量检测中心' where the text prints
    the organ so, under the autonomous place's whole name; any other name as it is."""
    m = _AUTONOMOUS_SHORT.match(name)
    if m is None or "自治" not in text:
        return name
    place, level, rest = m.group("place", "level", "rest")
    found = {text[a:b] for a, b in ideographs_between(text, place, f"族自治{level}{rest}", 1, 10)}
    return found.pop() if len(found) == 1 else name


def repair_truncated(name: str, text: str) -> str:
    """A name a page cut at its start ('定市满城区民政局' for 保定市…) restored from the one
    fuller form the document's text prints ('联系地址:保定市满城区民政局社政股'); a name that
    opens like an organ's, or one the text completes two ways, stays as printed."""
    if starts_organ(name) or len(name) < 4 or name not in text:
        return name  # (a text that never prints the name cannot complete it)
    fuller = {
        text[start : mid + len(name)]
        for start, mid in ideographs_before(text, name, 1, 4)
        if starts_organ(text[start : mid + len(name)])
        # (not in words the text quotes: '冒称“中央农办、国家农业农村部…”' names an impostor's
        # title, not the ministry)
        and text.rfind("“", 0, start) <= text.rfind("”", 0, start)
        # (nor another organ joined to it: '由国务院和中央军事委员会颁布' names two)
        and text[mid - 1 : mid] not in ("和", "与", "及", "、")
    }
    # the shortest completion that opens at a real place
    found = sorted(
        {next((f[k:] for k in range(len(f) - len(name)) if starts_organ(f[k:])), f) for f in fuller}
    )
    return found[0] if len(found) == 1 else name


def with_its_city(name: str, text: str) -> str:
    """A county-level body signed without its city ('达孜区住房和城乡建设局') where the text
    names it with the city before it ('本公告由拉萨市达孜区住房和城乡建设局负责解释'), one city
    only: the fuller name, which the store keeps apart from another city's body."""
    if len(name) < 5 or not _COUNTY_OPENS.match(name) or name not in text:
        return name
    from gongbao.structure.places import places_in

    cities = set()
    for m in re.finditer(re.escape(name), text):
        before = places_in(text[max(0, m.start() - 8) : m.start()])
        if before and text[: m.start()].endswith(before[-1]) and before[-1][-1] in "市州盟":
            cities.add(before[-1])
    return cities.pop() + name if len(cities) == 1 else name


#: a body's name that opens with a county-level place: '达孜区…', '某某县…'
_COUNTY_OPENS = re.compile(r"[\u4e00-\u9fff]{1,6}?[区县旗](?![长委])")


def province_as_city(name: str, text: str) -> str:
    """'贵州市人民政府办公厅', a province's name with a city's level (no such city: a site's
    misprint), where the text names exactly one city of that province ('经贵阳市人民政府
    同意'): that city's body; any other name as printed."""
    m = _PROVINCE_AS_CITY.match(name)
    if m is None:
        return name
    from gongbao.structure.places import _divisions, places_in

    index, _names = _divisions()
    provinces = [c for c in index.get(m.group("bare"), []) if c.endswith("0000")]
    if len(provinces) != 1 or any(not c.endswith("0000") for c in index.get(m.group("bare"), [])):
        return name  # (a real city of that name, or no province)
    if provinces[0][:2] in _MUNICIPALITIES:
        return name  # (a province-level city: '上海市' is its name, no misprint)
    cities = {
        p
        for p in places_in(text)
        if p.endswith("市")
        and any(c[:2] == provinces[0][:2] and c[2:] != "0000" for c in index.get(p[:-1], []))
    }
    return cities.pop() + name[m.end() :] if len(cities) == 1 else name


#: the province-level cities' division codes (北京, 天津, 上海, 重庆): '某市' is their name
_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
_PROVINCE_AS_CITY = re.compile(r"(?P<bare>[\u4e00-\u9fff]{2,3}?)市(?=[\u4e00-\u9fff]{2})")


def qualify_short(name: str, context: str, meeting: str = "") -> str:
    """'市财政局' in a document whose title names one city (关于洛阳市…的报告) → 洛阳市财政局:
    a short form names the organ of the place the document is about. Left as it is where
    the title names no place of that level, or more than one. A town's ('镇人民政府') is
    placed by the one town the title is about or the meeting it was read at sits in
    ('关于某镇2020年…的报告', '某镇第十六届人民代表大会第八次会议')."""
    if len(name) >= 3 and name[0] in "镇乡":
        towns = {m.group("town") for t in (context, meeting) for m in _TOWN.finditer(t)}
        return towns.pop() + name[1:] if len(towns) == 1 else name
    if len(name) < 3 or name[0] not in "省市县区州":
        return name
    from gongbao.structure.places import places_in

    # (a place read without its level where the context prints it with it: '苏州市本级')
    level = {
        p if p.endswith(name[0]) else p + name[0]
        for p in places_in(context)
        if p.endswith(name[0]) or p + name[0] in context
    }
    if len(level) != 1:
        return name
    return level.pop() + name[1:]


#: a town a title is about or a meeting sits in: '关于某镇2020年…', '某镇第十六届人民代表大会'
_TOWN = re.compile(
    r"(?:^|关于|在)(?!关于)(?P<town>[\u4e00-\u9fff]{2,5}?[镇乡])"
    r"(?=(?:19|20)\d\d|第[一二三四五六七八九十百]{1,4}[届屆])"
)
_ENTRUSTED = re.compile(r"受(?P<org>[\u4e00-\u9fff]{1,20}?(?:人民政府|政府))委托")
#: the same with 的: '受镇人民政府的委托' (read only where the meeting line places it)
_ENTRUSTED_OF = re.compile(r"受(?P<org>[\u4e00-\u9fff]{1,20}?(?:人民政府|政府))的委托")
_LEVEL_ONLY = re.compile(r"(?:省|市|县|区|州|旗|自治区|自治州|自治县)(?:人民)?政府")
#: a report's opening: '现在，我代表县人民政府向大会作报告' (the government whose report it is)
ON_BEHALF = re.compile(
    r"我代表(?P<org>[\u4e00-\u9fff]{1,20}?(?:人民政府|政府|街道办事处)|国务院)[，,]?\s*"
    r"向(?:大会|会议)(?:作|报告)"
)


def entrusted_by(groups: list[Group]) -> list[str]:
    """A report read at a meeting '受市人民政府委托' is that government's report: its name as
    printed (a short form is qualified by the title's place later)."""
    # (a level's government by its short form, '受县政府委托', is named as the README's reports
    # are, by the level's full name: the place is put before it from the title later)
    return [
        re.sub(r"^([省市县区州旗盟])政府$", r"\1人民政府", n)
        for n in entrusted_names([g.text for g in groups])[:1]
    ]


def entrusted_at(texts: list[str], meeting: str) -> list[str]:
    """A report read '受镇人民政府的委托' at the meeting ``meeting`` names ('某镇第十六届人民代表
    大会第八次会议'): that government, placed by the meeting; none where the meeting does not
    place it (a finance head reading for it is not told from a bare name)."""
    for text in texts:
        for m in _ENTRUSTED_OF.finditer(text):
            placed = qualify_short(m.group("org"), "", meeting)
            return [placed] if placed != m.group("org") else []
    return []


def entrusted_names(texts: list[str]) -> list[str]:
    """The governments a report is read for: '受市人民政府委托', '我代表南开区人民政府，向大会
    作政府工作报告'."""
    found = [m.group("org") for t in texts for m in _ENTRUSTED.finditer(t)]
    # (a government named by its level alone on whose behalf a report is read, '我代表区人民
    # 政府', is placed by the meeting line instead)
    found += [
        m.group("org")
        for t in texts
        for m in ON_BEHALF.finditer(t)
        if not _LEVEL_ONLY.fullmatch(m.group("org"))
    ]
    return found


#: a town's or a township's government or congress, the town in no list of places:
#: '小海镇人民代表大会…办法'
_TOWN_ORGAN = re.compile(r"[\u4e00-\u9fff]{1,6}?[镇乡](?:人民政府|人民代表大会)")


#: an office or a headquarters a government sets up, named after it: '征兵办公室', '防汛抗旱指挥部'
_GOVERNMENT_OFFICE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:办公室|指挥部|领导小组办公室)(?=[\u4e00-\u9fff]{3})"
)


#: a 公告's or 通知's title, then a note in brackets (a word or two before it)
_KIND_THEN_NOTE = re.compile(
    r"(?P<title>.+?(?:公告|通告|公示|通知))\s*[\u4e00-\u9fff]{0,4}[(（][^()（）]{2,40}[)）]"
)


def issuer_opening(title: str) -> list[str]:
    """'方城县人民政府拟征收土地启动公告' → 方城县人民政府: a title without 关于 that opens with
    an organ's name (a real place's or a state organ's) is that organ's document. The name
    ends at the first organ word; what follows must be the rest of a title."""
    from gongbao.titles import title_end

    if title_end(title) is None and (noted := _KIND_THEN_NOTE.fullmatch(title)):
        # a title with a note of its purpose in brackets after its kind ('…土地征收启动公告
        # 用于(某某项目)'): the title is up to its kind
        title = noted.group("title")
    if not (starts_organ(title) or _TOWN_ORGAN.match(title)) or title_end(title) is None:
        return []
    if title.endswith(("》", "〉")):
        # (a headline that ends on the name of the document it is about: '国务院新闻办公室举行
        # 吹风会 解读《政府工作报告》' is no document of the organ it opens with)
        return []
    m = _OPENING_END.search(title, 0, 40)
    if m is None:
        return []
    end = m.end()
    # a branch named after its head office: '国家金融监督管理总局浙江监管局',
    # '国家税务总局江西省税务局', '某市生态环境局某某分局'
    branch = _OPENING_END.search(title, end, end + 10)
    if (
        branch
        and branch.group(0).endswith("局")
        and (starts_organ(title[end:]) or title[: branch.end()].endswith("分局"))
    ):
        end = branch.end()
    elif title[:end].endswith("政府") and (office := _GOVERNMENT_OFFICE.match(title, end)):
        end = office.end()  # an office of the government's: '某区人民政府征兵办公室兵役登记公告'
    name, rest = title[:end], title[end:]
    if len(rest) < 2 or rest[0] in "的之和与及、暨门" or not is_org(name):
        # (nor a word cut at its organ's character: '…市级部' + '门年度…考核办法')
        return []
    if "各" in name[2:]:
        return []  # each of a set ('某市各县市区和市级部门'), no one organ
    if _KIND_OF_UNITS.search(name):
        return []  # a kind of unit ('某区公办幼儿园'), each of them, no one organ
    if _REPORTED_ACT.match(rest):
        return []
    if _RECRUITS.match(rest):
        # an organ that recruits ('某局公开选调公务员公告'): the post's, whose 公告 its
        # organisation or personnel department may issue — not said
        return []
    if _PERSON_OF_ORGAN.match(rest):
        # one of the organ's people who speaks ('某办公室工作人员某某解读《…》'): an interview,
        # not the organ's document
        return []
    if re.search(r"\d|年度?", name[2:]):
        # a year inside is no organ's: the organ word was a word of the title after it
        # ('某某小学2021年部门预算编制说明' does not name '某某小学2021年部')
        return []
    return [name]


#: a person of the organ named before them: '…工作人员', '…负责人', '…局长'
_PERSON_OF_ORGAN = re.compile(
    r"(?:有关)?(?:工作人员|负责人|负责同志|副?(?:主任|局长|处长|科长|部长|厅长)[\u4e00-\u9fff]{2,3}(?:解读|介绍|谈|说))"
)


#: (届 misread 后 by a page's OCR, where nothing else can stand before 人民代表大会)
_TERM = re.compile(
    r"第?[一二三四五六七八九十百\d]+[届屆]|第[一二三四五六七八九十百\d]+后(?=人民代表大会|人大)"
)


#: a session or meeting of a body: 第七次(全体)会议, 第158次常务会议, 第三次主任会议
_SESSION_OF = re.compile(
    r"(?:第?[一二三四五六七八九十百\d]*次(?:全体|全體|常务|常務|主任)?(?:会议|會議))+$"
)


def normalize_organ(name: str) -> str:
    """A 人大's name without its term and session: '河南省第六届人民代表大会' → 河南省人民代表大会;
    '新田縣十七屆人大常委會第三十六次會議' → 新田縣人大常委會."""
    if re.search(r"次(?:会议|會議)[\u4e00-\u9fff]{2,12}(?:委员会|委員會)$", name):
        # a committee of one session, named by the session it serves ('某乡第二届人民代表大会
        # 第六次会议财政经济审查委员会'): its term and session are its name
        return name
    if "人大" in name or "人民代表大" in name:
        bare = _SESSION_OF.sub("", _TERM.sub("", name))
        if bare != name and bare.endswith("人大") and len(bare) > 2 and name.endswith(("议", "議")):
            # a congress in plenary by its short name ('市十五届人大一次会议'): the congress,
            # not its standing committee (which '市人大' may also name)
            return bare[:-2] + ("人民代表大會" if "會議" in name else "人民代表大会")
        return bare
    # a standing body adopts at a session of its own: the session is not the body
    return _SESSION_OF.sub("", name) if name.endswith(("会议", "會議")) else name


#: a congress's standing committee by its short name after its place: '某市人大常委会'
_SHORT_STANDING = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,20}?)人大常委(?P<hui>[会會])")


def standing_committee_in_full(name: str, text: str) -> str:
    """'玉林市人大常委会' → 玉林市人民代表大会常务委员会 where the text prints the full name too
    (with its term or without: '玉林市第四届人民代表大会常务委员会'): of one organ's names, the
    fullest the file prints, without the term; a file that prints only the short name keeps it."""
    m = _SHORT_STANDING.fullmatch(name)
    if m is None:
        return name
    full = "人民代表大會常務委員會" if m.group("hui") == "會" else "人民代表大会常务委员会"
    place = re.escape(m.group("place"))
    printed = re.search(place + r"(?:第[一二三四五六七八九十\d]{1,3}[届屆])?" + full, text)
    return m.group("place") + full if printed else name


#: a site's tags around a report's title: its province before, '(全文)' after
_REPORT_TAGS = re.compile(r"^[(（][\u4e00-\u9fff]{2,8}[)）]|[(（](?:全文|摘要|图文|附全文)[)）]$")


#: the bodies whose own report is titled by their name alone, no year: '某省人民检察院工作报告'
_REPORTING_BODIES = ("人民法院", "人民检察院", "人民檢察院", "常务委员会", "常委会")


#: words that make a unit's name a kind of unit, each of them, no one organ: '某区公办幼儿园'
_KIND_OF_UNITS = re.compile(r"公办|民办|公立|私立")


def issuer_of_report(title: str) -> list[str]:
    """'清水县人民政府2019年政府信息公开工作年度报告' → 清水县人民政府; '上海市2022年政府信息公开
    工作年度报告' → 上海市人民政府 (a place's annual report is its government's); a site's
    tags around it left out ('(黑龙江)2021年肇源县人民政府工作报告(全文)'). No kind of unit
    ('某区公办幼儿园2021年招生公告' is each such school's)."""
    return [n for n in _issuer_of_report(title) if not _KIND_OF_UNITS.search(n)]


def _issuer_of_report(title: str) -> list[str]:
    title = _REPORT_TAGS.sub("", title)
    if title.endswith(("统计公报", "統計公報")):
        return []  # a place's statistical bulletin is its statistics bureau's, not its government's
    # (a unit named again in brackets before the year, its other name: '某市第十四幼儿园(某区第一
    # 幼儿园)2020年度部门决算…': the first)
    m = re.match(rf"^(?P<who>[\u4e00-\u9fff]{{2,30}}?)(?:{_ALIAS})?{YEAR}\s*年", title)
    if m is None and (
        undated := re.match(
            r"^(?P<who>[\u4e00-\u9fff]{4,30}?)政府信息公开(?:工作)?年度报告$", title
        )
    ):
        # no year in the title: '某某街道办事处政府信息公开工作年度报告'
        return [undated.group("who")] if is_org(undated.group("who")) else []
    if m is None and (undated := re.match(r"^(?P<who>[\u4e00-\u9fff]{4,30}?)工作[报報]告$", title)):
        # no year in the title, a court's, a procuratorate's or a standing committee's own
        # report: '某省人民检察院工作报告'
        who = undated.group("who")
        return [who] if who.endswith(_REPORTING_BODIES) and is_org(who) else []
    if m is None:
        # the year first: '2022年上海市政府信息公开工作年度报告'
        m = re.match(
            rf"^{YEAR}\s*年度?(?P<who>[\u4e00-\u9fff]{{2,30}}?)"
            # (what the accounts cover, after the unit's name: '(汇总)', '(本级)')
            r"(?:[(（](?:汇总|匯總|本级|本級)[)）])?"
            r"(?=政府信息公开|政府工作报告|国民经济|(?:部门|单位)(?:预算|决算)|工作总结$"
            # (a congress's standing committee reporting its year: '2021年某市人民代表大会常务
            # 委员会工作报告')
            r"|(?<=常务委员会)工作报告$|(?<=常委会)工作报告$"
            # (or a court's or a procuratorate's: '2010年某某最高人民法院工作报告')
            r"|(?<=法院)工作报告$|(?<=检察院)工作报告$|(?<=檢察院)工作報告$)",
            title,
        )
        if m is None or not (_REPORT_END.search(title) or title.endswith("工作总结")):
            # (a text about the report, '2023年某区政府工作报告重点工作责任分解', is not the
            # report: its issuer is not the government that reads the report)
            return []
    who = m.group("who")
    if who.endswith("人民") and title[m.end() :].startswith("政府"):
        who += "政府"  # ('2021年某县人民政府工作报告': the government, read to the end of its name)
    if is_org(who):
        # (organs run together before the year, each its own: '某县委组织部某县人社局2014年…')
        return split_organs(who)
    if who.endswith("街道") and len(who) >= 4 and "政府信息公开" in title:
        return [who]  # a street's own annual report ('某某街道2023年度政府信息公开…'), as printed
    from gongbao.structure.places import PLACE

    if who.endswith(("镇", "乡", "鎮", "鄉")) and re.search(r"政府工作(?:报告|總結|总结)", title):
        return [who + "人民政府"]  # a town's government reports its work, as a county's does
    if who.endswith(("镇", "乡", "鎮", "鄉")) and _RULE_OF_LAW_REPORT.search(title):
        # and its 法治政府建设, the annual report a government makes of it: the town as the
        # title names it (its government's name where the text prints that)
        return [who]
    if PLACE.fullmatch(who) and (
        re.search(r"政府信息公开|政府工作报告|政府工作总结|国民经济和社会发展", title)
        or _RULE_OF_LAW_REPORT.search(title)
        # a place's draft budget itself ('某县2021年预算执行情况和2022年预算草案'), not a
        # report on one ('关于某区…预算草案的报告' is read by its finance bureau)
        or (title.endswith("预算草案") and not who.startswith("关于"))
    ):
        return [who + "人民政府"]
    return []


#: the annual report a government makes of its 法治政府建设: '某镇2023年法治政府建设年度报告'
_RULE_OF_LAW_REPORT = re.compile(r"法治政府建设(?:情况|工作)?(?:年度)?报告")
#: a unit's other name in brackets after its name, one bracket deep inside it at most
_ALIAS = r"[(（][^()（）]{2,30}(?:[(（][^()（）]{1,10}[)）][^()（）]{0,20})?[)）]"
#: how the title of a report (or a bulletin, a plan a government reads) ends, a note in
#: brackets after it aside
_REPORT_END = re.compile(
    r"(?:报告|公报|年报|计划|纲要|草案|報告|年報|計劃|预算|决算|预算公开|决算公开)"
    r"(?:[(（][^()（）]{1,20}[)）])?$"
)


#: a mark of a sentence or a list, which no one organisation's name holds
_SENTENCE_MARK = re.compile(r"[，。；：,;:、“”《》（）()]")
#: the words for a day a news lead opens with, which no organ's name does
LEAD_DAYS = ("近日", "日前", "近期", "今日", "昨日", "今天", "昨天")
#: Latin small letters, which no Chinese organ's name holds (its initials are capitals: 'CBD')
_LOWER_LATIN = re.compile(r"[a-z]{2}")
#: the other body a leading group is, in brackets inside its name: '…领导小组(指挥部)办公室'
_ALSO_NAMED = re.compile(r"[(（]总?指挥部[)）](?=[\u4e00-\u9fff])")


def is_org(text: str) -> bool:
    """A line naming one organisation: short, no sentence, ends like an organ's name."""
    return (
        # (a leading group's office names its group's whole task, and the other body it is:
        # '某区统筹疫情防控和经济运行工作领导小组(指挥部)办公室'; the words looked for only in a
        # long line: is_org is asked of most lines)
        2 <= len(text) <= 48
        and (len(text) <= 30 or "领导小组" in text or "指挥部" in text)
        and text[-1] in ORG_LAST  # settles most lines before ORG_END is tried
        and ORG_END.search(text) is not None
        and _SENTENCE_MARK.search(_ALSO_NAMED.sub("", text) if "指挥部" in text else text) is None
        and "关于" not in text
        # (a headline of a meeting held, '区政府召开第十六次常务会': a sentence, no organ's name)
        and "召开" not in text
        and "举行" not in text
        and "批准" not in text  # (who approved what another issued: two organs and a verb)
        and not brand_name(text)
        # (a lead's day before the organ it names: '近日中国科协办公厅发布…')
        and not text.startswith(LEAD_DAYS)
        # (a news site's local station, its byline under a headline: '红网某县站')
        and not (text[-1] == "站" and _NEWS_STATION.search(text))
        # (a count of places, which an office's number in figures never is: '…共修改83处')
        and not (text[-1] in "处處" and text[-2:-1].isdigit())
        # (an attachment's or a document's name run onto the signer's in flattened text:
        # '某某科技项目汇总表某省档案局')
        and _DOCUMENT_WORDS.search(text) is None
    )


def named_organs(run: str) -> list[str] | None:
    """The organs a note names in a run, parted by 、 or (as a law database prints them) by
    spaces: '国务院、中央军委', '交通运输部 公安部'; None where a part names no organ."""
    organs = re.split(r"[、\s]+", run)
    return organs if all(map(is_org, organs)) else None


#: words that name a document or a form, which no organ's name holds
_DOCUMENT_WORDS = re.compile(
    r"汇总表|一览表|统计表|明细表|申报表|登记表|申请表|通知|方案|指南|清单|名单|附件"
)


#: a news site's station in a place: '某网某县站' (not a grid's: '国家电网某供电站')
_NEWS_STATION = re.compile(r"(?<!电)网[\u4e00-\u9fff]{2,4}站$")


def brand_name(text: str) -> bool:
    """Whether a name holds a brand a hijacked page put for the place: Latin small letters,
    which no Chinese organ's name holds (its initials are capitals, 'CBD': 'UedBet体育河长制
    办公室'), or a casino ('澳门赌场办公室')."""
    return _LOWER_LATIN.search(text) is not None or "赌场" in text or "賭場" in text


def broken_organ(first: str, second: str, dated: bool = False) -> bool:
    """Whether two lines are one organ's name broken: the first opens like an organ and
    does not end like one, the second ends like one, and no sentence runs through them (a
    signature's name over its date, a joint title's issuer over its other lines). (``dated``:
    the date is under them, a signature's: the first may list what a leading group's name
    names, '某省全国先进集体、劳动模范', and its year, '某省2020年全国劳动模范和先进工作者'.)"""
    if len(first) > 30 or len(second) > 30 or ORG_END.search(first) or not ORG_END.search(second):
        return False
    marks = r"[，。；：,;:\s]" if dated else r"[，。；：,;:、\s]"
    if re.search(marks, first + second) or "、" in second:
        return False
    if re.search(r"\d|〔|\[", TASK_YEAR.sub("", first) if dated else first):
        return False  # (a 文号 over the issuer's line: '某政办发〔2010〕219号' names no organ)
    if (
        second[0] in "和与及"
        and len(first) <= 10
        and is_org(first + second)
        and not starts_organ(second)
    ):
        # (the second opens on a conjunction no name opens with: '市工业' / '和信息化局', a
        # level's organ named by its level, broken where a page put each span on a line; a
        # place may open so, its organ a signer of its own: '特此公告' / '和硕县气象局')
        return True
    # (a second line that opens like an organ of its own is a second signer: the first one
    # lost its last character, '中共某县委办公' / '某县人民政府办公室')
    # (a town's organ opens with the town, which no division list holds: '某某镇社会治安综合
    # 治理' / '和维护稳定办公室')
    return (starts_organ(first) or _TOWN_FIRST.match(first) is not None) and not (
        starts_organ(second) or _TOWN_FIRST.match(second)
    )


#: the year of the task a leading group's name names: '某省2020年全国劳动模范…评选推荐工作领导小组'
TASK_YEAR = re.compile(r"(?:19|20)\d{2}年度?")
#: a town's name opening an organ's: '大涌镇…'; or an autonomous county's by its place alone,
#: as its own texts shorten it ('彭水自治县…' for 彭水苗族土家族自治县)
_TOWN_FIRST = re.compile(
    r"[\u4e00-\u9fff]{2,4}?[镇鎮乡鄉](?![长長])|[\u4e00-\u9fff]{2,3}自治[县縣]"
    # (or a city's 街道 by its name: '张庙街道…')
    r"|[\u4e00-\u9fff]{2,4}?街道(?!办事处)"
)


#: what two printings of one organ's name may differ by
_ORGAN_NOISE = re.compile(
    # (and a district's government over the 街道办事处 it sends out: '某区人民政府某某街道办事处'
    # is '某区某某街道办事处')
    r"[\s、，,·《》“”()（）]|(?<=[区县市])(?:人民)?政府(?=[\u4e00-\u9fff]{2,8}街道办事处$)|人民(?=政府)"
)


#: a party committee's full name before the organ of it: '中共某某自治区委员会' + '办公厅'
_PARTY_FULL = re.compile(r"^中共([\u4e00-\u9fff]{2,16}?)委员会(?=[\u4e00-\u9fff]{2,})")


def same_organ(a: str, b: str) -> bool:
    """'国务院' and '中华人民共和国国务院', '临沧市人民政府' and '云南省临沧市人民政府': one
    name is the other with its country or place before it."""
    a, b = _ORGAN_NOISE.sub("", a), _ORGAN_NOISE.sub("", b)
    if a.startswith("中共") != b.startswith("中共"):
        # a party committee's organ by its short name: '自治区党委办公厅' and '中共某某自治区委员会
        # 办公厅' (the committee's name as '某某党委')
        a, b = _PARTY_FULL.sub(r"\1党委", a), _PARTY_FULL.sub(r"\1党委", b)
    if a.endswith("委员会") != b.endswith("委员会"):
        # a committee by its short name: '上海市交通委' and '(上海)市交通委员会'
        a, b = _committee_short(a), _committee_short(b)
    short, long = sorted((a, b), key=len)
    if short.startswith("中共") and long.startswith("中共"):
        # a party committee with its place after 中共: '中共长乐镇委员会', '中共嵊州市长乐镇委员会'
        short, long = short[2:], long[2:]
    if not short or len(short) < 2:
        return False
    # or the other with one of its divisions after it: '某局' and '某局人事处'
    return long.endswith(short) or (
        long.startswith(short)
        and re.fullmatch(r"[\u4e00-\u9fff]{1,8}[处科股]", long[len(short) :]) is not None
    )


def regional_office(name: str, text: str) -> str:
    """A national bureau's office in a region by its short name ('南方能源监管局', '山东能源
    监管办'), where the text prints the name it stands for ('国家能源局南方监管局', its
    letterhead spaced out or not): that name; any other name stays as it is."""
    m = _REGIONAL_SHORT.fullmatch(name) if name.endswith(("监管局", "监管办")) else None
    if m is None:
        return name
    squeezed = re.sub(r"\s+", "", text)
    for k in range(2, min(5, len(m.group("head")) - 1)):
        place, bureau = m.group("head")[:k], m.group("head")[k:]
        office = "监管局" if m.group("kind") == "局" else "监管办公室"
        full = f"国家{bureau}局{place}{office}"
        if full in squeezed:
            return full
    return name


#: a regional office's short name: its region, its bureau's field, 监管局 or 监管办
_REGIONAL_SHORT = re.compile(r"(?P<head>[\u4e00-\u9fff]{4,8})监管(?P<kind>局|办)")


def _committee_short(name: str) -> str:
    if name.endswith(("居民委员会", "村民委员会")):
        return name[:-4] + "委会"  # (the short names the law gives them: 居委会, 村委会)
    return name[:-2] if name.endswith("委员会") else name


#: provinces by the one character their governments' issuer codes open with (鄂政发 …); the
#: characters that also open a city's code (宁: 南京, 青: 青岛, 吉: 吉林市 …) are left out
_PROVINCE_CODES = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省",
    "晋": "山西省", "辽": "辽宁省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省",
    "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省",
    "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "琼": "海南省", "川": "四川省",
    "陕": "陕西省",
}  # fmt: skip
_GOVERNMENT_CODE = re.compile(
    r"^(?P<p>.)(?P<office>政办|府办)?(?:政|府)(?:发|函|规|字|复)?[〔\[【（(]"
)


def province_government(doc_number: str | None, text: str) -> str | None:
    """The provincial government (or its office) whose issuer code a 文号 carries ('鄂政发
    〔2018〕26号' → 湖北省人民政府), where the document's text names that province too."""
    if not doc_number or (m := _GOVERNMENT_CODE.match(doc_number)) is None:
        return None
    province = _PROVINCE_CODES.get(m.group("p"))
    if province is None or province[:2] not in text:
        return None
    return province + ("人民政府办公厅" if m.group("office") else "人民政府")


#: a government's office: its government's name, then 办公室 or 办公厅
_OFFICE_OF = re.compile(r"(?<=人民政府)(?:办公室|办公厅)$")


def numbered_issuer(doc_number: str | None, one: str, other: str) -> str | None:
    """Of a government and its office (named apart, by a title and a signature), the one whose
    series the 文号 is in ('宜政办〔2023〕26号': the office's; '宛政〔2011〕7号': the
    government's); None where the two are not such a pair or the code does not say."""
    from gongbao.docnumber import numbered_by_office

    office = numbered_by_office(doc_number) if doc_number else None
    governments = {_OFFICE_OF.sub("", n) for n in (one, other)}
    if office is None or len(governments) != 1 or not governments.pop().endswith("人民政府"):
        return None
    if bool(_OFFICE_OF.search(one)) == bool(_OFFICE_OF.search(other)):
        return None
    return one if bool(_OFFICE_OF.search(one)) == office else other
