"""Date forms older and careless pages print (元月, 廿, a date whose 日 was lost), a gazette's
note of who issued it, a promulgation printed over its title, a ministry's order numbered in
its year, a bilingual page's English lines in the head, a 文号's series telling a government
from its office, and the eleventh batch's kinds (records printed as bulleted labels, untitled
budgets, heads run onto one line, replies' marks): each rule on its real page, every expected
value read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

import pytest

from gongbao.structure.dates import compact_date, parse_date
from tests.structure.corpus_pages import corpus_doc


def _head(path: str) -> tuple[str, str | None, str | None, list[str]]:
    doc = corpus_doc(path)
    return doc.title, doc.doc_number, doc.date, doc.issuers


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("一九五一年元月十三日", "1951-01-13"),
        ("一九五二年十二月廿日", "1952-12-20"),
        ("1952年12月卄日", "1952-12-20"),
        ("二〇二〇年三月廿八日", "2020-03-28"),
        ("1990年元月卅一日", "1990-01-31"),
        ("1990年二月卅日", None),  # (no such day: nothing read)
        ("2026年元月1日", "2026-01-01"),
    ],
)
def test_the_first_month_and_the_tens_older_dates_write(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2016年7月14", "2016-07-14"),
        ("2022年8月19", "2022-08-19"),
        ("2016年7月", None),  # a month, no day: no date
        ("2016年13月1", None),
    ],
)
def test_a_date_whose_day_mark_the_page_lost(text: str, iso: str | None) -> None:
    assert compact_date(text) == iso


def test_a_gazettes_bracketed_note_of_joint_issue() -> None:
    """'(廣東省人民政府、廣東軍區司令部一九五一年元月十三日聯合發佈)' under the title: the two
    issuers and the date (neither had been read)."""
    path = "gazette-item/guangdong-1951-wuzhuang-hucang-zhuyi-shixiang-gongbao-page.txt"
    assert _head(path)[2:] == ("1951-01-13", ["廣東省人民政府", "廣東軍區司令部"])


def test_a_promulgation_signed_and_dated_over_the_title_it_names() -> None:
    """'《山东省人民政府关于废止〈山东省信访规定〉等3件省政府规章的决定》已经…通过,现予公布…' /
    '省长 郭树清' / '2016年4月15日', then that title: the date and the signature are the
    decision's (the page lost the order's 令 line)."""
    doc = corpus_doc(
        "opinion/shandong-2016-feizhi-xinfang-guiding-guizhang-jueding-gongbu-page.txt"
    )
    assert (doc.title, doc.date, doc.signature) == (
        "山东省人民政府关于废止《山东省信访规定》等3件省政府规章的决定",
        "2016-04-15",
        ["省长 郭树清"],
    )


def test_a_signature_date_whose_day_mark_was_lost() -> None:
    """'温州市鹿城区人民政府办公室' / '2016年7月14' closing the notice: its date (the page's
    生成日期 2016-07-25 had stood in for it) and its signature."""
    path = "web-page/zhejiang-wenzhou-lucheng-2016-wenluzhengban81-longtou-qiye-meta-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.date, doc.signature) == ("2016-07-14", ["温州市鹿城区人民政府办公室"])
    path = "web-page/shandong-jining-jinxiang-2021-guomin-jingji-jihua-page.txt"
    doc = corpus_doc(path)
    assert (doc.date, doc.signature) == ("2021-02-22", ["金乡县人民政府"])


def test_a_bulletins_issuing_line_over_its_title() -> None:
    """'寿县政务督查' / '20期' / '寿县人民政府督查室           2022年8月19' / the title over two
    lines: the office and the date are the bulletin's, no part of its title (the line had been
    run onto the title, and no date read)."""
    path = (
        "web-page/anhui-huainan-shouxian-2022-duchashi-gongzuo-baogao-luoshi-tongbao-gov-page.txt"
    )
    assert _head(path) == (
        "关于印发2022年《政府工作报告》主要任务上半年落实情况的通报",
        None,
        "2022-08-19",
        ["寿县人民政府督查室"],
    )


def test_a_ministrys_order_numbered_in_its_year() -> None:
    """'中华人民共和国农业部令' / '2016年 第5号': the number is the order line's (it had been
    '2016年第5号' alone)."""
    path = "order/nongyebu-2016-ling5-zhongzi-shengchan-jingying-xuke-5478e-page.txt"
    assert _head(path)[1] == "中华人民共和国农业部令2016年第5号"


def test_a_bilingual_pages_english_lines_in_the_head() -> None:
    """'卫生部、交通部令' / '(No.2 [2004])' / '(2004年第2号)': the English line is no part of the
    title, the number is the joint order's, and its two ministries are two issuers (the title
    had been '卫生部、交通部令(No.2 [2004])', with no issuer); the promulgation, under an English
    paragraph that is not joined to it, titles the order by its rules; the date '二00四年三月四日'
    among the signature's English lines is read (since the twentieth batch; it had been None)."""
    path = (
        "order/weishengbu-jiaotongbu-2004-ling2-tufa-gonggong-weisheng-jiaotong-yingji-"
        "bilingual-pkulaw-page.txt"
    )
    assert _head(path) == (
        "突发公共卫生事件交通应急规定",
        "卫生部、交通部令(2004年第2号)",
        "2004-03-04",
        ["卫生部", "交通部"],
    )


