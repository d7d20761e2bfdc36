"""One body, one organisation: names with and without their place prefix fold where the
places agree, different places stay apart, a short form two bodies fit is left alone, and a
meeting or a congress in session is no organisation. Names are as the sample and the corpus
print them (checked by hand in the files named)."""

from __future__ import annotations

import pytest

import gongbao
from gongbao.extract.organisations import Registry, is_meeting, read_name
from gongbao.model import Issue
from gongbao.read import decode
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"


def _orgs(issue: Issue) -> dict[str, tuple[str, list[str], str]]:
    """The registry by id without the gazette's key every id starts with (checked here)."""
    from gongbao.structure.kinds import gazette_key

    prefix = gazette_key(issue.meta.gazette) + "/"
    assert all(o.id.startswith(prefix) for o in issue.facts["organisations"])
    return {
        o.id.removeprefix(prefix): (o.name, o.aliases, o.kind) for o in issue.facts["organisations"]
    }


@pytest.fixture(scope="module")
def corpus() -> dict[str, Issue]:
    names = [
        "redhead/guangdong-guangzhou-2006-gongzuo-shixiang-trad-mojibake.txt",
        "personnel/fujian-putian-2025-npcsc-renmian-mingdan-page.txt",
        "repost/laosheng-npc-2018-jianchafa.md",
    ]
    return {n.split("/")[0]: gongbao.parse_file(CORPUS / n) for n in names}


def test_the_sample_government_is_one_organisation(sample: Issue) -> None:
    """Doc 01 is signed 上海市静安区人民政府, doc 04 by 静安区人民政府 (lines 36-37)."""
    orgs = _orgs(sample)
    assert orgs["zhengfu"] == ("上海市静安区人民政府", ["静安区人民政府"], "organisation")
    names = [n for n, aliases, _ in orgs.values() for n in [n, *aliases]]
    assert names.count("静安区人民政府") == 1 and names.count("上海市静安区人民政府") == 1
    # a city-level body in the district's gazette is the city's: its id says so
    assert orgs["shanghaiyifuzhiyejishuxuexiao"][0] == "上海市逸夫职业技术学校"
    # ids of the district's bodies as before: the API and the pages link them
    assert orgs["touzicujinban"] == ("静安区投资促进办公室", ["区投资办"], "organisation")
    assert len(orgs) == 52  # 53 before, less the congress (静安区人民代表大会)


def test_a_congress_in_session_is_not_an_organisation(sample: Issue) -> None:
    """The plan was adopted at '静安区第二届人民代表大会第七次会议' (line 963): the document's
    issuer is the congress, but no department of the registry."""
    assert sample.document("jingan-2026-01-08").issuers == ["静安区人民代表大会"]
    names = [o.name for o in sample.facts["organisations"]]
    assert not [n for n in names if "人民代表大会" in n or n.endswith("会议")]


def test_two_districts_are_two_organisations(corpus: dict[str, Issue]) -> None:
    """广州's 2006 工作事项 list names 黃埔區政府 and 南沙區政府 as responsible units: they
    were one organisation (the second an alias of the first) before places were read."""
    orgs = _orgs(corpus["redhead"])
    # published alone: every id says its place, down from the city (上海's 黄浦区 has the
    # same pinyin as 广州's 黄埔区)
    assert orgs["guangzhouzhengfubangongting"][0] == "廣州市人民政府辦公廳"
    assert orgs["guangzhouhuangpuzhengfu"] == ("黃埔區政府", [], "organisation")
    assert orgs["guangzhounanshazhengfu"] == ("南沙區政府", [], "organisation")
    assert orgs["guangzhoujingmaowei"] == ("市經貿委", [], "organisation")


def test_a_standing_committee_with_and_without_its_term(corpus: dict[str, Issue]) -> None:
    """莆田's list prints '莆田市第八届人民代表大会常务委员会' and '莆田市人民代表大会常务委员会':
    one body; its 第二十八次会议 is not one."""
    orgs = _orgs(corpus["personnel"])
    assert orgs["putianrenmindaibiaodahuichangwuwei"] == (
        "莆田市第八届人民代表大会常务委员会",
        ["莆田市人民代表大会常务委员会"],
        "organisation",
    )
    assert not [o for o in orgs.values() if o[0].endswith("会议")]


