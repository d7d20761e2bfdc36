"""The JSON API against its own OpenAPI description, with schemathesis: generated requests for
every operation (odd characters, huge numbers, unknown ids) never get a server error, and
every answer is JSON of the declared content type."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance

import gongbao
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import SAMPLE

_DIR = Path(__file__).resolve().parent.parent.parent / "test-artifacts" / "schemathesis"


def _app() -> object:
    _DIR.mkdir(parents=True, exist_ok=True)
    db = _DIR / "api.db"
    store = Store(str(db))
    if not store.counts()["issues"]:
        store.ingest(gongbao.parse_file(SAMPLE), SAMPLE.name, SAMPLE.read_bytes())
    return create_app(store)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(response, checks=(not_a_server_error, content_type_conformance))
    content_type = response.headers["content-type"]
    if isinstance(content_type, list):
        content_type = content_type[0]
    if case.path.startswith("/api/") and "/export" not in case.path:
        assert content_type.startswith("application/json"), (case.path, content_type)
