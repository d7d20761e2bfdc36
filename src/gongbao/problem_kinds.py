"""The Chinese name of each kind of problem found in an issue. The kind ids stay the API's
ids; a page shows the name, because its readers read Chinese."""

from __future__ import annotations

#: problem kind id → the name a reader sees (every kind a ``Problem(...)`` in src creates;
#: tests/test_problem_kinds.py fails when one is missing)
PROBLEM_KINDS: dict[str, str] = {
    # read: what the input itself lost
    "nul_removed": "删除了空字符（NUL）",
    "scanned_page": "扫描页没有文字层",
    "ocr_low_confidence": "文字识别置信度低",
    "html_flattened": "网页嵌套过深，格式丢失",
    "page_metadata_differs": "网页信息与正文不一致",
    # clean and structure: what the text of the issue lost or carries extra
    "text_lost": "分页处可能缺失文字",
    "text_removed": "删除了疑似非正文的文字",
    "unplaced_text": "首篇文件之前有文字",
    "toc_unmatched": "目录条目在正文中找不到",
    "attachment_label_missing": "附件缺少“附件N”字样",
    "attachment_title_cut": "附件标题不完整",
    "title_verb_lost": "标题缺少“关于印发”等字样，未采用",
    "title_unrelated": "标题与正文无关（疑为转载网站的标题），未采用",
    # check: where the issue disagrees with itself
    "toc_title_differs": "目录标题与正文标题不同",
    "issue_truncated": "本期内容不完整",
    "numbering_gap": "序号不连续",
    "footnote_unanchored": "注释在正文中没有标记",
    "footnote_marker_mismatch": "注释序号与正文标记不符",
    # extract: facts that could not be read or do not add up
    "appointment_kind_unknown": "无法判断任免类别",
    "appointment_unclear": "任免职务不清",
    "budget_text_damaged": "预算文字中的数字断开",
    "budget_identity_fails": "预算数额与各项之和不符",
    "budget_rate_fails": "预算增长率与数额不符",
    "budget_unchecked_ocr": "扫描识别的预算数额未作核对",
}


def problem_name(kind: str) -> str:
    """The Chinese name of a problem kind; a kind without one (a newer parser's, in an old
    database read by this version) is still shown in Chinese, never as its id."""
    return PROBLEM_KINDS.get(kind, "其他问题")
