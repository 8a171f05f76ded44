"""analyze(thread) -> Analysis: the Thread plus one pandas table per finding.

:func:`analyze` is the one per-conversation entry point: the CLI commands,
the Python API and the report all go through it, and a worker analysing
conversations in parallel calls it unchanged. Analyzers are pure functions
of threads; nothing here reads files.

Each table is computed the first time it is read (and kept), so a command
that prints claims never runs the stance model. The forecasts of several
threads analysed together share proposition ids and let a quote post answer
a forecast of another conversation, as the spec asks for one input: that
pass runs once per input (:func:`input_forecasts`) and hands each thread its
records; it is one walk in the calling process, its sentence scans done
ahead by the workers (:mod:`threadscope.forecasts.prescan`). Stance uses each thread's forecasts (a reply stating another
window for its parent's proposition denies it).

Workers. ``workers=N`` computes the per-conversation tables (claims, stance,
agreement) of many conversations in N processes, a conversation never split
between two, and gives the same tables, byte for byte, as one process: each
worker runs the same :class:`Analysis` properties. The processes are forked
(they inherit the threads instead of receiving them), so where fork is not
available (Windows) the work stays in one process.
"""
from __future__ import annotations

from concurrent.futures import Executor
from functools import cached_property
from typing import Iterable

import networkx as nx
import pandas as pd

from .claims import claims_frame
from .forecasts import Forecast, extract_forecasts, forecasts_frame
from .forking import forked_map, worth_forking
from .stance import agreement_graph, agreement_table, participant_stance, stance_table
from .thread import Thread


class Analysis:
    """What one conversation says: its thread, forecasts, claims, the stance
    of each post, who agreed with whom, and each participant's stance toward
    the root. ``forecast_records`` are the thread's records as extracted with
    the rest of its input, or None to extract them from the thread alone."""

    def __init__(self, thread: Thread, forecast_records: list[Forecast] | None = None):
        self.thread = thread
        if forecast_records is not None:
            self.forecast_records = forecast_records

    def __repr__(self) -> str:
        return f"<Analysis of {self.thread!r}>"

    @cached_property
    def forecast_records(self) -> list[Forecast]:
        return extract_forecasts(self.thread)

    @cached_property
    def forecasts(self) -> pd.DataFrame:
        return forecasts_frame(self.forecast_records)

    @cached_property
    def claims(self) -> pd.DataFrame:
        return claims_frame(self.thread)

    @cached_property
    def stance(self) -> pd.DataFrame:
        return stance_table(self.thread, self.forecast_records)

    @cached_property
    def agreement(self) -> pd.DataFrame:
        return agreement_table(self.stance)

    @cached_property
    def participant_stance(self) -> pd.DataFrame:
        return participant_stance(self.stance)

    @cached_property
    def agreement_graph(self) -> nx.DiGraph:
        return agreement_graph(self.stance, self.agreement, self.participant_stance)


def analyze(thread: Thread, forecast_records: list[Forecast] | None = None) -> Analysis:
    """The analysis of one conversation (see :class:`Analysis`)."""
    return Analysis(thread, forecast_records)


def input_forecasts(threads: list[Thread], progress=None, workers: int = 1,
                    executor: Executor | None = None) -> dict[str, list[Forecast]]:
    """The forecasts of one input (propositions shared), filed by thread id;
    ``workers`` or ``executor`` scan the sentences ahead of the pass."""
    owner = {pid: t.id for t in threads for pid in t.by_id}
    by_thread: dict[str, list[Forecast]] = {t.id: [] for t in threads}
    for r in extract_forecasts(threads, progress, workers, executor):
        by_thread[owner[r.post_id]].append(r)
    return by_thread


def analyze_all(threads: Iterable[Thread], workers: int = 1, tables: Iterable[str] | None = None,
                executor: Executor | None = None, progress=None) -> list[Analysis]:
    """Analyses of the threads of one input, their propositions shared; with
    ``workers`` > 1 or an ``executor`` their ``tables`` (default: all) are
    computed up front (see :func:`compute`). ``progress(step, posts)`` hears
    of each conversation done, step by step."""
    threads = list(threads)
    by_thread = input_forecasts(threads, progress, workers, executor)
    analyses = [analyze(t, by_thread[t.id]) for t in threads]
    compute(analyses, TABLES if tables is None else tables, workers, executor, progress)
    return analyses


TABLES = ("claims", "stance", "agreement", "participant_stance", "agreement_graph")


def compute(analyses: list[Analysis], tables: Iterable[str] = TABLES, workers: int = 1,
            executor: Executor | None = None, progress=None) -> None:
    """Fill ``tables`` of every Analysis, in ``workers`` forked processes when
    there are enough posts to gain from it (else lazily, as they are read),
    or on ``executor`` (any :class:`concurrent.futures.Executor`, such as a
    Dask client's: see :mod:`threadscope.cluster`), which receives each
    Analysis pickled, its thread with it, and sends its tables back."""
    tables = tuple(tables)
    if not tables:
        return
    order = sorted(range(len(analyses)), key=lambda i: -len(analyses[i].thread))   # big ones first
    if executor is not None:
        results = zip(order, executor.map(_tables_from, [analyses[i] for i in order], [tables] * len(order)))
    elif worth_forking([len(a.thread) for a in analyses], workers):
        results = forked_map(_tables_from, analyses, workers, order, (tables,))
    else:
        return
    for i, found in results:
        analyses[i].__dict__.update(found)
        if progress is not None:
            progress("analysis", len(analyses[i].thread))


def _tables_from(a: Analysis, tables: tuple[str, ...]) -> dict:
    return {name: getattr(a, name) for name in tables}


def _stacked(frames: Iterable[pd.DataFrame], empty: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty


def forecasts_of(threads: Iterable[Thread], workers: int = 1, executor: Executor | None = None) -> pd.DataFrame:
    """One forecasts table for a whole input (the ``predictions`` command)."""
    return forecasts_frame(extract_forecasts(list(threads), None, workers, executor))


def claims_of(threads: Iterable[Thread], workers: int = 1, executor: Executor | None = None) -> pd.DataFrame:
    """One claims table for a whole input (the ``claims`` command)."""
    analyses = [analyze(t) for t in threads]
    compute(analyses, ("claims",), workers, executor)
    return _stacked((a.claims for a in analyses), claims_frame([]))


def stance_of(threads: Iterable[Thread], workers: int = 1, executor: Executor | None = None,
              progress=None) -> pd.DataFrame:
    """One stance table for a whole input (the ``stance`` command)."""
    analyses = analyze_all(threads, workers, ("stance",), executor, progress)
    return _stacked((a.stance for a in analyses), stance_table(Thread("0", {}), []))
