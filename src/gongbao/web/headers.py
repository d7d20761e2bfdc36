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

The Swagger UI page (``/api/docs``, and its OAuth redirect page) is FastAPI's: it loads
Swagger UI's script and stylesheet from cdn.jsdelivr.net (FastAPI's default; no installed
package ships them) and starts it with an inline script. Those pages alone get
:data:`DOCS_CSP`, which allows that origin and that inline script by its SHA-256 hash (worked
out from the page as sent), not ``'unsafe-inline'``.

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
from collections.abc import Iterable

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


#: where FastAPI's Swagger UI page loads Swagger UI from, and its favicon
SWAGGER_CDN = "https://cdn.jsdelivr.net"
FASTAPI_FAVICON = "https://fastapi.tiangolo.com"
DOCS_CSP = "; ".join(
    [
        "default-src 'self'",
        f"script-src 'self' {SWAGGER_CDN} {{hashes}}",
        f"style-src 'self' {SWAGGER_CDN}",
        f"img-src 'self' data: {FASTAPI_FAVICON}",
        *_EVERY_PAGE,
    ]
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)


def script_hashes(page: bytes) -> str:
    """CSP hashes of the page's inline scripts (``<script>`` without src)."""
    return " ".join(sorted({_hash(m) for m in _INLINE_SCRIPT.findall(page)})) or "'none'"


class SecurityHeaders:
    """The headers above on every HTTP response; HEAD run as GET without the body."""

    def __init__(self, app: ASGIApp, docs_paths: Iterable[str | None] = ()) -> None:
        self.app = app
        self.docs_paths = {p for p in docs_paths if p}
        self.csp = page_csp()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:  # a copy: the server still knows the request was HEAD
            scope = {**scope, "method": "GET"}
        docs = scope["path"] in self.docs_paths
        started = False
        held: list[Message] = []  # the docs page, held until its scripts are hashed

        async def send_secured(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if docs:
                    held.append(message)
                    return
                _secure(message, self.csp)
            elif message["type"] == "http.response.body":
                if docs:
                    held.append(message)
                    if message.get("more_body", False):
                        return
                    start, *parts = held
                    body = b"".join(p.get("body", b"") for p in parts)
                    _secure(start, DOCS_CSP.format(hashes=script_hashes(body)))
                    await send(start)
                    message = {"type": "http.response.body", "body": body}
                if head:
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
