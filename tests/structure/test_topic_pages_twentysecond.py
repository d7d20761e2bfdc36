"""Rules found in the session of 2026-12-07 (twentieth), on the corpus's issuer differences
and batch 167. The pages are in the corpus; each expected value was read off the page by hand;
each test fails on the code before its rule (checked by stashing ``src/``), but the one that
guards the undated signer's exception (a meeting's secretariat), which holds before and after."""

from __future__ import annotations

from gongbao.structure.organs import contracted
from tests.structure.corpus_pages import corpus_doc, corpus_issue

_WSJKW = "announcement/guangdong-wsjkw-2023-jiceng-weisheng-zonghe-shiyanqu-gongshi-hqtbz-page.txt"
_SUZHOU_FGW = (
    "reply/anhui-suzhou-fgw-2023-sufagaishenpi27-xuanzhi-biangeng-han-wenhao-glued-to-title-"
    "nosig-gov-page.txt"
)


def test_a_contracted_signature_takes_the_name_the_page_credits_in_full() -> None:
    """'广东省卫生健康委' signs a 公示 under the page's '来源:广东省卫生健康委员会': the same
    committee, the page's full name."""
    assert corpus_doc(_WSJKW).issuers == ["广东省卫生健康委员会"]


def test_a_title_contraction_takes_the_bylines_full_name() -> None:
    """'宿州市发展改革委关于…的函' under the byline '来源:宿州市发展和改革委员会': the byline's
    name (the 函 prints no signature)."""
    assert corpus_doc(_SUZHOU_FGW).issuers == ["宿州市发展和改革委员会"]


def test_contracted_knows_a_committee_by_its_short_name_and_no_other_organ() -> None:
    assert contracted("宿州市发展改革委", "宿州市发展和改革委员会")
    assert contracted("某省卫生健康委", "某省卫生健康委员会")
    assert contracted("某省市场监管局", "某省市场监督管理局")
    # (another organ of the place, or the same one's division, is no contraction)
    assert not contracted("某市教育局", "某市教育体育局办公室")
    assert not contracted("某省卫生健康委", "某省卫生健康委员会办公室")
    assert not contracted("某市财政局", "某市地方税务局")


_PINGDU = (
    "mirror-noise/"
    "shandong-qingdao-pingdu-2022-zonghe-zhifaju-bianmin-yeshi-gonggao-ad-header-nodate-mirror-page.txt"
)
_PINGJIANG = (
    "web-page/"
    "hunan-yueyang-pingjiang-2020-guifanxing-wenjian-feizhi-mulu-jiedu-shuoming-gov-page.txt"
)
_YUEYANG_BUDGET = "budget-report/hunan-yueyang-2025-budget-report.pdf"


def test_an_undated_notice_is_signed_by_the_organ_under_its_last_sentence() -> None:
    """A 公告's rules end '…维持良好市场秩序。' and the page's last line is '平度市综合行政
    执法局', no date under it: the bureau signs."""
    doc = corpus_doc(_PINGDU)
    assert doc.issuers == ["平度市综合行政执法局"]
    assert doc.signature == ["平度市综合行政执法局"]


def test_an_explanations_last_line_names_the_bureau_that_wrote_it() -> None:
    """A 说明 of a 规范性文件 clean-up ends on '平江县司法局' under its last paragraph."""
    assert corpus_doc(_PINGJIANG).issuers == ["平江县司法局"]


def test_a_meetings_secretariat_under_a_report_does_not_sign_it() -> None:
    """A budget report closes with the secretariat of the congress's meeting that printed it
    ('岳阳市九届人大六次会议秘书处'): the report stays the government's, unsigned."""
    doc = corpus_doc(_YUEYANG_BUDGET)
    assert doc.issuers == ["岳阳市人民政府"]
    assert doc.signature == []


_WUDANG = (
    "announcement/"
    "guizhou-guiyang-wudang-2022-daode-mofan-tuijian-gongshi-runon-garbled-chacewang-page.txt"
)
_MAJIANG = (
    "announcement/"
    "guizhou-qiandongnan-majiang-2022-zuimei-laodongzhe-houxuan-gongshi-runon-joint-chacewang-page.txt"
)
_QINGBAIJIANG = (
    "line-shapes/"
    "sichuan-chengdu-qingbaijiang-2022-jingkexinju-qiye-jishu-zhongxin-zhuanfa-oneline-page.txt"
)
_YIJINHUOLUO = (
    "work-report/"
    "neimenggu-eerduosi-yijinhuoluoqi-yijinhuoluozhen-2023-work-report-caoan-timing-gov-page.txt"
)
_BISHAN = "budget-report/chongqing-bishan-2024-budget-report-bracket-meta-nospeaker-gov-page.txt"
_CHANGYI = (
    "announcement/jilin-jilinshi-changyi-2023-fangwu-zhengshou-jueding-gonggao1-qibaoku-page.txt"
)


