"""Gazette PDFs with a text layer, read with PDFium (pypdfium2) into the same lines as text.

PDFium gives every glyph with its box; the layout is rebuilt from geometry, not from the
order glyphs were drawn:

- ruled tables: thin filled or stroked paths that meet form a grid; the glyphs inside are
  cells, emitted as tab-separated rows (what text extraction gives for a table);
- tables set without rules (read.pdf_unruled): runs of glyphs aligned in columns over three
  rows or more (three columns, or two with numbers) give the same rows;
- page geometry (read.pdf_layout): two-column pages are read left column then right (a
  gutter free of glyphs, lines filling both columns); turned pages (``/Rotate``, or text drawn
  at 90°) are read along their baselines;
- printed lines: glyphs sharing a baseline, left to right, a space where the gap is a space;
  small raised digits become superscript digits (footnote markers);
- paragraphs: a line that runs to the right edge of the text continues on the next line (the
  two are joined); a line that stops short ends a printed line; extra space above a line or a
  first-line indent after a finished sentence starts a new paragraph (a blank line);
- running headers and footers: the top or bottom line of a page, in the margin band, whose
  text (digits aside) repeats over the pages, or that is only a page number. They are kept as
  lines marked as furniture, so ``clean`` reports them instead of losing them.

Every line keeps its page (1-based, the PDF's own page order). Pages without a text layer but
with images are scanned pages: they are rendered (size bounded, read.ocr) and read by OCR into
the same printed lines (read.pdf_ocr), each keeping the engine's confidence, so a PDF mixing
text pages and scans reads both. A line under the confidence threshold is not taken as text: it
is kept in ``PdfText.ocr`` and becomes a problem (``ocr_problems``). Where OCR cannot run (its
engine not installed) a PDF of scans only is refused with one line, and scanned pages inside a
text PDF are reported by the pipeline.
"""

from __future__ import annotations

import itertools
import os
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from gongbao.errors import InputError
from gongbao.numbering import match_number
from gongbao.read.text import Line

if TYPE_CHECKING:
    from gongbao.model import Issue, Problem

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?[-—–\s]*$")
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_TERMINAL = tuple("。！？；：!?;:")

#: page objects (FPDF_PAGEOBJ_*)
_PATH, _IMAGE, _FORM = 2, 3, 5


@dataclass(slots=True)
class Glyph:
    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    #: one em in page units (the height of the glyph's loose box)
    em: float
    #: the font size PDFium reports: comparable between glyphs, so raised small digits show
    size: float
    #: a space (printed, or inferred by PDFium from the gap) comes before this glyph
    space: bool = False

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass(slots=True)
class Printed:
    """One printed line of a page: its glyphs, box and text."""

    glyphs: list[Glyph]
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    text: str = ""
    size: float = 0.0
    base: float = 0.0
    furniture: str | None = None
    #: the OCR engine's confidence (0–1) in a line read off a scanned page; None: text layer
    confidence: float | None = None
    #: the reader line this printed line went into (set by ``_emit``)
    line: int = 0

    def finish(self) -> None:
        self.glyphs.sort(key=lambda g: g.x0)
        font = statistics.median(g.size for g in self.glyphs)
        normal = [g for g in self.glyphs if g.size >= 0.9 * font] or self.glyphs
        self.size = statistics.median(g.em for g in normal)
        base = self.base = statistics.median(g.y0 for g in normal)
        self.x0 = min(g.x0 for g in self.glyphs)
        self.x1 = max(g.x1 for g in self.glyphs)
        self.y0 = min(g.y0 for g in normal)
        self.y1 = max(g.y1 for g in normal)
        out: list[str] = []
        prev: Glyph | None = None
        for g in self.glyphs:
            ch = g.ch
            if ch.isdigit() and g.size < 0.9 * font and g.y0 > base + 0.2 * self.size:
                ch = ch.translate(_SUPERSCRIPT)
            gap = g.x0 - prev.x1 if prev is not None else 0.0
            if prev is not None and gap > 2.5 * self.size:
                out.append("\t")  # text set in columns without rules
            elif prev is not None and (g.space or gap > 0.6 * self.size):
                out.append(" ")
            out.append(ch)
            prev = g
        self.text = "".join(out)


