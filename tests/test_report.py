"""The HTML report: structure, links, hostile input, self-containment,
template overrides, the JSON context, the CLI and packaging.

Pages are parsed with the standard library's HTML parser; nothing here needs
a browser (tests/test_report_browser.py opens the pages in Chromium).
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
import tomllib
from click.testing import CliRunner

import threadscope
from threadscope.cli import main
from threadscope.corpus import from_posts
from threadscope.model import Post
from threadscope.report import (
    default_template_dir,
    environment,
    render,
    script_json,
    write_report,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"
MAIN = "2067422093443612672"
MUSK_POST = "2067445385571344384"
TANG_POST = "2067452605625298944"
MISSING = "2067439196452241408"
ZAI_POST = "2066490935046336512"
WHEN = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


# ------------------------------------------------------------------ parsing

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find_all(self, tag=None, **attrs):
        for n in self.iter():
            if (tag is None or n.tag == tag) and all(
                    (v in (n.attrs.get(k.rstrip("_")) or "").split()) if k.endswith("_") else n.attrs.get(k) == v
                    for k, v in attrs.items()):
                yield n

    def find(self, tag=None, **attrs):
        return next(self.find_all(tag, **attrs), None)

    def ancestors(self):
        n = self.parent
        while n is not None:
            yield n
            n = n.parent


class TreeBuilder(HTMLParser):
    """A tolerant tree of a page: elements of ``node_type``, their
    attributes as ``_attrs`` keeps them, unclosed tags closed by an
    enclosing end tag."""

    node_type = Node

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.root = self.node_type("#root", self._attrs([]), None)
        self.cur = self.root
        self.feed(html)
        self.close()

    def _attrs(self, attrs):
        return {k: (v if v is not None else "") for k, v in attrs}

    def _node(self, tag, attrs):
        n = self.node_type(tag, self._attrs(attrs), self.cur)
        self.cur.children.append(n)
        return n

    def handle_starttag(self, tag, attrs):
        n = self._node(tag, attrs)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self._node(tag, attrs)

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


class Page(TreeBuilder):
    """A tolerant DOM: enough to walk sections, tables, links and ids."""

    def __init__(self, html: str):
        super().__init__(html)
        self.ids: dict[str, Node] = {}
        self.duplicate_ids: list[str] = []
        for n in self.root.iter():
            i = n.attrs.get("id")
            if i is not None:
                if i in self.ids:
                    self.duplicate_ids.append(i)
                self.ids[i] = n

    def __getattr__(self, name):
        return getattr(self.root, name)


def words(text: str) -> str:
    return " ".join(text.split())


def table_rows(table: Node) -> list[dict]:
    heads = [words(th.text()).rstrip(" ↕") for th in table.find("thead").find_all("th")]
    out = []
    for tr in table.find("tbody").find_all("tr"):
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("th", "td")]
        row = {h: c for h, c in zip(heads, cells)}
        row["_tr"] = tr
        out.append(row)
    return out


def all_rows(page: Page, table_id: str) -> list[dict]:
    """A table's rows, with those waiting under its "Show N more" <details>."""
    rows = table_rows(page.ids[table_id])
    more = page.find("details", **{"data-more-of": table_id})
    if more is not None:
        rows += table_rows(more.find("table"))
    return rows


# ------------------------------------------------------------------ fixtures

@pytest.fixture(scope="module")
def corpus():
    return threadscope.load([str(SAMPLE)])


@pytest.fixture(scope="module")
def analyses(corpus):
    return threadscope.analyze_all(corpus.threads)


@pytest.fixture(scope="module")
def seed_html(tmp_path_factory, corpus, analyses):
    out = tmp_path_factory.mktemp("report") / "report.html"
    write_report(analyses, out, corpus=corpus, generated_at=WHEN)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_html):
    return Page(seed_html)


def _post(i, author, text, parent=None, minutes=0, conv="1", **kw) -> Post:
    return Post(id=str(i), author_id=f"id-{author}", author=author, text=text,
                created_at=datetime(2026, 6, 18, 1, 0, tzinfo=timezone.utc) + timedelta(minutes=minutes),
                kind="reply" if parent else "post", conversation_id=conv, reply_to_id=parent, **kw)


# ------------------------------------------------------------------ structure

def test_sections_landmarks_and_headings(seed):
    for sid in ("overview", "forecasts", "claims", "conversation", "participants", "provenance"):
        section = seed.ids.get(sid)
        assert section is not None and section.tag == "section", sid
        heading = seed.ids[section.attrs["aria-labelledby"]]
        assert heading.tag == "h2"
    assert [n.tag for n in seed.find_all("h1")] == ["h1"]
    for tag in ("header", "nav", "main", "footer"):
        assert seed.find(tag) is not None, tag
    assert seed.find("html").attrs["lang"] == "en"
    assert seed.find("main").attrs["id"] == "main" and seed.find("a", class_="skip").attrs["href"] == "#main"
    # nav links to every section, in order
    assert [a.attrs["href"] for a in seed.find("nav").find_all("a")] == [
        "#overview", "#forecasts", "#claims", "#conversation", "#participants", "#provenance"]


