"""What the pages of one report share: which page holds each post, the
anchors of forecasts and claims, names, quotes and reposts, the input files
and problems, where each forecast stands today (:mod:`.status`), and the
index of a multi-page report.
"""
from __future__ import annotations

import platform
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from ..version import __version__
from ..ledger.records import Snapshot
from .context import SCHEMA, TABLE_MAX, Page, _visible, stance_parts
from .status import Standing
from .text import (SPEC_RULES, anchor, as_date, day_label, excerpt, iso_time, person, plural, time_label)
from .tree import ReplyOrder, _py, _records, reply_order

PROBLEMS_LISTED = 200
SKIPPED_LISTED = 50
PAGE_POSTS = 10_000     # a page of a site draws at most this many posts of a conversation's tree


class Tone(NamedTuple):
    """What a post's card shows of its stance row. The site keeps this
    much for every post of the input, not the whole row (a row as a dict
    cost about 1 KB a post)."""

    stance: str | None
    sentiment: float | None
    sentiment_label: str | None


def _tones(frame) -> dict[str, Tone]:
    if frame is None or not len(frame):
        return {}
    return {str(pid): Tone(_py(st), _py(se), _py(lb)) for pid, st, se, lb in
            zip(frame["post_id"], frame["stance"], frame["sentiment"], frame["sentiment_label"])}


@dataclass(frozen=True)
class Part:
    """One page of a conversation split across pages: the ``number``-th run
    of its tree in reading order (:func:`.tree.reply_order`), nodes
    ``first``..``last`` of it (1-based). Part 1 is the conversation's page,
    with every section; the others hold the tree only."""

    number: int
    file: str
    nodes: frozenset
    first: int
    last: int


def part_file(first: str, number: int) -> str:
    """``conversation-<id>.part2.html`` for part 2 of ``conversation-<id>.html``
    (no conversation's own file has a dot before its suffix)."""
    stem, dot, ext = first.rpartition(".")
    return f"{stem}.part{number}.{ext}" if dot else f"{first}.part{number}"


