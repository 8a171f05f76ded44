"""The first-character guards of the calendar grammar and the hedge table
change how fast a text is scanned, never what matches."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import threadscope
from threadscope.forecasts import hedges, timeexpr, timeperiods
from threadscope.forecasts.regexwords import branches, first_guard

DATA = Path(__file__).parent / "data"
DEV = [DATA / "forecasts", DATA / "forecasts_dev2", DATA / "forecasts_messy_dev", Path(__file__).parents[1] / "samples"]
TRICKY = ["By March 2027, maybe.", "by march", "Q3-2026 or H2 2027", "KELVIN \u212a and long \u017f s: Ks 2027",
          "明年三月之前", "来年の春まで", "in 7 months", "mid-2027", "(Q1) 2027", "ſeptember 2027", "İstanbul in 2026",
          "-2027-", "]2027[", "\x00by 2030\x01", "no later than end of year", "fifty-fifty by 2029, 30% odds"]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    corpus = threadscope.load(DEV)
    out = [p.text for p in corpus.by_id.values()] + TRICKY
    assert len(out) > 500
    return out


def unguarded(rx: re.Pattern, guard: str) -> re.Pattern:
    assert guard and guard in rx.pattern
    return re.compile(rx.pattern.replace(guard, "", 1), rx.flags)


def matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_guards_are_exact_on_every_expression_and_hedge_row(texts):
    guarded = [(rx, first_guard(p, timeexpr._FLAGS)) for (rx, _), (p, _) in zip(timeexpr._COMPILED, timeexpr._ROWS)]
    for _, rx in hedges._ROWS:
        guarded.append((rx, re.search(r"\(\?=\[(?:\\.|[^\]\\])*\]\)", rx.pattern).group(0)))
    for rx, g in guarded:
        plain = unguarded(rx, g)
        for text in texts:
            assert matches(rx, text) == matches(plain, text), (rx.pattern[:80], text)


def test_guarded_periods_match_as_the_plain_alternation(texts):
    pats = [timeperiods._strip_names(p) for _, p, _, _ in timeperiods._PERIOD_ROWS]
    plain = re.compile("(?:" + "|".join(pats) + ")", timeperiods._FLAGS)
    fast = re.compile(branches(pats, timeperiods._FLAGS), timeperiods._FLAGS)
    assert fast.pattern == timeperiods.X_ALL
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@pytest.mark.parametrize("pattern, text, guard", [
    (r"(?<!x)(?:ab|Cd)\d", "Cd1", "(?=[aC])"),
    (r"a?b", "b", "(?=[ab])"),
    (r"(?-i:March)|q", "Q", "(?=[Mq])"),
    (r"[\-\]^]x", "]x", r"(?=[\-\]\^])"),
    ("\x01z", "\x01z", "(?=[\\U00000001])"),
    (r"\bword", "word", "(?=[w])"),
    (r"(a)\1", "aa", "(?=[a])"),
])
def test_first_guard_lets_every_match_through(pattern, text, guard):
    assert first_guard(pattern, re.IGNORECASE) == guard
    assert re.match(guard + pattern, text, re.IGNORECASE)


@pytest.mark.parametrize("pattern", [r"(?:x)*", r"[^a]b", r"a|", r"\1a", r"."])
def test_no_guard_where_the_start_cannot_be_told(pattern):
    assert first_guard(pattern, re.IGNORECASE) == ""
