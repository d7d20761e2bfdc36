"""Pages met in the fifth batch of the corpus: reports of a congress's appointments and the
site fields around documents. A post ends at a comma ('任命甲为市人民政府副市长,会议还通过…'),
and the appointments one 任命 or 免去 goes on to make after commas are each a fact ('任命甲、乙为
A,丙为B', '免去甲的A职务,乙的B职务;丙的C职务'); a post the match ran past into a meeting's
sentence is no fact but a problem; a list of those appointed run onto the report of the meeting
is a document of its own, the report another, the reporter's name under the headline a byline;
a page's footer printed above the text removes that line only; a label's brackets with spaces
inside ('[ 发文字号 ]'); a page's bulleted time and count of readers; '第153号' under a 决定
signed by the governor is an order; an attachment's file name and '(略)'. Expected values
checked by hand against the files in tests/corpus (each file's label records what it
prints, and its facts were labelled by reading the page)."""

from __future__ import annotations

from gongbao.model import Issue
from tests.structure.corpus_pages import corpus_doc as _doc
from tests.structure.corpus_pages import corpus_issue as _issue


def _facts(issue: Issue) -> list[tuple[str, str, list[str]]]:
    return [(a.person, a.action, a.positions) for a in issue.facts["appointments"]]


def test_appointments_one_verb_goes_on_to_make_after_commas() -> None:
    issue = _issue("personnel/zhejiang-wenzhou-yongjia-2020-npcsc-renmian-rd-page.txt")
    facts = _facts(issue)
    assert ("林剑英", "remove", ["县人大常委会财政经济工作委员会副主任"]) in facts
    assert ("戴建波", "remove", ["县人大常委会黄田街道工作委员会主任"]) in facts
    assert ("吴活机", "appoint", ["县人大常委会瓯北街道工作委员会副主任"]) in facts
    # the page is cut inside the last one ('周智为县人大常委'): no fact of it
    assert not [f for f in facts if f[0] == "周智"]


def test_a_post_ends_at_its_comma() -> None:
    issue = _issue("personnel/guangxi-liuzhou-2010-npcsc-fushizhang-lzzx-page.txt")
    assert _facts(issue) == [("胡明朗", "appoint", ["市人民政府副市长"])]
    # '任命胡明朗为副市长' over the next paragraph, joined: no post, a problem
    assert [p.kind for p in issue.problems].count("appointment_unclear") == 1


def test_a_list_of_those_appointed_run_onto_the_report() -> None:
    issue = _issue("personnel/hubei-xiangyang-fancheng-2020-npcsc-renming-mingdan-oneline-page.txt")
    assert [d.title for d in issue.documents] == [
        "樊城区六届人大常委会召开第二十六次会议",
        "樊城区人民代表大会常务委员会任命名单",
    ]
    listed = issue.documents[1]
    assert (listed.kind, listed.date) == ("personnel", "2020-07-28")
    assert listed.issuers == ["樊城区人民代表大会常务委员会"]
    assert _facts(issue) == [("余兴军", "appoint", ["樊城区人民政府副区长"])]
    assert (3, "王晓丽", "byline") in [(r.line, r.text, r.why) for r in issue.removed]


def test_a_footer_line_above_the_text_removes_only_itself() -> None:
    d = _doc("opinion/shandong-2019-gongyeyuan-gengming-banji-selectshandong-page.txt")
    assert d.title == "山东省人民政府关于济南槐荫工业园区等11家工业园区更名的通知"
    assert (d.doc_number, d.date) == ("鲁政字〔2019〕4号", "2019-01-03")
    assert [a.title for a in d.attachments] == ["更名园区名单"]  # '附件:更名园区名单.pdf'


def test_a_labels_brackets_with_spaces_inside() -> None:
    d = _doc("opinion/chongqing-liangping-qushui-2023-zaihai-jiuzhu-yuan-page.txt")
    assert d.doc_number == "曲水府发〔2023〕21号"  # '[ 发文字号 ] 曲水府发〔2023〕21号'


def test_a_numbered_decision_signed_by_the_governor_is_an_order() -> None:
    issue = _issue("order/gansu-2019-guizhang-xiugai-153-gsei-page.txt")
    d = issue.documents[0]
    assert (d.doc_number, d.kind, d.signature) == ("第153号", "order", ["省长 唐仁健"])
    bylines = [r.text for r in issue.removed if r.why == "byline"]
    assert "• 时间:2019-12-31" in bylines and "• 点击:9" in bylines


def test_attachments_left_out_are_listed_without_the_note() -> None:
    d = _doc("opinion/liaoning-2004-kaifaqu-chexiao-notitle-gov-page.txt")
    assert [a.title for a in d.attachments] == [
        "撤销及整合后不再保留的省级开发区(园区)名单",
        "撤销的市级开发区(园区)名单",
        "撤销的县级开发区(园区)名",
    ]


def test_the_removal_of_the_one_appointed_and_a_list_going_on_after_semicolons() -> None:
    # '任命汤黎路为…主任,免去其浙江省经济贸易委员会主任职务;' then a paragraph a person:
    # '乐益民为浙江省人力资源和社会保障厅厅长,免去其浙江省人事厅厅长职务;'
    facts = _facts(_issue("personnel/zhejiang-2009-npcsc-jigou-gaige-renming-zjol-page.txt"))
    assert ("汤黎路", "remove", ["浙江省经济贸易委员会主任"]) in facts
    assert ("乐益民", "appoint", ["浙江省人力资源和社会保障厅厅长"]) in facts
    assert ("乐益民", "remove", ["浙江省人事厅厅长"]) in facts
    assert ("阮忠训", "appoint", ["浙江省人民政府外事办公室主任"]) in facts


def test_a_first_line_ending_on_a_full_stop_is_no_title() -> None:
    # '记者昨天获悉,《浙江省人民政府机构改革方案》于日前启动实施。' (30 characters)
    d = _issue("personnel/zhejiang-2009-npcsc-jigou-gaige-renming-zjol-page.txt").documents[0]
    assert (d.title, d.kind) == ("", "news")
