"""threadscope: who said what to whom in an exported X conversation, who
agreed, and who predicted what, by when, and how sure they were.

    >>> import threadscope
    >>> corpus = threadscope.load(["samples/fable_thread.twarc2.jsonl"])
    >>> thread = corpus.threads[0]
    >>> thread.graph, thread.root, thread.posts, thread.participants

The names below load their module when first used, so that a command which
only reads and counts (``threadscope stats``) does not pay for the
analyzers and the report.
"""
from __future__ import annotations

import importlib

from .version import __version__

_WHERE = {
    "Analysis": "analysis", "analyze": "analysis", "analyze_all": "analysis",
    "Corpus": "corpus", "Counts": "corpus", "InputProblem": "corpus", "load": "corpus",
    "read_table": "export",
    "Missing": "model", "Post": "model", "Problem": "model", "Skipped": "model", "SourceInfo": "model", "User": "model",
    "write_report": "report",
    "Thread": "thread",
}

__all__ = [*_WHERE, "__version__"]


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'threadscope' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
