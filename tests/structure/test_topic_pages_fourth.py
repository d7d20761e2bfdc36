"""Rules found while scoring batch 52 (county and city pages found by topic: 封山令, 秸秆, 殡葬,
水源保护区, 林长制, 决算, 老旧小区), each tested on a file it changed. Each expected value was
read off the file by hand (the docstrings quote the lines); each test fails on the code
before its rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_an_index_run_onto_its_label_over_the_title_is_the_pages() -> None:
    """'监督索引号53233100655701000' / '禄丰市中村乡人民政府2024年度部门决算' / '目 录': the
    record's index (no colon, its code run on) is the page's; the title under it is the
    document's, and names its issuer."""
    issue = corpus_issue(
        "dept-budget/yunnan-chuxiong-lufeng-zhongcun-2024-township-final-accounts-jianduindex-gov-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers, doc.kind) == (
        "禄丰市中村乡人民政府2024年度部门决算",
        ["禄丰市中村乡人民政府"],
        "budget",
    )
    assert (1, "监督索引号53233100655701000", "page_metadata") in [
        (r.line, r.text, r.why) for r in issue.removed
    ]


def test_a_decisions_kind_run_onto_its_number_is_the_titles() -> None:
    """'…先进工作者的决定 信政〔2018〕17号 各县、区人民政府,…' on one line: the 文号 is
    '信政〔2018〕17号', not '决定信政〔2018〕17号'."""
    doc = corpus_doc(
        "line-shapes/henan-xinyang-2018-xinzheng17-anquan-shengchan-biaozhang-jueding-oneline-page.txt"
    )
    assert doc.doc_number == "信政〔2018〕17号"


def test_a_title_under_a_lead_that_says_the_text_follows_is_the_same_documents() -> None:
    """A news headline ('城鎮老舊小區如何改造?湖南印發實施意見'), its lead ending '來看《意見》
    全文。', then the 意见's own head: one document, the 意见, titled and numbered by its head."""
    issue = corpus_issue(
        "mirror-noise/hunan-2021-xiangzhengbanfa56-laojiu-xiaoqu-yijian-trad-pinyin-blog-page.txt"
    )
    assert [(d.title, d.doc_number) for d in issue.documents] == [
        ("湖南省人民政府辦公廳關于全面推進城鎮老舊小區改造工作的實施意見", "湘政辦發〔2021〕56號")
    ]


def test_an_order_is_titled_by_what_it_says_it_issues() -> None:
    """'桐梓县人民政府令' / '第4号' / '…特发布森林防火封山令。' / '县 长:易 贤' / '2022年8月22日' /
    '桐梓县人民政府森林防火封山令': titled by the 封山令 it issues, signed by the county head
    (his post and his name spread apart, a colon between)."""
    doc = corpus_doc(
        "order/guizhou-zunyi-tongzi-2022-ling4-senlin-fanghuo-fengshanling-pipes-gov-page.txt"
    )
    assert (doc.title, doc.signature, doc.date) == (
        "桐梓县人民政府森林防火封山令",
        ["县长 易贤"],
        "2022-08-22",
    )


def test_a_mayors_post_and_name_both_spread_apart_sign() -> None:
    """'市 长 王 纯' / '一九九七年七月十六日' under the promulgation: the mayor signs."""
    doc = corpus_doc(
        "line-shapes/jilin-baishan-1997-baishanzhengling3-qingzhen-shipin-guiding-oneline-infoeach-page.txt"
    )
    assert (doc.signature, doc.date) == (["市长 王纯"], "1997-07-16")


def test_the_title_printed_again_over_its_issuers_line_and_its_kind() -> None:
    """'宁武县人民政府封山令' (the site's headline) / '宁武县人民政府' / '封 山 令' /
    '宁政令〔2023〕1号': the title printed again over two lines, then its 文号."""
    doc = corpus_doc(
        "order/shanxi-xinzhou-ningwu-2023-ningzhengling1-fengshanling-spaced-gov-page.txt"
    )
    assert (doc.title, doc.doc_number) == ("宁武县人民政府封山令", "宁政令〔2023〕1号")


