"""What a benefit's '对…的' clause asks, as typed conditions where its wording is unambiguous:
a certification or title obtained (首次认定为国家高新技术企业, 新列入省级专精特新, 新增纳入统计
口径的规模以上…), a listing (在主板上市, 新三板挂牌), a new arrival (新引进, 新设立, 新注册 …
企业/机构), a figure's bound (固定资产投资1000万元以上), an age (成立未满3年), a size (中小微企业,
小微企业).

Each typed condition is a necessary part of its clause, so a profile failing it fails the
clause. The words the typed conditions do not account for stay as printed, as an 'other'
condition to confirm: a clause is fully typed only when nothing but its subject's bare words
remains. An article whose sentences each give something under their own clause ('对A的，给予…；
对B的，给予…') is met by any one of them: its clauses become one 'any' condition.
"""

from __future__ import annotations

import re
from typing import Any

from gongbao.extract.trade_figures import pair_tiers

#: the levels of a certification, in the order governments rank them
LEVELS = ("国家", "省", "市", "区", "县")
_LEVEL = r"(?:国家级?|省级?|市级?|区级?|县级?)"
#: certifications and titles a clause may ask for, each a pattern of how documents print it
CERTIFIED: dict[str, str] = {
    "高新技术企业": r"高新技术(?:的)?企业|高企",
    "专精特新": r"专精特新(?:中小企业)?",
    "小巨人": r"小巨人(?:企业)?",
    "企业技术中心": r"企业技术[（(]研发[)）]中心|企业技术中心|企业研发中心",
    "科技型中小企业": r"科技型中小企业",
    "科技企业孵化器": r"科技企业孵化器",
    "驰名商标": r"中国驰名商标|驰名商标",
    "农业龙头企业": r"农业(?:产业化)?龙头企业",
    #: entering the statistics' 规模以上 or 限额以上 lists; the sector word after it
    #: ('规模以上工业企业') is left in the clause, to confirm
    "规模以上": r"规模以上|小升规|规上",
    #: 限额以上 units are the 商贸 ones (批发, 零售, 住宿, 餐饮): '限上商贸企业' asks no more
    "限额以上": r"限额以上(?:商贸)?|限上(?:商贸)?",
}
#: a certification's default level where a profile names none ('高新技术企业' is the
#: national one of 《高新技术企业认定管理办法》)
DEFAULT_LEVEL = {"高新技术企业": "国家"}
_CERTIFIED = re.compile(
    r"(?P<pre>(?:首次|初次|首获|新获|新增|新|当年度|当年|年度)?并?被?"
    r"(?:纳入统计口径的|纳入统计范围的|纳入)?"
    r"(?:获得|获评|获|认定为|认定|评定为|评为|列入|进入)?的?为?)"
    rf"(?P<levels>{_LEVEL}(?:[、和及与或]{_LEVEL})*)?"
    r"(?:[（(][^（()）]{1,8}[)）])?"  # '市级（百龙工程）农业龙头企业': the programme's name
    r"(?P<name>" + "|".join(f"(?:{p})" for p in CERTIFIED.values()) + ")"
    r"(?:认定|称号)?"
)
#: what 首次/新 already says: '新认定的（不包括重新认定）高新技术企业'
_FIRST_ONLY = re.compile(r"[（(]不(?:包括|含)重新认定[)）]")
#: any other title obtained, by the words titles end with, where the clause names one only
#: (up to '的' or its end): '首次获得市级绿色企业称号', '首获国家级、省级文化出口重点企业'
_TITLE = re.compile(
    r"(?P<pre>(?:首次|初次|首|新|当年度?)?(?:获得|获评|获|被评为|评为|评定为|认定为|认定|列入))"
    rf"(?P<levels>{_LEVEL}(?:[、和及与]{_LEVEL})*)?"
    r"(?P<name>(?:(?!的)[\u4e00-\u9fffA-Z（）()]){2,16}?"
    r"(?:企业|示范项目|基地|中心|单位|商标|老字号|饭店|景区))"
    r"(?:荣誉称号|称号|认定|荣誉)?(?=的|，|,|$)"
)
_NEW = re.compile(r"首次|初次|首获|新|当年")
_EVENT = re.compile(r"获|认定|评|列入|进入|纳入")
#: listing on a board: '在主板上市', '在中小板、创业板、科创板上市', '在新三板挂牌'
_BOARD = r"(?:主板|中小板|创业板|科创板|北交所|新三板|境外|境内外)"
_LISTED = re.compile(
    rf"(?<!拟)(?<!推进)(?<!启动)(?<!申报)在?(?P<boards>{_BOARD}(?:[、和及或]{_BOARD})*)?"
    r"(?:首发)?(?:上市|挂牌)(?!后备|辅导|培育|计划)"
)
#: a new arrival of the business itself (not of a project, a product or a person)
_ARRIVED = re.compile(
    r"(?P<verb>新引进|新设立|新设(?![备施计置])|新注册|新落户|新迁入|引进)的?"
    r"(?P<what>[^，,。；;]{0,16}?)(?:企业|公司|机构|总部|分行|分公司)"
)
_NOT_A_BUSINESS = re.compile(r"项目|品种|产品|人才|资金|技术|团队")
#: a project the business carries out: '新上的工业类项目', '技术改造项目', '信息化项目'
_PROJECT = re.compile(
    r"(?:新上|新建|续建|新引进|实施|建设|投资|技术改造|技改|改造|产业化|信息化)[^，,。；;]{0,12}?项目"
)
#: what was brought in is the object and another the beneficiary: '引进…企业的单位'
_BROUGHT_BY = re.compile(r"的[\u4e00-\u9fff]{0,4}(?:单位|个人|机构|人员|乡镇|街道|中介|团队)")
#: a listing only planned or prepared: '拟在境外上市', '推进企业上市'
_PLANNED = re.compile(r"(?:拟|推进|启动|申报|准备|筹备|计划|培育)[^，,]{0,4}$")
#: a clause about who serves or hosts the business named ('对为高新技术企业提供服务的机构',
#: '对入驻孵化器的企业'): what it names is not what the beneficiary is
_SERVES = re.compile(r"提供|中介|入驻|入孵|帮助|协助|为企业|服务于")
_NEGATED = re.compile(r"[非未不]$")
#: who a clause is for, and words any applicant meets: they ask nothing
_BARE = re.compile(
    r"经认定|经审核|经评审|经审批|经考核|企业|公司|经营主体|市场主体|单位|机构|符合条件|本区|区内|辖区内|本市|本县|我区|我县|我市|"
    r"县内|市内|各类|相关|[的在为对于并且、，,及和与或“”\"'\s（）()]"
)
#: where what is given begins in a sentence: the words before it are its conditions
_GIVEN = re.compile(
    r"(?:分别|一次性|每[家个年])*(?:给予|予以|奖励|补贴|补助|资助|贴息|享受|按照?其?)"
)
#: '对' opening a clause, not 对接, 对外, 针对 …
_TO = re.compile(r"(?<![针相面绝])对(?![接外口标照象话比])")
#: what follows the given word in a bonus on top of another branch, not a branch of its own
_BONUS = re.compile(r"(?:比例|标准)|.{0,12}(?:提高|上浮|增加)")
#: words of a sentence that limits or dates the branch before it ('自认定当年起', '同一展会
#: 每家企业最多', '以上技改补助率…'), not a branch of its own
_NOT_AN_ALTERNATIVE = re.compile(r"^\s*(?:自|以上|上述|其中|同一)|最多|最高|上限|累计")
#: words by which a sentence that gives nothing still states a condition ('凡在禁养区之外…')
_ASKS = re.compile(r"凡|须|需|应|必须|符合|达到|以上|以下|不低于|超过|满|年内|不含|除外|不重复")


