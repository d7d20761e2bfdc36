#!/usr/bin/env bash
# Install gongbao with its test tools and run every check CI runs: ruff, mypy, pytest.
# Works on a fresh machine: everything the tests need is installed here.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
python3 -m ruff check src tests benchmarks
python3 -m ruff format --check src tests benchmarks
python3 -m mypy
python3 -m pytest -q "$@"
