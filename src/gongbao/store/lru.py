"""A bounded least-recently-used map, safe across a server's threads: the search answers and
the snippets a server keeps in memory."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Lru(Generic[K, V]):
    """At most ``budget`` of weight (``weight(key)``, 1 an entry by default), the least
    recently used out first; an entry heavier than ``largest`` is not kept (one long table
    would push out a hundred paragraphs)."""

    def __init__(
        self,
        budget: int,
        weight: Callable[[K], int] | None = None,
        largest: int | None = None,
    ) -> None:
        self._budget = budget
        self._weight = weight or (lambda _key: 1)
        self._largest = largest
        self._held = 0
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: K, value: V) -> None:
        weight = self._weight(key)
        if self._largest is not None and weight > self._largest:
            return
        with self._lock:
            if key not in self._items:
                self._held += weight
            self._items[key] = value
            self._items.move_to_end(key)
            while self._held > self._budget:
                oldest, _ = self._items.popitem(last=False)
                self._held -= self._weight(oldest)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._held = 0
