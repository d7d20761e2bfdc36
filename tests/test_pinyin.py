"""gongbao.pinyin answers as pypinyin.lazy_pinyin does (pypinyin stays the source of truth):
every character pypinyin reads as Chinese, every phrase of its dictionary, and text mixing
them with other characters; the table is kept on disk and read back without pypinyin."""

from __future__ import annotations

import json
import marshal
import os
import random
import subprocess
import sys
from pathlib import Path

import pypinyin
import pytest
from pypinyin.constants import PHRASES_DICT

from gongbao import pinyin
from gongbao.pinyin import lazy_pinyin
from tests.conftest import ROOT

#: the Chinese blocks pypinyin reads: unified ideographs, extension A, compatibility, 〇, and
#: the supplementary planes' extensions B–G and their compatibility block
_CJK_BMP = range(0x3000, 0x10000)
_CJK_ASTRAL = range(0x20000, 0x32400)


def _others(start: int, stop: int) -> list[str]:
    """Every character of a range whose reading differs from pypinyin's (none expected)."""
    out = []
    for cp in range(start, stop):
        ch = chr(cp)
        if lazy_pinyin(ch) != pypinyin.lazy_pinyin(ch):
            out.append(f"U+{cp:04X}")
    return out


def test_every_bmp_cjk_character_reads_as_pypinyin_reads_it() -> None:
    assert _others(_CJK_BMP.start, _CJK_BMP.stop) == []


def test_every_supplementary_cjk_character_reads_as_pypinyin_reads_it() -> None:
    assert _others(_CJK_ASTRAL.start, _CJK_ASTRAL.stop) == []


def test_every_phrase_of_pypinyins_dictionary_reads_as_pypinyin_reads_it() -> None:
    wrong = [p for p in PHRASES_DICT if lazy_pinyin(p) != pypinyin.lazy_pinyin(p)]
    assert wrong == []


def test_mixed_text_reads_as_pypinyin_reads_it() -> None:
    """Runs of phrases glued together (where pypinyin's cut may fall across a phrase),
    characters of the divergent phrases, and what is not Chinese between them."""
    rng = random.Random(16)
    phrases = sorted(PHRASES_DICT)
    divergent = sorted(pinyin._table().divergent)
    chars = sorted({ch for p in divergent for ch in p})
    other = ["", " ", "\n", "a", "A1", "－", "、", "《", "〇", "㐀", "𠀀", "\t", "2026年", "\u3000"]
    wrong = []
    for _ in range(6000):
        parts = []
        for _ in range(rng.randint(1, 5)):
            pick = rng.random()
            if pick < 0.35:
                parts.append(rng.choice(phrases))
            elif pick < 0.6:
                parts.append(rng.choice(divergent))
            elif pick < 0.85:
                parts.append("".join(rng.choices(chars, k=rng.randint(1, 4))))
            else:
                parts.append(rng.choice(other))
        text = "".join(parts)
        if lazy_pinyin(text) != pypinyin.lazy_pinyin(text):
            wrong.append(text)
    assert wrong == []


def test_the_places_gazette_ids_are_made_of() -> None:
    # checked by hand: 重庆 chóngqìng, 厦门 xiàmén, 成都 chéngdū are phrases read otherwise
    # than their characters alone (zhòng, shà, dōu); 静安 reads character by character
    assert "".join(lazy_pinyin("上海市静安区")) == "shanghaishijinganqu"
    assert "".join(lazy_pinyin("重庆市")) == "chongqingshi"
    assert "".join(lazy_pinyin("厦门市")) == "xiamenshi"
    assert "".join(lazy_pinyin("成都市")) == "chengdushi"
    assert lazy_pinyin("静府发〔2026〕1号") == ["jing", "fu", "fa", "〔2026〕1", "hao"]
    assert lazy_pinyin("") == []
    assert lazy_pinyin("abc") == ["abc"]


def _in_child(cache: Path, code: str) -> dict[str, object]:
    """Run ``code`` in a new Python with ``cache`` as the user's cache; it prints JSON."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, object] = json.loads(run.stdout)
    return result


_ASK = """
import json, sys
from gongbao.pinyin import lazy_pinyin
got = [lazy_pinyin(t) for t in sys.argv[1:] or ["静安区", "重庆市"]]
print(json.dumps({"got": got, "pypinyin": "pypinyin" in sys.modules}))
"""


def test_the_table_is_built_once_then_read_without_pypinyin(tmp_path: Path) -> None:
    first = _in_child(tmp_path, _ASK)
    assert first == {"got": [["jing", "an", "qu"], ["chong", "qing", "shi"]], "pypinyin": True}
    [table] = (tmp_path / "gongbao").glob("pinyin-*.bin")
    memo = table.with_suffix(".memo")
    # 重庆市 holds a phrase read otherwise than its characters: asked of pypinyin, kept
    assert memo.read_text(encoding="utf-8") == "重庆市\tchong\tqing\tshi\n"
    again = _in_child(tmp_path, _ASK)
    assert again == {"got": [["jing", "an", "qu"], ["chong", "qing", "shi"]], "pypinyin": False}


def test_a_damaged_table_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = pinyin._stamp()
    assert stamp is not None
    kept = pinyin._cache_path(stamp)
    assert kept is not None
    pinyin._table()  # the table in the user's cache, made if it is not there yet
    whole = marshal.loads(kept.read_bytes())
    builds: list[int] = []

    def build() -> tuple[object, ...]:
        builds.append(1)
        return tuple(whole[2:])

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(pinyin, "build", build)
    path = pinyin._cache_path(stamp)
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(kept.read_bytes()[:1000])  # cut short, as by a full disk
    try:
        pinyin._table.cache_clear()
        assert lazy_pinyin("静安区") == ["jing", "an", "qu"]
        assert builds == [1]
        assert marshal.loads(path.read_bytes()) == whole
        pinyin._table.cache_clear()
        assert lazy_pinyin("静安区") == ["jing", "an", "qu"]
        assert builds == [1]  # read back, not built again
    finally:
        pinyin._table.cache_clear()


@pytest.mark.parametrize(
    ("text", "diverges"), [("静安", False), ("长安", True), ("银行行长", True), ("中国银行", True)]
)
def test_a_run_holding_a_divergent_phrase_is_asked_of_pypinyin(text: str, diverges: bool) -> None:
    # checked by hand: 长 alone is zhǎng, in 长安 cháng; 行 alone xíng, in 银行 háng
    assert pinyin._table()._diverges(text) == diverges
    assert lazy_pinyin(text) == pypinyin.lazy_pinyin(text)
