"""Who agreed with whom: the stance table summed per pair of participants,
per participant and per branch.

The sums are plain Python over the stance table's records, and the pandas
tables are built once at the end: a conversation has a handful of
participants, and pandas' grouping machinery (crosstab, groupby-apply) cost
more than the stance decisions themselves on RumourEval-sized threads
(0.29 s a thread, mostly in crosstab). It also keeps the empty cases
typed: a conversation with no scored post gives float columns of nulls,
never object columns.
"""
from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd

from .model import DENY, LABELS, SUPPORT
from ..tables import typed_frame
from ..thread import Thread

AGREEMENT_COLUMNS = ["source", "target", *LABELS, "total", "net"]
PARTICIPANT_STANCE_COLUMNS = ["author", "posts", *LABELS, "majority", "net_support", "mean_sentiment",
                              "negative_share"]
BRANCH_COLUMNS = ["branch_id", "author", "posts", *LABELS, "mean_sentiment", "negative_share"]


def _present(v) -> bool:
    return v is not None and v is not pd.NA and v == v


def _round(x: float, digits: int) -> float:
    """numpy's rounding (what the pandas tables used), not Python's: the
    two differ on halves such as 0.36755."""
    return float(np.round(x, digits))


def net(support: int, deny: int, total: int) -> float:
    """(support - deny) / total, in [-1, 1]: how a set of replies leaned."""
    return _round((support - deny) / total, 3) if total else 0.0


def _records(stance_df: pd.DataFrame, columns: list[str]) -> list[tuple]:
    return list(zip(*(stance_df[c].tolist() for c in columns))) if len(stance_df) else []


class _Sentiment:
    """Running mean sentiment and negative share of one group."""

    __slots__ = ("total", "n", "negative")

    def __init__(self) -> None:
        self.total, self.n, self.negative = 0.0, 0, 0

    def add(self, score, label) -> None:
        if _present(score):
            self.total += float(score)
            self.n += 1
            self.negative += label == "negative"

    def values(self) -> tuple:
        if not self.n:
            return (None, None)
        return (_round(self.total / self.n, 4), _round(self.negative / self.n, 3))


def _frame(rows: list[dict], columns: list[str], ints: list[str], floats: list[str]) -> pd.DataFrame:
    return typed_frame(rows, columns, {**dict.fromkeys(ints, "int64"), **dict.fromkeys(floats, "Float64")})


def agreement_table(stance_df: pd.DataFrame) -> pd.DataFrame:
    """Per ordered pair of participants, ``source`` answering ``target``:
    how often the first supported, denied, queried or commented on the
    second, and ``net`` = (support - deny) / total, in [-1, 1]. Self-replies
    are left out: they are no interaction."""
    pairs: dict[tuple, dict] = {}
    for author, target, stance in _records(stance_df, ["author", "target_author", "stance"]):
        if not _present(stance) or not _present(target) or author == target or stance not in LABELS:
            continue
        row = pairs.get((author, target))
        if row is None:
            row = pairs[(author, target)] = {"source": author, "target": target, **dict.fromkeys(LABELS, 0)}
        row[stance] += 1
    if not pairs:
        return pd.DataFrame(columns=AGREEMENT_COLUMNS)
    rows = []
    for row in pairs.values():
        row["total"] = sum(row[k] for k in LABELS)
        row["net"] = net(row[SUPPORT], row[DENY], row["total"])
        rows.append(row)
    rows.sort(key=lambda r: (-r["total"], r["source"], r["target"]))
    return _frame(rows, AGREEMENT_COLUMNS, [*LABELS, "total"], []).astype({"net": "float64"})


_SKIP = object()


def _groups(stance_df: pd.DataFrame, column: str, group_of) -> dict:
    """Posts, root stances counted and sentiment per group; ``group_of``
    maps a row's ``column`` value to its group, ``_SKIP`` leaving it out."""
    groups: dict = {}
    for value, root_stance, score, label in _records(stance_df, [column, "root_stance", "sentiment",
                                                                "sentiment_label"]):
        key = group_of(value)
        if key is _SKIP:
            continue
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"posts": 0, "counts": dict.fromkeys(LABELS, 0), "sent": _Sentiment()}
        g["posts"] += 1
        if _present(root_stance) and root_stance in LABELS:
            g["counts"][root_stance] += 1
        g["sent"].add(score, label)
    return groups


