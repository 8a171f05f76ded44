"""Label layout of the report's SVG drawings (threadscope.report.svg, measured by threadscope.report.textwidth).

Widths used to be guessed (6.6 units a character, CJK twice that), which
under-measured digits, bold names, Cyrillic and capitals, over-measured ZWJ
emoji, and let labels run past the drawing's edge or over each other. These
tests pin the measurement to advance widths read from the real fonts and check
the layout's promise on generated drawings: every label box lies inside the
viewBox and no two label boxes meet (nor a graph label and another node), for
Latin, Cyrillic, CJK, Tamil and emoji labels, crowded timelines and big graphs.
tests/test_report_browser.py checks the same in Chromium with getBBox().
"""
from __future__ import annotations

import itertools
from datetime import date

import networkx as nx
import pytest

from threadscope.report import svg
from threadscope.report.svg import Span, agreement_graph, label_boxes, timeline
from threadscope.report.textwidth import fit, overlap, text_box, text_width

# Widths at 12 px, the widest of DejaVu Sans, Liberation Sans (= Arial), Roboto,
# Noto Sans and Cantarell (regular or bold) with CJK from Noto Sans CJK, emoji
# from Noto Color Emoji and Tamil from Noto Sans Tamil: sums of the fonts'
# advance widths, read with fontTools.
MEASURED = [
    ("@teortaxesTex", True, 100.96),
    ("@grumpy_gradient", True, 127.69),
    ("WWWWWWWWWWWWWWW", True, 198.54),
    ("mmmmmmmmmmmmmmm", False, 175.34),
    ("Nov–Dec 2026 · 90% · against @elonmusk", False, 254.75),
    ("Q1 2027 · 70% · via @paulo_tokens", False, 214.08),
    ("2026-06-18 → 2026-12-31", False, 157.16),
    ("Привет, мир! Щука", False, 121.44),
    ("Щёлково Жуковский", True, 147.81),
    ("小雨 Xiaoyu", True, 74.25),
    ("推特🐋铁粉", False, 62.94),
    ("こんにちは世界", False, 84.0),
    ("안녕하세요", True, 55.2),
    ("தமிழ் நாடு", False, 68.94),
    ("👍🏽 👨‍👩‍👧 🇺🇦", False, 52.45),
    ("Teortaxes▶️ (DeepSeek 推特🐋铁粉)", True, 232.28),
]


@pytest.mark.parametrize("text, bold, real", MEASURED, ids=[m[0] for m in MEASURED])
def test_text_width_is_never_less_than_the_fonts_draw(text, bold, real):
    w = text_width(text, bold=bold)
    assert w >= real, (text, w, real)
    # and not so generous that labels get cut for nothing (Tamil: a typical width per letter)
    assert w <= real * (1.3 if "த" in text else 1.1), (text, w, real)


def test_wide_narrow_and_invisible_characters():
    em = 12.0
    assert text_width("中文字") == 3 * em                       # CJK: one em each
    assert text_width("ＡＢ") == 2 * em                          # fullwidth Latin
    assert text_width("ｶﾀｶﾅ") == 4 * em / 2                      # halfwidth katakana
    assert text_width("한국") == 2 * em
    whale = text_width("🐋")
    assert whale >= 1.2 * em > text_width("中")                   # emoji are wider than CJK
    assert text_width("👨‍👩‍👧") == whale                           # a ZWJ sequence is one emoji
    assert text_width("👍🏽") == whale                              # a skin tone adds nothing
    assert text_width("🇺🇦") == whale                              # two flag letters are one flag
    assert text_width("1️⃣") == whale and text_width("❤️") == whale     # keycap, emoji presentation
    assert text_width("e\u0301") == text_width("é") == text_width("e")  # a combining accent adds nothing
    assert text_width("a\u200bb\u200e") == text_width("ab")          # zero-width space, direction mark
    assert text_width("W") > text_width("i") * 3                     # proportional, not a count
    assert text_width("abc", bold=True) > text_width("abc")
    assert text_width("a  b\n") == text_width("a b")                 # SVG collapses white space


