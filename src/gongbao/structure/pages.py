"""Pages on every source, for readers that know them (PDF).

A source names its block's input lines and a character span in the block's text. A block can
run over a page break, so the page is that of the line where the span's text starts: the
span's first characters are looked for in the block's lines (white space aside), and the
block's first line answers when they cannot be found.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from gongbao.model import Block, Issue, Source
from gongbao.read import Line

_SPACE = re.compile(r"\s+")


def sources(obj: Any, seen: set[int] | None = None) -> Iterator[Source]:
    """Every ``Source`` held anywhere in the issue's dataclasses, lists and dicts."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, Source):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from sources(getattr(obj, f.name), seen)
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from sources(item, seen)
    elif isinstance(obj, dict):
        for item in obj.values():
            yield from sources(item, seen)


def assign_pages(issue: Issue, lines: list[Line]) -> None:
    page = {ln.no: ln.page for ln in lines}
    if not any(p is not None for p in page.values()):
        return
    flat = {ln.no: _SPACE.sub("", ln.text) for ln in lines}
    blocks: dict[tuple[str, str], Block] = {}
    for doc in issue.documents:

        def rec(bs: list[Block], doc_id: str = doc.id) -> None:
            for b in bs:
                if b.path:
                    blocks[(doc_id, b.path)] = b
                rec(b.children)

        rec(doc.body)
    for src in list(sources(issue)):
        if src.line is None:
            continue
        src.page = page.get(src.line)
        block = blocks.get((src.document or "", src.block or ""))
        if block is None or src.span is None or src.end_line in (None, src.line):
            continue
        snippet = _SPACE.sub("", block.text[src.span[0] : src.span[1]])[:8]
        if not snippet:
            continue
        owners: list[int] = []
        text = []
        for no in range(src.line, (src.end_line or src.line) + 1):
            part = flat.get(no, "")
            text.append(part)
            owners.extend([no] * len(part))
        at = "".join(text).find(snippet)
        if at >= 0:
            src.page = page.get(owners[at], src.page)
