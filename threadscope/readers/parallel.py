"""Reading one large JSON-lines file on every core.

A JSON-lines export is a sequence of independent records, so a file can be
cut at line ends into runs that forked workers read at once, each with the
same per-line code as a serial read (:func:`read_line`). What a run yields
(posts, users and problems, in its order) comes back pickled and is handed
on in file order, problems at the very places a serial read would put them,
so the corpus built from it is the same, byte for byte, for any number of
workers. The line numbers are counted by the parent before the fork, so
every post and problem keeps its ``file:line``.

Only regular, uncompressed files of at least :data:`MIN_BYTES` are split: a
gzip stream cannot be entered in the middle, a pipe cannot be read twice,
and below a few tens of megabytes the fork and the pickling cost more than
they save. On Dask (``--dask``) the runs are read by the cluster's workers. The digest and byte count of the file are taken by a thread of
the parent while the workers read.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import Executor
from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..model import Problem
from .common import Context

MIN_BYTES = 32 * 2**20
RUNS_PER_WORKER = 4      # more runs than workers, so that one slow run does not keep the others waiting
_BLOCK = 1 << 23


@dataclass(frozen=True, slots=True)
class Run:
    """Bytes ``start`` to ``end`` of a file, whose first line is ``line``."""

    start: int
    end: int
    line: int


@dataclass(slots=True)
class RunResult:
    """What reading a run found, in order; ``not_posts`` and ``records``
    count as :class:`Context` and :class:`SourceInfo` do."""

    events: list = field(default_factory=list)
    records: int = 0
    not_posts: int = 0
    shapes: set = field(default_factory=set)


def worth_splitting(path, start: int, workers: int) -> bool:
    from ..forking import can_fork
    try:
        size = os.path.getsize(path)
    except OSError:
        return False
    return workers > 1 and size - start >= MIN_BYTES and can_fork()


def runs(path, start: int, line: int, pieces: int) -> list[Run]:
    """``pieces`` runs of about equal size from byte ``start`` (line
    ``line``) to the end, each cut just after a newline."""
    fd = os.open(path, os.O_RDONLY)
    try:
        size = os.fstat(fd).st_size
        cuts = [start]
        for k in range(1, pieces):
            cut = _line_end(fd, max(cuts[-1], start + (size - start) * k // pieces), size)
            if cut > cuts[-1] and cut < size:
                cuts.append(cut)
        cuts.append(size)
        out = []
        for a, b in zip(cuts, cuts[1:]):
            out.append(Run(a, b, line))
            line += _newlines(fd, a, b)
        return out
    finally:
        os.close(fd)


def _line_end(fd: int, pos: int, size: int) -> int:
    """The offset just after the first newline at or after ``pos``."""
    while pos < size:
        block = os.pread(fd, 1 << 16, pos)
        if not block:
            break
        i = block.find(b"\n")
        if i >= 0:
            return pos + i + 1
        pos += len(block)
    return size


def _newlines(fd: int, a: int, b: int) -> int:
    n = 0
    while a < b:
        block = os.pread(fd, min(_BLOCK, b - a), a)
        if not block:
            break
        n += block.count(b"\n")
        a += len(block)
    return n


def read_run(run: Run, path: str, name: str, forced: str | None, read_line: Callable) -> RunResult:
    """Read one run with ``read_line``, the reader of a serial read (in a worker)."""
    ctx = Context(name)
    out = RunResult()
    events = out.events
    with open(path, "rb", buffering=1 << 20) as f:
        f.seek(run.start)
        pos, lineno = run.start, run.line
        while pos < run.end:
            line = f.readline()
            if not line:
                break
            pos += len(line)
            if line.strip():
                ctx.line = lineno
                out.records += 1
                for event in read_line(line, ctx, forced, out.shapes):
                    # the problems raised before an event was yielded go before it, as the
                    # parent puts them back into its Context just before handing the event on
                    if ctx.problems:
                        events.extend(ctx.problems)
                        ctx.problems.clear()
                    events.append(event)
            lineno += 1
        events.extend(ctx.problems)
    out.not_posts = ctx.not_posts
    return out


def read_split(path: str, name: str, start: int, line: int, forced: str | None, ctx: Context, shapes: set,
               workers: int, drain: Callable[[], None], read_line: Callable,
               executor: Executor | None = None) -> Iterator:
    """The events of the file from byte ``start`` (line ``line``) on, read
    by ``workers`` forked processes with ``read_line`` (a module-level
    function: it reaches the workers by name); problems go to ``ctx.problems`` where a
    serial read would raise them, the records count is returned at the end
    (``StopIteration.value``). ``drain`` (reading the rest of the file for
    its digest) runs in a thread meanwhile. With an ``executor`` (Dask's),
    the runs are read by its workers, which must see the file at the same
    absolute path (a shared file system); where one cannot, the file is read
    by forked workers here instead."""
    from ..forking import forked_map
    hashing = threading.Thread(target=drain, name="threadscope-digest", daemon=True)
    hashing.start()
    records = 0
    try:
        pieces = runs(path, start, line, workers * RUNS_PER_WORKER)
        results = None
        if executor is not None:
            results = _on_cluster(executor, pieces, os.path.abspath(path), name, forced, read_line)
        if results is None:
            results = (r for _, r in forked_map(read_run, pieces, workers, args=(path, name, forced, read_line)))
        for result in results:
            records += result.records
            ctx.not_posts += result.not_posts
            shapes |= result.shapes
            for event in result.events:
                if isinstance(event, Problem):
                    ctx.problems.append(event)
                else:
                    yield event
    finally:
        hashing.join()
    return records


def _on_cluster(executor: Executor, pieces: list[Run], path: str, name: str, forced: str | None,
                read_line: Callable) -> list[RunResult] | None:
    """Every run read by the cluster, in order; None when a worker cannot
    read the file (it is not on a file system the workers share)."""
    n = len(pieces)
    try:
        return list(executor.map(read_run, pieces, [path] * n, [name] * n, [forced] * n, [read_line] * n))
    except OSError:
        return None

