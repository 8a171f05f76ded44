#!/usr/bin/env python
"""threadscope at scale, as whole processes, against bare baselines on the same file.

Run by hand (it is not a test)::

    python benchmarks/bench_scale.py                          # 10k and 100k posts
    python benchmarks/bench_scale.py --posts 10000 100000 1000000 --keep --json out.json

For each size it writes a synthetic twarc2 archive with
``../shared/bench/gen_thread.py`` (``--conversations`` = posts / 1000, seed
7; kept in ``benchmarks/data/`` with ``--keep``) and times, one after the
other in this run, each as its own process:

- ``parse``: a bare orjson parse of every page (the floor of ``stats``);
- ``stats``: ``threadscope stats FILE --format csv``;
- ``floor``: ``../shared/bench/report_floor.py FILE`` (orjson, a networkx reply
  graph with depths, VADER on every text, a 10k-row Jinja table);
- ``report -w N``: ``threadscope report FILE -o DIR/`` with ``--workers N``
  for each N of ``--workers`` (default 1 and the cores available).

Each line gives wall seconds and peak RSS (the process's own, from
``wait4``; forked workers are counted apart), then the ratios the scale issue
sets goals for: stats / parse, report / floor, and RSS per post. The sites
written with different N are compared byte for byte (the generation time is
fixed with ``SOURCE_DATE_EPOCH``).
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "bench"
PARSE = ("import orjson, sys\nn = 0\nfor line in open(sys.argv[1], 'rb'):\n"
         "    n += len(orjson.loads(line).get('data') or [])\nprint(n)\n")


def run(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time and peak RSS of one process (its own, from wait4). Its
    stderr goes to a file: a pipe nobody reads could fill and stall it."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed ({code}): {err.read().decode('utf-8', 'replace').strip()[-300:]}")
    return {"seconds": round(wall, 2), "rss_mb": round(usage.ru_maxrss / 1024, 1)}


def archive(posts: int, folder: Path, keep: bool) -> Path:
    path = folder / f"scale-{posts}.twarc2.jsonl"
    if keep and path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(SHARED / "gen_thread.py"), "--posts", str(posts), "--conversations",
                    str(max(1, posts // 1000)), "--seed", "7", "-o", str(path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def measure(path: Path, posts: int, workers: list[int]) -> dict:
    py = sys.executable
    env = dict(os.environ, SOURCE_DATE_EPOCH="1800000000")
    out = {"posts": posts, "bytes": path.stat().st_size}
    out["parse"] = run([py, "-c", PARSE, str(path)])
    out["stats"] = run([py, "-m", "threadscope", "stats", str(path), "--format", "csv", "-q"])
    out["floor"] = run([py, str(SHARED / "report_floor.py"), str(path)])
    sites = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in workers:
            site = Path(tmp) / f"site-{n}"
            out[f"report_w{n}"] = run([py, "-m", "threadscope", "report", str(path), "-q", "--workers", str(n),
                                       "-o", f"{site}/"], env)
            sites.append(site)
        out["sites_identical"] = all(_same_tree(sites[0], s) for s in sites[1:]) if sites else None
    out["stats_over_parse"] = round(out["stats"]["seconds"] / out["parse"]["seconds"], 2)
    for n in workers:
        out[f"report_w{n}_over_floor"] = round(out[f"report_w{n}"]["seconds"] / out["floor"]["seconds"], 2)
    out["report_kb_per_post"] = (round(max(out[f"report_w{n}"]["rss_mb"] for n in workers) * 1024 / posts, 2)
                                 if workers else None)
    out["stats_kb_per_post"] = round(out["stats"]["rss_mb"] * 1024 / posts, 2)
    return out


def _same_tree(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    return all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--workers", type=int, nargs="+", default=None,
                    help="worker counts for report (default: 1 and the cores available)")
    ap.add_argument("--out", type=Path, default=HERE / "data")
    ap.add_argument("--keep", action="store_true", help="reuse archives generated before")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--no-report", action="store_true",
                    help="parse, stats and the floor only (a report of a million posts takes half an hour)")
    args = ap.parse_args(argv)
    if not (SHARED / "gen_thread.py").exists():
        raise SystemExit(f"needs {SHARED}/gen_thread.py and report_floor.py (the shared bench folder)")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    workers = [] if args.no_report else args.workers or sorted({1, cores})
    results = []
    for posts in args.posts:
        path = archive(posts, args.out, args.keep)
        r = measure(path, posts, workers)
        results.append(r)
        line = "  ".join(f"{k} {v['seconds']} s / {v['rss_mb']} MB" for k, v in r.items() if isinstance(v, dict))
        print(f"{posts:>9,} posts: {line}")
        print(f"           stats/parse {r['stats_over_parse']}x, "
              + ", ".join(f"report -w{n}/floor {r[f'report_w{n}_over_floor']}x" for n in workers)
              + f", report {r['report_kb_per_post']} KB/post, stats {r['stats_kb_per_post']} KB/post, "
              f"sites identical across workers: {r['sites_identical']}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
