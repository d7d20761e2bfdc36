"""Rules found in the session of 2026-12-05 (eighth): batch 64 (政府信息公开 annual reports,
会议纪要, town and county work reports, found by topic). Each tested on a file it changed; each
expected value was read off the file by hand (the docstrings quote the lines); each test fails
on the code before its rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_town_congress_meeting_over_its_resolutions_title_is_the_titles_first_line() -> None:
    """'金雞鎮第十七屆人民代表大會第二次會議' / '關于《金雞鎮政府工作報告》' / '的決議(草案)' /
    '(2017年2月10日金雞鎮十七屆人大二次會議)': a town's congress (a town in no list of places)
    over the 关于 line: one title over three lines, its status after the kind; the bracketed
    meeting line without 通过 dates the draft (the title lost its first line and the date
    before)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-jiangmen-kaiping-jinji-2017-gongzuo-baogao-jueyi-caoan-trad-mirror-page.txt"
    )
    assert doc.title == (
        "金雞鎮第十七屆人民代表大會第二次會議關于《金雞鎮政府工作報告》的決議(草案)"
    )
    assert (doc.date, doc.issuers) == ("2017-02-10", ["金雞鎮人民代表大會"])


def test_the_office_for_government_information_names_no_government() -> None:
    """'2016年朝阳乡政府信息公开工作年度报告' / '来源:朝阳乡' / … '请与朝阳乡政府信息公开办公室
    联系': '政府信息公开' is one word, so the text names no '朝阳乡政府'; the township as its
    title prints it (it was '朝阳乡政府' before)."""
    doc = corpus_doc(
        "disclosure-report/sichuan-dazhou-dazhu-chaoyangxiang-2016-disclosure-report-byline-page.txt"
    )
    assert doc.issuers == ["朝阳乡"]


def test_a_session_papers_header_places_the_government_its_meeting_line_names_by_level() -> None:
    """'武汉市硚口区第十四届人民代表大会' / '(05)' / '政 府 工 作 报 告' / '──201516日在区第十四届
    人民代表大会第四次会议上' / '区长  景新华': the header names the congress of the meeting line's
    term with its place, so the district government is named with it (it was '区人民政府')."""
    doc = corpus_doc(
        "work-report/hubei-wuhan-qiaokou-2015-work-report-garbled-date-session-header-gov-page.txt"
    )
    assert (doc.title, doc.issuers) == ("政府工作报告", ["武汉市硚口区人民政府"])
    assert doc.date is None  # ('201516日': 年 and 月 lost, no date read from it)


