"""Calendar windows from time words: the spec's "Resolving time" table.

``find_windows(text, today)`` returns every time expression in ``text`` as a
:class:`TimeWindow` (first day, last day inclusive, ``None`` = open), resolved
against ``today`` (the post's ``created_at`` date in UTC, the spec's D).

Why a hand-written grammar: general date parsers (dateparser, dateutil) invent
a day for "November", read "2027 votes" or "GPT-5.5" as dates and know
nothing of quarters, halves, "by X" or "at the earliest". Here every form is
one row of a table: a regex and a resolver that applies the spec's row.
Adding a wording is one line in a word table (``timewords``).

Two layers:

* **Periods** (the spec's X): ``Q1 2027``, ``1H27``, ``November``,
  ``summer 2027``, ``early July``, ``mid 2026``, ``next year``, ``明年``,
  ``el año que viene``... resolved to the whole calendar period (not clipped).
  Their rows, rules and decisions are in ``timeperiods``.
* **Expressions** wrap a period or stand alone: ``by X``, ``before X``,
  ``after X``, ``X at the earliest``, ``between X and Y``, ``in N months``,
  ``within N months``, ``soon``, ``never``, or X alone. Their rows are here.

Both are built from the regex pieces in ``timeregex``; the date arithmetic is
in ``timecalendar``.

Every row's matches are collected; overlapping matches are resolved longest
first (on a tie the earlier row: durations, then periods, then ranges), and
the result is in text order.

Rules of the expressions (spec rows, ``rule`` names in brackets; a period
alone keeps its own rule, see ``timeperiods``):

* ``by X``, ``no later than X``, ``end of X``, ``by the end of X``, ``EOY``:
  D .. end of X ["by"]; ``before X``: D .. day before X starts ["before"];
  ``after X``: day after X ends .. open ["after"]; ``X at the earliest``,
  ``not before X``, ``no sooner than X``: start of X .. open ["earliest"];
  ``X to Y``, ``between X and Y``: start of X .. end of Y ["range"].
* ``in N days/weeks/months/years``, ``N months from now``: the calendar
  day / ISO week / month / year containing D + N ["in"]; ``within N months``,
  ``in the next N months``, ``in under N months``: D .. D + N ["within"].
* ``soon``, ``eventually``, ``someday``, ``at some point``, ``one day``,
  ``in the coming years``, ``in the long run``: D .. open, vague ["vague"];
  ``never``: D .. open, ``never=True``, not vague ["never"].

Team decisions followed (tests/data/forecasts/README.md): ``Q1 '27`` = Q1
2027, ``1H27`` = H1 2027; ``EOY`` = the end of this year; a bare ``Q2`` (and
``H2``) follows the bare-``Q1`` rule; ``in 2-3 years`` = year containing D+2y
.. year containing D+3y; ``within 2 years`` = D .. D + 2 years; compositions
use each part's row (``by mid 2026``, ``by next summer``, ``no later than end
of 2027``, ``between December and February`` resolves each bare month on its
own, the second one after the first); ``never`` is not vague.

Decisions of this module, where spec and README are silent (those about
periods alone are in ``timeperiods``):

* Translations of "end of X" (``a finales de 2026``, ``Ende 2026``,
  ``fin 2026``, ``2026年底``, ``年末``) take the ``end of X`` row (D .. end
  of X), like the English; ``before the end of X`` is ``by the end of X``.
* ``in X`` and other prepositions before a period are part of the phrase.
* A 4-digit year alone counts only after a time preposition (``in``, ``to``,
  ``by``...) or before punctuation / the end / a few function words
  (``2028.``, ``2027 or 2028``): ``2027 votes``, ``the 2030 target``, ``$2027``,
  ``GPT-5.5`` are not windows; ``H1``/``H2`` alone likewise (``H2
  production``). ``May``, ``March``, ``fall``, ``spring``, ``été`` alone need
  a time word before them or must stand alone as a clause (``Likely May.``):
  ``it may``, ``prices fall``, ``Spring is nice`` are not windows. Years are
  1900-2199; ``the year 2030``, ``mid-2027``, ``end-2026`` are years.
* A bare ``N months`` (a lag such as "the gap is ~7 months") is never a window:
  durations need ``in``/``within``/``from now`` (or the language's word).
* ``in a few months``/``in the coming months``/``in the next few years``
  (and ``数年``, ``几年``) are vague, like ``in the coming years``.
* ``in the next year``/``within the next month`` (no number) = within 1 unit;
  ``within 2-3 years`` = D .. D + 3 years.
* Windows that ended before D are still returned (``ended()`` tells);
  ``by X`` with X already over gives D .. end of X, an empty window.
* ``until X`` is ``before X`` (so "won't ship until 2027" reads like the dev
  set's "won't ship before 2027"); ``not until X`` is ``not before X``.
* ``Xまで``/``Xまでに`` is ``by X``; ``X以降`` is "X at the earliest";
  ``X以后``/``X之后`` is ``after X``; Japanese ``来年中``/``今年中`` is "during
  the year", Chinese ``年中`` (``2027年年中``) is mid-year.

Not covered: weekdays (``by Friday``), holidays (``by Christmas``), fiscal
years (``FY27``, ``2027年度``), ``last year``/past relative words, times of
day, windows tied to events (``after the election``), and relative forms
(``sooner``, ``later``, ``before then``) which need another forecast's window.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .regexwords import first_guard
from .scancache import Primed
from .timecalendar import _add, _containing
from .timeperiods import X_ALL, X_BARE, _Ctx, _month, _P, _period, _start, _year_of
from .timeregex import _ART, _CJK_MON, _CJK_NUMW, _CJK_Y, _FLAGS, _L, _NUM, _R, _UNIT, _Y4, _YS, _alt, _key, _num
from .timewords import (
    AND_WORDS, BARE_OK_AFTER, BARE_OK_BEFORE, BETWEEN_WORDS, CJK_IN_SUFFIX, CJK_PREFIX, CJK_REL_YEARS, CJK_SUFFIX,
    CJK_UNITS, CJK_WITHIN_PREFIX, CJK_WITHIN_SUFFIX, END_WORDS, EOY_WORDS, FROM_NOW_WORDS, FROM_WORDS, IN_WORDS,
    NEVER, NOT_HORIZON, PLURAL_UNITS, PREFIX, RANGE_TO_WORDS, RISKY_WORDS, SUFFIX, TO_WORDS, VAGUE, WITHIN_WORDS,
)

__all__ = ["TimeWindow", "ended", "find_windows"]


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """One time expression: its window, and where it is in the text."""

    start: date | None
    end: date | None  # inclusive; None = open-ended
    vague: bool
    never: bool
    start_char: int
    end_char: int
    phrase: str
    rule: str


def ended(window: TimeWindow, today: date) -> bool:
    """True when the window's last day is before ``today``."""
    return window.end is not None and window.end < today


