"""Geometry for the report's two inline SVG drawings, computed in Python.

The templates only draw what these functions return (coordinates, labels,
CSS class names), so the drawings need no JavaScript and nothing is laid out
in the browser. For no label to be clipped by the drawing's edge or drawn over
another, their widths are measured here rather than guessed from a character
count:

- widths come from :func:`threadscope.textwidth.text_width` (per-character
  advance tables of the fonts the report's stack lands on);
- Labels then go where their measured box fits: the timeline gives each
  forecast a lane and puts its label beside, inside or under its bar; the
  agreement graph tries four sides of each node and shortens a label (with an
  ellipsis; the full text is in the SVG ``<title>``) or stretches the drawing
  before two labels may touch. :func:`label_boxes` lists every label's box,
  which is what tests/test_report_layout.py checks.

:func:`timeline` draws one proposition's forecasts on a time axis (a row per
holder, a lane per forecast; open-ended windows fade out; confidence is the
bar's opacity and part of its label; a tick marks when it was said; an arrow
joins a relative forecast to the one it answers; given a day, a line marks
"today" and each bar takes its status, open, closed, right or wrong, as a
class and in its label). :func:`agreement_graph`
draws participants by networkx's seeded spring layout, edges coloured by what
the replies between two people mostly did.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta

import networkx as nx

from .textwidth import ASCENT, AXIS_FONT, DESCENT, EDGE, FONT, HALO, clean, fit, label_box, overlap, text_width

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def label_boxes(drawing: dict) -> list[tuple[str, tuple]]:
    """Every label of a :func:`timeline` or :func:`agreement_graph` drawing
    with its box: the ground the layout stands on, for tests to check."""
    if "bars" not in drawing:
        items = [(n, FONT, True) for n in drawing["nodes"]]
    else:
        axis = [({**t, "label_y": drawing["axis_y"] - 6, "label_anchor": "middle"}, AXIS_FONT, False)
                for t in drawing["ticks"]]
        items = axis + [(r, FONT, True) for r in drawing["rows"]] + [(b, FONT, False) for b in drawing["bars"]]
        if drawing["today"] is not None:
            items.append((drawing["today"], FONT, False))
    return [(i["label"], label_box(i["label"], i["label_x"], i["label_y"], i["label_anchor"], size, bold))
            for i, size, bold in items if i["label"]]


def _r(x: float) -> float:
    return round(x, 1)


# ---------------------------------------------------------------- timeline

TL_WIDTH = 760        # timeline viewBox width
TL_LABEL_MIN = 90     # the column of holder names: as wide as the widest name, within these
TL_LABEL_MAX = 210
TL_LANE_H = 26        # one forecast
TL_UNDER_H = 14       # more, for a forecast whose label goes under its bar
TL_BAR_H = 12
TL_ROW_GAP = 6        # between holders
TL_AXIS_H = 30
TL_MAX_ROWS = 60      # holders drawn; the table lists every forecast
TL_MAX_LANES = 4      # forecasts drawn per holder
TL_COMPACT_W = 380    # the phone layout
TL_COMPACT_LANE_H = 36
TL_COMPACT_HEAD_H = 18
TL_TODAY_H = 18       # the band under the rows that holds the "today" label


@dataclass
class Span:
    """One forecast to draw. ``start`` None means "from when it was said";
    ``end`` None means open-ended."""

    key: str                # the forecast's anchor (unique on the page)
    row: str                # holder key: forecasts of one holder share a row
    row_label: str
    start: date | None
    end: date | None
    posted: date | None
    confidence: float | None
    label: str              # e.g. "Q1 2027 · 70%"
    title: str              # tooltip: the whole story of the forecast
    href: str | None = None
    answers: str | None = None   # key of the forecast this one is stated against
    status: str | None = None    # open, closed, right or wrong (a CSS class ws-<status>); None: not known


def _month_start(d: date) -> date:
    return d.replace(day=1)


def _add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, 1)


def _domain(spans: list[Span], today: date | None = None) -> tuple[date, date]:
    starts = [s.start or s.posted for s in spans if (s.start or s.posted)] + ([today] if today else [])
    ends = [s.end for s in spans if s.end] + [s.posted for s in spans if s.posted] + starts
    lo, hi = min(starts), max(ends)
    if any(s.end is None for s in spans):
        # room for open-ended windows to fade: a quarter of the span, at least 4 months
        open_from = max((s.start or s.posted) for s in spans if s.end is None)
        hi = max(hi, open_from + timedelta(days=max(120, (hi - lo).days // 4)))
    span = max((hi - lo).days, 60)
    lo = _month_start(lo - timedelta(days=span * 0.03))
    hi = _add_months(_month_start(hi + timedelta(days=span * 0.03)), 1)
    return lo, hi


def _intervals(lo: date, hi: date, unit: str) -> list[tuple[date, date, str, bool]]:
    out = []
    if unit == "month":
        d = lo
        while d < hi:
            nxt = _add_months(d, 1)
            out.append((d, nxt, MONTHS[d.month - 1] + (f" {d.year}" if d.month == 1 or d == lo else ""), d.month == 1))
            d = nxt
    elif unit == "quarter":
        d = _add_months(lo, -((lo.month - 1) % 3))
        while d < hi:
            nxt = _add_months(d, 3)
            out.append((d, nxt, f"Q{(d.month - 1) // 3 + 1} {d.year}", d.month == 1))
            d = nxt
    else:
        step = int(unit)
        y = lo.year - lo.year % step
        while date(y, 1, 1) < hi:
            out.append((date(y, 1, 1), date(y + step, 1, 1), str(y), True))
            y += step
    return out


def _ticks(lo: date, hi: date, x_of) -> list[dict]:
    """Grid lines at period starts and a label centred in each period: the
    finest unit (month, quarter, 1/5/10/50 years) whose labels all fit."""
    def fits(label, a, b):
        return text_width(label, AXIS_FONT) + 8 <= x_of(b) - x_of(a)

    for unit in ("month", "quarter", "1", "5", "10", "50"):
        periods = _intervals(lo, hi, unit)
        if all(fits(label, a, b) for a, b, label, _ in periods if a >= lo and b <= hi) and len(periods) <= 40:
            break
    ticks = []
    for a, b, label, major in periods:
        xa, xb = max(a, lo), min(b, hi)
        ticks.append({"x": _r(x_of(a)) if a >= lo else None, "major": major and unit in ("month", "quarter"),
                      "label": label if fits(label, xa, xb) else "", "label_x": _r((x_of(xa) + x_of(xb)) / 2)})
    return ticks


def _place_bar_label(label: str, xs: float, xe: float, top: float, x0: float, right: float, compact: bool):
    """Where a bar's label goes: (text, x, y, anchor, under). Beside the bar
    (after it, else before it), else inside a long enough bar, else under it,
    shortened to the drawing's width if it must be."""
    w = text_width(label)
    beside_y = top + TL_BAR_H - 2
    if not compact:
        if xe + 6 + w + HALO <= right:
            return label, xe + 6, beside_y, "start", False
        if xs - 6 - w - HALO >= x0:
            return label, xs - 6, beside_y, "end", False
        if w + 10 <= xe - xs:                  # clear of the "said" tick at the bar's start
            return label, xs + 6, beside_y, "start", False
    text = fit(label, right - x0 - HALO)
    w = text_width(text)
    return text, max(x0, min(xs, right - HALO - w)), top + TL_BAR_H + 13, "start", True


def timeline(spans: list[Span], uid: str, compact: bool = False, today: date | None = None) -> dict | None:
    """The drawing of one proposition's forecasts, or None when none has a date.

    ``uid`` prefixes the ids inside the SVG (gradients, markers) so several
    timelines can share a page. ``compact`` lays it out for a phone: 380
    units wide, the holder's name above its bars and each label under its bar.
    ``today`` (the axis stretches to hold it) draws a line through the middle
    of that day, labelled in a band under the rows: a window ending today
    reaches past it, still open."""
    spans = [s for s in spans if (s.start or s.posted)]
    if not spans:
        return None
    rows: dict[str, list[Span]] = {}
    dropped = 0
    for s in sorted(spans, key=lambda s: (s.posted or s.start or date.max, s.key)):
        lanes = rows.setdefault(s.row, [])
        if len(lanes) < TL_MAX_LANES:
            lanes.append(s)
        else:
            dropped += 1
    if len(rows) > TL_MAX_ROWS:
        keep = list(rows)[:TL_MAX_ROWS]
        dropped += sum(len(rows[k]) for k in rows if k not in keep)
        rows = {k: rows[k] for k in keep}
    spans = [s for k in rows for s in rows[k]]
    lo, hi = _domain(spans, today)
    width = TL_COMPACT_W if compact else TL_WIDTH
    right = width - EDGE                   # labels' boxes end before this
    if compact:
        x0, x1 = 8, width - 8
    else:
        widest = max(text_width(clean(g[0].row_label), bold=True) for g in rows.values())
        x0, x1 = min(TL_LABEL_MAX, max(TL_LABEL_MIN, math.ceil(widest) + 14)), width - 12
    lane_h = TL_COMPACT_LANE_H if compact else TL_LANE_H
    head_h = TL_COMPACT_HEAD_H if compact else 0
    total = max(1, (hi - lo).days)

    def x_of(d: date) -> float:
        return x0 + (x1 - x0) * ((d - lo).days / total)

    y = TL_AXIS_H
    out_rows, bars, where = [], [], {}
    for i, (key, group) in enumerate(rows.items()):
        row_top = y
        y += head_h
        for s in group:
            top = y + (4 if compact else (lane_h - TL_BAR_H) / 2)
            start = s.start or s.posted
            xs = x_of(start)
            xe = max(x_of(s.end + timedelta(days=1)) if s.end else x1, xs + 3)
            conf = s.confidence if s.confidence is not None else 0.5
            label, lx, ly, anchor, under = _place_bar_label(clean(s.label), xs, xe, top, x0, right, compact)
            tick = x_of(s.posted) if s.posted and lo <= s.posted <= hi else None
            fade = None
            if s.end is None:
                fade = f"{uid}-fade-{s.status}" if s.status in FADED else f"{uid}-fade"
            bar = {"key": s.key, "href": s.href, "x": _r(xs), "y": _r(top), "w": _r(xe - xs), "h": TL_BAR_H,
                   "open": s.end is None, "status": s.status, "fade": fade,
                   "opacity": round(0.2 + 0.8 * max(0.0, min(1.0, conf)), 2),
                   "label": label, "label_x": _r(lx), "label_y": _r(ly), "label_anchor": anchor,
                   "label_full": clean(s.label) if label != clean(s.label) else None,
                   "tick_x": _r(tick) if tick is not None else None, "tick_y1": _r(top - 4),
                   "tick_y2": _r(top + TL_BAR_H + 4), "title": s.title}
            bars.append(bar)
            where[s.key] = bar
            y += lane_h + (TL_UNDER_H if under and not compact else 0)
        name = clean(group[0].row_label)
        if compact:
            label, lx, ly, anchor = fit(name, right - x0 - HALO, bold=True), x0, row_top + 14, "start"
        else:
            label, lx, ly, anchor = fit(name, x0 - 10 - EDGE - HALO, bold=True), x0 - 10, row_top + lane_h / 2 + 4, "end"
        out_rows.append({"y": row_top, "h": y - row_top, "label": label, "title": group[0].row_label,
                         "label_x": lx, "label_anchor": anchor, "label_y": _r(ly), "stripe": i % 2 == 1})
        y += TL_ROW_GAP
    arrows = []
    for s in spans:
        if s.answers and s.answers in where and s.key in where:
            a, b = where[s.key], where[s.answers]
            up = b["y"] < a["y"]
            # from the point of each bar nearest the other (e.g. the end of "before 2027"
            # to the start of "Q1 2027")
            ax = min(max(b["x"] + b["w"] / 2, a["x"] + 2), a["x"] + a["w"] - 2)
            bx = min(max(a["x"] + a["w"] / 2, b["x"] + 2), b["x"] + b["w"] - 2)
            ay = a["y"] if up else a["y"] + TL_BAR_H
            by = b["y"] + TL_BAR_H if up else b["y"]
            bend = max(10.0, abs(by - ay) / 2)
            sign = -1 if up else 1
            arrows.append({"d": f"M{_r(ax)},{_r(ay)} C{_r(ax)},{_r(ay + sign * bend)} "
                                f"{_r(bx)},{_r(by - sign * bend)} {_r(bx)},{_r(by)}",
                           "title": f"{a['title']} — stated against: {b['title']}"})
    height = y - TL_ROW_GAP + 8
    mark = None
    if today is not None:
        mark = _today_mark(today, (x_of(today) + x_of(today + timedelta(days=1))) / 2, height, right)
        height += TL_TODAY_H
    return {"uid": uid, "width": width, "height": height, "x0": x0, "x1": x1, "axis_y": TL_AXIS_H - 8,
            "compact": compact, "start": lo.isoformat(), "end": (hi - timedelta(days=1)).isoformat(),
            "ticks": _ticks(lo, hi, x_of), "rows": out_rows, "bars": bars, "arrows": arrows, "dropped": dropped,
            "today": mark, "fades": sorted({b["status"] for b in bars if b["open"] and b["status"] in FADED}),
            "statuses": [{"status": k, "label": v} for k, v in STATUS_KEYS.items()
                         if any(b["status"] == k for b in bars)]}


