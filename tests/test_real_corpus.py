"""threadscope reads the real export files in ``../shared/corpus/real`` losslessly.

Every expected value here is computed from the raw files with the standard
library (``json``, ``csv``, ``hashlib``, ``html``), never by calling
threadscope: the ids in ``data`` and ``includes.tweets`` of each twarc2 page,
every ``id_str`` of a v1.1 object (and of the statuses embedded in it), every
``rest_id`` of a GraphQL ``Tweet`` result, every archive item, every CSV row.
threadscope's output is then compared with that.
"""
from __future__ import annotations

import csv
import hashlib
import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from conftest import REAL, UNREAD_FOLDERS, USERS_PAGE, real_files

REPLY_KINDS = {"reply", "reply+quote"}

# The format name threadscope should report for each folder of the corpus.
FOLDER_FORMAT = {
    "twarc2": "twarc2",
    "v2-single": "twarc2",
    "twarc2-flat": "twarc2-flat",
    "v1.1": "v1.1",
    "archive": "archive",
    "twscrape": "graphql",
    "csv": "csv",
}

NOT_READ_YET = "not a format threadscope reads yet"


# ---------------------------------------------------------------------------
# Reading the raw files with the standard library only
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Raw:
    """One tweet object as it sits in a file."""

    id: str
    family: str        # v2 | v1 | graphql | csv
    obj: dict
    role: str          # data | include | nested | item | row
    record: int        # 1-based record (line of a JSONL file, item, row, document)


@dataclass
class RawFile:
    path: Path
    rel: str
    records: int               # what threadscope should count as records
    bad_lines: list[int]       # JSONL lines that are not valid JSON
    tweets: list[Raw]
    pages: list[dict]          # v2 response objects (for ``errors``)

    @property
    def ids(self) -> set[str]:
        return {t.id for t in self.tweets}

    def first(self) -> dict[str, Raw]:
        """Each id's first copy, preferring a primary (``data``) copy."""
        out: dict[str, Raw] = {}
        for t in self.tweets:
            if t.id not in out or (out[t.id].role != "data" and t.role == "data"):
                out[t.id] = t
        return out


