"""The end of a document: signatures (one issuer, or a joint-signature table in two
columns), the date under them, and the validity clause (有效期至…, 自…起施行)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from gongbao.clean import Group
from gongbao.structure.dates import DATE, date_from_match, parse_date
from gongbao.structure.head import _ORG_END

_VALID_UNTIL = re.compile(r"有效期(?:至|到)\s*(?P<date>[^，。；,]{6,20}?日)")
_VALID_YEARS = re.compile(r"有效期\s*(?P<n>[一二三四五六七八九十\d]{1,3})\s*年")
_VALID_FROM = re.compile(r"自\s*(?P<when>[^，。；,]{4,24}?)\s*起\s*(?:施行|生效|执行|实施)")
_ON_ISSUE = re.compile(r"(公布|印发|发布|发文|颁布)之日")
_DATE_LINE = re.compile(r"^[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?$")


def signature(groups: list[Group]) -> tuple[int, list[str], str | None]:
    """How many trailing groups are a signature, the signers, and the signature date."""
    signers: list[str] = []
    sig_date: str | None = None
    n = 0
    for g in reversed(groups[-3:]):
        lines = [ln.text.strip() for ln in g.lines]
        if g.is_table:
            cells = [c.strip() for ln in lines for c in ln.split("\t") if c.strip()]
            if cells and all(_ORG_END.search(c) and len(c) <= 30 for c in cells):
                signers = cells + signers
                n += 1
                continue
            break
        if all(
            _DATE_LINE.match(t) or (_ORG_END.search(t) and len(t) <= 30 and "，" not in t)
            for t in lines
        ):
            for t in lines:
                if _DATE_LINE.match(t):
                    sig_date = parse_date(t)
                else:
                    signers.append(t)
            n += 1
            continue
        break
    return n, signers, sig_date


def validity(texts: list[str], doc_date: str | None) -> tuple[str | None, str | None]:
    valid_from: str | None = None
    valid_until: str | None = None
    for t in texts:
        if "有效期" not in t and "起" not in t:
            continue
        if valid_until is None and (m := _VALID_UNTIL.search(t)):
            valid_until = parse_date(m.group("date"))
        if valid_from is None and (m := _VALID_FROM.search(t)):
            when = m.group("when")
            if _ON_ISSUE.search(when):
                valid_from = doc_date
            elif dm := DATE.search(when):
                valid_from = date_from_match(dm)
        if valid_until is None and valid_from and (m := _VALID_YEARS.search(t)):
            from gongbao.numbering import cn_to_int

            start = date.fromisoformat(valid_from)
            years = cn_to_int(m.group("n"))
            try:
                valid_until = (
                    start.replace(year=start.year + years) - timedelta(days=1)
                ).isoformat()
            except ValueError:
                valid_until = None
    return valid_from, valid_until
