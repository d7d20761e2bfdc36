"""Scanned pages read by OCR (read/ocr.py through read/pdf.py): real documents' text-layer
PDFs rasterised into image-only pages, as a scanner gives them, their text layer the truth.

- a 红头 document of the corpus (tests/corpus/redhead/shanghai-jingan-2025-zhongdian-gongzuo-
  anpai-page.txt) printed by chromium (tests/printing.py), its page rasterised at 200 dpi:
  title, 文号 and date checked by hand against the text file and its label;
- a real budget report PDF of the corpus (tests/corpus/budget-report/hunan-yueyang-2025-
  budget-report.pdf) whose first page is replaced by its scan, the second kept as text: title
  and date checked by hand on the PDF's first page (and its label);
- a page of noise: lines under the threshold are problems, never text.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from gongbao.pipeline import parse_bytes, parse_lines
from gongbao.read.ocr import THRESHOLD, unavailable
from gongbao.read.pdf import PdfText, ocr_problems, read_pdf
from tests.conftest import ROOT
from tests.printing import chromium_or_skip, gazette_pdf

pytestmark = pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))

CORPUS = ROOT / "tests" / "corpus"
JINGAN = CORPUS / "redhead" / "shanghai-jingan-2025-zhongdian-gongzuo-anpai-page.txt"
YUEYANG = CORPUS / "budget-report" / "hunan-yueyang-2025-budget-report.pdf"


def scan(pdf: bytes, pages: list[int], dpi: int = 200, noise: float = 0.0) -> bytes:
    """The pages as an image-only PDF: rendered grey by PDFium, optionally with gaussian
    noise and saved as a poor JPEG, put one image to a page by PIL."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    doc = pdfium.PdfDocument(pdf)
    images = []
    for k in pages:
        img = doc[k].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if noise:
            rng = np.random.default_rng(15)
            pixels = np.asarray(img, dtype=np.float32) + rng.normal(0, noise, img.size[::-1])
            img = Image.fromarray(pixels.clip(0, 255).astype(np.uint8))
        images.append(img)
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return out.getvalue()


def _heads(issue: Any) -> list[tuple[str, str | None, str | None]]:
    return [(d.title, d.doc_number, d.date) for d in issue.documents]


