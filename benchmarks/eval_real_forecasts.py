"""Forecast detection on real posts: the exports in ../shared/corpus/real and
RumourEval 2017's dev split, judged by the labels in
tests/data/real_forecasts/labels.jsonl.

    python benchmarks/eval_real_forecasts.py [--list]

The labels were made by reading every post that holds a time or future cue
(the pool, ``tests/data/real_forecasts/pool.py``) against the forecast
spec, without the extractor's output. A detection is right when its post is
labelled ``forecast`` and its quote overlaps a labelled span; a detection on
a ``none`` post, or off every span of a ``forecast`` post, is wrong; one on a
``borderline`` post counts as wrong in the strict precision and right in the
lenient one. A detection on a post outside the pool cannot be judged: it is
listed as unlabelled (the pool must then grow). Recall is over the labelled
forecasts, so it says nothing of forecasts with no cue word. ``--list``
prints every detection with its verdict.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import threadscope
from threadscope.forecasts import extract_forecasts

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "data" / "real_forecasts"


def _pool_module():
    spec = importlib.util.spec_from_file_location("real_forecast_pool", LABELS / "pool.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def evaluate(show: bool = False) -> dict:
    pool = _pool_module()
    if not pool.SHARED.is_dir():
        raise SystemExit(f"skipped: {pool.SHARED} is absent")
    labels = {}
    for line in (LABELS / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[(row["input"], row["post_id"])] = row
    verdicts: Counter = Counter()
    per_input: dict[str, Counter] = defaultdict(Counter)
    found_spans: set[tuple[str, str, int]] = set()
    lines = []
    for rel in pool.inputs():
        rel = rel.as_posix() if hasattr(rel, "as_posix") else str(rel)
        corpus = threadscope.load([str(pool.SHARED / rel)])
        for r in extract_forecasts(corpus.threads):
            text = corpus.by_id[r.post_id].text
            label = labels.get((rel, r.post_id))
            if label is None:
                verdict = "unlabelled"
            else:
                at = text.find(r.quote)
                span = (at, at + len(r.quote)) if at >= 0 else (-1, -1)
                hits = [i for i, f in enumerate(label["forecasts"])
                        if span[0] < f["span"][1] and f["span"][0] < span[1]]
                if label["verdict"] == "forecast" and hits:
                    verdict = "right"
                    found_spans.update((rel, r.post_id, i) for i in hits)
                elif label["verdict"] == "borderline" and hits:
                    verdict = "borderline"
                else:
                    verdict = "wrong"
            verdicts[verdict] += 1
            per_input[rel][verdict] += 1
            lines.append(f"{verdict:10} {rel} {r.post_id}: {r.quote[:80]!r} -> {r.window_start}..{r.window_end}"
                         + (f"  ({label['why']})" if label else ""))
    labelled = sum(len(row["forecasts"]) for row in labels.values() if row["verdict"] == "forecast")
    judged = verdicts["right"] + verdicts["wrong"] + verdicts["borderline"]
    strict = verdicts["right"] / judged if judged else 1.0
    lenient = (verdicts["right"] + verdicts["borderline"]) / judged if judged else 1.0
    recall = len(found_spans) / labelled if labelled else 0.0
    if show:
        print("\n".join(lines))
        print()
    return {"detections": sum(verdicts.values()), **{k: verdicts[k] for k in ("right", "wrong", "borderline",
                                                                              "unlabelled")},
            "labelled_posts": len(labels), "labelled_forecasts": labelled,
            "precision": strict, "precision_lenient": lenient, "recall_in_pool": recall,
            "per_input": {k: dict(v) for k, v in sorted(per_input.items())}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every detection with its verdict")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    r = evaluate(args.list)
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    print(f"labelled posts {r['labelled_posts']} (the pool), labelled forecasts {r['labelled_forecasts']}, "
          f"detections {r['detections']}")
    print(f"precision {r['precision']:.3f} (borderline wrong)  {r['precision_lenient']:.3f} (borderline right)"
          f"   right {r['right']}, wrong {r['wrong']}, borderline {r['borderline']}, unlabelled {r['unlabelled']}")
    print(f"recall    {r['recall_in_pool']:.3f} of the labelled forecasts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
