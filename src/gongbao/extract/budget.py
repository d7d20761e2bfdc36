"""Budget lines and the arithmetic that ties them together.

Every amount in 万元/亿元/元 in a budget document becomes a line with its label (the words
from the previous clause break up to the amount), its budget (一般公共预算, 政府性基金预算,
国有资本经营预算, from the nearest heading or the text), year and role. Three kinds of
identity are checked:

- '…收入完成A，…。加上B，C，…，收入总量Y' — A + B + C + … = Y (the same for 支出总量);
- 'X支出A，其中：B，C' — B + C = A;
- an itemised list under '各收入科目 / 各支出科目' against the revenue or expenditure it
  breaks down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gongbao.extract.walk import source, walk
from gongbao.facts import BudgetLine, Identity
from gongbao.model import Block, Document, Issue, Problem

AMOUNT = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>万元|亿元|元|万(?=[，,。；;、）)]|$))"  # '870.00万，' in a budget is 万元
)
#: an amount that bounds a class, not a line of the budget: '单价100万元（含）以上设备'
_THRESHOLD_AFTER = re.compile(r"\s*(?:[（(]含[)）])?\s*(?:及?以上|以下|以内|及以下)")
_THRESHOLD_BEFORE = re.compile(r"(?:单价|超过|超|逾|不足|低于|高于|不低于|不少于|不超过)$")
#: a number cut from its integer part by a bad extraction ('增长2\n.3%', '.4亿元'): the
#: paragraph's amounts cannot be trusted to add up
_FRAGMENT = re.compile(r"(?:^|[^\d\s])\s*[.．]\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: words before an amount that make it a change from another year, and its sign
_CHANGE_WORD = re.compile(r"(增加|增长|增收|增支|减少|下降|减收|减支|节约|压减)(?:了)?$")
#: what a change is measured against, in its clause or opening its sentence ('与2023年度相比，')
_COMPARED = re.compile(r"(?:比|较|同比|相比)")
#: (a subject before 同比 is what changed: '房产税收入同比增收D' keeps 房产税收入)
_COMPARISON = re.compile(r"(?:比|较)[^，。；]*$|^[^，。；]*相比[，,]?|^同比[，,]?|同比$")
_DOWN = ("减少", "下降", "减收", "减支", "节约", "压减")
_CLAUSE_BREAK = "，,。；;：:、"
_TOTAL = re.compile(r"(总量|合计|总计|共计)")
_LEADING = re.compile(
    r"^[—－\-·●■]*\s*"
    r"(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、是]|\d{1,2}[.．、]\s*)?"
    r"\s*(?:加上|动用|其中|另外|此外|安排|主要是|主要为|以及|和|及"
    # what a list of taxes is headed by: '涉及的主要税种国内增值税收入7875万元'
    r"|(?:涉及的)?主要(?:税种|项目|科目)(?:为|是|有|包括)?)?\s*"
)
_VERBS = re.compile(
    r"((?:预计|实际|累计)?完成|预计为|预计|安排经费|安排|为|达到|共|加上|动用|其中)$"
)
#: the other year's amount a change is measured from ('较上年28899万元增长9.9%'): no line
#: of this budget
_BASE_YEAR = re.compile(r"(?:较|比|同比)(?:上年|去年|上年度|\d{4}年)(?:同期)?(?:决算数|预算数)?$")
#: a list's close before the amount: several lines summed ('…、上年结转等收入235,157万元')
_SUMMED = re.compile(r"等[\u4e00-\u9fff]{0,3}$")
#: an amount a percentage is taken of ('完成预算数31220万元的101.7%'): the base, not a line
_RATIO_BASE = re.compile(r"的\s*\d+(?:\.\d+)?\s*[%％]")
#: a change printed with both signs, as a template leaves it ('较上年增加(减少)0万元'): its
#: sign is the amount's only where that is nothing
_EITHER_WAY = re.compile(
    r"(?:增加|增长)[(（](?:减少|下降)[)）]$|(?:减少|下降)[(（](?:增加|增长)[)）]$"
)
_BUDGET_HINT = [
    ("政府性基金", "政府性基金预算"),
    ("国有资本经营", "国有资本经营预算"),
    ("一般公共预算", "一般公共预算"),
    ("社会保险基金", "社会保险基金预算"),
]
TOLERANCE = 0.5  # amounts are printed rounded to the unit


def _budget_of(text: str, above: list[Block]) -> str | None:
    for t in [text, *(b.text for b in reversed(above))]:
        for hint, name in _BUDGET_HINT:
            if hint in t:
                return name
    return None


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``text[:end]`` begins: after the last clause break outside
    brackets (a name may hold its own: '因公出国（境）费', '行政运行（项）'), or after a
    bracket left open."""
    depth = 0
    for k in range(end - 1, -1, -1):
        ch = text[k]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                return k + 1
            depth -= 1
        elif ch in _CLAUSE_BREAK and depth == 0:
            if (
                ch == ","
                and 0 < k < len(text) - 1
                and text[k - 1].isdigit()
                and text[k + 1].isdigit()
            ):
                continue  # a thousands separator
            return k + 1
        elif ch == "元" and depth == 0:
            return k + 1  # the amount before: '…1,250万元和体育彩票公益金收入2,600万元'
        elif ch == "." and depth == 0 and not text[k + 1 : k + 2].isdigit():
            return k + 1  # a full stop a font printed half-width: '…增长3.5％ .其中,…'
    return 0


