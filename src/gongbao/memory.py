"""A process's address space, which the parse workers' memory limit (RLIMIT_AS) counts, and
how a limit is set (POSIX only: callers import ``resource`` first)."""

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


def set_soft_limit(which: int, soft: int) -> None:
    """Set a resource's soft limit, never above its hard limit (which a process cannot
    raise)."""
    import resource

    _, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(which, (soft, hard))
