"""`gongbao export --format parquet` (issue 16): every table of the CSV export as a Parquet
dataset partitioned by gazette and year, read back with DuckDB and with dask.dataframe, whose
counts are the API's, and a bad --out refused in one line with nothing left behind.

The store holds the sample and two real corpus issues, ingested into a SQLite file: a
Chongqing budget report (no gazette or year printed: gazette ``documents``, year null) and a
Jiuquan regulation of 2004 (gazette ``documents``, year 2004). Counts checked by hand: the sample
appoints or removes 48 people (lines 195–330 of samples/jingan-2026-01.txt, as the CSV export
test counts them) and lists 45 commitments; the Jiuquan text cites 9 documents (《…》 titles,
counted in the file); the other numbers are the store's, pinned so that a change shows."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import dask.dataframe as dd
import duckdb
import pytest
from click.testing import CliRunner

from gongbao.cli import main
from gongbao.store.db import Store
from gongbao.store.export import CSV_KEYS, csv_tables, issue_contract
from gongbao.web.api import create_app
from tests.conftest import ROOT, SAMPLE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

CORPUS = [
    ROOT / "tests/corpus/budget-report/chongqing-2025-budget-report.txt",
    ROOT / "tests/corpus/gazette-item/gansu-jiuquan-2004-chengshi-guanli-lawdb.txt",
]
#: the API's list of each fact kind (its `total` counts them all)
API = {
    "appointments": "/api/appointments",
    "indicators": "/api/indicators",
    "commitments": "/api/commitments",
    "measures": "/api/measures",
    "projects": "/api/projects",
    "references": "/api/references",
    "rules": "/api/rules",
    "terms": "/api/terms",
    "benefits": "/api/benefits",
    "budget_lines": "/api/budget",
    "identities": "/api/budget/identities",
}
#: rows per table over the three issues
ROWS = {
    "documents": 12,
    "toc": 10,
    "tables": 9,
    "footnotes": 11,
    # (Chongqing's figures a line broke before their point, '增长1' / '.2%', are joined again:
    # no budget_text_damaged, and its three sums in those paragraphs are checked, 14 → 13, 33 → 36)
    "problems": 13,
    "appointments": 48,
    "indicators": 42,
    "commitments": 45,
    "measures": 60,
    "projects": 80,
    "references": 45,
    "rules": 2,
    "terms": 40,
    "benefits": 5,
    # (Chongqing's report lists lines without amounts and sums them: '…、上年结转等788亿元'; those
    # 14 sums are no lines since the budget rules read lists so, 464 → 450)
    "budget_lines": 450,
    "identities": 36,
}


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    tmp = tmp_path_factory.mktemp("parquet")
    db = str(tmp / "g.db")
    code, _, err = _run("ingest", str(SAMPLE), *map(str, CORPUS), "--db", db, "--quiet")
    assert code == 0, err
    code, out, err = _run("export", "--db", db, "--format", "parquet", "--out", str(tmp / "pq"))
    assert code == 0, err
    assert out.strip() == f"{sum(ROWS.values())} rows in 16 tables written to {tmp / 'pq'}/"
    return db, tmp / "pq"


def _duckdb(folder: Path, sql: str) -> list[tuple[object, ...]]:
    glob = str(folder / "**" / "*.parquet")
    relation = f"read_parquet('{glob}', hive_partitioning = true, union_by_name = true)"
    return duckdb.connect().sql(sql.format(t=relation)).fetchall()


def test_counts_read_back_are_the_apis(exported: tuple[str, Path]) -> None:
    db, out = exported
    assert sorted(p.name for p in out.iterdir()) == sorted(CSV_KEYS)
    with TestClient(create_app(Store(db, create=False))) as c:
        api = {key: c.get(url, params={"limit": 1}).json()["total"] for key, url in API.items()}
        issues = [i["id"] for i in c.get("/api/issues", params={"limit": 100}).json()["items"]]
        api["documents"] = sum(len(c.get(f"/api/issues/{i}").json()["documents"]) for i in issues)
    for key in CSV_KEYS:
        [(in_duckdb,)] = _duckdb(out / key, "SELECT count(*) FROM {t}")
        in_dask = len(dd.read_parquet(out / key))
        assert in_duckdb == in_dask == ROWS[key], key
        if key in api:
            assert api[key] == ROWS[key], key


def test_partitioned_by_gazette_and_year(exported: tuple[str, Path]) -> None:
    _, out = exported
    found = _duckdb(
        out / "documents", "SELECT gazette, issue_year, count(*) FROM {t} GROUP BY ALL ORDER BY ALL"
    )
    assert found == [("documents", 2004, 1), ("documents", None, 1), ("jingan", 2026, 10)]
    assert (out / "measures" / "gazette=jingan" / "issue_year=2026" / "part-0.parquet").is_file()
    frame = dd.read_parquet(out / "references", filters=[("issue_year", "==", 2004)]).compute()
    assert len(frame) == 9 and set(frame["issue"]) == {"jiuzhengfa-2004-89"}


def test_columns_and_cells_are_the_csvs(exported: tuple[str, Path]) -> None:
    """Each table's columns are the CSV's (a union over the issues), between the issue and
    the partition columns; a cell is the CSV's text, null where the CSV cell is empty."""
    db, out = exported
    store = Store(db, create=False)
    with store.engine.connect() as conn:
        contract = issue_contract(conn, "jingan-2026-01")
    assert contract is not None
    csv_header = csv_tables(contract)["appointments"].removeprefix("\ufeff").splitlines()[0]
    frame = dd.read_parquet(out / "appointments").compute()
    assert list(frame.columns) == ["issue", *csv_header.split(","), "gazette", "issue_year"]
    yin = frame[frame["person"] == "尹洁"].iloc[0]  # line 201 of the sample
    assert yin["roles_title"] == "副主任；主任"
    assert yin["roles_organization"] == "上海市静安区人民政府办公室；上海市静安区人民政府外事办公室"
    [(nulls,)] = _duckdb(out / "appointments", "SELECT count(*) FROM {t} WHERE source_page = ''")
    assert nulls == 0  # empty cells are null, not ''
    store.close()


def test_bad_out_is_one_line_and_leaves_nothing(exported: tuple[str, Path], tmp_path: Path) -> None:
    db, _ = exported
    a_file = tmp_path / "taken"
    a_file.write_text("x", encoding="utf-8")
    full = tmp_path / "full"
    full.mkdir()
    (full / "old.txt").write_text("x", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    cases = [
        (a_file, "is a file; give a folder for --out"),
        (full, "already holds files; give a new or empty folder"),
        (a_file / "pq", "cannot be written (File exists)"),  # its folder is a file
        (tmp_path / "one" / "two" / "pq", "no issue 'nope' in the store"),
    ]
    if os.geteuid() != 0:  # root writes anywhere
        cases.append((locked / "pq", "cannot be written (Permission denied)"))
    try:
        for out, expected in cases:
            args = ["export", "--db", db, "--format", "parquet", "--out", str(out)]
            if "nope" in expected:
                args += ["--issue", "nope"]
            code, stdout, err = _run(*args)
            assert code == 1 and stdout == "" and len(err.strip().splitlines()) == 1, err
            assert expected in err
    finally:
        locked.chmod(0o700)
    # nothing written, not even the folders above --out that the export made
    assert sorted(p.name for p in tmp_path.iterdir()) == ["full", "locked", "taken"]
    assert list(locked.iterdir()) == []
    assert a_file.read_text(encoding="utf-8") == "x" and len(list(full.iterdir())) == 1
