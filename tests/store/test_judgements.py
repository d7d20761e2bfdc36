"""People merged and split by a reviewer: judgements kept in the store, gathered on a
person's page, listed by the API, and still in force after an issue is ingested again —
on real personnel documents, on every backend."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

import gongbao
from gongbao.errors import InputError
from gongbao.store import judgements as j
from gongbao.store import schema as s
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PERSONNEL = ROOT / "tests" / "corpus" / "personnel"
WUHAN = PERSONNEL / "hubei-wuhan-2021-npcsc-cizhi-page.txt"
JIYUAN = PERSONNEL / "henan-jiyuan-2023-npcsc-daili-shizhang-page.txt"

ZHOU = "documents/武汉市/周先旺"  # 接受周先旺辞去武汉市人民政府市长职务的请求 (2021年1月22日)
ZHUANG = "documents/济源市/庄建球"  # 接受庄建球同志辞去济源市人民政府市长职务的请求 (2023年5月31日)
ZHANG = "documents/济源市/张宏义"  # 张宏义同志代理济源市人民政府市长 (2023年5月31日)

ZHOU_POST = {
    "organization": "武汉市人民政府",
    "post": "市长",
    "role": "辞职",
    "start_date": None,
    "end_date": "2021-01-22",
    "sources": ["doc-5fc27a94"],
}
ZHUANG_POST = {
    "organization": "济源市人民政府",
    "post": "市长",
    "role": "辞职",
    "start_date": None,
    "end_date": "2023-05-31",
    "sources": ["doc-90790d2f"],
}


@pytest.fixture
def store(empty_store: Store) -> Store:
    for path in (WUHAN, JIYUAN):
        assert empty_store.ingest(gongbao.parse_file(path), path.name, path.read_bytes()) == (
            "stored"
        )
    return empty_store


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


def _posts(page: dict) -> list[dict]:
    """A page's memberships in the Popolo keys (other keys may be added beside them)."""
    keys = ("organization", "post", "role", "start_date", "end_date", "sources")
    return [{k: m[k] for k in keys} for m in page["memberships"]]


def _merge(store: Store, a: str, b: str, note: str | None = None, by: str | None = None) -> int:
    with store.engine.begin() as conn:
        return j.merge(conn, a, b, note, by)


def _split(store: Store, a: str, b: str, note: str | None = None) -> int:
    with store.engine.begin() as conn:
        return j.split(conn, a, b, note, "审核员")


def _same(store: Store, pid: str) -> list[str]:
    with store.engine.connect() as conn:
        return j.same_person(conn, pid)


def test_merge_gathers_both_documents_records(store: Store, client: TestClient) -> None:
    before = client.get(f"/api/people/{ZHOU}").json()
    assert _posts(before) == [ZHOU_POST]
    assert before["merged_with"] == [] and before["judgements"] == []

    jid = _merge(store, ZHOU, ZHUANG, "同一人（测试）", "审核员")
    page = client.get(f"/api/people/{ZHOU}").json()
    assert page["id"] == ZHOU and page["name"] == "周先旺"
    assert page["merged_with"] == [ZHUANG]
    assert [(r["person"], r["document"], r["date"]) for r in page["records"]] == [
        ("周先旺", "doc-5fc27a94", "2021-01-22"),
        ("庄建球", "doc-90790d2f", "2023-05-31"),
    ]
    assert _posts(page) == [ZHOU_POST, ZHUANG_POST]
    [made] = page["judgements"]
    assert made["id"] == jid and made["in_force"] is True
    assert {k: made[k] for k in ("kind", "person_id", "other_id", "note", "by")} == {
        "kind": "merge",
        "person_id": ZHOU,
        "other_id": ZHUANG,
        "note": "同一人（测试）",
        "by": "审核员",
    }
    # the other id's page gathers the same records, under its own id
    other = client.get(f"/api/people/{ZHUANG}").json()
    assert other["id"] == ZHUANG and other["merged_with"] == [ZHOU]
    assert _posts(other) == [ZHOU_POST, ZHUANG_POST]
    # the list route is not taken for a person id
    listed = client.get("/api/people/judgements")
    assert listed.status_code == 200 and listed.json() == {"items": [made]}
    assert client.get("/api/people/judgements", params={"person": ZHANG}).json() == {"items": []}
    assert "/api/people/judgements" in client.get("/openapi.json").json()["paths"]


