"""A report to the body above, flattened onto one line, its title run onto its first heading
('关于…情况的汇报一、基本情况…'): the title ends at its kind (汇报, after 的, a kind only for a
title run onto its text) where the text's first heading follows ('一、', not a list of numbers,
'一、二季度'). Quoted whole, as the dataset prints them (one document a line), from
github.com/Telescope-U/GovDocClassification @ 1f5bc512, ``val.txt`` (not in tests/corpus,
which is full); the titles read off the text by hand. Each test but the guard fails on the
code before the rule (no title was read)."""

from __future__ import annotations

from gongbao.pipeline import parse_bytes
from tests.structure.corpus_pages import corpus_issue

_MODELS = (
    "关于公司“国网楷模”“最美国网人”推荐情况的汇报一、基本情况7月5日，国网公司党组党建部"
    "印发《关于开展“国网楷模”“最美国网人”评选活动的通知》（党建〔2022〕18号），拟评"
    "选“国网楷模”10个、“最美国网人”90名。按照文件要求，公司可推荐1个“国网楷模”和2"
    "名“最美国网人”。7月11日，公司启动了“国网楷模”“最美国网人”评选推荐工作，下发评选"
    "活动通知。公司直属各单位党组织自下而上、逐级评选推荐，按照基层党支部推荐、纪委审查、党委"
    "会审定的程序，共向公司推荐“国网楷模”7个、“最美国网人”18名。党建部按照评选标准和推"
    "荐要求，对候选“国网楷模”“最美国网人”进行初步遴选，并征求安监部、纪委办的意见，拟定了"
    "建议名单。1.“国网楷模”1个全国劳动模范、党的十九大代表、国网公司特等劳模、宝鸡公司秦"
    "岭输电运维班班长周红亮。2.“最美国网人”2名全国劳动模范、全国五一巾帼标兵、陕西省岗位"
    "学雷锋标兵、国家电网有限公司优秀共产党员、西安公司环城东路供电营业厅班长朱艳；中央企业劳"
    "模、全国电力行业技术能手、陕西省五一劳动奖章、榆林公司运维检修部技术监督专责豆河伟。二、"
    "需要公司党委会决策事项审议公司“国网楷模”“最美国网人”建议名单，通过后向国家电网公司申"
    "报。附件：公司“国网楷模”“最美国网人”推荐审批表汇编附件“国网楷模”推荐表（个人）"
)

_YOUTH_AWARDS = (
    "关于评选表彰国网陕西省电力有限公司2021年度“两红两优”有关情况的汇报一、议题基本情况"
    "为庆祝建团100周年，充分发挥榜样示范引领作用，进一步激励团员青年立足岗位成长成才，公司"
    "团委拟开展2021年度“两红两优”评选表彰工作。按照公司“五个倾斜”相关要求，以生产一线"
    "为重点，评选表彰五四红旗团委3个、五四红旗团支部10个、优秀共青团员10名、优秀共青团干"
    "部10名。二、需要公司党委会决策事项提请公司党委会审议关于评选表彰国网陕西省电力有限公司"
    "2021年度 “两红两优”的有关事项。2022年2月18日"
)


def test_a_report_run_onto_its_first_heading() -> None:
    [doc, *_rest] = parse_bytes(_MODELS.encode()).documents
    assert doc.title == "关于公司“国网楷模”“最美国网人”推荐情况的汇报"


def test_a_short_report_dated_at_its_end() -> None:
    [doc] = parse_bytes(_YOUTH_AWARDS.encode()).documents
    assert doc.title == "关于评选表彰国网陕西省电力有限公司2021年度“两红两优”有关情况的汇报"
    assert doc.date == "2022-02-18"


def test_an_agenda_item_under_a_meetings_headline_titles_nothing() -> None:
    """Guard: a meeting's page lists '关于“十四五”规划纲要实施情况中期评估的汇报' among its
    agenda (tests/corpus): the headline stays the title (汇报 is no kind of TITLE_KIND's)."""
    issue = corpus_issue(
        "minutes/shandong-jinan-lixia-2023-qzf-19jie-cwh42-tuwen-huifang-timeline-gov-page.txt"
    )
    assert issue.documents[0].title == "图文回放:历下区政府召开第19届42次常务会议"
