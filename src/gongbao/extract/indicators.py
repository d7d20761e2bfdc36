"""Indicators: target and outcome tables (表1 targets vs actuals, a plan's indicator table)
and prose targets ('主要预期目标是：地区生产总值增长5%左右；…'). Each target and actual is
parsed into numbers, unit and qualifier; an actual is checked against its target where both
are numbers in the same unit."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from gongbao.extract import outcomes, reported
from gongbao.extract.numbers import parse_value
from gongbao.extract.walk import column, row_source, source, walk
from gongbao.facts import Indicator, Value
from gongbao.model import Block, Document, Issue, Source

_TARGET = ("目标值", "预期目标", "目标", "计划", "预期")
_ACTUAL = ("完成情况", "实际完成", "完成值", "实际", "完成")
_FIVE_YEAR = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?")
_YEAR = re.compile(r"(\d{4})年")


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
        first = len(out)
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
            elif block.type == "paragraph" and "预期目标" in block.text:
                out.extend(_prose(issue, doc, block))
            elif block.num and block.type in ("paragraph", "heading"):
                heads = [b.text for b in _ if b.type == "heading"]
                if heads and _LIST_HEAD.search(heads[-1]):
                    found = _listed(issue, doc, block, heads[-1])
                    if found is not None:
                        out.append(found)
        # a target read already (a numbered item under the targets' heading) is one
        if (year := _plan_year(doc)) is not None:
            out.extend(_unseen(_planned(doc, year), out[first:]))
        out.extend(_unseen(_section_targets(doc), out[first:]))
        targets = [i for i in out[first:] if isinstance(i, Indicator) and i.actual is None]
        out.extend(_reviewed(doc, targets))
        out.extend(reported.extract(doc))  # the country's rates stated in running text
        # a place's outcomes a communiqué or a review states, those not read already
        have = {
            (i.name, i.period, i.actual.text)
            for i in out[first:]
            if isinstance(i, Indicator) and i.actual is not None
        }
        out.extend(
            i
            for i in outcomes.extract(doc)
            if i.actual is not None and (i.name, i.period, i.actual.text) not in have
        )
    return {"indicators": out}


def _unseen(found: list[Indicator], have: list[object]) -> list[Indicator]:
    """The targets of ``found`` not read already (same name, same target as printed)."""
    seen = {(i.name, i.target.text if i.target else None) for i in have if isinstance(i, Indicator)}
    return [i for i in found if (i.name, i.target.text if i.target else None) not in seen]


def _stated(
    name: str, value: str, verb: str | None, per: str | None, doc_id: str, src: object
) -> Indicator | None:
    """A target a clause states (name, value, the verb before it), or None where the value
    names no number."""
    from gongbao.model import Source

    assert isinstance(src, Source)
    target = parse_value(value)
    if target is None or (target.low is None and target.high is None):
        return None
    if verb in ("增长", "下降") and target.unit == "%":
        target.qualifier = "；".join(x for x in (verb, target.qualifier) if x)
    return Indicator(doc_id, None, None, name, target.unit, None, per, target, None, None, src)


#: a year's plan of work: '2025年区政府重点工作安排', '…2024年工作要点', '…年度工作计划'
_PLAN = re.compile(
    r"(\d{4})年[^《》]{0,24}?(?:重点工作安排|工作安排|工作要点|工作计划|重点工作任务)"
)
#: a clause of a plan that sets the year's figure: '全年实现社会消费品零售总额1700亿元'
_YEAR_FIGURE = re.compile(r"^全年(?:累计)?(?:实现|完成|新增)?")


def _plan_year(doc: object) -> str | None:
    """The year a document plans, where it is (or issues) a year's plan of work."""
    from gongbao.model import Document

    assert isinstance(doc, Document)
    for title in [doc.title, *(a.title for a in doc.attachments)]:
        if title and (m := _PLAN.search(title)):
            return m.group(1)
    return None


