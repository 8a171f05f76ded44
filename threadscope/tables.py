"""Records as pandas tables. The column names are the record field names, so
the CSV header, the JSON key and the Python attribute are the same word.

Id columns hold ``str`` (object dtype) and missing values as None, never
float NaN: an id must not pass through a float.
"""
from __future__ import annotations

import functools
import re
from typing import Iterable

import pandas as pd

from .model import Post, Problem

POST_COLUMNS = ["id", "conversation_id", "kind", "created_at", "author", "author_id", "author_name",
                "reply_to_id", "reply_to_user", "reply_to_user_id", "quoted_id", "retweeted_id", "lang", "text",
                "body", "mentions", "hashtags", "urls", "like_count", "retweet_count", "reply_count",
                "quote_count", "impression_count", "edit_ids", "withheld", "truncated", "source_format", "source"]
METRIC_COLUMNS = ["depth", "subtree_size", "replies", "seconds_since_parent"]
EDGE_COLUMNS = ["source", "target", "kind", "source_author", "target_author", "target_role"]
PARTICIPANT_COLUMNS = ["user", "author_id", "name", "posts", "missing_posts", "replies_sent", "replies_received", "quotes_sent",
                       "quotes_received", "self_replies", "first_post", "last_post", "is_root_author"]
PROBLEM_COLUMNS = ["source", "line", "record", "severity", "reason"]
COUNT_COLUMNS = ("like_count", "retweet_count", "reply_count", "quote_count", "impression_count")
INT_COLUMNS = COUNT_COLUMNS + ("depth", "subtree_size", "replies")


def post_row(p: Post, conversation_id: str | None = None) -> dict:
    return {
        "id": p.id, "conversation_id": conversation_id or p.conversation_id, "kind": p.kind,
        "created_at": p.created_at, "author": p.author, "author_id": p.author_id, "author_name": p.author_name,
        "reply_to_id": p.reply_to_id, "reply_to_user": p.reply_to_user, "reply_to_user_id": p.reply_to_user_id,
        "quoted_id": p.quoted_id, "retweeted_id": p.retweeted_id, "lang": p.lang, "text": p.text, "body": p.body,
        "mentions": list(p.mentions), "hashtags": list(p.hashtags), "urls": list(p.urls),
        "like_count": p.like_count, "retweet_count": p.retweet_count, "reply_count": p.reply_count,
        "quote_count": p.quote_count, "impression_count": p.impression_count, "edit_ids": list(p.edit_ids),
        "withheld": p.withheld, "truncated": p.truncated, "source_format": p.source_format, "source": p.source,
    }


def typed_frame(rows: Iterable[dict], columns: list[str], dtypes: dict[str, str] | None = None) -> pd.DataFrame:
    """A table of ``rows`` (dicts; a missing key is null) with one dtype per
    column (``object`` unless ``dtypes`` says ``Int64``, ``Float64``,
    ``float64``, ``boolean`` or ``datetime``, which is UTC).

    Every finding is a table per conversation, and most conversations are
    small: building each column once, typed, and copying a cached empty
    table for the many empty ones, costs a tenth of pandas' build-then-astype
    (which made thousands of one-post conversations take a minute)."""
    rows = rows if isinstance(rows, list) else list(rows)
    dtypes = dtypes or {}
    if not rows:
        return _empty_frame(tuple(columns), tuple(sorted(dtypes.items()))).copy()
    return pd.DataFrame({c: _column([r.get(c) for r in rows], dtypes.get(c, "object")) for c in columns},
                        columns=columns)


@functools.lru_cache(maxsize=64)
def _empty_frame(columns: tuple, dtypes: tuple) -> pd.DataFrame:
    types = dict(dtypes)
    return pd.DataFrame({c: _column([], types.get(c, "object")) for c in columns}, columns=list(columns))


def _column(values: list, dtype: str):
    if dtype == "object":
        return pd.Series(values, dtype=object)
    if dtype == "datetime":
        return pd.to_datetime(pd.Series(values, dtype=object), utc=True)
    if dtype == "float64":
        return pd.Series([float("nan") if v is None else v for v in values], dtype="float64")
    return pd.Series(pd.array(values, dtype=dtype))


def record_frame(rows: Iterable[dict], columns: list[str]) -> pd.DataFrame:
    dtypes = {c: "Int64" for c in INT_COLUMNS if c in columns}
    dtypes.update({c: "datetime" for c in ("created_at", "first_post", "last_post") if c in columns})
    if "seconds_since_parent" in columns:
        dtypes["seconds_since_parent"] = "Float64"
    return typed_frame(rows, columns, dtypes)


def thread_rows(thread) -> list[dict]:
    metrics = thread.metrics
    rows = []
    for p in thread:
        row = post_row(p, thread.id)
        m = metrics[p.id]
        row.update(depth=m.depth, subtree_size=m.subtree_size, replies=m.replies,
                   seconds_since_parent=m.seconds_since_parent)
        rows.append(row)
    return rows


def thread_posts_frame(thread) -> pd.DataFrame:
    """The conversation's posts in time order, with their place in the tree."""
    return record_frame(thread_rows(thread), POST_COLUMNS + METRIC_COLUMNS)


def edges_frame(graph) -> pd.DataFrame:
    rows = []
    nodes = graph.nodes
    for s, t, kind in graph.edges(data="kind"):
        rows.append({"source": s, "target": t, "kind": kind, "source_author": nodes[s].get("author"),
                     "target_author": nodes[t].get("author"), "target_role": nodes[t].get("role")})
    return record_frame(rows, EDGE_COLUMNS)


def problems_frame(problems: Iterable[Problem]) -> pd.DataFrame:
    rows = [{"source": p.source, "line": p.line, "record": p.record, "severity": p.severity, "reason": p.reason}
            for p in problems]
    df = pd.DataFrame(rows, columns=PROBLEM_COLUMNS, dtype=object)
    return df


SUMMARY_COLUMNS = ["conversation_id", "root_author", "root_text", "posts", "replies", "quotes", "quoted_by",
                   "retweets", "missing", "depth", "breadth", "branches", "top_level_replies", "participants",
                   "self_replies", "first", "last", "span_hours"]


def summaries_frame(threads) -> pd.DataFrame:
    """One row per conversation (see ``Thread.summary``)."""
    return record_frame([t.summary for t in threads], SUMMARY_COLUMNS).astype(
        {c: "Int64" for c in SUMMARY_COLUMNS[3:-3]}).assign(
        first=lambda d: pd.to_datetime(d["first"], utc=True), last=lambda d: pd.to_datetime(d["last"], utc=True))


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text) -> str:
    """``text`` safe to print on a terminal, on one line: control characters
    (ESC, BEL, newlines: a post or a file name could otherwise move the
    cursor, retitle the window or forge a line of ``validate``'s output)
    and bidi overrides are written as escapes (``\\x1b``, ``\\n``, ``\\u202e``)."""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text
    return _UNPRINTABLE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    c = m.group()
    if c in _NAMED:
        return _NAMED[c]
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"