def _unquoted(label: str) -> str:
    inner = label[1:-1]
    if label[:1] == "“" and label[-1:] == "”" and "“" not in inner and "”" not in inner:
        return inner
    return label


def _label(text: str, start: int) -> str:
    """The words that name the amount at ``start``, as printed: its clause up to the amount,
    without an item number, a connective (其中, 加上) or a verb before the number (为, 完成),
    and without quotes around the whole name."""
    label = text[_clause_start(text, start) : start].strip()
    label = _LEADING.sub("", label).strip() or label
    label = _VERBS.sub("", label).strip() or label
    return _unquoted(label)


def _line(doc: Document, block: Block, above: list[Block], m: re.Match[str]) -> BudgetLine | None:
    """The budget line an amount states, or None where it bounds a class of things
    ('单价100万元（含）以上')."""
    text = block.text
    clause = text[_clause_start(text, m.start()) : m.start()].strip()
    if _THRESHOLD_AFTER.match(text, m.end()) or _THRESHOLD_BEFORE.search(clause):
        return None
    if text[m.start() - 1 : m.start()] in (".", "．") or not _CJK.search(clause):
        return None  # the tail of a broken number, or an amount with no words naming it
    unit = "万元" if m.group("unit") == "万" else m.group("unit")
    amount = float(m.group("num").replace(",", ""))
    if _BASE_YEAR.search(clause) or _RATIO_BASE.match(text, m.end()):
        return None  # last year's amount, or the base of a percentage
    either = _EITHER_WAY.search(clause)
    if either and amount:
        return None  # a change whose sign the text does not give
    label = _label(text, m.start())
    # the words since the last amount of the sentence: a list of lines printed without their
    # amounts sums them ('…一般债务收入、上级转移支付收入、…等378.9亿元'); a list's last line
    # after the others' amounts is one ('…、上年结转等1567亿元')
    said = text[max(text.rfind("。", 0, m.start()), text.rfind("元", 0, m.start())) + 1 : m.start()]
    if _SUMMED.search(label) and "、" in said.lstrip("、，, "):
        return None  # several lines summed ('…、接受其他地区援助收入等378.9亿元')
    sentence = text[text.rfind("。", 0, m.start()) + 1 : m.start()]
    change = _CHANGE_WORD.search(_VERBS.sub("", clause).strip()) or either
    if change and not _COMPARED.search(sentence):
        if len(_VERBS.sub("", clause).strip()[: change.start()].strip()) < 2:
            # a change with nothing named before it: what it is compared with was cut off
            # ('比上' / '年减少119.7亿元' a paragraph each): neither a line nor a change
            return None
        change = None  # '支持商销稳增长30万': a name, not a change from another year
    if change:
        # what changed, where the clause names it: '…相比，一般公共预算财政拨款支出减少D'
        label = _unquoted(_COMPARISON.sub("", clause[: change.start()]).strip())
    role = "change" if change else _role(label)
    if change and change.re is _CHANGE_WORD and change.group(1) in _DOWN:
        amount = -amount
    return BudgetLine(
        doc.id,
        label,
        amount,
        unit,
        _budget_of(text, above),
        _year_of(doc, text, m.start(), above),
        role,
        source(doc, block, *m.span()),
    )


