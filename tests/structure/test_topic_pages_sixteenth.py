"""Rules found in the session of 2026-12-06 (fourteenth), on batches 91 (人大 resolutions,
township notices and budgets, county departments' 公告 and 通告), 92 (任免 news, 批复, mirrors),
93 (意见, 纪要, 令), 94 (年度报告, 部门预决算, 公示), 95 (gazette items, 红头, 通报) and 96
(规划, work reports, line shapes). The pages are in the corpus; each expected value was read off
the page by hand; each test fails on the code before its rule (checked by stashing ``src/``)
unless its docstring says it guards an exception."""

from __future__ import annotations

from gongbao.clean.wrapper import _repeated_tail, page_line
from gongbao.structure.organs import normalize_organ
from gongbao.structure.places import is_township_name
from tests.structure.corpus_pages import corpus_doc, corpus_issue, quoted_doc, quoted_issue


def test_a_title_printed_again_on_lines_of_its_own_is_no_advertisement() -> None:
    """A law library's mirror prints the resolution's title twice over the site's line
    '江西省萍鄉市人大常委會' and twice under it, then the adoption line: four lines that are the
    same words alone are the title printed again, not a mirror's advertisement run onto the
    lines' ends (it had taken all four out and titled the document by the site's line)."""
    doc = corpus_doc(
        "mirror-noise/jiangxi-pingxiang-2016-renda-zhongyuan-baogao-jueyi-trad-lawlib-mirror-page.txt"
    )
    assert doc.title == "市十五屆人大一次會議關于市中級人民法院工作報告的決議"
    assert doc.date == "2016-10-21"
    assert doc.kind == "decision"


def test_an_advertisement_still_needs_sentences_it_ran_onto() -> None:
    """Both sides: the same words ending four lines after their sentences' stops are still an
    advertisement; the same words alone on four lines are not."""
    ad = "某某网-做文件的人都聚集在这里"
    sentences = ["现将有关事项通知如下：", "请认真贯彻执行。", "特此通知。", "各单位要高度重视；"]
    ran_on = [s + ad for s in sentences]
    assert _repeated_tail(ran_on) == ad
    assert _repeated_tail([ad] * 4) == ""


def test_a_congress_in_plenary_named_short_issues_by_its_placed_name() -> None:
    """The title names the congress by its short name in session ('市十五屆人大一次會議關于…'):
    the issuer is the congress (not '市人大', which names its standing committee too), placed
    by the adoption line's '萍鄉市第十五屆人民代表大會', in the page's traditional script."""
    doc = corpus_doc(
        "mirror-noise/jiangxi-pingxiang-2016-renda-zhongyuan-baogao-jueyi-trad-lawlib-mirror-page.txt"
    )
    assert doc.issuers == ["萍鄉市人民代表大會"]
    assert normalize_organ("县十六届人大六次会议") == "县人民代表大会"


def test_a_standing_committee_in_session_stays_the_committee() -> None:
    """Guard: a standing committee's session is the committee ('某市人大常委会'), and a short
    '市人大' with no session named stays as printed."""
    assert normalize_organ("新田縣十七屆人大常委會第三十六次會議") == "新田縣人大常委會"
    assert normalize_organ("市人大") == "市人大"


def test_a_town_named_before_about_issues_its_notice() -> None:
    """A mirror's copy of a town's notice, '卢市镇关于做好2021年全国“两会”安全生产大检查的
    通知', its signature cut off: the town before 关于 issues it (the division list stops at
    counties, so the town had been no place and the notice had no issuer)."""
    doc = corpus_doc(
        "mirror-noise/lushizhen-2021-lianghui-anquan-shengchan-dajiancha-tongzhi-qmark-mirror-page.txt"
    )
    assert doc.issuers == ["卢市镇"]
    assert doc.kind == "notice"


def test_words_for_every_town_or_this_one_name_no_town() -> None:
    """Guard: '全镇', '各乡镇', '该乡' and a placeholder's '某某镇' are no town's names."""
    for words in ("全镇", "各乡镇", "该乡", "某某镇", "本街道"):
        assert not is_township_name(words), words
    assert is_township_name("吕梁市离石区交口街道")


