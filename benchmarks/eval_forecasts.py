"""Measure forecast extraction against a labeled set.

    python benchmarks/eval_forecasts.py [DIR]   (default tests/data/forecasts)

DIR holds twarc2 threads, ``gold.jsonl`` (one record per gold forecast, the
spec's fields plus ``file``) and ``negatives.jsonl`` (posts that look like
forecasts but are not). Each file is read with threadscope's own reader and
analysed on its own (propositions are per input). A predicted record matches
a gold one on the same post when their quotes overlap (or, failing that, when
the post has exactly one of each). Prints detection precision, recall and F1,
then, on matched pairs, how often each field is right: window (start and end
both), holder, confidence (within 0.01), relative_to, vague, polarity.

Grouping is scored on the matched forecasts of each file (one file, one
thread): pairwise precision, recall and F1 over pairs of forecasts (a pair
is positive when both are in one proposition; pairs in different
propositions, the easy majority, are not counted as successes), and B-cubed
F1 (per forecast, the share of its predicted proposition that gold puts with
it and the share of its gold proposition that the prediction puts with it).

Titles: a matched forecast's ``event`` is well formed when it reads as a
self-contained statement (``title_problem`` says why not: empty, a pronoun
or a connective first, a function word last, first person or chatter inside)
and says what gold's title says (at least half of gold's content words, or
of its character pairs in Chinese and Japanese). ``--misses`` lists every
error.
"""
from __future__ import annotations

import argparse
import itertools
import json
import re
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


_CONTENT_STOP = set("""a an the of to in on at by for from with and or but is are be will its it this that their
than then into over under reach reaches reached get gets""".split())
_BAD_FIRST = set("""it its it's this that these those they them he she we i you there which who what when where how
why and but or so because of from to for with by in on at than then yes no nah lol probably maybe likely
definitely also just not never i'll i'd i'm imo level""".split())
_BAD_LAST = set("to of the a an and or but for from with by in on at than that which is are will be".split())
_CHATTER = set("i i'll i'm i'd i've my me imo imho lol lmao tbh".split())
_WORD = re.compile(r"[\w$%'’.-]+")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def title_problem(title: str) -> str | None:
    """Why ``title`` is no self-contained statement, or None."""
    words = [w.strip(".'’-").lower().replace("’", "'") for w in _WORD.findall(title or "")]
    words = [w for w in words if w]
    cjk = len(_CJK.findall(title or ""))
    if cjk >= 4:
        return None
    if len(words) < 2 or len(title.strip()) < 8:
        return "too short"
    if words[0] in _BAD_FIRST:
        return f"opens with {words[0]!r}"
    if words[-1] in _BAD_LAST:
        return f"ends with {words[-1]!r}"
    if _CHATTER & set(words):
        return "first person or chatter"
    return None


def _content(text: str) -> set[str]:
    if len(_CJK.findall(text)) >= 4:
        chars = "".join(_CJK.findall(text))
        return {chars[i:i + 2] for i in range(len(chars) - 1)}
    words = [w.strip(".'’-").lower() for w in _WORD.findall(text)]
    return {_root(w) for w in words if len(w) > 2 and w not in _CONTENT_STOP or any(c.isdigit() for c in w)}


def _root(word: str) -> str:
    """A crude stem: ``opens``/``open``, ``cleared``/``clear`` meet."""
    word = re.sub(r"['’]s$", "", word)
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[:-len(suffix)]
            break
    return word[:5]


def title_ok(title: str, gold_title: str) -> bool:
    if title_problem(title) is not None:
        return False
    want = _content(gold_title)
    return not want or len(want & _content(title)) >= len(want) / 2


