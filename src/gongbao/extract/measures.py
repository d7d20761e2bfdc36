"""Policy measures: numbered items that end with who carries them —
（责任单位：…） （责任部门：…） （牵头单位：…；配合单位：…）. Principles without such a note
(总体要求) are not measures. Responsible units resolve to the issue's organisation registry."""

from __future__ import annotations

import re

from gongbao.extract.organisations import Registry
from gongbao.extract.walk import number_of, source, walk
from gongbao.facts import Measure
from gongbao.model import Issue

RESPONSIBLE = re.compile(
    r"[（(]\s*(?:责任单位|责任部门|牵头单位|牵头部门|主责单位|实施单位|責任單位|責任部門|牽頭單位)"
    r"\s*[:：]"
)
SUPPORT = re.compile(r"[；;，,]\s*(?:配合单位|配合部门|协办单位|配合單位|協辦單位)\s*[:：]")


def responsibility(text: str) -> tuple[int, list[str], list[str]] | None:
    """Where the closing note starts, its lead units and its supporting units. Unit names may
    hold brackets of their own ('…中央活力区（CAZ）'), so the note runs to the text's end."""
    stripped = text.rstrip("。 ")
    if not stripped.endswith(("）", ")")):
        return None
    starts = list(RESPONSIBLE.finditer(stripped))
    if not starts:
        return None
    m = starts[-1]
    inner = stripped[m.end() : -1]
    sm = SUPPORT.search(inner)
    lead, support = (inner[: sm.start()], inner[sm.end() :]) if sm else (inner, "")
    return m.start(), _units(lead), _units(support)


def _units(text: str) -> list[str]:
    out: list[str] = []
    depth = 0
    cur = ""
    for ch in text:
        depth += 1 if ch in "（(" else -1 if ch in "）)" else 0
        if ch in "、，,；;" and depth == 0:
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def extract(issue: Issue, registry: Registry) -> dict[str, list[object]]:
    out: list[object] = []
    for doc in issue.documents:
        for block, _ in walk(doc):
            if block.type != "paragraph" or not block.num:
                continue
            found = responsibility(block.text)
            if found is None:
                continue
            at, lead, support = found
            body = block.text[:at].strip()
            units = lead + support
            title = body.split("。", 1)[0] + ("。" if "。" in body else "")
            out.append(
                Measure(
                    doc.id,
                    number_of(block) or 0,
                    title.rstrip("。"),
                    body,
                    units,
                    [registry.resolve(u) for u in units],
                    lead,
                    source(doc, block),
                )
            )
    return {"measures": out}
