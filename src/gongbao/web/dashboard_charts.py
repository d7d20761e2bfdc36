"""The dashboards' charts as plotly specs: horizontal bars whose Chinese labels read across
at any width (``static/charts.js`` wraps them to the chart's width), values printed outside
the bars, the legend above the plot, and only like compared with like — a level as a share
of a level target of the same unit, a growth rate or a share in % beside its target in %,
never one against the other (a 增长5% target against 8.67% is not 173 % of it)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from gongbao.facts import Value
from gongbao.ledger import form_of

#: bar height per category and trace, in px, before charts.js wraps long labels
ROW = 22


def _value(v: dict[str, Any]) -> Value:
    return Value(v["text"], v.get("low"), v.get("high"), v.get("unit"), v.get("qualifier"))


def comparable(item: dict[str, Any]) -> str | None:
    """The form an indicator's target and actual share ('growth', 'level:亿元'), or None
    where they measure different things or either has no number: then they are not
    compared, neither in the chart nor in the 达成 column."""
    target, actual = item.get("target"), item.get("actual")
    if not target or not actual or target.get("low") is None or actual.get("low") is None:
        return None
    a, b = form_of(item["name"], _value(target)), form_of(item["name"], _value(actual))
    return a if a is not None and a == b else None


def share_of_target(item: dict[str, Any]) -> float | None:
    """Actual as % of target, for a level in a unit that is not itself a percentage."""
    form = comparable(item)
    if form is None or not form.startswith("level:") or form == "level:%":
        return None
    low = item["target"]["low"]
    if not low:
        return None
    # rounded half up on the printed numbers, as a reader would (86.6 / 80 → 108.3)
    share = Decimal(str(item["actual"]["low"])) * 100 / Decimal(str(low))
    return float(share.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def _label(item: dict[str, Any]) -> str:
    return f"{item['name']}（{item['period']}）" if item.get("period") else item["name"]


def hbar_layout(n: int, traces: int, title: str, legend: bool = False) -> dict[str, Any]:
    """Horizontal bars: categories down the side (in order, wrapped by charts.js), the
    value axis titled in Chinese, a legend above the plot where there is one."""
    return {
        "margin": {"t": 36 if legend else 10, "l": 10, "r": 16, "b": 48},
        "height": 70 + (36 if legend else 0) + max(n, 1) * max(traces, 1) * ROW,
        # 200,000 rather than 200k: no SI letters on a Chinese page
        "xaxis": {
            "title": {"text": title},
            "automargin": True,
            "rangemode": "tozero",
            "exponentformat": "none",
            "separatethousands": True,
        },
        "yaxis": {"type": "category", "autorange": "reversed", "automargin": True},
        "showlegend": legend,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom"},
        "bargap": 0.25,
    }


def _bar(name: str, labels: list[str], values: list[Any], text: list[str]) -> dict[str, Any]:
    return {
        "type": "bar",
        "orientation": "h",
        "name": name,
        "y": labels,
        "x": values,
        "text": text,
        "textposition": "outside",
        "textangle": 0,
        "cliponaxis": False,
        "hoverinfo": "y+text+name",
    }


def _room(layout: dict[str, Any], values: Sequence[float | None]) -> dict[str, Any]:
    """Room right of the longest bar for its printed value."""
    top = max([v for v in values if v is not None] or [0])
    low = min([v for v in values if v is not None] or [0])
    layout["xaxis"]["range"] = [min(0, low * 1.3), top * 1.3 if top > 0 else 1]
    return layout


def level_chart(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Each level indicator's actual as a share of its target of the same unit."""
    pairs = [(i, s) for i in items if (s := share_of_target(i)) is not None]
    if not pairs:
        return None
    labels = [_label(i) for i, _ in pairs]
    shares = [s for _, s in pairs]
    trace = _bar("完成占目标", labels, shares, [f"{s:g}%" for s in shares])
    trace["hovertext"] = [
        f"完成 {i['actual']['text']}；目标 {i['target']['text']}" for i, _ in pairs
    ]
    trace["hoverinfo"] = "y+text"
    layout = _room(hbar_layout(len(pairs), 1, "完成占目标（%）"), shares)
    layout["shapes"] = [
        {
            "type": "line",
            "x0": 100,
            "x1": 100,
            "yref": "paper",
            "y0": 0,
            "y1": 1,
            "line": {"dash": "dot", "width": 1.5, "color": "#5b6675"},
        }
    ]
    layout["annotations"] = [
        {"x": 100, "y": 1, "yref": "paper", "yanchor": "bottom", "text": "目标", "showarrow": False}
    ]
    layout["margin"]["t"] = 24
    return {"data": [trace], "layout": layout}


def _pct(v: dict[str, Any]) -> str:
    low, high = v["low"], v.get("high")
    return f"{low:g}%" if high is None or high == low else f"{low:g}–{high:g}%"


def rate_chart(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Growth rates and shares in %: the target and the actual side by side, in %."""
    pairs = [i for i in items if comparable(i) in ("growth", "level:%")]
    if not pairs:
        return None
    labels = [_label(i) for i in pairs]
    targets = [i["target"]["low"] for i in pairs]
    actuals = [i["actual"]["low"] for i in pairs]
    data = [
        _bar("目标", labels, targets, [_pct(i["target"]) for i in pairs]),
        _bar("完成", labels, actuals, [_pct(i["actual"]) for i in pairs]),
    ]
    layout = _room(hbar_layout(len(pairs), 2, "%", legend=True), targets + actuals)
    layout["barmode"] = "group"
    return {"data": data, "layout": layout}


def counts_chart(labels: list[str], values: list[Any], title: str) -> dict[str, Any]:
    """One bar per label, its value printed beside it."""
    trace = _bar(title, labels, values, [f"{v:,.0f}" for v in values])
    return {"data": [trace], "layout": _room(hbar_layout(len(labels), 1, title), values)}


def category_chart(items: list[dict[str, Any]], title: str) -> dict[str, Any]:
    """How many items each category holds ('其他' for none)."""
    cats: dict[str, int] = {}
    for item in items:
        cats[item["category"] or "其他"] = cats.get(item["category"] or "其他", 0) + 1
    return counts_chart(list(cats), list(cats.values()), title)


def appointments_chart(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Appointments and removals for the 15 organisations with the most of them."""
    by_org: dict[str, list[int]] = {}
    for r in records:
        for org in {x["organization"] for x in r["roles"] if x["organization"]}:
            counts = by_org.setdefault(org, [0, 0])
            counts[0 if r["action"] == "appoint" else 1] += 1
    top = sorted(by_org.items(), key=lambda kv: -sum(kv[1]))[:15]
    names = [k for k, _ in top]
    appoint, remove = [v[0] for _, v in top], [v[1] for _, v in top]
    data = [
        _bar("任命", names, appoint, [str(v) for v in appoint]),
        _bar("免去", names, remove, [str(v) for v in remove]),
    ]
    layout = _room(hbar_layout(len(names), 2, "人次", legend=True), appoint + remove)
    layout["barmode"] = "group"
    return {"data": data, "layout": layout}
