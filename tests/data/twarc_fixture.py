"""Shared helpers for the scripts that write synthetic X/Twitter threads as twarc2 pages.

Used by these stdlib-only builders (each is run from the repository root):

    samples/build_samples.py                        the bundled sample thread (v2, v1.1, CSV)
    tests/data/forecasts/build_devset.py            forecast development set
    tests/data/forecasts_dev2/build_dev2.py         second forecast development set
    tests/data/forecasts_heldout/build_heldout.py   held-out forecast set
    tests/data/forecasts_messy/build_messy.py       held-out messy forecast set
    tests/data/forecasts_messy_dev/build_messy_dev.py  messy forecast development set

The scripts put this folder (tests/data) on sys.path and `import twarc_fixture as tf`.

What is here:

- deterministic values from hashes: `small_int`, `token`, `tco`; time and id helpers
  (`parse_when`, `iso_v2`, `snowflake_id`, `id_second`);
- the X API v2 objects as twarc2 stores them: `v2_tweet_obj`, `v2_user_obj`,
  `public_metrics`, `url_entity`, `mention_entities`, and a search page with its
  `includes`, `meta` and `__twarc` block (`twarc_page`, `search_url`, `page_tokens`);
- the forecast sets' thread model (`User`/`U`, `G`, `P`, `Thread`) and `ForecastSet`,
  which turns threads into pages, gold records and negatives.

Nothing here keeps state at module level. Each forecast set makes its own
`ForecastSet` subclass instance, which holds its user registry and decides how its
post and user ids are made (`ForecastSet.snowflake`), so one set's ids never move
when another set's contents change.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

TWEPOCH_MS = 1288834974657  # Twitter snowflake epoch (2010-11-04T01:42:54.657Z)
TWARC_VERSION = "2.14.0"

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"

MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,15})")
TCO_RE = re.compile(r"https://t\.co/\w{10}")

T = TypeVar("T")


# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------

def digest(*parts: str) -> bytes:
    return hashlib.sha256("|".join(parts).encode("utf-8")).digest()


def small_int(key: str, modulo: int, nbytes: int = 4) -> int:
    """A number in [0, modulo) taken from the first `nbytes` bytes of a hash of `key`."""
    return int.from_bytes(digest("int", key)[:nbytes], "big") % modulo


def token(key: str, length: int, alphabet: str = B62) -> str:
    raw = int.from_bytes(digest("token", key), "big")
    out = []
    for _ in range(length):
        raw, rem = divmod(raw, len(alphabet))
        out.append(alphabet[rem])
    return "".join(out)


def tco(key: str) -> str:
    return "https://t.co/" + token("tco" + key, 10)


def parse_when(when: str) -> datetime:
    """'2026-06-18 03:12:45' -> aware UTC datetime (seconds precision)."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def unix_ms(when: datetime) -> int:
    """Milliseconds since 1970 of the whole second of `when`."""
    return int(when.timestamp()) * 1000


def snowflake_id(ms: int, low: int) -> str:
    """((unix_ms - epoch) << 22) + low: (id >> 22) + epoch gives `ms` back."""
    return str(((ms - TWEPOCH_MS) << 22) + low)


def id_second(id_: str) -> int:
    """The unix second a snowflake id was made in."""
    return ((int(id_) >> 22) + TWEPOCH_MS) // 1000


