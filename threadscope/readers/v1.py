"""Classic v1.1 tweet objects, and the shapes built on them: the account
archive's ``tweets.js`` items and the ``legacy`` part of X's web GraphQL.

The readable text is ``extended_tweet.full_text`` when a compatibility-mode
tweet is ``truncated``, else ``full_text``, else ``text``; a retweet reads as
its original. ``display_text_range`` says how much of the start is the hidden
``@mention`` prefix of a reply.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Post, User, kind_of
from .common import (MALFORMED, Context, RecordError, as_id, as_int, capped_text, intern, items, malformed, obj,
                     parse_time, readable_text, reply_prefix)


def is_tweet(obj: dict) -> bool:
    return ("id_str" in obj or "id" in obj) and ("full_text" in obj or "text" in obj) and "user" in obj


def to_user(u: dict) -> User:
    if not isinstance(u, dict):
        raise RecordError("user is not a JSON object")
    return User(
        id=as_id(u.get("id_str") or u.get("id"), "user id"),
        username=intern(u.get("screen_name")),
        name=u.get("name"),
        description=u.get("description"),
        created_at=parse_time(u.get("created_at")),
        followers_count=as_int(u.get("followers_count")),
        following_count=as_int(u.get("friends_count")),
        tweet_count=as_int(u.get("statuses_count")),
        verified=u.get("verified"),
        protected=u.get("protected"),
        location=u.get("location"),
        withheld=bool(u.get("withheld_in_countries")),
    )


def _urls(entities: dict):
    out = []
    for u in items(entities.get("urls")):
        if isinstance(u, dict):
            ind = u.get("indices")
            ind = ind if isinstance(ind, list) and len(ind) == 2 else (None, None)
            out.append((ind[0], ind[1], u.get("url"), u.get("expanded_url")))
    return out


def _media(entities: dict, extended: dict | None) -> list[str]:
    media = list(items(entities.get("media")))
    media += items(obj(extended).get("media"))
    return [m.get("url") for m in media if isinstance(m, dict) and isinstance(m.get("url"), str)]


def _text(t: dict) -> tuple[str, dict, dict | None, list | None, bool]:
    ext = t.get("extended_tweet")
    if isinstance(ext, dict) and isinstance(ext.get("full_text"), str) and ext["full_text"]:
        return (ext["full_text"], obj(ext.get("entities")), obj(ext.get("extended_entities")),
                items(ext.get("display_text_range")), False)
    text = t.get("full_text")
    if text is None:
        text = t.get("text")
    if not isinstance(text, str):
        raise RecordError("tweet has no text" if text is None else
                          f"tweet text is a JSON {type(text).__name__}, not a string")
    return (text, obj(t.get("entities")), obj(t.get("extended_entities")), items(t.get("display_text_range")),
            bool(t.get("truncated")))


def read_tweet(t: dict, ctx: Context, fmt: str, primary: bool = True, *, author: User | None = None,
               conversation_id: str | None = None, note_text: str | None = None,
               nested: dict | None = None) -> Iterator:
    """Yield the User, the Post and any embedded quoted/retweeted original.

    ``author`` stands in when the tweet has no ``user`` (archive items, GraphQL);
    ``nested`` passes already-unwrapped quoted/retweeted originals (GraphQL)."""
    if not isinstance(t, dict):
        raise RecordError("tweet is not a JSON object")
    pid = as_id(t.get("id_str"), "id_str") or as_id(t.get("id"), "tweet id", ctx)
    if not pid:
        raise RecordError("tweet has no id")
    if author is None:
        u = t.get("user")
        if not isinstance(u, dict):
            raise RecordError(f"tweet {pid} has no author")
        author = to_user(u)
        if not author.id and not author.username:
            raise RecordError(f"tweet {pid} has no author")
        yield author
    nested = nested or {}
    rt = nested.get("retweeted") or t.get("retweeted_status")
    qt = nested.get("quoted") or t.get("quoted_status")

    text, entities, ext_entities, rng, truncated = _text(t)
    hidden = 0
    if note_text:
        text, truncated = note_text, False
    elif rng and len(rng) == 2:
        hidden = as_int(rng[0]) or 0
    retweeted_id = None
    is_retweet = isinstance(rt, dict)
    if is_retweet:
        retweeted_id = as_id(rt.get("id_str") or rt.get("rest_id") or rt.get("id"), "retweeted id")
        text, entities, ext_entities, _, truncated = _text(rt)
        hidden = 0
    elif fmt == "archive" and text.startswith("RT @"):
        is_retweet = truncated = True
    reply_to = as_id(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"), "in_reply_to_status_id", ctx)
    quoted = as_id(t.get("quoted_status_id_str") or t.get("quoted_status_id"), "quoted_status_id", ctx)
    if quoted is None and isinstance(qt, dict):
        quoted = as_id(qt.get("id_str") or qt.get("rest_id") or qt.get("id"), "quoted id")
    kind = kind_of(is_retweet, reply_to, quoted)
    drop = _media(entities, ext_entities)
    text, body_start, urls = readable_text(capped_text(text, ctx), _urls(entities), drop, hidden, quoted)
    if reply_to and not hidden:
        body_start = reply_prefix(text)
    mentions = items(entities.get("user_mentions"))
    withheld = bool(t.get("withheld_in_countries") or t.get("withheld_copyright"))
    edits = ()
    initial = obj(obj(t.get("edit_info")).get("initial"))
    if len(items(initial.get("editTweetIds"))) > 1:
        edits = tuple(str(i) for i in initial["editTweetIds"] if isinstance(i, (str, int)))
    ctl = obj(t.get("edit_control"))
    if len(items(ctl.get("edit_tweet_ids"))) > 1:
        edits = tuple(str(i) for i in ctl["edit_tweet_ids"] if isinstance(i, (str, int)))
    yield Post(
        id=pid,
        author_id=intern(author.id),
        author=intern(author.username),
        author_name=author.name,
        text=text,
        created_at=parse_time(t.get("created_at"), ctx),
        kind=kind,
        conversation_id=intern(conversation_id or as_id(t.get("conversation_id_str"), "conversation_id_str")),
        reply_to_id=reply_to,
        reply_to_user_id=intern(as_id(t.get("in_reply_to_user_id_str") or t.get("in_reply_to_user_id"), "in_reply_to_user_id")),
        reply_to_user=intern(t.get("in_reply_to_screen_name")),
        quoted_id=quoted,
        retweeted_id=retweeted_id,
        lang=intern(t.get("lang")),
        body_start=body_start,
        mentions=tuple(intern(m["screen_name"]) for m in mentions if isinstance(m, dict) and intern(m.get("screen_name"))),
        hashtags=tuple(h["text"] for h in items(entities.get("hashtags")) if isinstance(h, dict) and intern(h.get("text"))),
        urls=urls,
        like_count=as_int(t.get("favorite_count")),
        retweet_count=as_int(t.get("retweet_count")),
        reply_count=as_int(t.get("reply_count")),
        quote_count=as_int(t.get("quote_count")),
        impression_count=as_int((t.get("views") or {}).get("count")) if isinstance(t.get("views"), dict) else None,
        edit_ids=edits,
        withheld=withheld,
        truncated=truncated,
        primary=primary,
        source_format=fmt,
        source=ctx.where,
    )
    if not nested:
        for inner in (rt, qt):
            if isinstance(inner, dict) and ("user" in inner):
                try:
                    yield from read_tweet(inner, ctx, fmt, primary=False)
                except RecordError as e:
                    ctx.problem(f"tweet embedded in {pid}: {e}")
                except MALFORMED as e:
                    ctx.problem(f"tweet embedded in {pid}: {malformed(e)}")
