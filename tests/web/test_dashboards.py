"""The dashboards on a store holding the sample issue, in Debian's chromium at 1280 and 390 px:
every row says where it comes from, only like is compared with like, and charts and tables
read at phone width. Screenshots: test-artifacts/screens/dash-*-{1280,390}.png.

Checked by hand against samples/jingan-2026-01.txt:
- no measure of the sample names a lead: its only 牵头 (line 1495) is in the plan's prose, and
  each measure ends '（责任单位：…）' (e.g. line 164);
- 表1 (lines 526-531): 社会消费品零售总额 1700 → 1703.52亿元 (100.2 %), 外贸进出口总额 800 →
  910.8亿元 (113.9 %), 旧住房综合改造面积 80 → 86.6万平方米 (108.3 %, 108.25 rounded half
  up); 全社会固定资产投资总额 增长5%左右 → 增长8.67%: two rates, never 173 % of a target;
- the budget report's six 收入总量 (lines 761, 769, 777 under '一、2025年预算执行情况'; 845,
  859, 887 under '（一）2026年预算收支安排情况'), of 一般公共预算, 政府性基金预算 and
  国有资本经营预算 in turn; the first 3,083,012 + 728,021 + 12,692 + 5,275 + 204,000 =
  4,033,000万元;
- line 935: '其中：因公出国（境）费用 1,153 万元、…': the 三公 part's label is 因公出国（境）费用.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from tests.conftest import SAMPLE
from tests.web.conftest import SCREENS, open_page, serve, wait_for_chart

WIDTHS = [1280, 390]
BUDGET_REPORT = "关于静安区2025年预算执行情况和2026年预算草案的报告"
MEASURES_09 = "上海市静安区发展和改革委员会关于构建现代化产业体系、促进经济高质量发展的若干措施"
#: every dashboard page, with its chart's id (None: a page without one)
PAGES = [
    ("indicators", "/indicators", "indicator-chart"),
    ("commitments", "/commitments", "commitment-chart"),
    ("measures", "/measures", "measure-chart"),
    ("projects", "/projects", "project-chart"),
    ("budget", "/budget", "budget-chart"),
    ("organisations", "/organisations", "organisation-chart"),
    ("organisation", "/organisations/jingan/touzicujinban", None),
    ("people", "/people", "people-chart"),
    ("person", "/people/jingan/王艳", None),
    ("terms", "/terms", None),
    ("rules", "/rules", None),
    ("match", "/match?place=" + quote("静安区") + "&industry=" + quote("生物医药"), None),
    ("ledger", "/ledger?q=" + quote("投资"), None),
    ("ledger-item", "/ledger/" + quote("静安区|社会消费品零售总额"), "ledger-chart"),
    ("series", "/series", None),
    ("expiring", "/expiring", None),
    ("graph", "/documents/jingan-2026-01-02/graph", None),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("dash") / "d.db", [SAMPLE])


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    yield from open_page()


def _open(page: object, url: str, width: int, chart: str | None = None) -> None:
    page.set_viewport_size({"width": width, "height": 900})  # type: ignore[attr-defined]
    page.goto(url)  # type: ignore[attr-defined]
    if chart:
        wait_for_chart(page, f"#{chart} .main-svg")


def _rows(page: object, table: str) -> list[list[str]]:
    return page.evaluate(  # type: ignore[attr-defined, no-any-return]
        f"""[...document.querySelectorAll('{table} tr')].slice(1).map(
            tr => [...tr.cells].map(td => td.innerText.trim()))"""
    )


#: how a chart lies out: the legend's and the plot area's boxes, the category labels' boxes,
#: and how many values printed on a bar or axis labels are turned
_GEOMETRY = """id => {
  const div = document.getElementById(id), box = div.getBoundingClientRect();
  const rect = el => { const r = el.getBoundingClientRect();
    return [r.left - box.left, r.top - box.top, r.right - box.left, r.bottom - box.top]; };
  const legend = div.querySelector('.legend');
  const plot = div.querySelector('.nsewdrag');
  return {
    width: box.width,
    legend: legend && legend.getBoundingClientRect().height ? rect(legend) : null,
    plot: rect(plot),
    ticks: [...div.querySelectorAll('.yaxislayer-above .ytick text, .yaxislayer-above text')]
      .map(rect),
    turned: [...div.querySelectorAll('.bartext, .xtick text, .ytick text')]
      .filter(t => /rotate\\((?!0)/.test(t.getAttribute('transform') || '')).length,
    font: Math.min(...[...div.querySelectorAll('.ytick text, .xtick text')]
      .map(t => parseFloat(getComputedStyle(t).fontSize))),
  };
}"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "path", "chart"), PAGES)
def test_every_dashboard_reads_at_width(
    page: object, server: str, name: str, path: str, chart: str | None, width: int
) -> None:
    """No page is wider than the screen; tables scroll in their box with no column squeezed
    below 3 characters; chart labels sit inside the chart, clear of the legend, upright."""
    _open(page, server + path, width, chart)
    page.screenshot(path=str(SCREENS / f"dash-{name}-{width}.png"), full_page=True)  # type: ignore[attr-defined]
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # type: ignore[attr-defined]
    tables = page.evaluate(  # type: ignore[attr-defined]
        """[...document.querySelectorAll('main table')].map(t => ({
            wrapped: t.parentElement.classList.contains('scroll'),
            narrowest: Math.min(...[...t.rows[0].cells].map(c => c.getBoundingClientRect().width)),
        }))"""
    )
    for table in tables:
        assert table["wrapped"]
        assert table["narrowest"] >= 40  # 3 characters of 13 px
    if chart is None:
        return
    geo = page.evaluate(_GEOMETRY, chart)  # type: ignore[attr-defined]
    assert geo["width"] <= width
    assert geo["turned"] == 0
    assert geo["font"] >= 10
    assert geo["ticks"]
    for left, _top, right, _bottom in geo["ticks"]:
        assert left >= 0 and right <= geo["plot"][0] + 1  # in the chart, left of the bars
    if geo["legend"]:
        assert geo["legend"][3] <= geo["plot"][1] + 1  # above the plot, over no label


@pytest.mark.parametrize("width", WIDTHS)
def test_measures_say_lead_only_where_the_text_does(page: object, server: str, width: int) -> None:
    _open(page, server + "/measures", width, "measure-chart")
    rows = _rows(page, "#measures")
    assert len(rows) == 60  # 13 of the 实施方案, 47 of the 若干措施
    assert not any("牵头" in cell for row in rows for cell in row)
    # numbered from 1 in each document, told apart by the document column
    firsts = [row for row in rows if row[0] == "1"]
    assert [row[1] for row in firsts] == ["开展“智汇静安”产业集聚行动", "加快吸引高能级主体"]
    assert firsts[1][3] == MEASURES_09 + "\n2026年1月26日"
    _open(page, server + "/organisations/jingan/touzicujinban", width)
    roles = {row[2] for row in _rows(page, "#org-measures")}
    assert roles == {"责任单位"}


@pytest.mark.parametrize("width", WIDTHS)
def test_indicators_compare_like_with_like(page: object, server: str, width: int) -> None:
    _open(page, server + "/indicators", width, "indicator-chart")
    levels = page.evaluate(  # type: ignore[attr-defined]
        "document.getElementById('indicator-chart').data.map(t => [t.name, t.y, t.x])"
    )
    assert levels == [
        [
            "完成占目标",
            ["社会消费品零售总额（2025）", "外贸进出口总额（2025）", "旧住房综合改造面积（2025）"],
            [100.2, 113.9, 108.3],
        ]
    ]
    wait_for_chart(page, "#indicator-rate-chart .main-svg")
    rates = page.evaluate(  # type: ignore[attr-defined]
        "document.getElementById('indicator-rate-chart').data.map(t => [t.name, t.x])"
    )
    assert rates == [["目标", [5, 2, 5]], ["完成", [5, 2, 8.67]]]
    assert "173" not in page.inner_text("main")  # type: ignore[attr-defined]
    assert "173" not in page.text_content("#indicator-rate-chart")  # type: ignore[attr-defined]
    rows = {(r[0], r[1], r[8]): r for r in _rows(page, "#indicators")}
    investment = rows[
        (
            "全社会固定资产投资总额",
            "2025",
            "关于静安区2025年国民经济和社会发展规划执行情况与2026年国民经济和社会发展计划草案的报告"
            "\n2026年1月14日",
        )
    ]
    assert investment[6:8] == ["", "✓ 达成"]  # no share of a rate; met, 8.67 ≥ 5
    # the same 2026 target in two documents, each row saying which
    gdp = [k for k in rows if k[0].startswith("地区生产总值") and k[1] == "2026"]
    assert {k[0]: k[2].split("\n")[0] for k in gdp} == {
        "地区生产总值": "政府工作报告",
        "地区生产总值增长率": "关于静安区2025年国民经济和社会发展规划执行情况与2026年国民经济和社会发展计划草案的报告",
    }


@pytest.mark.parametrize("width", WIDTHS)
def test_the_ledger_compares_a_rate_with_a_rate(page: object, server: str, width: int) -> None:
    _open(page, server + "/ledger/" + quote("静安区|全社会固定资产投资总额"), width, "ledger-chart")
    assert _rows(page, "#statuses") == [
        [
            "2025",
            "增速",
            "增长5%左右 (507.1亿元)",
            "增长8.67% (524.85亿元)",
            "超额完成",
            "关于静安区2025年国民经济和社会发展规划执行情况与2026年国民经济和社会发展计划草案的报告"
            "\n2026年1月14日",
        ]
    ]
    assert "173" not in page.inner_text("main")  # type: ignore[attr-defined]


@pytest.mark.parametrize("width", WIDTHS)
def test_budget_identities_show_document_budget_and_year(
    page: object, server: str, width: int
) -> None:
    _open(page, server + "/budget", width, "budget-chart")
    rows = _rows(page, "#identities")
    assert len(rows) == 28
    assert rows[0] == [
        "收入总量",
        "一般公共预算",
        "2025",
        "4,033,000",
        "4,033,000",
        "区级一般公共预算收入、上级补助收入、调入资金、上年结转收入、地方政府一般债务转贷收入",
        "✓ 通过",
        BUDGET_REPORT + "\n2026年第1期",
    ]
    totals = [(r[1], r[2]) for r in rows if r[0] == "收入总量"]
    assert totals == [
        ("一般公共预算", "2025"),
        ("政府性基金预算", "2025"),
        ("国有资本经营预算", "2025"),
        ("一般公共预算", "2026"),
        ("政府性基金预算", "2026"),
        ("国有资本经营预算", "2026"),
    ]
    sangong = [r for r in rows if "“三公”经费" in r[0]]
    assert sangong[0][5] == "因公出国（境）费用、公务用车运行维护费、公务用车购置费、公务接待费"
    lines = _rows(page, "#lines")
    assert ["因公出国（境）费用", "1,153 万元", "—", "2026"] in [r[:4] for r in lines]
    assert not any(r[0].startswith("境）") for r in lines)


@pytest.mark.parametrize(("name", "path", "chart"), PAGES)
def test_no_english_a_reader_sees(
    page: object, server: str, name: str, path: str, chart: str | None
) -> None:
    """Headings, column heads, notes, statuses and the charts' legends and axis titles are
    Chinese (content — a measure's 'AI招聘' — is as printed)."""
    _open(page, server + path, 1280, chart)
    seen = page.evaluate(  # type: ignore[attr-defined]
        """[...document.querySelectorAll(
            'main h1, main h2, main h3, main th, main p.meta, .ok, .bad, .role, .when,'
            + ' .legend text, .g-xtitle text, .g-ytitle text')].map(e => e.textContent)"""
    )
    words = [w for text in seen for w in re.findall(r"[A-Za-z]{2,}", text)]
    assert words == []
