"""PDFs read with PDFium: the sample issue printed to PDF by Debian's chromium (tests/printing.py:
the text's pages, paragraphs and tables, with a running header and page numbers) must give the
same documents and facts as the text, and every fact the page it is printed on.

Checked by hand on the printed PDF (93 pages, pages 7–9 and 24 viewed as PNG): the running
header is the gazette's name over a rule, page numbers '— n —' at the foot.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from gongbao.cli import main
from gongbao.errors import InputError
from gongbao.model import FACT_KEYS, Block, Issue
from gongbao.pipeline import parse_bytes, parse_file
from gongbao.read.pdf import read_pdf
from tests.conftest import SAMPLE
from tests.printing import chromium_or_skip, gazette_pdf, print_pdf

FACT_KINDS = (*FACT_KEYS, "budget_lines", "identities")


@pytest.fixture(scope="session")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chromium_or_skip()
    return gazette_pdf(
        SAMPLE.read_text(encoding="utf-8"), tmp_path_factory.mktemp("pdf") / "sample.pdf"
    )


@pytest.fixture(scope="session")
def pdf_issue(sample_pdf: Path) -> Issue:
    return parse_file(sample_pdf)


def _without_sources(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _without_sources(v) for k, v in x.items() if k != "source"}
    if isinstance(x, list):
        return [_without_sources(v) for v in x]
    return x


def _squashed(x: Any) -> Any:
    if isinstance(x, str):
        return re.sub(r"\s+", "", x)
    if isinstance(x, dict):
        return {k: _squashed(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_squashed(v) for v in x]
    return x


def _strings(x: Any) -> list[str]:
    if isinstance(x, str):
        return [x]
    if isinstance(x, dict):
        return [s for v in x.values() for s in _strings(v)]
    if isinstance(x, list):
        return [s for v in x for s in _strings(v)]
    return []


def test_pdf_gives_the_same_documents_and_facts_as_the_text(
    pdf_issue: Issue, sample_dict: dict
) -> None:
    pdf = _without_sources(pdf_issue.to_dict())
    text = _without_sources(sample_dict)
    for key in text:
        if key == "removed":
            continue  # a PDF's furniture is its own: running headers and page numbers
        # everything but white space is equal, key by key
        assert _squashed(pdf[key]) == _squashed(text[key]), key
    assert {r["why"] for r in pdf["removed"]} == {
        "running_header",
        "page_number",
        "cover",
        "colophon",
    }
    # white space differs only where a space stood at a line wrap, which a PDF does not print
    # ('以 AI、' wrapped after '以'): four places in the body, one of them in a glossary term
    differ = [
        (a, b)
        for a, b in zip(_strings(text["documents"]), _strings(pdf["documents"]), strict=True)
        if a != b
    ]
    assert len(differ) == 4
    assert all(len(a) - len(b) == 1 for a, b in differ)
    assert len(pdf["documents"]) == 10
    assert len(pdf["appointments"]) == 48
    assert len(pdf["measures"]) == 60
    assert len(pdf["projects"]) == 80
    assert len(pdf["budget"]["identities"]) == 28
    assert all(i["holds"] for i in pdf["budget"]["identities"])


def _page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    try:
        return [
            re.sub(r"\s+", "", doc[k].get_textpage().get_text_range()).replace("\ufffe", "-")
            for k in range(len(doc))
        ]
    finally:
        doc.close()


def _blocks(issue: Issue) -> dict[tuple[str, str], Block]:
    out: dict[tuple[str, str], Block] = {}

    def rec(doc_id: str, blocks: list[Block]) -> None:
        for b in blocks:
            out[(doc_id, b.path)] = b
            rec(doc_id, b.children)

    for doc in issue.documents:
        rec(doc.id, doc.body)
    return out


def _printed(fact: Any, blocks: dict[tuple[str, str], Block]) -> str:
    """Text of the fact as printed: a table row's first words, or the span's first words."""
    for attr in ("person", "name"):
        value = getattr(fact, attr, None)
        if isinstance(value, str) and value and fact.source.line == fact.source.end_line:
            return value
    block = blocks[(fact.source.document, fact.source.block)]
    start, end = fact.source.span
    return block.text[start:end]


def test_every_fact_has_the_page_it_is_printed_on(pdf_issue: Issue, sample_pdf: Path) -> None:
    pages = _page_texts(sample_pdf)
    blocks = _blocks(pdf_issue)
    checked = 0
    for kind in FACT_KINDS:
        for fact in pdf_issue.facts[kind]:
            page = fact.source.page
            assert page is not None, (kind, fact)
            head = re.sub(r"\s+", "", _printed(fact, blocks))[:8]
            assert head in pages[page - 1], (kind, page, head)
            checked += 1
    # references: 33 — the plan's two mentions of its own title are not references to it
    assert checked == 539  # 48 + 42 + 45 + 60 + 80 + 33 + 2 + 40 + 1 (benefit) + 160 + 28
    # a measure whose block starts on one page and whose fact starts on the next
    by_page = {f.source.page for f in pdf_issue.facts["measures"]}
    assert len(by_page) > 5


def test_page_numbers_of_sample_facts(pdf_issue: Issue) -> None:
    # checked on the page images: the personnel tables run over pages 7 to 9, page 8 opening
    # with 傅光远's row; 表1's caption and header are at the foot of page 24, its rows on 25
    people = {a.person: a.source.page for a in pdf_issue.facts["appointments"]}
    assert set(people.values()) == {7, 8, 9}
    assert people["傅光远"] == 8
    table1 = [i for i in pdf_issue.facts["indicators"] if (i.table or "").startswith("表1")]
    assert len(table1) == 6
    assert {i.source.page for i in table1} == {25}


def test_running_headers_and_page_numbers_are_furniture(sample_pdf: Path) -> None:
    pdf = read_pdf(sample_pdf.read_bytes())
    kinds = [ln.furniture for ln in pdf.lines if ln.furniture]
    assert pdf.pages == 93
    assert kinds.count("page_number") == 93
    assert kinds.count("running_header") == 93
    numbers = [ln.text for ln in pdf.lines if ln.furniture == "page_number"]
    assert numbers[:2] == ["— 1 —", "— 2 —"]
    assert all(ln.page is not None for ln in pdf.lines)


def test_pdf_is_told_by_its_content_not_its_name(sample_pdf: Path, tmp_path: Path) -> None:
    odd = tmp_path / "issue.txt"
    odd.write_bytes(sample_pdf.read_bytes())
    result = CliRunner().invoke(main, ["parse", str(odd), "--format", "summary"])
    assert result.exit_code == 0, result.output
    assert "documents: 10" in result.output or "10 documents" in result.output


TABLE_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK SC'; font-size: 12pt; }
td { border: 0.75pt solid #000; padding: 3pt; vertical-align: middle; }
table { border-collapse: collapse; }
</style></head><body>
<p>表2 主要指标</p>
<table>
<tr><td>类别</td><td>指标名称</td><td>2025年</td><td>2030年</td></tr>
<tr><td rowspan="2">经济发展</td><td>地区生产总值增长率</td><td colspan="2">年均增长5%左右</td></tr>
<tr><td>税收收入</td><td>300亿元</td><td>400亿元</td></tr>
<tr><td>民生</td><td>新增就业岗位（万个）</td><td>3.2</td><td>3.5</td></tr>
</table>
<p>以上指标均为预期性指标。</p>
</body></html>"""


