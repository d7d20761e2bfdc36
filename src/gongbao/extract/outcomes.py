"""A place's headline outcomes stated in running text: a statistical communiqué's figures
('全市实现地区生产总值609.91亿元，比上年增长5.2%') and a report's review of a year ('2022年，全区
生产总值完成346.3亿元，同比增长6.1%'). A review and a communiqué state them this way, with no
table and no target beside them; the ledger pairs them with the targets of the year.

Only the well-known quantities of official statistics are read (``_NAMES``): a name the text
invents has no figure another year's text can be compared with. The year must be printed: in
the sentence ('2022年，…') or, for a communiqué, in its title ('某县2022年国民经济和社会发展统计
公报'); a review's '去年' is not resolved. A figure hedged or averaged ('预计', '左右', '以上',
'年均', '约') is no outcome, and a clause giving several at once ('分别达到A、B') gives none:
whose figure is which is not read. A budget's report is left to its budget lines: its
figures of the year's plan are printed as its outcomes are.
"""

from __future__ import annotations

import re

from gongbao.extract.budget import is_budget_doc
from gongbao.extract.numbers import parse_value
from gongbao.extract.reported import FORECAST
from gongbao.extract.walk import source, walk
from gongbao.facts import Indicator, Value
from gongbao.model import Block, Document, Source

#: the quantities of official statistics, longest first where one holds another
_NAMES = (
    "城镇常住居民人均可支配收入",
    "农村常住居民人均可支配收入",
    "全体居民人均可支配收入",
    "城镇居民人均可支配收入",
    "农村居民人均可支配收入",
    "居民人均可支配收入",
    "农民人均纯收入",
    "人均地区生产总值",
    "人均生产总值",
    "地区生产总值",
    "国内生产总值",
    "生产总值",
    "第一产业增加值",
    "第二产业增加值",
    "第三产业增加值",
    "规模以上工业增加值",
    "规上工业增加值",
    "全社会固定资产投资",
    "固定资产投资",
    "社会消费品零售总额",
    "地方一般公共预算收入",
    "一般公共预算收入",
    "一般公共预算支出",
    "财政总收入",
    "地方财政收入",
    "税收收入",
    "外贸进出口总额",
    "进出口总额",
    "实际利用外资",
    "农林牧渔业总产值",
    "粮食总产量",
    "城镇新增就业",
    "城镇登记失业率",
    "城镇调查失业率",
    "常住人口城镇化率",
    "年末常住人口",
    "常住人口",
    "森林覆盖率",
)
_NAME = "|".join(_NAMES)
#: what may open the clause before the name: the year, the place's scope, a statistician's lead
_LEAD = (
    r"(?:(?:(?P<year>(?:19|20)\d{2})\s*年(?:末|底|全年)?|全年|年末|初步核算|初步统计|据统计|经核算)[，,]?\s*)*"
    r"(?:全[省市县区州旗盟镇乡]|[我本][省市县区州旗])?(?:全年|年末)?(?:共|累计)?(?:实现|完成)?"
)
#: a level: the name, the verb, the figure and its unit
_LEVEL = re.compile(
    rf"^{_LEAD}(?P<name>{_NAME})(?:完成|实现|达到|达|为|是)?\s*"
    r"(?P<value>\d+(?:\.\d+)?\s*(?:万亿元|亿元|万元|元|亿美元|万美元|美元|万人|人|万吨|吨|万户|户|%|‰))$"
)
#: how a growth was counted, before it or in a clause of its own: '按可比价格计算'
_COUNTED = r"按可比价格?计算|按可比口径计算"
#: the growth after the level, in the next clause: '比上年增长5.2%', '同比下降0.2%', after a
#: clause of how it was counted ('按可比价格计算，比上年增长7.7%')
_GROWTH = re.compile(
    rf"^(?:{_COUNTED}|可比)?(?:比上年|同比|较上年)?(?:同期)?"
    r"(?P<value>(?:增长|下降)\d+(?:\.\d+)?%)$"
)
_COUNTED_CLAUSE = re.compile(_COUNTED)
#: a figure no outcome is: hedged, averaged, planned, bounded or compared (a forecast is told
#: by its sentence: ``reported.FORECAST``)
_NOT_OUTCOME = re.compile(
    r"年均|目标|力争|计划|争取|确保|左右|以上|以内|以下|[超近约]\d|分别|倍|突破"
)
#: a clause of the year alone ('2022年', '2022年末'), and a paragraph that opens with one
_YEAR_CLAUSE = re.compile(r"^((?:19|20)\d{2})\s*年(?:末|底|全年)?$")
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})\s*年(?:末|底|全年)?[，,]")
#: a part of a year a figure is of: '上半年', '1-9月', '一季度', '截至4月底', '5月份'
_PART_OF_YEAR = re.compile(
    r"上半年|下半年|[一二三四]季度|\d{1,2}\s*[-－—至~]\s*\d{1,2}\s*月|\d{1,2}\s*月份|截[至止]|前\d{1,2}个?月"
)
#: a communiqué's title and the year it reports: '某县2022年国民经济和社会发展统计公报'
_COMMUNIQUE = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年[^《》]{0,30}统计公报")


