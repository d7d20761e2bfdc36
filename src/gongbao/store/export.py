"""The export contract rebuilt from the store, and CSV tables of it, so that an exported
issue is what `gongbao parse` printed for it (DESIGN.md: export contract).

CSV cells are safe to open in a spreadsheet (OWASP, CSV injection): a cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a ``'`` before it, so that
it is read as text, not run as a formula — except a cell that is only a number (``-56.95``,
``+2%``, ``-1,234.5``, ``1e-3``: ASCII digits with a sign, thousands commas, a decimal point,
an exponent, a percent sign), which a spreadsheet reads as that number and which can call or
reference nothing. See :func:`csv_safe`.

A CSV table opens in a spreadsheet as it is: UTF-8 with a byte-order mark (without one, Excel
reads the Chinese as the local code page), and flat — one value a cell, never JSON. A nested
record becomes columns named by its path (``source`` → ``source_document``, ``source_line``
…; a ``span`` pair → ``span_start``, ``span_end``), a list of values one cell joined with
``；``, a list of records a column per field, each joined with ``；`` in the records' order
(``roles`` → ``roles_organization``, ``roles_title``; a list inside such a record is joined
with ``、``), rows of a table one line each."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from gongbao.model import FACT_KEYS, SCHEMA
from gongbao.store import schema as s

#: the contract lists written as CSV tables, one file each
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
    # where `gongbao parse` has them, once the store keeps them in the issue's row
    if "organisations" in data:
        out["organisations"] = data["organisations"]
    out["problems"] = data["problems"]
    if "removed" in data:
        out["removed"] = data["removed"]
    if "ocr" in data:
        out["ocr"] = data["ocr"]
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


#: what a spreadsheet needs to read a CSV file as UTF-8
BOM = "\ufeff"
#: between the values of a list in one cell (a full-width semicolon, as Chinese lists them)
JOIN = "；"
#: between the values of a list inside one of a list of records (their records are JOINed)
INNER_JOIN = "、"


#: a column's path: the keys from the item down to the value
Path_ = tuple[str, ...]


def csv_tables(contract: dict[str, Any]) -> dict[str, str]:
    """One CSV text per contract list, key → CSV: a BOM, a header, a flat row per item; a
    list with no items is the BOM alone."""
    return {
        key: csv_text([columns, *rows]) for key, (columns, rows) in flat_tables(contract).items()
    }


def flat_tables(contract: dict[str, Any]) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Each contract list of :data:`CSV_KEYS`, key → (column names, rows of cells): the flat
    table that CSV writes and the Parquet dataset stores (one builder, so that their columns
    are the same); a cell is text, '' for nothing, not yet made safe for a spreadsheet."""
    lists = {k: contract.get(k, []) for k in CSV_KEYS if k in contract}
    lists["budget_lines"] = contract["budget"]["lines"]
    lists["identities"] = contract["budget"]["identities"]
    out = {}
    for key, items in lists.items():
        rows = [_flat({k: v for k, v in item.items() if k != "body"}) for item in items]
        columns = _columns(rows)
        cells = [[row.get(c, "") for c in columns] for row in rows]
        out[key] = (["_".join(c) for c in columns], cells)
    return out


def _columns(rows: list[dict[Path_, str]]) -> list[Path_]:
    """Every row's columns, each beside its record's other fields (``actual_text`` next to
    ``target_…`` though the first items had no ``actual``), in the order first seen; a
    record's own column goes where the record was None or empty in every row."""
    first: dict[Path_, int] = {}
    for row in rows:
        for path in row:
            for n in range(1, len(path) + 1):
                first.setdefault(path[:n], len(first))
    seen = sorted(
        {path for row in rows for path in row},
        key=lambda p: [first[p[:n]] for n in range(1, len(p) + 1)],
    )
    return [
        p
        for p in seen
        if any(row.get(p) for row in rows) or not any(o[: len(p)] == p != o for o in seen)
    ]


def csv_text(rows: Iterable[list[Any]]) -> str:
    """Rows as CSV text a spreadsheet opens right: a BOM first, every cell through
    :func:`csv_safe` (numbers stay numbers), None as an empty cell; no rows, the BOM alone.
    For every CSV download (a document's blocks too), so that all are written alike."""
    buf = io.StringIO()
    buf.write(BOM)
    w = csv.writer(buf)
    for row in rows:
        if row:
            w.writerow(["" if c is None else csv_safe(str(c)) for c in row])
    return buf.getvalue()


def _flat(value: Any, path: Path_ = (), inner: bool = False) -> dict[Path_, str]:
    """A record as flat cells by column path: nested records split into columns, lists
    joined (see the module's docstring); ``inner``: within a list of records."""
    if isinstance(value, dict):
        out: dict[Path_, str] = {}
        for k, v in value.items():
            if k == "span" and (v is None or (isinstance(v, list) and len(v) == 2)):
                v = dict(zip(("start", "end"), v or (None, None), strict=True))
            out.update(_flat(v, (*path, k), inner))
        return out
    if isinstance(value, list) and any(isinstance(x, dict) for x in value):
        each = [_flat(x, path, True) if isinstance(x, dict) else {path: _value(x)} for x in value]
        columns = dict.fromkeys(c for cells in each for c in cells)
        return {c: JOIN.join(cells.get(c, "") for cells in each) for c in columns}
    return {path: _value(value, inner)}


def _value(value: Any, inner: bool = False) -> str:
    """One cell's text: a list joined with '；' (with '、' within a list of records, whose
    own values are joined with '；'; a table's rows one line each); None empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        if value and all(isinstance(x, list) for x in value):
            return "\n".join(_value(x, inner) for x in value)
        return (INNER_JOIN if inner else JOIN).join(_value(x, inner) for x in value)
    return str(value)


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
