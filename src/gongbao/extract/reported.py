"""Rates stated in running text for the whole country: a year's outcome ('2021年末，我国常住人口
城镇化率为64.72%') and a five-year plan's target quoted in a report ('“十四五”规划提出的“常住
人口城镇化率提高到65%”的目标'). Statistical releases and the news that carries them state the
national figures this way, with no table and no heading; the ledger follows one such rate
from the year before a plan to its end.

Only a rate (a name ending in 率, printed in %) whose sentence names the country (我国, 全国,
中国) is read: the country word is kept at the head of the name, which is how the ledger knows
the place when the page names no issuer. A figure with a bound or an estimate after it
('左右', '以上', '预计…') is no outcome.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from gongbao.extract.numbers import parse_value
from gongbao.extract.walk import source, walk
from gongbao.facts import Indicator, Value
from gongbao.script import to_simplified

if TYPE_CHECKING:
    from gongbao.model import Source

#: the country as a sentence names it
_COUNTRY = r"(?:我国|全国|中国)"
#: a rate's name after the country word: '常住人口城镇化率', '森林覆盖率'
_RATE = r"[\u4e00-\u9fff]{2,16}?率"
_VALUE = r"\d+(?:\.\d+)?%"
#: an outcome: a year (its end), then the country's rate and what it was —
#: '2023年末我国常住人口城镇化率达66.16%', '2021年末，我国常住人口城镇化率为64.72%'
_OUTCOME = re.compile(
    rf"(?P<year>\d{{4}})年(?:末|底)?[，,]?\s*"  # the year the figure is of
    rf"(?P<name>{_COUNTRY}{_RATE})"  # the country's rate
    rf"(?:为|达到|达)(?P<value>{_VALUE})"  # its level
    r"(?![\d.%]|左右|以上|以下|以内)"  # not a bound or an approximation
)
#: outcomes of several years after the rate's name: '中国常住人口城镇化率1978年为17.92%，2022年
#: 为65.2%' — each year with its figure, the clauses one after another
_YEAR_FIGURE = rf"\d{{4}}年(?:末|底)?(?:为|达到|达){_VALUE}"
_SERIES = re.compile(
    rf"(?P<name>{_COUNTRY}{_RATE})"  # the country's rate, then its years
    rf"(?P<series>{_YEAR_FIGURE}(?:[，,]{_YEAR_FIGURE})*)"
    r"(?![\d.%]|左右|以上|以下|以内)"  # the last not a bound or an approximation
)
_YEAR_VALUE = re.compile(rf"(?P<year>\d{{4}})年(?:末|底)?(?:为|达到|达)(?P<value>{_VALUE})")
#: a five-year plan named in the sentence: '“十四五”规划', '十三五规划纲要'
_PLAN = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期)?(?:规划|发展规划)")
#: the target the plan sets: '“常住人口城镇化率提高到65%”', '中国常住人口城镇化率要达到60%'
_TARGET = re.compile(
    rf"(?P<name>{_RATE})要?(?:提高到|提高至|提升到|提升至|达到)"
    rf"(?P<value>{_VALUE}(?:左右|以上)?)(?![\d.%])"
)
#: the words of an estimate (a figure under them is no outcome; outcomes.py reads them too)
FORECAST = re.compile(r"预计|预期|估计|预测")
#: '中国' opening the name of a body, not the country: 中国银行不良贷款率 is a bank's figure
_BODY = re.compile(
    r"银行|公司|集团|股份|控股|证券|保险|人寿|移动|联通|电信|石油|石化|航空|铁路|邮政|铁建|中铁"
    r"|大学|学院|研究院|协会|学会|中心|企业"
)


def extract(doc: object) -> list[Indicator]:
    """The country's rates a document states: outcomes of a year, targets of a plan."""
    from gongbao.model import Document

    assert isinstance(doc, Document)
    out: list[Indicator] = []
    seen: set[tuple[str, str | None, str]] = set()
    for block, _ in walk(doc):
        if block.type != "paragraph" or not block.text:
            continue
        # a document in traditional script is read folded to simplified (pipeline), so the
        # rules see simplified text here; a paragraph without a rate has nothing to read
        plain = block.text
        if "率" not in plain:
            continue
        for sm in re.finditer(r"[^。；;！!？?]+", plain):
            for found in (*_outcomes(doc, block, sm), *_targets(doc, block, sm)):
                value = found.target or found.actual
                key = (to_simplified(found.name), found.period, value.text if value else "")
                if key not in seen:  # a page that repeats its lead gives one figure
                    seen.add(key)
                    out.append(found)
    return out