def test_a_one_line_notice_is_signed_by_the_organ_run_onto_its_last_sentence() -> None:
    """A 公示 flattened onto one line ends '…请在公示期内向区委宣传部反映,中共乌当区委宣传部
    2022年4月8日。': the department signs, on that day."""
    doc = corpus_doc(_WUDANG)
    assert doc.issuers == ["中共乌当区委宣传部"]
    assert doc.date == "2022-04-08"


def test_joint_signers_run_together_after_a_files_name_each_sign() -> None:
    """'…名单公示2022-8-31.docx麻江县总工会中共麻江县委宣传部…麻江县妇女联合会2022年8月31日
    (来源:…': five organs, the 总工会 cut from the 宣传部 after it."""
    doc = corpus_doc(_MAJIANG)
    assert doc.issuers == [
        "麻江县总工会",
        "中共麻江县委宣传部",
        "麻江县人力资源和社会保障局",
        "共青团麻江县委员会",
        "麻江县妇女联合会",
    ]
    assert doc.date == "2022-08-31"


def test_a_forwarding_notice_on_one_line_is_signed_at_its_end() -> None:
    """A 转发 notice flattened onto one line, its bureau and date at its end."""
    doc = corpus_doc(_QINGBAIJIANG)
    assert doc.issuers == ["成都市青白江区经济科技和信息化局"]
    assert doc.date == "2022-04-13"


def test_a_headline_running_the_meeting_onto_the_title_gives_the_title() -> None:
    """'政府工作报告(草案)在伊金霍洛镇第四届人民代表大会第三次会议上' over '——在伊金霍洛镇…会议
    上' and the nominee's line ('…政府镇长提名人选 苏利军'): titled, dated by the bracket."""
    doc = corpus_doc(_YIJINHUOLUO)
    assert doc.title == "政府工作报告(草案)"
    assert doc.date == "2023-04-20"
    assert doc.speaker == "伊金霍洛镇党委副书记、政府镇长提名人选 苏利军"


def test_a_budget_report_its_finance_bureau_publishes_is_the_bureaus() -> None:
    """'重庆市璧山区2023年预算执行情况和2024年预算草案报告', read '受区人民政府委托', on a page
    whose record's 发布机构 is 璧山区财政局: the district's own place is the bureau's."""
    assert corpus_doc(_BISHAN).issuers == ["璧山区财政局"]


def test_an_aggregators_tags_after_a_notices_number_are_recorded_not_titled() -> None:
    """'关于…房屋征收决定的公告第1号原种场农用地城乡建设局': the title to 公告, the number, and
    the tag words recorded as the title line's furniture."""
    issue = corpus_issue(_CHANGYI)
    doc = issue.documents[0]
    assert doc.title == "关于吉林市昌邑区人民政府国有土地上房屋征收决定的公告"
    assert doc.doc_number == "第1号"
    assert any(r.text == "原种场农用地城乡建设局" for r in issue.removed)


_GANGHUACUN = (
    "disclosure-report/"
    "hubei-wuhan-qingshan-ganghuacun-jiedao-2022-disclosure-report-notitle-gov-page.txt"
)
_GUANGDE = (
    "disclosure-report/anhui-xuancheng-guangde-nyncj-2022-disclosure-report-notitle-gov-page.txt"
)
_CHUNCHENG = (
    "disclosure-report/"
    "jilin-changchun-lvyuan-chuncheng-jiedao-2022-disclosure-report-notitle-gov-page.txt"
)
_XIAYANG = "work-report/guangdong-zhanjiang-xuwen-xiayang-2023-fazhi-zhengfu-report-gov-page.txt"
_LUODIAN = (
    "mirror-noise/"
    "shanghai-baoshan-luodian-2020-fazhi-zhengfu-report-trad-wiki-footer-newton-page.txt"
)


def test_an_untitled_reports_opening_that_publishes_it_names_whose() -> None:
    """'…规定,现公开钢花村街道办事处2022年政府信息公开工作年度报告' over '一、总体情况': the
    street's office, its title lost."""
    doc = corpus_doc(_GANGHUACUN)
    assert doc.kind == "report"
    assert doc.issuers == ["钢花村街道办事处"]


def test_the_forms_first_item_after_its_year_names_the_organ() -> None:
    """'一、总体情况' / '(一)主动公开情况。2022年,广德市农业农村局在市政府信息公开网上…': the
    bureau, its report stored without its title."""
    assert corpus_doc(_GUANGDE).issuers == ["广德市农业农村局"]


def test_a_lead_over_the_forms_preamble_names_the_street_in_full() -> None:
    """'2022年,春城街道办事处按照…' over the form's preamble ('本年度报告根据《…条例》…编制',
    which names '长春市绿园区春城街道办事处' for questions) and '一、总体情况': the office, by the
    name the text prints with its places."""
    assert corpus_doc(_CHUNCHENG).issuers == ["长春市绿园区春城街道办事处"]


