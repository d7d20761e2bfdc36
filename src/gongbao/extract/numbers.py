"""Numbers as Chinese government documents print them: Arabic with thousands separators,
magnitudes (2万名 → 20000 名, 1.3万人次 → 13000 人次), ranges (80-100, 4-18岁), and
qualifiers (左右, 以上, 不少于, 五年累计). Chinese numerals are read by gongbao.numerals.

    QUANTITY  = number [万|亿|千] unit        2万名 · 120万平方米 · 13250具 · 1.3万人次
    VALUE     = [增长|达到] number [-number] [unit] [qualifier] [(note)]
                5%左右 (3535.16亿元) · 80-100 (五年累计) · 50以上 · 完成市下达目标
"""

from __future__ import annotations

import re
from functools import lru_cache

from gongbao.facts import Quantity, Value

#: counting units of practical projects, longest first so that 人次 wins over 人
UNITS = sorted(
    [
        "名",
        "户",
        "张",
        "个",
        "场",
        "家",
        "人次",
        "平方米",
        "公里",
        "千米",
        "米",
        "台",
        "处",
        "座",
        "条",
        "项",
        "具",
        "所",
        "套",
        "间",
        "次",
        "班",
        "床",
        "亩",
        "棵",
        "辆",
        "块",
        "吨",
        "份",
        "批",
        "册",
        "期",
        "小时",
        "人",
        "位",
        "件",
        "种",
        "支",
        "门",
        "部",
        "幢",
        "栋",
        "万元",
        "亿元",
        "元",
        "公顷",
        "千瓦",
        "辆次",
        "床位",
        "岗位",
        "课时",
        "课",
    ],
    key=len,
    reverse=True,
)
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_NUM = r"[一二两三四五六七八九十百千]+"
QUANTITY = re.compile(
    rf"""(?P<num>{_NUM}|{_CN_NUM})          # 2 · 1.3 · 13,250 · 两
        (?P<mag>万|亿|千)?                   # magnitude
        (?P<unit>{"|".join(UNITS)})          # counting unit
    """,
    re.X,
)
_AGE_OR_TIME = re.compile(r"^(?:岁|周岁|年|月|日|%)")

VALUE = re.compile(
    rf"""^(?P<verb>增长|下降|达到|保持|控制在|不低于|不少于|超过)?\s*
        (?P<low>-?{_NUM})
        (?:\s*%?\s*[-~—–至]\s*(?P<high>{_NUM}))?   # '7.5%—8%': the unit printed twice
        \s*(?P<unit>%|‰|[^\d\s(（)）左以不-]{{1,6}}?)?
        \s*(?P<qual>左右|以上|以下|以内|及以上)?
        \s*(?:[(（](?P<note>[^)）]*)[)）])?\s*$""",
    re.X,
)


@lru_cache(maxsize=1024)
def to_number(text: str) -> float:
    """'13,250' → 13250; '两' → 2; '1.3万' → 13000; '千' (千场演出) → 1000."""
    from gongbao.numerals import cn_amount

    return cn_amount(text)


def quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        after = text[m.end() : m.end() + 2]
        before = text[m.start() - 1 : m.start()]
        if _AGE_OR_TIME.match(after) or (before and before in "-~至"):
            continue  # the low end of a range such as 4-18岁
        if not m.group("num")[0].isdigit() and before in "“‘「『\"'":
            continue  # a numeral opening a quoted name: “五床联动” is not five beds
        num = m.group("num")
        mag = m.group("mag") or ""
        try:
            value = to_number(num.replace(",", "") + mag)
        except ValueError:
            continue  # a run of numerals that is no number (千百); nothing is guessed
        if value == int(value):
            value = int(value)
        out.append(Quantity(value, m.group("unit"), m.group(0)))
    return out


def parse_value(text: str | None) -> Value | None:
    """A target or outcome cell: numbers where printed, the words kept as the qualifier."""
    if text is None or not text.strip():
        return None
    printed = text.strip()
    m = VALUE.match(printed.replace("，", ","))
    if m is None:
        return Value(printed, qualifier=printed)
    low: float | None = to_number(m.group("low"))
    high = to_number(m.group("high")) if m.group("high") else None
    qual = [q for q in (m.group("verb"), m.group("qual"), m.group("note")) if q]
    if m.group("qual") in ("以上", "及以上"):
        high = None
    elif high is None and m.group("qual") not in ("以下", "以内"):
        high = low
    if m.group("qual") in ("以下", "以内"):
        low, high = None, low
    return Value(printed, low, high, m.group("unit") or None, "；".join(qual) or None)