def test_ruled_table_with_merged_cells(tmp_path: Path) -> None:
    chromium_or_skip()
    pdf = read_pdf(print_pdf(TABLE_HTML, tmp_path / "table.pdf").read_bytes())
    rows = [ln.text.split("\t") for ln in pdf.lines if "\t" in ln.text]
    assert rows == [
        ["类别", "指标名称", "2025年", "2030年"],
        ["经济发展", "地区生产总值增长率", "年均增长5%左右", ""],
        ["", "税收收入", "300亿元", "400亿元"],
        ["民生", "新增就业岗位（万个）", "3.2", "3.5"],
    ]
    texts = [ln.text for ln in pdf.lines if ln.text and "\t" not in ln.text]
    assert texts == ["表2 主要指标", "以上指标均为预期性指标。"]


def _scan_html(tmp_path: Path, with_text_page: bool) -> str:
    """A page of text photographed: chromium's screenshot of it, as an image on a page."""
    from playwright.sync_api import sync_playwright

    from tests.printing import chromium

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 600, "height": 300})
        page.set_content(
            "<p style=\"font:20px 'Noto Sans CJK SC'\">关于做好2026年春节期间安全生产工作的通知</p>"
        )
        png = page.screenshot()
        browser.close()
    image = f'<img src="data:image/png;base64,{base64.b64encode(png).decode()}" width="500">'
    text = "<p>关于印发工作方案的通知</p><p>各区人民政府：现将方案印发给你们，请认真贯彻执行。</p>"
    pages = [text] if with_text_page else []
    pages.append(image)
    body = '<div style="break-before: page"></div>'.join(pages)
    return f'<!doctype html><html><head><meta charset="utf-8"></head><body>{body}</body></html>'


