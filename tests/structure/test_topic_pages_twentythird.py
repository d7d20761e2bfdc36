"""Rules found in the session of 2026-12-07 (twenty-first), on the corpus's joint issuers
stacked over a title and national organs named in full. The pages are in the corpus; each
expected value was read off the page by hand; each test fails on the code before its rule
(checked by stashing ``src/``), but the two that guard a rule's exception (organs stacked
under a 文号; a gazette's name), which hold before and after."""

from __future__ import annotations

from gongbao.structure.dates import parse_date
from gongbao.structure.head import _jointly_adopted
from tests.structure.corpus_pages import corpus_doc, corpus_issue

_XIZANG = (
    "announcement/xizang-ali-2021-bianjing-huodong-shiwujin-tonggao-joint6-stacked-cut-gov-page.txt"
)
_SHANGYU = "redhead/zhejiang-shangyu-2012-qunzhong-tiyu-xianjin-biaozhang-jueding-page.txt"
_THREE_ORGANS = (
    "announcement/"
    "quanguo-2018-zgfy-zgjcy-gab-qiangbao-shoujiao-tonggao-headline-stacked-issuers-dropped-char-"
    "bjhjly-page.txt"
)
_WUQI = (
    "repost/shaanxi-yanan-wuqi-2018-zhencunzhi-bumenzhi-bianzuan-tongzhi-joint-garbled-wenhao-"
    "cunzhi-repost-page.txt"
)


def test_rows_of_a_joint_block_are_all_issuers() -> None:
    """Six organs printed two a row over three rows under the page's headline: every row's,
    and the last row is none of the title's."""
    doc = corpus_doc(_XIZANG)
    assert doc.issuers == [
        "西藏自治区公安厅",
        "西藏自治区商务厅",
        "西藏自治区旅游发展厅",
        "西藏自治区外事办公室",
        "西藏自治区体育局",
        "西藏出入境边防检查总站",
    ]
    assert doc.title == "关于西藏自治区边境活动“十五禁”的通告"


def test_a_joint_mastheads_third_name_of_the_same_place_is_an_issuer() -> None:
    """'上虞市全民健身领导小组 文件' over '上虞市教育体育局 上虞市体育总会': the 总会 is named
    once (the masthead), beside two names the text confirms, of the same city."""
    assert corpus_doc(_SHANGYU).issuers == [
        "上虞市全民健身领导小组",
        "上虞市教育体育局",
        "上虞市体育总会",
    ]


def test_organs_a_line_each_over_the_headlines_title_are_not_the_titles() -> None:
    """'最高人民检察院' / '公安部' (the first name garbled above them) over the title the
    headline prints on its own: the title as the headline prints it."""
    doc = corpus_doc(_THREE_ORGANS)
    assert doc.title == "关于依法收缴非法枪支弹药爆炸物品严厉打击枪爆违法犯罪的通告"
    assert doc.issuers == ["最高人民检察院", "公安部"]


def test_organs_stacked_under_the_number_stay_the_titles_first_lines() -> None:
    """The same shape under a 文号 whose serial the site lost ('吴办发〔2018〕号'): the two
    offices are the title's first lines (tests/corpus/README.md)."""
    doc = corpus_doc(_WUQI)
    assert doc.title == "中共吴起县委办公室吴起县人民政府办公室关于开展镇村志部门志编纂工作的通知"


_JIAOTONGBU = "front-matter/lawref-jiaotongbu-1993-ling6-haishang-lvke-peichang-xiane-repo.txt"
_GAZETTE_1954 = (
    "gazette-item/national-guowuyuan-1955-chuban-gongbao-jueding-wikisource-gazette-1954-1-page.txt"
)


def test_a_national_organ_takes_the_name_the_text_gives_it_with_the_country() -> None:
    """'交通部令第6号发布' over rules whose last article says '本规定由中华人民共和国交通部负责
    解释': the ministry by the fullest name the file prints (tests/corpus/README.md)."""
    assert corpus_doc(_JIAOTONGBU).issuers == ["中华人民共和国交通部"]