# ------------------------------------------------------------- expressions
class _W(NamedTuple):
    start: date | None
    end: date | None
    vague: bool = False
    never: bool = False
    rule: str = ""


def _ctx(today: date) -> _Ctx:
    return _Ctx(today, today)


def _cat(table: dict, word: str | None) -> str | None:
    if word is None:
        return None
    k = _key(word)
    return next((c for c, ws in table.items() if k in {_key(w) for w in ws} or word in ws), None)


_ENDPOINT = {"by": "by", "before": "by", None: "by", "in": "by", "this": "by", "after": "after",
             "earliest": "earliest"}


def _period_expr(m, today):
    """X alone, or with a prefix / "end of" / suffix word: the spec's by/before/after/earliest rows."""
    g = m.groupdict()
    p = _period(g["x"], _ctx(today))
    if p is None or p.ctx and not (g["pre"] or g["cpre"] or g["end"]):
        return None
    pre = _cat(PREFIX, g["pre"]) or _cat(CJK_PREFIX, g["cpre"])
    suf = _cat(SUFFIX, g["suf"]) or _cat(CJK_SUFFIX, g["csuf"])
    cat = pre if pre not in (None, "in") else suf or pre
    if g["end"]:  # "end of X": the last day of X, then the prefix's row
        cat = _ENDPOINT[cat]
        p = p._replace(start=p.end, clip=False)
    if cat is None and not _bare_ok(m, p):
        return None
    start = _start(p, today)
    if cat == "by":
        return _W(today, p.end, rule="by")
    if cat == "before":
        return _W(today, p.start - timedelta(days=1), rule="before")
    if cat == "after":
        return _W(p.end + timedelta(days=1), None, rule="after")
    if cat == "earliest":
        return _W(start, None, rule="earliest")
    if cat == "this":
        return _W(max(p.start, today), p.end, rule="this")
    return _W(start, p.end, rule=p.kind)


