"""The report in a real browser: headless Chromium, driven over the DevTools
pipe (tests/browser.py; no extra Python package).

Checks: no console errors or exceptions (CSP violations included), no
request anywhere but the file itself, no XSS payload firing, light and dark
colour schemes, phone width without sideways scrolling, the page without
JavaScript, the keyboard path, sorting/filtering/expanding, the today line
and the scoreboard of a report made with a resolved ledger, and a
screenshot of each (kept in ``$THREADSCOPE_SCREENSHOTS`` when that is set).

Skipped, with the reason, when no Chromium is installed (set ``$CHROMIUM``
to its path if it is not on PATH under a usual name).
"""
from __future__ import annotations

import itertools
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from threadscope.corpus import from_posts
from threadscope.model import Post
from threadscope.report import write_report
from browser import Browser, find_chromium

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"
WHEN = datetime(2026, 7, 1, 12, 0, tzinfo=timezone.utc)

pytestmark = pytest.mark.skipif(find_chromium() is None,
                                reason="Chromium not installed (apt-get install chromium, or set $CHROMIUM)")


@pytest.fixture(scope="module")
def browser():
    with Browser() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    d = tmp_path_factory.mktemp("browser")
    write_report(str(SAMPLE), d / "report.html", generated_at=WHEN)
    write_report(str(SAMPLE), f"{d / 'site'}/", generated_at=WHEN)
    t0 = datetime(2026, 6, 18, tzinfo=timezone.utc)
    hostile = [
        Post(id="1", author_id="a", author="asker", conversation_id="1", created_at=t0,
             text='When will Nova-4 ship? <script>alert("text")</script> " onload="alert(1) <img src=x onerror=alert(2)>',
             author_name='<script>alert("name")</script>', urls=("javascript:alert(3)",)),
        Post(id="2", author_id="b", author='x</script><script>alert("handle")</script>', conversation_id="1",
             created_at=t0 + timedelta(minutes=1), kind="reply", reply_to_id="1",
             text="Nova-4 ships in Q1 2027. </script><script>alert(4)</script> \u2028 <svg onload=alert(5)>"),
    ]
    write_report(from_posts(hostile), d / "hostile.html", generated_at=WHEN)
    write_report(str(SAMPLE), d / "ledger.html", generated_at=WHEN, today="2027-01-05",
                 ledger=_resolved_ledger(d / "l.sqlite"))
    write_report(str(SAMPLE), f"{d / 'split'}/", generated_at=WHEN, page_posts=6)
    return d


def _resolved_ledger(path: Path) -> Path:
    from threadscope.ledger import add, open_ledger, resolve, snapshot

    with open_ledger(path) as book:
        add(book, [SAMPLE])
        (pid,) = set(snapshot(book).forecasts.values())
        resolve(book, pid, happened="2026-12-20")
    return path


