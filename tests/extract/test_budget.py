"""Budget labels on the sample issue: a name holding its own brackets is kept whole.

Checked by hand against samples/jingan-2026-01.txt line 935: '…“三公”经费预算 5,392 万元，其中：
因公出国（境）费用 1,153 万元、公务用车运行维护费 2,521 万元、公务用车购置费 1,476 万元、公务接待费
242 万元。' — 1,153 + 2,521 + 1,476 + 242 = 5,392."""

from __future__ import annotations

from gongbao.model import Issue


def test_a_label_with_brackets_is_not_cut_inside_them(sample: Issue) -> None:
    lines = [ln for ln in sample.facts["budget_lines"] if ln.source.line == 935]
    assert [(ln.label, ln.amount) for ln in lines] == [
        ("2026年区本级各预算单位用财政拨款开支的“三公”经费预算", 5392.0),
        ("因公出国（境）费用", 1153.0),
        ("公务用车运行维护费", 2521.0),
        ("公务用车购置费", 1476.0),
        ("公务接待费", 242.0),
    ]
    assert not any(ln.label.startswith("境）") for ln in sample.facts["budget_lines"])


def test_the_sangong_identity_holds_with_its_four_parts(sample: Issue) -> None:
    (ident,) = [i for i in sample.facts["identities"] if "“三公”经费" in i.total_label]
    assert ident.parts == [
        {"label": "因公出国（境）费用", "amount": 1153.0},
        {"label": "公务用车运行维护费", "amount": 2521.0},
        {"label": "公务用车购置费", "amount": 1476.0},
        {"label": "公务接待费", "amount": 242.0},
    ]
    assert (ident.total, ident.sum, ident.holds) == (5392.0, 5392.0, True)


def _lines(path: str) -> list[tuple[str, float, str, bool]]:
    from tests.structure.corpus_pages import corpus_issue

    issue = corpus_issue(path)
    return [(b.label, b.amount, b.unit, b.role == "change") for b in issue.facts["budget_lines"]]


def test_an_estimate_or_an_outcome_is_labelled_without_its_verb() -> None:
    """'全县一般公共预算收入预计完成81000万元' (checked by hand: 81000, 411120)."""
    got = _lines("budget-report/hubei-jingmen-shayang-2022-budget-report-page.txt")
    assert ("全县一般公共预算收入", 81000.0, "万元", False) in got
    assert ("全县一般公共预算支出", 411120.0, "万元", False) in got


def test_bases_and_sums_are_no_lines() -> None:
    """'完成预算数31220万元的101.7%,较上年28899万元增长9.9%': the base of a percentage and
    last year's amount are no lines of this budget; '…上年结余收入和动用预算稳定调节基金、接受
    其他地区援助收入等378.9亿元' sums lines the sentence names without amounts."""
    got = _lines("budget-report/shaanxi-xian-zhouzhi-2023-budget-report-page.txt")
    assert ("全年县级一般公共预算收入", 31751.0, "万元", False) in got
    assert not any(amount in (31220.0, 28899.0, 53169.0, 539267.0) for _l, amount, _u, _c in got)
    got = _lines("budget-report/jilin-yanbian-2020-budget-report-page.txt")
    assert not any(amount == 378.9 for _l, amount, _u, _c in got)
    assert ("收入总计", 437.6, "亿元", False) in got


def test_a_template_change_printed_both_ways_only_where_it_is_nothing() -> None:
    """'因公出国(境)经费0万元,较上年增加(减少)0万元(0%)': a change of 0 of that line."""
    got = _lines("dept-budget/shaanxi-xian-xincheng-weijiju-2019-sangong-budget-page.txt")
    assert ("因公出国(境)经费", 0.0, "万元", True) in got
    assert ("因公出国(境)经费", 0.0, "万元", False) in got