def _certified(clause: str) -> tuple[list[dict[str, Any]], str]:
    found: list[dict[str, Any]] = []
    named: list[tuple[str, str]] = []
    rest = clause
    for m in _CERTIFIED.finditer(clause):
        if (
            _NEGATED.search(clause[: m.start()])
            or "重新" in clause[max(0, m.start() - 1) : m.end()]
        ):
            continue  # '对重新认定的高企': a renewal is not a first certification
        name = next(n for n, p in CERTIFIED.items() if re.fullmatch(p, m.group("name")))
        levels = [lv for lv in LEVELS if lv in (m.group("levels") or "")]
        pre = m.group("pre")
        when = "new" if _NEW.search(pre) else "event" if _EVENT.search(pre) else "held"
        if when == "held" and (
            _BARE.sub("", clause[: m.start()]) or _BARE.sub("", clause[m.end() :])
        ):
            # held only where the clause names nothing else ('对高新技术企业'), or where it
            # names what the same clause asks to obtain ('孵化器获得省级孵化器认定')
            named.append((name, m.group(0)))
            continue
        found.append(
            {
                "field": "certified",
                "values": [name],
                "levels": levels,
                "when": when,
                "text": m.group(0),
            }
        )
        rest = rest.replace(m.group(0), "", 1)
    for name, printed in named:
        if any(name in c["values"] for c in found):
            rest = rest.replace(printed, "", 1)
    t = _TITLE.search(rest)
    if t is not None and "重新" in rest[max(0, t.start() - 1) : t.end()]:
        t = None
    if not found and t is not None:
        # a title of the place's own lists: '首次获得市级绿色企业称号的企业'
        pre = t.group("pre")
        found.append(
            {
                "field": "certified",
                "values": [t.group("name")],
                "levels": [lv for lv in LEVELS if lv in (t.group("levels") or "")],
                "when": "new" if _NEW.search(pre) else "event",
                "text": t.group(0),
            }
        )
        rest = rest.replace(t.group(0), "", 1)
    return found, rest