def _json_records(text: str) -> tuple[list[object], list[int], int]:
    """The JSON values of a file: one document, JSON lines, or objects written
    one after another. Returns the values, the invalid line numbers (JSON
    lines only) and the record count."""
    try:
        return [json.loads(text)], [], 1
    except json.JSONDecodeError:
        pass
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    try:
        json.loads(first)
        is_jsonl = True
    except json.JSONDecodeError:
        is_jsonl = False
    if is_jsonl:
        values, bad, count = [], [], 0
        for n, ln in enumerate(lines, 1):
            if not ln.strip():
                continue
            count += 1
            try:
                values.append(json.loads(ln))
            except json.JSONDecodeError:
                bad.append(n)
        return values, bad, count
    dec = json.JSONDecoder()
    values, pos = [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        obj, pos = dec.raw_decode(text, pos)
        values.append(obj)
    return values, [], len(values)


def _v2_nested(t: dict, record: int, out: list[Raw]) -> None:
    for ref in t.get("referenced_tweets") or ():
        if isinstance(ref, dict) and "text" in ref:
            out.append(Raw(ref["id"], "v2", ref, "nested", record))
            _v2_nested(ref, record, out)


def _v1_nested(t: dict, record: int, out: list[Raw]) -> None:
    for key in ("retweeted_status", "quoted_status"):
        inner = t.get(key)
        if isinstance(inner, dict):
            out.append(Raw(inner["id_str"], "v1", inner, "nested", record))
            _v1_nested(inner, record, out)


def _graphql_results(node, out: list[dict]) -> None:
    if isinstance(node, dict):
        if node.get("__typename") == "TweetWithVisibilityResults" and isinstance(node.get("tweet"), dict):
            _graphql_results(node["tweet"], out)
            return
        if node.get("__typename") == "Tweet":
            out.append(node)
        for v in node.values():
            _graphql_results(v, out)
    elif isinstance(node, list):
        for v in node:
            _graphql_results(v, out)


@cache
def raw_file(rel: str) -> RawFile:
    path = REAL / rel
    folder = rel.split("/", 1)[0]
    tweets: list[Raw] = []
    pages: list[dict] = []
    if folder == "archive":
        text = path.read_text(encoding="utf-8-sig")
        items = json.loads(text[text.index("=") + 1:].strip().rstrip(";"))
        for n, item in enumerate(items, 1):
            t = item["tweet"]
            tweets.append(Raw(t["id_str"], "v1", t, "item", n))
        return RawFile(path, rel, len(items), [], tweets, pages)
    if folder == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        for n, row in enumerate(rows, 1):
            tweets.append(Raw(row["id"], "csv", row, "row", n))
        return RawFile(path, rel, len(rows), [], tweets, pages)
    values, bad, count = _json_records(path.read_text(encoding="utf-8-sig"))
    for n, obj in enumerate(values, 1):
        if folder in ("twarc2", "v2-single"):
            pages.append(obj)
            data = obj.get("data")
            data = [data] if isinstance(data, dict) else (data or [])
            for t in data:
                if "text" in t:        # a users page holds profiles in ``data``
                    tweets.append(Raw(t["id"], "v2", t, "data", n))
            for t in (obj.get("includes") or {}).get("tweets") or ():
                tweets.append(Raw(t["id"], "v2", t, "include", n))
        elif folder == "twarc2-flat":
            tweets.append(Raw(obj["id"], "v2", obj, "data", n))
            _v2_nested(obj, n, tweets)
        elif folder == "v1.1":
            tweets.append(Raw(obj["id_str"], "v1", obj, "data", n))
            _v1_nested(obj, n, tweets)
        elif folder == "twscrape":
            results: list[dict] = []
            _graphql_results(obj, results)
            for r in results:
                tweets.append(Raw(r["rest_id"], "graphql", r, "data", n))
        else:  # pragma: no cover - a new folder needs a reader here
            raise AssertionError(f"no raw reader for folder {folder!r}")
    return RawFile(path, rel, count, bad, tweets, pages)


# Field access on raw objects -------------------------------------------------

def _legacy(r: Raw) -> dict:
    return r.obj["legacy"] if r.family == "graphql" else r.obj


def _csv_refs(row: dict) -> dict[str, str]:
    cell = row.get("referenced_tweets") or ""
    refs = json.loads(cell) if cell.startswith("[") else []
    return {ref["type"]: str(ref["id"]) for ref in refs}


def _graphql_inner(r: Raw, key: str) -> dict | None:
    holder = r.obj.get(key) or r.obj["legacy"].get(key)
    res = (holder or {}).get("result")
    while isinstance(res, dict) and res.get("__typename") == "TweetWithVisibilityResults":
        res = res.get("tweet")
    return res if isinstance(res, dict) and res.get("__typename") == "Tweet" else None


def refs(r: Raw) -> dict[str, str | None]:
    """replied_to / quoted / retweeted ids as the raw object states them."""
    if r.family == "v2":
        out = {ref["type"]: ref["id"] for ref in r.obj.get("referenced_tweets") or ()}
    elif r.family == "csv":
        out = _csv_refs(r.obj)
    else:
        t = _legacy(r)
        out = {"replied_to": t.get("in_reply_to_status_id_str"),
               "quoted": t.get("quoted_status_id_str")}
        if r.family == "v1":
            if isinstance(t.get("retweeted_status"), dict):
                out["retweeted"] = t["retweeted_status"]["id_str"]
            if not out["quoted"] and isinstance(t.get("quoted_status"), dict):
                out["quoted"] = t["quoted_status"]["id_str"]
        else:
            rt = _graphql_inner(r, "retweeted_status_result")
            if rt is not None:
                out["retweeted"] = rt["rest_id"]
            qt = _graphql_inner(r, "quoted_status_result")
            if not out["quoted"] and qt is not None:
                out["quoted"] = qt["rest_id"]
    return {k: out.get(k) or None for k in ("replied_to", "quoted", "retweeted")}


def own_text(r: Raw) -> tuple[str, list[dict], list[str]]:
    """The object's own whole text, its URL entities, and the t.co links of
    its media (which a reader drops)."""
    if r.family == "csv":
        cell = r.obj["text"]
        text = json.loads(cell) if cell.startswith('"') else cell
        urls = json.loads(r.obj.get("entities.urls") or "[]") if (r.obj.get("entities.urls") or "").startswith("[") else []
        return text, urls, []
    if r.family == "v2":
        note = r.obj.get("note_tweet")
        if isinstance(note, dict) and note.get("text"):
            return note["text"], (note.get("entities") or {}).get("urls") or [], []
        return r.obj["text"], (r.obj.get("entities") or {}).get("urls") or [], []
    t = _legacy(r)
    if r.family == "graphql":
        note = ((r.obj.get("note_tweet") or {}).get("note_tweet_results") or {}).get("result") or {}
        if note.get("text"):
            ents = note.get("entity_set") or {}
            return note["text"], ents.get("urls") or [], []
    ext = t.get("extended_tweet")
    if isinstance(ext, dict) and ext.get("full_text"):
        text, ents, xents = ext["full_text"], ext.get("entities") or {}, ext.get("extended_entities") or {}
    else:
        text = t["full_text"] if "full_text" in t else t["text"]
        ents, xents = t.get("entities") or {}, t.get("extended_entities") or {}
    media = [m["url"] for m in (ents.get("media") or []) + (xents.get("media") or []) if m.get("url")]
    return text, ents.get("urls") or [], media


def text_source(r: Raw, raw: RawFile) -> Raw:
    """The object whose text a reader should show for ``r``: the original of a
    retweet when the file holds it, else ``r`` itself."""
    rt = refs(r)["retweeted"]
    if not rt:
        return r
    if r.family == "v1":
        return Raw(rt, "v1", r.obj["retweeted_status"], "nested", r.record)
    if r.family == "graphql":
        inner = _graphql_inner(r, "retweeted_status_result")
        return Raw(rt, "graphql", inner, "nested", r.record) if inner else r
    return raw.first().get(rt, r)


def edit_chains(raw: RawFile) -> set[tuple[str, ...]]:
    chains = set()
    for r in raw.tweets:
        if r.family == "v2":
            chain = r.obj.get("edit_history_tweet_ids") or []
        elif r.family == "v1":
            chain = ((r.obj.get("edit_info") or {}).get("initial") or {}).get("editTweetIds") or []
        elif r.family == "graphql":
            chain = (r.obj.get("edit_control") or {}).get("edit_tweet_ids") or []
        else:
            chain = []
        if len(chain) > 1:
            chains.add(tuple(str(i) for i in chain))
    return chains


def expected_aliases(raw: RawFile) -> dict[str, str]:
    """old version id -> newest version the file holds."""
    out = {}
    for chain in edit_chains(raw):
        present = [i for i in chain if i in raw.ids]
        if not present:
            continue
        for old in chain:
            if old != present[-1]:
                out[old] = present[-1]
    return out


def words(text: str, links=()) -> list[str]:
    """The text's words with the given links taken out: links are tested on
    their own (expanded, dropped), the words around them are tested here."""
    # A link mangled by decoding HTML entities in it goes too: the link tests
    # report that, not the text tests.
    for link in sorted(set(links) | {html.unescape(x) for x in links}, key=len, reverse=True):
        text = text.replace(link, " ")
    return text.split()


@cache
def _links(rel: str) -> dict[str, frozenset[str]]:
    """Each id's links as any copy of it in the file gives them: t.co URLs
    (``urls`` and media) and their expanded and unwound targets."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in raw_file(rel).tweets:
        _, urls, media = own_text(r)
        for e in urls:
            out[r.id] |= {e.get("url"), e.get("expanded_url"), e.get("unwound_url")} - {None, ""}
        out[r.id] |= set(media)
    return {k: frozenset(v) for k, v in out.items()}


def links_of(raw: RawFile, pid: str) -> frozenset[str]:
    return _links(raw.rel).get(pid, frozenset())


def expected_words(src: Raw, raw: RawFile) -> list[str]:
    """The words of ``src``'s whole text, HTML entities decoded once."""
    return words(html.unescape(own_text(src)[0]), links_of(raw, src.id))


def loaded_words(text: str, src: Raw, raw: RawFile) -> list[str]:
    return words(text, links_of(raw, src.id))


_MEDIA_LINK = re.compile(r"^https?://(?:(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:i/web/status/|[^/]+/status/\d+/(?:photo|video)/)"
                         r"|pic\.(?:twitter|x)\.com/)")


def _is_media(entity: dict) -> bool:
    return bool(entity.get("media_key")) or (entity.get("display_url") or "").startswith("pic.") or bool(
        _MEDIA_LINK.match(entity.get("expanded_url") or ""))


def _links_to(entity: dict, post_id: str | None) -> bool:
    """The link points at ``post_id`` (a quote's link to the quoted post,
    which X shows as a card, so a reader may drop it)."""
    return bool(post_id) and bool(re.search(rf"/status(?:es)?/{post_id}(?:\D|$)", entity.get("expanded_url") or ""))


def loaded(corpus, pid: str):
    """The Post for an id, also when it is an older version of an edited post."""
    return corpus.by_id.get(pid) or corpus.superseded.get(pid)


def thread_of(corpus) -> dict:
    return {pid: t for t in corpus.threads for pid in t.by_id}


# ---------------------------------------------------------------------------
# Per file
# ---------------------------------------------------------------------------

def test_every_tweet_id_loads_and_nothing_else(real_file, load_cached):
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    assert raw.tweets, f"{rel}: the raw reader found no tweets (test bug)"
    aliases = expected_aliases(raw)
    missing = sorted(i for i in raw.ids if i not in corpus.by_id and corpus.resolve(i) not in corpus.by_id)
    assert not missing, f"{rel}: {len(missing)} of {len(raw.ids)} tweet ids not loaded, e.g. {missing[:5]}"
    assert set(corpus.by_id) == raw.ids - set(aliases), f"{rel}: loaded ids differ from the file's ids"
    assert corpus.aliases == aliases
    assert set(corpus.superseded) == set(aliases) & raw.ids


def test_ids_are_strings(real_file, load_cached):
    corpus = load_cached(real_file)
    for key, p in corpus.by_id.items():
        assert type(key) is str and key == p.id and key.isdigit(), repr(key)
        for field in ("author_id", "conversation_id", "reply_to_id", "reply_to_user_id", "quoted_id", "retweeted_id"):
            v = getattr(p, field)
            assert v is None or (type(v) is str and v.isdigit()), f"{key}.{field} = {v!r}"
    for d in (corpus.aliases, corpus.known_missing):
        assert all(type(k) is str for k in d)
    assert all(type(v) is str for v in corpus.aliases.values())


def test_only_problems_genuinely_in_the_data(real_file, load_cached):
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    assert sorted(p.line for p in corpus.problems) == raw.bad_lines, [str(p) for p in corpus.problems]
    for p in corpus.problems:
        assert p.severity == "error" and "JSON" in p.reason, str(p)
    assert corpus.skipped == []


def test_source_info(real_file, load_cached):
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    assert len(corpus.sources) == 1
    info = corpus.sources[0]
    data = real_file.read_bytes()
    assert info.format == FOLDER_FORMAT[rel.split("/", 1)[0]]
    assert info.records == raw.records
    # ``posts`` counts the distinct posts read from the file (a tweet in
    # ``data`` and again in ``includes`` counts once; older edit versions count).
    assert info.posts == len(raw.ids)
    assert info.problems == len(raw.bad_lines)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert info.bytes == len(data)


def test_references_match_raw(real_file, load_cached):
    """reply_to_id is the raw in_reply_to_status_id_str / referenced_tweets
    replied_to id, and the same for quoted and retweeted ids."""
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    wrong = []
    for r in raw.tweets:
        p = loaded(corpus, r.id)
        want = refs(r)
        got = {"replied_to": p.reply_to_id, "quoted": p.quoted_id, "retweeted": p.retweeted_id}
        if got != want:
            wrong.append((r.id, r.role, want, got))
    assert not wrong, f"{rel}: {len(wrong)} posts whose references differ from the raw file: {wrong[:3]}"


def test_text_is_whole_and_decoded(real_file, load_cached):
    """Each post's text, links aside, is the whole raw text with HTML entities
    decoded once: the original's full text for a retweet whose original is in
    the file, ``extended_tweet.full_text`` for a truncated v1.1 tweet."""
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    wrong = []
    for r in raw.first().values():
        p = loaded(corpus, r.id)
        src = text_source(r, raw)
        if loaded_words(p.text, src, raw) != expected_words(src, raw):
            wrong.append((r.id, p.text[:80], html.unescape(own_text(src)[0])[:80]))
    assert not wrong, f"{rel}: {len(wrong)} texts differ from the raw text: {wrong[:3]}"


def test_tco_links_expanded_or_dropped(real_file, load_cached):
    """A t.co link whose URL entity has an ``expanded_url`` does not stay in the
    text: it is replaced by the expanded (or unwound) URL, or dropped when it
    is a media link, a "read more" link or the link to the quoted post. Media
    t.co links (v1.1 ``entities.media``) are dropped."""
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    # Copies of one tweet (a page's data and includes, other pages) may carry
    # different detail for a link (``unwound_url`` in one only): any is fine.
    targets_of: dict[str, set[str]] = defaultdict(set)
    for r in raw.tweets:
        for e in own_text(r)[1]:
            if e.get("url"):
                targets_of[e["url"]] |= {e.get("expanded_url"), e.get("unwound_url")} - {None}
    kept, not_expanded, checked = [], [], 0
    for r in raw.first().values():
        p = loaded(corpus, r.id)
        src = text_source(r, raw)
        if loaded_words(p.text, src, raw) != expected_words(src, raw):
            continue  # the wrong text altogether: test_text_is_whole_and_decoded reports it
        text, urls, media = own_text(src)
        quoted = refs(src)["quoted"]
        for e in urls:
            tco = e.get("url")
            if not tco or not e.get("expanded_url") or tco not in text:
                continue
            checked += 1
            if tco in p.text:
                kept.append((r.id, tco, e.get("expanded_url")))
            elif not _is_media(e) and not _links_to(e, quoted):
                targets = targets_of[tco]
                if not any(t in p.text for t in targets):
                    not_expanded.append((r.id, tco, sorted(targets), p.text[:120]))
        for tco in media:
            if tco in text:
                checked += 1
                if tco in p.text:
                    kept.append((r.id, tco, "media"))
    if not checked:
        pytest.skip(f"{rel}: no URL entity with an expanded_url in the text")
    assert not kept, f"{rel}: {len(kept)} of {checked} t.co links left in the text, e.g. {kept[:3]}"
    assert not not_expanded, f"{rel}: {len(not_expanded)} links not expanded, e.g. {not_expanded[:3]}"


def test_replies_hang_under_their_parent_or_a_missing_node(real_file, load_cached):
    """Every reply is a reply edge in its thread graph: to its parent when the
    file holds it, else to a node with role ``missing``."""
    rel = real_file.relative_to(REAL).as_posix()
    raw = raw_file(rel)
    corpus = load_cached(real_file)
    aliases = expected_aliases(raw)
    threads = thread_of(corpus)
    bad = []
    for r in raw.first().values():
        parent = refs(r)["replied_to"]
        if not parent or refs(r)["retweeted"] or r.id in aliases:
            continue
        parent = aliases.get(parent, parent)
        t = threads.get(r.id)
        if t is None:
            bad.append((r.id, "in no thread"))
            continue
        g = t.graph
        if not g.has_edge(r.id, parent) or g.edges[r.id, parent]["kind"] not in REPLY_KINDS:
            bad.append((r.id, parent, "no reply edge"))
            continue
        role = g.nodes[parent]["role"]
        if parent in raw.ids and role not in ("post", "external"):
            bad.append((r.id, parent, f"parent in file but role {role}"))
        if parent not in raw.ids and role != "missing":
            bad.append((r.id, parent, f"parent absent but role {role}"))
    assert not bad, f"{rel}: {len(bad)} replies wrongly linked: {bad[:5]}"


# ---------------------------------------------------------------------------
# Named properties of particular files
# ---------------------------------------------------------------------------

def _all_raw() -> list[RawFile]:
    return [raw_file(rel) for rel in real_files()]


def test_retweets_read_as_their_original(real_dir, load_cached):
    checked = Counter()
    wrong = []
    for raw in _all_raw():
        corpus = load_cached(raw.path)
        for r in raw.first().values():
            src = text_source(r, raw)
            if src is r:
                continue
            p = corpus.by_id[r.id]
            checked[raw.rel] += 1
            if p.kind != "retweet" or p.text.startswith("RT @") or loaded_words(p.text, src, raw) != expected_words(src, raw):
                wrong.append((raw.rel, r.id, p.kind, p.text[:60]))
            orig = loaded(corpus, src.id)
            if orig is not None and loaded_words(orig.text, src, raw) != loaded_words(p.text, src, raw):
                wrong.append((raw.rel, r.id, "text differs from the loaded original", p.text[:60], orig.text[:60]))
    assert sum(checked.values()) > 0
    assert not wrong, f"{len(wrong)} retweets not read as their original: {wrong[:5]}"


def test_v1_truncated_tweets_get_extended_full_text(real_dir, load_cached):
    checked = 0
    for raw in _all_raw():
        corpus = load_cached(raw.path)
        for r in raw.tweets:
            if r.family != "v1" or not r.obj.get("truncated") or "extended_tweet" not in r.obj:
                continue
            checked += 1
            p = loaded(corpus, r.id)
            full = html.unescape(r.obj["extended_tweet"]["full_text"])
            assert loaded_words(p.text, r, raw) == expected_words(r, raw), (raw.rel, r.id, p.text, full)
            cut = words(html.unescape(r.obj["text"]), links_of(raw, r.id))
            assert len(loaded_words(p.text, r, raw)) > len(cut), (raw.rel, r.id, p.text)
            assert "/i/web/status/" not in p.text, (raw.rel, r.id, p.text)
            assert not p.truncated, (raw.rel, r.id)
    assert checked > 0, "no v1.1 object with truncated: true and extended_tweet in the corpus"


def test_html_entities_decoded(real_dir, load_cached):
    entity = re.compile(r"&(?:amp|lt|gt|quot);")
    checked = Counter()
    wrong = []
    for raw in _all_raw():
        corpus = load_cached(raw.path)
        for r in raw.first().values():
            src = text_source(r, raw)
            text = own_text(src)[0]
            if not entity.search(text):
                continue
            checked[raw.rel] += 1
            p = loaded(corpus, r.id)
            once = html.unescape(text)
            if loaded_words(p.text, src, raw) != expected_words(src, raw) or (entity.search(p.text) and not entity.search(once)):
                wrong.append((raw.rel, r.id, p.text[:80]))
    assert sum(checked.values()) > 0
    assert not wrong, f"{len(wrong)} texts with undecoded or double-decoded entities: {wrong[:5]}"


def test_not_found_errors_known_or_resolved(real_dir, load_cached):
    """A referenced tweet the API reports in ``errors`` is in
    ``corpus.known_missing`` (with a reason) unless the export holds it."""
    checked = Counter()
    bad = []
    for raw in _all_raw():
        if not raw.pages:
            continue
        corpus = load_cached(raw.path)
        for page in raw.pages:
            for err in page.get("errors") or ():
                if err.get("resource_type") != "tweet":
                    continue
                rid = str(err["resource_id"])
                checked[err.get("title")] += 1
                if corpus.resolve(rid) in corpus.by_id:
                    continue
                m = corpus.known_missing.get(rid)
                if m is None or not m.reason:
                    bad.append((raw.rel, rid, err.get("title")))
    assert checked["Not Found Error"] > 0
    assert not bad, f"{len(bad)} tweet errors not in known_missing: {bad[:5]}"


def test_withheld_absent_parents_are_missing_nodes(real_dir, load_cached):
    rel = "twarc2/twarc-csv__withheld.jsonl"
    raw = raw_file(rel)
    corpus = load_cached(raw.path)
    replies = [r for r in raw.tweets if r.role == "data" and refs(r)["replied_to"]]
    absent = {(r.id, refs(r)["replied_to"]) for r in replies if refs(r)["replied_to"] not in raw.ids}
    assert replies and absent
    threads = thread_of(corpus)
    for child, parent in sorted(absent):
        g = threads[child].graph
        assert g.nodes[parent]["role"] == "missing", (child, parent)
        assert g.edges[child, parent]["kind"] in REPLY_KINDS
    missing_nodes = {n for t in corpus.threads for n in t.missing}
    assert {p for _, p in absent} <= missing_nodes


def test_concatenated_v1_file_yields_both_objects(real_dir, load_cached):
    path = real_dir / "v1.1" / "tweet-updates__original_classic__tweet.json"
    text = path.read_text(encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    raw = raw_file("v1.1/tweet-updates__original_classic__tweet.json")
    assert raw.records >= 2
    corpus = load_cached(path)
    assert corpus.problems == []
    assert corpus.sources[0].records == raw.records
    assert len(raw.tweets) == raw.records      # each object is one tweet
    assert corpus.sources[0].posts == len(raw.ids)
    assert set(corpus.by_id) == raw.ids


@pytest.mark.parametrize("rel", ["archive/smithjd-twitter_archive__tweets.js",
                                 "archive/twitter-archive-unshorten__tweet.js"])
def test_archive_yields_every_item(rel, real_dir, load_cached):
    path = real_dir / rel
    text = path.read_text(encoding="utf-8-sig")
    prefix = text[:text.index("=")].strip()
    items = json.loads(text[text.index("=") + 1:])
    corpus = load_cached(path)
    info = corpus.sources[0]
    assert info.format == "archive" and info.records == len(items) == info.posts, prefix
    assert set(corpus.by_id) == {i["tweet"]["id_str"] for i in items}
    for i in items:
        t = i["tweet"]
        p = corpus.by_id[t["id_str"]]
        assert p.like_count == int(t["favorite_count"]) and p.retweet_count == int(t["retweet_count"])
        assert p.reply_to_id == t.get("in_reply_to_status_id_str")


def test_older_archive_naming(real_dir, load_cached):
    path = real_dir / "archive" / "twitter-archive-unshorten__tweet.js"
    assert path.read_text(encoding="utf-8-sig").startswith("window.YTD.tweet.part0")
    corpus = load_cached(path)
    assert corpus.sources[0].format == "archive"
    assert corpus.problems == [] and corpus.skipped == []
    assert len(corpus.by_id) == len(raw_file("archive/twitter-archive-unshorten__tweet.js").ids) > 0


@pytest.mark.parametrize("rel", ["twarc2/twarc-csv__edited.jsonl", "twarc2/twarc-csv__edited_before.jsonl",
                                 "twarc2/twarc-csv__quoted_edit.jsonl"])
def test_edits_resolve_to_newest(rel, real_dir, load_cached):
    raw = raw_file(rel)
    chains = edit_chains(raw)
    assert chains, f"{rel}: no edit chain (test bug)"
    corpus = load_cached(raw.path)
    for chain in chains:
        newest = chain[-1]
        assert newest in corpus.by_id
        for old in chain[:-1]:
            assert corpus.resolve(old) == newest
            assert old not in corpus.by_id
            assert corpus.post(old) is corpus.by_id[newest]
            if old in raw.ids:
                assert old in corpus.superseded
    # a reference to an old version lands on the newest one in the graph
    aliases = expected_aliases(raw)
    for r in raw.tweets:
        rf = refs(r)
        if r.id in corpus.by_id and rf["quoted"] and rf["replied_to"]:
            parent = aliases.get(rf["replied_to"], rf["replied_to"])
            quoted = aliases.get(rf["quoted"], rf["quoted"])
            t = thread_of(corpus)[r.id]
            assert t.graph.edges[r.id, parent]["kind"] == ("reply+quote" if quoted == parent else "reply")


def test_graphql_thread(real_dir, load_cached):
    rel = "twscrape/twscrape__raw_tweet_thread.json"
    raw = raw_file(rel)
    corpus = load_cached(raw.path)
    assert set(corpus.by_id) == raw.ids
    convs = defaultdict(set)
    for r in raw.tweets:
        convs[r.obj["legacy"]["conversation_id_str"]].add(r.id)
    for cid, ids in convs.items():
        t = corpus.thread(cid)
        assert t is not None and ids <= set(t.by_id)
        if cid in raw.ids:
            assert t.root is not None and t.root.id == cid
    edges = 0
    for r in raw.tweets:
        parent = r.obj["legacy"].get("in_reply_to_status_id_str")
        if parent:
            t = thread_of(corpus)[r.id]
            assert t.graph.edges[r.id, parent]["kind"] in REPLY_KINDS
            if parent in raw.ids:
                assert t.graph.nodes[parent]["role"] == "post"
            edges += 1
    assert edges > 0


# ---------------------------------------------------------------------------
# Not posts
# ---------------------------------------------------------------------------

def test_users_page_is_reported(real_dir, load_cached):
    path = real_dir / USERS_PAGE
    page = json.loads(path.read_text(encoding="utf-8"))
    assert all("username" in u and "text" not in u for u in page["data"])
    corpus = load_cached(path)
    assert len(corpus.problems) == 1, [str(p) for p in corpus.problems]
    assert "user" in corpus.problems[0].reason.lower(), corpus.problems[0].reason


def test_users_page_pinned_tweets_are_loaded(real_dir, load_cached):
    """The users page's ``includes.tweets`` are real tweets (the pinned
    tweets): a lossless reader keeps them even though ``data`` holds users."""
    path = real_dir / USERS_PAGE
    page = json.loads(path.read_text(encoding="utf-8"))
    pinned = {t["id"] for t in page["includes"]["tweets"]}
    assert pinned
    corpus = load_cached(path)
    lost = pinned - set(corpus.by_id)
    assert not lost, f"{len(lost)} of {len(pinned)} pinned tweets in includes.tweets not loaded"


def test_unread_formats_give_a_clear_problem(unread_file, load_cached):
    corpus = load_cached(unread_file)
    assert corpus.by_id == {}
    assert len(corpus.problems) == 1, [str(p) for p in corpus.problems]
    assert NOT_READ_YET in corpus.problems[0].reason


# ---------------------------------------------------------------------------
# The whole folder in one call
# ---------------------------------------------------------------------------

def test_whole_folder_in_one_call(real_dir, load_cached):
    corpus = load_cached(real_dir)
    by_path = {Path(s.path).resolve(): s for s in corpus.sources}
    expected_ids: set[str] = set()
    aliases: dict[str, str] = {}
    for rel in real_files():
        raw = raw_file(rel)
        info = by_path.get(raw.path.resolve())
        assert info is not None, f"{rel}: no sources entry"
        assert info.format == FOLDER_FORMAT[rel.split("/", 1)[0]], rel
        assert info.records == raw.records, rel
        assert info.posts == len(raw.ids), rel
        assert info.problems == len(raw.bad_lines), rel
        expected_ids |= raw.ids
        aliases.update(expected_aliases(raw))
    expected_ids |= raw_file(USERS_PAGE).ids  # its pinned tweets, from includes.tweets
    assert set(corpus.by_id) == expected_ids - set(aliases)
    assert corpus.aliases == aliases

    # Problems: only the truncated stream line. The users page and the
    # formats not read yet are each reported once, as a problem or as a
    # skipped file, saying why; README.md is skipped; nothing else is either.
    streaming = "twarc2/twarc-csv__streaming_output_with_error.jsonl"
    expected_problems = {(streaming, line) for line in raw_file(streaming).bad_lines}
    unread = [f for f in real_files(include_unread=True) if f.split("/", 1)[0] in UNREAD_FOLDERS]
    root = REAL.resolve()
    reported: dict[str, list[str]] = defaultdict(list)
    seen = set()
    for p in corpus.problems:
        rel = Path(p.source).resolve().relative_to(root).as_posix()
        if rel in unread or rel == USERS_PAGE:
            reported[rel].append(p.reason)
        else:
            seen.add((rel, p.line))
    assert seen == expected_problems, [str(p) for p in corpus.problems]
    for s in corpus.skipped:
        rel = Path(s.source).resolve().relative_to(root).as_posix()
        if rel != "README.md":
            reported[rel].append(s.reason)
    assert {Path(s.source).name for s in corpus.skipped} >= {"README.md"}
    assert set(reported) == set(unread) | {USERS_PAGE}, f"files skipped or failed unexpectedly: {dict(reported)}"
    assert len(reported[USERS_PAGE]) == 1 and "user" in reported[USERS_PAGE][0].lower()
    for rel in unread:
        assert len(reported[rel]) == 1, (rel, reported[rel])


def test_whole_folder_says_which_formats_are_not_read_yet(real_dir, load_cached):
    """In a directory walk too, each Bluesky/Mastodon file (JSON or a VCR YAML
    cassette) is reported, as a problem or a skipped file, with a reason that
    says threadscope does not read that format yet."""
    corpus = load_cached(real_dir)
    root = REAL.resolve()
    unread = [f for f in real_files(include_unread=True) if f.split("/", 1)[0] in UNREAD_FOLDERS]
    assert unread
    reported: dict[str, list[str]] = defaultdict(list)
    for where, reason in [(p.source, p.reason) for p in corpus.problems] + [(s.source, s.reason) for s in corpus.skipped]:
        rel = Path(where).resolve().relative_to(root).as_posix()
        if rel in unread:
            reported[rel].append(reason)
    unclear = {rel: reported[rel] for rel in unread
               if len(reported[rel]) != 1 or NOT_READ_YET not in reported[rel][0]}
    assert not unclear, f"not reported once as {NOT_READ_YET!r}: {unclear}"


def test_posts_table_keeps_string_ids(real_dir, load_cached):
    corpus = load_cached(real_dir)
    df = corpus.posts
    ids = list(df["id"])
    assert all(type(i) is str for i in ids)
    assert set(ids) == set(corpus.by_id)


# ---------------------------------------------------------------------------
# The same tweets, flattened and not
# ---------------------------------------------------------------------------

def test_flat_and_noflat_agree(real_dir, load_cached):
    noflat = raw_file("twarc2/twarc-csv__noflat.jsonl")
    flat = raw_file("twarc2-flat/twarc-csv__flat.jsonl")
    data_ids = {r.id for r in noflat.tweets if r.role == "data"}
    assert data_ids == {r.id for r in flat.tweets if r.role == "data"}, "the two files hold different tweets"
    a, b = load_cached(noflat.path), load_cached(flat.path)
    assert data_ids <= set(a.by_id) and data_ids <= set(b.by_id)
    for pid in sorted(data_ids):
        pa, pb = a.by_id[pid], b.by_id[pid]
        for field in ("kind", "reply_to_id", "quoted_id", "retweeted_id", "conversation_id", "author_id",
                      "author", "text", "created_at"):
            assert getattr(pa, field) == getattr(pb, field), (pid, field, getattr(pa, field), getattr(pb, field))

    def reply_edges(corpus):
        return {(c, p) for c, p, k in corpus.graph.edges(data="kind") if k in REPLY_KINDS and c in data_ids}

    ea, eb = reply_edges(a), reply_edges(b)
    assert ea == eb
    raw_edges = {(r.id, refs(r)["replied_to"]) for r in noflat.tweets if r.role == "data" and refs(r)["replied_to"]}
    assert ea == raw_edges and raw_edges
