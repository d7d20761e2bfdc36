"""What a document cites and what cites it, as the reader lists them: one entry per other
document, by its title (the stored title where the document is held, the printed one where
not), never the document itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from gongbao.web.reader import titles


def citations(
    conn: Connection, doc: dict[str, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """What the document cites and what cites it, one entry per other document (its title,
    its relations, the sentences that say so); the document itself is never listed."""
    from gongbao.store.validity import cited_by

    doc_id = doc["id"]
    held = titles(conn, [r.get("target") for r in doc.get("links") or []])
    cites: dict[Any, dict[str, Any]] = {}
    for r in doc.get("links") or []:
        target = r.get("target") if r.get("target") in held else None
        if target == doc_id or (not target and r.get("title") == doc.get("title")):
            continue
        key = target or (r.get("title"), r.get("doc_number"))
        entry = cites.setdefault(
            key,
            {
                "target": target,
                "title": held[target] if target else r.get("title") or "",
                "doc_number": r.get("doc_number"),
                "types": [],
                "sentences": [],
            },
        )
        _add_once(entry, r.get("type"), r.get("sentence"))
    by: dict[str, dict[str, Any]] = {}
    for edge in cited_by(conn, doc_id):
        if edge["source"] == doc_id:
            continue
        entry = by.setdefault(
            edge["source"],
            {
                "id": edge["source"],
                "title": edge["title"] or "",
                "date": edge["date"],
                "types": [],
                "sentences": [],
            },
        )
        _add_once(entry, edge.get("type"), edge.get("sentence"))
    return list(cites.values()), list(by.values())


def _add_once(entry: dict[str, Any], kind: str | None, sentence: str | None) -> None:
    if kind and kind not in entry["types"]:
        entry["types"].append(kind)
    if sentence and sentence not in entry["sentences"]:
        entry["sentences"].append(sentence)