def test_a_towns_rule_of_law_report_is_its_governments_as_printed() -> None:
    """'下洋镇2023年法治政府建设年度报告', the text printing '下洋镇人民政府'; a mirror's
    '寶山區羅店鎮2020年法治政府建設…' whose text never names the town's government: the town
    as its title names it."""
    assert corpus_doc(_XIAYANG).issuers == ["下洋镇人民政府"]
    assert corpus_doc(_LUODIAN).issuers == ["寶山區羅店鎮"]


_DAYU = "work-report/jiangxi-ganzhou-dayu-2018-work-report-notitle-gambling-spam-mirror-page.txt"


def test_an_untitled_work_report_read_for_its_level_is_its_places_government() -> None:
    """'——2018年2月4日在大余县第十八届人民代表大会第三次会议上' over '我代表县人民政府向大会报告
    工作', no title stored: the county's government, by its meeting's place."""
    assert corpus_doc(_DAYU).issuers == ["大余县人民政府"]


_XINJIAN = "announcement/jiangxi-nanchang-xinjian-2022-yiqing-fengkongqu-tonggao-fang85-page.txt"
_LING219 = "front-matter/lawref-guowuyuan-1997-ling219-xianggang-guoqi-quqi-repo.txt"


def test_a_sites_tags_listed_over_a_title_are_no_part_of_it() -> None:
    """A spam site's name, then '南昌省庄小产权房 新增封控区、调整管控区', over '关于划定新冠肺炎
    疫情风险区域的' / '通告' / '2022年3号': the title from 关于, and the 通告's year and serial
    without 第 as its number."""
    doc = corpus_doc(_XINJIAN)
    assert doc.title == "关于划定新冠肺炎疫情风险区域的通告"
    assert doc.doc_number == "2022年3号"


def test_an_orders_number_names_its_organ_in_full() -> None:
    """'国务院关于…的规定' published by '中华人民共和国国务院令第219号' (the record's 发布 line):
    the State Council by the name its order prints."""
    doc = corpus_doc(_LING219)
    assert doc.doc_number == "中华人民共和国国务院令第219号"
    assert doc.issuers == ["中华人民共和国国务院"]


_FULING = "dept-budget/chongqing-fuling-qxz-2024-sangong-yusuan-notitle-link-footer-gov-page.txt"
_GUANGXI_605 = (
    "redhead/guangxi-2024-guinengdianli605-dianli-shichang-jiaoyi-mingque-tongzhi-pdftext.txt"
)
_NANFANG_65 = (
    "redhead/nanfang-yunnan-guizhou-nea-2025-nanfangjiannengshichang65-shichang-yunxing-guize-"
    "joint3-cut-pdftext.txt"
)
_SHANDONG_NEA = "reply/shandong-nea-2021-huode-dianli-qingkuang-baosong-han-flat.txt"


def test_a_sentence_citing_governments_decisions_names_no_issuer() -> None:
    """An untitled page opens '按照市政府、区政府关于推进政府信息公开工作部署和要求,经汇总,…':
    no organ's name opens with 按照; no issuer (none was wrong before: '按照市政府', '区政府')."""
    assert corpus_doc(_FULING).issuers == []


def test_a_pdfs_date_spaced_inside_its_year_is_read() -> None:
    """The signature's date as the PDF's text gives it, '202 4 年 12 月 28 日'."""
    assert corpus_doc(_GUANGXI_605).date == "2024-12-28"


def test_a_title_broken_inside_its_quoted_name_and_stacked_regional_offices() -> None:
    """'关于印发《南方区域电力市场运行规则' / '（试行，2025 年 V1.0 版）》的通知' over the 主送:
    one title, not run into the 主送; the three offices that sign by their short names
    ('南方能源监管局 云南能源监管办 贵州能源监管办') by the names their stacked letterhead prints."""
    doc = corpus_doc(_NANFANG_65)
    # (the PDF's space between a figure and a Latin letter is kept, as the text prints it)
    assert doc.title == "关于印发《南方区域电力市场运行规则（试行，2025年 V1.0版）》的通知"
    assert doc.issuers == [
        "国家能源局南方监管局",
        "国家能源局云南监管办公室",
        "国家能源局贵州监管办公室",
    ]


def test_a_regional_offices_letterhead_names_it_in_full() -> None:
    """A 函 signed '山东能源监管办' under the letterhead '国家能源局山东监管办公室…'."""
    assert corpus_doc(_SHANDONG_NEA).issuers == ["国家能源局山东监管办公室"]


_XINGHUACUN = (
    "dept-budget/anhui-chizhou-guichi-xinghuacun-jiedao-2022-danwei-yusuan-pipe-meta-gov-page.txt"
)


def test_a_streets_office_by_the_name_its_own_tables_print() -> None:
    """'池州市贵池区杏花村街道办事处(本级)2022年单位预算' whose tables are titled '池州市贵池区
    人民政府杏花村街道办事处(本级)2022年收支总表': the office by its full name, its district's
    government in it."""
    assert corpus_doc(_XINGHUACUN).issuers == ["池州市贵池区人民政府杏花村街道办事处"]
