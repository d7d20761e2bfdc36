"""The thirtieth batch (36 files: an archive's page texts of 平潭, provincial work reports
and energy regulators' pages from crawled datasets, a PDF compilation of four national
notices, page-store pages of eastern and central counties) measured before its rules, and the
rules of their kinds, each on its real file: an archive's header of 'key: value' lines closed
by a rule ('==== 正文 ===='); a whole page saved on one line, its breadcrumb first, is no line
of navigation; a sharing tool's letters run onto a 文号's code ('QQ空间岚综管综…'); a column's
name run onto the title; a wiki's link to the item before in its series; a meeting's headline
with its chair's name first; a title whose quoted name runs over three lines; a table's bar
after a signature's date; a seal standing for another body ('(代章)'); joint signers over a
date a page put a piece a line; a notice that issues the report printed under it; notices of
a compilation one under another's date. Every expected value was read off the file by hand
(the docstrings quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_an_archives_header_and_a_page_on_one_line() -> None:
    """'标题: 平潭综合实验区管委会关于区自然资源服务中心申请收回大福湾项目国有土地使用权的批复' /
    '发布时间: 2021-04-30 18:05' / '文号: 岚综管综〔2021〕38号' / '发布机构: 平潭综合实验区管委会
    办公室' / … / '==================== 正文 ====================' / '当前位置： 首页政务公开… 成文日期：
    2021-04-29 …' (the whole page on that line, its text and signature '平潭综合实验区管委会')."""
    doc = corpus_doc(
        "front-matter/fujian-pingtan-2021-lanzongguanzong38-dafuwan-tudi-shouhui-pifu-pagetxt.txt"
    )
    assert (doc.title, doc.doc_number, doc.date, doc.issuers) == (
        "平潭综合实验区管委会关于区自然资源服务中心申请收回大福湾项目国有土地使用权的批复",
        "岚综管综〔2021〕38号",
        "2021-04-29",
        ["平潭综合实验区管委会"],
    )


def test_a_sharing_tool_run_onto_a_number_and_a_column_onto_a_title() -> None:
    """'… 微信 微博 QQ空间 岚综管综〔2015〕88号平潭综合实验区管委会关于…的决定区直各单位，…' (its
    header's '文号: 3'); and '…最新文件部门文件 平潭综合实验区市场监督管理局关于制定平潭赛尔双语
    学校收费标准的通知 时间：2019-09-19 09:28 微信 微博 QQ空间 平潭赛尔双语学校：…'."""
    doc = corpus_doc(
        "front-matter/fujian-pingtan-2015-lanzongguanzong88-jinrong-jigou-biaozhang-jueding-pagetxt.txt"
    )
    assert (doc.doc_number, doc.date) == ("岚综管综〔2015〕88号", "2015-04-17")
    doc = corpus_doc(
        "front-matter/fujian-pingtan-2019-shijianju-saier-xuexiao-shoufei-tongzhi-pagetxt.txt"
    )
    assert doc.title == "平潭综合实验区市场监督管理局关于制定平潭赛尔双语学校收费标准的通知"


def test_a_wikis_link_to_the_item_before() -> None:
    """'大理白族自治州人民政府關於公布第八批州級文物保護單位的通知' / '維基文庫,自由的圖書館' / '第七批
    大理白族自治州人民政府關於公布第八批州級文物保護單位的通知' / '大政發〔2023〕22號'."""
    doc = corpus_doc(
        "mirror-noise/yunnan-dali-2023-dazhengfa22-wenbao-danwei-trad-wikisource-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "大理白族自治州人民政府關於公布第八批州級文物保護單位的通知",
        ["大理白族自治州人民政府"],
    )


def test_a_meetings_headline_its_chair_first() -> None:
    """'王士强主持召开区政府第39次常务会议' / '字号:' / '大 中 小' / … / '会议议题:一、关于2024年
    《政府工作报告》(审议稿)起草情况的汇报;'."""
    doc = corpus_doc(
        "minutes/shandong-jinan-changqing-2024-qzf-cwh39-yiding-shixiang-fields-gov-page.txt"
    )
    assert doc.title == "王士强主持召开区政府第39次常务会议"


def test_a_quoted_name_over_three_lines() -> None:
    """'上海市松江区人民政府关于' / '同意《上海市松江区佘山镇郊野单元村庄规划北干山-辰山-张朴乡村单元
    (SJSSJY03)' / '规划专项编制(2022-2035)》的批复' (blank lines between; the site's headline above
    reads '…》方案的批复')."""
    doc = corpus_doc(
        "reply/shanghai-songjiang-2023-husongfu44-sheshan-cunzhuang-guihua-pifu-gov-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "上海市松江区人民政府关于同意《上海市松江区佘山镇郊野单元村庄规划北干山-辰山-张朴乡村单元"
        "(SJSSJY03)规划专项编制(2022-2035)》的批复",
        ["上海市松江区人民政府"],
    )


