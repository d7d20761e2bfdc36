"""The twelfth batch (portals, reposts, mirrors, orders, 任免 pages, gazette items, work
reports, line shapes) measured before its rules, and the rules of its kinds, each on its real
page: a law database's repeal note run onto the title, a title and its meeting line joined by
two hyphens, an archive's labelled address, a site's search box and bar of accounts, a
revision promulgated, a news lead that names the document it publishes, a notice ended
inside one run-on line, the document's own head under the site's, a meeting line without 上,
a 令 named for what it orders, the province-administered counties, a title printed over two
lines restored as published; and the thirteenth batch's (a bilingual page's paragraphs, a
cover's fields and a site's section over a title, an essay site's collection, a lead that
dates itself, a meeting record from the government's office, a record's row under a byline's
label, an untitled final account) and the fourteenth's (a forwarding notice under its record,
an app's banner, an empty date field over the issuer's line, a speaker by name alone, a page's
posting day, orders run onto their records and rules). Every expected value was read off the
file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def _head(path: str) -> tuple[str, str | None, str | None, list[str]]:
    doc = corpus_doc(path)
    return doc.title, doc.doc_number, doc.date, doc.issuers


def test_a_law_databases_repeal_note_run_onto_the_title() -> None:
    """'*注:本篇法规已被《武汉市户外广告设置管理办法》(发布日期:… 实施日期:…)废止武汉市人民政府
    关于印发…' : the note is the database's, the title starts after it (its first line had
    been lost with the note); the same before an order line ('…废止呼和浩特市人民政府令' /
    '(第26号)')."""
    path = "gazette-item/hubei-wuhan-1997-wuzheng80-huwai-guanggao-zanxing-guiding-feizhi-note-fymate-page.txt"
    assert _head(path) == (
        "武汉市人民政府关于印发市市容环卫局拟订的《武汉市户外广告设置管理暂行规定》的通知",
        "武政〔1997〕80号",
        "1997-09-01",
        ["武汉市人民政府"],
    )
    path = "order/neimenggu-huhehaote-2003-ling26-huwai-guanggao-feizhi-note-fymate-page.txt"
    assert _head(path) == (
        "呼和浩特市户外广告设置经营管理办法",
        "呼和浩特市人民政府令(第26号)",
        "2003-07-09",
        ["呼和浩特市人民政府"],
    )


def test_a_reports_title_joined_to_its_meeting_by_two_hyphens() -> None:
    """'政府工作报告(摘要)--1999年2月25日在济南市第十二届人民代表大会第二次会议上', then
    'Original URL: http://…' (the archive's, taken out) and '济南市市长谢玉堂'."""
    path = "line-shapes/shandong-jinan-1999-work-report-zhaiyao-hardwrap-chorography-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.date, doc.issuers, doc.speaker) == (
        "政府工作报告(摘要)",
        "1999-02-25",
        ["济南市人民政府"],
        "济南市市长 谢玉堂",
    )


def test_a_sites_search_box_and_its_accounts_are_no_title() -> None:
    """'保山搜索' over the headline, and '景谷发布微信公众号 景谷融媒抖音号 … 七彩云端APP' over it:
    each had been joined onto the title."""
    path = (
        "mirror-noise/yunnan-baoshan-2021-gaoligongshan-fengbi-guanli-tonggao-spam-trad-pinyin-"
        "mojibake-page.txt"
    )
    assert _head(path)[0] == "高黎貢山國家級自然保護區保山片區實行封閉管理通告"
    path = "repost/yunnan-2023-senlin-caoyuan-fanghuo-tonggao-zhihuibu-jinggu-rongmei-page.txt"
    assert _head(path)[0] == "关于加强森林草原防火工作的通告"


def test_an_order_that_promulgates_a_revision_is_titled_by_its_rules() -> None:
    """'《消毒管理办法》的修订已于2001年12月29日部务会通过,现予以发布…', the rules printed under
    '消毒管理办法' (the order line had stood as the title)."""
    path = "order/weishengbu-2002-ling27-xiaodu-guanli-banfa-infoeach-page.txt"
    assert _head(path)[:3] == ("消毒管理办法", "中华人民共和国卫生部令第27号", "2002-03-28")