def test_fit_cuts_between_clusters_with_an_ellipsis():
    assert fit("short", 200) == "short"
    family = "👨‍👩‍👧" * 6
    cut = fit(family, 50)
    assert cut.endswith("…") and text_width(cut) <= 50
    assert cut[:-1] == "👨‍👩‍👧" * (len(cut[:-1]) // len("👨‍👩‍👧"))         # no sequence split
    accented = "e\u0301" * 20
    assert not fit(accented, 40)[:-1].endswith("e")                  # the accent stays with its letter
    assert fit("Nov–Dec 2026 · 90% · against @elonmusk", 100).endswith("…")
    assert fit("anything", 3) == ""


def _check(drawing):
    """Every label inside the viewBox, no two labels meeting."""
    boxes = label_boxes(drawing)
    assert boxes
    for text, (x0, y0, x1, y1) in boxes:
        assert x0 >= 0 and y0 >= 0 and x1 <= drawing["width"] and y1 <= drawing["height"], (text, (x0, y0, x1, y1))
    for (ta, a), (tb, b) in itertools.combinations(boxes, 2):
        assert not overlap(a, b), (ta, a, tb, b)
    return boxes


def _span(i, holder, label, start=date(2027, 1, 1), end=date(2027, 3, 31), posted=date(2026, 6, 18), **kw):
    return Span(key=f"f{i}", row=holder, row_label=holder, start=start, end=end, posted=posted, confidence=0.7,
                label=label, title=f"{holder}: {label}", href=f"#f{i}", **kw)


HOLDERS = {
    "latin": ["@teortaxesTex", "@elonmusk", "@jietang", "@WWWWWWWWWWWWWWW", "@mmmmmmmmmmmmmmm"],
    "cjk": ["小雨推特铁粉小雨推特铁粉小雨", "@xiaoyu_ml 小雨", "こんにちは世界のみなさん", "안녕하세요 여러분"],
    "emoji": ["🐋🐋 whale fan 👨‍👩‍👧", "🇺🇦🇺🇦🇺🇦 news", "❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️"],
    "mixed": ["Щёлково Жуковский", "தமிழ் நாடு ரசிகர்", "Teortaxes▶️ (DeepSeek 推特🐋铁粉 2023 – ∞)"],
}
LABELS = ["Q1 2027 · 70%", "Nov–Dec 2026 · 90% · against @elonmusk", "2027年第一季度 · 70% · 反对 @elonmusk",
          "before 2028 · 5% · via 🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋🐋",
          "2028 or later · 90% · against @WWWWWWWWWWWWWWW · via @mmmmmmmmmmmmmmm · " * 3]


@pytest.mark.parametrize("compact", [False, True], ids=["wide", "compact"])
@pytest.mark.parametrize("script", list(HOLDERS))
def test_timeline_labels_fit_and_never_meet(script, compact):
    windows = [(date(2027, 1, 1), date(2027, 3, 31)), (date(2026, 6, 18), date(2027, 12, 31)),
               (date(2026, 6, 18), None), (date(2027, 12, 1), date(2027, 12, 2)), (None, date(2026, 6, 30))]
    spans = [_span(i, h, LABELS[(i + j) % len(LABELS)], start=s, end=e)
             for i, (h, j, (s, e)) in enumerate((h, j, w) for j, h in enumerate(HOLDERS[script])
                                                 for w in windows[:3 + j % 3])]
    drawing = timeline(spans, "t", compact=compact)
    _check(drawing)
    for b in drawing["bars"]:
        full = next(s.label for s in spans if s.key == b["key"]).strip()
        # a label is whole, or shortened with an ellipsis and kept whole for its <title>
        assert b["label"] == " ".join(full.split()) or (b["label"].endswith("…") and b["label_full"])


@pytest.mark.parametrize("compact", [False, True], ids=["wide", "compact"])
def test_crowded_timeline(compact):
    """Sixty holders and more, four forecasts each, all on the same window."""
    spans = [_span(f"{h}-{k}", f"@holder_number_{h:03d}", f"Q1 2027 · {50 + k}% · against @holder_number_{h + 1:03d}")
             for h in range(70) for k in range(5)]
    drawing = timeline(spans, "t", compact=compact)
    _check(drawing)
    assert len(drawing["rows"]) == svg.TL_MAX_ROWS and len(drawing["bars"]) == svg.TL_MAX_ROWS * svg.TL_MAX_LANES
    assert drawing["dropped"] == 70 * 5 - svg.TL_MAX_ROWS * svg.TL_MAX_LANES


def test_timeline_holder_column_follows_the_names():
    short = timeline([_span(1, "@ab", "Q1 2027 · 70%")], "t")
    long = timeline([_span(1, "@WWWWWWWWWWWWWWW", "Q1 2027 · 70%")], "t")
    assert short["x0"] < long["x0"] <= svg.TL_LABEL_MAX
    assert long["rows"][0]["label"] == "@WWWWWWWWWWWWWWW" or long["rows"][0]["label"].endswith("…")


def _graph(kind: str, names: list[str]) -> nx.DiGraph:
    g = nx.DiGraph()
    if kind == "star":
        for n in names[1:]:
            g.add_edge(n, names[0], support=1, weight=1)
    elif kind == "two hubs":
        for n in names[2:]:
            g.add_edge(n, names[0], deny=1, weight=1)
            g.add_edge(n, names[1], weight=1)
        g.add_edge(names[0], names[1], support=2, weight=2)
    elif kind == "complete":
        for a, b in itertools.permutations(names, 2):
            g.add_edge(a, b, weight=1)
    else:                                   # a chain
        for a, b in zip(names, names[1:]):
            g.add_edge(a, b, weight=1)
    return g


NAMES = {
    "latin": [f"user_{i:02d}_" + "W" * (i % 12) for i in range(45)],
    "cjk": [f"小雨推特铁粉{i}" + "中" * (i % 7) for i in range(45)],
    "emoji": [f"🐋{i}👨‍👩‍👧" + "🇺🇦" * (i % 5) for i in range(45)],
    "mixed": [["Щёлково", "தமிழ்", "こんにちは", "Teortaxes▶️", "mmmmmmmmmmmmmmm"][i % 5] + str(i) for i in range(45)],
}


@pytest.mark.parametrize("kind", ["star", "two hubs", "complete", "chain"])
@pytest.mark.parametrize("script", list(NAMES))
def test_agreement_graph_labels_fit_and_never_meet(kind, script):
    names = NAMES[script]
    g = _graph(kind, names)
    sizes = {n: 1 + (7 if i < 2 else i % 4) for i, n in enumerate(names)}
    drawing = agreement_graph(g, sizes, highlight=names[0])
    boxes = _check(drawing)
    assert drawing["shown"] == min(len(g), svg.AG_MAX_NODES)
    assert len(boxes) == drawing["shown"]              # every node keeps a label, if shortened
    for n in drawing["nodes"]:
        assert n["label"] == n["id"] or n["label"].endswith("…")
        box = text_box(n["label_x"], n["label_y"], text_width(n["label"], bold=True), n["label_anchor"])
        for m in drawing["nodes"]:
            if m is not n:                              # no label over another node
                circle = (m["x"] - m["r"], m["y"] - m["r"], m["x"] + m["r"], m["y"] + m["r"])
                assert not overlap(box, circle), (n["label"], m["id"])
            inside = 0 <= m["x"] - m["r"] and m["x"] + m["r"] <= drawing["width"]
            assert inside and 0 <= m["y"] - m["r"] and m["y"] + m["r"] <= drawing["height"]


def test_agreement_graph_is_deterministic():
    g = _graph("two hubs", NAMES["latin"])
    sizes = {n: 1 for n in g}
    assert agreement_graph(g, sizes) == agreement_graph(g, sizes)


@pytest.mark.parametrize("compact", [False, True], ids=["wide", "compact"])
@pytest.mark.parametrize("today", [date(2026, 1, 2), date(2026, 12, 31), date(2027, 3, 31), date(2031, 7, 1)],
                         ids=["before", "inside", "last-day", "years-after"])
def test_today_line_and_statuses_fit_and_never_meet(today, compact):
    """The today label sits in its own band, inside the drawing wherever
    today falls (the axis stretches to hold it); each bar keeps its status."""
    statuses = ["open", "closed", "right", "wrong"]
    spans = [_span(i, h, f"{LABELS[i % 3]} · {statuses[i % 4]}", status=statuses[i % 4],
                   end=None if i % 5 == 4 else date(2027, 3, 31))
             for i, h in enumerate(HOLDERS["latin"] + HOLDERS["cjk"])]
    drawing = timeline(spans, "t", compact=compact, today=today)
    boxes = _check(drawing)
    mark = drawing["today"]
    assert mark["date"] == today.isoformat() and any(text == mark["label"] for text, _ in boxes)
    assert drawing["x0"] <= mark["x"] <= drawing["x1"] and mark["y2"] < mark["label_y"] < drawing["height"]
    assert date.fromisoformat(drawing["start"]) <= today <= date.fromisoformat(drawing["end"])
    status_of = {s.key: s.status for s in spans}
    assert len(drawing["bars"]) == len(spans) and all(b["status"] == status_of[b["key"]] for b in drawing["bars"])
    faded = {b["status"] for b in drawing["bars"] if b["open"] and b["status"] in ("right", "wrong")}
    assert drawing["fades"] == sorted(faded)
    assert all(b["fade"] == (f"t-fade-{b['status']}" if b["status"] in faded else "t-fade")
               for b in drawing["bars"] if b["open"])
    # without a day: no line, and the axis holds the windows only
    plain = timeline(spans, "t", compact=compact)
    assert plain["today"] is None and plain["end"] < "2028"
