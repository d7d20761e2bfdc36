"""Heads and signatures of layouts met on real pages: a law database's title cut short under
its headline; a joint title printed one issuer a line; an issuer printed at the top and again
over the date (it signs); joint issuers on one signature line; an older 文号 with the year
first ('(78)交公路字412号'); a page that opens with its adoption line (no title); a page's
time stamp with the year last; a news report of several paragraphs over the 公告 it reports
('公 告' spread apart); a congress's 公告 that prints the rules it adopts; a page's name over
the title as the document prints it, without its issuer; a meeting's page headlined as news
whose text minutes it; an untitled decision on a post; a signer run onto the list of
attachments in flattened text. Expected values checked by hand
against the files in tests/corpus (each file's label records what it prints)."""

from __future__ import annotations

from gongbao.docnumber import find_doc_number
from gongbao.model import Issue
from tests.structure.corpus_pages import corpus_doc as _doc
from tests.structure.corpus_pages import corpus_issue as _issue


def _appointments(issue: Issue) -> list[tuple[str, str, list[str], list[str]]]:
    return [(a.person, a.action, a.positions, a.qualifiers) for a in issue.facts["appointments"]]


def test_a_title_cut_short_is_completed_by_the_headline_above() -> None:
    d = _doc("web-page/zhejiang-jinhua-2010-jianyi-tian-lawdb-page.txt")
    assert d.title == "关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知"
    assert (d.doc_number, d.date, d.kind) == ("金政办发〔2010〕15号", "2010-04-07", "notice")
    assert d.issuers == ["浙江省金华市人民政府办公室"]


def test_a_joint_title_one_issuer_a_line_and_its_joint_signature() -> None:
    d = _doc("web-page/chongqing-yongchuan-laisu-2021-huanjie-xuanju.txt")
    assert d.title == (
        "中共重庆市永川区来苏镇委员会重庆市永川区来苏镇人民政府"
        "关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知"
    )
    both = ["中共重庆市永川区来苏镇委员会", "重庆市永川区来苏镇人民政府"]
    assert d.issuers == both
    assert d.signature == both


def test_the_issuer_over_the_date_signs_though_it_is_the_first_line() -> None:
    d = _doc("reply/shandong-linyi-lanling-2024-shuiyuan-baohuqu-gov-page.txt")
    assert d.signature == ["兰陵县人民政府"]
    assert d.date == "2024-04-30"


def test_joint_issuers_on_one_signature_line_sign_each() -> None:
    d = _doc("redhead/fujian-quanzhou-czj-nyj-2019-tese-nongye-joint.txt")
    assert d.signature == ["泉州市财政局", "泉州市农业农村局"]
    d = _doc("redhead/zhongban-guoban-2020-cunzhuang-flat.txt")
    assert d.signature == ["中共中央办公厅", "国务院办公厅"]


def test_an_older_number_with_the_year_first() -> None:
    assert find_doc_number("((78)交公路字412号)") == "(78)交公路字412号"
    assert find_doc_number("（78）国发字第12号") == "（78）国发字第12号"
    assert find_doc_number("〔1996〕武司字第82号") == "〔1996〕武司字第82号"
    assert find_doc_number("汉字3号") is None  # no bracketed year: no number
    d = _doc("web-page/jiaotongbu-1978-gonglu-biaozhun-sheji-lawdb.txt")
    assert d.title == "关于颁发《公路工程标准设计管理办法》(试行)的通知"
    assert (d.doc_number, d.date, d.issuers) == ("(78)交公路字412号", "1978-03-23", ["交通部"])
    # the rules it 颁发, '(试行)' after their quotes, printed under it over two lines
    assert [a.title for a in d.attachments] == ["公路工程标准设计管理办法(试行)"]


def test_an_adoption_line_is_no_title() -> None:
    d = _doc("personnel/zhejiang-wenzhou-lucheng-2011-npcsc-cizhi-notitle-page.txt")
    assert d.title == ""
    assert d.date == "2011-07-18"
    assert d.issuers == ["温州市鹿城区人大常委会"]


def test_a_time_stamp_with_the_year_last_and_a_posted_time_are_the_pages() -> None:
    d = _doc("personnel/anhui-2018-npcsc-fangchunming-cizhi-baogaosu-page.txt")
    assert (d.title, d.date) == (
        "安徽省人民代表大会常务委员会关于接受方春明辞职请求的决定",
        "2018-01-17",
    )
    d = _doc("personnel/hubei-2021-npcsc-wangxiaodong-cizhi-spam-page.txt")
    assert (d.date, d.issuers) == ("2021-05-07", ["湖北省人民代表大会常务委员会"])


