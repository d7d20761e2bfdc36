#!/usr/bin/env bash
# Debian's chromium and a CJK font for the browser tests (Playwright drives this chromium via
# executable_path; Playwright's own browser download does not work offline). Prints the path.
# Where they are missing and cannot be installed, one line on stderr says so; exit status 1.
set -euo pipefail
source "$(dirname "$0")/apt.sh"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  what="${missing[*]}"
  apt_install "${what// / and }" "${missing[@]}" || exit 1
  if ! command -v chromium >/dev/null 2>&1; then
    echo "gongbao tests: chromium is still missing after apt-get installed it" >&2
    exit 1
  fi
fi
command -v chromium
