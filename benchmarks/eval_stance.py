"""Measure reply stance against RumourEval 2017 (SemEval-2017 Task 8, subtask A).

    python benchmarks/eval_stance.py [--split train|dev|test ...] [--json]
                                     [--model FILE] [--compare-rules] [--timing]

Each split directory of ``../shared/corpus/stance/rumoureval2017`` is read
with ``threadscope.load`` (its v1.1 one-tweet-per-file reader) and every
conversation goes through ``threadscope.stance.stance_table``. RumourEval
labels each tweet's stance toward the source rumour, so the figure that
counts compares ``root_stance`` with the labels, on replies only (source
tweets excluded; labelled ids the load did not find are counted and
reported). Printed per split: accuracy, macro-F1, per-class precision,
recall and F1, the confusion matrix, and beside them

- baselines: always ``comment``, and the cue-word rules alone
  (``threadscope.stance.cue_label``);
- ``stance`` (toward the direct parent) on depth-1 replies, where stance
  toward the parent and toward the source are the same thing;
- the 2017 official scoring: every labelled tweet, sources included, a
  source counted as supporting itself (the anchors of the task, majority
  0.742 / 0.213 and best system 0.784 accuracy on test, are on this set).

The shipped model was trained on train + dev, so figures on those splits
are in-sample; ``benchmarks/train_stance.py --cv`` gives the held-out
(leave-one-event-out) figures, and ``--model`` evaluates another weights
file (``train_stance.py --splits train --out FILE`` makes a train-only one
to score dev honestly). The test split is for the final figure only.

``--debate [DIR]`` scores instead the hand-labelled debate threads of
``tests/data/stance_debate`` (X-style debates about forecasts, products and
rumours, written from the label definitions by someone who had not seen the
classifier): ``stance`` against each reply's stance toward the post it
answers and ``root_stance`` against its stance toward the root, per split
(``dev`` for development, ``heldout`` for the final figure only), with the
same baselines and what decided each stance.

``--compare-rules`` scores alternative composition rules for ``root_stance``
on the same local stances (with the shipped model that is in-sample on
train and dev and favours copying the labels it learnt; the held-out
comparison is ``train_stance.py --cv``). ``--timing`` measures sentiment on a
25,000-character post and the stance table of a 1,000-post thread.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import threadscope
from threadscope.forecasts import extract_forecasts
from threadscope.stance import (
    COMMENT,
    DENY,
    LABELS,
    QUERY,
    SUPPORT,
    StanceModel,
    compose,
    contexts,
    cue_label,
    stance_table,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "stance" / "rumoureval2017"


def scores(gold: list[str], pred: list[str | None]) -> dict:
    """Accuracy, macro-F1 over the four classes, per-class P/R/F1 and the
    confusion matrix (rows gold, columns predicted; a missing prediction
    counts as wrong, in a fifth column)."""
    cols = list(LABELS) + ["none"]
    cm = {g: {p: 0 for p in cols} for g in LABELS}
    for g, p in zip(gold, pred):
        cm[g][p if p in LABELS else "none"] += 1
    per = {}
    for lab in LABELS:
        tp = cm[lab][lab]
        predicted = sum(cm[g][lab] for g in LABELS)
        actual = sum(cm[lab].values())
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        per[lab] = {"precision": round(p, 4), "recall": round(r, 4),
                    "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "n": actual}
    n = len(gold)
    return {"n": n, "accuracy": round(sum(cm[lab][lab] for lab in LABELS) / n, 4) if n else 0.0,
            "macro_f1": round(sum(v["f1"] for v in per.values()) / len(LABELS), 4), "per_class": per,
            "confusion": cm}


def _keep_own(s, r):
    """Support or deny of a query or comment keeps its own label (the
    rule first tried)."""
    if s in (SUPPORT, DENY) and r in (QUERY, COMMENT):
        return s
    return compose(s, r)


def _no_negation(s, r):
    """Like the chosen rule, but deny of a deny stays deny."""
    return DENY if s == DENY and r == DENY else compose(s, r)


RULES = {"chosen": compose, "identity": lambda s, r: s, "keep-own": _keep_own, "no-double-negation": _no_negation}


def recompose(thread, local: dict[str, str | None], rule) -> dict[str, str | None]:
    """Root stances from local stances under another composition rule."""
    ctxs = contexts(thread)
    out: dict[str, str | None] = {}

    def walk(pid: str, depth: int = 0):
        if pid in out:
            return out[pid]
        target = ctxs[pid][1]
        if pid == thread.root_id:
            out[pid] = None
        elif target is None or target == thread.root_id or target not in local or depth > 10000:
            out[pid] = local[pid]
        else:
            out[pid] = rule(local[pid], walk(target, depth + 1))
        return out[pid]

    for pid in local:
        walk(pid)
    return out


def stance_rows(paths: list[Path], model: StanceModel | None):
    """Load ``paths`` and run the whole stance pipeline: the corpus, each
    conversation's stance table, and every post's row by id with the
    cue-word baseline's label beside it (``cue``)."""
    corpus = threadscope.load(paths)
    forecasts = extract_forecasts(corpus.threads)
    tables, rows = {}, {}
    for t in corpus.threads:
        tables[t.id] = stance_table(t, forecasts, model)
        ctxs = contexts(t)
        for rec in tables[t.id].to_dict("records"):
            rec["cue"] = cue_label(ctxs[rec["post_id"]][0])
            rows[rec["post_id"]] = rec
    return corpus, tables, rows


