"""Pages whose text is not set upright in page space, typeset with fpdf2.

Page 1: a landscape budget table (ruled) on a portrait page turned for display with
/Rotate 90 (the text drawn at 90° in page space, as landscape pages are stored).
Page 2: the same kind of page turned the other way (/Rotate 270), a statistics table set
without rules under a paragraph.
Page 3: a portrait page (no /Rotate) whose text is drawn turned a quarter (the text matrix
rotated 90°), with its page number set upright at the foot.
"""

from __future__ import annotations

from tests.typeset.layout_type import SAMPLE, new_pdf, output, paragraph, sample_paragraph, table

#: 2025年部门收入预算总表 of 上海市普陀区商务委员会 (tests/corpus/dept-budget/
#: shanghai-putuo-commerce-2025-dept-budget.txt): class, section and item codes as its rows
#: print them, the names and amounts as printed
BUDGET_TITLE = "2025年部门收入预算总表"
BUDGET_NOTE = "编制部门：上海市普陀区商务委员会"
BUDGET = [
    ["类", "款", "项", "功能分类科目名称", "合计", "财政拨款收入"],
    ["201", "", "", "一般公共服务支出", "21,601,733.00", "21,601,733.00"],
    ["201", "13", "", "商贸事务", "21,601,733.00", "21,601,733.00"],
    ["201", "13", "01", "行政运行", "9,389,913.00", "9,389,913.00"],
    ["201", "13", "02", "一般行政管理事务", "4,545,000.00", "4,545,000.00"],
    ["201", "13", "50", "事业运行", "2,901,820.00", "2,901,820.00"],
    ["201", "13", "99", "其他商贸事务支出", "4,765,000.00", "4,765,000.00"],
]
#: 2024 年政府信息公开工作年度报告 of 洪泽区 (tests/corpus/disclosure-report/
#: jiangsu-huaian-hongze-2024-disclosure-report-layout.txt), its first statistics table
DISCLOSURE_TITLE = "第二十条第（一）项"
DISCLOSURE = [
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"],
    ["行政规范性文件", "3", "0", "8"],
]
DISCLOSURE_TEXT = "（四）政府信息公开平台建设情况。"
#: page 3: paragraphs of the sample's implementing plan
TURNED = (
    "四、强化转型要素支撑新保障",
    "（十一）建立统筹协调的工作推进机制",
    "（十二）构建全生命周期",
)
SIZE = 10.5
PITCH = 18.0
LONG, SHORT = 841.89, 595.28  # an A4 page's sides


def landscape(pdf: object, budget: bool) -> None:
    """A landscape page's content in its own (upright, landscape) coordinates."""
    left = 60.0
    pdf.set_font("sans", size=14)  # type: ignore[attr-defined]
    if budget:
        pdf.text(left, 70, BUDGET_TITLE)  # type: ignore[attr-defined]
        pdf.set_font("serif", size=SIZE)  # type: ignore[attr-defined]
        pdf.text(left, 95, BUDGET_NOTE)  # type: ignore[attr-defined]
        table(pdf, left, 130, [40, 40, 40, 220, 150, 150], BUDGET, PITCH, ruled=True)
        return
    pdf.set_font("serif", size=SIZE)  # type: ignore[attr-defined]
    y = paragraph(pdf, disclosure_text(), left, 70, LONG - 2 * left, PITCH, 2 * SIZE)
    pdf.set_font("sans", size=SIZE)  # type: ignore[attr-defined]
    pdf.text(left, y + 12, DISCLOSURE_TITLE)  # type: ignore[attr-defined]
    pdf.set_font("serif", size=SIZE)  # type: ignore[attr-defined]
    table(pdf, left, y + 12 + 2 * PITCH, [220, 140, 140, 140], DISCLOSURE, PITCH * 1.3)


def disclosure_text() -> str:
    path = (
        SAMPLE.parents[1]
        / "tests"
        / "corpus"
        / "disclosure-report"
        / "jiangsu-huaian-hongze-2024-disclosure-report-layout.txt"
    )
    text = path.read_text(encoding="utf-8")
    start = text.index(DISCLOSURE_TEXT)
    # the report's paragraph as printed over its lines (the layout text keeps the page's
    # line breaks): up to its first full stop after the heading
    end = text.index("。", start + len(DISCLOSURE_TEXT)) + 1
    return "".join(part.strip() for part in text[start:end].splitlines())


def turned_texts() -> list[str]:
    return [sample_paragraph(opening) for opening in TURNED]


def rotated_pdf() -> bytes:
    pdf = new_pdf()
    # page 1: drawn a quarter turn anticlockwise about (421, 421): landscape (X, Y) lands
    # on the portrait page at (Y, 842 - X); /Rotate 90 shows it upright
    pdf.add_page()
    with pdf.rotation(90, x=LONG / 2, y=LONG / 2):
        landscape(pdf, budget=True)
    # page 2: a quarter turn clockwise about (297.6, 297.6), shown upright by /Rotate 270
    pdf.add_page()
    with pdf.rotation(-90, x=SHORT / 2, y=SHORT / 2):
        landscape(pdf, budget=False)
    # page 3: portrait, its text turned a quarter anticlockwise (read bottom to top), the
    # page number upright
    pdf.add_page()
    with pdf.rotation(90, x=LONG / 2, y=LONG / 2):
        pdf.set_font("sans", size=SIZE)
        y = 80.0
        for text in turned_texts():
            heading = not text.startswith("（")
            pdf.set_font("sans" if heading else "serif", size=SIZE)
            y = paragraph(pdf, text, 70, y, LONG - 140, PITCH, 0.0 if heading else 2 * SIZE)
    pdf.set_font("serif", size=9)
    folio = "— 3 —"
    pdf.text((SHORT - pdf.get_string_width(folio)) / 2, LONG - 40, folio)
    return output(pdf, rotate={0: 90, 1: 270})