def _as_change(
    line: BudgetLine, text: str, m: re.Match[str], found: list[tuple[re.Match[str], BudgetLine]]
) -> None:
    """'财政拨款收入A万元，比上年增加D万元': D is a change of the line before it in the
    sentence, and carries that line's label where its own words say only how it changed."""
    if len(line.label) >= 2:
        return
    sentence = text.rfind("。", 0, m.start()) + 1
    # (the line named last: a change that names its own subject is one — '房产税收入同比增收
    # 531万元，同比减收24万元')
    before = [ln for mm, ln in found if mm.start() >= sentence]
    if before:
        line.label = before[-1].label


#: a year a text names ('2025年'); one its sentence names, not the one it compares with
_YEAR = re.compile(r"(\d{4})年")
_SAID_YEAR = re.compile(r"(?<![比较与同])(\d{4})年")


def _year_of(doc: Document, text: str, at: int, above: list[Block]) -> int | None:
    """The year an amount is for: the first year its sentence names before it (not the one
    it is compared with: 比2024年…), else the year of the headings above."""
    sentence = text.rfind("。", 0, at) + 1
    if (said := _SAID_YEAR.search(text[sentence:at])) is not None:
        return int(said.group(1))
    if (year := _year(doc, above)) is not None:
        return year
    titled = _YEAR.search(doc.title)
    return int(titled.group(1)) if titled else None


def _role(label: str) -> str:
    if _TOTAL.search(label):
        return "total"
    if "收入" in label:
        return "revenue"
    if "支出" in label:
        return "expenditure"
    return "item"


#: a heading that states a total and opens its parts' list: '…3814.61万元,其中:'
_PARTS_FOLLOW = re.compile(r"元\s*[，,]?\s*其中\s*[:：]$")


def is_budget_doc(doc: Document) -> bool:
    """Whether the document reports a budget: its title names one, or the public finances
    whose figures it gives ('1-9月上海地方公共财政收支情况', '上半年全市财政运行情况')."""
    return _BUDGET_TITLE.search(doc.title) is not None


#: what the title of a report on a budget or on the public finances names
_BUDGET_TITLE = re.compile(r"预算|决算|預算|決算|财政收支|財政收支|财政运行|財政運行")


def _year(doc: Document, above: list[Block]) -> int | None:
    for t in [*(b.text for b in reversed(above))]:
        if m := _YEAR.search(t):
            return int(m.group(1))
    return None


def extract(issue: Issue) -> dict[str, list[object]]:
    lines: list[BudgetLine] = []
    identities: list[Identity] = []
    problems: list[Problem] = []
    for doc in issue.documents:
        if not is_budget_doc(doc):
            continue
        state = _Lists()
        damaged: list[Block] = []
        for block, above in walk(doc):
            # (a total printed as the heading of its parts, '(一)2023年收入预算3814.61万元,其中:'
            # over '1、财政拨款…': a line, though not summed here, its parts' list being
            # the heading's children)
            headed = block.type == "heading" and _PARTS_FOLLOW.search(block.text) is not None
            if block.type != "paragraph" and not headed:
                continue
            text = block.text
            found: list[tuple[re.Match[str], BudgetLine]] = []
            for m in AMOUNT.finditer(text):
                line = _line(doc, block, above, m)
                if line is None:
                    continue
                if line.role == "change":
                    _as_change(line, text, m, found)
                    if not line.label:
                        continue  # a change of nothing the sentence names is no fact
                lines.append(line)
                found.append((m, line))
            if headed:
                continue
            if _FRAGMENT.search(text):
                damaged.append(block)
                continue
            identities.extend(_sum_identities(doc, block, found))
            identities.extend(_list_identity(doc, block, above, found, state))
        if damaged:
            problems.append(
                Problem(
                    "budget_text_damaged",
                    f"{len(damaged)}段预算文字中有断开的数字（如“.3%”），这些段落的数额不核对加总",
                    doc.id,
                    source(doc, damaged[0]),
                )
            )
    for ident in identities:
        if not ident.holds:
            problems.append(
                Problem(
                    "budget_identity_fails",
                    f"{ident.total_label}{ident.total:,.12g}与各项之和{ident.sum:,.12g}不符",
                    ident.document,
                    ident.source,
                )
            )
    checks = growth_checks(issue)
    for check in checks:
        assert isinstance(check, dict)
        if not check["holds"]:
            problems.append(
                Problem(
                    "budget_rate_fails",
                    f"{check['label']}：文中增长{check['stated']}%，按数额计算为{check['computed']}%",
                    str(check["document"]),
                )
            )
    return {
        "budget_lines": list(lines),
        "identities": list(identities),
        "checks": checks,
        "problems": list(problems),
    }