def test_a_contact_address_over_the_signature_signs_nothing() -> None:
    """'联系电话:8777312 邮箱:…' / '地址:吉首市民政局2楼202室' / '吉首市殡葬改革领导小组办公室' /
    '2018年5月16日': the office signs, not its address."""
    doc = corpus_doc(
        "repost/hunan-xiangxi-jishou-2018-binzang-banfa-zhengqiu-yijian-gonggao-source-editor-page.txt"
    )
    assert (doc.issuers, doc.signature) == (
        ["吉首市殡葬改革领导小组办公室"],
        ["吉首市殡葬改革领导小组办公室"],
    )


def test_an_autonomous_countys_word_for_itself_names_no_place() -> None:
    """'三江侗族自治县2022年财政预算执行情况…的报告' / '2023年1月8日在自治县第十七届人民代表大会
    第三次会议上' / '县财政局局长 陈远熙': the bureau of the county the title names, not
    '自治县财政局'."""
    doc = corpus_doc(
        "budget-report/guangxi-liuzhou-sanjiang-2023-budget-report-noprefix-dateline-gov-page.txt"
    )
    assert doc.issuers == ["三江侗族自治县财政局"]


def test_a_readings_headline_over_the_document_it_reads_is_the_pages_title() -> None:
    """'《四川省人民政府关于同意划定…的批复》解读' / '四川省人民政府关于同意划定…的批复' / a report
    ('11月17日,省政府网站发布《…》…(记者 刘宇男)'): the page is the reading, titled by its
    headline; the 批复's title under it is recorded as its subtitle, and names no issuer."""
    issue = corpus_issue(
        "repost/sichuan-2014-shuiyuan-baohuqu-pifu-jiedu-news-reporter-pitimail-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title.startswith("《四川省人民政府关于同意划定") and doc.title.endswith(
        "的批复》解读"
    )
    assert (doc.kind, doc.issuers) == ("news", [])
    assert [(r.line, r.why) for r in issue.removed if r.line <= 2] == [(2, "subtitle")]


def test_a_football_lottery_ad_where_about_stood_is_taken_out_with_its_colon() -> None:
    """'中国足彩在线' / '图片' over the site, and '忠县金声乡人民政府中国足彩在线:印发《…》的通知':
    the advertisement and its colon go; the title is the notice's, whose signature is pushed
    right by a run of question marks ('??…??忠县金声乡人民政府')."""
    doc = corpus_doc(
        "web-page/chongqing-zhongxian-jinsheng-2022-jinshengfufa27-jiegan-fangan-yinfa-spam-meta-page.txt"
    )
    assert (doc.title, doc.issuers, doc.signature) == (
        "忠县金声乡人民政府印发《金声乡2022年农作物秸秆综合利用实施方案》的通知",
        ["忠县金声乡人民政府"],
        ["忠县金声乡人民政府"],
    )


def test_a_day_stamped_before_the_issuers_name_is_no_part_of_the_title() -> None:
    """'20230607 沂水县林长制办公室 关于进一步落实林长制工作任务的通知' (the site's headline) over
    '沂水县林长制办公室' / '关于…的通知': the title keeps its issuer, the stamp is furniture."""
    issue = corpus_issue(
        "web-page/shandong-linyi-yishui-xiawei-2023-linzhangban-linzhangzhi-renwu-tongzhi-datedtitle-pipes-page.txt"
    )
    assert issue.documents[0].title == "沂水县林长制办公室关于进一步落实林长制工作任务的通知"
    assert (1, "20230607", "title_furniture") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_bulleted_records_value_is_no_menu_item() -> None:
    """'• [ 发文字号 ]' (left empty) / '• [ 发布机构 ]' / '• 巫溪县财政局' / '• [ 主题分类 ]' /
    '• 财政': the publisher is the bureau (its bullet not taken for a menu's), the next label
    no value of it."""
    doc = corpus_doc(
        "budget-report/chongqing-wuxi-2023-yusuan-gongkai-shuoming-bracket-bullet-meta-threeline-head-gov-page.txt"
    )
    assert doc.issuers == ["巫溪县财政局"]
