"""Every problem a reader sees is in Chinese: each kind created anywhere in src has a Chinese
name, and each detail is a Chinese sentence that keeps the values it is about."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import gongbao
from gongbao.model import Issue, Problem
from gongbao.problem_kinds import PROBLEM_KINDS, problem_name
from tests.conftest import ROOT

SRC = ROOT / "src" / "gongbao"
CORPUS = ROOT / "tests" / "corpus"


def _kinds_created() -> tuple[set[str], list[str]]:
    """The kind of every ``Problem(...)`` in src, and where a kind is not a literal."""
    kinds: set[str] = set()
    unreadable: list[str] = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Problem"
            ):
                continue
            arg = node.args[0] if node.args else None
            arg = arg or next((k.value for k in node.keywords if k.arg == "kind"), None)
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                kinds.add(arg.value)
            else:
                unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return kinds, unreadable


def test_every_kind_created_in_src_has_a_chinese_name() -> None:
    kinds, unreadable = _kinds_created()
    assert unreadable == []  # a kind this test cannot read could go unnamed
    assert len(kinds) == 24  # counted by hand from `grep -rn "Problem(" src`
    assert kinds == set(PROBLEM_KINDS)  # none unnamed, no name for a kind no longer made
    for name in PROBLEM_KINDS.values():
        assert re.fullmatch(r"[\u4e00-\u9fff“”（）NUL，]+", name), name
    assert problem_name("toc_title_differs") == "目录标题与正文标题不同"
    assert problem_name("no_such_kind") == "其他问题"  # never the id


def _corpus_files() -> list[Path]:
    return sorted(
        p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html", ".pdf")
    )


#: what a detail may print in Latin letters besides the values it quotes
_LATIN_WORDS = {"NUL", "HTML"}


def _english_words(detail: str) -> set[str]:
    """Latin words of a detail outside the values it quotes (“…”, （“…”）)."""
    outside = re.sub(r"“[^”]*”", "", detail)
    return set(re.findall(r"[A-Za-z]{3,}", outside)) - _LATIN_WORDS


@pytest.fixture(scope="module")
def corpus_problems() -> list[tuple[str, Problem]]:
    out: list[tuple[str, Problem]] = []
    for path in _corpus_files():
        issue = gongbao.parse_file(path)
        out.extend((path.name, p) for p in issue.problems)
    return out


def test_every_problem_found_in_the_sample_and_corpus_is_named_in_chinese(
    sample: Issue, corpus_problems: list[tuple[str, Problem]]
) -> None:
    found = [("sample", p) for p in sample.problems] + corpus_problems
    kinds = {p.kind for _, p in found}
    # the kinds the sample and the corpus give today (a new one must be named too)
    assert kinds >= {
        "attachment_label_missing",
        "footnote_marker_mismatch",
        "toc_title_differs",
        "text_lost",
        "text_removed",
        "numbering_gap",
        "page_metadata_differs",
        "unplaced_text",
        "budget_text_damaged",
    }
    assert kinds <= set(PROBLEM_KINDS)
    for where, p in found:
        assert re.search(r"[\u4e00-\u9fff]", p.detail), (where, p.detail)
        assert _english_words(p.detail) == set(), (where, p.detail)


def test_sample_problem_details_keep_their_values(sample: Issue) -> None:
    """Checked by hand against samples/jingan-2026-01.txt: the contents line of the plan
    (line 24 of the contents) and its title in the body; note ⁵ (FDA) of the measures, whose
    marker in the text is ⁷; the paragraph cut at line 1435; 附件2 printed without its label
    at line 1596."""
    by_kind: dict[str, list[str]] = {}
    for p in sample.problems:
        by_kind.setdefault(p.kind, []).append(p.detail)
    assert by_kind["toc_title_differs"][2] == (
        "目录为“上海市静安区国民经济和社会发展规划第十五五年规划纲要”，"
        "正文标题为“上海市静安区国民经济和社会发展第十五个五年规划纲要”"
    )
    assert (
        "注释印为⁵，正文标记为⁷（“FDA: 美国食品药品监督管理局”）"
        in by_kind["footnote_marker_mismatch"]
    )
    assert by_kind["text_lost"] == [
        "段落在“…人口综合服务和管”处句子未完，下一段另起（“完善重点群体服务。积…”）："
        "分页处可能缺失文字"
    ]
    assert by_kind["attachment_label_missing"] == [
        "附件2未印出“附件2”字样：““两轴一带三片区”空间布局”"
    ]


def test_truncated_issue_and_unmatched_contents_say_so_in_chinese() -> None:
    """The sample cut at two fifths (as tests/read/test_bad_input.py cuts it): four contents
    entries have no document; the last document parsed ends where the text was cut."""
    text = (ROOT / "samples" / "jingan-2026-01.txt").read_text(encoding="utf-8")
    issue = gongbao.parse_text(text[: len(text) * 2 // 5])
    unmatched = [p.detail for p in issue.problems if p.kind == "toc_unmatched"]
    assert unmatched[0] == (
        "目录条目“关于静安区2025年预算执行情况和2026年预算草案的报告”在正文中找不到对应的文件"
    )
    (truncated,) = [p for p in issue.problems if p.kind == "issue_truncated"]
    last = issue.documents[-1].source.end_line
    assert truncated.detail == f"目录列出10篇文件，正文缺少最后4篇：正文止于第{last}行"


def test_corpus_details_in_chinese(corpus_problems: list[tuple[str, Problem]]) -> None:
    """Checked by hand: the page of 国办函〔2004〕36号 dates it 2004-04-17, its body
    二〇〇四年四月二十七日;
    the mirror of 沪府发〔2017〕92号 prints pinyin readings after characters."""
    details = {(name, p.kind): p.detail for name, p in corpus_problems}
    assert details[("govcn-2004-guobanhan36-harbin-universiade.html", "page_metadata_differs")] == (
        "成文日期：网页记为“2004-04-17”，正文为“2004-04-27”"
    )
    pinyin = details[("shanghai-2017-zhengwu-chengxin-trad-pinyin.txt", "text_removed")]
    assert pinyin.startswith("从正文中删去75处（") and "拼音注音" in pinyin
    assert pinyin.endswith("：“(fā)”“(guān)”“(qiáng)”“(wù)”")
