"""Pledges to delivery on real pages (tests/tracking/): Shanghai's 2024 为民办实事 list as
上观新闻 published it on 2024-01-31 (cut by the page store inside section 六) and the
completion table 上海发布 published in November 2024 (cut after row 8).

Checked by hand against both pages: section 一 '新增4000张养老床位、800张困难重度残疾人养护床位,
改建3000张认知障碍照护床位;新增30个社区长者食堂;新增30个乡村长者照护之家;打造60条敬老爱老服务
公交线路' — four projects, the table's rows 1–4; the table's row 1 '新增4000张养老床位 | 4385 |
110%' with its sub-rows '新增800张困难重度残疾人养护床位 | 810 | 101%' and '改建3000张认知障碍
照护床位 | 3210 | 107%'; row 8 '为300户困境未成年人家庭进行"追光小屋"居室微改造 | 347' (its
share cut off)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

import gongbao
from gongbao.pledges import DONE, Row, link
from gongbao.store.db import Store
from gongbao.web.api import create_app
from tests.conftest import ROOT

TRACKING = ROOT / "tests" / "tracking"
PLEDGE = TRACKING / "shanghai_2024_pledge_jfdaily.txt"
REPORT = TRACKING / "shanghai_2024_completion_wxredian.txt"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    st = Store(str(tmp_path_factory.mktemp("pledges") / "p.db"), rank=False)
    for path in (PLEDGE, REPORT):
        st.ingest(gongbao.parse_file(path), path.name, path.read_bytes())
    return TestClient(create_app(st))


def test_a_list_item_of_several_projects_is_several_projects() -> None:
    got = [(c.no, c.text) for c in gongbao.parse_file(PLEDGE).facts["commitments"]][:6]
    assert got == [
        (1, "新增4000张养老床位、800张困难重度残疾人养护床位,改建3000张认知障碍照护床位"),
        (2, "新增30个社区长者食堂"),
        (3, "新增30个乡村长者照护之家"),
        (4, "打造60条敬老爱老服务公交线路"),
        (5, "开办500个小学生爱心暑托班、150个小学生爱心寒托班"),
        (6, "新增3000个公办幼儿园托班托额、7000个社区托育“宝宝屋”托额"),
    ]


def test_a_flattened_table_with_its_sub_rows_put_back() -> None:
    got = [
        (c.no, c.text, c.progress, c.share) for c in gongbao.parse_file(REPORT).facts["commitments"]
    ]
    assert got[:4] == [
        (1, "新增4000张养老床位", "4385", "110%"),
        (1, "新增800张困难重度残疾人养护床位", "810", "101%"),
        (1, "改建3000张认知障碍照护床位", "3210", "107%"),
        (2, "新增30个社区长者食堂", "39", "130%"),
    ]
    assert got[-1] == (8, "为300户困境未成年人家庭进行“追光小屋”居室微改造", "347", None)


def test_each_pledge_with_the_rows_that_report_it(client: TestClient) -> None:
    (year,) = client.get("/api/pledges", params={"year": 2024}).json()["items"]
    assert (year["place"], year["year"], year["unlinked"]) == ("上海市", 2024, [])
    first = year["pledges"][0]
    assert first["status"] == DONE
    assert [(d["text"], d["progress"], d["share"]) for d in first["deliveries"]] == [
        ("新增4000张养老床位", "4385", "110%"),
        ("新增800张困难重度残疾人养护床位", "810", "101%"),
        ("改建3000张认知障碍照护床位", "3210", "107%"),
    ]
    pledge_doc = gongbao.parse_file(PLEDGE).documents[0].id
    report_doc = gongbao.parse_file(REPORT).documents[0].id
    assert first["document"] == pledge_doc
    assert {d["document"] for d in first["deliveries"]} == {report_doc}
    by_no = {p["no"]: p for p in year["pledges"]}
    assert by_no[8]["status"] == DONE  # 347 households of the 300 promised
    assert by_no[9]["status"] is None  # the report was cut before its row
    assert by_no[9]["deliveries"] == []


def test_another_year_or_place_has_none_of_them(client: TestClient) -> None:
    assert client.get("/api/pledges", params={"year": 2025}).json()["items"] == []
    got = client.get("/api/pledges", params={"year": 2024, "place": "北京市"}).json()
    assert got["items"] == []
    assert client.get("/api/pledges", params={"year": "abc"}).status_code == 422


def test_a_row_two_pledges_hold_is_left_apart() -> None:
    pledges = [
        Row("新增30个社区长者食堂", None, None, "a", {}),
        Row("改建街镇综合为老服务中心，新增30个社区长者食堂", None, None, "a", {}),
    ]
    linked, apart = link(pledges, [Row("新增30个社区长者食堂", "39", "130%", "b", {})])
    assert [p["deliveries"] for p in linked] == [[], []]
    assert [r.text for r in apart] == ["新增30个社区长者食堂"]
