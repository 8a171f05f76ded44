"""The forecast pass on every core: its costly scans run ahead in workers.

:func:`primed` hands the extractor the threads of an input one by one, as
the serial walk needs them, with the calendar-grammar, hedge and gate scans of
their sentences already done by forked workers (or by a Dask executor) and
installed in :mod:`.scancache`. The workers scan the sentences the walk
will read (each post's sentences, links blanked, as
``extract._own_forecasts`` splits them); anything else the walk scans
itself. A large conversation is cut into pieces of :data:`PIECE` posts for
the workers (a scan needs only its sentence and the post's date), so even
an input of one conversation uses every core; on Dask whole threads travel,
as they do for the analyses.
"""
from __future__ import annotations

from collections import Counter
from concurrent.futures import Executor
from typing import Iterable, Iterator

from ..forking import forked_map, worth_forking
from ..thread import Thread
from . import futurity, hedges, timeexpr
from .sentences import LINKS, split_sentences

__all__ = ["LANGUAGES", "PIECE", "primed", "reads", "scans_of"]

LANGUAGES = {"en", "zh", "es", "de", "fr", "ja", "und", "qme", "qht", "zxx", None, ""}
PIECE = 1000


def reads(post) -> bool:
    """Whether the extractor reads this post for forecasts."""
    return post.kind != "retweet" and post.lang in LANGUAGES and post.created_at is not None


def _blank_links(m) -> str:
    return " " * len(m.group(0))


def scans_of(posts: Iterable) -> tuple[dict, dict, dict]:
    """The grammar, hedge and gate scans of the sentences of ``posts``:
    ``({(sentence, date): windows}, {(sentence,): candidates}, {(sentence,): gates})``."""
    windows: dict = {}
    candidates: dict = {}
    gates: dict = {}
    for post in posts:
        if not reads(post):
            continue
        today = post.created_at.date()
        for _, sentence in split_sentences(LINKS.sub(_blank_links, post.text), post.body_start):
            if (sentence, today) not in windows:
                windows[sentence, today] = timeexpr._windows.fn(sentence, today)
            if (sentence,) not in candidates:
                candidates[sentence,] = hedges._candidates.fn(sentence)
                gates[sentence,] = futurity.gates.fn(sentence)
    return windows, candidates, gates


def primed(threads: Iterable[Thread], workers: int = 1, executor: Executor | None = None) -> Iterator[Thread]:
    """The threads, in order, each with its scans installed while the caller
    walks it (see the module docs); with one worker and no executor, the
    threads as they are."""
    threads = list(threads)
    if executor is None and not worth_forking([len(t) for t in threads], workers):
        yield from threads
        return
    pieces: list[tuple[int, list]] = []
    for i, t in enumerate(threads):
        posts = list(t)
        step = len(posts) if executor is not None else PIECE
        pieces.extend((i, posts[lo:lo + step]) for lo in range(0, len(posts), max(step, 1)))
    if executor is not None:
        scans = executor.map(scans_of, [p for _, p in pieces])
    else:
        scans = (r for _, r in forked_map(scans_of, [p for _, p in pieces], workers))
    try:
        yield from _install(threads, [i for i, _ in pieces], scans)
    finally:
        _prime({}, {}, {})


def _prime(windows: dict, candidates: dict, gates: dict) -> None:
    timeexpr._windows.known = windows
    hedges._candidates.known = candidates
    futurity.gates.known = gates


def _install(threads: list[Thread], owners: list[int], scans: Iterator[tuple[dict, dict, dict]]) -> Iterator[Thread]:
    """Install the scans of each thread's pieces (``owners[k]`` is the thread
    of piece k, in order), then hand the thread on."""
    count = Counter(owners)
    scans = iter(scans)
    for i, thread in enumerate(threads):
        known: tuple[dict, dict, dict] = ({}, {}, {})
        for _ in range(count[i]):
            for table, found in zip(known, next(scans)):
                table.update(found)
        _prime(*known)
        yield thread
