"""Words and labels for the report: dates, forecast windows, figures, anchors,
the plain-language summary and the summary of the forecast spec's rules.

Everything a template prints as text is made here, in Python, so that the
JSON context (``threadscope report --format json``) holds the same words as
the page, and templates only lay them out.
"""
from __future__ import annotations

import hashlib
import re
import zlib
from datetime import date, datetime, timedelta, timezone

from ..corpus import plural
from ..forecasts.extract import name_shaped
from .svg import MONTHS

AVATAR_COLOURS = 8

# A summary, without links, of how /work/shared/spec/forecasts.md reads
# windows and confidences (the provenance section prints it).
SPEC_RULES = [
    "Dates are read against the date of the post that states them, in UTC.",
    ("Quarters and halves: Q1 is January to March (Q2 April-June, Q3 July-September, Q4 October-December); "
     "H1 is January to June. 'Early', 'mid' and 'late 2027' are January-April, May-August and "
     "September-December."),
    ("A month, quarter or season named without a year is the first one that has not ended on the post's date; "
     "'next summer' is the first one that starts after it. Seasons are meteorological (summer is June-August)."),
    ("'This year' and 'later this year' run from the post's date to 31 December; 'next year' or '2027' is the "
     "whole year."),
    ("'By X' and 'the end of X' run from the post's date to the last day of X; 'before X' ends the day before "
     "X starts; 'after X', 'not before X' and 'X at the earliest' have no end."),
    ("'In N months' is the calendar month containing the date N months on; 'within N months' runs from the "
     "post's date to that date."),
    ("'Soon', 'eventually', 'someday' and 'in the coming years' have no end and are marked vague; "
     "'never' is the event happening with 5% confidence."),
    ("A reply stated against another forecast takes its window from it: 'it won't take that long' or "
     "'sooner' ends the day before that window starts, 'later' or 'too optimistic' starts the day after it "
     "ends, and 'agreed', '+1' or a bare 'Unlikely.' keep the same window."),
    ("Confidence is the probability, implied by the wording, that the event happens inside the window: "
     "certainly 95%, a plain 'will' 90%, very likely 85%, probably 70%, maybe 40%, unlikely 25%, "
     "very unlikely or a plain 'won't' 10%, no chance 5%. A number stated in the post wins."),
    ("Not forecasts: questions, past events, windows already over, conditionals, hopes, marked sarcasm, "
     "lags that are not dates ('the gap is 7 months') and words quoted rather than used."),
    ("Reported forecasts ('Musk says Q1') are held by the person reported. Forecasts about the same event "
     "share one proposition (P1, P2, ...), across all the conversations of one input."),
]

STANCE_NOUNS = {"support": "in support", "deny": "disputing", "query": "asking", "comment": "commenting"}


# ------------------------------------------------------------------ dates

def as_date(value) -> date | None:
    if value is None or value != value:
        return None
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def iso_time(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    dt = dt.astimezone(timezone.utc) if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
    return dt.isoformat().replace("+00:00", "Z")


def day_label(d: date | None) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}" if d else "unknown date"


def time_label(dt: datetime | None) -> str:
    if dt is None:
        return "time unknown"
    dt = dt.astimezone(timezone.utc) if dt.tzinfo else dt
    return f"{day_label(dt.date())}, {dt:%H:%M} UTC"


def span_label(first: datetime | None, last: datetime | None) -> str:
    if first is None or last is None:
        return "unknown"
    a, b = first.astimezone(timezone.utc), last.astimezone(timezone.utc)
    if a.date() == b.date():
        return f"{day_label(a.date())}, {a:%H:%M}–{b:%H:%M} UTC"
    return f"{time_label(a)} – {time_label(b)}"


def duration_label(first: datetime | None, last: datetime | None) -> str:
    if first is None or last is None:
        return "unknown"
    seconds = (last - first).total_seconds()
    if seconds < 90:
        return "under 2 minutes" if seconds else "a single moment"
    if seconds < 5400:
        return f"{round(seconds / 60)} minutes"
    if seconds < 2 * 86400:
        hours = round(seconds / 3600)
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{round(seconds / 86400)} days"


