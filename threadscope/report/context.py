"""The context of one report page: every word, figure, link and coordinate
a template prints, built from the Analyses, section by section (overview,
forecasts with their timelines and statuses, the scoreboard when a ledger
resolved some, claims, conversation, participants with the agreement graph,
provenance). The context is plain JSON data:
``threadscope report --format json`` writes it as is. What spans pages
(which page holds each post, anchors, files) is :class:`.site.Site`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import networkx as nx

from ..corpus import posts_and_retweets
from ..stance.agreement import net
from ..stance.sentiment import label_of
from . import svg
from .text import (anchor, as_date, day_label, duration_label, excerpt, is_handle, isolate, iso_time,
                          percent, person, plural, span_label, summary_sentences, unit_label, value_label,
                          window_label, x_url)
from .tree import STANCES, TreeParts, _int, _records

SCHEMA = "threadscope.report/1"
PAIRS_LISTED = 25
BIG_THREAD = 1000     # posts from which the browser may defer laying out branches (CSS .conv.big)
TABLE_ROWS = 50       # rows a long table shows; the rest sit in a closed <details>
TABLE_SLACK = 10      # ... unless only a few more would be hidden
TABLE_MAX = 10_000    # rows a page's table holds at most (its count says how many there are)
TABLE_COMMANDS = {"forecast": "threadscope predictions", "claim": "threadscope claims",
                  "participant": "threadscope participants"}
LONG_TABLE = 25       # rows from which the browser may defer laying out a table (CSS .table-wrap.long)
DATA_FIELDS = ["post_id", "holder", "proposition", "window_start", "window_end", "confidence", "relative_to",
               "vague", "anchor"]
SECTIONS = [("overview", "Overview"), ("forecasts", "Who predicted what"), ("claims", "Claims"),
            ("conversation", "The conversation"), ("participants", "Participants"), ("provenance", "Provenance")]
SCOREBOARD = ("scoreboard", "Who was right")     # after the forecasts, on a page with resolved forecasts


@dataclass
class StanceParts:
    """An Analysis' stance findings; None where they were not computed."""

    stance: Any = None
    agreement: Any = None
    agreement_graph: Any = None
    participant_stance: Any = None


def stance_parts(analysis) -> StanceParts:
    """The one place that tolerates an Analysis without stance findings."""
    return StanceParts(getattr(analysis, "stance", None), getattr(analysis, "agreement", None),
                       getattr(analysis, "agreement_graph", None), getattr(analysis, "participant_stance", None))