FADED = ("right", "wrong")     # statuses an open-ended bar fades in a colour of its own
STATUS_KEYS = {"open": "open: the window has not ended", "closed": "closed: the window ended, no outcome yet",
               "right": "✓ right", "wrong": "✗ wrong"}    # the legend, in this order


def _today_mark(today: date, x: float, rows_end: float, right: float) -> dict:
    """The "today" line from the axis to the band under the rows, and its
    label in that band: centred under the line, moved in from an edge."""
    label = f"today, {today.day} {MONTHS[today.month - 1]} {today.year}"
    w = text_width(label)
    left = min(max(x - w / 2, EDGE + HALO), right - HALO - w)
    return {"date": today.isoformat(), "x": _r(x), "y1": TL_AXIS_H - 4, "y2": _r(rows_end + 2),
            "label": label, "label_x": _r(left), "label_y": _r(rows_end + 13), "label_anchor": "start"}


# ---------------------------------------------------------- agreement graph

AG_WIDTH = 860
AG_HEIGHT = 520
AG_MARGIN = 24
AG_MAX_NODES = 40
AG_LABEL_MAX = 150    # a longer name is shortened; the node's <title> has it whole
AG_STRETCH = 1.3      # when some label finds no free place, the drawing grows this much taller
AG_TRIES = 6