def _month_end(d: date) -> date:
    nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _period(start: date, end: date) -> str | None:
    """A calendar name for whole months start..end: 'Nov 2026', 'Q1 2027',
    'H2 2026', '2027', 'Nov–Dec 2026', 'Nov 2026 – Feb 2027'; else None."""
    if start.day != 1 or end != _month_end(end):
        return None
    if start.year == end.year:
        y = start.year
        if start.month == 1 and end.month == 12:
            return str(y)
        if start.month == end.month:
            return f"{MONTHS[start.month - 1]} {y}"
        if end.month - start.month == 2 and start.month % 3 == 1:
            return f"Q{start.month // 3 + 1} {y}"
        if end.month - start.month == 5 and start.month in (1, 7):
            return f"H{1 if start.month == 1 else 2} {y}"
        return f"{MONTHS[start.month - 1]}–{MONTHS[end.month - 1]} {y}"
    if start.month == 1 and end.month == 12:
        return f"{start.year}–{end.year}"
    return f"{MONTHS[start.month - 1]} {start.year} – {MONTHS[end.month - 1]} {end.year}"


def _before(end: date) -> str:
    nxt = end + timedelta(days=1)
    if nxt.month == 1 and nxt.day == 1:
        return f"before {nxt.year}"
    if nxt.day == 1:
        return f"before {MONTHS[nxt.month - 1]} {nxt.year}"
    return f"by {day_label(end)}"


def window_label(start, end, posted=None, vague=False) -> str:
    """How a reader says the window: 'Q1 2027', 'Nov–Dec 2026', 'before 2027'
    (from the post's date to 31 Dec 2026), 'from 2028 on', 'soon (no date)'."""
    s, e, d = as_date(start), as_date(end), as_date(posted)
    if vague:
        return "some day, no date given" if s is None or e is None else f"vague: {window_label(s, e, d)}"
    if s is None and e is None:
        return "no date given"
    if e is None:
        if d is not None and s == d:
            return "from now on (open-ended)"
        p = _period(s, _month_end(s)) if s.day == 1 else None
        if s.month == 1 and s.day == 1:
            return f"{s.year} or later"
        return f"{p} or later" if p else f"from {day_label(s)} on"
    if s is None or (d is not None and s <= d):
        return _before(e)
    name = _period(s, e)
    if name:
        return name
    if s.year == e.year:
        return f"{s.day} {MONTHS[s.month - 1]} – {day_label(e)}"
    return f"{day_label(s)} – {day_label(e)}"


def percent(conf) -> str:
    if conf is None or conf != conf:
        return "?"
    return f"{round(float(conf) * 100)}%"


_SUFFIXES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def value_label(value, unit: str | None) -> str:
    """A claim's figure as people write it: 753B, 1M, 74.4, −1, 12%."""
    if value is None or value != value:
        return "?"
    v = float(value)
    text = None
    if abs(v) >= 1e4 or unit in ("parameters", "tokens"):
        for size, suffix in _SUFFIXES:
            if abs(v) >= size:
                text = f"{v / size:.3g}{suffix}"
                break
    if text is None:
        text = f"{v:,.6g}" if abs(v) >= 1000 else f"{v:.6g}"
    text = text.replace("-", "−")
    if unit == "%":
        return text + "%"
    if unit and unit.split("/")[0] in ("$", "€", "£", "¥", "HK$", "₹"):
        cur, _, per = unit.partition("/")
        return (f"−{cur}{text[1:]}" if text.startswith("−") else f"{cur}{text}") + (f"/{per}" if per else "")
    return text


def unit_label(unit: str | None) -> str:
    if not unit or unit == "%" or unit.split("/")[0] in ("$", "€", "£", "¥", "HK$", "₹"):
        return ""
    return unit


# ------------------------------------------------------------------ people

_HANDLE = re.compile(r"^[A-Za-z0-9_]{1,50}$")


def is_handle(name: str | None) -> bool:
    return bool(name and _HANDLE.match(name))


def is_holder(name: str | None) -> bool:
    """Whether a forecast's holder may speak for it in the overview: a user
    (a handle) or a name as people write one, never a phrase the extractor
    took for a name or an unknown author."""
    return bool(name) and (is_handle(name) or name_shaped(name))


def person(name: str | None) -> str:
    """'@handle' for a handle, the name as written otherwise (isolated, see
    :func:`isolate`: it is put into sentences, titles and drawing labels)."""
    if not name:
        return "unknown"
    return f"@{name}" if is_handle(name) else isolate(name)


