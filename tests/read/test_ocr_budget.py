"""Scanned pages of the sample's budget report and its speeches read back whole (issue 15):
the OCR line rules of read/pdf_ocr.py.

- the rules on strings: numbers in groups of three whose comma was read as the Chinese one,
  the dash of a dated line read as 一, the characters' pitch of a row;
- the boxes RapidOCR (rapidocr-onnxruntime 1.4.4, read.ocr.read_page as of 2026-12-02) gave
  for pages 11, 39 and 91 of the sample printed by chromium (tests/printing.py) and
  rasterised at 300 dpi (benchmarks/ocr_sample.py), recorded in
  tests/fixtures/ocr_budget_boxes.json: laid out by read.pdf's rules as a scanned page is,
  they give the sample's lines (checked by hand against samples/jingan-2026-01.txt);
- the budget report's first section printed by chromium and its two pages scanned at
  200 dpi, read by the engine: the budget lines, identities and checks of the text.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from gongbao.pipeline import parse_bytes, parse_text
from gongbao.read.ocr import OcrLine, unavailable
from gongbao.read.pdf import OcrRead, _emit, _mark_furniture
from gongbao.read.pdf_ocr import dated, grouped, pitch, printed
from tests.conftest import FIXTURES, SAMPLE
from tests.printing import chromium_or_skip, gazette_pdf

SAMPLE_LINES = SAMPLE.read_text(encoding="utf-8").splitlines()


def _squashed(text: str) -> str:
    return "".join(text.split())


def _widths_as_one(text: str) -> str:
    """White space out, full-width and half-width marks as one (the width of '；' read as
    ';' is a glyph misreading of its own, not what these tests are about)."""
    return unicodedata.normalize("NFKC", _squashed(text))


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("收入完成3，083,012万元", "收入完成3,083,012万元"),
        ("支出总量4，033，000万元", "支出总量4,033,000万元"),
        ("经费预算5，392万元，其中", "经费预算5,392万元，其中"),
        ("1，234.5万元", "1,234.5万元"),
        ("3,083,012万元", "3,083,012万元"),  # printed so
        ("2025，100家企业", "2025，100家企业"),  # a year and a count
        ("12，3456", "12，3456"),  # groups of two and four digits
        ("1，234，5", "1，234，5"),  # the run goes on: not one number
        ("第1，2，3项", "第1，2，3项"),
    ],
)
def test_number_groups_read_with_a_chinese_comma_are_one_number(read: str, meant: str) -> None:
    assert grouped(read) == meant


def test_a_dated_lines_dash_read_as_yi_is_a_dash_where_the_line_opens_a_paragraph() -> None:
    assert dated("一2026年1月14日在静安区第二届", True) == "——2026年1月14日在静安区第二届"
    assert dated("一一2026年1月14日在静安区第二届", True) == "——2026年1月14日在静安区第二届"
    # a line wrapped from the one above may open with the 一 of a word broken across them
    assert dated("一2026年1月14日在静安区第二届", False) == "一2026年1月14日在静安区第二届"
    assert dated("一、2026年1月14日", True) == "一、2026年1月14日"  # a heading's number
    assert dated("一2026年度预算", True) == "一2026年度预算"  # no whole date
    assert dated("——2026年1月14日", True) == "——2026年1月14日"


def test_the_pitch_of_a_row_is_its_width_per_character() -> None:
    box = OcrLine("区级一般公共预算收入完成3,083,012万元", 1.0, 100.0, 0.0, 1100.0, 30.0)
    # 14 Chinese characters and 9 digits and commas at half a character: 18.5 characters
    assert pitch([box]) == pytest.approx(1000 / 18.5)
    assert pitch([OcrLine("各位代表：", 1.0, 0.0, 0.0, 150.0, 30.0)]) is None  # too short
    assert pitch([box, box]) is None  # several boxes: their gaps are not characters


def _page(number: int) -> list[str]:
    """The recorded boxes of one page laid out as a scanned page is: its reader lines."""
    pages = json.loads((FIXTURES / "ocr_budget_boxes.json").read_text(encoding="utf-8"))
    page = pages[str(number)]
    found = [OcrLine(t, c, x0, y0, x1, y1) for t, c, x0, y0, x1, y1 in page["lines"]]
    rules = [(x0, y0, x1, y1) for x0, y0, x1, y1 in page["rules"]]
    dropped: list[OcrRead] = []
    items = printed(found, rules, page["scale"], page["height"], number, dropped)
    _mark_furniture([items])
    return [ln.text for ln in _emit([items]) if ln.text and not ln.furniture]


def test_recorded_speech_page_keeps_its_dated_line() -> None:
    """Page 11: '——2026年1月14日在静安区第二届' (sample line 313) under '政府工作报告', its
    dash read as 一; the dated line gives the report its date."""
    lines = _page(11)
    at = lines.index("政府工作报告")
    assert lines[at + 1 : at + 4] == [
        "——2026年1月14日在静安区第二届",
        "人民代表大会第七次会议上",
        "静安区区长翟磊",
    ]


def test_recorded_budget_page_keeps_its_paragraphs_and_amounts() -> None:
    """Page 39: the paragraph of sample line 755, whose second line's box was drawn a fifth
    too short, is one paragraph; the amounts of sample lines 759 and 761, three of them with
    a group's comma read as the Chinese one, are as printed."""
    lines = [_squashed(t) for t in _page(39)]
    for no in (755, 759, 761):
        assert _squashed(SAMPLE_LINES[no - 1]) in lines


