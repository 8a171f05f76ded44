"""Hostile strings for the HTML report, each aimed at one place an export
puts text into the page.

A vector is only useful if it reaches the page through the path a real
export takes, so ``field`` names where ``tests/test_report_xss.py`` puts the
payload in a twarc2 file (or in the ledger, or in the file name) rather than
in a ``Post`` built by hand. Every payload that could run tries to set
``window.__xss`` (or call ``alert``), and every payload that could load
something points at ``evil.example``, so the browser test has one marker
and one host to look for.

Fields:

- ``text``: a reply's text, after a forecast sentence (so it is also in a
  forecast's quote and the embedded JSON); ``forecast_text``: inside that
  sentence; ``quoted_text``: a quoted post's text (shown as an excerpt);
- ``name`` / ``username``: the reply author's display name / handle (the
  handle is a forecast holder: tables, timeline SVG, agreement graph, JSON);
- ``expanded_url`` / ``unwound_url`` / ``display_url``: a URL entity of the
  reply (``display_url`` is not read; it must not leak anywhere);
- ``media_url``: the reply's photo (``url``, ``preview_image_url``,
  ``alt_text``) and its media URL entity; ``poll_option``: a poll label (the
  model has no polls: nothing of it may show);
- ``file_name``: an input file in the walked directory; ``skipped_file``: a
  file the walk skips (its name is in the provenance);
- ``ledger_source`` / ``ledger_note``: a resolution of the forecast ledger;
- ``post_id`` / ``conversation_id`` / ``lang``: values that end up in ids,
  hrefs, page file names and ``lang`` attributes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

RUN = "window.__xss=1"
EVIL = "https://evil.example"

FIELDS = ("text", "forecast_text", "quoted_text", "name", "username", "expanded_url", "unwound_url",
          "display_url", "media_url", "poll_option", "file_name", "skipped_file", "ledger_source",
          "ledger_note", "post_id", "conversation_id", "lang")
# the fields a reader keeps and the page shows as text (the others are dropped or turned into ids)
SHOWN = {"text", "forecast_text", "quoted_text", "name", "username", "expanded_url", "unwound_url",
         "file_name", "skipped_file", "ledger_source", "ledger_note"}
# what no page may hold anywhere, even as escaped text: the reader drops these fields
NEVER_SHOWN = {"display_url", "poll_option", "media_url"}


@dataclass(frozen=True)
class Vector:
    name: str
    category: str
    field: str
    payload: str


def _v(category: str, rows: list[tuple[str, str, str]]) -> list[Vector]:
    return [Vector(name, category, field, payload) for name, field, payload in rows]


VECTORS: list[Vector] = [
    *_v("event handler", [
        ("img-onerror-text", "text", f"<img src=x onerror={RUN}>"),
        ("img-onerror-name", "name", f"<img src=x onerror={RUN}>"),
        ("attr-break-double", "text", f'" autofocus onfocus="{RUN}" x="'),
        ("attr-break-single-name", "name", f"' onmouseover='{RUN}' x='"),
        ("attr-break-handle", "username", f'h" onmouseover="{RUN}'),
        ("details-ontoggle", "text", f"<details open ontoggle={RUN}>x</details>"),
        ("body-onload", "text", f"<body onload={RUN}>"),
        ("input-autofocus-quoted", "quoted_text", f"<input autofocus onfocus={RUN}>"),
        ("backtick-attr", "forecast_text", f"<img src=`x` onerror=`{RUN}`>"),
    ]),
    *_v("script element", [
        ("script-text", "text", f"<script>{RUN}</script>"),
        ("script-name", "name", f"<script>{RUN}</script>"),
        ("script-split", "text", f"<scr<script>ipt>{RUN}</scr</script>ipt>"),
        ("raw-text-breakout", "text", f"</title></textarea></style></noscript></xmp><script>{RUN}</script>"),
        ("script-quoted", "quoted_text", f"<script>{RUN}</script>"),
    ]),
    *_v("javascript: URL", [
        ("js-expanded", "expanded_url", f"javascript:{RUN}"),
        ("js-mixed-case", "expanded_url", f"JaVaScRiPt:{RUN}"),
        ("js-tab-unwound", "unwound_url", f"java\tscript:{RUN}"),
        ("js-leading-control", "expanded_url", f" \x01javascript:{RUN}"),
        ("js-entity", "expanded_url", f"&#106;avascript:{RUN}"),
        ("js-display-url", "display_url", f"javascript:{RUN}//display"),
        ("js-in-text", "text", f"javascript:{RUN} javascript://https://ok.example/%0a{RUN}"),
        ("js-media", "media_url", f"javascript:{RUN}//media"),
        ("vbscript-expanded", "expanded_url", "vbscript:msgbox(1)"),
        ("http-attr-breakout", "expanded_url", f'https://ok.example/"onmouseover="{RUN}"'),
        ("http-tag-breakout", "expanded_url", f'https://ok.example/x"><script>{RUN}</script>'),
    ]),
    *_v("data: URL", [
        ("data-html-expanded", "expanded_url", f"data:text/html,<script>{RUN}</script>"),
        ("data-base64-unwound", "unwound_url", "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg=="),
        ("data-svg-media", "media_url", f"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='{RUN}'/>"),
        ("data-in-text", "text", f"data:text/html,<svg onload={RUN}>"),
    ]),
    *_v("SVG/MathML", [
        ("svg-onload", "text", f"<svg onload={RUN}>"),
        ("svg-text-breakout-handle", "username", f"</text><script>{RUN}</script>"),
        ("svg-script-name", "name", f"<svg><script>{RUN}</script></svg>"),
        ("svg-animate", "text", f"<svg><animate onbegin={RUN} attributeName=x dur=1s>"),
        ("svg-xlink-handle", "username", f'<a xlink:href="javascript:{RUN}"><text>x</text></a>'),
        ("svg-foreignobject-quoted", "quoted_text",
         '<svg><foreignObject><iframe srcdoc="<script>parent.__xss=1</script>"></iframe></foreignObject></svg>'),
        ("svg-cdata-handle", "username", f"<![CDATA[</text><script>{RUN}</script>]]>"),
        ("math-mxss", "text", f"<math><mtext><table><mglyph><style><img src=x onerror={RUN}>"),
        ("math-href-name", "name", f'<math href="javascript:{RUN}">x</math>'),
    ]),
    *_v("</script> in JSON", [
        ("json-close-handle", "username", f"</script><script>{RUN}</script>"),
        ("json-close-upper-handle", "username", f"</SCRIPT ><script>{RUN}</script>"),
        ("json-comment-handle", "username", f"<!--<script>{RUN}</script>-->"),
        ("json-close-quote", "forecast_text", f"</script><script>{RUN}</script>"),
        ("json-separators", "forecast_text", "\u2028\u2029</script >"),
        ("json-string-break-handle", "username", f"\\\"}}];{RUN};//'"),
    ]),
    *_v("CSS url() and remote loads", [
        ("style-element", "text",
         f"<style>@import url({EVIL}/i.css);body{{background:url({EVIL}/b.png)}}</style>"),
        ("css-url-plain-text", "text", f"background: url({EVIL}/plain.png) url('javascript:{RUN}')"),
        ("style-attr-name", "name", f'<span style="background:url({EVIL}/s.png)">x</span>'),
        ("link-stylesheet", "text", f"<link rel=stylesheet href={EVIL}/l.css>"),
        ("css-expression", "text", f'<div style="width:expression({RUN})">x</div>'),
        ("img-remote", "text", f"<img src={EVIL}/p.png>"),
        ("media-remote", "media_url", f"{EVIL}/m.png"),
        ("svg-image-remote", "quoted_text", f"<svg><image href={EVIL}/i.png /></svg>"),
    ]),
    *_v("injected element", [
        ("iframe", "text", f'<iframe src="javascript:{RUN}"></iframe>'),
        ("object", "text", '<object data="data:text/html,<script>parent.__xss=1</script>"></object>'),
        ("embed", "text", f'<embed src="javascript:{RUN}">'),
        ("base-name", "name", f'<base href="{EVIL}/">'),
        ("meta-refresh", "text", f'<meta http-equiv="refresh" content="0;url=javascript:{RUN}">'),
        ("form-action", "text",
         f'<form action="javascript:{RUN}"><button formaction="javascript:{RUN}">go</button></form>'),
        ("noscript-mxss", "text", f'<noscript><p title="</noscript><img src=x onerror={RUN}>">'),
        ("poll-option", "poll_option", f"<img src=x onerror={RUN} alt=poll>"),
    ]),
    *_v("bidi override", [
        ("rlo-name", "name", "\u202egnp.exe"),
        ("rlo-handle", "username", "\u202enimda"),
        ("stray-pdi-name", "name", "\u2069\u202e evil"),
        ("rle-quoted", "quoted_text", "\u202bquoted"),
        ("lri-unclosed-text", "text", "\u2066unclosed"),
        ("rlo-forecast", "forecast_text", "\u202ebefore the rains"),
        ("rlo-ledger-note", "ledger_note", "\u202eeton"),
        ("rlo-file-name", "file_name", "\u202elmth.jsonl"),
    ]),
    *_v("file name", [
        ("img-file-name", "file_name", f"<img src=x onerror={RUN}>.jsonl"),
        ("svg-file-name", "file_name", f'"><svg onload={RUN}>.jsonl'),
        ("newline-file-name", "file_name", f"a\nok <iframe src=javascript:{RUN}>.jsonl"),
        ("skipped-file-suffix", "skipped_file", f"x.<svg onload={RUN}>"),
    ]),
    *_v("ledger", [
        ("js-ledger-source", "ledger_source", f"javascript:{RUN}"),
        ("http-breakout-ledger-source", "ledger_source", f'https://ok.example/"><script>{RUN}</script>'),
        ("img-ledger-note", "ledger_note", f"<img src=x onerror={RUN}>"),
    ]),
    *_v("ids and attributes", [
        ("post-id", "post_id", f'9"><img src=x onerror={RUN}>'),
        ("conversation-id", "conversation_id", f"../../<svg onload={RUN}>"),
        ("lang", "lang", f'en" onmouseover="{RUN}'),
    ]),
]

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def by_field(field: str) -> list[Vector]:
    return [v for v in VECTORS if v.field == field]


def counts() -> Counter:
    """Vectors per category, for the issue's table."""
    return Counter(v.category for v in VECTORS)


assert len({v.name for v in VECTORS}) == len(VECTORS)
assert {v.field for v in VECTORS} <= set(FIELDS)