_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_EMBED, _PDF, _ISOLATE, _PDI = "\u202a\u202b\u202d\u202e", "\u202c", "\u2066\u2067\u2068", "\u2069"


def isolate(text: str | None) -> str | None:
    """``text`` unchanged unless it holds bidi controls; then with every
    embedding, override and isolate it opens closed, the closers it has no
    opener for dropped, and the whole wrapped in FSI ... PDI. A name of
    U+202E put in a sentence or an SVG label would otherwise reverse the
    words after it ("@x disputed <name> 3 times" read backwards), and
    inside an element no ``dir`` attribute can isolate a piece of a string."""
    if not text or not _BIDI.search(text):
        return text
    out: list[str] = []
    open_: list[str] = []
    for ch in text:
        if ch in _EMBED or ch in _ISOLATE:
            open_.append(_PDF if ch in _EMBED else _PDI)
        elif ch == _PDF:
            if not open_ or open_[-1] != _PDF:
                continue
            open_.pop()
        elif ch == _PDI:
            if _PDI not in open_:
                continue
            while open_[-1] != _PDI:
                out.append(open_.pop())
            open_.pop()
        out.append(ch)
    return "\u2068" + "".join(out) + "".join(reversed(open_)) + "\u2069"


def initials(handle: str | None, name: str | None = None) -> str:
    """Up to two letters for an avatar: from the display name's words that
    start with a letter (one character for a CJK name), else the handle."""
    words = [w for w in re.split(r"[\s._\-|()\[\]/,]+", name or "") if w and w[0].isalpha()]
    if words:
        first = words[0][0]
        if ord(first) > 0x2E7F:
            return first
        second = next((w[0] for w in words[1:] if ord(w[0]) <= 0x2E7F), "")
        return (first + second).upper()
    core = [c for c in (handle or "") if c.isalnum()]
    return "".join(core[:2]).upper() or "?"


def avatar(handle: str | None) -> int:
    """A stable colour slot (0..7) for a participant."""
    return zlib.crc32((handle or "").lower().encode("utf-8")) % AVATAR_COLOURS


# ------------------------------------------------------------------ anchors

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def anchor(prefix: str, key) -> str:
    """An HTML id for ``key``: readable when it is a plain id, a hash otherwise
    (so that no id needs URL-escaping in ``href="#..."``)."""
    key = str(key)
    if _SAFE_ID.match(key):
        return f"{prefix}-{key}"
    return f"{prefix}-h{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}"


def page_file(conversation_id: str, ext: str = "html") -> str:
    return f"{anchor('conversation', conversation_id)}.{ext}"


def x_url(post_id: str | None) -> str | None:
    """The post on X (a link, never loaded by the page)."""
    return f"https://x.com/i/web/status/{post_id}" if post_id and post_id.isdigit() and post_id.isascii() else None


# ------------------------------------------------------------------ text

_URL = re.compile(r"https?://[^\s<>\"'“”‘’]+", re.IGNORECASE)
_TRAIL = ".,;:!?)]}»…"


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an http(s) link, else None: nothing else (no
    ``javascript:``, ``data:``, relative links) is ever written into an href."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if not re.match(r"^https?://[^\s<>\"'`]+$", url, re.IGNORECASE):
        return None
    return url


def short_url(url: str, n: int = 48) -> str:
    text = re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE)
    return text if len(text) <= n else text[: n - 1] + "…"


def segments(text: str) -> list[dict] | None:
    """The text cut around its http(s) links, or None when it has none."""
    parts: list[dict] = []
    pos = 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(_TRAIL)
        if not url or safe_href(url) is None:
            continue
        if m.start() > pos:
            parts.append({"text": text[pos:m.start()], "href": None})
        parts.append({"text": short_url(url, 60), "href": url})
        pos = m.start() + len(url)
    if not parts:
        return None
    if pos < len(text):
        parts.append({"text": text[pos:], "href": None})
    return parts


def excerpt(text: str | None, n: int = 90) -> str:
    """``text`` on one line, cut to ``n`` characters; isolated (see
    :func:`isolate`) because excerpts are quoted inside other words, and a
    cut can fall between a bidi control and its closer."""
    text = " ".join((text or "").split())
    return isolate(text) if len(text) <= n else isolate(text[: n - 1]) + "…"


_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


