"""threadscope reads the RumourEval 2017 tree (``../shared/corpus/stance``).

The tree holds one v1.1 tweet per file in
``<split>/[<event>/]<thread>/source-tweet/<id>.json`` and ``replies/<id>.json``,
beside side files that are not posts: each thread's ``structure.json`` (the
reply tree as nested dicts), the ``*-annotations/subtask{A,B}.json`` label maps
and a README. Expected values are computed from those files with ``json``;
the tree is loaded once for the module.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPLY_KINDS = {"reply", "reply+quote"}


@dataclass
class RawThread:
    dir: Path
    source: str
    tweets: dict[str, dict]                                  # id -> raw v1.1 object (this thread's files)
    structure: dict
    edges: list[tuple[str, str]] = field(default_factory=list)  # (parent, child) from structure.json


@dataclass
class RawTree:
    root: Path
    labels: dict[str, str]
    threads: list[RawThread]
    tweet_files: dict[str, Path]
    side_files: set[Path]


def _structure_edges(node, parent=None):
    if isinstance(node, dict):
        for key, sub in node.items():
            if parent is not None:
                yield parent, str(key)
            yield from _structure_edges(sub, str(key))
    elif isinstance(node, list):
        for key in node:
            if parent is not None:
                yield parent, str(key)


def _is_tweet_file(p: Path) -> bool:
    return p.suffix == ".json" and p.parent.name in ("source-tweet", "replies")


@pytest.fixture(scope="module")
def raw_tree(rumoureval_dir) -> RawTree:
    labels: dict[str, str] = {}
    for f in sorted(rumoureval_dir.glob("*-annotations/subtaskA.json")):
        labels.update(json.loads(f.read_text(encoding="utf-8")))
    tweet_files, side_files = {}, set()
    for p in rumoureval_dir.rglob("*"):
        if p.is_file():
            if _is_tweet_file(p):
                tweet_files[p.stem] = p
            else:
                side_files.add(p)
    threads = []
    for s in sorted(rumoureval_dir.rglob("structure.json")):
        d = s.parent
        sources = [p.stem for p in (d / "source-tweet").glob("*.json")]
        assert len(sources) == 1, d
        tweets = {p.stem: json.loads(p.read_text(encoding="utf-8"))
                  for p in list((d / "source-tweet").glob("*.json")) + list((d / "replies").glob("*.json"))}
        structure = json.loads(s.read_text(encoding="utf-8"))
        threads.append(RawThread(d, sources[0], tweets, structure, list(_structure_edges(structure))))
    return RawTree(rumoureval_dir, labels, threads, tweet_files, side_files)


@pytest.fixture(scope="module")
def corpus(rumoureval_dir):
    import threadscope

    return threadscope.load([str(rumoureval_dir)])


def _nested_ids(t: dict) -> set[str]:
    out = set()
    for key in ("retweeted_status", "quoted_status"):
        inner = t.get(key)
        if isinstance(inner, dict):
            out |= {inner["id_str"]} | _nested_ids(inner)
    return out


def test_every_labelled_tweet_loads(raw_tree, corpus):
    assert raw_tree.labels, "no subtaskA labels found"
    assert set(raw_tree.labels) <= set(raw_tree.tweet_files), "a labelled id has no tweet file (data)"
    lost = sorted(set(raw_tree.labels) - set(corpus.by_id))
    assert not lost, f"{len(lost)} of {len(raw_tree.labels)} labelled tweets not loaded, e.g. {lost[:5]}"
    assert all(type(i) is str for i in corpus.by_id)


def test_loaded_ids_are_the_files_and_their_embedded_tweets(raw_tree, corpus):
    expected = set(raw_tree.tweet_files)
    for t in raw_tree.threads:
        for obj in t.tweets.values():
            expected |= _nested_ids(obj)
    assert set(corpus.by_id) == expected


def test_no_problems_and_side_files_skipped(raw_tree, corpus):
    assert corpus.problems == [], [str(p) for p in corpus.problems[:10]]
    skipped = {Path(s.source).resolve() for s in corpus.skipped}
    assert skipped == {p.resolve() for p in raw_tree.side_files}, (
        f"not skipped: {sorted(str(p) for p in {q.resolve() for q in raw_tree.side_files} - skipped)[:5]}; "
        f"skipped but tweets: {sorted(str(p) for p in skipped - {q.resolve() for q in raw_tree.side_files})[:5]}")
    by_path = {Path(s.path).resolve(): s for s in corpus.sources}
    for p in raw_tree.tweet_files.values():
        info = by_path[p.resolve()]
        assert info.format == "v1.1" and info.posts >= 1 and info.problems == 0, info
    for p in raw_tree.side_files:
        info = by_path.get(p.resolve())
        assert info is None or (info.posts == 0 and info.problems == 0), info


def test_reply_to_matches_raw(raw_tree, corpus):
    wrong = [(i, t.get("in_reply_to_status_id_str"), corpus.by_id[i].reply_to_id)
             for th in raw_tree.threads for i, t in th.tweets.items()
             if corpus.by_id[i].reply_to_id != t.get("in_reply_to_status_id_str")]
    assert not wrong, f"{len(wrong)} reply_to_id differ from in_reply_to_status_id_str: {wrong[:5]}"


def _text_source(t: dict) -> dict:
    """The object whose text a reader shows: a retweet reads as its original."""
    return _text_source(t["retweeted_status"]) if isinstance(t.get("retweeted_status"), dict) else t


def _full_text(t: dict) -> tuple[str, set[str]]:
    """A v1.1 object's whole text and its links (t.co URLs, their targets,
    media links), which are tested apart from the words around them."""
    t = _text_source(t)
    ext = t.get("extended_tweet")
    if isinstance(ext, dict) and ext.get("full_text"):
        text, ents, xents = ext["full_text"], ext.get("entities") or {}, ext.get("extended_entities") or {}
    else:
        text = t["full_text"] if "full_text" in t else t["text"]
        ents, xents = t.get("entities") or {}, t.get("extended_entities") or {}
    links = set()
    for e in ents.get("urls") or ():
        links |= {e.get("url"), e.get("expanded_url"), e.get("unwound_url")}
    for m in (ents.get("media") or []) + (xents.get("media") or []):
        links.add(m.get("url"))
    return text, links - {None, ""}


def _words(text: str, links) -> list[str]:
    # A link mangled by decoding HTML entities in it is taken out too: that
    # is test_links_expanded_verbatim's finding, not this test's.
    for link in sorted(set(links) | {html.unescape(x) for x in links}, key=len, reverse=True):
        text = text.replace(link, " ")
    return text.split()


def test_texts_are_whole_and_decoded(raw_tree, corpus):
    wrong = []
    for th in raw_tree.threads:
        for i, t in th.tweets.items():
            text, links = _full_text(t)
            if _words(corpus.by_id[i].text, links) != _words(html.unescape(text), links):
                wrong.append((i, corpus.by_id[i].text[:60]))
    assert not wrong, f"{len(wrong)} texts differ from the raw text: {wrong[:5]}"


_DROPPABLE = re.compile(r"^https?://(?:(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:i/web/status/|[^/]+/status/\d+/(?:photo|video)/)"
                        r"|pic\.(?:twitter|x)\.com/)")


def test_links_expanded_verbatim(raw_tree, corpus):
    """A t.co link with an ``expanded_url`` is replaced by exactly that URL
    (or dropped when it is a media/"read more" link or points at the quoted
    post); the URL is not altered, e.g. by HTML-unescaping ``&not`` in it."""
    checked, bad = 0, []
    for th in raw_tree.threads:
        for i, t in th.tweets.items():
            src = _text_source(t)
            ext = src.get("extended_tweet")
            text, ents = ((ext["full_text"], ext.get("entities") or {}) if isinstance(ext, dict) and ext.get("full_text")
                          else (src.get("full_text") or src["text"], src.get("entities") or {}))
            quoted = src.get("quoted_status_id_str")
            p = corpus.by_id[i]
            for e in ents.get("urls") or ():
                target = e.get("expanded_url")
                if not target or e["url"] not in text:
                    continue
                checked += 1
                if e["url"] in p.text:
                    bad.append((i, e["url"], "t.co link left in the text"))
                elif _DROPPABLE.match(target) or (quoted and re.search(rf"/status(?:es)?/{quoted}(?:\D|$)", target)):
                    continue
                elif target not in p.text and (e.get("unwound_url") or target) not in p.text:
                    bad.append((i, target, p.text))
    assert checked > 0
    assert not bad, f"{len(bad)} of {checked} links not expanded verbatim: {bad[:3]}"


def test_structure_edges_are_reply_edges(raw_tree, corpus):
    g = corpus.graph
    checked, kinds, bad = 0, Counter(), []
    for th in raw_tree.threads:
        for parent, child in th.edges:
            if parent not in th.tweets or child not in th.tweets:
                continue
            checked += 1
            kind = g.edges[child, parent]["kind"] if g.has_edge(child, parent) else None
            kinds[kind] += 1
            if kind not in REPLY_KINDS:
                bad.append((th.dir.name, child, parent, kind))
    print(f"RumourEval structure.json edges checked: {checked} ({dict(kinds)})")
    assert checked > 0
    assert not bad, f"{len(bad)} of {checked} structure.json edges are not reply edges: {bad[:5]}"


def test_each_thread_is_one_conversation_rooted_at_its_source(raw_tree, corpus):
    """Each RumourEval thread is the threadscope conversation of its source
    tweet, and every reply whose in_reply_to chain (in the files) reaches the
    source is in it. A reply whose chain breaks at a tweet the tree lacks
    cannot be placed without a conversation id (v1.1 has none): it must hang
    under a ``missing`` placeholder for the absent ancestor instead."""
    placed, broken, bad = 0, 0, []
    roots = set()
    for th in raw_tree.threads:
        t = corpus.thread(th.source)
        assert t is not None and t.root is not None and t.root.id == th.source, th.dir
        roots.add(t.id)
        for i, obj in th.tweets.items():
            cur, seen = obj, set()
            while cur.get("in_reply_to_status_id_str") and cur["id_str"] not in seen:
                seen.add(cur["id_str"])
                parent = cur["in_reply_to_status_id_str"]
                if parent not in th.tweets:
                    break
                cur = th.tweets[parent]
            top = cur["id_str"]
            conv = corpus.conversation_of(corpus.by_id[i])
            if top == th.source:
                placed += 1
                if conv != th.source or i not in t.by_id:
                    bad.append((th.dir.name, i, "in conversation", conv))
            else:
                broken += 1
                absent = cur["in_reply_to_status_id_str"]
                other = corpus.thread(conv)
                if absent is None or other is None or other.graph.nodes.get(absent, {}).get("role") != "missing":
                    bad.append((th.dir.name, i, "chain breaks at", absent, "but conversation", conv))
    print(f"RumourEval tweets placed in their source's conversation: {placed}; "
          f"under a missing ancestor: {broken}")
    assert len(roots) == len(raw_tree.threads)
    assert not bad, f"{len(bad)} tweets misplaced: {bad[:5]}"