def evaluate(split: str, corpus_dir: Path, model: StanceModel | None, compare: bool) -> dict:
    labels = json.loads((corpus_dir / f"{split}-annotations" / "subtaskA.json").read_text())
    t0 = time.perf_counter()
    corpus, tables, rows = stance_rows([corpus_dir / split], model)
    seconds = time.perf_counter() - t0
    sources = {t.root_id for t in corpus.threads}
    replies = [i for i in labels if i not in sources]
    found = [i for i in replies if i in rows]
    gold = [labels[i] for i in found]
    out = {
        "split": split, "threads": len(corpus.threads), "labelled": len(labels),
        "sources_excluded": len(labels) - len(replies), "replies": len(replies),
        "not_found": len(replies) - len(found), "seconds": round(seconds, 2),
        "root_stance": scores(gold, [rows[i]["root_stance"] for i in found]),
        "always_comment": scores(gold, [COMMENT] * len(found)),
        "cue_words": scores(gold, [rows[i]["cue"] for i in found]),
    }
    d1 = [i for i in found if rows[i]["depth"] == 1]
    out["depth1_stance"] = scores([labels[i] for i in d1], [rows[i]["stance"] for i in d1])
    everyone = [i for i in labels if i in rows or i in sources]
    official_gold = [labels[i] for i in everyone]
    out["official_2017"] = scores(official_gold, [SUPPORT if i in sources else rows[i]["root_stance"]
                                                  for i in everyone])
    out["official_always_comment"] = scores(official_gold, [COMMENT] * len(everyone))
    out["reasons"] = dict(Counter(rows[i]["reason"] for i in found))
    if compare:
        out["rules"] = {}
        for name, rule in RULES.items():
            pred = {}
            for t in corpus.threads:
                local = dict(zip(tables[t.id]["post_id"], tables[t.id]["stance"]))
                pred.update(recompose(t, local, rule))
            s = scores(gold, [pred[i] for i in found])
            out["rules"][name] = {"accuracy": s["accuracy"], "macro_f1": s["macro_f1"]}
    return out


DEBATE = ROOT / "tests" / "data" / "stance_debate"


