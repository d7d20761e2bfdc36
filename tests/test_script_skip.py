"""The traditional-script check settles a text without OpenCC when it holds none of the
characters t2s changes on their own (``script.changed_alone``): the shipped list must be the
installed OpenCC's, and the skip must not change what is traditional."""

from __future__ import annotations

import opencc

from gongbao.script import CHANGED_FILE, changed_alone, is_traditional, probe_changed_alone


def test_the_shipped_list_is_the_installed_openccs() -> None:
    header, chars = CHANGED_FILE.read_text(encoding="utf-8").split("\n", 1)
    assert header == f"opencc {opencc.__version__} t2s", "run scripts/t2s_changed.py"
    assert chars == probe_changed_alone(), "run scripts/t2s_changed.py"


def test_characters_checked_by_hand() -> None:
    # traditional forms t2s changes alone; simplified ones and 覆, which only t2s's phrases
    # change ('答覆' → '答复'), are not in the list
    assert {"國", "務", "條", "乾"} <= changed_alone()
    assert not {"国", "务", "条", "覆", "人", "民"} & changed_alone()


def test_a_text_with_only_phrase_changes_is_not_traditional() -> None:
    # t2s turns 答覆 into 答复, but no character of the text is traditional on its own: a
    # simplified text with one traditional word, parsed as printed
    text = "关于对有关问题的答覆意见：现答覆如下，请答覆。"
    assert opencc.OpenCC("t2s").convert(text) != text
    assert not is_traditional(text)
    assert is_traditional("國務院關於印發條例的通知：各省、自治區人民政府。")
