"""The export contract rebuilt from the store, and CSV tables of it, so that an exported
issue is what `gongbao parse` printed for it (DESIGN.md: export contract).

CSV cells are safe to open in a spreadsheet (OWASP, CSV injection): a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a ``'`` before it, so that
it is read as text, not run as a formula — except a cell that is only a number (``-56.95``,
``+2%``, ``-1,234.5``, ``1e-3``: ASCII digits with a sign, thousands commas, a decimal point,
an exponent, a percent sign), which a spreadsheet reads as that number and which can call or
reference nothing. See :func:`csv_safe`."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from gongbao.model import FACT_KEYS, SCHEMA
from gongbao.store import schema as s

#: CSV columns per contract key; nested values are written as JSON
CSV_KEYS = (
    "documents",
    "toc",
    "tables",
    "footnotes",
    "problems",
    *FACT_KEYS,
    "budget_lines",
    "identities",
)


def issue_contract(conn: Connection, issue_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(s.issues).where(s.issues.c.id == issue_id)).first()
    if row is None:
        return None
    data = json.loads(row.data)
    docs = [
        json.loads(r[0])
        for r in conn.execute(
            select(s.documents.c.data)
            .where(s.documents.c.issue_id == issue_id)
            .order_by(s.documents.c.ordinal)
        )
    ]

    def rows(table: Any) -> list[Any]:
        return [
            json.loads(r[0])
            for r in conn.execute(
                select(table.c.data).where(table.c.issue_id == issue_id).order_by(table.c.id)
            )
        ]

    tables = [_table(b, d["id"]) for d in docs for b in _walk(d["body"]) if b["type"] == "table"]
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "issue": data["issue"],
        "toc": data["toc"],
        "documents": docs,
        "tables": tables,
        "footnotes": rows(s.footnotes),
    }
    for key in FACT_KEYS:
        out[key] = rows(s.FACT_TABLES[key])
    out["moves"] = data.get("moves", [])
    out["budget"] = {
        "lines": rows(s.budget_lines),
        "identities": rows(s.identities),
        "checks": data.get("budget_checks", []),
    }
    out["problems"] = data["problems"]
    return out


def _walk(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for b in blocks:
        out.append(b)
        out.extend(_walk(b["children"]))
    return out


def _table(b: dict[str, Any], doc_id: str) -> dict[str, Any]:
    return {
        "document": doc_id,
        "caption": b.get("caption"),
        "columns": b.get("columns", []),
        "rows": b.get("rows", []),
        "normalized": b.get("normalized", []),
        "source": b["source"],
    }


def csv_tables(contract: dict[str, Any]) -> dict[str, str]:
    """One CSV text per contract list: key → CSV (header from the first item's keys)."""
    lists = {k: contract.get(k, []) for k in CSV_KEYS if k in contract}
    lists["budget_lines"] = contract["budget"]["lines"]
    lists["identities"] = contract["budget"]["identities"]
    out = {}
    for key, items in lists.items():
        buf = io.StringIO()
        if items:
            columns = [c for c in items[0] if c != "body"]
            w = csv.writer(buf)
            w.writerow(columns)
            for item in items:
                w.writerow([_cell(item.get(c)) for c in columns])
        out[key] = buf.getvalue()
    return out


#: how a cell a spreadsheet would run as a formula starts (OWASP)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: a cell that is a number and nothing else: kept as it is
_NUMBER = re.compile(r"[+-]?(?:[0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?%?")


def csv_safe(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: ``'`` before a formula's first character,
    unless the cell is only a number (``-3.5`` stays ``-3.5``, ``=1+2`` becomes ``'=1+2``)."""
    if text.startswith(FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return csv_safe(str(value))
