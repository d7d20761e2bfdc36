from __future__ import annotations

import json
import os
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gongbao.cli import main
from gongbao.read import DEFAULT_MAX_BYTES
from tests.conftest import FIXTURES, SAMPLE


def test_parse_json_is_the_contract() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data)[:6] == ["schema", "issue", "toc", "documents", "tables", "footnotes"]
    assert set(data["budget"]) == {"lines", "identities", "checks"}
    assert len(data["documents"]) == 10


def test_parse_summary() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "--format", "summary"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "上海市静安区人民政府公报 2026年第1期（总第47期） 2026-01-01–2026-02-28"
    assert lines[1] == "contents entries: 10 (10 linked)"
    assert "tables: 9, rows: 177" in lines
    assert lines[-1] == (
        "problems: 13 (attachment_label_missing 1, footnote_marker_mismatch 8, "
        "text_lost 1, toc_title_differs 3)"
    )


def test_parse_tree() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "--format", "tree"])
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert "    一、 为老服务方面" in out
    assert "        1. 为2000名特殊困难老年人提供“一键通”应急呼叫服务" in out
    assert "  第十二章 切实加强规划实施保障，凝心聚力为实现“十五五”规划而奋斗" in out


def test_unknown_format_is_refused() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "--format", "xml"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


# -- issue 14: the command line as a user expects it ------------------------------------------


def _run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


def _error(r: Result) -> str:
    """The one line a failed command wrote to stderr (and nothing to stdout)."""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "g.db")
    r = _run("ingest", str(SAMPLE), "--db", path, "--quiet")
    assert r.exit_code == 0, r.output
    return path


def _total(r: Result) -> int:
    assert r.exit_code == 0, r.output
    return int(json.loads(r.stdout)["total"])


def _holding(db: str, word: str, without: str | None = None) -> int:
    """How many stored blocks hold ``word`` (and not ``without``), counted in SQL over their
    text: what the search must find, since every term matches as an exact substring."""
    import sqlite3

    with closing(sqlite3.connect(db)) as conn:
        texts = [t for (t,) in conn.execute("SELECT text FROM blocks")]
    return sum(1 for t in texts if word in t and not (without and without in t))


def test_a_query_may_start_with_a_dash(db: str) -> None:
    """'-机构' is an exclusion wherever it stands, first word or not, as the query language
    has it. The sample's blocks: 17 hold 养老 without 机构, of 32 holding 养老 (counted by
    hand in SQL; 16 of 31 before document heads became blocks)."""
    expected = _holding(db, "养老", without="机构")
    assert _total(_run("search", "养老 -机构", "--db", db, "--json")) == expected
    assert _total(_run("search", "-机构 养老", "--db", db, "--json")) == expected
    assert _total(_run("search", "-机构", "养老", "--db", db, "--json")) == expected
    assert _total(_run("search", "--db", db, "--json", "--", "-机构", "养老")) == expected
    assert _total(_run("search", "--json", "-机构", "--db", db, "养老")) == expected
    assert _total(_run("search", "养老", "--db", db, "--json")) == _holding(db, "养老")
    assert 0 < expected < _holding(db, "养老")


def test_a_query_that_only_excludes_is_one_line(db: str) -> None:
    for args in (["-养老"], ["--", "-养老"]):
        r = _run("search", "--db", db, *args)
        assert r.exit_code == 1 and r.stdout == ""
        assert _error(r) == (
            "Error: 搜索词只有要排除的词（-词、NOT 词），没有要查找的词 "
            "(to find the text -养老 itself, quote it: '\"-养老\"')"
        )


def test_a_mistyped_option_is_still_refused(db: str) -> None:
    r = _run("search", "养老", "--jsno", "--db", db)
    assert r.exit_code == 2
    assert "Error: No such option '--jsno'." in r.stderr
    r = _run("search", "养老", "--db", db, "--limit")
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1] == "Error: Option '--limit' requires an argument."


def test_an_ingest_with_a_failed_file_exits_1_after_storing_the_others(tmp_path: Path) -> None:
    path = str(tmp_path / "g.db")
    missing = tmp_path / "missing.txt"
    r = _run("ingest", str(SAMPLE), str(missing), "--db", path, "--quiet")
    assert r.exit_code == 1
    assert r.stdout.startswith(
        "1 issue (1 stored, 0 replaced, 0 unchanged), 1 failed; "
        "10 documents, 541 facts, 13 problems; "
    )
    assert f"failed {missing}: no such file" in r.stderr
    assert _total(_run("search", "养老", "--db", path, "--json")) == _holding(path, "养老") > 0


def test_ingest_lines_count_in_the_singular_and_the_plural(tmp_path: Path) -> None:
    """plan_report.txt: 1 document, 2 facts, 1 problem (numbering_gap); county_notice.txt:
    1 document, 1 fact, 0 problems (from `gongbao parse … --format json`)."""
    path = str(tmp_path / "g.db")
    plan, county = FIXTURES / "plan_report.txt", FIXTURES / "county_notice.txt"
    r = _run("ingest", str(plan), str(county), "--db", path)
    assert r.exit_code == 0, r.output
    assert f"stored    {plan}  (1 document, 2 facts, 1 problem)" in r.stderr.splitlines()
    assert f"stored    {county}  (1 document, 1 fact, 0 problems)" in r.stderr.splitlines()
    assert r.stdout.startswith(
        "2 issues (2 stored, 0 replaced, 0 unchanged), 0 failed; 2 documents, 3 facts, 1 problem;"
    )
    r = _run("ingest", str(county), "--db", path, "--quiet")  # counts what it stored: none
    assert r.stdout.startswith(
        "1 issue (0 stored, 0 replaced, 1 unchanged), 0 failed; 0 documents, 0 facts, 0 problems;"
    )


