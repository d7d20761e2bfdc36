"""A document's own contents page (a report's, a budget's, an annual report's): its 目录 head —
on one line, or its two characters on two lines as PDF tools split a spaced heading — and the
entries under it, with or without dot leaders and page numbers, up to where the text begins
(the first entry printed again as a heading, or a sentence). Kept as a ``contents`` block:
not lost, and not read as the text (its numbers are no numbering gap, its lines no facts).
"""

from __future__ import annotations

import re

from gongbao.clean import Group
from gongbao.model import Block, Source
from gongbao.titles import CONTENTS_HEAD, CONTENTS_HEAD_OPENS

_LEADER = re.compile(r"\s*(?:[.…·．。\s]{2,}|\s)\s*[(（]?\d{1,4}[)）]?$|\s*[.…·．]{2,}$")
_ENTRY_MAX = 60


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", _LEADER.sub("", text.replace("**", "")))


def _head_at(groups: list[Group], limit: int) -> tuple[int, int] | None:
    """(index of the head, index after it): '目录', or '目' then '录'."""
    for i, g in enumerate(groups[:limit]):
        t = g.text.strip()
        if t[:1] in CONTENTS_HEAD_OPENS and CONTENTS_HEAD.match(t):
            return i, i + 1
        if t == "目" and i + 1 < len(groups) and groups[i + 1].text.strip() in ("录", "錄"):
            return i, i + 2
    return None


def spread_contents(groups: list[Group], limit: int = 40) -> list[Group]:
    """A contents head printed with its entries and the text in one run of lines (no blank
    lines between): the run spread one line a group, so that the page can be cut out."""
    for i, g in enumerate(groups[:limit]):
        first = g.lines[0].text.strip() if len(g.lines) > 1 else ""
        if first[:1] in CONTENTS_HEAD_OPENS and CONTENTS_HEAD.match(first):
            return [*groups[:i], *(Group([ln]) for ln in g.lines), *groups[i + 1 :]]
    return groups


def split_contents(groups: list[Group], limit: int = 40) -> tuple[int, int] | None:
    """The range of groups a contents page takes (head and entries), or None."""
    found = _head_at(groups, limit)
    if found is None:
        return None
    head, k = found
    first: str | None = None
    entries = 0
    lines_seen = 0
    while k < len(groups):
        g = groups[k]
        texts = [ln.text.strip() for ln in g.lines]
        if g.is_table or any("。" in t or len(t) > _ENTRY_MAX for t in texts):
            break
        key = _squash(texts[0])
        if first is not None and key == first and lines_seen > 1:
            break  # the text begins: its first heading is the first entry again
        first = first or key
        entries += len(texts)
        lines_seen += len(texts)
        k += 1
    return (head, k) if entries >= 2 else None


def contents_block(groups: list[Group], doc_id: str) -> Block:
    """The contents page as one block: each entry a paragraph, as printed."""
    entries = [
        Block(
            "paragraph",
            text=ln.text.strip(),
            source=Source(document=doc_id, line=ln.no, end_line=ln.last or ln.no),
        )
        for g in groups[1:]
        for ln in g.lines
        if ln.text.strip() not in ("录", "錄")
    ]
    start = groups[0].start
    return Block(
        "contents",
        text=groups[0].text.strip(),
        children=entries,
        source=Source(document=doc_id, line=start, end_line=groups[-1].end),
    )
