#!/usr/bin/env bash
# Tesseract and its Chinese models (simplified, traditional) from Debian, for the OCR
# benchmark (benchmarks/ocr_cer.py measures it beside RapidOCR, the engine gongbao reads scans
# with, which comes from its Python wheel). Prints the folder of the models.
# Where they are missing and cannot be installed, one line on stderr says so; exit status 1.
set -euo pipefail
source "$(dirname "$0")/apt.sh"
missing=()
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
for lang in chi_sim chi_tra; do
  tesseract --list-langs 2>/dev/null | grep -qx "$lang" || missing+=("tesseract-ocr-${lang//_/-}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  what="${missing[*]}"
  apt_install "${what// / and }" "${missing[@]}" || exit 1
  if ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then
    echo "gongbao tests: tesseract's chi_sim model is still missing after apt-get installed it" >&2
    exit 1
  fi
fi
tesseract --list-langs 2>/dev/null | sed -n 's/^List of available languages in "\(.*\)".*/\1/p'