def test_every_in_page_link_resolves_and_ids_are_unique(seed):
    assert seed.duplicate_ids == []
    anchors = [n.attrs.get("href") for n in seed.iter() if n.tag == "a"]
    local = [h for h in anchors if h and h.startswith("#")]
    assert len(local) > 100
    missing = [h for h in local if h[1:] not in seed.ids]
    assert missing == []
    # nothing links to another page when everything is on one page
    assert all(h.startswith(("#", "https://")) for h in anchors if h)
    labelled = [n.attrs[a] for n in seed.iter() for a in ("aria-labelledby", "for") if a in n.attrs]
    assert [x for x in labelled if x not in seed.ids] == []


def test_forecasts_table_shows_who_predicted_what(seed):
    prop = seed.find("section", class_="proposition")
    table = prop.find("table")
    rows = table_rows(table)
    by_holder = {}
    for r in rows:
        by_holder.setdefault(words(r["Holder"].find("span", class_="holder").text()), []).append(r)
    assert {"@teortaxesTex", "@elonmusk", "@jietang"} <= set(by_holder)
    teo = by_holder["@teortaxesTex"][0]
    assert words(teo["Window"].find("span", class_="window").text()) == "Nov–Dec 2026"
    assert words(teo["Window"].find("span", class_="iso").text()) == "2026-11-01 → 2026-12-31"
    assert words(teo["Confidence"].text()) == "90%"
    musk = next(r for r in by_holder["@elonmusk"] if r["_tr"].attrs["id"].startswith(f"forecast-{MUSK_POST}"))
    assert words(musk["Window"].find("span", class_="window").text()) == "Q1 2027"
    assert words(musk["Confidence"].text()) == "70%"
    assert musk["What they said"].find("a").attrs["href"] == f"#post-{MUSK_POST}"
    assert words(musk["What they said"].find("q").text()) == "Probably Q1"
    tang = by_holder["@jietang"][0]
    assert words(tang["Window"].find("span", class_="window").text()) == "before 2027"
    assert words(tang["Window"].find("span", class_="iso").text()) == "2026-06-18 → 2026-12-31"
    against = tang["Stated against"].find("a")
    assert against.attrs["href"] == "#" + musk["_tr"].attrs["id"]
    assert "@elonmusk" in against.text() and "Q1 2027" in against.text()
    # a reported forecast says who reported it
    reported = [r for r in by_holder["@elonmusk"] if r["Holder"].find("span", class_="via")]
    assert [words(r["Holder"].find("span", class_="via").text()) for r in reported] == ["reported by @paulo_tokens"]
    # a row per forecast, as in the Analysis
    assert len(rows) == 8


def test_timeline_draws_holders_windows_and_the_answer(seed):
    svg = seed.find("svg", class_="tl-wide")
    assert svg.attrs["role"] == "img" and seed.ids[svg.attrs["aria-labelledby"]].tag == "title"
    holders = [words(t.children[-1]) for t in svg.find_all("text", class_="tl-holder")]
    assert holders[:3] == ["@teortaxesTex", "@elonmusk", "@jietang"]
    labels = {words(t.text()) for t in svg.find_all("text", class_="tl-label")}
    assert "Nov–Dec 2026 · 90%" in labels
    assert "Q1 2027 · 70%" in labels
    assert "before 2027 · 90% · against @elonmusk" in labels
    bars = {a.attrs["href"]: a.find("rect") for a in svg.find_all("a", class_="tl-item")}
    assert all(h[1:] in seed.ids and seed.ids[h[1:]].tag == "tr" for h in bars)
    musk = bars[f"#forecast-{MUSK_POST}-0"]
    teo = next(r for h, r in bars.items() if "2067435077654126592" in h)
    # Nov-Dec 2026 ends where Q1 2027 starts; opacity follows confidence (0.9 > 0.7)
    assert abs(float(teo.attrs["x"]) + float(teo.attrs["width"]) - float(musk.attrs["x"])) < 1.5
    assert float(teo.attrs["fill-opacity"]) > float(musk.attrs["fill-opacity"])
    assert len(list(svg.find_all("path", class_="tl-arrow"))) == 1
    ticks = [words(t.text()) for t in svg.find("g", class_="tl-axis").find_all("text")]
    assert "Q1 2027" in ticks
    # the phone layout draws the same bars
    compact = seed.find("svg", class_="tl-compact")
    assert {a.attrs["href"] for a in compact.find_all("a", class_="tl-item")} == set(bars)


