"""Write src/gongbao/data/t2s_changed.txt: the characters the installed OpenCC's t2s changes
on their own (``is_traditional`` skips OpenCC for a text holding none of them). Run it after
upgrading OpenCC; tests/test_script_skip.py fails until it is run.

    python scripts/t2s_changed.py
"""

from __future__ import annotations

import opencc

from gongbao.script import CHANGED_FILE, probe_changed_alone

if __name__ == "__main__":
    chars = probe_changed_alone()
    version = getattr(opencc, "__version__", "unknown")
    CHANGED_FILE.write_text(f"opencc {version} t2s\n{chars}", encoding="utf-8")
    print(f"{CHANGED_FILE}: {len(chars)} characters (opencc {version})")