def test_a_news_lead_that_names_the_document_is_no_title() -> None:
    """'茂名市农业农村局发布' / '《关于实施茂名市珠江水域禁渔期制度的通告》': the page prints no
    title of the 通告; its kind is the one the lead names."""
    path = "repost/guangdong-maoming-nyncj-2025-zhujiang-jinyuqi-tonggao-notitle-nfnews-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.kind, doc.issuers) == ("", "announcement", ["茂名市农业农村局"])


def test_a_notice_ended_inside_one_run_on_line() -> None:
    """'…现印发给你们,…。 附件:山福镇突发公共事件总体应急预案(修订) 温州市鹿城区山福镇人民政府
    2020年10月22日 山福镇突发公共事件总体应急预案(修订) 1.总则…' on one line: cut there, the
    signature, the date and the attachment read (the issuer had been the record's '山福镇')."""
    path = "line-shapes/zhejiang-wenzhou-lucheng-shanfu-2020-lushanzheng72-yingji-yuan-notitle-oneline-page.txt"
    doc = corpus_doc(path)
    assert (doc.date, doc.issuers, doc.signature, [a.title for a in doc.attachments]) == (
        "2020-10-22",
        ["温州市鹿城区山福镇人民政府"],
        ["温州市鹿城区山福镇人民政府"],
        ["山福镇突发公共事件总体应急预案(修订)"],
    )


def test_the_documents_own_head_under_the_sites() -> None:
    """The site's '九寨沟风景名胜区管理局' and headline, then the document's own '九寨沟管理局办公室' /
    '关于印发《…突发性' / '地质灾害应急预案(修订)》的通知': its own title; and '永德县…三年行动
    计划(2020―2022年)的通知' over two lines under a headline that quotes it in 《》 (the
    headline had been kept, and a sentence of the unpunctuated text taken for the title)."""
    path = "web-page/sichuan-aba-jiuzhaigou-guanliju-2019-dizhi-zaihai-yuan-tongzhi-meta-garbled-date-page.txt"
    assert _head(path)[:3] == (
        "九寨沟管理局办公室关于印发《九寨沟国家级自然保护区突发性地质灾害应急预案(修订)》的通知",
        None,
        "2019-03-15",
    )
    path = (
        "opinion/yunnan-lincang-yongde-2021-chengzhenhua-sannian-jihua-joint-nopunct-jlxk-page.txt"
    )
    assert _head(path) == (
        "中共永德县委办公室永德县人民政府办公室关于印发永德县城镇化建设三年行动计划(2020―2022年)的通知",
        None,
        "2021-04-16",
        ["中共永德县委办公室", "永德县人民政府办公室"],
    )


def test_a_meeting_line_without_its_closing_word() -> None:
    """'政 府 工 作 报 告' / '2019年2月26日在镇第十四届人民代表大会第三次会议' (no 上) / '魏庄镇人民
    政府镇长 杨杰' under the site's headline: the report's own title, its date, its speaker."""
    path = "work-report/anhui-bengbu-huaiyuan-weizhuang-2019-work-report-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.date, doc.issuers, doc.speaker) == (
        "政府工作报告",
        "2019-02-26",
        ["魏庄镇人民政府"],
        "魏庄镇人民政府镇长 杨杰",
    )


def test_an_order_named_for_what_it_orders_in_a_province_administered_county() -> None:
    """'陵水黎族自治县人民政府森林禁火令': issued by the county's government (陵水 is governed by
    the province directly; the division list had not known it), not by '…森林禁火'."""
    path = "web-page/hainan-lingshui-2024-senlin-jinhuoling-garbled-date-share-page.txt"
    assert _head(path)[3] == ["陵水黎族自治县人民政府"]


def test_a_string_joined_across_lines_is_put_back_as_published() -> None:
    """A title the head joined from two lines is found in the text across the break, each
    character as published ('―' kept, not the '—' the text prints more often)."""
    from gongbao.script import Restorer, fold_lines

    published = ["关于印发计划(2020―", " ", "  2022年)的通知", "——某县人民政府"]
    restorer = Restorer(published, False, fold_lines(published, False))
    assert restorer.restore("关于印发计划(2020—2022年)的通知") == "关于印发计划(2020―2022年)的通知"


