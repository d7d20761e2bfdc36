"""Raised footnote markers on OCR'd lines (read/ocr_marks.py).

- ``restore`` on lines as the recogniser read them off the scanned sample (pages 31 and 89
  of the issue printed by chromium, at 300 dpi: the texts, boxes and marks are the engine's
  and ``raised``'s, recorded by hand from a run), the marks' readings given: the markers the
  text layer has there (samples/jingan-2026-01.txt lines 616, 1889 and 1899) come back, and
  a reading that is not sure or not clear changes nothing;
- the sample's pages 31 and 89 scanned at 200 dpi and read by OCR: the markers of the text
  and of the footnotes, checked by hand against the sample's lines 616, 626, 1889 and
  1899–1907.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gongbao.read.ocr import unavailable
from gongbao.read.ocr_marks import restore
from tests.conftest import SAMPLE
from tests.printing import chromium_or_skip, gazette_pdf

Box = tuple[int, int, int, int]


def reader(
    readings: dict[Box, tuple[str, float]],
    before: dict[int, tuple[str, float]] | None = None,
    after: dict[int, tuple[str, float]] | None = None,
) -> Callable[[Box], tuple[str, float]]:
    """The recogniser's readings of marks by their boxes, and of the stretch of a line before
    a mark by where it ends (the mark's left edge), after one by where it starts."""

    def read(box: Box) -> tuple[str, float]:
        found = readings.get(box) or (before or {}).get(box[2]) or (after or {}).get(box[0])
        return found or ("", 0.0)

    return read


#: page 31, the line that ends '市级新优质¹': the recogniser read the marker as a digit
LINE_31 = "学年龄段人口摸底情况，不断优化小学教育资源布局。推动公办初中强校工程实施，市级新优质1"
BOX_31 = (178.0, 411.0, 1470.0, 441.0)
MARK_31 = (1461, 407, 1468, 424)
#: page 89: 'PMDA¹⁰或 WHO¹¹等', both markers dropped
LINE_89 = "PMDA或WHO等国际机构注册或认证，并在相关市场实现销售。（责任部门：区科技经济委）"
BOX_89 = (178.8, 586.7, 1450.2, 617.4)
MARKS_89 = [(261, 584, 282, 601), (395, 584, 413, 597)]


def test_a_raised_digit_read_into_the_text_becomes_a_superscript() -> None:
    read = reader({MARK_31: ("1", 0.99)})
    assert restore(LINE_31, BOX_31, [MARK_31], read)[-6:] == "市级新优质¹"


def test_markers_dropped_inside_a_line_go_after_what_precedes_them() -> None:
    read = reader(
        {MARKS_89[0]: ("10", 0.94), MARKS_89[1]: ("11", 0.99)},
        {261: ("PMDA", 0.99), 395: ("或WHO", 0.93)},
    )
    got = restore(LINE_89, BOX_89, MARKS_89, read)
    assert got.startswith("PMDA¹⁰或WHO¹¹等国际机构")


def test_a_marker_dropped_or_misread_at_a_line_start_opens_it() -> None:
    """Page 89 at 300 dpi: the marker of 'FDA：' dropped; at 200 dpi read as 'P'."""
    box, mark = (180.0, 1263.0, 593.0, 1294.0), (178, 1259, 188, 1274)
    read = reader({mark: ("5", 0.98)}, after={188: ("FDA：美国", 0.97)})
    text = "FDA：美国食品药品监督管理局"
    assert restore(text, box, [mark], read) == "⁵FDA：美国食品药品监督管理局"
    assert restore("P" + text, box, [mark], read) == "⁵FDA：美国食品药品监督管理局"
    # what follows the mark is not what the line reads: nothing is changed
    unclear = reader({mark: ("5", 0.98)}, after={188: ("EDA：美国", 0.97)})
    assert restore(text, box, [mark], unclear) == text


def test_doubtful_readings_change_nothing() -> None:
    # not sure of the mark; a mark read as no digit; the digits of the text elsewhere; the
    # stretch before a dropped mark read too poorly to place it
    for readings in (
        {MARK_31: ("1", 0.6)},
        {MARK_31: ("、", 0.99)},
        {MARK_31: ("7", 0.99)},
    ):
        assert restore(LINE_31, BOX_31, [MARK_31], reader(readings)) == LINE_31
    poor = reader({MARKS_89[0]: ("10", 0.94)}, {261: ("PMDA", 0.5)})
    assert restore(LINE_89, BOX_89, MARKS_89[:1], poor) == LINE_89


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_scanned_footnote_markers_come_back(tmp_path: Path) -> None:
    """Pages 31 and 89 of the printed sample scanned at 200 dpi (two pages: OCR is slow)."""
    from gongbao.read.pdf import read_pdf
    from tests.read.test_ocr import scan

    chromium_or_skip()
    printed = gazette_pdf(SAMPLE.read_text(encoding="utf-8"), tmp_path / "sample.pdf")
    lines = [ln.text for ln in read_pdf(scan(printed.read_bytes(), [30, 88])).lines if ln.text]
    text = "\n".join(lines)
    assert "市级新优质¹初中" in text
    assert "¹市级新优质学校，指的是达到本市义务教育阶段学校办学基本标准" in text
    assert "FDA⁷、EMA⁸、CE⁹、PMDA¹⁰或WHO¹¹等国际机构" in text
    assert "⁵FDA：美国食品药品监督管理局" in lines
    assert "⁹WHO:世界卫生组织" in lines
