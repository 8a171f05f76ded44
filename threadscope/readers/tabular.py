"""CSV exports: twarc-csv (both its current and its early-2021 column layout)
and any other table through a column mapping.

Cells are read as text and never through pandas' type guessing: a sparse id
column would otherwise become float and lose the last digits of every id.
"""
from __future__ import annotations

import csv
import json
import re
from typing import Iterator

from ..model import Post, User, kind_of
from .common import Context, RecordError, as_int, capped_text, intern, parse_time, readable_text, reply_prefix


class MapError(ValueError):
    """A ``--map`` that names a field threadscope does not have, or a column
    the CSV lacks: the command line is wrong, not the input, so it is a
    usage error rather than a problem of one file."""


_BAD_CHARS = re.compile("[\x00\udc80-\udcff]")
_TCO = re.compile(r"https?://t\.co/[A-Za-z0-9]+")
_SCI = re.compile(r"^\d(?:\.\d+)?[eE][+-]?\d+$")

FIELDS = ("id", "text", "author", "author_id", "author_name", "created_at", "conversation_id", "reply_to_id",
          "reply_to_user_id", "reply_to_user", "quoted_id", "retweeted_id", "lang", "like_count",
          "retweet_count", "reply_count", "quote_count", "impression_count")

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "id_str", "tweet_id", "tweet id", "status_id", "post_id", "tweetid"),
    "text": ("text", "full_text", "rawcontent", "content", "tweet", "body", "tweet_text", "message"),
    "author": ("author.username", "username", "screen_name", "user_screen_name", "user.screen_name", "author",
               "user", "handle", "user_username"),
    "author_id": ("author_id", "author.id", "user_id", "user.id_str", "user_id_str", "userid"),
    "author_name": ("author.name", "name", "user_name", "user.name", "displayname"),
    "created_at": ("created_at", "date", "datetime", "timestamp", "time", "created"),
    "conversation_id": ("conversation_id", "conversationid", "conversation_id_str"),
    "reply_to_id": ("referenced_tweets.replied_to.id", "in_reply_to_status_id_str", "in_reply_to_status_id",
                    "in_reply_to_tweet_id", "inreplytotweetid", "reply_to", "parent_id", "in_reply_to"),
    "reply_to_user_id": ("in_reply_to_user_id", "in_reply_to_user_id_str"),
    "reply_to_user": ("in_reply_to_username", "in_reply_to_screen_name", "in_reply_to_user.username"),
    "quoted_id": ("referenced_tweets.quoted.id", "quoted_status_id_str", "quoted_status_id", "quoted_id"),
    "retweeted_id": ("referenced_tweets.retweeted.id", "retweeted_status_id_str", "retweeted_status_id",
                     "retweeted_id"),
    "lang": ("lang", "language"),
    "like_count": ("public_metrics.like_count", "like_count", "favorite_count", "likes", "likecount"),
    "retweet_count": ("public_metrics.retweet_count", "retweet_count", "retweets", "retweetcount"),
    "reply_count": ("public_metrics.reply_count", "reply_count", "replies", "replycount"),
    "quote_count": ("public_metrics.quote_count", "quote_count", "quotes", "quotecount"),
    "impression_count": ("public_metrics.impression_count", "impression_count", "views", "viewcount"),
}


def is_twarc_csv(header: list[str]) -> bool:
    h = set(header)
    return "id" in h and "conversation_id" in h and ("author_id" in h or "author.username" in h)


def column_map(header: list[str], overrides: dict[str, str] | None = None, source: str = "") -> dict[str, str]:
    """Map threadscope's field names to the header's columns: explicit
    ``--map`` entries first, then the known names of each field."""
    lower = {h.strip().lower(): h for h in header}
    out: dict[str, str] = {}
    for name, col in (overrides or {}).items():
        if name not in FIELDS:
            raise MapError(f"--map: unknown field {name!r} (fields: {', '.join(FIELDS)})")
        if col not in header and col.lower() not in lower:
            shown = ", ".join(header[:12]) + (", ..." if len(header) > 12 else "")
            raise MapError(f"--map {name}={col}: no column {col!r} in the CSV header"
                           f"{' of ' + source if source else ''} (columns: {shown})")
        out[name] = col if col in header else lower[col.lower()]
    for name, aliases in ALIASES.items():
        if name in out:
            continue
        for a in aliases:
            if a in lower:
                out[name] = lower[a]
                break
    return out


def _cell(row: dict, cols: dict, name: str) -> str | None:
    col = cols.get(name)
    v = row.get(col) if col else None
    if v is None:
        return None
    v = v.strip()
    if v in ("", "nan", "NaN", "None", "null"):
        return None
    return v


def _json_cell(v: str | None):
    if not v or v[0] not in "[{\"":
        return None
    try:
        return json.loads(v)
    except ValueError:
        return None


def _id_cell(v: str | None, what: str) -> str | None:
    if v is None:
        return None
    if v.endswith(".0") and v[:-2].isdigit():
        v = v[:-2]
    if _SCI.match(v):
        raise RecordError(f"{what} {v!r} is in scientific notation: the export went through a float and lost digits")
    return v


