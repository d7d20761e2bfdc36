"""Validity and typed links on real documents, stored in SQLite and in PostgreSQL.

Checked by hand: the sample's 静发改委〔2026〕3号 (jingan-2026-01-09, dated 2026-01-26) says
'本措施自公布之日起生效，有效期至 2026 年 12 月 31 日' (sample line 1935); 国办发〔2018〕117号
(govcn-37, dated 2018-12-06) says '自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方
加大激励支持力度的通知》（国办发〔2016〕82号）停止执行', and that document is in the corpus
(tests/corpus/gazette-item/guobanfa-2016-82-jili-zhichi-lawdb.txt, in traditional script);
国发〔2018〕41号 (govcn-32, dated 2018-12-13) '自2019年1月1日起施行'.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

import gongbao
from gongbao.extract.references import relation
from gongbao.store import read
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.store.validity import cited_by, status
from gongbao.web.api import create_app
from tests.conftest import ROOT, SAMPLE, SHARED
from tests.store.conftest import fresh_store

GOVCN = SHARED / "corpus" / "govcn-2018"
REPEALED = ROOT / "tests" / "corpus" / "gazette-item" / "guobanfa-2016-82-jili-zhichi-lawdb.txt"
FILES = [SAMPLE, GOVCN / "govcn-37.html", GOVCN / "govcn-32.html", REPEALED]


def _ingest(store: Store) -> None:
    for path in FILES:
        store.ingest(gongbao.parse_file(path), path.name, path.read_bytes())


@pytest.fixture(scope="module", params=["sqlite-fts", "postgresql-gin"])
def store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    st = fresh_store(request.param, tmp_path_factory.mktemp(request.param))
    _ingest(st)
    yield st
    st.engine.dispose()


def _status(store: Store, doc_id: str, as_of: str, soon: int = 90) -> tuple[str, str | None]:
    with store.engine.connect() as c:
        page = read.documents(c, 500, 0, as_of, soon_days=soon)
    found = next(i for i in page["items"] if i["id"] == doc_id)
    return found["status"], found["repealed_by"]


@pytest.mark.parametrize(
    ("as_of", "soon", "expected"),
    [
        ("2026-01-01", 90, "尚未施行"),
        ("2026-06-01", 90, "现行有效"),
        ("2026-10-02", 90, "即将失效"),
        ("2026-12-01", 90, "即将失效"),
        ("2026-12-01", 10, "现行有效"),
        ("2026-12-31", 90, "即将失效"),
        ("2027-01-01", 90, "已失效"),
    ],
)
def test_a_document_that_expires(store: Store, as_of: str, soon: int, expected: str) -> None:
    assert _status(store, "jingan-2026-01-09", as_of, soon) == (expected, None)


def test_a_document_another_repeals_is_in_force_until_the_repeal_takes_effect(store: Store) -> None:
    assert _status(store, "guobanfa-2016-82", "2018-12-05") == ("现行有效", None)
    assert _status(store, "guobanfa-2016-82", "2018-12-06") == ("已失效", "guobanfa-2018-117")


def test_a_document_not_yet_in_force(store: Store) -> None:
    assert _status(store, "guofa-2018-41", "2018-12-31") == ("尚未施行", None)
    assert _status(store, "guofa-2018-41", "2019-01-01") == ("现行有效", None)


def test_a_document_carries_its_links_with_their_sentences(store: Store) -> None:
    with store.engine.connect() as c:
        doc = read.document(c, "guobanfa-2018-117")
    assert doc is not None
    repeal = [link for link in doc["links"] if link["type"] == "废止"]
    assert repeal == [
        {
            "type": "废止",
            "title": "国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知",
            "doc_number": "国办发〔2016〕82号",
            "target": "guobanfa-2016-82",
            "sentence": "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度"
            "的通知》（国办发〔2016〕82号）停止执行。",
        }
    ]
    with store.engine.connect() as c:
        issued = read.document(c, "guofa-2018-41")
    assert issued is not None
    assert [(x["type"], x["title"]) for x in issued["links"]] == [
        ("印发", "个人所得税专项附加扣除暂行办法"),
        ("依据", "中华人民共和国个人所得税法"),
    ]


def test_a_document_knows_what_cites_it(store: Store) -> None:
    """Incoming links both ways a citation names a stored document: by a 文号 it holds (the
    2016 notice holds 國辦發〔2016〕82號 in traditional script, the 2018 one cites 国办发〔2016〕
    82号), and by the target resolved in the citing document's issue (the sample's 政府工作报告
    names the 规划纲要（草案） in 14 sentences, no 文号)."""
    with store.engine.connect() as c:
        repealed = cited_by(c, "guobanfa-2016-82")
        plan = cited_by(c, "jingan-2026-01-08")
        uncited = cited_by(c, "guobanfa-2018-117")
    assert repealed == [
        {
            "type": "废止",
            "source": "guobanfa-2018-117",
            "title": "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知",
            "date": "2018-12-06",
            "sentence": "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度"
            "的通知》（国办发〔2016〕82号）停止执行。",
        }
    ]
    assert {(e["type"], e["source"], e["title"], e["date"]) for e in plan} == {
        ("引用", "jingan-2026-01-05", "政府工作报告", "2026-01-14")
    }
    assert len(plan) == 14
    assert plan[1]["sentence"].startswith(
        "根据《中共静安区委关于制定静安区国民经济和社会发展第十五个"
    )
    assert uncited == []


def test_the_api_lists_documents_by_status_on_a_date(store: Store) -> None:
    client = TestClient(create_app(store))
    got = client.get("/api/documents", params={"as_of": "2018-12-06", "status": "已失效"}).json()
    assert [i["id"] for i in got["items"]] == ["guobanfa-2016-82"]
    assert got["as_of"] == "2018-12-06"
    assert client.get("/api/documents", params={"as_of": "2018-13-45"}).status_code == 422
    assert client.get("/api/documents", params={"status": "过期"}).status_code == 422
    one = client.get("/api/documents/guobanfa-2016-82").json()
    assert (one["status"], one["repealed_by"]) == ("已失效", "guobanfa-2018-117")


@pytest.mark.parametrize(
    ("title", "text", "cited", "expected"),
    [
        (
            "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知",
            "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》"
            "（国办发〔2016〕82号）停止执行。",
            "《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》",
            "废止",
        ),
        (
            "牟定县人民政府办公室关于印发牟定县突发环境事件应急预案的通知",
            "请认真贯彻执行，原2007年印发的《牟定县突发环境事件应急预案》同时废止。",
            "《牟定县突发环境事件应急预案》",
            "废止",
        ),
        (
            "湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知",
            "根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神，",
            "《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》",
            "依据",
        ),
        (
            "国务院关于印发个人所得税专项附加扣除暂行办法的通知",
            "现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。",
            "《个人所得税专项附加扣除暂行办法》",
            "印发",
        ),
        (
            "国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知",
            "要按照《中共中央办公厅关于统筹规范督查检查考核工作的通知》要求，完善督查考评体系。",
            "《中共中央办公厅关于统筹规范督查检查考核工作的通知》",
            "引用",
        ),
    ],
)
def test_what_a_citation_does_is_read_off_its_clause(
    title: str, text: str, cited: str, expected: str
) -> None:
    at = text.index(cited)
    assert relation(title, text, (at, at + len(cited))) == expected


def test_status_rules() -> None:
    assert status("2026-01-26", "2026-12-31", None, "2026-12-31") == "即将失效"
    assert status(None, None, None, "2026-12-31") == "现行有效"


def test_a_store_of_schema_4_gains_the_validity_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    st = Store(str(db), rank=False)
    _ingest(st)
    with st.engine.begin() as c:  # as a schema-4 store: no validity columns, no relations
        c.exec_driver_sql("DROP INDEX ix_documents_valid_until")
        c.exec_driver_sql("DROP INDEX ix_doc_references_relation")
        for table, column in [
            ("documents", "valid_from"),
            ("documents", "valid_until"),
            ("doc_references", "relation"),
        ]:
            c.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
        c.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="4"))
    st.engine.dispose()
    again = Store(str(db), rank=False)
    with again.engine.connect() as c:
        page = read.documents(c, 500, 0, "2027-01-01")
    gone = {i["id"]: i["repealed_by"] for i in page["items"] if i["status"] == "已失效"}
    # the expiry survives the migration, and each stored citation's relation is read again off
    # its clause: the repeal is found without ingesting anything again
    assert gone == {"jingan-2026-01-09": None, "guobanfa-2016-82": "guobanfa-2018-117"}


def test_a_persons_memberships_from_the_decisions_that_made_and_ended_them(tmp_path: Path) -> None:
    """The 2003 主席令: '免去张文康的卫生部部长职务；任命吴仪(女)为卫生部部长(兼)', 2003-04-26."""
    st = Store(str(tmp_path / "m.db"), rank=False)
    path = ROOT / "tests" / "corpus" / "personnel" / "zhuxiling-2003-weishengbu-renminbao-page.txt"
    st.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    client = TestClient(create_app(st))
    people = {p["name"]: p["id"] for p in client.get("/api/people").json()["items"]}
    doc = client.get("/api/documents", params={"as_of": "2003-04-26"}).json()["items"][0]["id"]
    removed = client.get(f"/api/people/{people['张文康']}").json()["memberships"]
    appointed = client.get(f"/api/people/{people['吴仪']}").json()["memberships"]
    assert removed == [
        {
            "organization": "卫生部",
            "post": "部长",
            "role": None,
            "start_date": None,
            "end_date": "2003-04-26",
            "ended": True,
            "sources": [doc],
        }
    ]
    assert appointed == [
        {
            "organization": "卫生部",
            "post": "部长",
            "role": "兼",
            "start_date": "2003-04-26",
            "end_date": None,
            "ended": False,
            "sources": [doc],
        }
    ]


@pytest.mark.parametrize("as_of", ["2018-12-05", "2018-12-06", "2019-01-01", "2026-12-01"])
def test_a_status_asked_for_is_the_status_each_document_shows(store: Store, as_of: str) -> None:
    with store.engine.connect() as c:
        every = read.documents(c, 500, 0, as_of)["items"]
        for name in ("现行有效", "即将失效", "已失效", "尚未施行"):
            page = read.documents(c, 500, 0, as_of, status_is=name)
            assert [i["id"] for i in page["items"]] == [
                i["id"] for i in every if i["status"] == name
            ]
            assert page["total"] == len(page["items"])


def test_a_name_printed_in_traditional_characters_is_the_same_person(tmp_path: Path) -> None:
    """The 1958 议案 prints '陳毅兼外交部部長': the person's id is in simplified characters (so
    that the same name printed in either script is one person); the record keeps the print."""
    st = Store(str(tmp_path / "t.db"), rank=False)
    path = ROOT / "tests" / "corpus" / "personnel" / "guowuyuan-1958-renmian-yian-page.txt"
    st.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    client = TestClient(create_app(st))
    one = client.get("/api/people/documents/陈毅").json()
    assert one["name"] == "陳毅"
    assert [r["positions"] for r in one["records"]] == [["外交部部長"]]


def test_the_same_name_in_documents_of_two_places_is_two_people(tmp_path: Path) -> None:
    """Documents published alone share no gazette: a person named in a 武汉市 decision
    ('接受周先旺辞去武汉市人民政府市长职务的请求') is kept under 武汉市, and a person in a 明光
    report with no issuer (no place) under the name alone — never merged by name across places."""
    st = Store(str(tmp_path / "p.db"), rank=False)
    for name in (
        "personnel/hubei-wuhan-2021-npcsc-cizhi-page.txt",
        "personnel/anhui-mingguang-2016-npcsc-fushizhang-news-page.txt",
    ):
        path = ROOT / "tests" / "corpus" / name
        st.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    client = TestClient(create_app(st))
    ids = sorted(p["id"] for p in client.get("/api/people").json()["items"])
    assert ids == ["documents/吕锦宏", "documents/武汉市/周先旺", "documents/陈社教"]