def test_open_ended_window_fades(tmp_path):
    posts = [_post(1, "asker", "When will Nova-4 ship?"),
             _post(2, "optimist", "Nova-4 ships after 2027.", parent="1", minutes=1)]
    out = tmp_path / "r.html"
    write_report(from_posts(posts), out, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    bar = page.find("svg", class_="tl-wide").find("rect", class_="open")
    assert bar is not None and re.fullmatch(r"url\(#timeline-.+-fade\)", bar.attrs["fill"])
    assert page.ids[bar.attrs["fill"][5:-1]].tag == "lineargradient"
    row = table_rows(page.find("table", class_="forecasts"))[0]
    assert words(row["Window"].find("span", class_="iso").text()) == "2028-01-01 → open"


def test_claims_linked_to_posts(seed):
    rows = table_rows(seed.ids["table-claims"])
    assert len(rows) == 16
    fs = [r for r in rows if words(r["Subject"].text()) == "GLM-5.2" and words(r["Measure"].text()) == "FrontierSWE"
          and words(r["Value"].text()) == "74.4"]
    assert len(fs) == 1
    link = fs[0]["In the words of the post"].find("a")
    assert link.attrs["href"] == f"#post-{ZAI_POST}" and seed.ids[f"post-{ZAI_POST}"].tag == "article"
    assert "FrontierSWE: 74.4" in link.text()
    sizes = [words(r["Value"].text()) for r in rows if words(r["Measure"].text()) == "parameters"]
    assert sizes == ["753B", "753B"]


def test_conversation_tree(seed, corpus):
    conv = seed.ids["conversation"]
    posts = {n.attrs["id"]: n for n in conv.find_all("article", class_="post") if "id" in n.attrs}
    assert {f"post-{p}" for t in corpus.threads for p in t.by_id} <= set(posts)
    # nesting follows the reply tree: Tang Jie's reply sits inside the <details> under Musk's post
    tang = posts[f"post-{TANG_POST}"]
    musk_li = posts[f"post-{MUSK_POST}"].parent
    assert musk_li in list(tang.ancestors())
    assert any(a.tag == "details" for a in tang.ancestors())
    # each post: author, time, text with dir=auto
    head = tang.find("header", class_="post-head")
    assert "@jietang" in head.text() and head.find("time").attrs["datetime"] == "2026-06-18T03:41:27Z"
    text = tang.find("p", class_="text")
    assert text.attrs["dir"] == "auto" and words(text.text()) == "It won't take that long"
    # the deleted post is a placeholder, with the branch kept under it
    gap = posts[f"post-{MISSING}"]
    assert "missing" in gap.attrs["class"] and "@cryo_capex" in gap.text() and "Missing post" in gap.text()
    assert gap.parent.find("details") is not None
    # quote links: the root quotes Z.ai's announcement, which is on the page
    root = posts[f"post-{MAIN}"]
    assert root.find("p", class_="quoted").find("a").attrs["href"] == f"#post-{ZAI_POST}"
    # a forecast badge leads to its row
    badge = tang.find("a", class_="fc")
    assert badge.attrs["href"] == f"#forecast-{TANG_POST}-0"
    # CJK text keeps its characters, with its language
    xiao = posts["post-2067459974799347712"].find("p", class_="text")
    assert words(xiao.text()) == "同意，今年就会追上" and xiao.attrs.get("lang", "").startswith("zh")


def test_overview_summary_and_figures(seed):
    ov = seed.ids["overview"]
    lede = words(ov.find("p", class_="lede").text())
    assert "@teortaxesTex's post of 18 Jun 2026 drew 19 replies" in lede
    assert "@teortaxesTex says Nov–Dec 2026 (90%)" in lede and "@elonmusk says Q1 2027 (70%)" in lede
    assert "@jietang said sooner than @elonmusk's Q1 2027: before 2027 (90%)" in lede
    assert "1 post that others replied to or quoted is missing" in lede
    figures = {words(d.find("dt").text()): words(d.find("dd").text()) for d in ov.find("dl").find_all("div")}
    assert figures["Posts"] == "27" and figures["Conversations"] == "4" and figures["Missing posts"] == "1"
    assert figures["Forecasts"] == "8" and figures["Claims"] == "16" and figures["Input problems"] == "0"
    assert figures["Deepest reply chain"] == "6"
    assert "No problems were found" in ov.text()


def test_provenance(seed, corpus):
    pv = seed.ids["provenance"]
    src = corpus.sources[0]
    rows = table_rows(pv.find("table"))
    assert words(rows[0]["File"].text()) == src.path and words(rows[0]["SHA-256"].text()) == src.sha256
    assert words(rows[0]["Format"].text()) == "twarc2"
    text = words(pv.text())
    assert f"threadscope {threadscope.__version__}" in text and "1 Jul 2026, 12:00 UTC" in text
    rules = [words(li.text()) for li in pv.find("ul", class_="rules").find_all("li")]
    assert any("Q1 is January to March" in r for r in rules) and any("probably 70%" in r for r in rules)
    assert not any(re.search(r"https?://|www\.", r) for r in rules)


def test_problems_are_counted(tmp_path):
    bad = tmp_path / "broken.jsonl"
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    bad.write_text(lines[0] + "\n{\"data\": [\n" + lines[1][:200] + "\n", encoding="utf-8")
    corpus = threadscope.load([str(bad)])
    assert len(corpus.problems) >= 2
    out = tmp_path / "r.html"
    write_report(corpus, out, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    kinds = table_rows(page.ids["table-problem-kinds"])
    assert sum(int(words(r["Count"].text())) for r in kinds) == len(corpus.problems)
    listed = page.ids["provenance"].find("details", class_="problems").find_all("li")
    assert len(list(listed)) == len(corpus.problems)


def test_empty_input_still_makes_a_page(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("not json at all\n", encoding="utf-8")
    corpus = threadscope.load([str(empty)])
    out = tmp_path / "r.html"
    write_report(corpus, out, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    assert page.ids["forecasts"].find("p", class_="empty") is not None
    assert "no conversation" in words(page.ids["conversation"].text()).lower()


# ------------------------------------------------------------------ hostile input

HOSTILE_HANDLE = 'x</script><script>alert("handle")</script>'
PAYLOADS = ['<script>alert("text")</script>', '" onload="alert(1)', "</script><script>alert(2)</script>",
            "<img src=x onerror=alert(3)>", "<!-- <script>", "\u2028\u2029", "' onmouseover='alert(4)"]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    posts = [
        _post(1, "asker", "When will Nova-4 ship? " + " ".join(PAYLOADS),
              author_name='<script>alert("name")</script>" onload="alert(5)',
              urls=("javascript:alert(6)", 'https://evil.example/"onmouseover="alert(7)', "JaVaScRiPt:alert(8)",
                    "data:text/html,<script>alert(9)</script>")),
        _post(2, HOSTILE_HANDLE, "Nova-4 ships in Q1 2027. </script><script>alert(10)</script>", parent="1", minutes=1,
              author_name="\"><svg onload=alert(11)>"),
        _post(3, "linker", "see javascript:alert(12) and https://ok.example/a?b=<script>c</script> and "
                           "https://x.example/\"><script>alert(13)</script>", parent="1", minutes=2,
              lang='en" onload="alert(14)'),
    ]
    d = tmp_path_factory.mktemp("xss")
    write_report(from_posts(posts), d / "one.html", generated_at=WHEN)
    write_report(from_posts(posts), f"{d / 'site'}/", generated_at=WHEN)
    return d


def _hostile_pages(d: Path):
    return [d / "one.html", *sorted((d / "site").glob("*.html"))]


def test_hostile_text_never_becomes_markup(hostile):
    for path in _hostile_pages(hostile):
        html = path.read_text(encoding="utf-8")
        page = Page(html)
        scripts = list(page.find_all("script"))
        assert len(scripts) == 2, path
        data, code = scripts
        assert data.attrs == {"type": "application/json", "id": "threadscope-data"}
        json.loads(data.text())                      # the data block is intact JSON
        assert code.attrs == {} and "alert" not in code.text()
        for n in page.iter():
            assert not [a for a in n.attrs if a.lower().startswith("on")], (path, n.tag, n.attrs)
            assert n.tag not in ("img", "iframe", "object", "embed"), (path, n.tag)
        for a in page.find_all("a"):
            href = a.attrs.get("href", "")
            assert re.match(r"^(#|https?://|conversation-[\w-]+\.html(#|$)|index\.html$)", href), (path, href)
        assert all(re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", n.attrs["lang"])
                   for n in page.iter() if "lang" in n.attrs)
        # the words are still there, as text
        if path.name == "one.html":
            texts = " ".join(words(p.text()) for p in page.find_all("p", class_="text"))
            assert '<script>alert("text")</script>' in texts and '" onload="alert(1)' in texts
            assert "<img src=x onerror=alert(3)>" in texts
            assert HOSTILE_HANDLE in page.ids["participants"].text()


def test_javascript_links_never_become_hrefs(hostile):
    page = Page((hostile / "one.html").read_text(encoding="utf-8"))
    hrefs = [a.attrs.get("href", "") for a in page.find_all("a")]
    assert not any(re.sub(r"[\s\x00-\x1f]", "", h).lower().startswith(("javascript:", "data:", "vbscript:"))
                   for h in hrefs)
    linker = page.ids["post-3"]
    links = [a.attrs["href"] for a in linker.find("p", class_="text").find_all("a")]
    assert links == ["https://ok.example/a?b=", "https://x.example/"]
    # the javascript: URLs of post 1 are shown as text, not links
    foot = page.ids["post-1"].find("footer")
    assert "javascript:alert(6)" in foot.text() and "JaVaScRiPt:alert(8)" in foot.text()
    assert not any("alert" in a.attrs.get("href", "") for a in foot.find_all("a"))


def test_script_json_is_safe_in_script_context():
    value = {"a": "</script><script>alert(1)</script>", "b": "<!--", "c": "\u2028\u2029", "d": "x & y 'z'"}
    text = str(script_json(value))
    assert "<" not in text and ">" not in text and "&" not in text and "'" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


# ------------------------------------------------------------------ self-contained

LOADING = {"script": ["src"], "img": ["src", "srcset"], "iframe": ["src"], "link": ["href"], "source": ["src", "srcset"],
           "video": ["src", "poster"], "audio": ["src"], "object": ["data"], "embed": ["src"], "image": ["href", "xlink:href"],
           "use": ["href", "xlink:href"], "track": ["src"], "input": ["src"]}


def test_nothing_loads_from_another_host(seed_html, seed):
    for n in seed.iter():
        for attr in LOADING.get(n.tag, []):
            value = n.attrs.get(attr)
            if value is not None:
                assert value.startswith(("data:", "#")), (n.tag, attr, value)
        assert "style" not in n.attrs, n.tag            # no inline styles (the CSP forbids them)
        for attr in ("fill", "marker-end", "stroke"):
            v = n.attrs.get(attr, "")
            assert not v.startswith("url(") or v.startswith("url(#"), v
    style = seed.find("style").text()
    assert "@import" not in style and not re.search(r"url\((?!#)", style)
    assert "@font-face" not in style
    csp = seed.find("meta", **{"http-equiv": "Content-Security-Policy"}).attrs["content"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "connect-src" not in csp
    assert "pbs.twimg.com" not in seed_html              # the export's avatars are never used
    assert seed.find("link", rel="icon").attrs["href"] == "data:,"


def test_works_without_javascript(seed):
    # every post and every table row is in the HTML; controls that need JS start hidden
    assert len(list(seed.ids["conversation"].find_all("article", class_="post"))) == 28
    for el in seed.iter():
        if "data-js" in el.attrs:
            assert "hidden" in el.attrs, el.tag
    assert len(list(seed.find_all("details"))) > 5
    assert all(t.find("thead") is not None and t.find("caption") is not None
               for t in seed.find_all("table", class_="sortable"))


def test_tables_are_accessible(seed):
    for table in seed.find_all("table"):
        for th in table.find("thead").find_all("th"):
            assert th.attrs.get("scope") == "col"
        for tr in table.find("tbody").find_all("tr"):
            first = next(c for c in tr.children if isinstance(c, Node))
            assert first.tag == "th" and first.attrs.get("scope") == "row"
    for wrap in seed.find_all("div", class_="table-wrap"):
        assert wrap.attrs.get("tabindex") == "0" and wrap.attrs.get("role") == "region"
    for inp in seed.find_all("input"):
        assert seed.find("label", **{"for": inp.attrs["id"]}) is not None


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_meet_wcag_aa_in_light_and_dark():
    css = (default_template_dir() / "report.css").read_text(encoding="utf-8")
    light = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css.split("@media (prefers-color-scheme: dark)")[0]))
    dark_block = css.split("@media (prefers-color-scheme: dark)")[1].split("\n}\n")[0]
    dark = {**light, **dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", dark_block))}
    pairs = [("fg", "bg"), ("muted", "bg"), ("link", "bg"), ("fg", "panel"), ("muted", "panel"), ("link", "panel"),
             ("error-fg", "error-bg"), ("warning-fg", "warning-bg")]
    pairs += [(f"{s}-fg", f"{s}-bg") for s in ("support", "deny", "query", "comment")]
    pairs += [("av-fg", f"av{i}") for i in range(8)]
    for scheme in (light, dark):
        for fg, bg in pairs:
            assert _contrast(scheme[fg], scheme[bg]) >= 4.5, (fg, bg, scheme[fg], scheme[bg])
        for line in ("support-line", "deny-line", "query-line", "comment-line", "bar", "edge-neutral"):
            assert _contrast(scheme[line], scheme["bg"]) >= 3.0, line      # graphics: 3:1
        for bg in ("bg", "panel"):                                         # the today line's label
            assert _contrast(scheme["today"], scheme[bg]) >= 4.5, ("today", bg)
    assert "@media print" in css and "prefers-color-scheme: dark" in css and "max-width: 40rem" in css


# ------------------------------------------------------------------ stance (hand-made findings)

def _with_stance(analysis):
    t = analysis.thread
    stance_of = {TANG_POST: "deny", "2067456145584377856": "support", "2067447277558968320": "query"}
    rows = []
    for p in t.by_id.values():
        parent = t.parent_id(p)
        s = None if p.id == t.root_id else stance_of.get(p.id, "comment")
        rows.append({"post_id": p.id, "parent_id": parent, "author": p.author, "stance": s, "root_stance": s,
                     "sentiment": -0.42 if s == "deny" else 0.3, "sentiment_label": "negative" if s == "deny" else "positive"})
    analysis.stance = pd.DataFrame(rows)
    g = nx.DiGraph()
    g.add_edge("jietang", "elonmusk", support=0, deny=1, query=0, comment=0, weight=1)
    g.add_edge("tensor_tamsin", "jietang", support=1, deny=0, query=0, comment=0, weight=1)
    g.add_edge("grumpy_gradient", "elonmusk", support=0, deny=0, query=1, comment=0, weight=1)
    analysis.agreement_graph = g
    analysis.agreement = pd.DataFrame([
        {"source": u, "target": v, **{k: d[k] for k in ("support", "deny", "query", "comment")},
         "total": d["weight"], "net": d["support"] - d["deny"]} for u, v, d in g.edges(data=True)])
    analysis.participant_stance = pd.DataFrame([
        {"author": "jietang", "posts": 1, "support": 0, "deny": 1, "query": 0, "comment": 0, "mean_sentiment": -0.42,
         "negative_share": 1.0},
        {"author": "tensor_tamsin", "posts": 1, "support": 1, "deny": 0, "query": 0, "comment": 0,
         "mean_sentiment": 0.3, "negative_share": 0.0}])
    return analysis


def test_stance_colour_and_word(tmp_path, corpus):
    analyses = threadscope.analyze_all(corpus.threads)
    _with_stance(analyses[0])
    out = tmp_path / "r.html"
    write_report(analyses[:1], out, corpus=corpus, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    tang = page.ids[f"post-{TANG_POST}"]
    assert "st-deny" in tang.attrs["class"].split()
    pill = tang.find("span", class_="stance")
    assert "s-deny" in pill.attrs["class"].split() and words(pill.text()) == "deny"    # a word, not colour alone
    assert words(tang.find("span", class_="sentiment").text()) == "sentiment -0.42 negative"
    assert words(page.ids["post-2067456145584377856"].find("span", class_="stance").text()) == "support"
    assert page.ids[f"post-{MAIN}"].find("span", class_="stance") is None                # the root answers nothing
    heads = [words(th.text()) for th in page.ids["table-participants"].find("thead").find_all("th")]
    assert "Stance toward the root" in heads and "Mean sentiment" in heads
    row = next(r for r in table_rows(page.ids["table-participants"]) if "@jietang" in r["Participant"].text())
    assert words(row["Stance toward the root"].text()) == "1 deny"
    # the agreement graph: an inline SVG, edges coloured by what the replies did
    svg = page.find("svg", class_="ag")
    assert svg is not None and svg.attrs["role"] == "img"
    deny = [p for p in svg.find_all("path", class_="e-deny")]
    assert len(deny) == 1 and "@jietang → @elonmusk: 1 deny" in deny[0].text()
    assert len(list(svg.find_all("path", class_="e-support"))) == 1
    assert {words(t.text()) for t in svg.find_all("text")} >= {"jietang", "elonmusk", "tensor_tamsin"}
    assert "disputed @elonmusk 1 time" in words(page.ids["overview"].find("p", class_="lede").text())
    assert words(page.ids["agreement-h"].text()) == "Who agreed with whom"


def test_stance_not_computed_is_said(tmp_path, corpus):
    """An Analysis built by hand without stance findings still renders."""
    class Bare(threadscope.Analysis):
        stance = agreement = participant_stance = agreement_graph = None

    bare = Bare(corpus.threads[0])
    out = tmp_path / "r.html"
    write_report([bare], out, corpus=corpus, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    assert "stance was not computed" in words(page.ids["conversation"].text())
    assert words(page.ids["agreement-h"].text()) == "Who answered whom"
    assert page.find("span", class_="sentiment") is None


def test_seed_report_shows_the_computed_stance(seed, corpus):
    """Tang Jie's reply denies Musk's forecast, by the stance module's own reading."""
    table = threadscope.analyze_all(corpus.threads)[0].stance.set_index("post_id")
    assert table.loc[TANG_POST, "stance"] == "deny"
    pill = seed.ids[f"post-{TANG_POST}"].find("span", class_="stance")
    assert words(pill.text()) == "deny"
    assert words(seed.ids["agreement-h"].text()) == "Who agreed with whom"


# ------------------------------------------------------------------ big threads

def test_deep_and_wide_threads_stay_usable(tmp_path):
    posts = [_post(0, "root", "Root post", conv="0")]
    for i in range(1, 400):                      # a 400-deep back-and-forth
        posts.append(_post(i, "ann" if i % 2 else "bob", f"reply {i}", parent=str(i - 1), minutes=i, conv="0"))
    for j in range(400, 700):                    # 300 replies to the root
        posts.append(_post(j, f"u{j}", f"wide {j}", parent="0", minutes=j, conv="0"))
    out = tmp_path / "big.html"
    write_report(from_posts(posts), out, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    ids = [n.attrs["id"] for n in page.ids["conversation"].find_all("article") if "id" in n.attrs]
    assert sorted(ids) == sorted(f"post-{p.id}" for p in posts)
    depth = max(sum(1 for a in n.ancestors() if a.tag == "ol") for n in page.find_all("article"))
    assert depth <= 10                           # nesting stops; deeper replies continue flat
    flat = page.find("ol", class_="flat")
    assert flat is not None and "replying to" in flat.find("article").text()
    more = [d for d in page.find_all("details", class_="more")]
    assert more and words(more[0].find("summary").text()) == "261 more replies"
    root_replies = page.ids["post-0"].parent.find("details", class_="replies")
    assert "open" in root_replies.attrs
    first_child = root_replies.find("ol").find("li").find("details", class_="replies")
    assert "open" not in first_child.attrs       # the 399-post branch starts closed


# ------------------------------------------------------------------ JSON, overrides, many pages

def test_json_is_the_context_the_template_receives(tmp_path, corpus, analyses, seed_html):
    out = tmp_path / "r.json"
    write_report(analyses, out, corpus=corpus, format="json", generated_at=WHEN)
    context = json.loads(out.read_text(encoding="utf-8"))
    assert context["schema"] == "threadscope.report/1" and context["kind"] == "page"
    assert render(environment(), "report.html", context) == seed_html
    rows = context["forecasts"]["propositions"][0]["rows"]
    assert {(r["holder"], r["window_start"], r["window_end"], r["confidence"]) for r in rows} >= {
        ("teortaxesTex", "2026-11-01", "2026-12-31", 0.9), ("elonmusk", "2027-01-01", "2027-03-31", 0.7),
        ("jietang", "2026-06-18", "2026-12-31", 0.9)}


def test_template_override_extends_the_default(tmp_path, corpus, analyses):
    own = tmp_path / "tpl"
    own.mkdir()
    (own / "report.html").write_text(
        '{% extends "default/report.html" %}{% block footer %}{{ super() }}<p id="desk">Data desk</p>{% endblock %}',
        encoding="utf-8")
    (own / "_claims.html").write_text('<section id="claims"><h2>Figures: {{ claims.count }}</h2></section>',
                                      encoding="utf-8")
    out = tmp_path / "r.html"
    write_report(analyses, out, corpus=corpus, template_dir=own, generated_at=WHEN)
    page = Page(out.read_text(encoding="utf-8"))
    assert words(page.ids["desk"].text()) == "Data desk"
    assert "Made with threadscope" in page.find("footer", class_="colophon").text()          # super() kept the default footer
    assert words(page.ids["claims"].find("h2").text()) == "Figures: 16"   # the partial was replaced
    assert page.ids.get("table-claims") is None and page.ids.get("forecasts") is not None
    # autoescape applies to overrides too
    (own / "report.html").write_text("{{ heading }}<p>{{ '<b>x</b>' }}</p>", encoding="utf-8")
    write_report(analyses, out, corpus=corpus, template_dir=own, generated_at=WHEN)
    assert "&lt;b&gt;x&lt;/b&gt;" in out.read_text(encoding="utf-8")


def test_many_conversations_make_a_site(tmp_path, corpus, analyses):
    site = tmp_path / "site"
    written = write_report(analyses, f"{site}/", corpus=corpus, generated_at=WHEN)
    assert len(written) == 5 and (site / "index.html").exists()
    index = Page((site / "index.html").read_text(encoding="utf-8"))
    rows = table_rows(index.ids["table-conversations"])
    assert [words(r["Posts"].text()) for r in rows] == ["20", "4", "2", "1"]
    assert "sortable" in index.ids["table-conversations"].attrs["class"]
    for r in rows:
        href = r["Started by"].find("a").attrs["href"]
        assert (site / href).exists()
    # links across pages land on ids that exist there
    for path in site.glob("conversation-*.html"):
        page = Page(path.read_text(encoding="utf-8"))
        assert page.duplicate_ids == []
        for a in page.find_all("a"):
            href = a.attrs.get("href", "")
            if href.startswith("#"):
                assert href[1:] in page.ids, (path.name, href)
            elif href.startswith("conversation-") or href == "index.html":
                file, _, frag = href.partition("#")
                target = Page((site / file).read_text(encoding="utf-8"))
                assert not frag or frag in target.ids, (path.name, href)
    paulo = Page((site / "conversation-2067454214568751104.html").read_text(encoding="utf-8"))
    quoted = paulo.find("p", class_="quoted").find("a")
    assert quoted.attrs["href"] == f"conversation-{MAIN}.html#post-{MUSK_POST}"
    json_site = tmp_path / "json"
    write_report(analyses, f"{json_site}/", corpus=corpus, format="json", generated_at=WHEN)
    assert json.loads((json_site / "index.json").read_text())["kind"] == "index"


def test_write_report_from_paths_and_one_conversation(tmp_path):
    out = tmp_path / "one.html"
    assert write_report(str(SAMPLE), out, conversation="2067495046059446272", generated_at=WHEN) == [str(out)]
    page = Page(out.read_text(encoding="utf-8"))
    assert "@jietang" in words(page.find("h1").text())
    assert len(list(page.ids["conversation"].find_all("article"))) == 4
    with pytest.raises(LookupError):
        write_report(str(SAMPLE), out, conversation="nope")
    with pytest.raises(ValueError):
        write_report(str(SAMPLE), out, format="pdf")


def test_generation_time_from_source_date_epoch(tmp_path, monkeypatch, analyses):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")     # 2026-01-01T00:00:00Z
    out = tmp_path / "r.json"
    write_report(analyses[:1], out, format="json")
    assert json.loads(out.read_text())["generator"]["generated_at"] == "2026-01-01T00:00:00Z"


# ------------------------------------------------------------------ CLI

def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output + result.stderr
    return result


def test_cli_report(tmp_path):
    out = tmp_path / "report.html"
    result = run("report", SAMPLE, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "wrote 1 file(s)" in result.stderr and result.stdout == ""
    assert Page(out.read_text(encoding="utf-8")).ids.get("forecasts") is not None
    result = run("report", SAMPLE, "--format", "json", "-q")
    assert result.exit_code == 0 and json.loads(result.stdout)["schema"] == "threadscope.report/1"
    result = run("report", SAMPLE, "-o", f"{tmp_path / 'site'}/", "-q")
    assert result.exit_code == 0 and (tmp_path / "site" / "index.html").exists()
    result = run("report", SAMPLE, "--conversation", "2066490935046336512", "-o", tmp_path / "z.html", "-q")
    assert result.exit_code == 0


def test_cli_report_errors(tmp_path):
    assert run("report", SAMPLE, "--conversation", "nope", "-q").exit_code == 2
    assert run("report", SAMPLE, "--template-dir", tmp_path / "nowhere", "-q").exit_code == 2
    bad = tmp_path / "tpl"
    bad.mkdir()
    (bad / "_claims.html").write_text("{% if %}", encoding="utf-8")
    result = run("report", SAMPLE, "--template-dir", bad, "-o", tmp_path / "r.html", "-q")
    assert result.exit_code == 2 and "template error" in result.stderr and "_claims.html" in result.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text(SAMPLE.read_text(encoding="utf-8").splitlines()[0] + "\n{oops\n", encoding="utf-8")
    result = run("report", broken, "-o", tmp_path / "b.html", "-q")
    assert result.exit_code == 1 and (tmp_path / "b.html").exists()


def test_twarc_plugin_is_the_same_command():
    from threadscope.twarc_plugin import threadscope as group
    assert group.name == "threadscope"
    assert group.commands["report"] is main.commands["report"]
    result = CliRunner().invoke(group, ["report", "--help"])
    assert result.exit_code == 0 and "--template-dir" in result.output


# ------------------------------------------------------------------ packaging

def test_templates_and_packages_ship():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    st = config["tool"]["setuptools"]
    packages = set(st["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "threadscope").rglob("__init__.py")}
    assert on_disk <= packages, f"add {sorted(on_disk - packages)} to [tool.setuptools] packages in pyproject.toml"
    assert st["package-dir"]["threadscope.templates"] == "templates"
    patterns = st["package-data"]["threadscope.templates"]
    for f in (ROOT / "templates").iterdir():
        assert any(f.match(p) for p in patterns), f.name
    for f in (ROOT / "threadscope").rglob("*"):                 # data files (weights, schema) ship too
        if f.is_file() and f.suffix not in (".py", ".pyc"):
            package = ".".join(f.parent.relative_to(ROOT).parts)
            assert any(f.match(p) for p in st["package-data"].get(package, [])), f"{f} is not package data"
    assert config["project"]["entry-points"]["twarc.plugins"]["threadscope"] == "threadscope.twarc_plugin:threadscope"
    assert any(d.startswith("twarc") for d in config["project"]["optional-dependencies"]["twarc"])
    assert default_template_dir() == ROOT / "templates"          # a source tree uses its own templates


def test_css_and_js_hold_no_template_syntax():
    env = environment()
    for name in ("report.css", "report.js"):
        source = (default_template_dir() / name).read_text(encoding="utf-8")
        assert env.get_template(name).render() == source.removesuffix("\n"), name


def test_pages_list_the_files_their_posts_come_from(tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    (tmp_path / "a.jsonl").write_text(lines[0] + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")
    corpus = threadscope.load([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")])
    site = tmp_path / "site"
    write_report(corpus, f"{site}/", generated_at=WHEN)
    index = Page((site / "index.html").read_text(encoding="utf-8"))
    assert {words(r["File"].text()) for r in table_rows(index.ids["table-sources"])} == {
        str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")}
    for t in corpus.threads:
        page = Page((site / f"conversation-{t.id}.html").read_text(encoding="utf-8"))
        listed = {words(r["File"].text()) for r in table_rows(page.ids["table-sources"])}
        expected = {p.source.rsplit(":", 1)[0] for p in [*t.by_id.values(), *t.retweets]}
        assert listed == expected, t.id


def test_overview_never_leads_with_a_holder_that_is_no_user_or_name():
    from threadscope.report.text import summary_sentences

    def row(holder):
        return {"holder": holder, "holder_label": holder or "unknown", "window": "Q1 2027", "confidence_label": "70%"}

    overview = {"root": None, "main": {"posts": 3, "participants": 2, "duration": "1 hour", "depth": 1},
                "conversations": 1, "posts": 3}
    props = [{"event": "Phrase-held event", "rows": [row("would never do that she"), row(None)]},
             {"event": "Fable-level from China", "rows": [row("would never do that she"), row("elonmusk"),
                                                           row("Tang Jie")]}]
    text = " ".join(summary_sentences(overview, props, [], None, []))
    assert "would never do that she" not in text and "Phrase-held event" not in text
    assert "elonmusk says Q1 2027" in text and "Tang Jie says" in text
    assert "1 more question" in text
