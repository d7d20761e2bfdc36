"""The Chinese name of each kind of document (the ids ``structure.kinds.kind_of`` gives, and
``news`` for a report on a page): the search facet and the pages show these, the API keeps
the ids."""

from __future__ import annotations

#: document kind id → the name a reader sees, in the order kind_of tries them
DOCUMENT_KINDS: dict[str, str] = {
    "personnel": "人事任免",
    "notice": "通知",
    "decision": "决定",
    "opinion": "意见",
    "reply": "批复",
    "regulation": "法规规章",
    "measures": "政策措施",
    "plan": "规划计划",
    "report": "报告",
    "announcement": "公告",
    "minutes": "纪要",
    "budget": "预决算",
    "order": "令",
    "letter": "函",
    "document": "其他文件",
    "news": "新闻报道",  # a page that reports on a decision, issued by no one
}


def kind_name(kind: str | None) -> str:
    """The Chinese name of a document kind; an unknown or missing kind is 其他文件."""
    return DOCUMENT_KINDS.get(kind or "", "其他文件")
