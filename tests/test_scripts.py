"""scripts/test.sh, browser.sh and pg.sh where apt-get cannot install what is missing (issue
14): one line on stderr naming what is missing and how to get it, and a non-zero exit —
never a silent stop. Each runs under a PATH of its own: chromium, fc-list, sudo and
PostgreSQL absent, ``id`` and ``apt-get`` stubs (a failing apt-get logs its calls), so the
machine's real installs are neither used nor touched."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

TOOLS = ("bash", "env", "dirname", "grep", "tail", "mktemp", "rm", "cat")
BROWSER = "chromium and fonts-noto-cjk are missing"
APT_ERROR = "E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease"


def _bin(tmp_path: Path, uid: int) -> Path:
    """A folder for PATH: the few tools the scripts use, ``id -u`` answering ``uid``, an
    apt-get that fails as it does offline, a python3 whose pip installs nothing."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        assert found, tool
        (folder / tool).symlink_to(found)
    stubs = {
        "id": f"echo {uid}\n",
        "apt-get": f'echo "apt-get $*" >> "{tmp_path}/apt.log"\necho "{APT_ERROR}" >&2\nexit 100\n',
        "python3": "exit 0\n",
    }
    for name, body in stubs.items():
        (folder / name).write_text("#!/bin/sh\n" + body)
        (folder / name).chmod(0o755)
    return folder


def _run(script: str, tmp_path: Path, uid: int, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": str(_bin(tmp_path, uid)),
        "HOME": str(tmp_path),
        # pg.sh: no PostgreSQL here, and a port and folder no real server uses
        "GONGBAO_PG_LIB": str(tmp_path / "no-postgresql"),
        "GONGBAO_PG_PORT": "1",
        "GONGBAO_PG_DIR": str(tmp_path / "pg"),
    }
    return subprocess.run(
        [shutil.which("bash") or "bash", str(ROOT / "scripts" / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )


def _apt_calls(tmp_path: Path) -> list[str]:
    log = tmp_path / "apt.log"
    return log.read_text().splitlines() if log.exists() else []


def test_browser_without_root_or_sudo(tmp_path: Path) -> None:
    r = _run("browser.sh", tmp_path, 1000)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.splitlines() == [
        f"gongbao tests: {BROWSER} and apt-get cannot run as this user (not root, no sudo); "
        "install chromium fonts-noto-cjk or run as root"
    ]
    assert _apt_calls(tmp_path) == []


def test_browser_when_apt_get_fails(tmp_path: Path) -> None:
    r = _run("browser.sh", tmp_path, 0)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.splitlines() == [
        f"gongbao tests: {BROWSER} and apt-get could not install chromium fonts-noto-cjk "
        f"({APT_ERROR}); install by hand, or run where apt-get reaches its mirror"
    ]
    assert _apt_calls(tmp_path) == ["apt-get update -qq"]


@pytest.mark.parametrize("uid", [1000, 0])
def test_postgresql_missing(tmp_path: Path, uid: int) -> None:
    r = _run("pg.sh", tmp_path, uid, "start")
    assert r.returncode == 1 and r.stdout == ""
    what = f"postgresql (pg_ctl under {tmp_path / 'no-postgresql'}) is missing"
    assert r.stderr.splitlines() == [
        f"gongbao tests: {what} and apt-get cannot run as this user (not root, no sudo); "
        "install postgresql or run as root"
        if uid
        else f"gongbao tests: {what} and apt-get could not install postgresql ({APT_ERROR}); "
        "install by hand, or run where apt-get reaches its mirror"
    ]
    assert not (tmp_path / "pg").exists()


def test_stopping_postgresql_that_is_not_there(tmp_path: Path) -> None:
    """test.sh stops the server on exit, also when it never started."""
    r = _run("pg.sh", tmp_path, 1000, "stop")
    assert (r.returncode, r.stdout, r.stderr) == (0, "", "")


def test_the_test_script_says_what_is_missing(tmp_path: Path) -> None:
    r = _run("test.sh", tmp_path, 1000)
    assert r.returncode == 1 and r.stdout == ""
    assert r.stderr.splitlines() == [
        f"gongbao tests: {BROWSER} and apt-get cannot run as this user (not root, no sudo); "
        "install chromium fonts-noto-cjk or run as root"
    ]
    assert os.listdir(tmp_path) == ["bin"]  # pg.sh never ran: no server folder, no apt calls
