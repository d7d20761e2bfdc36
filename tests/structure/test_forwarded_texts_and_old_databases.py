"""The thirty-first batch (27 files: law databases' pages of documents from 1987 to 2008,
notices, 通报, 工作要点 and reports of counties and cities, pages holding a notice and the text
it forwards) measured before its rules, and the rules of their kinds, each on its real file: a
date with the page's question mark for a space after it; a whole notice on one line whose
title ends '…的通报的通知', its 主送 run on with commas; a forwarded text printed under the
notice that names it ('现将《X》…转发给你们'): the notice's attachment, not a document of its
own. Every expected value was read off the file by hand (the docstrings quote it)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_doc, corpus_issue


def test_a_date_with_a_question_mark_for_a_space() -> None:
    """'廣東省人民政府辦公廳     ' / '二○○八年八月二十六日    ?' (the page's '?' where it could not
    encode a space, as on its other lines)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-2008-yuefuban52-xingzheng-guocuo-zeren-zhuijiu-banfa-yinfa-trad-pinyin-spam-gkml-page.txt"
    )
    assert (doc.signature, doc.date) == (["廣東省人民政府辦公廳"], "2008-08-26")


def test_a_notice_on_one_line_its_title_forwarding_a_notice() -> None:
    """'兰州市人民政府办公厅转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动督查情况的
    通报的通知 各县、区人民政府,市政府各有关部门: 2005年11月11日至14日, …' (one line)."""
    doc = corpus_doc(
        "line-shapes/gansu-lanzhou-2005-szfbgt-zhuanfa-huanbao-ducha-tongbao-oneline-page.txt"
    )
    assert (doc.title, doc.addressees) == (
        "兰州市人民政府办公厅转发省环保专项行动联席会议办公室关于国务院联合督查组对我省专项行动"
        "督查情况的通报的通知",
        ["各县、区人民政府", "市政府各有关部门"],
    )


def test_a_forwarded_text_is_the_notices_attachment() -> None:
    """'現(xiàn)將《國務院關于同意設立“廣東扶貧濟困日”的批復》(國函〔2010〕50號)轉發…' … '廣東省
    人民政府' / '二○一○年六月十三日' / '國務院關于同意設立' / '“廣東扶貧濟困日”的批復' /
    '國函〔2010〕50號' / '廣東省人民政府:' (a document of its own before)."""
    doc = corpus_doc(
        "mirror-noise/guangdong-2010-fupin-jikunri-zhuanfa-guohan50-pifu-trad-pinyin-multidoc-page.txt"
    )
    assert (doc.date, [a.title for a in doc.attachments]) == (
        "2010-06-13",
        ["國務院關于同意設立“廣東扶貧濟困日”的批復"],
    )


def test_a_collections_next_piece_printed_without_its_title() -> None:
    """(a sharing site's collection of model notices, hard-wrapped) '…请认真贯彻执行。' … '转发性
    通知范文二:' / '陕政办发〔1997〕41号' / '各市、县(区)人民政府,省人民政府各工作部门、各直属机…'."""
    issue = corpus_issue(
        "line-shapes/national-shaanxi-1997-1999-zhuanfa-tongzhi-fanwen-three-docs-doczj-page.txt"
    )
    assert len(issue.documents) == 2
    assert issue.documents[1].doc_number == "陕政办发〔1997〕41号"
    # the first piece's title wrapped with its 文号 and 主送 into one paragraph: '国务院办公厅转发
    # 农业部等部门' / '《关于稳定基层农业技术推广体系的意见》的通知国办发[1999]79' / '号各盛自治区、
    # 直辖市人民政府,国务院各部委、各直属机构:农' / '业部、…' — its head cut where a run-on
    # line's is
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.issuers) == (
        "国务院办公厅转发农业部等部门《关于稳定基层农业技术推广体系的意见》的通知",
        "国办发[1999]79号",
        ["国务院办公厅"],
    )
