"""The sample typeset with ReportLab's platypus, as a district's print shop might set it.

Unlike the chromium print (tests/printing.py): serif body text (Noto Serif CJK) at 10.5 pt,
justified, a two-character first-line indent and space after each paragraph; titles in bold
sans at 16 pt, centred and wrapped by the layout; headings in bold sans; table captions in bold
sans just above their tables; tables ruled with a heavy frame and thin inner rules, cells
wrapped; the contents with dot leaders to a page number set right; the first document starting
on the page that holds the contents; a running header (the masthead over a double rule) and the
page number at the outer corner of the foot. A masthead line of the text starts a new page.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from tests.typeset.fonts import truetype
from tests.typeset.layout import Piece, characters, is_note, pieces, title_text

_SUPERSCRIPT = {ord(s): d for s, d in zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", strict=True)}


def _markup(text: str) -> str:
    """Text as platypus markup: escaped, superscript digits raised in a smaller size."""
    out = escape(text)
    return re.sub(
        r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", lambda m: f"<super>{m.group().translate(_SUPERSCRIPT)}</super>", out
    )


def platypus_pdf(text: str, out: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    chars = characters(text)
    serif = truetype("serif", chars, out.with_name("serif.ttf"))
    sans = truetype("sans", chars, out.with_name("sans.ttf"))
    pdfmetrics.registerFont(TTFont("GbSerif", str(serif)))
    pdfmetrics.registerFont(TTFont("GbSans", str(sans)))

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": "GbSerif",
            "fontSize": 10.5,
            "leading": 17,
            "wordWrap": "CJK",
        }
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    body = style("body", alignment=TA_JUSTIFY, firstLineIndent=21, spaceAfter=8)
    line = style("line", alignment=TA_JUSTIFY)
    after = style("after", alignment=TA_JUSTIFY, spaceAfter=8)
    note = style("note", fontSize=8.5, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
    title = style(
        "title",
        fontName="GbSans",
        fontSize=16,
        leading=25,
        alignment=TA_CENTER,
        spaceBefore=18,
        spaceAfter=14,
    )
    heading = style(
        "heading", fontName="GbSans", fontSize=11, leading=18, spaceBefore=4, spaceAfter=6
    )
    caption = style(
        "caption", fontName="GbSans", fontSize=10.5, leading=15, alignment=TA_CENTER, spaceAfter=3
    )
    cell = style("cell", fontSize=9, leading=12.5)
    cover = style(
        "cover", fontName="GbSans", fontSize=15, leading=24, alignment=TA_CENTER, spaceAfter=14
    )
    masthead_style = style(
        "masthead", fontName="GbSans", fontSize=26, leading=36, alignment=TA_CENTER, spaceAfter=18
    )
    contents_head = style(
        "contents", fontName="GbSans", fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=10
    )
    section = style(
        "section", fontName="GbSans", fontSize=11, leading=17, spaceBefore=6, spaceAfter=2
    )
    entry = style("entry", leftIndent=10.5, endDots="…")
    page_no = style("page")

    width = A4[0] - 25 * mm - 20 * mm - 12  # the frame's own padding
    parts = pieces(text)
    masthead = next((p.text for p in parts if p.kind == "cover"), "")
    story: list[Flowable] = []
    seen_contents = False
    started = False  # the first document has begun

    def table(p: Piece) -> Flowable:
        ncol = max(len(r) for r in p.rows)
        weights = [
            min(22, max((len(r[k]) if k < len(r) else 0) for r in p.rows)) + 2 for k in range(ncol)
        ]
        widths = [width * w / sum(weights) for w in weights]
        data = [
            [Paragraph(_markup(r[k].strip()) if k < len(r) else "", cell) for k in range(ncol)]
            for r in p.rows
        ]
        if not p.ruled:  # columns of text (signatures side by side): set as lines of text
            data = [[Paragraph(_markup(c.strip()), line) for c in r] for r in p.rows]
        t = Table(data, colWidths=widths, repeatRows=0)
        if not p.ruled:
            t.setStyle(
                TableStyle(
                    [
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                )
            )
        else:
            t.setStyle(
                TableStyle(
                    [
                        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                        ("TOPPADDING", (0, 0), (-1, -1), 3),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ]
                )
            )
        return t

    for p in parts:
        if p.kind == "cover":
            story.append(
                Paragraph(_markup(p.text), masthead_style if p.text == masthead else cover)
            )
        elif p.kind == "contents":
            story += [PageBreak(), Paragraph(_markup(p.text), contents_head)]
            seen_contents = True
        elif p.kind == "section":
            story.append(Paragraph(_markup(p.text), section))
        elif p.kind == "entry":
            # the leaders run up to the page number
            # at least a few leaders, where the title fills its last line
            row = [[Paragraph(_markup(p.text) + "…", entry), Paragraph(str(p.page), page_no)]]
            t = Table(row, colWidths=[width - 7 * mm, 7 * mm])
            t.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (0, -1), 1),
                    ]
                )
            )
            story.append(t)
        elif p.kind == "masthead":
            # the text's page after the contents: here the first document follows on the
            # contents' page, lower down
            if seen_contents and started:
                story.append(PageBreak())
        elif p.kind == "title":
            started = True
            story.append(Paragraph(_markup(title_text(p.text)), title))
        elif p.kind == "heading":
            story.append(Paragraph("<br/>".join(_markup(t.strip()) for t in p.lines), heading))
        elif p.kind == "caption":
            story.append(Paragraph(_markup(p.text), caption))
        elif p.kind == "table":
            story += [table(p), Spacer(1, 8)]
        elif p.kind == "para" and not is_note(p.lines[0]):
            story.append(Paragraph(_markup(p.lines[0].strip()), body))
        else:
            for k, t in enumerate(p.lines):
                last = k == len(p.lines) - 1
                if is_note(t):  # a footnote: smaller, kept whole on its page
                    story.append(KeepTogether([Paragraph(_markup(t.strip()), note)]))
                else:
                    story.append(Paragraph(_markup(t.strip()), after if last else line))

    def furniture(canvas: object, doc: object) -> None:
        from reportlab.pdfgen.canvas import Canvas

        assert isinstance(canvas, Canvas)
        number = canvas.getPageNumber()
        if number == 1:
            return  # the cover
        canvas.saveState()
        top = A4[1] - 16 * mm
        canvas.setFont("GbSans", 9)
        canvas.drawString(25 * mm, top, masthead)
        canvas.setLineWidth(1.2)
        canvas.line(25 * mm, top - 4, A4[0] - 20 * mm, top - 4)
        canvas.setLineWidth(0.4)
        canvas.line(25 * mm, top - 6.5, A4[0] - 20 * mm, top - 6.5)
        canvas.setFont("GbSans", 10)
        foot = 13 * mm
        if number % 2:
            canvas.drawRightString(A4[0] - 20 * mm, foot, str(number))
        else:
            canvas.drawString(25 * mm, foot, str(number))
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=20 * mm,
        topMargin=26 * mm,
        bottomMargin=24 * mm,
        title=masthead,
    )
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out
