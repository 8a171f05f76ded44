"""Formats with no real sample in ../shared: scraper JSONL, archive folders
with account.js, GraphQL wrappers and tombstones, arrays, format overrides.
The payloads follow the field names of snscrape's and twscrape's models and of
X's web GraphQL, as documented in those projects."""
from __future__ import annotations

import json

import threadscope


def snscrape_tweet(i, user, parent=None, conv="100", **kw):
    t = {"_type": "snscrape.modules.twitter.Tweet", "url": f"https://twitter.com/{user}/status/{i}",
         "date": "2026-06-18T03:12:45+00:00", "rawContent": kw.pop("text", f"post {i}"), "id": int(i),
         "user": {"_type": "snscrape.modules.twitter.User", "username": user, "id": 7 + len(user),
                  "displayname": user.title(), "followersCount": 10},
         "replyCount": 0, "retweetCount": 1, "likeCount": 2, "quoteCount": 0, "conversationId": int(conv),
         "lang": "en", "inReplyToTweetId": int(parent) if parent else None,
         "inReplyToUser": {"username": "root", "id": 11} if parent else None, "mentionedUsers": None,
         "links": None, "quotedTweet": None, "retweetedTweet": None}
    t.update(kw)
    return t


def test_snscrape_jsonl(tmp_path):
    big = "2067445385571344384"
    lines = [snscrape_tweet("100", "root"), snscrape_tweet(big, "elon", parent="100",
             text="Probably Q1 https://t.co/abc", links=[{"url": "https://example.org/x", "text": "example.org/x",
                                                          "tcourl": "https://t.co/abc"}])]
    path = tmp_path / "scrape.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    corpus = threadscope.load([path])
    assert set(corpus.by_id) == {"100", big}
    p = corpus.by_id[big]
    assert (p.author, p.reply_to_id, p.conversation_id, p.kind) == ("elon", "100", "100", "reply")
    assert p.text == "Probably Q1 https://example.org/x"
    assert corpus.sources[0].format == "scraper"
    assert [t.id for t in corpus.threads] == ["100"]


def test_twscrape_parsed_prefers_string_ids(tmp_path):
    t = snscrape_tweet("200", "bob", parent="100")
    t.update(id=2067445385571344000, id_str="2067445385571344384", inReplyToTweetIdStr="2067422093443612672",
             conversationIdStr="2067422093443612672", viewCount=5000)
    t["user"]["id_str"] = "46820119"
    path = tmp_path / "tw.jsonl"
    path.write_text(json.dumps(t), encoding="utf-8")
    corpus = threadscope.load([path])
    p = corpus.by_id["2067445385571344384"]
    assert p.reply_to_id == "2067422093443612672" and p.author_id == "46820119" and p.impression_count == 5000


def archive_item(i, text, reply_to=None):
    t = {"id_str": i, "id": i, "full_text": text, "created_at": "Thu Jun 18 03:12:45 +0000 2026",
         "display_text_range": ["0", str(len(text))], "favorite_count": "3", "retweet_count": "1", "lang": "en",
         "entities": {"hashtags": [], "user_mentions": [], "urls": []}}
    if reply_to:
        t.update(in_reply_to_status_id_str=reply_to, in_reply_to_user_id_str="99", in_reply_to_screen_name="me")
    return {"tweet": t}


def test_archive_folder_with_account_and_parts(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "account.js").write_text('window.YTD.account.part0 = [{"account": {"accountId": "99", '
                                     '"username": "me", "accountDisplayName": "Me"}}]', encoding="utf-8")
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = " + json.dumps([archive_item("1", "first &amp; best")]),
                                    encoding="utf-8")
    (data / "tweets-part1.js").write_text("window.YTD.tweets.part1 = " + json.dumps([
        archive_item("2", "@me second", reply_to="1"), archive_item("3", "RT @x: cut off…")]), encoding="utf-8")
    (data / "like.js").write_text('window.YTD.like.part0 = [{"like": {"tweetId": "5"}}]', encoding="utf-8")
    corpus = threadscope.load([tmp_path])
    assert set(corpus.by_id) == {"1", "2", "3"}
    assert {p.author for p in corpus.by_id.values()} == {"me"}
    assert corpus.by_id["1"].text == "first & best" and corpus.by_id["1"].like_count == 3
    assert corpus.by_id["3"].kind == "retweet" and corpus.by_id["3"].truncated
    t = corpus.thread("1")
    assert t.summary["self_replies"] == 1
    assert not corpus.problems
    skipped = {s.source.rsplit("/", 1)[-1]: s.reason for s in corpus.skipped}
    assert set(skipped) == {"account.js", "like.js"}
    assert "holds no posts" in skipped["like.js"]


def test_archive_without_account_notes_it(tmp_path):
    path = tmp_path / "tweet.js"
    path.write_text("window.YTD.tweet.part0 = " + json.dumps([archive_item("1", "hi")]), encoding="utf-8")
    corpus = threadscope.load([path])
    assert list(corpus.by_id) == ["1"] and corpus.by_id["1"].author is None
    assert not corpus.problems and "account.js" in corpus.sources[0].notes[0]