def iso_v2(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def escape(text: str) -> str:
    """The API serves &, <, > as HTML entities in `text` (and note_tweet.text)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def display_url(expanded: str) -> str:
    """How X shortens a URL for display: no scheme; long ones cut to 26 chars + an ellipsis."""
    bare = re.sub(r"^https?://(www\.)?", "", expanded)
    return bare if len(bare) <= 30 else bare[:26] + "…"


def unique(items: Iterable[T]) -> list[T]:
    """The items in first-seen order, each once (how the API fills `includes`)."""
    return list(dict.fromkeys(items))


# --------------------------------------------------------------------------
# X API v2 objects
# --------------------------------------------------------------------------

METRIC_NAMES = ("retweet_count", "reply_count", "like_count", "quote_count",
                "bookmark_count", "impression_count")


def public_metrics(retweets: int, replies: int, likes: int, quotes: int, bookmarks: int,
                   impressions: int) -> dict:
    return dict(zip(METRIC_NAMES, (retweets, replies, likes, quotes, bookmarks, impressions)))


def url_entity(start: int, end: int, short: str, expanded: str, display: str | None = None) -> dict:
    return {"start": start, "end": end, "url": short, "expanded_url": expanded,
            "display_url": display_url(expanded) if display is None else display}


def mention_entities(text: str, ids: Mapping[str, str]) -> list[dict]:
    """Mentions of known users (username -> id); offsets are code points of `text`."""
    return [{"start": m.start(), "end": m.end(), "username": m.group(1), "id": ids[m.group(1)]}
            for m in MENTION_RE.finditer(text) if m.group(1) in ids]


def v2_tweet_obj(*, id: str, text: str, conversation_id: str, lang: str, author_id: str,
                 created_at: datetime, metrics: dict, entities: dict | None = None,
                 in_reply_to_user_id: str | None = None, refs: Iterable[tuple[str, str]] = (),
                 note_tweet: dict | None = None, edit_controls: dict | None = None,
                 attachments: dict | None = None) -> dict:
    """A v2 tweet with its fields in the order the API returns them.

    `refs` are (type, id) pairs of referenced_tweets; empty parts are left out.
    """
    tweet: dict = {"edit_history_tweet_ids": [id], "text": text}
    if edit_controls is not None:
        tweet["edit_controls"] = edit_controls
    tweet.update({
        "conversation_id": conversation_id,
        "lang": lang,
        "possibly_sensitive": False,
        "author_id": author_id,
        "reply_settings": "everyone",
        "id": id,
        "created_at": iso_v2(created_at),
        "public_metrics": metrics,
    })
    if entities:
        tweet["entities"] = entities
    if in_reply_to_user_id:
        tweet["in_reply_to_user_id"] = in_reply_to_user_id
    refs = [{"type": kind, "id": ref_id} for kind, ref_id in refs]
    if refs:
        tweet["referenced_tweets"] = refs
    if attachments:
        tweet["attachments"] = attachments
    if note_tweet:
        tweet["note_tweet"] = note_tweet
    return tweet


def v2_user_obj(id: str, name: str, username: str, created_at: datetime, description: str,
                followers: int, following: int, tweets: int, listed: int) -> dict:
    """A v2 user with the forecast sets' user.fields (no profile image, url or location)."""
    return {
        "id": id,
        "name": name,
        "username": username,
        "created_at": iso_v2(created_at),
        "description": description,
        "protected": False,
        "verified": False,
        "public_metrics": {"followers_count": followers, "following_count": following,
                           "tweet_count": tweets, "listed_count": listed},
    }


# --------------------------------------------------------------------------
# search pages as twarc2 writes them
# --------------------------------------------------------------------------

# The fields of the full-archive conversation searches in tests/data/forecasts*.
SEARCH_EXPANSIONS = ("author_id,in_reply_to_user_id,referenced_tweets.id,"
                     "referenced_tweets.id.author_id,entities.mentions.username")
SEARCH_TWEET_FIELDS = ("author_id,conversation_id,created_at,entities,id,in_reply_to_user_id,lang,"
                       "public_metrics,text,possibly_sensitive,referenced_tweets,reply_settings,"
                       "edit_history_tweet_ids,note_tweet")
SEARCH_USER_FIELDS = "created_at,description,id,name,protected,public_metrics,username,verified"


def search_url(endpoint: str, params: Iterable[tuple[str, str]], next_token: str | None = None) -> str:
    """The request URL twarc2 records: /2/tweets/search/<endpoint>, every value percent-encoded."""
    params = list(params) + ([("next_token", next_token)] if next_token else [])
    return f"https://api.twitter.com/2/tweets/search/{endpoint}?" + "&".join(
        f"{k}={quote(v, safe='')}" for k, v in params)


def conversation_search_url(root_ids: Iterable[str], page_size: int, next_token: str | None = None) -> str:
    """Full-archive search for whole conversations: conversation_id:<root> OR ..., oldest root first."""
    query = " OR ".join(f"conversation_id:{r}" for r in sorted(set(root_ids), key=int))
    return search_url("all", [("expansions", SEARCH_EXPANSIONS), ("tweet.fields", SEARCH_TWEET_FIELDS),
                              ("user.fields", SEARCH_USER_FIELDS), ("query", query),
                              ("max_results", str(page_size))], next_token)


def page_tokens(n_pages: int, salt: str = "") -> list[str | None]:
    """[None, t1, ..., None]: page n is fetched with tokens[n] and hands on tokens[n + 1]."""
    return [None] + [token(salt + f"next{i}", 45, B36) for i in range(1, n_pages)] + [None]


def twarc_page(data: list[dict], users: list[dict], tweets: list[dict] | None = None, *,
               next_token: str | None, url: str, retrieved: datetime, number: int,
               media: list[dict] | None = None, errors: list[dict] | None = None) -> dict:
    """One search response as twarc2 stores it: data, includes, errors, meta, __twarc.

    `tweets=None` leaves includes.tweets out; an empty list is written as one.
    Page `number` (from 0) was retrieved 2 seconds after the one before it.
    """
    includes: dict = {"users": users}
    if tweets is not None:
        includes["tweets"] = tweets
    if media:
        includes["media"] = media
    page: dict = {"data": data, "includes": includes}
    if errors:
        page["errors"] = errors
    meta = {"newest_id": data[0]["id"], "oldest_id": data[-1]["id"], "result_count": len(data)}
    if next_token:
        meta["next_token"] = next_token
    page["meta"] = meta
    page["__twarc"] = {"url": url, "version": TWARC_VERSION,
                       "retrieved_at": (retrieved + timedelta(seconds=2 * number)).isoformat(timespec="seconds")}
    return page


def write_jsonl(path: Path, rows: Iterable[dict], ascii_: bool = True) -> None:
    """One JSON document a line. ascii_=True is twarc2's json.dumps(page); False keeps UTF-8."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=ascii_) + "\n" for row in rows)


# --------------------------------------------------------------------------
# the forecast sets' threads (tests/data/forecasts, tests/data/forecasts_dev2)
# --------------------------------------------------------------------------

@dataclass
class User:
    username: str
    name: str
    created: str
    description: str = ""
    id: str = ""


def U(username: str, name: str, created: str, description: str = "") -> User:
    return User(username, name, created + " 12:00:00", description)


@dataclass
class G:
    """One gold forecast stated in a post."""
    quote: str
    prop: str  # key into the thread's events
    start: str | None
    end: str | None
    conf: float
    note: str
    rel: str | None = None  # key of the post this forecast is stated against
    vague: bool = False
    holder: str | None = None  # None = the author
    rk: str | None = None  # relative kind, for a set's own self-check (forecasts_dev2)


@dataclass
class P:
    key: str
    author: str
    when: str
    body: str
    reply: str | None = None
    quotes: str | None = None
    lang: str = "en"
    gold: list[G] = field(default_factory=list)
    neg: str | None = None  # why this post is NOT a forecast
    id: str = ""
    prefix: list[str] = field(default_factory=list)

    @property
    def created_at(self) -> datetime:
        return parse_when(self.when)


@dataclass
class Thread:
    topic: str
    events: dict[str, str]  # proposition key -> event
    posts: list[P]


def conversation_root(p: P, posts: dict[str, P]) -> P:
    while p.reply:
        p = posts[p.reply]
    return p


def full_text(p: P) -> str:
    """The complete text as a reader sees it (leading @mentions, no quote link)."""
    return "".join("@" + n + " " for n in p.prefix) + p.body


def is_long(p: P) -> bool:
    return len(full_text(p)) > 280


def quote_link(p: P, posts: dict[str, P]) -> tuple[str, str]:
    q = posts[p.quotes]
    return tco(p.id + ":quote"), f"https://x.com/{q.author}/status/{q.id}"


def v2_text(p: P, posts: dict[str, P]) -> str:
    text = escape(full_text(p))
    if is_long(p):
        cut = text[:279]
        cut = cut[: cut.rfind(" ")]
        return cut + "… " + tco(p.id + ":more")
    if p.quotes:
        text += " " + quote_link(p, posts)[0]
    return text


def reader_text(p: P) -> str:
    """What the labels are checked against: full (note) text, entities decoded."""
    return html.unescape(escape(full_text(p)))


def file_name(thread: Thread) -> str:
    return thread.topic + ".twarc2.jsonl"


def gold_records(thread: Thread, posts: dict[str, P]) -> list[dict]:
    out = []
    for p in thread.posts:
        for g in p.gold:
            out.append({
                "post_id": p.id,
                "author": p.author,
                "holder": g.holder or p.author,
                "quote": g.quote,
                "event": thread.events[g.prop],
                "proposition": thread.topic + ":" + g.prop,
                "window_start": g.start,
                "window_end": g.end,
                "confidence": g.conf,
                "polarity": "will" if g.conf >= 0.5 else "will_not",
                "relative_to": posts[g.rel].id if g.rel else None,
                "vague": g.vague,
                "file": file_name(thread),
                "note": g.note,
            })
    return out


def negative_records(thread: Thread) -> list[dict]:
    return [{"post_id": p.id, "file": file_name(thread), "text": reader_text(p), "why": p.neg}
            for p in thread.posts if p.neg]


def name_matches(name: str, users: Iterable[User]) -> list[str]:
    """Users a written name resolves to: full display name, or a first or last name."""
    hits = []
    for u in users:
        parts = u.name.split()
        if name == u.name or (len(parts) > 1 and name in (parts[0], parts[-1])):
            hits.append(u.username)
    return hits


def count(items: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


@dataclass
class Written:
    """What `ForecastSet.write` wrote, for the set's own totals checks and summary line."""
    threads: int
    posts: int
    gold: list[dict]
    negatives: list[dict]
    langs: dict[str, int]

    @property
    def relative(self) -> int:
        return sum(1 for r in self.gold if r["relative_to"])

    @property
    def reported(self) -> int:
        return sum(1 for r in self.gold if r["holder"] != r["author"])

    def summary(self, *extra: str) -> str:
        """One line of totals; `extra` items go at the end of the gold parenthesis."""
        multi = sum(1 for n in count(r["post_id"] for r in self.gold).values() if n > 1)
        props = count(r["proposition"] for r in self.gold)
        big_props = sum(1 for n in props.values() if n >= 3)
        parts = [f"relative {self.relative}", f"reported {self.reported}",
                 f"vague {sum(r['vague'] for r in self.gold)}", f"posts with 2+ forecasts {multi}",
                 f"propositions {len(props)}", f"with 3+ forecasts {big_props}", *extra]
        return (f"threads {self.threads}, posts {self.posts}, gold {len(self.gold)} ({', '.join(parts)}), "
                f"negatives {len(self.negatives)}, langs {dict(sorted(self.langs.items()))}")

    def per_file_table(self, threads: list["Thread"]) -> list[str]:
        """A README table: per thread file, its dates and counts."""
        rows = ["| file | dates (UTC) | posts | gold | relative | reported | propositions | negatives |",
                "|---|---|---|---|---|---|---|---|"]
        for th in threads:
            f = file_name(th)
            gold = [r for r in self.gold if r["file"] == f]
            negs = [r for r in self.negatives if r["file"] == f]
            days = sorted(p.when[:10] for p in th.posts)
            rows.append(f"| `{f}` | {days[0]} .. {days[-1]} | {len(th.posts)} | {len(gold)} | "
                        f"{sum(1 for r in gold if r['relative_to'])} | "
                        f"{sum(1 for r in gold if r['holder'] != r['author'])} | "
                        f"{len({r['proposition'] for r in gold})} | {len(negs)} |")
        return rows


class ForecastSet:
    """One labeled forecast set: its users, how it makes ids, and how it writes its threads.

    A set subclasses this and defines `snowflake` (its own id scheme, with any counter
    as instance state). Class attributes tune the rest:

    - page_size: a thread with more posts is written as two pages (split in half);
    - hash_bytes: bytes of the hash behind `small_int` (metrics, ids);
    - entities: the kinds of `entities` given, in the order they are written
      (hashtags: {start, end, tag}; `#1` is not one);
    - lowercase_names: a reported holder may also be named by a lowercase last name.

    Making the instance gives every user its id, in list order; `write` then gives
    the posts theirs, thread by thread, in file order.
    """

    page_size = 15
    hash_bytes = 4
    entities: tuple[str, ...] = ("urls", "mentions")
    lowercase_names = False

    HASHTAG_RE = re.compile(r"(?<![\w#&])#(\w+)")

    def __init__(self, users: list[User]) -> None:
        self.users = {u.username: u for u in users}
        assert len(self.users) == len(users), "a username is listed twice"
        for u in users:
            u.id = self.snowflake(parse_when(u.created), "user:" + u.username)
        self.ids = {u.username: u.id for u in users}

    def snowflake(self, when: datetime, key: str) -> str:
        raise NotImplementedError

    def small_int(self, key: str, modulo: int) -> int:
        return small_int(key, modulo, self.hash_bytes)


class CountedForecastSet(ForecastSet):
    """Ids: snowflakes of the post's second plus a few hashed milliseconds, and
    a running counter; `salt` keeps one set's ids apart from another's."""

    salt = ""

    def __init__(self, users: list[User]) -> None:
        self.counter = 0
        super().__init__(users)

    def snowflake(self, when: datetime, key: str) -> str:
        self.counter += 1
        ms = unix_ms(when) + small_int(self.salt + "ms" + key, 1000)
        low = (small_int(self.salt + "worker" + key, 1024) << 12) | (self.counter % 4096)
        return snowflake_id(ms, low)

    # ---- derived structure ------------------------------------------------

    def prepare(self, thread: Thread) -> dict[str, P]:
        """Post ids and leading @mentions; parents must come (and be posted) first."""
        posts = {p.key: p for p in thread.posts}
        assert len(posts) == len(thread.posts), thread.topic
        order = {p.key: i for i, p in enumerate(thread.posts)}
        for p in thread.posts:  # in order, so parents come first
            for ref in (p.reply, p.quotes):
                assert ref is None or order[ref] < order[p.key], (thread.topic, p.key)
                assert ref is None or posts[ref].created_at < p.created_at, (thread.topic, p.key)
            p.id = self.snowflake(p.created_at, thread.topic + ":" + p.key)
            if p.reply:
                parent = posts[p.reply]
                seen: list[str] = []
                for name in [parent.author] + parent.prefix:
                    if name != p.author and name not in seen:
                        seen.append(name)
                p.prefix = seen[:3]
        return posts

    # ---- X API v2 objects ---------------------------------------------------

    def v2_entities(self, text: str, p: P, posts: dict[str, P]) -> dict:
        found: dict[str, list[dict]] = {"urls": [], "hashtags": [], "mentions": []}
        for m in TCO_RE.finditer(text):
            short = m.group(0)
            if p.quotes and short == quote_link(p, posts)[0]:
                expanded = quote_link(p, posts)[1]
            else:
                expanded = f"https://twitter.com/i/web/status/{p.id}"
            found["urls"].append(url_entity(m.start(), m.end(), short, expanded))
        found["hashtags"] = [{"start": m.start(), "end": m.end(), "tag": m.group(1)}
                             for m in self.HASHTAG_RE.finditer(text) if not m.group(1).isdigit()]
        found["mentions"] = mention_entities(text, self.ids)
        return {kind: found[kind] for kind in self.entities if found[kind]}

    def metrics(self, p: P) -> dict:
        k = p.id
        likes = self.small_int("like" + k, 400)
        return public_metrics(likes // 9, self.small_int("rep" + k, 12), likes, likes // 40, likes // 15,
                              likes * 90 + self.small_int("imp" + k, 900))

    def v2_tweet(self, p: P, posts: dict[str, P]) -> dict:
        text = v2_text(p, posts)
        note = None
        if is_long(p):
            note = {"text": escape(full_text(p))}
            note_ent = self.v2_entities(note["text"], p, posts)
            if note_ent:
                note["entities"] = note_ent
        refs = [("replied_to", posts[p.reply].id)] if p.reply else []
        if p.quotes:
            refs.append(("quoted", posts[p.quotes].id))
        return v2_tweet_obj(
            id=p.id, text=text, conversation_id=conversation_root(p, posts).id, lang=p.lang,
            author_id=self.ids[p.author], created_at=p.created_at, metrics=self.metrics(p),
            entities=self.v2_entities(text, p, posts),
            in_reply_to_user_id=self.ids[posts[p.reply].author] if p.reply else None,
            refs=refs, note_tweet=note)

    def v2_user(self, u: User) -> dict:
        followers = self.small_int("fol" + u.username, 90_000)
        return v2_user_obj(u.id, u.name, u.username, parse_when(u.created), u.description, followers,
                           self.small_int("fg" + u.username, 2000), self.small_int("tc" + u.username, 40_000),
                           followers // 200)

    def _page_usernames(self, chunk: list[P], included: list[str], posts: dict[str, P]) -> Iterator[str]:
        for p in chunk:
            yield p.author
            if p.reply:
                yield posts[p.reply].author
            for m in MENTION_RE.finditer(full_text(p)):
                if m.group(1) in self.users:
                    yield m.group(1)
        for key in included:
            yield posts[key].author

    def build_pages(self, thread: Thread, posts: dict[str, P]) -> list[dict]:
        newest_first = sorted(thread.posts, key=lambda p: int(p.id), reverse=True)
        if len(newest_first) > self.page_size:
            half = (len(newest_first) + 1) // 2
            chunks = [newest_first[:half], newest_first[half:]]
        else:
            chunks = [newest_first]
        tokens = page_tokens(len(chunks), thread.topic)
        last = max(p.created_at for p in thread.posts)
        retrieved = (last + timedelta(days=1)).replace(hour=9, minute=0, second=0)
        roots = [conversation_root(p, posts).id for p in thread.posts]
        pages = []
        for n, chunk in enumerate(chunks):
            included = unique(key for p in chunk for key in (p.reply, p.quotes) if key)
            names = unique(self._page_usernames(chunk, included, posts))
            pages.append(twarc_page(
                [self.v2_tweet(p, posts) for p in chunk],
                [self.v2_user(self.users[name]) for name in names],
                [self.v2_tweet(posts[key], posts) for key in included] or None,
                next_token=tokens[n + 1], url=conversation_search_url(roots, self.page_size, tokens[n]),
                retrieved=retrieved, number=n))
        return pages

    # ---- self-checks ----------------------------------------------------------

    def check_post(self, thread: Thread, p: P, posts: dict[str, P]) -> None:
        """A set's own extra checks of one post and its labels (none by default)."""

    def validate(self, thread: Thread, posts: dict[str, P], pages: list[dict]) -> None:
        t = thread.topic
        assert 8 <= len(thread.posts) <= 25, (t, len(thread.posts))
        export_users = [self.users[u["username"]] for pg in pages for u in pg["includes"]["users"]]
        export_users = list({u.username: u for u in export_users}.values())
        used_props = set()
        for p in thread.posts:
            assert id_second(p.id) == int(p.created_at.timestamp()), (t, p.key)
            assert not (p.gold and p.neg), (t, p.key, "post is both gold and negative")
            text = reader_text(p)
            if not is_long(p):
                assert len(text) <= 280, (t, p.key, len(text))
            for g in p.gold:
                used_props.add(g.prop)
                assert g.quote in text, (t, p.key, g.quote)
                assert g.quote not in "".join("@" + n + " " for n in p.prefix), (t, p.key)
                assert 0.0 <= g.conf <= 1.0
                if g.start and g.end:
                    assert date.fromisoformat(g.start) <= date.fromisoformat(g.end), (t, p.key)
                for d in (g.start, g.end):
                    if d:
                        date.fromisoformat(d)
                if g.rel:
                    target = posts[g.rel]
                    assert target.gold, (t, p.key, "relative_to a post without gold")
                    assert g.rel in (p.reply, p.quotes), (t, p.key, "relative_to is not the parent/quoted post")
                    assert g.prop in {x.prop for x in target.gold}, (t, p.key)
                if g.vague:
                    assert g.end is None
                # holders: handles exist in the export; written names resolve to nobody
                if g.holder and g.holder != p.author:
                    if g.holder in self.users:
                        assert any(u.username == g.holder for u in export_users), (t, p.key, g.holder)
                        words = re.findall(r"[A-Z][\w]+", text)
                        names = words + [a + " " + b for a, b in pairwise(words)]
                        if self.lowercase_names:  # lowercase last names ('brandt')
                            names += [w.capitalize() for w in re.findall(r"\b[a-z][\w]+", text)]
                        assert ("@" + g.holder in text
                                or any(name_matches(w, export_users) == [g.holder] for w in names)), (t, p.key)
                    else:
                        assert g.holder in text, (t, p.key)
                        assert not name_matches(g.holder, export_users), (t, p.key, g.holder)
                        for part in g.holder.split():
                            assert not name_matches(part, export_users), (t, p.key, part)
            if is_long(p):
                # the long post's forecast must only be readable from note_tweet.text
                short = html.unescape(v2_text(p, posts))
                for g in p.gold:
                    assert g.quote not in short, (t, p.key)
            self.check_post(thread, p, posts)
        assert used_props == set(thread.events), (t, set(thread.events) - used_props)
        # every mention resolves to a user of the export
        for pg in pages:
            ids = {u["id"] for u in pg["includes"]["users"]}
            for tw in pg["data"] + pg["includes"].get("tweets", []):
                assert tw["author_id"] in ids
                for m in tw.get("entities", {}).get("mentions", []):
                    assert m["id"] in ids
                    assert tw["text"][m["start"]:m["end"]] == "@" + m["username"]

    # ---- writer ---------------------------------------------------------------

    def write(self, threads: list[Thread], out_dir: Path) -> Written:
        """<topic>.twarc2.jsonl for every thread, then gold.jsonl and negatives.jsonl."""
        gold: list[dict] = []
        negatives: list[dict] = []
        n_posts = 0
        langs: dict[str, int] = {}
        all_ids = list(self.ids.values())
        for thread in threads:
            posts = self.prepare(thread)
            pages = self.build_pages(thread, posts)
            self.validate(thread, posts, pages)
            write_jsonl(out_dir / file_name(thread), pages, ascii_=True)  # twarc2 writes json.dumps(page)
            gold += gold_records(thread, posts)
            negatives += negative_records(thread)
            n_posts += len(thread.posts)
            for p in thread.posts:
                langs[p.lang] = langs.get(p.lang, 0) + 1
            all_ids += [p.id for p in thread.posts]
        assert len(set(all_ids)) == len(all_ids), "id collision"
        assert len({r["post_id"] for r in negatives}) == len(negatives)
        assert not ({r["post_id"] for r in gold} & {r["post_id"] for r in negatives})
        props_by_event: dict[str, set[str]] = {}
        for r in gold:
            props_by_event.setdefault(r["proposition"], set()).add(r["event"])
        assert all(len(v) == 1 for v in props_by_event.values())
        write_jsonl(out_dir / "gold.jsonl", gold, ascii_=False)
        write_jsonl(out_dir / "negatives.jsonl", negatives, ascii_=False)
        return Written(len(threads), n_posts, gold, negatives, langs)
