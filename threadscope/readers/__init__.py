"""Readers: every input record becomes a Post (with its User) or a Problem.

The file's container is sniffed from its first bytes (gzip, account archive,
JSON lines, one JSON document or several concatenated, CSV), never from its
name; each JSON record is then classified by its shape, so one file may mix
shapes. ``input_format`` forces a shape when sniffing would guess wrong.
"""
from __future__ import annotations

import dataclasses
import io
import itertools
import json
import re
import zlib
from typing import Callable, Iterator

import orjson

from ..model import Missing, Post, Problem, Skipped, SourceInfo, User
from . import archive, graphql, scrapers, tabular, v1, v2
from .common import Context, NotPosts, RecordError
from .sources import Input, Opened, expand

FORMATS = ("auto", "twarc2", "twarc2-flat", "v1.1", "archive", "graphql", "scraper", "csv")
Event = Post | User | Problem | Missing | Skipped | SourceInfo


class InputError(Exception):
    """A whole input cannot be read; the message is one line."""


def read(paths, input_format: str | None = None, column_map: dict[str, str] | None = None,
         on_bytes: Callable[[int], None] | None = None) -> Iterator[Event]:
    """Yield every Post, User, Missing, Problem and Skipped found in ``paths``,
    then one SourceInfo per input read. Streams: JSON lines and CSV rows are
    read one at a time."""
    if input_format in (None, "auto"):
        input_format = None
    elif input_format not in FORMATS:
        raise ValueError(f"unknown input format {input_format!r} (choose from {', '.join(FORMATS)})")
    for name in column_map or {}:
        if name not in tabular.FIELDS:
            raise ValueError(f"--map: unknown field {name!r} (fields: {', '.join(tabular.FIELDS)})")
    for inp in expand(paths):
        if isinstance(inp, Skipped):
            yield inp
            continue
        yield from read_input(inp, input_format, column_map, on_bytes)


def read_input(inp: Input, input_format: str | None = None, column_map: dict[str, str] | None = None,
               on_bytes: Callable[[int], None] | None = None) -> Iterator[Event]:
    info = SourceInfo(inp.name)
    ctx = Context(inp.name)
    try:
        opened = Opened(inp, on_bytes)
    except OSError as e:
        info.problems = 1
        yield Problem(inp.name, f"cannot open: {e.strerror or e}")
        yield info
        return
    # A file met in a directory walk that turns out to hold no posts at all
    # (a RumourEval structure.json, a user list) is skipped with its reason,
    # not reported as broken; so its problems are held until a post shows up.
    hold = not inp.explicit
    seen: set[str] = set()
    folder_conversation = dataset_conversation(inp.name)
    with opened:
        try:
            for event in _read_opened(opened, inp, ctx, info, input_format, column_map):
                if isinstance(event, Post):
                    if folder_conversation and not event.conversation_id:
                        event = dataclasses.replace(event, conversation_id=folder_conversation)
                    if event.id not in seen:
                        seen.add(event.id)
                        info.posts += 1
                    hold = False
                yield event
                if ctx.problems and not hold:
                    yield from _flush(ctx, info)
        except (OSError, EOFError, zlib.error, InputError) as e:
            ctx.problem(_os_reason(e))
        except NotPosts as e:
            ctx.problem(str(e))
            ctx.not_posts += 1
        except RecordError as e:
            ctx.problem(str(e))
        if hold and not info.posts and ctx.problems and ctx.not_posts == len(ctx.problems):
            yield Skipped(inp.name, f"holds no posts: {ctx.problems[0].reason}")
            ctx.problems.clear()
        yield from _flush(ctx, info)
        try:
            opened.drain()
        except (OSError, EOFError, zlib.error):
            pass
        info.sha256 = opened.sha256
        info.bytes = opened.counter.count
    yield info


_DATASET_FILE = re.compile(r"(?:^|[/\\])(\d{6,25})[/\\](?:source-tweets?|replies|reactions)[/\\][^/\\]+$")


def dataset_conversation(name: str) -> str | None:
    """The conversation a file of a PHEME or RumourEval thread folder
    (``<source id>/source-tweet(s)/``, ``replies/`` or ``reactions/``)
    belongs to: the folder's id. v1.1 tweets carry no conversation id, and
    the dataset's own grouping is better than walking reply links, which
    leave a reply to a deleted tweet, or a quote the annotators filed under
    the thread, in a conversation of its own."""
    m = _DATASET_FILE.search(name)
    return m.group(1) if m else None


def _os_reason(e: Exception) -> str:
    msg = str(e)
    if isinstance(e, zlib.error) or "Not a gzipped file" in msg or "CRC check failed" in msg or "Compressed file ended" in msg:
        return f"broken gzip file: {msg}"
    return msg


