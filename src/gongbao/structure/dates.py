"""Dates as Chinese documents print them, to ISO ``YYYY-MM-DD``.

2026年1月19日 · 2026 年 2 月 6 日 · 二〇二六年二月二十八日 · 2026-01-19 · 2026.1.19
"""

from __future__ import annotations

import re
from datetime import date

from gongbao.numbering import CN_DIGITS, YEAR, YEAR_ZEROS, cn_to_int

DATE = re.compile(
    rf"""(?P<y>{YEAR})\s*年\s*  # year
        (?P<m>\d{{1,2}}|[{CN_DIGITS}]{{1,3}}|元)\s*月\s*         # month (元月: January)
        (?P<d>\d{{1,2}}|[{CN_DIGITS}]{{1,3}}|[廿卄卅][一二三四五六七八九]?)\s*日  # day (廿: 20)
      | (?P<y2>\d{{4}})[-./](?P<m2>\d{{1,2}})[-./](?P<d2>\d{{1,2}})(?!\d)""",
    re.X,
)
#: a year spelt digit by digit (numbering.YEAR_ZEROS)
_DIGIT_BY_DIGIT = str.maketrans(
    YEAR_ZEROS + "一二三四五六七八九", "0" * len(YEAR_ZEROS) + "123456789"
)


#: (an encyclopedia's footnote mark after it too: '二00七年七月十七日[1]')
_DATE_LINE = re.compile(
    # (an hour after it, as an emergency's notice signs: '2016年6月28日15时')
    rf"^[(（]?\s*(?:{DATE.pattern})(?:\d{{1,2}}时(?:\d{{1,2}}分)?)?\s*[)）]?。?(?:\[\d{{1,2}}\])?$",
    re.X,
)


def is_date_line(text: str) -> bool:
    """A line that is only a date, bare or in brackets: '(2026年1月19日)', '二〇二五年三月五日'
    (a full stop after it, as a page may print one: '2020年6月3日。', or a footnote's mark).
    (Such a line ends on 日, a digit, its bracket or that stop: most lines are settled by
    that.)"""
    text = text.strip()
    last = text[-1:]
    return (last in _DATE_LAST or last.isdecimal()) and _DATE_LINE.match(text) is not None


#: the last characters of a stripped date line besides a digit
_DATE_LAST = frozenset("日)）。]时分")


def _year(text: str) -> int:
    return int(text) if text.isdigit() else int(text.translate(_DIGIT_BY_DIGIT))


def iso(y: int, m: int, d: int) -> str | None:
    """An ISO date, or None for one that does not exist (二月三十一日 is no date)."""
    if not 1900 <= y <= 2200:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> str | None:
    """The first date in ``text``, as ISO, or None."""
    m = DATE.search(text)
    if m is None:
        return None
    return date_from_match(m)


def date_from_match(m: re.Match[str]) -> str | None:
    if m.group("y"):
        return iso(_year(m.group("y")), _month(m.group("m")), _day(m.group("d")))
    return iso(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))


#: the tens older dates write with one character: 廿 (or 卄) twenty, 卅 thirty ('十二月廿日')
_TENS = {"廿": 20, "卄": 20, "卅": 30}


def _month(text: str) -> int:
    return 1 if text == "元" else cn_to_int(text)  # (元月: the first month)


def _day(text: str) -> int:
    if text[:1] in _TENS:
        return _TENS[text[0]] + (cn_to_int(text[1:]) if len(text) > 1 else 0)
    return cn_to_int(text)


_SPACED = re.compile(r"^[^\w\s]?\s*(?P<y>(?:19|20)\d{2})\s+(?P<m>\d{1,2})\s+(?P<d>\d{1,2})$")
_COMPACT = re.compile(r"^(?P<y>(?:19|20)\d{2})年?(?P<md>\d{2,4})日?$")
#: a date whose 日 the page lost at the line's end: '2016年7月14'
_NO_DAY_MARK = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})$")
#: the same in Chinese numerals: '二〇一二年三月二十二'; read where no longer day opens with
#: the day printed (a page cut after '二月十' or '三月二' left its day open)
_DAY_PREFIXES = frozenset({"二", "三", "十", "二十", "三十"})
_NO_DAY_MARK_HAN = re.compile(
    rf"^(?P<y>[〇○零一二三四五六七八九]{{4}})\s*年\s*(?P<m>[{CN_DIGITS}]{{1,3}}|元)\s*月"
    rf"\s*(?P<d>[{CN_DIGITS}]{{1,3}})$"
)


def compact_date(text: str) -> str | None:
    """A date whose 年, 月 (and 日) a page lost, read only where one reading exists:
    '20171116' → 2017-11-16, '202184日' → 2021-08-04, '2019610' → 2019-06-10, '2017年1214'
    → 2017-12-14, '2016年7月14' → 2016-07-14, '二〇一二年三月二十二' → 2012-03-22; '2022128'
    (1月28日 or 12月8日) → None."""
    readings = compact_readings(text)
    return readings.pop() if len(readings) == 1 else None


def compact_readings(text: str) -> set[str]:
    """Every date a line of a date whose marks a page lost can be read as ('2022128': 1月28日
    and 12月8日): a line that is a date, though which one it does not say."""
    text = text.strip()
    if "月" in text and text[-1:] in CN_DIGITS and (han := _NO_DAY_MARK_HAN.match(text)):
        if han.group("d") in _DAY_PREFIXES:
            return set()  # ('…一月十': 十 or 十一 … 十九, where a page was cut after it)
        found = iso(_year(han.group("y")), _month(han.group("m")), _day(han.group("d")))
        return {found} if found else set()
    if not (text.endswith("日") or text[-1:].isdecimal()):
        return set()  # (every other pattern ends on a digit or 日)
    if "月" in text and (no_day := _NO_DAY_MARK.match(text)):
        found = iso(int(no_day.group("y")), int(no_day.group("m")), int(no_day.group("d")))
        return {found} if found else set()
    if spaced := _SPACED.match(text):
        # '{ 2017 6 23': the separators lost, the spaces between the numbers kept
        found = iso(int(spaced.group("y")), int(spaced.group("m")), int(spaced.group("d")))
        return {found} if found else set()
    m = _COMPACT.match(text)
    if m is None:
        return set()
    y, md = int(m.group("y")), m.group("md")
    readings = set()
    for cut in range(1, len(md)):
        month, day = md[:cut], md[cut:]
        if len(month) > 2 or len(day) > 2:
            continue
        if day.startswith("0") and not month.startswith("0"):
            continue  # '2022105': a day is zero-padded only beside a padded month
        if (found := iso(y, int(month), int(day))) is not None:
            readings.add(found)
    return readings


def format_cn_date(value: str) -> str:
    """ISO date → 二〇二六年二月二十八日 (used to test that parsing round-trips)."""
    from gongbao.numerals import int_to_cn

    y, m, d = (int(p) for p in value.split("-"))
    year = "".join("〇一二三四五六七八九"[int(c)] for c in f"{y:04d}")
    return f"{year}年{int_to_cn(m)}月{int_to_cn(d)}日"
