"""Tokens a site sprinkles into a text to mark its copies: a few Latin letters glued after
the end of a paragraph, over and over ('…代表大会第五次会议上PZl', '政府工作报告ftr  2020年…').

They are no part of the text, and where the site flattened the text onto one line they stand
where its paragraphs ended: each is taken out (recorded with its line) and, inside a line,
leaves a line break. A token is a marker only where it recurs after Chinese text at the end
of a line or before spaces, and is not an acronym (GDP, CPI, PPP are in capitals); a digit
may stand among its letters ('v7R')."""

from __future__ import annotations

import re
from collections import Counter

from gongbao.model import Removed
from gongbao.read import Line

_GLUED = re.compile(
    r"(?<=[\u4e00-\u9fff，。：:；、）)”」])(?P<tok>[A-Za-z][A-Za-z0-9]{1,4})(?P<gap>[ \u3000]+|$)",
    re.M,
)
#: how often a token recurs before it is taken for a site's marker
_RECURS = 3


def site_markers(whole: str) -> frozenset[str]:
    """The tokens of a text that are a site's markers."""
    counts = Counter(m.group("tok") for m in _GLUED.finditer(whole))
    # (letters, a digit among them perhaps: 'v7R'; two letters at least)
    return frozenset(
        t
        for t, n in counts.items()
        if n >= _RECURS and not t.isupper() and sum(c.isalpha() for c in t) >= 2
    )


def strip_site_markers(
    lines: list[Line], markers: frozenset[str]
) -> tuple[list[Line], list[Removed]]:
    """The lines without the markers (a line cut where one stood inside it), and what went."""
    out: list[Line] = []
    removed: list[Removed] = []
    # once known, a marker goes wherever it stands after the text, the next paragraph run
    # onto it or not ('…国家级外贸转型升级基地。PZl一年来，…')
    anywhere = re.compile(
        r"(?<=[\u4e00-\u9fff，。：:；、）)”」])(?P<tok>"
        + "|".join(sorted(map(re.escape, markers), key=len, reverse=True))
        + r")(?![A-Za-z0-9])[ \u3000]*"
    )
    for ln in lines:
        text = ln.text
        found = list(anywhere.finditer(text))
        if not found:
            out.append(ln)
            continue
        parts: list[str] = []
        at = 0
        for m in found:
            parts.append(text[at : m.start()])
            removed.append(Removed(ln.no, m.group("tok"), "site_marker"))
            at = m.end()
        tail = text[at:]
        if tail.strip():
            parts.append(tail)
        kept = [p for p in parts if p.strip()]
        out.extend(ln.with_text(p) for p in kept)
        if not kept:
            out.append(ln.with_text(""))
    return out, removed


#: a word processor's field codes left in a page's text where its contents were fields
#: ('一、主要职责 PAGEREF _Toc32310 h 3', 'HYPERLINK \l "_Toc123"', 'TOC \o "1-3" \h \z \u')
_FIELD_CODE = re.compile(
    r"\s*(?:PAGEREF\s+_Toc\d+(?:\s+\\?h)?|HYPERLINK\s+\\l\s+\"?_Toc\d+\"?"
    r"|TOC\s+\\o\s+\"[\d-]+\"(?:\s+\\[a-z])*)\s*"
)
_FIELD_HINT = ("PAGEREF", "HYPERLINK", "TOC \\o")


def has_field_codes(whole: str) -> bool:
    return any(h in whole for h in _FIELD_HINT)


def strip_field_codes(lines: list[Line]) -> tuple[list[Line], list[Removed]]:
    """The lines without the field codes (a space where one stood: '单位概况 3'), each
    recorded with its line."""
    out: list[Line] = []
    removed: list[Removed] = []
    for ln in lines:
        if not any(h in ln.text for h in _FIELD_HINT):
            out.append(ln)
            continue
        for m in _FIELD_CODE.finditer(ln.text):
            removed.append(Removed(ln.no, m.group(0).strip(), "field_code"))
        out.append(ln.with_text(_FIELD_CODE.sub(" ", ln.text).rstrip()))
    return out, removed
