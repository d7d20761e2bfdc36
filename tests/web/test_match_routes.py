"""政策匹配 served: /api/match, the /match page and the /feeds/match.atom feed, on a SQLite
store holding the sample (the expected measures checked by hand: section （七） of the
区发展改革委's 若干措施 holds the 生命健康 measures, all carried by 区科技经济委)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

import gongbao
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import SAMPLE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

BIO = {"place": "静安区", "industry": "生物医药", "kind": "企业", "as_of": "2026-06-01"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db: Path = tmp_path_factory.mktemp("match") / "g.db"
    store = Store(str(db), rank=False)
    store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    with TestClient(create_app(store)) as c:
        yield c
    store.close()


def test_api_match(client: TestClient) -> None:
    r = client.get("/api/match", params=BIO)
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 10
    first = body["items"][0]
    assert first["title"] == "支持功能性平台建设"
    assert first["responsible"] == ["区科技经济委"]
    assert first["valid_until"] == "2026-12-31"
    assert [(c["field"], c["met"]) for c in first["conditions"]] == [
        ("place", True),
        ("industry", True),
        ("kind", True),
    ]
    expired = client.get("/api/match", params={**BIO, "as_of": "2027-01-01"}).json()
    assert [i for i in expired["items"] if i["document"] == "jingan-2026-01-09"] == []


def test_api_match_bad_profile(client: TestClient) -> None:
    r = client.get("/api/match", params={"kind": "公司"})
    assert r.status_code == 422
    assert r.json()["error"].startswith("profile field kind: one of 企业")


def test_api_match_events_and_figures(client: TestClient) -> None:
    """What was obtained and when, listings, arrival and the figures that give the size are
    query parameters; the sample's 生命健康 measures ask none of them, so the same 10 apply."""
    asked = {
        **BIO,
        "certified": "高新技术企业:2025、专精特新",
        "listed": "无",
        "moved_in": "2020-03-01",
        "revenue": 1500,
        "staff": 50,
    }
    assert client.get("/api/match", params=asked).json()["total"] == 10
    r = client.get("/api/match", params={**BIO, "certified": "高新技术企业:25年"})
    assert r.status_code == 422
    assert r.json()["error"].startswith("profile field certified: 高新技术企业 needs a date")


def test_api_match_achievements_and_export(client: TestClient) -> None:
    """Patents, standards led, exhibitions and export figures are query parameters too; the
    sample's 生命健康 measures ask none of them, so the same 10 apply."""
    asked = {
        **BIO,
        "patents": "发明专利:2",
        "standards": "国家标准:2025",
        "exhibitions": "无",
        "export_usd": 1200,
        "export_growth": 15,
    }
    assert client.get("/api/match", params=asked).json()["total"] == 10
    r = client.get("/api/match", params={**BIO, "patents": "发明专利:两件"})
    assert r.status_code == 422
    assert r.json()["error"].startswith("profile field patents: 发明专利 needs a count")
    page = client.get("/match", params={**BIO, "standards": "国家标准:2025", "export_usd": "300"})
    assert "适用的措施（10）" in page.text
    assert 'name="export_usd" value="300"' in page.text


def test_match_page(client: TestClient) -> None:
    page = client.get("/match", params=BIO)
    assert page.status_code == 200
    assert "适用的措施（10）" in page.text
    assert "支持功能性平台建设" in page.text
    assert "符合：行业（生命健康；原文“促进生命健康产业加快发展”）" in page.text
    empty = client.get("/match")
    assert "适用的措施（" not in empty.text and "<form" in empty.text


def test_match_page_with_figures(client: TestClient) -> None:
    page = client.get("/match", params={**BIO, "revenue": "1500", "staff": "50"})
    assert "适用的措施（10）" in page.text
    assert 'name="certified"' in page.text and 'value="1500"' in page.text
    bad = client.get("/match", params={**BIO, "staff": "五十"})
    assert bad.status_code == 422
    assert "画像有误：profile field figures: 从业人员 needs a number" in bad.text


def test_match_feed(client: TestClient) -> None:
    r = client.get("/feeds/match.atom", params=BIO)
    assert r.status_code == 200
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = etree.fromstring(r.content)
    ids = [e.text for e in root.findall("a:entry/a:id", ns)]
    assert len(ids) == 10
    assert ids[0].startswith("urn:gongbao:measure:jingan-2026-01-09#")
    assert "urn:gongbao:measure:jingan-2026-01-09#3.7.1.4" in ids
    titles = [e.text for e in root.findall("a:entry/a:title", ns)]
    assert (
        "支持功能性平台建设（上海市静安区发展和改革委员会关于构建现代化产业体系、促进经济高质量发展的若干措施）"
        in titles
    )
