"""Issue metadata from the cover and the back-cover colophon.

Gazette covers print the name (…公报), the year, 第N期（总第M期）, the period covered
('(1月1日至2月28日)'), the publication date ('二〇二六年二月二十八日出版') and who runs it
('…办公室主办' or '主办：…'). The colophon at the end repeats some of it.
"""

from __future__ import annotations

import re

from gongbao.model import IssueMeta
from gongbao.numbering import CN_DIGITS, cn_to_int
from gongbao.structure.dates import DATE, date_from_match, iso

_NUMBER = re.compile(
    rf"(?:(?P<year>\d{{4}})\s*年\s*)?第\s*(?P<n>\d+|[{CN_DIGITS}]+)\s*期"
    r"(?:\s*[（(]\s*总第\s*(?P<total>\d+)\s*期\s*[)）])?"
)
_TOTAL = re.compile(r"总第\s*(\d+)\s*期")
_PERIOD = re.compile(
    r"(?:(?P<y1>\d{4})年)?(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日\s*[至到—~-]\s*"
    r"(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日"
)
_PUBLISHER = re.compile(r"^(?:主[办辦](?:[单單]位)?[:：]\s*(?P<a>.+)|(?P<b>.+?)\s*主[办辦])$")
_YEAR_LINE = re.compile(r"^(\d{4})$")
#: lines that belong to a colophon rather than to the last document
COLOPHON = re.compile(r"(出版|主办|网址|编辑|印刷|地址|电话|邮编|邮箱|承办|发行|总第\s*\d+\s*期)")


def gazette_name(lines: list[str]) -> str | None:
    for t in lines:
        if ("公报" in t or "公報" in t) and len(t) <= 40 and not _CLAUSE.search(t):
            return t
    return None


#: what no gazette's name holds: a sentence's or a list's marks, a quoted name ('三、各级邮政
#: 部门要认真做好《国务院公报》的发行工作,…' speaks of a gazette)
_CLAUSE = re.compile(r"[，,。；;《》、]")


def parse_cover(lines: list[str]) -> IssueMeta:
    """Metadata from cover and colophon lines (already cleaned, blank lines dropped)."""
    meta = IssueMeta(gazette=gazette_name(lines))
    for t in lines:
        if meta.year is None and (m := _YEAR_LINE.match(t)):
            meta.year = int(m.group(1))
        if meta.number is None and (m := _NUMBER.search(t)):
            meta.number = cn_to_int(m.group("n"))
            if m.group("year"):
                meta.year = int(m.group("year"))
            if m.group("total"):
                meta.total_number = int(m.group("total"))
        if meta.total_number is None and (m := _TOTAL.search(t)):
            meta.total_number = int(m.group(1))
        if meta.publisher is None and (m := _PUBLISHER.match(t)):
            meta.publisher = (m.group("a") or m.group("b")).strip()
        if meta.published is None and "出版" in t and (m := DATE.search(t)):
            meta.published = date_from_match(m)
    if meta.year is None and meta.published:
        meta.year = int(meta.published[:4])
    for t in lines:
        if (m := _PERIOD.search(t)) and meta.year:
            y1 = int(m.group("y1") or meta.year)
            y2 = int(m.group("y2") or y1)
            meta.period_start = iso(y1, int(m.group("m1")), int(m.group("d1")))
            meta.period_end = iso(y2, int(m.group("m2")), int(m.group("d2")))
            break
    return meta