def test_the_national_congress_is_not_listed(corpus: dict[str, Issue]) -> None:
    """The 监察法 was adopted by 第十三届全国人民代表大会第一次会议: its issuer stays the
    congress, the registry lists no department for it."""
    (doc,) = corpus["repost"].documents
    assert doc.issuers == ["全国人民代表大会"]
    assert _orgs(corpus["repost"]) == {}


def test_registry_folds_only_where_places_agree() -> None:
    """Names as the corpus prints them: 海拉尔区人民政府 (hailar 2014) and
    呼伦贝尔市海拉尔区人民政府 (hailar 2019); 广安市人民政府办公室 and
    广安市广安区人民政府办公室 (sichuan-guangan-guanganqu-2020)."""
    reg = Registry()
    hailar = reg.add("呼伦贝尔市海拉尔区人民政府")
    assert reg.add("海拉尔区人民政府") == hailar == "zhengfu"
    city = reg.add("广安市人民政府办公室")
    district = reg.add("广安市广安区人民政府办公室")
    assert (city, district) == ("guanganzhengfuban", "guanganguanganzhengfuban")
    # a bare 区人民政府 with two districts' governments known fits neither: left alone
    reg.add("广安区人民政府")
    bare = reg.add("区人民政府")
    assert bare not in (hailar, reg.add("广安区人民政府"))
    assert reg.add("区人民政府") == bare  # and the same printed name is the same entry
    assert reg.orgs[hailar].aliases == ["海拉尔区人民政府"]


def test_documents_published_alone_can_qualify_every_id() -> None:
    """宿州 and 武汉 (personnel/*-npcsc-cizhi-*) each publish alone: with ``qualify`` their
    governments' ids differ even where each registry holds only its own."""
    ids = [Registry(qualify=True).add(n) for n in ("宿州市人民政府", "武汉市人民政府")]
    assert ids == ["suzhouzhengfu", "wuhanzhengfu"]
    assert Registry(qualify=True).add("区人民政府") == "zhengfu"  # no place to say


def test_meetings_are_not_organisations() -> None:
    """Printed in the corpus: 莆田 (npcsc list), 武汉 (npcsc 辞职), 张掖 (立法条例)."""
    reg = Registry()
    for name in [
        "莆田市第八届人民代表大会常务委员会第二十八次会议",
        "武汉市第十四届人大常委会第三十五次会议",
        "张掖市人民代表大会",
        "区社会救助联席会议",
    ]:
        assert is_meeting(name) and reg.add(name) == "", name
    assert reg.items() == []
    # the CPPCC's name holds 会议 but it is a body (cppcc-1949 工作条例)
    assert not is_meeting("中国人民政治协商会议第一届全国委员会常务委员会")
    assert reg.add("全国人民代表大会常务委员会") == "quanguorenmindaibiaodahuichangwuwei"


def test_reading_a_name() -> None:
    assert read_name("上海市静安区人力资源和社会保障局") == read_name(
        "上海市静安区人力资源和社会保障局"
    )
    r = read_name("上海市静安区人力资源和社会保障局")
    assert (r.places, r.level, r.key) == (("上海市", "静安区"), "区", "人力资源社会保障局")
    r = read_name("区人力资源社会保障局")
    assert (r.places, r.level, r.key) == ((), "区", "人力资源社会保障局")
    # a company's name that opens like a place is no place: 上海静安城市发展（集团）有限公司
    assert read_name("上海静安城市发展（集团）有限公司").places == ()
    assert read_name("中华人民共和国国务院").key == read_name("国务院").key == "国务院"


def test_corpus_places_in_files() -> None:
    """The names the registry tests use are printed in the corpus files named."""
    printed = {
        "work-report/neimenggu-hailar-2019-work-report.txt": "呼伦贝尔市海拉尔区人民政府",
        "personnel/fujian-putian-2025-npcsc-renmian-mingdan-page.txt": "第二十八次会议",
        "opinion/sichuan-guangan-guanganqu-2020-jingxihua-guanli-gov-page.txt": "广安市人民政府办公室",
    }
    for name, text in printed.items():
        assert text in decode((CORPUS / name).read_bytes()), name
