from __future__ import annotations

import json

from click.testing import CliRunner

from gongbao.cli import main
from tests.conftest import SAMPLE


def test_parse_json_is_the_contract() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert list(data)[:6] == ["schema", "issue", "toc", "documents", "tables", "footnotes"]
    assert set(data["budget"]) == {"lines", "identities", "checks"}
    assert len(data["documents"]) == 10


def test_parse_summary() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "--format", "summary"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "上海市静安区人民政府公报 2026年第1期（总第47期） 2026-01-01–2026-02-28"
    assert lines[1] == "contents entries: 10 (10 linked)"
    assert "tables: 9, rows: 177" in lines
    assert lines[-1] == (
        "problems: 13 (attachment_label_missing 1, footnote_marker_mismatch 8, "
        "text_lost 1, toc_title_differs 3)"
    )


def test_parse_tree() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "--format", "tree"])
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert "    一、 为老服务方面" in out
    assert "        1. 为2000名特殊困难老年人提供“一键通”应急呼叫服务" in out
    assert "  第十二章 切实加强规划实施保障，凝心聚力为实现“十五五”规划而奋斗" in out


def test_unknown_format_is_refused() -> None:
    result = CliRunner().invoke(main, ["parse", str(SAMPLE), "--format", "xml"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr
