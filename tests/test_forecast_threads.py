"""Forecasts in messy threads: fan-outs of short answers, deep chains, quote
answers, question forms, splits on real differences, titles, and look-alike
non-forecasts (threadscope.forecasts, structure first)."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from threadscope.corpus import from_posts
from threadscope.forecasts import extract_forecasts
from threadscope.model import Post

T0 = datetime(2026, 6, 18, 9, 0, tzinfo=timezone.utc)


def build(*rows, lang="en"):
    """``rows`` are (text, parent index or None, quoted index or None); post
    0 is the root. Every post has its own author."""
    posts = []
    for i, (text, parent, quoted) in enumerate(rows):
        posts.append(Post(id=str(1000 + i), author_id=f"u{i}", author=f"user{i}", text=text,
                          created_at=T0 + timedelta(minutes=i), kind="reply" if parent is not None else
                          ("quote" if quoted is not None else "post"), conversation_id="1000" if quoted is None
                          or parent is not None else str(1000 + i),
                          reply_to_id=str(1000 + parent) if parent is not None else None,
                          quoted_id=str(1000 + quoted) if quoted is not None else None, lang=lang))
    return [r.as_dict() for r in extract_forecasts(from_posts(posts).threads)]


def fan_out(question, answers, lang="en"):
    return build((question, None, None), *[(a, 0, None) for a in answers], lang=lang)


PRONOUNS = re.compile(r"^(?:it|its|this|that|they|them|he|she|we|i|you|there|and|but|of|to|in|on|by)\b", re.IGNORECASE)


def assert_titles_read(rs):
    for r in rs:
        assert r["event"].strip(), r
        assert not PRONOUNS.match(r["event"]), r["event"]


SHORT_ANSWERS = ["2027", "Probably Q1", "never lol", "Q3 for sure", "probably 2028 🙃", "next year imo", "by end of 2027",
                 "H2 2027, maybe", "2029+", "Q1 2027 tbh", "definitely 2027", "late 2027 💀", "not before 2028",
                 "maybe never", "2030"]


def test_a_fan_out_of_short_answers_to_a_poll_is_one_proposition_titled_by_the_poll():
    rs = fan_out("Quick poll: Tesla robotaxi in ten US cities by end of 2027?", SHORT_ANSWERS)
    assert len(rs) >= 13
    assert len({r["proposition"] for r in rs}) == 1
    assert {r["event"] for r in rs} == {"Tesla robotaxi in ten US cities"}
    assert all(r["relative_to"] is None for r in rs)


@pytest.mark.parametrize("question, title_words", [
    ("Robotaxis in Austin: when?", {"Robotaxis", "Austin"}),
    ("Odds on a Fed rate cut before 2028?", {"Fed", "cut"}),
    ("Place your bets: when does GPT-6 ship?", {"GPT-6"}),
    ("Serious question - when does Starship land on Mars?", {"Starship", "Mars"}),
    ("Humanoid robots in homes are 5+ years away. Change my mind.", {"Humanoid", "robots", "homes"}),
    ("¿Cuándo llegará el metro a Getafe?", {"metro", "Getafe"}),
])
def test_questions_in_every_form_define_the_event_of_bare_answers(question, title_words):
    rs = fan_out(question, ["2027", "Probably Q1", "not before 2029"], lang="es" if "¿" in question else "en")
    assert len(rs) == 3 + ("years away" in question)  # "X is 5+ years away" is a forecast of its own
    assert len({r["proposition"] for r in rs}) == 1
    assert title_words <= set(re.findall(r"[\w-]+", rs[0]["event"])), rs[0]["event"]
    assert_titles_read(rs)


def test_a_deep_chain_keeps_the_event_and_each_relative_form_points_at_the_post_it_answers():
    rs = build(("When will China's large models reach Fable-level?", None, None),
               ("Q1 2027", 0, None),
               ("later than that", 1, None),
               ("agreed", 2, None),
               ("2029 imo", 3, None),
               ("nah, sooner", 4, None))
    by_post = {r["post_id"]: r for r in rs}
    assert set(by_post) == {"1001", "1002", "1003", "1004", "1005"}
    assert len({r["proposition"] for r in rs}) == 1
    assert by_post["1002"]["relative_to"] == "1001" and by_post["1002"]["window_start"] == "2027-04-01"
    assert by_post["1003"]["relative_to"] == "1002"
    assert by_post["1004"]["relative_to"] is None and by_post["1004"]["window_start"] == "2029-01-01"
    assert by_post["1005"]["relative_to"] == "1004"
    assert {r["event"] for r in rs} == {"China's large models reach Fable-level"}


def test_a_quote_post_answering_the_question_joins_its_proposition():
    rs = build(("When does the Orion-5 ship?", None, None),
               ("Q1 2027, very likely", 0, None),
               ("Lol no. Late 2027 at best, the fab is not ready", None, 0))
    assert len(rs) == 2 and len({r["proposition"] for r in rs}) == 1


def test_another_threshold_place_or_object_is_another_proposition():
    rs = build(("When does Tesla launch robotaxis in Austin?", None, None),
               ("June, probably", 0, None),
               ("Austin by June sure, but ten US cities? not before 2028", 0, None),
               ("BTC above $150k by 2027 is the real question", None, None),
               ("BTC below $80k by March first", 3, None))
    props = {r["quote"]: r["proposition"] for r in rs}
    june = next(p for q, p in props.items() if q.startswith("June"))
    cities = next(p for q, p in props.items() if "2028" in q)
    above = next(p for q, p in props.items() if "150k" in q)
    below = next(p for q, p in props.items() if "80k" in q)
    assert june != cities and above != below and len({june, cities, above, below}) == 4


def test_one_post_with_two_events_gives_two_records_in_two_propositions():
    rs = build(("Orion-5 might ship in May. The Kestrel lands in 2028.", None, None))
    assert len(rs) == 2
    assert rs[0]["proposition"] != rs[1]["proposition"]
    assert "Orion-5" in rs[0]["event"] and "Kestrel" in rs[1]["event"]


def test_other_windows_and_confidences_for_one_event_stay_one_proposition():
    rs = fan_out("When will the Fed make its first rate cut?",
                 ["September, probably", "The Fed cuts in December for sure", "first cut not before 2027",
                  "I'd put 30% on a cut by July"])
    assert len(rs) == 4 and len({r["proposition"] for r in rs}) == 1


@pytest.mark.parametrize("text", [
    "it went driverless in July and nobody noticed",
    "I never called uber, took the bus",
    "worked with them for 2 years but never met f2f.",
    "playing chess in a 300 year old living room tonight",
    "The Foundations workshop starts April 9, register now",
    "I'm flying with them in 2 weeks!!!",
    "Next year's theme: storytelling",
    "The officer was fired in 2021 and now faces charges.",
    "Amazing day at the rally: 'The people united will NEVER be defeated!'",
    "The city is never finished.",
    "I will never, ever give up on this fight.",
    "First blog post in a year and a half, enjoy",
    "Posting slides from the Feb talk",
    "How much has changed in 25 years between then and now",
    "Q1 2027 or Q1 2028?",
    "If they get the chips, 2027.",
    "I hope it ships by summer",
    "Robotaxis everywhere by 2027 /s",
])
def test_look_alike_non_forecasts_are_not_records(text):
    assert build((text, None, None)) == []


@pytest.mark.parametrize("text", [
    "Reliance will fall soon",
    "The tories will never win",
    "The richest person in the world will one day be an open source founder.",
    "new app icons are coming soon, stay tuned!",
    "Millions could be marching soon.",
    "The book will be available in about 8 weeks or so",
    "Production starts in early 2027.",
])
def test_forecasts_standing_alone_are_records(text):
    assert len(build((text, None, None))) == 1


def test_a_bare_date_is_a_forecast_only_when_it_answers_something():
    assert build(("#kmers Q1", None, None)) == []
    assert len(fan_out("When does the Orion-5 ship?", ["Q1"])) == 1


def test_titles_never_open_on_a_pronoun_or_stay_empty_in_a_messy_thread():
    rs = build(("Veyra confirms it's working on a foldable. No date, no price. When does it ship?", None, None),
               ("it ships in september, 70%", 0, None),
               ("they'll show it in the fall for sure", 0, None),
               ("nah, later", 1, None),
               ("2027 lol", 2, None))
    assert len(rs) == 4
    assert_titles_read(rs)
    assert all("Veyra" in r["event"] or "foldable" in r["event"] for r in rs), [r["event"] for r in rs]


@pytest.mark.parametrize("answer, start, end", [
    ("sub-4 by march tbh", "2026-06-18", "2027-03-31"),
    ("in may, probably", "2027-05-01", "2027-05-31"),
    ("dec", "2026-12-01", "2026-12-31"),
    ("by oct for sure", "2026-06-18", "2026-10-31"),
])
def test_lower_case_months_after_a_time_word_are_windows(answer, start, end):
    rs = fan_out("When do mortgage rates drop below 4%?", [answer])
    assert [(r["window_start"], r["window_end"]) for r in rs] == [(start, end)]


@pytest.mark.parametrize("text", ["prices may fall, who knows", "they march on regardless",
                                  "My 2020 was off to a super start. Cruise jan. Paris in march."])
def test_may_and_march_as_words_and_past_narratives_are_no_windows(text):
    assert fan_out("When do mortgage rates drop below 4%?", [text]) == []


def test_a_bare_yes_or_no_to_a_question_with_a_window_is_a_forecast_on_it():
    rs = fan_out("Quick poll: BTC above $150k by end of 2027?", ["yes", "nope", "unlikely", "70%"])
    assert [(r["confidence"], r["window_end"], r["relative_to"]) for r in rs] == [
        (0.9, "2027-12-31", None), (0.1, "2027-12-31", None), (0.25, "2027-12-31", None), (0.7, "2027-12-31", None)]
    assert len({r["proposition"] for r in rs}) == 1


def test_a_window_echoing_the_answered_forecast_with_a_relative_form_is_that_form():
    rs = build(("When will the Orion-5 ship?", None, None), ("next year", 0, None),
               ("next year is way too optimistic", 1, None))
    last = rs[-1]
    assert last["relative_to"] == "1001" and last["window_start"] == "2028-01-01" and last["window_end"] is None


@pytest.mark.parametrize("answer, confidence", [("not this year", 0.1), ("no launch this year", 0.1),
                                                 ("probly 2027", 0.7), ("doubt it's before 2028", 0.25)])
def test_denied_windows_and_loose_hedges(answer, confidence):
    rs = fan_out("When does the Orion-5 launch?", [answer])
    assert [r["confidence"] for r in rs] == [confidence]


def test_yes_with_its_own_window_is_one_record_and_no_beside_another_event_is_two():
    rs = fan_out("Quick poll: Corvid lands Tern on the Moon by end of 2027?",
                 ["yes. Q4 2026.", "nope. they'll be bankrupt by 2027"])
    by_quote = {r["quote"]: r for r in rs}
    assert set(by_quote) == {"Q4 2026.", "nope.", "they'll be bankrupt by 2027"}
    assert by_quote["nope."]["proposition"] == by_quote["Q4 2026."]["proposition"]
    assert by_quote["they'll be bankrupt by 2027"]["proposition"] != by_quote["nope."]["proposition"]


def test_two_questions_in_one_sentence_define_two_events():
    rs = build(("New SOTA on HorizonBench: 71.4%. When does a model beat the humans, and when is it saturated (95+)?",
                None, None),
               ("beats the human baseline by EOY", 0, None), ("saturated next year", 0, None))
    assert len(rs) == 2 and rs[0]["proposition"] != rs[1]["proposition"]
    assert "humans" in rs[0]["event"] and "saturated" in rs[1]["event"]


def test_a_reply_picks_the_forecast_its_words_are_about():
    rs = build(("Is the sequel finally happening?", None, None),
               ("publisher announces a date by spring, book out in the autumn.", 0, None),
               ("autumn is way too early", 1, None))
    book = next(r for r in rs if r["quote"].startswith("publisher") and r["window_start"] >= "2026-09-01")
    assert rs[-1]["relative_to"] == "1001" and rs[-1]["proposition"] == book["proposition"]
    assert rs[-1]["window_start"] == "2026-12-01"
