"""Citations by 文号 on real files: a number printed before the title it goes with is that
title's, and a bare number is read as a 文号 is, without the words of the sentence run onto
its code. Expected values read off the files by hand (the docstrings quote the lines)."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue


def _refs(path: str) -> list[tuple[str | None, str | None, int | None]]:
    issue = corpus_issue(path)
    return [(r.title, r.doc_number, r.source.line) for r in issue.facts["references"]]


def test_a_number_before_the_title_it_goes_with() -> None:
    """'大署[2001]13号《关于对新林区乡(镇)行政区划调整的请示收悉' (line 18): one citation, the
    request with its number (they had been two, a bare number and an unnumbered title)."""
    assert _refs(
        "gazette-item/heilongjiang-minzhengting-2001-heiminqu27-xinlin-quhua-pifu-dqz-page.txt"
    ) == [("关于对新林区乡(镇)行政区划调整的请示", "大署[2001]13号", 18)]


def test_a_bare_number_without_the_sentence_run_onto_its_code() -> None:
    """'请你们严格按照舟财农〔2018〕18号文件等有关要求' (line 23: it had been '请你们严格按照舟财农
    〔2018〕18号') and '…文件编号为公治〔2002〕131号' (line 28: '文件编号为公治〔2002〕131号')."""
    refs = _refs("redhead/zhejiang-zhoushan-czj-nyj-2019-meili-xiangcun-joint.txt")
    assert refs[-1] == (None, "舟财农〔2018〕18号", 23)
    refs = _refs("reply/national-mps-2002-gongzhi131-xingbie-biangeng-pifu-historyarchive.md")
    assert refs[-1] == (None, "公治〔2002〕131号", 28)
