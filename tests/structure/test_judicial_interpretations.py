"""Judicial interpretations (司法解释): a title that ends on 解释 or 解答 ends like a title, so
the meeting line under it is no part of it; a 公告 that publishes one over its head dates and
signs it. The heads are quoted as printed, from github.com/LawRefBook/Laws @ 2f4c5c23 and
github.com/waystowork/waystowork.github.io @ e1c3f865 (the files named above each), and one
page is in the corpus; expected values read off the texts by
hand. Each test fails on the code before its rule. A first sentence that names a text and
its note of adoption is no title and note of the document's own. A database's promulgation
under the text's title (no 公告 line) is the text's, not a document of its own."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, quoted_issue

#: 司法解释/最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（三）.md
_IP_CRIMES = [
    "# 最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（三）",
    "",
    "2020年8月31日 最高人民法院审判委员会第1811次会议",
    "",
    "2020年8月21日 最高人民检察院第十三届检察委员会第四十八次会议通过",
    "",
    "2020年9月14日 施行",
    "",
    "<!-- INFO END -->",
    "",
    "为依法惩治侵犯知识产权犯罪，维护社会主义市场经济秩序，根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》等有关规定，现就办理侵犯知识产权刑事案件具体应用法律的若干问题解释如下：",
    "",
    "第一条 具有下列情形之一的，可以认定为刑法第二百一十三条规定的“与其注册商标相同的商标”：",
]

#: 司法解释/最高人民法院关于审理铁路运输损害赔偿案件若干问题的解释(2020-12-29).md
_RAILWAY = [
    "# 最高人民法院关于审理铁路运输损害赔偿案件若干问题的解释",
    "",
    "1994年10月27日 印发，根据",
    "",
    "2020年12月23日 最高人民法院审判委员会第1823次会议通过",
    "",
    "<!-- INFO END -->",
    "",
    "为了正确、及时地审理铁路运输损害赔偿案件，现就审判工作中遇到的一些问题，根据《中华人民共和国铁路法》（以下简称铁路法）和有关的法律规定，结合审判实践，作出如下解释，供在审判工作中执行。",
    "",
    "## 一、实际损失的赔偿范围",
]

#: 司法解释/最高人民法院关于修改后的民事诉讼法施行时未结案件适用法律若干问题的规定(2012-12-28).md
_PENDING_CASES = [
    "# 最高人民法院关于修改后的民事诉讼法施行时未结案件适用法律若干问题的规定",
    "",
    "2012年12月24日 最高人民法院审判委员会第1564次会议通过",
    "",
    "2012年12月28日 最高人民法院公告公布",
    "",
    "2013年1月1日 施行",
    "",
    "<!-- INFO END -->",
    "",
    "为正确适用《全国人民代表大会常务委员会关于修改〈中华人民共和国民事诉讼法〉的决定》（2012年8月31日第十一届全国人民代表大会常务委员会第二十八次会议通过，2013年1月1日起施行）（以下简称《决定》），现就修改后的民事诉讼法施行前已经受理、施行时尚未审结和执结的案件（以下简称2013年1月1日未结案件）具体适用法律的若干问题规定如下：",
    "",
    "第一条 2013年1月1日未结案件适用修改后的民事诉讼法，但本规定另有规定的除外。",
    "",
]
#: github.com/waystowork/waystowork.github.io @ e1c3f865, src/sfjs/2022年/法释〔2022〕12号…解释.md (to its first article)
_WILDLIFE = [
    "# 法释〔2022〕12号关于办理破坏野生动物资源刑事案件适用法律若干问题的解释",
    "",
    "《最高人民法院、最高人民检察院关于办理破坏野生动物资源刑事案件适用法律若干问题的解释》已于2021年12月13日由最高人民法院审判委员会第1856次会议、2022年2月9日由最高人民检察院第十三届检察委员会第八十九次会议通过，现予公布，自2022年4月9日起施行。",
    "",
    "\u3000\u3000最高人民法院   最高人民检察院",
    "",
    "\u3000\u30002022年4月6日",
    "",
    "法释〔2022〕12号最高人民法院   最高人民检察院关于办理破坏野生动物资源刑事案件适用法律若干问题的解释",
    "",
    "\u3000\u3000（2021年12月13日最高人民法院审判委员会第1856次会议、2022年2月9日最高人民检察院第十三届检察委员会第八十九次会议通过，自2022年4月9日起施行）",
    "",
    "\u3000\u3000为依法惩治破坏野生动物资源犯罪，保护生态环境，维护生物多样性和生态平衡,根据《中华人民共和国刑法》《中华人民共和国刑事诉讼法》《中华人民共和国野生动物保护法》等法律的有关规定，现就办理此类刑事案件适用法律的若干问题解释如下：",
    "",
    "\u3000\u3000第一条  具有下列情形之一的，应当认定为刑法第一百五十一条第二款规定的走私国家禁止进出口的珍贵动物及其制品：",
]

#: github.com/waystowork/waystowork.github.io @ e1c3f865, src/sfjs/2022年/法释〔2022〕6号…解释.md (to its first article)
_CIVIL_CODE = [
    "# 法释〔2022〕6号关于适用《中华人民共和国民法典》总则编若干问题的解释",
    "",
    "《最高人民法院关于适用〈中华人民共和国民法典〉总则编若干问题的解释》已于2021年12月30日由最高人民法院审判委员会第1861次会议通过，现予公布，自2022年3月1日起施行。",
    "",
    "\u3000\u3000最高人民法院",
    "",
    "\u3000\u30002022年2月24日",
    "",
    "",
    "最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释",
    "",
    "法释〔2022〕6号最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释",
    "",
    "（2021年12月30日最高人民法院审判委员会第1861次会议通过，自2022年3月1日起施行）",
    "",
    "\u3000\u3000为正确审理民事案件，依法保护民事主体的合法权益，维护社会和经济秩序，根据《中华人民共和国民法典》《中华人民共和国民事诉讼法》等相关法律规定，结合审判实践，制定本解释。",
    "",
    "\u3000\u3000一、一般规定",
    "",
    "\u3000\u3000第一条  民法典第二编至第七编对民事关系有规定的，人民法院直接适用该规定；民法典第二编至第七编没有规定的，适用民法典第一编的规定，但是根据其性质不能适用的除外。",
]

_PUBLISHED = "announcement/zgrmfy-2022-fashi3-zhixing-sifa-peichang-jieshi-gonggao-waystowork.md"


def test_two_organs_meetings_under_an_interpretations_title() -> None:
    """'2020年8月31日 最高人民法院审判委员会第1811次会议' / '2020年8月21日 最高人民检察院…
    会议通过': adopted when the later of the two adopted it; the first line is no part of the
    title."""
    [doc] = quoted_issue(_IP_CRIMES).documents
    assert doc.title == (
        "最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（三）"
    )
    assert doc.date == "2020-08-31"
    assert doc.issuers == ["最高人民法院", "最高人民检察院"]


def test_an_interpretation_issued_then_amended() -> None:
    """'1994年10月27日 印发，根据' / '2020年12月23日 …会议通过': issued in 1994 and amended
    by the 2020 decision; the title stops at 解释."""
    [doc] = quoted_issue(_RAILWAY).documents
    assert doc.title == "最高人民法院关于审理铁路运输损害赔偿案件若干问题的解释"
    assert doc.date == "1994-10-27"


def test_a_notice_that_publishes_the_interpretation_over_its_head() -> None:
    """'中华人民共和国最高人民法院公告' / '《…的解释》已于…通过，现予公布…' / '最高人民法院' /
    '2022年2月8日' / '最高人民法院' / '关于…的解释': the interpretation's title and 文号, the
    公告's day, issuer and signer."""
    doc = corpus_doc(_PUBLISHED)
    assert doc.title == "最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释"
    assert doc.doc_number == "法释〔2022〕3号"
    assert doc.date == "2022-02-08"
    assert doc.issuers == ["中华人民共和国最高人民法院"]
    assert doc.signature == ["最高人民法院"]


