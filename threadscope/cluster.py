"""Analyses on Dask, beyond one machine: ``--dask local`` or ``--dask
tcp://HOST:PORT``.

The split is the one of ``--workers``: one task per conversation, the
largest first, each running :class:`threadscope.analysis.Analysis` on a
Dask worker and sending its tables back, so the outputs are the ones of a
local run, byte for byte. A large JSON-lines input is read in runs by the
workers too (:mod:`threadscope.readers.parallel`, where they see the file
at the same path); the posts are grouped into conversations, and the
forecast pass (which shares proposition ids across the input) is run, by
the calling process;
the conversations travel to the workers pickled (a Thread pickles on its
own). Dask's scheduler does the scheduling; threadscope has none of its own.

On a real cluster, every worker needs the same threadscope installed
(``pip install 'threadscope[dask]'``); start a scheduler and workers with
Dask's own tools (``dask scheduler``, ``dask worker tcp://HOST:8786``, or a
deployment such as dask-jobqueue or dask-kubernetes) and pass the
scheduler's address.
"""
from __future__ import annotations

import contextlib
from concurrent.futures import Executor
from typing import Iterator

from .forking import default_workers


class ClusterUnavailable(RuntimeError):
    """Dask is not installed, or the scheduler cannot be reached."""


@contextlib.contextmanager
def dask_executor(address: str, workers: int | None = None, timeout: float = 30) -> Iterator[Executor]:
    """An Executor on Dask: ``local`` starts a local cluster of ``workers``
    single-threaded processes (default: the cores available) for the
    duration of the block; anything else is a scheduler's address, given
    ``timeout`` seconds to answer."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClusterUnavailable("--dask needs Dask's distributed scheduler: pip install 'threadscope[dask]'") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=50)
            client = Client(cluster)
        else:
            client = Client(address, timeout=timeout)
    except OSError as e:
        if cluster is not None:
            cluster.close()
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {e}") from None
    try:
        yield client.get_executor()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