@dataclass(slots=True)
class Grid:
    """A ruled table on a page: its box and the text of each row, cell by cell."""

    x0: float
    y0: float
    x1: float
    y1: float
    rows: list[list[str]] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class OcrRead:
    """A printed line read by OCR: its page, text and confidence, and the reader line it went
    into (None: under the threshold, not taken as text, or in a table's cell)."""

    page: int
    text: str
    confidence: float
    line: int | None
    #: read into a cell of a ruled table (its rows are reader lines of their own: line None)
    cell: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "page": self.page,
            "line": self.line,
            "text": self.text,
            "confidence": round(self.confidence, 3),
        }
        if self.cell:
            out["table"] = True
        return out


@dataclass(slots=True)
class PdfText:
    lines: list[Line]
    pages: int
    #: 1-based numbers of pages that are images without a text layer, not read by OCR
    scanned: list[int]
    #: 1-based numbers of the scanned pages whose text was read by OCR
    ocr_pages: list[int] = field(default_factory=list)
    #: every line OCR read, in page order, with its confidence
    ocr: list[OcrRead] = field(default_factory=list)
    #: the engine that read them
    ocr_engine: str = ""

    def ocr_mark(self) -> dict[str, Any] | None:
        """What the issue records of its OCR (None: all its text came from a text layer):
        the pages, the engine, the threshold, and every line with its confidence, so that a
        fact whose source page or line is here is known to come from OCR'd text."""
        if not self.ocr_pages:
            return None
        from gongbao.read.ocr import THRESHOLD

        return {
            "engine": self.ocr_engine,
            "pages": self.ocr_pages,
            "threshold": THRESHOLD,
            "lines": [r.to_dict() for r in self.ocr],
        }


#: most pages read from one PDF unless GONGBAO_MAX_PAGES says otherwise (a gazette issue has
#: tens to a few hundred; the limit keeps a hostile file's cost bounded)
DEFAULT_MAX_PAGES = 3000


def max_pages() -> int:
    raw = os.environ.get("GONGBAO_MAX_PAGES", "")
    return int(raw) if raw.isdigit() else DEFAULT_MAX_PAGES


def read_pdf(data: bytes, name: str = "input") -> PdfText:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise InputError(f"{name}: is an encrypted PDF; give the unlocked file") from None
        raise InputError(f"{name}: is not a readable PDF ({reason.rstrip('.')})") from None
    limit = max_pages()
    if len(doc) > limit:
        count = len(doc)
        doc.close()
        raise InputError(
            f"{name}: has {count} pages, over the {limit}-page limit "
            "(raise it with GONGBAO_MAX_PAGES)"
        )
    from gongbao.read.ocr import unavailable
    from gongbao.read.pdf_ocr import ocr_page

    no_ocr = unavailable()
    try:
        pages: list[list[Printed | Grid]] = []
        scanned: list[int] = []
        ocr_pages: list[int] = []
        dropped: list[OcrRead] = []
        turned: list[int] = []  # pages whose text is set turned
        for k in range(len(doc)):
            items, is_scan, is_turned = _read_page(doc[k])
            if is_turned:
                turned.append(k)
            if is_scan and no_ocr is None:
                items = ocr_page(doc[k], k + 1, dropped)
                ocr_pages.append(k + 1)
            elif is_scan:
                scanned.append(k + 1)
            pages.append(items)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{name}: PDF page cannot be read ({exc})") from None
    finally:
        doc.close()
    if not pages:
        raise InputError(f"{name}: is a PDF without pages")
    if not any(pages) and not dropped:
        if scanned:
            raise InputError(
                f"{name}: is a scanned PDF ({len(scanned)} pages of images, no text layer); "
                f"it needs OCR first ({no_ocr})"
            )
        if ocr_pages:
            raise InputError(
                f"{name}: is a scanned PDF ({len(ocr_pages)} pages of images); "
                "OCR found no text on them"
            )
        raise InputError(f"{name}: is a PDF without any text")
    if turned:
        from gongbao.read.pdf_layout import align

        align(pages, turned)
    _mark_furniture(pages)
    out = PdfText(_emit(pages), len(pages), scanned, ocr_pages)
    if ocr_pages:
        from gongbao.read.ocr import engine_name

        out.ocr_engine = engine_name()
        kept = [
            OcrRead(number, it.text, it.confidence, it.line)
            for number, items in enumerate(pages, start=1)
            for it in items
            if isinstance(it, Printed) and it.confidence is not None
        ]
        out.ocr = sorted([*kept, *dropped], key=lambda r: r.page)  # stable: page order kept
    return out


