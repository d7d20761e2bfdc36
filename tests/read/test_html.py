"""HTML document pages: the project's own fixture in a provincial site's style, and the 60
State Council pages of ../shared/corpus/govcn-2018 when that folder is present.

Hand-checked: govcn-01 (an opinion: 一、 headings bold in the page, （一） items), govcn-19 and
govcn-45 (joint issuers), govcn-58 (an order promulgating a regulation: 第X章, 第X条 with
their paragraphs, （一） items); the two 成文日期 differences reported (govcn-24, govcn-52) are
in the pages themselves: the metadata table and the date under the signature disagree."""

from __future__ import annotations

from pathlib import Path

import pytest

import gongbao
from gongbao.read.html import read_html
from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "govcn-2018"

PROVINCIAL = """<!doctype html><html><head><title>江南省人民政府</title>
<script>var share = 1;</script></head><body>
<div class="nav">首页 &gt; 政务公开</div>
<dl class="meta"><dt>标题：</dt><dd>江南省人民政府办公厅关于加强农村供水保障的通知</dd>
<dt>发文字号：</dt><dd>江南政办发〔2024〕12号</dd><dt>成文日期：</dt><dd>2024年05月06日</dd>
<dt>发文机关：</dt><dd>江南省人民政府办公厅</dd><dt>发布日期：</dt><dd>2024年05月08日</dd></dl>
<div id="zoom">
<p style="text-align:center"><strong>江南省人民政府办公厅</strong></p>
<p style="text-align:center"><strong>关于加强农村供水保障的通知</strong></p>
<p style="text-align:center">江南政办发〔2024〕12号</p>
<p>各市、县人民政府，省政府各部门：</p>
<p>为加强农村供水保障，经省政府同意，现就有关事项通知如下。</p>
<p><span style="font-weight: bold">一、明确责任。</span>各市县政府是农村供水保障的责任主体。</p>
<p><span style="font-weight: bold">二、加强监测。</span>建立水质监测制度。</p>
<table><tr><th rowspan="2">地区</th><th colspan="2">目标</th></tr><tr><th>2024年</th><th>2025年</th></tr>
<tr><td>东市</td><td>95%</td><td>98%</td></tr></table>
<p style="text-align:right">江南省人民政府办公厅</p>
<p style="text-align:right">2024年5月6日</p>
</div><div class="share">分享到：微信 微博</div><!-- footer --></body></html>"""


def test_provincial_page(tmp_path: Path) -> None:
    page = read_html(PROVINCIAL)
    assert page.meta["doc_number"] == "江南政办发〔2024〕12号"
    assert "分享到" not in page.text and "share" not in page.text and "首页" not in page.text
    f = tmp_path / "page.html"
    f.write_text(PROVINCIAL, encoding="utf-8")
    issue = gongbao.parse_file(f)
    (doc,) = issue.documents
    assert doc.title == "江南省人民政府办公厅关于加强农村供水保障的通知"
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "江南政办发〔2024〕12号",
        "2024-05-06",
        ["江南省人民政府办公厅"],
    )
    assert doc.addressees == ["各市、县人民政府", "省政府各部门"]
    leads = [b.lead for b in doc.blocks() if b.lead]
    assert leads == ["明确责任。", "加强监测。"]
    (table,) = issue.tables
    assert table.rows[-1] == ["东市", "95%", "98%"]
    assert [p.kind for p in issue.problems] == []


@pytest.fixture(scope="module")
def corpus() -> dict[str, object]:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus/govcn-2018 is not here")
    return {p.name: gongbao.parse_file(p) for p in sorted(CORPUS.glob("govcn-*.html"))}


def test_every_page_parses_with_its_metadata(corpus: dict[str, object]) -> None:
    from gongbao.read.html import read_html as rh

    assert len(corpus) == 60
    for name, issue in corpus.items():
        meta = rh((CORPUS / name).read_text(encoding="utf-8")).meta
        (doc,) = issue.documents  # type: ignore[attr-defined]
        assert doc.title == meta["title"], name
        assert doc.doc_number == meta["doc_number"].replace(" ", ""), name
        y, m, d = (
            int(x)
            for x in meta["date"].replace("年", "-").replace("月", "-").replace("日", "").split("-")
        )
        assert doc.date == f"{y:04d}-{m:02d}-{d:02d}", name
        assert doc.issuers == [x for x in meta["issuer"].replace("、", " ").split()], name


def test_hand_checked_pages(corpus: dict[str, object]) -> None:
    joint = corpus["govcn-19.html"].documents[0]  # type: ignore[attr-defined]
    assert joint.issuers == ["国务院办公厅", "中央军委办公厅"]
    assert corpus["govcn-45.html"].documents[0].issuers == ["国务院", "中央军委"]  # type: ignore[attr-defined]
    opinion = corpus["govcn-01.html"].documents[0]  # type: ignore[attr-defined]
    assert [b.num for b in opinion.body if b.type == "heading"][:3] == ["一、", "二、", "三、"]
    order = corpus["govcn-58.html"].documents[0]  # type: ignore[attr-defined]
    assert (order.kind, order.doc_number) == ("order", "国令第706号")  # as the page records it
    articles = [b.num for b in order.blocks() if b.num and b.num.endswith("条")]
    assert articles[:3] == ["第一条", "第二条", "第三条"] and len(articles) == len(set(articles))
    differs = {
        n for n, i in corpus.items() if any(p.kind == "page_metadata_differs" for p in i.problems)
    }  # type: ignore[attr-defined]
    assert differs == {"govcn-24.html", "govcn-52.html"}