def _planned(doc: object, year: str) -> list[Indicator]:
    """The figures a year's plan sets in its items: a clause that opens with 全年
    ('…，全年实现地区生产总值增长5%左右'), or a sentence that is one target and no more
    ('区级一般公共预算收入增长2%，力争3%' — the hope after it sets nothing). A clause that
    pairs several figures ('开工、竣工各100万平方米') sets none."""
    from gongbao.model import Document

    assert isinstance(doc, Document)
    out: list[Indicator] = []
    for block, _ in walk(doc):
        if block.type != "paragraph" or not block.text:
            continue
        text = block.text
        for sm in re.finditer(r"[^。；;]+", text):
            sentence = sm.group(0)
            clauses = list(re.finditer(r"[^，,]+", sentence))
            for k, c in enumerate(clauses):
                clause = c.group(0).strip()
                opener = _YEAR_FIGURE.match(clause)
                whole = k == 0 and all(
                    re.match(r"\s*(?:力争|争取|确保)", x.group(0)) for x in clauses[1:]
                )
                if opener is None and not whole:
                    continue
                body = clause[opener.end() :] if opener else clause
                if re.search(r"各\d|、", body):
                    continue
                t = _TARGET_CLAUSE.match(body)
                if t is None:
                    continue
                start = sm.start() + c.start()
                src = source(doc, block, start, start + len(c.group(0)))
                found = _stated(
                    t.group("name"), t.group("value"), t.group("verb"), year, doc.id, src
                )
                if found is not None and found.unit:
                    out.append(found)
    return out


#: what a clause of a review must not say to be an outcome: a forecast, an average over
#: years, a plan, a bound or an approximation ('超143万人', '4.4%左右')
_NOT_OUTCOME = re.compile(r"预计|年均|目标|力争|计划|争取|确保|左右|以上|以内|以下|[超近约]\d")
#: a sentence of estimates: every clause after it is one
_FORECAST = re.compile(r"预计|预期|估计")
_GROWTH = re.compile(r"(?P<verb>增长|下降)(?P<value>\d+(?:\.\d+)?%)")
_LEVEL = re.compile(
    r"^(?:达到|平均为|为|控制在|保持在|稳定在)?"
    r"(?P<value>\d+(?:\.\d+)?(?:%|‰|万亿元|亿元|万元|元|万人次|人次|万人|人))"
)


def _reviewed(doc: object, targets: list[Indicator]) -> list[Indicator]:
    """The outcomes a report's review gives for the quantities its plan targets
    ('全市生产总值增长5%', '地方一般公共预算收入达到8374.2亿元、增长0.7%'): a clause before the
    targets that opens with a targeted name and prints the value in the target's form (a
    growth rate for a growth target, a level in the same unit for a level). The outcome is of
    the year before the targets'. A name given two different outcomes gives none."""
    from gongbao.model import Document

    assert isinstance(doc, Document)
    by_name = {t.name: t for t in targets if t.target is not None and t.period}
    if not by_name:
        return []
    first_line = min(t.source.line or 0 for t in targets)
    found: dict[str, list[Indicator]] = {}
    for block, _ in walk(doc):
        if block.type != "paragraph" or (block.source.line or 0) >= first_line:
            continue
        text = block.text
        for c in re.finditer(r"[^，,；;。：:]+", text):
            clause = re.sub(r"^(?:[一二三四五六七八九十]是|其中|全年)", "", c.group(0).strip())
            name = next((n for n in by_name if clause.startswith(n)), None)
            if name is None or _NOT_OUTCOME.search(clause, len(name)):
                continue
            opened = max(text.rfind(x, 0, c.start()) for x in "。；;")
            if _FORECAST.search(text, opened + 1, c.start()):
                continue  # '预计全市地区生产总值增长5.2%左右，一般公共预算收入增长3.1%'

            target = by_name[name]
            assert target.target is not None and target.period is not None
            rest = clause[len(name) :]
            growth = "增长" in (target.target.qualifier or "") or "下降" in (
                target.target.qualifier or ""
            )
            actual: Value | None = None
            if growth:
                g = _GROWTH.search(rest)
                # the growth right after the name, or after the level it reached
                before = rest[: g.start()].rstrip("、") if g else ""
                level = _LEVEL.match(before)
                if g and (not before or (level and level.end() == len(before))):
                    actual = parse_value(g.group("verb") + g.group("value"))
            elif (lv := _LEVEL.match(rest)) and re.fullmatch(r"(?:、\D*)?", rest[lv.end() :]):
                actual = parse_value(lv.group("value"))
                if actual is not None and actual.unit != target.target.unit:
                    actual = None
            if actual is None or actual.low is None:
                continue
            per = target.period
            year = str(int(per) - 1) if per.isdigit() else None
            if year is None:
                continue
            start = c.start()
            found.setdefault(name, []).append(
                Indicator(
                    doc.id,
                    None,
                    None,
                    name,
                    actual.unit,
                    None,
                    year,
                    None,
                    actual,
                    None,
                    source(doc, block, start, start + len(c.group(0))),
                )
            )
    out: list[Indicator] = []
    for got in found.values():
        if len({(i.actual.low, i.actual.qualifier) for i in got if i.actual}) == 1:
            out.append(got[0])
    return out


