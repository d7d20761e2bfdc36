#!/usr/bin/env bash
# Debian's chromium, a CJK font and Pango for the browser and typesetting tests (Playwright drives this chromium via
# executable_path; Playwright's own browser download does not work offline). Prints the path.
# Where they are missing and cannot be installed, one line on stderr says so; exit status 1.
set -euo pipefail
source "$(dirname "$0")/apt.sh"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
# WeasyPrint (one of the typesetting paths of tests/read/test_typeset.py) loads Pango's FreeType part
compgen -G "/usr/lib/*/libpangoft2-1.0.so.0" >/dev/null || compgen -G "/usr/lib/libpangoft2-1.0.so.0" >/dev/null \
  || missing+=(libpangoft2-1.0-0)
if [ "${#missing[@]}" -gt 0 ]; then
  what="${missing[*]}"
  apt_install "${what// / and }" "${missing[@]}" || exit 1
  if ! command -v chromium >/dev/null 2>&1; then
    echo "gongbao tests: chromium is still missing after apt-get installed it" >&2
    exit 1
  fi
fi
command -v chromium
