"""ingest, search, export and serve from the command line, on a real SQLite file."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from gongbao.cli import main
from gongbao.store.db import Store
from tests.conftest import FIXTURES, SAMPLE, gongbao_serve


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_ingest_search_export(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, out, err = _run("ingest", str(SAMPLE), str(FIXTURES), "--db", db, "--workers", "2")
    assert code == 0, err
    assert out.strip().startswith("6 issues (6 stored, 0 replaced, 0 unchanged), 0 failed;")
    assert "stored    " in err
    code, out, _ = _run("ingest", str(SAMPLE), "--db", db, "--quiet")
    assert out.startswith("1 issue (0 stored, 0 replaced, 1 unchanged)")
    assert (tmp_path / "g.db.index").is_dir()  # the ranking index, kept beside the file
    code, out, _ = _run("reindex", "--db", db)
    blocks = Store(db).counts()["blocks"]
    assert code == 0 and out.strip() == f"ranking index rebuilt: {blocks} blocks"
    assert blocks == 867  # + heads, signatures and footnotes as blocks
    code, out, _ = _run("search", "宝宝屋", "--db", db, "--json", "--limit", "2")
    data = json.loads(out)
    assert data["total"] == 9 and len(data["items"]) == 2
    code, out, _ = _run("search", "宝宝屋", "--db", db, "--kind", "notice")
    assert out.splitlines()[0] == "1 block"
    assert "【宝宝屋】" in out
    code, out, _ = _run(
        "export", "--db", db, "--out", str(tmp_path / "out"), "--issue", "jingan-2026-01"
    )
    assert code == 0 and out.strip().endswith("1 file written to " + str(tmp_path / "out") + "/")
    contract = json.loads((tmp_path / "out" / "jingan-2026-01.json").read_text(encoding="utf-8"))
    assert len(contract["appointments"]) == 48 and contract["schema"] == "gongbao/1"
    code, out, _ = _run("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "csv"))
    assert code == 0
    rows = (
        (tmp_path / "csv" / "jingan-2026-01" / "commitments.csv")
        .read_text(encoding="utf-8-sig")  # a BOM first, for Excel
        .splitlines()
    )
    assert len(rows) == 46 and rows[0].startswith("document,no,category,text")


def test_store_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    for args, expected in [
        (("search", "养老", "--db", db), "no database at"),
        (("export", "--db", db), "no database at"),
        (("ingest", str(tmp_path), "--db", db), "no gazette files"),
    ]:
        code, out, err = _run(*args)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
        assert expected in err
    _run("ingest", str(SAMPLE), "--db", db, "--quiet")
    for args, expected in [
        (("search", " ", "--db", db), "搜索词为空"),
        (("search", "养老", "--db", db, "--from", "yesterday"), "give a date as YYYY-MM-DD"),
        (("export", "--db", db, "--issue", "nope"), "no issue 'nope'"),
    ]:
        code, out, err = _run(*args)
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert expected in err


def test_serve_answers_over_http(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    _run("ingest", str(SAMPLE), "--db", db, "--quiet")
    with gongbao_serve(db) as base, urllib.request.urlopen(base + "/api/issues", timeout=5) as r:
        body = json.loads(r.read())
    assert body["total"] == 1