def _edge_class(data: dict) -> str:
    support, deny = data.get("support", 0) or 0, data.get("deny", 0) or 0
    if support > deny:
        return "support"
    if deny > support:
        return "deny"
    return "neutral"


def _separate(at: dict, radius: dict, widths: dict, side: dict, width: float, height: float,
              rounds: int = 300) -> None:
    """Push nodes apart (mostly up and down) until no node-and-label box
    overlaps another, keeping every box inside the drawing. A box is the
    node's circle with its label on its side (as :func:`_place_labels` sees
    it); shapes and boxes are kept in flat lists because this runs up to
    ``rounds`` times over every pair of up to 40 nodes, on every page."""
    nodes = list(at)
    n = len(nodes)
    shape = []
    for node in nodes:
        r = radius[node] + 1
        w = widths[node] + 3 + 2 * HALO
        shape.append((r, w if side[node] == "end" else 0, w if side[node] == "start" else 0,
                      max(r, ASCENT * FONT - 4 + HALO), max(r, DESCENT * FONT + 4 + HALO)))
    pos = [at[node] for node in nodes]        # the lists of ``at``, moved in place
    keys = [str(node) for node in nodes]

    def box(k: int) -> tuple:
        x, y = pos[k]
        r, wl, wr, up, down = shape[k]
        return (x - r - wl, y - up, x + r + wr, y + down)

    for _ in range(rounds):
        moved = False
        boxes = [box(k) for k in range(n)]
        for a in range(n):
            pa = pos[a]
            for b in range(a + 1, n):
                ax0, ay0, ax1, ay1 = boxes[a]
                bx0, by0, bx1, by1 = boxes[b]
                ox = min(ax1, bx1) - max(ax0, bx0)
                if ox <= 0:
                    continue
                oy = min(ay1, by1) - max(ay0, by0)
                if oy <= 0:
                    continue
                moved = True
                pb = pos[b]
                if oy <= ox or oy < 24:
                    shift = oy / 2 + 1
                    up = pa[1] < pb[1] or (pa[1] == pb[1] and keys[a] < keys[b])
                    pa[1] += -shift if up else shift
                    pb[1] += shift if up else -shift
                else:
                    shift = ox / 2 + 1
                    left = pa[0] < pb[0]
                    pa[0] += -shift if left else shift
                    pb[0] += shift if left else -shift
                boxes[a] = box(a)
                boxes[b] = box(b)
        for k in range(n):
            x0, y0, x1, y1 = box(k)
            pos[k][0] += max(0.0, 2 - x0) - max(0.0, x1 - (width - 2))
            pos[k][1] += max(0.0, 2 - y0) - max(0.0, y1 - (height - 2))
        if not moved:
            return


