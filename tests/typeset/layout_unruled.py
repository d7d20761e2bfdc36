"""Tables set without rules, typeset with fpdf2 from the sample issue and a department
budget in the corpus, among ordinary paragraphs.

Page 1: a paragraph; 表1 (three columns of text, the first narrow, so names wrap inside it);
表2 (a name and two numbers set right); 表4's first rows (two columns of text: a list, not a
table by the rule). Page 2: the budget table of tests/typeset/layout_rotated.py with its
empty code cells, set upright without rules.
"""

from __future__ import annotations

from tests.typeset.layout_rotated import BUDGET, BUDGET_NOTE, BUDGET_TITLE
from tests.typeset.layout_type import SAMPLE, new_pdf, output, paragraph, sample_paragraph, table

LEFT, RIGHT = 56.0, 539.0
SIZE = 10.5
PITCH = 18.0
OPENING = "2025 年是“十四五”规划收官之年。"
CLOSING = "综合各方面因素，建议2026年全区经济社会发展的主要预期目标如下："
#: the tables' captions in the sample, and how many rows after the caption to set
TABLES = (
    ("表1 2025 年国民经济和社会发展主要指标完成情况", 7, [90.0, 170.0, 170.0]),
    ("表2 2025 年六大重点产业税收完成情况", 8, [150.0, 140.0, 160.0]),
    ("表4 2026年国民经济和社会发展主要预期目标", 5, [260.0, 150.0]),
)


def sample_rows(caption: str, count: int) -> list[list[str]]:
    """The tab-separated rows after the caption in the sample (a blank line between)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    at = lines.index(caption) + 2
    return [line.split("\t") for line in lines[at : at + count]]


def unruled_pdf() -> bytes:
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("serif", size=SIZE)
    y = paragraph(pdf, sample_paragraph(OPENING), LEFT, 80, RIGHT - LEFT, PITCH, 2 * SIZE)
    for k, (caption, count, widths) in enumerate(TABLES):
        if k == 2:
            pdf.set_font("serif", size=SIZE)
            y = paragraph(pdf, CLOSING, LEFT, y + 10, RIGHT - LEFT, PITCH, 2 * SIZE)
        pdf.set_font("sans", size=SIZE)
        y += 16
        pdf.text((LEFT + RIGHT - pdf.get_string_width(caption)) / 2, y, caption)
        pdf.set_font("serif", size=SIZE)
        y = table(pdf, LEFT, y + PITCH + 8, widths, sample_rows(caption, count), PITCH)
    pdf.add_page()
    pdf.set_font("sans", size=14)
    pdf.text((LEFT + RIGHT - pdf.get_string_width(BUDGET_TITLE)) / 2, 80, BUDGET_TITLE)
    pdf.set_font("serif", size=SIZE)
    pdf.text(LEFT, 110, BUDGET_NOTE)
    table(pdf, LEFT, 140, [30, 30, 30, 150, 110, 110], BUDGET, PITCH * 1.2)
    return output(pdf)
