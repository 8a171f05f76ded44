"""X API v2: twarc2 pages, single responses, stream lines and flattened tweets.

One page holds ``data`` (tweets), ``includes`` (users, the referenced tweets,
media, places) and ``errors`` (why a referenced tweet is absent). Authors and
retweeted originals are looked up in the page's includes; the flattened form
carries them inline.
"""
from __future__ import annotations

import itertools
from typing import Iterator

from ..model import Missing, Post, User, kind_of
from .common import (MALFORMED, Context, NotPosts, RecordError, as_id, as_int, capped_text, intern, items, malformed,
                     obj as _obj, parse_time, readable_text, reply_prefix)


def is_page(obj: dict) -> bool:
    return "data" in obj and ("includes" in obj or "meta" in obj or "__twarc" in obj
                              or "matching_rules" in obj or "errors" in obj or isinstance(obj.get("data"), (dict, list)))


def is_tweet(obj: dict) -> bool:
    return "id" in obj and "text" in obj and "id_str" not in obj and "user" not in obj


def read_page(obj: dict, ctx: Context, fmt: str) -> Iterator:
    """Yield Users, Posts and Missing from one v2 response."""
    includes = _obj(obj.get("includes"))
    data = obj.get("data")
    if isinstance(data, dict):
        data = [data]
    if data is None:
        data = []
    if not isinstance(data, list):
        raise RecordError("'data' is neither a list nor an object")
    users_page = bool(data) and all(isinstance(d, dict) and "username" in d and "text" not in d for d in data)
    if users_page:
        for u in data:
            yield to_user(u)
        pinned = len(items(includes.get("tweets")))
        if not pinned:
            raise NotPosts(f"this page holds {len(data)} user profiles (a user lookup), not posts")
        ctx.problem(f"this page holds {len(data)} user profiles (a user lookup), not posts; "
                    f"loaded their {pinned} pinned tweets from its includes", "warning")
        data = []
    users: dict[str, User] = {}
    for u in items(includes.get("users")):
        key = _user_key(u)
        user = ctx.accounts.get(key) if key is not None else None
        fresh = user is None
        if fresh:
            try:
                user = to_user(u)
            except (RecordError, *MALFORMED) as e:
                ctx.problem(f"included user: {e if isinstance(e, RecordError) else malformed(e)}", "warning")
                continue
            if key is not None:
                ctx.accounts[key] = user
        if user.id:
            users[user.id] = user
            if fresh:
                yield user
    included_tweets = items(includes.get("tweets"))
    included = {t["id"]: t for t in itertools.chain(included_tweets, data)
                if isinstance(t, dict) and isinstance(t.get("id"), str)}
    for n, tweet in enumerate(data, 1):
        try:
            yield from read_tweet(tweet, ctx, fmt, users, included, primary=True)
        except RecordError as e:
            ctx.problem(f"tweet {n} of the page: {e}")
        except MALFORMED as e:
            ctx.problem(f"tweet {n} of the page: {malformed(e)}")
    for tweet in included_tweets:
        try:
            yield from read_tweet(tweet, ctx, fmt, users, included, primary=False)
        except RecordError as e:
            ctx.problem(f"included tweet: {e}")
        except MALFORMED as e:
            ctx.problem(f"included tweet: {malformed(e)}")
    for err in items(obj.get("errors")):
        if isinstance(err, dict) and err.get("resource_type") == "tweet":
            rid = err.get("resource_id") or err.get("value")
            if isinstance(rid, (str, int)) and not isinstance(rid, bool):
                yield Missing(str(rid), _error_reason(err), source=ctx.where)


def read_flat(obj: dict, ctx: Context, fmt: str) -> Iterator:
    """A flattened tweet (twarc2 ``--flatten``): author and referenced tweets inline."""
    yield from read_tweet(obj, ctx, fmt, {}, {}, primary=True)


def _error_reason(err: dict) -> str:
    title = err.get("title") or "error"
    if title == "Not Found Error":
        return "deleted or not found"
    if title == "Authorization Error":
        return "protected (not authorized)"
    if title == "Forbidden":
        return "author suspended (forbidden)"
    return str(err.get("detail") or title)


_USER_FIELDS = ("id", "username", "name", "description", "created_at", "verified", "protected", "location",
                "withheld")
_USER_COUNTS = ("followers_count", "following_count", "tweet_count")


def _user_key(u) -> tuple | None:
    """Every raw field :func:`to_user` reads, or None when one cannot be a
    key (a list or object where a value belongs): the same key is the same
    User, so a copy of an account is neither read nor sent on again."""
    if not isinstance(u, dict):
        return None
    m = u.get("public_metrics")
    key = (*[u.get(f) for f in _USER_FIELDS],
           *([m.get(f) for f in _USER_COUNTS] if isinstance(m, dict) else [m]))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def to_user(u: dict) -> User:
    if not isinstance(u, dict):
        raise RecordError("user is not a JSON object")
    m = _obj(u.get("public_metrics"))
    return User(
        id=as_id(u.get("id"), "user id"),
        username=intern(_str(u.get("username"))),
        name=_str(u.get("name")),
        description=_str(u.get("description")),
        created_at=parse_time(u.get("created_at")),
        followers_count=as_int(m.get("followers_count")),
        following_count=as_int(m.get("following_count")),
        tweet_count=as_int(m.get("tweet_count")),
        verified=u.get("verified"),
        protected=u.get("protected"),
        location=_str(u.get("location")),
        withheld=bool(u.get("withheld")),
    )