def test_the_divisions_a_province_governs_directly_are_places() -> None:
    from gongbao.structure.places import is_place_name, starts_with_place

    assert starts_with_place("陵水黎族自治县人民政府")
    assert starts_with_place("仙桃市人民政府")
    assert is_place_name("五家渠市")
    assert is_place_name("济源市")


def test_a_bilingual_pages_english_paragraph_is_not_joined_to_the_chinese() -> None:
    """'…and shall come into force as of May 1, 2004.' over '《突发公共卫生事件交通应急规定》已于
    …通过,现予公布…': two paragraphs (they had been joined, and the order titled by its line)."""
    path = (
        "order/weishengbu-jiaotongbu-2004-ling2-tufa-gonggong-weisheng-jiaotong-yingji-"
        "bilingual-pkulaw-page.txt"
    )
    assert _head(path)[0] == "突发公共卫生事件交通应急规定"


def test_a_covers_fields_and_a_sites_section_are_no_part_of_the_title() -> None:
    """'宁县人民政府' / '湘乐镇政府信息公开' (the site's section) over '宁县三中2021年部门预算公开', then
    the cover's '单位代码:042001001' / '单位名称:宁县第三中学' / '部门预算公开表': the headline is
    the title (the section and the fields had been joined onto it)."""
    path = "dept-budget/gansu-qingyang-ningxian-sanzhong-2021-dept-budget-bianzhi-riqi-blanklines-gov-meta-page.txt"
    doc = corpus_doc(path)
    assert (doc.title, doc.issuers, doc.kind) == (
        "宁县三中2021年部门预算公开",
        ["宁县第三中学"],
        "budget",
    )


def test_an_essay_sites_collection_prints_no_title_of_its_piece() -> None:
    """'《市长办公会议纪要(汇总三篇)》' / '市长办公会议纪要(通用3篇)' / '市长办公会议纪要 篇1' / the
    纪要's text: no title of its own (the collection's heading had been taken)."""
    path = "minutes/gansu-zhangye-shizhang-bangong-huiyi-jiyao-danxia-fanwen-repost-page.txt"
    assert _head(path)[0] == ""


def test_a_news_lead_that_dates_itself_before_naming_the_issuer() -> None:
    """'今(24)日,黃荊鎮森林防滅火指揮部發布公告,…' / '全文如下:' over the 公告: its issuer."""
    path = (
        "announcement/sichuan-luzhou-gulin-huangjingzhen-2022-senlin-fanghuo-zhihuibu-gonggao-"
        "trad-pinyin-spam-page.txt"
    )
    assert _head(path)[3] == ["黃荊鎮森林防滅火指揮部"]


def test_a_meeting_record_from_the_governments_office() -> None:
    """'时间: 2022-01-27 来源: 攀枝花市东区人民政府办公室 阅读次数:' over a 常务会议 record with
    '会议议定:' under each item: the office's 纪要."""
    path = "minutes/sichuan-panzhihua-dongqu-2021-cwh106-huiyi-yiding-notitle-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.kind, doc.issuers) == ("minutes", ["攀枝花市东区人民政府办公室"])


def test_a_record_row_that_opens_with_the_publication_date() -> None:
    """'发布日期: 2018-04-28 文    号: 岳府办函[2018]37号 关 键 词: 动物疫情': the record's row,
    its 文号 read (it had been taken out as a byline)."""
    path = "web-page/sichuan-guangan-yuechi-2018-yuefubanhan37-dongwu-yiqing-yuan-toolbar-meta-gov-page.txt"
    assert _head(path)[1] == "岳府办函[2018]37号"


