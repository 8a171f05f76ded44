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
from . import archive, graphql, parallel, scrapers, tabular, v1, v2
from .common import MALFORMED, Context, NotPosts, RecordError, malformed
from .sources import Input, Limits, Opened, TooLarge, expand
from .tabular import MapError

FORMATS = ("auto", "twarc2", "twarc2-flat", "v1.1", "archive", "graphql", "scraper", "csv")
Event = Post | User | Problem | Missing | Skipped | SourceInfo


class InputError(Exception):
    """A whole input cannot be read; the message is one line."""


def read(paths, input_format: str | None = None, column_map: dict[str, str] | None = None,
         on_bytes: Callable[[int], None] | None = None, limits: Limits | None = None,
         workers: int = 1, executor=None) -> Iterator[Event]:
    """Yield every Post, User, Missing, Problem and Skipped found in ``paths``,
    then one SourceInfo per input read. Streams: JSON lines and CSV rows are
    read one at a time, except that a large JSON-lines file is read by
    ``workers`` processes at once, or by the workers of a Dask ``executor``
    (the same events, in the same order). A
    ``--map`` column that a CSV lacks raises :class:`MapError` (a usage
    error, not a problem of the input)."""
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
        yield from read_input(inp, input_format, column_map, on_bytes, limits, workers, executor)


def read_input(inp: Input, input_format: str | None = None, column_map: dict[str, str] | None = None,
               on_bytes: Callable[[int], None] | None = None, limits: Limits | None = None,
               workers: int = 1, executor=None) -> Iterator[Event]:
    info = SourceInfo(inp.name)
    ctx = Context(inp.name)
    try:
        opened = Opened(inp, on_bytes, limits)
    except (OSError, TooLarge) as e:
        info.problems = 1
        yield Problem(inp.name, f"cannot open: {getattr(e, 'strerror', None) or e}")
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
            for event in _read_opened(opened, inp, ctx, info, input_format, column_map, workers, executor):
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
        except (OSError, EOFError, zlib.error, InputError, TooLarge) as e:
            ctx.problem(_os_reason(e))
        except NotPosts as e:
            ctx.problem(str(e))
            ctx.not_posts += 1
        except RecordError as e:
            ctx.problem(str(e))
        except RecursionError:
            ctx.problem("JSON nested too deep to read")
        _gzip_problems(opened, ctx)
        if hold and not info.posts and ctx.problems and ctx.not_posts == len(ctx.problems):
            yield Skipped(inp.name, f"holds no posts: {ctx.problems[0].reason}")
            ctx.problems.clear()
        yield from _flush(ctx, info)
        try:
            opened.drain()
        except (OSError, EOFError, zlib.error, TooLarge):
            pass
        if not opened.regular:
            info.notes.append("read from a stream: the digest covers the bytes read")
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


def _gzip_problems(opened: Opened, ctx: Context) -> None:
    """A cut or trailing bytes in a gzip file, said once, after the records
    before them have loaded."""
    gz = opened.gunzip
    if gz is None:
        return
    ctx.record = None
    if gz.truncated:
        ctx.problem(f"gzip data cut off after {gz.out:,} decompressed bytes (an unfinished download or copy?): "
                    "the records before the cut are loaded")
    elif gz.trailing:
        ctx.problem(f"{gz.trailing:,}+ bytes after the gzip data that are not gzip: ignored", "warning")


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
                 column_map: dict | None, workers: int = 1, executor=None) -> Iterator[Event]:
    head = opened.head()
    bom = head.startswith(b"\xef\xbb\xbf")
    if bom:
        opened.stream.read(3)
        head = head[3:]
    stripped = head.lstrip()
    if not stripped:
        if len(head) < 65536:
            raise InputError("empty file")
    binary = _binary(head, stripped)
    if binary:
        raise InputError(binary)
    if opened.compressed:
        info.meta["compression"] = "gzip"
    if forced == "csv" or (forced is None and _looks_csv(stripped)):
        info.format = "csv"
        text = io.TextIOWrapper(opened.stream, encoding="utf-8", errors="surrogateescape", newline="")
        try:
            yield from tabular.read_rows(text, ctx, column_map, "csv")
        except MapError:
            raise
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
    if isinstance(first, (dict, list)) or _bad_bytes(first_line):
        yield from _read_lines(first_line, opened, ctx, info, forced, workers, inp.path, 3 * bom, executor)
    else:
        yield from _read_document(first_line + opened.stream.read(), ctx, info, forced)


