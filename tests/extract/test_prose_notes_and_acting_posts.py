"""Prose facts as real pages print them: acting posts in news reports of a standing
committee's meeting. Every expected value was read off the file by hand."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def _appointments(path: str) -> list[tuple[str, str, list[str], list[str]]]:
    issue = corpus_issue(path)
    return [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]


def test_an_acting_post_that_names_its_own_organisation_is_not_prefixed_again() -> None:
    """'决定任命吕成蹊为东莞市人民政府副市长、代理东莞市人民政府市长' (an untitled news report whose
    lead is '6月10日上午,…会议召开'): the acting post was read as
    '东莞市人民政府东莞市人民政府市长'."""
    path = "mirror-noise/guangdong-dongguan-npcsc-daili-shizhang-kaiyun-page.txt"
    assert sorted(_appointments(path)) == [
        ("吕成蹊", "appoint", ["东莞市人民政府副市长"], []),
        ("吕成蹊", "appoint", ["东莞市人民政府市长"], ["代理"]),
        ("肖亚非", "remove", ["东莞市人民政府市长"], ["辞职"]),
    ]
    assert corpus_issue(path).documents[0].kind == "news"


def test_an_acting_post_after_a_comma_is_an_appointment_with_its_qualifier() -> None:
    """'决定任命邵占维为杭州市副市长,代理杭州市市长职务', told twice in the report: one fact each."""
    path = "repost/zhejiang-hangzhou-2010-npcsc-daili-shizhang-zjol-page.txt"
    assert sorted(_appointments(path)) == [
        ("蔡奇", "remove", ["杭州市市长"], ["辞职"]),
        ("邵占维", "appoint", ["杭州市副市长"], []),
        ("邵占维", "appoint", ["杭州市市长"], ["代理"]),
    ]


def test_a_name_run_into_its_post_is_split_where_the_post_opens_with_a_place() -> None:
    """'免去卢炳椿泉州市人民政府副市长、市公安局局长的职务' (told twice): no '的' after the name;
    only a three-character name leaves a post that opens with a place of the division list."""
    path = "personnel/fujian-quanzhou-2018-npcsc-daili-shizhang-mingdan-news-page.txt"
    removed = [a for a in _appointments(path) if a[0] == "卢炳椿"]
    assert removed == [("卢炳椿", "remove", ["泉州市人民政府副市长、市公安局局长"], [])]


def test_one_named_of_several_is_appointed() -> None:
    """'申永杰等3名同志为区监察委员会委员': the one the report names, after '任命吕洪武、谢登魁为
    区监察委员会副主任，'."""
    path = "personnel/henan-pingdingshan-xinhua-2021-npcsc-fuquzhang-gov-page.txt"
    assert ("申永杰", "appoint", ["区监察委员会委员"], []) in _appointments(path)
    assert len(_appointments(path)) == 7