def _bare_ok(m, p: _P) -> bool:
    """A bare year or H1/H2 needs a time word before it, or punctuation or a small
    word after it; a bare May/fall/spring... needs a time word before it, or to
    stand alone as a clause ("May."). "2027 votes", "prices fall" are not windows."""
    x = _key(m.group("x"))
    word = x in RISKY_WORDS
    if not word and x not in ("h1", "h2") and not re.fullmatch(r"(?:19|20|21)\d\d", x):
        return True
    text, s, e = m.string, m.start("x"), m.end("x")
    before = re.findall(r"[\w'’]+", text[max(0, s - 20):s])
    if before and _key(before[-1]) in BARE_OK_BEFORE:
        return True
    after = text[e:]
    after_ok = bool(re.match(r"\s*(?:$|[^\w\s]|[^\x00-\u024F])", after)
                    or re.match(r"\s+" + BARE_OK_AFTER, after, _FLAGS))
    if word:
        return bool(re.match(r"\s*(?:$|[^\w\s])", after)) and bool(re.search(r"(?:^|[.;:!?,(\n])\s*$", text[:s]))
    return after_ok


def _eoy(m, today):
    g = m.groupdict()
    y = _year_of(g, _ctx(today))
    return _W(today, date(y, 12, 31) if y else _containing("year", today)[1], rule="by")


def _cjk_end(m, today):
    """年底, 2026年末, 明年年底, 11月底, 月末 (+ 前/までに): the "end of X" row."""
    g = m.groupdict()
    c = _ctx(today)
    if g.get("mon"):
        p = _month(g, c) if g.get("m") else _P(*_containing("month", today))
        return _W(today, p.end, rule="by") if p else None
    y = _year_of(g, c)
    return _W(today, date(y, 12, 31) if y else _containing("year", today)[1], rule="by")


def _range(m, today):
    c = _ctx(today)
    a, b = _period(m.group("x"), c), _period(m.group("x2"), c)
    if a is None or b is None:
        return None
    if a.bare and not b.bare and a.kind in ("month", "season", "quarter", "half", "day"):
        a = _period(m.group("x"), c._replace(year=b.start.year))  # "Nov-Dec 2026": X takes Y's year
        if a and a.start > b.start:
            a = _period(m.group("x"), c._replace(year=b.start.year - 1))
    elif b.bare:  # "between December and February": Y is the first one after X starts
        b = _period(m.group("x2"), c._replace(ref=a.start))
    if a is None or b is None or b.end < a.start:
        return None
    return _W(_start(a, today), b.end, rule="range")


def _unit(u: str) -> str | None:
    return _UNIT.get(_key(u)) or _UNIT.get(u.lower()) or CJK_UNITS.get(u)


