"""Rules found in the session of 2026-12-05 (seventh): known wrong values of the corpus and
batch 60 (pages found by topic). Each tested on a file it changed; each expected value was read
off the file by hand (the docstrings quote the lines); each test fails on the code before its
rule."""

from __future__ import annotations

from tests.structure.corpus_pages import corpus_issue

_HIJACKED = "npc/anhui-wuhu-wuhuxian-2017-npcsc-gonggao1-yishi-guize-xiugai-hijacked-spam-page.txt"


def test_a_betting_brands_number_where_the_organ_stood_is_masked_not_a_title() -> None:
    """'当前位置' / '248365365公告' / … / '248365365' / '第一号': a hijacked copy printing a
    betting brand's number wherever the 常委会's name stood. The breadcrumb's label alone is the
    site's; the title is the kind with its lost name masked (not '248365365公告', nor
    '当前位置公告'), and the 公告's number is read under the masked head."""
    issue = corpus_issue(_HIJACKED)
    doc = issue.documents[0]
    assert (doc.title, doc.doc_number, doc.issuers) == ("*公告", "第一号", [])
    assert [(r.line, r.text, r.why) for r in issue.removed[:2]] == [
        (1, "当前位置", "site_navigation"),
        (2, "248365365", "gambling_ad"),
    ]
