"""The answers of the routes that follow records across documents (``api_tracking``):
organisations, people and their careers, 文号 series, the changes log, the indicator ledger
and pledges, as pydantic models like those of ``gongbao.web.schemas``."""

from __future__ import annotations

from gongbao.web.schemas import Appointment, Measure, Open


class OrganisationSummary(Open):
    id: str
    name: str
    kind: str
    gazette: str
    measures: int


class Issued(Open):
    id: str
    title: str
    date: str | None


class Organisation(Open):
    id: str
    name: str
    kind: str
    gazette: str
    aliases: list[str]
    issued: list[Issued]
    measures: list[Measure]
    appointments: list[Appointment]


class PersonSummary(Open):
    id: str
    name: str
    gazette: str
    records: int


class Membership(Open):
    """A post in the Popolo shape; dates are the documents' own (null: not printed)."""

    organization: str | None
    post: str | None
    role: str | None
    start_date: str | None
    end_date: str | None
    ended: bool
    sources: list[str]


class Judgement(Open):
    id: int
    kind: str
    person_id: str
    other_id: str
    note: str | None
    made_at: str
    by: str | None
    in_force: bool


class Judgements(Open):
    items: list[Judgement]


class Person(Open):
    id: str
    name: str
    gazette: str
    records: list[Appointment]
    moves: list[Open]
    memberships: list[Membership]
    merged_with: list[str]
    judgements: list[Judgement]


class Series(Open):
    """A 文号 series: issuer code and year, the numbers held, missing and only cited."""

    code: str
    year: int | None
    count: int
    highest: int | None
    gaps: list[int]
    documents: list[Open]
    cited_not_held: list[Open]


class Change(Open):
    id: int
    at: str
    kind: str
    issue: str
    document: str | None
    subject: str | None


class Changes(Open):
    """Events after the cursor, oldest first; ask again with ``since=next``."""

    items: list[Change]
    next: str


class LedgerIndicator(Open):
    id: str
    place: str | None
    name: str
    unit: str | None
    entries: list[Open]
    entries_total: int
    status: str | None
    statuses: list[Open]
    plans: list[Open]
    candidates: list[Open]


class Ledger(Open):
    items: list[LedgerIndicator]
    total: int


class PledgeYear(Open):
    place: str
    year: int
    pledges: list[Open]
    unlinked: list[Open]


class Pledges(Open):
    items: list[PledgeYear]
