"""Security headers on every response (API JSON, pages, feeds, static files, errors, 404s),
HEAD answered like GET, no ``server`` banner from ``gongbao serve``, and the pages' charts
drawn in Debian's chromium under the strict Content-Security-Policy with no violation.

The Swagger UI page (/api/docs) is served from this server under the same policy as every
page (here); tests/web/test_api_contract.py draws it in chromium with no network."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import SAMPLE, gongbao_serve
from tests.web.conftest import SCREENS, open_page, serve, wait_for_chart

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SAFE = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def policy(headers: object) -> dict[str, list[str]]:
    """A Content-Security-Policy header as directive → sources."""
    csp = headers["content-security-policy"]  # type: ignore[index]
    out = {}
    for part in csp.split(";"):
        name, *sources = part.split()
        out[name] = sources
    return out


def assert_secured(headers: object, banner_off: bool = True) -> dict[str, list[str]]:
    """The headers are there (and no ``server`` banner, unless the server is the browser tests'
    uvicorn, which keeps uvicorn's default: ``gongbao serve`` turns it off)."""
    for name, value in SAFE.items():
        assert headers[name] == value, name  # type: ignore[index]
    if banner_off:
        assert "server" not in headers  # type: ignore[operator]
    csp = policy(headers)
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    flat = " ".join(s for sources in csp.values() for s in sources)
    assert "'unsafe-inline'" not in flat and "'unsafe-eval'" not in flat
    return csp


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    import gongbao

    s = Store(str(tmp_path_factory.mktemp("headers") / "g.db"))
    s.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    return s


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


ANSWERS = [
    ("/api/issues", 200, "application/json"),
    ("/api/issues/jingan-2026-01/export?format=csv&kind=documents", 200, "text/csv"),
    ("/", 200, "text/html"),
    ("/documents/jingan-2026-01-02", 200, "text/html"),
    ("/indicators", 200, "text/html"),
    ("/feeds/events.atom", 200, "application/atom+xml"),
    ("/static/app.css", 200, "text/css"),
    ("/static/charts.js", 200, "text/javascript"),
    ("/static/citation_graph.css", 200, "text/css"),
    ("/static/plotly.min.js", 200, "text/javascript"),
    ("/openapi.json", 200, "application/json"),
    ("/nope", 404, "text/html"),  # the site's error page, in Chinese
    ("/api/nope", 404, "application/json"),
    ("/documents/nope", 404, "text/html"),
    ("/api/issues/nope", 404, "application/json"),
    ("/static/nope.js", 404, "text/html"),
    ("/api/issues?limit=0", 422, "application/json"),
    ("/api/issues", 405, "application/json"),  # POST
]


@pytest.mark.parametrize(("path", "status", "kind"), ANSWERS)
def test_every_answer_carries_the_headers(
    client: TestClient, path: str, status: int, kind: str
) -> None:
    r = client.post(path) if status == 405 else client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith(kind)
    csp = assert_secured(r.headers)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"][0] == "'self'"
    # beside 'self', only hashes: of the <style> elements plotly.min.js writes itself
    assert all(s.startswith("'sha256-") for s in csp["style-src"][1:])


def test_an_unexpected_error_carries_them_too(store: Store) -> None:
    app = create_app(store)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
        assert r.status_code == 500 and r.text == "Internal Server Error"
        assert_secured(r.headers)
        head = c.head("/api/boom")
        assert head.status_code == 500 and head.content == b""
        assert_secured(head.headers)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/documents/jingan-2026-01-02",
        "/indicators",
        "/api/issues",
        "/api/documents/jingan-2026-01-02",
        "/api/issues/jingan-2026-01/export?format=akn",
        "/feeds/events.atom",
        "/static/app.css",
        "/static/plotly.min.js",
        "/api/docs",
        "/documents/nope",
        "/api/issues/nope",
    ],
)
def test_head_is_answered_like_get(client: TestClient, path: str) -> None:
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code != 405
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert int(head.headers["content-length"]) == len(get.content)
    assert head.headers["content-security-policy"] == get.headers["content-security-policy"]
    assert_secured(head.headers)


def test_the_docs_page_is_under_the_pages_policy(client: TestClient) -> None:
    r = client.get("/api/docs")
    assert r.status_code == 200
    assert (
        r.headers["content-security-policy"] == client.get("/").headers["content-security-policy"]
    )
    assert_secured(r.headers)
    assert not re.findall(r"<script>", r.text)  # its start-up call is a file: /api/docs/init.js
    assert re.findall(r'(?:src|href)="([^"]+)"', r.text) == [
        "/api/docs/static/swagger-ui.css",
        "/api/docs/static/favicon.png",
        "/api/docs/static/swagger-ui-bundle.js",
        "/api/docs/init.js",
    ]
    for path in ["/api/docs/static/swagger-ui-bundle.js", "/api/docs/init.js"]:
        script = client.get(path)
        assert script.status_code == 200
        assert script.headers["content-type"].startswith("text/javascript"), path
    assert (
        client.get("/api/docs/static/swagger-ui.css").headers["content-type"].startswith("text/css")
    )


