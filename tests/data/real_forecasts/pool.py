"""List the pool of real posts labelled in labels.jsonl, and check the labels.

The pool: every file under <shared>/corpus/real/ (recursively), except
README.md and the bluesky/ and mastodon/ folders, each loaded on its own with
threadscope.load([file]); plus the folder
<shared>/corpus/stance/rumoureval2017/dev loaded as one input. Of the posts
the reader yields (corpus.by_id), a post is pooled when its text matches CUE
(case-insensitive). Inputs are named by their path relative to <shared>.

    python tests/data/real_forecasts/pool.py            # print "input<TAB>post_id" lines
    python tests/data/real_forecasts/pool.py --check    # verify labels.jsonl against the pool

<shared> is the shared folder beside the repository (../shared) unless THREADSCOPE_SHARED names another folder. When
it is absent the script says so and exits 0 (nothing to check).

Only the standard library and threadscope's reader (threadscope.load) are
used; nothing from threadscope.forecasts or threadscope.analysis.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("THREADSCOPE_SHARED", HERE.parents[3] / "shared"))
LABELS = HERE / "labels.jsonl"

CUE = re.compile(
    r"\b(will|won'?t|'ll|gonna|going to|shall|soon|eventually|someday|one day|never|next|"
    r"this (year|month|week|summer|decade)|by (the end|20\d\d|19\d\d)|before|within|"
    r"in \d+ (days?|weeks?|months?|years?)|20\d\d|19\d\d|q[1-4]|h[12]|jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|tomorrow|tonight|"
    r"probably|likely|predict|expect|bet|odds|chance)\b",
    re.IGNORECASE,
)

SKIP_DIRS = {"bluesky", "mastodon"}
DEV = Path("corpus/stance/rumoureval2017/dev")


def inputs() -> list[Path]:
    """Input paths relative to SHARED, in a fixed order."""
    real = SHARED / "corpus" / "real"
    out = []
    for p in sorted(real.rglob("*")):
        if not p.is_file() or p.name == "README.md":
            continue
        rel = p.relative_to(real)
        if rel.parts[0] in SKIP_DIRS:
            continue
        out.append(p.relative_to(SHARED))
    out.append(DEV)
    return out


def load_posts(rel: Path) -> dict:
    import threadscope  # the reader only

    return threadscope.load([str(SHARED / rel)]).by_id


def pool() -> list[tuple[str, str, object]]:
    """(input, post_id, post) for every pooled post, sorted by input then id."""
    rows = []
    for rel in inputs():
        posts = load_posts(rel)
        for pid in sorted(posts, key=lambda i: (len(i), i)):
            post = posts[pid]
            if CUE.search(post.text or ""):
                rows.append((rel.as_posix(), pid, post))
    return rows


def check() -> int:
    rows = pool()
    texts = {(i, p): post.text for i, p, post in rows}
    errors = []
    seen: dict[tuple[str, str], int] = {}
    verdicts = {"forecast": 0, "none": 0, "borderline": 0}
    n_forecasts = 0
    with open(LABELS, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            key = (rec["input"], rec["post_id"])
            seen[key] = seen.get(key, 0) + 1
            if key not in texts:
                errors.append(f"line {n}: {key} is not in the pool")
                continue
            v = rec.get("verdict")
            if v not in verdicts:
                errors.append(f"line {n}: bad verdict {v!r}")
            else:
                verdicts[v] += 1
            fc = rec.get("forecasts", [])
            if v == "forecast" and not fc:
                errors.append(f"line {n}: verdict forecast without a span")
            if v == "none" and fc:
                errors.append(f"line {n}: verdict none with spans")
            text = texts[key]
            for f in fc:
                s, e = f["span"]
                if not (0 <= s < e <= len(text)):
                    errors.append(f"line {n}: span {s}..{e} outside text of length {len(text)}")
                if not f.get("holder"):
                    errors.append(f"line {n}: forecast without holder")
                n_forecasts += 1
            if not rec.get("why"):
                errors.append(f"line {n}: no reason given")
    for key, c in seen.items():
        if c > 1:
            errors.append(f"{key} labelled {c} times")
    for key in texts:
        if key not in seen:
            errors.append(f"{key} has no label")
    for e in errors[:50]:
        print("ERROR", e)
    print(f"pool {len(texts)} posts; labels {sum(seen.values())}; {verdicts}; forecasts {n_forecasts}")
    return 1 if errors else 0


def main(argv: list[str]) -> int:
    if not SHARED.is_dir():
        print(f"skip: {SHARED} is absent (the real corpus is not distributed with the project)")
        return 0
    if "--check" in argv:
        return check()
    for i, p, _ in pool():
        print(f"{i}\t{p}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