#: a target in a plan's statement: '地区生产总值增长5%左右', '城镇调查失业率控制在5%以内',
#: '居民消费价格涨幅2%左右', '城镇新增就业110万人以上', '实现社会消费品零售总额1750亿元'
_TARGET_CLAUSE = re.compile(
    r"^(?:努力|力争|确保|争取)?(?:实现|完成)?"
    r"(?P<name>[\u4e00-\u9fff（）()]{2,40}?|[\u4e00-\u9fff（）()]{0,10}[A-Z]{2,5}[\u4e00-\u9fff]{1,10}?)"
    r"(?:同口径|同比)?(?P<verb>增长|下降|达到|控制在|保持在|稳定在|减少)?"
    # a range with its unit printed twice: '7.5%—8%'
    r"(?P<value>\d+(?:\.\d+)?(?:%?[—\-～~]\d+(?:\.\d+)?)?"
    r"(?:%|‰|万人次|人次|万人|人|万户|户|万吨|吨|亿斤|万亿元|亿美元|万美元|亿元|万元|万|元|天|小时|"
    r"个|家|所|套|座|台|辆|项|场次|场|万亩|亩|平方公里|万平方米|平方米|公里|千米)?"
    r"(?:左右|以上|以内|以下)?)$"
)


def _prose(issue: Issue, doc: object, block: object) -> list[Indicator]:
    """A plan's statement of its main targets ('主要预期目标是：…'), to the end of its
    paragraph: a target per clause that names a quantity and a number; a clause without a
    number (居民收入增长与经济增长同步) or with several (分别增长5%、6.5%左右) sets none."""
    from gongbao.model import Block, Document

    assert isinstance(doc, Document) and isinstance(block, Block)
    out: list[Indicator] = []
    m = _PROSE_HEAD.search(block.text)
    if m is None:
        return out
    head = block.text[: m.start()]
    # the year named before the list, else the year of the report ('今年')
    per = (
        period(head[-60:])
        or period(doc.title)
        or (doc.date[:4] if doc.date else None)
        or (str(issue.meta.year) if issue.meta.year else None)
    )
    for c in re.finditer(r"[^，,；;。]+", block.text[m.end() :]):
        clause = c.group(0).strip()
        # '5%左右、努力争取更好结果': a wish after the target is no part of it
        clause = re.sub(r"、[^\d、]*$", "", clause)
        t = _TARGET_CLAUSE.match(clause)
        if t is None:
            continue
        start = m.end() + c.start()
        src = source(doc, block, start, start + len(c.group(0)))
        found = _stated(t.group("name"), t.group("value"), t.group("verb"), per, doc.id, src)
        if found is not None:
            out.append(found)
    return out


#: a heading over a plan's main targets, one a numbered item ('一、主要预期目标' /
#: '（一）地区生产总值增长7%以上')
_LIST_HEAD = re.compile(r"(?:主要)?预期目标$|主要目标$|主要指标$")


