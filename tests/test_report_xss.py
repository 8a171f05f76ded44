"""The HTML report against hostile exports: every vector of
``tests/xss_vectors.py`` goes into a twarc2 file (or the forecast ledger, or
a file name) and through the readers, the analysis and the templates, into
one page and into a site.

Two ways to look at the result. Without a browser, the pages are parsed
with ``html.parser`` and held to what the templates can write: their tags,
their attributes, links that are fragments, sibling pages or http(s), the
page's own two scripts and one style (by the CSP's hashes), JSON that
parses back to the payloads, and bidi controls that cannot reorder text
outside the name or post that carries them. In headless Chromium
(``tests/browser.py``), each page is loaded, hovered, focused, expanded,
sorted and its non-http links clicked, and must fire no dialog, set no
``window.__xss``, log no error (a CSP violation is one) and request nothing
but itself. The Chromium part skips, with the reason, when no Chromium is
installed.
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import test_report
from browser import Browser, find_chromium
from threadscope.report import write_report
from xss_vectors import BIDI_CONTROLS, EVIL, NEVER_SHOWN, SHOWN, VECTORS, Vector, by_field

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
WHEN = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)
T0 = datetime(2026, 6, 18, tzinfo=timezone.utc)
TODAY = "2027-01-05"
ASKER = {"id": "10", "username": "asker", "name": "Asker"}


def _time(minutes: int) -> str:
    return (T0 + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _tweet(tid: str, author: str, text: str, minutes: int, conversation: str, reply_to: str | None = None,
           **extra) -> dict:
    t = {"id": tid, "author_id": author, "text": text, "created_at": _time(minutes),
         "conversation_id": conversation, "lang": "en", "edit_history_tweet_ids": [tid]}
    if reply_to:
        t["referenced_tweets"] = [{"type": "replied_to", "id": reply_to}]
        t["in_reply_to_user_id"] = ASKER["id"]
        t["entities"] = {"mentions": [{"start": 0, "end": 6, "username": "asker", "id": ASKER["id"]}]}
    t.update(extra)
    return t


def _page(data: list[dict], users: list[dict], **includes) -> str:
    return json.dumps({"data": data, "includes": {"users": users, **includes},
                       "__twarc": {"url": "https://api.twitter.com/2/tweets/search/recent", "version": "2.14.0",
                                   "retrieved_at": "2026-06-19T00:00:00+00:00"}}) + "\n"


def _reply(i: int, root: str, v: Vector, users: list[dict], quoted: list[dict], media: list[dict],
           polls: list[dict]) -> dict:
    """One reply to the question ``root`` carrying ``v`` where its field says."""
    uid = str(100 + i)
    user = {"id": uid, "username": f"user{i}", "name": f"User {i}"}
    if v.field == "name":
        user["name"] = v.payload
    elif v.field == "username":
        user["username"] = v.payload
    users.append(user)
    tid = v.payload if v.field == "post_id" else str(1000 + i)
    head = f"@asker Nova-{root} ships in Q1 2027"
    text, extra = f"{head}.", {}
    if v.field == "text":
        text = f"{head}. {v.payload}"
    elif v.field == "forecast_text":
        text = f"{head} {v.payload}."
    elif v.field in ("expanded_url", "unwound_url", "display_url", "media_url"):
        tco = f"https://t.co/x{i}"
        text = f"{head}, see {tco}"
        start = len(text) - len(tco)
        url = {"start": start, "end": len(text), "url": tco, "expanded_url": "https://ok.example/page",
               "display_url": "ok.example/page"}
        if v.field == "media_url":
            key = f"3_{i}"
            url.update(expanded_url=v.payload, display_url=v.payload, media_key=key)
            media.append({"media_key": key, "type": "photo", "url": v.payload, "preview_image_url": v.payload,
                          "alt_text": v.payload})
            extra["attachments"] = {"media_keys": [key]}
        elif v.field == "display_url":
            url["display_url"] = v.payload
        else:
            url[v.field] = v.payload
        extra["entities"] = {"urls": [url]}
    elif v.field == "poll_option":
        extra["attachments"] = {"poll_ids": [f"p{i}"]}
        polls.append({"id": f"p{i}", "voting_status": "closed",
                      "options": [{"position": 1, "label": v.payload, "votes": 3},
                                  {"position": 2, "label": "no", "votes": 1}]})
    elif v.field == "quoted_text":
        qid = str(5000 + i)
        quoted.append(_tweet(qid, ASKER["id"], v.payload, -60 + i, qid))
        text = f"{head}, unlike this."
        extra["referenced_tweets"] = [{"type": "replied_to", "id": root}, {"type": "quoted", "id": qid}]
    elif v.field == "lang":
        extra["lang"] = v.payload
    t = _tweet(tid, uid, text, i + 1, root, reply_to=root, **extra)
    if "entities" in extra:
        t["entities"] = {**extra["entities"], "mentions": [{"start": 0, "end": 6, "username": "asker",
                                                            "id": ASKER["id"]}]}
    return t


PER_QUESTION = 20            # replies per conversation: every holder is drawn on its timeline
POST_FIELDS = ("text", "forecast_text", "quoted_text", "name", "username", "expanded_url", "unwound_url",
               "display_url", "media_url", "poll_option", "post_id", "lang")


def write_inputs(folder: Path) -> tuple[Path, list[tuple[str | None, str | None]]]:
    """The hostile export as a directory: questions with a reply per vector, one file per
    file-name vector, a file the walk skips; and the ledger resolutions to
    record (source, note), one per question of their own."""
    folder.mkdir(parents=True)
    users, quoted, media, polls = [dict(ASKER)], [], [], []
    data = []
    for i, v in enumerate(v for v in VECTORS if v.field in POST_FIELDS):
        root = str(1 + i // PER_QUESTION)
        if i % PER_QUESTION == 0:
            data.append(_tweet(root, ASKER["id"], f"When will Nova-{root} ship?", i, root))
        data.append(_reply(i, root, v, users, quoted, media, polls))
    for v in by_field("conversation_id"):
        data.append(_tweet("7000", ASKER["id"], "Orion-2 launches in H2 2027.", 500, v.payload))
    sources, notes = by_field("ledger_source"), by_field("ledger_note")
    resolutions = []
    for j in range(max(len(sources), len(notes))):
        root = str(8000 + 10 * j)
        data.append(_tweet(root, ASKER["id"], f"When will Vega-{j} open?", 600 + j, root))
        data.append(_tweet(str(8001 + 10 * j), ASKER["id"], f"@asker Vega-{j} opens in Q1 2027.", 601 + j, root,
                           reply_to=root))
        resolutions.append((sources[j].payload if j < len(sources) else None,
                            notes[j].payload if j < len(notes) else None))
    (folder / "main.jsonl").write_text(_page(data, users, tweets=quoted, media=media, polls=polls),
                                       encoding="utf-8")
    for k, v in enumerate(by_field("file_name")):
        tid = str(9000 + k)
        text = _page([_tweet(tid, ASKER["id"], f"A plain post from file {k}.", 700 + k, tid)], [ASKER])
        (folder / v.payload).write_text(text + '{"data": [{"id": "9\n', encoding="utf-8")
    for v in by_field("skipped_file"):
        (folder / v.payload).write_text("not an export\n", encoding="utf-8")
    return folder, resolutions


# ------------------------------------------------------------------ the pages

@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    from threadscope.ledger import add, open_ledger, resolve, snapshot

    d = tmp_path_factory.mktemp("xss")
    inputs, resolutions = write_inputs(d / "inputs")
    ledger = d / "ledger.sqlite"
    with open_ledger(ledger) as book:
        add(book, [inputs])
        events = snapshot(book).events
        vega = sorted((e, p) for p, e in events.items() if e.startswith("Vega-"))
        assert len(vega) == len(resolutions), events
        for (_, prop), (source, note) in zip(vega, resolutions):
            resolve(book, prop, happened="2027-02-01", source=source, note=note)
    kw = {"generated_at": WHEN, "today": TODAY, "ledger": ledger}
    write_report(str(inputs), d / "one.html", **kw)
    site = write_report(str(inputs), f"{d / 'site'}/", **kw)
    return {"one": d / "one.html", "site": [Path(p) for p in site], "dir": d}


def all_pages(pages) -> list[Path]:
    return [pages["one"], *pages["site"]]


class Node(test_report.Node):
    """test_report's node; here ``attrs`` is a list of pairs (see Doc)."""

    def texts(self):
        """(text node, its element) for every text node below."""
        for c in self.children:
            if isinstance(c, str):
                yield c, self
            else:
                yield from c.texts()

    def lineage(self):
        n = self
        while n is not None:
            yield n
            n = n.parent



