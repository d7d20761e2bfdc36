"""Pages show problems, document kinds, gazettes and issues by their Chinese names (the ids
stay in the API, and in title and data attributes), and one issuer once in the search
facets. A store holding the sample and one 静安 document published alone
(tests/corpus/redhead/shanghai-jingan-2025-zhongdian-gongzuo-anpai-page.txt)."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import gongbao
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT, SAMPLE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

ALONE = ROOT / "tests/corpus/redhead/shanghai-jingan-2025-zhongdian-gongzuo-anpai-page.txt"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = Store(str(tmp_path_factory.mktemp("labels") / "l.db"))
    for path in (SAMPLE, ALONE):
        store.ingest(gongbao.parse_file(path), path.name, Path(path).read_bytes())
    with TestClient(create_app(store)) as c:
        yield c
    store.engine.dispose()


def _main(html: str) -> str:
    return html[html.index("<main") :]


def _text(html: str) -> str:
    """What a reader sees: the text of the page's main part, tags and attributes dropped."""
    return re.sub(r"<[^>]+>", " ", _main(html))


def test_issue_page_names_problems_and_kinds_in_chinese(client: TestClient) -> None:
    html = client.get("/issues/jingan-2026-01").text
    # the API keeps the ids
    api = client.get("/api/issues/jingan-2026-01").json()
    assert api["problems"][0]["kind"] == "attachment_label_missing"
    assert (
        '<li data-kind="footnote_marker_mismatch"><strong title="footnote_marker_mismatch">'
        "注释序号与正文标记不符</strong> 注释印为¹，正文标记为³" in html
    )
    assert '<span class="kind" data-kind="measures">政策措施</span>' in html
    seen = _text(html)
    for kind in ("attachment_label_missing", "toc_title_differs", "text_lost", "report"):
        assert kind not in seen
    # no English word a reader sees, but the download formats' names
    words = set(re.findall(r"[A-Za-z]{3,}", seen)) - {"JSON", "CSV", "Akoma", "Ntoso", "XML"}
    # quoted content stays as printed: the footnotes name FDA, EMA, PMDA, WHO
    assert words <= {"FDA", "EMA", "PMDA", "WHO"}


def test_search_facets_name_kinds_gazettes_issues_and_fold_issuers(client: TestClient) -> None:
    html = client.get("/search", params={"q": "静安"}).text
    assert '<a href="/search?q=%E9%9D%99%E5%AE%89&kind=report" data-kind="report">报告</a>' in html
    assert 'data-gazette="documents">单独发布的文件</a>' in html
    assert 'data-gazette="jingan">上海市静安区人民政府公报</a>' in html
    assert 'data-issue="jingan-2026-01">上海市静安区人民政府公报 2026年第1期</a>' in html
    assert (
        'data-issue="jingfufa-2025-03">上海市静安区人民政府关于印发《2025年区政府重点工作安排》'
        "的通知</a>" in html
    )
    issuers = re.search(r"<strong>发文机关</strong>\s*(.*?)</div>", html, re.S)
    assert issuers is not None
    # 静安区人民政府 (docs 04, 05) and 上海市静安区人民政府 (docs 01, 02 and the 2025 notice)
    # are one issuer, shown once by its full name
    assert "上海市静安区人民政府 (" in issuers.group(1)
    assert "静安区人民政府 (" not in issuers.group(1).replace("上海市静安区人民政府 (", "")
    seen = _text(html)
    for kind in ("report", "plan", "notice", "documents", "jingan-2026-01"):
        assert not re.search(rf"(?<![\w-]){kind}(?![\w-])", seen), kind


def test_a_kind_filter_is_named_and_kept_across_pages(client: TestClient) -> None:
    html = client.get("/search", params={"q": "静安", "kind": "plan"}).text
    assert re.search(
        r'id="filters">筛选：类型 规划计划 · <a href="/search\?q=[^"]+">全部结果', html
    )
    assert "kind=plan&amp;page=2" in html or "kind=plan&page=2" in html


def test_home_names_documents_published_alone(client: TestClient) -> None:
    seen = _text(client.get("/").text)
    assert "单独发布的文件" in seen and "documents" not in seen
    assert "上海市静安区人民政府关于印发《2025年区政府重点工作安排》的通知" in seen
    assert "None" not in seen
    assert "2026年第1期（总第47期）" in seen
