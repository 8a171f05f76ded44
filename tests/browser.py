"""Open a report in headless Chromium and watch it: console errors, every
request the page makes, load timings, full-page screenshots.

Used by the browser test, ``docs/make_screenshot.py`` and
``benchmarks/bench_report.py``; no dependency beyond a Chromium binary. It
speaks the DevTools protocol over ``--remote-debugging-pipe`` (JSON messages
separated by NUL bytes on file descriptors 3 and 4), so no websocket
library is needed.

    >>> with Browser() as b:
    ...     page = b.open("report.html", width=1280, dark=False)
    ...     page.errors, page.requests, page.timing
    ...     page.screenshot("shot.png")
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--remote-debugging-pipe"]


def find_chromium() -> str | None:
    """The Chromium binary: ``$CHROMIUM`` or the first of the usual names on PATH."""
    env = os.environ.get("CHROMIUM")
    if env:
        return shutil.which(env) or (env if os.path.isfile(env) else None)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


TRAP = """(() => { for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = function (msg) { console.error("dialog: " + name + "(" + msg + ")"); }; } })();"""


class BrowserError(RuntimeError):
    pass


class Browser:
    """A headless Chromium with a fresh profile, driven over a pipe."""

    def __init__(self, binary: str | None = None, timeout: float = 60.0):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise BrowserError("no Chromium found (install chromium or set $CHROMIUM)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="threadscope-chromium-")
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()

        def wire():                      # in the child: fd 3 reads commands, fd 4 writes answers
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.proc = subprocess.Popen([self.binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, pass_fds=(3, 4), preexec_fn=wire)
        os.close(to_child_r)
        os.close(from_child_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []
        self.version = self.send("Browser.getVersion")

    # protocol ---------------------------------------------------------
    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError("Chromium did not answer in time")
            ready, _, _ = select.select([self._r], [], [], left)
            if not ready:
                continue
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe")
            self._buf += chunk
        msg, _, self._buf = self._buf.partition(b"\0")
        return json.loads(msg)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode("utf-8") + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise BrowserError(f"{method}: {m['error'].get('message')}")
                return m.get("result", {})
            self.events.append(m)

    def wait_for(self, method: str, session: str | None = None, timeout: float | None = None) -> dict:
        deadline = time.monotonic() + (timeout or self.timeout)
        for i, m in enumerate(self.events):
            if m.get("method") == method and m.get("sessionId") == session:
                del self.events[i]
                return m
        while True:
            m = self._read(deadline)
            if m.get("method") == method and m.get("sessionId") == session:
                return m
            self.events.append(m)

    # pages ------------------------------------------------------------
    def open(self, path_or_url: str | os.PathLike, width: int = 1280, height: int = 900, dark: bool = False,
             mobile: bool = False, javascript: bool = True, settle: float = 0.3) -> Page:
        """Load a page (a file path or URL) at a viewport size and colour scheme."""
        url = str(path_or_url)
        if "://" not in url:
            url = Path(url).resolve().as_uri()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1,
                                                         "mobile": mobile}, session)
        self.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme",
                                                               "value": "dark" if dark else "light"}]}, session)
        if not javascript:
            self.send("Emulation.setScriptExecutionDisabled", {"value": True}, session)
        # any alert()/confirm()/prompt() (an XSS payload firing) becomes a console error
        self.send("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP}, session)
        self.events = [e for e in self.events if e.get("sessionId") != session]
        started = time.monotonic()
        self.send("Page.navigate", {"url": url}, session)
        self.wait_for("Page.loadEventFired", session)
        wall = time.monotonic() - started
        page = Page(self, target, session, url, wall)
        time.sleep(settle)
        page.collect()
        return page

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    self.send("Browser.close")
                except BrowserError:
                    pass
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait()
        finally:
            for fd in (self._r, self._w):
                try:
                    os.close(fd)
                except OSError:
                    pass
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    """One loaded page: what it logged and requested, and how long it took."""

    def __init__(self, browser: Browser, target: str, session: str, url: str, wall: float):
        self.browser, self.target, self.session, self.url = browser, target, session, url
        self.wall_seconds = wall
        self.errors: list[str] = []
        self.requests: list[str] = []

    def collect(self) -> None:
        """Sort the events received so far into errors and requests."""
        keep = []
        for m in self.browser.events:
            if m.get("sessionId") != self.session:
                keep.append(m)
                continue
            method, p = m.get("method"), m.get("params", {})
            if method == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                self.errors.append("exception: " + (d.get("exception", {}).get("description") or d.get("text", "")))
            elif method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert", "warning"):
                self.errors.append(f"console.{p.get('type')}: "
                                   + " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif method == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                e = p["entry"]
                self.errors.append(f"{e.get('source')}: {e.get('text')}")
            elif method == "Network.requestWillBeSent":
                self.requests.append(p.get("request", {}).get("url", ""))
        self.browser.events = keep

    def evaluate(self, expression: str):
        r = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                   "awaitPromise": True}, self.session)
        if "exceptionDetails" in r:
            raise BrowserError(f"evaluate failed: {r['exceptionDetails'].get('text')}")
        self.collect()
        return r.get("result", {}).get("value")

    @property
    def timing(self) -> dict:
        """Navigation timings in milliseconds from the start of navigation."""
        return self.evaluate("""(() => {
            const n = performance.getEntriesByType('navigation')[0];
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            return {dom_content_loaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                    first_contentful_paint: fcp ? fcp.startTime : null,
                    transfer_bytes: n.transferSize || n.encodedBodySize || null,
                    nodes: document.getElementsByTagName('*').length};
        })()""")

    def press(self, key: str, code: int) -> None:
        """Press and release a key (``press("Tab", 9)``)."""
        for kind in ("keyDown", "keyUp"):
            self.browser.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": key,
                                                         "windowsVirtualKeyCode": code}, self.session)
        self.collect()

    def screenshot(self, path: str | os.PathLike, full_page: bool = True, clip: dict | None = None) -> Path:
        params: dict = {"format": "png"}
        if clip is not None:
            params.update(captureBeyondViewport=True, clip={"scale": 1, **clip})
        elif full_page:
            metrics = self.browser.send("Page.getLayoutMetrics", session=self.session)
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params.update(captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1})
        data = self.browser.send("Page.captureScreenshot", params, self.session)["data"]
        out = Path(path)
        out.write_bytes(base64.b64decode(data))
        self.collect()
        return out

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})