def test_a_gazettes_name_is_not_the_organs_full_name() -> None:
    """'中華人民共和國國務院公報' names the gazette (in 「」 and on the page's path), not the
    State Council: the issuer stays as the title prints it."""
    assert corpus_doc(_GAZETTE_1954).issuers == ["國務院"]


_AIWEIBAN = (
    "line-shapes/xian-2011-aiweiban-chusihai-zhishi-peixunban-tongzhi-nosig-oneline-777doc-page.txt"
)


def test_a_title_run_onto_a_levels_addressees_is_cut_from_them() -> None:
    """A notice flattened onto one line, '关于…的通知县直各部门:为进一步…': the title, then the
    主送 that names its level before 各."""
    doc = corpus_doc(_AIWEIBAN)
    assert doc.title == "关于举办除“四害”知识培训班的通知"
    assert doc.addressees == ["县直各部门"]


_JINGYANG = (
    "web-page/sichuan-deyang-jingyang-2018-zhongyang-huanbao-ducha-zhenggai-fangan-meta-table-"
    "gov-page.txt"
)
_SHIZHONG = "web-page/shandong-jinan-shizhong-2024-kaifangyue-yijian-zhengji-gonggao-gov-page.txt"


def test_a_bureau_named_by_its_level_publishes_its_places_own_plan() -> None:
    """'发布机构 区环保局' over '德阳市旌阳区落实…整改方案': the district's bureau, as the record
    names it (the title's innermost place is a 区)."""
    assert corpus_doc(_JINGYANG).issuers == ["区环保局"]


def test_a_consultations_office_is_the_pages_issuer_and_no_addressee() -> None:
    """'征集部门:市中区政府办公室开始时间:2024-09-04 结束时间:2024-09-27' over an unsigned
    征集公告: the office that asks; the line's label is no 主送."""
    doc = corpus_doc(_SHIZHONG)
    assert doc.issuers == ["市中区政府办公室"]
    assert doc.addressees == []


_NANPING = (
    "disclosure-report/fujian-nanping-2012-disclosure-report-notitle-preamble-first-gov-page.txt"
)


def test_a_disclosure_report_compiled_by_a_governments_office_is_the_governments() -> None:
    """An untitled report opening '本报告由南平市人民政府信息公开工作领导小组办公室根据《…条例》
    …编制': the city government's report (its group's office compiled it)."""
    doc = corpus_doc(_NANPING)
    assert doc.issuers == ["南平市人民政府"]
    assert doc.kind == "report"


_YUEYANGXIAN = (
    "work-report/hunan-yueyang-yueyangxian-2022-fazhi-zhengfu-report-notitle-gov-page.txt"
)


def test_an_untitled_rule_of_law_report_is_the_organs_its_lead_names() -> None:
    """'…现将县人民政府2022年法治政府建设工作情况报告如下。', no title stored: the county
    government's report, placed by the county its text names ('《岳阳县人民政府常务会…》')."""
    doc = corpus_doc(_YUEYANGXIAN)
    assert doc.issuers == ["岳阳县人民政府"]
    assert doc.kind == "report"


_GUANGZHOU_2009 = (
    "gazette-item/guangdong-guangzhou-2009-suiguofanghan2229-dongxin-gaosu-yongdi-pifu-zhuanfa-"
    "gov-page.txt"
)


def test_a_year_whose_zeros_are_greek_omicrons_is_read() -> None:
    """'二ΟΟ九年十二月二日' under a 批复's forwarding notice, its zeros printed as Greek capital
    omicrons (U+039F, checked in the file): 2009-12-02."""
    assert corpus_doc(_GUANGZHOU_2009).date == "2009-12-02"
    assert parse_date("二ο◯九年十二月二日") == "2009-12-02"


_DAPENG = (
    "web-page/guangdong-shenzhen-dapeng-2019-shenpengguangui6-penghuqu-gaizao-xize-yinfa-notitle-"
    "pipe-meta-gov-page.txt"
)


