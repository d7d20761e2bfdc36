"""Who a measure is for, as conditions a business's or a person's profile can be checked
against: the place, the industry, the kind of beneficiary, its size, its certifications, and
what it gets.

Every condition comes from words the document prints, with the text it was read from:

- place — the jurisdiction of the issuer (a district's measures are for the district);
- industry — the nearest heading above the measure that names sectors ('（七）促进生命健康
  产业加快发展', '支持“区块链”“超高清视听”“美妆健康”三大细分赛道'), or else the document's
  title ('关于加快推进人力资源服务业数智化转型发展的实施方案'), never
  a sector word met in passing in the measure's text ('围绕时尚消费、金融…等场景' names the
  scenes, not who may benefit);
- kind — the subjects the measure encourages or supports ('鼓励企业…', '支持金融机构…');
- size and certifications — words that restrict the subject (中小微企业, 规模以上, 高新技术
  企业, 专精特新, 总部);
- what a '对…的' clause asks — typed where unambiguous (a certification obtained and when, a
  listing, a new arrival, a project, a figure's bound, a size), kept as printed to confirm
  otherwise (gongbao.extract.clauses);
- benefit — the kind (资金支持, 奖励, 补贴, 贴息, 租金减免, 券, 服务) and an amount where one is
  printed ('最高不超过200万元', '按实际投资额的10%给予支持').

A condition the text does not state is absent: a profile is never failed on a guess.
"""

from __future__ import annotations

import re
from typing import Any

from gongbao.extract.clauses import asked_conditions
from gongbao.extract.trade_figures import GROWTH, growth_condition, tier_mins
from gongbao.numbering import cn_to_int
from gongbao.script import to_simplified

#: the sector words documents use, each with the GB/T 4754-2017 classes it covers and the
#: words a business may describe itself with (a profile's 'industry' is matched against
#: these); a sector word in a heading opens a condition
SECTORS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "生命健康": (
        ("C27", "C35", "M73", "Q84"),
        ("生命健康", "生物医药", "医药", "创新药", "医疗器械", "生物技术", "医疗", "大健康"),
    ),
    "美妆健康": (("C268", "F5234"), ("美妆健康", "美妆", "化妆品")),
    "数据智能": (
        ("I63", "I64", "I65"),
        ("数据智能", "人工智能", "软件", "信息技术", "大数据", "数据", "算力", "集成电路"),
    ),
    "区块链": (("I65",), ("区块链", "Web3")),
    "超高清视听": (("C39", "R86", "I64"), ("超高清视听", "超高清", "视听", "视频")),
    "文化创意": (
        ("R86", "R87", "R88", "M75", "I64"),
        ("文化创意", "文创", "文化", "创意设计", "影视", "游戏", "电竞", "演艺", "动漫"),
    ),
    "专业服务": (
        ("L72", "M74"),
        ("专业服务", "法律", "会计", "咨询", "人力资源", "检验检测", "广告", "知识产权"),
    ),
    "金融服务": (
        ("J66", "J67", "J68", "J69"),
        ("金融服务", "金融", "银行", "保险", "证券", "基金", "股权投资", "融资租赁"),
    ),
    "时尚消费": (("F51", "F52", "H61", "H62"), ("时尚消费", "零售", "商贸", "消费", "品牌")),
    "人力资源服务": (("L726",), ("人力资源服务", "人力资源")),
}
#: how sectors are named in headings (the shortest form first, so '金融服务业' reads 金融服务)
_SECTOR_IN_HEADING = re.compile(
    "|".join(sorted((re.escape(s) for s in SECTORS), key=len, reverse=True))
)

#: the subjects a measure supports, by kind of beneficiary
KINDS: dict[str, tuple[str, ...]] = {
    "企业": ("企业", "链主", "总部", "公司"),
    #: any market entity: a company, a cooperative, a 个体工商户
    "经营主体": ("经营主体", "市场主体"),
    "金融机构": ("金融机构", "金融服务机构", "地方金融组织"),
    "专业服务机构": ("专业服务机构",),
    "社会组织": ("行业协会", "社会组织", "商会", "合作社"),
    "科研机构": ("科研院所", "高校", "研究院", "新型研发机构"),
    "医疗机构": ("医疗机构",),
    "个人": ("个人", "居民", "创业者", "人员"),
    "人才": ("人才", "专家", "团队"),
}
_SUPPORT_VERB = r"(?:鼓励|支持|引导|推动|奖励|资助|扶持|补贴|给予)"
_QUALIFIER = r"(?:本区|区内|优质|符合条件的|有条件的|有实力的|重点|各类|本土)?"

