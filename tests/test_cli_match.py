"""`gongbao match`: one profile as JSON, a CSV of businesses as a 免申即享 list, and one clear
line for every bad input (expected measures checked by hand against the sample's 若干措施)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import gongbao
from gongbao.store.db import Store
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-match") / "g.db"
    store = Store(str(path), rank=False)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    store.close()
    return str(path)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gongbao.cli", "match", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_one_profile_as_json(db: str, tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(
        json.dumps(
            {"place": "静安区", "industry": "生物医药", "kind": "企业", "as_of": "2026-06-01"}
        ),
        encoding="utf-8",
    )
    run = _run("--profile", str(profile), "--db", db, "--json")
    assert run.returncode == 0, run.stderr
    page = json.loads(run.stdout)
    assert page["total"] == 10
    assert page["items"][0]["title"] == "支持功能性平台建设"
    text = _run("--profile", str(profile), "--db", db)
    assert text.stdout.splitlines()[:2] == [
        "支持功能性平台建设  [jingan-2026-01-09]",
        "    责任部门: 区科技经济委",
    ]


def test_a_csv_of_businesses(db: str, tmp_path: Path) -> None:
    rows = tmp_path / "firms.csv"
    rows.write_text(
        "name,place,industry,kind,as_of\n"
        "甲药业,静安区,生物医药,企业,2026-06-01\n"
        "乙文创,静安区,文化创意,企业,2026-06-01\n"
        "丙公司,黄浦区,生物医药,企业,2026-06-01\n",
        encoding="utf-8",
    )
    run = _run("--profiles", str(rows), "--db", db)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("\ufeff")
    table = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    firms = [r["business"] for r in table]
    assert firms.count("甲药业") == 10 and firms.count("乙文创") == 10
    assert "丙公司" not in firms  # another district: nothing applies
    bio = {r["title"] for r in table if r["business"] == "甲药业"}
    assert "支持开拓海外市场" in bio and "培育创新文旅消费" not in bio


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON (Expecting property name enclosed in double quotes at line 1)"),
        ("[1, 2]", "a profile is a JSON object"),
        ('{"kind": "公司"}', "profile field kind: one of 企业"),
    ],
)
def test_bad_profile_files(db: str, tmp_path: Path, content: str, message: str) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(content, encoding="utf-8")
    run = _run("--profile", str(profile), "--db", db)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert message in run.stderr


def test_missing_file_and_missing_option(db: str, tmp_path: Path) -> None:
    gone = _run("--profile", str(tmp_path / "none.json"), "--db", db)
    assert gone.returncode == 1 and "none.json: no such file" in gone.stderr
    neither = _run("--db", db)
    assert neither.returncode == 2
    assert "give one of --profile FILE.json or --profiles FILE.csv" in neither.stderr
