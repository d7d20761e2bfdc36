#!/usr/bin/env bash
# Install gongbao with its test tools, start a PostgreSQL server for the tests, and run every
# check CI runs: ruff, mypy, pytest. Works on a fresh machine: everything the tests need is
# installed here; what cannot be (no root, no network) is named in one line on stderr, and
# the run stops with a non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
bash scripts/browser.sh >/dev/null
GONGBAO_TEST_PG="$(bash scripts/pg.sh start | tail -n 1)"
export GONGBAO_TEST_PG
trap 'bash scripts/pg.sh stop' EXIT
python3 -m ruff check src tests benchmarks
python3 -m ruff format --check src tests benchmarks
python3 -m mypy
python3 -m pytest -q "$@"
