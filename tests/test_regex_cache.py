"""The compiled-pattern cache of the command line (gongbao.regex_cache) hands the engine
exactly what Python's compiler would: every pattern the parser uses, made from the cache,
equals a freshly compiled one (``Pattern.__eq__`` compares the engine's program), and
`gongbao parse` prints the same bytes with the cache cold, warm or damaged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SAMPLE

#: in a new Python: install the cache, import and run the parser, report what came from it
_CHECK = """
import json, re, sys
from re import _compiler
from gongbao import regex_cache
regex_cache.install()
from gongbao.pipeline import parse_file
parse_file(sys.argv[1])
fresh = _compiler.compile.__wrapped__
counts = {"kept": len(regex_cache._kept), "new": len(regex_cache._new)}
kept = {**regex_cache._kept, **regex_cache._new}
differ = [repr(p) for (p, flags) in kept if _compiler.compile(p, flags) != fresh(p, flags)]
regex_cache.save()
print(json.dumps({**counts, "differ": differ}))
"""


#: the issue printed as `gongbao parse` prints it, by Python's own re alone
_PLAIN = """
import sys
from gongbao.cli import render_issue
from gongbao.pipeline import parse_file
print(render_issue("json", parse_file(sys.argv[1])))
"""


def _run(cache: Path, *argv: str) -> subprocess.CompletedProcess[bytes]:
    # one hash seed: a pattern joined from a set's words is then the same text in each run
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), PYTHONHASHSEED="0")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    run = subprocess.run([sys.executable, *argv], env=env, capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode()
    return run


def _check(cache: Path) -> dict[str, object]:
    result: dict[str, object] = json.loads(_run(cache, "-c", _CHECK, str(SAMPLE)).stdout)
    return result


def test_patterns_made_from_the_cache_equal_fresh_ones(tmp_path: Path) -> None:
    cold = _check(tmp_path)
    assert cold["kept"] == 0 and cold["differ"] == []
    assert isinstance(cold["new"], int) and cold["new"] > 300  # the parser's rules
    warm = _check(tmp_path)
    assert warm["new"] == 0  # every one came from the cache
    assert warm["kept"] == cold["new"] and warm["differ"] == []


def test_a_damaged_cache_is_not_used(tmp_path: Path) -> None:
    _check(tmp_path)
    [kept] = (tmp_path / "gongbao").glob("re-*.bin")
    raw = bytearray(kept.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # one byte of some pattern's program flipped
    kept.write_bytes(bytes(raw))
    again = _check(tmp_path)
    assert again["kept"] == 0 and again["differ"] == []


def test_parse_prints_the_same_with_the_cache_cold_and_warm(tmp_path: Path) -> None:
    argv = ["-m", "gongbao.cli", "parse", str(SAMPLE)]
    plain = _run(tmp_path / "none", "-c", _PLAIN, str(SAMPLE)).stdout
    cold = _run(tmp_path, *argv).stdout
    warm = _run(tmp_path, *argv).stdout
    assert list((tmp_path / "gongbao").glob("re-*.bin"))
    assert cold == plain and warm == plain


#: patterns compiled in a new Python under ``install(COMMAND, limit=5)``, then what was kept
_LIMITED = """
import json, re, sys
from gongbao import regex_cache
regex_cache.install(sys.argv[1], limit=5)
for word in sys.argv[2:]:
    re.compile(word)
regex_cache.stop()
print(json.dumps(sorted(p for p, _ in regex_cache._read(regex_cache._cache_path(sys.argv[1])))))
"""


def test_each_command_keeps_its_own_patterns_and_no_more_than_its_limit(tmp_path: Path) -> None:
    """A search's query words come and go: past its limit, its file keeps only what the last
    search used. And what one command compiled is not read by another."""
    words = [f"词{k}" for k in range(8)]
    first = json.loads(_run(tmp_path, "-c", _LIMITED, "search", *words).stdout)
    assert first == sorted(words)  # over the limit, but every one of them used by this search
    second = json.loads(_run(tmp_path, "-c", _LIMITED, "search", "词0", "养老").stdout)
    assert second == ["养老", "词0"]
    other = json.loads(_run(tmp_path, "-c", _LIMITED, "parse", "养老").stdout)
    assert other == ["养老"]
    assert len(list((tmp_path / "gongbao").glob("re-*-search-*.bin"))) == 1
