"""The forecast pass walks reply chains; on a deep chain each walk must
cost about one step per post, and remembering walks must not change a
record."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

import threadscope
from threadscope.corpus import from_posts
from threadscope.forecasts import extract, extract_forecasts
from threadscope.model import Post
from threadscope.thread import Thread
from test_forecasts import D

DATA = Path(__file__).parent / "data"


def chain(texts: list[str], cycle: bool = False) -> list[Post]:
    """A reply chain by two people; with ``cycle`` the root replies to the last post."""
    n = len(texts)
    return [Post(id=str(1000 + i), author_id=f"u{i % 2}", author=f"user{i % 2}", text=t,
                 created_at=D + timedelta(seconds=i), kind="reply" if i or cycle else "post", conversation_id="1000",
                 reply_to_id=str(999 + i) if i else (str(999 + n) if cycle else None), lang="en")
            for i, t in enumerate(texts)]


def _forgetful(monkeypatch):
    """The pass with every walk from scratch, as before walks were remembered."""
    walk = extract._context
    monkeypatch.setattr(extract, "_context", lambda thread, post, found, questions, above=None:
                        walk(thread, post, found, questions))


def _sparse(n: int) -> list[str]:
    texts = ["Will GPT-6 ship before 2028?"] + ["I see what you mean."] * n
    texts[n // 3] = "Probably by Q1 2027."
    texts[2 * n // 3] = "When will Grok 5 be released?"
    return texts + ["Maybe 60%.", "No way before 2029."]


def _late_question() -> list[Post]:
    """A question posted (or timestamped) after the replies under it that
    came first: walks made before it counted must be forgotten."""
    posts = chain(["I see what you mean."] * 300 + ["Maybe 60%.", "No way before 2029."])
    q = posts[100]
    posts[100] = Post(**{**{f: getattr(q, f) for f in q.__slots__}, "text": "When will Grok 5 be released?",
                         "created_at": D + timedelta(seconds=250.5)})
    return posts


@pytest.mark.parametrize("name, threads", [
    ("late question", lambda: from_posts(_late_question()).threads),
    ("sparse chain", lambda: from_posts(chain(_sparse(300))).threads),
    ("cycle", lambda: from_posts(chain(_sparse(50), cycle=True)).threads),
    ("seed sample", lambda: threadscope.load([Path(__file__).parents[1] / "samples"]).threads),
    ("labelled dev threads", lambda: threadscope.load([DATA / "forecasts_dev2", DATA / "forecasts_messy_dev"]).threads),
])
def test_remembered_walks_give_the_same_records(name, threads, monkeypatch):
    remembered = [r.as_dict() for r in extract_forecasts(threads())]
    _forgetful(monkeypatch)
    fresh = [r.as_dict() for r in extract_forecasts(threads())]
    assert remembered == fresh
    assert remembered or name == "cycle"


def test_a_deep_chain_without_questions_is_walked_once(monkeypatch):
    n = 3000
    thread = from_posts(chain(["I see what you mean."] * n)).threads[0]
    steps = 0
    parent_id = Thread.parent_id

    def counted(self, post):
        nonlocal steps
        steps += 1
        return parent_id(self, post)

    monkeypatch.setattr(Thread, "parent_id", counted)
    assert extract_forecasts(thread) == []
    assert steps < 20 * n, steps