class Page(TreeParts):
    """The context of one page: some conversations of the site."""

    def __init__(self, site, analyses: list, here: str, index: str | None):
        self.site = site
        self.analyses = analyses
        self.here = here
        self.index_href = index
        self.ids: set[str] = set()          # html ids given out on this page
        self.placeholders: dict[str, str] = {}

    # ---------------------------------------------------------------- sections
    def forecasts(self) -> dict:
        site = self.site
        rows_all = [r for a in self.analyses for r in site.forecasts[a.thread.id]]
        by_prop: dict[str, list[dict]] = {}
        disagreements = []
        for r in rows_all:
            post = site.posts.get(str(r["post_id"]))
            posted = as_date(post.created_at) if post is not None else None
            row = {
                "anchor": self._id(r["anchor"]) or r["anchor"], "post_id": r["post_id"],
                "post_href": self.post_href(str(r["post_id"])), "author": r["author"],
                "author_label": person(r["author"]), **site.holder(r["holder"]),
                "reported_by": person(r["author"]) if r["holder"] != r["author"] else None,
                "quote": r["quote"], "event": r["event"], "proposition": r["proposition"],
                "window_start": r["window_start"], "window_end": r["window_end"],
                "window": window_label(r["window_start"], r["window_end"], posted, bool(r["vague"])),
                "confidence": r["confidence"], "confidence_label": percent(r["confidence"]),
                "polarity": r["polarity"], "relative_to": r["relative_to"], "vague": bool(r["vague"]),
                "posted": posted.isoformat() if posted else None, "posted_label": day_label(posted),
                "answers": None, "x_url": x_url(str(r["post_id"])), **site.standing.of(r, post),
            }
            if r["relative_to"]:
                targets = site.fc_by_post.get(str(r["relative_to"]), [])
                target = next((t for t in targets if t["proposition"] == r["proposition"]), None) or (
                    targets[0] if targets else None)
                if target is not None:
                    tpost = site.posts.get(str(target["post_id"]))
                    twin = window_label(target["window_start"], target["window_end"],
                                        as_date(tpost.created_at) if tpost else None, bool(target["vague"]))
                    row["answers"] = {"href": site.forecast_href(target, self.here), "anchor": target["anchor"],
                                      "label": f"{person(target['holder'])}'s {twin}", "holder": target["holder"]}
                    same = (target["window_start"], target["window_end"]) == (r["window_start"], r["window_end"])
                    mine = f"{row['window']} ({row['confidence_label']})"
                    if same:
                        text = f"{person(r['holder'])} agreed with {person(target['holder'])}: {twin}."
                    elif _before(r["window_end"], target["window_start"]):
                        text = f"{person(r['holder'])} said sooner than {person(target['holder'])}'s {twin}: {mine}."
                    elif _before(target["window_end"], r["window_start"]):
                        text = f"{person(r['holder'])} said later than {person(target['holder'])}'s {twin}: {mine}."
                    else:
                        text = f"{person(r['holder'])} answered {person(target['holder'])}'s {twin} with {mine}."
                    disagreements.append({"same": same, "sentence": text})
                else:
                    row["answers"] = {"href": self.post_href(str(r["relative_to"])), "anchor": None,
                                      "label": "the post it answers", "holder": None}
            by_prop.setdefault(r["proposition"] or "?", []).append(row)
        props = []
        for pid, rows in sorted(by_prop.items(), key=lambda kv: (-len(kv[1]), _prop_key(kv[0]))):
            uid = anchor("timeline", pid)
            spans = []
            for row in rows:
                label = f"{row['window']} · {row['confidence_label']}"
                if row["answers"] and row["answers"]["holder"]:
                    label += f" · against {person(row['answers']['holder'])}"
                if row["reported_by"]:
                    label += f" · via {row['reported_by']}"
                if row["status_label"]:
                    label += f" · {row['status_label']}"
                spans.append(svg.Span(
                    key=row["anchor"], row=row["holder"] or "?", row_label=row["holder_label"],
                    start=as_date(row["window_start"]), end=as_date(row["window_end"]),
                    posted=as_date(row["posted"]), confidence=row["confidence"], label=label,
                    title=f"{row['holder_label']}: {row['window']}, {row['confidence_label']}"
                          + (f", {row['status_label']} ({row['status_note']})" if row["status_label"] else "")
                          + f" — “{excerpt(row['quote'], 80)}”",
                    href=f"#{row['anchor']}",
                    answers=row["answers"]["anchor"] if row["answers"] else None,
                    status=row["result"] or row["status"]))
            holders = len({r["holder"] for r in rows})
            today = site.standing.today
            drawing = svg.timeline(spans, uid, today=today)
            narrow = svg.timeline(spans, uid + "-n", compact=True, today=today)
            if drawing is not None:
                drawing["dropped_label"] = (f"{plural(drawing['dropped'], 'more forecast')} are in the table only "
                                            f"(the drawing shows {svg.TL_MAX_ROWS} holders, {svg.TL_MAX_LANES} "
                                            "forecasts each, at most)." if drawing["dropped"] else "")
                narrow["dropped_label"] = drawing["dropped_label"]
            props.append({"id": pid, "anchor": self._id(anchor("proposition", pid)) or anchor("proposition", pid),
                          "event": isolate(rows[0]["event"] or "(event not named)"), "count": len(rows),
                          "count_label": plural(len(rows), "forecast"), "holders": holders,
                          "summary_label": f"{plural(len(rows), 'forecast')} by {plural(holders, 'holder')}",
                          "rows": rows, **_visible(rows, "forecast"), "timeline": drawing,
                          "timeline_compact": narrow})
        disagreements.sort(key=lambda d: d["same"])
        rows = [row for p in props for row in p["rows"]]
        return {"count": len(rows_all), "propositions": props, "disagreements": disagreements,
                "empty_label": "No forecasts were found in "
                               + ("these conversations." if len(self.analyses) > 1 else "this conversation."),
                **site.standing.today_view(), "ledger": site.standing.ledger_view(rows)}

    def scoreboard(self, forecasts: dict) -> dict | None:
        rows = [row for p in forecasts["propositions"] for row in p["rows"]]
        board = self.site.standing.scoreboard(rows, self.site.holder)
        if board is not None:
            board["heading"] = SCOREBOARD[1]
        return board

    def claims(self) -> dict:
        rows = []
        for a in self.analyses:
            for r in self.site.claims[a.thread.id]:
                rows.append({
                    "anchor": self._id(r["anchor"]) or r["anchor"], "post_id": r["post_id"],
                    "post_href": self.post_href(str(r["post_id"])), "author": r["author"],
                    "author_label": person(r["author"]), "subject": r.get("subject"), "measure": r.get("measure"),
                    "value": r.get("value"), "value_label": value_label(r.get("value"), r.get("unit")),
                    "unit": r.get("unit"), "unit_label": unit_label(r.get("unit")),
                    "compared_to": r.get("compared_to"), "quote": r.get("quote"), "kind": r.get("kind"),
                })
        return {"count": len(rows), "rows": rows, **_visible(rows, "claim"),
                "caption": f"{plural(len(rows), 'numeric claim')}, in the order of the conversation",
                "empty_label": "No numeric claims (benchmark scores, sizes, money, statistics) were found."}

    def participants(self, forecasts: dict) -> dict:
        rows: dict[str, dict] = {}
        computed = False
        for a in self.analyses:
            for r in _records(a.thread.participants):
                user = r["user"]
                row = rows.get(user)
                if row is None:
                    row = rows[user] = {**self._person(user, r.get("name")),
                                        "user": user, "posts": 0, "replies_sent": 0, "replies_received": 0,
                                        "quotes_received": 0, "root": False, "forecasts": 0,
                                        "stance": None, "stance_bar": [], "mean_sentiment": None,
                                        "sentiment_label": None, "negative_share": None, "_sent": 0.0, "_n": 0,
                                        "_neg": 0.0, "_negn": 0}
                row["posts"] += _int(r["posts"])
                row["replies_sent"] += _int(r["replies_sent"])
                row["replies_received"] += _int(r["replies_received"])
                row["quotes_received"] += _int(r["quotes_received"])
                row["root"] = row["root"] or bool(r["is_root_author"])
            ps = stance_parts(a).participant_stance
            if ps is None:
                continue
            computed = True
            for r in _records(ps):
                row = rows.get(r["author"])
                if row is None:
                    continue
                row["stance"] = row["stance"] or dict.fromkeys(STANCES, 0)
                for k in STANCES:
                    row["stance"][k] += _int(r.get(k))
                n = _int(r.get("posts")) or 1
                if r.get("mean_sentiment") is not None:
                    row["_sent"] += float(r["mean_sentiment"]) * n
                    row["_n"] += n
                if r.get("negative_share") is not None:
                    row["_neg"] += float(r["negative_share"]) * n
                    row["_negn"] += n
        for prop in forecasts["propositions"]:
            for f in prop["rows"]:
                if f["holder"] in rows:
                    rows[f["holder"]]["forecasts"] += 1
        out = []
        for row in rows.values():
            sent, n = row.pop("_sent"), row.pop("_n")
            neg, negn = row.pop("_neg"), row.pop("_negn")
            if negn:
                row["negative_share"] = round(neg / negn, 2)
            if n:
                row["mean_sentiment"] = round(sent / n, 2)
                row["sentiment_label"] = label_of(row["mean_sentiment"])
            row["sentiment_text"] = (f"{row['mean_sentiment']:+.2f} {row['sentiment_label']}"
                                     if row["mean_sentiment"] is not None else "—")
            row["stance_text"], row["stance_sort"] = "—", ""
            if row["stance"]:
                total = sum(row["stance"].values())
                row["stance_text"] = ", ".join(f"{row['stance'][k]} {k}" for k in STANCES if row["stance"][k]) or "—"
                row["stance_sort"] = round((row["stance"]["support"] - row["stance"]["deny"]) / total, 3) if total else 0
                x = 0.0
                for k in STANCES:
                    if row["stance"][k] and total:
                        w = 60 * row["stance"][k] / total
                        row["stance_bar"].append({"cls": k, "x": round(x, 1), "w": round(w, 1),
                                                  "label": f"{row['stance'][k]} {k}"})
                        x += w
            out.append(row)
        out.sort(key=lambda r: (-r["posts"], -r["replies_received"], str(r["user"]).lower()))
        return {"rows": out[:TABLE_MAX], **_visible(out, "participant"), "stance_computed": computed,
                "agreement": self.agreement(rows),
                "caption": f"{plural(len(out), 'participant')}, most active first"
                           + ("; stance counts are toward the conversation's root post" if computed else "")}

    def agreement(self, people: dict[str, dict]) -> dict:
        computed = [stance_parts(a) for a in self.analyses]
        have = [p.agreement_graph for p in computed if p.agreement_graph is not None]
        g = nx.DiGraph()
        keys = STANCES + ("weight",) if have else ("replies", "quotes", "weight")
        graphs = have if have else [a.thread.participant_graph for a in self.analyses]
        for sg in graphs:
            g.add_nodes_from(sg.nodes)
            for u, v, d in sg.edges(data=True):
                if not g.has_edge(u, v):
                    g.add_edge(u, v, **dict.fromkeys(keys, 0))
                for k in keys:
                    g[u][v][k] += _int(d.get(k))
        sizes = {u: r["posts"] for u, r in people.items()}
        root_authors = [a.thread.summary["root_author"] for a in self.analyses[:1]]
        drawing = svg.agreement_graph(g, sizes, highlight=root_authors[0] if root_authors else None)
        pairs = []
        frames = [p.agreement for p in computed if p.agreement is not None]
        if frames:
            acc: dict[tuple, dict] = {}
            for df in frames:
                for r in _records(df):
                    k = (r["source"], r["target"])
                    row = acc.setdefault(k, {"source": r["source"], "target": r["target"],
                                             **dict.fromkeys(STANCES + ("total", "net"), 0)})
                    for c in STANCES + ("total",):
                        row[c] += _int(r.get(c))
            for row in acc.values():
                row["net"] = net(row["support"], row["deny"], row["total"])
            pairs = sorted(acc.values(), key=lambda r: (-r["total"], -r["deny"], r["source"], r["target"]))
        elif not have:
            pairs = [{"source": u, "target": v, "replies": d["replies"], "quotes": d["quotes"], "total": d["weight"]}
                     for u, v, d in g.edges(data=True)]
            pairs.sort(key=lambda r: (-r["total"], r["source"], r["target"]))
        for p in pairs:
            p["source_label"], p["target_label"] = person(p["source"]), person(p["target"])
        if drawing is not None:
            for n in drawing["nodes"]:
                n["title"] = f"{person(n['id'])}: {plural(n['posts'], 'post')}" + (
                    ", started the conversation" if n["root"] else "")
            for e in drawing["edges"]:
                c = e["counts"]
                what = (", ".join(f"{c[k]} {k}" for k in STANCES if c[k]) if have else
                        ", ".join(plural(c[k], w) for k, w in (("replies", "reply"), ("quotes", "quote")) if c[k]))
                e["title"] = f"{person(e['source'])} → {person(e['target'])}: {what or 'no labelled replies'}"
        if have:
            columns = [{"key": k, "label": k} for k in STANCES] + [{"key": "total", "label": "total"},
                                                                   {"key": "net", "label": "net"}]
            heading = "Who agreed with whom"
            caption = "Pairs with the most replies, and how those replies treated the post they answered"
        else:
            columns = [{"key": "replies", "label": "replies"}, {"key": "quotes", "label": "quotes"},
                       {"key": "total", "label": "total"}]
            heading = "Who answered whom"
            caption = "Pairs with the most replies and quotes from one to the other"
        shown = ""
        if drawing is not None and drawing["shown"] < drawing["total"]:
            shown = f"The {drawing['shown']} most active of {drawing['total']} participants are drawn."
        if len(pairs) > PAIRS_LISTED:
            caption += f" (the top {PAIRS_LISTED} of {len(pairs)})"
        return {"computed": bool(have), "graph": drawing, "pairs": pairs[:PAIRS_LISTED], "pairs_total": len(pairs),
                "columns": columns, "heading": heading, "pairs_caption": caption, "shown_label": shown,
                "graph_label": (f"{plural(drawing['shown'], 'participant')}, arrows from the one who answers to "
                                "the one answered" if drawing else "")}

    def stance_summary(self, agreement: dict) -> dict | None:
        frames = [stance_parts(a).stance for a in self.analyses]
        frames = [f for f in frames if f is not None]
        if not frames:
            return None
        counts = dict.fromkeys(STANCES, 0)
        for df in frames:
            for r in _records(df):
                if r.get("stance") in counts:
                    counts[r["stance"]] += 1
        top = None
        if agreement["computed"] and agreement["pairs"]:
            best = max(agreement["pairs"], key=lambda r: (r.get("deny", 0), -len(r["source"])))
            if best.get("deny"):
                top = {"source": best["source"], "target": best["target"], "deny": best["deny"]}
        return {"counts": counts, "top_deny": top}

    def unplaced_retweets(self) -> int:
        """Retweets of posts the input lacks belong to no conversation; a
        page holding every conversation of its corpus counts them, so its
        header says what the command line says."""
        counts = getattr(self.site.corpus, "counts", None)
        if not counts or not counts.unplaced:
            return 0
        here = {a.thread.id for a in self.analyses}
        return counts.unplaced if all(t.id in here for t in self.site.corpus.threads) else 0

    def _conversation(self, t, number: str, part: int) -> dict:
        """One conversation of the page with its reply tree (part ``part``
        of it when the site splits it across pages)."""
        s = t.summary
        parts = self.site.parts.get(t.id)
        heading = f"{number}Started by {person(s['root_author'])}, {day_label(as_date(s['first']))}"
        dek = (f"{plural(s['posts'], 'post')} · {plural(s['participants'], 'participant')} · "
               f"{span_label(s['first'], s['last'])}" + (f" · {s['missing']} missing" if s["missing"] else ""))
        return {"id": t.id, "anchor": self._id(anchor("conversation", t.id)),
                "root_label": person(s["root_author"]), "posts": s["posts"],
                "participants": s["participants"], "depth": s["depth"], "missing": s["missing"],
                "first_label": day_label(as_date(s["first"])), "span": span_label(s["first"], s["last"]),
                "heading": heading, "dek": dek, "big": s["posts"] > BIG_THREAD,
                "tree": self.tree(t, parts[part - 1].nodes if parts else None),
                "pager": self.site.pager(t, part, self.here)}

    def part_context(self, number: int) -> dict:
        """Part ``number`` (2 or more) of a conversation split across pages:
        its run of the reply tree, between links to the other parts; the
        findings are on part 1."""
        site = self.site
        a = self.analyses[0]
        t = a.thread
        conversation = self._conversation(t, "", number)
        title, heading = _title(t)
        pages = len(site.parts[t.id])
        return {
            "schema": SCHEMA, "kind": "part", "lang": "en",
            "title": f"threadscope report: {title}, page {number} of {pages}",
            "heading": heading, "index_href": self.index_href, "page_href": site.parts[t.id][0].file,
            "dek": f"page {number} of {pages} · {conversation['dek']}",
            "notes": {"stance": "" if stance_parts(a).stance is not None
                      else " (stance was not computed for this input)"},
            "sections": [{"anchor": "conversation", "label": "The conversation"}],
            "generator": site.generator(), "conversations": [conversation],
            "data": {"schema": SCHEMA, "version": site.generator()["version"], "conversations": [t.id],
                     "part": number},
        }

    # ---------------------------------------------------------------- page
    def context(self) -> dict:
        site = self.site
        threads = [a.thread for a in self.analyses]
        conversations = []
        for i, t in enumerate(threads):        # trees first: they hand out the post anchors
            conversations.append(self._conversation(t, f"{i + 1}. " if len(threads) > 1 else "", 1))
        forecasts = self.forecasts()
        scoreboard = self.scoreboard(forecasts)
        claims = self.claims()
        participants = self.participants(forecasts)
        stance = self.stance_summary(participants["agreement"])
        firsts = [t.summary["first"] for t in threads if t.summary["first"]]
        lasts = [t.summary["last"] for t in threads if t.summary["last"]]
        first, last = (min(firsts), max(lasts)) if firsts else (None, None)
        people = {key for t in threads for key in t.participant_keys}
        main = threads[0] if threads else None
        root = conversations[0]["tree"]["root"] if conversations else None
        root_view = None
        if root is not None:
            root_view = {k: root[k] for k in ("id", "role", "author", "author_label", "name", "initials", "avatar",
                                              "created_at", "time", "text", "segments", "lang", "reason", "x_url")}
            root_view["href"] = f"#{root['anchor']}" if root["anchor"] else None
        ms = main.summary if main is not None else {}
        overview = {
            "root": root_view, "conversations": len(threads),
            "main": {"posts": ms.get("posts", 0), "participants": ms.get("participants", 0),
                     "depth": ms.get("depth", 0), "duration": duration_label(ms.get("first"), ms.get("last"))},
            "posts": sum(len(t.by_id) for t in threads), "participants": len(people),
            "depth": max((t.summary["depth"] for t in threads), default=0),
            "missing": sum(len(t.missing) for t in threads),
            "retweets": sum(len(t.retweets) for t in threads) + self.unplaced_retweets(),
            "first": iso_time(first), "last": iso_time(last), "span": span_label(first, last),
            "duration": duration_label(first, last), "problems": site.problems(),
            "propositions": [{"id": p["id"], "event": p["event"], "count": p["count"],
                              "count_label": p["count_label"], "href": f"#{p['anchor']}"}
                             for p in forecasts["propositions"]],
        }
        overview["summary"] = summary_sentences(overview, forecasts["propositions"], claims["rows"], stance,
                                                [d for d in forecasts["disagreements"] if not d["same"]])
        overview["posts_label"] = posts_and_retweets(overview["posts"], overview["retweets"])
        overview["figures"] = [
            {"label": "Posts", "value": f"{overview['posts']:,}", "href": None},
            *([{"label": "Retweets", "value": f"{overview['retweets']:,}", "href": None}]
              if overview["retweets"] else []),
            {"label": "Participants", "value": f"{overview['participants']:,}", "href": None},
            {"label": "Deepest reply chain", "value": str(overview["depth"]), "href": None},
            {"label": "Missing posts", "value": str(overview["missing"]), "href": None},
            {"label": "Forecasts", "value": str(forecasts["count"]), "href": "#forecasts"},
            {"label": "Claims", "value": str(claims["count"]), "href": "#claims"},
            {"label": "Input problems", "value": str(overview["problems"]["total"]), "href": "#provenance"},
        ]
        if len(threads) > 1:
            overview["figures"].insert(0, {"label": "Conversations", "value": str(len(threads)),
                                           "href": "#conversation"})
        title, heading = _title(main) if main is not None else ("empty input", "No conversations")
        for table in (*forecasts["propositions"], claims):
            table["rows"] = table["rows"][:TABLE_MAX]
        return {
            "schema": SCHEMA, "kind": "page", "lang": "en",
            "title": f"threadscope report: {title}" + (f" (+{len(threads) - 1} more)" if len(threads) > 1 else ""),
            "heading": heading, "index_href": self.index_href,
            "dek": " · ".join([overview["span"], overview["posts_label"],
                               plural(overview["participants"], "participant")]
                              + ([plural(len(threads), "conversation")] if len(threads) > 1 else [])),
            "notes": {"stance": "" if stance else " (stance was not computed for this input)"},
            "sections": [{"anchor": a, "label": label} for a, label in _sections(scoreboard is not None)],
            "generator": site.generator(), "overview": overview, "forecasts": forecasts, "scoreboard": scoreboard,
            "claims": claims,
            "conversations": conversations, "participants": participants, "stance": stance,
            "provenance": site.provenance(threads if self.index_href else None),
            "data": {"schema": SCHEMA, "version": site.generator()["version"],
                     "conversations": [t.id for t in threads],
                     "forecast_fields": DATA_FIELDS,
                     "forecasts": [[r[k] for k in DATA_FIELDS] for t in threads for r in site.forecasts[t.id]]},
        }