SIZES: dict[str, tuple[str, ...]] = {
    "中小微": ("中小微企业", "中小企业"),
    #: 小型 and 微型 only: a 中型 business is not one
    "小微": ("小微企业", "小型微型企业"),
    "规上": ("规模以上", "规上企业"),
}
CERTIFICATIONS: dict[str, tuple[str, ...]] = {
    "高新技术企业": ("高新技术企业",),
    "专精特新": ("专精特新",),
    "总部": ("总部",),
    "链主": ("链主",),
    "老字号": ("老字号",),
}
BENEFITS: dict[str, tuple[str, ...]] = {
    "贴息": ("贴息",),
    "补贴": ("补贴", "补助"),
    "奖励": ("奖励", "奖补"),
    "租金减免": ("租金减免", "房租补贴", "减免租金"),
    "券": ("算力券", "数据券", "工具券", "服务券", "消费券", "专业服务业券"),
    "资金支持": ("资金支持", "给予支持", "资助", "扶持资金"),
}
#: a support verb and the subject it supports, with the words before it that restrict it
#: ('支持中小微企业', '鼓励高新技术企业', '支持金融机构'): at most ten characters of them, a
#: plain bounded run (no nested repetition: this runs on every measure's text)
_SUBJECT = re.compile(
    _SUPPORT_VERB
    + _QUALIFIER
    + r"(?P<subject>[\u4e00-\u9fff]{0,10}?(?:"
    + "|".join(sorted({w for ws in KINDS.values() for w in ws}, key=lambda w: (-len(w), w)))
    + "))"
)
#: the other form of who may benefit: '对新认定的国家高新技术企业，给予…', '对年营业收入首次
#: 突破1亿元的企业，按…': the clause between 对 and the comma before what is given
_TO_WHOM = re.compile(
    r"对(?P<subject>[^，,。；;：:（）()]{2,60}?)[，,]\s*(?:给予|按|一次性|奖励|补贴|补助|最高|分别)"
)
#: the words of a subject that ask nothing: its kind, and qualifiers any applicant meets
_BARE_SUBJECT = re.compile(
    "|".join(sorted({w for ws in KINDS.values() for w in ws}, key=lambda w: (-len(w), w)))
    + r"|符合条件|本区|区内|辖区内|本市|本县|的|各类|相关"
)
#: a minimum the subject must reach ('年营业收入首次突破1亿元', '年纳税额500万元以上') or a
#: maximum it must stay under ('年纳税额500万元以下')
_THRESHOLD = re.compile(
    r"(?P<what>主营业务收入|营业收入|营收|纳税额|纳税|税收贡献|固定资产投资|投资额|产值|"
    r"亩均税收|亩均投资强度|亩均投资)"
    r"[^，,。；;\d]{0,8}?(?:首次)?(?P<over>突破|超过|达到|不低于|≥)?(?P<under>不超过|低于|≤)?\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>万元|亿元)(?:(?P<above>以上|及以上)|(?P<below>以下|以内|及以下))?"
)
#: the names a figure goes by, as one name
THRESHOLD_NAMES = {
    "主营业务收入": "营业收入",
    "营收": "营业收入",
    "纳税额": "纳税",
    "税收贡献": "纳税",
    "固定资产投资": "投资额",
    "亩均投资": "亩均投资强度",
}
#: the higher tiers after a figure's lowest ('首次达到5000万元、1亿元、1.5亿元'): the lowest is
#: what is asked at least
_TIERS = re.compile(r"(?:[、至\-—]\s*\d+(?:\.\d+)?\s*(?:万元|亿元)(?:以上|及以上)?)*")
#: a young business: '成立未满3年', '注册成立不超过5年'
_YOUNG = re.compile(
    r"成立(?:时间)?(?:未满|不满|不超过|未超过|在)\s*(?P<n>\d+|[一二三四五六七八九十])\s*年"
)
_AMOUNT = re.compile(
    r"(?P<cap>最高(?:不超过|可达|给予)?|不超过|给予|奖励|补贴|补助|资助)[^，,。；;\d%]{0,8}?"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>万元|亿元|元)"
)
_RATIO = re.compile(
    r"(?:按(?:其|照)?)?(?P<base>[\u4e00-\u9fff]{1,10}?)的\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
)


def sectors_in(text: str) -> list[str]:
    """The sector words a heading names, in order, each once."""
    out: list[str] = []
    for m in _SECTOR_IN_HEADING.finditer(to_simplified(text)):
        if m.group(0) not in out:
            out.append(m.group(0))
    return out


def industry_matches(sector: str, industry: str) -> bool:
    """Whether a profile's industry (a word of its own, or a GB/T 4754 code) is in a sector."""
    codes, words = SECTORS[sector]
    industry = industry.strip()
    if re.fullmatch(r"[A-T]\d{0,4}", industry):
        return any(industry.startswith(c) or c.startswith(industry) for c in codes)
    return any(w in industry or industry in w for w in words)