def test_a_records_signing_day_is_its_field_not_a_menu() -> None:
    """'签发日期 | 2019-12-17 | 实施日期 | 2019-12-30 |': a row of the page's record (before,
    its unknown label made it a menu between pipes)."""
    issue = corpus_issue(_DAPENG)
    assert [(r.line, r.why) for r in issue.removed if r.line == 2] == [(2, "page_metadata")]
    assert issue.documents[0].date == "2019-12-17"


_TWO_COURTS = "reply/zgrmfy-zgrmjcy-2018-yasuo-qiti-qiangzhi-pifu-yaml-infoend-chinalawdb.md"


def test_a_text_two_organs_adopted_is_dated_by_the_later_meeting() -> None:
    """'2018年1月25日 最高人民法院审判委员会第1732次会议' / '2018年3月2日 最高人民检察院第十二届
    检察委员会第74次会议通过': the joint 批复 was made when the second adopted it."""
    assert corpus_doc(_TWO_COURTS).date == "2018-03-02"
    # (one organ's meeting, or an adoption later amended, keeps its own day)
    assert _jointly_adopted("2015年7月29日某县人民代表大会常务委员会第二十八次会议通过") is None
    assert (
        _jointly_adopted(
            "2015年7月29日某县人大常委会第二十八次会议通过2018年6月7日某县人大常委会修订"
        )
        is None
    )


_MOA = "repost/nongyenongcunbu-2024-zhengzhong-shengming-mytaizhou-repost-page.txt"


def test_a_name_quoted_from_an_impostor_does_not_complete_the_signers() -> None:
    """A 声明 signed '农业农村部' that quotes the false title impostors used ('冒称“中央农办、
    国家农业农村部中国乡村振兴工作委员会…”'): the ministry as it signs."""
    assert corpus_doc(_MOA).issuers == ["农业农村部"]


_DIANJUN = "repost/hubei-yichang-dianjun-jyj-2021-youeryuan-zhaosheng-gonggao-numeral-lines-thepaper-ljyz-page.txt"


def test_a_kind_of_school_opening_a_title_issues_nothing() -> None:
    """'点军区公办幼儿园2021年招生公告': the district's public kindergartens, each of them, no
    one organ (the page credits '来源_区教育局' in a repost's footer): no issuer, not a wrong one."""
    assert corpus_doc(_DIANJUN).issuers == []


_WUHUA = (
    "mirror-noise/guangdong-meizhou-wuhua-2017-xinfangju-gongkai-xuandiao-gongwuyuan-gonggao-trad-"
    "pinyin-mirror-page.txt"
)


def test_an_organ_that_recruits_is_not_said_to_issue_the_notice() -> None:
    """'五華縣信訪局公開選調公務員公告': the bureau whose posts are filled; the 公告 is the
    county's organisation and personnel departments' (the label's, from its text), which the
    title does not say: no issuer rather than the bureau."""
    assert corpus_doc(_WUHUA).issuers == []


_NINGWU = "opinion/shanxi-xinzhou-ningwu-2024-shuihan-zaihai-fangyu-yuan-notitle-sitename-head-gov-page.txt"


def test_a_sites_name_over_its_address_is_its_header_not_a_title() -> None:
    """'宁武县人民政府' / 'www.ningwu.gov.cn' over a notice that prints no title of its own
    (its 主送 first): the site's header; the notice is untitled, not titled by an organ's name."""
    issue = corpus_issue(_NINGWU)
    doc = issue.documents[0]
    assert doc.title == ""
    assert doc.issuers == ["宁武县人民政府办公室"]
    assert [(r.line, r.why) for r in issue.removed if r.line == 1] == [(1, "site_navigation")]


_JIAOZUO = "minutes/henan-jiaozuo-czj-2022-dangzu-kuoda-huiyi-tongzhan-notitle-gov-page.txt"


def test_a_meeting_held_by_an_organ_under_two_names_is_its_record() -> None:
    """'8月31日下午,市财政局(国资委)召开党组(扩大)会议,…': the bureau that is also the
    commission held it; its name as printed, the other in brackets."""
    assert corpus_doc(_JIAOZUO).issuers == ["市财政局(国资委)"]