def evaluate_debate(directory: Path, model: StanceModel | None, split: str) -> dict:
    """Local and root stance on one split of the debate set."""
    labels = [json.loads(line) for line in (directory / "labels.jsonl").read_text(encoding="utf-8").splitlines()
              if line.strip()]
    labels = [lab for lab in labels if lab["split"] == split]
    files = sorted({lab["file"] for lab in labels})
    t0 = time.perf_counter()
    corpus, _, rows = stance_rows([directory / f for f in files], model)
    seconds = time.perf_counter() - t0
    found = [lab for lab in labels if lab["post_id"] in rows]
    gold = [lab["stance"] for lab in found]
    out = {"split": f"debate {split}", "threads": len(corpus.threads), "labelled": len(labels),
           "not_found": len(labels) - len(found), "seconds": round(seconds, 2),
           "stance": scores(gold, [rows[lab["post_id"]]["stance"] for lab in found]),
           "root_stance": scores([lab["root_stance"] for lab in found],
                                 [rows[lab["post_id"]]["root_stance"] for lab in found]),
           "always_comment": scores(gold, [COMMENT] * len(found)),
           "cue_words": scores(gold, [rows[lab["post_id"]]["cue"] for lab in found])}
    by_reason: dict[str, list] = {}
    for lab in found:
        by_reason.setdefault(str(rows[lab["post_id"]]["reason"]), []).append(lab)
    out["by_reason"] = {k: scores([lab["stance"] for lab in v], [rows[lab["post_id"]]["stance"] for lab in v])
                        for k, v in sorted(by_reason.items())}
    out["parent_mismatch"] = sum(1 for lab in found if rows[lab["post_id"]]["parent_id"] != lab["parent_id"])
    return out


def show_debate(r: dict) -> str:
    lines = [(f"== {r['split']}: {r['threads']} threads, {r['labelled']} labelled replies, "
              f"{r['not_found']} not found, {r['parent_mismatch']} answering another post than the label's "
              f"({r['seconds']} s)")]
    for key, name in (("stance", "stance vs labels (toward the post answered)"),
                      ("root_stance", "root_stance vs labels (toward the root)")):
        s = r[key]
        lines.append(_line(name, s))
        lines.extend(_confusion(s))
    lines.append(_line("baseline: always comment", r["always_comment"]))
    lines.append(_line("baseline: cue words alone", r["cue_words"]))
    for reason, s in r["by_reason"].items():
        lines.append(f"  decided by {reason:<12} n={s['n']:<4} acc {s['accuracy']:.3f}")
    return "\n".join(lines)


def _confusion(s: dict) -> list[str]:
    cols = (*LABELS, "none")
    return (["  confusion (rows gold, columns predicted):", f"  {'':<10}" + "".join(f"{lab:>9}" for lab in cols)]
            + [f"  {g:<10}" + "".join(f"{s['confusion'][g][p]:>9}" for p in cols) for g in LABELS])


def _line(name: str, s: dict) -> str:
    f1 = " ".join(f"{lab[:3]} {s['per_class'][lab]['f1']:.3f}" for lab in LABELS)
    return f"  {name:<44} n={s['n']:<5} acc {s['accuracy']:.3f}  macro-F1 {s['macro_f1']:.3f}   F1: {f1}"


def show(r: dict) -> str:
    lines = [(f"== {r['split']}: {r['threads']} threads, {r['labelled']} labelled tweets, "
              f"{r['sources_excluded']} source tweets excluded, {r['replies']} labelled replies, "
              f"{r['not_found']} labelled ids not found ({r['seconds']} s)")]
    s = r["root_stance"]
    lines.append(_line("root_stance vs labels (replies)", s))
    lines.append(f"  {'':<10}{'precision':>10}{'recall':>8}{'F1':>8}{'n':>6}")
    for lab in LABELS:
        c = s["per_class"][lab]
        lines.append(f"  {lab:<10}{c['precision']:>10.3f}{c['recall']:>8.3f}{c['f1']:>8.3f}{c['n']:>6}")
    lines.extend(_confusion(s))
    lines.append(_line("baseline: always comment", r["always_comment"]))
    lines.append(_line("baseline: cue words alone", r["cue_words"]))
    lines.append(_line("stance (direct parent), depth-1 replies", r["depth1_stance"]))
    lines.append(_line("official 2017 scoring (sources = support)", r["official_2017"]))
    lines.append(_line("official 2017 scoring, always comment", r["official_always_comment"]))
    lines.append("  decided by: " + ", ".join(f"{k} {v}" for k, v in sorted(r["reasons"].items(), key=str)))
    for name, v in r.get("rules", {}).items():
        lines.append(f"  composition rule {name:<16} acc {v['accuracy']:.3f}  macro-F1 {v['macro_f1']:.3f}")
    return "\n".join(lines)


