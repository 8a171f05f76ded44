"""One conversation: its posts, its reply graph and the measures read off it.

The graph (a ``networkx.DiGraph``) has an edge from each post to the post it
replies to or quotes, with the edge's ``kind``: ``reply``, ``quote``,
``reply+quote`` (a reply that also quotes its parent) or ``gap``. Nodes carry a
``role``: ``post`` (in this conversation), ``missing`` (referred to but not in
the export: a placeholder with what is known of it) or ``external`` (a post of
another conversation that quotes or is quoted by one here).

Rules this module fixes:

- A reply whose parent is missing hangs under a placeholder for the parent, so
  its branch stays whole. A placeholder's own parent is unknown; it is joined
  to the conversation root by a ``gap`` edge (one or more posts we cannot
  see), so depths below a gap are lower bounds.
- Depth counts reply (and gap) edges from the root; quotes do not add depth.
- ``branches`` counts root-to-leaf paths of the reply tree (the unit PHEME and
  RumourEval use); ``top_level_replies`` counts direct replies to the root.
- Self-replies (an author answering themself, a self-thread) are counted but
  left out of the participant graph, where they would read as interaction.
- Retweets are kept (``retweets``) but are not part of the reply tree.
"""
from __future__ import annotations

import contextlib
import gc
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Iterator

import networkx as nx
import pandas as pd

from .model import Missing, Post
from .tables import PARTICIPANT_COLUMNS, edges_frame, record_frame, thread_posts_frame



