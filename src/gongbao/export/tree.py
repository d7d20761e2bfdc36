"""The outline as indented text a person can read: numbering, titles, tables, notes."""

from __future__ import annotations

from gongbao.model import Block, Issue


def _short(text: str, width: int = 48) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _block(b: Block, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    num = f"{b.num} " if b.num else ""
    if b.type == "heading":
        out.append(f"{pad}{num}{b.text}")
    elif b.type == "table" and b.table is not None:
        cols = " | ".join(b.table.columns) if b.table.columns else "no header"
        out.append(f"{pad}[table: {_short(b.text, 40)} — {len(b.table.rows)} rows; {cols}]")
    elif b.type == "list":
        out.append(f"{pad}[list of {len(b.children)}]")
    else:
        lead = b.lead or _short(b.text)
        out.append(f"{pad}{num}{lead}")
    for c in b.children:
        _block(c, depth + 1, out)


def render_tree(issue: Issue) -> str:
    m = issue.meta
    out = [f"{m.gazette} {m.year or ''} 第{m.number or '?'}期"] if m.gazette else []
    for doc in issue.documents:
        extra = " · ".join(x for x in (doc.doc_number, doc.date, "、".join(doc.issuers)) if x)
        out.append("")
        out.append(f"■ {doc.id} [{doc.kind}] {doc.title}" + (f"  ({extra})" if extra else ""))
        for b in doc.body:
            _block(b, 1, out)
        for note in issue.footnotes:
            if note.document == doc.id:
                out.append(
                    f"  {note.text_marker or note.marker}→{note.marker} {_short(note.text, 40)}"
                )
    return "\n".join(out)
