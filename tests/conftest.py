from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

import gongbao
from gongbao.model import Issue

# first calls load dictionaries (cn2an, jieba): timing deadlines would only add flakiness
settings.register_profile("gongbao", deadline=None)
settings.load_profile("gongbao")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "jingan-2026-01.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample() -> Issue:
    return gongbao.parse_file(SAMPLE)


@pytest.fixture(scope="session")
def sample_dict(sample: Issue) -> dict:
    return sample.to_dict()


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@contextmanager
def gongbao_serve(db: str) -> Iterator[str]:
    """`gongbao serve` in a process of its own on a free loopback port, as a user starts it;
    yields its address once it accepts connections, and stops it after."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "gongbao.cli", "serve", "--db", db, "--port", str(port)],
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
