"""Calendar windows from time words: the spec's "Resolving time" table.

``find_windows(text, today)`` returns every time expression in ``text`` as a
:class:`TimeWindow` (first day, last day inclusive, ``None`` = open), resolved
against ``today`` (the post's ``created_at`` date in UTC, the spec's D).

Why a hand-written grammar: general date parsers (dateparser, dateutil) invent
a day for "November", read "2027 votes" or "GPT-5.5" as dates and know
nothing of quarters, halves, "by X" or "at the earliest". Here every form is
one row of a table: a regex and a resolver that applies the spec's row.
Adding a wording is one line in a word table below.

Two layers:

* **Periods** (the spec's X): ``Q1 2027``, ``1H27``, ``November``,
  ``summer 2027``, ``early July``, ``mid 2026``, ``next year``, ``明年``,
  ``el año que viene``... resolved to the whole calendar period (not clipped).
* **Expressions** wrap a period or stand alone: ``by X``, ``before X``,
  ``after X``, ``X at the earliest``, ``between X and Y``, ``in N months``,
  ``within N months``, ``soon``, ``never``, or X alone.

Every row's matches are collected; overlapping matches are resolved longest
first (on a tie the earlier row: durations, then periods, then ranges), and
the result is in text order.

Rules (spec rows, ``rule`` names in brackets):

* ``Q1 2027``/``(Q1) 2027``/``1Q27``/``Q1 '27``/``first quarter of 2027``
  ["quarter"]; ``H1 2027``/``1H27``/``first half of 2027`` ["half"]; a
  quarter or half with no year is the first one not ended on D.
* A bare month or season is the first one not ended on D; ``next X`` the
  first one starting after D; ``this X`` the one of D's year, clipped at D.
  Seasons are meteorological (spring Mar-May ... winter Dec-Feb)
  ["month", "season"].
* ``this year``/``within the year``/``later this year``/``this month``/
  ``this quarter``/``this week``/``this decade``: D .. end of the period;
  ``next year``/``next quarter``/``next month``/``next week`` (ISO)/
  ``next decade``: the whole next period ["this", "next"].
* ``2027``: the whole year ["year"]; ``the 2030s`` ["decade"].
* ``early/mid/late X``: Jan-Apr/May-Aug/Sep-Dec of a year, days 1-10/11-20/
  21-end of a month, the three months of a quarter or season ["part"].
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

Decisions of this module, where spec and README are silent:

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
* A period of "this year" (``今年夏天``, ``first half of the year``,
  ``Q4 of this year``) is clipped at D like ``this summer``.
* A bare ``N months`` (a lag such as "the gap is ~7 months") is never a window:
  durations need ``in``/``within``/``from now`` (or the language's word).
* ``in a few months``/``in the coming months``/``in the next few years``
  (and ``数年``, ``几年``) are vague, like ``in the coming years``.
* ``in the next year``/``within the next month`` (no number) = within 1 unit;
  ``within 2-3 years`` = D .. D + 3 years.
* ``winter 2026`` = Dec 2026 .. Feb 2027 (the winter that starts in 2026);
  ``this winter`` said in Jan/Feb is the winter that contains D.
* ``next X`` (month, season, quarter, week, year, decade) is always the first
  X that starts after D; ``this coming X`` is ``next X``.
* A day (``2026-11-15``, ``November 15``, ``15 de noviembre``, ``11月15日``)
  is that day (a bare one: the first not before D) ["day"].
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

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

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


# ---------------------------------------------------------------- word tables
# Keys are lower case; a space matches any whitespace, ' matches ' or ’.

from .timewords import (  # noqa: F401
    AND_WORDS, ARTICLES, BARE_OK_AFTER, BARE_OK_BEFORE, BETWEEN_WORDS, CASED_MONTHS,
    CJK_BARE_SEASONS, CJK_IN_SUFFIX, CJK_MONTH_PART, CJK_PART_SUFFIX, CJK_PREFIX, CJK_REL_YEARS,
    CJK_SEASONS, CJK_SUFFIX, CJK_UNITS, CJK_WITHIN_PREFIX, CJK_WITHIN_SUFFIX, END_WORDS,
    EOY_WORDS, FROM_NOW_WORDS, FROM_WORDS, HALF_WORDS, IN_WORDS, JA_SEASON_WORDS,
    MONTHS, NEVER, NEXT_AFTER, NEXT_WORDS, NOT_HORIZON, NUMBERS,
    PART_WORDS, PLURAL_UNITS, PREFIX, QUARTER_WORDS, RANGE_TO_WORDS, REL_UNITS,
    REL_UNITS_CTX, REL_YEARS, RISKY_WORDS, SEASONS, SUFFIX, THIS_WORDS,
    TO_WORDS, UNITS, VAGUE, WITHIN_WORDS,
)

def _key(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip().lower().replace("’", "'").replace("‘", "'"))
    return re.sub(r"^(?:the |el |la |le |l')(?=\S)", "", s) if s not in REL_UNITS_CTX else s


def _phrase(w: str) -> str:
    return re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’‘]")


def _alt(words) -> str:
    """Regex alternation of phrases, longest first."""
    return "(?:" + "|".join(_phrase(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def _merge(tables: dict) -> dict:
    out: dict = {}
    for t in tables.values():
        out.update(t)
    return out


_MONTH = _merge(MONTHS)
_SEASON = _merge(SEASONS)
_REL = {_key(k): v for k, v in _merge(REL_UNITS).items()}
_UNIT = _merge(UNITS)
_CJK_NUM = {"零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
            "九": 9}

_LATIN = r"0-9A-Za-z\u00C0-\u024F_"
# Word boundaries that only Latin letters and digits need (CJK text has no spaces).
_L = rf"(?:(?<![{_LATIN}$€£¥#@])|(?=[^\x00-\u024F]))"
_R = rf"(?:(?<=[^\x00-\u024F])|(?![{_LATIN}]))"
# A year 1900-2199, not part of a number, a price, a version ("GPT-5.2027") or a percentage;
# "mid-2027", "early-2027", "end-2026" are years.
_Y4 = (r"(?<![0-9][.,])(?<![A-Za-z][.])(?<![0-9])"
       r"(?:(?<![A-Za-z]-)|(?<=mid-)|(?<=mi-)|(?<=early-)|(?<=late-)|(?<=end-))"
       r"(?:19|20|21)\d\d(?![0-9%]|[.,]\d|\s?%)")
_YS = r"['’‘]\d\d(?!\d)"
_MON = "(?:" + "|".join([_alt(w for w in _MONTH if w not in {m.lower() for m in CASED_MONTHS}),
                         "(?-i:" + _alt(CASED_MONTHS) + ")"]) + ")"
_SEA = _alt(_SEASON)
_CJK_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_CJK_Y = r"(?:(?P<cy>(?:19|20|21)\d\d)\s*年|(?P<crel>" + _alt(CJK_REL_YEARS) + r"))\s*(?:的|の)?"
_NUM = r"(?:\d{1,3}|" + _alt(NUMBERS) + ")"
_CJK_NUMW = r"(?<![0-9０-９])(?:\d{1,3}|[一二两兩三四五六七八九十]{1,3}|半)"
_ART = "(?:" + _alt(a for a in ARTICLES if not a.endswith("'")) + r"\s+|l['’]\s*)?"


def _rel_years(n: str = "") -> str:
    return rf"(?P<y{n}>{_Y4})|(?P<ys{n}>{_YS})|{_ART}(?P<rel{n}>{_alt(REL_YEARS)})"


def _gp(g: dict, prefix: str):
    """First non-empty group named ``prefix`` or ``prefix<digit>``."""
    for k, v in g.items():
        if v is not None and re.fullmatch(prefix + r"\d*", k):
            return v
    return None


def _num(s: str) -> int | None:
    s = s.strip()
    if s.isdigit():
        return int(s)
    if s in NUMBERS or _key(s) in NUMBERS:
        return NUMBERS.get(s, NUMBERS.get(_key(s)))
    if "十" in s:
        a, _, b = s.partition("十")
        if (a and a not in _CJK_NUM) or (b and b not in _CJK_NUM):
            return None
        return (_CJK_NUM[a] if a else 1) * 10 + (_CJK_NUM[b] if b else 0)
    return _CJK_NUM.get(s)


# ----------------------------------------------------------------- calendar
def _mend(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m: int, k: int) -> tuple[date, date]:
    """k calendar months starting with month m of year y."""
    ey, em = divmod(m - 1 + k - 1, 12)
    return date(y, m, 1), _mend(y + ey, em + 1)


def _add(d: date, n: int, unit: str) -> date:
    if unit in ("day", "week"):
        return d + timedelta(days=n * (7 if unit == "week" else 1))
    k = n * {"month": 1, "year": 12, "decade": 120}[unit]
    y, m = divmod(d.month - 1 + k, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _containing(unit: str, d: date) -> tuple[date, date]:
    if unit == "day":
        return d, d
    if unit == "week":  # ISO week, Monday to Sunday
        s = d - timedelta(days=d.weekday())
        return s, s + timedelta(days=6)
    if unit == "month":
        return _months(d.year, d.month, 1)
    if unit == "quarter":
        return _months(d.year, 3 * ((d.month - 1) // 3) + 1, 3)
    if unit == "half":
        return _months(d.year, 1 if d.month <= 6 else 7, 6)
    if unit == "year":
        return _months(d.year, 1, 12)
    y = d.year - d.year % 10  # decade: 2020-2029
    return date(y, 1, 1), date(y + 9, 12, 31)


def _named(kind: str, i: int, y: int) -> tuple[date, date]:
    """Month i / quarter i / half i / season starting in month i / the year, of year y."""
    first, length = {"month": (i, 1), "quarter": (3 * i - 2, 3), "half": (6 * i - 5, 6),
                     "season": (i, 3), "year": (1, 12)}[kind]
    return _months(y, first, length)


def _first(kind: str, i: int, ref: date, after: bool = False) -> tuple[date, date]:
    """The first one not ended on ref, or (after=True) the first starting after ref."""
    for y in range(ref.year - 1, ref.year + 3):
        s, e = _named(kind, i, y)
        if (s > ref) if after else (e >= ref):
            return s, e
    raise AssertionError("unreachable")


# ------------------------------------------------------------------ periods
class _P(NamedTuple):
    start: date
    end: date
    clip: bool = False  # a "this X": the window starts at D at the earliest
    bare: bool = False  # no year given: resolved against a reference day
    kind: str = ""
    ctx: bool = False  # "the year", "fin d'année": only after an expression word


class _Ctx(NamedTuple):
    today: date
    ref: date  # reference day for bare periods (D, or the start of a range)
    year: int | None = None  # year for a bare period (from the other end of a range)


def _year_of(g: dict, c: _Ctx) -> int | None:
    if v := _gp(g, "y"):
        return int(v)
    if v := _gp(g, "ys"):
        return 2000 + int(v[-2:])
    if v := _gp(g, "rel"):
        return c.today.year + REL_YEARS.get(_key(v), REL_YEARS.get(v.lower().replace("’", "'"), 0))
    if v := _gp(g, "crel"):
        return c.today.year + CJK_REL_YEARS[v]
    if v := _gp(g, "cy"):
        return int(v)
    return None


def _this_year(g: dict) -> bool:
    """A relative "this year" (今年, este año...): the period is clipped at D like "this summer"."""
    rel, crel = _gp(g, "rel"), _gp(g, "crel")
    return bool(rel and REL_YEARS.get(_key(rel), 1) == 0 or crel and CJK_REL_YEARS[crel] == 0)


def _start(p: _P, today: date) -> date:
    """A "this X" starts at D at the earliest (unless it is already over)."""
    return max(p.start, today) if p.clip and today <= p.end else p.start


def _namedp(kind: str, i: int | None, g: dict, c: _Ctx) -> _P | None:
    """A month/quarter/half/season: explicit year, this/next, or the first not ended."""
    if i is None:
        return None
    y = _year_of(g, c)
    if y is None and c.year is not None:
        y = c.year
    if y is not None:
        return _P(*_named(kind, i, y), clip=_this_year(g), kind=kind)
    if _gp(g, "next"):
        return _P(*_first(kind, i, c.today, after=True), kind=kind)
    if _gp(g, "this"):
        y = c.today.year - (1 if kind == "season" and i == 12 and c.today.month <= 2 else 0)
        return _P(*_named(kind, i, y), clip=True, kind=kind)
    return _P(*_first(kind, i, c.ref), bare=True, kind=kind)


def _quarter(g, c):
    q = _gp(g, "q")
    if q is None:
        w = _key(_gp(g, "qw") or "")
        if w in ("last", "final", "dernier", "letzten") and _year_of(g, c) is None:
            return None  # "last quarter" alone is the previous quarter: not covered
        q = QUARTER_WORDS.get(w)
    else:
        q = int(q) if q.isdigit() else _num(q)
    return _namedp("quarter", q, g, c)


def _half(g, c):
    h = _gp(g, "h")
    if h is not None:
        i = int(h) if h.isdigit() else {"上": 1, "下": 2, "前半": 1, "上半期": 1, "後半": 2, "下半期": 2}[h]
    else:
        i = HALF_WORDS.get(_key(_gp(g, "hw") or ""))
    return _namedp("half", i, g, c)


def _month(g, c):
    m = _gp(g, "m")
    i = _MONTH.get(_key(m or "")) or _num(m or "")
    if i is None or not 1 <= i <= 12:
        return None
    return _namedp("month", i, g, c)


def _season(g, c):
    s = _gp(g, "s")
    if s in JA_SEASON_WORDS:
        off, i = JA_SEASON_WORDS[s]
        return _namedp("season", i, {"next" if off else "this": "x"}, c)
    i = CJK_SEASONS.get(s) or _SEASON.get(_key(s))
    return _namedp("season", i, g, c)


def _day(g, c):
    m, d = _gp(g, "m"), _gp(g, "d")
    i = _MONTH.get(_key(m)) if not m.isdigit() else int(m)
    y = _year_of(g, c) or c.year
    try:
        if y is not None:
            return _P(date(y, i, int(d)), date(y, i, int(d)), kind="day")
        for y in (c.ref.year, c.ref.year + 1):
            if (x := date(y, i, int(d))) >= c.ref:
                return _P(x, x, bare=True, kind="day")
    except (ValueError, TypeError):
        return None
    return None


def _rel(g, c):
    k = _key(g["u"])
    unit, off = _REL.get(k) or REL_UNITS_CTX.get(k) or REL_UNITS_CTX.get(g["u"].lower())
    s, e = _containing(unit, c.today)
    for _ in range(off):
        s, e = _containing(unit, e + timedelta(days=1))
    return _P(s, e, clip=off == 0, kind="this" if off == 0 else "next")


def _year(g, c):
    y = int(_gp(g, "y"))
    return _P(*_named("year", 1, y), kind="year")


def _decade(g, c):
    y = int(_gp(g, "dec"))
    return _P(date(y, 1, 1), date(y + 9, 12, 31), kind="decade")


def _part(g, c):
    if (p := _period(g["inner"], c)) is None:
        return None
    k = _gp(g, "pw")
    k = PART_WORDS.get(_key(k)) or PART_WORDS.get(k.lower().strip()) if k else CJK_PART_SUFFIX.get(_gp(g, "cp"))
    return _third(p, k)


def _cjk_part(g, c):
    y = _year_of(g, c)
    return _third(_P(*_named("year", 1, y), kind="year"), CJK_PART_SUFFIX[g["cp"]]) if y else None


def _cjk_month_part(g, c):
    p = _month(g, c)
    return _third(p, CJK_MONTH_PART[g["mp"]]) if p else None


def _third(p: _P | None, k: int | None) -> _P | None:
    """Early/mid/late: days 1-10/11-20/21-end of a month, else thirds by months."""
    if p is None or not k:
        return None
    s, e = p.start, p.end
    n = (e.year - s.year) * 12 + e.month - s.month + 1
    if s.day != 1 or e != _mend(e.year, e.month):
        return None
    if n == 1:
        a, b = [(1, 10), (11, 20), (21, e.day)][k - 1]
        return p._replace(start=s.replace(day=a), end=s.replace(day=b), kind="part")
    if n % 3:
        return None
    y, m = divmod(s.month - 1 + (k - 1) * (n // 3), 12)
    ns = date(s.year + y, m + 1, 1)
    ne = _months(ns.year, ns.month, n // 3)[1]
    return p._replace(start=ns, end=ne, kind="part")


# Period rows: (kind, pattern, resolver). Order matters inside the combined
# alternation (longer forms first); ctx=True rows only follow an expression word.
_YEAR_TAIL = r"(?:\s*,?\s+(?:of\s+|de\s+|del\s+|d['’])?(?:{y})|\s*(?P<ys>" + _YS + "))"
_THIS_NEXT = rf"(?:(?P<this>{_alt(THIS_WORDS)})\s+|(?P<next>{_alt(NEXT_WORDS)})\s+)?"
_PERIOD_ROWS: list[tuple[str, str, Callable, bool]] = [
    # days
    ("day", rf"(?P<y>{_Y4})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)", _day, False),
    ("day", rf"(?P<m>{_MON})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|\s*%)(?:,?\s+(?P<y>{_Y4}))?", _day, False),
    ("day", (rf"(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?(?P<m>{_MON})"
            rf"(?:,?\s+(?:de\s+|del\s+)?(?P<y>{_Y4}))?"), _day, False),
    ("day", r"(?:(?P<cy>(?:19|20|21)\d\d)\s*年)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]", _day, False),
    # early / mid / late
    ("part", rf"(?P<pw>{_alt(PART_WORDS)})[\s-]*(?P<inner>{{INNER}})", _part, False),
    ("part", _CJK_Y + rf"(?P<cp>{_alt(CJK_PART_SUFFIX)})", _cjk_part, False),
    ("part", rf"(?:{_CJK_Y})?(?P<m>{_CJK_MON})\s*月(?P<mp>{_alt(CJK_MONTH_PART)})", _cjk_month_part, False),
    # quarters
    ("quarter", (rf"(?:\(\s*)?Q(?P<q>[1-4])(?:\s*\))?(?:\s*[-/]?\s*(?:(?P<y>{_Y4})|(?P<ys>{_YS}))|"
                rf"\s+(?:of\s+)?{_ART}(?P<rel>{_alt(REL_YEARS)}))?(?![0-9])"), _quarter, False),
    ("quarter", rf"(?P<q>[1-4])Q\s?(?:(?P<y>{_Y4})|(?P<ys>\d\d)(?!\d))", _quarter, False),
    ("quarter", rf"(?P<y>{_Y4})\s*[-/]?\s*Q(?P<q>[1-4])", _quarter, False),
    ("quarter", rf"T(?P<q>[1-4])\s+(?P<y>{_Y4})", _quarter, False),
    ("quarter", (rf"(?:the\s+|el\s+|au\s+|im\s+|le\s+)?(?P<qw>{_alt(QUARTER_WORDS)})\s*(?:quarter|trimestre|quartal)"
                rf"(?:\s+(?:of\s+|in\s+|de\s+|del\s+|des\s+|d['’])?(?:{_rel_years()}))?"), _quarter, False),
    ("quarter", rf"(?:{_CJK_Y})?第?(?P<q>[一二三四1-4１-４])\s*(?:季度|四半期)", _quarter, False),
    ("quarter", rf"{_CJK_Y}\s*Q(?P<q>[1-4])", _quarter, False),
    # halves
    ("half", (rf"H(?P<h>[12])(?:\s*[-/]?\s*(?:(?P<y>{_Y4})|(?P<ys>{_YS}))|\s+(?:of\s+)?{_ART}(?P<rel>"
             rf"{_alt(REL_YEARS)}))?(?![0-9])"), _half, False),
    ("half", rf"(?P<h>[12])H\s?(?:(?P<y>{_Y4})|(?P<ys>\d\d)(?!\d))", _half, False),
    ("half", rf"(?:the\s+)?(?P<hw>first|second|1st|2nd|back|latter)\s+half\s+of\s+(?:{_rel_years()})", _half,
     False),
    ("half", (rf"(?:el\s+|au\s+|im\s+|le\s+)?(?P<hw>primer|segundo|premier|second|deuxième|ersten|zweiten|erste|"
             rf"zweite)\s+(?:semestre|halbjahr|jahreshälfte)(?:\s+(?:de\s+|del\s+|d['’]|des\s+jahres\s+)?"
             rf"(?:{_rel_years()}))?"), _half, False),
    ("half", (rf"(?:la\s+)?(?P<hw>primera|segunda|première|seconde|deuxième)\s+(?:mitad|moitié)\s+"
             rf"(?:de\s+|del\s+|d['’]|de\s+l['’])(?:{_rel_years()})"), _half, False),
    ("half", rf"(?:{_CJK_Y})?(?P<h>上|下)半年", _half, False),
    ("half", rf"{_CJK_Y}(?P<h>前半|後半|上半期|下半期)", _half, False),
    # months
    ("month", (rf"{_THIS_NEXT}(?P<m>{_MON})(?:\.(?=\s*\d))?(?!\s*\d{{1,2}}(?:st|nd|rd|th)?(?:\D|$))"
              rf"(?:{_YEAR_TAIL.format(y='(?P<y>' + _Y4 + ')')})?(?:\s+(?P<next2>{_alt(NEXT_AFTER)}))?"), _month,
     False),
    ("month", rf"(?:{_CJK_Y})?(?P<m>{_CJK_MON})\s*月(?:份)?", _month, False),
    # seasons
    ("season", (rf"{_THIS_NEXT}{_ART}(?P<s>{_SEA})(?:{_YEAR_TAIL.format(y='(?P<y>' + _Y4 + ')')})?"
               rf"(?:\s+(?P<next2>{_alt(NEXT_AFTER)}))?"), _season, False),
    ("season", _CJK_Y + rf"(?P<s>{_alt(CJK_SEASONS)})", _season, False),
    ("season", rf"(?P<s>{_alt(list(JA_SEASON_WORDS) + CJK_BARE_SEASONS)})", _season, False),
    # decades, relative periods, years
    ("decade", (r"(?:the\s+)?(?P<dec>(?:19|20|21)\d0)['’]?s|(?:les\s+années|los\s+años)\s+(?P<dec2>(?:19|20|21)\d0)"
               r"|(?P<dec3>(?:19|20|21)\d0)er(?:\s+jahren?)?"), _decade, False),
    ("rel", rf"{_ART}(?P<u>{_alt(_merge(REL_UNITS))})", _rel, False),
    ("year", (rf"(?:(?:(?:the\s+)?year|(?:el\s+)?año|l['’]an(?:née)?|(?:dem\s+)?jahre?)\s+)?"
              rf"(?P<y>{_Y4})(?:\s*年(?!度))?"), _year, False),
    ("rel", rf"(?P<u>{_alt(REL_UNITS_CTX)})", _rel, True),
]


def _strip_names(p: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", p)


_INNER = "|".join(_strip_names(p) for k, p, f, ctx in _PERIOD_ROWS
                  if k in ("quarter", "half", "month", "season", "rel", "year") and "INNER" not in p)
_PERIOD_ROWS = [(k, p.replace("{INNER}", _INNER), f, ctx) for k, p, f, ctx in _PERIOD_ROWS]
_FLAGS = re.IGNORECASE
_PERIODS = [(k, re.compile(p, _FLAGS), f, ctx) for k, p, f, ctx in _PERIOD_ROWS]
X_ALL = "(?:" + "|".join(_strip_names(p) for k, p, f, ctx in _PERIOD_ROWS) + ")"
X_BARE = "(?:" + "|".join(_strip_names(p) for k, p, f, ctx in _PERIOD_ROWS if not ctx) + ")"


def _period(text: str, c: _Ctx) -> _P | None:
    """Resolve a matched period phrase with the first row that matches all of it."""
    for kind, rx, fn, ctx in _PERIODS:
        m = rx.fullmatch(text)
        if m:
            p = fn(m.groupdict(), c)
            if p is not None:
                return p._replace(kind=p.kind or kind, ctx=ctx)
    return None


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
    (rf"{_alt(IN_WORDS)}\s+{_NUMR}\s*{_UNITR}", _in),
    (rf"{_NUMR}\s*{_UNITR}\s+{_alt(FROM_NOW_WORDS)}", _in),
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
_COMPILED = [(re.compile(_L + p + _R, _FLAGS), fn) for p, fn in _ROWS]
_NOT_HORIZON = re.compile("|".join(NOT_HORIZON), _FLAGS)


def find_windows(text: str, today: date) -> list[TimeWindow]:
    """Every time expression in ``text`` resolved against ``today`` (the post's
    UTC date), in text order, non-overlapping (the longest match wins)."""
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
    return [TimeWindow(w.start, w.end, w.vague, w.never, s, e, text[s:e], w.rule) for s, e, w in taken]


def _blocked(text: str, s: int, e: int) -> bool:
    """A vague/never word inside a phrase that is not a horizon ("as soon as", "never mind")."""
    return any(h.start() < e and h.end() > s for h in _NOT_HORIZON.finditer(text, max(0, s - 12), e + 12))
