"""Gaps in printed numbering: 一、 then 三、, or items 1–3 then 5.

Articles (第X条) and chapters are numbered through the whole document, across the chapters
and sections that hold them. A sequence may continue across the headings that split it
(measures 1–47 under several
（一）…（七）), and may restart (principles 1–4, then measures 1–47; a list quoted inside
another): neither is a gap. A missing number printed after all — in the text of the item
before (an item that starts mid-line) or in a table under it — is no gap either.
"""

from __future__ import annotations

from gongbao.model import Block, Issue, Problem
from gongbao.numbering import match_number


def _printed_between(
    blocks: list[Block], b: Block, style: str, prev: int, now: int, since: int | None = None
) -> bool:
    """Whether the numbers missing between ``prev`` and ``now`` are printed after all — inside
    the text of the blocks since the previous item (an item that starts mid-line, a table
    flattened into lines with amounts before its labels) or in a table's cells."""
    k = blocks.index(b)
    first = k - 1 if since is None else since  # the previous item itself, and what follows it
    between = blocks[max(0, first) : k]
    if not between:
        return False
    text = "".join(
        x.text + "".join("".join(r) for r in (x.table.rows if x.table else []))
        for before in between
        for x in before.walk()
    )
    labels = [_label(style, n) for n in range(prev + 1, now)]
    return all(label is not None and label in text for label in labels)


def _label(style: str, n: int) -> str | None:
    from gongbao.numerals import int_to_cn

    cn = int_to_cn(n)
    return {
        "cn": f"{cn}、",
        "paren_cn": f"（{cn}）",
        "arabic": f"{n}.",
        "paren_arabic": f"（{n}）",
        "article": f"第{cn}条",
        "chapter": f"第{cn}章",
    }.get(style)


def _level(blocks: list[Block]) -> list[Block]:
    """A level's blocks in order, the items of its lists among them (a list is a way of
    printing numbered siblings, not a level of its own)."""
    out: list[Block] = []
    for b in blocks:
        out.extend(_level(b.children) if b.type == "list" else [b])
    return out


#: numbered through the whole document, whatever chapters and sections split them
_DOCUMENT_WIDE = frozenset({"part", "chapter", "article"})


def _walk(
    blocks: list[Block],
    doc: str,
    last: dict[str, int],
    out: list[Problem],
    wide: dict[str, int] | None = None,
) -> None:
    wide = {} if wide is None else wide
    local: dict[str, int] = {}
    local_at: dict[str, int] = {}  # where at this level each style's last item stands
    blocks = _level(blocks)
    for k, b in enumerate(blocks):
        if b.type == "contents":
            continue  # a contents page lists the numbers; the text numbers them
        if b.num and not b.num.startswith("附件"):
            m = match_number(b.num + "x")
            if m is not None:
                if m.style in _DOCUMENT_WIDE:
                    prev = wide.get(m.style)
                else:
                    prev = local.get(m.style, last.get(m.style))
                if (
                    prev is not None
                    and m.value > prev + 1
                    and not _printed_between(
                        blocks, b, m.style, prev, m.value, local_at.get(m.style)
                    )
                ):
                    out.append(
                        Problem(
                            "numbering_gap",
                            f"“{b.num}”之前的同类序号是{prev}，中间缺号",
                            doc,
                            b.source,
                        )
                    )
                local[m.style] = m.value
                local_at[m.style] = k
                last[m.style] = m.value
                if m.style in _DOCUMENT_WIDE:
                    wide[m.style] = m.value
        if b.children:  # (a leaf's level is empty: its copy of the numbers is not made)
            _walk(b.children, doc, dict(last), out, wide)


def numbering_gaps(issue: Issue) -> list[Problem]:
    out: list[Problem] = []
    for doc in issue.documents:
        _walk(doc.body, doc.id, {}, out)
    return out
