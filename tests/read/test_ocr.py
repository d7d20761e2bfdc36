"""Scanned pages read by OCR (read/ocr.py through read/pdf.py): real documents' text-layer
PDFs rasterised into image-only pages, as a scanner gives them, their text layer the truth.

- a 红头 document of the corpus (tests/corpus/redhead/shanghai-jingan-2025-zhongdian-gongzuo-
  anpai-page.txt) printed by chromium (tests/printing.py), its page rasterised at 200 dpi:
  title, 文号 and date checked by hand against the text file and its label;
- a real budget report PDF of the corpus (tests/corpus/budget-report/hunan-yueyang-2025-
  budget-report.pdf) whose first page is replaced by its scan, the second kept as text: title
  and date checked by hand on the PDF's first page (and its label);
- a page of noise: lines under the threshold are problems, never text (one problem a page);
- the sample issue printed by chromium, its contents page and a page of its ruled appointment
  table scanned: contents entries and appointments checked by hand against the text.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from gongbao.pipeline import parse_bytes, parse_lines
from gongbao.read.ocr import THRESHOLD, unavailable
from gongbao.read.pdf import PdfText, ocr_problems, read_pdf
from tests.conftest import ROOT, SAMPLE
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
    assert len(low) > 100 and all(r.confidence < THRESHOLD for r in low)
    # the reader's lines are made of the lines over the threshold only
    kept = [r for r in noisy.ocr if r.line is not None]
    assert all(r.confidence >= THRESHOLD for r in kept)
    assert {ln.no for ln in noisy.lines if ln.text} == {r.line for r in kept}
    issue = parse_lines(noisy.lines)
    assert issue.documents == [] or all(not v for v in issue.facts.values())
    # one problem for the page, not one per line: the count, the range, the first lines
    [p] = ocr_problems(issue, noisy)
    assert p.kind == "ocr_low_confidence" and p.source.page == 1
    least = min(r.confidence for r in low)
    most = max(r.confidence for r in low)
    quoted = "、".join(f"“{r.text}”" for r in [r for r in low if r.text][:3])
    assert p.detail == (
        f"第1页扫描图像中有{len(low)}行文字识别置信度为{least:.0%}–{most:.0%}，"
        f"低于{THRESHOLD:.0%}，未作为正文读取：{quoted}等{len(low)}行"
    )


def test_low_confidence_problems_reach_the_issue() -> None:
    issue = parse_bytes(noise_page())
    assert [p.kind for p in issue.problems].count("ocr_low_confidence") == 1
    assert issue.ocr is not None and issue.ocr["pages"] == [1]
    assert issue.to_dict()["ocr"] == issue.ocr
    # every line under the threshold is kept in the record, with its own confidence
    low = [r for r in issue.ocr["lines"] if r["line"] is None]
    assert len(low) > 100 and all(r["confidence"] < THRESHOLD for r in low)


def test_ocr_runs_in_an_ingest_worker(jingan: tuple[bytes, bytes], tmp_path: Path) -> None:
    """In a worker process of ``gongbao ingest``, under its default limits: the engine (ONNX
    Runtime, OpenCV) needs about 1.2 GB of address space, more than the 768 MiB a parse may
    take; the engine's own memory is allowed beyond it (read.ocr._engine_room)."""
    from gongbao.limits import worker_limits
    from gongbao.store.ingest import parse_in_workers

    path = tmp_path / "scan.pdf"
    path.write_bytes(jingan[1])
    [(_, issue, _, error)] = list(parse_in_workers([str(path)], limits=worker_limits()))
    assert error == ""
    assert _heads(issue)[0][1] == "静府发〔2025〕3号"


def test_scanned_pages_of_the_sample_give_its_contents_and_appointments(
    tmp_path: Path,
) -> None:
    """The sample issue printed by chromium, its contents page (2) and the first page of its
    appointment list (7, a ruled table whose narrow name column wraps three-character names
    over two lines) scanned at 200 dpi: the contents and the appointments read by OCR are
    the text's. Checked by hand against samples/jingan-2026-01.txt (contents, lines 21–52;
    the list, lines 199–212) and pages 2 and 7 of the printed PDF."""
    chromium_or_skip()
    printed = gazette_pdf(SAMPLE.read_text(encoding="utf-8"), tmp_path / "sample.pdf")
    issue = parse_bytes(scan(printed.read_bytes(), [1, 6]))
    assert [(t.section, t.title, t.page) for t in issue.toc] == [
        ("区政府文件", "上海市静安区人民政府关于印发《2026年静安区为民办实事项目》的通知", 3),
        (
            "区政府文件",
            "上海市静安区人民政府关于批转区人力资源社会保障局《静安区关于加快推进人力资源服务业数智化转型发展的实施方案》的通知",
            5,
        ),
        ("人事任免", "2026年1月1日至2月28日区政府人事任免事项", 7),
        (
            "党政混合信息",
            "中共静安区委、静安区人民政府关于2025年度上海市静安区人民政府法治政府建设情况报告",
            8,
        ),
        ("重要报告", "政府工作报告", 11),
        (
            "重要报告",
            "关于静安区2025年国民经济和社会发展规划执行情况与2026年国民经济和社会发展规划草案的报告",
            22,
        ),
        ("重要报告", "关于静安区2025年预算执行情况和2026年预算草案的报告", 35),
        ("重要报告", "上海市静安区国民经济和社会发展规划第十五五年规划纲要", 42),
        (
            "部门文件",
            "上海市静安区发展和改革委员会关于构建现代化产业体系、促进经济高质量发展的若干措施",
            78,
        ),
        (
            "部门文件",
            "上海市静安区人力资源和社会保障局关于对本区征地养老人员发放2026年度一次性节日补助费的通知",
            83,
        ),
    ]
    assert _heads(issue) == [("2026年1月1日至2月28日区政府人事任免事项", None, None)]
    assert [(a.person, a.action, a.positions) for a in issue.facts["appointments"]] == [
        (
            "尹洁",
            "appoint",
            ["上海市静安区人民政府办公室副主任、上海市静安区人民政府外事办公室主任"],
        ),
        ("尤玮", "appoint", ["上海市静安区融媒体中心副主任"]),
        ("白柳村", "appoint", ["上海市静安区投资服务促进中心副主任"]),
        ("崔兼明", "appoint", ["上海市静安区养老服务发展中心（上海市静安区社会福利院）主任"]),
        (
            "沈云宇",
            "appoint",
            [
                "上海市静安区城市运行管理中心（上海市静安区政务服务中心、上海市静安区城市网格化综合管理中心）副主任"
            ],
        ),
        ("范文武", "appoint", ["上海市静安区信访办公室副主任"]),
        ("袁鹏彬", "appoint", ["上海市静安区社会组织管理局局长"]),
        ("蔡颖婕", "appoint", ["上海市静安区人民政府临汾路街道办事处副主任"]),
        ("蒋彭", "appoint", ["上海市逸夫职业技术学校副校长"]),
        ("李明宇", "appoint", ["上海市回民中学副校长"]),
        ("林万隆", "appoint", ["上海市静安区闸北中心医院副院长"]),
        ("盛毓", "appoint", ["同济大学附属七一中学校长"]),
    ]
    # the table's cells are in the OCR record, marked as such
    assert issue.ocr is not None
    cells = [r for r in issue.ocr["lines"] if r.get("table")]
    assert {r["page"] for r in cells} == {2} and any(r["text"] == "尹洁" for r in cells)