def read_rows(lines, ctx: Context, overrides: dict[str, str] | None, fmt: str) -> Iterator:
    """Yield Posts and Users from CSV text lines (a file opened with newline="")."""
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        raise RecordError("empty CSV") from None
    except csv.Error as e:
        raise RecordError(f"unreadable CSV header: {e}") from None
    cols = column_map(header, overrides, ctx.source)
    missing = [n for n in ("id", "text") if n not in cols]
    if "author" not in cols and "author_id" not in cols:
        missing.append("author")
    if missing:
        shown = ", ".join(header[:12]) + (", ..." if len(header) > 12 else "")
        raise RecordError(f"CSV has no {' / '.join(missing)} column (columns: {shown}); "
                          f"map them with --map {missing[0]}=COLUMN")
    twarc = is_twarc_csv(header)
    early = "referenced_tweets" in header and "referenced_tweets.replied_to.id" not in header
    if "reply_to_id" not in cols and not early:
        ctx.line = 1
        ctx.problem("no reply links: the CSV has none of the reply columns threadscope knows ("
                    + ", ".join(ALIASES["reply_to_id"]) + "), so every row is a conversation of its own; "
                    "name yours with --map reply_to_id=COLUMN", "warning")
    line = reader.line_num
    for values in _rows(reader, ctx):
        start, line = line + 1, reader.line_num
        ctx.line = start
        if _BAD_CHARS.search("".join(values)):
            values = [_BAD_CHARS.sub("\ufffd", v) for v in values]
            ctx.problem("NUL bytes or bytes that are not UTF-8 in the row: replaced by U+FFFD", "warning")
        row = dict(zip(header, values))
        if len(values) != len(header):
            ctx.problem(f"row has {len(values)} cells, the header has {len(header)}", "warning")
        try:
            yield from _row(row, cols, ctx, fmt, early, twarc)
        except RecordError as e:
            ctx.problem(str(e))


def _rows(reader, ctx):
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            ctx.line = reader.line_num
            ctx.problem(f"malformed CSV row: {e}")


def _row(row: dict, cols: dict, ctx: Context, fmt: str, early: bool, twarc: bool) -> Iterator:
    """One CSV row. twarc-csv writes a newline in text as the two characters
    backslash and n, so its text cells are unescaped."""
    pid = _id_cell(_cell(row, cols, "id"), "id")
    if not pid:
        raise RecordError("row has no id")
    text = _cell(row, cols, "text")
    note = (row.get("note_tweet.text") or "").strip()
    if note:
        text = note
    if text is None:
        raise RecordError(f"post {pid} has no text")
    if text.startswith('"') and text.endswith('"') and len(text) > 1:
        decoded = _json_cell(text)
        if isinstance(decoded, str):
            text = decoded
    elif twarc and "\\n" in text:
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n")
    author = _cell(row, cols, "author")
    author_id = _id_cell(_cell(row, cols, "author_id"), "author_id")
    if not author and not author_id:
        raise RecordError(f"post {pid} has no author")
    if author:
        author = author.lstrip("@")
    reply_to = _id_cell(_cell(row, cols, "reply_to_id"), "reply_to_id")
    quoted = _id_cell(_cell(row, cols, "quoted_id"), "quoted_id")
    retweeted = _id_cell(_cell(row, cols, "retweeted_id"), "retweeted_id")
    if early:
        for ref in _json_cell(row.get("referenced_tweets")) or ():
            if isinstance(ref, dict):
                kind, rid = ref.get("type"), ref.get("id")
                if kind == "replied_to":
                    reply_to = str(rid)
                elif kind == "quoted":
                    quoted = str(rid)
                elif kind == "retweeted":
                    retweeted = str(rid)
    urls = []
    cell = _json_cell(row.get("entities.urls")) or ()
    if cell and all(isinstance(u, str) for u in cell):
        # twarc-csv keeps only the expanded URLs, in the order the links appear
        links = _TCO.findall(text)
        if len(links) == len(cell):
            urls = [(None, None, tco, target) for tco, target in zip(links, cell)]
    for u in cell:
        if isinstance(u, dict):
            urls.append((u.get("start"), u.get("end"), u.get("url"),
                         False if u.get("media_key") else (u.get("unwound_url") or u.get("expanded_url"))))
    text, _, expanded = readable_text(capped_text(text, ctx), urls, quoted_id=quoted)
    mentions = tuple(m.get("username") for m in _json_cell(row.get("entities.mentions")) or ()
                     if isinstance(m, dict) and m.get("username"))
    kind = kind_of(bool(retweeted), reply_to, quoted)
    name = _cell(row, cols, "author_name")
    yield User(id=author_id, username=author, name=name)
    yield Post(
        id=pid,
        author_id=intern(author_id),
        author=intern(author),
        author_name=name,
        text=text,
        created_at=parse_time(_cell(row, cols, "created_at"), ctx),
        kind=kind,
        conversation_id=intern(_id_cell(_cell(row, cols, "conversation_id"), "conversation_id")),
        reply_to_id=reply_to,
        reply_to_user_id=intern(_id_cell(_cell(row, cols, "reply_to_user_id"), "reply_to_user_id")),
        reply_to_user=intern(_cell(row, cols, "reply_to_user")),
        quoted_id=quoted,
        retweeted_id=retweeted,
        lang=intern(_cell(row, cols, "lang")),
        body_start=reply_prefix(text) if reply_to else 0,
        mentions=mentions,
        urls=expanded,
        like_count=as_int(_cell(row, cols, "like_count")),
        retweet_count=as_int(_cell(row, cols, "retweet_count")),
        reply_count=as_int(_cell(row, cols, "reply_count")),
        quote_count=as_int(_cell(row, cols, "quote_count")),
        impression_count=as_int(_cell(row, cols, "impression_count")),
        truncated=bool(retweeted and text.startswith("RT @")),
        source_format=fmt,
        source=ctx.where,
    )