def ocr_problems(issue: Issue, pdf: PdfText) -> list[Problem]:
    """One problem for each page with OCR'd lines under the threshold: they are not taken as
    text (no fact can come from them). A page of speckle gives hundreds of such lines, so the
    problem counts them, gives their confidence range and quotes the first few; every line
    stays in the issue's ``ocr`` record (``PdfText.ocr_mark``) with its own confidence."""
    from gongbao.model import Problem, Source
    from gongbao.read.ocr import THRESHOLD

    near: dict[int, int] = {}  # page → a reader line on it
    for ln in pdf.lines:
        if ln.page is not None and ln.text and not ln.furniture:
            near.setdefault(ln.page, ln.no)
    low: dict[int, list[OcrRead]] = {}
    for r in pdf.ocr:
        if r.line is None and not r.cell:
            low.setdefault(r.page, []).append(r)
    out: list[Problem] = []
    for page, reads in low.items():
        line = near.get(page)
        doc = next(
            (
                d.id
                for d in issue.documents
                if line is not None
                and d.source.line is not None
                and d.source.end_line is not None
                and d.source.line <= line <= d.source.end_line
            ),
            None,
        )
        least = min(r.confidence for r in reads)
        most = max(r.confidence for r in reads)
        shown = "、".join(f"“{r.text}”" for r in [r for r in reads if r.text][:_QUOTED])
        if len(reads) == 1:
            detail = f"第{page}页扫描图像中的一行文字识别置信度为{least:.0%}"
        else:
            more = f"等{len(reads)}行" if len(reads) > _QUOTED else ""
            detail = f"第{page}页扫描图像中有{len(reads)}行文字识别置信度为{least:.0%}–{most:.0%}"
            shown += more
        detail += f"，低于{THRESHOLD:.0%}，未作为正文读取：{shown}"
        out.append(Problem("ocr_low_confidence", detail, doc, Source(document=doc, page=page)))
    return out


#: low-confidence lines quoted in a page's problem (all of them are in the issue's OCR record)
_QUOTED = 3