def clause_conditions(clause: str, given: str = "") -> list[dict[str, Any]]:
    """The typed conditions of one clause, and an 'other' with the clause as printed when they
    do not say all of it; ``given``, the words after what is given ('分别奖励2万元、3万元…'),
    pairs a tiered figure with an amount per tier."""
    conditions = _typed(clause)
    pair_tiers(conditions, given)
    return conditions


def _typed(clause: str) -> list[dict[str, Any]]:
    from gongbao.extract.achievements import achievement_conditions
    from gongbao.extract.eligibility import size_conditions, threshold_conditions
    from gongbao.extract.trade_figures import usd_conditions

    # stray spaces of a converted PDF ('省 级') and quotes ('“专精特新”') say nothing
    clause = _FIRST_ONLY.sub("", re.sub(r"[\s“”]", "", clause))
    if _SERVES.search(clause):
        return [{"field": "other", "values": [], "text": clause}]
    conditions, rest = _certified(clause)
    if len({c["values"][0] for c in conditions}) > 1:
        # two names in one clause: any one of them ('高新技术企业或专精特新企业')
        names = [c["values"][0] for c in conditions]
        when = {c["when"] for c in conditions}
        levels = {tuple(c["levels"]) for c in conditions}
        merged = {
            "field": "certified",
            "values": names,
            "levels": list(levels.pop()) if len(levels) == 1 else [],
            "when": when.pop() if len(when) == 1 else "event",
            "text": "、".join(c["text"] for c in conditions),
        }
        conditions = [merged]
        if len(levels) > 1 or len(when) > 1:
            rest += "又"  # not one reading: kept to confirm
    m = _LISTED.search(rest)
    if m is not None and not (
        _NEGATED.search(rest[: m.start()]) or _PLANNED.search(rest[: m.start()])
    ):
        boards = re.findall(_BOARD, m.group("boards") or "")
        conditions.append({"field": "listed", "values": boards, "text": m.group(0)})
        rest = rest.replace(m.group(0), "", 1)
    m = _ARRIVED.search(rest)
    if (
        m is not None
        and not _NOT_A_BUSINESS.search(m.group("what") + rest[m.end() : m.end() + 6])
        and not _BROUGHT_BY.match(rest[m.end() :])
    ):
        conditions.append({"field": "moved_in", "values": [m.group("verb")], "text": m.group(0)})
        rest = rest.replace(m.group("verb"), "", 1)
    m = _PROJECT.search(clause)
    if (
        m is not None
        and not any("项目" in c["text"] for c in conditions)
        and not _BROUGHT_BY.match(clause[m.end() :])
    ):
        # a project of the business: the profile's projects say whether there is one; what
        # kind of project stays to confirm
        conditions.append({"field": "project", "values": [], "text": m.group(0)})
    for typer in (
        qualification_conditions,
        achievement_conditions,
        usd_conditions,
        threshold_conditions,
        size_conditions,
    ):
        typed, rest = typer(rest)
        conditions += typed
    if len({c["field"] for c in conditions}) > 1 and re.search("或", rest):
        # '上市或新认定高新技术企业': one of several kinds, not all of them
        return [{"field": "other", "values": [], "text": clause}]
    if len(_BARE.sub("", rest)) >= 2 or (not conditions and len(_BARE.sub("", clause)) >= 2):
        conditions.append({"field": "other", "values": [], "text": clause})
    return conditions


