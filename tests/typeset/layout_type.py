"""Typesetting for the page-layout test PDFs: fpdf2 (an independent PDF writer, not the
project's code nor chromium) with the Noto CJK fonts Debian installs, and a plain greedy
line breaker, so each test knows which printed line every character is on."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

SANS = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SERIF = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "jingan-2026-01.txt"

#: marks that may not open a printed line (they stay at the end of the line before)
NO_START = set("，。、；：！？）》”’】〕」』,.;:!?)")
ASCII_WORD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def fonts_or_skip() -> None:
    import pytest

    if not SANS.exists() or not SERIF.exists():
        pytest.skip("no Noto CJK fonts (Debian's fonts-noto-cjk)")


def new_pdf() -> Any:
    """An A4 document in points with the serif (body) and sans (titles, tables) faces."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", fname=str(SERIF), collection_font_number=simplified(SERIF))
    pdf.add_font("sans", fname=str(SANS), collection_font_number=simplified(SANS))
    return pdf


@cache
def simplified(path: Path) -> int:
    """The index of the Simplified Chinese face (… CJK SC) in a Noto CJK collection."""
    from fontTools.ttLib import TTCollection

    for k, font in enumerate(TTCollection(str(path), lazy=True).fonts):
        if str(font["name"].getDebugName(1)).endswith(" CJK SC"):
            return k
    raise LookupError(f"no Simplified Chinese face in {path}")


def wrap(pdf: Any, text: str, width: float, indent: float = 0.0) -> list[str]:
    """Greedy breaking at any character (Chinese text has no spaces to break at); a closing
    mark that does not fit takes the character before it to the next line (no line opens
    with one, none runs past the width); ``indent`` narrows the first line."""
    lines: list[str] = []
    current = ""
    room = width - indent
    for ch in text:
        if current and pdf.get_string_width(current + ch) > room:
            carried = ""
            if ch in NO_START and len(current) > 1 and current[-1] not in NO_START:
                current, carried = current[:-1], current[-1]
            elif ch.isascii() and ch.isalnum():  # a word is not broken
                word = len(current) - len(current.rstrip(ASCII_WORD))
                if 0 < word < len(current):
                    current, carried = current[:-word], current[-word:]
            lines.append(current)
            current = carried
            room = width
        current += ch
    if current:
        lines.append(current)
    return lines


def paragraph(
    pdf: Any, text: str, x: float, y: float, width: float, pitch: float, indent: float = 0.0
) -> float:
    """Sets a paragraph from (x, y) (its first baseline) and gives the next baseline."""
    for k, line in enumerate(wrap(pdf, text, width, indent)):
        pdf.text(x + (indent if k == 0 else 0.0), y, line)
        y += pitch
    return y


def sample_paragraph(opening: str) -> str:
    """The sample issue's paragraph (one text line) that begins with ``opening``."""
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith(opening):
            return line.strip()
    raise LookupError(opening)


def output(pdf: Any, rotate: dict[int, int] | None = None) -> bytes:
    """The PDF's bytes; ``rotate`` sets pages' /Rotate (page index → degrees), which fpdf2
    does not write, with pypdfium2's page.set_rotation."""
    data = bytes(pdf.output())
    if not rotate:
        return data
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        for k, degrees in rotate.items():
            doc[k].set_rotation(degrees)
        buffer = io.BytesIO()
        doc.save(buffer)
        return buffer.getvalue()
    finally:
        doc.close()


def table(
    pdf: Any,
    x: float,
    y: float,
    widths: list[float],
    rows: list[list[str]],
    pitch: float,
    ruled: bool = False,
    numbers_right: bool = True,
) -> float:
    """Sets rows from (x, y) (the first row's baseline) in columns of ``widths``, a cell
    wrapping inside its column, numbers set right, other text left, with a padding of 0.6 of
    the font size; ``ruled`` draws each rule as a line of its own. Gives the baseline
    after the table."""
    pad = pdf.font_size * 0.6
    top = y - pitch + pad
    lines_y = [top]
    for row in rows:
        cells = [
            wrap(pdf, text, w - 2 * pad) if text else []
            for text, w in zip(row, widths, strict=True)
        ]
        left = x
        for cell, w, text in zip(cells, widths, row, strict=True):
            for k, line in enumerate(cell):
                number = numbers_right and text.replace(",", "").replace(".", "").isdigit()
                at = left + w - pad - pdf.get_string_width(line) if number else left + pad
                pdf.text(at, y + k * pitch, line)
            left += w
        y += pitch * max(1, *(len(c) for c in cells))
        lines_y.append(y - pitch + pad)
    if ruled:
        pdf.set_line_width(0.6)
        right = x + sum(widths)
        for ly in lines_y:
            pdf.line(x, ly, right, ly)
        edge = x
        for w in [0.0, *widths]:
            edge += w
            pdf.line(edge, lines_y[0], edge, lines_y[-1])
    return y
