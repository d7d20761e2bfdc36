"""Hostile files given to `gongbao parse`: one line on stderr and a non-zero exit, within a
memory and time bound, never a traceback or a hang; or, where the text can be read (HTML
nested beyond the parser's depth, NUL bytes in text), the text read and the change reported.

Runs that could take all memory or hang before the fixes run in a child process with a cap
on its address space and a timeout, so that a regression fails the test instead of the
machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from gongbao.cli import main
from gongbao.errors import InputError
from gongbao.model import Issue
from gongbao.pipeline import parse_bytes
from gongbao.read import decode, read_bytes
from tests.conftest import SAMPLE
from tests.hostile import NUL_PROBLEM, flate_bomb, glyph_bomb, nested_html, with_nuls, write

NOT_REGULAR = (
    "is not a regular file (a device, a FIFO or a socket); give a gazette file (text, HTML or PDF)"
)
TITLE = "凯里市公安交通管理局关于对凯里市香炉山南大门至香炉山公园路段实施临时交通管制的通告"


def _capped(
    *args: str, cap: int = 2 << 30, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """`gongbao ARGS` in a child process whose address space is capped at ``cap`` bytes."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    return subprocess.run(
        [sys.executable, "-m", "gongbao.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=limit,
        check=False,
    )


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


# -- 1. the size is checked before reading, and no more than the limit + 1 bytes are read ----


def test_sparse_file_just_over_the_default_limit(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.truncate(50 * 1024 * 1024 + 1)  # sparse: no disk, no memory
    assert _cli("parse", str(p)) == (
        1,
        "",
        f"Error: {p}: 52428801 bytes is over the 52428800-byte limit "
        "(raise it with --max-bytes or GONGBAO_MAX_BYTES)\n",
    )


def test_sparse_file_of_4_gib_is_refused_without_reading(tmp_path: Path) -> None:
    """4 GiB + 1 byte with the limit at 4 GiB, in a process capped at 2 GiB: refused by its
    size, in one line."""
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate((4 << 30) + 1)
    proc = _capped("parse", str(p), "--max-bytes", str(4 << 30))
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1,
        "",
        f"Error: {p}: 4294967297 bytes is over the 4294967296-byte limit "
        "(raise it with --max-bytes)\n",
    )


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_a_file_that_reports_no_size_is_read_to_the_limit_only() -> None:
    """/proc files say they are 0 bytes long: the read itself stops at the limit + 1."""
    with pytest.raises(InputError) as caught:
        read_bytes("/proc/self/status", limit=10)
    assert str(caught.value) == (
        "/proc/self/status: is over the 10-byte limit (raise it with GONGBAO_MAX_BYTES)"
    )


# -- 2. devices, FIFOs and sockets are refused before they are opened ------------------------


