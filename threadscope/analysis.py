"""analyze(thread) -> Analysis: the Thread plus one pandas table per finding.

Analyzers are pure functions of threads; nothing here reads files. The
forecasts of several threads analysed together share proposition ids
(``analyze_all``), as the spec asks for one input; stance uses each thread's
forecasts (a reply stating another window for its parent's proposition
denies it).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import networkx as nx
import pandas as pd

from .claims import claims_frame
from .forecasts import extract_forecasts, forecasts_frame
from .agreement import agreement_graph, agreement_table, participant_stance
from .stance import stance_table
from .thread import Thread


@dataclass
class Analysis:
    """What one conversation says: its thread, forecasts, claims, the stance
    of each post, who agreed with whom, and each participant's stance toward
    the root."""

    thread: Thread
    forecasts: pd.DataFrame
    claims: pd.DataFrame
    stance: pd.DataFrame
    agreement: pd.DataFrame
    participant_stance: pd.DataFrame
    agreement_graph: nx.DiGraph


def _analysis(thread: Thread, records: list) -> Analysis:
    stance = stance_table(thread, records)
    agreement, people = agreement_table(stance), participant_stance(stance)
    return Analysis(thread, forecasts_frame(records), claims_frame(thread), stance, agreement, people,
                    agreement_graph(stance, agreement, people))


def analyze(thread: Thread) -> Analysis:
    return _analysis(thread, extract_forecasts(thread))


def _forecasts_by_thread(threads: list[Thread]) -> dict[str, list]:
    """The forecasts of one input (propositions shared), filed by thread."""
    owner = {pid: t.id for t in threads for pid in t.by_id}
    by_thread: dict[str, list] = {t.id: [] for t in threads}
    for r in extract_forecasts(threads):
        by_thread[owner[r.post_id]].append(r)
    return by_thread


def analyze_all(threads: Iterable[Thread]) -> list[Analysis]:
    """Analyses of the threads of one input, their propositions shared."""
    threads = list(threads)
    by_thread = _forecasts_by_thread(threads)
    return [_analysis(t, by_thread[t.id]) for t in threads]


def forecasts_of(threads: Iterable[Thread]) -> pd.DataFrame:
    """One forecasts table for a whole input (the ``predictions`` command)."""
    return forecasts_frame(extract_forecasts(list(threads)))


def claims_of(threads: Iterable[Thread]) -> pd.DataFrame:
    frames = [claims_frame(t) for t in threads]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else claims_frame([])


def stance_of(threads: Iterable[Thread]) -> pd.DataFrame:
    """One stance table for a whole input (the ``stance`` command)."""
    threads = list(threads)
    by_thread = _forecasts_by_thread(threads)
    frames = [stance_table(t, by_thread[t.id]) for t in threads]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else stance_table(Thread("0", {}), [])
