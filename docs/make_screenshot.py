#!/usr/bin/env python
"""Regenerate docs/report.png, the README's picture of the report.

    python docs/make_screenshot.py                 # light, 1100 px wide
    python docs/make_screenshot.py --dark --out /tmp/report-dark.png

Renders the report of the seed sample (samples/fable_thread.twarc2.jsonl)
with a fixed generation time, opens it in headless Chromium
(tests/browser.py; set $CHROMIUM if it is not on PATH) and keeps
the top of the page down to the end of the first timeline: the overview and
who predicted what. Exits 1 if the page logs an error or requests anything.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))   # tests/browser.py, the Chromium driver

from threadscope.report import write_report
from browser import Browser, find_chromium  # noqa: E402

SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"
GENERATED_AT = datetime(2026, 6, 19, 9, 30, tzinfo=timezone.utc)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE / "report.png")
    ap.add_argument("--width", type=int, default=1100)
    ap.add_argument("--dark", action="store_true")
    ap.add_argument("--until", default="#forecasts figure.timeline",
                    help="CSS selector of the last element kept (default: the first timeline)")
    args = ap.parse_args(argv)
    if not find_chromium():
        print("no Chromium found (apt-get install chromium, or set $CHROMIUM)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "report.html"
        write_report(str(SAMPLE), page_path, generated_at=GENERATED_AT)
        with Browser() as browser:
            page = browser.open(page_path, width=args.width, height=900, dark=args.dark)
            bottom = page.evaluate(f"(() => {{ const e = document.querySelector({args.until!r});"
                                   " const r = e.getBoundingClientRect(); return r.bottom + scrollY; })()")
            page.screenshot(args.out, clip={"x": 0, "y": 0, "width": args.width, "height": round(bottom) + 6})
            problems = page.errors + [u for u in page.requests if not u.startswith(("file:", "data:"))]
            page.close()
    if problems:
        print("the page logged errors or made requests:", *problems, sep="\n  ", file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
