"""The twenty-third batch (regulators' pages from a crawler's dump, law-database exports, two
2026 work reports, county and banner pages of the north-west) measured before its rules, and
the rules of their kinds, each on its real file: a national organ's office in a region is one
organ ('国家能源局新疆监管办公室'); a page whose crawler put each span on a line (a 文号 over five
lines, a date over seven, the font buttons, a newspaper under its '来源:' label, the time of
posting in words); a page's title tag 'SITE - T'; a content farm's question after its
headline; an issuer's name broken over a title's first two lines; a count of visits in a byline.
Every expected value was read off the file by hand (the docstrings quote it)."""

from __future__ import annotations

from gongbao.structure.organs import issuers_from_title
from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_national_organs_office_in_a_region_is_one_organ() -> None:
    """'国家能源局新疆监管办公室' signing alone; '山西省能源局 国家能源局山西监管办公室关于…'."""
    assert issuers_from_title("国家金融监督管理总局重庆监管局关于…的通知") == [
        "国家金融监督管理总局重庆监管局"
    ]
    doc = corpus_doc(
        "line-shapes/xinjiang-2025-xinjiannengshichang24-shichang-jianguan-banfa-tongzhi-hard-wrap-page.txt"
    )
    assert (doc.issuers, doc.signature) == (
        ["国家能源局新疆监管办公室"],
        ["国家能源局新疆监管办公室"],
    )
    doc = corpus_doc(
        "web-page/shanxi-2023-jinnengyuandianlifa320-xianhuo-zhengshi-yunxing-tongzhi-joint-meta-page.txt"
    )
    assert doc.issuers == ["山西省能源局", "国家能源局山西监管办公室"]


def test_a_page_that_put_each_span_on_a_line() -> None:
    """'内能源公告〔' / '2026' / '〕' / '6' / '号'; '附件：' / '内蒙古自治区深化提升' / '“获得电力”服务
    水平' / '全面打造现代化用电营商环境行动方案' / '（征求意见稿）'; '内蒙古自治区能源局' / '202' / '6' /
    '年' / '3' / '月' / '6' / '日'."""
    doc = corpus_doc(
        "line-shapes/neimenggu-2026-neinengyuangonggao6-huode-dianli-zhengqiu-yijian-gonggao-split-spans-page.txt"
    )
    assert (doc.doc_number, doc.date, doc.signature, [a.title for a in doc.attachments]) == (
        "内能源公告〔2026〕6号",
        "2026-03-06",
        ["内蒙古自治区能源局"],
        ["内蒙古自治区深化提升“获得电力”服务水平全面打造现代化用电营商环境行动方案（征求意见稿）"],
    )
    # '市工业' / '和信息化局' / '市财政局' / '202' / '5' / '年' / '12' / '月' / '9' / '日': the date
    # read, the first signer's two spans one name (the page is no hard-wrapped text: 46 of its
    # 714 lines run to 15 characters, 11 of those to 18 — its long spans agreeing on a width
    # had joined '市工业' onto the attachment's title above it); the page's 发布机构 gives the
    # full name ('天津市工业和信息化局')
    doc = corpus_doc(
        "line-shapes/tianjin-2025-jingongxindianli13-xuqiu-xiangying-zijin-tongzhi-split-spans-page.txt"
    )
    assert (doc.date, doc.signature, doc.issuers) == (
        "2025-12-09",
        ["市工业和信息化局", "市财政局"],
        ["天津市工业和信息化局", "市财政局"],
    )


def test_a_crawled_pages_font_buttons_source_and_posting_time_are_the_pages() -> None:
    """'2026年四川省人民政府工作报告' / '2026年02月10日 07时41分' / '来源:' / '四川日报' /
    '【字体：' / '大' / '中' / '小' / '】' / '分享：' / '2026年2月3日在…会议上'."""
    issue = corpus_issue("work-report/sichuan-2026-work-report-gov-page-csv-crawl.txt")
    doc = issue.documents[0]
    assert (doc.title, doc.kind, doc.date) == (
        "2026年四川省人民政府工作报告",
        "report",
        "2026-02-03",
    )
    removed = {(r.line, r.text, r.why) for r in issue.removed}
    assert {
        (2, "2026年02月10日07时41分", "byline"),  # (the cleaner closes the space up)
        (4, "四川日报", "page_metadata"),
        (6, "大", "page_tools"),
        (8, "小", "page_tools"),
    } <= removed


