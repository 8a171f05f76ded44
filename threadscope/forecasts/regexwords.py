"""Word tables as regex alternations the engine can scan fast.

The calendar grammar and the hedge table are alternations of hundreds of
words; Python's engine tries every branch at every position of every text,
and under IGNORECASE it has no first-character test to skip with. Grouping
the words behind their first characters makes that a few tries per position,
with the same matches.
"""
from __future__ import annotations

import re

__all__ = ["alternation"]


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
