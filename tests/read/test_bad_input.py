"""Input that is not gazette text: one clear line, a non-zero exit, no traceback, no output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from gongbao.cli import main
from gongbao.errors import InputError
from gongbao.read import decode
from tests.conftest import SAMPLE


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _one_error_line(code: int, out: str, err: str, expect: str) -> None:
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert expect in lines[0]
    assert "Traceback" not in err


def test_missing_path(tmp_path: Path) -> None:
    _one_error_line(*_run("parse", str(tmp_path / "nope.txt")), "no such file")


def test_directory(tmp_path: Path) -> None:
    _one_error_line(*_run("parse", str(tmp_path)), "is a directory")


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    _one_error_line(*_run("parse", str(p)), "is empty")
    p.write_bytes(b"  \n\n \t\n")
    _one_error_line(*_run("parse", str(p)), "is empty")


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "scan.pdf.bin"
    p.write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    _one_error_line(*_run("parse", str(p)), "binary file")


def test_undecodable_bytes(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 20)
    _one_error_line(*_run("parse", str(p)), "neither UTF-8, GB18030/GBK nor Big5")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    _one_error_line(*_run("parse", str(SAMPLE), "--max-bytes", "1000"), "over the 1000-byte limit")


def test_size_limit_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GONGBAO_MAX_BYTES", "2048")
    _one_error_line(*_run("parse", str(SAMPLE)), "over the 2048-byte limit")


def test_gb18030_input_parses_like_utf8(tmp_path: Path) -> None:
    p = tmp_path / "gb.txt"
    p.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    code, out, _ = _run("parse", str(p), "--format", "summary")
    assert code == 0
    assert "documents: 10" in out


def test_utf8_bom_is_dropped() -> None:
    assert decode("\ufeff公报".encode()) == "公报"


def test_decode_errors_are_input_errors() -> None:
    with pytest.raises(InputError):
        decode(b"\xff\xfe\xfd" * 30)


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    p = tmp_path / "bin.dat"
    p.write_bytes(bytes(range(256)) * 4)
    proc = subprocess.run(
        [sys.executable, "-m", "gongbao.cli", "parse", str(p)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert (
        proc.stderr.strip()
        == f"Error: {p}: is a binary file, not gazette text (UTF-8, GB18030 or Big5)"
    )


def test_truncated_issue_parses_what_is_there() -> None:
    """An issue cut off mid-way: the documents present are parsed, the rest is a problem."""
    import gongbao

    text = SAMPLE.read_text(encoding="utf-8")
    cut = text[: len(text) * 2 // 5]  # ends inside the plan report, at a table caption
    issue = gongbao.parse_text(cut)
    assert [d.id for d in issue.documents] == [f"jingan-2026-01-{n:02d}" for n in range(1, 7)]
    unmatched = [p for p in issue.problems if p.kind == "toc_unmatched"]
    assert len(unmatched) == 4
    assert [e.document for e in issue.toc][6:] == [None] * 4
    truncated = [p for p in issue.problems if p.kind == "issue_truncated"]
    assert len(truncated) == 1 and truncated[0].document == "jingan-2026-01-06"
