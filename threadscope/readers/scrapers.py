"""Tweets as scraper libraries serialise them: snscrape's ``Tweet`` dataclass
(``--jsonl``) and twscrape's parsed model (``tweet.dict()``), which keeps
snscrape's field names (``rawContent``, ``inReplyToTweetId``, ``conversationId``)
and adds ``*Str`` twins of the numeric ids. Prefer the string twins: the
numbers may have been through a double on the way.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Post, User, kind_of
from .common import (MALFORMED, Context, RecordError, as_id, as_int, capped_text, intern, items, malformed, obj,
                     parse_time, readable_text, reply_prefix)


def is_tweet(obj: dict) -> bool:
    t = obj.get("_type")
    if isinstance(t, str) and t.startswith("snscrape.modules.twitter.Tweet"):
        return True
    return ("rawContent" in obj or "renderedContent" in obj) and ("user" in obj or "conversationId" in obj)


def _id(obj: dict, key: str, what: str, ctx: Context | None = None) -> str | None:
    return as_id(obj.get(key + "Str"), what) or as_id(obj.get(key), what, ctx)


def to_user(u: dict) -> User:
    if not isinstance(u, dict):
        raise RecordError("user is not a JSON object")
    return User(
        id=as_id(u.get("id_str") or u.get("idStr"), "user id") or as_id(u.get("id"), "user id"),
        username=intern(u.get("username")),
        name=u.get("displayname") or u.get("displayName"),
        description=u.get("rawDescription") or u.get("description"),
        created_at=parse_time(u.get("created")),
        followers_count=as_int(u.get("followersCount")),
        following_count=as_int(u.get("friendsCount")),
        tweet_count=as_int(u.get("statusesCount")),
        verified=u.get("verified"),
        protected=u.get("protected"),
        location=u.get("location"),
    )


def read_tweet(t: dict, ctx: Context, fmt: str = "snscrape", primary: bool = True) -> Iterator:
    if not isinstance(t, dict):
        raise RecordError("tweet is not a JSON object")
    pid = as_id(t.get("id_str"), "id_str") or _id(t, "id", "tweet id", ctx)
    if not pid:
        raise RecordError("tweet has no id")
    u = t.get("user")
    if not isinstance(u, dict):
        raise RecordError(f"tweet {pid} has no author")
    author = to_user(u)
    if not author.id and not author.username:
        raise RecordError(f"tweet {pid} has no author")
    yield author
    rt = t.get("retweetedTweet") if isinstance(t.get("retweetedTweet"), dict) else None
    qt = t.get("quotedTweet") if isinstance(t.get("quotedTweet"), dict) else None
    src = rt or t
    text = src.get("rawContent") or src.get("content") or src.get("renderedContent")
    if not isinstance(text, str):
        raise RecordError(f"tweet {pid} has no text")
    links = items(src.get("links")) or items(src.get("outlinks"))
    urls = []
    for link in links:
        if isinstance(link, dict):
            urls.append((None, None, link.get("tcourl") or link.get("url"), link.get("url")))
    text, _, expanded = readable_text(capped_text(text, ctx), [u for u in urls if u[2] and u[2] != u[3]])
    reply_to = _id(t, "inReplyToTweetId", "inReplyToTweetId", ctx)
    reply_user = obj(t.get("inReplyToUser"))
    quoted = as_id(qt.get("id_str"), "quoted id") or _id(qt, "id", "quoted id") if qt else None
    kind = kind_of(rt is not None, reply_to, quoted)
    mentioned = items(t.get("mentionedUsers"))
    yield Post(
        id=pid,
        author_id=intern(author.id),
        author=intern(author.username),
        author_name=author.name,
        text=text,
        created_at=parse_time(t.get("date"), ctx),
        kind=kind,
        conversation_id=intern(_id(t, "conversationId", "conversationId")),
        reply_to_id=reply_to,
        reply_to_user_id=intern(as_id(reply_user.get("id_str") or reply_user.get("id"), "inReplyToUser id")),
        reply_to_user=intern(reply_user.get("username")),
        quoted_id=quoted,
        retweeted_id=(as_id(rt.get("id_str"), "id") or _id(rt, "id", "retweeted id")) if rt else None,
        lang=intern(t.get("lang")),
        body_start=reply_prefix(text) if reply_to else 0,
        mentions=tuple(intern(m["username"]) for m in mentioned if isinstance(m, dict) and intern(m.get("username"))),
        hashtags=tuple(h for h in items(t.get("hashtags")) if isinstance(h, str)),
        urls=expanded or tuple(x[3] for x in urls if x[3]),
        like_count=as_int(t.get("likeCount")),
        retweet_count=as_int(t.get("retweetCount")),
        reply_count=as_int(t.get("replyCount")),
        quote_count=as_int(t.get("quoteCount")),
        impression_count=as_int(t.get("viewCount")) if not isinstance(t.get("viewCount"), dict) else None,
        primary=primary,
        source_format=fmt,
        source=ctx.where,
    )
    for inner in (rt, qt):
        if inner is not None:
            try:
                yield from read_tweet(inner, ctx, fmt, primary=False)
            except RecordError as e:
                ctx.problem(f"tweet embedded in {pid}: {e}")
            except MALFORMED as e:
                ctx.problem(f"tweet embedded in {pid}: {malformed(e)}")