def _outcomes(doc: object, block: object, sm: re.Match[str]) -> list[Indicator]:
    from gongbao.model import Block, Document

    assert isinstance(doc, Document) and isinstance(block, Block)
    sentence = sm.group(0)
    found: list[tuple[str, str, str, int, int]] = []  # name, year, value, span
    for m in _OUTCOME.finditer(sentence):
        name = block.text[sm.start() + m.start("name") : sm.start() + m.end("name")]
        found.append((name, m.group("year"), m.group("value"), m.start(), m.end()))
    for m in _SERIES.finditer(sentence):
        name = block.text[sm.start() + m.start("name") : sm.start() + m.end("name")]
        for y in _YEAR_VALUE.finditer(sentence, m.start("series"), m.end("series")):
            # the source runs from the name, which the sentence prints once, to the figure
            found.append((name, y.group("year"), y.group("value"), m.start(), y.end()))
    out = []
    for name, year, value, at, end in found:
        if _BODY.search(name):
            continue  # a body's figure, not the country's
        if FORECAST.search(sentence, 0, at):
            continue  # '预计2025年…' is no outcome
        actual = parse_value(value)
        if actual is None or actual.low is None:
            continue
        start, end = sm.start() + at, sm.start() + end
        out.append(_stated(doc.id, name, year, None, actual, source(doc, block, start, end)))
    return out


def _targets(doc: object, block: object, sm: re.Match[str]) -> list[Indicator]:
    """A plan's target quoted in the sentence that names the plan. The country word is the
    one printed before the name in the same sentence ('这是中国常住人口城镇化率首次突破65%，意味着
    “十四五”规划提出的“常住人口城镇化率提高到65%”的目标'): without it the place is not
    known and nothing is read."""
    from gongbao.extract.indicators import period
    from gongbao.model import Block, Document

    assert isinstance(doc, Document) and isinstance(block, Block)
    sentence = sm.group(0)
    plan = _PLAN.search(sentence)
    if plan is None:
        return []
    per = period(plan.group(0))
    out = []
    for m in _TARGET.finditer(sentence, plan.end()):
        rate = m.group("name")
        # the name with the country word before it, where the sentence prints it so
        if re.match(_COUNTRY, rate):
            at, size = m.start("name"), len(rate)
        elif named := re.search(rf"{_COUNTRY}{re.escape(rate)}", sentence):
            at, size = named.start(), len(named.group(0))
        else:
            continue
        target = parse_value(m.group("value"))
        if target is None or target.low is None:
            continue
        name = block.text[sm.start() + at : sm.start() + at + size]
        if _BODY.search(to_simplified(name)):
            continue
        start, end = sm.start() + m.start(), sm.start() + m.end()
        out.append(_stated(doc.id, name, per, target, None, source(doc, block, start, end)))
    return out


def _stated(
    document: str,
    name: str,
    period: str | None,
    target: Value | None,
    actual: Value | None,
    src: Source,
) -> Indicator:
    """An indicator stated in a sentence: no table, no category, no attribute."""
    value = target or actual
    unit = value.unit if value is not None else None
    return Indicator(document, None, None, name, unit, None, period, target, actual, None, src)
