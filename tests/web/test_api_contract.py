"""The JSON API keeps the promise /openapi.json makes (issue 14): one list shape, every error
as {"error": ...} in Chinese, every parameter declared and no other accepted, every answer
of its declared schema (schemathesis), budget identities paged with their budget and year,
and the Swagger UI page drawn offline in Debian's chromium under the site's own CSP."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

import gongbao
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import SAMPLE
from tests.web.conftest import SCREENS, open_page, serve

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(str(tmp_path_factory.mktemp("contract") / "g.db"))
    s.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    return s


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


@pytest.fixture(scope="module")
def spec(client: TestClient) -> dict[str, Any]:
    return client.get("/openapi.json").json()  # type: ignore[no-any-return]


# --- one list shape -----------------------------------------------------------------------


def test_search_answers_items_like_every_list(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "宝宝屋", "limit": 2}).json()
    assert set(r) == {"items", "total", "limit", "offset", "facets"}
    assert r["total"] == 9 and len(r["items"]) == 2 and (r["limit"], r["offset"]) == (2, 0)


LISTS = [
    "/api/issues",
    "/api/documents",
    "/api/appointments",
    "/api/indicators",
    "/api/commitments",
    "/api/measures",
    "/api/projects",
    "/api/terms",
    "/api/references",
    "/api/rules",
    "/api/budget",
    "/api/budget/identities",
    "/api/organisations",
    "/api/people",
    "/api/series",
]


@pytest.mark.parametrize("path", LISTS)
def test_every_list_is_a_page(client: TestClient, path: str) -> None:
    r = client.get(path, params={"limit": 3, "offset": 1}).json()
    assert {"items", "total", "limit", "offset"} <= set(r)
    assert (r["limit"], r["offset"]) == (3, 1)
    assert len(r["items"]) == min(3, max(r["total"] - 1, 0))


# --- errors -------------------------------------------------------------------------------

ERRORS = [
    ("get", "/api/nope", 404, "没有这个接口: /api/nope"),
    ("post", "/api/issues", 405, "/api/issues 不接受 POST 请求"),
    (
        "delete",
        "/api/documents/jingan-2026-01-08",
        405,
        "/api/documents/jingan-2026-01-08 不接受 DELETE 请求",
    ),
    ("get", "/api/issues?limit=0", 422, "limit: 应不小于 1"),
    ("get", "/api/issues?limit=many", 422, "limit: 应为整数"),
    ("get", "/api/search", 422, "q: 缺少此参数"),
    ("get", "/api/appointments?action=promote", 422, "action: 应为其一: 'appoint', 'remove'"),
    ("get", "/api/issues/nope", 404, "找不到期次 'nope'"),
    ("get", "/api/documents/nope", 404, "找不到文档 'nope'"),
    ("get", "/api/documents/nope/export", 404, "找不到文档 'nope'"),
    ("get", "/api/organisations/x/y", 404, "找不到机构 'x/y'"),
    ("get", "/api/people/nobody", 404, "找不到人员 'nobody'"),
    (
        "get",
        "/api/search?q=养老&from=2020-01-01",
        422,
        "未知参数: from（可用: q, limit, offset, gazette, issue, kind, issuer, date_from, date_to）",
    ),
    ("get", "/api/issues/jingan-2026-01?x=1", 422, "未知参数: x（可用: 无）"),
]


@pytest.mark.parametrize(("method", "path", "status", "message"), ERRORS)
def test_every_error_is_one_chinese_message(
    client: TestClient, method: str, path: str, status: int, message: str
) -> None:
    r = getattr(client, method)(path)
    assert r.status_code == status
    assert r.headers["content-type"] == "application/json"
    assert r.json() == {"error": message}


def test_pages_get_the_error_page_not_json(client: TestClient) -> None:
    r = client.get("/no-such-page")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "找不到页面 /no-such-page" in r.text and "Not Found" not in r.text


# --- every parameter declared -------------------------------------------------------------


def _params(spec: dict[str, Any], path: str) -> list[str]:
    return [p["name"] for p in spec["paths"][path]["get"].get("parameters", [])]


#: the filters that were read from the raw query string, now declared (issue 14)
FILTERS = [
    ("/api/appointments", ["person", "action", "organisation"]),
    ("/api/benefits", []),
    ("/api/indicators", ["period", "name"]),
    ("/api/commitments", ["category"]),
    ("/api/measures", ["organisation"]),
    ("/api/projects", ["category"]),
    ("/api/terms", ["term"]),
    ("/api/references", ["target"]),
    ("/api/rules", ["subject"]),
]


@pytest.mark.parametrize(("path", "extra"), FILTERS)
def test_fact_filters_are_declared(spec: dict[str, Any], path: str, extra: list[str]) -> None:
    assert _params(spec, path) == ["limit", "offset", "issue", "document", *extra]


def test_every_route_declares_its_answer_and_errors(spec: dict[str, Any]) -> None:
    api = {path: methods for path, methods in spec["paths"].items() if path.startswith("/api/")}
    assert len(api) == 28
    for path, methods in api.items():
        answers = methods["get"]["responses"]
        assert "content" in answers["200"], path
        assert answers["422"]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"
        }, path
        assert "503" in answers, path
        assert ("404" in answers) == ("{" in path), path
        assert "HTTPValidationError" not in str(answers), path


def test_declared_filters_work(client: TestClient) -> None:
    # counted by hand in the sample: 23 removals (免去), 21 measures naming 区投资办
    assert client.get("/api/appointments", params={"action": "remove"}).json()["total"] == 23
    got = client.get("/api/measures", params={"organisation": "jingan/touzicujinban"}).json()
    assert got["total"] == 21
    # sample line 1953: 800 元 below 80, 900 元 from 80, both for 征地养老人员
    rules = client.get("/api/rules", params={"subject": "征地养老人员"}).json()
    assert [r["amount"] for r in rules["items"]] == [800, 900]
    assert client.get("/api/rules", params={"subject": "老人"}).json()["total"] == 0


# --- budget identities --------------------------------------------------------------------


def test_budget_answers_its_lines_only(client: TestClient) -> None:
    r = client.get("/api/budget", params={"limit": 5}).json()
    assert set(r) == {"items", "total", "limit", "offset"} and r["total"] == 160


def test_identities_are_paged_with_their_budget_year_and_document(client: TestClient) -> None:
    every = client.get("/api/budget/identities", params={"limit": 100}).json()
    assert every["total"] == 28 and len(every["items"]) == 28
    page = client.get("/api/budget/identities", params={"limit": 5, "offset": 5}).json()
    assert page["total"] == 28 and page["items"] == every["items"][5:10]
    # checked by hand against the sample: under （一）2025年预算收支执行情况 (line 757), line 761
    # (1. 一般公共预算) adds up 收入总量 4,033,000万元, line 769 (2. 政府性基金预算) 2,167,902万元
    first = every["items"][0]
    assert (first["total_label"], first["total"], first["document"]) == (
        "收入总量",
        4033000.0,
        "jingan-2026-01-07",
    )
    assert (first["budget"], first["year"]) == ("一般公共预算", 2025)
    fund = client.get(
        "/api/budget/identities", params={"budget": "政府性基金预算", "limit": 100}
    ).json()
    assert fund["total"] == 8
    assert {(i["budget"], i["year"]) for i in fund["items"]} == {
        ("政府性基金预算", 2025),
        ("政府性基金预算", 2026),
    }
    assert fund["items"][0]["total"] == 2167902.0 and fund["items"][0]["year"] == 2025
    other = client.get("/api/budget/identities", params={"document": "jingan-2026-01-01"}).json()
    assert other["total"] == 0 and other["items"] == []


# --- schemathesis -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api_schema(store: Store) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(store))


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_answers_conform_to_the_description(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(
        response,
        checks=[
            not_a_server_error,
            status_code_conformance,
            content_type_conformance,
            response_schema_conformance,
            response_headers_conformance,
        ],
    )


# --- the docs page, offline ---------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("docs") / "g.db", [SAMPLE])


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    yield from open_page()


def test_docs_render_offline_under_the_sites_csp(page: Any, server: str) -> None:
    import json
    import urllib.request
    from urllib.parse import urlsplit

    asked: list[str] = []
    page.add_init_script(
        "window.__csp = []; document.addEventListener('securitypolicyviolation', "
        "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )

    def offline(route: Any) -> None:  # no network: only this server answers
        asked.append(route.request.url)
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            route.abort()

    page.route("**/*", offline)
    response = page.goto(server + "/api/docs")
    csp = response.all_headers()["content-security-policy"]
    assert "script-src 'self';" in csp and "http" not in csp
    page.wait_for_selector(".opblock-summary-path", timeout=15000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/search" in paths and "/api/budget/identities" in paths
    with urllib.request.urlopen(server + "/openapi.json") as r:
        assert len(paths) == len(json.load(r)["paths"])  # every route described
    page.screenshot(path=str(SCREENS / "api-docs-offline.png"))
    assert page.evaluate("window.__csp") == []
    assert asked and all(urlsplit(u).hostname == "127.0.0.1" for u in asked), asked
