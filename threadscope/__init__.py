"""threadscope: who said what to whom in an exported X conversation, who
agreed, and who predicted what, by when, and how sure they were.

    >>> import threadscope
    >>> corpus = threadscope.load(["samples/fable_thread.twarc2.jsonl"])
    >>> thread = corpus.threads[0]
    >>> thread.graph, thread.root, thread.posts, thread.participants
"""
from .analysis import Analysis, analyze, analyze_all
from .corpus import Corpus, Counts, InputProblem, load
from .export import read_table
from .model import Missing, Post, Problem, Skipped, SourceInfo, User
from .report import write_report
from .thread import Thread
from .version import __version__


__all__ = ["load", "analyze", "analyze_all", "write_report", "read_table", "Counts", "Analysis", "Corpus", "Thread", "Post", "User", "Problem", "Missing", "Skipped", "SourceInfo",
           "InputProblem", "__version__"]
