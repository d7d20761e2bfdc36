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
if [ "$#" -gt 0 ]; then
  python3 -m pytest -q "$@"
  exit
fi
# The OCR tests read scanned pages on one core each (the engine runs single-threaded, as in
# an ingest worker) for about five minutes: they run beside the rest of the suite, on the
# other core, and their report follows the suite's.
ocr_tests=(tests/read/test_ocr.py tests/read/test_ocr_budget.py tests/read/test_ocr_glyphs.py
  tests/read/test_ocr_marks.py)
ocr_log="$(mktemp)"
python3 -m pytest -q -p no:cacheprovider "${ocr_tests[@]}" >"$ocr_log" 2>&1 &
ocr_pid=$!
status=0
python3 -m pytest -q "${ocr_tests[@]/#/--ignore=}" || status=$?
ocr_status=0
wait "$ocr_pid" || ocr_status=$?
echo "--- OCR tests (run beside the suite) ---"
cat "$ocr_log"
rm -f "$ocr_log"
[ "$status" -eq 0 ] && [ "$ocr_status" -eq 0 ]
