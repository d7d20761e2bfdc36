"""Rules found in the session of 2026-12-06 (thirteenth), on batch 84 (人大常委会 任免 reports,
reports read to a 人大, 征收 and 交易 公告). The pages are in the corpus; each expected value was
read off the page by hand; each test fails on the code before its rule (checked by stashing
``src/``) unless its docstring says it guards an exception."""

from __future__ import annotations

from gongbao.clean.wrapper import page_line
from gongbao.structure.speakers import meeting_place, read_occasion
from tests.structure.corpus_pages import corpus_doc, corpus_issue, quoted_doc


def test_a_meeting_line_whose_day_lost_its_marks_is_read_and_its_speaker_issues() -> None:
    """A 人大 session's site: the headline, a byline '创建时间:… 来源:…常务委员会', then the
    report's meeting line with its day printed as figures alone ('——2010224在汕头市…会议上':
    年, 月 and 日 lost) and the speaker '汕头市发展和改革局局长  陈向光'. The byline is the
    site's; the day is 2010-02-24 (the only day the seven figures make); the plan report is the
    bureau's whose head reads it (it had been the government's, from the title, and no date)."""
    doc = corpus_doc(
        "work-report/guangdong-shantou-2009-jihua-zhixing-report-rd-dahui-nav-gov-page.txt"
    )
    assert doc.title == "汕头市2009年国民经济和社会发展计划执行情况与2010年计划草案的报告"
    assert doc.date == "2010-02-24"
    assert doc.issuers == ["汕头市发展和改革局"]
    assert page_line("创建时间:2010-03-08 00:00 来源:汕头市人民代表大会常务委员会") == "byline"


def test_seven_figures_that_make_two_days_make_none() -> None:
    """Guard: '2010112' is 1月12日 or 11月2日, so the meeting line has no date (a wrong date is
    worse than none); eight figures are one day."""
    assert read_occasion("——2010112在某市第十二届人民代表大会第五次会议上").date is None  # type: ignore[union-attr]
    assert read_occasion("——20100224在某市第十二届人民代表大会第五次会议上").date == "2010-02-24"  # type: ignore[union-attr]


def test_a_standing_committee_meeting_by_its_short_name_places_the_speaker() -> None:
    """A 人大 site's audit report without its title: '2018年11月22日在慈溪市十七届人大常委会
    第十六次会议上' (the congress by its short name, its term without 第), then '市审计局局长
    俞金华': the bureau is the meeting's city's (it had been '市审计局')."""
    doc = corpus_doc(
        "budget-report/zhejiang-cixi-2018-audit-zhenggai-report-dateline-first-rd-page.txt"
    )
    assert doc.issuers == ["慈溪市审计局"]
    assert doc.date == "2018-11-22"
    assert meeting_place("慈溪市十七届人大常委会第十六次会议") == "慈溪市"


def test_a_review_committee_reports_what_it_reviewed() -> None:
    """A township portal's report without a title: its lead names the session's 财政经济审查
    委员会 as the one that reviewed the government's report ('…委员会对这个报告进行了认真审查,
    现将审查结果报告如下'): a report, that committee's, its term and session kept as its name
    (it had been a document with no issuer)."""
    doc = corpus_doc(
        "work-report/yunnan-lufeng-zhongcunxiang-2024-jihua-shencha-jieguo-report-notitle-gov-page.txt"
    )
    assert doc.kind == "report"
    assert doc.issuers == ["中村乡第二届人民代表大会第六次会议财政经济审查委员会"]


def test_a_review_naming_two_bodies_that_met_names_no_reporter() -> None:
    """Guard: where the lead's reviewers are two bodies' meetings ('…委员会第三次全体会议、
    …委员会第三次会议听取了…'), no one committee is the reporter: no issuer from the lead."""
    doc = quoted_doc(
        [
            "主任、各位副主任、各位委员:",
            "2013年5月20日,省人民代表大会财政经济委员会第三次全体会议、省人大常委会预算工作委员会"
            "第三次会议听取了省财政厅的报告,并对预算调整方案进行了初步审查。现将审查结果报告如下:",
            "一、总体情况",
        ]
    )
    assert doc.issuers == []


def test_a_masked_line_over_the_title_is_no_part_of_it() -> None:
    """A tender aggregator's copy that masks names with '*': '**省****' over the title (a
    province and an organ masked) is no bold '省' to read into the title (it had been
    '省国有建设用地使用权挂牌出让公告')."""
    doc = corpus_doc(
        "announcement/meiziran-2026-gaozi1-guapai-churang-gonggao-masked-qianlima-page.txt"
    )
    assert doc.title == "国有建设用地使用权挂牌出让公告"
    assert doc.doc_number == "梅自然告字【2026】1号"