def _identity(
    doc: Document, block: Block, label: str, total: BudgetLine, parts: list[BudgetLine]
) -> Identity:
    s = sum(p.amount for p in parts)
    start = parts[0].source.span[0] if parts and parts[0].source.span else 0
    end = total.source.span[1] if total.source.span else len(block.text)
    return Identity(
        doc.id,
        label,
        total.amount,
        [{"label": p.label, "amount": p.amount} for p in parts],
        round(s, 2),
        abs(s - total.amount) <= TOLERANCE,
        source(doc, block, min(start, end), end),
    )


#: a chain's head is a budget's own revenue or spending ('区级一般公共预算收入', '市级政府性
#: 基金预算支出'), not a component of it ('非税收入') that a damaged text left in its place
_A_BUDGET = re.compile(r"(预算|基金|国有资本经营)")


def _sum_identities(
    doc: Document, block: Block, found: list[tuple[re.Match[str], BudgetLine]]
) -> list[Identity]:
    out: list[Identity] = []
    text = block.text
    for k, (m, line) in enumerate(found):
        if line.role != "total":
            continue
        plus = text.rfind("加上", 0, m.start())
        if plus < 0:
            continue
        # the head is the first revenue/expenditure amount of the sentence holding 加上, or
        # of the sentence before when 加上 opens a sentence ('…增长2%。加上上级补助收入…')
        chain_start = text.rfind("。", 0, plus - 1) + 1
        kind = "收入" if "收入" in line.label else "支出"
        head = next(
            (
                ln
                for mm, ln in found
                if chain_start <= mm.start() < plus
                and ln.role in ("revenue", "expenditure")
                and kind in ln.label
                and _A_BUDGET.search(ln.label)
            ),
            None,
        )
        parts = [ln for mm, ln in found[:k] if plus < mm.start() and ln.role != "change"]
        read = {mm.start() for mm, _ln in found}
        if any(a.start() not in read for a in AMOUNT.finditer(text, plus, m.start())):
            continue  # an amount of the chain no line was read for ('…、结转下年等1026亿元'):
            # the parts are not all known, and their sum says nothing
        if head is not None and parts:
            out.append(_identity(doc, block, line.label, line, [head, *parts]))
    # 其中：the parts of the amount just before it
    for m in re.finditer(r"其中[：:]", text):
        # the whole is the amount before at the marker's depth, or, for a '（其中：…）', the
        # amount the bracket follows
        depth = _depth(text, m.start())
        opening = text.rfind("（", 0, m.start()) if depth > 0 else m.start()
        level = depth - 1 if depth > 0 else depth
        before = [
            ln
            for mm, ln in found
            if mm.end() <= opening and ln.role != "change" and _depth(text, mm.start()) == level
        ]
        chain = [ln for ln in before if ln.role in ("revenue", "expenditure")]
        head = (
            chain[-1] if chain else (before[-1] if before and before[-1].role != "total" else None)
        )
        if head is not None:
            ident = _among(doc, block, found, m, head)
            if ident is not None:
                out.append(ident)
    return out


def _nested(parts: list[BudgetLine]) -> bool:
    """A list that breaks one of its parts down in the parts after it ('新增债券A，市本级留用B，
    转贷县C' with B + C = A): parts of different levels, which do not add up to the whole."""
    for i, part in enumerate(parts):
        if part.amount <= 0:
            continue
        run = 0.0
        for later in parts[i + 1 :]:
            run += later.amount
            if abs(run - part.amount) <= TOLERANCE and later is not parts[i + 1]:
                return True
    return False


def _depth(text: str, at: int) -> int:
    return sum(1 if ch in "（(" else -1 if ch in "）)" else 0 for ch in text[:at])


