"""The JSON API on both backends, through FastAPI's test client, and its OpenAPI contract."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from gongbao.store.db import Store
from gongbao.web.api import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(sample_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(sample_store)) as c:
        yield c


def test_issues(client: TestClient) -> None:
    r = client.get("/api/issues").json()
    assert r["total"] == 1 and r["limit"] == 50 and r["offset"] == 0
    assert r["items"][0]["id"] == "jingan-2026-01"
    one = client.get("/api/issues/jingan-2026-01").json()
    assert one["gazette"] == "jingan" and one["total_number"] == 47
    assert [d["id"] for d in one["documents"]] == [f"jingan-2026-01-{n:02d}" for n in range(1, 11)]
    assert len(one["toc"]) == 10 and len(one["problems"]) == 13


def test_document_tree_and_links(client: TestClient) -> None:
    doc = client.get("/api/documents/jingan-2026-01-08").json()
    assert doc["title"] == "上海市静安区国民经济和社会发展第十五个五年规划纲要"
    assert doc["body"][1]["text"] == "前言"
    assert "jingan-2026-01-05" in doc["cited_by"]
    notes = client.get("/api/documents/jingan-2026-01-09").json()["footnotes"]
    assert len(notes) == 9


def test_search(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "宝宝屋", "limit": 2}).json()
    assert r["total"] == 9 and len(r["items"]) == 2
    assert set(r["facets"]) == {"gazette", "issue", "kind", "issuer", "year"}
    assert "<mark>宝宝屋</mark>" in r["items"][0]["snippet"]


def test_facts_and_filters(client: TestClient) -> None:
    assert client.get("/api/appointments").json()["total"] == 48
    assert client.get("/api/appointments", params={"action": "remove"}).json()["total"] == 23
    assert client.get("/api/appointments", params={"person": "王艳"}).json()["total"] == 2
    assert client.get("/api/commitments", params={"category": "为老服务方面"}).json()["total"] == 8
    assert client.get("/api/measures").json()["total"] == 60
    invest = client.get("/api/measures", params={"organisation": "jingan/touzicujinban"}).json()
    assert invest["total"] == 21  # grep -c 区投资办 over the 责任单位/部门 notes
    assert client.get("/api/projects", params={"category": "基础设施类"}).json()["total"] == 18
    assert client.get("/api/indicators", params={"period": "2026–2030"}).json()["total"] == 21
    assert client.get("/api/terms").json()["total"] == 40
    assert client.get("/api/budget", params={"limit": 5}).json()["total"] == 160
    identities = client.get("/api/budget/identities", params={"limit": 100}).json()
    assert identities["total"] == 28 and all(i["holds"] for i in identities["items"])


def test_organisations_and_people(client: TestClient) -> None:
    orgs = client.get("/api/organisations", params={"limit": 1}).json()
    assert orgs["total"] == 52  # a congress in session (静安区人民代表大会) is no department
    hr = client.get("/api/organisations/jingan/renliziyuanshehuibaozhangju").json()
    assert hr["name"] == "上海市静安区人力资源和社会保障局"
    assert "区人力资源社会保障局" in hr["aliases"]
    assert [d["id"] for d in hr["issued"]] == ["jingan-2026-01-09", "jingan-2026-01-10"]
    assert len(hr["measures"]) == 25  # grep -c 区人力资源社会保障局 over the notes
    jg = client.get("/api/organisations/jingan/shanghaijinggongjituanyouxiangongsi").json()
    assert sorted(a["person"] for a in jg["appointments"]) == ["毛霆钧", "钟荣辉", "高东铭", "黄静"]
    person = client.get("/api/people/jingan/王艳").json()
    assert person["moves"] == [
        {
            "removed": ["上海市静安区发展和改革委员会副主任"],
            "appointed": ["上海市静安区人民政府江宁路街道办事处主任"],
        }
    ]
    assert client.get("/api/people").json()["total"] == 36


@pytest.mark.parametrize(
    "path",
    ["/api/issues/nope", "/api/documents/nope", "/api/organisations/x/y", "/api/people/nobody"],
)
def test_unknown_ids_are_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json() == {"error": r.json()["error"]} and r.json()["error"].startswith("找不到")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/issues", {"limit": 0}),
        ("/api/issues", {"limit": "many"}),
        ("/api/search", {}),
        ("/api/search", {"q": "  "}),
        ("/api/search", {"q": "养老", "date_from": "yesterday"}),
        ("/api/measures", {"offset": -1}),
    ],
)
def test_bad_parameters_are_422(client: TestClient, path: str, params: dict) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422
    assert list(r.json()) == ["error"]


def test_read_only(client: TestClient) -> None:
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/api/issues").status_code == 405


def test_openapi(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/issues",
        "/api/issues/{issue_id}",
        "/api/documents/{doc_id}",
        "/api/search",
        "/api/appointments",
        "/api/indicators",
        "/api/commitments",
        "/api/measures",
        "/api/projects",
        "/api/budget",
        "/api/budget/identities",
        "/api/terms",
        "/api/organisations",
        "/api/organisations/{org_id}",
        "/api/people",
        "/api/people/{person_id}",
    ):
        assert path in spec["paths"], path


def test_downloads_round_trip_to_the_api_counts(client: TestClient) -> None:
    import csv
    import io
    import zipfile

    contract = client.get("/api/issues/jingan-2026-01/export").json()
    for key, path in [
        ("appointments", "/api/appointments"),
        ("measures", "/api/measures"),
        ("commitments", "/api/commitments"),
        ("projects", "/api/projects"),
        ("terms", "/api/terms"),
        ("indicators", "/api/indicators"),
    ]:
        assert len(contract[key]) == client.get(path).json()["total"], key
    z = zipfile.ZipFile(
        io.BytesIO(
            client.get("/api/issues/jingan-2026-01/export", params={"format": "csv"}).content
        )
    )
    rows = list(csv.reader(io.StringIO(z.read("appointments.csv").decode("utf-8"))))
    assert len(rows) - 1 == client.get("/api/appointments").json()["total"] == 48
    akn = client.get("/api/issues/jingan-2026-01/export", params={"format": "akn"})
    assert akn.status_code == 200 and akn.content.startswith(b"<?xml")