def _str(value) -> str | None:
    return value if isinstance(value, str) else None


def _text_of(t: dict) -> tuple[str, dict, bool]:
    note = t.get("note_tweet")
    if isinstance(note, dict) and isinstance(note.get("text"), str) and note["text"]:
        return note["text"], _obj(note.get("entities")), False
    text = t.get("text")
    if not isinstance(text, str):
        raise RecordError("tweet has no text" if text is None else
                          f"tweet text is a JSON {type(text).__name__}, not a string")
    return text, _obj(t.get("entities")), False


def _urls(entities: dict):
    return [(u.get("start"), u.get("end"), u.get("url"),
             False if u.get("media_key") else (u.get("unwound_url") or u.get("expanded_url")))
            for u in items(entities.get("urls")) if isinstance(u, dict)]


def read_tweet(t: dict, ctx: Context, fmt: str, users: dict, included: dict, primary: bool) -> Iterator:
    if not isinstance(t, dict):
        raise RecordError("tweet is not a JSON object")
    pid = as_id(t.get("id"), "tweet id", ctx)
    if not pid:
        raise RecordError("tweet has no id")
    author_obj = t.get("author") if isinstance(t.get("author"), dict) else None
    author_id = as_id(t.get("author_id") or (author_obj or {}).get("id"), "author id", ctx)
    user = users.get(author_id) if author_id else None
    if author_obj is not None:
        user = to_user(author_obj)
        yield user
    if not author_id and user is None:
        raise RecordError(f"tweet {pid} has no author")

    reply_to = quoted = retweeted = None
    nested: list[dict] = []
    for ref in items(t.get("referenced_tweets")):
        if not isinstance(ref, dict):
            continue
        rid = as_id(ref.get("id"), "referenced tweet id", ctx)
        kind = ref.get("type")
        if kind == "replied_to":
            reply_to = rid
        elif kind == "quoted":
            quoted = rid
        elif kind == "retweeted":
            retweeted = rid
        if "text" in ref:
            nested.append(ref)

    text, entities, truncated = _text_of(t)
    if retweeted:
        original = included.get(retweeted) or next((r for r in nested if r.get("id") == retweeted), None)
        if original is not None and isinstance(original.get("text"), str):
            text, entities, _ = _text_of(original)
        else:
            truncated = text.endswith("…")
    kind = kind_of(bool(retweeted), reply_to, quoted)
    mentions = items(entities.get("mentions"))
    text, body_start, urls = readable_text(capped_text(text, ctx), _urls(entities), quoted_id=quoted)
    if reply_to:
        body_start = reply_prefix(text)

    in_reply_user = t.get("in_reply_to_user") if isinstance(t.get("in_reply_to_user"), dict) else {}
    reply_user_id = as_id(t.get("in_reply_to_user_id") or in_reply_user.get("id"), "in_reply_to_user_id")
    reply_user = _str(in_reply_user.get("username"))
    if reply_user is None and reply_user_id:
        ru = users.get(reply_user_id)
        reply_user = ru.username if ru else next(
            (m.get("username") for m in mentions if isinstance(m, dict) and m.get("id") == reply_user_id), None)
    metrics = _obj(t.get("public_metrics"))
    edits = items(t.get("edit_history_tweet_ids"))
    yield Post(
        id=pid,
        author_id=intern(author_id),
        author=intern(user.username) if user else None,
        author_name=user.name if user else None,
        text=text,
        created_at=parse_time(t.get("created_at"), ctx),
        kind=kind,
        conversation_id=intern(as_id(t.get("conversation_id"), "conversation_id")),
        reply_to_id=reply_to,
        reply_to_user_id=intern(reply_user_id),
        reply_to_user=intern(reply_user),
        quoted_id=quoted,
        retweeted_id=retweeted,
        lang=intern(_str(t.get("lang"))),
        body_start=body_start,
        mentions=tuple(intern(m["username"]) for m in mentions if isinstance(m, dict) and _str(m.get("username"))),
        hashtags=tuple(h["tag"] for h in items(entities.get("hashtags")) if isinstance(h, dict) and _str(h.get("tag"))),
        urls=urls,
        like_count=as_int(metrics.get("like_count")),
        retweet_count=as_int(metrics.get("retweet_count")),
        reply_count=as_int(metrics.get("reply_count")),
        quote_count=as_int(metrics.get("quote_count")),
        impression_count=as_int(metrics.get("impression_count")),
        edit_ids=tuple(str(e) for e in edits if isinstance(e, (str, int))) if len(edits) > 1 else (),
        withheld=bool(t.get("withheld")),
        truncated=truncated,
        primary=primary,
        source_format=fmt,
        source=ctx.where,
    )
    for ref in nested:
        try:
            yield from read_tweet(ref, ctx, fmt, users, included, primary=False)
        except RecordError as e:
            ctx.problem(f"referenced tweet inside {pid}: {e}")
        except MALFORMED as e:
            ctx.problem(f"referenced tweet inside {pid}: {malformed(e)}")
