#!/usr/bin/env python
"""Speed and memory benchmark for ``threadscope.load`` and the reply graphs.

Run by hand (it is not a test)::

    python benchmarks/bench_load.py                      # 100k and 1M posts
    python benchmarks/bench_load.py --posts 100000 --keep --json out.json

For each size it writes a synthetic twarc2 export (deterministic for a given
``--seed``), then measures, each in a fresh Python process so that the peak
resident memory belongs to that measurement alone:

    parse   the baseline: read the file line by line and ``orjson.loads`` each
            line, nothing else;
    read    ``threadscope.readers.read(path)`` with every event dropped: the
            streaming reader alone (its peak must not grow with the file);
    load    ``threadscope.load(path)``;
    graph   load, then ``corpus.threads`` and ``t.graph; t.metrics`` for every
            thread.

Goals (from the issue): graph time within 3x parse time; graph peak RSS under
1.5 GB for 1M posts; reading streams (never holds the whole file's JSON).
See benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import subprocess
import sys
import time
from collections import OrderedDict, deque
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR_VERSION = 2
GOAL_RATIO = 3.0
GOAL_PEAK_BYTES = 1.5e9  # "1.5 GB", read as 10^9 bytes (the stricter reading)
GOAL_PEAK_AT = 1_000_000
MODES = ("parse", "read", "load", "graph")

# ---------------------------------------------------------------------------
# synthetic twarc2 export
# ---------------------------------------------------------------------------

TWITTER_EPOCH_MS = 1288834974657
START_MS = 1777593600000  # 2026-05-01T00:00:00Z
SPAN_MS = 30 * 86400 * 1000
PAGE_SIZE = 100

WORDS = """the a to of and in is it that for you this on with be are not have but
what they just was so if at can about more do we all like think will one no
would people there out up how get time my your an model models open weights
benchmark eval evals release paper context tokens training compute chips gpu
cluster inference latency cost price api code agent agents reasoning math
data dataset scale scaling law frontier lab labs china us export controls
months year next soon never already probably maybe clearly honestly actually
point argument source claim claims number numbers chart results result test
tests run ran score scores leaderboard arena human preference vibes real
world practical useful useless hype cope copium take hot bad good great
wrong right exactly agree disagree sure doubt bet odds prediction predicted
forecast market markets resolve resolves by end q1 q2 q3 q4 2026 2027 parity
gap behind ahead closing fast slow ship shipped shipping launch launched
license mit apache weights download local quantized quant fits laptop server
thread reply quote post read article report says said wrote writes argued
because since while though although however therefore also even still only
really very much many few some most every each other another same different
new old big small long short first last early late high low better worse
best worst open closed public private free paid cheap expensive hard easy
""".split()
WORDS_ES = """el la de que y en los se del las un por con no una su para es al lo
como más pero sus le ya o este sí porque esta entre cuando muy sin sobre
también me hasta hay donde quien desde todo nos durante todos uno les ni
contra otros ese eso ante ellos modelo modelos abierto datos año meses""".split()
PHRASES_JA = ["これは本当に", "すごいと思う", "モデルの性能", "来年には", "たぶん無理", "ベンチマーク",
              "オープンウェイト", "中国のラボ", "追いつくのは", "時間の問題", "なるほど", "確かに"]
PHRASES_ZH = ["说得好", "科学无国界", "开源模型", "明年第一季度", "不会那么久", "基准测试", "上下文",
              "参数量", "差距正在缩小", "我觉得", "很难说", "拭目以待"]
EMOJI = ["🙌", "😂", "🔥", "🤔", "👀", "💯", "🚀", "😬", "🧵", "✅"]
DOMAINS = ["arxiv.org/abs/2606.", "github.com/", "huggingface.co/", "www.scmp.com/tech/article/",
           "wallstreetcn.com/articles/", "substack.com/p/", "www.youtube.com/watch?v=", "lmarena.ai/leaderboard/"]
LANGS = (("en", 0.80), ("es", 0.06), ("ja", 0.05), ("zh", 0.05), ("und", 0.04))
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def snowflake(ms: int, seq: int) -> int:
    return ((ms - TWITTER_EPOCH_MS) << 22) | (seq & 0x3FFFFF)


def iso(ms: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms // 1000)) + f".{ms % 1000:03d}Z"


class Generator:
    """Writes a twarc2 JSONL file of ``n_posts`` tweets in ``data`` (pages of
    100), one page per line, streaming: only the open conversations and a
    bounded window of recent tweets are kept in memory."""

    def __init__(self, n_posts: int, seed: int):
        self.n = n_posts
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_users = max(1000, n_posts // 4)
        self.size_cap = max(2000, n_posts // 40)
        self.seq = 0
        self.users: OrderedDict[int, dict] = OrderedDict()
        self.recent: OrderedDict[str, dict] = OrderedDict()   # id -> tweet dict (for includes)
        self.popular: deque[dict] = deque(maxlen=3000)        # roots of conversations worth quoting
        self.latest: deque[dict] = deque(maxlen=2000)         # the newest tweets written
        self.active: list[dict] = []
        self.stats = {"posts": 0, "pages": 0, "retweets": 0, "quotes": 0, "replies": 0, "roots": 0,
                      "deleted_parents": 0, "errors": 0, "includes_tweets": 0, "includes_users": 0,
                      "edited": 0, "urls": 0, "media": 0, "amp": 0, "conversations": 0,
                      "largest_conversation": 0, "bytes": 0}

    # -- people ---------------------------------------------------------------
    def pick_user(self) -> int:
        # power law: a few accounts post a great deal, most rarely
        return int(self.n_users * self.rng.random() ** 3)

    def user(self, idx: int) -> dict:
        u = self.users.get(idx)
        if u is not None:
            self.users.move_to_end(idx)
            return u
        r = random.Random(self.seed * 1_000_003 + idx)
        created = START_MS - r.randrange(30, 6000) * 86400_000
        uid = str(snowflake(created, idx)) if idx % 2 == 0 else str(1_000_000 + idx * 13)
        w1, w2 = r.choice(WORDS), r.choice(WORDS)
        # unique: the index follows the last "_" (at most 4 base-36 digits; handles stay <= 15)
        handle = f"{w1}_{w2}_{_b36(idx)}" if len(w1) + len(w2) < 10 else f"{w1[:7]}_{_b36(idx)}"
        followers = int(r.paretovariate(0.9) * 20)
        u = {"id": uid, "verified": r.random() < 0.05, "verified_type": "none",
             "profile_image_url": f"https://pbs.twimg.com/profile_images/{snowflake(created, idx + 7)}/{_token(r, 8)}_normal.jpg",
             "created_at": iso(created),
             "description": " ".join(r.choices(WORDS, k=r.randrange(0, 18))),
             "public_metrics": {"followers_count": followers, "following_count": r.randrange(0, 3000),
                                "tweet_count": r.randrange(10, 80000), "listed_count": followers // 100},
             "name": f"{w1.capitalize()} {w2.capitalize()}", "username": handle, "protected": False}
        if r.random() < 0.6:
            u["location"] = r.choice(["Beijing", "杭州", "San Francisco", "London", "Berlin", "Tokyo",
                                      "Madrid", "NYC", "Paris", "Singapore", "🌍", "the internet"])
        self.users[idx] = u
        if len(self.users) > 50_000:
            self.users.popitem(last=False)
        return u

    # -- text ----------------------------------------------------------------
    def text(self, lang: str, prefix_mentions: list[int], target: int, mentioned: list[int]):
        """Text of about ``target`` code points, and its entities (offsets in
        code points of the text as written, escapes included). The users it
        mentions are appended to ``mentioned``."""
        rng = self.rng
        parts: list[str] = []
        ents: dict[str, list] = {}
        pos = 0

        def add(s: str):
            nonlocal pos
            parts.append(s)
            pos += len(s)

        for m in prefix_mentions:
            mentioned.append(m)
            u = self.user(m)
            ents.setdefault("mentions", []).append(
                {"start": pos, "end": pos + 1 + len(u["username"]), "username": u["username"], "id": u["id"]})
            add(f"@{u['username']} ")
        body_len = max(20, target - pos)
        if lang == "ja" or lang == "zh":
            phrases = PHRASES_JA if lang == "ja" else PHRASES_ZH
            body = "".join(rng.choices(phrases, k=max(2, body_len // 10)))[: max(12, body_len // 2)]
        else:
            words = WORDS_ES if lang == "es" else WORDS
            body = " ".join(rng.choices(words, k=body_len // 4 + 2))
            body = body[:body_len].rsplit(" ", 1)[0] or body[:body_len]
            body = body[0].upper() + body[1:]
        if rng.random() < 0.06:
            cut = body.find(" ", len(body) // 2)
            if cut > 0:
                body = body[:cut] + " &amp;" + body[cut:]
                self.stats["amp"] += 1
        if rng.random() < 0.01:
            body += " (&lt;1%)"
        mid_mention = rng.random() < 0.08
        add(body)
        if mid_mention:
            m = self.pick_user()
            mentioned.append(m)
            u = self.user(m)
            add(" cc ")
            ents.setdefault("mentions", []).append(
                {"start": pos, "end": pos + 1 + len(u["username"]), "username": u["username"], "id": u["id"]})
            add(f"@{u['username']}")
        if rng.random() < 0.07:
            tag = rng.choice(["OpenSource", "AI", "LLM", "GLM", "benchmarks", "China", "AGI"])
            add(" ")
            ents.setdefault("hashtags", []).append({"start": pos, "end": pos + 1 + len(tag), "tag": tag})
            add(f"#{tag}")
        if rng.random() < 0.1:
            add(" " + rng.choice(EMOJI))
        if rng.random() < 0.12:
            tco = "https://t.co/" + _token(rng, 10)
            dom = rng.choice(DOMAINS)
            exp = f"https://{dom}{_token(rng, rng.randrange(6, 14))}"
            add(" ")
            ents.setdefault("urls", []).append(
                {"start": pos, "end": pos + len(tco), "url": tco, "expanded_url": exp,
                 "display_url": (exp[8:34] + "…") if len(exp) > 34 else exp[8:]})
            add(tco)
            self.stats["urls"] += 1
        return "".join(parts), ents, pos

    # -- tweets --------------------------------------------------------------
    def new_id(self, ms: int) -> str:
        self.seq += 1
        return str(snowflake(ms, self.seq))

    def tweet(self, *, ms: int, author: int, conv_id: str | None, reply_to: dict | None = None,
              quoted: dict | None = None, lang: str | None = None, tid: str | None = None,
              mentions: list[int] | None = None) -> dict:
        rng = self.rng
        tid = tid or self.new_id(ms)
        lang = lang or _pick_lang(rng)
        target = 80 + int(200 * rng.random() ** 1.6)
        mentioned: list[int] = []
        text, ents, length = self.text(lang, mentions or [], target, mentioned)
        refs = []
        if quoted is not None:
            qa = self.user(quoted["_author"])
            tco = "https://t.co/" + _token(rng, 10)
            exp = f"https://x.com/{qa['username']}/status/{quoted['id']}"
            ents.setdefault("urls", []).append(
                {"start": length + 1, "end": length + 1 + len(tco), "url": tco, "expanded_url": exp,
                 "display_url": exp[8:34] + "…"})
            text += " " + tco
        media = None
        if rng.random() < 0.05:
            mkey = f"3_{tid}"
            tco = "https://t.co/" + _token(rng, 10)
            start = len(text) + 1
            text += " " + tco
            ents.setdefault("urls", []).append(
                {"start": start, "end": start + len(tco), "url": tco,
                 "expanded_url": f"https://x.com/{self.user(author)['username']}/status/{tid}/photo/1",
                 "display_url": "pic.x.com/" + _token(rng, 10), "media_key": mkey})
            media = {"media_key": mkey, "type": "photo", "url": f"https://pbs.twimg.com/media/{_token(rng, 15)}.jpg",
                     "width": 1600, "height": 900}
            self.stats["media"] += 1
        edits = [tid]
        if rng.random() < 0.003:
            edits = [str(snowflake(ms - rng.randrange(60_000, 1_800_000), self.seq + 2_000_000)), tid]
            self.stats["edited"] += 1
        likes = int(rng.paretovariate(1.2)) - 1
        t = {"edit_history_tweet_ids": edits, "text": text,
             "edit_controls": {"edits_remaining": 5 - (len(edits) - 1), "is_edit_eligible": quoted is None,
                               "editable_until": iso(ms + 3_600_000)},
             "conversation_id": conv_id or tid, "lang": lang, "possibly_sensitive": False,
             "author_id": self.user(author)["id"], "reply_settings": "everyone", "id": tid,
             "created_at": iso(ms),
             "public_metrics": {"retweet_count": likes // 8, "reply_count": int(rng.paretovariate(1.5)) - 1,
                                "like_count": likes, "quote_count": likes // 30, "bookmark_count": likes // 12,
                                "impression_count": likes * 90 + rng.randrange(20, 400)}}
        if media is not None:
            t["attachments"] = {"media_keys": [media["media_key"]]}
        if ents:
            t["entities"] = ents
        if reply_to is not None:
            t["in_reply_to_user_id"] = self.user(reply_to["_author"])["id"]
            refs.append({"type": "replied_to", "id": reply_to["id"]})
        if quoted is not None:
            refs.append({"type": "quoted", "id": quoted["id"]})
        if refs:
            t["referenced_tweets"] = refs
        # bookkeeping (stripped before writing)
        t["_author"] = author
        t["_ms"] = ms
        t["_media"] = media
        t["_mentions"] = mentioned
        return t

    def retweet(self, original: dict) -> dict:
        rng = self.rng
        ms = original["_ms"] + int(rng.expovariate(1 / 7_200_000)) + 1000
        author = self.pick_user()
        tid = self.new_id(ms)
        oa = self.user(original["_author"])
        text = f"RT @{oa['username']}: {original['text']}"
        if len(text) > 140:
            text = text[:139] + "…"
        ents = {"mentions": [{"start": 3, "end": 4 + len(oa["username"]), "username": oa["username"], "id": oa["id"]}]}
        t = {"edit_history_tweet_ids": [tid], "text": text,
             "edit_controls": {"edits_remaining": 5, "is_edit_eligible": False, "editable_until": iso(ms + 3_600_000)},
             "conversation_id": tid, "lang": original["lang"], "possibly_sensitive": False,
             "author_id": self.user(author)["id"], "reply_settings": "everyone", "id": tid, "created_at": iso(ms),
             "public_metrics": dict(original["public_metrics"], reply_count=0, like_count=0, quote_count=0,
                                    bookmark_count=0, impression_count=0),
             "entities": ents, "referenced_tweets": [{"type": "retweeted", "id": original["id"]}],
             "_author": author, "_ms": ms, "_media": None, "_mentions": [original["_author"]]}
        return t

    def remember(self, t: dict) -> None:
        """Keep a written tweet for later includes and as a quote/retweet
        target (retweets are never replied to, quoted or retweeted)."""
        if any(r["type"] == "retweeted" for r in t.get("referenced_tweets", ())):
            return
        self.recent[t["id"]] = t
        self.latest.append(t)
        if len(self.recent) > 20_000:
            self.recent.popitem(last=False)

    def pick_target(self) -> dict | None:
        """A tweet to retweet or quote: mostly the roots of busy conversations,
        else a recent tweet (newer ones more likely)."""
        rng = self.rng
        pool = self.popular if self.popular and rng.random() < 0.7 else self.latest
        if not pool:
            return None
        n = len(pool)
        return pool[min(n - 1, int(n * (1 - rng.random() ** 2)))]

    # -- conversations --------------------------------------------------------
    def conversation_size(self) -> int:
        return min(self.size_cap, int(self.rng.paretovariate(1.15)))

    def open_conversation(self) -> dict:
        rng = self.rng
        size = self.conversation_size()
        ms = START_MS + int(rng.random() * SPAN_MS)
        author = self.pick_user() if size < 100 else int(self.n_users * rng.random() ** 6)
        quoted = None
        if rng.random() < 0.4:
            quoted = self.pick_target()
            if quoted is not None and quoted["_ms"] >= ms:
                ms = quoted["_ms"] + int(rng.expovariate(1 / 3_600_000)) + 1000
        self.stats["conversations"] += 1
        self.stats["largest_conversation"] = max(self.stats["largest_conversation"], size)
        # nodes: ids of its posts so far, in order; info (set with the root): id -> (author, ms, depth, deleted)
        return {"size": size, "left": size, "start_ms": ms, "author": author, "quoted": quoted, "nodes": []}

    def next_in(self, c: dict) -> tuple[dict | None, dict]:
        """The conversation's next post (None when it was deleted: it gets an
        id, and replies, but never appears in the export)."""
        rng = self.rng
        c["left"] -= 1
        deleted = rng.random() < 0.004
        if not c["nodes"]:
            t = self.tweet(ms=c["start_ms"], author=c["author"], conv_id=None, quoted=c["quoted"])
            c["conv_id"] = t["id"]
            c["nodes"].append(t["id"])
            c["info"] = {t["id"]: (t["_author"], t["_ms"], 0, deleted)}
            if c["size"] >= 20 and not deleted:
                self.popular.append(t)
            self.stats["roots"] += 1
            if c["quoted"] is not None:
                self.stats["quotes"] += 1
            return (None if deleted else t), {"quoted": c["quoted"]}
        nodes, info = c["nodes"], c["info"]
        r = rng.random()
        if r < 0.35:
            pid = nodes[0]
        elif r < 0.65:
            pid = nodes[-1]
        else:
            pid = nodes[min(len(nodes) - 1, int(len(nodes) * (1 - rng.random() ** 2)))]
        p_author, p_ms, p_depth, p_deleted = info[pid]
        author = p_author if rng.random() < 0.08 else self.pick_user()
        ms = p_ms + int(rng.expovariate(1 / (1_800_000 * (1 + p_depth)))) + 5000
        mentions = [p_author]
        root_author = info[nodes[0]][0]
        if p_depth >= 1 and root_author != p_author and rng.random() < 0.5:
            mentions.append(root_author)
        quoted = None
        if rng.random() < 0.07:
            quoted = self.pick_target()
        parent = {"id": pid, "_author": p_author}
        t = self.tweet(ms=ms, author=author, conv_id=c["conv_id"], reply_to=parent, quoted=quoted,
                       mentions=[m for m in mentions if m != author] or [p_author])
        nodes.append(t["id"])
        info[t["id"]] = (author, ms, p_depth + 1, deleted)
        self.stats["replies"] += 1
        if quoted is not None:
            self.stats["quotes"] += 1
        return (None if deleted else t), {"parent_deleted": p_deleted, "parent": pid, "quoted": quoted}

    # -- pages ---------------------------------------------------------------
    def posts(self):
        """Yield (tweet, extra) until n posts are made."""
        rng = self.rng
        made = 0
        while made < self.n:
            if self.recent and rng.random() < 0.2:
                target = self.pick_target()
                if target is not None:
                    t = self.retweet(target)
                    self.stats["retweets"] += 1
                    made += 1
                    yield t, {"original": target}
                    continue
            while len(self.active) < 12:
                self.active.append(self.open_conversation())
            # busy conversations move fastest (and so reach their size before the file ends)
            c = rng.choices(self.active, weights=[x["size"] for x in self.active])[0]
            t, extra = self.next_in(c)
            if c["left"] <= 0:
                self.active.remove(c)
            if t is None:
                self.stats["deleted_parents"] += 1
                continue
            made += 1
            yield t, extra

    def page(self, batch: list[tuple[dict, dict]], last: bool) -> dict:
        rng = self.rng
        data, inc_tweets, user_idx, media, errors = [], {}, {}, [], {}
        ids = {t["id"] for t, _ in batch}
        for t, extra in batch:
            data.append(_public(t))
            user_idx[t["_author"]] = None
            if t["_media"] is not None:
                media.append(t["_media"])
            for m in t["_mentions"]:
                user_idx[m] = None
            orig = extra.get("original")
            if orig is not None:
                inc_tweets.setdefault(orig["id"], orig)
            for ref in t.get("referenced_tweets", ()):
                if ref["type"] == "quoted":
                    q = extra.get("quoted")
                    if q is not None:
                        inc_tweets.setdefault(q["id"], q)
                elif ref["type"] == "replied_to":
                    if extra.get("parent_deleted"):
                        errors[ref["id"]] = None
                    elif rng.random() < 0.15:
                        p = self.recent.get(ref["id"])
                        if p is not None:
                            inc_tweets.setdefault(p["id"], p)
        for t, _ in batch:
            self.remember(t)
        for t in inc_tweets.values():
            user_idx[t["_author"]] = None
            if t["_media"] is not None:
                media.append(t["_media"])
        page: dict = {"data": data,
                      "includes": {"users": [self.user(i) for i in user_idx],
                                   "tweets": [_public(t) for t in inc_tweets.values()]}}
        if media:
            page["includes"]["media"] = list({m["media_key"]: m for m in media}.values())
        if errors:
            page["errors"] = [{"value": e, "detail": f"Could not find tweet with referenced_tweets.id: [{e}].",
                               "title": "Not Found Error", "resource_type": "tweet",
                               "parameter": "referenced_tweets.id", "resource_id": e,
                               "type": "https://api.twitter.com/2/problems/resource-not-found"} for e in errors]
        sorted_ids = sorted(ids, key=lambda s: (len(s), s))
        meta = {"newest_id": sorted_ids[-1], "oldest_id": sorted_ids[0], "result_count": len(data)}
        if not last:
            meta["next_token"] = "".join(rng.choices(B36, k=45))
        convs = list(dict.fromkeys(t["conversation_id"] for t, _ in batch))[:6]
        query = "%20OR%20".join(f"conversation_id%3A{c}" for c in convs)
        page["meta"] = meta
        page["__twarc"] = {"url": _SEARCH_URL + query + "&max_results=100", "version": "2.14.0",
                           "retrieved_at": "2026-06-19T09:14:27+00:00"}
        self.stats["pages"] += 1
        self.stats["includes_tweets"] += len(inc_tweets)
        self.stats["includes_users"] += len(user_idx)
        self.stats["errors"] += len(errors)
        return page

    def write(self, path: Path) -> dict:
        tmp = path.with_suffix(path.suffix + ".part")
        dumps = json.dumps  # twarc2 writes json.dumps(page): ASCII, ", " and ": "
        batch: list = []
        with open(tmp, "w", encoding="ascii", buffering=1 << 20) as f:
            for item in self.posts():
                batch.append(item)
                if len(batch) == PAGE_SIZE:
                    line = dumps(self.page(batch, False)) + "\n"
                    self.stats["bytes"] += len(line)
                    f.write(line)
                    batch = []
            if batch:
                line = dumps(self.page(batch, True)) + "\n"
                self.stats["bytes"] += len(line)
                f.write(line)
        self.stats["posts"] = self.stats["retweets"] + self.stats["roots"] + self.stats["replies"] - self.stats["deleted_parents"]
        os.replace(tmp, path)
        return self.stats


_SEARCH_URL = ("https://api.twitter.com/2/tweets/search/recent?expansions=author_id%2Cin_reply_to_user_id%2C"
               "referenced_tweets.id%2Creferenced_tweets.id.author_id%2Centities.mentions.username%2C"
               "attachments.poll_ids%2Cattachments.media_keys%2Cgeo.place_id%2Cedit_history_tweet_ids"
               "&tweet.fields=attachments%2Cauthor_id%2Ccontext_annotations%2Cconversation_id%2Ccreated_at%2C"
               "entities%2Cgeo%2Cid%2Cin_reply_to_user_id%2Clang%2Cpublic_metrics%2Ctext%2Cpossibly_sensitive%2C"
               "referenced_tweets%2Creply_settings%2Csource%2Cwithheld%2Cedit_controls%2Cedit_history_tweet_ids%2C"
               "note_tweet&user.fields=created_at%2Cdescription%2Centities%2Cid%2Clocation%2Cname%2C"
               "pinned_tweet_id%2Cprofile_image_url%2Cprotected%2Cpublic_metrics%2Curl%2Cusername%2Cverified%2C"
               "verified_type%2Cwithheld&media.fields=alt_text%2Cduration_ms%2Cheight%2Cmedia_key%2C"
               "preview_image_url%2Ctype%2Curl%2Cwidth%2Cvariants%2Cpublic_metrics&query=")


def _public(t: dict) -> dict:
    return {k: v for k, v in t.items() if k[0] != "_"}


def _pick_lang(rng: random.Random) -> str:
    r = rng.random()
    for lang, p in LANGS:
        if r < p:
            return lang
        r -= p
    return "en"


def _b36(n: int) -> str:
    s = ""
    while True:
        n, d = divmod(n, 36)
        s = B36[d] + s
        if not n:
            return s


def _token(rng: random.Random, k: int) -> str:
    return "".join(rng.choices(ALNUM, k=k))


def generated_file(out: Path, n: int, seed: int, keep: bool) -> tuple[Path, dict]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"twarc2_{n}_s{seed}.jsonl"
    meta_path = path.with_suffix(".meta.json")
    if keep and path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("generator") == GENERATOR_VERSION and meta.get("bytes") == path.stat().st_size:
            print(f"reusing {path} ({_mb(path.stat().st_size)})", file=sys.stderr)
            return path, meta
    print(f"generating {path} ...", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    stats = Generator(n, seed).write(path)
    stats.update(generator=GENERATOR_VERSION, seed=seed, seconds=round(time.perf_counter() - t0, 1))
    meta_path.write_text(json.dumps(stats, indent=1))
    print(f"  {_mb(stats['bytes'])} in {stats['seconds']} s: {stats['pages']} pages, {stats['conversations']} "
          f"conversations (largest {stats['largest_conversation']}), {stats['retweets']} retweets, "
          f"{stats['quotes']} quotes, {stats['errors']} missing-parent errors", file=sys.stderr)
    return path, stats


# ---------------------------------------------------------------------------
# measurements (each in a fresh process)
# ---------------------------------------------------------------------------

def _rss_now() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    """Peak resident memory of this process. VmHWM, not getrusage's ru_maxrss:
    Linux carries ru_maxrss across exec, so a child started by a big parent
    would report the parent's peak (forked copy-on-write pages count)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def child(mode: str, path: str, profile: str | None) -> dict:
    """Run one measurement in this (fresh) process; return its figures."""
    t_import = time.perf_counter()
    import orjson
    if mode != "parse":
        import threadscope
        from threadscope.readers import read
    t_import = time.perf_counter() - t_import
    gc_time = [0.0, 0]
    gc_start = [0.0]

    def on_gc(phase, info):
        if phase == "start":
            gc_start[0] = time.perf_counter()
        else:
            gc_time[0] += time.perf_counter() - gc_start[0]
            gc_time[1] += 1

    gc.callbacks.append(on_gc)
    rss_start = _rss_now()
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    out: dict = {"mode": mode}
    t0 = time.perf_counter()
    if mode == "parse":
        posts = 0
        loads = orjson.loads
        with open(path, "rb") as f:
            for line in f:
                posts += len(loads(line).get("data") or ())
        out["posts"] = posts
    elif mode == "read":
        posts = 0
        from threadscope.model import Post
        for ev in read(path):
            if type(ev) is Post:
                posts += 1
        out["posts_read"] = posts  # includes copies from includes.tweets
    else:
        corpus = threadscope.load(path)
        out["load_s"] = time.perf_counter() - t0
        out["posts"] = len(corpus)
        out["problems"] = len(corpus.problems)
        out["users"] = len(corpus.users)
        if mode == "graph":
            t1 = time.perf_counter()
            threads = corpus.threads
            out["threads_s"] = time.perf_counter() - t1
            t2 = time.perf_counter()
            for t in threads:
                t.graph
                t.metrics
            out["graphs_s"] = time.perf_counter() - t2
            t_count = time.perf_counter()
            nodes = sum(t.graph.number_of_nodes() for t in threads)
            edges = sum(t.graph.number_of_edges() for t in threads)
            t0 += time.perf_counter() - t_count  # counting is not part of the measurement
            out["threads"] = len(threads)
            out["largest_thread"] = len(threads[0]) if threads else 0
            out["nodes"] = nodes
            out["edges"] = edges
    out["seconds"] = time.perf_counter() - t0
    if prof is not None:
        prof.disable()
        prof.dump_stats(profile)
    gc.callbacks.remove(on_gc)
    out.update(import_s=t_import, rss_start=rss_start, rss_end=_rss_now(), peak_rss=_peak_rss(),
               gc_s=gc_time[0], gc_runs=gc_time[1])
    return out