def _listed(issue: Issue, doc: object, block: object, heading: str) -> Indicator | None:
    """A numbered item under a heading that names the main targets: a target where the item
    is one clause that names a quantity and a number ('努力实现地区生产总值增长6.2%左右。')."""
    from gongbao.model import Block, Document

    assert isinstance(doc, Document) and isinstance(block, Block)
    from gongbao.extract.measures import responsibility

    clause = block.text.strip().rstrip("。；;")
    if (note := responsibility(clause)) is not None:
        # the item's note of who carries it out: '…增长8%以上。(责任领导:…;牵头单位:…)'
        clause = clause[: note[0]].strip().rstrip("。；;")
    t = _TARGET_CLAUSE.match(clause)
    if t is None:
        return None
    per = period(heading) or period(doc.title) or (doc.date[:4] if doc.date else None)
    return _stated(
        t.group("name"), t.group("value"), t.group("verb"), per, doc.id, source(doc, block)
    )


#: where a plan states its main targets
_PROSE_HEAD = re.compile(r"(?:主要)?预期目标(?:是|为|如下)?[：:]")


#: the heading over a plan's targets, or the lead that opens their paragraph: '（二）发展目标。',
#: '主要目标：到2025年，…'
_TARGETS = r"目标(?:任务|指标)?(?:分解)?|主要指标"
_TARGETS_HEAD = re.compile(rf"^[^，。；：:,;]{{0,16}}?(?:{_TARGETS})[。：:]?$")
_TARGETS_LEAD = re.compile(
    rf"^(?:——)?[^，。；：:,;]{{0,16}}?(?:{_TARGETS})(?:[（(][^（()）]{{1,10}}[)）])?[。：:]"
)
#: the year a clause (and what follows it in the paragraph) sets its targets for
_BY_YEAR = re.compile(
    r"^(?:力争|争取|确保)?(?:(?:到|至|截至|截止到)\s*)?(?P<year>\d{4})\s*年(?:底|末)?前?[，,]?"
)
_NAME_PART = r"(?:[\u4e00-\u9fff]|[（(][^（()）]{1,12}[)）])"
#: a target a plan states: '全国农机总动力超过10亿千瓦', '灌排机械动力达到1.2亿千瓦',
#: '…综合机械化率达到70%' — a quantity, a verb of reaching, a number
_PLAN_TARGET = re.compile(
    r"^(?:其中|并|且|同时)?(?P<name>" + _NAME_PART + r"{2,40}?)"
    r"(?:同口径|同比)?(?:力争|确保|争取|努力)?"
    r"(?P<verb>(?:年均|平均)?(?:达到|达|超过|突破|提高到|提高至|提升到|提升至|增长|增加到|增至|"
    r"下降|降低到|降低|减少|降至|控制在|保持在|稳定在|不低于|不少于|不超过|低于|高于|"
    # a bound printed with 在 alone: '居民消费价格总水平涨幅在3%以内'
    r"在(?=\s*\d+(?:\.\d+)?%(?:以内|以下|左右))))\s*"
    r"(?P<value>\d+(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff]{0,5}?)(?:左右|以上|以内|以下|及以上)?)$"
)
#: a name that pairs several quantities ('马铃薯种植、收获机械化率均达到45%') or that is a
#: clause of its own ('力争…'): no one quantity
_NOT_ONE_NAME = re.compile(
    r"、(?![^（(]*[)）])|均$|分别$|各$|^(?:力争|确保|争取|努力|实现|完成)"
    # a requirement, not a quantity: '年内所有的社区办公用房要达到300平方米以上'
    r"|(?:要|将|应|须|能|可)$"
)


