"""Rules found while scoring batch 46 (reposts, mirrors, 意见 and gazette items, reports and
budgets), each tested on a file it changed. Each expected value read off the file by hand
(the docstrings quote the lines); each test fails on the code before."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_number_the_first_sentence_cites_is_not_the_documents() -> None:
    """'民政部、国家劳动总局、财政部、教育部' (the line under the title) / '国务院国发〔1980〕121号文件
    批转了民政部、国家劳动总局、财政部和教育部《…》': the document prints no 文号 of its own."""
    doc = corpus_doc(
        "opinion/minzhengbu-laodongzongju-caizhengbu-jiaoyubu-1980-biyesheng-gongzi-chuli-yijian-joint4-infoeach-page.txt"
    )
    assert doc.doc_number is None
    assert doc.body[0].text.startswith("国务院国发〔1980〕121号文件批转了")


def test_a_lists_clause_is_no_title() -> None:
    """'附:' / '平凉市人民政府关于调整全市最低工资标准的通知' / … / '崆峒区、平凉工业园区(二类地区):
    1570元/月(小时最低工资:16.5元);' (a clause of the list, ending ';')."""
    doc = corpus_doc(
        "repost/gansu-pingliang-2017-zuidi-gongzi-tiaozheng-tongzhi-fu-news-plhmtz-page.txt"
    )
    assert (doc.title, doc.kind) == ("平凉市人民政府关于调整全市最低工资标准的通知", "notice")
    assert (doc.issuers, doc.date) == (["平凉市人民政府"], "2017-07-10")


def test_a_mirrors_blocks_inside_the_title() -> None:
    """'公海游戏大厅手机版关于印发《河南省民政行政处罚裁量标准适用规则(试行)》等5个制度的▓通知':
    the block is the mirror's (the spam name stands where the organ's stood, as printed)."""
    doc = corpus_doc(
        "mirror-noise/henan-minzhengting-2009-xingzheng-chufa-cailiang-guize-yinfa-spam-name-blocks-glitzwood-page.txt"
    )
    assert doc.title == (
        "公海游戏大厅手机版关于印发《河南省民政行政处罚裁量标准适用规则(试行)》等5个制度的通知"
    )


def test_an_organs_order_by_its_number_on_two_lines() -> None:
    """'红安县新型冠状病毒感染的肺炎防控指挥部' / '2号令': one title, which is its number."""
    doc = corpus_doc(
        "repost/hubei-huanggang-hongan-2020-fangkong-zhihuibu-2haoling-news-redhongan-page.txt"
    )
    assert doc.title == doc.doc_number == "红安县新型冠状病毒感染的肺炎防控指挥部2号令"
    assert doc.issuers == ["红安县新型冠状病毒感染的肺炎防控指挥部"]


def test_a_law_databases_unlabelled_row_and_its_text_label() -> None:
    """'2007-10-01 山西省人民政府辦公廳 晉政辦發〔2007〕120號    山西省' (the record's values, no
    labels) / '內容: 各市、縣人民政府,省人民政府各委、廳,各直屬機構,各大中型企業,各中央駐晉單位:'."""
    doc = corpus_doc(
        "mirror-noise/shanxi-2007-jinzhengbanfa120-zuidi-gongzi-tiaozheng-tongzhi-trad-qmark-spam-lawdb-tjdiaoyu-page.txt"
    )
    assert doc.doc_number == "晉政辦發〔2007〕120號"
    assert doc.addressees == [
        "各市、縣人民政府",
        "省人民政府各委、廳",
        "各直屬機構",
        "各大中型企業",
        "各中央駐晉單位",
    ]


def test_a_work_reports_headline_between_a_sites_tags() -> None:
    """'(黑龙江)2021年肇源县人民政府工作报告(全文)' (the report prints no title of its own): the
    county's government."""
    doc = corpus_doc(
        "work-report/heilongjiang-daqing-zhaoyuan-2021-work-report-hek-noise-dup-head-gongwensou-page.txt"
    )
    assert doc.issuers == ["肇源县人民政府"]


def test_a_towns_disclosure_report_by_its_national_forms_opening() -> None:
    """'本年报是根据《中华人民共和国政府信息公开条例》和《…办法》的要求,由七户乡编制的2020度政府
    信息公开年度报告。' (no title): the township's government's report."""
    doc = corpus_doc(
        "disclosure-report/xinjiang-changji-qitai-qihuxiang-2020-disclosure-report-notitle-bodystart-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("report", ["七户乡人民政府"])


def test_a_disclosure_reports_first_part_opens_with_its_organ() -> None:
    """A spam name in the lead, then '一、总体情况' / '(一)主动公开政府信息情况:西柳镇人民政府利用
    电子屏、公告栏、条幅等主动对外更新政府信息27次'."""
    doc = corpus_doc(
        "disclosure-report/liaoning-anshan-haicheng-xiliu-2023-disclosure-report-spam-notitle-page.txt"
    )
    assert (doc.kind, doc.issuers) == ("report", ["西柳镇人民政府"])


def test_a_records_department_by_the_name_its_title_prints_with_its_place() -> None:
    """'2023年度海原甘盐池种羊场部门决算' over the record's '责任部门 甘盐池种羊场'."""
    doc = corpus_doc(
        "dept-budget/ningxia-zhongwei-haiyuan-ganyanchi-zhongyangchang-2023-final-accounts-portal-meta-gov-page.txt"
    )
    assert doc.issuers == ["海原甘盐池种羊场"]
