#!/usr/bin/env python
"""Size and load time of the HTML report of one large conversation.

Run by hand (it is not a test)::

    python benchmarks/bench_report.py                  # 10,000 posts
    python benchmarks/bench_report.py --posts 2000 10000 --keep --json out.json

For each size it writes a synthetic twarc2 export of ONE conversation shaped
like the seed sample (``samples/fable_thread.twarc2.jsonl``): its root and
users plus generated readers; 6% of the replies (``FINDINGS_SHARE``) reuse
the sample's posts or forecast and benchmark lines, the rest is chatter in
English, Chinese, Spanish, German, Arabic and Hebrew; a few parents are
deleted; replies pick their parent by preferential attachment, with
back-and-forth runs that make reply chains ~100 deep. The file goes to
``benchmarks/data/`` (git-ignored). Then it measures:

- ``analyze``: ``threadscope.load`` + ``analyze_all`` (seconds);
- ``render``: ``write_report`` to one HTML file (seconds), the file's size
  and its gzip size;
- in headless Chromium (skipped with ``--no-browser`` or when none is found):
  DOMContentLoaded, the load event and first contentful paint (ms from the
  start of navigation; best of ``--repeat`` loads, each in a fresh tab), the
  number of DOM elements, and the time JavaScript takes to open every branch
  ("Expand all") and to sort the participants table.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))   # tests/browser.py, the Chromium driver
SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"
GENERATOR_VERSION = 2
TWEPOCH_MS = 1288834974657

CHATTER = [
    "Interesting thread.",
    "Source?",
    "This is the part people keep missing.",
    "Has anyone actually run it locally? What hardware?",
    "The license matters more than the score here.",
    "Vision is still the weak spot, agreed.",
    "Depends what you count as 'frontier'.",
    "lol",
    "Bookmarking this.",
    "Nobody reads the model card anyway.",
    "Long-horizon coding is where it shows. Short tasks all look the same now.",
    "The eval numbers are self-reported, wait for independent runs.",
    "Open weights change the economics for everyone downstream.",
    "I tried it on our internal repo and it was fine, not magic.",
    "Counterpoint: distillation is progress too.",
    "Why does every thread turn into a timeline argument?",
    "这个模型的长上下文确实不错",
    "开源的意义不止于分数",
    "No entiendo por qué nadie habla del coste de inferencia.",
    "Das ist ein guter Punkt.",
    "النموذج جيد لكن الرؤية ضعيفة",
    "מישהו בדק את זה על קוד אמיתי?",
    ("This thread is the best summary of the state of open models I have read this month. "
    "Long-horizon coding holds up; vision does not; and nobody agrees on what the benchmarks mean."),
]
FINDINGS_SHARE = 0.06   # replies drawn from the sample's posts and the forecast/claim lines below

EXTRA_TEXTS = [
    "I expect it by mid 2027.",
    "Maybe H2 2027, if the export controls hold.",
    "Certainly before Q3 2027.",
    "Unlikely.",
    "Not before 2028 at the earliest.",
    "Probably Q1",
    "It won't take that long",
    "+1, it's coming this year.",
    "No way before 2028.",
    "Source for that?",
    "What does Fable-level even mean here?",
    "Benchmarks are easy to catch up on. Real practicality is harder.",
    "GLM-5.2 scores 74.4 on FrontierSWE vs 75.1 for Opus 4.8.",
    "SWE-Marathon is 13.0 vs 26.0 for Opus 4.8, that's half.",
    "同意，今年就会追上",
    "说得好，科学无国界 🙌",
    "Probablemente Q1 2027, como dice Elon.",
    "أعتقد أن الفجوة ستُغلق قبل نهاية العام",
    "זה ייקח יותר זמן ממה שכולם חושבים",
    "Open weights are the only kind of access nobody can revoke.",
    "lol",
    ("This thread is the best summary of the state of open models I have read this month. "
    "Long-horizon coding holds up; vision does not; and nobody agrees on what the benchmarks mean."),
]
FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Goro", "Hana", "Ivan", "Jae", "Kofi", "Lina", "Mateo",
         "Noor", "Olga", "Priya", "Quinn", "Rui", "Sara", "Tomás", "Uma", "Vik", "Wen", "Yusuf", "Zoe",
         "王芳", "李伟", "محمد", "دانة", "יעל"]
LAST = ["Smith", "Okafor", "Zhang", "Müller", "Rossi", "Kowalski", "Haddad", "Sato", "Nguyen", "García", "Levi"]


def snowflake(when: datetime, seq: int) -> str:
    ms = int(when.timestamp() * 1000) - TWEPOCH_MS
    return str((ms << 22) | (seq & 0x3FFFFF))


def iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def generate(n: int, seed: int, path: Path, share: float = FINDINGS_SHARE) -> dict:
    """One conversation of ``n`` posts as twarc2 search pages (100 per page)."""
    rng = random.Random(seed)
    pages = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    users = {}
    for page in pages:
        for u in page["includes"]["users"]:
            users[u["id"]] = {k: u[k] for k in ("id", "username", "name", "created_at", "description",
                                                 "public_metrics", "verified", "protected") if k in u}
    texts = []
    for page in pages:
        for t in page["data"]:
            if not t["text"].startswith("RT @"):
                body = t.get("note_tweet", {}).get("text") or t["text"]
                while body.startswith("@"):
                    body = body.split(" ", 1)[1] if " " in body else ""
                if body:
                    texts.append(body)
    texts += EXTRA_TEXTS
    for i in range(max(50, n // 12)):
        uid = str(9_000_000_000 + i)
        users[uid] = {"id": uid, "username": f"reader_{i:05d}", "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                      "created_at": "2020-01-01T00:00:00.000Z", "description": "", "verified": False,
                      "protected": False, "public_metrics": {"followers_count": rng.randint(0, 5000),
                                                             "following_count": 100, "tweet_count": 1000,
                                                             "listed_count": 0}}
    uids = list(users)
    t = datetime(2026, 6, 18, 1, 40, 12, tzinfo=timezone.utc)
    root_author = next(u for u in uids if users[u]["username"] == "teortaxesTex")
    posts = [{"id": snowflake(t, 0), "author": root_author, "parent": None, "when": t, "text": texts[0]}]
    conv = posts[0]["id"]
    weights = [0]                   # preferential attachment: an index per reply received (+1 each)
    deleted = set()
    chain_run = 0
    for i in range(1, n):
        t = t + timedelta(seconds=rng.randint(3, 90))
        if chain_run > 0:           # a back-and-forth: answer the latest post
            parent = len(posts) - 1
            chain_run -= 1
        elif rng.random() < 0.04:
            parent = len(posts) - 1
            chain_run = rng.randint(5, 40)
        elif rng.random() < 0.12:
            parent = 0
        else:
            parent = rng.choice(weights)
        author = rng.choice(uids)
        if chain_run and parent > 0:  # two people taking turns
            author = posts[parent - 1]["author"] if parent - 1 >= 0 else author
        weights.append(i)
        weights.append(parent)
        text = rng.choice(texts) if rng.random() < share else rng.choice(CHATTER)
        posts.append({"id": snowflake(t, i), "author": author, "parent": parent, "when": t, "text": text})
        if rng.random() < 0.002 and i > 10:
            deleted.add(i)
    data = []
    depth = {0: 0}
    for i, p in enumerate(posts):
        if p["parent"] is not None:
            depth[i] = depth[p["parent"]] + 1
        if i in deleted:
            continue
        tweet = {"id": p["id"], "text": p["text"], "author_id": p["author"], "conversation_id": conv,
                 "created_at": iso(p["when"]), "lang": "und", "edit_history_tweet_ids": [p["id"]],
                 "public_metrics": {"retweet_count": rng.randint(0, 20), "reply_count": 0,
                                    "like_count": rng.randint(0, 500), "quote_count": 0}}
        if p["parent"] is not None:
            parent = posts[p["parent"]]
            handle = users[parent["author"]]["username"]
            tweet["text"] = f"@{handle} {p['text']}"
            tweet["referenced_tweets"] = [{"type": "replied_to", "id": parent["id"]}]
            tweet["in_reply_to_user_id"] = parent["author"]
            tweet["entities"] = {"mentions": [{"start": 0, "end": len(handle) + 1, "username": handle,
                                               "id": parent["author"]}]}
        data.append(tweet)
    data.reverse()                  # newest first, as the search API pages
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for k in range(0, len(data), 100):
            chunk = data[k:k + 100]
            needed = {tw["author_id"] for tw in chunk} | {tw.get("in_reply_to_user_id") for tw in chunk}
            page = {"data": chunk, "includes": {"users": [users[u] for u in sorted(needed - {None})]},
                    "meta": {"result_count": len(chunk), "newest_id": chunk[0]["id"], "oldest_id": chunk[-1]["id"]},
                    "__twarc": {"url": "https://api.twitter.com/2/tweets/search/recent?query=conversation_id%3A"
                                       + conv, "version": "2.14.0", "retrieved_at": "2026-06-19T09:14:27+00:00"}}
            if k == 100 and deleted:
                page["errors"] = [{"resource_id": posts[i]["id"], "resource_type": "tweet", "parameter": "ids",
                                   "title": "Not Found Error", "type": "https://api.twitter.com/2/problems/resource-not-found",
                                   "detail": f"Could not find tweet with ids: [{posts[i]['id']}]."}
                                  for i in sorted(deleted)]
            f.write(json.dumps(page, ensure_ascii=True) + "\n")
    return {"generator": GENERATOR_VERSION, "seed": seed, "posts": len(data), "deleted": len(deleted),
            "max_depth": max(depth.values()), "users": len(users), "bytes": path.stat().st_size}


def input_file(out: Path, n: int, seed: int, keep: bool, share: float = FINDINGS_SHARE) -> Path:
    path = out / (f"report_thread_{n}_s{seed}" + (f"_f{share:g}" if share != FINDINGS_SHARE else "") + ".jsonl")
    meta = path.with_suffix(".meta.json")
    if keep and path.exists() and meta.exists():
        info = json.loads(meta.read_text())
        if info.get("generator") == GENERATOR_VERSION and info.get("bytes") == path.stat().st_size:
            return path
    info = generate(n, seed, path, share)
    meta.write_text(json.dumps(info, indent=1))
    print(f"generated {path}: {info['posts']} posts, depth {info['max_depth']}, {info['deleted']} deleted, "
          f"{info['users']} users", file=sys.stderr)
    return path


def measure(path: Path, out: Path, browser: bool, repeat: int) -> dict:
    import threadscope
    from threadscope.report import write_report

    t0 = time.perf_counter()
    corpus = threadscope.load([str(path)])
    analyses = threadscope.analyze_all(corpus.threads)
    t1 = time.perf_counter()
    html = out / (path.stem + ".html")
    write_report(analyses, html, corpus=corpus)
    t2 = time.perf_counter()
    raw = html.read_bytes()
    result = {"input": path.name, "posts": len(corpus.by_id), "forecasts": sum(len(a.forecasts) for a in analyses),
              "claims": sum(len(a.claims) for a in analyses), "analyze_s": round(t1 - t0, 2),
              "render_s": round(t2 - t1, 2), "html_bytes": len(raw), "html_gzip_bytes": len(gzip.compress(raw, 6)),
              "report": str(html)}
    if browser:
        from browser import Browser, find_chromium
        if not find_chromium():
            print("no Chromium found: browser figures skipped", file=sys.stderr)
            return result
        loads = []
        with Browser(timeout=300) as b:
            result["browser"] = b.version.get("product")
            for _ in range(repeat):
                page = b.open(html, width=1280, height=900, settle=0.5)
                timing = page.timing
                timing["wall_ms"] = round(page.wall_seconds * 1000)
                timing["errors"] = len(page.errors)
                timing["external_requests"] = [u for u in page.requests if not u.startswith(("file:", "data:"))]
                loads.append(timing)
                expand = page.evaluate("""(() => { const t = performance.now();
                    document.querySelector('[data-tree="open"]').click(); document.body.offsetHeight;
                    return performance.now() - t; })()""")
                sort = page.evaluate("""(() => { const t = performance.now();
                    const b = document.querySelector('#table-participants th button'); if (b) b.click();
                    document.body.offsetHeight; return performance.now() - t; })()""")
                timing.update(expand_all_ms=round(expand), sort_participants_ms=round(sort))
                page.close()
        best = min(loads, key=lambda x: x["load"])
        result.update(dom_content_loaded_ms=round(best["dom_content_loaded"]), load_ms=round(best["load"]),
                      first_contentful_paint_ms=round(best["first_contentful_paint"] or 0),
                      wall_ms=best["wall_ms"], dom_elements=best["nodes"],
                      expand_all_ms=min(x["expand_all_ms"] for x in loads),
                      sort_participants_ms=min(x["sort_participants_ms"] for x in loads),
                      console_errors=max(x["errors"] for x in loads),
                      external_requests=sorted({u for x in loads for u in x["external_requests"]}))
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, nargs="+", default=[10000])
    ap.add_argument("--out", type=Path, default=HERE / "data")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", action="store_true", help="reuse an input generated before")
    ap.add_argument("--findings-share", type=float, default=FINDINGS_SHARE,
                    help="share of replies that state forecasts or figures (default %(default)s; 1 for a stress test)")
    ap.add_argument("--repeat", type=int, default=3, help="page loads per size (best is kept)")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    results = []
    for n in args.posts:
        path = input_file(args.out, n, args.seed, args.keep, args.findings_share)
        results.append(measure(path, args.out, not args.no_browser, args.repeat))
    for r in results:
        print(f"{r['posts']:>7,} posts  {r['forecasts']} forecasts  {r['claims']} claims")
        print(f"   analyze {r['analyze_s']} s   render {r['render_s']} s   html {r['html_bytes'] / 1e6:.1f} MB "
              f"({r['html_gzip_bytes'] / 1e6:.2f} MB gzipped)")
        if "load_ms" in r:
            print(f"   Chromium: DOMContentLoaded {r['dom_content_loaded_ms']} ms, load {r['load_ms']} ms, "
                  f"first paint {r['first_contentful_paint_ms']} ms, {r['dom_elements']:,} elements; "
                  f"expand all {r['expand_all_ms']} ms, sort participants {r['sort_participants_ms']} ms; "
                  f"console errors {r['console_errors']}, requests to other hosts {len(r['external_requests'])}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
