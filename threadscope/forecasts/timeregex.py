"""The regex pieces every row of the calendar grammar is built from, and the
helpers that read back what they matched.

Rows themselves are in ``timeperiods`` (periods: the spec's X) and
``timeexpr`` (expressions around a period, and ``find_windows``); the words
are in ``timewords``. Here: word tables turned into alternations and lookups,
the Latin word boundaries, years (1900-2199, not prices, versions or
percentages), months, seasons, numbers and articles.
"""
from __future__ import annotations

import re

from .regexwords import alternation
from .timewords import (
    ARTICLES, CASED_MONTH_AFTER, CASED_MONTHS, CJK_REL_YEARS, MONTHS, NUMBERS, REL_UNITS, REL_UNITS_CTX, REL_YEARS, SEASONS, UNITS,
)

_FLAGS = re.IGNORECASE


# Word-table keys are lower case; a space matches any whitespace, ' matches ' or ’.
def _key(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip().lower().replace("’", "'").replace("‘", "'"))
    return re.sub(r"^(?:the |el |la |le |l')(?=\S)", "", s) if s not in REL_UNITS_CTX else s


def _phrase(w: str) -> str:
    return re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’‘]")


def _alt(words) -> str:
    """Regex alternation of phrases, longest first (grouped by first letter: see
    :func:`.regexwords.alternation`)."""
    return alternation(words, _phrase)


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
                         "(?-i:" + _alt(CASED_MONTHS) + ")",
                         "(?:" + "|".join(f"(?<={re.escape(w)}{'' if w.endswith('-') else ' '})"
                                          for w in CASED_MONTH_AFTER) + ")"
                         + _alt(m.lower() for m in CASED_MONTHS if m != "mars"),
                         r"(?:(?<![\s\S])|(?<=, ))" + _alt(m.lower() for m in CASED_MONTHS if m != "mars")
                         + r"(?=\s*(?:$|[.!,)]|[^\x00-\u024F]))"]) + ")"
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

