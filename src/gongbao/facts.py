"""One class per fact kind (DESIGN.md: extract/). Each carries the ``Source`` it came from:
document, block path, character span in the block's text, input line.

Kept apart from ``model`` (the issue tree) so that a new fact kind is one class here, one
module in ``extract/``, and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from gongbao.model import Source


def dump(obj: Any) -> Any:
    """Dataclasses → dicts in field order; what has ``to_dict`` uses it."""
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: dump(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [dump(x) for x in obj]
    if isinstance(obj, dict):
        return {k: dump(v) for k, v in obj.items()}
    return obj


@dataclass(slots=True)
class Role:
    organization: str | None
    title: str


@dataclass(slots=True)
class Appointment:
    document: str
    person: str
    action: str  # appoint | remove
    positions: list[str]
    qualifiers: list[str]
    roles: list[Role]
    source: Source = field(default_factory=Source)
    #: the date of the document that decides it (its 成文日期), so a career can be read
    #: across documents and issues
    date: str | None = None


@dataclass(slots=True)
class Move:
    """A person removed from some posts and appointed to others in the same issue."""

    person: str
    removed: list[str]
    appointed: list[str]
    documents: list[str]


@dataclass(slots=True)
class Value:
    """A target or an actual as printed, with its number range, unit and qualifier."""

    text: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None


@dataclass(slots=True)
class Indicator:
    document: str
    table: str | None
    category: str | None
    name: str
    unit: str | None
    attribute: str | None
    period: str | None
    target: Value | None
    actual: Value | None
    met: bool | None
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str
    text: str


@dataclass(slots=True)
class Commitment:
    document: str
    no: int
    category: str | None
    text: str
    quantities: list[Quantity]
    source: Source = field(default_factory=Source)
    #: the units a list names as carrying it (a 责任单位 column), as printed
    responsible: list[str] = field(default_factory=list)
    #: how far it is done, where a list prints it (完成情况, 进度)
    progress: str | None = None
    #: the share of the year's plan done, where a list prints it (占全年计划 110%)
    share: str | None = None
    #: the list's own title where it names the year and place ('2024年上海市为民办实事项目
    #: 完成情况'): a report of one year's projects may be published untitled
    list_title: str | None = None


@dataclass(slots=True)
class Measure:
    document: str
    no: int
    title: str
    text: str
    responsible: list[str]
    #: organisation ids the responsible units resolve to (a group such as 各功能片区 too)
    organisations: list[str]
    lead: list[str]
    source: Source = field(default_factory=Source)
    #: who may benefit and what they get, as conditions a profile is checked against
    #: (gongbao.extract.eligibility): {"conditions": [...], "benefit": {...} | None}
    eligibility: dict[str, Any] | None = None


@dataclass(slots=True)
class Benefit:
    """A numbered article that says what a business or a person gets, on what conditions
    (gongbao.extract.benefits)."""

    document: str
    no: str
    title: str
    text: str
    eligibility: dict[str, Any]
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class Project:
    document: str
    no: int | None
    name: str
    category: str | None
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class BudgetLine:
    document: str
    label: str
    amount: float
    unit: str
    budget: str | None
    year: int | None
    role: str  # revenue | expenditure | total | item | change
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class Identity:
    document: str
    total_label: str
    total: float
    parts: list[dict[str, Any]]
    sum: float
    holds: bool
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class Term:
    document: str
    no: int | None
    term: str
    definition: str
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class Reference:
    document: str
    title: str | None
    doc_number: str | None
    #: the document of the same issue it names, if any
    target: str | None
    source: Source = field(default_factory=Source)
    #: what the citing document does to the cited one: 依据 (rests on it), 印发, 转发, 废止
    #: (repeals it), 修改, 替代 (replaces it), or 引用 (cites it)
    relation: str = "引用"


@dataclass(slots=True)
class Condition:
    field: str
    operator: str
    value: float | str
    text: str


@dataclass(slots=True)
class Rule:
    document: str
    subject: str
    condition: list[Condition]
    amount: float
    unit: str
    source: Source = field(default_factory=Source)


@dataclass(slots=True)
class Organisation:
    id: str
    name: str
    aliases: list[str]
    kind: str  # organisation | group
