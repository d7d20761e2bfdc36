"""Rules found in the session of 2026-12-05 (ninth): batches 69 (民政, 市场监管 and older 国土
and 林业 documents), 70 (交通, 气象 and 地震; 农业农村 and 生态环境; 人社, 医保, 应急 and 价格
documents) and 72 (批复 and 复函; 会议纪要 and 常务会议 records; 政府令 and 规范性文件), found
by topic. Each tested on a file it changed; each expected value was read
off the file by hand (the docstrings quote the lines); each test fails on the code before its
rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_contacts_number_under_its_label_is_no_title() -> None:
    """'联系电话:0718-4335395 18986856657' / '18986856619' / '恩施州林业局举报电话: 0718-8417125'
    / '二〇一三年四月八日': a 公示 that prints no title; the contact's lines are none (the number
    wrapped onto its own line was the title)."""
    doc = corpus_doc(
        "announcement/hubei-enshi-badong-2013-sanjianguan-linchang-fuyu-jianfa-gongshi-notitle-page.txt"
    )
    assert (doc.title, doc.date) == ("", "2013-04-08")


def test_a_news_apps_prompt_is_the_apps() -> None:
    """'重庆头条' / 'APP内浏览' / '湖北省民政厅:2月3日起,全省暂停办理婚姻登记': the app's prompt to
    read the item in it is the page's tool, no title (it was the title)."""
    doc = corpus_doc("repost/hubei-mzt-2020-hunyin-dengji-zanting-gonggao-news-app-cqqnb-page.txt")
    assert doc.title == ""


def test_an_orders_organ_is_read_from_its_number() -> None:
    """'【發(fā)布單位】河北省' / '【發(fā)布文號(hào)】河北省人民政府令〔2003〕第1號(hào)' /
    '河北省關(guān)于家畜禁止放牧…的暫行規(guī)定': an order whose title names only its place; the organ
    before 令 in its number issues it (it was '河北省')."""
    doc = corpus_doc(
        "mirror-noise/hebei-2003-ling1-jiachu-jinzhi-fangmu-quanyang-guiding-trad-pinyin-131bbs-page.txt"
    )
    assert (doc.doc_number, doc.issuers) == ("河北省人民政府令〔2003〕第1號", ["河北省人民政府"])


def test_a_series_issue_after_a_title_is_its_number() -> None:
    """'連云區(qū)食品安全監(jiān)督抽檢公告(2019年第6期)' and '2022年食品安全监督抽检公示(第34期)':
    the issue of a series, bracketed after the title, is the document's number, as '(2019年第6
    号)' is (it was part of the title)."""
    lianyun = corpus_doc(
        "mirror-noise/jiangsu-lianyungang-lianyun-scjgj-2019-choujian-gonggao6-trad-pinyin-mirror-page.txt"
    )
    assert (lianyun.title, lianyun.doc_number) == ("連云區食品安全監督抽檢公告", "2019年第6期")
    wuxi = corpus_doc(
        "mirror-noise/jiangsu-wuxi-scjgj-2022-choujian-gongshi34-placename-spam-replaced-mirror-page.txt"
    )
    assert (wuxi.title, wuxi.doc_number) == ("2022年食品安全监督抽检公示", "第34期")


def test_a_title_whose_text_announces_its_kind_is_the_documents_under_a_lead() -> None:
    """'标题:' / '寒衣节,你文明祭扫了吗?28日,平谷区全域内全时段全面禁烧' / '亲爱的网友:' / two
    paragraphs of the forum's lead / '平谷区全面禁烧公告' / '2019年10月28日…现公告如下:': the text
    under the line announces the 公告 the line names, so the line is the document's own title
    (the forum's headline was)."""
    doc = corpus_doc(
        "repost/beijing-pinggu-2019-hanyijie-quanmian-jinshao-gonggao-joint-sig-forum-printable-page.txt"
    )
    assert (doc.title, doc.kind) == ("平谷区全面禁烧公告", "announcement")
    assert doc.issuers == ["中共北京市平谷区委社会工作委员会", "北京市平谷区民政局"]


def test_no_title_is_looked_for_past_the_texts_closing_words() -> None:
    """A 反馈 that prints no title: its paragraph, '特此反饋。', then '泗陽縣交通運輸局' /
    '泗陽縣交通產業集團有限公司' / '2024年5月20日': the closing words end the text, the organs
    under them sign it (the first organ was the title, and no one signed)."""
    doc = corpus_doc(
        "mirror-noise/jiangsu-suqian-siyang-2024-gongjiao-xianlu-zhengqiu-fankui-trad-notitle-page.txt"
    )
    assert doc.title == ""
    assert doc.signature == ["泗陽縣交通運輸局", "泗陽縣交通產業集團有限公司"]
    assert (doc.date, doc.issuers) == ("2024-05-20", doc.signature)


