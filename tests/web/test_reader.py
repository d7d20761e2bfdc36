"""The reader (/documents/{id}) in Debian's chromium at 1280 and 390 px: every fact kind marked
in place with its Chinese title and its link, the marked text exactly the stored text,
citations by title (never the document itself, each cited document once), and the outline
walked by keyboard.

Checked by hand against the sample's text: 尹洁 is the first row of 03's 任免 table; 05's
'地区生产总值增长5%左右' is the first target of its 2026 paragraph; 08's 十五五 table has 21
indicator rows and its 重大项目 table 80 rows, its 名词解释 32 headings; 01 holds 45 projects
with 60 quantities; 02's 13 measures name 54 responsible units; 07's first amount is
3,083,012万元 (区级一般公共预算收入); 10's two 补助 rules are 800元 and 900元; 主席令第3号
removes 张文康 before it appoints 吴仪. Screenshots: test-artifacts/screens/reader-*.png."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from tests.web.conftest import SCREENS, open_page, serve
from tests.web.test_tracking_pages import FILES

WIDTHS = [(1280, 900), (390, 844)]

#: kind, document, marks of that kind, the first one's text, title and link (None: a <mark>)
KINDS = [
    (
        "person",
        "jingan-2026-01-03",
        48,
        "尹洁",
        "任命：尹洁 上海市静安区人民政府办公室副主任、上海市静安区人民政府外事办公室主任",
        "/people/jingan/" + quote("尹洁"),
    ),
    (
        "person",
        "zhuxiling-3",
        2,
        "张文康",
        "免去：张文康 卫生部部长",
        "/people/documents/" + quote("张文康"),
    ),
    (
        "indicator",
        "jingan-2026-01-05",
        4,
        "地区生产总值增长5%左右",
        "指标：地区生产总值 目标 5%左右",
        "/ledger/" + quote("静安区|地区生产总值"),
    ),
    (
        "indicator",
        "jingan-2026-01-08",
        21,
        "地区生产总值年均增速",
        "指标：地区生产总值年均增速 目标 与全市增速保持同步",
        "/indicators",  # no number, so no ledger entry
    ),
    (
        "commitment",
        "jingan-2026-01-01",
        45,
        "为2000名特殊困难老年人提供“一键通”应急呼叫服务",
        "实事：为2000名特殊困难老年人提供“一键通”应急呼叫服务",
        None,
    ),
    ("qty", "jingan-2026-01-01", 60, "2000名", "数量：2000名", "/commitments"),
    (
        "project",
        "jingan-2026-01-08",
        80,
        "华兴新城商办项目",
        "项目：华兴新城商办项目（产业发展类）",
        "/projects",
    ),
    ("measure", "jingan-2026-01-02", 13, None, "措施：开展“智汇静安”产业集聚行动", None),
    (
        "org",
        "jingan-2026-01-02",
        54,
        "区人力资源社会保障局",
        "责任单位：区人力资源社会保障局",
        "/organisations/jingan/renliziyuanshehuibaozhangju",
    ),
    (
        "amount",
        "jingan-2026-01-07",
        160,
        "3,083,012万元",
        "预算：区级一般公共预算收入 3,083,012万元",
        "/budget",
    ),
    (
        "term",
        "jingan-2026-01-08",
        32,
        "上海市“2+3+6+6”现代化产业体系",
        "名词：上海市“2+3+6+6”现代化产业体系",
        "/terms#t-1",
    ),
    (
        "ref",
        "guobanfa-2018-117",
        2,
        "《中共中央办公厅关于统筹规范督查检查考核工作的通知》",
        "引用：《中共中央办公厅关于统筹规范督查检查考核工作的通知》（未收录）",
        None,
    ),
    (
        "rule",
        "jingan-2026-01-10",
        2,
        "年龄未满80周岁（1946年1月1日以后出生）的征地养老人员，补助金额为每人800元",
        "规则：征地养老人员 年龄未满80周岁，1946年1月1日以后出生 800元",
        "/rules",
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(tmp_path_factory.mktemp("reader") / "r.db", FILES)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    yield from open_page()


def _goto(page: Any, server: str, path: str, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    if page.url != server + path:
        assert page.goto(server + path).status == 200


@pytest.mark.parametrize(("width", "height"), WIDTHS, ids=["desktop", "phone"])
@pytest.mark.parametrize(
    ("kind", "doc", "count", "text", "title", "href"),
    KINDS,
    ids=[f"{k[0]}-{k[1]}" for k in KINDS],
)
def test_every_fact_kind_is_marked_in_place(
    page: Any,
    server: str,
    kind: str,
    doc: str,
    count: int,
    text: str | None,
    title: str,
    href: str | None,
    width: int,
    height: int,
) -> None:
    _goto(page, server, f"/documents/{doc}", width, height)
    marks = page.locator(f".fact.{kind}")
    assert marks.count() == count
    first = marks.first
    assert first.get_attribute("title") == title
    if text is not None:
        assert first.text_content() == text
    if href is None:  # a <mark>: no page of its own, or it holds other marks
        assert first.evaluate("e => e.tagName") == "MARK"
    else:
        assert first.get_attribute("href") == href
        assert page.request.get(server + href).status == 200
    first.scroll_into_view_if_needed()
    assert first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=str(SCREENS / f"reader-{kind}-{doc}-{width}.png"))


def test_a_measure_links_its_text_and_its_units(page: Any, server: str) -> None:
    _goto(page, server, "/documents/jingan-2026-01-02", 1280, 900)
    measure = page.locator(".fact.measure").first
    parts = measure.locator("a.fact-part")
    assert parts.first.get_attribute("href") == "/measures"
    assert parts.first.get_attribute("tabindex") is None  # one tab stop per fact
    assert all(p.get_attribute("tabindex") == "-1" for p in parts.all()[1:])
    assert measure.locator("a.fact.org").all_text_contents() == [
        "区人力资源社会保障局",
        "区投资办",
        "区科技经济委",
        "各功能片区",
    ]


def test_every_term_link_lands_on_its_entry(page: Any, server: str) -> None:
    """Each term marked in 06, 08 and 09 (2 + 32 + 6 of the sample's 40) links to its own
    entry of /terms."""
    page.set_viewport_size({"width": 1280, "height": 900})
    targets: dict[str, str] = {}
    for doc in ("jingan-2026-01-06", "jingan-2026-01-08", "jingan-2026-01-09"):
        page.goto(server + f"/documents/{doc}")
        for mark in page.locator(".fact.term").all():
            targets[mark.get_attribute("href")] = mark.get_attribute("title").removeprefix("名词：")
    assert len(targets) == 40
    page.goto(server + "/terms")
    for href, term in targets.items():
        assert page.inner_text(f"#{href.split('#')[1]} a") == term


#: every block's and cell's shown text, by element id and (table id, row, column)
SHOWN = """() => {
  const out = {};
  for (const b of document.querySelectorAll('.block[id] > .text')) out[b.parentElement.id] = b.textContent;
  for (const t of document.querySelectorAll('figure.block[id]')) {
    t.querySelectorAll('tr').forEach((tr, r) => tr.querySelectorAll('td .cell').forEach(
      (c, k) => { out[t.id + '/' + (r - (t.querySelector('th') ? 1 : 0)) + '/' + k] = c.textContent; }));
  }
  return out;
}"""


def _stored(body: list[dict[str, Any]], out: dict[str, str]) -> dict[str, str]:
    for b in body:
        if b["type"] == "table":
            for r, row in enumerate(b.get("rows") or []):
                for k, cell in enumerate(row):
                    out[f"b-{b['path']}/{r}/{k}"] = cell
        elif b["type"] != "list":
            out[f"b-{b['path']}"] = b["text"]
        _stored(b.get("children") or [], out)
    return out


def test_the_marked_text_is_the_stored_text(page: Any, server: str) -> None:
    """Every block and cell of every document reads exactly as stored, marks or not; no
    link is inside another."""
    page.set_viewport_size({"width": 1280, "height": 900})
    docs = page.request.get(server + "/api/documents?limit=100").json()["items"]
    assert len(docs) == 15
    marked = 0
    for d in docs:
        page.goto(server + f"/documents/{d['id']}")
        stored = _stored(page.request.get(server + f"/api/documents/{d['id']}").json()["body"], {})
        assert page.evaluate(SHOWN) == stored, d["id"]
        assert page.locator("a a").count() == 0
        marked += page.locator(".fact").count()
    assert marked > 900


def test_citations_by_title_once_and_never_itself(page: Any, server: str) -> None:
    _goto(page, server, "/documents/jingan-2026-01-05", 1280, 900)
    items = page.locator("#links > ul > li")
    # 实施意见 and 建议 (not held) and the 纲要 (08), named in 14 sentences: each once
    assert items.count() == 3
    held = page.locator("#links a[href='/documents/jingan-2026-01-08']")
    assert held.count() == 1
    assert held.inner_text() == "《上海市静安区国民经济和社会发展第十五个五年规划纲要》"
    assert held.get_attribute("title") == "上海市静安区国民经济和社会发展第十五个五年规划纲要"
    refs = page.locator(".fact.ref[href='/documents/jingan-2026-01-08']")
    assert refs.count() == 15
    _goto(page, server, "/documents/jingan-2026-01-08", 1280, 900)
    cited = page.locator("#cited-by li")
    assert cited.count() == 1
    assert cited.locator("a").get_attribute("href") == "/documents/jingan-2026-01-05"
    assert cited.locator("a").inner_text() == "《政府工作报告》"
    assert page.locator("main a[href='/documents/jingan-2026-01-08']").count() == 0
    assert "jingan-2026-01" not in page.inner_text("main")  # titles, never ids
    _goto(page, server, "/documents/guobanfa-2016-82", 1280, 900)
    cited = page.locator("#cited-by li")
    assert cited.count() == 1
    assert "废止" in cited.inner_text()
    assert cited.locator("a").get_attribute("href") == "/documents/guobanfa-2018-117"


def test_the_reader_shows_no_english(page: Any, server: str) -> None:
    for doc in ("jingan-2026-01-02", "guobanfa-2018-117"):
        _goto(page, server, f"/documents/{doc}", 1280, 900)
        shown = page.inner_text("header") + page.inner_text("dl.meta") + page.title()
        assert re.search("[A-Za-z]", shown) is None, shown
        assert page.inner_text("dl.meta").count("上海市静安区人民政府公报 2026年第1期") == (
            1 if doc.startswith("jingan") else 0
        )


FOCUSED = "() => [document.activeElement.id, document.activeElement.textContent.trim()]"
OUTLINED = "() => getComputedStyle(document.activeElement).outlineStyle"


@pytest.mark.parametrize(("width", "height"), WIDTHS, ids=["desktop", "phone"])
def test_the_outline_by_keyboard(page: Any, server: str, width: int, height: int) -> None:
    page.set_viewport_size({"width": width, "height": height})
    page.goto(server + "/documents/jingan-2026-01-08")
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == ["", "跳到正文"]
    assert page.evaluate(OUTLINED) == "solid"
    page.keyboard.press("Enter")
    assert page.evaluate(FOCUSED)[0] == "main"
    entries = page.locator("nav.outline a")
    entries.first.focus()
    page.keyboard.press("Tab")  # Tab walks the entries in order
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#b-3"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#b-3.2"
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#b-3.3"
    assert page.evaluate(OUTLINED) == "solid"
    page.keyboard.press("Enter")
    page.wait_for_function("document.activeElement.id === 'b-3.3'")
    assert page.evaluate("location.hash") == "#b-3.3"
    assert page.evaluate(OUTLINED) == "solid"
    assert page.locator('[id="b-3.3"]').is_visible()
    page.screenshot(path=str(SCREENS / f"reader-outline-keyboard-{width}.png"))
    page.locator("nav.outline a").last.focus()
    page.keyboard.press("Home")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#b-2"