# batch 85: 批复 and 函; 政府令 and 规范性文件; 纪要 and 方案 issued by 通知


def test_a_municipality_named_with_its_level_is_no_misprint() -> None:
    """A law database's copy of a Shanghai district's notice: the title's '上海市松江区人民政府'
    is the issuer; '上海市' is a province-level city's own name, no province misprinted as a
    city (it had been '松江市松江区人民政府', a place read from '松江市民' in the text)."""
    doc = corpus_doc(
        "gazette-item/shanghai-songjiang-2011-husongfu85-quanmin-jianshen-jihua-yinfa-fasou-mirror-page.txt"
    )
    assert doc.issuers == ["上海市松江区人民政府"]
    assert (doc.doc_number, doc.date) == ("沪松府〔2011〕85号", "2011-07-05")


def test_the_text_a_notice_title_issues_printed_under_it_is_its_own() -> None:
    """A town's notice '…关于印发2024年政府工作报告的通知', signed and dated, then the report it
    issues under the town government's name ('重庆市巴南区木洞镇人民政府' / '2024年政府工作报告' /
    its meeting line): one document, the notice with what it issues (it had been two)."""
    issue = corpus_issue(
        "web-page/chongqing-banan-mudong-2024-mudongfufa2-zhengfu-gongzuo-baogao-yinfa-tongzhi-page.txt"
    )
    assert len(issue.documents) == 1
    doc = issue.documents[0]
    assert doc.title == "重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知"
    assert (doc.doc_number, doc.date) == ("木洞府发〔2024〕2号", "2024-02-22")


def test_a_masked_number_run_onto_the_title_is_no_part_of_it() -> None:
    """A tender aggregator's copy of a 批复 whose 文号 it masked, the title run onto it
    ('永发改字〔**〕**号关于…的批复'): the title alone, no number (it had been
    '永发改字〔〕号关于…')."""
    doc = corpus_doc(
        "mirror-noise/guangxi-guilin-yongfu-fgj-suqiao-chuzhong-paodao-xiangmu-jianyishu-pifu-wenhao-glued-masked-czhaobiao-page.txt"
    )
    assert doc.title == "关于苏桥初中塑胶跑道项目项目建议书的批复"
    assert doc.doc_number is None


def test_a_column_over_a_blank_line_is_no_part_of_the_title_under_it() -> None:
    """A county site's page: its column '县政协提案', a blank line, then the reply's whole
    title ('县政协九届一次会议《…》(43号)答复'): the column is the site's (as on the 抚顺县
    page of batch 85, kept staged for its issuer)."""
    doc = quoted_doc(
        [
            "县政协提案",
            " ",
            "县政协九届一次会议《关于引进社会资源绿化某镇乡村道路的若干建议》(43号)答复",
            "  来源:某镇  浏览:8874次  时间:2018年7月31日",
            "",
            "王某委员:",
            "    您提出的提案已收悉,现答复如下。我镇已开展此项工作。",
        ]
    )
    assert doc.title == "县政协九届一次会议《关于引进社会资源绿化某镇乡村道路的若干建议》(43号)答复"


def test_a_title_broken_over_a_blank_line_stays_one_title() -> None:
    """Guard: a title's first words over a blank line ('关于进一步加强' / '' / '社区(村)…的通告')
    are no column: one title."""
    doc = quoted_doc(
        [
            "关于进一步加强",
            "",
            "社区(村)疫情防控工作的通告",
            "",
            "当前疫情防控工作正处于关键时期,现就有关事项通告如下:",
            "一、严格管理。",
        ]
    )
    assert doc.title == "关于进一步加强社区(村)疫情防控工作的通告"


def test_a_signer_naming_the_city_and_the_district_is_the_fuller_name() -> None:
    """A district's notice titled by its level ('区人民政府关于…'), signed '武汉市新洲区人民政府':
    the city and the district are no words run onto the signer's line; the signature's
    fuller name is the issuer (it had been '新洲区人民政府')."""
    doc = corpus_doc(
        "web-page/hubei-wuhan-xinzhou-2016-xinzhengfa21-quanmin-jianshen-jihua-yinfa-dropped-chars-zcbk-page.txt"
    )
    assert doc.issuers == ["武汉市新洲区人民政府"]
    assert doc.date == "2016-12-29"


