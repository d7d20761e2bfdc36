"""文号 series on real documents: the 60 State Council pages of ../shared/corpus/govcn-2018,
stored in SQLite and in PostgreSQL.

Expected values were read off the pages by hand: the 国办发〔2018〕 numbers they carry are 108,
109, 114, 115, 117, 118, 121, 123, 124, 126, 127, 128 and 129 (govcn-07, 09, 10, 12, 13, 17,
18, 34–37, 54, 56); two replies answer 请示 whose numbers no page carries — govcn-53
(国函〔2018〕145号) answers 国科发高〔2018〕235号 and govcn-55 (国函〔2018〕144号) answers
教职成〔2018〕8号.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import delete, select, update

import gongbao
from gongbao.cli import main
from gongbao.series import SeriesNumber, parse_series
from gongbao.store import read
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import SHARED
from tests.store.conftest import fresh_store

GOVCN = SHARED / "corpus" / "govcn-2018"
GAPS_2018 = [*range(1, 108), 110, 111, 112, 113, 116, 119, 120, 122, 125]


@pytest.fixture(scope="module", params=["sqlite-fts", "postgresql-gin"])
def govcn(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    store = fresh_store(request.param, tmp_path_factory.mktemp(request.param))
    for path in sorted(GOVCN.glob("*.html")):
        store.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    yield store
    store.engine.dispose()


def _doc(store: Store, doc_number: str) -> str:
    with store.engine.connect() as c:
        found = c.execute(
            select(s.documents.c.id).where(s.documents.c.doc_number == doc_number)
        ).scalar()
    assert found is not None
    return str(found)


@pytest.mark.parametrize(
    ("printed", "parsed"),
    [
        ("国办发〔2018〕128号", SeriesNumber("国办发", 2018, 128)),
        ("国办发明电〔2018〕15号", SeriesNumber("国办发明电", 2018, 15)),
        ("沪府规[2022]3号", SeriesNumber("沪府规", 2022, 3)),
        ("国办发„2009‟3号", SeriesNumber("国办发", 2009, 3)),
        ("中华人民共和国国务院令第707号", SeriesNumber("国务院令", None, 707)),
        ("国务院令第707号", SeriesNumber("国务院令", None, 707)),
        ("中华人民共和国主席令第三号", SeriesNumber("主席令", None, 3)),
        ("国家税务总局公告2018年第58号", SeriesNumber("国家税务总局公告", 2018, 58)),
        ("2026年第1期", None),
        (None, None),
    ],
)
def test_a_doc_number_parses_into_its_series(printed: str | None, parsed: object) -> None:
    assert parse_series(printed) == parsed


def test_a_series_of_a_year_with_its_gaps(govcn: Store) -> None:
    with govcn.engine.connect() as c:
        page = read.series(c, 50, 0, code="国办发", year=2018)
    assert page["total"] == 1
    item = page["items"][0]
    assert (item["code"], item["year"], item["count"], item["highest"]) == ("国办发", 2018, 13, 129)
    assert item["gaps"] == GAPS_2018
    assert [d["number"] for d in item["documents"]] == [
        108,
        109,
        114,
        115,
        117,
        118,
        121,
        123,
        124,
        126,
        127,
        128,
        129,
    ]
    assert item["documents"][-1]["doc_number"] == "国办发〔2018〕129号"
    assert item["cited_not_held"] == []


def test_numbers_cited_that_the_store_does_not_hold(govcn: Store) -> None:
    with govcn.engine.connect() as c:
        page = read.series(c, 50, 0, year=2018)
    cited = {
        n["doc_number"]: n["cited_by"] for item in page["items"] for n in item["cited_not_held"]
    }
    assert cited == {
        "国科发高〔2018〕235号": [_doc(govcn, "国函〔2018〕145号")],
        "教职成〔2018〕8号": [_doc(govcn, "国函〔2018〕144号")],
    }


def test_orders_run_on_across_years(govcn: Store) -> None:
    with govcn.engine.connect() as c:
        page = read.series(c, 50, 0, code="国务院令")
    item = page["items"][0]
    assert (item["year"], item["count"], item["highest"]) == (None, 2, 707)
    assert item["gaps"][-1] == 705 and len(item["gaps"]) == 705


def test_the_api_serves_a_series(govcn: Store) -> None:
    client = TestClient(create_app(govcn))
    got = client.get("/api/series", params={"code": "国办发", "year": 2018}).json()
    assert got["items"][0]["gaps"] == GAPS_2018
    assert client.get("/api/series", params={"year": "二〇一八"}).status_code == 422


def test_replacing_an_issue_does_not_count_its_numbers_twice(govcn: Store) -> None:
    path = GOVCN / "govcn-07.html"  # 国办发〔2018〕128号
    issue = gongbao.parse_file(path)
    assert govcn.ingest(issue, path.name, path.read_bytes() + b" ") == "replaced"
    with govcn.engine.connect() as c:
        item = read.series(c, 50, 0, code="国办发", year=2018)["items"][0]
    assert item["count"] == 13
    assert next(d for d in item["documents"] if d["number"] == 128)["documents"] == [
        issue.documents[0].id
    ]


def test_a_store_of_the_previous_schema_gets_its_series(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    store = Store(db, rank=False)
    for name in ("govcn-07.html", "govcn-53.html"):
        path = GOVCN / name
        store.ingest(gongbao.parse_file(path), name, path.read_bytes())
    with store.engine.begin() as c:  # as a schema-3 store: no series rows
        c.execute(delete(s.doc_numbers))
        c.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="3"))
    store.engine.dispose()
    reopened = Store(db, rank=False)
    with reopened.engine.connect() as c:
        page = read.series(c, 50, 0)
    got = {(i["code"], i["year"]): i["count"] for i in page["items"]}
    assert got == {("国办发", 2018): 1, ("国函", 2018): 1, ("国科发高", 2018): 0}


def test_the_cli_prints_a_series(govcn: Store, tmp_path: Path) -> None:
    if govcn.dialect != "sqlite":
        pytest.skip("the CLI is run against the SQLite file")
    db = govcn.url.removeprefix("sqlite:///")
    out = CliRunner().invoke(main, ["series", "--db", db, "--code", "国办发", "--year", "2018"])
    assert out.exit_code == 0, out.output
    assert out.output == (
        "国办发 2018: 13 held, highest 129, never seen: 1–107, 110–113, 116, 119–120, 122, 125\n"
    )
    missing = CliRunner().invoke(main, ["series", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code != 0
    assert "no database at" in missing.output
