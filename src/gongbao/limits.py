"""What one parse may take, and how a parse in this process is held to it.

A parse may grow the process's address space by ``GONGBAO_WORKER_MEMORY`` and use
``GONGBAO_WORKER_SECONDS`` of CPU. The ingest parses in worker processes that the system stops
at a limit (``gongbao.store.ingest``). `gongbao parse` of one text or HTML file does not need
a worker: forking one, importing ``multiprocessing`` and the store to run it cost a cold
command a tenth of its time. Here the same limits are set on this process for the parse and
taken off after it: over the memory limit an allocation fails (``MemoryError``); over the CPU
limit the system sends SIGXCPU, which raises ``OverTime`` (also inside a regular expression,
which checks for signals as it runs). Each ends in the same one line as a worker's. A PDF
still goes to a worker: PDFium aborts the whole process when an allocation fails.
"""

from __future__ import annotations

import math
import os
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from gongbao.errors import InputError
from gongbao.memory import address_space, set_soft_limit

#: how much memory a parse may take beyond what its process holds at its start, unless
#: GONGBAO_WORKER_MEMORY says otherwise (a gazette of hundreds of pages needs a few hundred MB)
DEFAULT_WORKER_MEMORY = 768 << 20
#: the CPU seconds one file may take to parse, unless GONGBAO_WORKER_SECONDS says otherwise
DEFAULT_WORKER_SECONDS = 300

_SIZE = re.compile(r"^\s*(\d+)\s*(?:([kmgt])(?:i?b)?|b)?\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one parse may take: address space beyond the process's own at its start, in
    bytes, and CPU seconds (0: no limit)."""

    memory: int = DEFAULT_WORKER_MEMORY
    seconds: int = DEFAULT_WORKER_SECONDS

    def memory_text(self) -> str:
        for unit, shift in (("GiB", 30), ("MiB", 20), ("KiB", 10)):
            if self.memory >= 1 << shift and self.memory % (1 << shift) == 0:
                return f"{self.memory >> shift} {unit}"
        return f"{self.memory} bytes"


def worker_limits() -> Limits:
    """The limits GONGBAO_WORKER_MEMORY (bytes, or 512M, 2G …) and GONGBAO_WORKER_SECONDS
    set, 0 for none; a value that is neither is an ``InputError``."""
    memory, seconds = DEFAULT_WORKER_MEMORY, DEFAULT_WORKER_SECONDS
    raw = os.environ.get("GONGBAO_WORKER_MEMORY", "").strip()
    if raw:
        m = _SIZE.match(raw)
        if not m:
            raise InputError(
                f"GONGBAO_WORKER_MEMORY={raw}: give a size in bytes, or with K, M or G (2G)"
            )
        memory = int(m.group(1)) << {"k": 10, "m": 20, "g": 30, "t": 40}.get(
            (m.group(2) or "").lower(), 0
        )
    raw = os.environ.get("GONGBAO_WORKER_SECONDS", "").strip()
    if raw:
        if not raw.isdigit():
            raise InputError(f"GONGBAO_WORKER_SECONDS={raw}: give a whole number of seconds")
        seconds = int(raw)
    return Limits(memory, seconds)


def over_memory(path: str, limits: Limits) -> str:
    return (
        f"{path}: parsing it needs more than the {limits.memory_text()} memory limit "
        "(raise it with GONGBAO_WORKER_MEMORY)"
    )


def over_time(path: str, limits: Limits) -> str:
    return (
        f"{path}: parsing it took more than the {limits.seconds}-second time limit "
        "(raise it with GONGBAO_WORKER_SECONDS)"
    )


class OverTime(BaseException):
    """The parse used its CPU seconds. Not an ``Exception``: a rule that catches every error
    to go on with the next line must not swallow it."""


def can_limit_here() -> bool:
    """Limits can be set on this process: a POSIX system, and the main thread (the only one
    that may handle a signal)."""
    return hasattr(signal, "SIGXCPU") and threading.current_thread() is threading.main_thread()


@contextmanager
def limited(limits: Limits) -> Iterator[None]:
    """This process held to ``limits`` inside the block, as it was before after it (the
    soft limits and the SIGXCPU handler put back: a test runner is not left capped)."""
    import resource

    fired = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        if fired:
            return  # (the kernel signals again each second past the limit: one stop is enough)
        fired = True
        raise OverTime

    memory = resource.getrlimit(resource.RLIMIT_AS)[0]
    cpu = resource.getrlimit(resource.RLIMIT_CPU)[0]
    handler = signal.signal(signal.SIGXCPU, stop)
    # a signal the thread blocks is never delivered: a library that blocked SIGXCPU and left it
    # so (something earlier in a test run did) let a parse run to its end under any limit
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGXCPU})
    deadline: int | None = None
    try:
        if limits.memory and (base := address_space()):
            set_soft_limit(resource.RLIMIT_AS, base + limits.memory)
        if limits.seconds:  # whole seconds: the parse has at least ``limits.seconds``
            deadline = math.ceil(_cpu_seconds()) + limits.seconds
            set_soft_limit(resource.RLIMIT_CPU, deadline)
        yield
        if fired or (deadline is not None and _cpu_seconds() >= deadline):
            # the signal's exception raised where Python drops it (a garbage collector's
            # callback, a __del__: 'Exception ignored in …'), the block run on to its end:
            # over time all the same (a test runner's gc callback did so under load); and a
            # block past its seconds is over time, whether a signal came or not
            raise OverTime
    finally:
        # the kernel signals again each second past the soft limit: a signal while the limits
        # are put back would leave them half restored (seen on a loaded machine), and the
        # process capped and its handler raising in a test runner's own code (CI saw pytest
        # killed by 'CPU time limit exceeded'): the first signal that lands here raises once,
        # and the putting back is done again whole
        while True:
            try:
                signal.signal(signal.SIGXCPU, signal.SIG_IGN)
                set_soft_limit(resource.RLIMIT_CPU, cpu)
                set_soft_limit(resource.RLIMIT_AS, memory)
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
                signal.signal(signal.SIGXCPU, signal.SIG_DFL if handler is None else handler)
                break
            except OverTime:
                fired = True


def _cpu_seconds() -> float:
    """The CPU seconds this process has used (user and system), as RLIMIT_CPU counts them."""
    import resource

    used = resource.getrusage(resource.RUSAGE_SELF)
    return float(used.ru_utime + used.ru_stime)
