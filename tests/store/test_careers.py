"""Careers across documents: the posts of one person from the decisions of several real
documents (tests/tracking/). Checked by hand against the pages: 主席令第129号 (2022-12-30)
'免去王毅兼任的外交部部長職務,任命秦剛為外交部部長'; the Xinhua item of 2023-07-25 (no year in its
dateline) '决定免去秦刚兼任的外交部部长职务,任命王毅为外交部部长'; 主席令第十四号 '二、免去秦剛的
國務委員職務' (its date printed broken, '於20231024日')."""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi.testclient import TestClient

import gongbao
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT

TRACKING = ROOT / "tests" / "tracking"
FILES = [
    TRACKING / "npcsc_2022-12-30_qingang_appointed.txt",
    TRACKING / "npcsc_2023-07-25_qingang_removed.txt",
    TRACKING / "npcsc_2023-10-24_order14.txt",
]


def _client(tmp_path: Path) -> tuple[TestClient, list[str]]:
    st = Store(str(tmp_path / "c.db"), rank=False)
    docs = []
    for path in FILES:
        issue = gongbao.parse_file(path)
        assert st.ingest(issue, path.name, path.read_bytes()) == "stored"
        docs.append(issue.documents[0].id)
    return TestClient(create_app(st)), docs


def test_untitled_items_are_three_documents_not_one(tmp_path: Path) -> None:
    """Two pages with no title of their own once took the same id, and the second replaced
    the first: an untitled document is told apart by its words."""
    _c, docs = _client(tmp_path)
    assert len(set(docs)) == 3


def test_a_post_opened_by_one_document_is_closed_by_the_next(tmp_path: Path) -> None:
    client, (first, second, third) = _client(tmp_path)
    qin = client.get("/api/people/documents/秦刚").json()
    assert qin["memberships"] == [
        {
            "organization": "外交部",
            "post": "部長",  # as the first page prints it; the second's 部长 closes it
            "role": None,
            "start_date": "2022-12-30",  # from the sentence: '…會議於2022年12月30日決定'
            "end_date": None,  # the Xinhua dateline gives no year: the day is not guessed
            "ended": True,
            "sources": [first, second],
        },
        {
            "organization": None,  # '國務委員' is a post, not a post of a '國務'
            "post": "國務委員",
            "role": None,
            "start_date": None,
            "end_date": None,
            "ended": True,
            "sources": [third],
        },
    ]


def test_the_one_who_left_the_post_comes_back_to_it(tmp_path: Path) -> None:
    client, (first, second, _third) = _client(tmp_path)
    wang = client.get("/api/people/documents/王毅").json()
    assert [r["action"] for r in wang["records"]] == ["remove", "appoint"]
    assert wang["memberships"] == [
        {
            "organization": "外交部",
            "post": "部長",
            "role": "兼",  # '免去王毅兼任的外交部部長職務': held beside another post
            "start_date": None,
            "end_date": "2022-12-30",
            "ended": True,
            "sources": [first],
        },
        {
            "organization": "外交部",
            "post": "部长",
            "role": None,
            "start_date": None,
            "end_date": None,
            "ended": False,
            "sources": [second],
        },
    ]


def test_a_post_ends_at_the_comma_that_opens_the_next_decision(tmp_path: Path) -> None:
    """'任命王毅为外交部部长,免去易纲的中国人民银行行长职务' is two decisions, not one long post."""
    client, (_first, second, _third) = _client(tmp_path)
    got = client.get("/api/appointments", params={"document": second}).json()["items"]
    assert sorted((a["person"], a["action"], a["positions"]) for a in got) == [
        ("易纲", "remove", ["中国人民银行行长"]),
        ("潘功胜", "appoint", ["中国人民银行行长"]),
        ("王毅", "appoint", ["外交部部长"]),
        ("秦刚", "remove", ["外交部部长"]),
    ]


def test_the_persons_page_says_a_post_was_left_on_an_unknown_day(tmp_path: Path) -> None:
    client, _docs = _client(tmp_path)
    page = client.get("/people/documents/秦刚")
    assert page.status_code == 200
    rows = [r for r in page.text.split("<tr>") if r.startswith("<td>外交部</td><td>部長</td>")]
    assert len(rows) == 1 and "2022-12-30" in rows[0] and "已免（日期不详）" in rows[0]
    charts = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', page.text, re.S)
    texts = [t for c in charts for trace in json.loads(c)["data"] for t in trace.get("text", [])]
    assert "2022-12-30 起（已免，日期不详）" in texts  # the chart's marker
