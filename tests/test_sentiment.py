"""Sentiment: VADER on English posts, nothing on other languages, and long
posts scored piecewise with the same result as scoring the pieces."""
from __future__ import annotations

import pytest

from threadscope.model import Post
from threadscope.stance.sentiment import (
    CHUNK,
    analyzer,
    chunks,
    is_english,
    label_of,
    post_sentiment,
    score_text,
)


def post(text: str, lang: str | None = "en", body_start: int = 0) -> Post:
    return Post(id="1", author_id="u1", author="someone", text=text, lang=lang, body_start=body_start)


@pytest.mark.parametrize("text,label", [
    ("I love this, great work, thank you!", "positive"),
    ("This is terrible and I hate it.", "negative"),
    ("The meeting is at 3pm in room 4.", "neutral"),
])
def test_labels_follow_the_lexicon(text, label):
    s = score_text(text)
    assert s.label == label
    assert -1.0 <= s.compound <= 1.0
    assert abs(s.pos + s.neu + s.neg - 1.0) < 0.01


def test_thresholds():
    assert label_of(0.05) == "positive" and label_of(-0.05) == "negative" and label_of(0.0) == "neutral"
    assert label_of(None) is None


def test_short_text_is_scored_whole_as_vader_scores_it():
    text = "Not bad at all, but the pricing is awful."
    raw = analyzer().polarity_scores(text)
    s = score_text(text)
    assert (s.compound, s.pos, s.neu, s.neg) == (raw["compound"], raw["pos"], raw["neu"], raw["neg"])


def test_one_shared_analyzer():
    assert analyzer() is analyzer()


def _long_text() -> str:
    sentences = ["The release is impressive and the team did great work.",
                 "Sadly the documentation is awful and the installer crashes.",
                 "Benchmarks were run on 4 GPUs.",
                 "I am not happy with the licence, but it is better than nothing!"]
    out, i = [], 0
    while sum(len(s) + 1 for s in out) < 25_000:
        out.append(sentences[i % len(sentences)])
        i += 1
    return " ".join(out)


def test_long_text_is_the_word_weighted_mean_of_its_pieces():
    text = _long_text()
    assert len(text) >= 25_000
    pieces = chunks(text)
    assert len(pieces) > 1 and all(len(p) <= CHUNK for p in pieces)
    assert " ".join(pieces).split() == text.split()
    weights = [len(p.split()) for p in pieces]
    scored = [analyzer().polarity_scores(p) for p in pieces]
    expect = sum(w * s["compound"] for w, s in zip(weights, scored)) / sum(weights)
    got = score_text(text)
    assert got.compound == pytest.approx(expect, abs=1e-4)
    assert got.neg == pytest.approx(sum(w * s["neg"] for w, s in zip(weights, scored)) / sum(weights), abs=1e-4)
    assert min(s["compound"] for s in scored) <= got.compound <= max(s["compound"] for s in scored)


def test_a_sentence_longer_than_a_piece_is_cut_without_losing_words():
    text = " ".join(["word"] * 2000) + " " + "x" * 1500
    pieces = chunks(text)
    assert all(len(p) <= CHUNK for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("text,lang", [
    ("Totalmente de acuerdo: los benchmarks se alcanzan rápido, la utilidad real es otra cosa.", "es"),
    ("Totalmente de acuerdo: los benchmarks se alcanzan rápido, la utilidad real es otra cosa.", None),
    ("同意，今年就会追上", "zh"),
    ("同意，今年就会追上", None),
    ("Das ist nicht gut, aber die Daten sind ein Anfang.", "und"),
    ("I love it", "fr"),
])
def test_other_languages_get_no_sentiment(text, lang):
    assert post_sentiment(post(text, lang)) is None


@pytest.mark.parametrize("text,lang", [
    ("This is wonderful news", None), ("RIP 🙏", "und"), ("lol", "und"), ("https://t.co/x", "zxx"),
])
def test_english_and_undetermined_posts_are_scored(text, lang):
    assert is_english(text, lang)
    assert post_sentiment(post(text, lang)) is not None


def test_the_hidden_reply_prefix_is_not_scored():
    text = "@awful_person @terrible_bot thanks, that helped"
    p = post(text, body_start=text.index("thanks"))
    assert post_sentiment(p) == score_text("thanks, that helped")
