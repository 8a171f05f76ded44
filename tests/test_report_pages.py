"""A site splits a conversation whose reply tree is longer than a page
(``page_posts``) into parts: every post drawn exactly once, no page over
the limit, every link between the parts lands on an id of the page it
names, the JSON of every part valid, the same bytes for any number of
workers, and a one-file report never split."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

import threadscope
from threadscope import forking
from threadscope.corpus import from_posts
from threadscope.model import Post
from threadscope.report import write_report

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "fable_thread.twarc2.jsonl"
WHEN = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)
SCHEMA = json.loads((REPO / "threadscope" / "report" / "schema.json").read_text(encoding="utf-8"))


def nodes(tree: dict):
    """Every node of a context tree (the test's own walk; trees here are small)."""
    todo = ([tree["root"]] if tree["root"] else []) + list(tree["others"])
    while todo:
        n = todo.pop()
        yield n
        todo.extend(n["children"] + n["more"] + n["flat"])


def messy(posts: int = 260) -> list[Post]:
    """One conversation: a 120-deep chain, a fan-out of one-word answers, a
    reply to a deleted post, a quote reply and a self-reply, in time order."""
    t0 = datetime(2026, 6, 18, tzinfo=timezone.utc)
    out = [Post(id="1", author_id="u0", author="root", conversation_id="1", created_at=t0,
                text="When will Nova-4 ship?")]
    for i in range(2, posts + 1):
        if i <= 121:
            parent = str(i - 1)                                  # the chain
        elif i % 17 == 0:
            parent = "999999"                                    # deleted parent
        else:
            parent = "1"                                         # fan-out
        out.append(Post(id=str(i), author_id=f"u{i % 23}", author=f"user{i % 23}", conversation_id="1",
                        created_at=t0 + timedelta(minutes=i), kind="reply", reply_to_id=parent,
                        text="no" if i > 121 else f"Q{i % 4 + 1} 2027, surely #{i}",
                        quoted_id="5" if i == 200 else None))
    return out


@pytest.fixture(scope="module")
def split(tmp_path_factory):
    d = tmp_path_factory.mktemp("pages")
    corpus = from_posts(messy())
    analyses = threadscope.analyze_all(corpus.threads)
    html = write_report(analyses, f"{d / 'html'}/", corpus=corpus, generated_at=WHEN, page_posts=50)
    js = write_report(analyses, f"{d / 'json'}/", corpus=corpus, generated_at=WHEN, page_posts=50, format="json")
    return corpus, [Path(p) for p in html], [Path(p) for p in js]


def test_every_post_is_drawn_once_and_no_page_is_over_the_limit(split):
    corpus, _, js = split
    contexts = [json.loads(p.read_text(encoding="utf-8")) for p in js if p.name != "index.json"]
    kinds = sorted(c["kind"] for c in contexts)
    assert kinds.count("page") == 1 and kinds.count("part") == len(contexts) - 1 >= 5
    seen = []
    for c in contexts:
        (conv,) = c["conversations"]
        drawn = list(nodes(conv["tree"]))
        assert 0 < len(drawn) <= 50
        seen += [n["id"] for n in drawn if n["role"] == "post"]
        assert conv["pager"]["parts"] == len(contexts) and conv["pager"]["part"] == c.get("data", {}).get("part", 1)
    thread = corpus.threads[0]
    assert sorted(seen) == sorted(thread.by_id) and len(seen) == len(set(seen))
    # part 1 has the findings, the parts only the tree
    first = next(c for c in contexts if c["kind"] == "page")
    assert first["forecasts"]["count"] > 0 and [s["anchor"] for s in
                                                 next(c for c in contexts if c["kind"] == "part")["sections"]] \
        == ["conversation"]


def test_every_part_matches_the_schema(split):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for p in split[2]:
        errors = sorted(validator.iter_errors(json.loads(p.read_text(encoding="utf-8"))), key=str)
        assert not errors, f"{p.name}: {errors[0].message} at {list(errors[0].absolute_path)}"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.hrefs = set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("href") and not a["href"].startswith(("http:", "https:")):
            self.hrefs.append(a["href"])


def test_links_between_the_parts_land(split):
    _, html, _ = split
    parsed = {}
    for p in html:
        parsed[p.name] = Links()
        parsed[p.name].feed(p.read_text(encoding="utf-8"))
    across = 0
    for name, page in parsed.items():
        for href in page.hrefs:
            file, _, frag = href.partition("#")
            target = parsed.get(file or name)
            assert target is not None, f"{name}: a link to a missing page {href}"
            assert not frag or frag in target.ids, f"{name}: {href} names no id there"
            across += bool(file) and file != name and file != "index.html"
    assert across > 20          # replies that answer a post on another part, "continued" links, the pager
    parts = sorted(n for n in parsed if ".part" in n)
    assert all(re.search(r'rel="prev"', (p.parent / n).read_text(encoding="utf-8"))
               for p in html[:1] for n in parts)


def test_one_file_reports_are_never_split(tmp_path):
    out = tmp_path / "one.json"
    write_report(from_posts(messy()), out, format="json", generated_at=WHEN, page_posts=50)
    ctx = json.loads(out.read_text(encoding="utf-8"))
    (conv,) = ctx["conversations"]
    assert conv["pager"] is None and len([n for n in nodes(conv["tree"]) if n["role"] == "post"]) == 260
    assert all(n["continued"] is None for n in nodes(conv["tree"]))


def test_under_the_limit_nothing_changes(tmp_path):
    a = write_report(str(SAMPLE), f"{tmp_path / 'a'}/", generated_at=WHEN)
    b = write_report(str(SAMPLE), f"{tmp_path / 'b'}/", generated_at=WHEN, page_posts=21)
    assert [Path(p).name for p in a] == [Path(p).name for p in b] and not any(".part" in p for p in a)
    assert all(Path(x).read_bytes() == Path(y).read_bytes() for x, y in zip(a, b))


@pytest.mark.skipif(not forking.can_fork(), reason="workers need fork (not on Windows)")
def test_parts_written_by_workers_are_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setattr(forking, "MIN_POSTS", 0)
    corpus = from_posts(messy())
    analyses = threadscope.analyze_all(corpus.threads)
    sites = []
    for n in (1, 2):
        written = write_report(analyses, f"{tmp_path / str(n)}/", corpus=corpus, generated_at=WHEN, page_posts=40,
                               workers=n)
        sites.append({Path(p).name: Path(p).read_bytes() for p in written})
    assert len(sites[0]) > 5 and sites[0] == sites[1]


def test_no_table_holds_more_than_the_limit(tmp_path, monkeypatch):
    from threadscope.report import context
    monkeypatch.setattr(context, "TABLE_MAX", 4)
    corpus = from_posts(messy())
    analyses = threadscope.analyze_all(corpus.threads)
    out = tmp_path / "one.json"
    write_report(analyses, out, corpus=corpus, format="json", generated_at=WHEN)
    ctx = json.loads(out.read_text(encoding="utf-8"))
    people = ctx["participants"]
    everyone = len({p.author for p in corpus.threads[0].by_id.values()})
    assert len(people["rows"]) == 4 and f"the first 4 of {everyone}" in people["more_label"]
    assert "threadscope participants" in people["more_label"]
    (big,) = [p for p in ctx["forecasts"]["propositions"] if p["count"] > 4][:1]
    assert len(big["rows"]) == 4 and f"the first 4 of {big['count']}" in big["more_label"]
    # the scoreboard-free page still counts every forecast, not the 4 shown
    assert ctx["forecasts"]["count"] == sum(len(v) for v in analyses_forecasts(analyses))
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(ctx))
    assert not errors, errors[0].message


def analyses_forecasts(analyses):
    return [a.forecasts for a in analyses]
