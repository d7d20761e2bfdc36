"""A gazette page set in two columns, and a page of one column whose lines have aligned gaps
(a personnel list), typeset with fpdf2 from the sample issue's own text.

Page 1: the implementing plan's title centred across the page, its preamble across the page,
then two columns (the left one's last paragraph runs on at the top of the right one), then
the approving note across the page again. Page 2: the removals list, names in one column
and posts in another, as a gazette sets them without rules, and issuers' names side by side. Page 3: two headings across the page, each over two columns,
and a paragraph across the page at the end.
"""

from __future__ import annotations

from typing import Any

from tests.typeset.layout_type import new_pdf, output, paragraph, sample_paragraph, wrap

LEFT, RIGHT = 56.0, 539.0  # the text block of an A4 page (595 pt wide)
GUTTER = 17.0
SIZE = 10.5
PITCH = 18.0

TITLE = "静安区关于加快推进人力资源服务业数智化转型发展的实施方案"
PREAMBLE = "为深入贯彻落实党的二十大"
#: the column text: headings and paragraphs, by their openings in the sample
COLUMNS = (
    "一、培育壮大数智化产业新集群",
    "(一)开展“智汇静安”产业集聚行动",
    "(二)实施人力资源企业“育强攀高”计划",
    "(三)打造人力资源数智产业集聚空间",
    "二、构建前沿技术赋能新范式",
    "(四)建设人力资源数据要素创新平台",
)
CLOSING = "区人力资源社会保障局《静安区关于加快推进人力资源服务业数智化转型发展的实施方案》"
LIST_TITLE = "2026年1月1日至2月28日区政府人事任免事项"  # the sample's heading over both lists
LIST_HEAD = "姓名\t免去职务"
LIST_ROWS = 5  # the first five removals
SIGNATURES = "静安区发展和改革委员会\t静安区商务委员会"
#: page 3: headings across the page, each over paragraphs set in two columns
STRETCHES = (
    (
        "三、营造开放协同发展新生态",
        ("（七）打造人力资源开放创新实验室", "（八）实施人力资源人才培养计划"),
    ),
    ("四、强化转型要素支撑新保障", ("（十一）建立统筹协调", "（十二）构建全生命周期")),
)
LAST = "(十三) 推行审慎包容的监管服务模式"


def column_texts() -> list[str]:
    return [sample_paragraph(opening) for opening in COLUMNS]


def list_rows() -> list[str]:
    from tests.typeset.layout_type import SAMPLE

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    at = lines.index(LIST_HEAD)
    return lines[at : at + 1 + LIST_ROWS]


def signature_rows() -> list[list[str]]:
    """The sample's five issuers of one set of measures, two to a line (tab-separated)."""
    from tests.typeset.layout_type import SAMPLE

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    at = lines.index(SIGNATURES)
    return [[name for name in line.split("\t") if name] for line in lines[at : at + 5]]


def column_lines(
    pdf: Any, width: float, texts: list[str] | None = None
) -> list[tuple[str, str, float, float]]:
    """The column text (page 1's by default) as printed lines: font, text, indent, space
    above."""
    slots: list[tuple[str, str, float, float]] = []
    for text in column_texts() if texts is None else texts:
        heading = not text.startswith(("(", "（"))
        font = "sans" if heading else "serif"
        pdf.set_font(font, size=SIZE)
        indent = 0.0 if heading else 2 * SIZE
        space = PITCH * 0.6 if heading and slots else 0.0
        for k, line in enumerate(wrap(pdf, text, width, indent)):
            slots.append((font, line, indent if k == 0 else 0.0, space))
            space = 0.0
    return slots


def column_break(slots: list[tuple[str, str, float, float]]) -> int:
    """The first line of the right column: from the middle on, the first that goes on with a
    paragraph (neither its first line nor a heading), so a paragraph runs over the gutter."""
    return next(
        k
        for k in range(len(slots) // 2, len(slots))
        if slots[k][2] == 0 and slots[k][0] == "serif" and slots[k - 1][0] == "serif"
    )


def broken_lines() -> tuple[str, str]:
    """The last line of the left column and the first of the right one."""
    pdf = new_pdf()
    slots = column_lines(pdf, (RIGHT - LEFT - GUTTER) / 2)
    at = column_break(slots)
    return slots[at - 1][1], slots[at][1]


def two_columns_pdf() -> bytes:
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("sans", size=16)
    y = 90.0
    pdf.text((LEFT + RIGHT - pdf.get_string_width(TITLE)) / 2, y, TITLE)
    y += 40
    pdf.set_font("serif", size=SIZE)
    y = paragraph(pdf, sample_paragraph(PREAMBLE), LEFT, y, RIGHT - LEFT, PITCH, 2 * SIZE)
    y += PITCH * 0.6
    bottom = set_columns(pdf, column_texts(), y)
    pdf.set_font("serif", size=SIZE)
    paragraph(pdf, sample_paragraph(CLOSING), LEFT, bottom + 36, RIGHT - LEFT, PITCH, 2 * SIZE)
    # page 2: the list, a column of names and one of posts (posts wrap in their column)
    pdf.add_page()
    pdf.set_font("sans", size=14)
    pdf.text((LEFT + RIGHT - pdf.get_string_width(LIST_TITLE)) / 2, 90, LIST_TITLE)
    pdf.set_font("serif", size=SIZE)
    y = 130.0
    post_x = LEFT + 7 * SIZE
    for row in list_rows():
        name, post = row.split("\t")
        pdf.text(LEFT, y, name)
        for line in wrap(pdf, post, RIGHT - post_x):
            pdf.text(post_x, y, line)
            y += PITCH
    # the issuers of a notice side by side, the second column from the middle of the page
    y += PITCH * 2
    for names in signature_rows():
        for x, name in zip((LEFT + 2 * SIZE, (LEFT + RIGHT) / 2 + SIZE), names, strict=False):
            pdf.text(x, y, name)
        y += PITCH
    # page 3: two stretches of columns, each under a heading across the page, and a
    # paragraph across the page at the end
    pdf.add_page()
    y = 90.0
    for heading, texts in STRETCHES:
        pdf.set_font("sans", size=SIZE + 1.5)
        pdf.text(LEFT, y, sample_paragraph(heading))
        y = set_columns(pdf, [sample_paragraph(t) for t in texts], y + 30) + 40
    pdf.set_font("serif", size=SIZE)
    paragraph(pdf, sample_paragraph(LAST), LEFT, y, RIGHT - LEFT, PITCH, 2 * SIZE)
    return output(pdf)


def set_columns(pdf: Any, texts: list[str], y: float) -> float:
    """Sets the texts in two columns from baseline y, a paragraph running over the gutter;
    gives the lowest baseline."""
    width = (RIGHT - LEFT - GUTTER) / 2
    slots = column_lines(pdf, width, texts)
    half = column_break(slots)
    top = bottom = y
    for k, (font, line, indent, space) in enumerate(slots):
        if k == half:
            y = top  # on at the top of the right column, no space above
        elif k:
            y += PITCH + space
        bottom = max(bottom, y)
        x = LEFT if k < half else LEFT + width + GUTTER
        pdf.set_font(font, size=SIZE)
        pdf.text(x + indent, y, line)
    return bottom