class Doc(test_report.TreeBuilder):
    """The page as a browser's tokenizer sees it (raw text of <script> and
    <style> kept as is), with duplicate attributes kept apart: a second
    ``onload`` must not hide behind the first."""

    node_type = Node

    def _attrs(self, attrs):
        return [(k, v if v is not None else "") for k, v in attrs]

    def all(self, tag=None):
        return [n for n in self.root.iter() if tag is None or n.tag == tag]


def _template_vocabulary() -> tuple[set[str], set[str]]:
    """Every tag and attribute name the templates can write: anything else in
    a page came from the input."""
    tags, attrs = set(), set()
    for path in TEMPLATES.glob("*.html"):
        src = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        for tag, inside in re.findall(r"<([a-zA-Z][\w-]*)((?:[^<>{]|\{\{.*?\}\}|\{%.*?%\})*)>", src, flags=re.S):
            tags.add(tag.lower())
            inside = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", " ", inside, flags=re.S)
            inside = re.sub(r'"[^"]*"', " ", inside)
            attrs.update(a.lower() for a in re.findall(r"([a-zA-Z_:][-\w:.]*)", inside))
    return tags, attrs


TAGS, ATTRS = _template_vocabulary()
URL_ATTRS = {"href", "src", "xlink:href", "action", "formaction", "data", "poster", "srcset", "background",
             "ping", "cite", "codebase", "lowsrc", "dynsrc", "manifest", "icon", "srcdoc"}
