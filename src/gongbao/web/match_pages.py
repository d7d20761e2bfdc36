"""政策匹配: a form for a business's or a person's profile and the measures that apply to it,
each with the conditions met, unknown (to ask) and the department to call (issue 17)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from gongbao.errors import InputError
from gongbao.extract.eligibility import SECTORS
from gongbao.matching import KINDS, SIZES, Profile

#: the names a page prints for the condition fields
FIELD_NAMES = {
    "place": "注册地",
    "industry": "行业",
    "kind": "主体类型",
    "size": "企业规模",
    "certifications": "资质",
    "threshold": "规模条件",
    "founded": "成立年限",
    "other": "其他条件",
    "certified": "认定或称号",
    "listed": "上市挂牌",
    "moved_in": "新引进或新设立",
    "any": "任一条款",
    "document": "文件状态",
    "document_status": "文件状态",
    "project": "项目",
    "growth": "增幅",
    "patents": "专利",
    "standards": "主导制定标准",
    "exhibition": "参展",
    "qualification": "资质晋升",
}
MET_NAMES = {True: "符合", False: "不符合", None: "待确认"}

Text = Annotated[str, Query(max_length=40)]


def build_match_pages() -> APIRouter:
    from gongbao.store.match import match_stored
    from gongbao.web.pages import env, error_page

    def render(name: str, **context: object) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context))

    pages = APIRouter(include_in_schema=False)

    @pages.get("/match", response_class=HTMLResponse)
    def match_page(
        request: Request,
        place: Text = "",
        industry: Text = "",
        kind: Text = "",
        size: Text = "",
        certifications: Text = "",
        certified: Annotated[str, Query(max_length=200)] = "",
        patents: Annotated[str, Query(max_length=100)] = "",
        standards: Annotated[str, Query(max_length=100)] = "",
        exhibitions: Annotated[str, Query(max_length=100)] = "",
        revenue: Text = "",
        export_usd: Text = "",
        export_growth: Text = "",
        staff: Text = "",
        as_of: Text = "",
    ) -> HTMLResponse:
        asked = dict(
            place=place,
            industry=industry,
            kind=kind,
            size=size,
            certifications=certifications,
            certified=certified,
            patents=patents,
            standards=standards,
            exhibitions=exhibitions,
            revenue=revenue,
            export_usd=export_usd,
            export_growth=export_growth,
            staff=staff,
            as_of=as_of,
        )
        found = None
        if any(asked.values()):
            try:
                profile = Profile.from_query(**asked)
            except InputError as exc:
                return error_page(f"画像有误：{exc}", 422)
            with request.app.state.store.reading() as conn:
                found = match_stored(conn, profile)
        return render(
            "match.html",
            title="政策匹配",
            asked=asked,
            found=found,
            kinds=KINDS,
            sizes=list(SIZES),
            sectors=list(SECTORS),
            field_names=FIELD_NAMES,
            met_names=MET_NAMES,
        )

    return pages
