"""/api/match: the measures in force that apply to a business's or a person's profile, each
with its conditions met, unknown (null: ask the user) and failed, the benefit and the
department to contact (gongbao.matching; issue 17)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import Field

from gongbao.errors import InputError
from gongbao.web import schemas as m
from gongbao.web.api_params import Conn, Get

Text = Annotated[str | None, Query(max_length=40)]


class Condition(m.Open):
    """A condition the measure's text states: its field, the values it asks, the words it
    was read from, and whether the profile meets it (null: the profile does not say)."""

    field: str
    values: list[str]
    text: str
    met: bool | None


class Match(m.Open):
    measure: str
    document: str
    document_title: str | None = None
    title: str
    conditions: list[Condition]
    benefit: dict[str, Any] | None = None
    responsible: list[str]
    valid_until: str | None = None
    source: m.Source


class Matches(m.Open):
    items: list[Match]
    total: int
    as_of: str = Field(description="the day the measures are checked in force on")


def add_match(api: APIRouter, get: Get) -> None:
    @get(
        "/match",
        Matches,
        "The measures in force that apply to a profile: conditions met, unknown and the "
        "department to contact (a condition no document states is never assumed)",
    )
    def match_profile(
        c: Conn,
        place: Text = None,
        industry: Annotated[
            str | None, Query(max_length=40, description="a word (生物医药) or a GB/T 4754 code")
        ] = None,
        kind: Text = None,
        size: Text = None,
        founded: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
        certifications: Annotated[
            str | None, Query(max_length=200, description="names separated by 、 or commas")
        ] = None,
        as_of: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
        certified: Annotated[
            str | None,
            Query(
                max_length=200,
                description="what was obtained and when: 高新技术企业:2024、专精特新:2023-05-01",
            ),
        ] = None,
        listed: Annotated[
            str | None,
            Query(
                max_length=100, description="boards and the year listed: 创业板:2021; 无 for none"
            ),
        ] = None,
        moved_in: Annotated[
            str | None,
            Query(
                pattern=r"^\d{4}-\d{2}-\d{2}$",
                description="the day the business came to the place (its founding day if founded "
                "there)",
            ),
        ] = None,
        patents: Annotated[
            str | None,
            Query(
                max_length=100,
                description="patents granted in the year asked about, by kind: 发明专利:2; 无",
            ),
        ] = None,
        standards: Annotated[
            str | None,
            Query(max_length=100, description="standards led and the day approved: 国家标准:2024"),
        ] = None,
        exhibitions: Annotated[
            str | None,
            Query(max_length=100, description="exhibitions taken part in: 境外:2024; 无 for none"),
        ] = None,
        export_usd: Annotated[
            float | None, Query(ge=0, description="自营出口额 of the last year, 万美元")
        ] = None,
        export_growth: Annotated[
            float | None, Query(description="自营出口额 growth over the year before, %")
        ] = None,
        revenue: Annotated[float | None, Query(ge=0, description="营业收入, 万元")] = None,
        staff: Annotated[int | None, Query(ge=0, description="从业人员, 人")] = None,
        assets: Annotated[float | None, Query(ge=0, description="资产总额, 万元")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> dict[str, Any]:
        from gongbao.matching import Profile
        from gongbao.store.match import match_stored

        try:
            profile = Profile.from_query(
                place=place,
                industry=industry,
                kind=kind,
                size=size,
                founded=founded,
                certifications=certifications,
                as_of=as_of,
                certified=certified,
                listed=listed,
                moved_in=moved_in,
                patents=patents,
                standards=standards,
                exhibitions=exhibitions,
                revenue=revenue,
                staff=staff,
                assets=assets,
                export_usd=export_usd,
                export_growth=export_growth,
            )
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        return match_stored(c, profile, limit)