def test_a_bar_after_the_date_and_a_seal_for_another_body() -> None:
    """'特此通告。' / '莱州市公安局 烟台市莱州公路建设养护中心 2023年6月21日 |'; and '- 备注/文号:
    狮环保函〔2023〕16号' … '石狮市实施乡村振兴战略乡村生态振兴专项小组(代章)' / '2023年7月25日'
    (the page's '发布机构:泉州市石狮生态环境局', no issuer: a wrong one before)."""
    doc = corpus_doc(
        "announcement/shandong-yantai-laizhou-2023-s217-fengbi-shigong-tonggao-forum-page.txt"
    )
    assert (doc.issuers, doc.date) == (["莱州市公安局", "烟台市莱州公路建设养护中心"], "2023-06-21")
    doc = corpus_doc(
        "reply/fujian-quanzhou-shishi-2023-shihuanbaohan16-lvying-xiangcun-rending-han-meta-list-page.txt"
    )
    assert (doc.doc_number, doc.issuers) == (
        "狮环保函〔2023〕16号",
        ["石狮市实施乡村振兴战略乡村生态振兴专项小组"],
    )


def test_joint_signers_over_a_date_a_piece_a_line() -> None:
    """'四川省发展和改革委员会' (the site's name on the page's first line too) / '四川省能源局' /
    '2025' / '年' / '9' / '月' / '29' / '日'."""
    doc = corpus_doc(
        "web-page/sichuan-2025-chuanfagaijiage480-xinnengyuan-dianjia-fangan-tongzhi-page.txt"
    )
    assert (doc.issuers, doc.date) == (["四川省发展和改革委员会", "四川省能源局"], "2025-09-29")


def test_a_notice_that_issues_the_report_under_it() -> None:
    """'牟定县人民政府关于印发2022年政府工作报告的通知' / (the record) / '各乡镇人民政府,县直各部门:' /
    '2022年《政府工作报告》已经牟定县第十八届人民代表大会第一次会议审议通过,现予印发,请认真贯彻
    落实。' / '牟定县人民政府' / '2022年2月9日' / '(此件公开发布)' / '政府工作报告' / '——2022年1月20日
    在…会议上' / '县长 李永军'."""
    doc = corpus_doc(
        "work-report/yunnan-chuxiong-mouding-2022-moudingzhengfa6-work-report-yinfa-meta-page.txt"
    )
    assert (doc.title, doc.date, [a.title for a in doc.attachments]) == (
        "牟定县人民政府关于印发2022年政府工作报告的通知",
        "2022-02-09",
        ["政府工作报告"],
    )


def test_a_compilations_notices_one_under_anothers_date() -> None:
    """'本通知自下发之日起执行。' / '二〇〇九年一月十九日' / '卫生部关于在《医疗机构诊疗科目名录》中
    增加“疼痛科”诊疗科目的通知' / '各省、自治区、直辖市卫生厅局，…'; '二〇〇七年七月十六日' /
    '卫生部关于修订《医疗机构诊疗科目名录》部分科目的通知（2007）'; and after the third's table
    ('30.06其他'), '关于下发《医疗机构诊疗科目名录》的通知' over its whole text on one line, closed
    '… 卫生部 一九九四年九月五日'."""
    issue = corpus_issue(
        "line-shapes/national-moh-1994-2009-zhenliao-kemu-four-notices-compilation-medpolicyrag.txt"
    )
    assert [(d.title, d.date) for d in issue.documents][1:3] == [
        ("卫生部关于在《医疗机构诊疗科目名录》中增加“疼痛科”诊疗科目的通知", "2007-07-16"),
        ("卫生部关于修订《医疗机构诊疗科目名录》部分科目的通知（2007）", "2007-05-31"),
    ]
    # the fourth's 附件说明, signer and date read off its one line (its spaces as read set the
    # signer apart from the list's last item: the cleaner closes them up)
    doc = issue.documents[3]
    assert (
        doc.title,
        doc.date,
        doc.signature,
        doc.issuers,
        [a.title for a in doc.attachments],
    ) == (
        "关于下发《医疗机构诊疗科目名录》的通知",
        "1994-09-05",
        ["卫生部"],
        ["卫生部"],
        ["医疗机构诊疗科目名录", "诊疗科目名录使用说明"],
    )


def test_an_untitled_notice_that_issues_the_report_under_it() -> None:
    """'各乡镇人民政府,县政府各部门、直属机构,县属各国有企业:' / '《政府工作报告》已经县十八届人民
    代表大会第五次会议审议通过,现印发给你们,…' / '中宁县人民政府' / '2026年2月9日' / '(此件公开
    发布)' / '政 府 工 作 报 告' / '——2026年1月14日在中宁县第十八届人民代表大会' (the report's date
    was taken for the notice's, its title for the notice's)."""
    doc = corpus_doc(
        "work-report/ningxia-zhongwei-zhongning-2026-work-report-yinfa-notitle-gov-page.txt"
    )
    assert (doc.title, doc.date, doc.signature, [a.title for a in doc.attachments]) == (
        "",
        "2026-02-09",
        ["中宁县人民政府"],
        ["政府工作报告"],
    )


def test_a_short_name_by_the_seals_full_one() -> None:
    """'国家医保局' / '人力资源社会保障部' / '2025年12月5日' / '国家医疗保障局' (the seal's words under
    the date, a line of their own)."""
    doc = corpus_doc("gazette-item/national-nhsa-2025-yibaofa33-yaopin-mulu-medpolicyrag.txt")
    assert doc.issuers == ["国家医疗保障局", "人力资源社会保障部"]