def timing() -> dict:
    """Sentiment of a 25,000-character post; stance table of a 1,000-post
    thread (a reply tree of sentences from the sample)."""
    from datetime import datetime, timedelta, timezone

    from threadscope.corpus import from_posts
    from threadscope.model import Post
    from threadscope.stance.sentiment import score_text

    para = ("The model is strong on long-horizon coding but weak on screenshots, and I doubt the benchmark "
            "tells the whole story. Still, it is a remarkable release! Is that really true? ")
    text = (para * (25000 // len(para) + 1))[:25000]
    t0 = time.perf_counter()
    score_text(text)
    long_ms = (time.perf_counter() - t0) * 1000
    lines = ["Probably Q1", "It won't take that long", "Source for the 7 months?", "Agreed.",
             "That's fake, nobody has confirmed it.", "Benchmarks are easy to catch up on. Real practicality is harder.",
             "No way before 2028.", "Interesting thread, thanks for the numbers."]
    d = datetime(2026, 6, 18, tzinfo=timezone.utc)
    posts = [Post(id="1000", author_id="u0", author="root", text="GLM-5.2 is out and it is close to the frontier.",
                  created_at=d, kind="post", conversation_id="1000", lang="en")]
    for i in range(1, 1000):
        parent = str(1000 + (i - 1) // 3)
        posts.append(Post(id=str(1000 + i), author_id=f"u{i % 97}", author=f"user{i % 97}", text=lines[i % len(lines)],
                          created_at=d + timedelta(seconds=i), kind="reply", conversation_id="1000",
                          reply_to_id=parent, lang="en"))
    thread = from_posts(posts).threads[0]
    t0 = time.perf_counter()
    stance_table(thread, [])
    table_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    stance_table(from_posts(posts).threads[0])
    with_forecasts_s = time.perf_counter() - t0
    return {"sentiment_25000_chars_ms": round(long_ms, 1), "stance_table_1000_posts_s": round(table_s, 2),
            "stance_table_1000_posts_with_forecast_extraction_s": round(with_forecasts_s, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", action="append", choices=["train", "dev", "test", "heldout"],
                    help="split to score (repeatable; default train and dev)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--model", type=Path, help="weights file (default: the shipped stance/model.json)")
    ap.add_argument("--debate", nargs="?", type=Path, const=DEBATE, metavar="DIR",
                    help="score the hand-labelled debate threads instead (default tests/data/stance_debate); "
                         "--split dev|heldout")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--compare-rules", action="store_true", help="also score other composition rules")
    ap.add_argument("--timing", action="store_true", help="also time sentiment and a 1,000-post thread")
    args = ap.parse_args(argv)
    model = StanceModel.from_json(json.loads(args.model.read_text())) if args.model else None
    if args.debate is not None:
        if not (args.debate / "labels.jsonl").is_file():
            print(f"no labels.jsonl in {args.debate}", file=sys.stderr)
            return 2
        debate = [evaluate_debate(args.debate, model, s) for s in (args.split or ["dev"])]
        print(json.dumps(debate, indent=1) if args.json else "\n\n".join(show_debate(r) for r in debate))
        return 0
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    results = [evaluate(s, args.corpus, model, args.compare_rules) for s in (args.split or ["train", "dev"])]
    extra = timing() if args.timing else None
    if args.json:
        print(json.dumps({"splits": results, "timing": extra}, indent=1))
    else:
        print("\n\n".join(show(r) for r in results))
        if extra:
            print("\ntiming: " + ", ".join(f"{k} {v}" for k, v in extra.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
