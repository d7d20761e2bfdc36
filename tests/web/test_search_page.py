"""The search page after its per-request work was cut: it shows each facet's first six
values as before (the template was walking a thousand issues to show six), and the issues'
names it keeps between requests are read again after an ingest.

The store: the sample under seven issue numbers (第1期 … 第7期), so 养老 is in 32 blocks of
each (hand-checked in tests/store/test_concurrency.py) and the issue facet has seven values
of 32, shown by id: 第1期 to 第6期.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

import gongbao
from gongbao.store.db import Store
from gongbao.store.search import search
from gongbao.web.api import create_app
from tests.conftest import SAMPLE

NAME = "上海市静安区人民政府公报 2026年第{}期"


def _issue(store: Store, tmp_path: Path, number: int) -> None:
    """The sample stored as issue ``number`` of 2026."""
    text = SAMPLE.read_text("utf-8")
    if number != 1:
        text = text.replace("第1期（总第47期）", f"第{number}期（总第{46 + number}期）", 1)
    path = tmp_path / f"jingan-2026-{number:02d}.txt"
    path.write_text(text, "utf-8")
    store.ingest(gongbao.parse_file(path), path.name, path.read_bytes())


def test_facets_and_names_on_the_search_page(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "g.db"))
    for number in range(1, 8):
        _issue(store, tmp_path, number)
    found = search(store, "养老")
    assert found.total == 7 * 32
    assert found.facets["issue"] == {f"jingan-2026-{n:02d}": 32 for n in range(1, 8)}
    with TestClient(create_app(store)) as client:
        page = client.get("/search", params={"q": "养老"}).text
        shown = re.findall(r'data-issue="([^"]+)">([^<]+)</a> \((\d+)\)', page)
        assert shown == [(f"jingan-2026-{n:02d}", NAME.format(n), "32") for n in range(1, 7)]
        assert '<p class="meta" id="total">224 处</p>' in page
        # an issue stored while the server runs is named on the next request
        _issue(store, tmp_path, 8)
        page = client.get("/search", params={"q": "养老", "issue": "jingan-2026-08"}).text
        assert '<p class="meta" id="total">32 处</p>' in page
        assert f"筛选：期 {NAME.format(8)}" in page
    store.close()
