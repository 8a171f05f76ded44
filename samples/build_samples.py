#!/usr/bin/env python3
"""Build threadscope's bundled sample thread (stdlib only, deterministic).

The conversation is defined ONCE below (USERS and POSTS) and written in three
export formats:

  fable_thread.twarc2.jsonl  X API v2 search pages as twarc2 writes them
  fable_thread.v1.jsonl      classic v1.1 statuses, tweet_mode=extended, one per line
  fable_thread.csv           the current twarc-csv (0.7.x) default layout

Run from the repository root:

    python samples/build_samples.py

The thread is RECONSTRUCTED from public news reporting (see samples/README.md).
All handles other than the public figures, all ids, metrics, times and the
extra replies are invented for illustration.  Every run writes the same bytes.

The hash-based values (t.co links, tokens, snowflake ids), the v2 tweet object and the
twarc2 page around it (includes, meta, __twarc) come from tests/data/twarc_fixture.py,
shared with the forecast sets' builders; the v1.1 and CSV forms are made here.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT_DIR.parent / "tests" / "data"))  # twarc_fixture

import twarc_fixture as tf
from twarc_fixture import display_url, iso_v2, parse_when, tco

PAGE_SIZE = 12  # max_results used for the search, so the export has 3 pages
RETRIEVED_AT = datetime(2026, 6, 19, 9, 14, 27, tzinfo=timezone.utc)


# --------------------------------------------------------------------------
# this thread's ids and v1.1 dates (the hashes behind them: twarc_fixture)
# --------------------------------------------------------------------------

def snowflake(when: datetime, key: str) -> str:
    """A snowflake id whose embedded timestamp is `when` (plus a few ms).

    ((unix_ms - epoch) << 22) + a small worker/sequence part, so that
    (id >> 22) + epoch gives back a time inside the same second as created_at.
    """
    return tf.snowflake_id(tf.unix_ms(when) + tf.small_int("ms" + key, 1000),
                           tf.small_int("wk" + key, 32) << 12)


def date_v1(when: datetime) -> str:
    return when.strftime("%a %b %d %H:%M:%S +0000 %Y")


# --------------------------------------------------------------------------
# the people
# --------------------------------------------------------------------------

@dataclass
class User:
    key: str  # = username; used by POSTS
    name: str
    created: str  # "YYYY-MM-DD HH:MM:SS"
    description: str
    followers: int
    following: int
    tweets: int
    listed: int
    verified: bool = False
    verified_type: str = "none"
    location: str | None = None
    url: str | None = None  # expanded profile URL (shown via t.co)
    legacy_id: str | None = None  # pre-snowflake accounts have short numeric ids

    @property
    def username(self) -> str:
        return self.key

    @property
    def created_at(self) -> datetime:
        return parse_when(self.created)

    @property
    def id(self) -> str:
        return self.legacy_id or snowflake(self.created_at, "user:" + self.key)


USERS = [
    # public figures named in the news reports (ids, counts and bios invented)
    User("teortaxesTex", "Teortaxes▶️ (DeepSeek 推特🐋铁粉 2023 – ∞)", "2020-11-14 08:21:40",
         "Independent watcher of AI labs, mostly Chinese ones. Open weights, compute, timelines. Not investment advice.",
         98_400, 1_210, 61_350, 1_044, verified=True, verified_type="blue"),
    User("elonmusk", "Elon Musk", "2009-06-02 20:12:29", "",
         231_400_000, 1_180, 88_900, 162_000, verified=True, verified_type="blue",
         legacy_id="46820119"),
    User("jietang", "Jie Tang (唐杰)", "2010-03-05 02:44:10",
         "Zhipu AI (Z.ai). Professor, Tsinghua University. Working on GLM and AGI.",
         187_300, 402, 3_920, 2_310, verified=True, verified_type="blue",
         legacy_id="122004871", location="Beijing"),
    User("Zai_org", "Z.ai", "2023-05-11 06:30:00",
         "The AI lab behind GLM. Open weights, long-horizon agents.",
         264_800, 38, 1_275, 1_880, verified=True, verified_type="business",
         location="Beijing, China", url="https://z.ai"),
    # invented ordinary accounts
    User("modelwatch_kim", "Kim | Model Watch", "2019-02-21 14:05:33",
         "I read model cards so you don't have to. Benchmarks, releases, rumors (labelled).",
         41_200, 890, 22_410, 512, verified=True, verified_type="blue"),
    User("tensor_tamsin", "Tamsin Ode", "2017-09-30 19:44:02",
         "ML infra. Opinions are my own and frequently wrong.",
         6_830, 740, 9_120, 88, location="London"),
    User("grumpy_gradient", "Grumpy Gradient", "2021-04-01 00:00:09",
         "Vibes-based skeptic. Show me the evals.\nNo DMs.",
         12_950, 310, 30_877, 140),
    User("sofia_evals", "Sofía R.", "2018-06-12 10:17:45",
         "Evaluación de modelos de lenguaje. Madrid / remote.",
         3_410, 620, 4_566, 51, location="Madrid"),
    User("xiaoyu_ml", "小雨 Xiaoyu", "2022-08-08 08:08:08",
         "LLM 工程师 · 开源爱好者",
         2_275, 415, 3_302, 19, location="杭州"),
    User("benchmarkbarry", "Barry (citation needed)", "2016-11-03 16:40:51",
         "Asking for sources since forever.",
         1_980, 1_044, 14_206, 23),
    User("opsrunner_dev", "ops runner", "2015-07-19 21:02:36",
         "SRE. I run the models you argue about.",
         4_720, 388, 11_903, 60),
    User("lowrank_lena", "Lena Vogt", "2019-12-02 09:33:12",
         "Agents, evals, long runs. Writing at Low Rank Letters.",
         15_380, 602, 7_741, 301, location="Berlin", url="https://lowrankletters.substack.com"),
    User("hk_quant_lee", "Lee K.", "2014-03-27 03:15:58",
         "HK equities, AI supply chain. Nothing here is advice.",
         8_150, 930, 18_045, 177, location="Hong Kong", legacy_id="2411038559"),
    User("cryo_capex", "cryo capex", "2023-01-16 22:49:07",
         "capex maximalist",
         930, 1_450, 5_004, 4),
    User("nadia_infra", "Nadia Haddad", "2020-05-05 13:26:44",
         "Compute policy & export controls. Ex-datacenter.",
         5_260, 870, 6_317, 95),
    User("paulo_tokens", "Paulo Tokens", "2022-01-29 18:58:30",
         "tokens in, takes out",
         2_940, 505, 8_811, 33, location="São Paulo"),
]
USER = {u.key: u for u in USERS}


# --------------------------------------------------------------------------
# the posts
# --------------------------------------------------------------------------

@dataclass
class Post:
    """One post.  `body` is the text AFTER the automatic leading @mentions.

    `{url}` in the body marks where the t.co link for `link` goes.
    Metrics are (retweets, replies, likes, quotes, bookmarks, impressions).
    """

    key: str
    author: str
    when: str
    body: str = ""
    reply_to: str | None = None
    prefix: list[str] = field(default_factory=list)  # leading @mentions (reply text)
    quotes: str | None = None
    retweet_of: str | None = None
    lang: str = "en"
    metrics: tuple[int, int, int, int, int, int] = (0, 0, 0, 0, 0, 0)
    link: str | None = None
    photo: dict | None = None
    deleted: bool = False  # referenced but absent from every export (404)

    @property
    def created_at(self) -> datetime:
        return parse_when(self.when)

    @property
    def id(self) -> str:
        return snowflake(self.created_at, "post:" + self.key)


ZAI_BODY = (
    "GLM-5.2 is out. Open weights (MIT), 753B params, 1M-token context.\n"
    "\n"
    "FrontierSWE: 74.4 (Opus 4.8: 75.1, GPT-5.5: 72.6)\n"
    "PostTrainBench: 34.3 (Opus 4.8: 37.2, GPT-5.5: 28.4)\n"
    "SWE-Marathon: 13.0 (Opus 4.8: 26.0)\n"
    "\n"
    "#1 among available models on Code Arena. {url}"
)

ROOT_BODY = (
    "Two days with GLM-5.2 from @Zai_org. My overall read: it sits in the Opus 4.7–4.8 range. "
    "Long-horizon coding is the real deal; being a point behind Opus 4.8 on FrontierSWE matches "
    "what I see in agent runs that go on for hours. It doesn't give up, it doesn't loop, it "
    "recovers from its own mistakes.\n"
    "\n"
    "The weak spot is visual. Screenshots, charts, UI mockups: clearly behind the US frontier, "
    "and that is where most of the remaining gap lives.\n"
    "\n"
    "SWE-Marathon (13.0 vs 26.0) says the hardest tasks are still out of reach. But for open "
    "weights under MIT this is absurd. Zhipu is now clearly a top-3 lab."
)

TANG_BODY = (
    "At a time when frontier models are arbitrarily cut off from access, we are more convinced "
    "of one thing: science should be global. The road to AGI must never be surrounded by high walls."
)

POSTS = [
    # ---- conversation 2a: the GLM-5.2 announcement (2026-06-15) ----
    Post("zai_launch", "Zai_org", "2026-06-15 12:00:07", ZAI_BODY,
         link="https://huggingface.co/zai-org/GLM-5.2",
         photo={"width": 1600, "height": 900,
                "alt_text": "Bar chart: GLM-5.2, Opus 4.8 and GPT-5.5 on FrontierSWE, "
                            "PostTrainBench and SWE-Marathon"},
         metrics=(2_140, 388, 11_900, 610, 4_020, 2_310_000)),
    Post("zai_reply_paulo", "paulo_tokens", "2026-06-15 12:26:40",
         "MIT license on a 753B model. Downloading now, see you in three days.",
         reply_to="zai_launch", prefix=["Zai_org"], metrics=(3, 2, 87, 0, 4, 9_870)),

    # ---- main conversation (2026-06-18), rooted at Teortaxes' long quote post ----
    Post("root", "teortaxesTex", "2026-06-18 01:40:12", ROOT_BODY, quotes="zai_launch",
         metrics=(310, 142, 2_480, 55, 1_130, 412_000)),
    Post("question", "modelwatch_kim", "2026-06-18 02:05:33",
         "When will China's large models reach Fable-level?",
         reply_to="root", prefix=["teortaxesTex"], metrics=(4, 9, 61, 1, 3, 18_200)),
    Post("lena_notes", "lowrank_lena", "2026-06-18 02:15:02",
         "Agree on vision. 🧵 I ran it on 40 multi-hour agent tasks, notes here: {url}",
         reply_to="root", prefix=["teortaxesTex"],
         link="https://lowrankletters.substack.com/p/glm-52-forty-long-runs",
         metrics=(12, 2, 140, 3, 96, 21_400)),
    Post("lena_notes_2", "lowrank_lena", "2026-06-18 02:17:40",
         "(2/2) Short version: long-horizon coding holds up for hours. It falls over on "
         "screenshots and diagrams. Same shape as your read.",
         reply_to="lena_notes", prefix=["teortaxesTex"], metrics=(2, 1, 58, 0, 11, 9_950)),
    Post("lee_marathon", "hk_quant_lee", "2026-06-18 02:22:18",
         "Depends what \"Fable-level\" means. SWE-Marathon is 13.0 vs 26.0 for Opus 4.8, that's half.",
         reply_to="question", prefix=["modelwatch_kim", "teortaxesTex"],
         metrics=(1, 1, 33, 0, 2, 6_480)),
    Post("teo_answer", "teortaxesTex", "2026-06-18 02:31:48",
         "The gap is ~7 months, so Fable-level from China around Nov-Dec 2026.",
         reply_to="question", prefix=["modelwatch_kim"],
         metrics=(160, 88, 1_940, 41, 320, 506_000)),
    Post("barry_source", "benchmarkbarry", "2026-06-18 02:44:09",
         "Source for the 7 months?",
         reply_to="teo_answer", prefix=["teortaxesTex", "modelwatch_kim"],
         metrics=(0, 1, 12, 0, 0, 3_310)),
    Post("cryo_deleted", "cryo_capex", "2026-06-18 02:48:10",
         "(deleted before collection; never written to any file)",
         reply_to="root", prefix=["teortaxesTex"], deleted=True),
    Post("nadia_orphan", "nadia_infra", "2026-06-18 02:53:41",
         "Export controls don't slow the training curve. They just decide who gets to use "
         "what comes out of it.",
         reply_to="cryo_deleted", prefix=["cryo_capex", "teortaxesTex"],
         metrics=(9, 2, 104, 1, 15, 14_700)),
    Post("teo_source", "teortaxesTex", "2026-06-18 02:58:30",
         "Mythos hit Preview, i.e. ≥Opus 4.8 functionally, in early Feb 2026. GLM-5.2 is about "
         "there minus vision. Count vision and the lag is ~7 months.",
         reply_to="barry_source", prefix=["benchmarkbarry", "modelwatch_kim"],
         metrics=(14, 3, 230, 2, 41, 48_900)),
    Post("barry_gone", "benchmarkbarry", "2026-06-18 03:05:12",
         "What did they say? The tweet is gone.",
         reply_to="nadia_orphan", prefix=["nadia_infra", "cryo_capex"],
         metrics=(0, 1, 4, 0, 0, 1_120)),
    Post("nadia_recap", "nadia_infra", "2026-06-18 03:09:58",
         "Something like \"it's all distillation, not progress\". Deleted within the hour.",
         reply_to="barry_gone", prefix=["benchmarkbarry"], metrics=(0, 0, 9, 0, 0, 1_430)),
    Post("musk_q1", "elonmusk", "2026-06-18 03:12:45", "Probably Q1",
         reply_to="teo_answer", prefix=["teortaxesTex"],
         metrics=(1_150, 1_210, 21_400, 240, 880, 4_120_000)),
    Post("grumpy_joke", "grumpy_gradient", "2026-06-18 03:20:16",
         "Q1 of which year though 👀",
         reply_to="musk_q1", prefix=["elonmusk", "teortaxesTex"],
         metrics=(6, 3, 412, 2, 5, 61_300)),
    Post("tang_reply", "jietang", "2026-06-18 03:41:27", "It won't take that long",
         reply_to="musk_q1", prefix=["teortaxesTex", "elonmusk"],
         metrics=(2_030, 640, 18_700, 390, 1_010, 3_050_000)),
    Post("paulo_quote", "paulo_tokens", "2026-06-18 03:47:50",
         "Elon says probably Q1 2027 for a Fable-level Chinese model. A year ago he wouldn't "
         "have put a date on it at all.",
         quotes="musk_q1", metrics=(21, 7, 380, 3, 22, 57_600)),
    Post("tamsin_rt_tang", "tensor_tamsin", "2026-06-18 03:52:03", retweet_of="tang_reply"),
    Post("tamsin_agree", "tensor_tamsin", "2026-06-18 03:55:31",
         "+1, Tang is right, it's coming this year.",
         reply_to="tang_reply", prefix=["jietang", "elonmusk"],
         metrics=(5, 1, 96, 0, 1, 12_800)),
    Post("musk_benchmarks", "elonmusk", "2026-06-18 04:02:19",
         "Benchmarks are easy to catch up on. Real practicality is harder. "
         "Even Q1 would be impressive.",
         reply_to="tang_reply", prefix=["teortaxesTex", "jietang"],
         metrics=(1_480, 930, 16_200, 170, 1_240, 3_870_000)),
    Post("lee_rt_musk", "hk_quant_lee", "2026-06-18 04:06:37", retweet_of="musk_benchmarks"),
    Post("xiaoyu_agree", "xiaoyu_ml", "2026-06-18 04:10:44", "同意，今年就会追上",
         reply_to="tamsin_agree", prefix=["tensor_tamsin"], lang="zh",
         metrics=(0, 0, 23, 0, 0, 2_050)),
    Post("grumpy_2028", "grumpy_gradient", "2026-06-18 04:14:05", "No way before 2028.",
         reply_to="tang_reply", prefix=["jietang", "elonmusk"],
         metrics=(11, 14, 260, 3, 2, 40_100)),
    Post("sofia_es", "sofia_evals", "2026-06-18 04:33:52",
         "Totalmente de acuerdo: los benchmarks se alcanzan rápido, la utilidad real es otra "
         "cosa. Probablemente Q1 2027, como dice Elon.",
         reply_to="musk_benchmarks", prefix=["elonmusk", "jietang"], lang="es",
         metrics=(2, 0, 41, 0, 1, 5_900)),
    Post("ops_entities", "opsrunner_dev", "2026-06-18 04:40:26",
         "benchmark scores &lt; real workloads &amp; real workloads &lt; revenue. "
         "That's the whole argument in one line.",
         reply_to="musk_benchmarks", prefix=["elonmusk", "jietang"],
         metrics=(7, 1, 150, 1, 9, 19_800)),

    # ---- conversation 2b: Tang Jie's "science should be global" post ----
    Post("tang_global", "jietang", "2026-06-18 06:30:05", TANG_BODY,
         metrics=(1_690, 252, 9_800, 210, 1_400, 884_312)),
    Post("ops_weights", "opsrunner_dev", "2026-06-18 06:41:33",
         "Open weights are the only kind of access nobody can revoke.",
         reply_to="tang_global", prefix=["jietang"], metrics=(4, 0, 77, 0, 3, 8_800)),
    Post("grumpy_data", "grumpy_gradient", "2026-06-18 06:52:20",
         "Nice words. Release the training data too and I'll believe the part about no walls.",
         reply_to="tang_global", prefix=["jietang"], metrics=(3, 2, 58, 0, 1, 9_400)),
    Post("xiaoyu_rt_tang", "xiaoyu_ml", "2026-06-18 07:02:11", retweet_of="tang_global"),
    Post("xiaoyu_open", "xiaoyu_ml", "2026-06-18 07:15:48", "说得好，科学无国界 🙌 #OpenSource",
         reply_to="tang_global", prefix=["jietang"], lang="zh",
         metrics=(1, 0, 30, 0, 0, 3_700)),
]
POST = {p.key: p for p in POSTS}
PUBLISHED = [p for p in POSTS if not p.deleted]


# --------------------------------------------------------------------------
# derived structure
# --------------------------------------------------------------------------

def conversation_root(post: Post) -> Post:
    while post.reply_to:
        post = POST[post.reply_to]
    return post


def is_long(post: Post) -> bool:
    return not post.retweet_of and len(full_text(post)) > 280


def full_text(post: Post) -> str:
    """The complete text as the author wrote it (leading @mentions included, no quote link)."""
    if post.retweet_of:
        raise ValueError("retweets have no text of their own")
    text = "".join("@" + name + " " for name in post.prefix) + post.body
    return text.replace("{url}", tco(post.key + ":link") if post.link else "")


def quote_link(post: Post) -> tuple[str, str]:
    """(t.co, expanded) permalink of the quoted post."""
    quoted = POST[post.quotes]
    return tco(post.key + ":quote"), f"https://x.com/{quoted.author}/status/{quoted.id}"


def photo_link(post: Post) -> tuple[str, str]:
    return tco(post.key + ":photo"), f"https://x.com/{post.author}/status/{post.id}/photo/1"


def media_key(post: Post) -> str:
    return "3_" + snowflake(post.created_at - timedelta(seconds=40), "media:" + post.key)


def retweet_text(post: Post) -> str:
    """v2 `text` / v1.1 `full_text` of a retweet: 'RT @user: ' + original, cut at 140."""
    original = POST[post.retweet_of]
    text = f"RT @{original.author}: {v2_text(original)}"
    return text if len(text) <= 140 else text[:139] + "…"


def v2_text(post: Post) -> str:
    """The `text` field as the v2 API returns it."""
    if post.retweet_of:
        return retweet_text(post)
    text = full_text(post)
    if is_long(post):
        # Long posts: `text` is cut near 280 with an ellipsis and a read-more link;
        # the whole text is in note_tweet.text.
        cut = text[:279]
        cut = cut[: cut.rfind(" ")]
        return cut + "… " + tco(post.key + ":more")
    if post.quotes:
        text += " " + quote_link(post)[0]
    if post.photo:
        text += " " + photo_link(post)[0]
    return text


def v1_text(post: Post) -> tuple[str, int]:
    """(full_text, end of the visible part) for the v1.1 extended form."""
    if post.retweet_of:
        text = retweet_text(post)
        return text, len(text)
    text = full_text(post)
    visible_end = len(text)
    if post.quotes:
        text += " " + quote_link(post)[0]
    if post.photo:
        text += " " + photo_link(post)[0]
    return text, visible_end


def url_targets(post: Post) -> dict[str, dict]:
    """Every t.co this post may contain -> what it stands for."""
    targets = {}
    if post.link:
        targets[tco(post.key + ":link")] = {"expanded_url": post.link}
    if post.quotes:
        short, expanded = quote_link(post)
        targets[short] = {"expanded_url": expanded}
    if post.photo:
        short, expanded = photo_link(post)
        targets[short] = {"expanded_url": expanded, "media": True}
    targets[tco(post.key + ":more")] = {
        "expanded_url": f"https://twitter.com/i/web/status/{post.id}"}
    return targets


HASHTAG_RE = re.compile(r"(?<![\w#&])#(\w*[^\W\d_]\w*)")  # at least one letter


def scan_entities(text: str, post: Post) -> dict:
    """Find mentions, hashtags and t.co URLs in `text`. Offsets are code points."""
    mentions = [(m.start(), m.end(), m.group(1)) for m in tf.MENTION_RE.finditer(text)
                if m.group(1) in USER]
    hashtags = [(m.start(), m.end(), m.group(1)) for m in HASHTAG_RE.finditer(text)]
    targets = url_targets(post.retweet_of and POST[post.retweet_of] or post)
    urls = []
    for m in tf.TCO_RE.finditer(text):
        target = targets[m.group(0)]
        urls.append((m.start(), m.end(), m.group(0), target))
    return {"mentions": mentions, "hashtags": hashtags, "urls": urls}


# --------------------------------------------------------------------------
# X API v2 objects
# --------------------------------------------------------------------------

def v2_entities(text: str, post: Post) -> dict:
    found = scan_entities(text, post)
    entities: dict = {}
    if found["urls"]:
        entities["urls"] = []
        for start, end, short, target in found["urls"]:
            if target.get("media"):
                item = tf.url_entity(start, end, short, target["expanded_url"],
                                     "pic.x.com/" + short.rsplit("/", 1)[1])
                item["media_key"] = media_key(post)
            else:
                item = tf.url_entity(start, end, short, target["expanded_url"])
            entities["urls"].append(item)
    if found["hashtags"]:
        entities["hashtags"] = [{"start": s, "end": e, "tag": tag}
                                for s, e, tag in found["hashtags"]]
    if found["mentions"]:
        entities["mentions"] = [{"start": s, "end": e, "username": name, "id": USER[name].id}
                                for s, e, name in found["mentions"]]
    return entities


def v2_metrics(post: Post) -> dict:
    if post.retweet_of:  # a retweet shows the original's retweet count, nothing else
        rts = POST[post.retweet_of].metrics[0]
        counts = (rts, 0, 0, 0, 0, 0)
    else:
        counts = post.metrics
    return tf.public_metrics(*counts)


def v2_tweet(post: Post) -> dict:
    created = post.created_at
    text = v2_text(post)
    refs = [(kind, POST[key].id) for kind, key in
            (("replied_to", post.reply_to), ("quoted", post.quotes), ("retweeted", post.retweet_of)) if key]
    note = full_text(post) if is_long(post) else None
    return tf.v2_tweet_obj(
        id=post.id, text=text,
        edit_controls={
            "edits_remaining": 5,
            "is_edit_eligible": not post.retweet_of,
            "editable_until": iso_v2(created + timedelta(hours=1)),
        },
        conversation_id=conversation_root(post).id,
        lang=POST[post.retweet_of].lang if post.retweet_of else post.lang,
        author_id=USER[post.author].id, created_at=created, metrics=v2_metrics(post),
        entities=v2_entities(text, post),
        in_reply_to_user_id=USER[POST[post.reply_to].author].id if post.reply_to else None,
        refs=refs,
        attachments={"media_keys": [media_key(post)]} if post.photo else None,
        note_tweet={"text": note, "entities": v2_entities(note, post)} if note else None)


def v2_user(user: User) -> dict:
    obj = {
        "id": user.id,
        "verified": user.verified,
        "verified_type": user.verified_type,
        "profile_image_url": "https://pbs.twimg.com/profile_images/"
                             f"{snowflake(user.created_at + timedelta(days=400), 'img' + user.key)}/"
                             f"{tf.token('img' + user.key, 8)}_normal.jpg",
        "created_at": iso_v2(user.created_at),
        "description": user.description,
        "public_metrics": {
            "followers_count": user.followers,
            "following_count": user.following,
            "tweet_count": user.tweets,
            "listed_count": user.listed,
        },
        "name": user.name,
        "username": user.username,
        "protected": False,
    }
    if user.location:
        obj["location"] = user.location
    if user.url:
        short = tco("profile:" + user.key)
        obj["url"] = short
        obj["entities"] = {"url": {"urls": [{
            "start": 0, "end": len(short), "url": short,
            "expanded_url": user.url, "display_url": display_url(user.url)}]}}
    return obj


def v2_media(post: Post) -> dict:
    return {
        "media_key": media_key(post),
        "type": "photo",
        "url": f"https://pbs.twimg.com/media/{tf.token('pbs' + post.key, 15)}.jpg",
        "width": post.photo["width"],
        "height": post.photo["height"],
        "alt_text": post.photo["alt_text"],
    }


def search_query() -> str:
    roots = ["root", "tang_global", "zai_launch"]
    parts = [f"conversation_id:{POST[k].id}" for k in roots]
    parts += [f"quotes_of_tweet_id:{POST[k].id}" for k in ["musk_q1"]]
    retweeted = sorted({p.retweet_of for p in PUBLISHED if p.retweet_of},
                       key=lambda k: POST[k].id)
    parts += [f"retweets_of_tweet_id:{POST[k].id}" for k in retweeted]
    return " OR ".join(parts)


def search_url(next_token: str | None) -> str:
    expansions = ("author_id,in_reply_to_user_id,referenced_tweets.id,referenced_tweets.id.author_id,"
                  "entities.mentions.username,attachments.poll_ids,attachments.media_keys,"
                  "geo.place_id,edit_history_tweet_ids")
    tweet_fields = ("attachments,author_id,context_annotations,conversation_id,created_at,entities,"
                    "geo,id,in_reply_to_user_id,lang,public_metrics,text,possibly_sensitive,"
                    "referenced_tweets,reply_settings,source,withheld,edit_controls,"
                    "edit_history_tweet_ids,note_tweet")
    user_fields = ("created_at,description,entities,id,location,name,pinned_tweet_id,"
                   "profile_image_url,protected,public_metrics,url,username,verified,"
                   "verified_type,withheld")
    media_fields = ("alt_text,duration_ms,height,media_key,preview_image_url,type,url,width,"
                    "variants,public_metrics")
    poll_fields = "duration_minutes,end_datetime,id,options,voting_status"
    place_fields = "contained_within,country,country_code,full_name,geo,id,name,place_type"
    params = [("expansions", expansions), ("tweet.fields", tweet_fields),
              ("user.fields", user_fields), ("media.fields", media_fields),
              ("poll.fields", poll_fields), ("place.fields", place_fields),
              ("query", search_query()), ("max_results", str(PAGE_SIZE))]
    return tf.search_url("recent", params, next_token)


def not_found_error(tweet_id: str) -> dict:
    return {
        "value": tweet_id,
        "detail": f"Could not find tweet with referenced_tweets.id: [{tweet_id}].",
        "title": "Not Found Error",
        "resource_type": "tweet",
        "parameter": "referenced_tweets.id",
        "resource_id": tweet_id,
        "type": "https://api.twitter.com/2/problems/resource-not-found",
    }


def referenced_keys(post: Post) -> list[str]:
    return [k for k in (post.reply_to, post.quotes, post.retweet_of) if k]


def build_page(posts: list[Post], number: int, token_in: str | None,
               token_out: str | None) -> dict:
    """One search response page, with the expansions the API would add."""
    referenced = tf.unique(key for post in posts for key in referenced_keys(post))
    includes_tweets = [POST[key] for key in referenced if not POST[key].deleted]
    missing = [POST[key] for key in referenced if POST[key].deleted]

    def user_keys():
        for post in posts:
            yield post.author
            if post.reply_to:
                yield POST[post.reply_to].author
            for _, _, name in scan_entities(v2_text(post), post)["mentions"]:
                yield name
        for target in includes_tweets:
            yield target.author

    return tf.twarc_page(
        [v2_tweet(p) for p in posts], [v2_user(USER[k]) for k in tf.unique(user_keys())],
        [v2_tweet(p) for p in includes_tweets] or None,
        media=[v2_media(p) for p in posts if p.photo], errors=[not_found_error(p.id) for p in missing],
        next_token=token_out, url=search_url(token_in), retrieved=RETRIEVED_AT, number=number)


def build_pages() -> list[dict]:
    newest_first = sorted(PUBLISHED, key=lambda p: int(p.id), reverse=True)
    chunks = [newest_first[i:i + PAGE_SIZE] for i in range(0, len(newest_first), PAGE_SIZE)]
    tokens = tf.page_tokens(len(chunks))
    return [build_page(chunk, n, tokens[n], tokens[n + 1]) for n, chunk in enumerate(chunks)]


# --------------------------------------------------------------------------
# v1.1 objects
# --------------------------------------------------------------------------

def v1_user(user: User) -> dict:
    v2 = v2_user(user)
    url_entities = {"urls": []}
    if user.url:
        url_entities = {"urls": [{"url": v2["url"], "expanded_url": user.url,
                                  "display_url": display_url(user.url),
                                  "indices": [0, len(v2["url"])]}]}
    entities = {"description": {"urls": []}}
    if user.url:
        entities = {"url": url_entities, "description": {"urls": []}}
    return {
        "id": int(user.id),
        "id_str": user.id,
        "name": user.name,
        "screen_name": user.username,
        "location": user.location or "",
        "description": user.description,
        "url": v2.get("url"),
        "entities": entities,
        "protected": False,
        "followers_count": user.followers,
        "friends_count": user.following,
        "listed_count": user.listed,
        "created_at": date_v1(user.created_at),
        "favourites_count": user.tweets * 3 + 17,
        "utc_offset": None,
        "time_zone": None,
        "geo_enabled": False,
        "verified": user.verified,
        "statuses_count": user.tweets,
        "lang": None,
        "profile_image_url_https": v2["profile_image_url"],
        "default_profile": True,
        "default_profile_image": False,
    }


def v1_entities(text: str, post: Post) -> tuple[dict, list | None]:
    found = scan_entities(text, post)
    entities: dict = {
        "hashtags": [{"text": tag, "indices": [s, e]} for s, e, tag in found["hashtags"]],
        "symbols": [],
        "user_mentions": [{"screen_name": name, "name": USER[name].name,
                           "id": int(USER[name].id), "id_str": USER[name].id,
                           "indices": [s, e]} for s, e, name in found["mentions"]],
        "urls": [],
    }
    media = None
    for start, end, short, target in found["urls"]:
        if target.get("media"):
            mid = media_key(post).split("_", 1)[1]
            media = [{
                "id": int(mid), "id_str": mid, "indices": [start, end],
                "media_url_https": v2_media(post)["url"], "url": short,
                "display_url": "pic.x.com/" + short.rsplit("/", 1)[1],
                "expanded_url": target["expanded_url"], "type": "photo",
                "sizes": {"large": {"w": post.photo["width"], "h": post.photo["height"],
                                    "resize": "fit"}},
            }]
            entities["media"] = media
        else:
            entities["urls"].append({"url": short, "expanded_url": target["expanded_url"],
                                     "display_url": display_url(target["expanded_url"]),
                                     "indices": [start, end]})
    return entities, media


def v1_status(post: Post) -> dict:
    text, visible_end = v1_text(post)
    hidden = len("".join("@" + n + " " for n in post.prefix))
    entities, media = v1_entities(text, post)
    parent = POST[post.reply_to] if post.reply_to else None
    status: dict = {
        "created_at": date_v1(post.created_at),
        "id": int(post.id),
        "id_str": post.id,
        "full_text": text,
        "truncated": False,
        "display_text_range": [hidden, visible_end],
        "entities": entities,
    }
    if media:
        status["extended_entities"] = {"media": media}
    status.update({
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "in_reply_to_status_id": int(parent.id) if parent else None,
        "in_reply_to_status_id_str": parent.id if parent else None,
        "in_reply_to_user_id": int(USER[parent.author].id) if parent else None,
        "in_reply_to_user_id_str": USER[parent.author].id if parent else None,
        "in_reply_to_screen_name": parent.author if parent else None,
        "user": v1_user(USER[post.author]),
        "geo": None,
        "coordinates": None,
        "place": None,
        "contributors": None,
    })
    if post.retweet_of:
        status["retweeted_status"] = v1_status(POST[post.retweet_of])
    status["is_quote_status"] = bool(post.quotes)
    if post.quotes:
        quoted = POST[post.quotes]
        short, expanded = quote_link(post)
        status["quoted_status_id"] = int(quoted.id)
        status["quoted_status_id_str"] = quoted.id
        status["quoted_status_permalink"] = {"url": short, "expanded": expanded,
                                             "display": display_url(expanded)}
        status["quoted_status"] = v1_status(quoted)
    counts = v2_metrics(post)
    status.update({
        "retweet_count": counts["retweet_count"],
        "favorite_count": counts["like_count"],
        "favorited": False,
        "retweeted": False,
        "possibly_sensitive": False,
        "possibly_sensitive_appealable": False,
        "lang": POST[post.retweet_of].lang if post.retweet_of else post.lang,
    })
    return status


# --------------------------------------------------------------------------
# twarc-csv (0.7.x) rows
# --------------------------------------------------------------------------

# DocNow/twarc-csv dataframe_converter.py DEFAULT_TWEET_COLUMNS (twarc-csv 0.7.2)
TWARC_CSV_COLUMNS = """id conversation_id referenced_tweets.replied_to.id
referenced_tweets.retweeted.id referenced_tweets.quoted.id author_id in_reply_to_user_id
in_reply_to_username retweeted_user_id retweeted_username quoted_user_id quoted_username
created_at text lang source public_metrics.impression_count public_metrics.reply_count
public_metrics.retweet_count public_metrics.quote_count public_metrics.like_count
public_metrics.bookmark_count reply_settings edit_history_tweet_ids
edit_controls.edits_remaining edit_controls.editable_until edit_controls.is_edit_eligible
possibly_sensitive withheld.scope withheld.copyright withheld.country_codes
entities.annotations entities.cashtags entities.hashtags entities.mentions entities.urls
context_annotations attachments.media attachments.media_keys
attachments.poll.duration_minutes attachments.poll.end_datetime attachments.poll.id
attachments.poll.options attachments.poll.voting_status attachments.poll_ids author.id
author.created_at author.username author.name author.description
author.entities.description.cashtags author.entities.description.hashtags
author.entities.description.mentions author.entities.description.urls
author.entities.url.urls author.url author.location author.pinned_tweet_id
author.profile_image_url author.protected author.public_metrics.followers_count
author.public_metrics.following_count author.public_metrics.listed_count
author.public_metrics.tweet_count author.verified author.verified_type
author.withheld.scope author.withheld.copyright author.withheld.country_codes
geo.coordinates.coordinates geo.coordinates.type geo.country geo.country_code
geo.full_name geo.geo.bbox geo.geo.type geo.id geo.name geo.place_id geo.place_type
matching_rules __twarc.retrieved_at __twarc.url __twarc.version""".split()

# twarc-csv stops with "Unexpected items in data" on note_tweet fields unless they
# are added with --extra-input-columns; they are then appended at the end.
EXTRA_COLUMNS = ["note_tweet.text", "note_tweet.entities.mentions"]
CSV_COLUMNS = TWARC_CSV_COLUMNS + EXTRA_COLUMNS


def _flatten_keys(obj: dict, prefix: str = "") -> dict:
    """pandas.json_normalize for one record: nested dicts become dotted keys."""
    flat = {}
    for key, value in obj.items():
        name = prefix + key
        if isinstance(value, dict):  # empty dicts vanish, as in json_normalize
            flat.update(_flatten_keys(value, name + "."))
        else:
            flat[name] = value
    return flat


def _processed_entities(entities: dict) -> dict:
    """twarc-csv --process-entities (the default): plain lists instead of objects."""
    out = dict(entities)
    if "hashtags" in out:
        out["hashtags"] = ["#" + h["tag"] for h in out["hashtags"]]
    if "mentions" in out:
        out["mentions"] = ["@" + m["username"] for m in out["mentions"]]
    if "urls" in out:
        out["urls"] = [u["display_url"] if "media_key" in u else u["expanded_url"]
                       for u in out["urls"]]
    return out


def csv_record(tweet: dict, page: dict) -> dict:
    """What twarc-csv makes of one data tweet (flatten, merge retweets, process entities)."""
    users = {u["id"]: u for u in page["includes"]["users"]}
    included = {t["id"]: t for t in page["includes"].get("tweets", [])}
    media = {m["media_key"]: m for m in page["includes"].get("media", [])}
    record = json.loads(json.dumps(tweet))  # deep copy

    author = json.loads(json.dumps(users[tweet["author_id"]]))
    if "entities" in author and "url" in author["entities"]:
        urls = [u["expanded_url"] for u in author["entities"]["url"]["urls"]]
        author["entities"]["url"]["urls"] = urls
        author["url"] = urls[-1]
    record["author"] = author
    if "attachments" in record:
        record["attachments"]["media"] = [media.get(k, {})
                                          for k in record["attachments"]["media_keys"]]

    refs = {}
    for ref in tweet.get("referenced_tweets", []):
        refs[ref["type"]] = {"id": ref["id"]}
        target = included.get(ref["id"])
        if target is None:
            continue  # deleted parent: only the id survives
        target_user = users.get(target["author_id"], {})
        if ref["type"] == "replied_to" and "username" in target_user:
            record["in_reply_to_username"] = target_user["username"]
        if ref["type"] == "retweeted":
            record["retweeted_user_id"] = target["author_id"]
            record["retweeted_username"] = target_user.get("username")
            # --merge-retweets (default): text, entities, metrics come from the original
            for key in ("text", "entities", "attachments", "context_annotations",
                        "public_metrics"):
                record[key] = target.get(key, record.get(key))
        if ref["type"] == "quoted":
            record["quoted_user_id"] = target["author_id"]
            if "username" in target_user:
                record["quoted_username"] = target_user["username"]
    record["referenced_tweets"] = refs
    if "note_tweet" in record:
        # twarc's flatten() merges the user object into every mention list; twarc-csv
        # only simplifies `entities`, so note_tweet mentions keep the merged objects.
        by_name = {u["username"]: u for u in users.values()}
        for mention in record["note_tweet"].get("entities", {}).get("mentions", []):
            mention.update(by_name.get(mention["username"], {}))
    if record.get("entities"):
        record["entities"] = _processed_entities(record["entities"])
    for key in ("entities", "attachments", "context_annotations"):
        if key in record and not record[key]:
            record.pop(key)
    record["__twarc"] = page["__twarc"]
    return _flatten_keys(record)


def csv_cell(value) -> str:
    """pandas/twarc-csv cell formatting."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        # twarc-csv's "mandatory newline escape": real newlines become a literal \n
        return value.replace("\r", "").replace("\n", "\\n")
    if isinstance(value, list):
        return json.dumps(value)
    return str(value)


