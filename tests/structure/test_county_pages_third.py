"""Rules found while scoring batch 50 (county pages found by topic, law collections'
orders, a forum's 红头 copy), each tested on a file it changed. Each expected value read off
the file by hand (the docstrings quote the lines); each test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_casinos_name_over_a_hijacked_page_is_no_title() -> None:
    """'澳门威尼斯人赌城官网_澳门威尼斯人备用网址' (the hijacker's title) over the site's menu and
    '通 告': the casino's words are taken out as advertisements, no part of any title."""
    issue = corpus_issue(
        "announcement/guizhou-qiandongnan-liping-2022-gaokao-shigong-zaosheng-tonggao-notitle-hijacked-page.txt"
    )
    assert {r.why for r in issue.removed if r.line == 1} == {"gambling_ad", "site_navigation"}
    assert "澳门" not in issue.documents[0].title


def test_a_sentence_that_speaks_as_the_town_names_no_organ() -> None:
    """'一、总体情况' / '2021年度,我镇认真贯彻落实上级政府信息公开相关规定…': no issuer
    '我镇认真贯彻落实上级政府' (the report is untitled, its town named only as 我镇)."""
    doc = corpus_doc(
        "disclosure-report/shandong-jining-zoucheng-tianhuangzhen-2021-xxgk-nianbao-notitle-gov-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("report", [])


def test_a_mayors_signature_under_a_promulgation_on_one_line_is_no_title() -> None:
    """'《大连市封山禁牧管理办法》已经…通过,现予公布,… 市长 夏德仁 二○○五年十月八日 大连市封山禁牧
    管理办法 第一条 …' on one line: titled by the rules, signed by the mayor."""
    doc = corpus_doc(
        "order/liaoning-dalian-2005-fengshan-jinmu-banfa-oneline-notitle-lsbar-page.txt"
    )
    assert (doc.title, doc.signature, doc.date) == (
        "大连市封山禁牧管理办法",
        ["市长 夏德仁"],
        "2005-10-08",
    )


def test_the_文号_over_the_issuers_line_is_no_part_of_the_title() -> None:
    """'县政办发〔2010〕219号' / '户县人民政府办公室' / '关于撤销余下镇新安社区的通知': the
    issuer's line is the title's first line; the 文号 above it is not (no organ's name is
    broken over a line that holds a 文号)."""
    doc = corpus_doc(
        "redhead/shaanxi-xian-huxian-2010-xianzhengbanfa219-chexiao-shequ-forum-xhume-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "户县人民政府办公室关于撤销余下镇新安社区的通知",
        "县政办发〔2010〕219号",
        ["户县人民政府办公室"],
    )


def test_an_aggregators_year_glued_before_the_title() -> None:
    """'2022石柱土家族自治县人民政府森林防火封山令': the title without the bare year (recorded as
    taken from the title's line)."""
    issue = corpus_issue(
        "order/chongqing-shizhu-2022-senlin-fanghuo-fengshanling-tags-jxyuer-page.txt"
    )
    assert issue.documents[0].title == "石柱土家族自治县人民政府森林防火封山令"
    assert [(r.text, r.why) for r in issue.removed if r.line == 2] == [("2022", "title_furniture")]


def test_rules_issued_by_a_numbered_notice_not_an_order() -> None:
    """'（1994年10月13日鲁政发〔1994〕115号发布 根据2010年11月29日山东省人民政府令第228号修正
    自1994年12月1日起施行）' under the title: the 文号 of the notice that issued the rules, its
    day, the province's government by its code; rules, not an order."""
    doc = corpus_doc(
        "front-matter/shandong-1994-luzhengfa115-linshi-jianshe-yongdi-banfa-waystowork.md"
    )
    assert (doc.doc_number, doc.date, doc.issuers, doc.kind) == (
        "鲁政发〔1994〕115号",
        "1994-10-13",
        ["山东省人民政府"],
        "regulation",
    )


def test_rules_a_ministrys_own_meeting_adopted() -> None:
    """'# 商务部行政处罚实施办法' / '《商务部行政处罚实施办法》已经2022年1月27日商务部第39次部务会议
    修订通过，现予公布，…' / '部 长 王文涛': the ministry's order."""
    doc = corpus_doc(
        "order/shangwubu-2022-xingzheng-chufa-shishi-banfa-rightalign-sign-waystowork.md"
    )
    assert (doc.kind, doc.issuers) == ("order", ["商务部"])


def test_an_order_crawled_without_its_order_line() -> None:
    """'第232号' / '《江西省人民政府关于废止〈江西省著名商标认定和保护办法〉的决定》已经2018年4月28日
    省人民政府第4次常务会议审议通过，现予公布…' / '省长': the government's order, by the name the
    quoted title prints in full."""
    doc = corpus_doc(
        "order/jiangxi-2018-ling232-zhuming-shangbiao-banfa-feizhi-jueding-notitle-jxtext.txt"
    )
    assert (doc.doc_number, doc.kind, doc.issuers) == ("第232号", "order", ["江西省人民政府"])


def test_a_parts_heading_that_lost_its_ordinal() -> None:
    """'部分东岳镇人民政府2022年部门预算情况说明' (the contents' '第二部分', its ordinal lost): the
    organ is '东岳镇人民政府', not '部分东岳镇人民政府'."""
    doc = corpus_doc(
        "dept-budget/sichuan-dazhou-tongchuan-dongyuezhen-2022-bumen-yusuan-bullets-gov-page.txt"
    )
    assert doc.issuers == ["东岳镇人民政府"]


def test_a_meeting_line_printed_over_two() -> None:
    """'政 府 工 作 报 告' / '2022年1月19日' / '在遂宁市安居区第五届人民代表大会第二次会议上' /
    '遂宁市安居区人民政府区长 杨文彬': the day, the meeting, the speaker and his government."""
    doc = corpus_doc(
        "work-report/sichuan-suining-anju-2022-work-report-spaced-title-nodash-mirror-page.txt"
    )
    assert (doc.date, doc.speaker, doc.issuers) == (
        "2022-01-19",
        "遂宁市安居区人民政府区长 杨文彬",
        ["遂宁市安居区人民政府"],
    )