def test_other_summary_lines_count_in_the_singular(db: str, tmp_path: Path) -> None:
    """宝宝屋 in one notice block of the sample (hand-checked: the search without --kind finds
    9 blocks, one of them in the notice)."""
    r = _run("search", "宝宝屋", "--db", db, "--kind", "notice")
    assert r.stdout.splitlines()[0] == "1 block"
    r = _run("export", "--db", db, "--issue", "jingan-2026-01", "--out", str(tmp_path))
    assert r.stdout == f"1 file written to {tmp_path}/\n"
    r = _run("export", "--db", db, "--format", "csv", "--out", str(tmp_path / "csv"))
    assert r.stdout == f"16 files written to {tmp_path / 'csv'}/\n"


READ_ONLY = [
    ["search", "养老"],
    ["export"],
    ["serve"],
    ["series"],
    ["watch"],
    ["check"],
    ["reindex"],
    ["people", "judgements"],
    ["people", "merge", "jingan/张三", "jingan/李四"],
    ["people", "split", "jingan/张三", "jingan/李四"],
]


@pytest.mark.parametrize(
    "args", READ_ONLY, ids=lambda a: "-".join(a[: 2 if a[0] == "people" else 1])
)
def test_commands_that_need_a_database_refuse_a_missing_one(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    def served(*_: object, **__: object) -> None:
        raise AssertionError("gongbao serve started on a database that was not there")

    monkeypatch.setattr(uvicorn, "run", served)
    path = tmp_path / "none.db"
    r = _run(*args, "--db", str(path))
    assert r.exit_code == 1 and r.stdout == ""
    assert (
        _error(r) == f"Error: no database at {path}; create it with gongbao ingest FILE --db {path}"
    )
    assert os.listdir(tmp_path) == []  # neither the file nor its ranking index


def test_the_default_database_is_refused_the_same_way(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GONGBAO_DB", raising=False)
    r = _run("search", "养老")
    assert _error(r) == (
        "Error: no database at gongbao.db; create it with gongbao ingest FILE --db gongbao.db"
    )
    assert os.listdir(tmp_path) == []


def test_the_size_limit_error_names_where_the_limit_came_from(tmp_path: Path) -> None:
    size = SAMPLE.stat().st_size  # 203,164 bytes (ls -l)
    r = _run("parse", str(SAMPLE), "--max-bytes", "1000")
    assert r.exit_code == 1 and r.stdout == ""
    assert _error(r) == (
        f"Error: {SAMPLE}: {size} bytes is over the 1000-byte limit (raise it with --max-bytes)"
    )
    r = _run("parse", str(SAMPLE), env={"GONGBAO_MAX_BYTES": "2000"})
    assert _error(r) == (
        f"Error: {SAMPLE}: {size} bytes is over the 2000-byte limit "
        "(raise it with GONGBAO_MAX_BYTES)"
    )
    # the flag wins over the variable, and the error says so
    r = _run("parse", str(SAMPLE), "--max-bytes", "1000", env={"GONGBAO_MAX_BYTES": "2000"})
    assert _error(r).endswith("over the 1000-byte limit (raise it with --max-bytes)")
    # the default limit: a sparse file one byte over it (nothing is read)
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(DEFAULT_MAX_BYTES + 1)
    r = _run("parse", str(big), env={"GONGBAO_MAX_BYTES": ""})
    assert _error(r) == (
        f"Error: {big}: {DEFAULT_MAX_BYTES + 1} bytes is over the {DEFAULT_MAX_BYTES}-byte "
        "limit (raise it with --max-bytes or GONGBAO_MAX_BYTES)"
    )


def test_parse_and_the_store_give_one_id_per_organisation(db: str, tmp_path: Path) -> None:
    """上海市静安区人民政府 is 'jingan/zhengfu' in `gongbao parse` and in the store (it was
    'zhengfu' in the parse before, seen by hand in both outputs)."""
    parsed = json.loads(_run("parse", str(SAMPLE)).stdout)
    r = _run("export", "--db", db, "--issue", "jingan-2026-01", "--out", str(tmp_path))
    assert r.exit_code == 0
    exported = json.loads((tmp_path / "jingan-2026-01.json").read_text(encoding="utf-8"))
    assert [m["organisations"] for m in exported["measures"]] == [
        m["organisations"] for m in parsed["measures"]
    ]
    assert exported.get("organisations") == parsed["organisations"]


def test_an_export_that_cannot_be_written_is_one_line(db: str, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    out = tmp_path / "a-file" / "csv"
    r = _run("export", "--db", db, "--format", "csv", "--out", str(out))
    assert r.exit_code == 1 and r.stdout == ""
    assert _error(r) == (
        f"Error: {out / 'jingan-2026-01' / 'documents.csv'}: cannot be written (Not a directory)"
    )
