"""Scan results computed ahead, in another process, consulted before scanning.

The forecast pass over an input is one walk in the calling process (it
shares propositions and questions across conversations), but most of its
time goes to pure scans: the calendar grammar, the hedge table and the
gate words, each a function of a sentence (and the post's date). Workers run those scans on
conversations ahead of the walk (:mod:`.prescan`) and the walk finds their
results here; what they did not foresee it scans itself. A result is the
same whoever computed it, so the records never depend on the workers.
"""
from __future__ import annotations

from typing import Callable

__all__ = ["Primed"]


class Primed:
    """``fn`` (a pure function) with a table of results known ahead:
    ``known[args]`` is returned instead of calling it."""

    __slots__ = ("fn", "known")

    def __init__(self, fn: Callable):
        self.fn = fn
        self.known: dict = {}

    def __call__(self, *args):
        hit = self.known.get(args)
        return self.fn(*args) if hit is None else hit
