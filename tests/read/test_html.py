"""HTML document pages: the project's own fixture in a provincial site's style, and the 60
State Council pages of ../shared/corpus/govcn-2018 when that folder is present.

Hand-checked: govcn-01 (an opinion: 一、 headings bold in the page, （一） items), govcn-19 and
govcn-45 (joint issuers), govcn-58 (an order promulgating a regulation: 第X章, 第X条 with
their paragraphs, （一） items); the 成文日期 difference reported (govcn-24) is in the page
itself: the metadata table and the date under the signature disagree (govcn-52's second date
signs the report it forwards)."""

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
    from gongbao.structure.organs import same_organ
    from gongbao.structure.pagemeta import _same_number

    assert len(corpus) == 60
    for name, issue in corpus.items():
        meta = rh((CORPUS / name).read_text(encoding="utf-8")).meta
        (doc,) = issue.documents  # type: ignore[attr-defined]
        # what the document prints comes first; the page's record only where it differs,
        # and then a problem says so
        differs = {
            p.detail.split("：")[0]
            for p in issue.problems  # type: ignore[attr-defined]
            if p.kind == "page_metadata_differs"
        }
        assert doc.title == meta["title"] or "标题" in differs, name
        # an order keeps its full line ('中华人民共和国国务院令第707号' for the page's 国令第707号)
        assert _same_number(doc.doc_number, meta["doc_number"]) or "文号" in differs, name
        y, m, d = (
            int(x)
            for x in meta["date"].replace("年", "-").replace("月", "-").replace("日", "").split("-")
        )
        assert doc.date == f"{y:04d}-{m:02d}-{d:02d}" or "成文日期" in differs, name
        # (of one organ's names the fullest the page prints: an order's line names its issuer
        # in full, '中华人民共和国国务院令', where the record says 国务院)
        listed = [x for x in meta["issuer"].replace("、", " ").split()]
        assert len(doc.issuers) == len(listed), name
        for got, page in zip(doc.issuers, listed, strict=True):
            assert got == page or (same_organ(got, page) and got.endswith(page)), name


def test_hand_checked_pages(corpus: dict[str, object]) -> None:
    joint = corpus["govcn-19.html"].documents[0]  # type: ignore[attr-defined]
    assert joint.issuers == ["国务院办公厅", "中央军委办公厅"]
    assert corpus["govcn-45.html"].documents[0].issuers == ["国务院", "中央军委"]  # type: ignore[attr-defined]
    opinion = corpus["govcn-01.html"].documents[0]  # type: ignore[attr-defined]
    assert [b.num for b in opinion.body if b.type == "heading"][:3] == ["一、", "二、", "三、"]
    order = corpus["govcn-58.html"].documents[0]  # type: ignore[attr-defined]
    # as the body prints it; the page records the short form 国令第706号
    assert (order.kind, order.doc_number) == ("order", "中华人民共和国国务院令第706号")
    articles = [b.num for b in order.blocks() if b.num and b.num.endswith("条")]
    assert articles[:3] == ["第一条", "第二条", "第三条"] and len(articles) == len(set(articles))
    differs = {
        n for n, i in corpus.items() if any(p.kind == "page_metadata_differs" for p in i.problems)
    }  # type: ignore[attr-defined]
    # govcn-24's page says 04-17, its body 四月二十七日 (checked by hand); govcn-52's body date
    # is the same as its page's once the forwarded report's own signature is not taken for it
    assert differs == {"govcn-24.html"}


