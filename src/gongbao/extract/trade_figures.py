"""Figures in 美元 and growth rates a '对…的' clause asks: '当年自营出口额300万美元、500万美元、…
1亿美元以上，且增长10%以上的企业', '实到外资1000万-2000万（不含）美元、…'.

A tiered list ('分别奖励2万元、3万元…') asks at least its lowest tier: a business below it gets
nothing, one above gets a tier (the amount is the benefit's, not the condition's). Amounts in
美元 are kept in 万美元 — no exchange rate is guessed — under the figure's name with its unit,
so a profile's 自营出口额 in 万美元 answers them and one in 万元 does not. A growth ('且增长10%
以上') is read only where it follows such a figure, for that figure: '增长' alone does not say
of what.
"""

from __future__ import annotations

import re
from typing import Any

#: the figures documents state in 美元, and the name a profile gives them by
USD_FIGURES = {
    "自营出口额": "自营出口额",
    "自营进口额": "自营进口额",
    "进出口额": "进出口额",
    "出口额": "出口额",
    "进口额": "进口额",
    "实到外资": "实到外资",
    "实际利用外资": "实到外资",
}
#: the key a figure in 万美元 has among a profile's figures
USD_UNIT = "万美元"


def usd_key(name: str) -> str:
    return f"{USD_FIGURES.get(name, name)}（{USD_UNIT}）"


def growth_key(name: str) -> str:
    """A figure's growth over the year before, in %, among a profile's figures: 自营出口额增幅."""
    return f"{USD_FIGURES.get(name, name)}增幅"


_AMOUNT = r"\d+(?:\.\d+)?\s*[万亿]?"
#: the figure, then its tiers up to the last 美元: '自营出口额300万美元、500万美元…1亿美元以上',
#: '实到外资1000万-2000万（不含）美元、…、5000万美元以上'; the first amount is the lowest tier
_USD = re.compile(
    r"(?:当年度?|年度|上年度?)?(?P<what>"
    + "|".join(sorted(USD_FIGURES, key=len, reverse=True))
    + r")(?:在|达到?|超过)?\s*(?P<first>"
    + _AMOUNT
    + r")(?P<tiers>[\d.万亿\-—~至、（）()不含美元\s]*)美元(?:以上|及以上)?"
)
#: a growth right after the figure (its tiers): '，且增长10%以上', '且同比增长5%（含）以上'
GROWTH = re.compile(
    r"[，,]?且?(?:年|同比)?(?:增长率?|增速|增幅)(?:达到?)?\s*(?P<pct>\d+(?:\.\d+)?)\s*%"
    r"(?:（含）|\(含\))?(?:以上|及以上)"
)


def _wan(amount: str) -> float:
    """'300万' → 300 万美元, '1亿' → 10000, '5000' (美元) → 0.5."""
    amount = amount.replace(" ", "")
    if amount.endswith("亿"):
        return float(amount[:-1]) * 10_000
    if amount.endswith("万"):
        return float(amount[:-1])
    return float(amount) / 10_000


#: one tier of a list: its lower bound, its unit possibly after a range ('1000-2000万美元')
_TIER = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[万亿])?")
#: an amount given per tier: '分别奖励2万元、3万元、5万元'
_GIVEN_AMOUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|亿元|元)")


def tier_mins(printed: str, usd: bool) -> list[float]:
    """The lower bound of each tier a figure's list prints, in 万美元 or 万元:
    '300万美元、500万美元、1亿美元以上' → [300, 500, 10000]."""
    out = []
    for item in re.split(r"[、]", printed):
        m = _TIER.search(item)
        if m is None:
            return []
        unit = m.group("unit") or next(iter(re.findall(r"[万亿]", item[m.end() :])), "")
        if usd:
            out.append(_wan(m.group("n") + unit))
        else:
            out.append(float(m.group("n")) * (10_000 if unit == "亿" else 1))
    return out


def pair_tiers(conditions: list[dict[str, Any]], given: str) -> None:
    """A clause's tiered figure paired with the amounts its sentence gives '分别' ('分别奖励2万元、
    3万元…'), one per tier and in order: where the counts differ the tiers are dropped (a
    tier's amount is never guessed)."""
    amounts = _GIVEN_AMOUNT.findall(re.split(r"[。；;]", given)[0])
    for c in conditions:
        tiers = c.pop("tier_mins", None)
        if tiers and len(tiers) > 1 and len(tiers) == len(amounts):
            c["tiers"] = [
                {"min": low, "amount": a.replace(" ", "")}
                for low, a in zip(tiers, amounts, strict=True)
            ]


def tier_reached(condition: dict[str, Any], have: float | None) -> dict[str, Any] | None:
    """The highest tier a figure reaches: what a business gets ('自营出口额1200万美元' → the
    1000万美元 tier, 5万元)."""
    reached = [t for t in condition.get("tiers", []) if have is not None and have >= t["min"]]
    return reached[-1] if reached else None


def growth_condition(what: str, growth: re.Match[str]) -> dict[str, Any]:
    return {
        "field": "growth",
        "values": [growth_key(what)],
        "min": float(growth.group("pct")),
        "unit": "%",
        "text": growth.group(0).lstrip("，,"),
    }


def usd_conditions(clause: str) -> tuple[list[dict[str, Any]], str]:
    """A figure in 美元 a clause asks at least (its lowest tier) and the growth it asks of that
    figure, and the clause without them."""
    m = _USD.search(clause)
    if "或" in clause:
        return [], clause  # '1000万美元以上或近3年…3000万美元以上': neither is necessary
    if m is None or re.search(r"[^\d.万亿\-—~至、（）()不含美元\s]", m.group("tiers")):
        return [], clause
    what = m.group("what")
    first = m.group("first")
    if "万" not in first and "亿" not in first and "万" in m.group("tiers").split("美元")[0]:
        first += "万"  # '1000-2000万美元': the unit follows the range
    out: list[dict[str, Any]] = [
        {
            "field": "threshold",
            "values": [usd_key(what)],
            "min": _wan(first),
            "unit": USD_UNIT,
            "text": m.group(0),
            "tier_mins": tier_mins(m.group("first") + m.group("tiers"), usd=True),
        }
    ]
    printed = m.group(0)
    g = GROWTH.match(clause, m.end())
    if g is not None:
        out.append(growth_condition(what, g))
        printed = clause[m.start() : g.end()]
    return out, clause.replace(printed, "", 1)
