"""No 'does not add up' rests on OCR (pipeline._withhold_ocr_verdicts): a budget sum that
fails on a page read from a scan is far likelier a misread figure than the government's
error, so the verdict is withheld and a problem says so. The misread is the kind OCR makes
(one digit of 增值税1,006,349万元 read as 0), in the sample's real budget report."""

from __future__ import annotations

from collections.abc import Callable

import gongbao
from gongbao.extract.walk import walk
from gongbao.model import Issue
from gongbao.pipeline import _withhold_ocr_verdicts
from tests.conftest import SAMPLE

BUDGET = "jingan-2026-01-07"  # the 预算执行情况和预算草案 report (checked by hand)


def _misread(page: int) -> Issue:
    text = SAMPLE.read_text(encoding="utf-8").replace("增值税1,006,349万元", "增值税1,006,340万元")
    issue = gongbao.parse_text(text)
    for doc in issue.documents:
        if doc.id == BUDGET:
            for block, _ in walk(doc):
                block.source.page = page
    return issue


def _failing(issue: Issue) -> list[tuple[str, float, float]]:
    return [(i.total_label, i.total, i.sum) for i in issue.facts["identities"] if not i.holds]


def _kinds(issue: Issue, keep: Callable[[str], bool]) -> list[str]:
    return [p.kind for p in issue.problems if keep(p.kind)]


def test_a_failing_sum_on_an_ocr_page_is_withheld_with_a_problem() -> None:
    issue = _misread(page=12)
    held = len(issue.facts["identities"])
    assert _failing(issue) == [("区级一般公共预算收入", 3144700, 3144691)]
    _withhold_ocr_verdicts(issue, {12})
    assert _failing(issue) == []
    assert len(issue.facts["identities"]) == held - 1  # the sums that hold are kept
    [problem] = [p for p in issue.problems if p.kind.startswith("budget_")]
    assert problem.kind == "budget_unchecked_ocr" and problem.document == BUDGET
    assert problem.detail == (
        "区级一般公共预算收入3,144,700与各项之和3,144,691不符："
        "该处文字由扫描图像识别而来，可能是识别错误，不作核对结论"
    )


def test_a_failing_sum_on_a_text_layer_page_stays_a_finding() -> None:
    issue = _misread(page=12)
    _withhold_ocr_verdicts(issue, {3})  # another page was scanned, not the report's
    assert _failing(issue) == [("区级一般公共预算收入", 3144700, 3144691)]
    assert _kinds(issue, lambda k: k.startswith("budget_")) == ["budget_identity_fails"]