#: a builder's qualification raised to a grade: '建筑业总承包企业资质晋升为特级、一级',
#: '专业承包企业资质晋升为一级'; the kind of qualification and the grades, any one of them
_GRADE = r"(?:特级|一级|二级|三级|甲级|乙级)"
_QUALIFICATION = re.compile(
    r"(?:建筑业)?(?:施工)?(?P<kind>总承包|专业承包|勘察|设计|监理)(?:企业)?资质"
    rf"(?:晋升|升级|提升)为?(?P<grades>{_GRADE}(?:[、和及或]{_GRADE})*)(?:资质)?"
)


def qualification_conditions(clause: str) -> tuple[list[dict[str, Any]], str]:
    """A qualification newly raised to one of the grades a clause names, and the clause without
    it: a business answers it by the qualifications it holds with the day obtained (``certified``:
    '建筑业总承包特级资质': '2020-03-20')."""
    m = _QUALIFICATION.search(clause)
    if m is None or "或" in clause.replace(m.group(0), "", 1):
        return [], clause  # one of several achievements: not necessary by itself
    grades = re.findall(_GRADE, m.group("grades"))
    found = {
        "field": "qualification",
        "values": [m.group("kind")],
        "grades": grades,
        "when": "new",
        "text": m.group(0),
    }
    return [found], clause.replace(m.group(0), "", 1)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"[；;。]", text) if s.strip()]


def asked_conditions(text: str, title: str) -> list[dict[str, Any]]:
    """The conditions of an article's clauses: one clause's flat, several as one 'any'.

    A sentence that gives something (给予, 奖励 …) asks what precedes it — from its last '对'
    on; sentences giving nothing are its title or amounts, unless they state a condition (kept
    to confirm). With no clause before what is given, the article's ``title`` is what to
    confirm: a benefit is never offered as met on words that were not read."""
    branches: list[list[dict[str, Any]]] = []
    asked: list[str] = []
    loose: list[str] = []
    for n, sentence in enumerate(_sentences(text)):
        g = _GIVEN.search(sentence)
        if g is None:
            if _ASKS.search(sentence) and (branches or len(sentence) > 20):
                loose.append(sentence.strip())
            continue
        after = sentence[g.end() :].strip()
        if n == 0 and (not after or after[0] in ":："):
            continue  # the article's title: '绩效支持奖励。', '适用范围及奖励:'
        if _BONUS.match(after) or (branches and _NOT_AN_ALTERNATIVE.search(sentence[: g.start()])):
            continue  # '…的，补助比例再提高2个百分点', '同一展会每家企业最多奖励4个'
        before = sentence[: g.start()]
        to = list(_TO.finditer(before))
        at = to[-1].end() if to else 0
        if at and _ASKS.search(before[:at]):
            loose.append(before[:at].strip())  # '凡在禁养区之外…，对…': asks before 对 too
        clause = before[at:].strip("，,：: \u3000\xa0")
        # '…的，当年给予': when it is given, not what is asked
        clause = re.sub(r"[，,]\s*当年度?$", "", clause)
        if len(_BARE.sub("", clause)) < 2:
            continue  # '(第一年奖励5万元…)': an amount of the branch before
        branches.append(clause_conditions(clause, after))
        asked.append(clause)
    out: list[dict[str, Any]] = []
    if not branches:
        out.append({"field": "other", "values": [], "text": title})
    elif len(branches) == 1:
        out += branches[0]
    else:
        out.append(
            {"field": "any", "values": asked, "branches": branches, "text": "；".join(asked)}
        )
    out += [{"field": "other", "values": [], "text": s} for s in loose]
    return out