def test_an_untitled_final_account_named_by_its_offices() -> None:
    """A 部门决算 stored from '(一)职能职责', '(二)机构设置' / '南纪门街道办事处内设 10 个办公室…',
    '二、部门决算情况说明': a budget, the unit's own name its issuer."""
    path = "dept-budget/chongqing-yuzhong-nanjimen-jiedao-2023-final-accounts-notitle-midstart-gov-page.txt"
    doc = corpus_doc(path)
    assert (doc.kind, doc.issuers) == ("budget", ["南纪门街道办事处"])


def test_a_forwarding_notice_under_its_record_prints_no_title() -> None:
    """The record's '名  稱 白水縣人民政府辦公室轉發《…》的通知' and '文  號 白政辦發〔2019〕9號', then
    '各鎮人民政府、…:' / '現將《陜西省人民政府辦公廳關于印發<…> <…>和<…>的通知》…轉發你們' and
    the forwarded notice under its own head, its title broken over lines: one document, the
    forwarding notice, titled and numbered by the record (the forwarded notice's number and a
    line of its title had been taken)."""
    path = "mirror-noise/shaanxi-weinan-baishui-2019-baizhengbanfa9-zhengwu-dating-zhuanfa-trad-spam-page.txt"
    doc = corpus_doc(path)
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "白政辦發〔2019〕9號",
        "2019-02-22",
        ["白水縣人民政府辦公室"],
    )
    assert doc.title.startswith("白水縣人民政府辦公室轉發《陜西省人民政府辦公廳")


def test_an_apps_banner_and_name_are_no_title() -> None:
    """'爱昌乐' / '官方移动发布平台' / '听新闻' over a 通告 that prints no title: no title (the
    banner's lines had been joined into one)."""
    path = "repost/shandong-weifang-changle-2020-quxiao-miaohui-tonggao-notitle-iqilu-app-page.txt"
    assert _head(path)[0] == ""


def test_an_empty_date_field_takes_no_organs_name() -> None:
    """'• 废止日期:' (empty) over '四川省人民政府' / '关于印发《四川省人民政府工作规则》的通知': the
    issuer's line is the title's first line, no value of the record."""
    path = "web-page/sichuan-2025-chuanfufa18-zhengfu-gongzuo-guize-spacedlabels-gov-page.txt"
    assert _head(path)[0] == "四川省人民政府关于印发《四川省人民政府工作规则》的通知"


def test_a_speaker_by_name_alone_over_the_date() -> None:
    """'——在鹅湖镇第六届人民代表大会第七次会议上' / '林积专' / '2020年6月19日': the date the report
    was read (it had been missed)."""
    path = "work-report/jiangxi-shangrao-yanshan-ehu-2020-work-report-gcs66-page.txt"
    doc = corpus_doc(path)
    assert (doc.date, doc.speaker) == ("2020-06-19", "林积专")


def test_a_pages_posting_day_over_an_untitled_text() -> None:
    """'2015-05-28' alone over '5月27日,区四届人大常委会举行第三十次会议。…': the page's day, not
    the document's date."""
    path = "personnel/shanghai-songjiang-2015-npcsc-renmian-notitle-qrd-gov-page.txt"
    assert _head(path)[2] is None


def test_orders_run_onto_their_records_and_rules() -> None:
    """'…实施办法【发文字号】…【效力级别】地方政府规章辽宁省人民政府令(第231号)《辽宁省草原管理实施
    办法》业经…' / '省长陈政高二○○九年三月二十七日辽宁省草原管理实施办法第一章总则第一条…' under
    another document's headline; '…现予公布,自2023年3月1日起施行。天津市市长张工2022年12月19日
    第一条…': each order titled by its rules, numbered, dated and issued."""
    path = "order/liaoning-2009-ling231-caoyuan-guanli-banfa-runon-wronghead-360docs-page.txt"
    assert _head(path) == (
        "辽宁省草原管理实施办法",
        "辽宁省人民政府令(第231号)",
        "2009-03-27",
        ["辽宁省人民政府"],
    )
    path = "order/tianjin-2022-ling34-xingzheng-caijue-runon-scholarmate-page.txt"
    assert _head(path) == (
        "天津市行政裁决程序规定",
        "天津市人民政府令第34号",
        "2022-12-19",
        ["天津市人民政府"],
    )