def _n_unit(m) -> tuple[int, int, str] | None:
    """(n, n2, unit) of a duration; 半年 = 6 months, 半个月 = 15 days."""
    u, n = _unit(m.group("u")), m.group("n")
    if u is None:
        return None
    n2 = m.groupdict().get("n2")
    if n is None:  # "within the next year": one unit, singular only
        return None if _key(m.group("u")) in PLURAL_UNITS else (1, 1, u)
    if n == "半":
        return (6, 6, "month") if u == "year" else (15, 15, "day") if u == "month" else None
    a = _num(n)
    b = _num(n2) if n2 else a
    if a is None or b is None or b < a or a == 0:
        return None
    return a, b, u


def _in(m, today):
    """The calendar day/week/month/year containing D + N (N-M: from the first to the last)."""
    if (x := _n_unit(m)) is None:
        return None
    a, b, u = x
    cal = "year" if u == "decade" else u
    return _W(_containing(cal, _add(today, a, u))[0], _containing(cal, _add(today, b, u))[1], rule="in")


def _away(m, today):
    """``N years away`` is ``in N years``; ``N+ years away`` (or ``at least N
    years away``) has it at the earliest: from there on, open (decided where
    the spec is silent)."""
    w = _in(m, today)
    if w is None or not (m.group("plus") or "least" in m.group(0).lower()):
        return w
    return _W(w.start, None, rule="earliest")


def _within(m, today):
    if (x := _n_unit(m)) is None:
        return None
    return _W(today, _add(today, x[1], x[2]), rule="within")


def _vague(m, today):
    return _W(today, None, vague=True, rule="vague")


def _never(m, today):
    return _W(today, None, never=True, rule="never")


def _guard_bald(m, today):
    """German "bald" (soon) only in German text; English "bald" is an adjective."""
    if re.search(r"\b(?:der|die|das|ist|und|nicht|wird|kommt|kommen|noch|schon|sehr|ich|wir|es)\b", m.string,
                 _FLAGS):
        return _vague(m, today)
    return None


def _words(table: dict) -> list[str]:
    return [w for ws in table.values() for w in ws]


_NUMR = rf"(?P<n>{_NUM})(?:\s*(?:-|–|to|or|a|à|o|bis|oder|ou)\s*(?P<n2>{_NUM}))?"
_UNITR = rf"(?P<u>{_alt(_UNIT)})"
_CJK_UNITR = rf"(?P<u>{_alt(CJK_UNITS)})"
_CJK_END = r"(?:前|之前|以前|までに|まで)?"

