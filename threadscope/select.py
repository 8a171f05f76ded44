"""Which conversations and rows a command keeps: ``--conversation``,
``--since``, ``--until`` and ``--author`` as one :class:`Selection`.

    >>> from threadscope.select import Selection
    >>> sel = Selection.parse(since="2026-06-18T03:00", until="2026-06-18", authors=["@ElonMusk", "jietang"])
    >>> sel.threads(corpus.threads)              # conversations holding a matching post, whole
    >>> sel.rows(forecasts_of(corpus.threads), corpus, holder_column="holder")   # the rows it picks

The rules:

- **Times.** ``since`` and ``until`` are a date (``2026-06-18``) or an ISO
  8601 time (``2026-06-18T03:00``, ``2026-06-18 03:00:00Z``,
  ``2026-06-18T05:00+02:00``); a time without a zone is UTC. Both ends are
  inclusive: a post matches when ``since <= created_at <= until``. A bare
  date for ``until`` means the whole day (``until="2026-06-18"`` keeps
  everything up to 2026-06-18T23:59:59.999999Z); for ``since`` it means the
  day's first instant. ``since`` later than ``until`` is an error. A post
  without a time matches no window (it matches when neither end is given).
- **Authors.** An author is a handle, case-insensitive, with or without a
  leading ``@``, or ``id:<user id>`` (the participant key of an account
  whose export gives no handle, see :func:`threadscope.thread.user_key`),
  which matches that account's posts whether or not the handle is known.
  Several authors: a post by any of them matches. Text may list several,
  separated by commas (a handle has no comma).
- **A post matches** when it was written in the window by one of the
  authors; each part left out matches everything.
- **Analyses run on the whole input.** Stance and forecasts need the text of
  the posts answered (a parent, a quoted post in another conversation), so
  ``predictions``, ``claims``, ``stance`` and ``report`` analyse every
  conversation of the input, whole, exactly as without a selection; the
  selection then only picks what is shown. A filtered table is therefore
  the unfiltered table's subset, with the same proposition ids.
- **Row tables** (``posts``, ``stance``, ``predictions``, ``claims``) keep
  the rows whose post is in the conversation (when ``conversation`` is
  given) and matches: ``posts`` by each row's own ``created_at`` and author
  (a retweet row by the retweet's time and the retweeter), the others by the
  post their ``post_id`` names. A forecast also matches an author who holds
  it (its ``holder`` column): "Elon says probably Q1 2027", posted by
  paulo_tokens, is kept by ``--author elonmusk`` and by ``--author
  paulo_tokens``.
- **Conversation outputs** (``stats``, ``graph``, ``participants``,
  ``report``) keep, whole, the conversations that hold at least one matching
  post of their own (``Thread.by_id``: retweets and placeholders of missing
  posts do not count). Graph edges to a conversation not kept (a quote of
  it) are left out with it.
- ``conversation`` names a conversation id (its root post's id); one the
  input does not hold is a ``LookupError``, and a conversation the other
  parts leave nothing of gives empty outputs (tables with no rows, a graph
  with no nodes; ``threadscope report`` then writes nothing and exits 2,
  while an input that holds no conversation at all still gets its report
  of problems).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import cached_property
from typing import Iterable

import networkx as nx
import pandas as pd

from .model import Post
from .thread import Thread

__all__ = ["Selection", "Narrowed", "analyses_of", "parse_time", "posts_of", "participants_of", "reply_graph_of",
           "participant_graph_of"]

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_END_OF_DAY = timedelta(days=1) - timedelta(microseconds=1)


def parse_time(text: str, *, end_of_day: bool = False) -> datetime:
    """A date or ISO 8601 time as an aware UTC datetime (no zone = UTC). A
    bare date is its first instant, or its last with ``end_of_day``."""
    s = str(text).strip()
    if _DATE.fullmatch(s):
        try:
            start = datetime.combine(date.fromisoformat(s), time(), timezone.utc)
        except ValueError:
            raise ValueError(f"{text!r} is not a date (YYYY-MM-DD)") from None
        return start + _END_OF_DAY if end_of_day else start
    try:
        value = datetime.fromisoformat(s[:-1] + "+00:00" if s[-1:] in ("Z", "z") else s)
    except ValueError:
        raise ValueError(f"{text!r} is not a date or an ISO 8601 time "
                         "(e.g. 2026-06-18, 2026-06-18T03:00, 2026-06-18T03:00:00Z)") from None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _author_key(text: str) -> str:
    key = text.strip()
    if key.lower().startswith("id:"):
        user_id = key[3:].strip()
        if not user_id:
            raise ValueError(f"author {text!r} names no user id (use id:<user id>)")
        return f"id:{user_id}".lower()
    key = key.lstrip("@").strip().lower()
    if not key or any(c.isspace() for c in key):
        raise ValueError(f"{text!r} is not a handle or id:<user id>")
    return key


def _post_keys(post: Post) -> set[str]:
    keys = set()
    if post.author:
        keys.add(post.author.lstrip("@").lower())
    if post.author_id:
        keys.add(f"id:{post.author_id}".lower())
    return keys


@dataclass(frozen=True)
class Selection:
    """What to keep (see the module docs for the rules). ``since`` and
    ``until`` are aware datetimes, both inclusive; ``authors`` holds keys as
    :meth:`parse` normalises them (lower case, no ``@``, or ``id:<user id>``)."""

    conversation: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    authors: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValueError(f"{name} must be timezone-aware")
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ValueError(f"since {_iso(self.since)} is after until {_iso(self.until)}")
        authors = (self.authors,) if isinstance(self.authors, str) else self.authors
        object.__setattr__(self, "authors", frozenset(_author_key(a) for a in authors))

    @classmethod
    def parse(cls, conversation: str | None = None, since: str | None = None, until: str | None = None,
              authors: Iterable[str] = ()) -> "Selection":
        """A selection from command-line text; ``ValueError`` names what is wrong."""
        names = []
        for a in authors:
            parts = [part for part in str(a).split(",") if part.strip()]
            if not parts:
                raise ValueError(f"--author: {a!r} names no author")
            names += parts
        try:
            keys = frozenset(_author_key(n) for n in names)
        except ValueError as e:
            raise ValueError(f"--author: {e}") from None
        start, end = _parsed("--since", since, False), _parsed("--until", until, True)
        if start is not None and end is not None and start > end:
            raise ValueError(f"--since {_iso(start)} is after --until {_iso(end)}")
        return cls(conversation or None, start, end, keys)

    @property
    def narrows_posts(self) -> bool:
        """Whether the time or author parts pick posts (else every post matches)."""
        return self.since is not None or self.until is not None or bool(self.authors)

    # ------------------------------------------------------------ posts

    def matches(self, post: Post | None, holder: str | None = None) -> bool:
        """Whether ``post`` was written in the window by one of the authors
        (or, with ``holder``, states a forecast that author holds)."""
        if not self.narrows_posts:
            return True
        if post is None:
            return False
        if self.since is not None or self.until is not None:
            when = post.created_at
            if when is None or (self.since is not None and when < self.since) or (
                    self.until is not None and when > self.until):
                return False
        if self.authors:
            keys = _post_keys(post)
            if holder:
                keys.add(str(holder).lstrip("@").lower())
            return not keys.isdisjoint(self.authors)
        return True

    # ------------------------------------------------------------ conversations

    def scope(self, threads: Iterable[Thread]) -> list[Thread]:
        """The conversations ``conversation`` names (all without it);
        ``LookupError`` when the input does not hold it."""
        threads = list(threads)
        if self.conversation is None:
            return threads
        found = [t for t in threads if t.id == self.conversation]
        if not found:
            raise LookupError(f"no conversation {self.conversation} in the input")
        return found

    def keeps(self, thread: Thread) -> bool:
        """Whether a conversation has a matching post of its own."""
        if self.conversation is not None and thread.id != self.conversation:
            return False
        return not self.narrows_posts or any(self.matches(p) for p in thread.by_id.values())

    def threads(self, threads: Iterable[Thread]) -> list[Thread]:
        """The conversations kept, whole, in their order."""
        return [t for t in self.scope(threads) if self.keeps(t)]

    # ------------------------------------------------------------ rows

    def rows(self, table: pd.DataFrame, corpus, id_column: str = "post_id", holder_column: str | None = None
             ) -> pd.DataFrame:
        """The rows of ``table`` (computed from ``corpus``) whose post, the
        one ``row[id_column]`` names, matches and, with ``conversation`` set,
        belongs to that conversation; in their order. ``holder_column`` names
        a column whose author also matches (a forecast's ``holder``)."""
        if not self.narrows_posts and self.conversation is None:
            return table
        members = set(self.scope(corpus.threads)[0].by_id) if self.conversation is not None else None
        ids = table[id_column].tolist()
        holders = table[holder_column].tolist() if holder_column else [None] * len(ids)
        keep = [(members is None or pid in members)
                and self.matches(corpus.post(pid) if pid is not None else None,
                                 holder if isinstance(holder, str) else None)
                for pid, holder in zip(ids, holders)]
        return table[keep].reset_index(drop=True)


def _parsed(option: str, text: str | None, end_of_day: bool) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_time(text, end_of_day=end_of_day)
    except ValueError as e:
        raise ValueError(f"{option}: {e}") from None


def _iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


# ------------------------------------------------------------ the corpus through a selection

class Narrowed:
    """A corpus seen through a selection: ``threads`` are the conversations
    kept (whole), ``graph`` the corpus reply graph over their posts and
    placeholders, ``post`` and ``resolve`` the corpus' own. It has what the
    exports (:func:`threadscope.export.reply_graph`,
    :func:`~threadscope.export.participant_graph`) and the tables read of a
    Corpus."""

    def __init__(self, corpus, selection: Selection):
        self.corpus = corpus
        self.selection = selection
        self.threads = selection.threads(corpus.threads)

    def thread(self, conversation_id: str) -> Thread | None:
        return next((t for t in self.threads if t.id == conversation_id), None)

    def post(self, post_id: str) -> Post | None:
        return self.corpus.post(post_id)

    def resolve(self, post_id: str) -> str:
        return self.corpus.resolve(post_id)

    @cached_property
    def graph(self) -> nx.DiGraph:
        if len(self.threads) == len(self.corpus.threads):
            return self.corpus.graph
        nodes = set()
        for t in self.threads:
            nodes.update(t.by_id)
            nodes.update(t.missing)
        return self.corpus.graph.subgraph(nodes)

    @property
    def participants(self) -> pd.DataFrame:
        from .corpus import corpus_participants_frame
        return corpus_participants_frame(self)


def posts_of(corpus, selection: Selection) -> pd.DataFrame:
    """The ``posts`` table: every post of the input (retweets too), or of the
    one conversation (its own posts), with the rows the selection picks."""
    table = corpus.posts if selection.conversation is None else selection.scope(corpus.threads)[0].posts
    return selection.rows(table, corpus, id_column="id")


def participants_of(corpus, selection: Selection) -> pd.DataFrame:
    """The ``participants`` table of the conversations kept (one
    conversation: its own table, without the ``conversation_id`` column)."""
    if selection.conversation is None:
        return Narrowed(corpus, selection).participants
    thread = selection.scope(corpus.threads)[0]
    table = thread.participants
    return table if selection.keeps(thread) else table.iloc[0:0]


def reply_graph_of(corpus, selection: Selection) -> nx.DiGraph:
    """The attributed reply graph of the conversations kept (one
    conversation: its own graph, with the posts of others it quotes or is
    quoted by as ``external`` nodes)."""
    from .export import reply_graph

    view = Narrowed(corpus, selection)
    return reply_graph(view, selection.conversation if view.threads else None)


def participant_graph_of(corpus, selection: Selection) -> nx.DiGraph:
    """The user -> user graph summed over the conversations kept."""
    from .export import participant_graph

    return participant_graph(Narrowed(corpus, selection))


def analyses_of(corpus, selection: Selection, workers: int = 1, executor=None, progress=None) -> list:
    """The :class:`~threadscope.analysis.Analysis` of each conversation kept,
    every one analysed with the whole input (:func:`analyze_all`), so its
    findings and proposition ids are those of the unfiltered report."""
    from .analysis import TABLES, analyze_all, compute

    kept = {t.id for t in selection.threads(corpus.threads)}
    if not kept:
        return []
    analyses = analyze_all(corpus.threads, workers, (), executor, progress)   # tables: only those kept, below
    kept_analyses = [a for a in analyses if a.thread.id in kept]
    compute(kept_analyses, TABLES, workers, executor, progress)
    return kept_analyses
