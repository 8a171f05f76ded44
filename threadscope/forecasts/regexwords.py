"""Word tables as regex alternations the engine can scan fast.

The calendar grammar and the hedge table are alternations of hundreds of
words; Python's engine tries every branch at every position of every text,
and under IGNORECASE it has no first-character test to skip with. Grouping
the words behind their first characters makes that a few tries per position,
with the same matches.
"""
from __future__ import annotations

import re
import re._constants as _op
import re._parser as _parser

__all__ = ["alternation", "branches", "first_guard"]


def _plain_first(ch: str) -> bool:
    """A first character that matches only itself and its one case partner."""
    low = ch.lower()
    return len(low) == 1 and ch.upper().lower() == low and not ch.isspace() and ch not in "'’‘"


def alternation(words, phrase=re.escape) -> str:
    """The regex ``(?:w1|w2|...)`` of ``words``, longest first, with words that
    share a first character grouped behind it: ``(?:a(?:pril|ug)|d(?:ec)|...)``.

    The engine tries every branch of an alternation at every position, and
    under IGNORECASE it has no fast first-character test, so a table of 500
    words costs 500 tries per word of text; grouped, it costs a try per first
    character. Matches are the same: branches of two groups cannot both
    match at one position (their first characters differ, also when case is
    ignored), and within a group the longest-first order is kept. When that
    cannot be promised (two first characters equal but for case, or one that
    matches more than its case partner, like ``ſ``), the words stay one flat
    alternation. ``phrase`` turns a piece of a word into regex."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    firsts = {w[0] for w in ordered if w}
    flat = (len(ordered) < 8 or "" in ordered or len({f.lower() for f in firsts}) != len(firsts)
            or not all(map(_plain_first, firsts)))
    if flat:
        return "(?:" + "|".join(phrase(w) for w in ordered) + ")"
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(phrase(f) + ("(?:" + "|".join(phrase(r) for r in rest) + ")" if rest != [""] else "")
                            for f, rest in groups.items()) + ")"


def branches(patterns, flags: int = 0) -> str:
    """The regex ``(?:p1|p2|...)`` with each branch behind its
    :func:`first_guard`: the grammar's period rows open with lookbehinds
    and long alternations, which the engine would otherwise work through
    for every branch at every word of every text."""
    return "(?:" + "|".join(first_guard(p, flags) + p for p in patterns) + ")"


def first_guard(pattern: str, flags: int = 0) -> str:
    """A lookahead ``(?=[...])`` of the characters a match of ``pattern``
    can start with, or "" when that cannot be told (the pattern can match
    nothing, or starts with a negated class or something unknown here).

    The guard is compiled with the same flags as the pattern, so a case
    ignored in the pattern is ignored in the guard too; a guard only ever
    lets more through than the pattern takes (``(?-i:...)`` inside is
    looser in the guard), never less, so matches are the same."""
    try:
        found = _first(_parser.parse(pattern, flags))
    except (re.error, RecursionError):
        return ""
    if found is None or found[1] or not found[0]:
        return ""
    return "(?=[" + "".join(dict.fromkeys(found[0])) + "])"


_CATEGORIES = {_op.CATEGORY_DIGIT: r"\d", _op.CATEGORY_NOT_DIGIT: r"\D", _op.CATEGORY_SPACE: r"\s",
               _op.CATEGORY_NOT_SPACE: r"\S", _op.CATEGORY_WORD: r"\w", _op.CATEGORY_NOT_WORD: r"\W"}


def _first(items) -> tuple[list[str], bool] | None:
    """The class items a sequence can start with, and whether it can match
    the empty string; None when unknown."""
    out: list[str] = []
    for op, av in items:
        found = _first_of(op, av)
        if found is None:
            return None
        out += found[0]
        if not found[1]:
            return out, False
    return out, True


def _first_of(op, av) -> tuple[list[str], bool] | None:
    if op is _op.LITERAL:
        return [_char(av)], False
    if op is _op.IN:
        parts = []
        for o, a in av:
            if o is _op.LITERAL:
                parts.append(_char(a))
            elif o is _op.RANGE:
                parts.append(_char(a[0]) + "-" + _char(a[1]))
            elif o is _op.CATEGORY and a in _CATEGORIES:
                parts.append(_CATEGORIES[a])
            else:
                return None
        return parts, False
    if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
        return [], True
    if op is _op.SUBPATTERN:
        return _first(av[3])
    if op is _op.ATOMIC_GROUP:
        return _first(av)
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        found = _first(av[2])
        return None if found is None else (found[0], found[1] or av[0] == 0)
    if op is _op.BRANCH or op is _op.GROUPREF_EXISTS:
        alts = av[1] if op is _op.BRANCH else [av[1], av[2] if av[2] is not None else []]
        out, empty = [], False
        for alt in alts:
            found = _first(alt)
            if found is None:
                return None
            out += found[0]
            empty = empty or found[1]
        return out, empty
    return None


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code).isprintable() else f"\\U{code:08x}"
