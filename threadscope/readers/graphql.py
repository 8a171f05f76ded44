"""X's web GraphQL responses (TweetDetail, SearchTimeline, UserTweets...), as
twscrape's raw calls, twikit or browser capture tools save them.

Tweets sit at any depth inside timeline instructions, so the reader walks the
whole response and takes every ``Tweet`` result it meets; its ``legacy`` part
is a v1.1 tweet. A ``TweetWithVisibilityResults`` wraps the tweet in
``.tweet``; a ``TweetTombstone`` is a post X will not show (deleted,
protected, withheld), known only by the id in its timeline entry.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..model import Missing, User
from . import v1
from .common import MALFORMED, Context, NotPosts, RecordError, as_id, as_int, intern, malformed

_ENTRY_ID = re.compile(r"(?:^|-)tweet-(\d+)$")
_TWEET_TYPES = ("Tweet", "TweetWithVisibilityResults", "TweetTombstone", "TweetUnavailable")


def is_response(obj: dict) -> bool:
    data = obj.get("data")
    if not isinstance(data, dict):
        return False
    return any(k in data for k in ("threaded_conversation_with_injections_v2", "threaded_conversation_with_injections",
                                   "search_by_raw_query", "tweetResult", "user", "home", "list", "bookmark_timeline_v2",
                                   "tweet_results", "timeline_response")) or _has_tweet_result(data, 6)


def _has_tweet_result(node, depth: int) -> bool:
    if depth <= 0:
        return False
    if isinstance(node, dict):
        if node.get("__typename") in _TWEET_TYPES:
            return True
        return any(_has_tweet_result(v, depth - 1) for v in node.values() if isinstance(v, (dict, list)))
    if isinstance(node, list):
        return any(_has_tweet_result(v, depth - 1) for v in node[:5])
    return False


def read_response(obj: dict, ctx: Context, fmt: str = "graphql") -> Iterator:
    found = False
    for result, entry_id, primary in _walk(obj, None, True):
        found = True
        try:
            yield from read_result(result, ctx, fmt, entry_id, primary)
        except RecordError as e:
            ctx.problem(f"GraphQL tweet {entry_id or ''}: {e}".replace("  ", " "))
        except MALFORMED as e:
            ctx.problem(f"GraphQL tweet {entry_id or ''}: {malformed(e)}".replace("  ", " "))
    if not found:
        raise NotPosts("GraphQL response holds no tweets")


def _walk(node, entry_id, primary) -> Iterator[tuple[dict, str | None, bool]]:
    """Every tweet result in the response, in document order, each with the
    id of the timeline entry holding it. A stack, not recursion: a hostile
    response nests a thousand levels deep."""
    stack = [(node, entry_id)]
    while stack:
        node, entry_id = stack.pop()
        if isinstance(node, dict):
            eid = node.get("entryId")
            if isinstance(eid, str):
                m = _ENTRY_ID.search(eid)
                entry_id = m.group(1) if m else entry_id
            if node.get("__typename") in _TWEET_TYPES:
                yield node, entry_id, primary
                continue
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        stack.extend((v, entry_id) for v in reversed([v for v in children if isinstance(v, (dict, list))]))


def _unwrap(result: dict) -> dict:
    while result.get("__typename") == "TweetWithVisibilityResults" and isinstance(result.get("tweet"), dict):
        result = result["tweet"]
    return result


def _user(result: dict) -> User:
    u = ((result.get("core") or {}).get("user_results") or {}).get("result") or {}
    core = u.get("core") or {}
    legacy = u.get("legacy") or {}
    return User(
        id=as_id(u.get("rest_id"), "user id"),
        username=intern(core.get("screen_name") or legacy.get("screen_name")),
        name=core.get("name") or legacy.get("name"),
        description=legacy.get("description") or (u.get("profile_bio") or {}).get("description"),
        followers_count=as_int(legacy.get("followers_count")),
        following_count=as_int(legacy.get("friends_count")),
        tweet_count=as_int(legacy.get("statuses_count")),
        verified=u.get("is_blue_verified") if "is_blue_verified" in u else legacy.get("verified"),
        protected=(u.get("privacy") or {}).get("protected", legacy.get("protected")),
    )


def read_result(result: dict, ctx: Context, fmt: str, entry_id: str | None, primary: bool = True) -> Iterator:
    result = _unwrap(result)
    kind = result.get("__typename")
    if kind in ("TweetTombstone", "TweetUnavailable") or "legacy" not in result:
        if entry_id:
            text = ((result.get("tombstone") or {}).get("text") or {}).get("text")
            yield Missing(entry_id, f"tombstone: {text}" if text else "unavailable (tombstone)", source=ctx.where)
            return
        raise RecordError(f"{kind} without an id")
    legacy = dict(result["legacy"])
    legacy.setdefault("id_str", result.get("rest_id"))
    author = _user(result)
    if not author.id:
        author = User(id=as_id(legacy.get("user_id_str"), "user_id_str"), username=author.username, name=author.name)
    if not author.id and not author.username:
        raise RecordError(f"tweet {legacy.get('id_str')} has no author")
    yield author
    note = (((result.get("note_tweet") or {}).get("note_tweet_results") or {}).get("result") or {}).get("text")
    if isinstance(result.get("views"), dict):
        legacy["views"] = result["views"]
    if isinstance(result.get("edit_control"), dict):
        legacy["edit_control"] = result["edit_control"]
    nested: dict = {}
    inner: list[dict] = []
    for key, name in (("retweeted_status_result", "retweeted"), ("quoted_status_result", "quoted")):
        holder = legacy.pop(key, None) or result.get(key)
        r = (holder or {}).get("result") if isinstance(holder, dict) else None
        if isinstance(r, dict):
            r = _unwrap(r)
            if "legacy" in r:
                nested[name] = {"id_str": r.get("rest_id"), **r["legacy"]}
                inner.append(r)
    yield from v1.read_tweet(legacy, ctx, fmt, primary, author=author, note_text=note, nested=nested or None)
    for r in inner:
        yield from read_result(r, ctx, fmt, r.get("rest_id"), primary=False)