class Site:
    """Everything known across the pages of one report: which page holds each
    post, every forecast's anchor, names, quotes and retweets."""

    def __init__(self, analyses: list, corpus, files: dict[str, str], generated_at: datetime,
                 today: date | None = None, ledger: Snapshot | None = None, page_posts: int | None = None):
        self.analyses = analyses
        self.corpus = corpus
        self.files = files
        self.generated_at = generated_at
        self.standing = Standing(today, ledger)
        self.post_file: dict[str, str] = {}
        self.posts: dict[str, Any] = {}
        self.names: dict[str, str] = {}
        self.quoters: dict[str, list[str]] = defaultdict(list)
        self.retweeters: dict[str, list[str]] = defaultdict(list)
        for a in analyses:
            t = a.thread
            for pid, p in t.by_id.items():
                self.post_file.setdefault(pid, files[t.id])
                self.posts.setdefault(pid, p)
                if p.author and p.author_name:
                    self.names.setdefault(p.author, p.author_name)
            for pid, p in t.external.items():
                self.posts.setdefault(pid, p)
            for p in t.by_id.values():
                q = t.quoted_id(p)
                if q:
                    self.quoters[q].append(p.id)
            for rt in t.retweets:
                if rt.retweeted_id:
                    self.retweeters[t.resolve(rt.retweeted_id)].append(rt.author or "unknown")
        self.stance: dict[str, Tone] = {}
        self.forecasts: dict[str, list[dict]] = {}
        self.fc_by_post: dict[str, list[dict]] = defaultdict(list)
        self.claims: dict[str, list[dict]] = {}
        self.claims_by_post: dict[str, list[dict]] = defaultdict(list)
        for a in analyses:
            here = files[a.thread.id]
            self.stance.update(_tones(stance_parts(a).stance))
            rows, seen = [], Counter()
            for r in _records(a.forecasts):
                pid = str(r["post_id"])
                r["anchor"] = anchor("forecast", f"{pid}-{seen[pid]}")
                r["seq"] = seen[pid]             # its place among its post's forecasts, as the ledger counts
                r["file"] = here
                seen[pid] += 1
                rows.append(r)
                self.fc_by_post[pid].append(r)
            self.forecasts[a.thread.id] = rows
            rows, seen = [], Counter()
            for r in _records(a.claims):
                pid = str(r["post_id"])
                r["anchor"] = anchor("claim", f"{pid}-{seen[pid]}")
                seen[pid] += 1
                rows.append(r)
                self.claims_by_post[pid].append(r)
            self.claims[a.thread.id] = rows
        self.orders: dict[str, ReplyOrder] = {}
        self.parts: dict[str, list[Part]] = {}
        if page_posts:
            for a in analyses:
                if len(a.thread.by_id) > page_posts:
                    self._split(a.thread, page_posts)

    def _split(self, thread, size: int) -> None:
        """Cut a conversation's tree into pages of ``size`` nodes in reading
        order; its posts link to the page that draws them."""
        order = self.reply_order(thread).order
        if len(order) <= size:
            return
        first = self.files[thread.id]
        parts = []
        for k, start in enumerate(range(0, len(order), size), 1):
            run = order[start:start + size]
            parts.append(Part(k, first if k == 1 else part_file(first, k), frozenset(run), start + 1,
                              start + len(run)))
            if k > 1:
                for pid in run:
                    if pid in thread.by_id and self.post_file.get(pid) == first:
                        self.post_file[pid] = parts[-1].file
        self.parts[thread.id] = parts

    def reply_order(self, thread) -> ReplyOrder:
        found = self.orders.get(thread.id)
        if found is None:
            found = self.orders[thread.id] = reply_order(thread)
        return found

    def pager(self, thread, number: int, here: str) -> dict | None:
        """The links between the pages of a split conversation, as seen from
        part ``number`` (None for a conversation on one page)."""
        parts = self.parts.get(thread.id)
        if not parts:
            return None
        total = parts[-1].last
        now = parts[number - 1]
        pages = [{"number": p.number, "href": None if p.number == number else p.file,
                  "label": str(p.number), "range_label": f"posts {p.first:,}–{p.last:,}"} for p in parts]
        return {"part": number, "parts": len(parts), "pages": pages,
                "label": (f"Page {number} of {len(parts)}: posts {now.first:,}–{now.last:,} of the "
                          f"{total:,} in this conversation's tree, in reading order (missing posts count), "
                          f"{len(parts[0].nodes):,} a page"),
                "prev": parts[number - 2].file if number > 1 else None,
                "next": parts[number].file if number < len(parts) else None}

    # links -----------------------------------------------------------
    def href(self, target_file: str | None, frag: str, here: str) -> str | None:
        if target_file is None:
            return None
        return f"#{frag}" if target_file == here else f"{target_file}#{frag}"

    def post_href(self, pid: str | None, here: str) -> str | None:
        return self.href(self.post_file.get(pid), anchor("post", pid), here) if pid else None

    def forecast_href(self, row: dict, here: str) -> str:
        return self.href(row["file"], row["anchor"], here)

    def name_of(self, handle: str | None) -> str | None:
        return self.names.get(handle) if handle else None

    def holder(self, holder: str | None) -> dict:
        return {"holder": holder, "holder_label": person(holder), "holder_name": self.name_of(holder)}

    # ----------------------------------------------------------------
    def page(self, analyses: list, here: str, index: str | None = None) -> dict:
        return Page(self, analyses, here, index).context()

    def part(self, analysis, number: int, index: str | None = None) -> dict:
        """The context of part ``number`` (2 or more) of a split conversation."""
        return Page(self, [analysis], self.parts[analysis.thread.id][number - 1].file, index).part_context(number)

    def index(self, here: str = "index.html") -> dict:
        rows = []
        for a in self.analyses:
            t = a.thread
            s = t.summary
            root = t.root
            fcs = self.forecasts[t.id]
            rows.append({
                "id": t.id, "href": self.files[t.id],
                "root_author": s["root_author"], "root_label": person(s["root_author"]),
                "root_name": self.name_of(s["root_author"]), "root_text": excerpt(root.body if root else "", 110),
                "first": iso_time(s["first"]), "first_label": day_label(as_date(s["first"])),
                "posts": s["posts"], "participants": s["participants"], "depth": s["depth"],
                "missing": s["missing"], "forecasts": len(fcs), "claims": len(self.claims[t.id]),
                "propositions": sorted({r["proposition"] for r in fcs if r.get("proposition")}),
            })
        totals = {"conversations": len(rows), "posts": sum(r["posts"] for r in rows),
                  "forecasts": sum(r["forecasts"] for r in rows), "claims": sum(r["claims"] for r in rows)}
        return {"schema": SCHEMA, "kind": "index", "title": "threadscope report: "
                + plural(len(rows), "conversation"), "lang": "en", "generator": self.generator(),
                "heading": plural(len(rows), "conversation"),
                "dek": " · ".join([plural(totals["posts"], "post"), plural(totals["forecasts"], "forecast"),
                                   plural(totals["claims"], "claim")]),
                "conversations": rows, "totals": totals, "provenance": self.provenance(),
                "sections": [{"anchor": "conversations", "label": "Conversations"},
                             {"anchor": "provenance", "label": "Provenance"}]}

    def generator(self) -> dict:
        return {"name": "threadscope", "version": __version__, "generated_at": iso_time(self.generated_at),
                "generated_label": time_label(self.generated_at), "python": platform.python_version()}

    def problems(self) -> dict:
        problems = list(getattr(self.corpus, "problems", []) or [])
        by_kind: Counter = Counter()
        for p in problems:
            by_kind[(p.severity, re.split(r"[:(]", p.reason, maxsplit=1)[0].strip() or p.reason)] += 1
        errors = sum(1 for p in problems if p.severity == "error")
        warnings = len(problems) - errors
        return {"total": len(problems), "errors": errors, "warnings": warnings,
                "label": f"{plural(len(problems), 'problem')}: {plural(errors, 'record')} not loaded, "
                         f"{plural(warnings, 'warning')}",
                "kinds": [{"severity": sev, "reason": reason, "count": n}
                          for (sev, reason), n in by_kind.most_common()]}

    def provenance(self, threads: list | None = None) -> dict:
        """Files, problems, version, time and the spec's rules. With
        ``threads`` (a page of a multi-page report), only the files its posts
        come from are listed; the index lists them all."""
        corpus = self.corpus
        everything = list(getattr(corpus, "sources", None) or [])
        chosen, caption = everything, "What was read, with each file's SHA-256 checksum"
        if threads is not None and len(everything) > 1:
            used = {_LOCATION.sub("", p.source) for t in threads for p in [*t.by_id.values(), *t.retweets]}
            chosen = [s for s in everything if s.path in used]
            caption = (f"The {plural(len(chosen), 'file')} this page's posts come from, of "
                       f"{plural(len(everything), 'file')} read (the index lists them all), with SHA-256 checksums")
        sources = [{"path": s.path, "format": s.format, "sha256": s.sha256, "bytes": s.bytes,
                    "bytes_label": _bytes_label(s.bytes), "records": s.records, "posts": s.posts,
                    "problems": s.problems, "notes": list(s.notes)} for s in chosen]
        problems = list(getattr(corpus, "problems", []) or [])
        listed = [{"where": p.where(), "severity": p.severity, "reason": p.reason} for p in problems[:PROBLEMS_LISTED]]
        skipped = [{"source": s.source, "reason": s.reason} for s in (getattr(corpus, "skipped", None) or [])]
        stance = any(stance_parts(a).stance is not None for a in self.analyses)
        label = f"Every problem found while reading ({len(problems)})"
        if len(problems) > PROBLEMS_LISTED:
            label = f"The first {PROBLEMS_LISTED} of {len(problems)} problems found while reading"
        shown = _visible(sources, "file")
        return {"known": corpus is not None, "sources": sources[:TABLE_MAX], "sources_caption": caption,
                "sources_visible": shown["visible"], "sources_more_label": shown["more_label"],
                "skipped": skipped[:SKIPPED_LISTED],
                "skipped_more": (f"and {plural(len(skipped) - SKIPPED_LISTED, 'more file')}"
                                 if len(skipped) > SKIPPED_LISTED else ""),
                "problems": listed, "problems_total": len(problems), "problems_label": label,
                "problem_kinds": self.problems()["kinds"], "rules": SPEC_RULES, "generator": self.generator(),
                "schema": SCHEMA, "stance_computed": stance,
                "sources_note": "The input files are not known: this report was made from analyses passed in "
                                "Python without their corpus.",
                "stance_note": ("Stance (support, deny, query, comment: the RumourEval scheme) is each reply's "
                                "stance toward the post it answers; sentiment is VADER's compound score, -1 to +1."
                                if stance else "Stance and sentiment were not computed for this input.")}


_LOCATION = re.compile(r"(:\d+|#\d+)$")


def _bytes_label(n: int) -> str:
    for size, unit in ((1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"