def gql_tweet(i, user, text, reply_to=None, conv="1"):
    return {"__typename": "Tweet", "rest_id": i,
            "core": {"user_results": {"result": {"__typename": "User", "rest_id": f"u{user}",
                                                  "core": {"screen_name": user, "name": user.title()},
                                                  "legacy": {"followers_count": 5}}}},
            "legacy": {"id_str": i, "full_text": text, "created_at": "Thu Jun 18 03:12:45 +0000 2026",
                       "conversation_id_str": conv, "in_reply_to_status_id_str": reply_to, "lang": "en",
                       "display_text_range": [0, len(text)], "entities": {"urls": [], "user_mentions": []},
                       "favorite_count": 1, "retweet_count": 0, "reply_count": 0, "quote_count": 0}}


def test_graphql_wrappers_tombstones_and_long_text(tmp_path):
    long_text = "x" * 400
    root = gql_tweet("1", "ann", "root")
    root["note_tweet"] = {"note_tweet_results": {"result": {"text": long_text}}}
    hidden = {"__typename": "TweetWithVisibilityResults", "tweet": gql_tweet("2", "bob", "@ann reply", reply_to="1")}
    tomb = {"__typename": "TweetTombstone", "tombstone": {"text": {"text": "This Post was deleted by the Post author."}}}
    response = {"data": {"threaded_conversation_with_injections_v2": {"instructions": [{"type": "TimelineAddEntries",
        "entries": [
            {"entryId": "tweet-1", "content": {"itemContent": {"tweet_results": {"result": root}}}},
            {"entryId": "conversationthread-2", "content": {"items": [
                {"entryId": "conversationthread-2-tweet-2", "item": {"itemContent": {"tweet_results": {"result": hidden}}}},
                {"entryId": "conversationthread-2-tweet-3", "item": {"itemContent": {"tweet_results": {"result": tomb}}}},
            ]}},
        ]}]}}}
    path = tmp_path / "detail.json"
    path.write_text(json.dumps(response, indent=2), encoding="utf-8")
    corpus = threadscope.load([path])
    assert set(corpus.by_id) == {"1", "2"}
    assert corpus.by_id["1"].text == long_text
    assert corpus.by_id["2"].reply_to_id == "1" and corpus.by_id["2"].body == "reply"
    assert "3" in corpus.known_missing and "deleted" in corpus.known_missing["3"].reason
    assert not corpus.problems


def test_json_array_of_v1_tweets_and_format_override(tmp_path):
    tweets = [{"id_str": "5", "id": 5, "full_text": "hello", "user": {"id_str": "1", "screen_name": "a"},
               "created_at": "Thu Jun 18 03:12:45 +0000 2026"},
              {"id_str": "6", "id": 6, "full_text": "@a hi", "user": {"id_str": "2", "screen_name": "b"},
               "in_reply_to_status_id_str": "5", "display_text_range": [3, 5],
               "created_at": "Thu Jun 18 03:13:45 +0000 2026"}]
    path = tmp_path / "arr.json"
    path.write_text(json.dumps(tweets), encoding="utf-8")
    corpus = threadscope.load([path])
    assert corpus.by_id["6"].body == "hi" and corpus.by_id["6"].reply_to_id == "5"
    assert corpus.sources[0].format == "v1.1"
    forced = threadscope.load([path], input_format="twarc2-flat")
    assert forced.problems and not forced.by_id


def test_withheld_and_edit_fields_in_v2(tmp_path):
    page = {"data": [{"id": "2", "text": "new", "author_id": "1", "conversation_id": "2",
                      "edit_history_tweet_ids": ["1", "2"], "withheld": {"country_codes": ["DE"]}}],
            "includes": {"users": [{"id": "1", "username": "a"}],
                         "tweets": [{"id": "1", "text": "old", "author_id": "1", "conversation_id": "1",
                                     "edit_history_tweet_ids": ["1", "2"]}]}}
    path = tmp_path / "e.jsonl"
    path.write_text(json.dumps(page), encoding="utf-8")
    corpus = threadscope.load([path])
    assert list(corpus.by_id) == ["2"] and corpus.by_id["2"].withheld
    assert corpus.resolve("1") == "2" and corpus.superseded["1"].text == "old"


def test_v2_accounts_repeated_on_pages_are_read_once(tmp_path):
    """Every page repeats its authors; an identical copy is one User event,
    a copy that changed (more followers) is read again and the corpus keeps
    the one that knows more."""
    from threadscope.model import User
    from threadscope.readers import read

    def page(i, followers, bad=False):
        user = {"id": "7", "username": "alice", "name": "Alice", "public_metrics": {"followers_count": followers}}
        if bad:
            user["withheld"] = {"country_codes": ["DE"]}
        return json.dumps({"data": [{"id": str(i), "text": f"post {i}", "author_id": "7", "conversation_id": "1"}],
                           "includes": {"users": [user]}})

    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join([page(1, 10), page(2, 10), page(3, 12), page(4, 10, bad=True), page(5, 10, bad=True)]))
    users = [e for e in read([path]) if isinstance(e, User)]
    assert [(u.followers_count, u.withheld) for u in users] == [(10, False), (12, False), (10, True), (10, True)]
    corpus = threadscope.load([path])
    assert len(corpus.by_id) == 5
    assert [p.author for p in corpus.by_id.values()] == ["alice"] * 5