def extract(doc: Document) -> list[Indicator]:
    """The outcomes a document states in its paragraphs, each once (a page that repeats its
    lead gives one figure)."""
    if is_budget_doc(doc):
        return []  # (a budget's figures are its lines, the year's plan among them: budget.py)
    titled = _COMMUNIQUE.search(doc.title or "")
    default = titled.group("year") if titled else None
    out: list[Indicator] = []
    seen: set[tuple[str, str, str]] = set()
    for block, _ in walk(doc):
        if (
            block.type != "paragraph"
            or not block.text
            or not any(
                n in block.text
                for n in ("总值", "收入", "投资", "总额", "支出", "就业", "人口", "率")
            )
        ):
            continue
        for found in _outcomes(doc, block, default):
            assert found.actual is not None and found.period is not None
            key = (found.name, found.period, found.actual.text)
            if key not in seen:
                seen.add(key)
                out.append(found)
    return out


def _outcomes(doc: Document, block: Block, default: str | None) -> list[Indicator]:
    text = block.text
    out: list[Indicator] = []
    # a year opening the paragraph is the year of its sentences ('2022年，全市上下…。初步核算，
    # 全市实现地区生产总值…')
    if opening := _OPENING_YEAR.match(text):
        default = opening.group(1)
    for sm in re.finditer(r"[^。；;！!？?]+", text):
        sentence = sm.group(0)
        # (a sentence of estimates: every figure in it is one, its clauses parted by '；' too:
        # '2019年，全区预计实现地区生产总值369亿元…；固定资产投资316亿元，…')
        opened = max(text.rfind(stop, 0, sm.start()) for stop in "。！!？?") + 1
        if FORECAST.search(text, opened, sm.end()):
            continue
        year = default
        clauses = list(re.finditer(r"[^，,：:]+", sentence))
        for k, c in enumerate(clauses):
            clause = c.group(0).strip()
            if (y := _YEAR_CLAUSE.match(clause)) is not None:
                year = y.group(1)  # '2022年，全县…': the year of the clauses after it
                continue
            level = _LEVEL.match(clause)
            if level is None or _NOT_OUTCOME.search(clause):
                continue
            per = level.group("year") or year
            if per is None or _PART_OF_YEAR.search(sentence):
                continue  # no year printed, or a part of one: not the year's outcome
            name = level.group("name")
            start = sm.start() + c.start()
            end = sm.start() + c.end()
            actual = parse_value(level.group("value").replace(" ", ""))
            found = [(actual, end)]
            # the growth in the clause after it (after a clause of how it was counted)
            for j in (k + 1, k + 2):
                if j >= len(clauses):
                    break
                after = clauses[j].group(0).strip()
                if g := _GROWTH.match(after):
                    found.append((parse_value(g.group("value")), sm.start() + clauses[j].end()))
                    break
                if not _COUNTED_CLAUSE.fullmatch(after):
                    break
            for value, stop in found:
                if value is not None and value.low is not None:
                    out.append(_outcome(doc.id, name, per, value, source(doc, block, start, stop)))
    return out


def _outcome(document: str, name: str, period: str, actual: Value, src: Source) -> Indicator:
    return Indicator(document, None, None, name, actual.unit, None, period, None, actual, None, src)