# Expression rows: (pattern, resolver). All get the Latin word boundaries. On a tie in
# length the earlier row wins: durations, then periods, then ranges ("Q3-2026" is Q3 2026).
_ROWS: list[tuple[str, Callable]] = [
    (rf"(?:(?:{_alt(PREFIX['by'])})\s+)?{_alt(EOY_WORDS)}(?:\s*(?:(?P<y>{_Y4})|(?P<ys>{_YS})))?", _eoy),
    (rf"(?:(?P<cy>(?:19|20|21)\d\d)\s*年|(?P<crel>{_alt(CJK_REL_YEARS)})\s*年?|年)\s*(?:底|末){_CJK_END}", _cjk_end),
    (rf"(?:(?:{_CJK_Y})?(?P<m>{_CJK_MON})\s*)?(?P<mon>月)\s*(?:底|末){_CJK_END}", _cjk_end),
    (rf"{_alt(IN_WORDS)}\s+(?:(?:about|around|roughly|approximately|some|~)\s*)?{_NUMR}\s*{_UNITR}", _in),
    (rf"{_NUMR}\s*{_UNITR}\s+{_alt(FROM_NOW_WORDS)}", _in),
    (rf"(?:(?:is|are|'s|’s)\s+)?(?:at least\s+|~\s*)?(?P<n>{_NUM})(?P<plus>\s*\+|\s+or more)?\s*{_UNITR}\s+(?:away|off|out)",
     _away),
    (rf"(?P<n>{_CJK_NUMW})\s*{_CJK_UNITR}\s*(?:{_alt(CJK_IN_SUFFIX)})", _in),
    (rf"{_alt(WITHIN_WORDS)}\s+(?:{_NUMR}\s*)?{_UNITR}", _within),
    (rf"(?:dans|au\s+cours\s+des|pendant\s+les|durant\s+les)\s+(?:les\s+)?{_NUMR}\s+prochain(?:e)?s\s+{_UNITR}",
     _within),
    (rf"(?P<n>{_CJK_NUMW})\s*(?:个)?{_CJK_UNITR}\s*(?:{_alt(CJK_WITHIN_SUFFIX)})", _within),
    (rf"(?:{_alt(CJK_WITHIN_PREFIX)})\s*(?P<n>{_CJK_NUMW})\s*{_CJK_UNITR}(?:{_alt(CJK_WITHIN_SUFFIX)})?", _within),
    ((rf"(?:(?P<pre>{_alt(_words(PREFIX))})\s+|(?P<cpre>{_alt(_words(CJK_PREFIX))})\s*(?:在|于)?\s*)?"
     rf"(?:(?:im|in|en|au|à)\s+)?(?:(?P<end>{_alt(END_WORDS)})\s*)?{_ART}(?P<x>{X_ALL})"
     rf"(?:\s*,?\s+(?P<suf>{_alt(_words(SUFFIX))})|\s*(?P<csuf>{_alt(_words(CJK_SUFFIX))}))?"), _period_expr),
    ((rf"(?:(?P<btw>{_alt(BETWEEN_WORDS)})\s+|(?P<frm>{_alt(FROM_WORDS)})\s+)?(?P<x>{X_BARE})\s*"
     rf"(?(btw){_alt(AND_WORDS)}|(?(frm){_alt(TO_WORDS)}|{_alt(RANGE_TO_WORDS)}))\s*(?P<x2>{X_BARE})(?:まで)?"),
     _range),
    (_alt(_words(VAGUE)), _vague),
    (r"(?-i:[Bb]ald)", _guard_bald),
    (_alt(_words(NEVER)), _never),
]
_COMPILED = [(re.compile(_L + first_guard(p, _FLAGS) + p + _R, _FLAGS), fn) for p, fn in _ROWS]
_NOT_HORIZON = re.compile("|".join(NOT_HORIZON), _FLAGS)


def find_windows(text: str, today: date) -> list[TimeWindow]:
    """Every time expression in ``text`` resolved against ``today`` (the post's
    UTC date), in text order, non-overlapping (the longest match wins).

    The extractor reads a sentence more than once (whole, then part by
    part), and the grammar's scan is its costliest step: results are kept
    for the last few thousand texts (the records are frozen; the list is a
    copy)."""
    return list(_windows(text, today))


@functools.lru_cache(maxsize=4096)
def _scan_windows(text: str, today: date) -> tuple[TimeWindow, ...]:
    cands = []
    for order, (rx, fn) in enumerate(_COMPILED):
        for m in rx.finditer(text):
            if fn in (_vague, _never) and _blocked(text, m.start(), m.end()):
                continue
            w = fn(m, today)
            if w is not None:
                cands.append((m.start(), m.end(), order, w))
    cands.sort(key=lambda t: (-(t[1] - t[0]), t[0], t[2]))
    taken: list[tuple[int, int, _W]] = []
    for s, e, _o, w in cands:
        if all(e <= s2 or s >= e2 for s2, e2, _ in taken):
            taken.append((s, e, w))
    taken.sort(key=lambda t: t[0])
    return tuple(TimeWindow(w.start, w.end, w.vague, w.never, s, e, text[s:e], w.rule) for s, e, w in taken)


_windows = Primed(_scan_windows)


def _blocked(text: str, s: int, e: int) -> bool:
    """A vague/never word inside a phrase that is not a horizon ("as soon as", "never mind")."""
    return any(h.start() < e and h.end() > s for h in _NOT_HORIZON.finditer(text, max(0, s - 12), e + 12))