NEVER = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "img", "image", "video",
         "audio", "source", "picture", "math", "foreignobject", "animate", "set", "textarea", "noscript",
         "template", "xmp", "iframe", "portal", "bdo", "use"}
SHOWN_ATTRS = {"title", "aria-label", "alt", "placeholder", "label", "value"}
SIBLING = re.compile(r"^(conversation-[A-Za-z0-9_-]+|index)\.html(#[A-Za-z0-9_-]+)?$")
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _link_ok(node: Node, attr: str, value: str) -> bool:
    if value.startswith("#") or SIBLING.match(value):
        return True
    bare = re.sub(r"[\x00-\x20\x7f]", "", value).lower()
    if node.tag == "link" and attr == "href":
        return value == "data:," and dict(node.attrs).get("rel") == "icon"
    m = SCHEME.match(bare)
    return node.tag == "a" and attr == "href" and m is not None and m.group(1) in ("http", "https") \
        and value == value.strip() and re.match(r"^https?://[^\s<>\"'`]+$", value) is not None


def balanced(text: str) -> bool:
    """Whether every bidi embedding, override and isolate that ``text``
    opens is closed in it, and it closes none it did not open: only then
    can the text sit between other words without reordering them."""
    stack: list[str] = []
    for ch in text:
        if ch in "\u202a\u202b\u202d\u202e":
            stack.append("e")
        elif ch == "\u202c":
            if not stack or stack[-1] != "e":
                return False
            stack.pop()
        elif ch in "\u2066\u2067\u2068":
            stack.append("i")
        elif ch == "\u2069":
            if "i" not in stack:
                return False
            while stack.pop() != "i":
                pass
    return not stack


def isolated(node: Node) -> bool:
    """Whether ``node`` or an element around it is a bidi isolate (``dir``
    on an HTML element gets ``unicode-bidi: isolate`` from the UA style
    sheet; ``<bdi>`` is one) or an SVG ``<text>``, which is laid out as a
    paragraph of its own and holds one label."""
    lineage = list(node.lineage())
    return any(n.tag == "bdi" or any(k == "dir" for k, _ in n.attrs) for n in lineage) or (
        any(n.tag == "text" for n in lineage) and any(n.tag == "svg" for n in lineage))


def _strip_bidi(text: str) -> str:
    return " ".join(re.sub(f"[{BIDI_CONTROLS}]", "", text).split())


