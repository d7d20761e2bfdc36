"""The indicator ledger: one indicator — a place and a normalised name — across documents and
years, with every target and every reported outcome, each from its sentence or table row.

Names differ between documents for the same quantity ('地区生产总值增长率' in a table,
'地区生产总值增长5%左右' in a plan): a name is normalised (script folded, the growth words
and brackets that only say how it is measured taken off), and what a value measures — a
growth rate, or a level in its unit — is kept apart, so that a growth target is compared with
a growth outcome and never with a level (a 增长5% target against 524.85亿元). Names that are
alike but not the same after normalisation are not merged: they are listed as candidates with
their similarity, for a reader to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gongbao.facts import Value
from gongbao.script import to_simplified

#: a place's own name, as the units an issuer's name opens with ('上海市静安区人民政府' →
#: 上海市, 静安区): each a short name and its level, one after another from the start
_PLACE = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|区|县|旗|盟|州)"
)
_NOT_A_PLACE = ("全市", "全区", "全县", "全省", "本市", "本区", "各区", "各市")
#: words after a quantity's name that say how it is measured, not what it is
_MEASURED = re.compile(r"(?:年均)?(?:增长率|增长速度|增速|增幅|增长)$")
_BRACKETS = re.compile(r"[（(][^（）()]*[)）]")


def place_of(issuers: list[str], title: str = "") -> str | None:
    """The place a document speaks for: the most specific unit its first issuer names (or,
    without an issuer, its title)."""
    for text in [*issuers[:1], title]:
        plain = re.sub(r"^(?:中国共产党|中共)|\d{4}\s*年度?|关于", " ", to_simplified(text or ""))
        plain = plain.strip()
        found: list[str] = []
        at = 0
        while (m := _PLACE.match(plain, at)) is not None and m.group(0) not in _NOT_A_PLACE:
            found.append(m.group(0))
            at = m.end()
        if found:
            return found[-1]
    return None


def normalise(name: str) -> str:
    text = to_simplified(name)
    text = _BRACKETS.sub("", text)
    text = re.sub(r"\s+", "", text)
    text = re.sub(r"^(?:全年|全市|全区|全县|全省|本市|本区)", "", text)
    return _MEASURED.sub("", text) or text


def form_of(name: str, value: Value | None) -> str | None:
    """What a value measures: 'growth' (a rate of change in %), or 'level:UNIT'."""
    if value is None or (value.low is None and value.high is None):
        return None
    unit = value.unit or ""
    grows = bool(_MEASURED.search(to_simplified(name))) or any(
        w in (value.qualifier or "") for w in ("增长", "下降")
    )
    if unit == "%" and grows:
        return "growth"
    return f"level:{unit}" if unit else None


@dataclass(frozen=True, slots=True)
class Entry:
    key: str
    place: str
    name: str
    norm: str
    form: str
    period: str | None
    kind: str  # target | actual
    value: Value


def entries(indicator: object, place: str | None) -> list[Entry]:
    """The ledger entries an extracted indicator gives (a target, an outcome, or both)."""
    from gongbao.facts import Indicator

    assert isinstance(indicator, Indicator)
    if place is None:
        return []
    norm = normalise(indicator.name)
    out = []
    for kind, value in (("target", indicator.target), ("actual", indicator.actual)):
        form = form_of(indicator.name, value)
        if value is None or form is None:
            continue
        out.append(
            Entry(
                f"{place}|{norm}",
                place,
                indicator.name,
                norm,
                form,
                indicator.period,
                kind,
                value,
            )
        )
    return out


def status(target: dict[str, object], actual: dict[str, object]) -> str | None:
    """met / exceeded / not met, for a target and an outcome of the same form."""
    a = actual.get("low")
    low, high = target.get("low"), target.get("high")
    if not isinstance(a, int | float):
        return None
    if isinstance(high, int | float) and low is None:  # 以内 / 以下
        return "met" if a <= high else "not met"
    if not isinstance(low, int | float):
        return None
    if a < low:
        return "not met"
    if isinstance(high, int | float) and a > high:
        return "exceeded"
    return "met"