_NO_ENGINE = "the OCR engine rapidocr-onnxruntime is not installed"


def test_scanned_pdf_without_an_ocr_engine_is_refused_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the engine is not installed (the parse worker is forked: it sees the patch)."""
    chromium_or_skip()
    monkeypatch.setattr("gongbao.read.ocr.unavailable", lambda: _NO_ENGINE)
    scan = print_pdf(_scan_html(tmp_path, with_text_page=False), tmp_path / "scan.pdf")
    result = CliRunner().invoke(main, ["parse", str(scan)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(
        f"is a scanned PDF (1 pages of images, no text layer); it needs OCR first ({_NO_ENGINE})"
    )


def test_scanned_page_inside_a_text_pdf_without_an_ocr_engine_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chromium_or_skip()
    monkeypatch.setattr("gongbao.read.ocr.unavailable", lambda: _NO_ENGINE)
    mixed = print_pdf(_scan_html(tmp_path, with_text_page=True), tmp_path / "mixed.pdf")
    issue = parse_file(mixed)
    scanned = [p for p in issue.problems if p.kind == "scanned_page"]
    assert [p.source.page for p in scanned] == [2]
    assert issue.documents[0].title == "关于印发工作方案的通知"


def test_pdf_that_is_not_readable(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^x.pdf: is not a readable PDF"):
        parse_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50, name="x.pdf")


def test_pdf_with_broken_cross_reference_table(sample_pdf: Path) -> None:
    data = bytearray(sample_pdf.read_bytes())
    at = data.rfind(b"startxref")
    data[at + 10 : at + 16] = b"999999"  # points nowhere: PDFium rebuilds the table
    issue = parse_bytes(bytes(data), name="broken.pdf")
    assert len(issue.documents) == 10


def test_truncated_pdf_is_one_line_or_what_it_holds(sample_pdf: Path) -> None:
    data = sample_pdf.read_bytes()
    for cut in (len(data) // 2, len(data) // 10, 2000):
        try:
            issue = parse_bytes(data[:cut], name="cut.pdf")
        except InputError as exc:
            assert str(exc).startswith("cut.pdf: ")
            assert "\n" not in str(exc)
        else:
            assert len(issue.documents) <= 10


def test_page_limit(sample_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GONGBAO_MAX_PAGES", "50")
    with pytest.raises(InputError, match=r"^s.pdf: has 93 pages, over the 50-page limit"):
        parse_bytes(sample_pdf.read_bytes(), name="s.pdf")


def test_ingested_pdf_serves_pages(sample_pdf: Path, tmp_path: Path) -> None:
    """The CLI ingests a PDF like any issue; the API gives each fact its page."""
    from fastapi.testclient import TestClient

    from gongbao.store.db import Store
    from gongbao.web.api import create_app

    db = tmp_path / "g.db"
    result = CliRunner().invoke(main, ["ingest", str(sample_pdf), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 issue (1 stored")
    with TestClient(create_app(Store(str(db)))) as client:
        rows = client.get("/api/appointments", params={"person": "傅光远"}).json()["items"]
        assert [r["source"]["page"] for r in rows] == [8]
        # the reader marks the page each block begins on, where it changes: the appointment
        # table starts on page 7, the removal table on page 8 (and runs on to page 9)
        html = client.get(f"/documents/{rows[0]['document']}").text
        assert re.findall(r'class="pdfpage"[^>]*>第(\d+)页', html) == ["7", "8"]


OFFICIAL = (
    (
        "一",
        "加强组织领导。各区、各部门要把营商环境建设摆在突出位置，建立健全工作推进机制，主要负责同志亲自部署、亲自协调，确保各项任务落到实处，形成上下联动、协同推进的工作格局。（责任单位：市发展改革委、各区人民政府）",
    ),
    (
        "二",
        "强化督促检查。市政府督查室要会同有关部门加强跟踪督办，定期通报工作进展情况，对工作不力、进展缓慢的单位予以通报批评，推动各项政策措施落地见效。"
        * 3
        + "（责任单位：市政府办公室）",
    ),
    (
        "三",
        "做好宣传解读。各有关部门要通过政府网站、新闻发布会等多种渠道，及时准确解读政策内容，回应社会关切，营造全社会关心支持营商环境建设的良好氛围。（责任单位：市委宣传部、市政务服务局）",
    ),
)
OFFICIAL_HTML = (
    """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 16pt; line-height: 28.9pt; }