def test_a_notice_under_a_news_report_of_several_paragraphs() -> None:
    d = _doc("npc/hubei-yichang-wufeng-2021-npcsc-huiyi-gonggao-news-page.txt")
    assert (d.title, d.doc_number, d.date, d.kind) == (
        "五峰土家族自治县人民代表大会常务委员会公告",
        "〔2021〕第2号",
        "2021-04-23",
        "announcement",
    )
    assert d.issuers == ["五峰土家族自治县人民代表大会常务委员会"]


def test_a_congress_notice_titled_by_the_rules_it_adopts() -> None:
    d = _doc("npc/hunan-zhuzhou-youxian-2022-renda-yishi-guize-gonggao-page.txt")
    assert (d.title, d.doc_number, d.date, d.kind) == (
        "攸县人民代表大会议事规则",
        "第4号",
        "2022-02-25",
        "regulation",
    )


def test_the_title_as_printed_under_the_pages_name_for_it() -> None:
    d = _doc("reply/shanghai-2018-beiwaitan-jiedao-wikisource-page.txt")
    assert d.title == "关于同意撤销虹口区提篮桥街道和调整四川北路街道管辖范围建立北外滩街道的批复"
    assert (d.doc_number, d.issuers) == ("沪府〔2018〕8号", ["上海市人民政府"])
    # the same form where the issuer's line over the title belongs to it: kept whole
    d = _doc("opinion/shandong-jining-2021-shixian-tongquan.txt")
    assert d.title == "济宁市人民政府关于持续深化“市县同权”改革的实施意见"


def test_a_post_before_the_name_and_an_acting_post_beside_another() -> None:
    issue = _issue("personnel/hubei-fangxian-2016-npcsc-daili-xianzhang-news-page.txt")
    got = _appointments(issue)
    assert ("纪道清", "appoint", ["县人民政府副县长"], []) in got
    assert ("纪道清", "appoint", ["县人民政府县长"], ["代理"]) in got
    assert not any(person.startswith("县委") for person, *_ in got)


def test_a_resignation_accepted_without_the_word_request() -> None:
    issue = _issue("personnel/zhejiang-wenzhou-lucheng-2011-npcsc-cizhi-notitle-page.txt")
    got = _appointments(issue)
    assert got == [("王立彤", "remove", ["温州市鹿城区人民政府区长"], ["辞职"])]


def test_a_meeting_headlined_as_news_whose_text_minutes_it() -> None:
    d = _doc("minutes/zhejiang-ningbo-fenghua-2021-cwhy86-gov-page.txt")
    assert (d.kind, d.date, d.issuers) == ("minutes", "2021-03-04", ["区政府办公室"])


def test_an_untitled_decision_on_a_post_is_a_personnel_document() -> None:
    assert _doc("personnel/zhejiang-wenzhou-lucheng-2011-npcsc-cizhi-notitle-page.txt").kind == (
        "personnel"
    )
    # a news item that reports such a decision, with no adoption line, is not made one
    assert _doc("personnel/anhui-mingguang-2016-npcsc-fushizhang-news-page.txt").kind != (
        "personnel"
    )


def test_a_reports_title_with_its_occasion_run_on_after_a_dash() -> None:
    d = _doc("work-report/hebei-chengde-weichang-2021-work-report-gov-page.txt")
    assert (d.title, d.date, d.kind) == ("政府工作报告", "2021-07-29", "report")
    # the speaker is 自治县人民政府代理县长: the county the meeting names, not '…代理人民政府'
    assert d.issuers == ["围场满族蒙古族自治县人民政府"]


def test_a_metadata_row_whose_label_was_closed_up() -> None:
    # '标   题 县政府办…' under the table's other rows, its spaces closed: still a row
    d = _doc("disclosure-report/shaanxi-yulin-fugu-xzfb-2022-disclosure-report-gov-page.txt")
    assert (d.title, d.date) == ("县政府办2022年度政府信息公开工作年度报告", "2023-01-18")


def test_a_title_that_carries_out_another_organs_document() -> None:
    d = _doc("line-shapes/zhejiang-2009-changsanjiao-shishi-yijian-oneline-shui5-page.txt")
    assert (d.doc_number, d.issuers) == ("浙政发[2009]69号", ["浙江省人民政府"])


def test_an_untitled_text_that_says_it_is_a_notice_to_the_public() -> None:
    d = _doc("announcement/guangdong-meizhou-wuhua-2022-jinran-notitle-page.txt")
    assert (d.title, d.kind, d.issuers) == ("", "announcement", ["五华县人民政府"])


def test_the_title_naming_its_issuer_under_a_content_farms_headline() -> None:
    d = _doc("announcement/henan-xinyang-xixian-jinran-trad-spun-page.txt")
    assert (d.title, d.issuers, d.kind) == (
        "息縣人民政府關於息縣全面禁止燃放煙花爆竹的通告",
        ["息縣人民政府"],
        "announcement",
    )