def test_a_work_report_without_its_meeting_line_is_the_government_it_is_read_for() -> None:
    """'2009年政府工作报告' / '访问量:' / '关联稿件:' / '县长  邓伟' / '各位代表:' / '现在,我代表县
    人民政府,向大会作政府工作报告': the content system's empty field for related items is the
    site's, so the head reads on to the speaker; no meeting line places the government, so it
    is named as the lead prints it (no issuer before)."""
    issue = corpus_issue(
        "work-report/jiangxi-yichun-yifeng-2009-work-report-noline-lost-digit-gov-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.issuers, doc.speaker) == (["县人民政府"], "县长 邓伟")
    assert [(r.line, r.text, r.why) for r in issue.removed if r.text == "关联稿件:"] == [
        (7, "关联稿件:", "site_navigation")
    ]


def test_an_annual_report_titled_nianbao_is_its_bureaus_named_in_full_not_with_a_slip() -> None:
    """'2011年涵江区卫生局政府信息公开年报 一、引言 本年报是根据…要求,由莆田市涵江区卫生局编制…'
    and later '涵江区区卫生局' (the site's slip): a 年报 is a report, its bureau named in full as
    the preamble prints it, not the slip's doubled 区 (no issuer before)."""
    doc = corpus_doc(
        "line-shapes/fujian-putian-hanjiang-weishengju-2011-disclosure-report-oneline-mirror-page.txt"
    )
    assert doc.issuers == ["莆田市涵江区卫生局"]


def test_a_signer_run_onto_the_attached_tables_name_at_the_end_signs() -> None:
    """'…复议、诉讼和申诉。 附表:2016年龙归镇政府信息公开年度报告 韶关市武江区龙归镇人民政府 |'
    ending a report flattened onto one line: the 附表 note a line of its own, the organ under
    it the signature (its table's bar recorded), and the issuer named as it signs (no
    signature before, the issuer '武江区龙归镇人民政府')."""
    issue = corpus_issue(
        "disclosure-report/guangdong-shaoguan-wujiang-longgui-2016-disclosure-report-oneline-runon-page.txt"
    )
    doc = issue.documents[0]
    assert doc.signature == ["韶关市武江区龙归镇人民政府"]
    assert doc.issuers == ["韶关市武江区龙归镇人民政府"]
    assert [(r.line, r.text, r.why) for r in issue.removed] == [(2, "|", "markup")]


def test_a_bilingual_pages_english_head_line_is_recorded_not_lost() -> None:
    """'天津市人民政府令' / 'The Decree of Tianjin Municipal People’s Government' / '第20号': the
    English line between the head's lines is the page's translation, recorded with its line
    (it was in no field and nowhere in the output before)."""
    issue = corpus_issue("order/tianjin-2020-ling20-guizhang-xiugai-feizhi-bilingual-gov-page.txt")
    assert [(r.line, r.text) for r in issue.removed if r.why == "translation"] == [
        (2, "The Decree of Tianjin Municipal People’s Government")
    ]


def test_a_seals_mark_between_signer_and_date_of_a_flattened_notice() -> None:
    """'七、本通知从下文之日起执行。 长治市物价局(章) 二00九年十月十三日 抄报:…' inside a notice
    flattened onto one line: the signature is cut from the last sentence though the seal's mark
    stands between the signer and the date, and the mark is no part of the name (no date, no
    signature and no issuer before)."""
    doc = corpus_doc(
        "line-shapes/shanxi-changzhi-wujiaju-2009-changjiaguanzi98-xinyue-huayuan-wuye-oneline-page.txt"
    )
    assert (doc.date, doc.signature, doc.issuers) == (
        "2009-10-13",
        ["长治市物价局"],
        ["长治市物价局"],
    )


def test_an_audit_notices_code_ending_in_gonggao_zi_is_whole() -> None:
    """'长审公告字〔2023〕5号' opening a 审计结果公告 with no title: the issuer code holds the
    kind's word and 字 after it ('字〔2023〕5号' before)."""
    doc = corpus_doc(
        "announcement/shaanxi-xianyang-changwu-2024-changshengonggaozi5-shenji-jieguo-notitle-bid-page.txt"
    )
    assert doc.doc_number == "长审公告字〔2023〕5号"


def test_a_title_broken_after_a_county_is_no_place_name() -> None:
    """'江蘇省人民政府' / '蘇政復〔2011〕53號' / '省政府關于調整海安縣' / '部分鎮行政區劃的批復' under
    an essay site's '第一篇:…' headline: the first title line ends with a county but names no
    place alone, so the title starts there (only its second line was read before, and no
    issuer)."""
    doc = corpus_doc(
        "mirror-noise/jiangsu-2011-suzhengfu53-haian-zhen-quhua-pifu-trad-pinyin-004km-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "省政府關于調整海安縣部分鎮行政區劃的批復",
        ["江蘇省人民政府"],
    )


def test_a_record_printed_as_bullets_without_labels_is_the_pages() -> None:
    """'• 593440027/2017-00032' / '• 中牟县广惠街街道办事处' / '• 工作,工作信息' / '• 2017-02-20' /
    '• 2017-02-21' over the title: a record's values, known by the 索引号 they open with; the
    organ among them publishes it, the dates are left unread (the 索引号 was the title before)."""
    issue = corpus_issue(
        "web-page/henan-zhengzhou-zhongmu-guanghuijie-2017-xuanqu-anpai-qingkuang-bullets-gov-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers, doc.date) == (
        "县人大代表换届选举广惠街街道选区安排情况",
        ["中牟县广惠街街道办事处"],
        None,
    )
    assert [(r.line, r.why) for r in issue.removed] == [(n, "page_metadata") for n in range(1, 6)]


def test_a_campaigns_tag_before_a_double_bar_is_no_part_of_the_title() -> None:
    """'昆都仑区人民政府' / '宗教政策法规学习宣传月 || 昆都仑区关于奖励群众举报非法宗教活动线索的
    公告': the title after the campaign's tag (the site's name was the title before, and the
    tag made the head crash once the bar was read)."""
    doc = corpus_doc(
        "announcement/neimenggu-baotou-kundulun-2024-feifa-zongjiao-jubao-jiangli-gonggao-stackedhead-gov-page.txt"
    )
    assert (doc.title, doc.issuers) == (
        "昆都仑区关于奖励群众举报非法宗教活动线索的公告",
        ["昆都仑区"],
    )


def test_an_organ_one_with_its_twin_signs_as_printed() -> None:
    """'鹽田區(qū)檔案局(館)' / '二○○七年一月四日' closing an untitled notice: the bureau and
    the archive it is one with sign (no signature, no issuer before)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-shenzhen-yantian-2007-shenyandangzi2-dangan-jinguan-notitle-trad-pinyin-wljpbpc-page.txt"
    )
    assert (doc.signature, doc.issuers, doc.date) == (
        ["鹽田區檔案局(館)"],
        ["鹽田區檔案局(館)"],
        "2007-01-04",
    )


def test_a_signer_over_a_masked_date_signs_and_no_date_is_read() -> None:
    """'哈巴河县人民政府' / '****年*月**日': a site masked every figure; the government signs,
    the date is unknown (no signature and no issuer before)."""
    doc = corpus_doc(
        "mirror-noise/xinjiang-altay-habahe-fangkong-jingbao-gonggao-masked-date-caigoupt-page.txt"
    )
    assert (doc.signature, doc.issuers, doc.date) == (
        ["哈巴河县人民政府"],
        ["哈巴河县人民政府"],
        None,
    )


def test_a_release_note_set_left_on_the_dates_line() -> None:
    """'中共珲春市委办公室' / '珲春市人民政府办公室' / … / '(此件发至乡)                  2017年6月13日':
    the 附注 and the date apart, the two offices sign on that date (no date, no signature
    before)."""
    doc = corpus_doc(
        "opinion/jilin-yanbian-hunchun-2017-hunbanfa19-hezhangzhi-fangan-gongshi-gov-page.txt"
    )
    assert (doc.date, doc.signature) == (
        "2017-06-13",
        ["中共珲春市委办公室", "珲春市人民政府办公室"],
    )


def test_one_proposal_names_each_person_and_post_after_a_dunhao() -> None:
    """'…王东还提请任命龚海杰为广州市水务局局长、张雅洁为广州市食品药品监督管理局局长、邱亿通为
    广州市金融局局长。': three people proposed, each for the post after their name (none read
    before: the first post ran on over the others)."""
    issue = corpus_issue(
        "personnel/guangdong-guangzhou-npcsc-14-47-tiqing-renmian-notitle-page.txt"
    )
    found = [
        (a.person, a.action, a.positions, a.qualifiers)
        for a in issue.facts["appointments"]
        if a.person in ("龚海杰", "张雅洁", "邱亿通")
    ]
    assert found == [
        ("龚海杰", "appoint", ["广州市水务局局长"], ["提请"]),
        ("张雅洁", "appoint", ["广州市食品药品监督管理局局长"], ["提请"]),
        ("邱亿通", "appoint", ["广州市金融局局长"], ["提请"]),
    ]


def test_an_acting_head_decided_in_a_clause_of_its_own() -> None:
    """'会议经表决通过,决定任命李炳军为贵州省人民政府副省长;会议决定李炳军代理贵州省人民政府
    省长职务': the acting governor, besides the vice-governor (not read before)."""
    issue = corpus_issue("personnel/guizhou-2020-npcsc-daili-shengzhang-cizhi-gzrd-page.txt")
    acting = [
        (a.person, a.positions)
        for a in issue.facts["appointments"]
        if a.action == "appoint" and "代理" in a.qualifiers
    ]
    assert acting == [("李炳军", ["贵州省人民政府省长"])]


