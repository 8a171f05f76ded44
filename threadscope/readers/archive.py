"""The account archive X gives its users: ``data/tweets.js`` (older archives:
``tweet.js``; big ones split into ``tweets-part1.js``...), a JavaScript
assignment ``window.YTD.tweets.part0 = [...]`` of ``{"tweet": {...}}`` items in
v1.1 shape with every number written as a string.

The items carry no author: the archive's owner is in ``account.js`` beside
the file, read when it is there.
"""
from __future__ import annotations

import re
from pathlib import Path

import orjson

from ..model import User

PREFIX = re.compile(rb"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*")
POST_PARTS = {"tweets", "tweet", "deleted_tweets", "community_tweet"}


def split_prefix(data: bytes) -> tuple[str, bytes] | None:
    """The archive part's name (``tweets``) and the JSON after the assignment."""
    m = PREFIX.match(data)
    if not m:
        return None
    return m.group(1).decode(), data[m.end():]


def owner(path: Path | None) -> User | None:
    """The archive owner from ``account.js`` next to ``path``, if readable."""
    if path is None:
        return None
    acc = path.parent / "account.js"
    if not acc.is_file():
        return None
    try:
        split = split_prefix(acc.read_bytes().lstrip(b"\xef\xbb\xbf"))
        items = orjson.loads(split[1]) if split else None
        a = items[0].get("account", items[0])
        return User(id=str(a.get("accountId")) if a.get("accountId") else None,
                    username=a.get("username"), name=a.get("accountDisplayName"),
                    created_at=None)
    except (orjson.JSONDecodeError, IndexError, AttributeError, TypeError, OSError):
        return None