def test_two_texts_a_notice_issues_without_quotes() -> None:
    d = _doc("redhead/shanxi-yangquan-chengqu-2021-gongzuo-guize-gov-page.txt")
    # the second is cut off the page: only the first is printed, so only it is found
    assert [a.title for a in d.attachments] == ["阳泉市城区人民政府工作规则"]


def test_documents_alone_under_one_title_and_no_number_are_told_apart() -> None:
    # seven work reports titled 政府工作报告 with no 文号 (four years of one district, two
    # counties, a province): each its own id, where the title alone gave them one
    reports = [
        "work-report/hebei-chengde-weichang-2021-work-report-gov-page.txt",
        "work-report/hunan-2025-work-report.txt",
        "work-report/neimenggu-hailar-2012-work-report.txt",
        "work-report/neimenggu-hailar-2014-work-report.txt",
        "work-report/neimenggu-hailar-2018-work-report.txt",
        "work-report/neimenggu-hailar-2019-work-report.txt",
        "work-report/sichuan-suining-chuanshan-2010-work-report-gov-page.txt",
    ]
    ids = {_issue(p).id for p in reports}
    assert len(ids) == len(reports)
    # one document printed by two sites is one document
    a = _issue("opinion/anhui-anqing-taihu-2019-gongzuo-guize-page.txt")
    b = _issue("web-page/anhui-taihu-2019-work-rules-notice.txt")
    assert a.id == b.id


def test_a_signer_run_onto_the_list_of_attachments_in_flattened_text() -> None:
    # '附件:1.省扶贫开发领导小组成员单位2.报名回执山东省扶贫开发领导小组2021年1月13日' on one
    # line: the list, the signer (a place's organ, ending at the date) and the date apart
    d = _doc("redhead/shandong-fupin-2021-huiyi-flat.txt")
    assert d.signature == ["山东省扶贫开发领导小组"]
    assert d.date == "2021-01-13"
    assert [a.title for a in d.attachments] == ["省扶贫开发领导小组成员单位", "报名回执"]
    # two organs run together: both sign, the place's name kept on each
    d = _doc("redhead/fujian-longyan-gxj-lyj-2022-caifa-flat.txt")
    assert d.signature == ["龙岩市工业和信息化局", "龙岩市林业局"]
    d = _doc("redhead/shandong-shengwei-szf-2021-waishi-flat.txt")
    assert d.signature == ["中共山东省委", "山东省人民政府"]


def test_a_string_that_spanned_a_mirrors_pinyin_is_put_back_as_printed() -> None:
    # '各區(qū)(市)縣政府,…': the reading taken out, the addressee is the published one,
    # not a mix of scripts ('各区(市)縣政府')
    d = _doc("mirror-noise/sichuan-chengdu-2014-zhuanxiang-zijin-trad.txt")
    assert d.addressees == ["各區(市)縣政府", "市政府各部門"]


def test_page_furniture_around_a_gazette_items_head() -> None:
    # a posted time with its source, a read-aloud button, a wiki's field list
    d = _doc("gazette-item/hainan-haikou-2011-gongzuo-guize-zhengbao-page.txt")
    assert (d.title, d.doc_number, d.date) == (
        "关于印发《海口市人民政府工作规则》的通知",
        "海府〔2011〕33号",
        "2011-04-08",
    )
    assert d.addressees == ["各区人民政府", "市政府直属各单位"]
    assert _doc("reply/zhejiang-jinhua-pujiang-2005-ganqu-qingyu-pifu-notitle-page.txt").title == ""
    d = _doc("reply/chongqing-2013-jiuchongshan-guihua-pifu-trad-wiki-page.txt")
    assert d.title == "重慶市人民政府關於九重山風景區總體規劃局部調整的批覆"


def test_the_title_printed_again_over_two_lines_under_its_issuer() -> None:
    d = _doc("web-page/hubei-xiangyang-xiangcheng-2018-quxiao-shenpi-tongzhi-gov-page.txt")
    assert d.doc_number == "襄城政办发〔2018〕23号"
    # '经济开发区' is an addressee, not a sentence opening with 经
    assert "经济开发区" in d.addressees


def test_acting_and_resigned_posts_without_their_trailing_words() -> None:
    issue = _issue("personnel/fujian-quanzhou-2018-npcsc-daili-shizhang-mingdan-news-page.txt")
    got = _appointments(issue)
    assert got == [
        ("王永礼", "appoint", ["泉州市人民政府副市长"], []),
        ("王永礼", "appoint", ["泉州市人民政府市长"], ["代理"]),
        ("卢炳椿", "remove", ["泉州市人民政府副市长、市公安局局长"], []),
        ("康涛", "remove", ["泉州市人民政府市长"], ["辞职"]),
    ]