def _majority(counts: dict) -> str | None:
    """The commonest root stance; ties go to the first in support, deny,
    query, comment order."""
    if not any(counts.values()):
        return None
    return max(LABELS, key=lambda lab: (counts[lab], -LABELS.index(lab)))


def participant_stance(stance_df: pd.DataFrame) -> pd.DataFrame:
    """Per participant: posts, their root stances counted, the ``majority``
    root stance, ``net_support`` = (support - deny) / posts with a root
    stance, mean sentiment and the share of their English posts that are
    negative."""
    if not len(stance_df):
        return pd.DataFrame(columns=PARTICIPANT_STANCE_COLUMNS)
    people = _groups(stance_df, "author", lambda author: author)
    rows = []
    for author in sorted(people, key=str):
        p = people[author]
        counts = p["counts"]
        stanced = sum(counts.values())
        mean, negative = p["sent"].values()
        rows.append({"author": author, "posts": p["posts"], **counts, "majority": _majority(counts),
                     "net_support": _round((counts[SUPPORT] - counts[DENY]) / stanced, 3) if stanced else None,
                     "mean_sentiment": mean, "negative_share": negative})
    rows.sort(key=lambda r: -r["posts"])
    return _frame(rows, PARTICIPANT_STANCE_COLUMNS, ["posts", *LABELS],
                  ["net_support", "mean_sentiment", "negative_share"])


def branch_sentiment(thread: Thread, stance_df: pd.DataFrame) -> pd.DataFrame:
    """Per top-level branch (a reply to the root and everything under it):
    where the heat is. ``branch_id`` is the top-level reply (a placeholder
    when the export lacks it); root stances of the branch's posts are
    counted beside its sentiment."""
    kids = thread.children
    branch_of: dict[str, str] = {}
    for top in kids.get(thread.root_id, ()):
        stack = [top]
        while stack:
            n = stack.pop()
            if n in branch_of:
                continue
            branch_of[n] = top
            stack.extend(kids.get(n, ()))
    branches = _groups(stance_df, "post_id", lambda pid: branch_of.get(pid, _SKIP))
    if not branches:
        return pd.DataFrame(columns=BRANCH_COLUMNS)
    rows = []
    for top, b in branches.items():
        mean, negative = b["sent"].values()
        rows.append({"branch_id": top, "author": thread.author_of(top), "posts": b["posts"], **b["counts"],
                     "mean_sentiment": mean, "negative_share": negative})
    rows.sort(key=lambda r: (-r["posts"], r["branch_id"]))
    return _frame(rows, BRANCH_COLUMNS, ["posts", *LABELS], ["mean_sentiment", "negative_share"])


def agreement_graph(stance_df: pd.DataFrame, agreement: pd.DataFrame | None = None,
                    participants: pd.DataFrame | None = None) -> nx.DiGraph:
    """Participants, and an edge from each to each participant they
    answered, with the counts of :func:`agreement_table`, its ``net``
    (negative: mostly denied) and ``weight`` = ``total``: layouts and
    centrality read ``weight`` as the strength of a tie, which must not be
    negative, so the sign lives in ``net``. Nodes carry the participant's
    posts, majority root stance and mean sentiment. The two tables are taken
    when the caller has them already."""
    participants = participant_stance(stance_df) if participants is None else participants
    agreement = agreement_table(stance_df) if agreement is None else agreement
    g = nx.DiGraph()
    for author, posts, majority, mean in _records(participants, ["author", "posts", "majority", "mean_sentiment"]):
        g.add_node(author, posts=int(posts), majority=majority,
                   mean_sentiment=float(mean) if _present(mean) else None)
    for row in agreement.to_dict("records"):
        for who in (row["source"], row["target"]):
            if who not in g:
                g.add_node(who, posts=0, majority=None, mean_sentiment=None)
        g.add_edge(row["source"], row["target"], **{k: int(row[k]) for k in (*LABELS, "total")},
                   net=float(row["net"]), weight=float(row["total"]))
    return g

