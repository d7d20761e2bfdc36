"""Marks on a text: whatever spans overlap, the HTML is well formed, no link holds a link,
and the text read back is the text given."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from gongbao.web.marking import Mark, once, render


class _Read(HTMLParser):
    """The text of an HTML fragment, with a check that its tags nest and no <a> is in one."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[str] = []
        self.nested_link = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and "a" in self.open:
            self.nested_link = True
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, (self.open, tag)
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(fragment: str) -> _Read:
    reader = _Read()
    reader.feed(fragment)
    reader.close()
    assert reader.open == []
    return reader


TEXT = "为2000名特殊困难老年人提供“一键通”应急呼叫服务<&>"  # 01's first 实事, and markup


@given(
    st.lists(
        st.tuples(
            st.integers(-2, len(TEXT) + 2),
            st.integers(-2, len(TEXT) + 2),
            st.sampled_from(["qty", "org", "measure"]),
            st.sampled_from([None, "/budget", "/a?b=1&c=2"]),
        ),
        max_size=8,
    )
)
def test_any_marks_keep_the_text_and_the_html_whole(
    spans: list[tuple[int, int, str, str | None]],
) -> None:
    marks = [Mark(a, b, [kind], href, f"标题“{kind}”&") for a, b, kind, href in spans]
    read = _read(str(render(TEXT, marks)))
    assert "".join(read.text) == TEXT
    assert not read.nested_link


def test_a_commitment_holds_its_quantity() -> None:
    html = str(
        render(
            TEXT[:26],
            [
                Mark(0, 26, ["commitment"], "/commitments", "实事"),
                Mark(1, 6, ["qty"], "/commitments", "数量：2000名"),
            ],
        )
    )
    assert html == (
        '<mark class="fact commitment" title="实事">'
        '<a class="fact-part" title="实事" href="/commitments">为</a>'
        '<a class="fact qty" title="数量：2000名" href="/commitments">2000名</a>'
        '<a class="fact-part" title="实事" href="/commitments" tabindex="-1">'
        "特殊困难老年人提供“一键通”应急呼叫服务</a></mark>"
    )


def test_crossing_marks_become_one_and_the_same_span_one_mark() -> None:
    html = str(
        render(
            "区人力资源社会保障局",
            [
                Mark(0, 4, ["org"], "/o", "甲"),
                Mark(2, 6, ["org"], "/p", "乙"),
                Mark(0, 6, ["term"], None, "丙"),
            ],
        )
    )
    # 甲 and 乙 cross (区人力 / 力资源社): one mark over both, the same span as 丙
    assert html == '<a class="fact term org" title="丙；甲；乙" href="/o">区人力资源社</a>会保障局'


def test_once_finds_only_a_text_that_is_there_once() -> None:
    assert once("区投资办、区科技经济委", "区科技经济委") == 5
    assert once("区投资办、区投资办", "区投资办") is None  # twice: no position is sure
    assert once("区投资办", "区") is None  # one character is never searched
    assert once("区投资办、区科技经济委", "区投资办", 3) is None  # not within the span
