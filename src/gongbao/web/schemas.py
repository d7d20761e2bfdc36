"""The JSON API's answers as pydantic models: what /openapi.json promises and what FastAPI
checks every answer against (``response_model``), so the description cannot drift from the
code. Fields are those read.py and the export contract (shared/DESIGN.md) fix; every model
allows more keys (the contract is additive), and optional fields are left out of an answer
that lacks them (routes use ``response_model_exclude_unset``), never added as null."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

Number = int | float  # both, so an amount is sent as stored (3, not 3.0)
T = TypeVar("T")


class Open(BaseModel):
    """A JSON object with the fields below, and possibly more."""

    model_config = ConfigDict(extra="allow")


class Error(BaseModel):
    """Every error under /api: one short message, in Chinese where a reader may see it."""

    error: str


class Page(Open, Generic[T]):
    """A page of a list: ``total`` counts every match, ``items`` the ones from ``offset``."""

    items: list[T]
    total: int
    limit: int
    offset: int


class Source(Open):
    """Where a record was read: document, block path, character span, printed lines, PDF page."""

    document: str | None = None
    block: str | None = None
    span: list[int] | None = None
    line: int | None = None
    end_line: int | None = None
    page: int | None = None


class Record(Open):
    """A fact read from a document (every fact carries its ``source``)."""

    document: str | None = None
    source: Source | None = None


# --- issues and documents ----------------------------------------------------------------


class IssueSummary(Open):
    id: str
    gazette: str
    gazette_name: str | None
    year: int | None
    number: int | None
    total_number: int | None
    published: str | None
    period_start: str | None
    period_end: str | None


class TocEntry(Open):
    section: str | None = None
    title: str | None = None
    page: int | None = None
    document: str | None = None


class Problem(Open):
    """What the checks found wrong in the issue itself (``kind`` is stable English)."""

    kind: str
    document: str | None = None
    detail: str | None = None


class DocumentSummary(Open):
    id: str
    title: str
    kind: str | None
    doc_number: str | None
    date: str | None
    section: str | None
    issuers: list[str]


class Issue(IssueSummary):
    publisher: str | None = None
    toc: list[TocEntry]
    problems: list[Problem]
    moves: list[Open]
    documents: list[DocumentSummary]


class Block(Open):
    """A heading, paragraph, list, table or footnote of a document's outline tree."""

    type: str
    path: str
    text: str | None = None
    num: str | None = None
    level: int | None = None
    children: list[Block] = []
    source: Source | None = None


class Link(Open):
    """What a document does to a document it cites (依据, 印发, 转发, 废止, 修改, 替代, 引用)."""

    type: str
    title: str | None = None
    doc_number: str | None = None
    target: str | None = None
    sentence: str | None = None


class Document(Open):
    id: str
    title: str
    kind: str | None = None
    section: str | None = None
    doc_number: str | None = None
    date: str | None = None
    issuers: list[str] = []
    addressees: list[str] = []
    attachments: list[Open] = []
    valid_from: str | None = None
    valid_until: str | None = None
    body: list[Block]
    issue: str
    cites: list[Reference]
    cited_by: list[str]
    footnotes: list[Footnote]
    status: str
    repealed_by: str | None
    repealed_from: str | None
    links: list[Link]


class DocumentStatus(Open):
    id: str
    title: str
    kind: str | None
    doc_number: str | None
    date: str | None
    valid_from: str | None
    valid_until: str | None
    issue: str
    status: str
    repealed_by: str | None


class DocumentsPage(Page[DocumentStatus]):
    as_of: str


class Hit(Open):
    """A block holding the query; ``snippet`` marks the matches with <mark>."""

    document: str
    issue: str
    block: str
    title: str | None
    snippet: str
    score: float
    line: int | None
    #: the kind of block (paragraph, table, head, signature, footnote …) and where it shows
    type: str | None = None
    link: str | None = None


class Found(Page[Hit]):
    facets: dict[str, dict[str, int]]


# --- facts -------------------------------------------------------------------------------


class Role(Open):
    organization: str | None = None
    title: str | None = None


class Appointment(Record):
    person: str
    action: str
    positions: list[str] = []
    qualifiers: list[str] = []
    roles: list[Role] = []
    date: str | None = None


class Value(Open):
    text: str | None = None
    low: Number | None = None
    high: Number | None = None
    unit: str | None = None
    qualifier: str | None = None


class Indicator(Record):
    name: str
    unit: str | None = None
    period: str | None = None
    table: str | None = None
    category: str | None = None
    attribute: str | None = None
    target: Value | None = None
    actual: Value | None = None
    met: bool | None = None


class Quantity(Open):
    value: Number | None = None
    unit: str | None = None


class Commitment(Record):
    no: int | None = None
    category: str | None = None
    text: str
    quantities: list[Quantity] = []


class Measure(Record):
    no: int | None = None
    title: str | None = None
    text: str
    responsible: list[str] = []
    organisations: list[str] = []


class Project(Record):
    no: int | None = None
    name: str
    category: str | None = None


class Term(Record):
    no: int | None = None
    term: str
    definition: str | None = None


class Reference(Record):
    title: str | None = None
    doc_number: str | None = None
    target: str | None = None
    relation: str | None = None


class Rule(Record):
    subject: str | None = None
    condition: list[Open] = []
    amount: Number | None = None
    unit: str | None = None


class Benefit(Record):
    """A numbered article saying what a business or a person gets, with its eligibility
    rule (conditions, each with its words; the benefit)."""

    no: str | None = None
    title: str | None = None
    text: str | None = None
    eligibility: Open | None = None


class Footnote(Record):
    marker: str | None = None
    text: str | None = None


class BudgetLine(Record):
    """An amount of a budget report: ``budget`` is one of the three budgets or null."""

    label: str
    amount: Number | None
    unit: str | None = None
    budget: str | None = None
    year: int | None = None
    role: str | None = None


class Part(Open):
    label: str
    amount: Number | None = None


class Identity(Record):
    """A total checked against the sum of its parts, with the budget and year of the lines it
    adds up (null where those lines name none, or disagree)."""

    total_label: str
    total: Number | None
    parts: list[Part]
    sum: Number | None
    holds: bool
    budget: str | None
    year: int | None


Block.model_rebuild()
Document.model_rebuild()
