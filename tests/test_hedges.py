"""Confidence from wording: one case per row of the spec's table, explicit
numbers, negations, each language, the choice among several hedges, and the
gold set's confidences."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from threadscope.forecasts.hedges import Confidence, find_confidence, hedged_never
from threadscope.forecasts.timeexpr import find_windows

# (text, value, negated, explicit)
ROWS = [
    # 0.95: certainly, definitely, no doubt, guaranteed, will for sure
    ("It will certainly ship in Q1.", 0.95, False, False),
    ("Launch in November, definitely.", 0.95, False, False),
    ("No doubt it lands next year.", 0.95, False, False),
    ("Reveal event next week, guaranteed.", 0.95, False, False),
    ("It will happen for sure.", 0.95, False, False),
    ("Late November for sure.", 0.95, False, False),
    # 0.9: bare future assertion
    ("BTC will be above $150k by the end of 2026", 0.9, False, False),
    ("They'll hit it.", 0.9, False, False),
    ("Bitcoin is going to $60k within 6 months", 0.9, False, False),
    ("It's gonna ship in May", 0.9, False, False),
    ("It won't take that long", 0.9, False, False),
    # 0.85: very likely, highly likely
    ("Q1 2026, very likely.", 0.85, False, False),
    ("The BoE cuts again next quarter, highly likely", 0.85, False, False),
    # 0.7: probably, likely, I expect, should
    ("Probably Q1", 0.7, False, False),
    ("Likely September.", 0.7, False, False),
    ("I expect two cuts by the end of this year", 0.7, False, False),
    ("It should ship in March", 0.7, False, False),
    # 0.4: possibly, maybe, perhaps, might, could
    ("Possibly in 2027.", 0.4, False, False),
    ("Maybe.", 0.4, False, False),
    ("Cloud streaming at some point, perhaps.", 0.4, False, False),
    ("It might ship in Q3", 0.4, False, False),
    ("Could be.", 0.4, False, False),
    ("It may slip to 2027", 0.4, False, False),
    # 0.25: unlikely, probably not, I doubt
    ("Unlikely before 2027.", 0.25, True, False),
    ("Probably not.", 0.25, True, False),
    ("I doubt it ships this year.", 0.25, True, False),
    ("I doubt it.", 0.25, True, False),
    # 0.1: very unlikely, highly unlikely
    ("A price increase this quarter is very unlikely.", 0.1, True, False),
    ("Coal below its 2015 level before 2028 is highly unlikely", 0.1, True, False),
    # 0.1: won't (negated plain assertion)
    ("China won't match Fable by 2027", 0.1, True, False),
    ("It will not happen this year", 0.1, True, False),
    ("there will be no price increase before 2027", 0.1, True, False),
    # 0.05: almost certainly not, no chance
    ("Almost certainly not.", 0.05, True, False),
    ("The launch almost certainly won't slip to 2027.", 0.05, True, False),
    ("No chance.", 0.05, True, False),
    ("No way that happens by 2027", 0.05, True, False),
]


@pytest.mark.parametrize("text,value,negated,explicit", ROWS, ids=[r[0] for r in ROWS])
def test_table_row(text, value, negated, explicit):
    c = find_confidence(text)
    assert c is not None
    assert (c.value, c.negated, c.explicit) == (value, negated, explicit), c
    assert text[c.start_char:c.end_char] == c.phrase


EXPLICIT = [
    ("I'd put 70% on $150k in Q1.", 0.7),
    ("70% chance it ships in Q1", 0.7),
    ("70 percent chance of a cut", 0.7),
    ("BTC < $80k before summer. I'd put 30% on it.", 0.3),
    ("September. 85% in my book.", 0.85),
    ("Neon Tide crosses $1B worldwide within 2 months. 60%.", 0.6),
    ("Norvik delivers the Arcadia by the end of this year, 80%", 0.8),
    ("Fine: 2028. 70%.", 0.7),
    ("I'd say 70%.", 0.7),
    ("Bayern 31%", 0.31),
    ("another cut in October, 50/50", 0.5),
    ("$1B worldwide by the end of July is a coin flip now", 0.5),
    ("It's a toss-up", 0.5),
    ("1 in 4 that BTC trades above $200k next year.", 0.25),
    ("one in four chance", 0.25),
    ("I'm 90% sure it ships", 0.9),
    ("70-80% likely", 0.75),
    ("odds are 3:1 against", 0.25),
    ("3 to 1 in favour", 0.75),
    ("une chance sur deux", 0.5),
    ("Je dirais 40 %", 0.4),
    ("mit 70% Wahrscheinlichkeit", 0.7),
    ("明年发布的概率70%", 0.7),
    ("有七成把握", 0.7),
    ("来年は7割の確率で出る", 0.7),
    ("Probably Q1, I'd put 60% on it", 0.6),  # the number beats the word
    ("It will ship, 40%.", 0.4),
]


@pytest.mark.parametrize("text,value", EXPLICIT, ids=[e[0] for e in EXPLICIT])
def test_explicit_number_wins(text, value):
    c = find_confidence(text)
    assert c is not None and c.explicit and not c.negated
    assert c.value == pytest.approx(value)


# Numbers that are quantities, not probabilities, and hedge look-alikes.
@pytest.mark.parametrize("text", [
    "The EU won't hit 55% by 2030.", "CPI came in at 2.9%.", "The drop from Friday to Sunday was ~20%.",
    "The polls show PP at 33%, PSOE at 27%.", "1 in 4 Americans owns one", "3:1", "free will is an illusion",
    "as soon as possible", "It could have shipped last year", "Orion-4 took 14 months",
    "会议在明天", "机会很大", "Ich bin mir nicht sicher", "I think it ships in Q1", "My bet: Q1",
])
def test_no_probability(text):
    c = find_confidence(text)
    assert c is None or not c.explicit, c
    if text not in ("The EU won't hit 55% by 2030.",):
        assert c is None, c


def test_quantity_percent_leaves_the_wording():
    c = find_confidence("The EU won't hit 55% by 2030.")
    assert (c.value, c.phrase, c.negated, c.explicit) == (0.1, "won't", True, False)
    c = find_confidence("Peut-être que l'UE atteindra 55 % d'ici 2030.")
    assert (c.value, c.phrase) == (0.4, "Peut-être")


NEGATIONS = [
    ("not likely", 0.25), ("likely not", 0.25), ("I don't think it ships this year", 0.25),
    ("I don't expect a cut", 0.25), ("It shouldn't take until 2027", 0.25),
    ("Probably won't ship before 2027", 0.25),  # hedge + won't = the hedge's negated row
    ("Maybe it won't ship", 0.6), ("It might not happen", 0.6), ("Maybe not.", 0.6),
    ("Very likely won't happen", 0.1), ("definitely won't", 0.05), ("certainly not", 0.05),
    ("Das wird nicht passieren", 0.1), ("Das wird sicher nicht passieren", 0.05),
    ("Das wird wohl nicht passieren", 0.25), ("No llegará antes de 2027", 0.1),
    ("Il n'arrivera pas cette année", 0.1), ("应该不会", 0.25), ("肯定不会", 0.05), ("比特币不会跌破", 0.1),
]


@pytest.mark.parametrize("text,value", NEGATIONS, ids=[n[0] for n in NEGATIONS])
def test_negation(text, value):
    c = find_confidence(text)
    assert c is not None and c.negated and c.value == value, c


def test_negation_applies_to_a_hedge_before_it_only():
    c = find_confidence("It won't ship in Q1, maybe Q2")
    assert (c.value, c.phrase, c.negated) == (0.4, "maybe", False)
    c = find_confidence("Maybe it won't ship")
    assert (c.phrase, c.start_char, c.rule) == ("Maybe it won't", 0, "possible")


def test_wont_take_that_long_is_not_a_negation():
    c = find_confidence("It won't take that long")
    assert (c.value, c.negated) == (0.9, False)
    c = find_confidence("Probably won't take that long")
    assert (c.value, c.negated) == (0.7, False)


LANGS = [
    # Spanish
    ("Probablemente este año.", 0.7, False), ("Sin duda antes de 2027.", 0.95, False), ("Quizás en mayo.", 0.4, False),
    ("Seguramente en otoño.", 0.7, False), ("Lo dudo.", 0.25, True), ("No creo que llegue.", 0.25, True),
    ("Posiblemente.", 0.4, False), ("Improbable.", 0.25, True), ("Podría llegar en 2026.", 0.4, False),
    ("Muy probablemente en junio.", 0.85, False), ("Tal vez.", 0.4, False), ("Imposible.", 0.05, True),
    ("Va a llegar en mayo.", 0.9, False),
    # German
    ("Wahrscheinlich im Frühjahr.", 0.7, False), ("Wahrscheinlich nicht.", 0.25, True),
    ("Ganz sicher 2027.", 0.95, False), ("Die Fabrik ist ohne Zweifel nächstes Jahr fertig.", 0.95, False),
    ("Vielleicht im nächsten Jahrzehnt.", 0.4, False),
    ("Das klappt kaum vor 2027.", 0.25, True), ("Sehr wahrscheinlich im Mai.", 0.85, False),
    ("Ich bezweifle das.", 0.25, True), ("Auf keinen Fall.", 0.05, True), ("Das wird im Mai kommen.", 0.9, False),
    ("Möglicherweise im Herbst.", 0.4, False), ("Unwahrscheinlich.", 0.25, True),
    # French
    ("Probablement en décembre.", 0.7, False), ("Sans doute en 2027.", 0.7, False), ("Peut-être.", 0.4, False),
    ("Certainement l'an prochain.", 0.95, False), ("J'en doute", 0.25, True), ("Sans aucun doute.", 0.95, False),
    ("Très probablement en mai.", 0.85, False), ("Peu probable.", 0.25, True), ("Aucune chance.", 0.05, True),
    ("Je ne pense pas.", 0.25, True), ("Ça devrait arriver en mai.", 0.7, False),
    # Chinese
    ("Orion-5 明年肯定会发布", 0.95, False), ("一定会的", 0.95, False), ("R9 很可能明年出货", 0.85, False),
    ("可能明年", 0.4, False), ("也许明年", 0.4, False), ("不太可能", 0.25, True), ("不会", 0.1, True),
    ("比特币两周后会跌破12万美元", 0.9, False), ("应该明年发布", 0.7, False), ("不可能", 0.05, True),
    # Japanese
    ("きっと来年出る", 0.85, False), ("たぶん来年", 0.7, False), ("おそらく来年", 0.7, False),
    ("携帯機版はいつか出るはず", 0.7, False), ("来年40%を超えるかもしれない", 0.4, False), ("絶対に出る", 0.95, False),
    ("来年は出ないだろう", 0.25, True), ("ありえない", 0.05, True), ("絶対に来ない", 0.05, True),
]


@pytest.mark.parametrize("text,value,negated", LANGS, ids=[x[0] for x in LANGS])
def test_language(text, value, negated):
    c = find_confidence(text)
    assert c is not None and (c.value, c.negated) == (value, negated), c


def test_strongest_evidence():
    # a hedge beats a plain assertion even when the assertion is longer
    c = find_confidence("It is going to happen, likely in Q1")
    assert (c.value, c.phrase) == (0.7, "likely")
    # overlapping phrases: the longest
    assert find_confidence("very unlikely").value == 0.1
    assert find_confidence("不太可能").phrase == "不太可能"
    # among separate hedges: the most specific (longest) phrase
    c = find_confidence("Maybe, but very likely by 2027")
    assert (c.value, c.phrase) == (0.85, "very likely")
    # same length: the last one, unless `near` points at another
    text = "Maybe in Q1, maybe in Q2."
    assert find_confidence(text).start_char == text.rindex("maybe")
    assert find_confidence(text, near=text.index("Q1")).start_char == 0
    # an explicit number beats every word
    assert find_confidence("Almost certainly, 99%").value == 0.99


def test_nothing_to_say():
    assert find_confidence("") is None
    assert find_confidence("Q1 '27") is None
    assert find_confidence("According to the CTO, production starts in early 2027") is None


def test_hedged_never():
    assert hedged_never(None) == 0.05
    assert hedged_never(find_confidence("Never.")) == 0.05
    assert hedged_never(find_confidence("It will never happen")) == 0.05
    assert hedged_never(find_confidence("Probably never.")) == 0.25
    assert hedged_never(find_confidence("Maybe never.")) == 0.6
    assert hedged_never(find_confidence("Almost certainly never.")) == 0.05
    assert hedged_never(find_confidence("Very likely never")) == 0.1
    assert hedged_never(find_confidence("Never, 90%")) == pytest.approx(0.1)


def test_confidence_is_frozen():
    c = find_confidence("Probably")
    assert isinstance(c, Confidence)
    with pytest.raises(AttributeError):
        c.value = 0.1  # type: ignore[misc]


def test_gold_confidences():
    """Every gold quote whose confidence comes from its own wording: the found
    hedge (or the bare-assertion 0.9 when none, or hedged_never for a never)."""
    gold = Path(__file__).parent / "data" / "forecasts" / "gold.jsonl"
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if "agreement" not in r["note"] and "agreed" not in r["note"]]
    assert len(rows) >= 120
    misses = []
    for r in rows:
        c = find_confidence(r["quote"])
        if any(w.never for w in find_windows(r["quote"], date(2026, 1, 1))):
            value = hedged_never(c)
        else:
            value = c.value if c else 0.9
        if value != pytest.approx(r["confidence"]):
            misses.append((r["quote"], r["confidence"], c))
    for m in misses:
        print("MISS", *m)
    assert len(misses) <= 2, misses