def test_the_link_to_the_documents_file_over_its_title_is_the_sites() -> None:
    """A mirror of rules: three lines of the file's name ('《武汉市控制和查处违法建设办法》
    (市政府189号令).doc') over the rules' title: the links are the site's, the title the rules'
    (it had been the file's name run onto the title)."""
    issue = corpus_issue(
        "gazette-item/hubei-wuhan-2008-ling189-weifa-jianshe-banfa-bracket-360docs-page.txt"
    )
    doc = issue.documents[0]
    assert doc.title == "武汉市控制和查处违法建设办法"
    assert (doc.doc_number, doc.date) == ("武汉市人民政府令第189号", "2008-07-25")
    assert [r.line for r in issue.removed if r.why == "site_navigation"][:3] == [1, 3, 4]


def test_a_masthead_with_the_note_of_its_day_and_number() -> None:
    """A mirror of a ministry's 函: '交通部文件 (1996年8月30日交通部交函體法〔1996〕350號文發)' on one
    line — the masthead, then a law database's note of the day, the organ, the number and
    '文发': the number is the code's, without the organ (it had been no number)."""
    doc = corpus_doc(
        "mirror-noise/jiaotongbu-1996-jiaohantifa350-jiaocha-daokou-jieshi-han-jiangxi-trad-mirror-page.txt"
    )
    assert doc.doc_number == "交函體法〔1996〕350號"
    assert doc.issuers == ["交通部"]
    assert doc.date == "1996-08-30"


def test_a_date_between_a_notice_and_the_text_it_issues_on_one_line() -> None:
    """A mirror that put a notice and the rules it issues on one line: '…编制工作。
    二OO八年五月二十三日      呼和浩特市…规则 根据…'. The date is the notice's (the text under it
    opens with the title the notice names in 《》), and a byline crediting '律霸小编整理' is no
    essay site's lead that unmakes the title (it had been no title and no date)."""
    doc = corpus_doc(
        "line-shapes/neimenggu-huhehaote-2008-huzhengbanfa68-xinxi-gongkai-mulu-bianzhi-guize-oneline-trad-pinyin-lvba-page.txt"
    )
    assert doc.title == "關于印發呼和浩特市政府信息公開目錄編制規則的通知"
    assert (doc.doc_number, doc.date) == ("呼政辦發[2008]68號", "2008-05-23")


def test_an_advertisement_run_onto_every_line_is_taken_off_and_recorded() -> None:
    """A mirror that ran its slogan onto the end of each line ('…现印发给你们,请认真贯彻落实。
    tHC筑傲网-做装配式的人都聚集在这里!装配式建筑专业网站'): taken off each line and recorded
    as a problem; the date line reads again (it had been none)."""
    issue = corpus_issue(
        "mirror-noise/guangxi-fangchenggang-2022-jianzhuye-gaozhiliang-fazhan-shishi-fangan-yinfa-notitle-adtail-zhuall-page.txt"
    )
    doc = issue.documents[0]
    assert doc.date == "2022-05-16"
    ads = [r for r in issue.removed if r.why == "advertisement"]
    assert ads and {r.text for r in ads} == {
        "tHC筑傲网-做装配式的人都聚集在这里!装配式建筑专业网站"
    }
    assert any(p.kind == "guessed_removal" or "广告" in p.detail for p in issue.problems)


def test_names_a_list_of_attachments_ends_with_are_no_advertisement() -> None:
    """Guard: ten attachments' file names ending alike ('…绩效评价报告.pdf') are their names,
    not an advertisement run onto them (no line's sentence ends before the words)."""
    issue = corpus_issue(
        "web-page/gansu-tianshui-czj-2022-jixiao-pingjia-gongkai-notitle-attachlist-gov-page.txt"
    )
    assert not [r for r in issue.removed if r.why == "advertisement"]


# batch 86: 红头 texts; numbered 公告 and 通告; 决定 and 决议


def test_a_record_whose_labels_run_onto_their_values_is_the_pages() -> None:
    """A mirror of a State Council and Central Military Commission decision: its record a
    field a line, each label run onto its value, no colon ('發文機關國務院,中央軍委',
    '發文日期1998年12月10日', '發文字號國函〔1998〕107號', …), then the text under its 主送: the
    record is the page's, no title (it had been the first field, '發文機關國務院,中央軍委')."""
    doc = corpus_doc(
        "mirror-noise/guowuyuan-zhongyang-junwei-1998-guohan107-li-jinwen-jigong-jueding-trad-meta-mirror-page.txt"
    )
    assert doc.title == ""
    assert (doc.doc_number, doc.date) == ("國函〔1998〕107號", "1998-12-10")
    assert doc.issuers == ["國務院", "中央軍委"]


