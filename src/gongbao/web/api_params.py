"""What every route of the JSON API shares: its connection, paging parameters, the errors it
declares in /openapi.json, and the check that refuses query parameters a route does not take
(``from=`` for ``date_from=`` was ignored without a word; now it is a 422 naming the
parameters the route takes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any, Protocol, TypeVar

from fastapi import Depends, HTTPException, Query, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy.engine import Connection

from gongbao.web.schemas import Error

Limit = Annotated[int, Query(ge=1, le=500, description="每页条数")]
#: deeper than any reader pages; bounds the integer every backend must take
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="跳过的条数")]
Date = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
]
IssueId = Annotated[str | None, Query(description="one issue's id, e.g. jingan-2026-01")]
DocumentId = Annotated[str | None, Query(description="one document's id, e.g. jingan-2026-01-08")]


def _conn(request: Request) -> Iterator[Connection]:
    with request.app.state.store.reading() as c:
        yield c


Conn = Annotated[Connection, Depends(_conn)]
Route = TypeVar("Route", bound=Callable[..., Any])


class Get(Protocol):
    """``APIRouter.get`` with the answer's model (``gongbao.web.api._get``)."""

    def __call__(
        self, path: str, model: Any, summary: str, responses: Any = None
    ) -> Callable[[Route], Route]: ...


#: the errors every route may answer, as /openapi.json declares them
ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": Error, "description": "参数有误（未知参数、取值超出范围、格式不符）"},
    503: {
        "model": Error,
        "description": "服务繁忙，请稍后再试",
        "headers": {"Retry-After": {"description": "秒", "schema": {"type": "string"}}},
    },
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "找不到所给 id 的记录"}
}


def missing(what: str, key: str) -> HTTPException:
    """The 404 of an unknown id (``what`` in Chinese: 文档, 期, 机构, 人员)."""
    return HTTPException(status_code=404, detail=f"找不到{what} {key!r}")


def _query_names(dependant: Dependant) -> list[str]:
    names = [p.alias for p in dependant.query_params]
    for sub in dependant.dependencies:
        names += [n for n in _query_names(sub) if n not in names]
    return names


def known_params(request: Request) -> None:
    """Refuse a query parameter the matched route does not declare (a router dependency, so
    it runs before the route's own parameters are read)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    declared = _query_names(route.dependant)  # a few names: cheaper than any cache
    unknown = [k for k in request.query_params if k not in declared]
    if unknown:
        usable = ", ".join(declared) or "无"
        raise HTTPException(status_code=422, detail=f"未知参数: {unknown[0]}（可用: {usable}）")