def test_recorded_notice_page_keeps_an_item_whose_box_was_drawn_tall() -> None:
    """Page 91: the first item (sample line 1953), whose first line's box was drawn half as
    tall again as the line, is one paragraph with its second line."""
    assert _widths_as_one(SAMPLE_LINES[1953 - 1]) in [_widths_as_one(t) for t in _page(91)]


def _budget(issue: Any) -> tuple[list[Any], list[Any], list[Any]]:
    data = issue.to_dict()["budget"]
    return (
        [(x["label"], x["amount"], x["unit"], x["role"], x["year"]) for x in data["lines"]],
        [
            (x["total_label"], x["total"], [(p["label"], p["amount"]) for p in x["parts"]])
            for x in data["identities"]
        ],
        [(x["kind"], x["label"], x["stated"], x["holds"]) for x in data["checks"]],
    )


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_scanned_budget_pages_give_the_budget_facts_of_the_text(tmp_path: Path) -> None:
    """The budget report's title and first section (sample lines 747–787) printed by
    chromium on two pages, scanned at 200 dpi: the engine reads the comma of many amounts as
    the Chinese one (without read.pdf_ocr.grouped 24 of the 53 lines, 11 of the 13
    identities and 1 of the 2 checks are lost, and a line with no label made). Everything
    the text gives; the first paragraph's lines, identity and check checked by hand against
    sample line 761."""
    from tests.read.test_ocr import scan

    chromium_or_skip()
    text = "\n".join(SAMPLE_LINES[747 - 1 : 787]) + "\n"
    pdf = gazette_pdf(text, tmp_path / "budget.pdf").read_bytes()
    issue = parse_bytes(scan(pdf, [0, 1]))
    assert [d.title for d in issue.documents] == [
        "关于静安区2025年预算执行情况和2026年预算草案的报告"
    ]
    lines, identities, checks = _budget(issue)
    assert (lines, identities, checks) == _budget(parse_text(text))
    assert lines[:7] == [
        ("区级一般公共预算收入", 3083012.0, "万元", "revenue", 2025),
        ("区级一般公共预算收入", 60803.0, "万元", "change", 2025),
        ("上级补助收入", 728021.0, "万元", "revenue", 2025),
        ("调入资金", 12692.0, "万元", "item", 2025),
        ("上年结转收入", 5275.0, "万元", "revenue", 2025),
        ("地方政府一般债务转贷收入", 204000.0, "万元", "revenue", 2025),
        ("收入总量", 4033000.0, "万元", "total", 2025),
    ]
    assert identities[0] == (
        "收入总量",
        4033000.0,
        [
            ("区级一般公共预算收入", 3083012.0),
            ("上级补助收入", 728021.0),
            ("调入资金", 12692.0),
            ("上年结转收入", 5275.0),
            ("地方政府一般债务转贷收入", 204000.0),
        ],
    )
    assert checks[0] == ("growth", "区级一般公共预算收入", 2.0, True)
