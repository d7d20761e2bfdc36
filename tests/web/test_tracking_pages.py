"""The pages of what is tracked across issues, in Debian's chromium at desktop and phone
width, on real documents: the sample, the sample district's 2025 plan of work, 国办发〔2018〕117号
with the 国办发〔2016〕82号 it repeals, and 国办发〔2018〕128号.

Hand-checked on the screenshots (test-artifacts/screens/tracking-*.png): the timeline draws the
2025 target range and outcome of 地区生产总值 at desktop and phone width; the series strip wraps
at phone width with gaps in grey; the tables scroll inside their box; the citation graph puts
what a document cites left of it and what cites it right of it at 1280 px, above and below it
at 390 px, with the sentences folded under each edge."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest

from tests.conftest import ROOT, SAMPLE, SHARED
from tests.web.conftest import SCREENS, open_page, serve, wait_for_chart

GOVCN = SHARED / "corpus" / "govcn-2018"
FILES = [
    SAMPLE,
    ROOT / "tests" / "corpus" / "redhead" / "shanghai-jingan-2025-zhongdian-gongzuo-anpai-page.txt",
    GOVCN / "govcn-37.html",
    GOVCN / "govcn-07.html",
    ROOT / "tests" / "corpus" / "gazette-item" / "guobanfa-2016-82-jili-zhichi-lawdb.txt",
    ROOT / "tests" / "corpus" / "personnel" / "zhuxiling-2003-weishengbu-renminbao-page.txt",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("tracking") / "t.db", FILES)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    yield from open_page()


def _fits_phone(page: object, name: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.wait_for_timeout(400)  # type: ignore[attr-defined]  # charts re-lay out on resize
    width = page.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    page.screenshot(path=str(SCREENS / f"tracking-{name}-phone.png"), full_page=True)  # type: ignore[attr-defined]
    page.set_viewport_size({"width": 1200, "height": 900})  # type: ignore[attr-defined]
    assert width <= 390


def test_an_indicators_timeline(page: object, server: str) -> None:
    page.goto(server + "/ledger?q=地区生产总值")  # type: ignore[attr-defined]
    assert "指标台账" in page.inner_text("h1")  # type: ignore[attr-defined]
    page.goto(server + "/ledger/" + quote("静安区|地区生产总值"))  # type: ignore[attr-defined]
    assert page.inner_text("h1") == "静安区 · 地区生产总值"  # type: ignore[attr-defined]
    wait_for_chart(page, "#ledger-chart .main-svg")
    row = page.locator("#statuses tr").nth(1).inner_text()  # type: ignore[attr-defined]
    assert row.split("\t")[:5] == [
        "2025",
        "增速",
        "5%左右 (3535.16亿元)",
        "5% (3535.16亿元)",
        "达成",
    ]
    page.screenshot(path=str(SCREENS / "tracking-ledger.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "ledger")


def test_a_five_year_targets_line(page: object, server: str) -> None:
    """The sample's 十五五 row '社会消费品零售总额 … 2000 (五年达到)' from 表1's 2025 outcome
    1703.52亿元: 59.296 a year (worked out by hand), no outcome of the plan's years yet."""
    page.goto(server + "/ledger/" + quote("静安区|社会消费品零售总额"))  # type: ignore[attr-defined]
    assert "五年目标（2026–2030）" in page.inner_text("main")  # type: ignore[attr-defined]
    rows = page.locator("table.plan-line tr")  # type: ignore[attr-defined]
    assert rows.count() == 6
    assert rows.nth(1).inner_text().split("\t") == ["2026", "1762.82", "—", "尚无完成值"]
    assert rows.nth(5).inner_text().split("\t") == ["2030", "2000", "—", "尚无完成值"]
    wait_for_chart(page, "#ledger-chart .main-svg")
    legend = page.text_content("#ledger-chart .legend")  # type: ignore[attr-defined]
    assert "2026–2030 直线进度" in legend
    page.screenshot(path=str(SCREENS / "tracking-plan-line.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "plan-line")


def test_a_series_with_its_gaps(page: object, server: str) -> None:
    page.goto(server + "/series")  # type: ignore[attr-defined]
    assert "文号系列" in page.inner_text("h1")  # type: ignore[attr-defined]
    page.goto(server + "/series/" + quote("国办发") + "/2018")  # type: ignore[attr-defined]
    held = page.locator("#numbers .held")  # type: ignore[attr-defined]
    gaps = page.locator("#numbers .gap")  # type: ignore[attr-defined]
    assert (held.count(), gaps.count()) == (2, 126)  # 117 and 128 held, of 1–128
    assert held.nth(0).inner_text() == "117"
    page.screenshot(path=str(SCREENS / "tracking-series.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "series")


def test_expiring_and_repealed_documents(page: object, server: str) -> None:
    page.goto(server + "/expiring")  # type: ignore[attr-defined]
    gone = page.locator("#gone tr").all_inner_texts()  # type: ignore[attr-defined]
    assert any("国務院辦公廳" in r or "國務院辦公廳" in r for r in gone)
    _fits_phone(page, "expiring")


def test_a_document_shows_its_status_and_links(page: object, server: str) -> None:
    page.goto(server + "/documents/guobanfa-2016-82")  # type: ignore[attr-defined]
    assert "已失效" in page.inner_text("dd.status")  # type: ignore[attr-defined]
    page.goto(server + "/documents/guobanfa-2018-117")  # type: ignore[attr-defined]
    links = page.inner_text("#links")  # type: ignore[attr-defined]
    assert "废止" in links and "国办发〔2016〕82号" in links and "已收录" in links
    _fits_phone(page, "document-links")


def test_a_documents_citation_graph_both_ways(page: object, server: str) -> None:
    """国办发〔2018〕117号 says '《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》
    （国办发〔2016〕82号）停止执行': on the 2016 document's graph it comes in as 废止 (found by the
    文号 the 2016 document holds, printed in traditional script); on its own graph it goes out
    to the held 2016 document, whose page the node opens."""
    page.set_viewport_size({"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(server + "/documents/guobanfa-2016-82")  # type: ignore[attr-defined]
    page.click("a[href$='/graph']")  # type: ignore[attr-defined]
    assert page.url == server + "/documents/guobanfa-2016-82/graph"  # type: ignore[attr-defined]
    centre = page.inner_text("#self .title")  # type: ignore[attr-defined]
    assert centre == "國務院辦公廳關于對真抓實干成效明顯地方加大激勵支持力度的通知"
    incoming = page.locator("#rested-on .edge")  # type: ignore[attr-defined]
    assert incoming.count() == 1
    assert page.inner_text("#rested-on h3") == "废止本文件的（1）"  # type: ignore[attr-defined]
    assert incoming.locator(".rel").inner_text() == "废止"
    node = incoming.locator(".node a")
    assert (
        node.inner_text()
        == "《国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知》"
    )
    assert node.get_attribute("href") == "/documents/guobanfa-2018-117"
    assert incoming.locator(".sub").inner_text() == "2018-12-06"
    assert page.locator("#rests-on .edge").count() == 0  # type: ignore[attr-defined]
    page.screenshot(path=str(SCREENS / "tracking-graph-2016.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "graph-2016")

    node.click()
    page.wait_for_url(server + "/documents/guobanfa-2018-117")  # type: ignore[attr-defined]
    page.click("a[href$='/graph']")  # type: ignore[attr-defined]
    page.wait_for_url(server + "/documents/guobanfa-2018-117/graph")  # type: ignore[attr-defined]
    assert page.locator("#rested-on .edge").count() == 0  # type: ignore[attr-defined]
    edges = page.locator("#rests-on .edge")  # type: ignore[attr-defined]
    repeal = edges.filter(has=page.locator(".rel", has_text="废止"))  # type: ignore[attr-defined]
    assert repeal.locator(".rel").inner_text() == "废止"
    assert repeal.locator(".sub").inner_text() == "国办发〔2016〕82号 · 已收录"
    repeal.locator("summary").click()
    assert repeal.locator("details p").inner_text() == (
        "自本通知印发之日起，《国务院办公厅关于对真抓实干成效明显地方加大激励支持力度的通知》"
        "（国办发〔2016〕82号）停止执行。"
    )
    mention = edges.filter(has=page.locator(".rel", has_text="引用"))  # type: ignore[attr-defined]
    assert mention.locator(".node a").count() == 0  # not held: its title as text
    assert mention.locator(".sub").inner_text() == "未收录"
    page.screenshot(path=str(SCREENS / "tracking-graph-2018.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "graph-2018")
    repeal.locator(".node a").click()
    page.wait_for_url(server + "/documents/guobanfa-2016-82")  # type: ignore[attr-defined]
    assert "已失效" in page.inner_text("dd.status")  # type: ignore[attr-defined]


def test_a_document_named_in_many_sentences_is_one_node(page: object, server: str) -> None:
    """The sample's 政府工作报告 (jingan-2026-01-05) names the 十五五 规划纲要 (草案) in 14
    sentences, '以下简称《纲要（草案）》' after the first: one node, its 14 sentences under it."""
    page.set_viewport_size({"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto(server + "/documents/jingan-2026-01-08/graph")  # type: ignore[attr-defined]
    incoming = page.locator("#rested-on .edge")  # type: ignore[attr-defined]
    assert incoming.count() == 1
    assert incoming.locator(".node a").inner_text() == "《政府工作报告》"
    assert incoming.locator("summary").inner_text() == "原文（14处）"
    assert incoming.locator("details p").count() == 14
    incoming.locator("summary").click()
    page.screenshot(path=str(SCREENS / "tracking-graph-plan.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "graph-plan")


def test_a_persons_posts_as_bars_over_time(page: object, server: str) -> None:
    """The 2003 主席令 appoints 吴仪 卫生部部长(兼) on 2003-04-26; no stored document ends it, so
    the chart marks its start and says the end is unknown (no bar claiming she still holds it)."""
    page.goto(server + "/people/documents/吴仪")  # type: ignore[attr-defined]
    wait_for_chart(page, "#career-chart .main-svg")
    rows = page.locator("#memberships tr").all_inner_texts()  # type: ignore[attr-defined]
    assert rows[1].split("\t")[:4] == ["卫生部", "部长", "兼", "2003-04-26"]
    assert page.locator("#career-chart .bars path").count() == 0  # type: ignore[attr-defined]
    assert "止期不详" in page.inner_text("#career-chart")  # type: ignore[attr-defined]
    page.screenshot(path=str(SCREENS / "tracking-career.png"), full_page=True)  # type: ignore[attr-defined]
    _fits_phone(page, "career")
