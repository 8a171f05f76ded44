"""threadscope.select: the rules of --conversation, --since, --until and --author."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd
import pytest

import threadscope
from threadscope.analysis import claims_of, forecasts_of, stance_of
from threadscope.corpus import from_posts
from threadscope.model import Post
from threadscope.select import (Narrowed, Selection, analyses_of, parse_time, participant_graph_of, participants_of,
                                posts_of, reply_graph_of)

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "fable_thread.twarc2.jsonl"
MAIN = "2067422093443612672"
ZAI = "2066490935046336512"
QUOTE = "2067454214568751104"        # paulo_tokens quoting Elon: its own conversation
UTC = timezone.utc
T0 = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)


def post(i, author, minutes, parent=None, conv="1", author_id=None, **kw):
    return Post(id=i, author_id=author_id or f"u{author}", author=author, text=f"text {i}",
                created_at=None if minutes is None else T0 + timedelta(minutes=minutes), conversation_id=conv,
                reply_to_id=parent, kind="reply" if parent else "post", **kw)


@pytest.fixture(scope="module")
def small():
    """Two conversations: 1 (Ann 23:30 on 1 March, Bob 00:10 on 2 March, a handle-less
    account 999, a post without a time) and 20 (Cat at midnight, then Ann, on 6 March)."""
    return from_posts([
        post("1", "Ann", 0), post("2", "bob", 40, "1"), post("3", None, 750, "2", author_id="999"),
        post("4", "dan", None, "1"),
        post("20", "cat", 5790, conv="20"), post("21", "Ann", 5850, "20", conv="20"),
        Post(id="9", author_id="ueve", author="eve", text="RT", created_at=T0 + timedelta(days=30), kind="retweet",
             retweeted_id="1"),
    ])


@pytest.fixture(scope="module")
def sample():
    return threadscope.load([SAMPLE])


# ------------------------------------------------------------------ parsing

@pytest.mark.parametrize("text, end, expected", [
    ("2026-06-18", False, datetime(2026, 6, 18, tzinfo=UTC)),
    ("2026-06-18", True, datetime(2026, 6, 18, 23, 59, 59, 999999, tzinfo=UTC)),
    (" 2026-06-18 ", False, datetime(2026, 6, 18, tzinfo=UTC)),
    ("2026-06-18T03:00", False, datetime(2026, 6, 18, 3, tzinfo=UTC)),
    ("2026-06-18T03:00", True, datetime(2026, 6, 18, 3, tzinfo=UTC)),        # a time is a time, not a day
    ("2026-06-18 03:00:07", False, datetime(2026, 6, 18, 3, 0, 7, tzinfo=UTC)),
    ("2026-06-18T03:00:00Z", False, datetime(2026, 6, 18, 3, tzinfo=UTC)),
    ("2026-06-18T05:00+02:00", False, datetime(2026, 6, 18, 3, tzinfo=UTC)),
    ("2026-06-17T22:00-05:00", False, datetime(2026, 6, 18, 3, tzinfo=UTC)),
])
def test_parse_time(text, end, expected):
    got = parse_time(text, end_of_day=end)
    assert got == expected and got.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["2026-13-01", "2026-02-30", "yesterday", "18/06/2026", "", "2026-06-18T25:00",
                                  "June 18"])
def test_parse_time_rejects(text):
    with pytest.raises(ValueError):
        parse_time(text)


def test_parse_validates_and_normalises():
    sel = Selection.parse("123", "2026-06-18", "2026-06-18", ["@ElonMusk", "jietang,ID:46820119", " teortaxesTex "])
    assert sel.conversation == "123"
    assert sel.since == datetime(2026, 6, 18, tzinfo=UTC) and sel.until.hour == 23
    assert sel.authors == {"elonmusk", "jietang", "id:46820119", "teortaxestex"}
    assert Selection.parse() == Selection() and not Selection().narrows_posts
    with pytest.raises(ValueError, match="--since 2026-06-19T00:00:00Z is after --until 2026-06-18T23:59:59"):
        Selection.parse(since="2026-06-19", until="2026-06-18")
    with pytest.raises(ValueError, match="--until"):
        Selection.parse(until="tomorrow")
    for bad in ([""], [","], ["@"], ["id:"], ["two words"]):
        with pytest.raises(ValueError, match="--author"):
            Selection.parse(authors=bad)
    with pytest.raises(ValueError, match="after"):
        Selection(since=datetime(2026, 2, 1, tzinfo=UTC), until=datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="timezone"):
        Selection(since=datetime(2026, 1, 1))


# ------------------------------------------------------------------ posts

def test_a_post_matches_window_and_authors(small):
    by = small.by_id
    sel = Selection.parse(since="2026-03-02", until="2026-03-02")
    assert [p for p in "1234" if sel.matches(by[p])] == ["2", "3"]      # 23:30 on 1 March is out; 4 has no time
    assert sel.matches(by["4"]) is False and Selection().matches(by["4"]) is True
    edge = Selection.parse(since="2026-03-01T23:30", until="2026-03-02T00:10")      # both ends inclusive
    assert edge.matches(by["1"]) and edge.matches(by["2"]) and not edge.matches(by["3"])
    zoned = Selection.parse(since="2026-03-02T01:10+01:00")                          # = 00:10Z
    assert zoned.matches(by["2"]) and not zoned.matches(by["1"])
    assert Selection.parse(since="2026-03-02T00:11").matches(by["2"]) is False
    people = Selection.parse(authors=["ANN", "@Bob"])
    assert [p for p in ("1", "2", "3", "20", "21") if people.matches(by[p])] == ["1", "2", "21"]
    assert Selection.parse(authors=["id:999"]).matches(by["3"])           # no handle: the participant key
    assert Selection.parse(authors=["id:uAnn"]).matches(by["1"])          # the id also matches a known handle
    assert not Selection.parse(authors=["999"]).matches(by["3"])
    assert Selection.parse(authors=["elonmusk"]).matches(by["3"], holder="ElonMusk")
    assert not Selection.parse(authors=["x"]).matches(None) and Selection().matches(None)


def test_conversations_kept_whole(small):
    threads = small.threads
    assert [t.id for t in Selection.parse(authors=["ann"]).threads(threads)] == [t.id for t in threads]
    assert [t.id for t in Selection.parse(authors=["cat"]).threads(threads)] == ["20"]
    assert [t.id for t in Selection.parse(until="2026-03-02").threads(threads)] == ["1"]
    assert Selection.parse(since="2026-03-06T01:00:01").threads(threads) == []
    # a retweet (eve, 31 March) is listed with conversation 1 but is no post of it
    assert Selection.parse(authors=["eve"]).threads(threads) == []
    assert Selection.parse(since="2026-03-20").threads(threads) == []
    assert [t.id for t in Selection.parse("20", authors=["ann"]).threads(threads)] == ["20"]
    assert Selection.parse("20", authors=["bob"]).threads(threads) == []
    with pytest.raises(LookupError, match="no conversation 7 in the input"):
        Selection.parse("7").threads(threads)


def test_rows_pick_posts(small):
    table = small.posts
    assert Selection().rows(table, small, id_column="id") is table
    picked = Selection.parse(since="2026-03-02", authors=["ann", "eve"]).rows(table, small, id_column="id")
    assert picked["id"].tolist() == ["9", "21"] and picked.index.tolist() == [0, 1]   # retweets by their own time
    assert Selection.parse("20").rows(table, small, id_column="id")["id"].tolist() == ["20", "21"]
    frame = pd.DataFrame({"post_id": ["1", "2", "21", None], "holder": ["Ann", "zed", "Ann", None]})
    assert Selection.parse(authors=["zed"]).rows(frame, small)["post_id"].tolist() == []
    assert Selection.parse(authors=["zed"]).rows(frame, small, holder_column="holder")["post_id"].tolist() == ["2"]
    assert Selection.parse("1", authors=["ann"]).rows(frame, small, holder_column="holder")["post_id"].tolist() == ["1"]


def test_posts_and_participants_of(small):
    assert posts_of(small, Selection.parse(authors=["bob", "cat"]))["id"].tolist() == ["2", "20"]
    assert posts_of(small, Selection.parse("1", until="2026-03-02"))["id"].tolist() == ["1", "2", "3"]
    people = participants_of(small, Selection.parse(authors=["cat"]))
    assert people["conversation_id"].unique().tolist() == ["20"] and set(people["user"]) == {"cat", "Ann"}
    one = participants_of(small, Selection.parse("1"))
    assert "conversation_id" not in one.columns and len(one) == 4
    empty = participants_of(small, Selection.parse("1", authors=["cat"]))
    assert list(empty.columns) == list(one.columns) and len(empty) == 0


# ------------------------------------------------------------------ graphs and analyses (the sample)

def test_graphs_of_the_conversations_kept(sample):
    every = reply_graph_of(sample, Selection())
    assert every.number_of_nodes() == threadscope.export.reply_graph(sample).number_of_nodes()
    tang = reply_graph_of(sample, Selection.parse(authors=["JieTang"]))
    convs = {d.get("conversation_id") for _, d in tang.nodes(data=True)}
    assert MAIN in tang and "2067495046059446272" in tang and ZAI not in tang and QUOTE not in tang
    assert convs <= {MAIN, "2067495046059446272"}
    one = reply_graph_of(sample, Selection.parse(MAIN, authors=["jietang"]))
    assert one.number_of_nodes() == sample.thread(MAIN).graph.number_of_nodes()
    assert reply_graph_of(sample, Selection.parse(MAIN, authors=["Zai_org"])).number_of_nodes() == 0
    people = participant_graph_of(sample, Selection.parse(authors=["paulo_tokens"]))
    assert set(people.nodes) == {"paulo_tokens", "Zai_org", "elonmusk"}     # his quote of Elon counts
    assert Narrowed(sample, Selection()).graph is sample.graph


def test_analyses_see_the_whole_input(sample):
    """The quote conversation's forecast takes its event from the thread it
    quotes: filtering must not analyse it alone."""
    sel = Selection.parse(QUOTE)
    rows = sel.rows(forecasts_of(sample.threads), sample, holder_column="holder")
    assert rows[["post_id", "proposition", "event"]].values.tolist() == [
        [QUOTE, "P1", "China's large models reach Fable-level"]]
    (only,) = analyses_of(sample, sel)
    assert only.thread.id == QUOTE and only.forecasts["event"].tolist() == ["China's large models reach Fable-level"]
    assert analyses_of(sample, Selection.parse(since="2027-01-01")) == []
    elon = Selection.parse(authors=["elonmusk"]).rows(forecasts_of(sample.threads), sample, holder_column="holder")
    assert elon["post_id"].tolist() == ["2067445385571344384", QUOTE] and set(elon["author"]) == {"elonmusk",
                                                                                                  "paulo_tokens"}
    stance = Selection.parse(until="2026-06-18T02:20").rows(stance_of(sample.threads), sample)
    assert stance["post_id"].tolist() == [MAIN, "2067428472581525504", "2067430857815191552",
                                          "2067431521366687744", ZAI, "2066497618086817792"]
    claims = Selection.parse(ZAI, authors=["ZAI_ORG"]).rows(claims_of(sample.threads), sample)
    assert len(claims) == 11 and set(claims["author"]) == {"Zai_org"}
