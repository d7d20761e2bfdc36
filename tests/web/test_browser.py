"""Every page kind in Debian's chromium, driven by Playwright (executable_path; the project's
scripts install chromium and a CJK font). Screenshots are kept in test-artifacts/screens/.

Hand-checked on the screenshots: CJK renders in Noto Sans CJK; the indicators charts draw each
表1 indicator once; the reader marks quantities, responsible units and amounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.web.conftest import SCREENS, open_page, serve, wait_for_chart


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("web") / "g.db", [SAMPLE])


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    yield from open_page()


PAGES = [
    ("home", "/", "政府公报"),
    ("issue", "/issues/jingan-2026-01", "上海市静安区人民政府公报 2026年第1期"),
    ("document", "/documents/jingan-2026-01-02", "数智化转型发展的实施方案"),
    ("search", "/search?q=养老", "搜索"),
    ("indicators", "/indicators", "指标：目标与完成"),
    ("commitments", "/commitments", "为民办实事项目"),
    ("measures", "/measures", "政策措施与责任单位"),
    ("organisations", "/organisations", "部门"),
    ("organisation", "/organisations/jingan/touzicujinban", "静安区投资促进办公室"),
    ("budget", "/budget", "预算"),
    ("people", "/people", "人事任免"),
    ("person", "/people/jingan/王艳", "王艳"),
    ("projects", "/projects", "重大项目"),
    ("terms", "/terms", "名词解释"),
]


@pytest.mark.parametrize(("name", "path", "heading"), PAGES)
def test_every_page_kind_loads(
    page: object, server: str, name: str, path: str, heading: str
) -> None:
    response = page.goto(server + path)  # type: ignore[attr-defined]
    assert response.status == 200
    assert heading in page.inner_text("h1")  # type: ignore[attr-defined]
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=False)  # type: ignore[attr-defined]


def test_search_highlights_and_lands_on_the_sentence(page: object, server: str) -> None:
    page.goto(server + "/search?q=宝宝屋")  # type: ignore[attr-defined]
    assert page.inner_text("#total") == "9 处"  # type: ignore[attr-defined]
    marks = page.locator("mark")  # type: ignore[attr-defined]
    assert marks.count() >= 9 and marks.first.inner_text() == "宝宝屋"
    page.locator(".hit a").first.click()  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    target = page.evaluate("location.hash")  # type: ignore[attr-defined]
    assert target.startswith("#b-")
    landed = page.locator(f'[id="{target[1:]}"]')  # type: ignore[attr-defined]
    assert "宝宝屋" in landed.inner_text()
    assert landed.is_visible()
    page.screenshot(path=str(SCREENS / "search-landing.png"))  # type: ignore[attr-defined]


def test_indicator_charts_draw_every_row_of_table1_once(page: object, server: str) -> None:
    """表1's six rows: the three levels as a share of their targets, the three rates (two
    growth rates named so, 全社会固定资产投资总额 '增长5%左右' → '增长8.67%') beside theirs."""
    page.goto(server + "/indicators")  # type: ignore[attr-defined]
    wait_for_chart(page, "#indicator-rate-chart .main-svg")
    traces = page.evaluate(  # type: ignore[attr-defined]
        """['indicator-chart', 'indicator-rate-chart'].map(id =>
            document.getElementById(id).data.map(t => [t.name, t.y.length]))"""
    )
    assert traces == [[["完成占目标", 3]], [["目标", 3], ["完成", 3]]]
    bars = page.locator(".trace.bars .point").count()  # type: ignore[attr-defined]
    assert bars == 9


def test_budget_page_shows_every_identity_passed(page: object, server: str) -> None:
    page.goto(server + "/budget")  # type: ignore[attr-defined]
    rows = page.locator("#identities tr").count() - 1  # type: ignore[attr-defined]
    assert rows == 28
    assert page.locator("#identities .ok").count() == 28  # type: ignore[attr-defined]
    assert page.locator("#identities .bad").count() == 0  # type: ignore[attr-defined]


def test_reader_marks_facts_and_phone_width(page: object, server: str) -> None:
    page.goto(server + "/documents/jingan-2026-01-02")  # type: ignore[attr-defined]
    orgs = page.locator("a.fact.org")  # type: ignore[attr-defined]
    # the responsible units of the 13 measures: 4+3+5+5+5+5+5+3+4+3+6+3+3
    assert orgs.count() == 54
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    assert width <= 390
    page.screenshot(path=str(SCREENS / "document-phone.png"))  # type: ignore[attr-defined]
    page.set_viewport_size({"width": 1200, "height": 900})  # type: ignore[attr-defined]


def test_charts_load_from_this_server_only(page: object, server: str) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))  # type: ignore[attr-defined]
    page.goto(server + "/commitments")  # type: ignore[attr-defined]
    wait_for_chart(page, "#commitment-chart .main-svg")
    assert requests and all(u.startswith(server) for u in requests)


def test_screens_written() -> None:
    assert Path(SCREENS).exists()