def _check_page(path: Path) -> list[str]:
    """Everything wrong with one page, as readable lines."""
    html = path.read_text(encoding="utf-8")
    doc = Doc(html)
    bad: list[str] = []
    metas = doc.all("meta")
    csp = [dict(m.attrs)["content"] for m in metas if dict(m.attrs).get("http-equiv", "").lower()
           == "content-security-policy"]
    if len(csp) != 1:
        return [f"{len(csp)} CSP meta elements"]
    policy = dict(p.strip().split(" ", 1) for p in csp[0].split(";") if p.strip())
    if policy.get("default-src") != "'none'" or policy.get("base-uri") != "'none'" \
            or policy.get("form-action") != "'none'" or "unsafe" in csp[0]:
        bad.append(f"weak CSP: {csp[0]}")
    for m in metas:
        a = dict(m.attrs)
        ok = (set(a) == {"charset"} or a.get("http-equiv", "").lower() == "content-security-policy"
              or a.get("name") in ("viewport", "color-scheme", "referrer", "generator"))
        if not ok or "http-equiv" in a and a["http-equiv"].lower() != "content-security-policy":
            bad.append(f"meta from input: {m.attrs}")
    scripts = doc.all("script")
    if len(scripts) != 2:
        bad.append(f"{len(scripts)} script elements: {[s.attrs for s in scripts]}")
    else:
        data, code = scripts
        if data.attrs != [("type", "application/json"), ("id", "threadscope-data")]:
            bad.append(f"data script attrs {data.attrs}")
        if re.search(r"<", data.text()):
            bad.append("a '<' inside the JSON script element")
        if code.attrs or _sha256(code.text()) != policy.get("script-src"):
            bad.append("the script element is not the report's own (hash)")
    styles = doc.all("style")
    if len(styles) != 1 or styles[0].attrs or _sha256(styles[0].text()) != policy.get("style-src"):
        bad.append(f"{len(styles)} style elements, or not the report's own")
    links = doc.all("link")
    if [dict(n.attrs) for n in links] != [{"rel": "icon", "href": "data:,"}]:
        bad.append(f"link elements: {[n.attrs for n in links]}")
    for n in doc.all():
        if n.tag in NEVER or n.tag not in TAGS:
            bad.append(f"element from input: <{n.tag} {n.attrs}>")
        names = [k for k, _ in n.attrs]
        if len(names) != len(set(names)):
            bad.append(f"duplicate attribute on <{n.tag}>: {names}")
        for k, v in n.attrs:
            if k.startswith("on") or k not in ATTRS:
                bad.append(f"attribute from input: <{n.tag} {k}={v!r}>")
            if k in URL_ATTRS and not _link_ok(n, k, v):
                bad.append(f"unsafe link: <{n.tag} {k}={v!r}>")
            if k not in URL_ATTRS and "url(" in v.lower() and not re.fullmatch(r"url\(#[\w-]+\)", v):
                bad.append(f"url() in an attribute: <{n.tag} {k}={v!r}>")
            if k in SHOWN_ATTRS and any(c in v for c in BIDI_CONTROLS) and not balanced(v):
                bad.append(f"unbalanced bidi controls in <{n.tag} {k}={v!r}>")
        if "lang" in names and not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", dict(n.attrs)["lang"]):
            bad.append(f"lang from input: {dict(n.attrs)['lang']!r}")
    for text, el in doc.root.texts():
        if el.tag not in ("script", "style") and any(c in text for c in BIDI_CONTROLS) and not balanced(text) and not isolated(el):
            where = "/".join(n.tag + ("." + dict(n.attrs)["class"] if "class" in dict(n.attrs) else "")
                             for n in reversed(list(el.lineage())[:4]))
            bad.append(f"bidi controls not isolated in {where}: {text!r}")
    return bad


def test_vectors_cover_the_issue():
    from xss_vectors import counts

    c = counts()
    assert len(VECTORS) >= 30
    for category in ("event handler", "javascript: URL", "data: URL", "SVG/MathML", "</script> in JSON",
                     "CSS url() and remote loads", "bidi override", "file name"):
        assert c[category] >= 3, category
    assert {"name", "username", "expanded_url", "display_url", "media_url", "quoted_text", "file_name",
            "ledger_source", "ledger_note"} <= {v.field for v in VECTORS}


def test_every_page_holds_only_what_the_templates_write(pages):
    problems = {p.name: _check_page(p) for p in all_pages(pages)}
    assert not any(problems.values()), {k: v for k, v in problems.items() if v}


def _visible_text(doc: Doc) -> str:
    return _strip_bidi(" ".join(t for t, el in doc.root.texts() if el.tag not in ("script", "style")))


def _reading_text(node: Node) -> str:
    """The page's words with each http(s) link as its address (the link
    text is a shortened form of it)."""
    out = []
    for c in node.children:
        if isinstance(c, str):
            out.append(c if node.tag not in ("script", "style") else " ")
        elif c.tag == "a" and dict(c.attrs).get("href", "").startswith(("http://", "https://")):
            out.append(dict(c.attrs)["href"])
        else:
            out.append(_reading_text(c))
    return "".join(out)


