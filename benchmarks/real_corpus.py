"""`threadscope report` on every real export and RumourEval split in ../shared,
each as its own whole process: did it work, how long did it take.

    python benchmarks/real_corpus.py                     # this checkout
    python benchmarks/real_corpus.py --installed         # the threadscope installed in this Python
                                                         # (e.g. an older commit, pip-installed in its own venv)
    python benchmarks/real_corpus.py --json out.json

Inputs are the files of ../shared/corpus/real (one run each), its bluesky/
and mastodon/ folders (formats not read yet: a run must fail with exit 1 and
say so, never exit 0), and the train, dev and test folders of RumourEval
2017 (a site, one page per thread). A run succeeds when it exits 0, or 1
with the input's problems reported, and wrote its report; exit 2 (usage or
internal error) is a failure, as is an unread-format folder that exits 0.
The seconds are wall time of the whole process, interpreter start included.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
UNREAD = ("bluesky", "mastodon")


def inputs() -> list[tuple[str, Path, bool]]:
    """(label, path, is a site) for every input, unread folders last but one."""
    real = SHARED / "corpus" / "real"
    out = []
    for p in sorted(real.rglob("*")):
        rel = p.relative_to(real).as_posix()
        if p.is_file() and p.name != "README.md" and rel.split("/", 1)[0] not in UNREAD:
            out.append((rel, p, False))
    out += [(f"{name}/ (folder)", real / name, False) for name in UNREAD]
    rumoureval = SHARED / "corpus" / "stance" / "rumoureval2017"
    out += [(f"rumoureval2017/{split}/", rumoureval / split, True) for split in ("train", "dev", "test")]
    return out


def run_one(checkout: Path | None, path: Path, site: bool, workdir: Path) -> dict:
    target = workdir / ("site/" if site else "report.html")
    cmd = [sys.executable, "-m", "threadscope", "report", str(path), "-o", f"{target}/" if site else str(target)]
    env = {**os.environ, **({"PYTHONPATH": str(checkout)} if checkout else {})}
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=workdir)
    seconds = time.perf_counter() - start
    written = (target / "index.html").is_file() if site else target.is_file()
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    return {"exit": proc.returncode, "seconds": round(seconds, 2), "written": written,
            "message": lines[-1][:160] if lines else ""}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--installed", action="store_true",
                    help="run the threadscope installed in this interpreter, not this checkout")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no {SHARED}: nothing to run", file=sys.stderr)
        return 2
    results = []
    for label, path, site in inputs():
        with tempfile.TemporaryDirectory() as tmp:
            r = run_one(None if args.installed else REPO, path, site, Path(tmp))
        unread = label.endswith("(folder)")
        r["ok"] = (r["exit"] == 1) if unread else (r["exit"] in (0, 1) and r["written"])
        r["input"] = label
        results.append(r)
        print(f"{'ok  ' if r['ok'] else 'FAIL'} exit {r['exit']}  {r['seconds']:7.2f} s  {label}"
              + ("" if r["ok"] else f"  -- {r['message']}"), flush=True)
    ok = sum(r["ok"] for r in results)
    total = sum(r["seconds"] for r in results)
    print(f"{ok} of {len(results)} inputs succeeded; {total:.1f} s in all")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if ok == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