def _title(thread) -> tuple[str, str]:
    """A conversation's page title and heading."""
    s = thread.summary
    title = f"@{s['root_author']}" if is_handle(s["root_author"]) else (s["root_author"] or "Conversation")
    return f"{title}, {day_label(as_date(s['first']))}", f"Conversation started by {person(s['root_author'])}"


def _sections(scoreboard: bool) -> list[tuple[str, str]]:
    """The page's sections, the scoreboard after the forecasts when there is one."""
    return SECTIONS[:2] + [SCOREBOARD] + SECTIONS[2:] if scoreboard else SECTIONS


def _visible(rows: list, word: str) -> dict:
    """How many rows a table shows before the rest go under "N more". A
    table holds at most TABLE_MAX rows, so no page of a huge conversation
    carries tens of thousands (the command line tables have them all); the
    callers cut the rows, the forecast and claim tables only once the page
    is built, in :meth:`Page.context` (the scoreboard and summary count
    every row)."""
    held = rows[:TABLE_MAX]
    shown = len(held) if len(held) <= TABLE_ROWS + TABLE_SLACK else TABLE_ROWS
    more = len(held) - shown
    label = f"Show {plural(more, 'more ' + word)}" if more else ""
    if len(rows) > len(held):
        command = TABLE_COMMANDS.get(word)
        label += (f" (the first {len(held):,} of {len(rows):,}"
                  + (f"; every one is in the output of {command})" if command else ")"))
        label = label.strip()
    return {"visible": shown, "more_label": label, "long": shown >= LONG_TABLE}


def _before(end, start) -> bool:
    """Whether a window ending at ``end`` ends before one starting at ``start``."""
    return bool(end and start and str(end) < str(start))


def _prop_key(pid: str):
    m = re.match(r"^([A-Za-z]*)(\d+)$", pid or "")
    return (m.group(1), int(m.group(2))) if m else (pid, 0)
