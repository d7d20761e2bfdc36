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