def _place_labels(nodes: list, at: dict, radius: dict, labels: dict, width: float, height: float) -> dict:
    """A free place for each node's label, most active node first: right,
    left, above or below the node, shortened if need be; None for a label
    that fits nowhere. A place is free when its box lies inside the drawing
    and touches no other label and no node."""
    circles = [(at[n][0] - radius[n] - 1, at[n][1] - radius[n] - 1, at[n][0] + radius[n] + 1,
                at[n][1] + radius[n] + 1) for n in nodes]
    placed: list[tuple] = []
    out = {}
    for n in nodes:
        x, y = at[n]
        r = radius[n]
        full = labels[n]
        texts = [full] + [t for t in (fit(full, text_width(full, bold=True) * k, bold=True) for k in (0.66, 0.4))
                          if len(t) > 2 and t != full]
        spots = [(x + r + 4, y + 4, "start"), (x - r - 4, y + 4, "end"),
                 (x, y - r - 4 - DESCENT * FONT - HALO, "middle"), (x, y + r + 4 + ASCENT * FONT + HALO, "middle")]
        out[n] = None
        for text in dict.fromkeys(texts):
            for lx, ly, anchor in spots:
                box = label_box(text, lx, ly, anchor, bold=True)
                if box[0] < EDGE or box[1] < EDGE or box[2] > width - EDGE or box[3] > height - EDGE:
                    continue
                if any(overlap(box, p) for p in placed) or any(overlap(box, c) for c in circles):
                    continue
                out[n] = (text, lx, ly, anchor)
                placed.append(box)
                break
            if out[n] is not None:
                break
    return out


