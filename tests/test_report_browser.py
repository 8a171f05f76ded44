"""The report in a real browser: headless Chromium, driven over the DevTools
pipe (threadscope.report_browser; no extra Python package).

Checks: no console errors or exceptions (CSP violations included), no
request anywhere but the file itself, no XSS payload firing, light and dark
colour schemes, phone width without sideways scrolling, the page without
JavaScript, the keyboard path, sorting/filtering/expanding, and a screenshot
of each (kept in ``$THREADSCOPE_SCREENSHOTS`` when that is set).

Skipped, with the reason, when no Chromium is installed (set ``$CHROMIUM``
to its path if it is not on PATH under a usual name).
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from threadscope.corpus import from_posts
from threadscope.model import Post
from threadscope.report import write_report
from threadscope.report_browser import Browser, find_chromium

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
    write_report(str(SAMPLE), d / "site", generated_at=WHEN)
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
    return d


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


def test_hostile_input_does_not_execute(browser, pages, tmp_path):
    page = browser.open(pages / "hostile.html")
    try:
        _clean(page)                 # an alert() would be a console error (see report_browser.TRAP)
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
