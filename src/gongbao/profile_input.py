"""How a profile's dated, counted and measured fields are read from JSON, a form or a CSV cell
(gongbao.matching.Profile): '高新技术企业:2024、专精特新' → {name: day or year}, '发明专利:2' →
{kind: count}, {'营业收入': {'value': 1.2, 'unit': '亿元'}} → 万元. One clear error a bad field."""

from __future__ import annotations

import re
from typing import Any

from gongbao.errors import InputError
from gongbao.extract.eligibility import THRESHOLD_NAMES
from gongbao.extract.trade_figures import growth_key, usd_key
from gongbao.script import to_simplified

_MONEY = {"万元": 1.0, "亿元": 10_000.0, "元": 0.0001}
#: 美元 amounts, in 万美元: no exchange rate is assumed
_USD = {"万美元": 1.0, "亿美元": 10_000.0, "美元": 0.0001}
#: how a growth is named: 自营出口额增幅, …增长, …增速, …增长率 → …增幅
_GROWTH_NAME = re.compile(r"(?:增幅|增长率|增长|增速)$")
#: counts a figure may be given in (从业人员 for the size)
_COUNTS = {"人": 1.0}


#: figures a form or a URL gives as fields of their own: field → (figure, unit). 营业收入 and
#: 从业人员 (and 资产总额) give the size by the 2011 standard where none is chosen; the export
#: figures answer tiers in 美元 and a growth asked
QUERY_FIGURES = {
    "revenue": ("营业收入", "万元"),
    "staff": ("从业人员", "人"),
    "assets": ("资产总额", "万元"),
    "export_usd": ("自营出口额", "万美元"),
    "export_growth": ("自营出口额增幅", "%"),
}


def dated(key: str, data: Any) -> dict[str, str]:
    """{'高新技术企业': 2024} or '高新技术企业:2024、专精特新' → name → day or year ('' unknown);
    '无' (none) → {}."""
    if data in ("无", "否"):
        return {}
    if isinstance(data, str):
        pairs = [p.partition(":") for p in re.split(r"[,，、;；\s]+", data) if p]
        data = {name: when for name, _, when in pairs}
    if not isinstance(data, dict):
        raise InputError(f"profile field {key}: an object of name → date or year")
    out = {}
    for name, when in data.items():
        when = "" if when is None else str(when)
        if not re.fullmatch(r"(?:\d{4}(?:-\d{2}-\d{2})?)?", when) or len(str(name)) > 40:
            raise InputError(f"profile field {key}: {name} needs a date (YYYY-MM-DD) or a year")
        out[to_simplified(str(name))] = when
    return out


def counts(data: Any) -> dict[str, int]:
    """{'发明专利': 2} or '发明专利:2、实用新型专利:1' → kind → count; '无' → {}."""
    if data in ("无", "否"):
        return {}
    if isinstance(data, str):
        pairs = [p.partition(":") for p in re.split(r"[,，、;；\s]+", data) if p]
        data = {name: n for name, _, n in pairs}
    if not isinstance(data, dict):
        raise InputError("profile field patents: an object of kind → count")
    out = {}
    for name, n in data.items():
        if not re.fullmatch(r"\d{1,5}", str(n)) or len(str(name)) > 40:
            raise InputError(f"profile field patents: {name} needs a count")
        out[to_simplified(str(name))] = int(n)
    return out


def figures_of(data: Any) -> dict[str, float]:
    """{'营业收入': 12000} (万元) or {'营业收入': {'value': 1.2, 'unit': '亿元'}} → 万元."""
    if not isinstance(data, dict):
        raise InputError("profile field figures: an object of name → amount in 万元")
    out = {}
    for name, given in data.items():
        value: Any = given
        unit: Any = "万元"
        if isinstance(given, dict):
            value, unit = given.get("value"), given.get("unit", "万元")
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                value = None
        if not isinstance(value, int | float):
            raise InputError(f"profile field figures: {name} needs a number")
        # the thresholds read are amounts (from 从业人员, the size); other figures wait for rules
        if unit in _MONEY:
            out[THRESHOLD_NAMES.get(str(name), str(name))] = float(value) * _MONEY[unit]
        elif unit in _COUNTS:
            out[str(name)] = float(value) * _COUNTS[unit]
        elif unit in _USD:
            out[usd_key(str(name))] = float(value) * _USD[unit]
        elif unit == "%" and _GROWTH_NAME.search(str(name)):
            base = _GROWTH_NAME.sub("", str(name))
            out[growth_key(THRESHOLD_NAMES.get(base, base))] = float(value)
    return out
