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

AMOUNT = re.compile(r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>万元|亿元|元)")
_BREAK = re.compile(r"[，,。；;：:、（(]")
_CHANGE = re.compile(r"(比上年|增收|增加|减少|下降|增长|减收|同比)")
_TOTAL = re.compile(r"(总量|合计|总计|共计)")
_LEADING = re.compile(r"^(加上|动用|其中|安排|另外|此外)")
_VERBS = re.compile(r"(完成|预计为|预计|安排经费|安排|为|达到|共|加上|动用|其中)$")
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


def _label(text: str, start: int) -> str:
    head = text[:start]
    cut = max((m.end() for m in _BREAK.finditer(head)), default=0)
    label = head[cut:].strip()
    label = _LEADING.sub("", label).strip() or label
    return _VERBS.sub("", label).strip() or label


def _role(label: str) -> str:
    if _CHANGE.search(label):
        return "change"
    if _TOTAL.search(label):
        return "total"
    if "收入" in label:
        return "revenue"
    if "支出" in label:
        return "expenditure"
    return "item"


def _is_budget_doc(doc: Document) -> bool:
    return "预算" in doc.title or "决算" in doc.title


def _year(doc: Document, above: list[Block]) -> int | None:
    for t in [*(b.text for b in reversed(above))]:
        if m := re.search(r"(\d{4})年", t):
            return int(m.group(1))
    return None


def extract(issue: Issue) -> dict[str, list[object]]:
    lines: list[BudgetLine] = []
    identities: list[Identity] = []
    problems: list[Problem] = []
    for doc in issue.documents:
        if not _is_budget_doc(doc):
            continue
        state = _Lists()
        for block, above in walk(doc):
            if block.type != "paragraph":
                continue
            text = block.text
            found = []
            for m in AMOUNT.finditer(text):
                label = _label(text, m.start())
                amount = float(m.group("num").replace(",", ""))
                line = BudgetLine(
                    doc.id,
                    label,
                    amount,
                    m.group("unit"),
                    _budget_of(text, above),
                    _year(doc, above),
                    _role(label),
                    source(doc, block, *m.span()),
                )
                lines.append(line)
                found.append((m, line))
            identities.extend(_sum_identities(doc, block, found))
            identities.extend(_list_identity(doc, block, above, found, state))
    for ident in identities:
        if not ident.holds:
            problems.append(
                Problem(
                    "budget_identity_fails",
                    f"{ident.total_label} {ident.total:g} ≠ sum of parts {ident.sum:g}",
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
                    f"{check['label']}: stated {check['stated']}%, computed {check['computed']}%",
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
            ),
            None,
        )
        parts = [ln for mm, ln in found[:k] if plus < mm.start() and ln.role != "change"]
        if head is not None and parts:
            out.append(_identity(doc, block, line.label, line, [head, *parts]))
    # 其中：the parts of the amount just before it
    for m in re.finditer(r"其中[：:]", text):
        before = [ln for mm, ln in found if mm.end() <= m.start() and ln.role != "change"]
        end = len(text)
        for stop in ("；", "。", "加上"):
            pos = text.find(stop, m.end())
            if pos >= 0:
                end = min(end, pos)
        parts = [ln for mm, ln in found if m.end() <= mm.start() < end]
        if before and len(parts) >= 2:
            head = before[-1] if before[-1].role != "total" else None
            chain = [ln for ln in before if ln.role in ("revenue", "expenditure")]
            head = chain[-1] if chain else head
            if head is not None:
                out.append(_identity(doc, block, head.label, head, parts))
    return out


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
        if not _is_budget_doc(doc):
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