def test_a_date_without_its_marks_under_a_number_is_a_tables() -> None:
    """'审批文号' / '审批时间' / '1' / '年产5万吨钢箱梁及隧道智能装备项目' / '文开发行审环﹝2023﹞10号'
    / '2023830': a table flattened a cell a line, its last row's 文号 and date at the page's end,
    under no signer: the approval's date, not the 公告's (it was read as 2023-08-30)."""
    doc = corpus_doc(
        "announcement/shanxi-luliang-wenshui-kaifaqu-2023-huanping-shenpi-jueding-gonggao-notitle-gov-page.txt"
    )
    assert (doc.date, doc.doc_number) == (None, None)


def test_a_headline_of_a_meeting_held_names_no_organ() -> None:
    """'昭阳新闻' / '区政府召开第十六次常务会' / '来源:昭阳信息网 …': a sentence of who held what
    meeting, the news item's headline; no organ issues it (it was the issuer, and the item had
    no title)."""
    doc = corpus_doc("minutes/yunnan-zhaotong-zhaoyang-2008-qzf-cwh16-news-laiyuan-zuozhe-page.txt")
    assert (doc.title, doc.issuers) == ("区政府召开第十六次常务会", [])


def test_a_rules_title_note_and_text_on_one_line_are_read_apart() -> None:
    """'济南市扬尘污染防治管理规定 (2008年11月24日济南市人民政府令第234号公布 根据2019年1月21日
    济南市人民政府令第264号修订) 第一条 为防治扬尘污染…', all on one line: the title, the note of
    how it was made and the text apart, so the order it was made by is read (the title ran
    on into the note, and the date was the revision's)."""
    doc = corpus_doc(
        "order/shandong-jinan-2008-ling234-yangchen-wuran-guiding-xiuding-oneline-csrcare-page.txt"
    )
    assert doc.title == "济南市扬尘污染防治管理规定"
    assert (doc.doc_number, doc.date) == ("济南市人民政府令第234号", "2008-11-24")
    assert doc.issuers == ["济南市人民政府"]


def test_a_sharing_sites_document_number_is_the_sites() -> None:
    """'石家庄市大气污染防治管理办法.docx' / '- 文档编号:4375544' / '- 上传时间:2022-12-01' …: the
    site's number of the file it shows is its record, as its upload time is (it ran into the
    title: '….docx- 文档编号:4375544')."""
    doc = corpus_doc(
        "order/hebei-shijiazhuang-2013-ling184-daqi-wuran-banfa-docx-viewer-bdocx-page.txt"
    )
    assert doc.title == "石家庄市大气污染防治管理办法"


def test_a_note_of_a_meeting_that_discussed_and_passed_a_rule_names_its_order() -> None:
    """'石家庄市大气污染防治管理办法' / '(2013年10月14日市第十三届人民政府第十次常务会议讨论通过
    2013年10月27日石家庄人民政府令第184号发布自2013年12月1日起施行)': the meeting '讨论通过' the
    rule, then the order that promulgated it and when it takes effect (none of them was read);
    the order's 文号 as printed, its place without its level."""
    doc = corpus_doc(
        "order/hebei-shijiazhuang-2013-ling184-daqi-wuran-banfa-docx-viewer-bdocx-page.txt"
    )
    assert (doc.doc_number, doc.date) == ("石家庄人民政府令第184号", "2013-10-27")
    assert (doc.issuers, doc.kind, doc.valid_from) == (["石家庄人民政府"], "order", "2013-12-01")


def test_a_reports_opening_clause_of_whose_lead_names_no_organ() -> None:
    """'一、总体情况' / '2020年,在区委、区政府的正确领导下,…区人民政府北京街道办事处认真贯彻落实
    《中华人民共和国政府信息公开条例》…' (the lines as a mirror of a 广州 street office's 2020
    annual report prints them; staged with batch 73, not in the corpus): the clause says under
    whose lead the office worked, and names no reporting organ '在区委' (it was the report's
    issuer)."""
    from gongbao.clean import Group
    from gongbao.read import Line
    from gongbao.structure import _disclosure_reporter

    lines = [
        "一、总体情况",
        "2020年,在区委、区政府的正确领导下,新葡京博彩官网区人民政府北京街道办事处认真贯彻落实"
        "《中华人民共和国政府信息公开条例》等有关法规和文件要求",
    ]
    groups = [Group([Line(no, text)]) for no, text in enumerate(lines, 1)]
    assert _disclosure_reporter(groups) is None