def test_a_records_number_without_an_issuer_code() -> None:
    """'发文日期:2023-03-13 文号:(2023)1号' in the page's record over a 通告 that prints no
    number: the record's number, as printed (it had been refused for lacking a code)."""
    path = "announcement/hebei-qinhuangdao-lulong-2023-hongshan-miaohui-tonggao-gov-page.txt"
    assert _head(path)[1] == "(2023)1号"


def test_a_place_before_about_issues_the_document() -> None:
    """'苏尼特左旗关于2024年进入春季森林草原防火期的通告', no signature on the cut page: the
    banner the title names issues it (no issuer had been read)."""
    path = (
        "announcement/neimenggu-xilinguole-sunitezuoqi-2024-chunji-fanghuoqi-tonggao-gov-page.txt"
    )
    assert _head(path)[3] == ["苏尼特左旗"]


def test_the_number_series_tells_a_government_from_its_office() -> None:
    """'宜良县人民政府办公室关于印发…的通知' signed '宜良县人民政府' under '宜政办〔2023〕26号': the
    office's series, the office's notice. '宛政〔2011〕7号' on a page '南阳市人民政府办公室'
    publishes: the government's series, the government's decision (the publisher had been
    taken for the issuer in the one, the signature in the other)."""
    path = "web-page/yunnan-kunming-yiliang-2023-yizhengban26-dizhen-yuan-meta-page.txt"
    assert _head(path)[3] == ["宜良县人民政府办公室"]
    path = "web-page/henan-nanyang-2011-tongdabei-biaozhang-jueding-mirror-page.txt"
    assert _head(path)[3] == ["南阳市人民政府"]


@pytest.mark.parametrize(
    ("number", "office"),
    [
        ("宜政办〔2023〕26号", True),
        ("宛政〔2011〕7号", False),
        ("鲁政发〔2020〕1号", False),
        ("京政办发[2016]26号", True),
        ("国发〔2019〕5号", None),  # (the State Council's: neither by its code)
        ("高区财农〔2023〕45号", None),  # (a department's)
    ],
)
def test_whose_series_a_number_is_in(number: str, office: bool | None) -> None:
    from gongbao.docnumber import numbered_by_office

    assert numbered_by_office(number) is office


def test_a_records_bulleted_labels_over_their_values() -> None:
    """'• 索引号' / '20240913-203749-203' / '• 发布机构' / '建水县人民政府办公室' / '• 文号' (empty)
    / '• 发布日期' / '2021-08-16': the site's record, each label over its value; none of its
    values is the title (the index number had been taken as one, the labels as a menu)."""
    path = "dept-budget/yunnan-honghe-jianshui-erzhong-2020-final-accounts-meta-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.issuers, doc.kind) == (
        "建水县第二中学2020年度部门决算",
        ["建水县第二中学"],
        "budget",
    )


def test_an_untitled_budget_named_by_its_first_part() -> None:
    """'目录' / '第一部分龙潭镇人民政府单位概况' / … / '第二部分2019年度部门决算表': no title
    printed; the contents list a budget's tables and the first part names its unit."""
    doc = corpus_doc("dept-budget/hunan-zhuzhou-lukou-longtanzhen-2019-final-accounts-page.txt")
    assert (doc.title, doc.issuers, doc.kind) == ("", ["龙潭镇人民政府"], "budget")


def test_a_title_run_onto_the_number_and_signer_line() -> None:
    """'莆二中 [2015] 3號 簽發人:曾加華 2014年莆田第二中學 政府信息公開工作年度報告' on one line:
    the title is what follows the signer's name (it had been left empty)."""
    path = "disclosure-report/fujian-putian-erzhong-2014-disclosure-report-trad-page.txt"
    assert _head(path)[:2] == ("2014年莆田第二中學政府信息公開工作年度報告", "莆二中[2015]3號")


