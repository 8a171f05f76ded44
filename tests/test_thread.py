"""Conversations, placeholders and the measures read off the reply tree."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from threadscope.corpus import from_posts
from threadscope.model import Missing, Post

T0 = datetime(2026, 6, 18, tzinfo=timezone.utc)


def post(i, author, parent=None, conv="1", minutes=0, **kw) -> Post:
    kind = "reply" if parent else kw.pop("kind", "post")
    return Post(id=i, author_id=f"u{author}", author=author, text=f"text {i}", created_at=T0 + timedelta(minutes=minutes),
                kind=kind, conversation_id=conv, reply_to_id=parent, **kw)


@pytest.fixture
def tree():
    #      1 (ann)
    #     /   \
    #   2 bob  3 cat
    #   |      |  \
    #   4 ann  5 cat(self) 6 bob
    #   |
    #   7 bob
    return from_posts([
        post("1", "ann"), post("2", "bob", "1", minutes=1), post("3", "cat", "1", minutes=2),
        post("4", "ann", "2", minutes=3), post("5", "cat", "3", minutes=4), post("6", "bob", "3", minutes=5),
        post("7", "bob", "4", minutes=9),
    ])


def test_metrics(tree):
    t = tree.threads[0]
    assert t.root.id == "1"
    depth = {i: m.depth for i, m in t.metrics.items()}
    assert depth == {"1": 0, "2": 1, "3": 1, "4": 2, "5": 2, "6": 2, "7": 3}
    assert {i: m.subtree_size for i, m in t.metrics.items()} == {"1": 7, "2": 3, "3": 3, "4": 2, "5": 1, "6": 1, "7": 1}
    assert t.metrics["3"].replies == 2 and t.metrics["7"].replies == 0
    assert t.metrics["7"].seconds_since_parent == 360
    assert t.metrics["1"].seconds_since_parent is None
    s = t.summary
    assert (s["posts"], s["depth"], s["breadth"], s["branches"], s["top_level_replies"]) == (7, 3, 3, 3, 2)
    assert (s["participants"], s["self_replies"], s["missing"]) == (3, 1, 0)
    assert s["span_hours"] == 0.15


def test_participants_and_their_graph(tree):
    t = tree.threads[0]
    df = t.participants.set_index("user")
    assert df.loc["bob", "posts"] == 3 and df.loc["bob", "replies_sent"] == 3
    assert df.loc["ann", "replies_received"] == 3
    assert df.loc["cat", "self_replies"] == 1 and df.loc["cat", "replies_sent"] == 1
    assert bool(df.loc["ann", "is_root_author"]) and not bool(df.loc["bob", "is_root_author"])
    g = t.participant_graph
    assert g["bob"]["ann"]["replies"] == 2 and g["bob"]["cat"]["replies"] == 1
    assert not g.has_edge("cat", "cat")


def test_missing_parent_keeps_its_branch_under_a_placeholder():
    corpus = from_posts([
        post("1", "ann"), post("3", "cat", "2", minutes=2, reply_to_user="bob", reply_to_user_id="ubob"),
        post("4", "dan", "3", minutes=3),
    ])
    corpus.known_missing["2"] = Missing("2", "deleted or not found")
    corpus.finish()
    t = corpus.threads[0]
    assert t.graph.nodes["2"]["role"] == "missing"
    assert t.graph.nodes["2"]["author"] == "bob"
    assert t.graph.nodes["2"]["reason"] == "deleted or not found"
    assert t.graph.edges["2", "1"]["kind"] == "gap"
    assert t.metrics["4"].depth == 3
    assert t.summary["missing"] == 1
    assert t.participants.set_index("user").loc["bob", "replies_received"] == 1


def test_missing_root_without_conversation_ids():
    corpus = from_posts([post("3", "cat", "2", conv=None), post("4", "dan", "3", conv=None)])
    [t] = corpus.threads
    assert t.id == "2" and t.root is None
    assert t.graph.nodes["2"]["role"] == "missing"
    assert t.metrics["4"].depth == 2


def test_conversation_from_the_reply_chain_when_the_format_has_none():
    corpus = from_posts([post("1", "ann", conv=None), post("2", "bob", "1", conv=None), post("3", "ann", "2", conv=None),
                         post("9", "eve", conv=None)])
    assert sorted((t.id, len(t)) for t in corpus.threads) == [("1", 3), ("9", 1)]


def test_quotes_link_conversations_without_merging_them():
    corpus = from_posts([post("1", "ann"), post("2", "bob", "1", minutes=1),
                         post("50", "zed", conv="50", minutes=5, kind="quote", quoted_id="2")])
    main, quote = corpus.thread("1"), corpus.thread("50")
    assert set(main.by_id) == {"1", "2"}
    assert main.graph.nodes["50"]["role"] == "external"
    assert main.graph.edges["50", "2"]["kind"] == "quote"
    assert main.summary["quoted_by"] == 1
    assert quote.graph.edges["50", "2"]["kind"] == "quote"
    assert main.participants.set_index("user").loc["bob", "quotes_received"] == 1


def test_retweets_stay_out_of_the_tree():
    corpus = from_posts([post("1", "ann"), Post(id="8", author_id="ux", author="x", text="text 1", kind="retweet",
                                                 retweeted_id="1", conversation_id="8")])
    [t] = corpus.threads
    assert "8" not in t.graph
    assert [r.id for r in t.retweets] == ["8"]


def test_duplicate_copies_keep_the_richest():
    short = Post(id="1", author_id="u1", author=None, text="RT @a: cut…", truncated=True, primary=True)
    full = Post(id="1", author_id="u1", author="ann", text="the whole text", primary=False, lang="en")
    for order in ((short, full), (full, short)):
        p = from_posts(order).by_id["1"]
        assert p.text == "the whole text" and p.author == "ann" and p.lang == "en"


def test_edits_resolve_to_the_newest_version():
    old = post("10", "ann", edit_ids=("10", "11"))
    new = Post(id="11", author_id="uann", author="ann", text="fixed", created_at=T0, conversation_id="10",
               edit_ids=("10", "11"))
    reply = post("12", "bob", "10", conv="10", minutes=1)
    corpus = from_posts([old, new, reply])
    assert corpus.resolve("10") == "11" and "10" in corpus.superseded and "10" not in corpus.by_id
    [t] = corpus.threads
    assert t.graph.edges["12", "11"]["kind"] == "reply"
    assert t.id == "11" and t.root.text == "fixed" and t.summary["missing"] == 0


def _v1(i, author, parent=None, parent_author=None, mentions="", minutes=0):
    """A v1.1-like post: no conversation id, leading mentions in the text."""
    text = f"{mentions} words of {i}".strip()
    return Post(id=i, author_id=f"u{author}", author=author, text=text, created_at=T0 + timedelta(minutes=minutes),
                kind="reply" if parent else "post", reply_to_id=parent, reply_to_user=parent_author,
                body_start=len(mentions) + 1 if mentions else 0)


def _snowflake(minutes: int) -> str:
    ms = int((T0 + timedelta(minutes=minutes)).timestamp() * 1000) - 1288834974657
    return str(ms << 22)


def test_branch_under_a_missing_post_rejoins_its_conversation_by_mentions():
    root, other = _snowflake(0), _snowflake(1)
    gone = _snowflake(5)
    posts = [_v1(root, "ann", minutes=0), _v1(_snowflake(2), "bob", root, "ann", "@ann", 2),
             _v1(other, "dan", minutes=1),
             _v1(_snowflake(10), "eve", gone, "cat", "@cat @ann", 10),
             _v1(_snowflake(11), "fay", _snowflake(10), "eve", "@eve @cat @ann", 11)]
    corpus = from_posts(posts)
    assert sorted(len(t) for t in corpus.threads) == [1, 4]
    main = corpus.thread(root)
    assert gone in main.missing and main.reply_parents[gone] == root
    assert "cat" in main.participant_keys and main.participant_keys["cat"] == 1


def test_orphan_branch_stays_apart_when_its_mentions_fit_no_or_two_conversations():
    root1, root2, gone = _snowflake(0), _snowflake(1), _snowflake(5)
    both = [_v1(root1, "ann"), _v1(root2, "ann", minutes=1),
            _v1(_snowflake(10), "eve", gone, "cat", "@cat @ann", 10)]
    assert len(from_posts(both).threads) == 3
    later = [_v1(root1, "ann", minutes=30), _v1(_snowflake(40), "eve", gone, "cat", "@cat @ann", 40)]
    assert len(from_posts(later).threads) == 2