def test_merge_survives_ingesting_the_issue_again(
    store: Store, client: TestClient, tmp_path: Path
) -> None:
    _merge(store, ZHOU, ZHUANG)
    # a corrected edition: same issue, other bytes — its rows are deleted and written again
    corrected = JIYUAN.read_text(encoding="utf-8") + "\n（编辑：济源市人大常委会办公室）\n"
    copy = tmp_path / "corrected" / JIYUAN.name
    copy.parent.mkdir()
    copy.write_text(corrected, encoding="utf-8")
    assert store.ingest(gongbao.parse_file(copy), copy.name, copy.read_bytes()) == "replaced"
    with store.engine.connect() as conn:
        stored = conn.execute(
            select(s.issues.c.content_hash).where(s.issues.c.id == "doc-90790d2f")
        ).scalar()
        assert stored == hashlib.sha256(copy.read_bytes()).hexdigest()  # the new edition
        assert conn.execute(select(s.person_judgements.c.kind)).scalars().all() == ["merge"]
    page = client.get(f"/api/people/{ZHOU}").json()
    assert page["merged_with"] == [ZHUANG]
    assert _posts(page) == [ZHOU_POST, ZHUANG_POST]


def test_split_undoes_a_merge_and_the_latest_judgement_wins(
    store: Store, client: TestClient
) -> None:
    first = _merge(store, ZHOU, ZHUANG)
    undo = _split(store, ZHUANG, ZHOU, "两地市长，不是同一人")  # either order names the pair
    page = client.get(f"/api/people/{ZHOU}").json()
    assert page["merged_with"] == [] and _posts(page) == [ZHOU_POST]
    assert _posts(client.get(f"/api/people/{ZHUANG}").json()) == [ZHUANG_POST]
    assert [(x["id"], x["kind"], x["in_force"]) for x in page["judgements"]] == [
        (first, "merge", False),
        (undo, "split", True),
    ]
    again = _merge(store, ZHOU, ZHUANG)  # a later merge overrules the split
    assert _same(store, ZHOU) == [ZHOU, ZHUANG]
    items = client.get("/api/people/judgements").json()["items"]
    assert [(x["id"], x["in_force"]) for x in items] == [
        (first, False),
        (undo, False),
        (again, True),
    ]


def test_merges_are_transitive_until_split(store: Store) -> None:
    _merge(store, ZHOU, ZHUANG)
    _merge(store, ZHANG, ZHUANG)
    assert _same(store, ZHOU) == [ZHOU, ZHUANG, ZHANG]  # the asked id, then in id order
    assert _same(store, ZHANG) == [ZHANG, ZHOU, ZHUANG]
    _split(store, ZHUANG, ZHANG)
    assert _same(store, ZHOU) == [ZHOU, ZHUANG]
    assert _same(store, ZHANG) == [ZHANG]
    with store.engine.connect() as conn:
        assert [x["kind"] for x in j.judgements(conn, ZHANG)] == ["merge", "split"]
        assert len(j.judgements(conn)) == 3


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [
        (
            ZHOU,
            "documents/武汉市/无此人",
            "no person with id 'documents/武汉市/无此人' in the store",
        ),
        ("nobody", ZHOU, "no person with id 'nobody' in the store"),
        (ZHOU, ZHOU, f"cannot merge person {ZHOU!r} with itself"),
    ],
)
def test_refused_merges(store: Store, a: str, b: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        _merge(store, a, b)
    assert str(caught.value) == message
    with pytest.raises(InputError, match=r"with itself|no person"):
        _split(store, a, b)
    with store.engine.connect() as conn:
        assert j.judgements(conn) == []


def test_a_schema_8_store_gains_the_table(tmp_path: Path) -> None:
    path = str(tmp_path / "old.db")
    store = Store(path, rank=False)
    store.ingest(gongbao.parse_file(WUHAN), WUHAN.name, WUHAN.read_bytes())
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE person_judgements")
        conn.execute(update(s.meta).where(s.meta.c.key == "schema_version").values(value="8"))
    store.engine.dispose()
    reopened = Store(path, rank=False)
    with reopened.engine.connect() as conn:
        version = conn.execute(select(s.meta.c.value).where(s.meta.c.key == "schema_version"))
        assert version.scalar() == str(s.SCHEMA_VERSION) == "11"
        assert j.judgements(conn) == [] and j.same_person(conn, ZHOU) == [ZHOU]
    reopened.engine.dispose()
