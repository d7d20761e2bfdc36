"""Glyphs the recogniser misreads, put back by their surroundings or the page image
(read/ocr_glyphs.py).

- the text rules on lines as the recogniser read them off the sample issue scanned at 300 dpi
  (recorded from a run of benchmarks/ocr_sample.py), against the sample's text: lines 1584
  ('北站街道 38—02 地块'), 1559, 1722 ('AI Generated Content'), 589 ('（AQI）', '<ul style=…>');
- the image rules on drawn lines (a stroke as heavy as the line's, one lighter; a mark
  before a box high or low) and fake readings;
- pages 53, 78 and 82 of the sample printed by chromium and scanned at 200 dpi, read by OCR:
  checked by hand against the sample's lines 1058 and 1072 (the '%' unit cells), 1559, 1577,
  1578, 1584 (dashes; the row of 64 whose boxes cut 路 in two), 1565 (彭一小区, a numeral),
  1694 and 1698 (the opening quotation marks).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from gongbao.read.ocr import unavailable
from gongbao.read.ocr_glyphs import dashes, fix_text, lone_mark, opening_quote, seam
from tests.conftest import SAMPLE
from tests.printing import chromium_or_skip, gazette_pdf


def test_text_rules_on_lines_as_read() -> None:
    assert fix_text("北站街道38一02地块公园新建项目") == "北站街道38—02地块公园新建项目"
    assert (
        fix_text("中兴路1377弄5一14号旧住房拆除重建项目") == "中兴路1377弄5—14号旧住房拆除重建项目"
    )
    assert fix_text("全称为AlGeneratedContent，意为") == "全称为AIGeneratedContent，意为"
    assert fix_text('<ulstyle="list-style-type:none">●全年环境空气质量（AQl）优良天数309天') == (
        '<ul style="list-style-type:none">●全年环境空气质量（AQI）优良天数309天'
    )
    assert fix_text("单位附属绿地打开共享2处。·完成静安公园改造项目") == (
        "单位附属绿地打开共享2处。●完成静安公园改造项目"
    )
    # the numeral where it is one, Latin words as spelt, a tag already spaced, a name's dot
    for text in (
        "万荣一路180号产业项目",
        "2026年一季度",
        "第1批，一共3项",
        "全球商务区创新联合会（GlobalBusiness DevelopmentInnovation Club）",
        "Al技术",
        "HTML、Excel",
        '<ul style="x">',
        "以“水岸开源——汇聚·共创·共享”为主题",
    ):
        assert fix_text(text) == text


def _line(strokes: list[tuple[str, int]], em: int = 30, weight: int = 3) -> np.ndarray:
    """A drawn line of ``em``-square glyphs: '口' a box of strokes ``weight`` thick, '一' a
    stroke across the middle of the given thickness, one em or (as '——') two long."""
    cells = []
    for kind, thick in strokes:
        width = 2 * em if kind == "——" else em
        cell = np.full((em, width + 6), 255, dtype=np.uint8)
        if kind == "口":
            cell[2 : em - 2, 3 : 3 + weight] = 0
            cell[2 : em - 2, em - weight : em] = 0
            cell[2 : 2 + weight, 3:em] = 0
            cell[em - 2 - weight : em - 2, 3:em] = 0
        else:
            mid = em // 2 - 2
            cell[mid : mid + thick, 3 : 3 + width] = 0
            if kind == "一s":  # a Song type's 一: its end swells
                cell[mid - 2 : mid + thick, width - 2 : width + 3] = 0
        cells.append(cell)
    return np.pad(np.concatenate(cells, axis=1), 10, constant_values=255)


def test_dashes_are_the_strokes_lighter_than_the_line() -> None:
    grey = _line([("口", 3), ("一", 1), ("口", 3), ("一", 3), ("口", 3), ("——", 1), ("口", 3)])
    box = (10.0, 10.0, float(grey.shape[1] - 10), 40.0)
    assert dashes("口一口一口一口", grey, box) == "口—口一口——口"
    assert dashes("口-口一口一口", grey, box) == "口—口一口——口"  # a long stroke read '-'
    # the strokes and the text's 一 do not pair up one to one: nothing changed
    assert dashes("口一口一口", grey, box) == "口一口一口"
    song = _line([("口", 3), ("一s", 1), ("口", 3)])
    assert dashes("口一口", song, (10.0, 10.0, float(song.shape[1] - 10), 40.0)) == "口一口"
    heavy = _line([("口", 3), ("一", 3), ("口", 3)])
    assert dashes("口一口", heavy, (10.0, 10.0, float(heavy.shape[1] - 10), 40.0)) == "口一口"


def test_an_opening_quote_before_the_box_is_put_back() -> None:
    grey = np.full((60, 200), 255, dtype=np.uint8)
    grey[10:40, 60:190] = 0  # the box's text, as ink
    box = (60.0, 10.0, 190.0, 40.0)
    text = "数通链谷”是2024年"
    assert opening_quote(text, grey, box) == (text, 60.0)  # nothing before the box
    grey[11:18, 45:52] = 0  # a mark high in the em before the box
    assert opening_quote(text, grey, box) == ("“" + text, 45.0)
    assert opening_quote("“区”科学配置", grey, box)[0] == "“区”科学配置"  # no closing mark alone
    low = grey.copy()
    low[11:35, 45:52] = 0  # reaching down the line: a character's stroke, not a quote
    assert opening_quote(text, low, box) == (text, 60.0)


def test_a_lone_mark_is_taken_where_every_reading_agrees() -> None:
    grey = np.full((60, 60), 255, dtype=np.uint8)
    grey[20:40, 20:35] = 0
    box = (15.0, 15.0, 45.0, 45.0)

    def reader(answers: list[tuple[str, float]]):  # type: ignore[no-untyped-def]
        it = iter(answers)
        return lambda _box, _scale: next(it)

    sure = [("%", 0.97), ("%", 0.69), ("%", 0.90), ("%", 0.79)]
    assert lone_mark("%", 0.53, grey, box, reader(sure), 0.8) == ("%", 0.97)
    split = [("%", 0.97), ("6", 0.69), ("%", 0.90), ("%", 0.79)]
    assert lone_mark("%", 0.53, grey, box, reader(split), 0.8) == ("%", 0.53)
    unsure = [("%", 0.7), ("%", 0.69), ("%", 0.6), ("%", 0.79)]
    assert lone_mark("%", 0.53, grey, box, reader(unsure), 0.8) == ("%", 0.53)
    # text, not a lone mark; or already sure: the recogniser is not asked
    assert lone_mark("单位", 0.5, grey, box, reader([]), 0.8) == ("单位", 0.5)
    assert lone_mark("%", 0.9, grey, box, reader([]), 0.8) == ("%", 0.9)


def test_boxes_cutting_a_character_are_read_as_one() -> None:
    left = ("育婴堂路", (306.0, 1720.0, 421.0, 1752.0))
    right = ("各（中华新路—南山路）道路新建工程项目", (403.0, 1719.0, 884.0, 1752.0))

    def read(text: str):  # type: ignore[no-untyped-def]
        return lambda _box: (text, 0.96)

    whole = "育婴堂路（中华新路一南山路）道路新建工程项目"
    assert seam(left, right, read(whole)) == ("育婴堂路（中华新路—南山路）道路新建工程项目", 0.96)
    # read otherwise elsewhere ('走马堆' for '走马塘'): the boxes stay as read
    assert seam(left, right, read(whole.replace("南山", "南由"))) is None
    apart = ("各（中华新路—南山路）道路新建工程项目", (430.0, 1719.0, 884.0, 1752.0))
    assert seam(left, apart, read(whole)) is None
    below = ("各（中华新路—南山路）道路新建工程项目", (403.0, 1760.0, 884.0, 1792.0))
    assert seam(left, below, read(whole)) is None


@pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))
def test_scanned_pages_give_their_dashes_quotes_and_unit_cells(tmp_path: Path) -> None:
    from gongbao.read.pdf import read_pdf
    from tests.read.test_ocr import scan

    chromium_or_skip()
    printed = gazette_pdf(SAMPLE.read_text(encoding="utf-8"), tmp_path / "sample.pdf")
    lines = [ln.text for ln in read_pdf(scan(printed.read_bytes(), [52, 77, 81])).lines]
    text = "\n".join(lines)
    # the unit cells read '%' under the threshold (0.53–0.76 at 300 dpi), each read again
    assert "\t2\t区级一般公共预算收入年均增速\t%\t预期性\t2左右(五年年均)" in lines
    assert "\t16\t养老机构护理型床位占比\t%\t预期性\t77 (五年达到)" in lines
    # dashes between digits and between road names; 64's boxes cut 路 in two ('路各（')
    for row in (
        "47\t中兴路1377弄5—14号旧住房拆除重建项目\t社会民生类",
        "63\t宝川路（宝昌路—宝源路）道路新建工程项目\t基础设施类",
        "64\t育婴堂路（中华新路—南山路）道路新建工程项目\t基础设施类",
        "70\t北站街道38—02地块公园新建项目\t基础设施类",
    ):
        assert row in lines
    # the opening quotation marks the boxes left out
    assert "“数通链谷”是2024年10月25日在静安区揭牌成立" in text
    assert "“视听静界”是静安区重点打造的上海超高清视听产业" in text
    # the numeral stays where it is one
    assert "53\t彭一小区公建配套设施新建项目\t社会民生类" in lines