def _section_targets(doc: object) -> list[Indicator]:
    """The targets a plan states under its heading of targets ('发展目标', '主要目标：…'): a
    clause per target, its quantity, verb and number ('全国农机总动力超过10亿千瓦'), for the
    year the paragraph last named ('到2020年，…'). A clause without a number, a number before
    what it counts (建成10个示范点) or one number for several quantities sets none."""
    from gongbao.model import Document

    assert isinstance(doc, Document)
    paragraphs: list[tuple[Block, int, str | None]] = []
    # a plan's targets are for the year its title names, where it names one only
    years = set(_YEAR.findall(doc.title))
    own = years.pop() if len(years) == 1 else None
    for block, _ in walk(doc):
        text = block.text.strip()
        if block.type in ("heading", "paragraph") and _TARGETS_HEAD.match(text):
            per = period(text) or own
            paragraphs.extend((b, 0, per) for b in block.walk()[1:] if b.type == "paragraph")
        elif block.type == "paragraph" and (m := _TARGETS_LEAD.match(text)):
            at = block.text.find(m.group(0)) + len(m.group(0))
            paragraphs.append((block, at, period(m.group(0)) or own))
    out: list[Indicator] = _table_targets(doc, own)
    # a paragraph under a heading of targets that opens with a lead of its own ('一、…主要目标' /
    # '今年…的主要目标。生产总值增长13%;…') is read once, from after its lead
    starts: dict[int, tuple[int, str | None]] = {}
    for block, at, year in paragraphs:
        if id(block) not in starts or at > starts[id(block)][0]:
            starts[id(block)] = (at, year)
    paragraphs = list({id(b): (b, *starts[id(b)]) for b, _at, _y in paragraphs}.values())
    for block, at, year in paragraphs:
        out.extend(
            _clause_targets(
                block.text[at:],
                year,
                doc.id,
                partial(_placed, doc, block, at),
            )
        )
    return out


def _placed(doc: Document, block: Block, at: int, start: int, end: int) -> Source:
    """A clause's place in a paragraph read from ``at``."""
    return source(doc, block, at + start, at + end)


def _in_row(doc: Document, block: Block, row: int, _start: int, _end: int) -> Source:
    """A clause's place in a table's cell: the row's own line."""
    return row_source(doc, block, row)


def _clause_targets(
    text: str,
    year: str | None,
    doc_id: str,
    source_of: Callable[[int, int], Source],
    years_said: bool = True,
) -> list[Indicator]:
    """The targets of a text read as a section of targets, a clause at a time: each clause
    'NAME VERB VALUE' (one name, a number in its value), for ``year`` or the year a clause
    names on the way (``years_said``: '到2020年，…'); ``source_of(start, end)`` places one."""
    out: list[Indicator] = []
    for c in re.finditer(r"[^，,；;。]+", text):
        clause = c.group(0).strip()
        if years_said and (y := _BY_YEAR.match(clause)) is not None:
            year, clause = y.group("year"), clause[y.end() :].strip()
        t = _PLAN_TARGET.match(clause)
        if t is None or _NOT_ONE_NAME.search(t.group("name")):
            continue
        src = source_of(c.start(), c.end())
        found = _stated(t.group("name"), t.group("value"), t.group("verb"), year, doc_id, src)
        if found is not None and found.target is not None:
            _bound(found.target, t.group("verb"))
            out.append(found)
    return out


def _table_targets(doc: Document, year: str | None) -> list[Indicator]:
    """A task table's rows under a category of targets (its first, merged column:
    '发展目标' | 1 | '地区生产总值增长6.5%以上。' | …): the task cell read as a section of
    targets is, a clause at a time."""
    from gongbao.extract.measures import TASK_COLUMNS

    out: list[Indicator] = []
    for block, _ in walk(doc):
        table = block.table
        if table is None or len(table.columns) < 3 or table.columns[1:2] != ["序号"]:
            continue
        task = column(table.columns, TASK_COLUMNS)
        if task is None:
            continue
        for k, row in enumerate(table.normalized or table.rows):
            if len(row) <= task or not _TARGETS_HEAD.match(row[0].strip()):
                continue
            out.extend(
                _clause_targets(
                    row[task],
                    year,
                    doc.id,
                    partial(_in_row, doc, block, k),
                    years_said=False,
                )
            )
    return out


def _bound(target: Value, verb: str) -> None:
    """A verb that makes the number a floor ('超过10亿千瓦') or a ceiling ('不超过5%'): the
    target's range says so, and its qualifier keeps the verb."""
    verb = verb.removeprefix("年均").removeprefix("平均")
    if target.low is None or (
        target.qualifier and any(q in target.qualifier for q in ("以上", "以下", "以内"))
    ):
        return
    if verb in ("超过", "突破", "不低于", "不少于", "高于"):
        target.high = None
    elif verb in ("不超过", "低于", "控制在"):
        target.low, target.high = None, target.low
    else:
        return
    target.qualifier = "；".join(x for x in (verb, target.qualifier) if x)
