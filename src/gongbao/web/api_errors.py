"""Errors as readers get them: under /api, /feeds and /openapi.json every error is JSON
``{"error": "<短消息>"}`` — an unknown route (404), a method a route does not take (405), a
bad or unknown parameter (422), an unknown id (404) — and elsewhere the site's error page.
Messages are Chinese; the 404 and 405 Starlette raises itself carry only an English status
phrase, which is replaced here."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException


def wants_json(path: str) -> bool:
    return path.startswith(("/api", "/feeds")) or path == "/openapi.json"


def _routing_message(status: int, request: Request) -> str | None:
    """Chinese for the errors Starlette's router raises with no message of its own."""
    path = request.url.path
    if status == 404:
        return f"没有这个接口: {path}" if wants_json(path) else f"找不到页面 {path}"
    if status == 405:
        return f"{path} 不接受 {request.method} 请求"
    return None


#: pydantic's error types, in Chinese (the context fills in the bound)
_PROBLEMS = {
    "missing": "缺少此参数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "int_type": "应为整数",
    "greater_than_equal": "应不小于 {ge}",
    "less_than_equal": "应不大于 {le}",
    "greater_than": "应大于 {gt}",
    "less_than": "应小于 {lt}",
    "string_too_short": "至少 {min_length} 个字符",
    "string_too_long": "至多 {max_length} 个字符",
    "string_pattern_mismatch": "格式不符（应合 {pattern}）",
    "literal_error": "应为其一: {expected}",
}


def validation_message(errors: list[Any]) -> str:
    """The first problem of a request's parameters, as ``name: 问题``."""
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
    try:
        problem = _PROBLEMS[first.get("type", "")].format(**(first.get("ctx") or {}))
        problem = problem.replace(" or ", ", ")  # pydantic joins a literal's last choice so
    except (KeyError, IndexError):
        problem = "取值无效"
    return f"{where}: {problem}" if where else problem


def _answer(request: Request, message: str, status: int, headers: Any = None) -> Response:
    if wants_json(request.url.path):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    from gongbao.web.pages import error_page

    page = error_page(message, status)
    page.headers.update(headers or {})
    return page


def install(app: FastAPI) -> None:
    """Register the handlers on ``app`` (``create_app`` calls this)."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if message == HTTPStatus(exc.status_code).phrase:  # raised without a message
            message = _routing_message(exc.status_code, request) or "请求无法完成"
        return _answer(request, message, exc.status_code, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError) -> Response:
        return _answer(request, validation_message(list(exc.errors())), 422)
