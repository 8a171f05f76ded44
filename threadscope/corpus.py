"""Everything read from the inputs, merged: each post once, each problem kept,
and the split into conversations.

A post seen more than once (on two pages, as a tweet and as an include, nested
in a flattened tweet) is kept once: the whole-text copy over a truncated one,
then the primary record (``data``) over an include, then the copy that knows
most; fields the kept copy lacks are filled from the others. Edited posts
(``edit_history_tweet_ids``) are one post: the newest version present stands
for all, older ids resolve to it, and older versions are kept in
``superseded``. Two copies whose texts disagree (beyond whitespace, and
other than a cut copy of the whole text) are not one post seen twice but a
broken or doctored export: the merge still keeps one, and a warning names
both places and which copy was kept.
"""
from __future__ import annotations

import dataclasses
import gc
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cached_property
from typing import Callable, Iterable

import networkx as nx
import pandas as pd

from .model import RETWEET, UNKNOWN, Missing, Post, Problem, Skipped, SourceInfo, User
from .tables import METRIC_COLUMNS, PARTICIPANT_COLUMNS, POST_COLUMNS, post_row, problems_frame, record_frame, thread_rows
from .thread import Aliases, Thread, build_graph, no_cyclic_gc, participants_frame


class InputProblem(Exception):
    """Raised in strict mode at the first problem found in the input."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Counts:
    """What "posts" means everywhere: ``posts`` are the posts of the
    conversations (originals, replies, quotes), each in exactly one
    conversation; ``retweets`` are counted apart, since a retweet says
    nothing of its own and is no node of the reply tree. ``unplaced`` of the
    retweets are of posts the input does not hold, so they belong to no
    conversation."""

    posts: int
    retweets: int
    conversations: int
    unplaced: int = 0

    def __str__(self) -> str:
        text = posts_and_retweets(self.posts, self.retweets)
        if self.unplaced:
            text += f" ({self.unplaced} of posts not in the input)"
        return f"{text} in {plural(self.conversations, 'conversation')}"


def posts_and_retweets(posts: int, retweets: int) -> str:
    """"27 posts + 3 retweets": how the command line and the report say it."""
    return plural(posts, "post") + (f" + {plural(retweets, 'retweet')}" if retweets else "")


LEADING_MENTION = re.compile(r"@(\w{1,50})")
_TWEPOCH_MS = 1288834974657


def snowflake_time(post_id: str) -> datetime | None:
    """When an X post was written, read off its id (ids since late 2010 are
    snowflakes: milliseconds since X's epoch in the bits above 22)."""
    if not post_id.isdigit() or len(post_id) < 15:
        return None
    return datetime.fromtimestamp(((int(post_id) >> 22) + _TWEPOCH_MS) / 1000, tz=timezone.utc)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


class Corpus:
    """What ``threadscope.load`` returns."""

    def __init__(self) -> None:
        self.by_id: dict[str, Post] = {}
        self.users: dict[str, User] = {}
        self.problems: list[Problem] = []
        self.known_missing: dict[str, Missing] = {}
        self.skipped: list[Skipped] = []
        self.sources: list[SourceInfo] = []
        self.aliases: dict[str, str] = {}
        self.superseded: dict[str, Post] = {}

    def __repr__(self) -> str:
        return f"<Corpus: {self.counts}, {len(self.problems)} problems>"

    def __len__(self) -> int:
        return len(self.by_id)

    # building -----------------------------------------------------------
    def add(self, event, strict: bool = False) -> None:
        if isinstance(event, Post):
            self._add_post(event, strict)
        elif isinstance(event, User):
            self._add_user(event)
        elif isinstance(event, Problem):
            self.problems.append(event)
            if strict:
                raise InputProblem(event)
        elif isinstance(event, Missing):
            self.known_missing.setdefault(event.id, event)
        elif isinstance(event, Skipped):
            self.skipped.append(event)
        elif isinstance(event, SourceInfo):
            self.sources.append(event)

    def _add_post(self, post: Post, strict: bool = False) -> None:
        old = self.by_id.get(post.id)
        if old is None:
            self.by_id[post.id] = post
        elif old != post:
            kept = self.by_id[post.id] = merge_posts(old, post)
            if old.text != post.text and _conflict(old, post):
                self.add(conflict_problem(old, post, kept), strict)

    def _add_user(self, user: User) -> None:
        key = user.id or (f"@{user.username}" if user.username else None)
        if key is None:
            return
        old = self.users.get(key)
        if old is None or (old != user and _known(user) > _known(old)):
            self.users[key] = user

    def finish(self) -> "Corpus":
        """Resolve edits, give retweets cut to ``RT @...`` their original's text
        when the original is anywhere in the input, and fill author handles from
        the users the export holds."""
        self._resolve_edits()
        handles = {u.id: u for u in self.users.values() if u.id and u.username}
        for pid, p in self.by_id.items():
            fill = {}
            if p.truncated and p.retweeted_id:
                original = self.by_id.get(self.resolve(p.retweeted_id))
                if original is not None and not original.truncated:
                    fill.update(text=original.text, body_start=original.body_start, truncated=False,
                                urls=original.urls, mentions=original.mentions, hashtags=original.hashtags)
            if p.author is None and p.author_id in handles:
                fill["author"] = handles[p.author_id].username
                fill["author_name"] = p.author_name or handles[p.author_id].name
            if p.reply_to_user is None and p.reply_to_user_id in handles:
                fill["reply_to_user"] = handles[p.reply_to_user_id].username
            if fill:
                self.by_id[pid] = dataclasses.replace(p, **fill)
        for mid in [m for m in self.known_missing if m in self.by_id or m in self.aliases]:
            del self.known_missing[mid]
        self.problems.extend(cycle_problem(cycle, self.by_id) for cycle in self._reply_cycles())
        per_file = Counter(p.source for p in self.problems)
        for info in self.sources:       # the corpus's own findings (cycles, conflicting copies) count too
            info.problems = per_file[info.path]
        for cached in ("threads", "counts", "unplaced_retweets", "_conversations"):
            self.__dict__.pop(cached, None)
        return self

    def _reply_cycles(self) -> list[list[str]]:
        """Posts that reply to each other in a ring (a broken or forged
        export: no post can answer one written after it), each ring once,
        in one walk up from every post."""
        state: dict[str, bool] = {}        # False: on the walk now; True: done
        cycles = []
        for start in self.by_id:
            path = []
            node = start
            while node in self.by_id and node not in state:
                state[node] = False
                path.append(node)
                parent = self.by_id[node].reply_to_id
                node = self.resolve(parent) if parent else None
            if node in state and state[node] is False:
                cycles.append(path[path.index(node):])
            for n in path:
                state[n] = True
        return cycles

    def _resolve_edits(self) -> None:
        chains = {}
        for p in self.by_id.values():
            if len(p.edit_ids) > 1:
                chains[p.edit_ids] = None
        for chain in chains:
            present = [i for i in chain if i in self.by_id]
            if not present:
                continue
            newest = present[-1]
            for old in chain:
                if old != newest:
                    self.aliases[old] = newest
                    if old in self.by_id:
                        self.superseded[old] = self.by_id.pop(old)

    def resolve(self, post_id: str) -> str:
        """The id that stands for ``post_id`` (the newest version of an edited post)."""
        return self.aliases.get(post_id, post_id)

    # reading ------------------------------------------------------------
    @cached_property
    def counts(self) -> "Counts":
        """The one count of posts, retweets and conversations that the CLI,
        the report and the API all print (see :class:`Counts`)."""
        retweets = sum(1 for p in self.by_id.values() if p.kind == RETWEET)
        return Counts(len(self.by_id) - retweets, retweets, len(self.threads), len(self.unplaced_retweets))

    @cached_property
    def unplaced_retweets(self) -> list[Post]:
        """Retweets of posts the input does not hold: counted, in no conversation."""
        placed = {p.id for t in self.threads for p in t.retweets}
        return [p for p in self.by_id.values() if p.kind == RETWEET and p.id not in placed]

    def post(self, post_id: str) -> Post | None:
        return self.by_id.get(self.resolve(post_id))

    def conversation_of(self, post: Post) -> str:
        """``conversation_id`` when the export gives it; else the top of the
        reply chain: the first post up the chain that knows its conversation,
        the post with no parent, or the missing parent where the chain breaks."""
        return self._conversations[post.id]

    @cached_property
    def _conversations(self) -> dict[str, str]:
        conv: dict[str, str] = {}
        for pid, p in self.by_id.items():
            if pid in conv:
                continue
            chain: dict[str, None] = {}
            cur: Post | None = p
            top = pid
            while cur is not None:
                if cur.id in conv:
                    top = conv[cur.id]
                    break
                chain[cur.id] = None
                if cur.conversation_id and cur.kind != RETWEET:
                    top = self.resolve(cur.conversation_id)
                    break
                if not cur.reply_to_id or cur.kind == RETWEET:
                    top = cur.id
                    break
                parent = self.resolve(cur.reply_to_id)
                if parent in chain:
                    top = cur.id
                    break
                top = parent
                cur = self.by_id.get(parent)
            for c in chain:
                conv[c] = top
        self._adopt_orphans(conv)
        return conv

    def _adopt_orphans(self, conv: dict[str, str]) -> None:
        """Put a branch under a missing post back into its conversation when
        the format gives no conversation ids (v1.1, some CSVs) and the
        branch's own words say which one it is.

        X writes a reply's leading mentions as the author of the post
        answered followed by the users that post mentioned, so the replies
        to a missing post name who it was talking to. The branch joins a
        conversation only when exactly one holds posts by every one of those
        users, begun before the missing post was written (its id's
        snowflake time); otherwise it stays a conversation of its own, rooted
        at the placeholder. The placeholder then hangs under the root by a
        gap link, as it does when the export gives the conversation id."""
        orphans: dict[str, list[Post]] = defaultdict(list)
        for pid, top in conv.items():
            if top not in self.by_id and top not in self.aliases:
                orphans[top].append(self.by_id[pid])
        if not orphans:
            return
        authors: dict[str, set[str]] = defaultdict(set)
        started: dict[str, object] = {}
        for pid, top in conv.items():
            if top in self.by_id:
                p = self.by_id[pid]
                if p.author:
                    authors[top].add(p.author.lower())
                if p.created_at and (top not in started or p.created_at < started[top]):
                    started[top] = p.created_at
        for missing, members in orphans.items():
            if any(p.conversation_id for p in members):
                continue
            named: set[str] = set()
            for p in members:
                if self.resolve(p.reply_to_id or "") == missing:
                    named.update(m.lower() for m in LEADING_MENTION.findall(p.text[:p.body_start]))
                    named.discard((p.reply_to_user or "").lower())
            when = snowflake_time(missing)
            if not named or when is None:
                continue
            fits = [c for c, who in authors.items() if named <= who and c in started and started[c] <= when]
            if len(fits) == 1:
                for p in members:
                    conv[p.id] = fits[0]

    @cached_property
    def threads(self) -> list[Thread]:
        """Conversations, largest first (then oldest first). Retweets are not
        members; they are listed with the conversation of their original."""
        with no_cyclic_gc():
            return self._split()

    def _split(self) -> list[Thread]:
        groups: dict[str, dict[str, Post]] = defaultdict(dict)
        retweets: dict[str, list[Post]] = defaultdict(list)
        conv = self._conversations
        for pid, p in self.by_id.items():
            if p.kind == RETWEET:
                original = self.post(p.retweeted_id) if p.retweeted_id else None
                if original is not None and original.kind != RETWEET:
                    retweets[conv[original.id]].append(p)
                continue
            groups[conv[pid]][pid] = p
        quoted_by: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for pid, p in self.by_id.items():
            if p.quoted_id and p.kind != RETWEET:
                target = self.resolve(p.quoted_id)
                t = self.by_id.get(target)
                if t is not None and conv[target] != conv[pid]:
                    quoted_by[conv[target]][target].append(pid)
        threads = []
        for cid, posts in groups.items():
            external = {}
            for p in posts.values():
                for ref in (p.reply_to_id, p.quoted_id):
                    if ref:
                        r = self.resolve(ref)
                        if r not in posts and r in self.by_id:
                            external[r] = self.by_id[r]
            for quoters in quoted_by.get(cid, {}).values():
                for q in quoters:
                    external[q] = self.by_id[q]
            missing = {m: self.known_missing[m] for p in posts.values()
                       for m in (p.reply_to_id, p.quoted_id) if m and m in self.known_missing}
            threads.append(Thread(cid, posts, external, missing, retweets.get(cid, []),
                                  {k: v for k, v in quoted_by.get(cid, {}).items()}, Aliases(self.aliases)))
        threads.sort(key=lambda t: (-len(t), _first_time(t.by_id.values()), t.id))
        return threads

    def thread(self, conversation_id: str) -> Thread | None:
        for t in self.threads:
            if t.id == conversation_id:
                return t
        return None

    @cached_property
    def graph(self) -> nx.DiGraph:
        """One reply graph over every conversation (retweets excluded)."""
        posts = {i: p for i, p in self.by_id.items() if p.kind != RETWEET}
        parents: dict[str, str] = {}
        for t in self.threads:
            for child, parent in t.reply_parents.items():
                parents.setdefault(child, parent)
        with no_cyclic_gc():
            return build_graph(posts, {}, self.known_missing, {}, self.resolve, parents)

    @property
    def posts(self):
        return corpus_posts_frame(self)

    @property
    def participants(self):
        """Participants of every conversation, one row per (conversation, user)."""
        return corpus_participants_frame(self)

    @property
    def problem_table(self):
        return problems_frame(self.problems)


def merge_posts(a: Post, b: Post) -> Post:
    """The richer copy, with the gaps it has filled from the other."""
    keep, other = (a, b) if a.richness() >= b.richness() else (b, a)
    fill = {name: value for name in _FILLED
            if getattr(keep, name) in UNKNOWN and (value := getattr(other, name)) not in UNKNOWN}
    return dataclasses.replace(keep, **fill) if fill else keep


_FILLED = tuple(f.name for f in dataclasses.fields(Post) if f.name not in (
    "text", "body_start", "truncated", "primary", "source", "source_format", "kind"))


_URL = re.compile(r"https?://\S+")


def _conflict(a: Post, b: Post) -> bool:
    """Whether two copies of one post say different things: not only
    spacing or links (t.co links are expanded from each copy's own
    entities, which real exports give differently), and neither a cut
    (``RT @...``, 280 characters, ``…``) of the other."""
    if a.truncated or b.truncated:
        return False
    x, y = (" ".join(_URL.sub("<url>", t).split()) for t in (a.text, b.text))
    if x == y:
        return False
    short, long = sorted((x.rstrip("…").rstrip(), y.rstrip("…").rstrip()), key=len)
    return not long.startswith(short)


def conflict_problem(old: Post, new: Post, kept: Post) -> Problem:
    source, line, record = _split_where(new.source)
    which = "the first" if kept.source == old.source else "this one"
    why = ("the whole text" if old.truncated != new.truncated else
           "the primary record (data, not includes)" if old.primary != new.primary else "the copy that knows more")
    return Problem(source, f"post {new.id} appears twice with different texts ({old.source or '?'} and "
                           f"{new.source or '?'}): kept {which}, from {kept.source or '?'} ({why})",
                   line, record, "warning")


def cycle_problem(cycle: list[str], posts: dict[str, Post]) -> Problem:
    source, line, record = _split_where(posts[cycle[0]].source)
    if len(cycle) == 1:
        what = f"post {cycle[0]} replies to itself: no root leads to it, so it has"
    else:
        shown = ", ".join(cycle[:3]) + (f" and {len(cycle) - 3:,} more" if len(cycle) > 3 else "")
        what = f"{len(cycle):,} posts reply to each other in a cycle ({shown}): no root leads to them, so they have"
    return Problem(source, f"{what} no depth in the reply tree", line, record, "warning")


def _split_where(where: str) -> tuple[str, int | None, int | None]:
    """``file:line`` or ``file#record`` (a Post's ``source``) back into its parts."""
    for sep in (":", "#"):
        head, found, tail = where.rpartition(sep)
        if found and tail.isdigit() and head:
            return (head, int(tail), None) if sep == ":" else (head, None, int(tail))
    return where, None, None


def _first_time(posts) -> str:
    times = [p.created_at for p in posts if p.created_at]
    return min(times).isoformat() if times else "~"


_USER_FIELDS = tuple(f.name for f in dataclasses.fields(User))


def _known(u: User) -> int:
    return sum(1 for f in _USER_FIELDS if getattr(u, f) not in (None, "", False))


def load(paths, input_format: str | None = None, column_map: dict[str, str] | None = None,
         strict: bool = False, on_bytes: Callable[[int], None] | None = None, limits=None,
         workers: int = 1, executor=None) -> Corpus:
    """Read every input in ``paths`` (files, directories, ``-`` for stdin) into
    a Corpus. Nothing is dropped silently: records that do not become posts
    are in ``corpus.problems``, files passed over in ``corpus.skipped``. With
    ``strict``, the first problem raises :class:`InputProblem`. ``limits``
    (a :class:`threadscope.readers.sources.Limits`) bounds streams and gzip
    expansion; ``workers`` processes, or the workers of a Dask ``executor``,
    read a large JSON-lines file (the corpus is the same either way)."""
    from .readers import read

    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    corpus = Corpus()
    add = corpus.add
    with no_cyclic_gc():
        for event in read(paths, input_format, column_map, on_bytes, limits, workers, executor):
            add(event, strict)
        corpus.finish()
        if not corpus.by_id and not corpus.problems:
            add(no_posts_problem(corpus, paths), strict)
    # The loaded posts live as long as the corpus and hold no cycles: keep the
    # collector from rescanning them every time later work allocates.
    gc.freeze()
    return corpus


def no_posts_problem(corpus: Corpus, paths) -> Problem:
    """An input that yields no post and no problem (only skipped files:
    unsupported formats, files that are no export; or nothing at all) is a
    failed input all the same: said once, with the reasons, so no command
    exits 0 on it."""
    why = [f"{s.source}: {s.reason}" for s in corpus.skipped[:3]]
    if len(corpus.skipped) > 3:
        why.append(f"and {len(corpus.skipped) - 3} more skipped")
    detail = "; ".join(why) if why else "the input is empty"
    source = ", ".join(("<stdin>" if str(p) == "-" else str(p)) for p in paths[:3]) or "(no input)"
    return Problem(source, f"no posts found in the input ({detail})")


def from_posts(posts: Iterable[Post]) -> Corpus:
    """A Corpus from Posts made elsewhere (tests, other tools)."""
    corpus = Corpus()
    for p in posts:
        corpus.add(p)
    return corpus.finish()


def corpus_posts_frame(corpus) -> pd.DataFrame:
    """Every post of the corpus (retweets too), each with its conversation."""
    rows = []
    for t in corpus.threads:
        rows.extend(thread_rows(t))
        for rt in t.retweets:
            rows.append(post_row(rt, rt.conversation_id))
    seen = {r["id"] for r in rows}
    rows.extend(post_row(p) for p in corpus.by_id.values() if p.id not in seen)
    return record_frame(rows, POST_COLUMNS + METRIC_COLUMNS)


def corpus_participants_frame(corpus) -> pd.DataFrame:
    frames = []
    for t in corpus.threads:
        df = participants_frame(t)
        df.insert(0, "conversation_id", t.id)
        frames.append(df)
    if not frames:
        return record_frame([], ["conversation_id"] + PARTICIPANT_COLUMNS)
    return pd.concat(frames, ignore_index=True)
