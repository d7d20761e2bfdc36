"""Page geometry of PDFs typeset by fpdf2 (tests/typeset/layout_*.py), not by chromium nor by
the project: two columns, turned pages, tables set without rules.

Every expected line is the source text itself: the sample's paragraphs and tab-separated
tables (samples/jingan-2026-01.txt), a department budget table and a disclosure report's
statistics table from tests/corpus, as the builders copy them. Checked by hand on the pages
rendered as PNG: page 1 of the two-column PDF breaks paragraph (三) after “提升“” at the foot
of the left column; the rotated PDF's pages show upright in landscape (pages 1 and 2) and its
page 3 reads bottom to top with “— 3 —” upright at the foot; the budget table's codes 201 /
13 / 01 and amounts (9,389,913.00 + 4,545,000.00 + 2,901,820.00 + 4,765,000.00 =
21,601,733.00) are the corpus text's.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache

import pytest

from gongbao.read.pdf import Grid, PdfText, Printed, read_pdf
from tests.typeset.layout_type import fonts_or_skip

if importlib.util.find_spec("fpdf") is None:  # the test extra has fpdf2: CI fails, not skips
    if os.environ.get("CI"):
        raise ImportError("fpdf2 is missing: pip install -e '.[test]'")
    pytest.skip("no fpdf2 (pip install -e '.[test]')", allow_module_level=True)


def _texts(pdf: PdfText, page: int) -> list[str]:
    return [ln.text for ln in pdf.lines if ln.page == page and ln.text and not ln.furniture]


def _kinds(data: bytes, page: int) -> list[tuple[str, str]]:
    """What the page reader made of each item: a table's first row, or a line's text."""
    import pypdfium2 as pdfium

    from gongbao.read.pdf import _read_page

    doc = pdfium.PdfDocument(data)
    try:
        items, _scan, _turned = _read_page(doc[page - 1])
    finally:
        doc.close()
    return [
        ("table", "\t".join(it.rows[0])) if isinstance(it, Grid) else ("line", it.text)
        for it in items
        if isinstance(it, Grid | Printed)
    ]


@cache
def _two_columns() -> bytes:
    from tests.typeset.layout_columns import two_columns_pdf

    return two_columns_pdf()


@cache
def _rotated() -> bytes:
    from tests.typeset.layout_rotated import rotated_pdf

    return rotated_pdf()


@cache
def _unruled() -> bytes:
    from tests.typeset.layout_unruled import unruled_pdf

    return unruled_pdf()


def test_two_columns_read_left_then_right() -> None:
    """Title and preamble across the page, the left column, the right one (its first line
    goes on with the left column's last paragraph), the note across the page again."""
    fonts_or_skip()
    from tests.typeset.layout_columns import CLOSING, PREAMBLE, TITLE, column_texts
    from tests.typeset.layout_type import sample_paragraph

    pdf = read_pdf(_two_columns())
    assert _texts(pdf, 1) == [
        TITLE,
        sample_paragraph(PREAMBLE),
        *column_texts(),  # 一、, (一), (二), (三) (run on over the gutter), 二、, (四)
        sample_paragraph(CLOSING),
    ]
    # heading 二、 stands on its own: a blank line before it, as in the one-column reading
    texts = [ln.text for ln in pdf.lines if ln.page == 1]
    at = texts.index("二、构建前沿技术赋能新范式")
    assert texts[at - 1] == ""


def test_two_stretches_of_columns_under_headings_across_the_page() -> None:
    """Page 3: heading, two columns, heading, two columns, a paragraph across the page: each
    heading stays between its stretches (it is short, clear of the gutter, but the right
    column has text above and below it and none beside it)."""
    fonts_or_skip()
    from tests.typeset.layout_columns import LAST, STRETCHES
    from tests.typeset.layout_type import sample_paragraph

    pdf = read_pdf(_two_columns())
    expected = [sample_paragraph(t) for heading, texts in STRETCHES for t in (heading, *texts)]
    assert _texts(pdf, 3) == [*expected, sample_paragraph(LAST)]
    assert expected[3] == "四、强化转型要素支撑新保障"


def test_aligned_list_on_one_column_is_not_split() -> None:
    """Names beside posts, each starting at one x over six lines, and five issuers two to a
    line, the second from the middle of the page: one column (narrow names, not set text),
    and not a table (two columns of text, no numbers): the lines as the sample prints them."""
    fonts_or_skip()
    from tests.typeset.layout_columns import LIST_TITLE, list_rows, signature_rows

    pdf = read_pdf(_two_columns())
    signatures = ["\t".join(row) for row in signature_rows()]
    assert _texts(pdf, 2) == [LIST_TITLE, *list_rows(), *signatures]
    # the sample's lines, but for the empty cell after the fifth name
    assert signatures[2] == "静安区人力资源和社会保障局\t静安区文化和旅游局"
    assert signatures[4] == "静安区投资促进办公室"
    assert list_rows()[1] == "崔兼明\t上海市静安区融媒体中心副主任；"  # the sample's line
    assert all(kind == "line" for kind, _ in _kinds(_two_columns(), 2))


def test_landscape_pages_stored_turned_read_upright() -> None:
    """/Rotate 90 (a ruled budget table) and /Rotate 270 (a paragraph and a table without
    rules), their text drawn at 90° and 270° in page space."""
    fonts_or_skip()
    from tests.typeset.layout_rotated import (
        BUDGET,
        BUDGET_NOTE,
        BUDGET_TITLE,
        DISCLOSURE,
        DISCLOSURE_TITLE,
        disclosure_text,
    )

    data = _rotated()
    pdf = read_pdf(data)
    assert pdf.pages == 3
    assert _texts(pdf, 1) == [BUDGET_TITLE, BUDGET_NOTE, *("\t".join(r) for r in BUDGET)]
    assert BUDGET[3] == ["201", "13", "01", "行政运行", "9,389,913.00", "9,389,913.00"]
    assert _texts(pdf, 2) == [
        disclosure_text(),
        DISCLOSURE_TITLE,
        *("\t".join(r) for r in DISCLOSURE),
    ]
    assert DISCLOSURE[2] == ["行政规范性文件", "3", "0", "8"]  # the report's own row
    assert disclosure_text().startswith("（四）政府信息公开平台建设情况。加强对区政府网站")
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        assert [doc[k].get_rotation() for k in range(3)] == [90, 270, 0]
    finally:
        doc.close()


def test_text_drawn_turned_on_an_upright_page() -> None:
    """Page 3: portrait, the text matrix turned 90° (read bottom to top), the page number set
    upright at the foot: the paragraphs whole, then the page number as furniture."""
    fonts_or_skip()
    from tests.typeset.layout_rotated import turned_texts

    pdf = read_pdf(_rotated())
    assert _texts(pdf, 3) == turned_texts()
    assert turned_texts()[0] == "四、强化转型要素支撑新保障"
    folio = [ln for ln in pdf.lines if ln.page == 3 and ln.furniture]
    assert [(ln.text, ln.furniture) for ln in folio] == [("— 3 —", "page_number")]


def test_turned_pages_among_upright_pages() -> None:
    """The three turned pages after the three upright pages of the two-column PDF (pages
    joined with PDFium): the turned pages' text is laid across the upright pages' text
    width, so their paragraphs read whole there too."""
    fonts_or_skip()
    import io

    import pypdfium2 as pdfium

    from tests.typeset.layout_columns import TITLE
    from tests.typeset.layout_rotated import BUDGET_TITLE, disclosure_text, turned_texts

    doc = pdfium.PdfDocument(_two_columns())
    turned = pdfium.PdfDocument(_rotated())
    try:
        doc.import_pages(turned)
        buffer = io.BytesIO()
        doc.save(buffer)
    finally:
        turned.close()
        doc.close()
    pdf = read_pdf(buffer.getvalue())
    assert pdf.pages == 6
    assert _texts(pdf, 1)[0] == TITLE
    assert _texts(pdf, 4)[0] == BUDGET_TITLE
    assert _texts(pdf, 5)[0] == disclosure_text()
    assert _texts(pdf, 6) == turned_texts()


def test_tables_without_rules_become_rows() -> None:
    """表1 (names wrapped in a narrow first column), 表2 (numbers set right) and the budget
    table (empty code cells) give their rows cell by cell; the paragraph, the captions and
    表4's two columns of text (no numbers: not a table) stay lines."""
    fonts_or_skip()
    from tests.typeset.layout_rotated import BUDGET, BUDGET_NOTE, BUDGET_TITLE
    from tests.typeset.layout_type import sample_paragraph
    from tests.typeset.layout_unruled import CLOSING, OPENING, TABLES, sample_rows

    data = _unruled()
    pdf = read_pdf(data)
    rows = {caption: ["\t".join(r) for r in sample_rows(caption, n)] for caption, n, _ in TABLES}
    captions = [caption for caption, _, _ in TABLES]
    assert _texts(pdf, 1) == [
        sample_paragraph(OPENING),
        captions[0],
        *rows[captions[0]],
        captions[1],
        *rows[captions[1]],
        CLOSING,
        captions[2],
        *rows[captions[2]],
    ]
    # the sample's rows, as its text has them
    assert rows[captions[0]][2] == "区级一般公共预算收入增长率\t2% (308.3 亿元)\t2% (308.3 亿元)"
    assert rows[captions[1]][-1] == "合计\t761.86\t87.3"
    kinds = _kinds(data, 1)
    tables = [text for kind, text in kinds if kind == "table"]
    assert tables == [rows[captions[0]][0], rows[captions[1]][0]]
    assert ("line", rows[captions[2]][1]) in kinds  # 地区生产总值增长率\t5%左右: a line
    assert _texts(pdf, 2) == [BUDGET_TITLE, BUDGET_NOTE, *("\t".join(r) for r in BUDGET)]
    assert [kind for kind, _ in _kinds(data, 2)] == ["line", "line", "table"]
