"""Rules found in the session of 2026-12-07 (nineteenth), on batches 161 (streets' and towns'
documents of provinces the corpus had few of; 红头 and repository pages), 162 (county bureaus'
通告, mirrors' copies), 164 (towns' reports, schools' budgets) and 165 (streets' and counties'
pages, reposts), and on the corpus's one single-document file that was split in two. The pages
are in the corpus; each expected value was read off the page by hand; each test fails on the
code before its rule (checked by stashing ``src/``)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue

_DONGHE = (
    "disclosure-report/"
    "neimenggu-huhehaote-xinchengqu-donghe-jiedao-2024-disclosure-report-notitle-cut-gov-page.txt"
)
_SHIFUDONGLU = (
    "disclosure-report/"
    "neimenggu-baotou-kundulun-shifudonglu-jiedao-2025-disclosure-report-cut-gov-page.txt"
)
_YUHUANGGE = (
    "disclosure-report/"
    "ningxia-yinchuan-xingqing-yuhuangge-beijie-jiedao-2022-disclosure-report-notitle-cut-gov-page.txt"
)
_ANHUA = (
    "npc/hunan-yiyang-anhua-2019-npcsc-gonggao-shenyi-yijian-chuli-banfa-garbled-dates-gov-page.txt"
)


def test_an_untitled_reports_lead_listing_its_contents_names_whose_it_is() -> None:
    """The national form's lead, '全文包括呼和浩特市新城区东河街道政府信息公开总体情况,…', over a
    report stored without its title: the street's, by the fullest name the text prints (its
    office, '…东河街道办事处于2024年5月28日成立'); no issuer had been read."""
    doc = corpus_doc(_DONGHE)
    assert doc.kind == "report"
    assert doc.issuers == ["呼和浩特市新城区东河街道办事处"]


def test_a_titled_reports_lead_names_the_street_its_title_left_placeless() -> None:
    """'市府东路街道政府信息公开工作年度报告' over '报告内容包括昆都仑区市府东路街道2025年政府信息
    公开总体情况': the lead's name, with its district; the text never prints the street's office,
    so the street as printed."""
    doc = corpus_doc(_SHIFUDONGLU)
    assert doc.title == "市府东路街道政府信息公开工作年度报告"
    assert doc.issuers == ["昆都仑区市府东路街道"]


def test_a_report_the_lead_says_it_releases_is_the_named_offices() -> None:
    """'…要求,现发布《兴庆区玉皇阁北街街道办事处2022年政府信息公开工作年度报告》': 发布 says it
    as 公布 does."""
    assert corpus_doc(_YUHUANGGE).issuers == ["兴庆区玉皇阁北街街道办事处"]


def test_the_forms_own_words_name_no_owner() -> None:
    """'全文包括本机关…' is the form speaking of itself: no organ."""
    from gongbao.structure import _report_owner

    assert _report_owner("本年度报告根据…制作。全文包括本机关2020年政府信息公开总体情况,…") is None
    assert _report_owner("全文包括某某镇2021年政府信息公开总体情况。某某镇人民政府") == (
        "某某镇人民政府"
    )


def test_rules_a_notice_publishes_with_its_publishing_word_on_a_line_of_its_own_are_one_document() -> (
    None
):
    """A 常委会's 公告 ('…审议通过了《安化县人大常委会…办法》,自通过之日起施行。' / '现予公告。' /
    signature / a date that lost its 日) over the rules it publishes, their title over two lines
    ('安化县人大常委会' / '审议意见…办法'): one document, the rules', titled by both lines (the
    rules had been a document of their own, the 公告 another)."""
    issue = corpus_issue(_ANHUA)
    assert len(issue.documents) == 1
    doc = issue.documents[0]
    assert doc.title == "安化县人大常委会审议意见和视察调研意见建议研究处理办法"
    assert doc.issuers == ["安化县人大常委会"]
    assert doc.kind == "regulation"


_NANAO = (
    "announcement/"
    "guangdong-shantou-nanao-2021-jiaojing-chunjie-jiaotong-guanzhi-tonggao-notitle-trad-pinyin-xw588-page.txt"
)
_DONGGUAN = (
    "web-page/guangdong-dongguan-2016-dongweihan94-weiji-zhuanfa-tonggao-notitle-pdf-gov-page.txt"
)
_WUHUA = (
    "mirror-noise/"
    "guangdong-meizhou-wuhua-2023-huafuzheng8-zhengshou-tudi-yugonggao-spaced-issuer-trad-pinyin-dashang-page.txt"
)


def test_a_copying_sites_headline_of_another_story_titles_nothing() -> None:
    """A mirror's headline of a rumour about another city ('北京全面放開是真的嗎?防控辦辟謠…')
    over a county traffic police's 通告, signed and dated: none of its words is the text's, so
    the 通告 is untitled (the headline had been its title), and the problem says why."""
    issue = corpus_issue(_NANAO)
    doc = issue.documents[0]
    assert doc.title == ""
    assert doc.issuers == ["南澳縣公安局交通警察大隊"]
    assert [p.kind for p in issue.problems if p.kind == "title_unrelated"] == ["title_unrelated"]


def test_of_two_files_named_by_numbers_neither_is_taken_for_the_documents() -> None:
    """'附件:东卫函〔2016〕94号.pdf' / '粤卫通〔2016〕4号.pdf' under a forwarding notice that prints
    no number: which file is the notice is not printed (the forwarded 通告's number had been
    taken as the notice's)."""
    doc = corpus_doc(_DONGGUAN)
    assert doc.doc_number is None
    assert doc.date == "2016-04-20"


def test_a_files_serial_and_label_before_its_name_are_not_the_attachments_title() -> None:
    """'附件:' / '8號附件:五華縣…勘測定界圖(集體).pdf': the file's name opens with the notice's
    serial and the label; the attachment is titled by the rest."""
    doc = corpus_doc(_WUHUA)
    assert [a.title for a in doc.attachments] == [
        "五華縣2023年度第三批次城鎮建設用地勘測定界圖(集體)"
    ]
    assert doc.title == "五華縣人民政府征收土地預公告(2023年度第三批次)"


_HUICHANG = (
    "web-page/"
    "jiangxi-ganzhou-huichang-2023-sifaju-renmin-peishenyuan-xuanren-gonggao-breadcrumb-cut-gov-page.txt"
)
_LAIAN = (
    "announcement/anhui-chuzhou-laian-2023-renmin-peishenyuan-xuanren-gonggao-byline-gov-page.txt"
)
_MAANSHAN = (
    "dept-budget/guangxi-liuzhou-yufeng-maanshan-youeryuan-2023-danwei-yusuan-code-prefix-page.txt"
)
_ANREN = (
    "disclosure-report/sichuan-dazhou-dachuan-anren-2022-xinxi-gongkai-nianbao-notitle-cut-page.txt"
)


def test_a_notices_lead_naming_the_organs_that_act_together_names_its_issuers() -> None:
    """'…会昌县司法局会同会昌县人民法院、会昌县公安局面向社会公开选任…,现将有关事项公告如下' over
    a 公告 cut before its signature: the three organs (none had been read; and 会同, the verb,
    is not the county 会同 before the court's name)."""
    doc = corpus_doc(_HUICHANG)
    assert doc.issuers == ["会昌县司法局", "会昌县人民法院", "会昌县公安局"]


def test_the_leads_organs_outweigh_a_bylines_one() -> None:
    """'来源:来安县司法局' over a lead '来安县司法局、来安县人民法院、来安县公安局决定…': the
    three (the byline's one had been taken)."""
    assert corpus_doc(_LAIAN).issuers == ["来安县司法局", "来安县人民法院", "来安县公安局"]


def test_a_budget_units_code_glued_before_its_name_is_not_the_titles() -> None:
    """'360035柳州市马鞍山幼儿园2023年单位预算公开说明': the finance system's code of the unit
    before its name; the title and its issuer without it (no issuer had been read)."""
    doc = corpus_doc(_MAANSHAN)
    assert doc.title == "柳州市马鞍山幼儿园2023年单位预算公开说明"
    assert doc.issuers == ["柳州市马鞍山幼儿园"]


def test_an_untitled_reports_lead_over_its_first_section_names_whose_it_is() -> None:
    """'2022年,安仁乡人民政府坚持…现将我乡2022年度信息公开工作情况报告如下。' / '一、总体情况':
    the town government's 信息公开 report (no issuer and no kind had been read)."""
    doc = corpus_doc(_ANREN)
    assert doc.kind == "report"
    assert doc.issuers == ["安仁乡人民政府"]


_LINPING = (
    "announcement/zhejiang-hangzhou-linping-2022-tonggao56-donghu-jiedao-jiechu-guankong-page.txt"
)
_GUXIAN = "web-page/shanxi-linfen-guxian-2018-guzhengbanfa26-ziran-zaihai-jiuzhu-yuan-meta-page.txt"
_XINAN = "web-page/jiangsu-wuxi-xinwu-xinan-jiedao-2025-gongzuo-zongjie-meta-gov-page.txt"
_PENGSHUI = "repost/chongqing-pengshui-2022-yiqing-fangkong-yingji-yanlian-tonggao-twoline-title-qebk-page.txt"


def test_a_notices_year_and_serial_between_its_issuer_and_its_kind_are_its_number() -> None:
    """'某区…防控指挥部' / '2022年56号通告': the number bare between the organ and 通告 (no 第,
    no brackets), as '…指挥部〔2021〕第3号通告' is read."""
    doc = corpus_doc(_LINPING)
    assert doc.title == "杭州市临平区新冠肺炎疫情防控指挥部通告"
    assert doc.doc_number == "2022年56号"


def test_a_records_day_the_site_added_the_page_is_a_field_not_the_titles_end() -> None:
    """'标     题: 古县人民政府办公室 关于印发《…》的 通 知 添加日期: 2018-05-28': 添加日期 is the
    record's next label (it had been read into the title)."""
    doc = corpus_doc(_GUXIAN)
    assert doc.title == "古县人民政府办公室关于印发《古县自然灾害救助应急预案》的通知"
    assert doc.doc_number == "古政办发〔2018〕26号"


def test_a_record_field_run_into_the_next_labels_dashes_names_no_organ() -> None:
    """'发布机构 新安街道 附件下载 — —': the value run into the next field's label and its
    dashes ('新安街道附件下载——' had been the issuer); no organ's name holds a dash, so none is
    taken from it (missing, where it had been wrong)."""
    doc = corpus_doc(_XINAN)
    assert doc.title == "新安街道2025年度工作总结"
    assert doc.issuers == []


def test_an_autonomous_countys_short_name_opens_a_signers_name_wrapped_over_two_lines() -> None:
    """'彭水自治县新冠肺炎疫情防控' / '工作领导小组办公室' over the date, a paragraph a line: one
    signer (its second line alone had been taken; 彭水自治县 is how 彭水苗族土家族自治县 names
    itself)."""
    doc = corpus_doc(_PENGSHUI)
    assert doc.signature == ["彭水自治县新冠肺炎疫情防控工作领导小组办公室"]
    assert doc.issuers == ["彭水自治县新冠肺炎疫情防控工作领导小组办公室"]
