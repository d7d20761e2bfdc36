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
#: a name that opens with the country ('我国常住人口城镇化率', ``gongbao.extract.reported``) is
#: the country's figure, whichever page states it
_COUNTRY = re.compile(r"^(?:我国|全国|中国)")
COUNTRY = "全国"
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
    norm = normalise(indicator.name)
    country = _COUNTRY.match(to_simplified(indicator.name))
    if country and (place is None or country.group(0) == "我国"):
        # '全国…' in a district's table may be the district's own count: only a page with no
        # place of its own, or '我国', speaks for the country
        place = COUNTRY
        norm = normalise(indicator.name[country.end() :])
    if place is None:
        return []
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


#: the words official mid-term reviews of a five-year plan use for an indicator's progress
AHEAD, FASTER, ON_TRACK, BEHIND = "提前实现", "快于预期", "基本符合预期", "滞后"
#: at the plan's last year the target is simply reached or not
REACHED, MISSED = "已实现", "未实现"
#: how far the share done may stray from the share of the period gone and still be on track
TOLERANCE = 0.1


def plan_years(period: str | None) -> tuple[int, int] | None:
    """A plan's period, '2026–2030' → (2026, 2030); None for a single year."""
    m = re.fullmatch(r"(\d{4})\s*[–—-]\s*(\d{4})", period or "")
    if m is None or int(m.group(2)) <= int(m.group(1)):
        return None
    return int(m.group(1)), int(m.group(2))


def expected(base: float, target: float, years: tuple[int, int], at: float) -> float:
    """Where the straight line from the year before the plan (``base``) to its target stands
    at the end of year ``at`` (fractions allowed: 2018.5 is mid-2018)."""
    start, end = years
    return base + (target - base) * (at - (start - 1)) / (end - (start - 1))


def progress(
    base: float | None,
    target: dict[str, object],
    actual: float,
    years: tuple[int, int],
    at: float,
) -> dict[str, object] | None:
    """A five-year target's progress at year ``at``: the share of the change done against the
    share of the period gone, in the reviews' words — 提前实现 (the target reached before the
    last year), 快于预期 / 基本符合预期 (within ±10 points of the line) / 滞后, and 已实现 /
    未实现 in the last year. A ceiling ('控制在X以内') is reached or not; any other target
    needs the year before the plan as its base, or nothing is said."""
    low, high = target.get("low"), target.get("high")
    start, end = years
    if not start <= at <= end:
        return None
    if isinstance(high, int | float) and low is None:  # a ceiling
        if actual <= high:
            return {"status": AHEAD if at < end else REACHED}
        return {"status": MISSED} if at >= end else None
    if not isinstance(low, int | float) or base is None or low == base:
        return None
    done = (actual - base) / (low - base)
    gone = (at - (start - 1)) / (end - (start - 1))
    out: dict[str, object] = {
        "expected": round(expected(base, float(low), years, at), 4),
        "share_of_time": round(gone, 3),
        "share_done": round(done, 3),
    }
    if at >= end:
        out["status"] = REACHED if done >= 1 else MISSED
    elif done >= 1:
        out["status"] = AHEAD
    elif done >= gone + TOLERANCE:
        out["status"] = FASTER
    elif done >= gone - TOLERANCE:
        out["status"] = ON_TRACK
    else:
        out["status"] = BEHIND
    return out