def csv_rows(pages: list[dict]) -> list[list[str]]:
    rows, seen = [], set()
    for page in pages:
        for tweet in page["data"]:
            if tweet["id"] in seen:
                continue
            seen.add(tweet["id"])
            record = csv_record(tweet, page)
            unknown = set(record) - set(CSV_COLUMNS)
            if unknown:
                raise ValueError(f"twarc-csv would reject columns: {sorted(unknown)}")
            rows.append([csv_cell(record.get(col)) for col in CSV_COLUMNS])
    return rows


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------

def write_twarc2(pages: list[dict], path: Path) -> None:
    # twarc2 writes json.dumps(page): ASCII with \u escapes, ", " / ": " separators
    tf.write_jsonl(path, pages)


def write_v1(pages: list[dict], path: Path) -> None:
    # raw API style: compact separators, UTF-8 left unescaped
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for page in pages:
            for tweet in page["data"]:
                status = v1_status(next(p for p in PUBLISHED if p.id == tweet["id"]))
                fh.write(json.dumps(status, ensure_ascii=False, separators=(",", ":")) + "\n")


def write_csv(pages: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_rows(pages))


def check_ids() -> None:
    """Ids must be unique and decode to their created_at second."""
    ids = [p.id for p in POSTS] + [u.id for u in USERS]
    assert len(ids) == len(set(ids)), "duplicate id"
    for post in POSTS:
        assert tf.id_second(post.id) == int(post.created_at.timestamp()), post.key
    for post in PUBLISHED:
        if not post.retweet_of:
            assert len(full_text(post)) <= 280 or post.key == "root", post.key


def main() -> None:
    check_ids()
    pages = build_pages()
    write_twarc2(pages, OUT_DIR / "fable_thread.twarc2.jsonl")
    write_v1(pages, OUT_DIR / "fable_thread.v1.jsonl")
    write_csv(pages, OUT_DIR / "fable_thread.csv")
    print(f"wrote {len(PUBLISHED)} posts in {len(pages)} pages to {OUT_DIR}")


if __name__ == "__main__":
    main()