p { margin: 0; text-indent: 2em; text-align: justify; }
h1 { font-size: 22pt; text-align: center; font-weight: normal; margin: 0; line-height: 35pt; }
.c { text-align: center; text-indent: 0; } .n { text-indent: 0; }
.r { text-align: right; text-indent: 0; padding-right: 4em; }
</style></head><body>
<h1>宁海市人民政府办公室关于进一步优化</h1><h1>营商环境的通知</h1>
<p class="c">宁政办发〔2025〕18号</p>
<p class="n">各区人民政府，市政府各委、办、局：</p>
<p>为深入贯彻落实国家和省关于优化营商环境的决策部署，进一步激发市场主体活力，经市政府同意，现就有关事项通知如下。</p>
<p>一、总体要求</p>
<p>坚持以市场主体需求为导向，以制度创新为核心，持续深化“放管服”改革，到2026年，全市营商环境主要指标达到全省前列，企业开办时间压缩至1个工作日以内。</p>
<p>二、保障措施</p>"""
    + "".join(f"<p>（{n}）{t}</p>" for n, t in OFFICIAL)
    + """<p class="r">宁海市人民政府办公室</p><p class="r">2025年6月18日</p></body></html>"""
)


def test_official_document_layout_without_paragraph_spacing(tmp_path: Path) -> None:
    """Typeset as GB/T 9704 sets official documents: fixed line pitch, no space between
    paragraphs, a two-character first-line indent, a title in a larger size over two centred
    lines, the signature set right; paragraph (二) runs over the page break."""
    chromium_or_skip()
    pdf = print_pdf(OFFICIAL_HTML, tmp_path / "official.pdf", header="")
    issue = parse_file(pdf)
    (doc,) = issue.documents
    assert doc.title == "宁海市人民政府办公室关于进一步优化营商环境的通知"
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "宁政办发〔2025〕18号",
        "2025-06-18",
        ["宁海市人民政府办公室"],
    )
    assert doc.addressees == ["各区人民政府", "市政府各委、办、局"]
    heads = [(b.num, b.text) for b in doc.blocks() if b.type == "heading"]
    assert heads == [("一、", "总体要求"), ("二、", "保障措施")]
    items = [b for b in doc.blocks() if b.num and b.num.startswith("（")]
    assert [b.text for b in items] == [t for _, t in OFFICIAL]  # each paragraph whole
    measures = issue.facts["measures"]
    assert [m.responsible for m in measures] == [
        ["市发展改革委", "各区人民政府"],
        ["市政府办公室"],
        ["市委宣传部", "市政务服务局"],
    ]
    assert [m.source.page for m in measures] == [1, 1, 2]
    assert issue.problems == []


NOTES_HTML = """<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK SC'; font-size: 12pt; line-height: 1.6; }
p { margin: 0 0 0.8em 0; } .note { font-size: 9pt; }
</style></head><body>
<p>关于推进教育优质均衡发展的报告</p>
<p>（2026年1月14日）</p>
<p>各位代表：</p>
<p>一、教育综合改革不断深化。推动公办初中强校工程实施，市级新优质<sup>1</sup>初中增加至6所，开展中小学STEM<sup>2</sup>教育等试点工作。</p>
<p class="note"><sup>1</sup> 市级新优质学校，指的是达到本市义务教育阶段学校办学基本标准的学校。</p>
<p class="note"><sup>2</sup> STEM是科学、技术、工程和数学四门学科的英文首字母缩写。</p>
</body></html>"""


def test_raised_small_digits_are_footnote_markers(tmp_path: Path) -> None:
    """A PDF prints a footnote marker as a small raised digit, not a superscript character."""
    chromium_or_skip()
    pdf = print_pdf(NOTES_HTML, tmp_path / "notes.pdf")
    texts = [ln.text for ln in read_pdf(pdf.read_bytes()).lines if ln.text]
    assert "市级新优质¹初中增加至6所，开展中小学STEM²教育等试点工作。" in texts[3]
    issue = parse_file(pdf)
    notes = [(f.marker, f.text, f.anchor) for f in issue.footnotes]
    assert notes == [
        ("¹", "市级新优质学校，指的是达到本市义务教育阶段学校办学基本标准的学校。", "2.1"),
        ("²", "STEM是科学、技术、工程和数学四门学科的英文首字母缩写。", "2.1"),
    ]
