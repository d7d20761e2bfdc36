"""Accessibility: axe-core (the ``axe.min.js`` the axe-playwright-python wheel ships, run in the
page by Playwright — nothing is downloaded) on every page kind the app serves, at desktop
(1280 px) and phone (390 px) width, finds no ``serious`` or ``critical`` violation.

The store holds the sample and the documents of the tracking pages' test, so that every kind
of page has something to show: a ledger item with a chart, a 文号 series with gaps, repealed
documents, a citation graph both ways."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from tests.web.conftest import SCREENS, open_page, serve, wait_for_chart
from tests.web.test_tracking_pages import FILES

#: every page kind of pages.py, dashboards.py and tracking_pages.py, with its status
PAGES = [
    ("home", "/", 200),
    ("issue", "/issues/jingan-2026-01", 200),
    ("document", "/documents/jingan-2026-01-08", 200),
    ("document-links", "/documents/guobanfa-2018-117", 200),
    ("search", "/search?q=" + quote("养老"), 200),
    ("search-empty", "/search?q=" + quote("无此词语之处"), 200),
    ("search-form", "/search", 200),
    ("indicators", "/indicators", 200),
    ("commitments", "/commitments", 200),
    ("measures", "/measures", 200),
    ("organisations", "/organisations", 200),
    ("organisation", "/organisations/jingan/touzicujinban", 200),
    ("budget", "/budget", 200),
    ("projects", "/projects", 200),
    ("people", "/people", 200),
    ("person", "/people/jingan/" + quote("王艳"), 200),
    ("terms", "/terms", 200),
    ("rules", "/rules", 200),
    ("ledger", "/ledger?q=" + quote("地区生产总值"), 200),
    ("ledger-item", "/ledger/" + quote("静安区|社会消费品零售总额"), 200),
    ("series", "/series", 200),
    ("series-year", "/series/" + quote("国办发") + "/2018", 200),
    ("expiring", "/expiring", 200),
    ("graph", "/documents/guobanfa-2016-82/graph", 200),
    ("match-form", "/match", 200),
    (
        "match",
        "/match?place=" + quote("静安区") + "&industry=" + quote("生物医药") + "&as_of=2026-06-01",
        200,
    ),
    ("not-found", "/documents/nope", 404),
]
WIDTHS = [(1280, 900), (390, 844)]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("a11y") / "a.db", FILES)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    yield from open_page()


@pytest.fixture(scope="module")
def axe() -> Any:
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def serious(results: Any) -> list[str]:
    """Each serious or critical violation: rule, impact and the first few elements."""
    out = []
    for v in results.response["violations"]:
        if v["impact"] in ("serious", "critical"):
            where = [" ".join(n["target"]) for n in v["nodes"][:3]]
            out.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}): {where}")
    return out


@pytest.mark.parametrize(("width", "height"), WIDTHS, ids=["desktop", "phone"])
@pytest.mark.parametrize(("name", "path", "status"), PAGES, ids=[p[0] for p in PAGES])
def test_no_serious_violations(
    page: Any, server: str, axe: Any, name: str, path: str, status: int, width: int, height: int
) -> None:
    page.set_viewport_size({"width": width, "height": height})
    response = page.goto(server + path)
    assert response.status == status
    page.wait_for_load_state("networkidle")
    if page.locator(".chart").count():
        wait_for_chart(page, ".chart .main-svg")  # charts drawn before they are checked
    found = serious(axe.run(page))
    if found:
        page.screenshot(path=str(SCREENS / f"a11y-{name}-{width}.png"))
    assert found == []