def _flush(ctx: Context, info: SourceInfo) -> Iterator[Problem]:
    for p in ctx.problems:
        info.problems += 1
        yield p
    ctx.problems.clear()


def _read_opened(opened: Opened, inp: Input, ctx: Context, info: SourceInfo, forced: str | None,
                 column_map: dict | None) -> Iterator[Event]:
    head = opened.head()
    if head.startswith(b"\xef\xbb\xbf"):
        opened.stream.read(3)
        head = head[3:]
    stripped = head.lstrip()
    if not stripped:
        if len(head) < 65536:
            raise InputError("empty file")
    if b"\x00" in head[:8192] or _not_utf8(head):
        raise InputError("binary file, not a text export" + (" (a zip archive: unzip it first)"
                                                             if head.startswith(b"PK\x03\x04") else ""))
    if opened.compressed:
        info.meta["compression"] = "gzip"
    if forced == "csv" or (forced is None and _looks_csv(stripped)):
        info.format = "csv"
        text = io.TextIOWrapper(opened.stream, encoding="utf-8", errors="replace", newline="")
        try:
            yield from tabular.read_rows(text, ctx, column_map, "csv")
        except ValueError as e:
            raise InputError(str(e)) from None
        finally:
            info.records = max(0, (ctx.line or 1) - 1)
            text.detach()
        return
    if stripped.startswith(b"window.YTD.") or forced == "archive":
        yield from _read_archive(opened, inp, ctx, info)
        return
    if stripped.startswith(b"http_interactions:"):
        raise NotPosts("a VCR cassette (recorded HTTP calls): not a format threadscope reads yet")
    if stripped[:1] not in (b"{", b"["):
        first = stripped.split(b"\n", 1)[0][:60].decode("utf-8", "replace")
        raise NotPosts(f"not a recognised export (starts with {first!r})")
    first_line = opened.stream.readline()
    try:
        first = orjson.loads(first_line)
    except orjson.JSONDecodeError:
        first = None
    if isinstance(first, (dict, list)):
        yield from _read_lines(first_line, opened, ctx, info, forced)
    else:
        yield from _read_document(first_line + opened.stream.read(), ctx, info, forced)


def _not_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start < len(head) - 4
    return False


def _looks_csv(head: bytes) -> bool:
    line = head.split(b"\n", 1)[0]
    return line[:1] not in (b"{", b"[") and not line.startswith(b"window.") and (b"," in line or b"\t" in line)


def _read_lines(first: bytes, opened: Opened, ctx: Context, info: SourceInfo,
                forced: str | None) -> Iterator[Event]:
    info.format = "jsonl"
    shapes: set[str] = set()
    for lineno, line in enumerate(itertools.chain((first,), opened.stream), 1):
        if not line.strip():
            continue
        ctx.line = lineno
        info.records += 1
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            ctx.problem(_json_reason(line, e))
            continue
        yield from _read_record(obj, ctx, forced, shapes)
    info.format = _format_name(shapes, "jsonl")


def _json_reason(line: bytes, e: Exception) -> str:
    msg = str(e).split(":", 1)[0]
    if not line.rstrip().endswith((b"}", b"]")):
        return f"truncated JSON line ({len(line)} bytes, cut off mid-record): {msg}"
    return f"invalid JSON: {msg}"


def _read_document(data: bytes, ctx: Context, info: SourceInfo, forced: str | None) -> Iterator[Event]:
    shapes: set[str] = set()
    try:
        docs = [(1, orjson.loads(data))]
    except orjson.JSONDecodeError:
        docs = list(_concatenated(data.decode("utf-8", "replace"), ctx))
    for line, obj in docs:
        ctx.line = line if len(docs) > 1 else None
        if len(docs) == 1:
            ctx.line = None
        info.records += len(obj) if isinstance(obj, list) else 1
        yield from _read_record(obj, ctx, forced, shapes)
    info.format = _format_name(shapes, "json")


def _concatenated(text: str, ctx: Context) -> Iterator[tuple[int, object]]:
    """JSON objects written one after another (v1.1 samples do this): decode in
    a loop; on a broken object, report it and resume at the next line."""
    dec = json.JSONDecoder()
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos >= n:
            return
        line = text.count("\n", 0, pos) + 1
        try:
            obj, end = dec.raw_decode(text, pos)
        except json.JSONDecodeError as e:
            ctx.line = line
            truncated = e.pos >= n - 1 or "Unterminated" in e.msg or "Expecting" in e.msg and e.pos >= n - 2
            ctx.problem(f"{'truncated' if truncated else 'invalid'} JSON: {e.msg} (line {e.lineno}, column {e.colno})")
            nxt = text.find("\n", e.pos)
            if nxt < 0:
                return
            pos = nxt + 1
            continue
        yield line, obj
        pos = end


