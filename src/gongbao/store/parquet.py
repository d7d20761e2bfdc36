"""Every table of the CSV export as one Parquet dataset over all issues, partitioned by gazette
and year (hive folders: ``measures/gazette=jingan/issue_year=2026/part-0.parquet``), so that
DuckDB, dask, Spark or pandas read a whole corpus at once rather than a folder of CSV files per
issue, and skip the gazettes and years a query does not ask for.

The columns are the CSV's (one builder, :func:`gongbao.store.export.flat_tables`), as text,
null for an empty cell (no formula guard: nothing here is opened as a spreadsheet), plus
``issue`` (the issue's id) first and the partition columns ``gazette`` and ``issue_year``
(not ``year``: a budget line has a year of its own). A table's columns are the union over the
issues, in the order first seen; an issue that lacks one has null there. A table without a
row is one empty file with its columns, so that every table can be read.

The dataset appears whole or not at all: it is written into a hidden folder beside ``out`` and
renamed into place at the end; a failure on the way removes that folder. ``out`` must not hold
files already: a dataset is never mixed into another.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.dataset as ds  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
from sqlalchemy import select
from sqlalchemy.engine import Engine

from gongbao.errors import InputError
from gongbao.store import schema as s
from gongbao.store.export import CSV_KEYS, flat_tables, issue_contract

#: the partition columns, gazette then year (the folders' order)
PARTITIONS = ("gazette", "issue_year")
#: the columns added to the CSV's: an issue's own row has none of them
ADDED = ("issue", *PARTITIONS)
#: rows of one table held in memory before they go to a staging file: memory stays flat in the
#: number of issues (a staging file per this many rows, merged into the dataset at the end)
BATCH_ROWS = 50_000


def write_parquet(engine: Engine, out: Path, issue: str | None = None) -> dict[str, int]:
    """Write the stored issues (or one) into ``out`` as a Parquet dataset a table each;
    returns the rows written per table. An ``InputError`` (one line) when ``out`` is a file,
    holds files already or cannot be written, or the issue is not in the store; nothing is
    left behind then."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: is a file; give a folder for the Parquet dataset")
    if out.is_dir() and any(out.iterdir()):
        raise InputError(f"{out}: already holds files; give a new or empty folder")
    staging = out.parent / f".{out.name}.partial-{secrets.token_hex(4)}"
    made = [p for p in out.parents if not p.exists()]  # folders to take away on a failure

    def undo() -> None:
        shutil.rmtree(staging, ignore_errors=True)
        for folder in made:  # the deepest first
            with contextlib.suppress(OSError):
                folder.rmdir()

    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()
        counts = _write(engine, staging, issue)
        if out.is_dir():
            out.rmdir()  # empty, checked above: the dataset takes its place
        staging.rename(out)
    except OSError as exc:
        undo()
        raise InputError(f"{out}: cannot be written ({exc.strerror or exc})") from None
    except BaseException:
        undo()
        raise
    return counts


def _write(engine: Engine, folder: Path, issue: str | None) -> dict[str, int]:
    """Stage every issue's flat rows in Parquet files a batch at a time, then write each
    table's dataset from them with the union of their columns."""
    stage = folder / ".stage"
    columns: dict[str, dict[str, None]] = {k: {} for k in CSV_KEYS}
    pending: dict[str, list[dict[str, Any]]] = {k: [] for k in CSV_KEYS}
    staged: dict[str, list[str]] = {k: [] for k in CSV_KEYS}
    counts = dict.fromkeys(CSV_KEYS, 0)

    def flush(key: str) -> None:
        if not pending[key]:
            return
        path = stage / key / f"{len(staged[key])}.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(pa.Table.from_pylist(pending[key], schema=_schema(columns[key])), path)
        staged[key].append(str(path))
        counts[key] += len(pending[key])
        pending[key] = []

    query = select(s.issues.c.id, s.issues.c.gazette_id, s.issues.c.year).order_by(s.issues.c.id)
    if issue is not None:
        query = query.where(s.issues.c.id == issue)
    with engine.connect() as conn:
        found = conn.execute(query).all()
        if issue is not None and not found:
            raise InputError(f"no issue {issue!r} in the store")
        for issue_id, gazette, year in found:
            contract = issue_contract(conn, issue_id)
            assert contract is not None
            for key, (names, rows) in flat_tables(contract).items():
                if taken := set(ADDED) & set(names):
                    raise ValueError(f"{key}: a CSV column is named like an added one: {taken}")
                columns[key].update(dict.fromkeys(names))
                added = {"issue": issue_id, "gazette": gazette, "issue_year": year}
                pending[key].extend(
                    {**added, **{c: v or None for c, v in zip(names, row, strict=True)}}
                    for row in rows
                )
                if len(pending[key]) >= BATCH_ROWS:
                    flush(key)
    for key in CSV_KEYS:
        flush(key)
        schema = _schema(columns[key])
        if not staged[key]:
            (folder / key).mkdir()
            pq.write_table(schema.empty_table(), folder / key / "part-0.parquet")
            continue
        # the staged files' columns differ (each batch has those seen so far): read with the
        # whole schema, a column a file lacks is null
        ds.write_dataset(
            ds.dataset(staged[key], schema=schema, format="parquet"),
            folder / key,
            format="parquet",
            partitioning=ds.partitioning(
                pa.schema([schema.field(p) for p in PARTITIONS]), flavor="hive"
            ),
            basename_template="part-{i}.parquet",
            existing_data_behavior="error",
        )
    shutil.rmtree(stage, ignore_errors=True)
    return counts


def _schema(columns: dict[str, None]) -> Any:
    """A table's Arrow schema: the issue, the CSV's columns as text, the partition columns."""
    return pa.schema(
        [
            ("issue", pa.string()),
            *((c, pa.string()) for c in columns),
            ("gazette", pa.string()),
            ("issue_year", pa.int32()),
        ]
    )