def _words(text: str, table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    found = []
    for name, words in table.items():
        for w in words:
            if w in text and not (name == "小微" and "中" + w in text):  # 中小微企业
                found.append((name, w))
                break
    return found


def threshold_conditions(clause: str) -> tuple[list[dict[str, Any]], str]:
    """A figure's bound and a business's age a clause states ('年营业收入首次突破1亿元',
    '成立未满3年'), and the clause without them ('首次' stays: it asks more than the bound)."""
    out: list[dict[str, Any]] = []
    named: set[str] = set()
    printed_clause = clause
    # '5000万元以上或纳税500万元以上': no bound is necessary by itself, all stay to confirm
    for t in [] if "或" in clause else list(_THRESHOLD.finditer(printed_clause)):
        what = THRESHOLD_NAMES.get(t.group("what"), t.group("what"))
        if what in named:
            break  # a figure's second bound ('1亿元(含)以上、5亿元(不含)以下'): to confirm
        named.add(what)
        amount = float(t.group("n")) * (10_000 if t.group("unit") == "亿元" else 1)
        bound = "max" if t.group("under") or t.group("below") else "min"
        printed = t.group(0)
        if bound == "min":
            end = _TIERS.match(printed_clause, t.end()).end()  # type: ignore[union-attr]
            printed = printed_clause[t.start() : end]
            if (g := GROWTH.match(printed_clause, end)) is not None:
                out.append(growth_condition(what, g))
                printed = printed_clause[t.start() : g.end()]
        found = {"field": "threshold", "values": [what], bound: amount, "unit": "万元"}
        found["text"] = printed
        if bound == "min":
            listed = printed_clause[t.start("n") : end]
            found["tier_mins"] = tier_mins(listed, usd=False)
        out.append(found)
        clause = clause.replace(printed, "首次" if "首次" in printed else "", 1)
    if (y := _YOUNG.search(clause)) is not None:
        n = y.group("n")
        years = cn_to_int(n)  # 3, 三, 十
        out.append({"field": "founded", "values": [str(years)], "years": years, "text": y.group(0)})
        clause = clause.replace(y.group(0), "", 1)
    return out, clause


def size_conditions(clause: str) -> tuple[list[dict[str, Any]], str]:
    """The size a clause asks ('中小微企业', '小微企业'), and the clause without it."""
    found = [(n, w) for n, w in _words(clause, SIZES) if n != "规上"]
    if len(found) != 1:
        return [], clause
    name, word = found[0]
    return [{"field": "size", "values": [name], "text": word}], clause.replace(word, "", 1)


def kind_of(subject: str) -> str | None:
    """The kind of beneficiary a clause's subject names by its last word ('…的企业' → 企业)."""
    best: tuple[int, str] | None = None
    for kind, words in KINDS.items():
        for w in words:
            at = subject.rfind(w)
            if at >= 0 and (best is None or at + len(w) > best[0]):
                best = (at + len(w), kind)
    return None if best is None else best[1]


def rule_of(
    text: str,
    headings: list[str],
    place: str | None,
    benefit: bool = False,
    title: str | None = None,
) -> dict[str, Any]:
    """The conditions and benefit a measure states (see the module's docstring); ``headings``
    are the document's title and the headings above the measure, outermost first. A
    ``benefit`` (an article of a 扶持办法) always has its clauses read; a measure only where
    it says '对…的'."""
    plain = to_simplified(text)
    conditions: list[dict[str, Any]] = []
    if place:
        # no sentence says it: the issuer's jurisdiction is the measure's, and says so
        conditions.append({"field": "place", "values": [place], "text": f"发文机关辖区：{place}"})
    for heading in reversed(headings):  # the nearest heading that names sectors
        if found := sectors_in(heading):
            conditions.append({"field": "industry", "values": found, "text": heading})
            break
    supported = list(_SUBJECT.finditer(plain))
    given = list(_TO_WHOM.finditer(plain))
    clauses = [m.group("subject") for m in supported + given]
    printed = "；".join(dict.fromkeys(m.group(0) for m in supported + given))
    kinds: list[str] = []
    for subject in clauses:
        kind = kind_of(subject)
        if kind is not None and kind not in kinds:
            kinds.append(kind)
    # a kind of beneficiary is a condition only where every clause names one
    if kinds and all(kind_of(c) is not None for c in clauses):
        conditions.append({"field": "kind", "values": kinds, "text": printed})
    # a size, a certification or a minimum restricts the measure only where every subject
    # it supports carries it: '鼓励企业…；支持中小微企业…' is for every business
    for field, table in (("size", SIZES), ("certifications", CERTIFICATIONS)):
        per_clause = [_words(subject, table) for subject in clauses]
        if per_clause and all(per_clause):
            names = [n for n, _ in per_clause[0] if all(n in dict(c) for c in per_clause)]
            if names:
                conditions.append({"field": field, "values": names, "text": printed})
    # what a '对…的，给予' clause asks, typed where its words are unambiguous and kept as
    # printed otherwise (gongbao.extract.clauses): never offered as met on what was not read
    if given or benefit:
        conditions += asked_conditions(plain, title or plain.split("。", 1)[0])
    given_: dict[str, Any] = {"kinds": [n for n, _ in _words(plain, BENEFITS)]}
    if (m := _AMOUNT.search(plain)) is not None:
        given_["amount"] = {
            "value": float(m.group("n")),
            "unit": m.group("unit"),
            "up_to": "最高" in m.group(0) or "不超过" in m.group(0),
            "text": m.group(0),
        }
    if (r := _RATIO.search(plain)) is not None:
        given_["ratio"] = {"percent": float(r.group("pct")), "of": r.group("base")}
    if not given_["kinds"] and len(given_) == 1:
        given_ = {}
    return {"conditions": conditions, "benefit": given_ or None}