def _read_archive(opened: Opened, inp: Input, ctx: Context, info: SourceInfo) -> Iterator[Event]:
    data = opened.stream.read()
    split = archive.split_prefix(data)
    if split is None:
        raise RecordError("not an account archive file (no 'window.YTD.<name>.partN =' prefix)")
    name, payload = split
    info.format = "archive"
    info.meta["archive_part"] = name
    if name not in archive.POST_PARTS:
        raise NotPosts(f"account archive file '{name}' holds no posts")
    try:
        items = orjson.loads(payload.rstrip().rstrip(b";"))
    except orjson.JSONDecodeError as e:
        raise InputError(f"truncated or invalid archive JSON: {str(e).split(':', 1)[0]}") from None
    if not isinstance(items, list):
        raise RecordError("archive part is not a list")
    owner = archive.owner(inp.path)
    if owner is not None:
        info.meta["account"] = owner.username
        yield owner
    else:
        info.notes.append("no account.js beside this archive file: its posts have no author handle")
        owner = User(id=None, username=None)
    for n, item in enumerate(items, 1):
        ctx.record = n
        info.records += 1
        tweet = item.get("tweet", item) if isinstance(item, dict) else item
        try:
            for ev in v1.read_tweet(tweet, ctx, "archive", author=owner):
                yield ev
        except RecordError as e:
            ctx.problem(str(e))


def classify(obj: dict) -> str:
    """The shape of one JSON record."""
    if graphql.is_response(obj):
        return "graphql"
    if "data" in obj or ("errors" in obj and "title" not in obj):
        return "twarc2"
    if scrapers.is_tweet(obj):
        return "scraper"
    if v1.is_tweet(obj):
        return "v1.1"
    if v2.is_tweet(obj):
        return "twarc2-flat"
    if isinstance(obj.get("tweet"), dict):
        return "archive"
    return "unknown"


def _read_record(obj, ctx: Context, forced: str | None, shapes: set[str]) -> Iterator[Event]:
    if isinstance(obj, list):
        for n, item in enumerate(obj, 1):
            ctx.record = n
            yield from _read_record(item, ctx, forced, shapes)
        ctx.record = None
        return
    try:
        if not isinstance(obj, dict):
            raise NotPosts(f"a JSON {type(obj).__name__}, not a post object")
        shape = forced or classify(obj)
        if shape == "twarc2" and "data" not in obj and "errors" not in obj:
            shape = "twarc2-flat"
        shapes.add(shape)
        if shape == "twarc2":
            yield from v2.read_page(obj, ctx, "twarc2")
        elif shape == "twarc2-flat":
            yield from v2.read_flat(obj, ctx, "twarc2-flat")
        elif shape == "v1.1":
            yield from v1.read_tweet(obj, ctx, "v1.1")
        elif shape == "graphql":
            yield from graphql.read_response(obj, ctx)
        elif shape == "scraper":
            yield from scrapers.read_tweet(obj, ctx, "scraper")
        elif shape == "archive":
            yield from v1.read_tweet(obj.get("tweet", obj), ctx, "archive", author=User(None, None))
        else:
            raise NotPosts(_unknown(obj))
    except NotPosts as e:
        ctx.problem(str(e))
        ctx.not_posts += 1
    except RecordError as e:
        ctx.problem(str(e))


def _unknown(obj: dict) -> str:
    keys = sorted(obj)[:8]
    if "title" in obj and "status" in obj:
        return f"an API error response: {obj.get('title')} ({obj.get('status')}): {obj.get('detail', '')}".rstrip(": ")
    if "thread" in obj and isinstance(obj["thread"], dict) and "post" in obj["thread"]:
        return "a Bluesky thread: not a format threadscope reads yet"
    if "ancestors" in obj and "descendants" in obj:
        return "a Mastodon context: not a format threadscope reads yet"
    if "username" in obj and "text" not in obj:
        return "a user profile, not a post"
    if obj and all(isinstance(k, str) and k.isdigit() for k in obj):
        return "a map keyed by post ids (such as RumourEval's structure.json or labels), not posts"
    return f"unknown JSON shape (keys: {', '.join(keys)}{', ...' if len(obj) > 8 else ''})"


def _format_name(shapes: set[str], container: str) -> str:
    shapes.discard("unknown")
    return "+".join(sorted(shapes)) if shapes else container


__all__ = ["read", "read_input", "classify", "FORMATS", "InputError"]