def test_a_title_tag_with_the_sites_name_first() -> None:
    """'广东省发展和改革委员会 - 广东省能源局关于…生产制造' (the tag cut), the breadcrumb a crumb a line
    ('首页' / '>' / '广东省能源局' / '>' / '通知公告'), the title, a byline, '粤能许可〔2026〕23号'."""
    doc = corpus_doc("web-page/guangdong-2026-yuenengxuke23-jieneng-baogao-shencha-yijian-page.txt")
    assert (doc.title, doc.doc_number, doc.issuers, doc.addressees) == (
        "广东省能源局关于江门首通新能源科技有限公司磷酸铁锂电芯及储能电源系统生产制造项目节能报告的审查意见",
        "粤能许可〔2026〕23号",
        ["广东省能源局"],
        ["江门市发展和改革局", "江门首通新能源科技有限公司"],
    )


def test_a_content_farms_question_after_its_headline_is_no_title() -> None:
    """'中卫中宁县划定辖区内高风险区公告(宁夏中卫属于什么风险区)' twice, then '中宁县关于划定辖区内
    高风险区的公告(2022年第32号)'."""
    doc = corpus_doc(
        "repost/ningxia-zhongwei-zhongning-2022-gaofengxianqu-gonggao32-repost-page.txt"
    )
    assert (doc.title, doc.doc_number) == ("中宁县关于划定辖区内高风险区的公告", "2022年第32号")


def test_an_issuers_name_broken_over_the_titles_first_lines() -> None:
    """'海口市秀英区新型冠状病毒肺炎' / '疫情联防联控工作指挥部' / '关于划定风险区的通报'."""
    doc = corpus_doc("repost/hainan-haikou-xiuying-2022-fengxianqu-tongbao-bjdapp-page.txt")
    assert (doc.title, doc.issuers) == (
        "海口市秀英区新型冠状病毒肺炎疫情联防联控工作指挥部关于划定风险区的通报",
        ["海口市秀英区新型冠状病毒肺炎疫情联防联控工作指挥部"],
    )


def test_a_count_of_visits_in_a_byline() -> None:
    """'访问次数: 261 来源:农牧和科技局莫力达瓦达斡尔族自治旗 [ 字体大小: ]' between the title and
    '莫农牧发〔2017〕375号', then '各乡镇(办事处)人民政府:'."""
    doc = corpus_doc("reply/neimenggu-molidawaqi-2017-kaihuang-han-page.txt")
    assert (doc.doc_number, doc.addressees) == ("莫农牧发〔2017〕375号", ["各乡镇(办事处)人民政府"])


def test_a_sites_personal_centre_is_no_issuer() -> None:
    """'便民日历' / '智能问答' / '无障碍' / '个人中心' over the page, '字体【' / '大' / '中' / '小' / '】';
    signed '四川省发展和改革委员会' / '四川省能源局'."""
    doc = corpus_doc(
        "web-page/sichuan-2025-chuanfagainengyuan309-chuneng-xiangmu-qingdan-tongzhi-fgw-page.txt"
    )
    assert (doc.issuers, doc.addressees) == (
        ["四川省发展和改革委员会", "四川省能源局"],
        [
            "相关市（州）发展改革委、能源行业主管部门",
            "能源运行主管部门",
            "国网四川电力",
            "有关企业",
        ],
    )


def test_a_site_named_after_its_first_issuer_has_no_running_name() -> None:
    """'重庆市经济和信息化委员会' (the site's name, line 1) / … / the five issuers stacked a line each
    over '关于印发《…' (lines 14–18) and again over '2025年12月30日' (lines 24–28): the name that
    opens the page is the first issuer's, in the head and in the signature, no running header."""
    issue = corpus_issue(
        "web-page/chongqing-2025-yujingxinguifan13-shangyongche-zhengce-cuoshi-tongzhi-joint5-page.txt"
    )
    doc = issue.documents[0]
    five = [
        "重庆市经济和信息化委员会",
        "重庆市财政局",
        "中共重庆市委金融委员会办公室",
        "国家金融监督管理总局重庆监管局",
        "重庆市商务委员会",
    ]
    assert (doc.issuers, doc.signature, doc.date) == (five, five, "2025-12-30")
    assert not [r for r in issue.removed if r.why == "masthead"]
