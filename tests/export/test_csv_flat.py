"""CSV tables open in a spreadsheet as they are (issue 14): UTF-8 with a BOM, so that Excel
shows the Chinese, and flat — no JSON in a cell: nested records split into columns, lists
joined with '；'. The same bytes from `gongbao export --format csv` and from the API.

Hand-checked against samples/jingan-2026-01.txt: line 201 appoints 尹洁 as 上海市静安区人民政府
办公室副主任 and 上海市静安区人民政府外事办公室主任; line 1953 gives the 800 元 of those under
80 (born on or after 1946-01-01); line 761 adds the revenue parts of 收入总量 (3,083,012 +
728,021 + 12,692 + 5,275 + 204,000 万元)."""

from __future__ import annotations

import csv
import io
import json
import warnings
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from gongbao.cli import main
from gongbao.store.db import Store
from gongbao.store.export import csv_tables
from gongbao.web.api import create_app
from tests.conftest import SAMPLE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

BOM = b"\xef\xbb\xbf"
SOURCE = [
    "source_document",
    "source_block",
    "source_span_start",
    "source_span_end",
    "source_line",
    "source_end_line",
    "source_page",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    tmp = tmp_path_factory.mktemp("csvflat")
    db = str(tmp / "g.db")
    r = CliRunner().invoke(main, ["ingest", str(SAMPLE), "--db", db, "--quiet"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["export", "--db", db, "--format", "csv", "--out", str(tmp)])
    assert r.exit_code == 0, r.output
    return db, tmp / "jingan-2026-01"


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _is_json(cell: str) -> bool:
    try:
        return isinstance(json.loads(cell), dict | list)
    except ValueError:
        return False


def test_every_table_starts_with_a_bom_and_is_flat(exported: tuple[str, Path]) -> None:
    _, folder = exported
    files = sorted(folder.glob("*.csv"))
    assert [f.stem for f in files] == [
        "appointments",
        "benefits",
        "budget_lines",
        "commitments",
        "documents",
        "footnotes",
        "identities",
        "indicators",
        "measures",
        "problems",
        "projects",
        "references",
        "rules",
        "tables",
        "terms",
        "toc",
    ]
    for f in files:
        raw = f.read_bytes()
        assert raw.startswith(BOM) and not raw.startswith(BOM * 2), f.name
        with f.open(encoding="utf-8-sig", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert len(set(header)) == len(header), f.name
        assert all(len(row) == len(header) for row in rows), f.name
        assert not [c for row in rows for c in row if _is_json(c)], f.name
        # every table of the sample has rows, each with its source line
        assert rows and set(SOURCE) <= set(header), f.name
        assert all(r["source_line"].isdigit() for r in _read(f)), f.name


def test_pandas_reads_every_table_with_its_columns(exported: tuple[str, Path]) -> None:
    pd = pytest.importorskip("pandas")
    _, folder = exported
    for f in sorted(folder.glob("*.csv")):
        frame = pd.read_csv(f, encoding="utf-8-sig", dtype=str)
        header = next(csv.reader(io.StringIO(f.read_text(encoding="utf-8-sig"))))
        assert list(frame.columns) == header
        assert len(frame) == len(_read(f))


def test_nested_records_become_columns_and_lists_join(exported: tuple[str, Path]) -> None:
    _, folder = exported
    first = _read(folder / "appointments.csv")[0]
    assert first["person"] == "尹洁"
    assert (
        first["positions"] == "上海市静安区人民政府办公室副主任、上海市静安区人民政府外事办公室主任"
    )
    assert (
        first["roles_organization"] == "上海市静安区人民政府办公室；上海市静安区人民政府外事办公室"
    )
    assert first["roles_title"] == "副主任；主任"
    assert first["source_line"] == "201"
    assert "roles" not in first and "source" not in first
    rules = _read(folder / "rules.csv")
    assert rules[0]["condition_field"] == "age；birth_date"
    assert rules[0]["condition_value"] == "80；1946-01-01"
    assert rules[0]["amount"] == "800" and rules[0]["source_line"] == "1953"
    total = next(r for r in _read(folder / "identities.csv") if r["source_line"] == "761")
    assert total["parts_amount"] == "3083012.0；728021.0；12692.0；5275.0；204000.0"
    assert total["total"] == total["sum"] == "4033000.0"
    # an indicator's actual sits beside its target, though the first indicators have none
    header = next(csv.reader(io.StringIO((folder / "indicators.csv").read_text("utf-8-sig"))))
    assert header.index("actual_text") == header.index("target_qualifier") + 1
    assert "actual" not in header


def test_the_api_serves_the_same_bytes(exported: tuple[str, Path]) -> None:
    db, folder = exported
    with TestClient(create_app(Store(db, create=False))) as c:
        one = c.get(
            "/api/issues/jingan-2026-01/export", params={"format": "csv", "kind": "appointments"}
        )
        assert one.content == (folder / "appointments.csv").read_bytes()
        zipped = c.get("/api/issues/jingan-2026-01/export", params={"format": "csv"})
    z = zipfile.ZipFile(io.BytesIO(zipped.content))
    for name in z.namelist():
        assert z.read(name) == (folder / name).read_bytes(), name


def test_an_empty_list_is_the_bom_alone_and_formulas_stay_neutralised() -> None:
    """A made-up contract: formulas in a joined list and in a nested record are still written
    as text (csv_safe), a number stays a number."""
    contract = {
        "documents": [
            {
                "id": "x",
                "issuers": ["=1+2", "区政府"],
                "source": {"document": "@SUM(A1)", "block": None, "span": [3, 7], "line": 1},
                "amount": -56.95,
            }
        ],
        "toc": [],
        "budget": {"lines": [], "identities": []},
    }
    tables = csv_tables(contract)
    assert tables["toc"] == tables["budget_lines"] == "\ufeff"
    rows = list(csv.reader(io.StringIO(tables["documents"].removeprefix("\ufeff"))))
    assert rows == [
        [
            "id",
            "issuers",
            "source_document",
            "source_block",
            "source_span_start",
            "source_span_end",
            "source_line",
            "amount",
        ],
        ["x", "'=1+2；区政府", "'@SUM(A1)", "", "3", "7", "1", "-56.95"],
    ]