def test_dev_zero_is_refused() -> None:
    proc = _capped("parse", "/dev/zero", timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (
        1,
        "",
        f"Error: /dev/zero: {NOT_REGULAR}\n",
    )


def test_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "issue.txt"
    os.mkfifo(fifo)
    proc = _capped("parse", str(fifo), timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (1, "", f"Error: {fifo}: {NOT_REGULAR}\n")


def test_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        with pytest.raises(InputError) as caught:
            read_bytes(path)
    assert str(caught.value) == f"{path}: {NOT_REGULAR}"


# -- 4. HTML nested beyond the parser's depth is read all the same ---------------------------


def _without_problems(issue: Issue) -> dict[str, object]:
    data = issue.to_dict()
    data.pop("problems")
    return data


@pytest.mark.parametrize("depth", [300, 10_000])
def test_deeply_nested_html_reads_the_notice(depth: int) -> None:
    """libxml2 stops at depth 256 and gave an empty page (0 documents, exit 0): the page is now
    read again with its elements below depth 100 flattened, the same text as when shallow."""
    shallow = parse_bytes(nested_html(5).encode(), name="page.html")
    deep = parse_bytes(nested_html(depth).encode(), name="page.html")
    assert [d.title for d in deep.documents] == [TITLE]
    assert _without_problems(deep) == _without_problems(shallow)
    assert [p.to_dict() for p in deep.problems] == [
        *[p.to_dict() for p in shallow.problems],
        {
            "kind": "html_flattened",
            "document": None,
            "detail": "网页元素的嵌套深度超过HTML解析器能读取的256层："
            "第100层以下的内容按普通段落读取，加粗等行内格式已丢弃",
            "source": {
                "document": None,
                "block": None,
                "span": None,
                "line": None,
                "end_line": None,
                "page": None,
            },
        },
    ]


def test_deeply_nested_html_from_the_command_line(tmp_path: Path) -> None:
    p = write(tmp_path / "page.html", nested_html(10_000))
    code, out, _ = _cli("parse", str(p), "--format", "summary")
    assert code == 0
    assert "documents: 1" in out.splitlines()
    assert out.splitlines()[-1] == "problems: 1 (html_flattened 1)"


# -- 5. PDF bombs: the parse worker's memory and time limits --------------------------------


@pytest.fixture
def one_gib(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GONGBAO_WORKER_MEMORY", raising=False)  # the default limit
    monkeypatch.delenv("GONGBAO_WORKER_SECONDS", raising=False)


@pytest.mark.parametrize("bomb", ["flate", "glyphs"])
def test_pdf_bomb_ends_in_one_line(tmp_path: Path, bomb: str, one_gib: None) -> None:
    """A 2 MB PDF inflating to 2 GiB took 3.2 GB (20 s); a 13 KB one of 6 million glyphs 3 GB
    (110 s). Under the worker's 768 MiB limit PDFium aborts within seconds: one line, exit 1."""
    p = write(tmp_path / f"{bomb}.pdf", flate_bomb() if bomb == "flate" else glyph_bomb())
    assert _cli("parse", str(p)) == (
        1,
        "",
        f"Error: {p}: the parser stopped (SIGABRT), most likely over the 768 MiB memory limit "
        "(raise it with GONGBAO_WORKER_MEMORY)\n",
    )


def test_pdf_over_the_time_limit(
    tmp_path: Path, one_gib: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GONGBAO_WORKER_SECONDS", "1")
    p = write(tmp_path / "glyphs.pdf", glyph_bomb())
    assert _cli("parse", str(p)) == (
        1,
        "",
        f"Error: {p}: parsing it took more than the 1-second time limit "
        "(raise it with GONGBAO_WORKER_SECONDS)\n",
    )


def test_bad_worker_limits_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GONGBAO_WORKER_MEMORY", "lots")
    assert _cli("parse", str(SAMPLE)) == (
        1,
        "",
        "Error: GONGBAO_WORKER_MEMORY=lots: give a size in bytes, or with K, M or G (2G)\n",
    )


# -- 6. NUL bytes anywhere: taken out of the text, and said where ----------------------------


def test_nul_after_64_kb_is_removed_and_reported(sample_dict: dict[str, object]) -> None:
    data, lines = with_nuls()
    issue = parse_bytes(data, name="nul.txt")
    problems = [p.to_dict() for p in issue.problems if p.kind == "nul_removed"]
    assert problems == [NUL_PROBLEM]
    assert lines == [477, 877]
    data_dict = issue.to_dict()
    data_dict["problems"] = [p for p in data_dict["problems"] if p["kind"] != "nul_removed"]
    assert data_dict == sample_dict


def test_nul_in_an_html_page_names_its_source_lines() -> None:
    page = nested_html(3).replace("<p>", "\n<p>").replace("活动安全", "活动\0安全")
    issue = parse_bytes(page.encode(), name="page.html")
    assert [(p.kind, p.detail, p.source.line) for p in issue.problems] == [
        ("nul_removed", "从网页源码中删去1个空字符（NUL，字节0）：第3行", None)
    ]
    assert "为确保活动安全" in issue.documents[0].blocks()[0].text


def test_a_stray_nul_in_the_first_64_kb_is_text_a_file_of_them_binary() -> None:
    assert decode("公告\n".encode() * 300 + b"\0" + "正文\n".encode() * 300) == (
        "公告\n" * 300 + "\0" + "正文\n" * 300
    )
    with pytest.raises(InputError, match="is a binary file"):
        decode("关于印发方案的通知 2025\n".encode("utf-16-le") * 50)  # UTF-16 without its mark
