"""Proposition grouping: the event key, the same-event rule, and how a
thread's questions and answers place forecasts (threadscope.forecasts.propositions)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from threadscope.corpus import from_posts
from threadscope.forecasts import extract_forecasts
from threadscope.forecasts.questions import question_event as _question_event
from threadscope.forecasts.sentences import clean_event as _clean_event
from threadscope.model import Post
from threadscope.forecasts.propositions import event_key, same_event
from test_forecasts import D, records

TODAY = date(2026, 6, 18)


def same(a: str, b: str) -> bool:
    return same_event(event_key(a), event_key(b))


@pytest.mark.parametrize("a, b", [
    ("BTC above $150k", "BTC hits $150k"),                       # reaching a figure is one word
    ("BTC above $150k", "Bitcoin crosses 150k"),                 # alias, "$" dropped
    ("Corvid ship the R9 accelerator", "the R9 shipping"),       # one says no more than the other
    ("for a Fable-level Chinese model", "Fable-level from China"),  # weak first word matches a name
    ("Norvik delivers the Arcadia", "Arcadia deliveries"),        # crude stems meet
    ("Aurora flies", "Aurora flight"),
])
def test_same_event(a, b):
    assert same(a, b) and same(b, a)


@pytest.mark.parametrize("a, b", [
    ("BTC above $150k", "BTC above $200k"),                      # another figure
    ("the Fed cuts", "the ECB cuts"),                            # another name
    ("a crewed Aurora flight", "the first orbital Aurora flight"),  # each says something the other lacks
    ("catch an Aurora booster", "the first Aurora flight"),
    ("Global CO2 emissions peak", "Global coal use below 2015"),
])
def test_different_events(a, b):
    assert not same(a, b) and not same(b, a)


def test_sentence_initial_capital_is_no_name():
    key = event_key("Updating: $1B worldwide")
    assert "updating" not in key.names and "updat" in key.words
    assert "tide" in event_key("Neon Tide crosses $1B").names


def test_labels_and_first_person_framing_leave_the_event():
    assert _clean_event("Updating: $1B worldwide is a coin flip") .startswith("$1B")
    assert _clean_event("My own call, for the record: the EU's 2040 target") == "the EU's 2040 target"
    assert _clean_event("I'd put on $150k") == "$150k"
    assert _clean_event("ECB: another cut") == "ECB: another cut"   # a name before the colon stays


@pytest.mark.parametrize("question, before, expect", [
    ("when does it ship?", "Meridian AI's Orion-5: ", "Meridian AI's Orion-5 ship"),
    ("When do we actually get it?", "Kestrel just showed Starfall Odyssey again. No date. ", "Starfall Odyssey"),
    ("Does it cross $1B worldwide?", "Neon Tide opens today. ", "Neon Tide crosses $1B worldwide"),
    ("¿Habrá elecciones anticipadas en España antes de 2027?", "", "elecciones anticipadas en España"),
    ("What's your call?", "Norvik Arcadia deliveries keep slipping. ", "Norvik Arcadia deliveries"),
])
def test_questions_define_events(question, before, expect):
    assert expect in _question_event(question, before, TODAY)


def test_why_questions_define_no_event():
    assert _question_event("Why so bearish?", "", TODAY) is None


def test_answers_to_a_question_about_a_named_thing_share_its_proposition():
    rs = records("Meridian AI's Orion-5: when does it ship?", "Q1 2027, very likely.", "Orion-5 won't ship before 2028.")
    assert len(rs) == 2 and len({r["proposition"] for r in rs}) == 1
    assert "Orion-5" in rs[0]["event"]


def test_two_windows_joined_by_and_are_two_events():
    rs = records("I expect Orion-5 in February, and an open-weights Orion-5-mini by mid 2026.")
    assert len(rs) == 2 and rs[0]["proposition"] != rs[1]["proposition"]
    assert "mini" not in rs[0]["event"] and "mini" in rs[1]["event"]


def _foreign_answer(question: str, answer: str, lang: str) -> dict:
    q = Post(id="1", author_id="u1", author="asker", text=question, created_at=D, kind="post",
             conversation_id="1", lang="en")
    a = Post(id="2", author_id="u2", author="answerer", text=answer, created_at=D + timedelta(minutes=1),
             kind="reply", conversation_id="1", reply_to_id="1", lang=lang)
    return extract_forecasts(from_posts([q, a]).threads)[0].as_dict()


def test_foreign_reply_takes_the_question_it_answers_unless_it_names_another_code():
    r = _foreign_answer("Predictions for the first orbital flight of Aurora?",
                        "Der Erstflug kommt frühestens im Herbst.", "de")
    assert "Aurora" in r["event"]
    r = _foreign_answer("When does the R9 ship?", "R8 kommt wahrscheinlich im Herbst.", "de")
    assert "R9" not in r["event"]


def test_a_comma_between_two_windows_ends_the_first_event():
    rs = records("so: announcement in September 2026, on shelves by October 2026.")
    assert [r["event"].lower() for r in rs] == ["announcement", "on shelves"]
    assert rs[0]["proposition"] != rs[1]["proposition"]


def test_the_registry_index_finds_what_comparing_with_every_key_finds():
    """Registry.find compares only keys sharing its numbers and a term; on
    the events and quotes the extractor finds in the labelled sets (which
    share words, names, only weak words, only figures, or nothing) it must
    answer what a scan of every proposition in order answers."""
    from pathlib import Path

    import threadscope
    from threadscope.forecasts.propositions import Registry, _said

    strings = []
    for folder in sorted((Path(__file__).parent / "data").glob("forecasts*")):
        for r in extract_forecasts(threadscope.load(folder).threads):
            strings += [r.quote, r.event]
    keys = [event_key(t) for t in strings]
    only_weak = sum(1 for a, b in zip(keys, keys[1:]) if same_event(a, b) and not (a.names & b.names or a.words
                                                                                   & b.words))
    assert len(strings) > 500 and only_weak > 0
    registry, found_some = Registry(), 0
    for text, key in zip(strings, keys):
        said = _said(text)
        scan = next((pid for pid, other in registry.keys if same_event(key, other)),
                    registry.texts.get(said) if said else None)
        assert registry.find(text) == scan, text
        found_some += scan is not None
        registry.assign(text)
    assert found_some > 50 and len(registry.keys) > 100
