"""The numbering styles of Chinese official documents, from 第一章 down to ①.

GB/T 9704 (党政机关公文格式) fixes the order 一、 → （一） → 1. → （1）; laws and rules use
第X编/章/节/条; lists use circled numbers. Full-width and half-width brackets and stops are
both printed, and traditional-character documents write the same numerals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CN_DIGITS = "〇零一二三四五六七八九十百千两壹贰叁肆伍陆陸柒捌玖拾佰仟貳參"
#: the zero of a year spelt digit by digit: 〇, ○ or 零, or a letter like them a typesetter
#: or a converter put for it (Latin O, full-width Ｏ, Cyrillic О, Greek Ο, ◯), or 0 (二OO六)
YEAR_ZEROS = "〇○零OoＯОоΟο◯0"
#: a year as dates print it: 2026, 二〇二六, 二OO六
YEAR = rf"(?:\d{{4}}|[{YEAR_ZEROS}一二三四五六七八九]{{4}})"

#: Outline rank of each style: smaller is higher in the tree.
RANKS = {
    "part": 0,  # 第X编
    "chapter": 1,  # 第X章
    "section": 2,  # 第X节
    "article": 3,  # 第X条
    "cn": 4,  # 一、
    "paren_cn": 5,  # （一）
    "arabic": 6,  # 1. 1、 1． 1﹒
    "paren_arabic": 7,  # （1）
    "circled": 8,  # ①
}

_NUMBER = re.compile(
    rf"""^(?:
        (?P<unit_label>第\s*(?P<unit_n>[{CN_DIGITS}\d]+)\s*(?P<unit>[编編章节節条條]))  # 第三章
            (?!规定|規定|的规定|第[{CN_DIGITS}\d]+[款项]|中(?:所|的|规定)|所(?:称|列|指|述|规定))
                                                   # '第九十九条规定：…' cites a law
            (?:\s+|$|(?=[^\s，。、]))
      | (?P<cn_label>(?P<cn_n>[{CN_DIGITS}]+)\s*[、，])                             # 一、
      | (?P<pcn_label>[（(]\s*(?P<pcn_n>[{CN_DIGITS}]+)\s*[)）])\s*                 # （一）
      | (?P<ar_label>(?P<ar_n>\d{{1,3}})\s*(?:[.．﹒、]|(?P<ar_sp>\s)(?=[^\d\s]))
            (?!\d(?!\d{{3}}年)))\s*                                              # 1. 1、 14.2025年
      | (?P<par_label>[（(]\s*(?P<par_n>\d{{1,3}})\s*[)）])\s*                      # （1）
      | (?P<circ_label>(?P<circ_n>[①-⑳]))\s*                                       # ①
    )""",
    re.X,
)

_UNIT_STYLE = {
    "编": "part",
    "編": "part",
    "章": "chapter",
    "节": "section",
    "節": "section",
    "条": "article",
    "條": "article",
}


@dataclass(slots=True, frozen=True)
class Number:
    style: str
    value: int
    label: str
    rest: str

    @property
    def rank(self) -> int:
        return RANKS[self.style]


@lru_cache(maxsize=512)
def cn_to_int(text: str) -> int:
    """Chinese numerals (一, 十三, 二十一, 〇, traditional 壹) to an integer."""
    if text.isdigit():
        return int(text)
    from gongbao.numerals import cn_to_int as read

    try:
        return read(text)
    except ValueError:
        return 0


#: the characters a numbered line can open with (besides digits): most lines are settled by
#: their first character, without trying the pattern's six branches
_OPENERS = frozenset(f"第（({CN_DIGITS}" + "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1)))


def match_number(text: str) -> Number | None:
    """The ordinal a line starts with, if it starts with one."""
    if not text or (text[0] not in _OPENERS and not text[0].isdecimal()):
        return None
    # a short line (a heading, a label 'x', a head line) is asked again by the document
    # boundaries, the head, the outline, its lists and the numbering check: kept
    return _kept_number(text) if len(text) <= 200 else _number(text)


@lru_cache(maxsize=8192)
def _kept_number(text: str) -> Number | None:
    """``_number``, kept (a ``Number`` is frozen: one object serves every caller)."""
    return _number(text)


def _number(text: str) -> Number | None:
    """``match_number``'s reading of a line its first character lets open with a number."""
    m = _NUMBER.match(text)
    if m is None:
        return None
    g = m.groupdict()
    rest = text[m.end() :].strip()
    if g["unit_label"]:
        return Number(
            _UNIT_STYLE[g["unit"]], cn_to_int(g["unit_n"]), _squash(g["unit_label"]), rest
        )
    if g["cn_label"]:
        if not rest:
            return None
        return Number("cn", cn_to_int(g["cn_n"]), _squash(g["cn_label"]), rest)
    if g["pcn_label"]:
        return Number("paren_cn", cn_to_int(g["pcn_n"]), _squash(g["pcn_label"]), rest)
    if g["ar_label"]:
        if not rest or (g["ar_sp"] and rest[0] in "%％年月日万亿元个项件名家倍"):
            return None
        return Number("arabic", int(g["ar_n"]), _squash(g["ar_label"]), rest)
    if g["par_label"]:
        return Number("paren_arabic", int(g["par_n"]), _squash(g["par_label"]), rest)
    if g["circ_label"]:
        return Number("circled", ord(g["circ_n"]) - ord("①") + 1, g["circ_label"], rest)
    return None


_SPACE = re.compile(r"\s+")


def _squash(label: str) -> str:
    return _SPACE.sub("", label)