def lang_tag(lang: str | None) -> str | None:
    """A BCP 47 tag for the ``lang`` attribute, or None (X's ``und``, ``qme``,
    ``zxx``... are not languages)."""
    if not lang or not _LANG.match(lang) or lang.lower() in ("und", "qme", "qht", "qam", "qct", "qst", "zxx"):
        return None
    return lang


def join_names(names: list[str], limit: int = 4) -> str:
    names = list(dict.fromkeys(names))
    if len(names) > limit:
        names = names[:limit] + [f"{len(names) - limit} others"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ------------------------------------------------------------------ summary

def summary_sentences(overview: dict, propositions: list[dict], claims: list[dict], stance: dict | None,
                      disagreements: list[dict]) -> list[str]:
    """The overview's plain-language paragraph, sentence by sentence, from the
    findings already laid out for the page."""
    out: list[str] = []
    root = overview.get("root")
    main = overview.get("main") or overview
    posts, people = main["posts"], main["participants"]
    if root and root.get("role") == "post":
        replies = max(0, posts - 1)
        out.append(f"{person(root['author'])}'s post of {day_label(as_date(root['created_at']))} drew "
                   f"{plural(replies, 'reply', 'replies')} from {plural(max(0, people - 1), 'other person', 'other people')}"
                   f" over {main['duration']}" + (f", in reply chains up to {main['depth']} deep."
                                                   if main["depth"] > 1 else "."))
    elif posts:
        out.append(f"{plural(posts, 'post')} by {plural(people, 'participant')} over {main['duration']}.")
    else:
        out.append("The input holds no posts.")
    others = overview.get("conversations", 1) - 1
    if others > 0:
        extra = overview["posts"] - posts
        out.append(f"The page also holds {plural(others, 'related conversation')} from the same input "
                   f"({plural(extra, 'post')}).")
    leading = [p for p in propositions if any(is_holder(r["holder"]) for r in p["rows"])]
    for prop in leading[:3]:
        rows = [r for r in prop["rows"] if is_holder(r["holder"])]
        holders = {}
        for r in rows:
            holders.setdefault(r["holder_label"], r)
        firsts = list(holders.values())
        said = [f"{r['holder_label']} says {r['window']} ({r['confidence_label']})" for r in firsts[:3]]
        rest = len(firsts) - len(said)
        sentence = (f"On “{isolate(prop['event'])}”, {plural(len(holders), 'person', 'people')} made "
                    f"{plural(len(rows), 'forecast')}: " + "; ".join(said))
        if rest > 0:
            sentence += f"; and {plural(rest, 'other')}"
        out.append(sentence + ".")
    if len(propositions) > len(leading[:3]):
        more = len(propositions) - len(leading[:3])
        out.append(f"Forecasts on {more} {'more ' if leading else ''}question(s) are listed below.")
    for d in disagreements[:2]:
        out.append(d["sentence"])
    if stance:
        counts = stance["counts"]
        replies = sum(counts.values())
        if replies:
            parts = [f"{counts[k]} {STANCE_NOUNS[k]}" for k in ("support", "deny", "query", "comment")
                     if counts.get(k)]
            out.append(f"Toward the posts they answer, replies split: {', '.join(parts)}.")
        if stance.get("top_deny"):
            t = stance["top_deny"]
            out.append(f"The sharpest disagreement: {person(t['source'])} disputed {person(t['target'])} "
                       f"{plural(t['deny'], 'time')}.")
    if claims:
        subjects = {}
        for c in claims:
            if c.get("subject"):
                subjects[c["subject"]] = subjects.get(c["subject"], 0) + 1
        top = sorted(subjects, key=lambda s: -subjects[s])[:2]
        measures = list(dict.fromkeys(c["measure"] for c in claims if c.get("measure") and c.get("subject") in top))
        text = f"{plural(len(claims), 'numeric claim')}"
        if top:
            text += f", mostly about {join_names(top)}"
            if measures:
                text += f" ({join_names(measures, 3)})"
        out.append(text + ".")
    if overview.get("missing"):
        n = overview["missing"]
        out.append(f"{plural(n, 'post')} that others replied to or quoted {'is' if n == 1 else 'are'} missing "
                   "from the export (deleted, protected or not collected).")
    problems = overview.get("problems", {}).get("total", 0)
    if problems:
        out.append(f"Reading the input found {plural(problems, 'problem')}; see the provenance section.")
    return out