def test_a_sports_betting_brand_where_the_city_stood_is_an_advertisement() -> None:
    """'OD体育官网' on a line of its own, '因OD体育官网市政府组织实施…', the signature 'OD体育官网市道外区
    人民政府': a betting brand put where 哈尔滨 stood. It is taken out (the whole line recorded,
    no empty record left), and no organ is read without its place (the issuer and signer were
    'OD体育官网市道外区人民政府' before)."""
    issue = corpus_issue(
        "mirror-noise/heilongjiang-harbin-daowai-2021-fangwu-zhengshou-jueding-placename-hijack-jiuyoutech-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.issuers, doc.signature) == ("", [], [])
    assert [(r.line, r.text, r.why) for r in issue.removed[:2]] == [
        (1, "OD体育官网", "gambling_ad"),
        (3, "OD体育官网", "gambling_ad"),
    ]


def test_a_casinos_name_after_a_dash_is_no_part_of_the_title() -> None:
    """'关于印发2023年全市普法依法治理工作要点的通知-九游会真人第一品牌': the title without the
    casino's brand and the dash before it (both were in the title before)."""
    issue = corpus_issue(
        "mirror-noise/anhui-wuhu-2023-fazhi-xuanchuan-lingdao-xiaozu-pufa-gongzuo-yaodian-tongzhi-casino-suffix-uyert-page.txt"
    )
    assert issue.documents[0].title == "关于印发2023年全市普法依法治理工作要点的通知"
    assert [(r.line, r.text) for r in issue.removed] == [(1, "九游会真人第一品牌"), (1, "-")]


def test_a_journal_databases_mark_before_the_text_is_the_pages() -> None:
    """'论文部分内容阅读' / '【正】鄂政办发[2007]114号各市、州、县人民政府,省政府各部门:《中华人民…':
    the database's mark recorded, the 文号 read and the 主送 without it (the first addressee was
    '【正】鄂政办发[2007]114号各市、州、县人民政府' and no 文号 was read)."""
    issue = corpus_issue(
        "gazette-item/hubei-2007-ezhengbanfa114-xinxi-gongkai-tiaoli-shishi-notitle-abstract-soolun-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.doc_number, doc.addressees) == (
        "鄂政办发[2007]114号",
        ["各市、州、县人民政府", "省政府各部门"],
    )
    assert (2, "【正】", "page_metadata") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_newspapers_byline_a_bracketed_day_and_a_range_of_days() -> None:
    """'…社会公示的通' (the headline cut) / '青岛日报 2012-03-09 11:05 水果类' / '…的通告【2012-03-09】' /
    … '现场公示时间:2012年3月13日-2012年3月15日': the newspaper's byline is the site's, the day
    in brackets after the title a tag, and a range's last day no signature's date (the title
    ran on into the byline, and the range's end dated the notice)."""
    issue = corpus_issue(
        "repost/shandong-qingdao-2012-guihuaju-zaoshanlu-gongshi-tonggao-qdrb-wineworld-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.date) == (
        "青岛市规划局关于李沧区枣山路打通工程规划方案进行社会公示的通告",
        None,
    )
    assert (5, "青岛日报2012-03-09 11:05水果类", "byline") in [
        (r.line, r.text, r.why) for r in issue.removed
    ]


def test_a_records_issuing_time_dates_the_document() -> None:
    """'• 頒發時間:2022-05-20' in a law database's record over a notice cut before its date:
    the document's date (no date before)."""
    doc = corpus_doc(
        "mirror-noise/tianjin-2022-jingongjijinwei3-gongjijin-zhengce-tongzhi-spamline-trad-meta-b3prt-page.txt"
    )
    assert doc.date == "2022-05-20"


def test_the_number_a_headline_brackets_after_the_same_title_is_the_documents() -> None:
    """'关于调整住房公积金有关使用政策的通知(嘉公积金委〔2022〕3号)' as the site's headline, the
    document's own title under it without the number: the number is the document's (none was
    read before)."""
    doc = corpus_doc(
        "web-page/zhejiang-jiaxing-xiuzhou-2022-jiagongjijinwei3-gongjijin-shiyong-zhengce-tongzhi-breadcrumb-gov-page.txt"
    )
    assert (doc.title, doc.doc_number) == (
        "关于调整住房公积金有关使用政策的通知",
        "嘉公积金委〔2022〕3号",
    )


def test_a_reposts_lead_names_who_issued_the_document_under_it() -> None:
    """'…安徽省高级人民法院、安徽省人民检察院、安徽省公安厅、安徽省司法厅联合制定、发布了《关于敦促
    …的通告》。' / '通告全文如下:' / the 通告 under its title, unsigned: the four organs issue it
    (no issuer before)."""
    doc = corpus_doc(
        "repost/anhui-2022-gaoyuan-jianchayuan-gongan-sifa-ting-dianzha-huiguo-toutan-tonggao-thepaper-page.txt"
    )
    assert doc.issuers == ["安徽省高级人民法院", "安徽省人民检察院", "安徽省公安厅", "安徽省司法厅"]


def test_a_signer_over_a_month_or_a_day_that_lost_its_year() -> None:
    """'特此公告。' / '庆元县人民政府第三次农业普查领导小组办公室' / '2016年12月', each a paragraph of its
    own; and '遂昌县新冠肺炎疫情防控工作领导小组办公室' / '年7月6日': the offices sign, no day read
    (neither signed before)."""
    for path, office in (
        (
            "repost/zhejiang-lishui-qingyuan-2016-nongye-pucha-gonggao-zjol-page.txt",
            "庆元县人民政府第三次农业普查领导小组办公室",
        ),
        (
            "repost/zhejiang-lishui-suichang-2021-yimiao-jiezhong-tonggao-noyear-repost-page.txt",
            "遂昌县新冠肺炎疫情防控工作领导小组办公室",
        ),
    ):
        doc = corpus_doc(path)
        assert (doc.signature, doc.issuers, doc.date) == ([office], [office], None)


def test_an_attachment_line_that_points_to_the_full_text_introduces_the_document() -> None:
    """'广州“3•25”事故调查报告公布,包工头/总包/…统统获刑' (a news headline) / byline / 核心提示 /
    '附件:调查报告全文' / '广州市从化区广州市第七资源热力电厂项目“3•25”较大坍塌事故调查报告': the
    report's own title under the pointer (the headline was the title, and the pointer an
    attachment)."""
    doc = corpus_doc(
        "repost/guangdong-guangzhou-2017-0325-tanta-shigu-diaocha-baogao-headline-hint-cbda-page.txt"
    )
    assert (doc.title, doc.attachments) == (
        "广州市从化区广州市第七资源热力电厂项目“3•25”较大坍塌事故调查报告",
        [],
    )


def test_a_quoted_name_opened_on_one_title_line_and_closed_on_the_next() -> None:
    """'中共江西省委、江西省人民政府关于认真贯彻《中共中央' / '国务院关于加强人口与计划生育工作稳定
    低生育水平的决定》的通知': one title, though its second line opens like a title of its own
    (the second line was the title, and '国务院' its issuer)."""
    doc = corpus_doc(
        "gazette-item/jiangxi-2000-ganfa20-jisheng-wending-dishengyu-guanche-tongzhi-title-break-fymate-page.txt"
    )
    assert doc.title == (
        "中共江西省委、江西省人民政府关于认真贯彻《中共中央国务院关于加强人口与计划生育工作稳定"
        "低生育水平的决定》的通知"
    )
    assert doc.issuers == ["中共江西省委", "江西省人民政府"]


def test_a_pieces_label_over_the_documents_own_title() -> None:
    """'第一篇:昆山市商務局酒類經營備案登記公告' / 'http://…' / '昆山市商務局酒類經營備案登記公告': the
    document's own title, and its bureau (the label was part of the title, no issuer read)."""
    doc = corpus_doc(
        "announcement/jiangsu-suzhou-kunshan-shangwuju-jiulei-beian-dengji-gonggao-diyipian-url-trad-tmdps-page.txt"
    )
    assert (doc.title, doc.issuers) == ("昆山市商務局酒類經營備案登記公告", ["昆山市商務局"])


def test_a_sites_count_page_and_sub_page_after_a_title() -> None:
    """'2017年安徽省考试录用公务员公告(7218人)(4)' (the count of posts, the page of a copy in
    parts) and '福建省2021年选调生选拔工作公告_选调名额及范围' (a sub-page's name): the site's, no
    part of the titles (both were)."""
    assert (
        corpus_doc(
            "announcement/anhui-2017-gongwuyuan-luyong-gonggao-subpage4-headline-count-huatu-page.txt"
        ).title
        == "2017年安徽省考试录用公务员公告"
    )
    assert (
        corpus_doc(
            "announcement/fujian-2021-xuandiaosheng-xuanba-gongzuo-gonggao-headline-suffix-short-huatu-page.txt"
        ).title
        == "福建省2021年选调生选拔工作公告"
    )


def test_an_outlets_name_and_bracketed_time_is_a_byline() -> None:
    """'武漢通知:入漢一律量體溫 四省來人一律隔離' / '央視國際 (2003年04月29日 15:02)': the outlet's
    byline, recorded, and the headline without it (it ran on into the title)."""
    issue = corpus_issue(
        "repost/hubei-wuhan-2003-feidian-zhihuibu-jinji-tongzhi-news-big5-cctv-error-page.txt"
    )
    assert issue.documents[0].title == "武漢通知:入漢一律量體溫四省來人一律隔離"
    assert (11, "央視國際 (2003年04月29日15:02)", "byline") in [
        (r.line, r.text, r.why) for r in issue.removed
    ]


def test_the_links_to_attached_files_are_the_sites() -> None:
    """'附件:1.中國海關…報文XML Schema.rar' / '1.rar' / '2.…制定說明.doc' / '2.doc' / …: the links
    by number and extension are the site's (each was an attachment: 'rar', 'doc', 'xls')."""
    issue = corpus_issue(
        "mirror-noise/haiguanzongshu-2018-gonggao40-cangdan-baowen-geshi-trad-pinyin-spam-tttt123-page.txt"
    )
    assert [a.title for a in issue.documents[0].attachments] == [
        "中國海關進出境水運、空運貨物艙單報文XML Schema",
        "中國海關進出境艙單水運、空運貨物艙單報文格式V1.2制定說明",
        "中國海關進出境艙單水運、空運貨物艙單報文格式變更說明",
    ]
    assert [(r.line, r.text) for r in issue.removed if r.why == "site_navigation"] == [
        (22, "1.rar"),
        (26, "2.doc"),
        (30, "3.xls"),
    ]


def test_an_organ_between_the_last_sentence_and_a_month_signs() -> None:
    """'…保持正常的工作和生活秩序。' / '咸宁市人民政府' / '2018年9月': the government signs an
    untitled 通告 dated by its month (no signature, no issuer before)."""
    doc = corpus_doc(
        "announcement/hubei-xianning-2018-fangkong-jingbao-shiming-tonggao-notitle-cjyun-page.txt"
    )
    assert (doc.signature, doc.issuers, doc.date) == (["咸宁市人民政府"], ["咸宁市人民政府"], None)


def test_a_hijacked_heads_keywords_tags_and_breadcrumb_as_list_items() -> None:
    """'久久精品九九亚洲精品,亚洲欧美日本A∨天堂,…' / '• <center id="c2img"><dd …></dd></center>' /
    '• <delect id="c2img"></delect>' / … / '• 當前位置: 小升初網 > 政策資訊 > 正文': the keywords, the
    tags behind a list's bullets and the bulleted breadcrumb are the page's (the keywords, then a
    tag, then the breadcrumb were the title)."""
    issue = corpus_issue(
        "mirror-noise/jiangxi-xinyu-2024-yiwu-jiaoyu-zhaosheng-fangan-notitle-spam-trad-pinyin-page.txt"
    )
    assert [(r.line, r.why) for r in issue.removed if r.why != "pinyin"][:4] == [
        (1, "spam_keywords"),
        (3, "markup"),
        (4, "markup"),
        (7, "site_navigation"),
    ]


def test_each_village_is_an_addressee_of_its_own() -> None:
    """'各村、各有关单位:' — two addressees (one before)."""
    doc = corpus_doc(
        "web-page/jiangxi-nanchang-anyi-shibizhen-2024-fangxun-zhuanyi-shusan-yuan-meta-date-garbled-fhkxzx-page.txt"
    )
    assert doc.addressees == ["各村", "各有关单位"]


def test_a_breadcrumbs_arrow_is_no_title() -> None:
    """'• 中國西藏網 > 生態' over the news headline '青海警方嚴禁游客擅闖可可西里', the tags before it
    now the page's: the headline is the title, not the crumbs. (A guard of the two rules
    together: once the bulleted tags were the page's, the crumbs became the title, until a
    breadcrumb's arrow was made no title's mark.)"""
    doc = corpus_doc(
        "repost/qinghai-geermu-2020-kekexili-tonggao-news-tibetcn-trad-pinyin-htmljunk-page.txt"
    )
    assert doc.title == "青海警方嚴禁游客擅闖可可西里"


def test_a_bare_organ_word_from_a_masthead_broken_over_two_lines_is_named_by_its_signer() -> None:
    """'鹿寨县防汛抗旱' / '指 挥 部 文 件' / … / '鹿寨县防汛抗旱指挥部' / '2019年6月10日': the issuer
    as it signs (it was '指挥部')."""
    doc = corpus_doc(
        "opinion/guangxi-liuzhou-luzhai-2019-lufangzhizi8-fangxun-qiangxian-yuan-headline-tag-spaced-wenjian-gov-page.txt"
    )
    assert doc.issuers == ["鹿寨县防汛抗旱指挥部"]


def test_a_law_databases_issuing_department_field() -> None:
    """'【颁发部门】 湖南省人民政府教育督导室' in the database's record of an unsigned 通报: its
    issuer (none before; the record's '【颁发时间】 1970-08-21', the database's empty date, is no
    date)."""
    doc = corpus_doc(
        "web-page/hunan-2010-xiangzhengjiaodutong1-dudao-xuanchuan-biaozhang-tongbao-fabao-page.txt"
    )
    assert doc.issuers == ["湖南省人民政府教育督导室"]
    assert doc.date != "1970-08-21"


def test_keywords_joined_by_underscores_are_no_title() -> None:
    """'福利在线一区二区_动漫一区二区在线_国产一级在线播放_…' over a 令's page: a hijacked site's
    keywords, recorded, and no title the record's title differs from (the page's metadata was
    said to differ from a 'title' that was this line)."""
    issue = corpus_issue(
        "order/guangdong-huizhou-2020-ling96-huwai-guanggao-spam-trad-pinyin-page.txt"
    )
    assert issue.removed[0].line == 1
    assert issue.removed[0].text.startswith("福利在线一区二区_")
    assert [p.kind for p in issue.problems if p.kind == "page_metadata_differs"] == []


def test_a_news_headline_the_record_prints_as_its_title_stays_news() -> None:
    """'标      题:赵凌云主持召开州政府第33次常务会议' / '发文机关:州政府办公室' / … / '11月29日下午,
    州政府第33次常务会议在合作召开。': news of a meeting, its record's 发文机关 the office that
    posted it (it was a document issued by '州政府办公室')."""
    doc = corpus_doc("web-page/gansu-gannan-2018-zhouzhengfu-cwh33-news-meta-gov-page.txt")
    assert (doc.kind, doc.issuers) == ("news", [])