def test_one_organ_in_the_title_another_signing_under_its_own_number() -> None:
    # '安庆市政府关于…' signed by 安庆市人民政府办公室 under 宜政办发: the signer issued it
    d = _doc("gazette-item/anhui-anqing-2008-shenpi-qingli-tongzhi-fsou-page.txt")
    assert (d.doc_number, d.issuers) == ("宜政办发[2008]12号", ["安庆市人民政府办公室"])
    # a revision noted after an issued text's title is not part of it
    d = _doc("web-page/guangdong-qingyuan-2019-gongzuo-guize-tongzhi-pkulaw-page.txt")
    assert [a.title for a in d.attachments] == ["清远市人民政府工作规则"]


def test_a_sites_date_beside_the_number_in_one_line_text() -> None:
    d = _doc("line-shapes/zhejiang-2009-changsanjiao-shishi-yijian-oneline-shui5-page.txt")
    assert (d.doc_number, d.date) == ("浙政发[2009]69号", "2009-11-03")


def test_a_title_whose_end_is_printed_twice_over() -> None:
    d = _doc("work-report/shaanxi-hanzhong-xixiang-2021-work-report-repost-page.txt")
    assert (d.title, d.date, d.issuers) == ("政府工作报告", "2021-04-27", ["西乡县人民政府"])


def test_a_presidium_signing_over_two_lines() -> None:
    d = _doc("npc/hunan-zhuzhou-youxian-2022-renda-yishi-guize-gonggao-page.txt")
    assert d.signature == ["攸县第十八届人民代表大会第二次会议主席团"]
    assert d.issuers == ["攸县第十八届人民代表大会第二次会议主席团"]


def test_a_short_form_without_its_place_spelled_out_as_the_text_prints_it() -> None:
    # the title's '县政府办', the text's '府谷县人民政府办公室'
    d = _doc("disclosure-report/shaanxi-yulin-fugu-xzfb-2022-disclosure-report-gov-page.txt")
    assert d.issuers == ["府谷县人民政府办公室"]


def test_a_main_addressee_line_wrapped_inside_a_word() -> None:
    d = _doc("redhead/xinjiang-2020-wen-jiuye-shishi-yijian-alsk-page.txt")
    assert d.addressees == [
        "伊犁哈萨克自治州",
        "各州、市、县(市)人民政府",
        "各行政公署",
        "自治区人民政府各部门",
        "各直属机构",
    ]
    # a title with its 文号 over the 主送 is not taken into it
    d = _doc("web-page/shanghai-jiading-fangguan-2020-qingshi.txt")
    assert d.addressees == ["区政府"]
    # a presidium's second line goes with the signature, not into the text
    d = _doc("npc/hunan-zhuzhou-youxian-2022-renda-yishi-guize-gonggao-page.txt")
    assert not any(b.text == "第二次会议主席团" for b in d.blocks())


def test_an_empty_metadata_row_and_a_deputy_addressed() -> None:
    # '文件类别' alone under the table's other rows: an empty row, not the title's line
    d = _doc("gazette-item/jiangsu-wuxi-yixing-2010-nanhe-jiayuan-zhengbao-page.txt")
    assert d.addressees == ["张渚镇人民政府"]
    # an answer to a deputy's 建议, untitled: the deputy is its 主送, not its title
    d = _doc("reply/hunan-yueyang-miluo-2017-minzheng-jianyi-dafu-gov-page.txt")
    assert (d.title, d.doc_number, d.addressees) == ("", "汨民字〔2017〕11号", ["潘绍东委员"])
    # a report's salutation to a standing committee is no 主送
    d = _doc("budget-report/liaoning-fushun-2025-final-accounts-report.html")
    assert d.addressees == []


def test_a_news_headline_on_a_decision_and_an_acting_post_named_after_the_post() -> None:
    issue = _issue("personnel/sichuan-suining-2018-npcsc-daili-shizhang-pengxi-gov-page.txt")
    d = issue.documents[0]
    assert (d.title, d.issuers) == ("市人大常委会决定邓正权为代理市长", [])
    got = _appointments(issue)
    assert ("邓正权", "appoint", ["市人民政府副市长"], []) in got
    assert ("邓正权", "appoint", ["市人民政府市长"], ["代理"]) in got
    assert ("谭晓政", "appoint", ["市监察委员会主任"], ["代理"]) in got
    # '…职务、邓为辞去…': no fact without a person
    assert all(person for person, *_ in got)
    assert len(got) == 7