def run_child(mode: str, path: Path, profile: str | None = None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(path)]
    if profile:
        cmd += ["--profile-to", profile]
    wall = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - wall
    if proc.returncode != 0:
        raise SystemExit(f"measurement {mode} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["process_s"] = wall
    return res


def warm(path: Path) -> None:
    """Read the file once so every measurement finds it in the page cache."""
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


def measure(n: int, path: Path, modes, repeat: int) -> dict:
    warm(path)
    figures = {}
    for mode in modes:
        runs = [run_child(mode, path) for _ in range(repeat)]
        best = min(runs, key=lambda r: r["seconds"])
        best["peak_rss"] = max(r["peak_rss"] for r in runs)
        best["runs_s"] = [round(r["seconds"], 2) for r in runs]
        figures[mode] = best
        print(f"  {mode:6s} {best['seconds']:8.1f} s  peak {_mb(best['peak_rss'])}", file=sys.stderr, flush=True)
    return figures


def print_table(results: list[dict]) -> None:
    rows = []
    for res in results:
        n, f = res["posts_nominal"], res["figures"]
        base = f.get("parse")
        for mode in MODES:
            if mode not in f:
                continue
            r = f[mode]
            posts = r.get("posts") or n  # read: the posts in the file's data (its count includes copies)
            ratio = r["seconds"] / base["seconds"] if base else None
            rows.append([f"{n:,}", mode, f"{r['seconds']:.1f}", f"{posts / r['seconds']:,.0f}",
                         f"{ratio:.2f}x" if ratio else "-", _mb(r["rss_start"]), _mb(r["peak_rss"]),
                         f"{r['gc_s']:.1f}"])
    head = ["posts", "measure", "time s", "posts/s", "vs parse", "RSS idle", "peak RSS", "gc s"]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    line = "  ".join(h.rjust(w) for h, w in zip(head, widths))
    print(line)
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.rjust(w) for c, w in zip(r, widths)))
    print()
    for res in results:
        n, f = res["posts_nominal"], res["figures"]
        g, base = f.get("graph"), f.get("parse")
        info = res["file"]
        print(f"{n:,} posts: file {_mb(info['bytes'])}, {info['pages']} pages; "
              f"{g['posts']:,} posts in corpus, {g['threads']:,} conversations (largest {g['largest_thread']:,}), "
              f"{g['problems']} problems" if g else f"{n:,} posts: file {_mb(info['bytes'])}")
        if g and base:
            ratio = g["seconds"] / base["seconds"]
            print(f"  graph = load {g['load_s']:.1f} s + threads {g['threads_s']:.1f} s + graph/metrics "
                  f"{g['graphs_s']:.1f} s; cyclic gc ran {g['gc_runs']} times, {g['gc_s']:.1f} s in all")
            print(f"  goal time: load+graph <= {GOAL_RATIO:.0f}x parse: {ratio:.2f}x -> "
                  f"{'MET' if ratio <= GOAL_RATIO else 'NOT MET'}")
            verdict = "MET" if g["peak_rss"] < GOAL_PEAK_BYTES else "NOT MET"
            scope = "" if n == GOAL_PEAK_AT else f" (goal stated for {GOAL_PEAK_AT:,} posts)"
            print(f"  goal memory: peak < 1.5 GB: {_mb(g['peak_rss'])} -> {verdict}{scope}")
        if base:
            print(f"  baseline process (Python + orjson, one line at a time): {_mb(base['rss_start'])} idle, "
                  f"{_mb(base['peak_rss'])} peak")
        if "read" in f:
            r = f["read"]
            print(f"  streaming: reader alone peaks at {_mb(r['peak_rss'])} (idle {_mb(r['rss_start'])}) "
                  f"for a {_mb(info['bytes'])} file")