COUNTY = """<html><head><meta charset="gbk"><title>青山县人民政府</title></head><body>
<div class="top">网站首页 | 政务公开 | 办事服务</div>
<table class="xxgk"><tr><td>索 引 号：</td><td>QS-2025-00031</td><td>主题分类：</td><td>农业农村</td></tr>
<tr><td>发布机构：</td><td>青山县农业农村局</td><td>发文机关：</td><td>青山县人民政府办公室</td></tr>
<tr><td>成文日期：</td><td>2025-03-12</td><td>发文字号：</td><td>青政办〔2025〕5号</td></tr>
<tr><td>标　　题：</td><td colspan="3">青山县人民政府办公室关于印发青山县高标准农田建设实施方案的通知</td></tr></table>
<div class="TRS_Editor">
<p align="center">青山县人民政府办公室关于印发</p>
<p align="center">青山县高标准农田建设实施方案的通知</p>
<p>各乡镇人民政府，县直各单位：</p>
<p>《青山县高标准农田建设实施方案》已经县政府同意，现印发给你们，请认真组织实施。</p>
<p>附件：青山县高标准农田建设任务分解表</p>
<p align="right">青山县人民政府办公室</p>
<p align="right">2025年3月12日</p>
<p>附件</p>
<p align="center">青山县高标准农田建设任务分解表</p>
<table border="1"><tr><td>序号</td><td>乡镇</td><td>建设任务（万亩）</td><td>责任单位</td></tr>
<tr><td>1</td><td>东坡镇</td><td>1.2</td><td rowspan="2">县农业农村局</td></tr>
<tr><td>2</td><td>西岭乡</td><td>0.8</td></tr></table>
</div>
<div class="ewm">扫一扫在手机打开当前页</div>
<script>document.write("打印本页")</script></body></html>"""


def test_county_page_in_gbk_with_metadata_rows_and_an_attachment_table(tmp_path: Path) -> None:
    f = tmp_path / "county.htm"
    f.write_bytes(COUNTY.encode("gbk"))
    issue = gongbao.parse_file(f)
    (doc,) = issue.documents
    assert doc.title == "青山县人民政府办公室关于印发青山县高标准农田建设实施方案的通知"
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "青政办〔2025〕5号",
        "2025-03-12",
        ["青山县人民政府办公室"],
    )
    assert doc.addressees == ["各乡镇人民政府", "县直各单位"]
    assert [a["title"] for a in doc.to_dict()["attachments"]] == ["青山县高标准农田建设任务分解表"]
    (table,) = issue.tables
    assert table.columns == ["序号", "乡镇", "建设任务（万亩）", "责任单位"]
    assert table.rows == [["1", "东坡镇", "1.2", "县农业农村局"], ["2", "西岭乡", "0.8", ""]]
    text = " ".join(b.text for b in doc.blocks())
    assert "扫一扫" not in text and "打印本页" not in text and "网站首页" not in text


TRADITIONAL = """<html><head><meta charset="big5"></head><body>
<table><tr><th>標題</th><td>臺南市政府關於調整市民公共運輸補貼的公告</td></tr>
<tr><th>發文字號</th><td>南市交字第1130123號</td></tr>
<tr><th>發文機關</th><td>臺南市政府</td></tr><tr><th>成文日期</th><td>2024年3月5日</td></tr></table>
<div class="article">
<p>臺南市政府關於調整市民公共運輸補貼的公告</p>
<p>南市交字第1130123號</p>
<p>一、依據《臺南市公共運輸發展條例》第五條規定辦理。</p>
<p>二、自2024年4月1日起，市民搭乘市區公車每次補貼新臺幣十元。（責任單位：市交通局）</p>
<p>臺南市政府</p>
<p>2024年3月5日</p>
</div></body></html>"""


def test_traditional_page_in_big5(tmp_path: Path) -> None:
    f = tmp_path / "tainan.html"
    f.write_bytes(TRADITIONAL.encode("big5"))
    issue = gongbao.parse_file(f)
    (doc,) = issue.documents
    assert doc.title == "臺南市政府關於調整市民公共運輸補貼的公告"
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "南市交字第1130123號",
        "2024-03-05",
        ["臺南市政府"],
    )
    heads = [b.num for b in doc.blocks() if b.num]
    assert heads == ["一、", "二、"]
    (measure,) = issue.facts["measures"]
    assert measure.responsible == ["市交通局"]
