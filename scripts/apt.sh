#!/usr/bin/env bash
# apt_install WHAT PACKAGE…: install Debian packages the tests need, as root or through sudo.
# Where that cannot work (not root and no sudo, no apt-get, apt-get failing: no network, no
# mirror), one line on stderr says what is missing and how to get it, and the return status
# is 1. Sourced by scripts/browser.sh and scripts/pg.sh.
apt_install() {
  local what="$1" how
  shift
  local are="are"
  [ "$#" = 1 ] && are="is"
  local -a run=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; then
      run=(sudo -n)
    else
      echo "gongbao tests: $what $are missing and apt-get cannot run as this user" \
        "(not root, no sudo); install $* or run as root" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "gongbao tests: $what $are missing and there is no apt-get here;" \
      "install $* with this system's package manager" >&2
    return 1
  fi
  local log
  log="$(mktemp)"
  if ! "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 \
    || ! "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$log" 2>&1; then
    # apt-get's own reason, in its last line starting E: (or its last line)
    how="$(grep '^E:' "$log" | tail -n 1)"
    [ -n "$how" ] || how="$(tail -n 1 "$log")"
    rm -f "$log"
    echo "gongbao tests: $what $are missing and apt-get could not install $*" \
      "(${how:-no reason given}); install by hand, or run where apt-get reaches its mirror" >&2
    return 1
  fi
  rm -f "$log"
}
