"""The command line's cache of the methods ``dataclasses`` writes (gongbao.dataclass_cache)
runs exactly the code Python's compiler makes of the same text, and none from a damaged file.
(`gongbao parse` printing the same bytes with the caches cold and warm:
tests/test_regex_cache.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

#: in a new Python: install the cache, import the parser, compare what came from the cache
_CHECK = """
import json
from gongbao import dataclass_cache
dataclass_cache.install()
import gongbao.pipeline
from gongbao.model import Source
counts = {"kept": len(dataclass_cache._kept), "new": len(dataclass_cache._new)}
made = {**dataclass_cache._kept, **dataclass_cache._new}
differ = [
    text for text, code in made.items()
    if code != compile(text, "<string>", "exec", dont_inherit=True)
]
# a class made through the cache behaves as one made by Python's own
same = repr(Source("d", line=3)) == "Source(document='d', block=None, span=None, line=3, " \\
    "end_line=None, page=None)" and Source(line=1) == Source(line=1)
dataclass_cache.stop()
print(json.dumps({**counts, "differ": differ, "same": same}))
"""


def _check(cache: Path) -> dict[str, object]:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    run = subprocess.run(
        [sys.executable, "-c", _CHECK], env=env, capture_output=True, timeout=300, check=False
    )
    assert run.returncode == 0, run.stderr.decode()
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_code_from_the_cache_equals_freshly_compiled_code(tmp_path: Path) -> None:
    cold = _check(tmp_path)
    assert cold["kept"] == 0 and cold["differ"] == [] and cold["same"] is True
    assert isinstance(cold["new"], int) and cold["new"] > 100  # the parser's 50 dataclasses
    warm = _check(tmp_path)
    assert warm["new"] == 0  # every one came from the cache
    assert warm["kept"] == cold["new"] and warm["differ"] == [] and warm["same"] is True


def test_a_damaged_cache_is_not_used(tmp_path: Path) -> None:
    _check(tmp_path)
    [kept] = (tmp_path / "gongbao").glob("dataclass-*.bin")
    raw = bytearray(kept.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    kept.write_bytes(bytes(raw))
    again = _check(tmp_path)
    assert again["kept"] == 0 and again["new"] == _check(tmp_path)["kept"]