def test_an_annual_report_titled_with_its_year_first() -> None:
    """'2009年通源乡人民政府信息公开年报' (年报 is a report), the text naming '嵊州市通源乡人民政府';
    '2020年度龙游县湖镇镇政府信息公开工作报告', the text naming '龙游县湖镇镇人民政府'."""
    path = "disclosure-report/zhejiang-shaoxing-shengzhou-tongyuan-2009-disclosure-report-news-page.txt"
    doc = corpus_doc(path)
    assert (doc.issuers, doc.kind) == (["嵊州市通源乡人民政府"], "report")
    path = "disclosure-report/zhejiang-quzhou-longyou-huzhen-2020-disclosure-report-page.txt"
    assert _head(path)[3] == ["龙游县湖镇镇人民政府"]


def test_a_record_row_that_opens_with_a_source_label() -> None:
    """'来 源: | 汉中市统计局 | 发布机构: | 汉中市统计局 |' is a row of the record (its publisher
    read), and '本年度报告根据《中华人民共和国政府信息公开条例》…' opens an annual report."""
    doc = corpus_doc(
        "disclosure-report/shaanxi-hanzhong-tongjiju-2011-disclosure-report-meta-page.txt"
    )
    assert (doc.title, doc.issuers, doc.kind) == ("", ["汉中市统计局"], "report")


def test_a_replys_category_and_disclosure_marks_over_its_number() -> None:
    """'类别:(C)' / '公开' / '西农函〔2022〕143号' / '莲花塘乡政协联络组:': the marks stand in the
    head (the number and the 主送 under them had been missed)."""
    path = "reply/yunnan-wenshan-xichou-2022-xinonghan143-zhengxie-tian107-fuhan-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.doc_number, doc.addressees) == ("西农函〔2022〕143号", ["莲花塘乡政协联络组"])


def test_a_gazettes_line_of_issue_with_its_number() -> None:
    """'關於幹部管理幾個問題的通知' / '(不另行文)' / '廣東省人民政府一九五二年十二月廿日以(52)粤辦秘字
    第四四四號發出': the issuer, the date (廿日: the 20th) and the number the line gives."""
    assert _head("gazette-item/guangdong-1952-ganbu-guanli-tongzhi-gongbao-page.txt") == (
        "關於幹部管理幾個問題的通知",
        "(52)粤辦秘字第四四四號",
        "1952-12-20",
        ["廣東省人民政府"],
    )


def test_a_sites_headline_in_brackets_before_the_title() -> None:
    """'安徽|撤县设区!安徽一市行政区划调整' / '芜湖市人民政府' / '【安徽|撤县设区!…】关于调整芜湖市
    部分行政区划的通知' / the 主送: the title is the document's own after the bracket, and the
    issuer's name over it its issuer (the headline had been taken for the title)."""
    path = "repost/anhui-wuhu-2020-quhua-tiaozheng-tongzhi-spaced-commas-shadafang-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.issuers, len(doc.addressees)) == (
        "关于调整芜湖市部分行政区划的通知",
        ["芜湖市人民政府"],
        5,
    )


def test_an_issuers_name_alone_over_the_title_under_a_headline() -> None:
    """A law site's headline, its byline, the rules' name again, then '江苏省扬州市人民政府' over
    '关于转发《…》的通知(扬府办发〔2003〕101号)': the name over the title is its issuer (none had
    been read)."""
    path = "opinion/jiangsu-yangzhou-2003-yangfubanfa101-bishui-gongcheng-xize-zhuanfa-infoeach-page.txt"
    assert _head(path)[3] == ["江苏省扬州市人民政府"]


def test_a_law_databases_issue_date_where_the_text_prints_none() -> None:
    """'【发布文号】新政发[1994]103号' / '【发布日期】1994-12-27' / '【生效日期】1994-12-27' over a
    notice that prints no date: the record's 发布日期 is the day it was issued (a law database's,
    not the page's time; it had been left unread)."""
    path = "web-page/xinjiang-1994-xinzhengfa103-wenbao-gongcheng-worldlii-page.txt"
    assert _head(path)[2] == "1994-12-27"
    path = "gazette-item/shanxi-2008-jinzhengfa8-gongzuo-mubiao-zeren-fenjie-chinacourt-page.txt"
    assert _head(path)[2] == "2008-02-03"
