"""`python -m gongbao.corpus format DIR`: label records laid out a field and a document a
line, their values unchanged; an unreadable record stops it before any file is written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gongbao.corpus import LABEL_SUFFIX, format_labels, label_text, load_corpus, main
from tests.conftest import ROOT

# a real record: a 决定 of a provincial standing committee, one document
LABEL = (
    ROOT
    / "tests"
    / "corpus"
    / "npc"
    / f"anhui-2020-npcsc-zhaokai-shisanjie-renda-sici-huiyi-jueding-rddy-page{LABEL_SUFFIX}"
)


def _indented(tmp_path: Path) -> Path:
    """The record as written by hand: indented two spaces, beside its document."""
    out = tmp_path / "npc"
    out.mkdir()
    text = LABEL.with_name(LABEL.name.replace(LABEL_SUFFIX, ".txt"))
    shutil.copy(text, out / text.name)
    record = json.loads(LABEL.read_text(encoding="utf-8"))
    label = out / LABEL.name
    label.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return label


def test_a_record_is_laid_out_a_document_a_line(tmp_path: Path) -> None:
    label = _indented(tmp_path)
    before = json.loads(label.read_text(encoding="utf-8"))
    assert format_labels(tmp_path) == 1
    after = label.read_text(encoding="utf-8")
    assert json.loads(after) == before
    lines = after.splitlines()
    # '{', source, via, checked, notes, '"documents":[', the one document, ']', '}'
    assert len(lines) == 9
    assert lines[5] == '"documents":['
    assert lines[6].startswith('  {"title":"安徽省人民代表大会常务委员会关于召开')
    assert format_labels(tmp_path) == 0  # (laid out once, nothing to do again)
    assert [e.documents[0].kind for e in load_corpus(tmp_path)] == ["decision"]


def test_label_text_keeps_every_value() -> None:
    record = json.loads(LABEL.read_text(encoding="utf-8"))
    assert json.loads(label_text(record)) == record


def test_an_unreadable_record_stops_it_before_any_file_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _indented(tmp_path)
    written = good.read_text(encoding="utf-8")
    # (sorted after the good one: a tool that wrote as it went would have rewritten it)
    bad = tmp_path / "npc" / f"zz-broken{LABEL_SUFFIX}"
    bad.write_text('{"source": "x", "documents": [', encoding="utf-8")
    assert main(["format", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"{bad}: not JSON")
    assert good.read_text(encoding="utf-8") == written


def test_a_wrong_command_gets_its_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tidy", "tests/corpus"]) == 2
    assert capsys.readouterr().err.strip() == "usage: python -m gongbao.corpus check|format DIR"


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`python -m gongbao.corpus check DIR | head -1` where the reader has gone before the
    report is written (its end of the pipe closed while the corpus loads): nothing on stderr
    and a status of 0 (a BrokenPipeError had printed a traceback)."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "gongbao.corpus", "check", str(ROOT / "tests" / "corpus")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # (before the child has loaded the corpus: it has written nothing)
    err = proc.stderr.read().decode("utf-8")
    assert proc.wait() == 0
    assert err == ""