def test_a_first_sentence_that_names_a_text_and_its_note_is_no_title() -> None:
    """'为正确适用《…的决定》（2012年8月31日…通过，2013年1月1日起施行）（以下简称《决定》），
    现就…': the sentence goes on after the note, so neither is the head's; the title above is
    the document's, dated by its adoption."""
    [doc] = quoted_issue(_PENDING_CASES).documents
    assert doc.title == "最高人民法院关于修改后的民事诉讼法施行时未结案件适用法律若干问题的规定"
    assert doc.date == "2012-12-24"


def test_a_promulgation_under_the_texts_title_without_a_notice_line() -> None:
    """A database's page: the text's title, then '《T》已于…通过，现予公布…' / '最高人民法院
    最高人民检察院' / '2022年4月6日', then T with its 文号 and its adoption note — one document,
    not two: the promulgation's day, its two signers and issuers."""
    issue = quoted_issue(_WILDLIFE)
    assert len(issue.documents) == 1
    [doc] = issue.documents
    assert doc.doc_number == "法释〔2022〕12号"
    assert doc.date == "2022-04-06"
    assert doc.issuers == ["最高人民法院", "最高人民检察院"]
    assert doc.signature == ["最高人民法院", "最高人民检察院"]


def test_the_title_printed_twice_under_the_promulgation() -> None:
    """T printed again under the promulgation's date, then with its 文号: the promulgation's
    day and signer, one document."""
    [doc] = quoted_issue(_CIVIL_CODE).documents
    assert doc.title == "最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释"
    assert doc.date == "2022-02-24"
    assert doc.signature == ["最高人民法院"]
