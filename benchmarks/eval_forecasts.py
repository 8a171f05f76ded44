"""Measure forecast extraction against a labeled set.

    python benchmarks/eval_forecasts.py [DIR]   (default tests/data/forecasts)

DIR holds twarc2 threads, ``gold.jsonl`` (one record per gold forecast, the
spec's fields plus ``file``) and ``negatives.jsonl`` (posts that look like
forecasts but are not). Each file is read with threadscope's own reader and
analysed on its own (propositions are per input). A predicted record matches
a gold one on the same post when their quotes overlap (or, failing that, when
the post has exactly one of each). Prints detection precision, recall and F1,
then, on matched pairs, how often each field is right: window (start and end
both), holder, confidence (within 0.01), relative_to, vague, and proposition
grouping (pairs of matched forecasts in one file that gold puts in one
proposition iff the prediction does). ``--misses`` lists every error.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

import threadscope
from threadscope.forecasts import extract_forecasts

ROOT = Path(__file__).resolve().parents[1]


def overlap(a: str, b: str) -> bool:
    a, b = a.strip().lower(), b.strip().lower()
    return bool(a) and bool(b) and (a in b or b in a or len(set(a.split()) & set(b.split())) >= 2)


def match(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    pairs = []
    used: set[int] = set()
    by_post = defaultdict(list)
    for i, p in enumerate(pred):
        by_post[p["post_id"]].append(i)
    gold_by_post = defaultdict(list)
    for g in gold:
        gold_by_post[g["post_id"]].append(g)
    for post_id, gs in gold_by_post.items():
        cands = [i for i in by_post.get(post_id, []) if i not in used]
        for g in gs:
            hit = next((i for i in cands if i not in used and overlap(g["quote"], pred[i]["quote"])), None)
            if hit is None and len(gs) == 1 and len(cands) == 1:
                hit = cands[0]
            if hit is None:
                hit = next((i for i in cands if i not in used and pred[i]["window_start"] == g["window_start"]
                            and pred[i]["window_end"] == g["window_end"]), None)
            if hit is not None:
                used.add(hit)
                pairs.append((g, pred[hit]))
    return pairs


def evaluate(folder: Path, show_misses: bool = False) -> dict:
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    negatives = [json.loads(x) for x in (folder / "negatives.jsonl").read_text(encoding="utf-8").splitlines()
                 if x.strip()]
    gold_by_file = defaultdict(list)
    for g in gold:
        gold_by_file[g["file"]].append(g)
    tp = fp = fn = 0
    fields = defaultdict(lambda: [0, 0])
    prop_pairs = [0, 0]
    misses: list[str] = []
    negative_ids = {n["post_id"] for n in negatives}
    negative_hits = 0
    for path in sorted(folder.glob("*.twarc2.jsonl")):
        corpus = threadscope.load([path])
        texts = {p.id: p.text for p in corpus.by_id.values()}
        pred = [r.as_dict() for r in extract_forecasts(corpus.threads)]
        gs = gold_by_file.get(path.name, [])
        pairs = match(gs, pred)
        matched_pred = {id(p) for _, p in pairs}
        matched_gold = {id(g) for g, _ in pairs}
        tp += len(pairs)
        for p in pred:
            if id(p) not in matched_pred:
                fp += 1
                negative_hits += p["post_id"] in negative_ids
                misses.append(f"FP {path.name} {p['post_id']}: {p['quote']!r} -> {p['window_start']}..{p['window_end']}"
                              f" ({texts.get(p['post_id'], '')[:90]!r})")
        for g in gs:
            if id(g) not in matched_gold:
                fn += 1
                misses.append(f"FN {path.name} {g['post_id']}: {g['quote']!r} ({g['note']})")
        for g, p in pairs:
            checks = {
                "window": (g["window_start"], g["window_end"]) == (p["window_start"], p["window_end"]),
                "holder": (g["holder"] or "").lower() == (p["holder"] or "").lower(),
                "confidence": abs(g["confidence"] - p["confidence"]) <= 0.01,
                "relative_to": g["relative_to"] == p["relative_to"],
                "vague": bool(g["vague"]) == bool(p["vague"]),
                "polarity": g["polarity"] == p["polarity"],
            }
            for name, ok in checks.items():
                fields[name][0] += ok
                fields[name][1] += 1
                if not ok:
                    want = {"window": (g["window_start"], g["window_end"]),
                            "confidence": g["confidence"]}.get(name, g.get(name))
                    got = {"window": (p["window_start"], p["window_end"]),
                           "confidence": p["confidence"]}.get(name, p.get(name))
                    misses.append(f"{name:11} {path.name} {g['post_id']}: {g['quote']!r} want {want} got {got}")
        for (g1, p1), (g2, p2) in itertools.combinations(pairs, 2):
            same_gold = g1["proposition"] == g2["proposition"]
            same_pred = p1["proposition"] == p2["proposition"]
            prop_pairs[0] += same_gold == same_pred
            prop_pairs[1] += 1
            if same_gold != same_pred and show_misses:
                misses.append(f"proposition {path.name}: {g1['quote']!r} / {g2['quote']!r} gold "
                              f"{'same' if same_gold else 'different'}, got {p1['proposition']} / {p2['proposition']}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {"gold": len(gold), "negatives": len(negatives), "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn,
              "fp_on_labeled_negatives": negative_hits,
              "precision": precision, "recall": recall, "f1": f1,
              **{f"{k}_accuracy": (v[0] / v[1] if v[1] else 0.0) for k, v in fields.items()},
              "proposition_pair_accuracy": prop_pairs[0] / prop_pairs[1] if prop_pairs[1] else 0.0}
    if show_misses:
        print("\n".join(misses))
        print()
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "tests" / "data" / "forecasts"))
    ap.add_argument("--misses", action="store_true", help="list every false positive, miss and wrong field")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    r = evaluate(Path(args.folder), args.misses)
    if args.json:
        print(json.dumps(r, indent=2))
        return 0
    print(f"gold forecasts {r['gold']}, labeled negatives {r['negatives']}, predicted {r['predicted']}")
    print(f"detection   precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}"
          f"   (tp {r['tp']}, fp {r['fp']} of which {r['fp_on_labeled_negatives']} on labeled negatives, fn {r['fn']})")
    for k in ("window", "holder", "confidence", "relative_to", "vague", "polarity"):
        print(f"{k:12} accuracy {r[k + '_accuracy']:.3f}   (on matched forecasts)")
    print(f"proposition  pair accuracy {r['proposition_pair_accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
