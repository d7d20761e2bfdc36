#!/usr/bin/env bash
# Debian's chromium and a CJK font for the browser tests (Playwright drives this chromium via
# executable_path; Playwright's own browser download does not work offline). Prints the path.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
command -v chromium