@pytest.fixture(scope="module")
def one_text(pages) -> str:
    return _strip_bidi(_reading_text(Doc(pages["one"].read_text(encoding="utf-8")).root))


@pytest.mark.parametrize("v", [v for v in VECTORS if v.field in SHOWN], ids=lambda v: v.name)
def test_payload_is_shown_as_text(one_text, v):
    """Escaping, not dropping: the words of a hostile post are still there."""
    assert _strip_bidi(v.payload) in one_text


def test_fields_the_reader_drops_leave_no_trace(pages):
    payloads = [v.payload for v in VECTORS if v.field in NEVER_SHOWN]
    for path in all_pages(pages):
        html = path.read_text(encoding="utf-8")
        doc = Doc(html)
        seen = _visible_text(doc) + " ".join(v for n in doc.all() for _, v in n.attrs)
        assert not [p for p in payloads if p in seen or p in html], path.name


def test_embedded_json_round_trips_the_payloads(pages):
    doc = Doc(pages["one"].read_text(encoding="utf-8"))
    data = json.loads(doc.all("script")[0].text())
    holders = {row[1] for row in data["forecasts"]}
    posts = {row[0] for row in data["forecasts"]}
    assert {v.payload for v in by_field("username")} <= holders
    assert {v.payload for v in by_field("post_id")} <= posts
    index = next(p for p in pages["site"] if p.name == "index.html")
    listed = json.loads(Doc(index.read_text(encoding="utf-8")).all("script")[0].text())
    roots = " ".join(json.dumps(listed, ensure_ascii=False).split())
    for v in by_field("quoted_text"):
        assert json.dumps(" ".join(v.payload.split()), ensure_ascii=False)[1:-1] in roots, v.name


def test_bidi_controls_stay_inside_their_name_or_post(pages):
    """A handle of U+202E must not reverse the time, the stance and the next
    person's words after it: each such text is an isolate (``dir`` /
    ``<bdi>``) or closes what it opens."""
    problems = [line for p in all_pages(pages) for line in _check_page(p) if "bidi" in line]
    assert not problems, problems
    html = pages["one"].read_text(encoding="utf-8")
    for v in by_field("username") + by_field("name"):
        if any(c in v.payload for c in BIDI_CONTROLS):
            assert _strip_bidi(v.payload) in _strip_bidi(html), v.name


INJECTIONS = {
    "handler": ('<span class="name" dir="auto">', '<span class="name" dir="auto" onmouseover="x()">'),
    "element": ('<p class="text" dir="auto"', '<img src=x><p class="text" dir="auto"'),
    "script": ("</main>", "<script>x()</script></main>"),
    "style": ("</main>", "<style>body{background:url(https://evil.example/)}</style></main>"),
    "link": ('<a class="aside ext" href="https://x.com/', '<a class="aside ext" href="javascript:x()" data-x="'),
    "meta": ("</head>", '<meta http-equiv="refresh" content="0;url=https://evil.example/"></head>'),
    "json": ('id="threadscope-data">', 'id="threadscope-data"></script><script>'),
    "bidi": ('<span class="muted">', '<span class="muted">\u202e'),
}


@pytest.mark.parametrize("kind", INJECTIONS)
def test_checks_catch_what_they_look_for(pages, tmp_path, kind):
    """The checker itself: each kind of injection, written into a copy of a
    page that passes, is reported."""
    html = pages["one"].read_text(encoding="utf-8")
    old, new = INJECTIONS[kind]
    assert old in html
    bad = tmp_path / "bad.html"
    bad.write_text(html.replace(old, new, 1), encoding="utf-8")
    assert _check_page(bad)


# ------------------------------------------------------------------ in Chromium

@pytest.fixture(scope="module")
def browser():
    if find_chromium() is None:
        pytest.skip("Chromium not installed (apt-get install chromium, or set $CHROMIUM)")
    with Browser() as b:
        yield b


