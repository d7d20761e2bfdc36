"""`gongbao people merge|split|judgements` end to end on a real SQLite file: judgements
made from the command line are what the API serves, and errors are one line."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

from click.testing import CliRunner

from gongbao.cli import main
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.store.test_judgements import JIYUAN, WUHAN, ZHOU, ZHOU_POST, ZHUANG, ZHUANG_POST, _posts

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def _page(db: str, pid: str) -> dict:
    store = Store(db)
    try:
        with TestClient(create_app(store)) as c:
            return dict(c.get(f"/api/people/{pid}").json())
    finally:
        store.close()


def test_people_merge_split_judgements(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, out, err = _run("ingest", str(WUHAN), str(JIYUAN), "--db", db, "--quiet")
    assert code == 0, err
    assert out.startswith("2 issues (2 stored, 0 replaced, 0 unchanged), 0 failed")
    assert _run("people", "judgements", "--db", db)[1] == "no judgements\n"

    code, out, err = _run(
        "people", "merge", ZHOU, ZHUANG, "--note", "同一人（测试）", "--by", "审核员", "--db", db
    )
    assert code == 0, err
    assert out == f"judgement 1: merge {ZHOU} {ZHUANG}; {ZHOU} now gathers {ZHOU}, {ZHUANG}\n"
    page = _page(db, ZHOU)
    assert page["merged_with"] == [ZHUANG]
    assert _posts(page) == [ZHOU_POST, ZHUANG_POST]

    code, out, _ = _run("people", "judgements", "--db", db)
    [line] = out.splitlines()
    number, made_at, kind, a, b, by, note = line.split("\t")
    assert (number, kind, a, b, by, note) == (
        "1*",
        "merge",
        ZHOU,
        ZHUANG,
        "审核员",
        "同一人（测试）",
    )
    assert made_at.endswith("+00:00")

    # a corrected edition of the file replaces its issue; the judgement stays
    corrected = tmp_path / "corrected" / JIYUAN.name
    corrected.parent.mkdir()
    corrected.write_text(JIYUAN.read_text(encoding="utf-8") + "\n（编辑：办公室）\n", "utf-8")
    code, out, _ = _run("ingest", str(corrected), "--db", db, "--quiet")
    assert out.startswith("1 issue (0 stored, 1 replaced, 0 unchanged)")
    assert _posts(_page(db, ZHOU)) == [ZHOU_POST, ZHUANG_POST]

    code, out, err = _run("people", "split", ZHUANG, ZHOU, "--db", db)
    assert code == 0, err
    assert out == f"judgement 2: split {ZHUANG} {ZHOU}; {ZHUANG} now gathers {ZHUANG}\n"
    page = _page(db, ZHOU)
    assert page["merged_with"] == [] and _posts(page) == [ZHOU_POST]
    code, out, _ = _run("people", "judgements", "--db", db, "--json")
    items = json.loads(out)["items"]
    assert [(x["id"], x["kind"], x["in_force"]) for x in items] == [
        (1, "merge", False),
        (2, "split", True),
    ]
    assert items[1]["by"] is None and items[1]["note"] is None


def test_people_errors_are_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    code, _, err = _run("people", "merge", ZHOU, ZHUANG, "--db", db)
    assert code == 1 and err.strip().splitlines() == [
        f"Error: no database at {tmp_path / 'g.db'}; create it with gongbao ingest FILE --db "
        f"{tmp_path / 'g.db'}"
    ]
    _run("ingest", str(WUHAN), "--db", db, "--quiet")
    for args, message in [
        (("merge", ZHOU, ZHUANG), f"no person with id {ZHUANG!r} in the store"),
        (("merge", ZHOU, ZHOU), f"cannot merge person {ZHOU!r} with itself"),
        (("split", "nobody", ZHOU), "no person with id 'nobody' in the store"),
    ]:
        code, out, err = _run("people", *args, "--db", db)
        assert code == 1 and out == "", out
        assert err.strip().splitlines() == [f"Error: {message}"]
    assert _run("people", "judgements", "--db", db)[1] == "no judgements\n"
