"""A PDF transcribed by a document-sharing site (letter-spaced, the font's punctuation as Yi
syllables, the site's record of the upload above it), and a title that names a government's
report without being the report. Every expected value was read off the file by hand."""

from __future__ import annotations

from gongbao.clean import clean, font_punctuation
from gongbao.read import decode, split_lines
from gongbao.structure.organs import issuer_of_report
from tests.structure.corpus_pages import CORPUS, corpus_doc

_QINGHAI = "line-shapes/qinghai-2014-jinrong-gaige-spaced-docsplayer-page.txt"


def test_a_sharing_sites_record_of_the_upload_is_removed_with_its_lines() -> None:
    """'- 屯 狄' / '- 9 years ago' / '- Views:' / 'Transcription' over the transcription: each
    line recorded as the site's (the uploader's name only above the upload's age)."""
    cleaned = clean(split_lines(decode((CORPUS / _QINGHAI).read_bytes())))
    site = [(r.line, r.text) for r in cleaned.removed if r.why == "site_navigation"]
    assert site == [(5, "- 屯狄"), (6, "- 9 years ago"), (7, "- Views:"), (8, "Transcription")]


def test_the_fonts_yi_syllables_read_as_the_punctuation_they_print() -> None:
    """'各 市 自 治 州 人 民 政 府 ꎬ 省 政 府 各 委 办 厅 局': ꎬ is the font's ，, and the
    document flattened onto one line under its 标志 ('1 省 政 府 文 件 …') is cut at its title."""
    d = corpus_doc(_QINGHAI)
    assert d.title == "青海省人民政府关于印发青海省深入推动金融改革发展若干政策措施的通知"
    assert (d.issuers, d.kind) == (["青海省人民政府"], "notice")
    assert d.addressees[-1] == "省政府各委办厅局"
    # the 文号 lost its year and number in the font ('青 政 号'): none is read
    assert d.doc_number is None


def test_yi_syllables_of_a_text_in_yi_are_left_alone() -> None:
    han = "各市自治州人民政府" * 30
    assert font_punctuation(han + "ꎬ" + han + "ꎮ")
    # other syllables beside them: Yi script, not a font's punctuation
    assert not font_punctuation(han + "ꎬꀀꁨ" + han)
    # a few Han characters only: no Chinese text to punctuate
    assert not font_punctuation("ꎬ省ꎮ")


def test_a_title_about_a_governments_report_does_not_name_its_issuer() -> None:
    """'2023年莲都区政府工作报告重点工作责任分解': the district government reads the report;
    who issued the table that breaks it down, the page does not print."""
    assert issuer_of_report("2023年莲都区政府工作报告重点工作责任分解") == []
    assert issuer_of_report("2022年上海市政府信息公开工作年度报告") == ["上海市人民政府"]
    d = corpus_doc(
        "line-shapes/zhejiang-lishui-liandu-2023-gongzuo-baogao-zeren-fenjie-table-page.txt"
    )
    assert d.title == "2023年莲都区政府工作报告重点工作责任分解"
    assert d.issuers == []