def shots_dir(tmp_path) -> Path:
    keep = os.environ.get("THREADSCOPE_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        return Path(keep)
    return tmp_path


def _clean(page):
    assert page.errors == [], page.errors
    assert all(u.startswith(("file:", "data:", "about:")) for u in page.requests), page.requests


@pytest.mark.parametrize("name, kw", [("light", {}), ("dark", {"dark": True}),
                                      ("phone", {"width": 390, "height": 844, "mobile": True})])
def test_seed_report_renders_cleanly(browser, pages, tmp_path, name, kw):
    page = browser.open(pages / "report.html", **kw)
    try:
        _clean(page)
        shot = page.screenshot(shots_dir(tmp_path) / f"report-{name}.png")
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
        width = int.from_bytes(data[16:20], "big")
        assert width == kw.get("width", 1280)
        # the page itself never scrolls sideways (wide tables and drawings scroll in their own box)
        assert page.evaluate("document.documentElement.scrollWidth") <= kw.get("width", 1280)
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == ("rgb(13, 17, 23)" if kw.get("dark") else "rgb(255, 255, 255)")
        # one timeline shows per width: the wide one, or the compact one on a phone
        shown = page.evaluate("""[...document.querySelectorAll('svg.tl')].filter(s => s.getBoundingClientRect().width > 0)
                                 .map(s => s.getAttribute('class'))""")
        assert shown == (["tl tl-compact"] if name == "phone" else ["tl tl-wide"])
        assert page.evaluate("document.querySelectorAll('svg.tl-wide a.tl-item').length") == 8
    finally:
        page.close()


# the visible timeline's today line and label, and the scoreboard's rows as drawn
TODAY_JS = """(() => {
  const svg = [...document.querySelectorAll('svg.tl')].find(s => s.getBoundingClientRect().width > 0);
  const g = svg.querySelector('g.tl-today'), line = g.querySelector('line').getBoundingClientRect();
  const text = g.querySelector('text'), box = text.getBoundingClientRect(), frame = svg.getBoundingClientRect();
  return {label: text.textContent, line_h: line.height, stroke: getComputedStyle(g.querySelector('line')).stroke,
          inside: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.bottom <= frame.bottom + 0.5,
          visible: box.width > 0 && getComputedStyle(text).visibility === 'visible'};
})()"""
SCOREBOARD_JS = """(() => {
  const s = document.getElementById('scoreboard'), r = s.getBoundingClientRect();
  return {heading: s.querySelector('h2').textContent, height: r.height,
          rows: [...s.querySelectorAll('tbody tr')].map(tr => [tr.querySelector('.holder').textContent,
                 tr.cells[1].textContent.trim()]),
          toc: !!document.querySelector('nav.toc a[href="#scoreboard"]')};
})()"""


@pytest.mark.parametrize("name, kw", [("light", {}), ("dark", {"dark": True}),
                                      ("phone", {"width": 390, "height": 844, "mobile": True})])
def test_ledger_report_shows_today_and_the_scoreboard(browser, pages, tmp_path, name, kw):
    page = browser.open(pages / "ledger.html", **kw)
    try:
        _clean(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= kw.get("width", 1280)
        today = page.evaluate(TODAY_JS)
        assert today["label"] == "today, 5 Jan 2027" and today["visible"] and today["inside"], today
        assert today["line_h"] > 50 and today["stroke"] not in ("none", "")
        board = page.evaluate(SCOREBOARD_JS)
        assert board["heading"] == "Who was right" and board["height"] > 100 and board["toc"]
        brier = dict(board["rows"])
        assert (brier["@teortaxesTex"], brier["@elonmusk"], brier["@jietang"]) == ("0.01", "0.49", "0.01")
        # the status is a word in the table, whatever the colours
        words = page.evaluate("[...document.querySelectorAll('table.forecasts .ws')]"
                              ".filter(e => e.getBoundingClientRect().width > 0).map(e => e.textContent)")
        assert set(words) == {"✓ right", "✗ wrong"}
        page.screenshot(shots_dir(tmp_path) / f"report-ledger-{name}.png")
    finally:
        page.close()


PAGER_JS = """(() => {
  const navs = [...document.querySelectorAll('nav.pager')];
  return {navs: navs.length, current: navs.map(n => n.querySelector('[aria-current=page]').textContent),
          links: navs[0] ? [...navs[0].querySelectorAll('a')].map(a => a.getAttribute('href')) : [],
          cards: document.querySelectorAll('#conversation .post').length,
          continued: document.querySelectorAll('p.continued a').length};
})()"""


@pytest.mark.parametrize("kw", [{}, {"width": 390, "height": 844, "mobile": True}], ids=["wide", "phone"])
def test_a_split_conversation_pages_through(browser, pages, tmp_path, kw):
    """Part 2 of a conversation cut every 6 posts: clean, no sideways
    scrolling, a pager above and below the tree naming this page, links to
    the others, and following "next" lands on part 3."""
    part2 = next((pages / "split").glob("*.part2.html"))
    page = browser.open(part2, **kw)
    try:
        _clean(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= kw.get("width", 1280)
        seen = page.evaluate(PAGER_JS)
        assert seen["navs"] == 2 and seen["current"] == ["2", "2"] and 0 < seen["cards"] <= 6, seen
        assert seen["links"][0].endswith(".html") and ".part3." in seen["links"][-1], seen
        page.screenshot(shots_dir(tmp_path) / f"report-part2-{'phone' if kw else 'wide'}.png")
    finally:
        page.close()
    nxt = browser.open(part2.parent / seen["links"][-1], **kw)
    try:
        _clean(nxt)
        assert nxt.evaluate(PAGER_JS)["current"] == ["3", "3"]
    finally:
        nxt.close()


def test_hostile_input_does_not_execute(browser, pages, tmp_path):
    page = browser.open(pages / "hostile.html")
    try:
        _clean(page)                 # an alert() would be a console error (see browser.TRAP)
        assert page.evaluate("document.scripts.length") == 2
        texts = page.evaluate("[...document.querySelectorAll('#conversation p.text')].map(p => p.textContent)")
        assert any('<script>alert("text")</script>' in t for t in texts)
        data = page.evaluate("JSON.parse(document.getElementById('threadscope-data').textContent)")
        assert data["forecasts"] and data["forecasts"][0][1] == 'x</script><script>alert("handle")</script>'
        page.screenshot(shots_dir(tmp_path) / "report-hostile.png")
    finally:
        page.close()


def test_interactions(browser, pages):
    page = browser.open(pages / "report.html")
    try:
        table = "document.querySelector('section.proposition table.sortable')"
        confidences = f"[...{table}.tBodies[0].rows].map(r => r.cells[2].textContent.trim())"
        page.evaluate(f"{table}.tHead.rows[0].cells[2].querySelector('button').click()")
        assert page.evaluate(confidences) == sorted(page.evaluate(confidences), key=lambda c: int(c[:-1]))
        assert page.evaluate(f"{table}.tHead.rows[0].cells[2].getAttribute('aria-sort')") == "ascending"
        page.evaluate(f"{table}.tHead.rows[0].cells[2].querySelector('button').click()")
        assert page.evaluate(confidences)[0] == "90%"
        # filters hide rows that do not match
        page.evaluate("""(() => { const i = document.getElementById('filter-claims'); i.value = 'PostTrainBench';
                          i.dispatchEvent(new Event('input')); })()""")
        visible = page.evaluate("[...document.querySelectorAll('#table-claims tbody tr')].filter(r => !r.hidden).length")
        assert visible == 3
        # collapse and expand every branch
        page.evaluate("document.querySelector('[data-tree=close]').click()")
        assert page.evaluate("[...document.querySelectorAll('#conversation details')].every(d => !d.open)")
        page.evaluate("document.querySelector('[data-tree=open]').click()")
        assert page.evaluate("[...document.querySelectorAll('#conversation details')].every(d => d.open)")
        # find marks the posts that match
        page.evaluate("""(() => { document.querySelector('[data-tree=close]').click();
                          const i = document.getElementById('tree-find'); i.value = 'take that long';
                          i.dispatchEvent(new Event('input')); })()""")
        page.evaluate("new Promise(r => setTimeout(r, 300))")
        assert page.evaluate("document.querySelectorAll('#conversation article.hit').length") == 1
        assert page.evaluate("document.getElementById('tree-found').textContent") == "1 post matches"
        assert page.evaluate("document.querySelector('article.hit').closest('details').open")
        # a link into a closed branch opens it
        page.evaluate("document.querySelector('[data-tree=close]').click(); location.hash = '#post-2067459974799347712'")
        page.evaluate("new Promise(r => setTimeout(r, 100))")
        assert page.evaluate("document.getElementById('post-2067459974799347712').closest('details').open")
        _clean(page)
    finally:
        page.close()


def test_keyboard_starts_at_the_skip_link(browser, pages):
    page = browser.open(pages / "report.html")
    try:
        page.press("Tab", 9)
        assert page.evaluate("document.activeElement.className") == "skip"
        assert page.evaluate("getComputedStyle(document.activeElement).left") != "-999px"
        page.press("Tab", 9)
        assert page.evaluate("document.activeElement.getAttribute('href')") == "#overview"
    finally:
        page.close()


def test_without_javascript(browser, pages, tmp_path):
    page = browser.open(pages / "report.html", javascript=False)
    try:
        _clean(page)
        assert page.evaluate("document.querySelectorAll('#conversation article.post').length") == 28
        assert page.evaluate("document.querySelector('.tree-tools').hidden")
        assert page.evaluate("document.querySelectorAll('th button.sort').length") == 0
        page.screenshot(shots_dir(tmp_path) / "report-nojs.png")
    finally:
        page.close()


def test_site_index(browser, pages):
    page = browser.open(pages / "site" / "index.html")
    try:
        _clean(page)
        hrefs = page.evaluate("[...document.querySelectorAll('#table-conversations tbody a')].map(a => a.href)")
        assert len(hrefs) == 4
        other = browser.open(hrefs[0][len("file://"):])
        try:
            _clean(other)
        finally:
            other.close()
    finally:
        page.close()


# ------------------------------------------------------------------ layout: tables and drawing labels

STRESS_NAMES = ["WWWWWWWWWWWWWWW", "小雨推特铁粉小雨推特铁粉", "🐋🐋whale_fan👨‍👩‍👧", "Щёлково_Жуковский",
                "தமிழ்_நாடு_ரசிகர்", "mmmmmmmmmmmmmmm"]
STRESS_TEXTS = ["Nova-4 ships in Q1 2027.", "Nova-4 ships before 2028, probably.", "Nova-4 ships after 2027.",
                "I doubt Nova-4 ships in 2026, maybe Q2 2027"]


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    """A crowded thread: 30 holders with long, CJK, Cyrillic, Tamil and emoji
    handles and names, most forecasting the same windows."""
    t0 = datetime(2026, 6, 18, tzinfo=timezone.utc)
    posts = [Post(id="1", author_id="a", author="asker", conversation_id="1", created_at=t0,
                  text="When will Nova-4 ship?", author_name="Asker")]
    for i in range(30):
        handle = STRESS_NAMES[i % len(STRESS_NAMES)] + str(i)
        posts.append(Post(id=str(i + 2), author_id=f"u{i}", author=handle, author_name=(handle + " 名前 🐋 ") * 3,
                          conversation_id="1", created_at=t0 + timedelta(minutes=i + 1), kind="reply",
                          reply_to_id=str(1 if i % 3 == 0 else i + 1), text=STRESS_TEXTS[i % 4]))
    out = tmp_path_factory.mktemp("stress") / "stress.html"
    write_report(from_posts(posts), out, generated_at=WHEN)
    return out


# every visible label of the drawings: its drawn box, its drawn width and what report_svg measured
LABELS_JS = """[...document.querySelectorAll('svg.tl, svg.ag')].filter(s => s.getBoundingClientRect().width > 0)
  .map(svg => ({width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height,
    labels: [...svg.querySelectorAll('text')].map(t => { const b = t.getBBox(), cs = getComputedStyle(t);
      return {text: [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.data).join('').trim(),
              x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height, length: t.getComputedTextLength(),
              size: parseFloat(cs.fontSize), bold: parseInt(cs.fontWeight) >= 600}; })}))"""


@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844)])
def test_drawing_labels_fit_and_never_meet_in_the_browser(browser, stress, pages, width, height):
    from threadscope.report.textwidth import text_width
    for path in (stress, pages / "report.html", pages / "ledger.html"):
        page = browser.open(path, width=width, height=height, mobile=width < 500)
        try:
            drawings = page.evaluate(LABELS_JS)
        finally:
            page.close()
        assert drawings
        for d in drawings:
            labels = [lb for lb in d["labels"] if lb["text"]]
            for lb in labels:
                # what Python measured is at least what the browser drew
                assert lb["length"] <= text_width(lb["text"], lb["size"], lb["bold"]) + 0.5, lb
                assert lb["x0"] >= -0.5 and lb["y0"] >= -0.5, lb
                assert lb["x1"] <= d["width"] + 0.5 and lb["y1"] <= d["height"] + 0.5, lb
            for a, b in itertools.combinations(labels, 2):
                met = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > 0.5 and min(a["y1"], b["y1"]) - max(a["y0"], b["y0"]) > 0.5
                assert not met, (a, b)