# Fire what a reader's mouse, keyboard and the page's own script would: any
# handler or link an injection planted runs now, or the CSP reports it.
PROVOKE_JS = """(async () => {
  const types = ['mouseover', 'mouseenter', 'focus', 'focusin', 'animationstart', 'transitionend',
                 'toggle', 'load', 'error', 'begin', 'click'];
  for (const el of [...document.querySelectorAll('body *')]) {
    if (el.closest('a[href]')) continue;
    for (const t of types) { if (t !== 'click' || !el.matches('a, button, summary')) el.dispatchEvent(new Event(t)); }
    if (typeof el.focus === 'function') el.focus();
  }
  document.querySelectorAll('[data-tree=open]').forEach(b => b.click());
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  document.querySelectorAll('th button.sort').forEach(b => b.click());
  for (const i of document.querySelectorAll('input[type=search]')) {
    for (const q of ['<img src=x onerror=window.__xss=1>', 'xss', '']) { i.value = q; i.dispatchEvent(new Event('input')); }
  }
  const odd = [];
  for (const a of document.querySelectorAll('a')) {
    const raw = a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (raw === null) continue;
    const url = new URL(raw, document.baseURI);
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) { odd.push(raw); a.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true})); }
  }
  await new Promise(r => setTimeout(r, 400));
  return {xss: typeof window.__xss, scripts: document.scripts.length, href: location.href, base: document.baseURI,
          planted: document.querySelectorAll('iframe, object, embed, img, base, form, image, foreignObject, math, link:not([rel=icon])').length,
          odd};
})()"""

# Text nodes holding bidi controls that neither sit in an isolating element
# (computed unicode-bidi, up to their block) nor close what they open.
BIDI_JS = r"""(() => {
  const balanced = s => { const st = []; for (const c of s) {
      if ('\u202a\u202b\u202d\u202e'.includes(c)) st.push('e');
      else if (c === '\u202c') { if (st.at(-1) !== 'e') return false; st.pop(); }
      else if ('\u2066\u2067\u2068'.includes(c)) st.push('i');
      else if (c === '\u2069') { if (!st.includes('i')) return false; while (st.pop() !== 'i'); } }
    return st.length === 0; };
  const isolated = el => { for (; el && el !== document.body; el = el.parentElement) {
      if (el.closest('svg text')) return true;
      const cs = getComputedStyle(el);
      if (['isolate', 'isolate-override', 'plaintext'].includes(cs.unicodeBidi)) return true;
      if (!['inline', 'contents'].includes(cs.display)) return false; }
    return false; };
  const bad = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const el = n.parentElement;
    if (el.closest('script, style') || !/[\u202a-\u202e\u2066-\u2069]/.test(n.data)) continue;
    if (!balanced(n.data) && !isolated(el)) bad.push(el.tagName + '.' + el.className + ': ' + JSON.stringify(n.data));
  }
  return bad;
})()"""


def test_no_script_runs_and_nothing_is_requested(browser, pages):
    failures = {}
    for path in all_pages(pages):
        page = browser.open(path, settle=0.1)
        try:
            found = page.evaluate(PROVOKE_JS)
            bidi = page.evaluate(BIDI_JS)
            page.collect()
            errors, requests = page.errors, page.requests
        finally:
            page.close()
        own = path.resolve().as_uri()
        strays = [u for u in requests if u.split("#")[0] != own and u != "data:,"]
        wrong = {k: v for k, v in {
            "window.__xss set": found["xss"] != "undefined", "scripts": found["scripts"] != 2,
            "navigated": found["href"].split("#")[0] != own, "base": found["base"].split("#")[0] != own,
            "planted elements": found["planted"], "non-http links": found["odd"], "errors": errors,
            "requests": strays, "bidi": bidi}.items() if v}
        if wrong:
            failures[path.name] = wrong
    assert not failures, failures


def test_the_trap_and_the_marker_would_see_a_payload(browser, tmp_path):
    """The browser half can fail: a page where a payload does run is caught
    by each of its signals (dialog, marker, request)."""
    page_path = tmp_path / "bad.html"
    page_path.write_text(f"<!DOCTYPE html><title>x</title><body><p>x</p><img src=x onerror=\"{EVIL_RUN}\">"
                         f"<img src=\"{EVIL}/p.png\"></body>", encoding="utf-8")
    page = browser.open(page_path, settle=0.3)
    try:
        found = page.evaluate(PROVOKE_JS)
        page.collect()
        assert found["xss"] != "undefined"
        assert any("dialog: alert" in e for e in page.errors), page.errors
        assert any(u.startswith(EVIL) for u in page.requests), page.requests
    finally:
        page.close()


EVIL_RUN = "window.__xss=1;alert(1)"
