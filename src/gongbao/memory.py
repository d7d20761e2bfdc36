"""A process's address space, which the parse workers' memory limit (RLIMIT_AS) counts."""

from __future__ import annotations


def address_space() -> int:
    """This process's address space in bytes (0 where the system does not say)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0