def test_a_number_in_a_bracket_after_the_title_and_the_page_of_a_split_copy() -> None:
    """A copy of a 通告 split into pages, its second: '…的通告〔2019年 第11号〕(2)': the number
    is the 通告's, '(2)' the copy's page (it had been the whole line as the title)."""
    doc = corpus_doc(
        "announcement/samr-2019-tonggao11-shipin-buhege-14pici-subpage2-govfoods-page.txt"
    )
    assert doc.title == "市场监管总局关于14批次食品不合格情况的通告"
    assert doc.doc_number == "2019年第11号"


def test_organs_numbering_a_joint_series_issue_it_each() -> None:
    """A mirror of a joint 公告 numbered '財政部 海關總署 稅務總局公告2023年第4號' (the spaces
    lost): three organs issue it, each (it had been one organ '財政部海關總署稅務總局')."""
    doc = corpus_doc(
        "mirror-noise/caizhengbu-haiguan-shuiwu-2023-gonggao4-kuajing-dianshang-tuiyun-shuishou-joint3-trad-pinyin-cut-shlzlspa-page.txt"
    )
    assert doc.issuers == ["財政部", "海關總署", "稅務總局"]


def test_one_organs_series_number_names_one_organ() -> None:
    """Guard: an organ's name that holds another's ('国务院办公厅', '国家税务总局') is one organ."""
    from gongbao.structure import _joint_numbering

    assert _joint_numbering("国务院办公厅") == ["国务院办公厅"]
    assert _joint_numbering("国家税务总局") == ["国家税务总局"]
    assert _joint_numbering("财政部国家税务总局") == ["财政部", "国家税务总局"]


def test_a_congress_sites_menu_a_channel_a_line_is_the_sites() -> None:
    """A city congress's site: its menu a channel a line ('人大概况' / '领导班子' / '人大要闻' /
    '决议决定' / …) over the decision: the menu is the site's, the title the decision's (it had
    been '决议决定')."""
    doc = corpus_doc("npc/shandong-heze-2013-npcsc-shihua-shishu-jueding-navmenu-rd-page.txt")
    assert doc.title == "菏泽市人大常委会关于批准菏泽市花市树的决定"
    assert doc.date == "2013-07-16"
    assert doc.issuers == ["菏泽市人民代表大会常务委员会"]


def test_a_number_line_with_the_day_and_the_status_a_database_gives() -> None:
    """A tax database's copy: under the title '海关总署公告2010年第83号  2010-12-24  全文有效':
    the number, the day, and the record's status of the text (it had been none of them)."""
    doc = corpus_doc(
        "web-page/haiguanzongshu-2010-gonggao83-baoguan-fuwu-biaozhun-number-date-line-cntax-page.txt"
    )
    assert (doc.doc_number, doc.date) == ("海关总署公告2010年第83号", "2010-12-24")


# batch 87: gazette items; reports read at a 人大; 预决算 and 政府信息公开 年度报告


def test_a_number_the_first_sentence_cites_is_not_the_items_own() -> None:
    """A gazette's news item: its headline, then '(本报讯)四月六日,国务院以国函〔1991〕20号文
    批准…': the number is the one the sentence cites, not the item's, and the sentence is no
    line of the title (it had been the title '…范围(本报讯)四月六日,国务院以' and that number)."""
    doc = corpus_doc(
        "gazette-item/guangdong-1991-shantou-tequ-kuoda-news-gongbao-issue-head-gov-page.txt"
    )
    assert doc.title == "国务院批准扩大汕头经济特区范围"
    assert doc.doc_number is None


def test_a_report_head_flattened_onto_its_first_line() -> None:
    """A forum's copy of a county's work report on one line, its parts apart by spaces:
    '2024年疏附县政府工作报告 2023年1月5日在…会议上 疏附县人民政府县长 某某 各位代表: 现在,我代表
    疏附县第十七届人民政府…'. Title, day and speaker are read; the government is named without
    its term; '各位代表' addresses no one (it had been no title, no date, the term in the name
    and the whole head read as an addressee)."""
    doc = corpus_doc(
        "line-shapes/xinjiang-kashi-shufu-2023-zhengfu-gongzuo-baogao-oneline-forum-page.txt"
    )
    assert doc.title == "2024年疏附县政府工作报告"
    assert doc.date == "2023-01-05"
    assert doc.issuers == ["疏附县人民政府"]
    assert doc.addressees == []


