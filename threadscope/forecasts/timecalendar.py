"""Calendar arithmetic for the grammar: the days a named month, quarter,
half, season or year spans, the first one not ended (or starting after) a
reference day, the ISO week / month / ... containing a day, and adding N units.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta


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

