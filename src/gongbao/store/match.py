"""Matching a profile against every stored measure and benefit (gongbao.matching), for the CLI's
`gongbao match` and the API's /api/match.

The measures are read once and kept with their documents' validity windows, until the store
changes (the measures table's highest id and count, asked on each call, say so): decoding
thousands of facts on every request would cost more than matching them.
"""

from __future__ import annotations

import json
import threading
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from gongbao.matching import Profile, match
from gongbao.store import schema as s

_cache: dict[str, tuple[tuple[Any, ...], list[dict[str, Any]], dict[str, dict[str, Any]]]] = {}
_lock = threading.Lock()


def _loaded(conn: Connection) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    tables = (s.FACT_TABLES["measures"], s.FACT_TABLES["benefits"])
    version = tuple(
        v for t in tables for v in conn.execute(select(func.max(t.c.id), func.count())).one()
    )
    key = str(conn.engine.url)
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1], hit[2]
    measures = []
    for t in tables:  # measures, then benefits (the articles of a 扶持办法)
        for (data,) in conn.execute(select(t.c.data).order_by(t.c.id)):
            fact = json.loads(data) if isinstance(data, str) else data
            if fact.get("eligibility"):
                measures.append({"responsible": [], **fact})
    d = s.documents.c
    docs = {
        row.id: {
            "title": row.title,
            "date": row.date,
            "valid_from": row.valid_from,
            "valid_until": row.valid_until,
        }
        for row in conn.execute(select(d.id, d.title, d.date, d.valid_from, d.valid_until))
    }
    with _lock:
        _cache[key] = (version, measures, docs)
    return measures, docs


def match_stored(conn: Connection, profile: Profile, limit: int = 100) -> dict[str, Any]:
    measures, docs = _loaded(conn)
    items = match(profile, measures, docs)
    return {"items": items[:limit], "total": len(items), "as_of": profile.as_of}
