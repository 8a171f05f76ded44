"""Small pieces every reader needs: ids, times, counts and readable text.

Kept here so that a rule such as "ids are strings, never floats" or "unescape
HTML entities once, after the offsets are used" lives in one place.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from ..model import Problem, location

UTC = timezone.utc
_MAX_EXACT = 2**53
MAX_TEXT = 100_000
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(2200, 1, 1, tzinfo=timezone.utc)
MALFORMED = (AttributeError, TypeError, KeyError, IndexError, ValueError, OverflowError, RecursionError)
_MONTHS = {m: i for i, m in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_LEADING_MENTIONS = re.compile(r"(?:[@＠][A-Za-z0-9_]{1,50}[\s\u00a0]+)+")
_DROP_LINK = re.compile(r"^(?:https?://)?(?:(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:i/web/status/|[^/]+/status/\d+/(?:photo|video)/\d+$)|pic\.(?:twitter|x)\.com/)")


_STATUS_LINK = re.compile(r"/status(?:es)?/(\d+)(?:\D|$)")


def _quote_link(url: str) -> str | None:
    m = _STATUS_LINK.search(url)
    return m.group(1) if m else None


class RecordError(Exception):
    """A record cannot become a Post; the message is the one-line reason."""


class NotPosts(RecordError):
    """The record is readable but is something other than posts (users, a map
    of ids, another network's format)."""


def malformed(e: BaseException) -> str:
    """The one-line reason for a record whose fields have shapes no exporter
    writes (``entities`` as a list, a number where an object belongs)."""
    if isinstance(e, RecursionError):
        return "malformed record: nested too deep to read"
    return f"malformed record: a field has an unexpected type or value ({type(e).__name__}: {str(e)[:120]})"


def obj(value) -> dict:
    """``value`` when it is a JSON object, else an empty one: exporters (and
    hostile files) put lists, strings or null where objects belong."""
    return value if isinstance(value, dict) else {}


def items(value) -> list:
    """``value`` when it is a JSON list, else none."""
    return value if isinstance(value, list) else []


@dataclass(slots=True)
class Context:
    """Where a record came from, and the problems found while reading it.

    ``accounts`` holds the users already read from this file (or run of
    it) by their raw fields: a twarc2 page repeats its authors in every
    page's includes, so most user objects of a file are copies."""

    source: str
    line: int | None = None
    record: int | None = None
    problems: list[Problem] = field(default_factory=list)
    not_posts: int = 0
    _cached: tuple = (None, None, "")
    accounts: dict = field(default_factory=dict)

    @property
    def where(self) -> str:
        """``file:line``, built once per line (every post of a page shares it)."""
        line, record, text = self._cached
        if line != self.line or record != self.record or not text:
            text = location(self.source, self.line, self.record)
            self._cached = (self.line, self.record, text)
        return text

    def problem(self, reason: str, severity: str = "error") -> Problem:
        p = Problem(self.source, reason, self.line, self.record, severity)
        self.problems.append(p)
        return p


def as_id(value, what: str, ctx: Context | None = None) -> str | None:
    """An id as ``str``. Integers are exact in Python, so they are kept, but an
    exporter that wrote ids as JSON numbers may already have rounded them in a
    language that reads numbers as doubles, so large ones get a warning."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, bool):
        raise RecordError(f"{what} is a boolean, not an id")
    if isinstance(value, int):
        if ctx is not None and value > _MAX_EXACT:
            ctx.problem(f"{what} {value} is a JSON number, not a string; "
                        "ids above 2^53 may have been rounded by the exporter", "warning")
        return str(value)
    if isinstance(value, float):
        raise RecordError(f"{what} {value!r} is a floating-point number: its digits are lost "
                          "(re-export with ids as strings)")
    kind = {dict: "object", list: "list"}.get(type(value), type(value).__name__)
    raise RecordError(f"{what} is a JSON {kind}, not an id")


def as_int(value) -> int | None:
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, str) and len(value) > 30:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        try:
            return int(float(value))
        except (TypeError, ValueError, OverflowError):
            return None


if sys.version_info >= (3, 11):
    _fromiso = datetime.fromisoformat
else:  # pragma: no cover - Python 3.10 does not take a trailing Z
    def _fromiso(s: str) -> datetime:
        if s.endswith("Z"):
            s = s[:-1] + "+00:00"
        if "." in s:
            head, _, tail = s.partition(".")
            digits = len(tail) - len(tail.lstrip("0123456789"))
            frac, rest = tail[:digits], tail[digits:]
            s = f"{head}.{(frac + '000000')[:6]}{rest}"
        return datetime.fromisoformat(s)


def parse_time(value, ctx: Context | None = None, what: str = "created_at") -> datetime | None:
    """UTC datetime from the shapes exports use: ISO 8601 (v2, scrapers, CSV),
    ``Thu Jun 16 17:33:23 +0000 2016`` (v1.1, archive, GraphQL), epoch seconds
    or milliseconds. Naive ISO times are taken as UTC.

    A time that cannot be read, or lies outside 1990-2200 (year 9999 or 0001
    in a hostile or broken file: no post was written then, and pandas cannot
    hold such times), is None; with ``ctx`` it is also a warning, since the
    post still loads, only without its time."""
    try:
        dt = _parse_time(value)
    except (ValueError, OverflowError, OSError, TypeError):
        dt = None
    if dt is not None and not EARLIEST <= dt < LATEST:
        if ctx is not None:
            ctx.problem(f"{what} {_shown(value)} is outside {EARLIEST.year}-{LATEST.year}: the post has no time",
                        "warning")
        return None
    if dt is None and ctx is not None and value not in (None, ""):
        ctx.problem(f"{what} {_shown(value)} is not a time threadscope reads: the post has no time", "warning")
    return dt


def _shown(value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _parse_time(value) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        secs = value / 1000 if value > 1e11 else value
        return datetime.fromtimestamp(secs, UTC)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if len(s) > 64:
        return None
    if len(s) == 30 and s[3] == " " and s[19] == " ":
        try:
            off = s[20:25]
            dt = datetime(int(s[26:30]), _MONTHS[s[4:7]], int(s[8:10]),
                          int(s[11:13]), int(s[14:16]), int(s[17:19]), tzinfo=UTC)
            if off != "+0000":
                sign = 1 if off[0] == "+" else -1
                dt -= sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))
            return dt
        except (KeyError, ValueError):
            pass
    if s.isdigit():
        return _parse_time(int(s)) if len(s) <= 15 else None
    try:
        dt = _fromiso(s.replace(" ", "T", 1) if len(s) > 10 and s[10] == " " else s)
    except ValueError:
        try:
            dt = datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y")
        except ValueError:
            return None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def capped_text(text: str, ctx: Context | None = None) -> str:
    """The text, cut at MAX_TEXT characters (a warning says so) and with lone
    surrogates replaced: no X post is longer than 25,000 characters, and a
    50 MB "post" would cost the analyses minutes for nothing."""
    if len(text) > MAX_TEXT:
        if ctx is not None:
            ctx.problem(f"text of {len(text):,} characters cut to {MAX_TEXT:,} (no post is that long)", "warning")
        text = text[:MAX_TEXT]
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def readable_text(text: str, urls=(), drop_urls=(), hidden_prefix: int = 0,
                  quoted_id: str | None = None) -> tuple[str, int, tuple[str, ...]]:
    """The text a person reads: t.co links replaced by where they lead, media and
    "read more" links dropped, HTML entities decoded once in the text around
    the links (offsets count the escaped text, so the links go in first). Returns the text, where its
    body starts after the hidden ``@mention`` prefix, and the expanded URLs.

    ``urls`` are ``(start, end, tco, expanded)``, with ``expanded`` False for a
    link to drop (media); ``drop_urls`` are more t.co links to remove. A link
    to the quoted post (``quoted_id``) is dropped too: X shows it as a card.
    Offsets count code points, as Python's ``str`` does."""
    expanded: list[str] = []
    edits: list[tuple[int, int, str]] = []
    for start, end, tco, target in urls:
        if not tco or not isinstance(tco, str):
            continue
        if target is not False and not isinstance(target, str):
            target = None
        if target is False or (target and (_DROP_LINK.match(target) or (
                quoted_id and _quote_link(target) == quoted_id))):
            edits.append(_locate(text, start, end, tco, ""))
            continue
        target = target or tco
        expanded.append(target)
        edits.append(_locate(text, start, end, tco, target))
    for tco in drop_urls:
        if tco and isinstance(tco, str) and tco in text:
            i = text.rfind(tco)
            edits.append((i, i + len(tco), ""))
    return _splice(text, edits, hidden_prefix) + (tuple(expanded),)


def _splice(text: str, edits: list[tuple[int, int, str]], hidden: int) -> tuple[str, int]:
    """Apply the link edits and decode entities in the text between them only
    (a URL's own ``&amp;`` or ``&not`` must stay as written)."""
    if not edits and "&" not in text:
        return text, hidden
    pieces: list[str] = []
    body_start = None
    pos = 0
    last_end = -1
    for start, end, new in sorted(edits):
        if start < 0 or start < last_end:
            continue
        if body_start is None and start >= hidden:
            body_start = len("".join(pieces)) + len(_unescape(text[pos:hidden]))
        pieces.append(_unescape(text[pos:start]))
        pieces.append(new)
        pos = last_end = end
    if body_start is None:
        body_start = len("".join(pieces)) + len(_unescape(text[pos:max(pos, hidden)]))
    pieces.append(_unescape(text[pos:]))
    out = "".join(pieces)
    if edits:
        out = out.rstrip()
    return out, max(0, min(body_start if hidden > 0 else 0, len(out)))


def _unescape(s: str) -> str:
    return html.unescape(s) if "&" in s else s


def _locate(text: str, start, end, tco: str, new: str) -> tuple[int, int, str]:
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        s = e = -1
    if s >= 0 and text[s:e] == tco:
        return s, e, new
    i = text.find(tco)
    return (i, i + len(tco), new) if i >= 0 else (-1, -1, new)


def reply_prefix(text: str) -> int:
    """Length of a reply's leading ``@a @b`` run, which X hides from readers
    (v2 has no ``display_text_range`` to say so)."""
    m = _LEADING_MENTIONS.match(text)
    if not m or m.end() >= len(text):
        return 0
    return m.end()


def intern(s: str | None) -> str | None:
    """A shared copy of a short string field; None for anything that is no
    string (a hostile file's number or object where a handle belongs)."""
    return sys.intern(s) if isinstance(s, str) and s else None
