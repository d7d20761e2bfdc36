"""Heads of pages from places new to the corpus (Jilin, Guangxi, Heilongjiang, Gansu, Yunnan).
Every expected value was read off the file by hand."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_title_printed_over_lines_apart_is_taken_whole_from_the_pages_record() -> None:
    """'吉林省人民政府办公厅关于印发' / '吉林省第三个十年绿化美化吉林大地规划' / '(2021-2030年)的
    通知', blank lines between: the head read the last line only; the page's '标 题' field has
    the whole title."""
    d = corpus_doc("web-page/jilin-2021-jizhengbanfa11-lvhua-guihua-xxgk-page.txt")
    assert (
        d.title
        == "吉林省人民政府办公厅关于印发吉林省第三个十年绿化美化吉林大地规划(2021-2030年)的通知"
    )
    assert (d.doc_number, d.date) == ("吉政办发〔2021〕11号", "2021-03-09")


def test_the_core_values_banner_over_a_page_is_no_title() -> None:
    """'社会主义核心价值观:  富强、  民主、…' above the title."""
    d = corpus_doc("web-page/guangxi-nanning-2015-zhifa-gongshi-zhidu-nnzb-page.txt")
    assert d.title.startswith("南宁市人民政府办公厅关于印发《南宁市行政执法公示制度》")
    assert d.issuers == ["南宁市人民政府办公厅"]


def test_a_date_in_double_brackets_after_the_title() -> None:
    """'哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知 ((1990年11月16日))'."""
    d = corpus_doc("gazette-item/heilongjiang-harbin-1990-shizhi-bianzuan-zhuanfa-was40-page.txt")
    assert (d.title, d.date) == (
        "哈尔滨市人民政府办公厅关于转发哈尔滨市志编纂方案的通知",
        "1990-11-16",
    )


def test_an_upload_byline_between_the_title_and_the_wenhao() -> None:
    """'上载日期: 2019-11-21 来源: 市人民政府办公室' under the title, then '齐政办规〔2019〕13号'."""
    d = corpus_doc("web-page/heilongjiang-qiqihar-2019-qizhengbangui13-huanjing-yuan-gov-page.txt")
    assert d.doc_number == "齐政办规〔2019〕13号"
    assert d.addressees == ["各县(市)、区人民政府", "市政府各委、办、局", "各有关单位"]


def test_a_mirrors_question_marks_where_spaces_were() -> None:
    """'甘肅省人民政府????????' / '2023年1月19日????????': the signature and its date; each run
    of question marks recorded as removed."""
    path = "mirror-noise/gansu-2023-ganzhengfa8-gongzuo-guize-trad-pinyin-dongshibiao-page.txt"
    issue = corpus_issue(path)
    d = issue.documents[0]
    assert (d.signature, d.date, d.issuers) == (
        ["甘肅省人民政府"],
        "2023-01-19",
        ["甘肅省人民政府"],
    )
    assert d.kind == "notice"
    assert any(r.why == "placeholder" and r.text == "????????" for r in issue.removed)


def test_an_untitled_notice_that_says_it_issues_a_text() -> None:
    """'《禄丰市人民政府常务会议议事规则》已经…常务会议通过,现予印发。' with no title over it."""
    d = corpus_doc(
        "opinion/yunnan-chuxiong-lufeng-2024-changwu-huiyi-yishi-guize-notitle-gov-page.txt"
    )
    assert d.kind == "notice"
    assert [a.title for a in d.attachments] == ["禄丰市人民政府常务会议议事规则"]


def test_a_county_body_signed_without_its_city_that_the_text_names_with_it() -> None:
    """Signed '达孜区住房和城乡建设局'; the text: '本公告由拉萨市达孜区住房和城乡建设局负责解释'."""
    d = corpus_doc("repost/xizang-lasa-dazi-2024-zhandao-jingying-gonggao-wxredian-page.txt")
    assert d.issuers == ["拉萨市达孜区住房和城乡建设局"]


def test_a_government_signed_by_its_head_after_a_colon() -> None:
    """'青海省人民政府省长:罗东川' under an open letter (the officer's title and name written with
    one space between, as the corpus writes every officer's signature)."""
    d = corpus_doc("repost/qinghai-2025-minsheng-shishi-zhengji-gongkaixin-qhhnnews-page.txt")
    assert (d.issuers, d.signature) == (["青海省人民政府"], ["青海省人民政府省长 罗东川"])


def test_a_page_that_opens_with_a_tables_header_prints_no_title() -> None:
    """'序号' / '指标' / '工作任务' … one cell a line; '重点工作:\\t128.…' a table's row."""
    assert (
        corpus_doc("line-shapes/shaanxi-hanzhong-lueyang-2019-wenlv-renwu-table-page.txt").title
        == ""
    )
    assert (
        corpus_doc("line-shapes/shanghai-minhang-2022-xiangcun-zhenxing-renwu-table-page.txt").title
        == ""
    )
    path = "web-page/guangdong-guangzhou-2022-zhongdian-gongzuo-128-cailanzi-gov-page.txt"
    assert corpus_doc(path).title == ""


def test_the_document_a_news_page_says_follows_after_its_paragraphs() -> None:
    """A related article's cut title, the news headline, two paragraphs, '全文如下:', then
    '天津市人民政府印发关于落实国务院' / '《政府工作报告》重点工作任务分工的通知'."""
    d = corpus_doc("repost/tianjin-2022-zhengfu-gongzuo-baogao-fengong-huanbao-repost-page.txt")
    assert d.title == "天津市人民政府印发关于落实国务院《政府工作报告》重点工作任务分工的通知"


def test_a_province_misprinted_as_a_city_is_the_one_city_the_text_names() -> None:
    """'贵州市人民政府办公厅关于转发…贵阳市生活垃圾分类制度实施方案的通知' (筑府办发): no city
    贵州市 exists; the text names one city of 贵州, 贵阳市."""
    d = corpus_doc("repost/guizhou-guiyang-2018-laji-fenlei-angelgibson.txt")
    assert d.issuers == ["贵阳市人民政府办公厅"]


def test_an_abstract_that_opens_with_the_wenhao_run_onto_its_text() -> None:
    """A journal database's abstract: '<正>京政发[2015]17号为有效降低机动车污染物排放,…': the
    mark goes, the 文号 is the document's (and no citation of another)."""
    issue = corpus_issue("repost/beijing-2015-jingzhengfa17-xianxing-tonggao-abstract-page.txt")
    assert issue.documents[0].doc_number == "京政发[2015]17号"
    assert issue.facts["references"] == []


def test_an_abstract_that_runs_the_wenhao_and_date_onto_the_addressees() -> None:
    """'<正>市政办函[2018]54号2018年3月20日各区、县人民政府,市人民政府各工作部门、…:'."""
    d = corpus_doc(
        "line-shapes/shaanxi-xian-2018-shizhengbanhan54-meibeihu-fangan-abstract-page.txt"
    )
    assert (d.doc_number, d.date) == ("市政办函[2018]54号", "2018-03-20")
    assert d.addressees[0] == "各区、县人民政府"


def test_a_sites_name_dash_title_and_a_reading_box_under_the_text() -> None:
    """'龙山县人民政府-龙山县人民政府关于县城区分步推进殡葬改革的通告' (a page's title); '85%的人
    还看了' / '你可能也爱看' and the site's lines after them are no text: the imprint
    '桂东县人民政府办公室2017年5月27日印发' is the last line again and dates the 通告."""
    d = corpus_doc(
        "web-page/hunan-xiangxi-longshan-2020-longzhengfa14-binzang-gaige-tonggao-gov-page.txt"
    )
    assert d.title == "龙山县人民政府关于县城区分步推进殡葬改革的通告"
    assert d.issuers == ["湘西州龙山县人民政府"]
    path = "repost/hunan-chenzhou-guidong-2017-guizhengtong6-jieganjinshao-tonggao-tuliu-page.txt"
    d = corpus_doc(path)
    assert (d.doc_number, d.date) == ("桂政通〔2017〕6号", "2017-05-27")


def test_zones_a_city_addresses_by_name_make_a_zhusong_line() -> None:
    """'各县、市、区人民政府,漳河新区,屈家岭管理区,荆门高新区,大柴湖开发区,市政府各部门:' with no
    title above it (it was taken for the title)."""
    d = corpus_doc("opinion/hubei-jingmen-2021-shisiwu-gangyao-renwu-fengong-gov-page.txt")
    assert d.title == ""
    assert d.addressees[1:5] == ["漳河新区", "屈家岭管理区", "荆门高新区", "大柴湖开发区"]


def test_a_town_page_publishing_its_districts_rules_and_cadres_are_no_organ() -> None:
    """'甘州区村级干部管理办法(试行)' on a page whose 发布机构 is '大满镇': no issuer ('…干部' ends
    with 部 but names people; the town publishes, the district issues)."""
    d = corpus_doc("web-page/gansu-zhangye-ganzhou-2023-cunji-ganbu-banfa-gov-page.txt")
    assert d.issuers == []


def test_a_page_number_and_a_breadcrumbs_second_line_are_no_title() -> None:
    """A department budget's page 7 opens with '7'; '政务公开 > 重点工作落实情况' is a breadcrumb."""
    d = corpus_doc("dept-budget/guangxi-wuzhou-2023-bumen-yusuan-mingci-jieshi-p7-page.txt")
    assert d.title == ""
    issue = corpus_issue("opinion/shandong-jining-yanzhou-2011-xinxi-gongkai-banfa-page.txt")
    assert any(r.why == "site_navigation" and ">" in r.text for r in issue.removed)


def test_a_task_breakdown_titled_over_its_table() -> None:
    """A headline '…责任分解第一季度进展情况', then '2023年莲都区政府工作报告重点工作责任分解' over a
    table a cell a paragraph: the breakdown's own title ('责任分解' ends a title); a cell that
    lists units ('区农业农村局、区经商局、…') is none."""
    path = "line-shapes/zhejiang-lishui-liandu-2023-gongzuo-baogao-zeren-fenjie-table-page.txt"
    d = corpus_doc(path)
    assert (d.title, d.kind) == ("2023年莲都区政府工作报告重点工作责任分解", "plan")
