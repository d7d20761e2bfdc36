from __future__ import annotations

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