def _among(
    doc: Document,
    block: Block,
    found: list[tuple[re.Match[str], BudgetLine]],
    m: re.Match[str],
    head: BudgetLine,
) -> Identity | None:
    """'A，其中：B，C' — B + C = A. The parts are the amounts at the marker's bracket depth (a
    '（含…）' inside a part is not another part), up to the bracket that closes the marker's,
    and up to the '；' after them or, where the list itself runs on after '；' (…；事业收入0万元；
    其他收入0万元), to the sentence's end; changes are no parts. 其中 may name some parts only,
    so a sum short of the whole is no failure: only a sum that holds, or one past the whole,
    is an identity."""
    text = block.text
    depth = _depth(text, m.start())
    close = len(text)
    if depth > 0:
        level = depth
        for k in range(m.end(), len(text)):
            level += 1 if text[k] in "（(" else -1 if text[k] in "）)" else 0
            if level < depth:
                close = k
                break
    readings: list[Identity] = []
    for stops in (("；", "。", "加上"), ("。", "加上")):
        end = close
        for stop in stops:
            pos = text.find(stop, m.end())
            if pos >= 0:
                end = min(end, pos)
        parts = [
            ln
            for mm, ln in found
            if m.end() <= mm.start() < end
            and ln.role != "change"
            and _depth(text, mm.start()) == depth
        ]
        roles = {p.role for p in parts} & {"revenue", "expenditure"}
        whole = any(p.role == "total" for p in parts)
        if len(parts) >= 2 and len(roles) < 2 and not whole and not _nested(parts):
            readings.append(_identity(doc, block, head.label, head, parts))
    for ident in readings:
        if ident.holds:
            return ident
    if readings and readings[0].sum > readings[0].total + TOLERANCE:
        return readings[0]
    return None


@dataclass
class _Lists:
    """Per document: the latest stated revenue/expenditure of each budget, and the items of
    the 各…科目 list being read under it."""

    heads: dict[tuple[str | None, str], BudgetLine] = field(default_factory=dict)
    items: dict[int, list[BudgetLine]] = field(default_factory=dict)


_LEVEL = ("区级", "市级", "县级", "省级", "全区", "全市", "全县", "全省", "本级")


def _list_identity(
    doc: Document,
    block: Block,
    above: list[Block],
    found: list[tuple[re.Match[str], BudgetLine]],
    state: _Lists,
) -> list[Identity]:
    for _, ln in found:
        if ln.role in ("revenue", "expenditure") and ln.label.startswith(_LEVEL):
            state.heads[(ln.budget, ln.role)] = ln
    parent = next((b for b in reversed(above) if "科目" in b.text), None)
    if parent is None or not found:
        return []
    role = "revenue" if "收入" in parent.text else "expenditure"
    head = state.heads.get((found[0][1].budget, role))
    if head is None:
        return []
    # a list in one paragraph ('增值税…；企业所得税…') or one item a paragraph
    items = [ln for _, ln in found] if "；" in block.text else [found[0][1]]
    acc = state.items.setdefault(id(parent), [])
    acc.extend(items)
    siblings = [c for c in parent.children if c.type == "paragraph"]
    if siblings and siblings[-1] is block:
        return [_identity(doc, block, head.label, head, acc)]
    return []


GROWTH = re.compile(
    r"""(?P<label>[^，。；]{2,30}?)(?:完成|为|预计为)?(?P<a>[\d,]+(?:\.\d+)?)\s*万元   # the amount
        [^。]{0,40}?比上年(?:增收|增加|增长)(?P<d>[\d,]+(?:\.\d+)?)\s*万元          # its change
        [，,]\s*增长\s*(?P<r>\d+(?:\.\d+)?)\s*%                                   # stated rate""",
    re.X,
)


def growth_checks(issue: Issue) -> list[object]:
    """'收入完成A万元，…比上年增收D万元，增长r%': r must be D / (A − D), to the printed digits."""
    out: list[object] = []
    for doc in issue.documents:
        if not is_budget_doc(doc):
            continue
        for block, _ in walk(doc):
            if block.type != "paragraph" or "比上年" not in block.text:
                continue
            for m in GROWTH.finditer(block.text):
                a = float(m.group("a").replace(",", ""))
                d = float(m.group("d").replace(",", ""))
                stated = float(m.group("r"))
                digits = len(m.group("r").split(".")[1]) if "." in m.group("r") else 0
                computed = 100 * d / (a - d) if a > d else float("nan")
                holds = abs(computed - stated) <= 0.5 * 10**-digits + 1e-9
                out.append(
                    {
                        "kind": "growth",
                        "document": doc.id,
                        "label": m.group("label"),
                        "stated": stated,
                        "computed": round(computed, 4),
                        "holds": holds,
                        "source": source(doc, block, *m.span()).to_dict(),
                    }
                )
    return out
