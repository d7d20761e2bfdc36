"""The API's Swagger UI at /api/docs, served whole from this server, so it works offline and
under the site's own Content-Security-Policy (only 'self'; no exception for this page).

Swagger UI's script and stylesheet are those the ``fastapi-offline`` package ships (Swagger UI
5, which reads the OpenAPI 3.1 FastAPI writes; ``swagger-ui-bundle`` ships 4.15, which
cannot), mounted at /api/docs/static. FastAPI's own page starts Swagger UI with an inline
script, which a strict policy blocks; here the same start-up call is a script file of its own
(/api/docs/init.js)."""

from __future__ import annotations

from importlib.resources import files

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

DOCS = "/api/docs"
STATIC = f"{DOCS}/static"

#: FastAPI's start-up call of Swagger UI (fastapi.openapi.docs.get_swagger_ui_html), as a file
INIT = """window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  layout: "BaseLayout",
  deepLinking: true,
  showExtensions: true,
  showCommonExtensions: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
});
"""

PAGE = f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>gongbao API</title>
<link rel="stylesheet" href="{STATIC}/swagger-ui.css">
<link rel="icon" href="{STATIC}/favicon.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{STATIC}/swagger-ui-bundle.js"></script>
<script src="{DOCS}/init.js"></script>
</body>
</html>
"""


def install(app: FastAPI) -> None:
    """Serve the page, its start-up script and Swagger UI's files (not in /openapi.json)."""
    assets = files("fastapi_offline") / "static"
    app.mount(STATIC, StaticFiles(directory=str(assets)), name="api-docs-static")

    @app.get(DOCS, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return HTMLResponse(PAGE)

    @app.get(f"{DOCS}/init.js", include_in_schema=False)
    def api_docs_init() -> Response:
        return Response(INIT, media_type="text/javascript")