def test_a_towns_final_accounts_are_the_towns() -> None:
    """A county portal's 部门决算 of a township, titled '临沧市临翔区章驮乡2022年度部门决算',
    its contents under it, its government named nowhere: the township as its title prints it
    (it had been no issuer)."""
    doc = corpus_doc(
        "dept-budget/yunnan-lincang-linxiang-zhangtuo-2022-bumen-juesuan-breadcrumb-contents-page.txt"
    )
    assert doc.issuers == ["临沧市临翔区章驮乡"]
    assert doc.kind == "budget"


def test_the_issued_plan_printed_with_one_word_fewer_is_the_notices_attachment() -> None:
    """A town's notice issues '《黄溪口镇2024年度防汛应急避险转移预案》', signed and dated, and the
    plan follows under its own head '黄溪口镇2024年防汛应急避险转移预案' (年 for 年度): the plan
    the notice issues, by its printed title (it had been no attachment)."""
    doc = corpus_doc(
        "web-page/hunan-huaihua-chenxi-huangxikou-2024-huangzhengfa11-fangxun-bixian-zhuanyi-yuan-tongzhi-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["黄溪口镇2024年防汛应急避险转移预案"]
    assert doc.doc_number == "黄政发〔2024〕11号"


def test_a_status_printed_under_an_issued_texts_title_is_part_of_it() -> None:
    """A mirror's copy of a 民政厅 notice issuing five rules: the first rule's head printed
    '河南省民政行政处罚裁量准适用规则' (标 lost) with '(试 行)' on a line under it: the rule is
    the attachment, its status part of its title (it had been none)."""
    doc = corpus_doc(
        "mirror-noise/henan-minzhengting-2009-xingzheng-chufa-cailiang-guize-yinfa-spam-name-blocks-glitzwood-page.txt"
    )
    assert [a.title for a in doc.attachments] == ["河南省民政行政处罚裁量准适用规则(试行)"]


def _appointments(path: str) -> list[tuple[str, str, list[str]]]:
    found = corpus_issue(path).facts["appointments"]
    return [(a.person, a.action, a.positions) for a in found]


def test_a_nomination_or_a_proposal_decides_no_post() -> None:
    """A mirror's copy of a city's 任免 news: '提名盛付祥同志任…主任,提议其不再担任…' and
    '提议陈利众同志不再担任…主任职务' are proposals to the bodies that decide: no fact (the
    name had been read from the verb's last character, '名盛付祥', '议陈利众'); the 市委's
    own decisions before them stay (with the removal its 'X同志任…,不再担任…职务' makes, as
    the page's label has it)."""
    found = _appointments(
        "mirror-noise/zhejiang-jiaxing-2017-jingkaiqu-renmian-jueding-mirror-maysun-page.txt"
    )
    assert [(p, a) for p, a, _ in found] == [
        ("盛付祥", "appoint"),
        ("盛付祥", "appoint"),
        ("盛付祥", "remove"),
    ]
    assert found[2][2] == ["中共嘉兴市委副秘书长"]
    assert found[0][2] == ["嘉兴现代服务业集聚区管理委员会主任"]


def test_a_removal_a_committee_recommends_is_not_made() -> None:
    """'市委建议,免去刘东伟同志北京市西城区人民政府区长职务' (the district's congress removes a
    district head): no removal; the 市委's decisions in the sentence before stay."""
    found = _appointments("repost/beijing-xicheng-shiwei-jueding-quweishuji-repost-cczw-page.txt")
    assert ("刘东伟", "remove", ["北京市西城区人民政府区长"]) not in found
    assert ("刘东伟", "appoint", ["中共北京市西城区委员会书记"]) in found
    assert len(found) == 3


def test_a_tenure_told_is_no_appointment() -> None:
    """'孫建平同志任松江區委副書記、區長的八年多來,…' tells his years in the post: no
    appointment (it had been one, its post '…區長的八年多來')."""
    found = _appointments(
        "personnel/shanghai-songjiang-2011-shiwei-jueding-daili-quzhang-news-trad-crntt-page.txt"
    )
    assert found == [("孫建平", "remove", ["中共松江區委副書記、常委、委員"])]


def test_a_decision_made_on_a_nomination_is_made() -> None:
    """Guard: '根據…主任會議的提名,決定毛偉明副省長為湖南省人民政府代理省長' is a decision
    (the nomination is what it was made on): the acting post stays."""
    found = _appointments("personnel/hunan-npcsc-daili-shengzhang-dup-trad-pinyin-page.txt")
    assert ("毛偉明", "appoint", ["湖南省人民政府省長"]) in found


def test_a_governments_code_for_its_replies_keeps_its_word() -> None:
    """A forum's copy of a city's 批复 whose title line ends with its number in brackets,
    '…的批复(绵府批复〔2019〕247号)': the code '绵府批复' is the government's series for its
    replies (it had been cut to '〔2019〕247号', the title keeping '(绵府批复')."""
    doc = corpus_doc(
        "repost/sichuan-mianyang-2019-mianfupifu247-yanting-xiangzhen-quhua-tiaozheng-pifu-xzqh-forum-page.txt"
    )
    assert doc.doc_number == "绵府批复〔2019〕247号"
    assert doc.title == "绵阳市人民政府关于同意盐亭县调整部分乡镇行政区划的批复"
    from gongbao.docnumber import find_doc_number

    assert find_doc_number("市政府批复〔2019〕12号") == "〔2019〕12号"  # (no government's code)


def test_a_project_code_after_a_replys_title_is_the_platforms() -> None:
    """A district's record names the reply '关于同意…项目建议书的批复[项目代码:2019-340500-83-01-
    027888]': the bracketed code is the investment platform's, no part of the title (it had
    been, and the reply no reply)."""
    doc = corpus_doc(
        "web-page/anhui-maanshan-yushan-fgw-2019-yufagai23-zhongnan-xiyue-peitao-xiaoxue-jianyishu-pifu-meta-table-twice-gov-page.txt"
    )
    assert doc.title == "关于同意中南熙悦小区配套小学项目建议书的批复"
    assert doc.kind == "reply"
    assert doc.doc_number == "雨发改〔2019〕23号"


def test_a_portal_named_for_its_place_issues_nothing() -> None:
    """A mirror of a city's record whose 制發機關 field holds the portal's name '中國宜興': a
    site, not an organ (it had been the issuer); the 批复 names its issuer nowhere."""
    doc = corpus_doc(
        "mirror-noise/jiangsu-yixing-2013-yizhengfa127-dingshu-wanshi-diming-mingming-pifu-trad-meta-mirror-page.txt"
    )
    assert doc.issuers == []
    assert doc.doc_number == "宜政發[2013]127號"


def test_the_document_a_news_lead_says_was_published_is_titled_under_it() -> None:
    """A mirror's news item: two paragraphs ('3月2日,駐馬店市政府網站發布《駐馬店市深入推進城鎮
    老舊小區改造工作的實施意見》,明確提出…'), then the opinion under that title on a line of its
    own and its text: the title is the document's (it had been none)."""
    doc = corpus_doc(
        "mirror-noise/henan-zhumadian-2021-laojiu-xiaoqu-gaizao-shishi-yijian-news-lead-trad-pinyin-ettaleb-page.txt"
    )
    assert doc.title == "駐馬店市深入推進城鎮老舊小區改造工作的實施意見"
    assert doc.kind == "opinion"


def test_a_revision_noted_under_a_title_is_no_part_of_it() -> None:
    """A township's guide titled '政府信息公开指南' with '(2023年12月修订)' on a line of its own
    under it: a note on the title, recorded as the head's (it had been joined to the title)."""
    path = "web-page/ningxia-shizuishan-pingluo-qukou-2023-zhengfu-xinxi-gongkai-zhinan-xiuding-page.txt"
    doc = corpus_doc(path)
    assert doc.title == "政府信息公开指南"
    notes = [(r.line, r.text) for r in corpus_issue(path).removed if r.why == "title_note"]
    assert notes == [(3, "(2023年12月修订)")]


def test_a_text_that_names_itself_with_its_organ_is_that_organs() -> None:
    """The guide's lead says '渠口乡人民政府…编制《渠口乡人民政府政府信息公开指南》': the organ
    before its own title issues it (it had had no issuer)."""
    doc = corpus_doc(
        "web-page/ningxia-shizuishan-pingluo-qukou-2023-zhengfu-xinxi-gongkai-zhinan-xiuding-page.txt"
    )
    assert doc.issuers == ["渠口乡人民政府"]


def test_a_notice_quoting_the_one_it_carries_out_is_not_its_issuers() -> None:
    """Guard: a province's '关于2016年调整退休人员基本养老金的通知' quotes the ministries'
    《人力资源社会保障部 财政部关于2016年调整退休人员基本养老金的通知》: theirs, not its own."""
    doc = corpus_doc(
        "line-shapes/yunnan-2016-yunrenshefa233-tuixiu-yanglaojin-tiaozheng-tongzhi-oneline-pager-headline-shebaoonline-page.txt"
    )
    assert doc.issuers == []


def test_a_news_sites_station_under_a_headline_issues_nothing() -> None:
    """A news site's report of a county's 常务会议: '红网溆浦站' under the headline is the news
    site's local station, no organ (it had been the issuer)."""
    doc = corpus_doc("minutes/hunan-huaihua-xupu-2015-xzf-cwh42-news-rednet-page.txt")
    assert doc.issuers == []
    assert doc.kind == "news"


def test_rules_title_run_onto_their_orders_line() -> None:
    """A sharing site's order flattened onto one line, '无锡市电梯使用安全监督管理办法无锡市人民政府
    令第90号无锡市…已于2007年9月20日经市政府第67次常务会议通过,现予公布。': the rules' title, the
    order's number and its government (the title and the number had held both)."""
    doc = corpus_doc(
        "order/jiangsu-wuxi-2007-ling90-dianti-shiyong-anquan-banfa-oneline-dropped-ling-date-wenke99-page.txt"
    )
    assert doc.title == "无锡市电梯使用安全监督管理办法"
    assert doc.doc_number == "无锡市人民政府令第90号"
    assert doc.issuers == ["无锡市人民政府"]
    assert doc.date is None  # ('二七年九月二十八日': its 〇 lost, no day to read)
    from gongbao.docnumber import find_doc_number

    assert find_doc_number("关于X的决定北京市人民政府令第5号") == "北京市人民政府令第5号"


def test_an_orders_year_in_square_brackets_under_its_line() -> None:
    """'杭州市人民政府令' over '([2011]263号)': the order's number is the line and the bracket
    (it had been none)."""
    doc = corpus_doc(
        "order/zhejiang-hangzhou-2011-ling263-dianti-anquan-jiancha-banfa-bracket-number-dai-shizhang-noname-fsou-page.txt"
    )
    assert doc.doc_number == "杭州市人民政府令([2011]263号)"
    assert doc.title == "杭州市电梯安全监察办法"
    assert doc.date == "2011-01-10"


def test_a_government_named_by_its_level_takes_the_records_placed_name() -> None:
    """'市人民政府关于…的实施意见' under a record whose 发布机构 is '鄂州市政府': the same
    government, by the name that says which (it had been '市人民政府'); so '区人民政府办公室'
    under '下陆区政府办公室'."""
    doc = corpus_doc(
        "web-page/hubei-ezhou-2010-ezhouzhengfa7-fuwuye-kuayue-fazhan-shishi-yijian-meta-gov-page.txt"
    )
    assert doc.issuers == ["鄂州市政府"]
    assert corpus_doc("opinion/hubei-huangshi-xialu-2020-zerenfenjie-page.txt").issuers == [
        "下陆区政府办公室"
    ]


def test_a_street_offices_undated_annual_report_is_the_offices() -> None:
    """'驼峰路街道办事处政府信息公开工作年度报告', no year in the title: the office that opens it
    reports (it had had no issuer: the rule wanted a year after the name)."""
    doc = corpus_doc(
        "disclosure-report/shaanxi-yulin-yuyang-tuofenglu-jiedao-2020-disclosure-report-cell-lines-page.txt"
    )
    assert doc.issuers == ["驼峰路街道办事处"]
    assert doc.kind == "report"


def test_a_report_compiled_by_the_unit_its_title_names_is_that_units() -> None:
    """'怀远二中2021年政府信息公开工作年度报告' / '本报告是根据…要求,由怀远二中编制': a school by
    its short name, which no list of organs knows, confirmed by the text (it had had none)."""
    doc = corpus_doc(
        "disclosure-report/anhui-bengbu-huaiyuan-erzhong-2021-disclosure-report-school-dup-title-page.txt"
    )
    assert doc.issuers == ["怀远二中"]


def test_a_unit_named_again_in_brackets_before_the_year() -> None:
    """'乌鲁木齐市第十四幼儿园(高新区(新市区)第一幼儿园)2020年度部门决算公开说明': the unit by
    its first name; the bracket is its other (it had had no issuer)."""
    doc = corpus_doc(
        "dept-budget/xinjiang-urumqi-gaoxinqu-14you-2020-juesuan-shuoming-bracket-title-byline-page.txt"
    )
    assert doc.issuers == ["乌鲁木齐市第十四幼儿园"]


def test_a_dates_empty_field_does_not_take_the_title_under_it() -> None:
    """A street office's record flattened between pipes ends '生效日期: | 废止日期: |', both
    empty; its title follows over three lines ('池州市贵池区杏花村街道' / '办事处(本级)2022年' /
    '单位预算'): no words that name no day are the 废止日期's value (the first line had been,
    and the title '单位预算'). From a staged page (its issuer's label is disputed)."""
    doc = quoted_doc(
        [
            "索引号: | 1134180255634735XL/202201-00090 | 组配分类: | 政府预算 |",
            "发布机构: | 贵池区杏花村街道办事处 | 主题分类: | 综合政务 / 公民 / 其他 |",
            "名称: | 池州市贵池区杏花村街道办事处(本级)2022年单位预算 | 文号: | 无 |",
            "成文日期: | 发布日期: | 2022-01-28 | |",
            "生效日期: | 废止日期: |",
            "池州市贵池区杏花村街道",
            "办事处(本级)2022年",
            "单位预算",
            "2022年1月",
            "第一部分 单位概况",
            "1.主要职责",
        ]
    )
    assert doc.title == "池州市贵池区杏花村街道办事处(本级)2022年单位预算"


def test_a_long_first_title_line_broken_between_the_texts_it_issues() -> None:
    """'甘肃省卫生健康委员会关于印发《…确诊患者出院流程(试行)》' (42 characters) over '《…终末消毒
    指引(试行)》的通知', the 文号 under them: one title (its first line had been left before
    the document as unplaced text, the title its second line alone)."""
    doc = corpus_doc(
        "redhead/gansu-2020-wjw-ganweiyizhenghan67-xinguan-chuyuan-liucheng-yinfa-twoline-title-tianshui-page.txt"
    )
    assert doc.title == (
        "甘肃省卫生健康委员会关于印发《甘肃省新型冠状病毒感染的肺炎确诊患者出院流程(试行)》"
        "《甘肃省新型冠状病毒感染的肺炎患者出院的终末消毒指引(试行)》的通知"
    )
    assert doc.doc_number == "甘卫医政函〔2020〕67号"


def test_a_headline_with_its_number_is_not_a_titles_first_line() -> None:
    """Guard: a 公告's headline naming the 决定 and the 公告's number ('…的决定 杭州市第十二届…
    公告 第37号') over the 公告's own head stays out of the title."""
    doc = corpus_issue(
        "npc/zhejiang-hangzhou-2014-npcsc-gonggao37-gongshui-tiaoli-xiugai-jueding-page.txt"
    ).documents[0]
    assert doc.title == "杭州市第十二届人民代表大会常务委员会公告"


def test_a_betting_brand_where_a_titles_about_stood_is_taken_out() -> None:
    """A hijacked mirror put '开云(中国)' where the title's 关于 stood ('辽宁省教育厅办公室开云
    (中国)核实2016年秋季 农村义务教育…的通知'): the brand goes (it had stayed in the title)."""
    doc = corpus_doc(
        "mirror-noise/liaoning-2016-jyt-bangongshi-liaojiaobandian219-mianfei-jiaokeshu-hedui-tongzhi-casino-hijacked-title-mirror-page.txt"
    )
    assert "开云" not in doc.title
    assert doc.title == "辽宁省教育厅办公室核实2016年秋季农村义务教育免费教科书使用情况的通知"


def test_a_sites_name_and_domain_are_the_sites() -> None:
    """'湖南省财政厅 czt.hunan.gov.cn' under the headline: the site's header (it had been the
    title, the two departments no issuers)."""
    doc = corpus_doc(
        "web-page/hunan-2012-czt-mzt-youfu-shiye-danwei-buzhu-zijin-xiada-joint-blank-amount-gov-page.txt"
    )
    assert doc.title == "湖南省财政厅湖南省民政厅关于下达2012年优抚事业单位补助资金的通知"
    assert doc.issuers == ["湖南省财政厅", "湖南省民政厅"]
    assert page_line("湖南省财政厅 czt.hunan.gov.cn") == "site_navigation"


def test_a_records_production_date_field_is_read() -> None:
    """'产生日期 2023-06-03 文  号 鞍政发〔2023〕8号': a portal's record row, its 文号 the
    document's (it had been removed unread); the signed date stays the document's."""
    doc = corpus_doc(
        "web-page/liaoning-anshan-2023-anzhengfa8-wenwu-baohu-fanwei-tongzhi-threeline-gov-page.txt"
    )
    assert doc.doc_number == "鞍政发〔2023〕8号"
    assert doc.date == "2023-05-31"


def test_when_the_item_was_written_up_is_a_byline() -> None:
    """'编稿时间: 2019-06-27 来源: 市财政局' under a bureau's headline: the page's byline (it
    had opened the text, the 文号 under it unread)."""
    doc = corpus_doc(
        "web-page/hunan-yueyang-2019-czj-yuecaijiaozhi20-yiwu-jiaoyu-gongyong-jingfei-xiada-breadcrumb-gov-page.txt"
    )
    assert doc.doc_number == "岳财教指〔2019〕20号"
    assert doc.addressees == ["市直有关单位"]
    assert page_line("编稿时间: 2019-06-27 来源: 市财政局") == "byline"


def test_a_record_naming_the_government_in_full_places_it_too() -> None:
    """Guard: the record's 发布机构 in full ('鄂州市人民政府') under a title's '市人民政府关于…'
    (the page of the test above, its field as another portal prints it): that name, as the
    fullest name printed was before the placed-by-record rule."""
    doc = quoted_doc(
        [
            "市人民政府关于进一步加快服务业跨越发展的实施意见",
            "",
            "索  引  号: 011217651/2010-14277 文      号: 鄂州政发〔2010〕7号",
            "发布机构 : 鄂州市人民政府 发布日期: 2010年11月09日",
            "各区人民政府、开发区管委会,各街道办事处,市政府各部门:",
            "  为适应经济社会发展需要,现就进一步加快我市服务业跨越发展提出如下实施意见:",
            "  一、进一步加快服务业跨越发展的现实基础",
        ]
    )
    assert doc.issuers == ["鄂州市人民政府"]


def test_where_an_adoption_line_says_the_plan_was_approved_is_no_part_of_the_name() -> None:
    """'(2021 年1 月20 日在青云谱区第十六届人民代表大会第六次会议批准)' under a 纲要: the
    approving congress is '青云谱区人民代表大会' (it had been '在青云谱区人民代表大会')."""
    doc = corpus_doc(
        "npc/jiangxi-nanchang-qingyunpu-2021-shisiwu-guihua-gangyao-renda-pizhun-spaced-title-gcs66-page.txt"
    )
    assert doc.issuers == ["青云谱区人民代表大会"]
    assert doc.date == "2021-01-20"


def test_an_advertisers_name_and_address_run_onto_a_title_are_taken_off() -> None:
    """A forum's copy opens '沈阳白癜风医院 http://baidianfeng.39.net/西平县防汛抗早指挥部关于
    加强小洪河堤防值守的通知': the advertisement goes (recorded), the title stays the line (the
    主送 under it had been taken for the title). From a staged page (its issuer's label is
    disputed: the title misprints 抗旱)."""
    issue = quoted_issue(
        [
            "沈阳白癜风医院 http://baidianfeng.39.net/西平县防汛抗早指挥部关于加强小洪河堤防值守的通知",
            "各乡镇(街道)、县直有关单位",
            "/p>",
            "受本轮降雨及上游田岗水库泄洪影响,小洪河水位上涨迅猛。防汛形势严峻,现通知如下",
            "/p>",
            "一、小洪河沿河乡镇(街道)要立即组织人员上堤值守,实行24小时不同断巡查。",
        ]
    )
    assert issue.documents[0].title == "西平县防汛抗早指挥部关于加强小洪河堤防值守的通知"
    assert [(r.text, r.why) for r in issue.removed if r.why == "advertisement"] == [
        ("沈阳白癜风医院 http://baidianfeng.39.net/", "advertisement")
    ]


def test_a_sharing_sites_page_marks_inside_a_flattened_text_are_furniture() -> None:
    """A sharing site's plan flattened onto one line with '第1页共4页' … '第3页共4页' inside it:
    page marks, recorded (the first had been run onto the title)."""
    path = "line-shapes/anon-county-jiegan-jinshao-gongzuo-shishi-fangan-oneline-pagemarks-wnwk-page.txt"
    assert corpus_doc(path).title == "政府秸秆禁烧工作实施方案"
    marks = [r.text for r in corpus_issue(path).removed if r.why == "page_number"]
    assert marks == ["第1页共4页", "第2页共4页", "第3页共4页"]


def test_letters_without_a_vowel_in_brackets_are_no_reading() -> None:
    """'环发(xx)98号' (a template's year left unfilled), '(c)' after 版权所有, '(px)' after 页面
    宽度: no pinyin (they had been removed as readings and told as problems); a reader's width
    setting is the page's tool."""
    issue = corpus_issue(
        "redhead/guangdong-yunfu-zjj-2018-yunjianzhian275-shanzhu-taifeng-tinggong-jinji-tongzhi-mirror-page.txt"
    )
    assert not [r for r in issue.removed if r.why == "pinyin"]
    doc = corpus_doc("web-page/guangdong-qingyuan-2019-gongzuo-guize-tongzhi-pkulaw-page.txt")
    assert doc.title == "清远市人民政府关于印发《清远市人民政府工作规则》的通知"
    assert page_line("页面宽度(px):") == "page_tools"


def test_joint_signers_run_together_on_the_dates_line_each_sign() -> None:
    """'江西省卫生厅江西省委宣传部…江西省民政厅二0一0年八月二十日' on one line: six organs, each
    with its province, then the date: each signs and issues (there had been no signer, and a
    flattened notice's '中共龙岩市委文明办龙岩市城市管理局' was one issuer)."""
    doc = corpus_doc(
        "line-shapes/jiangxi-2010-wst-liubumen-ertong-liangbing-jiuzhi-fangan-yinfa-joint6-glued-sig-page.txt"
    )
    six = [
        "江西省卫生厅",
        "江西省委宣传部",
        "江西省发展和改革委员会",
        "江西省财政厅",
        "江西省人力资源和社会保障厅",
        "江西省民政厅",
    ]
    assert doc.signature == six
    assert doc.issuers == six
    assert doc.date == "2010-08-20"
    flat = corpus_doc(
        "opinion/fujian-longyan-gxj-2022-longgongxinnengyuan9-sanxian-zhengzhi-fangan-joint4-flat.txt"
    )
    assert "中共龙岩市委文明办龙岩市城市管理局" not in flat.issuers
