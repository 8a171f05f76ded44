"""The conversation as the report draws it: each post's card (author, time,
text cut around its links, stance, sentiment, quotes, reposts, the forecasts
and claims it states) and the reply tree around it.

Big threads stay usable: the tree nests MAX_INDENT levels at most (deeper
replies continue as a flat list, each saying whom it answers), a post shows
CHILD_PAGE replies before "N more replies", and only branches of at most
OPEN_BRANCH posts start open. The tree is built without recursion past
MAX_INDENT, so a chain thousands of replies deep is fine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ..export import table_records
from .text import (anchor, as_date, avatar, excerpt, initials, iso_time, lang_tag, percent, person, plural,
                          safe_href, segments, short_url, time_label, value_label, window_label, x_url)

OPEN_BRANCH = 30      # a post's replies show open when its branch holds at most this many posts
MAX_INDENT = 6        # nesting levels drawn; deeper replies continue as a flat list
CHILD_PAGE = 40       # replies shown before "N more replies"
STANCES = ("support", "deny", "query", "comment")


def _py(v):
    """A plain Python value (no numpy scalars, NaN or NA)."""
    if v is None:
        return None
    try:
        if v != v:
            return None
    except (TypeError, ValueError):
        return None
    if hasattr(v, "item"):
        v = v.item()
    if type(v).__name__ == "NAType":
        return None
    return v


def _int(v) -> int:
    v = _py(v)
    return int(v) if v is not None else 0


def _records(df) -> list[dict]:
    if df is None or not len(df):
        return []
    return [{k: _py(v) for k, v in r.items()} for r in table_records(df)]


def _time_key(p):
    return (p.created_at is None, p.created_at or datetime.max.replace(tzinfo=timezone.utc), p.id)


class TreeParts:
    """The post cards and reply trees of a page (mixed into ``report_context.Page``,
    which sets ``site``, ``here``, ``ids`` and ``placeholders``)."""

    def _id(self, frag: str) -> str | None:
        if frag in self.ids:
            return None
        self.ids.add(frag)
        return frag

    def post_href(self, pid: str | None) -> str | None:
        if not pid:
            return None
        found = self.site.post_href(pid, self.here)
        if found is None and pid in self.placeholders:
            return f"#{self.placeholders[pid]}"
        return found

    def _person(self, handle: str | None, name: str | None = None) -> dict:
        name = name or self.site.name_of(handle)
        return {"author": handle, "author_label": person(handle) if handle else "unknown author", "name": name,
                "initials": initials(handle, name), "avatar": avatar(handle)}

    def node(self, pid: str, thread) -> dict:
        site = self.site
        post = thread.by_id.get(pid)
        role = "post" if post is not None else "external" if pid in thread.external else "missing"
        base = {"id": pid, "anchor": None, "role": role, "kind": None, "created_at": None, "time": None,
                "text": "", "segments": None, "lang": None, "stance": None, "sentiment": None,
                "sentiment_label": None, "reply_to": None, "quote": None, "quoted_by": [], "retweeted_by": [],
                "links": [], "forecasts": [], "claims": [], "x_url": None, "reason": None, "href": None,
                "metrics": None, "metrics_text": "", "sentiment_text": "", "replies": 0, "replies_label": "",
                "branch": 0, "open": False, "children": [], "more": [], "more_label": "", "flat": [],
                "continued": None}
        if role == "missing":
            m = thread.known_missing.get(pid)
            base.update(self._person(thread.placeholder_author(pid)))
            base["reason"] = m.reason if m is not None else "not in the export"
            base["anchor"] = self.placeholders.get(pid)
            return base
        if role == "external":
            other = thread.external[pid]
            base.update(self._person(other.author, other.author_name))
            base.update(created_at=iso_time(other.created_at), time=time_label(other.created_at),
                        text=excerpt(other.body, 140), href=self.post_href(pid), x_url=x_url(pid))
            return base
        base.update(self._person(post.author, post.author_name))
        text = post.body
        base.update(anchor=self._id(anchor("post", pid)), kind=post.kind, created_at=iso_time(post.created_at),
                    time=time_label(post.created_at), text=text, segments=segments(text), lang=lang_tag(post.lang),
                    x_url=x_url(pid))
        st = site.stance.get(pid)
        if st is not None:
            base["stance"] = st.stance if st.stance in STANCES else None
            base["sentiment"] = round(float(st.sentiment), 2) if st.sentiment is not None else None
            base["sentiment_label"] = st.sentiment_label
            if base["sentiment"] is not None:
                base["sentiment_text"] = f"sentiment {base['sentiment']:+.2f}" + (
                    f" {base['sentiment_label']}" if base["sentiment_label"] else "")
        q = thread.quoted_id(post)
        if q:
            qp = site.posts.get(q)
            base["quote"] = {"id": q, "href": self.post_href(q), "x_url": x_url(q),
                             "author_label": person(qp.author if qp else thread.author_of(q)),
                             "excerpt": excerpt(qp.body, 120) if qp else None,
                             "missing": qp is None}
        base["quoted_by"] = [{"author_label": person(site.posts[i].author if i in site.posts else None),
                              "href": self.post_href(i)} for i in site.quoters.get(pid, [])]
        base["retweeted_by"] = [person(h) for h in site.retweeters.get(pid, [])]
        in_text = set(re.findall(r"https?://\S+", text))
        base["links"] = [{"text": short_url(u), "href": safe_href(u)} for u in post.urls
                         if u and not any(u in t for t in in_text)]
        base["forecasts"] = [{"href": site.forecast_href(r, self.here),
                              "label": f"{window_label(r['window_start'], r['window_end'], as_date(post.created_at), r['vague'])}"
                                       f" · {percent(r['confidence'])}"} for r in site.fc_by_post.get(pid, [])]
        base["claims"] = [{"href": f"#{r['anchor']}", "label": f"{r['measure'] or r['kind']} "
                                                           f"{value_label(r['value'], r['unit'])}"}
                          for r in site.claims_by_post.get(pid, [])][:4]
        metrics = {k: getattr(post, f"{k}_count") for k in ("like", "retweet", "reply", "quote")}
        base["metrics"] = {k: v for k, v in metrics.items() if v} or None
        if base["metrics"]:
            words = {"like": ("like", "likes"), "retweet": ("repost", "reposts"), "reply": ("reply", "replies"),
                     "quote": ("quote", "quotes")}
            base["metrics_text"] = " · ".join(plural(v, *words[k]) for k, v in base["metrics"].items())
        return base

    def tree(self, thread, keep: set[str] | None = None) -> dict:
        """The reply tree of one conversation, as nested nodes: MAX_INDENT
        levels deep at most (deeper replies continue as a flat list), at most
        CHILD_PAGE replies before "more", small branches open. ``keep``: the
        nodes of one part of a conversation split across pages (a run of
        :func:`reply_order`); a kept node whose parent is on another part
        says whom it answers, and one whose replies go on elsewhere links to
        them."""
        ro = self.site.reply_order(thread)
        ordered, branch = ro.ordered, ro.branch
        parents = thread.reply_parents
        post_of = thread.by_id
        tops = ro.tops if keep is None else [n for n in ro.order if n in keep and ro.parent.get(n) not in keep]
        for n in ro.order if keep is None else (n for n in ro.order if n in keep):
            if n not in post_of and n not in thread.external:
                if n not in self.placeholders:
                    frag = self._id(anchor("post", n)) or self._id(anchor("missing", n))
                    if frag:
                        self.placeholders[n] = frag

        def shown(n: str) -> list[str]:
            cs = ordered.get(n, ())
            return [c for c in cs if c not in placed] if keep is None else [c for c in cs if c in keep and c not in placed]

        def continued(n: str, node: dict) -> None:
            if keep is None:
                return
            away = [c for c in ordered.get(n, ()) if c not in keep]
            href = self.post_href(away[0]) if away else None
            if away and href:
                node["continued"] = {"label": plural(len(away), "more reply", "more replies") + " on another page",
                                     "href": href}

        placed: set[str] = set()

        def build(n: str, level: int) -> dict:
            placed.add(n)
            node = self.node(n, thread)
            children = shown(n)
            continued(n, node)
            node["replies"] = len(children)
            node["branch"] = branch.get(n, 0)
            node["open"] = level == 0 or node["branch"] <= OPEN_BRANCH
            node["replies_label"] = plural(len(children), "reply", "replies") + (
                f" · {plural(node['branch'], 'post')} in this branch" if node["branch"] > len(children) else "")
            if level < MAX_INDENT:
                built = [build(c, level + 1) for c in children if c not in placed]
                node["children"], node["more"] = built[:CHILD_PAGE], built[CHILD_PAGE:]
                node["more_label"] = plural(len(node["more"]), "more reply", "more replies") if node["more"] else ""
            else:
                flat, stack = [], list(reversed(children))
                while stack:
                    c = stack.pop()
                    if c in placed:
                        continue
                    placed.add(c)
                    item = self.node(c, thread)
                    item["reply_to"] = self._reply_to(thread, parents.get(c))
                    continued(c, item)
                    flat.append(item)
                    stack.extend(reversed(shown(c)))
                node["flat"] = flat
            return node

        built_tops = []
        for t in tops:
            if t not in placed:
                top = build(t, 0)
                if keep is not None and ro.parent.get(t) is not None:
                    top["reply_to"] = self._reply_to(thread, ro.parent[t])
                built_tops.append(top)
        if keep is not None:
            return {"root": None, "others": built_tops}
        return {"root": built_tops[0] if built_tops else None, "others": built_tops[1:]}

    def _reply_to(self, thread, parent: str | None) -> dict:
        return {"author_label": person(thread.author_of(parent)) if parent else "unknown",
                "href": self.post_href(parent)}



@dataclass(frozen=True)
class ReplyOrder:
    """A conversation's reply tree in reading order: ``ordered`` each
    node's replies by time, ``tops`` the nodes drawn at the top level (the
    root, then orphans and posts on a reply cycle), ``order`` every node in
    pre-order (what a page split cuts in runs), ``parent`` the node each is
    drawn under, ``branch`` the posts below each."""

    ordered: dict[str, list[str]]
    tops: list[str]
    order: list[str]
    parent: dict[str, str]
    branch: dict[str, int]


def reply_order(thread) -> ReplyOrder:
    """The reading order of a conversation's tree, without recursion (a
    chain can be thousands of replies deep). :class:`.site.Site` keeps one
    per conversation: it cuts pages from it and every page draws from it."""
    kids = thread.children
    parents = thread.reply_parents
    post_of = thread.by_id
    late = (True, datetime.max.replace(tzinfo=timezone.utc))

    def when(n):
        p = post_of.get(n)
        if p is not None:
            return _time_key(p)
        times = [post_of[c] for c in kids.get(n, ()) if c in post_of]
        return _time_key(min(times, key=_time_key)) if times else (*late, n)

    ordered = {n: sorted(cs, key=when) for n, cs in kids.items()}
    tops = [thread.root_id] + sorted({n for n in kids if n not in parents and n != thread.root_id}, key=when)
    order: list[str] = []
    parent: dict[str, str] = {}
    seen: set[str] = set()

    def walk(top: str) -> None:
        stack = [(top, None)]
        while stack:
            n, up = stack.pop()
            if n in seen:
                continue
            seen.add(n)
            order.append(n)
            if up is not None:
                parent[n] = up
            stack.extend((c, n) for c in reversed(ordered.get(n, ())))

    for top in tops:
        walk(top)
    for pid in sorted((p for p in post_of if p not in seen), key=lambda p: _time_key(post_of[p])):
        tops.append(pid)                          # unreachable (a reply cycle): shown at the top level
        walk(pid)
    branch: dict[str, int] = {}
    for n in reversed(order):
        branch[n] = sum(branch.get(c, 0) + (1 if c in post_of else 0) for c in ordered.get(n, ()))
    return ReplyOrder(ordered, tops, order, parent, branch)