def _binary(head: bytes, stripped: bytes) -> str | None:
    """Why the file is no text export at all, judged from its start: a
    format's first byte, or a share of NUL bytes no text has. A NUL or a
    bad UTF-8 byte further on only spoils its own line (see
    :func:`_json_reason`)."""
    if head.startswith(b"PK\x03\x04"):
        return "binary file, not a text export (a zip archive: unzip it first)"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file, not a text export (UTF-16 text: convert it to UTF-8 first)"
    first = stripped[:1]
    if first and (first < b" " or head.count(b"\x00") > len(head) // 100 or (first >= b"\x80" and _not_utf8(stripped[:4]))):
        return "binary file, not a text export"
    return None


def _not_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start < len(head) - 3
    return False


def _looks_csv(head: bytes) -> bool:
    line = head.split(b"\n", 1)[0]
    return line[:1] not in (b"{", b"[") and not line.startswith(b"window.") and (b"," in line or b"\t" in line)


def _read_lines(first: bytes, opened: Opened, ctx: Context, info: SourceInfo,
                forced: str | None, workers: int = 1, path=None, offset: int = 0, executor=None) -> Iterator[Event]:
    """JSON lines; a large regular file (``path``, its first line at byte
    ``offset``) is read by ``workers`` forked processes or by the workers of
    ``executor`` (Dask; see :mod:`.parallel`), with the same events in the
    same order."""
    info.format = "jsonl"
    shapes: set[str] = set()
    start = offset + len(first)
    if path is not None and opened.regular and not opened.compressed and \
            parallel.worth_splitting(path, start, workers):
        if first.strip():
            ctx.line = 1
            info.records += 1
            yield from read_line(first, ctx, forced, shapes)
        info.records += yield from parallel.read_split(str(path), ctx.source, start, 2, forced, ctx, shapes,
                                                      workers, opened.drain, read_line, executor)
        info.format = _format_name(shapes, "jsonl")
        return
    for lineno, line in enumerate(itertools.chain((first,), opened.stream), 1):
        if not line.strip():
            continue
        ctx.line = lineno
        info.records += 1
        yield from read_line(line, ctx, forced, shapes)
    info.format = _format_name(shapes, "jsonl")


def read_line(line: bytes, ctx: Context, forced: str | None, shapes: set[str]) -> Iterator[Event]:
    """The events of one line of a JSON-lines file (``ctx.line`` set). A
    lone surrogate escape (``"\\ud800"``), which orjson refuses and no
    UTF-8 text can hold, becomes U+FFFD with a warning, as in a JSON
    document, instead of costing the line."""
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as e:
        mended = _mend_surrogates(line)
        try:
            obj = orjson.loads(mended) if mended is not None else None
        except orjson.JSONDecodeError:
            mended = None
        if mended is None:
            ctx.problem(_json_reason(line, e))
            return
        ctx.problem(_SURROGATES_REPLACED, "warning")
    yield from _read_record(obj, ctx, forced, shapes)


def _mend_surrogates(line: bytes) -> bytes | None:
    if b"\\u" not in line or _bad_bytes(line):
        return None
    text = line.decode("utf-8")
    mended = _without_lone_surrogates(text)
    return mended.encode("utf-8") if mended is not text else None


def _bad_bytes(line: bytes) -> str | None:
    """A NUL byte or bytes that are not UTF-8: the line is corrupt, whatever JSON it holds."""
    nul = line.find(b"\x00")
    if nul >= 0:
        return f"NUL byte at column {nul + 1}: the line is corrupt"
    if not line.isascii():
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as e:
            return f"invalid UTF-8 (byte 0x{line[e.start]:02x} at column {e.start + 1}): the line is not UTF-8 text"
    return None


def _json_reason(line: bytes, e: Exception) -> str:
    bad = _bad_bytes(line)
    if bad:
        return bad
    msg = str(e).split(":", 1)[0]
    if msg.startswith("depth limit"):
        return "JSON nested deeper than 1,024 levels: not an export record"
    if msg.startswith("number is infinity"):
        return "a number too large to read (thousands of digits?): not an export record"
    if not line.rstrip().endswith((b"}", b"]")):
        return f"truncated JSON line ({len(line)} bytes, cut off mid-record): {msg}"
    return f"invalid JSON: {msg}"


def _read_document(data: bytes, ctx: Context, info: SourceInfo, forced: str | None) -> Iterator[Event]:
    shapes: set[str] = set()
    try:
        docs = [(1, orjson.loads(data))]
    except orjson.JSONDecodeError as e:
        reason = _json_reason(data, e) if str(e).startswith(("depth limit", "number is infinity")) else None
        if reason:
            raise RecordError(reason) from None
        docs = list(_concatenated(_document_text(data, ctx), ctx))
    for line, obj in docs:
        ctx.line = line if len(docs) > 1 else None
        if len(docs) == 1:
            ctx.line = None
        info.records += len(obj) if isinstance(obj, list) else 1
        yield from _read_record(obj, ctx, forced, shapes)
    info.format = _format_name(shapes, "json")


def _document_text(data: bytes, ctx: Context) -> str:
    """The document as text; bytes that are not UTF-8 become U+FFFD, said
    once with the line of the first, and so do escaped lone surrogates
    (``"\\ud800"``), which :mod:`json` accepts but no UTF-8 file can hold."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        ctx.line = data.count(b"\n", 0, e.start) + 1
        ctx.problem(f"invalid UTF-8 (byte 0x{data[e.start]:02x}): bytes that are not UTF-8 replaced by U+FFFD",
                    "warning")
        ctx.line = None
        text = data.decode("utf-8", "replace")
    else:
        text = data.decode("utf-8")
    mended = _without_lone_surrogates(text)
    if mended is not text:
        ctx.problem(_SURROGATES_REPLACED, "warning")
    return mended


def _without_lone_surrogates(text: str) -> str:
    """``text`` with escaped lone surrogates as ``\\ufffd``; ``text`` itself when it has none."""
    if "\\u" not in text or not _LONE_SURROGATE.search(text):
        return text
    return _LONE_SURROGATE.sub(r"\\ufffd", text)


_SURROGATES_REPLACED = "lone surrogate escapes (\\ud800-\\udfff, half a character) replaced by U+FFFD"
_LONE_SURROGATE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
                             r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _concatenated(text: str, ctx: Context) -> Iterator[tuple[int, object]]:
    """JSON objects written one after another (v1.1 samples do this): decode in
    a loop; on a broken object, report it and resume at the next line that
    opens an object (indented objects span many lines: resuming at the
    next line made one missing colon a problem per line)."""
    dec = json.JSONDecoder()
    pos, n = 0, len(text)
    line, counted = 1, 0
    while pos < n:
        while pos < n and text[pos] in " \t\r\n":
            pos += 1
        if pos >= n:
            return
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            obj, end = dec.raw_decode(text, pos)
        except (RecursionError, ValueError) as e:
            if not isinstance(e, json.JSONDecodeError):
                ctx.line = line
                ctx.problem("JSON nested too deep to read" if isinstance(e, RecursionError)
                            else "a number too large to read (thousands of digits?)")
                pos = _next_object(text, pos)
                if pos < 0:
                    return
                continue
            ctx.line = line
            truncated = e.pos >= n - 1 or "Unterminated" in e.msg or "Expecting" in e.msg and e.pos >= n - 2
            ctx.problem(f"{'truncated' if truncated else 'invalid'} JSON: {e.msg} (line {e.lineno}, column {e.colno})")
            pos = _next_object(text, max(e.pos, pos + 1))
            if pos < 0:
                return
            continue
        yield line, obj
        pos = end


_OBJECT_START = re.compile(r"\n(?=[{\[])")


def _next_object(text: str, pos: int) -> int:
    m = _OBJECT_START.search(text, pos)
    return m.end() if m else -1


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
        except MALFORMED as e:
            ctx.problem(malformed(e))


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
        others: dict[str, int] = {}
        first = None
        for n, item in enumerate(obj, 1):
            if isinstance(item, dict):
                ctx.record = n
                yield from _read_object(item, ctx, forced, shapes)
            elif isinstance(item, list) and item and all(isinstance(x, dict) for x in item):
                ctx.record = n
                for sub in item:
                    yield from _read_object(sub, ctx, forced, shapes)
            else:
                kind = type(item).__name__
                others[kind] = others.get(kind, 0) + 1
                first = first or n
        ctx.record = None
        if others:
            # one problem for the list, not one per item: a list of a million numbers is one mistake
            what = ", ".join(f"{k} JSON {t}{'s' if k > 1 else ''}" for t, k in others.items())
            ctx.record = first if len(others) == 1 and sum(others.values()) == 1 else None
            many = sum(others.values()) > 1
            ctx.problem(f"{what} in the list: not {'post objects' if many else 'a post object'}"
                        + (f" (the first is item {first})" if many else ""))
            ctx.not_posts += 1
            ctx.record = None
        return
    yield from _read_object(obj, ctx, forced, shapes)


def _read_object(obj, ctx: Context, forced: str | None, shapes: set[str]) -> Iterator[Event]:
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
    except MALFORMED as e:
        ctx.problem(malformed(e))


def _unknown(obj: dict) -> str:
    keys = sorted(map(str, obj))[:8]
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
