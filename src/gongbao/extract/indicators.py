"""Indicators: target and outcome tables (表1 targets vs actuals, a plan's indicator table)
and prose targets ('主要预期目标是：地区生产总值增长5%左右；…'). Each target and actual is
parsed into numbers, unit and qualifier; an actual is checked against its target where both
are numbers in the same unit."""

from __future__ import annotations

import re

from gongbao.extract.numbers import parse_value
from gongbao.extract.walk import column, row_source, source, walk
from gongbao.facts import Indicator, Value
from gongbao.model import Issue

_TARGET = ("目标值", "预期目标", "目标", "计划", "预期")
_ACTUAL = ("完成情况", "实际完成", "完成值", "实际", "完成")
_FIVE_YEAR = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?")
_YEAR = re.compile(r"(\d{4})年")
_PROSE = re.compile(r"(?:主要)?(?:预期)?目标(?:是|为|如下)?[：:](?P<items>.+)$")
_CLAUSE = re.compile(
    r"^(?:实现|完成)?(?P<name>[^；;，,]{2,30}?)(?P<value>(?:增长|下降|达到|控制在|保持在?)?\s*-?\d[^；;。]*)$"
)


def period(text: str | None) -> str | None:
    """'十五五' → '2026–2030'; '2025年…' → '2025'."""
    if not text:
        return None
    if m := _FIVE_YEAR.search(text):
        from gongbao.numbering import cn_to_int

        n = 10 + cn_to_int(m.group(1))
        start = 1966 + 5 * (n - 3)  # 三五 began in 1966, after the 1963–65 adjustment
        return f"{start}–{start + 4}"
    if m := _YEAR.search(text):
        return m.group(1)
    return None


def met(target: Value | None, actual: Value | None) -> bool | None:
    if target is None or actual is None or actual.low is None:
        return None
    if target.unit and actual.unit and target.unit != actual.unit:
        return None
    if target.low is None and target.high is not None:  # 以下 / 以内
        return actual.low <= target.high
    if target.low is None:
        return None
    return actual.low >= target.low


def extract(issue: Issue) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, _ in walk(doc):
            t = block.table
            if t is not None and t.columns:
                name_col = column(t.columns, ("指标名称", "指标"))
                target_col = column(t.columns, _TARGET)
                if name_col is None or target_col is None:
                    continue
                actual_col = column(t.columns, _ACTUAL)
                cat_col = column(t.columns, ("类别", "领域"))
                unit_col = column(t.columns, ("计量单位", "单位"))
                attr_col = column(t.columns, ("属性",))
                per = period(t.caption) or period(t.columns[target_col])

                def cell(row: list[str], k: int | None) -> str | None:
                    return row[k] if k is not None and k < len(row) and row[k] else None

                for k, row in enumerate(t.normalized or t.rows):
                    name = cell(row, name_col)
                    if not name:
                        continue
                    target = parse_value(cell(row, target_col))
                    actual = parse_value(cell(row, actual_col))
                    unit = cell(row, unit_col) or (target.unit if target else None)
                    if target and not target.unit and unit:
                        target.unit = unit
                    if actual and not actual.unit and unit:
                        actual.unit = unit
                    out.append(
                        Indicator(
                            doc.id,
                            t.caption,
                            cell(row, cat_col),
                            name,
                            unit,
                            cell(row, attr_col),
                            per,
                            target,
                            actual,
                            met(target, actual),
                            row_source(doc, block, k),
                        )
                    )
            elif block.type == "paragraph" and "目标" in block.text:
                out.extend(_prose(issue, doc, block))
    return {"indicators": out}


def _prose(issue: Issue, doc: object, block: object) -> list[Indicator]:
    from gongbao.model import Block, Document

    assert isinstance(doc, Document) and isinstance(block, Block)
    out: list[Indicator] = []
    for sentence in block.text.split("。"):
        m = _PROSE.search(sentence)
        if m is None:
            continue
        # the year named in the sentence, else the year of the report ('今年')
        per = (
            period(sentence)
            or period(doc.title)
            or (doc.date[:4] if doc.date else None)
            or (str(issue.meta.year) if issue.meta.year else None)
        )
        offset = block.text.find(m.group("items"))
        pos = offset
        for clause in re.split(r"[；;]", m.group("items")):
            cm = _CLAUSE.match(clause.strip())
            if cm:
                target = parse_value(
                    re.sub(r"^(?:增长|达到|控制在|保持在?)", "", cm.group("value").strip())
                )
                if target and target.low is None and target.high is None:
                    pos += len(clause) + 1
                    continue
                if target and cm.group("value").startswith("增长") and target.unit == "%":
                    target.qualifier = "；".join(x for x in ("增长", target.qualifier) if x)
                out.append(
                    Indicator(
                        doc.id,
                        None,
                        None,
                        cm.group("name"),
                        target.unit if target else None,
                        None,
                        per,
                        target,
                        None,
                        None,
                        source(doc, block, pos, pos + len(clause)),
                    )
                )
            pos += len(clause) + 1
    return out
