"""Routes of the JSON API that follow records across documents and issues: organisations,
people and their careers, the indicator ledger, pledges, 文号 series and the changes log."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query

from gongbao.store import read
from gongbao.web import schemas as m
from gongbao.web import schemas_tracking as t
from gongbao.web.api_params import NOT_FOUND, Conn, Get, Limit, Offset, missing

Contains = Annotated[str | None, Query(description="part of a name")]


def add_tracking(api: APIRouter, get: Get) -> None:
    @get("/organisations", m.Page[t.OrganisationSummary], "Organisations, most responsible first")
    def list_orgs(
        c: Conn, limit: Limit = 50, offset: Offset = 0, q: Contains = None
    ) -> dict[str, Any]:
        return read.organisations(c, limit, offset, q)

    @get(
        "/organisations/{org_id:path}",
        t.Organisation,
        "What an organisation issued, carries and who was appointed there",
        NOT_FOUND,
    )
    def get_org(org_id: str, c: Conn) -> dict[str, Any]:
        return read.organisation(c, org_id) or _raise(missing("机构", org_id))

    @get("/people", m.Page[t.PersonSummary], "People named in appointments and removals")
    def list_people(
        c: Conn, limit: Limit = 50, offset: Offset = 0, q: Contains = None
    ) -> dict[str, Any]:
        return read.people(c, limit, offset, q)

    @get(
        "/people/judgements",
        t.Judgements,
        "Reviewers' merges and splits of person ids, in the order made "
        "(the latest on a pair is in force)",
    )
    def list_judgements(
        c: Conn,
        person: Annotated[str | None, Query(description="a person's id")] = None,
    ) -> dict[str, Any]:
        from gongbao.store.judgements import judgements

        return {"items": judgements(c, person)}

    @get(
        "/people/{person_id:path}",
        t.Person,
        "A person's appointments, removals and moves (and those of ids merged with it)",
        NOT_FOUND,
    )
    def get_person(person_id: str, c: Conn) -> dict[str, Any]:
        return read.person(c, person_id) or _raise(missing("人员", person_id))

    @get(
        "/pledges",
        t.Pledges,
        "A year's practical projects (为民办实事) with the reports of how each was done",
    )
    def get_pledges(
        c: Conn,
        year: Annotated[int, Query(ge=1949, le=2100)],
        place: Annotated[str | None, Query(max_length=40, description="e.g. 静安区")] = None,
    ) -> dict[str, Any]:
        return read.pledges(c, year, place)

    @get(
        "/ledger",
        t.Ledger,
        "Indicators across documents and years: targets, outcomes, each year's status "
        "(met, exceeded, not met) and similar names left apart as candidates",
    )
    def get_ledger(
        c: Conn,
        q: Annotated[str, Query(min_length=1, max_length=100, description="part of a name")],
        place: Annotated[str | None, Query(description="e.g. 静安区")] = None,
        limit: Annotated[int, Query(ge=1, le=100)] = 20,
    ) -> dict[str, Any]:
        if any(ord(ch) < 32 or ch in "\ufffe\uffff" for ch in q + (place or "")):
            raise HTTPException(status_code=422, detail="q: 含有控制字符，请删去")
        return read.ledger(c, q, limit, place)

    @get(
        "/series",
        m.Page[t.Series],
        "文号 series by issuer code and year: count, highest, gaps, numbers cited but not held",
    )
    def list_series(
        c: Conn,
        limit: Limit = 50,
        offset: Offset = 0,
        code: Annotated[str | None, Query(description="issuer code, e.g. 静府发")] = None,
        year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    ) -> dict[str, Any]:
        return read.series(c, limit, offset, code=code, year=year)

    @get(
        "/changes",
        t.Changes,
        "What changed after a cursor: new documents, appointments, missed targets, "
        "有效期 (oldest first; ask again with `next`)",
    )
    def list_changes(
        c: Conn,
        since: Annotated[str, Query(pattern=r"^\d{1,18}$", description="the last `next`")] = "0",
        limit: Limit = 100,
        kind: Literal["document", "appointment", "missed_target", "expiring"] | None = None,
    ) -> dict[str, Any]:
        from gongbao.store.changes import read_changes

        return read_changes(c, int(since), limit, kind=kind)


def _raise(exc: HTTPException) -> Any:
    raise exc
