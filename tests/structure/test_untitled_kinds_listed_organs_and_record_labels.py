"""Batch 32 of the corpus (county and city 批复 and 函, joint notices, untitled reports, 通报):
each expected value read off the file by hand; the docstrings quote the lines."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_records_publishing_body_is_no_title() -> None:
    """'• 公开主体:' / '上海市崇明区人民政府办公室' among the record's bulleted fields, each value
    two lines under its label (the office's name had been taken for the title)."""
    doc = corpus_doc(
        "reply/shanghai-chongming-2021-huchongfu56-nongye-xianxing-pianqu-guihua-pifu-meta-gov-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers, doc.kind) == (
        "上海市崇明区人民政府关于同意《上海市崇明区农业高质量发展先行片区规划》的批复",
        "沪崇府复〔2021〕56号",
        ["上海市崇明区人民政府"],
        "reply",
    )


def test_a_reports_title_run_onto_its_salutation() -> None:
    """'盘山县2023年政府工作报告各位代表:现在,我代表盘山县人民政府向大会报告工作,…' (the whole
    report on one line; the title and '各位代表' had been read as a 主送)."""
    doc = corpus_doc("work-report/liaoning-panjin-panshan-2023-work-report-oneline-3366ai-page.txt")
    assert (doc.title, doc.addressees, doc.kind) == ("盘山县2023年政府工作报告", [], "report")


def test_an_organ_a_numbered_item_lists_is_no_signer() -> None:
    """'2、職能單位末位排名' / '交通局' / (blank) / '舟曲縣全域無垃圾專項治理領導小組辦公室' /
    '2020年4月10日'."""
    doc = corpus_doc(
        "web-page/gansu-gannan-zhouqu-2020-huanjing-zhengzhi-ducha-tongbao-pinyin-page.txt"
    )
    assert (doc.signature, doc.issuers) == (
        ["舟曲縣全域無垃圾專項治理領導小組辦公室"],
        ["舟曲縣全域無垃圾專項治理領導小組辦公室"],
    )


def test_what_an_untitled_texts_words_say_it_is() -> None:
    """'新政函〔2016〕156号' / '新邵岳坪峰国家森林公园管理处:' / '你处《关于请求撤销…的请示》
    (新岳森〔2016〕52号)收悉。…同意撤销…'; '渠县人大常委会:' / '…现将渠县2024年财政总决算和
    2025年1-6月财政预算执行情况报告如下,请予审议。'; '根据《中华人民共和国政府信息公开条例》
    (…)及上级有关文件要求,编制本局2018年度政府信息公开报告,…'; '主任、各位副主任、各位委员:
    我受区人民政府的委托,向区七届人大常委会第三次会议,作关于2021年区本级决算和…的报告。'"""
    reply = corpus_doc(
        "reply/hunan-shaoyang-xinshao-2016-xinzhenghan156-longshan-baohuqu-chexiao-pifu-notitle-gov-page.txt"
    )
    assert (reply.title, reply.doc_number, reply.kind) == ("", "新政函〔2016〕156号", "reply")
    for path in (
        "line-shapes/sichuan-dazhou-quxian-2025-zongjuesuan-yusuan-zhixing-baogao-noblanks-notitle-gov-page.txt",
        "disclosure-report/sichuan-guangyuan-cangxi-nongyenongcun-2018-disclosure-report-notitle-gov-page.txt",
        "line-shapes/shanghai-minhang-2022-juesuan-shangbannian-yusuan-baogao-oneline-notitle-gov-page.txt",
    ):
        assert corpus_doc(path).kind == "report", path
    # a letter that answers a proposal: '南平市民政局关于市政协五届四次会议' / '204293号提案答复的函'
    letter = corpus_doc(
        "reply/fujian-nanping-mzj-2020-nanminhan28-zhengxie-tian204293-dafu-han-xzqh-page.txt"
    )
    assert letter.kind == "reply"


def test_a_sources_label_and_a_code_with_a_bracketed_part_last() -> None:
    """'本文来源: 国土资源厅' / '皖国土资函〔2016〕843号' / '省住建厅:'; '文 号: | 新城管委(马府)
    〔2017〕26号 | 公开类型: | 主动公开 |'."""
    doc = corpus_doc(
        "reply/anhui-gtzyt-2016-wanguotuzihan843-zhengxie-tian515-dafu-han-baogaosu-page.txt"
    )
    assert (doc.doc_number, doc.addressees) == ("皖国土资函〔2016〕843号", ["省住建厅"])
    doc = corpus_doc(
        "reply/shanghai-jiading-malu-2017-xinchengguanwei26-fanjia-guihua-zhengxun-han-meta-gov-page.txt"
    )
    assert doc.doc_number == "新城管委(马府)〔2017〕26号"


def test_a_related_articles_label_over_the_addressees() -> None:
    """'| | |' / '相关文章:' / '  有关市、县(区)财政局、水利局:' / '  根据财政部《…》…'."""
    doc = corpus_doc(
        "redhead/fujian-czt-slt-2021-shuiku-yimin-houqi-fuchi-zijin-joint-gov-page.txt"
    )
    assert doc.addressees == ["有关市、县(区)财政局、水利局"]


def test_twelve_joint_signers_two_a_line() -> None:
    """Six rows of two: '青海省卫生厅                        青海省发展和改革委员会' … '青海省妇女
    联合会                      青海省旅游局' / '二○○九年五月一日' (the last row had been one name:
    a people's organisation's 联合会 was no organ's end)."""
    doc = corpus_doc("redhead/qinghai-2009-h1n1-liugan-yuan-yinfa-joint12-baogaosu-page.txt")
    assert len(doc.issuers) == 12
    assert doc.issuers[-2:] == ["青海省妇女联合会", "青海省旅游局"]
    assert doc.date == "2009-05-01"


def test_a_title_that_lost_a_bracket_by_the_headline_that_prints_it() -> None:
    """The headline '六安市裕安区发展和改革委员会 六安市裕安区财政局 六安市裕安区工业和信息化局关于公布
    裕安区区级涉企收费清单(2024年)的通知', then the head: '六安市裕安区发展和改革委员会  六安市' /
    '裕安区财政局  六安市裕安区工业和信息化局' / '关于公布裕安区区级涉企收费清单' / '2024年)的通知'
    (its '(' lost, its issuers' lines taken for a masthead)."""
    doc = corpus_doc("redhead/anhui-luan-yuan-2024-sheqi-shoufei-qingdan-joint3-gov-page.txt")
    assert doc.title == (
        "六安市裕安区发展和改革委员会六安市裕安区财政局六安市裕安区工业和信息化局"
        "关于公布裕安区区级涉企收费清单(2024年)的通知"
    )