def test_an_untitled_annual_report_names_itself_in_its_opening() -> None:
    """A bureau's 政府信息公开 annual report stored without its title, its opening naming the
    report it makes ('现形成《海城市卫生健康局2025年政府信息公开工作年度报告》'): that bureau's
    (it had been no issuer)."""
    doc = corpus_doc(
        "disclosure-report/liaoning-anshan-haicheng-weijianju-2025-disclosure-report-notitle-pipe-table-gov-page.txt"
    )
    assert doc.kind == "report"
    assert doc.issuers == ["海城市卫生健康局"]


def test_a_report_title_over_two_lines_an_organ_the_first_is_its_offices() -> None:
    """An annual report titled over two lines, '武汉市东湖生态旅游风景区管理委员会' /
    '卫生健康办公室2023年政府信息公开工作年度报告': the office's report, as the title names it
    (it had been the 管理委员会's, from the first line alone)."""
    doc = corpus_doc(
        "disclosure-report/hubei-wuhan-donghu-weijianban-2023-disclosure-report-twoline-head-cells-gov-page.txt"
    )
    assert doc.issuers == ["武汉市东湖生态旅游风景区管理委员会卫生健康办公室"]


def test_a_visit_counter_without_its_count_is_the_sites() -> None:
    """A mirror's copy of a county's work report: its byline, then '访问:次' (a counter whose
    count the page lost) over the meeting line: the counter is the site's, and the meeting line
    and the speaker under it are read (it had been no date and no issuer)."""
    doc = corpus_doc(
        "repost/neimenggu-huhehaote-helingeer-2011-zhengfu-gongzuo-baogao-mirror-page.txt"
    )
    assert doc.date == "2011-01-12"
    assert doc.issuers == ["和林格尔县人民政府"]
    assert page_line("访问:次") == "byline"


# batch 88: town web pages; news reposts of documents; 公示


def test_a_numbered_clause_ends_the_search_for_a_title() -> None:
    """A town's list of what it publishes: its title, then a table a cell a line whose cells
    include numbered clauses ('1、文件要素:…;') and, below them, short cells ('党政办' / '自行成或
    变更之日起20个工作日' / '全社会'): the text has begun at the first clause, so no cell under
    it is a title (it had been '党政办自行成或变更之日起20个工作日', issued by '全社会')."""
    doc = quoted_doc(
        [
            "2025年某县某镇人民政府主动公开基本目录",
            "",
            "目录类别",
            "",
            "规范性文件",
            "",
            "1、文件要素:文号、成文日期、发布时间、有效性;",
            "",
            "2、提供文本下载功能,WordPDF下载文本;",
            "",
            "党政办",
            "",
            "自行成或变更之日起20个工作日",
            "",
            "全社会",
        ]
    )
    assert doc.title == "2025年某县某镇人民政府主动公开基本目录"
    assert doc.issuers != ["全社会"]


def test_a_phone_run_onto_the_signers_line_is_no_part_of_the_name() -> None:
    """A one-line 通告 whose last line reads '监督举报电话:12345 荣成市人民政府 2017年7月31日 |':
    the government signs, the phone is no part of its name (it had been the issuer
    '监督举报电话:12345荣成市人民政府')."""
    doc = corpus_doc(
        "line-shapes/shandong-weihai-rongcheng-2017-chuqin-jinyangqu-zhengzhi-tonggao-notitle-runon-airc-page.txt"
    )
    assert doc.issuers == ["荣成市人民政府"]
    assert doc.signature == ["荣成市人民政府"]
    assert doc.date == "2017-07-31"


def test_a_title_tag_of_the_sites_organ_and_a_hyphen_is_the_sites() -> None:
    """A county's page whose title tag '龙山县人民政府-龙山县人民政府关于…的通告' stands over the
    title printed whole: the tag is the site's navigation."""
    issue = corpus_issue(
        "web-page/hunan-xiangxi-longshan-2020-longzhengfa14-binzang-gaige-tonggao-gov-page.txt"
    )
    assert [r.why for r in issue.removed if r.line == 1] == ["site_navigation"]
    assert issue.documents[0].title == "龙山县人民政府关于县城区分步推进殡葬改革的通告"