def print_profile(path: str, top: int = 15) -> None:
    import io
    import pstats
    for key, title in (("cumulative", "cumulative time"), ("tottime", "own time")):
        s = io.StringIO()
        st = pstats.Stats(path, stream=s)
        st.sort_stats(key).print_stats(top)
        text = s.getvalue()
        body = text[text.find("   ncalls"):]
        print(f"--- cProfile, top {top} by {title} ---")
        print(body.rstrip())
        print()


def code_version() -> dict:
    """The commit the measured code is at, and whether threadscope/ has
    uncommitted changes (figures belong to a version of the code)."""
    root = HERE.parent

    def git(*args):
        try:
            return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=20).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""
    return {"commit": git("rev-parse", "--short", "HEAD") or "unknown",
            "dirty": bool(git("status", "--porcelain", "--", "threadscope"))}


def _mb(n: float) -> str:
    return f"{n / 1e6:,.0f} MB" if n < 1e9 else f"{n / 1e9:.2f} GB"


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        p = argparse.ArgumentParser()
        p.add_argument("--child", nargs=2)
        p.add_argument("--profile-to")
        a = p.parse_args(argv)
        print(json.dumps(child(a.child[0], a.child[1], a.profile_to)))
        return 0
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--posts", type=int, nargs="+", action="extend", metavar="N",
                   help="file sizes in posts (repeatable; default 100000 1000000)")
    p.add_argument("--out", type=Path, default=HERE / "data", help="where the generated files go (default benchmarks/data/)")
    p.add_argument("--keep", action="store_true", help="reuse a file generated before with the same size and seed")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES), help="measurements to run")
    p.add_argument("--repeat", type=int, default=1, help="runs per measurement (best time, highest peak)")
    p.add_argument("--json", type=Path, help="write the figures to this file")
    p.add_argument("--profile", nargs="?", const="load", choices=("read", "load", "graph"),
                   help="also run this measurement (default: load) under cProfile for the smallest size "
                        "and print the top 15 functions by cumulative and by own time")
    p.add_argument("--generate-only", action="store_true")
    a = p.parse_args(argv)
    sizes = a.posts or [100_000, 1_000_000]
    code = code_version()
    print(f"threadscope at {code['commit']}{' (uncommitted changes)' if code['dirty'] else ''}", file=sys.stderr)
    results = []
    for n in sizes:
        path, info = generated_file(a.out, n, a.seed, a.keep)
        if a.generate_only:
            continue
        print(f"measuring {n:,} posts", file=sys.stderr, flush=True)
        results.append({"posts_nominal": n, "file": info, "path": str(path),
                        "figures": measure(n, path, a.modes, a.repeat)})
    if a.generate_only:
        return 0
    print()
    print_table(results)
    if a.profile:
        n = min(sizes)
        path = a.out / f"twarc2_{n}_s{a.seed}.jsonl"
        prof = str(a.out / f"profile_{a.profile}_{n}.pstats")
        res = run_child(a.profile, path, prof)
        print(f"\ncProfile of '{a.profile}', {n:,} posts: {res['seconds']:.1f} s under the profiler "
              f"(saved to {prof}; open with python -m pstats):\n")
        print_profile(prof)
    code_after = code_version()
    if code_after != code:
        print(f"warning: threadscope changed during the run ({code['commit']}{'+dirty' if code['dirty'] else ''} "
              f"-> {code_after['commit']}{'+dirty' if code_after['dirty'] else ''}); figures may mix versions",
              file=sys.stderr)
    if a.json:
        import orjson
        doc = {"python": sys.version.split()[0], "platform": sys.platform, "cpus": os.cpu_count(),
               "orjson": orjson.__version__, "threadscope": code, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
               "goals": {"ratio": GOAL_RATIO, "peak_bytes": GOAL_PEAK_BYTES, "peak_at_posts": GOAL_PEAK_AT},
               "results": results}
        a.json.write_text(json.dumps(doc, indent=1))
        print(f"figures written to {a.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
