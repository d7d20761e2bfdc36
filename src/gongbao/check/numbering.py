"""Gaps in printed numbering: 一、 then 三、, or items 1–3 then 5.

A sequence may continue across the headings that split it (measures 1–47 under several
（一）…（七）), and may restart at 1 (principles 1–4, then measures 1–47): neither is a gap.
"""

from __future__ import annotations

from gongbao.model import Block, Issue, Problem
from gongbao.numbering import match_number


def _walk(blocks: list[Block], doc: str, last: dict[str, int], out: list[Problem]) -> None:
    local: dict[str, int] = {}
    for b in blocks:
        if b.num and not b.num.startswith("附件"):
            m = match_number(b.num + "x")
            if m is not None:
                prev = local.get(m.style, last.get(m.style))
                if prev is not None and m.value not in (1, prev + 1) and m.value != prev:
                    out.append(
                        Problem(
                            "numbering_gap",
                            f"{b.num} follows number {prev} of the same style",
                            doc,
                            b.source,
                        )
                    )
                local[m.style] = m.value
                last[m.style] = m.value
        _walk(b.children, doc, dict(last), out)


def numbering_gaps(issue: Issue) -> list[Problem]:
    out: list[Problem] = []
    for doc in issue.documents:
        _walk(doc.body, doc.id, {}, out)
    return out