@pytest.fixture(scope="module")
def jingan(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """The document printed (text layer) and its page scanned."""
    chromium_or_skip()
    printed = gazette_pdf(
        JINGAN.read_text(encoding="utf-8"), tmp_path_factory.mktemp("ocr") / "jingan.pdf"
    ).read_bytes()
    return printed, scan(printed, [0])


def test_scanned_red_head_document_gives_its_title_and_number(jingan: tuple[bytes, bytes]) -> None:
    printed, scanned = jingan
    # checked by hand in the text file and its label record
    head = [
        (
            "上海市静安区人民政府关于印发《2025年区政府重点工作安排》的通知",
            "静府发〔2025〕3号",
            "2025-02-17",
        )
    ]
    assert _heads(parse_bytes(printed)) == head
    assert _heads(parse_bytes(scanned)) == head


def test_every_ocr_line_keeps_its_confidence(jingan: tuple[bytes, bytes]) -> None:
    pdf = read_pdf(jingan[1])
    assert pdf.ocr_pages == [1] and pdf.scanned == []
    assert pdf.ocr and all(THRESHOLD <= r.confidence <= 1 for r in pdf.ocr)
    texts = {ln.no: ln.text for ln in pdf.lines}
    # each OCR'd line is in the reader line it went into (a paragraph joins several)
    assert all(r.line is not None and r.text in texts[r.line] for r in pdf.ocr)
    mark = pdf.ocr_mark()
    assert mark is not None
    assert mark["pages"] == [1] and mark["threshold"] == THRESHOLD
    assert mark["engine"].startswith("rapidocr-onnxruntime 1.4")
    assert len(mark["lines"]) == len(pdf.ocr)
    assert read_pdf(jingan[0]).ocr_mark() is None  # a text layer is not OCR'd


def test_pdf_mixing_a_scanned_page_and_a_text_page_reads_both() -> None:
    import pypdfium2 as pdfium

    original = YUEYANG.read_bytes()
    mixed_doc = pdfium.PdfDocument.new()
    mixed_doc.import_pages(pdfium.PdfDocument(scan(original, [0])), [0])
    mixed_doc.import_pages(pdfium.PdfDocument(original), [1])
    out = io.BytesIO()
    mixed_doc.save(out)
    text_doc = pdfium.PdfDocument.new()
    text_doc.import_pages(pdfium.PdfDocument(original), [0, 1])
    both = io.BytesIO()
    text_doc.save(both)

    pdf = read_pdf(out.getvalue())
    assert pdf.ocr_pages == [1] and pdf.pages == 2
    assert {r.page for r in pdf.ocr} == {1}
    # the text page's lines are the text layer's own
    layer = read_pdf(both.getvalue())
    assert [ln.text for ln in pdf.lines if ln.page == 2] == [
        ln.text for ln in layer.lines if ln.page == 2
    ]
    # checked by hand on page 1 of the PDF (and in its label)
    head = [("关于岳阳市2025年预算执行情况与2026年预算草案的报告", None, "2025-12-27")]
    assert _heads(parse_bytes(out.getvalue())) == head == _heads(parse_bytes(both.getvalue()))


def noise_page() -> bytes:
    """A page of noise: the report's second page cut into 8-pixel tiles, shuffled (strokes
    and dots the size of print, no character), as an image-only PDF."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    page = pdfium.PdfDocument(YUEYANG.read_bytes())[1]
    img = np.asarray(page.render(scale=150 / 72, grayscale=True).to_pil().convert("L"))
    t = 8
    h, w = img.shape[0] // t * t, img.shape[1] // t * t
    tiles = img[:h, :w].reshape(h // t, t, w // t, t).swapaxes(1, 2).reshape(-1, t, t)
    np.random.default_rng(15).shuffle(tiles)
    shuffled = tiles.reshape(h // t, w // t, t, t).swapaxes(1, 2).reshape(h, w)
    out = io.BytesIO()
    Image.fromarray(shuffled).save(out, "PDF", resolution=150)
    return out.getvalue()


@pytest.fixture(scope="module")
def noisy() -> PdfText:
    return read_pdf(noise_page())


def test_noise_gives_low_confidence_problems_not_text(noisy: PdfText) -> None:
    low = [r for r in noisy.ocr if r.line is None]
    assert low and all(r.confidence < THRESHOLD for r in low)
    # the reader's lines are made of the lines over the threshold only
    kept = [r for r in noisy.ocr if r.line is not None]
    assert all(r.confidence >= THRESHOLD for r in kept)
    assert {ln.no for ln in noisy.lines if ln.text} == {r.line for r in kept}
    issue = parse_lines(noisy.lines)
    assert issue.documents == [] or all(not v for v in issue.facts.values())
    problems = ocr_problems(issue, noisy)
    assert len(problems) == len(low)
    p = problems[0]
    assert p.kind == "ocr_low_confidence" and p.source.page == 1
    assert p.detail.startswith("第1页扫描图像中的一行文字识别置信度为")
    assert f"低于{THRESHOLD:.0%}，未作为正文读取：“{low[0].text}”" in p.detail


def test_low_confidence_problems_reach_the_issue() -> None:
    issue = parse_bytes(noise_page())
    assert "ocr_low_confidence" in [p.kind for p in issue.problems]
    assert issue.ocr is not None and issue.ocr["pages"] == [1]
    assert issue.to_dict()["ocr"] == issue.ocr


def test_ocr_runs_in_an_ingest_worker(jingan: tuple[bytes, bytes], tmp_path: Path) -> None:
    """In a worker process of ``gongbao ingest``, under its default limits: the engine (ONNX
    Runtime, OpenCV) needs about 1.2 GB of address space, more than the 768 MiB a parse may
    take; the engine's own memory is allowed beyond it (read.ocr._engine_room)."""
    from gongbao.store.ingest import parse_in_workers, worker_limits

    path = tmp_path / "scan.pdf"
    path.write_bytes(jingan[1])
    [(_, issue, _, error)] = list(parse_in_workers([str(path)], limits=worker_limits()))
    assert error == ""
    assert _heads(issue)[0][1] == "静府发〔2025〕3号"