WIDE_TABLES_JS = """[...document.querySelectorAll('.table-wrap')].filter(w => w.getBoundingClientRect().width > 0)
  .map(w => ({id: w.querySelector('table').id, scroll: w.scrollWidth, client: w.clientWidth,
              right: w.getBoundingClientRect().right}))"""


def _real_pages(tmp_path_factory) -> list[Path]:
    shared = ROOT.parent / "shared" / "corpus" / "real" / "twarc2" / "twarc-csv__withheld.jsonl"
    if not shared.exists():
        return []
    out = tmp_path_factory.mktemp("real") / "withheld.html"
    write_report(str(shared), out, generated_at=WHEN)
    return [out]


def test_tables_fit_the_window_or_scroll_in_their_own_box(browser, pages, stress, tmp_path_factory):
    """At 1280 and 1024 px every table shows all its columns; on a phone a
    wide table scrolls inside its box and the page never sideways."""
    paths = [pages / "report.html", pages / "site" / "index.html", pages / "ledger.html", stress]
    paths += _real_pages(tmp_path_factory)
    for path in paths:
        for width, height in ((1280, 900), (1024, 768), (390, 844)):
            page = browser.open(path, width=width, height=height, mobile=width < 500)
            try:
                tables = page.evaluate(WIDE_TABLES_JS)
                page_width = page.evaluate("document.documentElement.scrollWidth")
            finally:
                page.close()
            assert tables and page_width <= width, (path.name, width, page_width)
            for t in tables:
                assert t["right"] <= width, (path.name, width, t)
                if width >= 1024:
                    assert t["scroll"] <= t["client"] + 1, (path.name, width, t)