def test_gongbao_serve_sends_no_server_banner(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    Store(db)
    answers = {}
    with gongbao_serve(db) as base:
        for method, path in [("GET", "/api/issues"), ("HEAD", "/"), ("GET", "/nope")]:
            req = urllib.request.Request(base + path, method=method)
            try:
                with urllib.request.urlopen(req, timeout=5) as r:
                    answers[method, path] = (r.status, r.headers, r.read())
            except urllib.error.HTTPError as err:
                answers[method, path] = (err.code, err.headers, err.read())
    assert answers["GET", "/api/issues"][0] == 200
    assert answers["HEAD", "/"][0] == 200 and answers["HEAD", "/"][2] == b""
    assert answers["GET", "/nope"][0] == 404
    for _status, headers, _body in answers.values():
        assert headers["Server"] is None  # uvicorn's banner is off
        assert_secured({k.lower(): v for k, v in headers.items()})


# --- in the browser ----------------------------------------------------------------------

#: every violation the page reports, kept across the page's scripts (an init script runs first)
WATCH = """window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(
  [e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber].join(' ')));"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("csp") / "g.db", [SAMPLE])


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    for pg in open_page():
        pg.add_init_script(WATCH)  # type: ignore[attr-defined]
        yield pg


CHARTS = [
    ("/indicators", "#indicator-chart"),
    ("/commitments", "#commitment-chart"),
    ("/measures", "#measure-chart"),
    ("/organisations", "#organisation-chart"),
    ("/budget", "#budget-chart"),
    ("/people", "#people-chart"),
    ("/projects", "#project-chart"),
]


@pytest.mark.parametrize(("path", "chart"), CHARTS)
def test_charts_draw_under_the_csp(page: object, server: str, path: str, chart: str) -> None:
    console: list[str] = []

    def keep(message: object) -> None:
        if message.type == "error":  # type: ignore[attr-defined]
            console.append(message.text)  # type: ignore[attr-defined]

    page.on("console", keep)  # type: ignore[attr-defined]
    response = page.goto(server + path)  # type: ignore[attr-defined]
    csp = assert_secured(response.all_headers(), banner_off=False)
    assert csp["script-src"] == ["'self'"]
    wait_for_chart(page, f"{chart} .main-svg")
    box = page.locator(f"{chart} .main-svg").first.bounding_box()  # type: ignore[attr-defined]
    for x in (0.3, 0.5, 0.7):  # hover labels are drawn by plotly too
        page.mouse.move(box["x"] + box["width"] * x, box["y"] + box["height"] / 2)  # type: ignore[attr-defined]
        page.wait_for_timeout(100)  # type: ignore[attr-defined]
    # plotly's own stylesheet is in place (its rules go in with insertRule)
    rules = page.evaluate(  # type: ignore[attr-defined]
        "document.getElementById('plotly.js-style-global').sheet.cssRules.length"
    )
    assert rules > 0
    assert page.evaluate("window.__csp") == []  # type: ignore[attr-defined]
    assert not [m for m in console if "Content Security Policy" in m]
    page.remove_listener("console", keep)  # type: ignore[attr-defined]


def test_the_citation_graph_is_styled_from_its_stylesheet(page: object, server: str) -> None:
    response = page.goto(server + "/documents/jingan-2026-01-08/graph")  # type: ignore[attr-defined]
    assert_secured(response.all_headers(), banner_off=False)
    assert page.locator("style").count() == 0  # type: ignore[attr-defined]
    shown = page.evaluate("getComputedStyle(document.querySelector('.graph')).display")  # type: ignore[attr-defined]
    assert shown == "grid"
    assert page.evaluate("window.__csp") == []  # type: ignore[attr-defined]
    page.screenshot(path=str(SCREENS / "csp-citation-graph.png"))  # type: ignore[attr-defined]


def test_no_page_holds_inline_script_style_or_handlers() -> None:
    """The templates and static files, read as text: nothing the CSP would block."""
    web = Path(__file__).resolve().parents[2] / "src" / "gongbao" / "web"
    for path in [*web.glob("templates/*.html"), *web.glob("static/*")]:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\b(src|type=\"application/json\"))", text), path
        assert "<style" not in text and " style=" not in text, path
        assert not re.search(r"\son[a-z]+\s*=", text), path
        assert "javascript:" not in text, path
