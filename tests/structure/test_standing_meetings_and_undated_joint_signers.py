"""Batch 33 of the corpus (orders, 人大常委会 决定, county 公告, gazette items, metadata pages,
reposts, 意见 and 方案, county 常务会议 records), scored before its rules, and the rules of
their kinds: each expected value read off the file by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_joint_issuers_undated_over_the_text_they_issue() -> None:
    """'…现印发你们,请认真贯彻实施。' / '重庆市农业农村委员会' / '重庆市发展改革委员会' / '重庆市
    科技局' / '重庆市财政局' / '重庆市商务委员会' / '重庆市市场监督管理局' / '重庆市质量兴农战略实施
    方案' / '(2020—2022年)' (no date under the six names: the page's record gives 2020-11-12)."""
    doc = corpus_doc(
        "opinion/chongqing-nyncw-2020-yunongfa18-zhiliang-xingnong-fangan-six-depts-gov-page.txt"
    )
    names = ["重庆市农业农村委员会", "重庆市发展改革委员会", "重庆市科技局", "重庆市财政局"]
    names += ["重庆市商务委员会", "重庆市市场监督管理局"]
    assert (doc.signature, doc.issuers, doc.date) == (names, names, "2020-11-12")


def test_an_untitled_notice_that_says_it_notifies() -> None:
    """'各乡镇中心学校、各中学、职中、县幼儿园、特殊教育学校:' / '…结合龙陵县教育工作实际,通知
    如下。' (no title; the record's '发布机构 | 龙陵县教育体育局')."""
    doc = corpus_doc(
        "web-page/yunnan-baoshan-longling-jiaotiju-2022-jiaoshi-duiwu-guanli-tongzhi-notitle-meta-gov-page.txt"
    )
    assert (doc.title, doc.kind, doc.issuers) == ("", "notice", ["龙陵县教育体育局"])


def test_a_wikis_promulgating_organ() -> None:
    """'  • 公布機關:黑龍江省人民政府 ' among the entry's fields ('• 發文字號:黑龍江省人民政府令
    第4號')."""
    doc = corpus_doc(
        "order/heilongjiang-2021-ling4-zhongda-juece-chengxu-trad-wiki-newton-page.txt"
    )
    assert (doc.doc_number, doc.issuers) == ("黑龍江省人民政府令第4號", ["黑龍江省人民政府"])


def test_a_governments_record_of_its_standing_meeting() -> None:
    """Records a government keeps of its 常务会议, no headline or no news headline over them:
    '2021年1月11日上午,王征区长主持召开2021年区政府第1次常务会议。' / '会议审议并原则同意…';
    '2009年4月17日下午,区长张备主持召开区政府四届五十一次常务会议,审议了…' / '会议原则通过…';
    '2020年7月1日上午,区长陈杰主持召开区政府第115次常务会议,…'. Under a news headline
    ('张强主持召开区政府第63次常务会议') the same record is a report of the meeting."""
    for path in (
        "minutes/shaanxi-xian-xincheng-2021-cwh1-gov-page.txt",
        "minutes/guangdong-shenzhen-longgang-2009-qzf-siju-cwh51-notitle-gov-page.txt",
        "minutes/shanghai-baoshan-2020-cwh115-notitle-gov-page.txt",
    ):
        assert corpus_doc(path).kind == "minutes", path
    doc = corpus_doc(
        "minutes/shandong-linyi-luozhuang-2021-qzf-cwh63-huiyi-queding-liexi-gov-page.txt"
    )
    assert (doc.title, doc.kind) == ("张强主持召开区政府第63次常务会议", "news")


def test_a_list_inside_the_text_a_notice_issues() -> None:
    """'…关于印发《锡林郭勒盟紧急重大动物疫情控制应急预案》的通知' / … / '二○○七年七月十三日' /
    '锡林郭勒盟紧急重大动物疫情控制应急预案' / '目  录' / … / '附件:1.紧急重大动物疫情报告制度' /
    '2.紧急重大动物疫情处理技术规范' / '3.应急防疫物资的储备及管理' (the 预案's list had been
    taken for the notice's, the 预案 itself left out)."""
    doc = corpus_doc(
        "gazette-item/neimenggu-xilinguole-2007-xishubanfa112-dongwu-yiqing-yuan-tongzhi-fymate-page.txt"
    )
    assert [a.title for a in doc.attachments] == [
        "锡林郭勒盟紧急重大动物疫情控制应急预案",
        "紧急重大动物疫情报告制度",
        "紧急重大动物疫情处理技术规范",
        "应急防疫物资的储备及管理",
    ]


def test_a_title_that_lost_its_verb_is_not_taken() -> None:
    """'仁寿县人民政府办公室 | …' (the column's name) over '足球即时比分《仁寿县处置森林火灾应急预案
    (2017年修订)》的通知' (a mirror's advertisement where '关于印发' stood): which act the notice
    did is not printed — no title, and a problem says why."""
    issue = corpus_issue(
        "mirror-noise/sichuan-meishan-renshou-2017-renfubanfa27-senlin-huozai-yuan-spam-pipes-mirror-page.txt"
    )
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.kind) == ("", "仁府办发〔2017〕27号", "notice")
    assert [p.kind for p in issue.problems if p.kind == "title_verb_lost"] == ["title_verb_lost"]
