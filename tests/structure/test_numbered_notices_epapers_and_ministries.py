"""The twenty-ninth batch (36 files: page-store pages of Tianjin, Beijing, Hebei, Hainan,
Qinghai, Ningxia, Xizang, Guangxi and Xinjiang, national ministries' pages and PDF texts)
measured before its rules, and the rules of their kinds, each on its real file: a 公告's title
with its number run on; a 公告 numbered in its organ's series, the number first ('…总局2011年
第139号公告'), and the organ that numbers an unsigned one its issuer; an e-paper's pager, its
link to the old edition, its registered number and its zoom buttons; a record as a numbered
list of bracketed labels; the note of the order that promulgated rules, after the meeting that
adopted them, read as the promulgation (its 令 and date); a 文号 padded with spaced question
marks; a ministry and a national administration printed together; a national organ placed by
no county. Every expected value was read off the file by hand (the docstrings quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc


def test_a_notices_title_with_its_number_run_on() -> None:
    """'定州市人民政府征收土地公告2025年第10号' / '西城区夏庄子社区、西关西街社区及有关农户:'."""
    doc = corpus_doc("announcement/hebei-dingzhou-2025-zhengdi-gonggao10-gov-page.txt")
    assert (doc.title, doc.doc_number) == ("定州市人民政府征收土地公告", "2025年第10号")


def test_a_notice_numbered_in_its_organs_series_number_first() -> None:
    """'當前位置:首頁 >>總局公告' / '國家質檢總局2011年第139號公告' / '2011年09月23日 00:00????
    信息來源:國家質檢總局' / '關于調整進口麥麩類植物源性飼料風險級別和檢驗檢疫監(jiān)管方式的公告'
    … '特此公告。' / '二〇一一年九月十九日' (unsigned)."""
    doc = corpus_doc(
        "announcement/zhijianzongju-2011-gonggao139-maifu-siliao-trad-pinyin-spam-page.txt"
    )
    assert (doc.title, doc.doc_number, doc.issuers, doc.date) == (
        "關于調整進口麥麩類植物源性飼料風險級別和檢驗檢疫監管方式的公告",
        "國家質檢總局2011年第139號公告",
        ["國家質檢總局"],
        "2011-09-19",
    )


def test_an_epapers_pager_and_zoom_buttons() -> None:
    """'2020年02月24日 星期一 返回报网首页 | 版面导航' / '当前版: 02版 上一版 下一版 上一期
    下一期 往期' / '上一篇 下一篇' / '放大 缩小 默认' / '阿东主持召开七届市政府第85次常务会议'."""
    doc = corpus_doc("minutes/hainan-sanya-2020-szf-cwh85-fugong-epaper-page.txt")
    assert doc.title == "阿东主持召开七届市政府第85次常务会议"


def test_an_epapers_registered_number_and_old_edition() -> None:
    """'国内统一连续出版物号:CN45-0005' / '梧州零距离 梧州日报 西江都市报 旧版入口:梧州日报
    西江都市报 (2021年10月10日前数字报)' / '2023年12月15日' / '市十五届人民政府召开第44次常务会议'."""
    doc = corpus_doc("minutes/guangxi-wuzhou-2023-szf-cwh44-news-epaper-page.txt")
    assert doc.title == "市十五届人民政府召开第44次常务会议"


def test_a_record_as_a_numbered_list_of_bracketed_labels() -> None:
    """'  3. [实施日期] ----' / '  4. [成文日期] 2026-03-09' / '  5. [发文字号] 朝政办发 〔2026〕
    2号' (the text cut before its signature): an empty field is no label waiting for a value."""
    doc = corpus_doc("web-page/beijing-chaoyang-2026-zhengbanfa2-meili-chaoyang-meta-gov-page.txt")
    assert (doc.doc_number, doc.date) == ("朝政办发〔2026〕2号", "2026-03-09")


def test_an_orders_note_after_the_adopting_meeting() -> None:
    """'(2002年11月21日拉萨市人民政府常务会议审议通过 2002年12月18日拉萨市人民政府令第1号公布)';
    and '(2024年4月18日经国家发展改革委第11次委务会通过 2024年4月25日国家发展改革委令第20号公布 '
    (a ministry's meeting), whose text reads '国家能源局会同国家发展改革委负责…' (会同, a county's
    name too: no place before a national organ)."""
    doc = corpus_doc("order/xizang-lasa-2002-ling1-budalagong-guangchang-banfa-infoeach-page.txt")
    assert (doc.doc_number, doc.date) == ("拉萨市人民政府令第1号", "2002-12-18")
    doc = corpus_doc(
        "web-page/national-ndrc-2024-ling20-dianli-shichang-yunxing-guize-govcn-electricityrag.txt"
    )
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "国家发展改革委令第20号",
        "2024-04-25",
        ["国家发展改革委"],
    )


def test_a_number_padded_with_spaced_question_marks_and_two_ministries() -> None:
    """'財政部國家稅務(wù)總局關(guān)于明確金融 房地產(chǎn)開發(fā) 教育輔助服務(wù)等增值稅政策的通知' /
    '財稅[2016]140號 ? ? ? ? ? ? ?2016.12.21'."""
    doc = corpus_doc(
        "repost/caizhengbu-shuiwuzongju-2016-caishui140-zengzhishui-jiedu-trad-pinyin-page.txt"
    )
    assert (doc.doc_number, doc.date, doc.issuers) == (
        "財稅[2016]140號",
        "2016-12-21",
        ["財政部", "國家稅務總局"],
    )


def test_a_news_headline_of_an_appointment_opens_a_title() -> None:
    """'地方联播政务动态' / '新农村网_新农村客户端' / '当前位置:' / '卢映川辞去北京市副市长职务' /
    '时间:2021-11-26 13:16人气:来源: 央视新闻客户端'; and '栗战书任黑龙江省代理省长 杜家毫孙尧
    黄建盛任副省长' / '2007-12-25 15:11:24 来源:东北网 作者:' over the newspaper's own heads
    ('省人大常委会第三十一次会议结束' / '钱运录出席 栗战书任代理省长')."""
    doc = corpus_doc("personnel/beijing-2021-npcsc-fushizhang-cizhi-news-xncapp-page.txt")
    assert doc.title == "卢映川辞去北京市副市长职务"
    doc = corpus_doc("personnel/heilongjiang-2007-npcsc-daili-shengzhang-fushengzhang-dbw-page.txt")
    assert doc.title == "栗战书任黑龙江省代理省长杜家毫孙尧黄建盛任副省长"  # (its space closed up)
