"""The change log, its cursor and the Atom feeds, on real documents in SQLite and PostgreSQL.

Checked by hand: the sample holds 48 appointments and one document with an end to its 有效期
(静发改委〔2026〕3号, '有效期至 2026 年 12 月 31 日'); govcn-37 is 国办发〔2018〕117号 and govcn-32
国发〔2018〕41号; the sample's 表1 reports no target missed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import gongbao
from gongbao.cli import main
from gongbao.store.changes import read_changes
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import SAMPLE, SHARED
from tests.store.conftest import fresh_store

GOVCN = SHARED / "corpus" / "govcn-2018"


def _ingest(store: Store, path: Path, extra: bytes = b"") -> str:
    return store.ingest(gongbao.parse_file(path), path.name, path.read_bytes() + extra)


@pytest.fixture(params=["sqlite-fts", "postgresql-gin"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    st = fresh_store(request.param, tmp_path)
    yield st
    st.engine.dispose()


def _changes(store: Store, since: int, **kw: str) -> dict:
    with store.engine.connect() as c:
        return read_changes(c, since, 500, **kw)


def test_a_cursor_gives_what_came_after_it_and_nothing_twice(store: Store) -> None:
    _ingest(store, SAMPLE)
    first = _changes(store, 0)
    kinds = [e["kind"] for e in first["items"]]
    assert kinds.count("document") == 10
    assert kinds.count("appointment") == 48
    assert kinds.count("missed_target") == 0
    assert [
        (e["document"], e["valid_until"]) for e in first["items"] if e["kind"] == "expiring"
    ] == [("jingan-2026-01-09", "2026-12-31")]
    cursor = int(first["next"])
    _ingest(store, GOVCN / "govcn-37.html")
    _ingest(store, GOVCN / "govcn-32.html")
    after = _changes(store, cursor)
    assert [(e["kind"], e["document"], e["doc_number"]) for e in after["items"]] == [
        ("document", "guobanfa-2018-117", "国办发〔2018〕117号"),
        ("document", "guofa-2018-41", "国发〔2018〕41号"),
    ]
    again = _changes(store, int(after["next"]))
    assert again == {"items": [], "next": after["next"]}
    # the same issue once more changes nothing; a corrected edition is an event of its own
    assert _ingest(store, GOVCN / "govcn-37.html") == "unchanged"
    assert _changes(store, int(after["next"]))["items"] == []
    assert _ingest(store, GOVCN / "govcn-37.html", b" ") == "replaced"
    edition = _changes(store, int(after["next"]))["items"]
    assert [(e["document"], e["edition"]) for e in edition] == [("guobanfa-2018-117", "replaced")]


def test_a_reader_polling_while_two_writers_ingest_misses_nothing(store: Store) -> None:
    files = sorted(GOVCN.glob("*.html"))[:24]
    parsed = [(p, gongbao.parse_file(p)) for p in files]
    seen: list[int] = []
    done = threading.Event()

    def read_all() -> None:
        cursor = 0
        while True:
            finished = done.is_set()
            page = _changes(store, cursor)
            seen.extend(e["id"] for e in page["items"])
            cursor = int(page["next"])
            if finished and not page["items"]:
                return

    def write(half: list[tuple[Path, gongbao.Issue]]) -> None:
        for path, issue in half:
            store.ingest(issue, path.name, path.read_bytes())

    reader = threading.Thread(target=read_all)
    writers = [threading.Thread(target=write, args=(parsed[k::2],)) for k in (0, 1)]
    reader.start()
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    done.set()
    reader.join()
    everything = [e["id"] for e in _changes(store, 0)["items"]]
    assert seen == everything
    assert len({e["document"] for e in _changes(store, 0, kind="document")["items"]}) == len(files)


def test_the_api_pages_changes_by_cursor(store: Store) -> None:
    _ingest(store, GOVCN / "govcn-37.html")
    client = TestClient(create_app(store))
    first = client.get("/api/changes", params={"limit": 1}).json()
    assert [e["kind"] for e in first["items"]] == ["document"]
    rest = client.get("/api/changes", params={"since": first["next"]}).json()
    assert rest["items"] == [] and rest["next"] == first["next"]
    assert client.get("/api/changes", params={"since": "-1"}).status_code == 422
    assert client.get("/api/changes", params={"kind": "nothing"}).status_code == 422


def test_atom_feeds_validate_and_say_what_changed(store: Store) -> None:
    _ingest(store, SAMPLE)
    _ingest(store, GOVCN / "govcn-37.html")
    _ingest(store, GOVCN / "govcn-07.html")
    client = TestClient(create_app(store))

    def feed(url: str, **params: str) -> feedparser.FeedParserDict:
        got = client.get(url, params=params)
        assert got.status_code == 200, got.text
        assert got.headers["content-type"].startswith("application/atom+xml")
        parsed = feedparser.parse(got.content)
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert parsed.version == "atom10"
        return parsed

    events = feed("/feeds/events.atom")
    assert events.entries[0].title == "新文件：国务院办公厅关于印发“无废城市”建设试点工作方案的通知"
    assert all(e.id.startswith("urn:gongbao:change:") for e in events.entries)
    expiring = feed("/feeds/events.atom", kind="expiring")
    assert [e.title for e in expiring.entries] == [
        "有效期至2026-12-31：上海市静安区发展和改革委员会关于构建现代化产业体系、促进经济高质量"
        "发展的若干措施"
    ]
    assert expiring.entries[0].link.endswith("/documents/jingan-2026-01-09")
    series = feed("/feeds/series/国办发.atom")
    assert [e.id for e in series.entries] == [
        "urn:gongbao:document:guobanfa-2018-128",
        "urn:gongbao:document:guobanfa-2018-117",
    ]
    found = feed("/feeds/search.atom", q="无废城市")
    hits = client.get("/api/search", params={"q": "无废城市", "limit": 50}).json()["items"]
    ranked = list(dict.fromkeys(h["document"] for h in hits))
    assert [e.id for e in found.entries] == [f"urn:gongbao:document:{d}" for d in ranked]
    assert "urn:gongbao:document:guobanfa-2018-128" in [e.id for e in found.entries]
    person = client.get("/api/people", params={"limit": 1}).json()["items"][0]
    mine = feed(f"/feeds/people/{person['id']}.atom")
    assert len(mine.entries) == person["records"]
    assert all(e.title.startswith(("任命：", "免去：")) for e in mine.entries)
    bad = client.get("/feeds/search.atom", params={"q": "0\x1f"})  # found by schemathesis
    assert bad.status_code == 422 and "控制字符" in bad.json()["error"]
    missing = client.get("/feeds/series/某某发.atom")
    assert missing.status_code == 404 and "没有这个文号系列" in missing.text


def test_watch_prints_the_events_after_a_cursor(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    st = Store(db, rank=False)
    _ingest(st, GOVCN / "govcn-37.html")
    st.engine.dispose()
    out = CliRunner().invoke(main, ["watch", "--db", db])
    assert out.exit_code == 0, out.output
    lines = [ln.split("\t") for ln in out.stdout.splitlines()]
    assert [(ln[0], ln[2], ln[3]) for ln in lines] == [
        (
            "1",
            "document",
            "新文件：国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知",
        )
    ]
    assert "next cursor: 1" in out.stderr
    none = CliRunner().invoke(main, ["watch", "--db", db, "--since", "1"])
    assert none.stdout == "" and "next cursor: 1" in none.stderr
