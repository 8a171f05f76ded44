"""Work on many items in forked processes, results in the items' order.

The analyses and the forecast pass split an input by conversation across
processes. Forked workers inherit the conversations instead of receiving
them pickled, which is what makes the split pay on one machine; the items
are handed to the children through a module global set just before the
fork (a child sees the parent's memory as it was then). Where fork is not
available (Windows, or a platform that forbids it) the caller gets None and
does the work itself, so results never depend on the platform.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator, Sequence

__all__ = ["MIN_POSTS", "can_fork", "default_workers", "forked_map", "worth_forking"]

MIN_POSTS = 2000     # below this, starting processes costs more than it saves
_ITEMS: Sequence = ()
_FN: Callable | None = None


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def worth_forking(sizes: Sequence[int], workers: int) -> bool:
    """Whether splitting work of these sizes (posts per item) across
    ``workers`` forked processes pays for starting them."""
    return workers > 1 and len(sizes) > 1 and sum(sizes) >= MIN_POSTS and can_fork()


def _call(i: int, args: tuple):
    return _FN(_ITEMS[i], *args)


def forked_map(fn: Callable, items: Sequence, workers: int, order: Sequence[int] | None = None,
               args: tuple = ()) -> Iterator[tuple[int, object]]:
    """``(i, fn(items[i], *args))`` for each ``i`` of ``order`` (default: every
    index in turn), computed in ``workers`` forked processes and yielded in
    that order. ``fn`` must be a module-level function (it is looked up by
    the children, not pickled with its closure)."""
    global _ITEMS, _FN
    order = range(len(items)) if order is None else list(order)
    _ITEMS, _FN = items, fn
    try:
        with ProcessPoolExecutor(max_workers=max(1, min(workers, len(order))),
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            yield from zip(order, pool.map(_call, order, [args] * len(order)))
    finally:
        _ITEMS, _FN = (), None
