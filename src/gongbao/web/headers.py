"""Security headers on every response, and HEAD answered like GET.

One pure ASGI middleware (not ``BaseHTTPMiddleware``: files and exports pass through as they
are sent), registered in ``create_app``. Every response — API JSON, pages, feeds, static files,
404s, 422s and the 500 of an unexpected error — gets:

* ``Content-Security-Policy`` (:func:`page_csp`): the pages load only this server's scripts,
  styles, images and fonts; no inline script, no ``eval``, no ``style=`` attributes, no
  framing. plotly draws under it (checked in chromium by ``tests/web/test_headers.py``): it
  needs no eval, and the only inline styles it writes are two ``<style>`` elements, allowed
  by their hashes (:func:`plotly_styles`);
* ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``, ``Referrer-Policy: no-referrer``.

The API's Swagger UI page (``/api/docs``, ``gongbao.web.api_docs``) is served from this server
with no inline script, so it is under the same policy as every page: no CDN, no exception.

A HEAD request is run as GET and answered with GET's status and headers (Content-Length
included) and no body: FastAPI routes answer only the methods they declare, so HEAD was 405.

The ``server`` banner is uvicorn's, written below the ASGI app: ``gongbao serve`` turns it off
with ``server_header=False``; a ``server`` header an app sets is removed here.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: what plotly.min.js writes into the ``<style>`` elements it adds: its own rules go into an
#: empty one with ``insertRule`` (CSSOM, which CSP allows; the element itself needs the hash of
#: the empty string), and plotly.js 3 adds maplibre's stylesheet (for map traces) as text
_NEW_STYLE = b'createElement("style");'
EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
_STYLE_TEXT = re.compile(rb"""\w+\.id="\w+",\w+\.textContent='([^'\\]*)'""")


def _hash(text: bytes) -> str:
    return "'sha256-%s'" % base64.b64encode(hashlib.sha256(text).digest()).decode()  # noqa: UP031


@functools.cache
def plotly_styles() -> str:
    """CSP hashes of the stylesheets the installed plotly.min.js writes as text (read once from
    the file this server sends, so the policy follows the installed plotly)."""
    from gongbao.web.pages import plotly_path

    try:
        js = plotly_path().read_bytes()
    except OSError:
        return EMPTY_STYLE
    found: set[str] = set()
    at = js.find(_NEW_STYLE)
    while at >= 0:
        m = _STYLE_TEXT.match(js, at + len(_NEW_STYLE))
        if m:
            found.add(_hash(m.group(1)))
        at = js.find(_NEW_STYLE, at + 1)
    return " ".join([EMPTY_STYLE, *sorted(found)])


#: what every page's policy holds: fonts and requests to this server only, no plugins, no
#: <base>, forms sent here, never framed
_EVERY_PAGE = [
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
]


def page_csp() -> str:
    """The pages' policy: this server's scripts, styles, images and fonts only."""
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            f"style-src 'self' {plotly_styles()}",
            "img-src 'self'",
            *_EVERY_PAGE,
        ]
    )


HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class SecurityHeaders:
    """The headers above on every HTTP response; HEAD run as GET without the body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.csp = page_csp()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:  # a copy: the server still knows the request was HEAD
            scope = {**scope, "method": "GET"}
        started = False

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                _secure(message, self.csp)
            elif message["type"] == "http.response.body" and head:
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, receive, send_secured)
        except Exception:
            # Starlette's last-resort 500 is sent outside this middleware: send it here, with
            # the headers, and let the error go on up to be logged
            if not started:
                body = b"Internal Server Error"
                start: Message = {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [
                        (b"content-type", b"text/plain; charset=utf-8"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
                _secure(start, self.csp)
                await send(start)
                await send({"type": "http.response.body", "body": b"" if head else body})
            raise


def _secure(start: Message, csp: str) -> None:
    start.setdefault("headers", [])
    headers = MutableHeaders(scope=start)
    headers["Content-Security-Policy"] = csp
    for name, value in HEADERS.items():
        headers[name] = value
    if "server" in headers:
        del headers["server"]
