"""The sample issue typeset by two engines other than chromium (tests/typeset/): ReportLab's
platypus and WeasyPrint, each with its own faces, sizes, margins, paragraph spacing, contents
style and running header and footer. Each PDF must give the same documents, contents and facts
as the text, key by key, as the chromium print does (tests/read/test_pdf.py).

Checked by hand on the page images (pages 1, 2, 6, 7, 24, 87 of each, rendered with PDFium):
ReportLab prints 91 pages — serif text justified with a first-line indent, bold sans titles
in 16 pt, contents with dot leaders up to the page number, the first document's title low on
the contents page (page 2), the masthead over a double rule, page numbers alone at the outer
corner; WeasyPrint prints 122 pages — 12 pt serif with a line and a half, 20 pt titles, the
contents as bulleted entries with the page in parentheses after the title, '第 N 页' at the
outer corner.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gongbao.model import Issue
from gongbao.pipeline import parse_file
from gongbao.read.pdf import PdfText, read_pdf
from tests.conftest import SAMPLE
from tests.read.test_pdf import _squashed, _strings, _without_sources

PATHS = ("platypus", "weasy")


@pytest.fixture(scope="session")
def typeset(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each engine's PDF of the sample, built once per session."""
    pytest.importorskip("reportlab")
    pytest.importorskip("weasyprint")
    from tests.typeset.platypus import platypus_pdf
    from tests.typeset.weasy import weasy_pdf

    text = SAMPLE.read_text(encoding="utf-8")
    folder = tmp_path_factory.mktemp("typeset")
    return {
        "platypus": platypus_pdf(text, folder / "platypus.pdf"),
        "weasy": weasy_pdf(text, folder / "weasy.pdf"),
    }


@pytest.fixture(scope="session")
def issues(typeset: dict[str, Path]) -> dict[str, Issue]:
    return {name: parse_file(path) for name, path in typeset.items()}


@pytest.fixture(scope="session")
def read(typeset: dict[str, Path]) -> dict[str, PdfText]:
    return {name: read_pdf(path.read_bytes()) for name, path in typeset.items()}


@pytest.mark.parametrize("path", PATHS)
def test_typeset_pdf_gives_the_same_documents_contents_and_facts_as_the_text(
    path: str, issues: dict[str, Issue], sample_dict: dict
) -> None:
    pdf = _without_sources(issues[path].to_dict())
    text = _without_sources(sample_dict)
    for key in text:
        if key == "removed":
            continue  # a PDF's furniture is its own
        # everything but white space is equal, key by key
        assert _squashed(pdf[key]) == _squashed(text[key]), (path, key)
    assert {r["why"] for r in pdf["removed"]} == {
        "running_header",
        "page_number",
        "cover",
        "colophon",
        "issue_footer",  # printed in the body here, as the text has it
    }
    # white space differs only where the text has a space at a place the layout wrapped
    # ('中央活力区 (CAZ, …' wrapped after the parenthesis): counted on each PDF
    differ = [
        (a, b)
        for a, b in zip(_strings(text["documents"]), _strings(pdf["documents"]), strict=True)
        if a != b
    ]
    assert len(differ) == {"platypus": 4, "weasy": 3}[path]
    assert len(pdf["documents"]) == 10
    assert [(e["title"][:6], e["page"]) for e in pdf["toc"]][::3] == [
        ("上海市静安区", 3),
        ("中共静安区委", 8),
        ("关于静安区2", 35),
        ("上海市静安区", 83),
    ]
    assert len(pdf["appointments"]) == 48
    assert len(pdf["measures"]) == 60
    assert len(pdf["terms"]) == 40
    assert len(pdf["footnotes"]) == 11


def test_contents_are_printed_as_each_engine_sets_them(read: dict[str, PdfText]) -> None:
    """The contents page (page 2) as printed: dot leaders to the page number, or a bullet and
    the page in parentheses; the first document's title follows on the same page."""
    pages = {
        name: [ln.text for ln in pdf.lines if ln.page == 2 and ln.text]
        for name, pdf in read.items()
    }
    leaders = [t for t in pages["platypus"] if "……" in t]
    assert len(leaders) == 10
    assert leaders[0].startswith("上海市静安区人民政府关于印发《2026年静安区为民办实事项目》的通知")
    assert leaders[0].endswith("…3")
    bullets = [t for t in pages["weasy"] if t.startswith("• ")]
    assert len(bullets) == 10
    assert bullets[-1].endswith("一次性节日补助费的通知（83）")
    for texts in pages.values():
        # the title set large and wrapped over two lines is one line again
        assert "上海市静安区人民政府关于印发《2026年静安区为民办实事项目》的通知" in texts


def test_running_headers_and_page_numbers_are_furniture(read: dict[str, PdfText]) -> None:
    """Every page but the cover has the masthead at its head and its number at its foot."""
    for name, pages, number in (("platypus", 91, "2"), ("weasy", 122, "第 2 页")):
        pdf = read[name]
        kinds = [ln.furniture for ln in pdf.lines if ln.furniture]
        assert pdf.pages == pages
        assert kinds.count("page_number") == pages - 1
        assert kinds.count("running_header") == pages - 1
        numbers = [ln.text for ln in pdf.lines if ln.furniture == "page_number"]
        assert numbers[0] == number
