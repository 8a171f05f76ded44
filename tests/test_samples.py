"""The bundled seed exchange reads the same from all three of its formats."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import threadscope

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FILES = ["fable_thread.twarc2.jsonl", "fable_thread.v1.jsonl", "fable_thread.csv"]
MAIN = "2067422093443612672"


@pytest.fixture(scope="module")
def corpora():
    return {name: threadscope.load([SAMPLES / name]) for name in FILES}


def raw_v2_tweets() -> dict[str, dict]:
    out = {}
    for line in (SAMPLES / FILES[0]).read_text(encoding="utf-8").splitlines():
        for t in json.loads(line)["data"]:
            out[t["id"]] = t
    return out


def test_every_sample_loads_without_problems(corpora):
    raw = raw_v2_tweets()
    for name, corpus in corpora.items():
        assert not corpus.problems, name
        assert set(corpus.by_id) == set(raw), name
        assert all(isinstance(i, str) for i in corpus.by_id)


def test_same_conversation_in_every_format(corpora):
    def shape(c):
        return {i: (p.author, p.kind, p.reply_to_id, p.quoted_id, p.retweeted_id, p.body, p.created_at)
                for i, p in c.by_id.items()}
    reference = shape(corpora[FILES[0]])
    for name in FILES[1:]:
        assert shape(corpora[name]) == reference, name


def test_reply_structure_matches_the_raw_references(corpora):
    raw = raw_v2_tweets()
    corpus = corpora[FILES[0]]
    for tid, t in raw.items():
        parent = next((r["id"] for r in t.get("referenced_tweets", []) if r["type"] == "replied_to"), None)
        assert corpus.by_id[tid].reply_to_id == parent
        if parent and t["conversation_id"] == MAIN:
            assert corpus.thread(MAIN).graph.edges[tid, parent]["kind"] == "reply"


def test_seed_posts_read_as_people_read_them(corpora):
    c = corpora[FILES[0]]
    by_text = {p.body: p for p in c.by_id.values()}
    assert by_text["Probably Q1"].author == "elonmusk"
    tang = by_text["It won't take that long"]
    assert tang.author == "jietang"
    assert c.by_id[tang.reply_to_id].author == "elonmusk"
    assert tang.text.startswith("@")
    root = c.by_id[MAIN]
    raw_root = raw_v2_tweets()[MAIN]
    assert len(raw_root["text"]) < len(raw_root["note_tweet"]["text"])
    assert root.text.startswith(raw_root["note_tweet"]["text"][:100])
    assert "…" not in root.text[-3:]
    for p in c.by_id.values():
        assert "&amp;" not in p.text and "&lt;" not in p.text
        assert "https://t.co/" not in p.text
    assert any("&" in p.text for p in c.by_id.values())
    for rt in (p for p in c.by_id.values() if p.kind == "retweet"):
        assert not rt.text.startswith("RT @")
        assert rt.text == c.by_id[rt.retweeted_id].text


def test_deleted_parent_is_a_placeholder(corpora):
    for name in FILES:
        corpus = corpora[name]
        orphan = next(p for p in corpus.by_id.values() if p.reply_to_id and p.reply_to_id not in corpus.by_id)
        thread = next(t for t in corpus.threads if orphan.id in t.by_id)
        node = thread.graph.nodes[orphan.reply_to_id]
        assert node["role"] == "missing", name
        assert node["author"] == "cryo_capex" or node["author_id"] == "1615118983332106240", name
        below = [c for c, _ in thread.graph.in_edges(orphan.reply_to_id)]
        assert orphan.id in below
    v2 = corpora[FILES[0]]
    node = v2.thread(MAIN).graph.nodes[orphan.reply_to_id]
    assert node["reason"] == "deleted or not found"
    assert v2.thread(MAIN).graph.edges[orphan.reply_to_id, MAIN]["kind"] == "gap"


def test_all_three_together_are_one_corpus(corpora):
    together = threadscope.load([SAMPLES / f for f in FILES])
    assert set(together.by_id) == set(corpora[FILES[0]].by_id)
    assert [t.id for t in together.threads] == [t.id for t in corpora[FILES[0]].threads]
    assert not together.problems