def grouping(pairs: list[tuple[dict, dict]]) -> tuple[int, int, int, list[float], list[float]]:
    """(true-positive pairs, predicted-positive pairs, gold-positive pairs,
    per-forecast B-cubed precisions, recalls) over the matched forecasts of
    one file."""
    tp = pp = gp = 0
    for (g1, p1), (g2, p2) in itertools.combinations(pairs, 2):
        same_gold, same_pred = g1["proposition"] == g2["proposition"], p1["proposition"] == p2["proposition"]
        tp += same_gold and same_pred
        pp += same_pred
        gp += same_gold
    bp, br = [], []
    for g, p in pairs:
        pred_mates = [g2 for g2, p2 in pairs if p2["proposition"] == p["proposition"]]
        gold_mates = [p2 for g2, p2 in pairs if g2["proposition"] == g["proposition"]]
        bp.append(sum(g2["proposition"] == g["proposition"] for g2 in pred_mates) / len(pred_mates))
        br.append(sum(p2["proposition"] == p["proposition"] for p2 in gold_mates) / len(gold_mates))
    return tp, pp, gp, bp, br


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(folder: Path, show_misses: bool = False) -> dict:
    gold = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    negatives = [json.loads(x) for x in (folder / "negatives.jsonl").read_text(encoding="utf-8").splitlines()
                 if x.strip()]
    gold_by_file = defaultdict(list)
    for g in gold:
        gold_by_file[g["file"]].append(g)
    tp = fp = fn = 0
    fields = defaultdict(lambda: [0, 0])
    pair_counts = [0, 0, 0]
    b_prec: list[float] = []
    b_rec: list[float] = []
    titles = [0, 0]
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
        tpp, ppp, gpp, bp, br = grouping(pairs)
        pair_counts[0] += tpp
        pair_counts[1] += ppp
        pair_counts[2] += gpp
        b_prec += bp
        b_rec += br
        for g, p in pairs:
            ok = title_ok(p["event"], g["event"])
            titles[0] += ok
            titles[1] += 1
            if not ok:
                misses.append(f"title       {path.name} {g['post_id']}: {p['event']!r} "
                              f"({title_problem(p['event']) or 'says other than gold'}; gold {g['event']!r})")
        if show_misses:
            for (g1, p1), (g2, p2) in itertools.combinations(pairs, 2):
                same_gold, same_pred = g1["proposition"] == g2["proposition"], p1["proposition"] == p2["proposition"]
                if same_gold != same_pred:
                    misses.append(f"proposition {path.name}: {g1['quote']!r} / {g2['quote']!r} gold "
                                  f"{'same' if same_gold else 'different'}, got {p1['proposition']} / "
                                  f"{p2['proposition']}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    pair_p = pair_counts[0] / pair_counts[1] if pair_counts[1] else 1.0
    pair_r = pair_counts[0] / pair_counts[2] if pair_counts[2] else 1.0
    bcubed_p = sum(b_prec) / len(b_prec) if b_prec else 0.0
    bcubed_r = sum(b_rec) / len(b_rec) if b_rec else 0.0
    result = {"gold": len(gold), "negatives": len(negatives), "predicted": tp + fp, "tp": tp, "fp": fp, "fn": fn,
              "fp_on_labeled_negatives": negative_hits,
              "precision": precision, "recall": recall, "f1": f1(precision, recall),
              **{f"{k}_accuracy": (v[0] / v[1] if v[1] else 0.0) for k, v in fields.items()},
              "pairwise_precision": pair_p, "pairwise_recall": pair_r, "pairwise_f1": f1(pair_p, pair_r),
              "bcubed_precision": bcubed_p, "bcubed_recall": bcubed_r, "bcubed_f1": f1(bcubed_p, bcubed_r),
              "well_formed_titles": titles[0] / titles[1] if titles[1] else 0.0}
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
    print(f"pairwise     precision {r['pairwise_precision']:.3f}  recall {r['pairwise_recall']:.3f}"
          f"  F1 {r['pairwise_f1']:.3f}   (pairs of matched forecasts in one file)")
    print(f"B-cubed      precision {r['bcubed_precision']:.3f}  recall {r['bcubed_recall']:.3f}"
          f"  F1 {r['bcubed_f1']:.3f}")
    print(f"titles       well formed {r['well_formed_titles']:.3f}   (matched forecasts whose event reads as a"
          f" statement and says what gold's does)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
