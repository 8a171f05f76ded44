"""analyze(thread) -> Analysis: the Thread plus one pandas table per finding.

Analyzers are pure functions of threads; nothing here reads files. The
forecasts of several threads analysed together share proposition ids
(``analyze_corpus``), as the spec asks for one input.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from .claims import claims_frame
from .forecasts import extract_forecasts, forecasts_frame
from .thread import Thread


@dataclass
class Analysis:
    """What one conversation says: its thread, forecasts and claims."""

    thread: Thread
    forecasts: pd.DataFrame
    claims: pd.DataFrame


def analyze(thread: Thread) -> Analysis:
    return Analysis(thread, forecasts_frame(extract_forecasts(thread)), claims_frame(thread))


def analyze_all(threads: Iterable[Thread]) -> list[Analysis]:
    """Analyses of the threads of one input, their propositions shared."""
    threads = list(threads)
    records = extract_forecasts(threads)
    by_thread: dict[str, list] = {}
    owner = {pid: t.id for t in threads for pid in t.by_id}
    for r in records:
        by_thread.setdefault(owner[r.post_id], []).append(r)
    return [Analysis(t, forecasts_frame(by_thread.get(t.id, [])), claims_frame(t)) for t in threads]


def forecasts_of(threads: Iterable[Thread]) -> pd.DataFrame:
    """One forecasts table for a whole input (the ``predictions`` command)."""
    return forecasts_frame(extract_forecasts(list(threads)))


def claims_of(threads: Iterable[Thread]) -> pd.DataFrame:
    frames = [claims_frame(t) for t in threads]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else claims_frame([])