def agreement_graph(g: nx.DiGraph, sizes: dict[str, int], highlight: str | None = None,
                    max_nodes: int = AG_MAX_NODES, uid: str = "ag") -> dict | None:
    """Layout of a participant graph (edge attributes ``support``, ``deny``,
    ``query``, ``comment``, ``weight``; the reply graph's ``replies`` also do)
    for the ``max_nodes`` most active participants (``sizes``: posts).
    ``highlight`` (the root's author) gets a ring."""
    nodes = [n for n in g.nodes if g.degree(n) > 0]
    if not nodes:
        return None
    nodes.sort(key=lambda n: (-sizes.get(n, 0), -g.degree(n, weight="weight"), str(n)))
    shown = nodes[:max_nodes]
    sub = g.subgraph(shown)
    und = nx.Graph()
    und.add_nodes_from(sorted(shown, key=str))
    for u, v, d in sorted(sub.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        w = float(d.get("weight", 1) or 1)
        if und.has_edge(u, v):
            und[u][v]["weight"] += w
        else:
            und.add_edge(u, v, weight=w)
    if len(shown) == 1:
        pos = {shown[0]: (0.0, 0.0)}
    else:
        k = 1.6 / math.sqrt(len(shown))
        raw = nx.spring_layout(und, seed=7, k=k, iterations=300, weight=None)
        pos = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    biggest = max(1, max(sizes.get(n, 0) for n in shown))
    radius = {n: 5 + 9 * math.sqrt(max(0, sizes.get(n, 0)) / biggest) for n in shown}
    labels = {n: fit(str(n), AG_LABEL_MAX, bold=True) for n in shown}
    widths = {n: text_width(labels[n], bold=True) for n in shown}
    room = 12 + max(widths.values()) / 2
    height = max(AG_HEIGHT, 18 * len(shown))

    def place(p):
        sx = (p[0] - min(xs)) / (max(xs) - min(xs)) if max(xs) > min(xs) else 0.5
        sy = (p[1] - min(ys)) / (max(ys) - min(ys)) if max(ys) > min(ys) else 0.5
        return (AG_MARGIN + room + sx * (AG_WIDTH - 2 * (AG_MARGIN + room)),
                AG_MARGIN + 10 + sy * (height - 2 * AG_MARGIN - 20))

    for attempt in range(AG_TRIES):
        at = {n: list(place(pos[n])) for n in shown}
        side = {n: "start" if at[n][0] <= AG_WIDTH * 0.7 else "end" for n in shown}
        _separate(at, radius, widths, side, AG_WIDTH, height)
        spots = _place_labels(shown, at, radius, labels, AG_WIDTH, height)
        if all(spots.values()) or attempt == AG_TRIES - 1:
            break
        height = round(height * AG_STRETCH)
    out_nodes = []
    for n in shown:
        x, y = at[n]
        text, lx, ly, anchor = spots[n] or ("", x, y, "middle")    # no room at all: the <title> names it
        out_nodes.append({"id": str(n), "x": _r(x), "y": _r(y), "r": _r(radius[n]), "label": text,
                          "label_x": _r(lx), "label_y": _r(ly), "label_anchor": anchor, "root": n == highlight,
                          "posts": sizes.get(n, 0)})
    at = {n: (at[n][0], at[n][1], radius[n]) for n in shown}
    totals = [float(d.get("weight", 0) or 0) for _, _, d in sub.edges(data=True)]
    heaviest = max(totals) if totals else 1.0
    edges = []
    for u, v, d in sorted(sub.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        if u == v:
            continue
        (x1, y1, r1), (x2, y2, r2) = at[u], at[v]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1.0
        ux, uy = dx / dist, dy / dist
        sx, sy = x1 + ux * (r1 + 2), y1 + uy * (r1 + 2)
        ex, ey = x2 - ux * (r2 + 6), y2 - uy * (r2 + 6)
        if sub.has_edge(v, u):          # both directions: bend each to its own side
            bend = min(40.0, dist / 5)
            cx, cy = (sx + ex) / 2 - uy * bend, (sy + ey) / 2 + ux * bend
            path = f"M{_r(sx)},{_r(sy)} Q{_r(cx)},{_r(cy)} {_r(ex)},{_r(ey)}"
        else:
            path = f"M{_r(sx)},{_r(sy)} L{_r(ex)},{_r(ey)}"
        weight = float(d.get("weight", 0) or 0)
        counts = {k: int(d.get(k, 0) or 0) for k in ("support", "deny", "query", "comment", "replies", "quotes")}
        edges.append({"source": str(u), "target": str(v), "d": path, "cls": _edge_class(d),
                      "width": _r(1 + 3.5 * math.sqrt(weight / heaviest)) if heaviest else 1, "counts": counts,
                      "weight": weight})
    return {"uid": uid, "width": AG_WIDTH, "height": height, "nodes": out_nodes, "edges": edges,
            "shown": len(shown), "total": len(nodes)}
