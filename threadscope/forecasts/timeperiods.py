"""The period layer of the calendar grammar (the spec's X): ``Q1 2027``,
``1H27``, ``November``, ``summer 2027``, ``early July``, ``mid 2026``,
``next year``, ``明年``, ``el año que viene``... Each row is a regex and the
resolver that turns its match into the whole calendar period (not clipped).
The expression rows of ``timeexpr`` wrap these (``by X``, ``X to Y``, X
alone); ``find_windows`` there is the entry point, and its docstring the
overview.

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

Decisions of this module, where spec and README are silent:

* A period of "this year" (``今年夏天``, ``first half of the year``,
  ``Q4 of this year``) is clipped at D like ``this summer``.
* ``winter 2026`` = Dec 2026 .. Feb 2027 (the winter that starts in 2026);
  ``this winter`` said in Jan/Feb is the winter that contains D.
* ``next X`` (month, season, quarter, week, year, decade) is always the first
  X that starts after D; ``this coming X`` is ``next X``.
* A day (``2026-11-15``, ``November 15``, ``15 de noviembre``, ``11月15日``)
  is that day (a bare one: the first not before D) ["day"].
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from .regexwords import branches
from .timecalendar import _containing, _first, _mend, _months, _named
from .timeregex import (
    _ART, _CJK_MON, _CJK_Y, _FLAGS, _MON, _MONTH, _REL, _SEA, _SEASON, _Y4, _YS, _alt, _gp, _key, _merge, _num,
    _rel_years,
)
from .timewords import (
    CJK_BARE_SEASONS, CJK_MONTH_PART, CJK_PART_SUFFIX, CJK_REL_YEARS, CJK_SEASONS, HALF_WORDS, JA_SEASON_WORDS,
    NEXT_AFTER, NEXT_WORDS, PART_WORDS, QUARTER_WORDS, REL_UNITS, REL_UNITS_CTX, REL_YEARS, THIS_WORDS,
)


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
_PERIODS = [(k, re.compile(p, _FLAGS), f, ctx) for k, p, f, ctx in _PERIOD_ROWS]
# Any period, for the expression rows of ``timeexpr`` to wrap (X_BARE: not the ctx=True rows),
# each row behind a test of its first character (the same matches, in half the time).
X_ALL = branches([_strip_names(p) for k, p, f, ctx in _PERIOD_ROWS], _FLAGS)
X_BARE = branches([_strip_names(p) for k, p, f, ctx in _PERIOD_ROWS if not ctx], _FLAGS)


def _period(text: str, c: _Ctx) -> _P | None:
    """Resolve a matched period phrase with the first row that matches all of it.
    A lower-case risky month ("by march") was let through by the time word
    before it, which the phrase alone no longer shows: it is read capitalised."""
    for phrase in (text, text[:1].upper() + text[1:]):
        for kind, rx, fn, ctx in _PERIODS:
            m = rx.fullmatch(phrase)
            if m:
                p = fn(m.groupdict(), c)
                if p is not None:
                    return p._replace(kind=p.kind or kind, ctx=ctx)
    return None