@contextlib.contextmanager
def no_cyclic_gc():
    """Loading and graph building make millions of small objects and no cycles
    worth collecting; the cyclic collector would spend a third of the time
    scanning them (see benchmarks/README.md)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(frozen=True, slots=True)
class PostMetrics:
    depth: int | None
    subtree_size: int
    replies: int
    seconds_since_parent: float | None


class Thread:
    """A conversation. ``by_id`` holds its own posts; ``external`` the posts of
    other conversations linked to it by quotes; ``missing`` what the export
    says of posts it refers to but does not hold."""

    def __init__(self, conversation_id: str, posts: dict[str, Post], external: dict[str, Post] | None = None,
                 missing: dict[str, Missing] | None = None, retweets: list[Post] | None = None,
                 quoted_by: dict[str, list[str]] | None = None, resolve=None):
        self.id = conversation_id
        self.by_id = posts
        self.external = external or {}
        self.known_missing = missing or {}
        self.retweets = retweets or []
        self.quoted_by = quoted_by or {}
        self._resolve = resolve or Aliases({})

    def __repr__(self) -> str:
        return f"<Thread {self.id}: {len(self.by_id)} posts>"

    def __len__(self) -> int:
        return len(self.by_id)

    def __iter__(self) -> Iterator[Post]:
        """Posts in time order (posts without a time last, then by id)."""
        return iter(sorted(self.by_id.values(), key=_time_key))

    def post(self, post_id: str) -> Post | None:
        return self.by_id.get(post_id) or self.external.get(post_id)

    @property
    def root_id(self) -> str:
        return self.id

    @property
    def root(self) -> Post | None:
        """The conversation's first post, or None when the export lacks it."""
        return self.by_id.get(self.id)

    def resolve(self, post_id: str) -> str:
        """The id standing for ``post_id`` (an edited post's newest version)."""
        return self._resolve(post_id)

    def parent_id(self, post: Post) -> str | None:
        return self._resolve(post.reply_to_id) if post.reply_to_id else None

    def quoted_id(self, post: Post) -> str | None:
        return self._resolve(post.quoted_id) if post.quoted_id else None

    @cached_property
    def graph(self) -> nx.DiGraph:
        with no_cyclic_gc():
            return build_graph(self.by_id, self.external, self.known_missing, self.quoted_by,
                               self._resolve, self.reply_parents)

    @cached_property
    def reply_parents(self) -> dict[str, str]:
        """child -> parent in the reply tree, placeholders and gap links
        included: the tree the measures and the graph are read from."""
        return reply_parents(self.by_id, self.external, self._resolve, self.id)

    @cached_property
    def children(self) -> dict[str, list[str]]:
        """Reply-tree children of each node (gap links included)."""
        kids: dict[str, list[str]] = defaultdict(list)
        for child, parent in self.reply_parents.items():
            kids[parent].append(child)
        return dict(kids)

    @cached_property
    def missing(self) -> list[str]:
        """Ids of placeholders: posts replied to or quoted but not in the export."""
        known = self.by_id.keys() | self.external.keys()
        out = dict.fromkeys(n for n in self.reply_parents.values() if n not in known)
        for p in self.by_id.values():
            q = self.quoted_id(p)
            if q and q not in known:
                out[q] = None
        return list(out)

    @cached_property
    def metrics(self) -> dict[str, PostMetrics]:
        with no_cyclic_gc():
            return self._metrics()

    def _metrics(self) -> dict[str, PostMetrics]:
        parents = self.reply_parents
        kids = self.children
        depth: dict[str, int] = {}
        tops = {n for n in parents.values() if n not in parents and n not in self.external}
        tops.update(n for n in self.by_id if n not in parents)
        order: list[str] = []
        for top in sorted(tops, key=lambda n: (n != self.id, n)):
            depth[top] = 0
            stack = [top]
            while stack:
                n = stack.pop()
                order.append(n)
                d = depth[n] + 1
                for c in kids.get(n, ()):
                    if c not in depth:
                        depth[c] = d
                        stack.append(c)
        size: dict[str, int] = {}
        own = self.by_id
        for n in reversed(order):
            size[n] = (1 if n in own else 0) + sum(size.get(c, 0) for c in kids.get(n, ()))
        out = {}
        for pid, post in own.items():
            parent = parents.get(pid)
            ppost = self.post(parent) if parent else None
            dt = None
            if ppost is not None and ppost.created_at and post.created_at:
                dt = (post.created_at - ppost.created_at).total_seconds()
            out[pid] = PostMetrics(depth.get(pid), size.get(pid, 1),
                                   sum(1 for c in kids.get(pid, ()) if c in own), dt)
        return out

    @cached_property
    def summary(self) -> dict:
        """One row of ``threadscope stats``."""
        m = self.metrics
        posts = list(self.by_id.values())
        depths = [x.depth for x in m.values() if x.depth is not None]
        levels = Counter(depths)
        kids = self.children
        leaves = sum(1 for p in self.by_id if p != self.id and not kids.get(p))
        times = [p.created_at for p in posts if p.created_at]
        first, last = (min(times), max(times)) if times else (None, None)
        root = self.root
        self_replies = sum(1 for p in posts if is_self_reply(p, self))
        return {
            "conversation_id": self.id,
            "root_author": root.author if root else self.placeholder_author(self.id),
            "root_text": " ".join((root.body if root else "").split()),
            "posts": len(posts),
            "replies": sum(1 for p in posts if p.reply_to_id),
            "quotes": sum(1 for p in posts if p.quoted_id),
            "quoted_by": sum(len(v) for v in self.quoted_by.values()),
            "retweets": len(self.retweets),
            "missing": len(self.missing),
            "depth": max(depths) if depths else 0,
            "breadth": max(levels.values()) if levels else 0,
            "branches": leaves,
            "top_level_replies": len([c for c in kids.get(self.id, ()) if c in self.by_id]),
            "participants": len(self.participant_keys),
            "self_replies": self_replies,
            "first": first,
            "last": last,
            "span_hours": round((last - first).total_seconds() / 3600, 2) if times else None,
        }

    @cached_property
    def participant_keys(self) -> dict[str, int]:
        """Who took part, and how many of their posts the export lacks: the
        authors of the conversation's posts, and the authors of its missing
        (deleted, withheld) posts where the replies to them name one. Users
        met only as the author of a quoted post of another conversation are
        not participants. Every participant count (stats, the report, the
        Participants table) is the length of this."""
        out: dict[str, int] = {}
        for p in self.by_id.values():
            out.setdefault(user_key(p.author, p.author_id), 0)
        known = self.by_id.keys() | self.external.keys()
        for m in dict.fromkeys(n for n in self.reply_parents.values() if n not in known):
            who = self.placeholder_author(m)
            if who is not None:
                out[who] = out.get(who, 0) + 1
        return out

    @cached_property
    def participant_graph(self) -> nx.DiGraph:
        """user -> user, weighted by the replies and quotes the first sent the second."""
        g = nx.DiGraph()
        for p in self.by_id.values():
            src = user_key(p.author, p.author_id)
            g.add_node(src)
            for target_id, kind in ((self.parent_id(p), "replies"), (self.quoted_id(p), "quotes")):
                if not target_id:
                    continue
                dst = self.author_of(target_id)
                if dst is None and kind == "replies":
                    dst = user_key(p.reply_to_user, p.reply_to_user_id) if (p.reply_to_user or p.reply_to_user_id) else None
                if dst is None or dst == src:
                    continue
                if not g.has_edge(src, dst):
                    g.add_edge(src, dst, replies=0, quotes=0, weight=0)
                e = g[src][dst]
                e[kind] += 1
                e["weight"] += 1
        return g

    @cached_property
    def _placeholder_authors(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in self.by_id.values():
            if p.reply_to_id and (p.reply_to_user or p.reply_to_user_id):
                out.setdefault(self._resolve(p.reply_to_id), user_key(p.reply_to_user, p.reply_to_user_id))
        return out

    def placeholder_author(self, post_id: str) -> str | None:
        """What the replies to a missing post (or the export's errors) say of its author."""
        found = self._placeholder_authors.get(post_id)
        if found:
            return found
        m = self.known_missing.get(post_id)
        return user_key(m.author, m.author_id) if m and (m.author or m.author_id) else None

    def author_of(self, post_id: str) -> str | None:
        """The user key of a post's author, also for placeholders when known."""
        post = self.post(post_id)
        if post is not None:
            return user_key(post.author, post.author_id)
        return self.placeholder_author(post_id)

    @property
    def posts(self):
        return thread_posts_frame(self)

    @property
    def edges(self):
        return edges_frame(self.graph)

    @property
    def participants(self):
        return participants_frame(self)


class Aliases:
    """Which id stands for an edited post's older ids: the resolver a Thread
    shares with its Corpus. A plain object over the corpus' own dict (no
    copy), so that a Thread pickles on its own (to a Dask worker) without
    dragging the whole Corpus along."""

    __slots__ = ("ids",)

    def __init__(self, ids: dict[str, str]):
        self.ids = ids

    def __call__(self, post_id: str) -> str:
        return self.ids.get(post_id, post_id)


def _time_key(p: Post):
    return (p.created_at is None, p.created_at or datetime.min, len(p.id), p.id)


def user_key(handle: str | None, user_id: str | None) -> str:
    """Participants are named by handle, by ``id:<user id>`` when the export
    gives no handle, and ``(unknown)`` when it gives neither."""
    if handle:
        return handle
    return f"id:{user_id}" if user_id else "(unknown)"


def is_self_reply(p: Post, thread: Thread) -> bool:
    if not p.reply_to_id:
        return False
    parent = thread.post(thread.parent_id(p))
    if parent is not None:
        return (parent.author_id or parent.author) == (p.author_id or p.author)
    return bool(p.reply_to_user_id and p.reply_to_user_id == p.author_id)


def reply_parents(posts: dict[str, Post], external: dict[str, Post], resolve, root_id: str) -> dict[str, str]:
    """child -> parent over one conversation's posts. A parent the export lacks
    is a placeholder; unless it is the root itself, it hangs under the root
    (``root_id``) by a gap link, since its own parent is unknown."""
    parents: dict[str, str] = {}
    for pid, p in posts.items():
        if p.reply_to_id:
            parents[pid] = resolve(p.reply_to_id)
    for parent in set(parents.values()):
        if parent not in posts and parent not in parents and parent != root_id and parent not in external:
            parents[parent] = root_id
    return parents


def build_graph(posts: dict[str, Post], external: dict[str, Post], missing: dict[str, Missing],
                quoted_by: dict[str, list[str]], resolve, parents: dict[str, str]) -> nx.DiGraph:
    """The reply graph of ``posts`` over the tree ``parents`` (see
    :func:`reply_parents` and the module docs for the rules): a child that is
    a post replies to its parent, a placeholder child is joined by a gap."""
    g = nx.DiGraph()
    for pid, p in posts.items():
        g.add_node(pid, role="post", author=p.author, author_id=p.author_id, conversation_id=p.conversation_id)

    def ensure(nid: str, author=None, author_id=None, conversation_id=None):
        if nid in g:
            return
        other = external.get(nid)
        if other is not None:
            g.add_node(nid, role="external", author=other.author, author_id=other.author_id,
                       conversation_id=other.conversation_id)
            return
        m = missing.get(nid)
        g.add_node(nid, role="missing", reason=m.reason if m else "not in export",
                   author=author or (m.author if m else None), author_id=author_id or (m.author_id if m else None),
                   conversation_id=conversation_id)

    def link(child: str, parent: str, kind: str):
        if g.has_edge(child, parent):
            if g[child][parent]["kind"] != kind:
                g[child][parent]["kind"] = "reply+quote"
            return
        g.add_edge(child, parent, kind=kind)

    gaps = []
    for child, parent in parents.items():
        p = posts.get(child)
        if p is None:
            gaps.append((child, parent))
            continue
        ensure(parent, p.reply_to_user, p.reply_to_user_id, resolve(p.conversation_id) if p.conversation_id else None)
        link(child, parent, "reply")
    for child, parent in gaps:
        ensure(parent, conversation_id=parent)
        link(child, parent, "gap")
    for pid, p in posts.items():
        if p.quoted_id:
            q = resolve(p.quoted_id)
            ensure(q)
            link(pid, q, "quote")
    for target, quoters in quoted_by.items():
        for q in quoters:
            if q not in posts:
                ensure(q)
                link(q, target, "quote")
    return g


def participants_frame(thread: Thread) -> pd.DataFrame:
    """One row per participant of the conversation (authors of its posts, and
    authors of missing posts that were replied to)."""
    stats: dict[str, dict] = {}

    def row(key: str, author_id=None, name=None) -> dict:
        r = stats.get(key)
        if r is None:
            r = stats[key] = {"user": key, "author_id": author_id, "name": name, "posts": 0, "missing_posts": 0,
                              "replies_sent": 0, "replies_received": 0, "quotes_sent": 0, "quotes_received": 0, "self_replies": 0,
                              "first_post": None, "last_post": None, "is_root_author": False}
        r["author_id"] = r["author_id"] or author_id
        r["name"] = r["name"] or name
        return r

    root = thread.root
    members = thread.participant_keys
    for key, lost in members.items():
        row(key)["missing_posts"] = lost
    for p in thread:
        key = user_key(p.author, p.author_id)
        r = row(key, p.author_id, p.author_name)
        r["posts"] += 1
        if p.created_at:
            r["first_post"] = r["first_post"] or p.created_at
            r["last_post"] = p.created_at
        if root is not None and key == user_key(root.author, root.author_id):
            r["is_root_author"] = True
        if p.reply_to_id:
            if is_self_reply(p, thread):
                r["self_replies"] += 1
            else:
                r["replies_sent"] += 1
                target = thread.author_of(thread.parent_id(p)) or (
                    user_key(p.reply_to_user, p.reply_to_user_id) if (p.reply_to_user or p.reply_to_user_id) else None)
                if target in members:
                    row(target)["replies_received"] += 1
        if p.quoted_id:
            r["quotes_sent"] += 1
            target = thread.author_of(thread.quoted_id(p))
            if target in members:
                row(target)["quotes_received"] += 1
    for quoters in thread.quoted_by.values():
        for q in quoters:
            target_post = thread.external.get(q)
            if target_post is not None:
                quoted = thread.by_id.get(thread.quoted_id(target_post))
                if quoted is not None and user_key(quoted.author, quoted.author_id) in members:
                    row(user_key(quoted.author, quoted.author_id))["quotes_received"] += 1
    df = record_frame(stats.values(), PARTICIPANT_COLUMNS)
    return df.sort_values(["posts", "replies_received"], ascending=False, kind="stable").reset_index(drop=True)