def _read_page(page: Any) -> tuple[list[Printed | Grid], bool, bool]:
    """The page's lines and tables; whether it is a scan (images, no text); whether its text
    is set turned (read in a frame of its own)."""
    import ctypes

    import pypdfium2.raw as raw

    handle = page.raw
    rules: list[tuple[float, float, float, float]] = []
    images = 0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for k in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, k)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _PATH:
            raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            box = (left.value, bottom.value, right.value, top.value)
            w, h = box[2] - box[0], box[3] - box[1]
            if (w <= 2.5 and h >= 4) or (h <= 2.5 and w >= 4):
                rules.append(box)
        elif kind in (_IMAGE, _FORM):
            images += 1
    from gongbao.read import pdf_layout

    textpage = page.get_textpage()
    glyphs: list[Glyph] = []
    index: list[int] = []  # each glyph's character index
    rect = raw.FS_RECTF()
    try:
        text = textpage.raw
        count = raw.FPDFText_CountChars(text)
        buffer = (ctypes.c_uint16 * (count + 1))()
        raw.FPDFText_GetText(text, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
        space = False
        for i, code in enumerate(buffer[:count]):
            # one UTF-16 unit per character index; lone surrogates (rare CJK extensions) and
            # PDFium's own spaces and line breaks carry no glyph of the page
            if code == 32 or code == 0x3000:
                space = True
                continue
            if code in (2, 0xFFFE):
                code = 0x2D  # PDFium's mark for a hyphen that ends a line: the hyphen printed
            elif code < 32 or 0xD800 <= code <= 0xDFFF or code in (0xFFFD, 0xFFFF):
                space = False
                continue
            ch = chr(code)
            if ch.isspace():
                space = True
                continue
            if not raw.FPDFText_GetLooseCharBox(text, i, rect):
                continue
            if rect.right <= rect.left or rect.top <= rect.bottom:
                continue
            size = raw.FPDFText_GetFontSize(text, i)
            em = rect.top - rect.bottom
            glyphs.append(Glyph(ch, rect.left, rect.bottom, rect.right, rect.top, em, size, space))
            index.append(i)
            space = False
        turns = pdf_layout.quarters(text, index)
    finally:
        textpage.close()
    if not glyphs:
        return [], images > 0, False
    aside: list[tuple[list[Glyph], bool]] = []
    upright = None
    if turns:  # text set sideways: read along its baselines
        width, height = page.get_size()
        shown = page.get_rotation()
        if shown in (90, 270):
            width, height = height, width
        upright = pdf_layout.upright(glyphs, turns, rules, (width, height), shown)
        if upright is not None:
            glyphs, rules, aside = upright
    grids = _grids(rules, glyphs)
    inside = {id(g) for _, members in grids for g in members}
    flow = [g for g in glyphs if id(g) not in inside] if inside else glyphs
    items = pdf_layout.layout(flow, [grid for grid, _ in grids], aside)
    return items, False, upright is not None


def _grids(
    rules: list[tuple[float, float, float, float]], glyphs: list[Glyph]
) -> list[tuple[Grid, list[Glyph]]]:
    """Connected ruled lines with at least two rows and two columns of cells are tables."""
    if len(rules) < 4:
        return []
    parent = list(range(len(rules)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    tol = 1.5
    order = sorted(range(len(rules)), key=lambda i: rules[i][0])
    for a_pos, a in enumerate(order):
        _ax0, ay0, ax1, ay1 = rules[a]
        for b in order[a_pos + 1 :]:
            bx0, by0, _bx1, by1 = rules[b]
            if bx0 > ax1 + tol:
                break
            if by0 <= ay1 + tol and ay0 <= by1 + tol:
                parent[find(a)] = find(b)
    parts: dict[int, list[tuple[float, float, float, float]]] = {}
    for i, r in enumerate(rules):
        parts.setdefault(find(i), []).append(r)
    out: list[tuple[Grid, list[Glyph]]] = []
    for segs in parts.values():
        table = _grid(segs, glyphs)
        if table is not None:
            out.append(table)
    return out


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tol:
            continue
        out.append(v)
    return out


def _grid(
    segs: list[tuple[float, float, float, float]], glyphs: list[Glyph]
) -> tuple[Grid, list[Glyph]] | None:
    horizontal = [s for s in segs if s[3] - s[1] <= 2.5]
    vertical = [s for s in segs if s[2] - s[0] <= 2.5]
    ys = _cluster([(s[1] + s[3]) / 2 for s in horizontal])
    xs = _cluster([(s[0] + s[2]) / 2 for s in vertical])
    if len(ys) < 2 or len(xs) < 3:
        return None
    box = Grid(xs[0], ys[0], xs[-1], ys[-1])
    members = [g for g in glyphs if box.x0 < (g.x0 + g.x1) / 2 < box.x1 and box.y0 < g.cy < box.y1]
    if not members:
        return None
    tops = ys[::-1]  # band k lies between tops[k] and tops[k + 1]
    bands = range(len(tops) - 1)
    # the column boundaries drawn across each band (a missing one: a cell spanning columns)
    cuts = [
        [x for x in xs if any(_crosses(r, x, (tops[k] + tops[k + 1]) / 2) for r in vertical)]
        for k in bands
    ]
    # the stretches of rule drawn along the top of each band (a gap: a cell spanning rows)
    ruled = [
        [(r[0], r[2]) for r in horizontal if abs((r[1] + r[3]) / 2 - tops[k]) <= 2.0] for k in bands
    ]
    cells: list[list[list[Glyph]]] = [[[] for _ in xs[:-1]] for _ in bands]
    for g in members:
        cx, cy = (g.x0 + g.x1) / 2, g.cy
        band = next(k for k in bands if tops[k + 1] < cy <= tops[k])
        # a merged cell's text belongs to the first row and column it covers, as extracted
        # text has it
        left = max((x for x in cuts[band] if x < cx), default=xs[0])
        while band > 0 and not any(x0 - 1 <= cx <= x1 + 1 for x0, x1 in ruled[band]):
            band -= 1
        cells[band][xs.index(left)].append(g)
    for row in cells:
        texts = [_cell_text(c) for c in row]
        if any(texts):
            box.rows.append(texts)
    return (box, members) if box.rows else None


def _crosses(rule: tuple[float, float, float, float], x: float, y: float) -> bool:
    return abs((rule[0] + rule[2]) / 2 - x) <= 2.0 and rule[1] - 1 <= y <= rule[3] + 1


def _cell_text(glyphs: list[Glyph]) -> str:
    if not glyphs:
        return ""
    lines = _lines(glyphs)
    lines.sort(key=lambda ln: -ln.y1)
    text = ""
    for ln in lines:
        text = _join(text, ln.text) if text else ln.text
    return text


def _lines(glyphs: list[Glyph]) -> list[Printed]:
    """Glyphs grouped into printed lines: a glyph whose middle falls within a line's height
    belongs to it (small raised digits included)."""
    out: list[Printed] = []
    for g in sorted(glyphs, key=lambda g: (-g.cy, g.x0)):
        target = None
        for ln in reversed(out[-4:]):
            if ln.y0 <= g.cy <= ln.y1 or g.y0 <= (ln.y0 + ln.y1) / 2 <= g.y1:
                target = ln
                break
        if target is None:
            target = Printed([], y0=g.y0, y1=g.y1)
            out.append(target)
        target.glyphs.append(g)
        if g.size >= 0.8 * target.glyphs[0].size:
            target.y0 = min(target.y0, g.y0)
            target.y1 = max(target.y1, g.y1)
    for ln in out:
        ln.finish()
    return out


def _join(left: str, right: str) -> str:
    """A line wrapped by the layout continues on the next: no space between CJK text."""
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii():
        return f"{left} {right}"
    return left + right


def _mark_furniture(pages: list[list[Printed | Grid]]) -> None:
    """Top and bottom lines in the page margins that repeat (digits aside) or are numbers. A
    line that repeats a running header's words in another size is not one: the gazette's name
    set large on its cover is the cover's."""
    candidates: list[Printed] = []
    for items in pages:
        lines = [it for it in items if isinstance(it, Printed)]
        if not lines:
            continue
        for ln in {id(lines[0]): lines[0], id(lines[-1]): lines[-1]}.values():
            candidates.append(ln)
    keys = Counter(re.sub(r"\d+", "#", ln.text) for ln in candidates)
    sizes: dict[str, list[float]] = {}
    for ln in candidates:
        sizes.setdefault(re.sub(r"\d+", "#", ln.text), []).append(ln.size)
    need = max(2, len(pages) // 3)

    def repeats(ln: Printed) -> bool:
        key = re.sub(r"\d+", "#", ln.text)
        usual = statistics.median(sizes[key])
        return keys[key] >= need and abs(ln.size - usual) <= 0.2 * usual

    for items in pages:
        lines = [it for it in items if isinstance(it, Printed)]
        if len(lines) < 2:
            continue
        top, bottom = lines[0], lines[-1]
        if _PAGE_NUMBER.match(bottom.text):
            bottom.furniture = "page_number"
        elif repeats(bottom):
            bottom.furniture = "running_footer"
        if _PAGE_NUMBER.match(top.text):
            top.furniture = "page_number"
        elif repeats(top):
            top.furniture = "running_header"


def _emit(pages: list[list[Printed | Grid]]) -> list[Line]:
    body = [
        it for items in pages for it in items if isinstance(it, Printed) and it.furniture is None
    ]
    if not body:
        return []
    left = min(ln.x0 for ln in body)
    edges = _right_edges(pages)
    pitch = _line_pitch(pages)
    text_size = _text_size(body)
    out: list[Line] = []
    carry = False

    members: list[Printed] = []  # the printed lines of the paragraph being built

    def add(text: str, page: int) -> None:
        nonlocal carry
        out.append(Line(len(out) + 1, text, page, continues=carry and bool(text)))
        if text:
            carry = False
            for m in members:
                m.line = len(out)
            members.clear()

    last: Printed | None = None  # the last body line of the page before
    for number, items in enumerate(pages, start=1):
        prev: Printed | None = None
        current = ""
        flow = [it for it in items if not (isinstance(it, Printed) and it.furniture)]
        opening = flow[0] if flow else None
        carry = (
            last is not None
            and isinstance(opening, Printed)
            and not _new_paragraph(last, opening, left, pitch, edges[number - 2], page_top=True)
            and _wrapped(last, opening, edges[number - 2])
        )
        for it in items:
            if isinstance(it, Grid):
                if current:
                    add(current, number)
                    current = ""
                add("", number)
                for row in it.rows:
                    add("\t".join(row), number)
                add("", number)
                prev = None
                continue
            if it.furniture is not None:
                if current:
                    add(current, number)
                    current = ""
                add("", number)
                out.append(Line(len(out) + 1, it.text, number, furniture=it.furniture))
                it.line = len(out)
                add("", number)
                prev = None
                continue
            if prev is None:
                current = it.text
            elif _title_runs_on(prev, it, text_size, pitch, left, edges[number - 1]):
                current = _run_on(current, it.text)
            elif _new_paragraph(prev, it, left, pitch, edges[number - 1]):
                add(current, number)
                add("", number)
                current = it.text
            elif _wrapped(prev, it, edges[number - 1]):
                current = _run_on(current, it.text)
            else:
                add(current, number)
                current = it.text
            members.append(it)
            prev = it
        if current:
            add(current, number)
        add("", number)
        ending = flow[-1] if flow else None
        last = ending if isinstance(ending, Printed) else None
    return out


def _right_edges(pages: list[list[Printed | Grid]]) -> list[float]:
    """The right edge of each page's text: its longest line, or the usual edge where a page
    has only short lines (a cover, the end of a document); in justified text, where most
    long lines end."""
    maxima: list[float | None] = []
    for items in pages:
        xs = [it.x1 for it in items if isinstance(it, Printed) and it.furniture is None]
        maxima.append(max(xs) if len(xs) >= 5 else None)
    known = [m for m in maxima if m is not None]
    usual = statistics.median(known) if known else 0.0
    edges = [m if m is not None and abs(m - usual) < 30 else usual for m in maxima]
    justified = _justified_edge(pages, edges)
    if justified is None:
        return edges
    return [justified if justified <= e <= justified + 30 else e for e in edges]


def _line_pitch(pages: list[list[Printed | Grid]]) -> float:
    """The usual distance between lines of one paragraph, as a multiple of the font size."""
    ratios: list[float] = []
    for items in pages:
        lines = [it for it in items if isinstance(it, Printed) and it.furniture is None]
        for a, b in itertools.pairwise(lines):
            if abs(a.size - b.size) < 0.5 and a.size > 0:
                ratios.append((a.base - b.base) / a.size)
    if len(ratios) < 8:
        # too few lines to learn the spacing: assume single spacing (paragraph gaps, as
        # between a title and its text, are wider than 1.9 em)
        return 1.55
    ratios.sort()
    return ratios[len(ratios) // 4]


def _new_paragraph(
    prev: Printed,
    line: Printed,
    left: float,
    pitch: float,
    right: float,
    page_top: bool = False,
) -> bool:
    """Where typesetting shows a new paragraph: more space above than between the lines of
    one (a little more, after a line that ended or above an indented line); another type size
    (a title over its text); a centred line after one that is not, or the other way round
    (unless the line only looked centred: an indented first line that stopped short because
    the next line's first word did not fit); a first-line indent after a line that ended a
    sentence or stopped short of the right edge (official documents set paragraphs this way,
    GB/T 9704)."""
    gap = (prev.base - line.base) / max(prev.size, 1.0)
    if not page_top and gap > pitch * 1.25:
        return True
    finished = prev.text.endswith(_TERMINAL) or right - prev.x1 > 2.5 * prev.size
    indented = line.x0 >= left + 1.5 * _char_width(line)
    columns = "\t" in prev.text or "\t" in line.text  # rows of text in columns: one block
    if not page_top and (finished or indented) and not columns and gap > pitch * 1.12:
        return True
    if abs(prev.size - line.size) > 0.15 * max(prev.size, line.size):
        return True
    centred = _centred(prev, left, right)
    if centred != _centred(line, left, right) and not (centred and _wrapped(prev, line, right)):
        return True
    if not indented:
        return False
    return prev.text.endswith(_TERMINAL) or right - prev.x1 > 2.5 * prev.size


def _centred(line: Printed, left: float, right: float) -> bool:
    """Set in the middle: equal space on both sides, and some of it."""
    before, after = line.x0 - left, right - line.x1
    return before > line.size and abs(before - after) < 0.6 * line.size


_LEADING = re.compile(
    r"[“‘《（(【〔「『]*"  # opening marks stay with what follows
    r"(?:[!-~]*[+\-$#@(][^\s]|[!-~]+|.)"  # a word, or one character ('+' binds the next)
    # quotation marks bind to both sides where engines follow UAX #14 (Pango, LB19)
    r"(?:[”’》）)】〕」』，。、；：！？,.;:!?]*[“”‘’]+(?:[!-~]+|[^\s]))*"
    r"[”’》）)】〕」』，。、；：！？,.;:!?]*"  # closing marks stay with what precedes
)


def _wrapped(prev: Printed, line: Printed, right: float) -> bool:
    """``prev`` ran to the right edge: the next line's first unbreakable run (a word, or a
    character with the punctuation that may not be parted from it) would not have fitted."""
    if line.x0 > prev.x0 + 1.5 * line.size and line.x0 > prev.x0:
        return False
    if line.text.startswith(("- ", "• ", "* ", "· ", "● ")):
        return False  # a bulleted item
    number = match_number(line.text)
    if number is not None and not number.label[-1].isdigit() and number.label[-1] not in "，,":
        return False  # an item or heading number opens a line of its own
    first = _LEADING.match(line.text)
    run = first.group() if first else line.text[:1]
    em = _char_width(line)
    need = sum(0.55 if ch.isascii() else 1.0 for ch in run) * em
    # an OCR box ends up to a character short of the ink (a narrow mark at its end)
    slack = 0.3 if prev.confidence is None else 1.0
    return right - prev.x1 < need + slack * em


def _justified_edge(pages: list[list[Printed | Grid]], edges: list[float]) -> float | None:
    """Justified text: most lines that run to the right edge end at one place, a little short
    of the longest (a closing mark hung in the margin, a Latin word set loose). That place, or
    None where lines end ragged."""
    ends: Counter[int] = Counter()
    for items, right in zip(pages, edges, strict=True):
        for it in items:
            if isinstance(it, Printed) and it.furniture is None and it.x1 > right - 1.5 * it.size:
                ends[round(it.x1)] += 1
    if not ends:
        return None
    edge, count = ends.most_common(1)[0]
    return float(edge) if count >= 10 and count * 5 >= ends.total() * 2 else None


def _text_size(lines: list[Printed]) -> float:
    """The size most of the text is set in (by characters)."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0]


def _title_runs_on(
    prev: Printed, line: Printed, text_size: float, pitch: float, left: float, right: float
) -> bool:
    """A title set larger than the text and wrapped by the layout: the next line in the same
    size at the title's own line pitch, centred (or running from margin to margin) as the line
    before is. The lines of one title are one line of text, as a title's lines are joined."""
    if prev.size < 1.15 * text_size or abs(prev.size - line.size) > 0.05 * prev.size:
        return False
    if not 0 < prev.base - line.base <= pitch * 1.25 * prev.size:
        return False
    if prev.text.endswith(_TERMINAL) or match_number(line.text) is not None:
        return False

    def placed(ln: Printed) -> bool:
        full = ln.x0 - left < 1.5 * ln.size and right - ln.x1 < 1.5 * ln.size
        return full or _centred(ln, left, right)

    return placed(prev) and _centred(line, left, right)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _char_width(line: Printed) -> float:
    """The type size as set: the width of a Chinese character (a glyph box's height is its
    face's ascent and descent, up to one and a half times the size in CJK faces); the box
    height where the line prints too few (an OCR'd line has no glyphs)."""
    widths = [g.x1 - g.x0 for g in line.glyphs if _HAN.match(g.ch)]
    return statistics.median(widths) if len(widths) >= 2 else line.size


def _run_on(left: str, right: str) -> str:
    """A printed line wrapped onto the next, as one line of text. A Latin word that ends a
    line before Chinese keeps its space ('企业 and' / '数据商'): the wrap took it, and it tells
    a word from the Chinese after it (a leaked ' and ' is 和 again only between spaces)."""
    if left and right and left[-1].isascii() and left[-1].isalpha() and _HAN.match(right[0]):
        return f"{left} {right}"
    return _join(left, right)