def test_two_organs_of_one_place_run_together_sign_each() -> None:
    """A one-line joint 通告 signed '华安县公安局交通管理大队 华安县住房和城乡建设局' (the space
    lost where the line was cleaned): two issuers, each (it had been one name of both)."""
    doc = corpus_doc(
        "line-shapes/fujian-zhangzhou-huaan-2026-qiaoliang-linshi-fengbi-tonggao-oneline-joint-fjsen-page.txt"
    )
    assert doc.issuers == ["华安县公安局交通管理大队", "华安县住房和城乡建设局"]


def test_a_portals_crumbs_ending_in_view_content_are_the_sites() -> None:
    """A portal's mirror: '萍鄉城事網—… 門戶 城事資訊 東源鄉 查看內容' over the 通告's title: the
    crumbs are the site's, the title the 通告's (it had been the crumbs and the title joined)."""
    doc = corpus_doc(
        "mirror-noise/jiangxi-pingxiang-dongyuanxiang-2021-quxiao-ganji-tonggao-trad-pinyin-portal-arkombiservisi-page.txt"
    )
    assert doc.title == "關于暫時取消東源鄉各村趕集活動的通告"
    assert page_line("某某网 门户 城事资讯 某乡 查看内容") == "site_navigation"


# batch 89: notices setting up 领导小组; 规划 and 纲要; documents of 1995–2010


def test_a_page_number_run_onto_the_title_its_breadcrumb_names() -> None:
    """A document-sharing site's copy of a plan on one line: its breadcrumb ends in the plan's
    name, and the text opens '1神农架林区…规划纲要(2011年1月19日…会议通过)…' (the PDF's page
    number run on): the title is the breadcrumb's (it had been '1神农架林区…')."""
    doc = corpus_doc(
        "line-shapes/hubei-shennongjia-2011-shierwu-guihua-gangyao-oneline-777doc-page.txt"
    )
    assert doc.title == "神农架林区经济和社会发展第十二个五年规划纲要"
    assert doc.date == "2011-01-19"


def test_a_sites_tag_in_quotes_before_the_issuing_organs() -> None:
    """A headline opening with the site's tag in quotes, a space after it, then the organs
    that issue ('“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《…》的通知'): the
    tag is no part of the first organ's name (it had been '党政混合信息公开”中共静安区委办公室')."""
    doc = quoted_doc(
        [
            "“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发《某区三年行动计划(2018—2020年)》的通知",
            "某区三年行动计划",
            "(2018—2020年)",
            "为贯彻落实有关部署,特制定本行动计划。",
            "一、 总体要求",
        ]
    )
    assert doc.issuers == ["中共某区委办公室", "某区人民政府办公室"]


# batch 90 (a short one: the search tool's budget ran out): 教育 notices; 城管 通告


def test_a_township_central_school_is_an_organ() -> None:
    """An essay site's copy of a school's notice, titled '铜冶中心校关于做好2014年春季开学初安全
    工作的通知': '中心校' (a township's central school) names an organ, which issues it (it had
    been no issuer, and the title without the school)."""
    doc = corpus_doc(
        "repost/tongye-zhongxinxiao-2014-chunji-kaixue-anquan-tongzhi-diyipian-xiexiebang-page.txt"
    )
    assert doc.title == "铜冶中心校关于做好2014年春季开学初安全工作的通知"
    assert doc.issuers == ["铜冶中心校"]


def test_the_documents_own_stacked_head_over_a_headline_naming_its_issuer_short() -> None:
    """A news site's copy: its headline '土门镇关于…的通告', then the 通告's own head stacked
    ('仪陇县土门镇人民政府' / '关于…的' / '通   告'): the title is the document's, its issuer
    named in full (it had been the headline's, '土门镇关于…')."""
    doc = corpus_doc(
        "repost/sichuan-nanchong-yilong-tumen-2019-changzhen-daolu-zhixu-tonggao-spaced-title-news-page.txt"
    )
    assert doc.title == "仪陇县土门镇人民政府关于春节期间场镇道路秩序整治保畅通的通告"
    assert doc.issuers == ["仪陇县土门镇人民政府"]
    assert doc.date == "2019-01-28"


def test_a_garbled_number_over_the_title_is_no_organ_in_full() -> None:
    """Guard: a garbled 文号 line between a headline and the title printed again ('鄂州发改价格
    函2021〕58' / '市发改委关于…的批复') is no fuller name of the organ: the title stays."""
    doc = corpus_doc(
        "reply/hubei-ezhou-fgw-2021-jiagehan58-gedian-gaozhong-zhusufei-pifu-garbled-docno-gov-page.txt"
    )
    assert doc.title == "市发改委关于葛店高中学生公寓住宿费标准的批复"
