"""Factual and numeric claims a post makes: benchmark scores, ranks, model
sizes, statistics and money, each with the exact words that state it.

    >>> from threadscope.claims import extract_claims, claims_frame
    >>> extract_claims(post, context_subject="GLM-5.2")   # list[Claim]
    >>> claims_frame(thread)      # one row per Claim; also a Corpus or posts

``claims_frame`` (and ``iter_claims``) take a Thread (context subject: its
root's, see ``thread_subject``), a Corpus (each thread) or an iterable of
posts (context as given); retweets are skipped there, since they repeat the
original's claims. Columns are the ``Claim`` field names; ``value`` is float64,
the rest object (ids stay ``str``).

Every claim comes from one of a fixed set of *shapes* (below), read off the
post's ``body`` (the text after a reply's leading @mentions); ``quote`` is the
exact substring of ``post.text`` that states it. A number that fits no shape is
not a claim: precision matters more than recall, since a wrong figure in a
report is worse than a missed one.

Shapes (``B`` a benchmark, ``X``/``Y`` model names, ``v``/``w`` numbers)
------------------------------------------------------------------------

kind ``benchmark`` (measure = the benchmark's name, unit None for a bare
score, ``%`` or ``points`` when written):

- ``X scores v on B`` (also scored/gets/hits/reaches/achieves/posts/at ...),
  optionally with ``vs w for Y`` / ``vs Y's w`` before or after ``on B``;
- ``X: v on B``;
- ``B: v (Y: w, Z: u)`` as a line or list item (a results table);
- ``B is v vs w for Y``, ``B: v vs w``, ``B (v vs w)``;
- ``On [the ...] B, X scored v, [while] Y scored w, ... behind Y's w``.

kind ``difference``: ``[about] v points behind / ahead of Y on B``, ``a point
behind Y on B``, ``trails / leads Y by v [points] on B``. value is signed
(behind/below/trails < 0), unit ``points``, measure ``B``.

kind ``rank``: ``#1 [among ...] on B``, ``No. 2 on B``, ``ranks/ranked first
... on/in B``. value is the rank, unit None, measure ``B``.

kind ``quantity`` (value always in absolute units, multipliers applied):
``753B params`` / ``744 billion-parameter`` / ``a 753B model`` (measure
``parameters`` or ``active parameters``, unit ``parameters``); ``1M-token
context`` / ``128k context window`` / ``context window of 200k tokens``
(measure ``context window``, unit ``tokens``); ``trained on 15T tokens``
(``training tokens``); counts of users, downloads, views, GPUs, employees,
subscribers, customers (measure = that noun).

kind ``money``: a currency amount (``$150k``, ``€2.5 billion``, ``120 million
yuan``, ``$2/M tokens``) next to a cue word that says what it is: ``raised``
-> ``funding``, ``costs``/``priced at`` -> ``price``, ``valued at`` ->
``valuation``, ``revenue``/``made``/``grossed`` -> ``revenue`` ... (table
``MONEY_CUES``); ``X at $108k`` / ``X hit $125k`` -> ``price``. An amount with no
cue is left out. unit is the currency (``$``, ``€``, ``£``, ``¥``, ``CNY``,
``HK$``, ``₹``), with ``/<per>`` for rates (``$/M tokens``, ``$/month``).

kind ``statistic`` (unit ``%``, or ``points``):

- ``inflation at 3.2%``, ``CPI came in at 2.9%``, ``unemployment rose to 4%``:
  subject = the statistic as written (``inflation``, ``US inflation``),
  measure ``rate``; the noun must end in a word of ``STAT_HEADS``. In a
  sentence about a poll (``poll``/``survey``), ``PP at 33%`` gives subject
  ``PP``, measure ``poll share``;
- ``52% of voters``: subject ``voters``, measure ``share``;
- ``revenue up 12% year over year``, ``shares fell 8%``: subject = the noun
  phrase before, measure ``change`` (``year-over-year change``,
  ``month-over-month change``, ``quarter-over-quarter change``), value signed.

Subjects
--------

The subject of a benchmark, rank, difference or model-size claim is a model
name (a name with a version, ``MODEL_FAMILIES`` or ``Name-5.2``; a bare
``Claude``/``Fable`` is not enough). It is, in order:

1. the model named right before the figure (``GLM-5.2 scores ...``,
   ``X: 74.4 on B``, the nearest model earlier in the same sentence for sizes);
2. otherwise the post's *main subject*: the first model named in the post
   before the figure that is not in a compared position (after ``vs``,
   ``than``, ``behind``, ``ahead of``, ``for`` after a number, ``≥``, inside
   parentheses) and not a range such as ``Opus 4.7–4.8``;
3. otherwise ``context_subject``, given by the caller. ``claims_frame`` passes
   the conversation root's main subject (or, when the root names none, that of
   the post it quotes).

If none applies, or another named entity is plainly the grammatical subject
(``Llama is a 70B model``, ``@someone scores ...``), no claim is made. A
subject that equals the compared-to name falls through to the next rule.
Names are kept as written (``GLM 5.2`` and ``GLM-5.2`` are not merged).

A money claim takes the name or noun phrase right before its cue (``Zhipu
raised``, ``The H100 costs``, ``the average salary is``); only when nothing but
pronouns precede (``It costs $2/M tokens``, ``Price: $2 ...``) does it fall
back on the rules above; a name in a compared position (``cheaper than Opus
4.8 at $15``) gives no claim. Counts (``Zhipu has 1,200 employees``) and
statistics never borrow a subject: no name or noun phrase, no claim.

compared_to
-----------

In a comparison every subject-value pair is its own claim. The main side's
claim has ``compared_to`` = the first compared subject; each compared
subject's claim has ``compared_to`` = the main side. So ``FrontierSWE: 74.4
(Opus 4.8: 75.1, GPT-5.5: 72.6)`` in a post about GLM-5.2 gives GLM-5.2 74.4
(compared_to Opus 4.8), Opus 4.8 75.1 (compared_to GLM-5.2) and GPT-5.5 72.6
(compared_to GLM-5.2). A compared value whose subject is not named
(``SWE-Marathon (13.0 vs 26.0)``) is dropped and the main claim keeps
``compared_to`` None. All claims of one comparison share its quote.

Not claims
----------

Dates and time spans (``Q1 2027``, ``7 months``, ``Nov-Dec 2026``, ``early Feb
2026``, ``'27``, clock times), version numbers inside model names, @handles,
#hashtags, $cashtags, URLs, long ids, ``v2.1``, list numbering, ``(2/2)``
thread counters and any ``a/b``, keycap and ``x3`` emoji counts, ``+1``,
ranges (``4.25-4.50%``), ``10x``, probabilities (``I'd put 70% on it``), and
anything in a question, a hedged or future sentence (``will``, ``would``,
``could``, ``might``, ``if``, ``expect``, ``probably``, ``going to`` ...: forecasts
are handled elsewhere) or after a negation in the same clause, and money
followed by ``by``/``before``/``within`` (a target, not a fact). The shapes are
English. Numbers written as words are not read, apart from ``a point``/``one
point`` in a difference and ordinals in a rank.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Iterable, Iterator

import pandas as pd

from .model import RETWEET, Post


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure a post states. ``value`` is absolute (``753B`` -> 7.53e11);
    ``quote`` is an exact substring of the post's ``text``."""

    post_id: str
    author: str | None
    subject: str
    measure: str
    value: float
    unit: str | None
    compared_to: str | None
    quote: str
    kind: str


CLAIM_COLUMNS = [f.name for f in fields(Claim)]

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

MULTIPLIERS = {
    "k": 1e3, "K": 1e3, "thousand": 1e3,
    "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "billion": 1e9,
    "t": 1e12, "T": 1e12, "tn": 1e12, "trn": 1e12, "trillion": 1e12,
}
# Multipliers accepted right after a count (params, tokens, users): no lower-case
# m/b/t, which read as metres, bits or tonnes as often as not.
COUNT_MULTIPLIERS = ("thousand", "million", "billion", "trillion", "K", "k", "M", "B", "T")

CURRENCY_SYMBOLS = {"US$": "$", "HK$": "HK$", "A$": "A$", "C$": "C$", "$": "$", "€": "€", "£": "£",
                    "¥": "¥", "₹": "₹"}
CURRENCY_WORDS = {"USD": "$", "dollars": "$", "EUR": "€", "euros": "€", "GBP": "£", "JPY": "¥", "yen": "¥",
                  "CNY": "CNY", "RMB": "CNY", "yuan": "CNY", "HKD": "HK$", "INR": "₹", "rupees": "₹"}

# cue word (regex) -> measure, for a money amount. Searched just before the
# amount (same clause) and just after it.
MONEY_CUES = [
    (r"rais(?:e|es|ed|ing)|funding|round", "funding"),
    (r"valu(?:ed|ation|ing)(?:\s+at)?", "valuation"),
    (r"cost(?:s|ing)?|pric(?:e|es|ed|ing)(?:\s+at)?|charg(?:e|es|ed|ing)|sells?\s+for|sold\s+for|retails?\s+(?:at|for)",
     "price"),
    (r"revenues?|sales|turnover|made|grossed|earn(?:s|ed)|brought\s+in", "revenue"),
    (r"profits?|net\s+income", "profit"),
    (r"loss(?:es)?|lost", "loss"),
    (r"salar(?:y|ies)|wages?|compensation|paid|pays?", "salary"),
    (r"invest(?:s|ed|ing|ment)", "investment"),
    (r"spen(?:d|ds|t|ding)|capex", "spending"),
    (r"budgets?", "budget"),
    (r"market\s+(?:cap(?:italisation|italization)?|value)", "market capitalisation"),
    (r"acqui(?:re|res|red|sition)|bought|buys?|deal", "deal value"),
    (r"fined?|penalty", "fine"),
    (r"debts?", "debt"),
]
# "X at $108k", "X hit $125k": the subject's price level.
PRICE_LEVEL = (r"(?:(?:just|now|finally|already|briefly|officially)\s+)*"
               r"(?:(?:trades?|traded|trading|closed|opened|sits?|is|was|now)?\s*at|hit|hits|broke|reached|topped|crossed)")

# Last word of a noun phrase that names a statistic (for "X at 3.2%").
STAT_HEADS = {"inflation", "unemployment", "cpi", "gdp", "rate", "rates", "rating", "ratings", "turnout",
              "growth", "yield", "yields", "margin", "margins", "approval", "participation", "occupancy",
              "utilization", "utilisation", "tariff", "tariffs", "tax", "vat", "uptime", "churn", "penetration",
              "adoption", "ppi", "pce", "deficit", "surplus"}

COUNT_NOUNS = {"users": "users", "downloads": "downloads", "views": "views", "GPUs": "GPUs",
               "employees": "employees", "subscribers": "subscribers", "customers": "customers"}

# Model families whose names may take a version after a space ("Opus 4.8").
MODEL_FAMILIES = ["Claude", "Opus", "Sonnet", "Haiku", "Fable", "Mythos", "GPT", "GLM", "Gemini", "Gemma",
                  "Llama", "Qwen", "DeepSeek", "Mistral", "Mixtral", "Grok", "Kimi", "MiniMax", "Phi",
                  "Nemotron", "ERNIE", "Ernie", "Hunyuan", "Doubao", "Yi", "Baichuan", "OLMo", "Olmo", "Codex",
                  "Devstral", "Magistral", "Jamba", "Granite", "InternLM", "Hermes"]
# Families also written in lower case ("gpt-5.5", "qwen3").
LOWERCASE_FAMILIES = ["gpt", "glm", "qwen", "llama", "deepseek", "kimi", "gemini", "claude", "grok", "mistral"]
MODEL_SUFFIXES = ["Pro", "Flash", "Mini", "mini", "Turbo", "Ultra", "Max", "Plus", "Nano", "nano", "Lite", "Preview",
                  "Instruct", "Chat", "Thinking", "Air", "Coder", "Sonnet", "Opus", "Haiku", "Omni", "High", "Low"]
# Capitalised words that take a number but are not models ("Top-3", "Phase 2").
NOT_MODEL = {"Top", "Q", "H", "FY", "CY", "Part", "Step", "Phase", "Day", "Week", "Year", "Chapter", "Page", "Round",
             "Game", "Level", "Tier", "Stage", "Section", "Figure", "Fig", "Table", "Vol", "No", "Number", "Rank",
             "Room", "Route", "Gate", "Flight", "Area", "Zone", "District", "Article", "Season", "Episode", "Act",
             "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
             "January", "February", "March", "April", "June", "July", "August", "September", "October",
             "November", "December", "Covid", "COVID", "Web", "Windows", "Proposition", "Prop", "Title", "Sun",
             "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

# Benchmark-name cues (case-sensitive, within one token).
BENCH_CUES = re.compile(r"Bench(?!mark)|[a-z]bench(?!mark)|-bench|Eval(?![a-z])|Arena\b|SWE|MMLU|GPQA|AIME|"
                        r"\bHLE\b|ARC-AGI|MBPP|GSM8K|\bMATH\b|OSWorld|BrowseComp|SimpleQA|FrontierMath|"
                        r"Leaderboard")
# Words that may follow a benchmark name and belong to it.
BENCH_TRAILERS = r"Verified|Lite|Pro|Diamond|Hard|Multilingual|Extended|Full|v\d+(?:\.\d+)*|(?:19|20)\d\d"
# Camel-case names that are companies or products, not benchmarks.
NOT_BENCH = {"OpenAI", "DeepMind", "DeepSeek", "ChatGPT", "GitHub", "YouTube", "LinkedIn", "TikTok", "WeChat",
             "MiniMax", "PayPal", "JavaScript", "TypeScript", "PowerPoint", "iPhone", "MoE", "McDonald"}

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "top": 1}

# Grammatical subjects that point back to the post's main subject.
PRONOUNS = {"it", "it's", "it’s", "its", "this", "this one", "the model", "that", "they", "which", "and",
            "also", "now", "still", "even", "just", "only", "already", "currently", "being", "while", "but",
            "so", "reportedly", "officially", "the new model", "model", "is", "was", "it's now", "now it"}
# Words that end a noun phrase read backwards.
NP_STOP = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your",
           "in", "of", "on", "at", "for", "with", "to", "from", "by", "and", "or", "but", "so", "while", "when",
           "as", "is", "was", "are", "were", "be", "been", "it", "they", "we", "i", "you", "he", "she", "say",
           "says", "said", "show", "shows", "showed", "than", "then", "there", "here", "what", "which", "who",
           "just", "still", "now", "also", "even", "only", "has", "have", "had", "do", "does", "did", "after",
           "before", "since", "about", "over", "under", "into", "per", "not", "no", "all", "some", "both", "today",
           "yesterday", "tonight", "morning", "week", "month", "year", "again", "already", "finally"}

_HEDGE = re.compile(r"(?i)\b(?:if|unless|will|won['’]t|would|wouldn['’]t|could|might|should|shall|expects?|"
                    r"expected|expecting|predicts?|predicted|forecasts?|forecasted|projected|projects?|likely|"
                    r"unlikely|probably|probable|possibly|maybe|perhaps|hope|hopefully|guess|bet|gonna|(?-i:may)|"
                    r"going\s+to|set\s+to|on\s+track|poised|aims?\s+to|targets?|wish)\b|['’]ll\b|['’]d\b")
_NEGATION = re.compile(r"(?i)\b(?:not|never|no\s+longer|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|don['’]t|"
                       r"aren['’]t|weren['’]t|hasn['’]t|haven['’]t|nowhere|fake|false|wrong)\b")

# --------------------------------------------------------------------------
# Masking: the post text with everything that is not a candidate figure
# blanked out, at the same offsets. Model and benchmark names become one
# placeholder run each, so their version digits are never read as figures.
# --------------------------------------------------------------------------

_FILL = "\ue002"
_MODEL_HEAD, _MODEL_TAIL = "\ue000", "\ue001"
_BENCH_HEAD, _BENCH_TAIL = "\ue003", "\ue004"
_PH = "\ue000-\ue004"

_SUFFIX_RE = "|".join(MODEL_SUFFIXES)
_VERSION = r"(?![QH][1-4]\b)[A-Z]?\d+(?:\.\d+)*(?:[–-]\d+(?:\.\d+)*)?[a-z]?"
_NOT_A_VERSION = r"(?![\d.,]*\d)(?!\s?%|\s?(?:percent|per\s?cent|points?|pts)\b)(?![kKMBT]\b|\w)"
_MODEL_PATTERNS = [
    # Family names: "Opus 4.8", "GPT-5.5", "Claude Fable 5", "Claude 3.5 Sonnet", "Qwen3".
    re.compile(rf"(?<![\w-])(?:Claude\s+)?(?:{'|'.join(MODEL_FAMILIES)}|(?i:{'|'.join(LOWERCASE_FAMILIES)}))[-\s]?"
               rf"{_VERSION}{_NOT_A_VERSION}"
               rf"(?:[-\s](?:{_SUFFIX_RE})\b)*"),
    # Any capitalised name hyphenated to a version: "GLM-5.2", "Orion-5-mini".
    re.compile(rf"(?<![\w-])(?P<head>[A-Z][A-Za-z]*)-{_VERSION}{_NOT_A_VERSION}"
               rf"(?:-(?:{_SUFFIX_RE}|{_SUFFIX_RE.lower()})\b)*"),
    # Names with the version attached: "Qwen3", and chips like "H100", "MI300".
    re.compile(r"(?<![\w-])(?P<head>[A-Z][a-z]+)\d+(?:\.\d+)*[a-z]?(?![\w.]*\d)(?!\w)"),
    re.compile(r"(?<![\w-])[A-Z]{1,3}\d{3,4}[A-Za-z]?(?!\w)"),
    # OpenAI's o-series.
    re.compile(r"(?<![\w-])o[1-9](?:-(?:mini|pro|preview|high|low))?(?![\w-])"),
]

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_TIME_UNIT = (r"(?:seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|"
              r"y|decades?|quarters?|centur(?:y|ies)|nights?|sessions?|generations?)")
_NOISE_PATTERNS = [
    re.compile(r"(?i)\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|co|dev|app|gov|edu|xyz)"
               r"(?:/\S*)?"),
    re.compile(r"[@＠]\w+"),                              # handles
    re.compile(r"#(?=[^\W\d])\w+"),                       # hashtags, not "#1"
    re.compile(r"\$(?=[A-Za-z])[A-Za-z]{1,6}\b"),         # cashtags
    re.compile(r"\d\ufe0f?\u20e3"),                       # keycap digits
]
_DATE_PATTERNS = [
    re.compile(rf"\b(?:early|mid|late|end\s+of)?[\s-]*{_MONTH}\.?(?:\s*[-–/]\s*{_MONTH}\.?)?"
               r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:19|20)\d{2}\b|\s+['’]\d{2}\b)?"),
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b"),
    re.compile(r"\b[QH][1-4](?:\s*(?:FY)?\s*['’]?\d{2,4}\b)?|\b[1-4][QH]\s?['’]?\d{2,4}\b|\b[12]H\d{2}\b"),
    re.compile(r"\b(?:FY|CY)\s?['’]?\d{2,4}\b"),
    re.compile(r"(?<![\w$€£¥₹.,])(?:19|20)\d{2}s?(?![\d%.,]\d|\s?%|[\w]|\s?(?:[kKMBT]|bn|million|billion|"
               r"trillion|tokens?|params?|parameters?|users|views|downloads)\b)"),
    re.compile(r"['’]\d{2}\b"),
    re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b"),
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[apAP]\.?[mM]\.?)?|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)\b"),
    re.compile(rf"(?i)(?:~|≈|about\s+|around\s+|over\s+)?\b\d+(?:\.\d+)?(?:\s*(?:[-–]|to)\s*\d+(?:\.\d+)?)?"
               rf"[\s-]*{_TIME_UNIT}\b"),
]
_MISC_PATTERNS = [
    re.compile(r"(?<![\d.$€£¥₹,])\(?\d{1,3}\s?/\s?(?:\d{1,3}|n)\b\)?"),   # 2/2, (1/n), 50/50
    re.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=\s)"),                        # list numbering
    re.compile(r"\b\d{8,}\b"),                                          # ids
    re.compile(r"(?i)\bv\d+(?:\.\d+)*\b|\bversion\s+\d+(?:\.\d+)*"),    # versions
    re.compile(r"(?<![\w.])[x×]\s?\d+\b|\b\d+(?:\.\d+)?\s?[x×](?!\w)"),  # x3, 10x
    re.compile(r"(?<![\w.+])\+\d+(?![\d.,%\w])"),                       # +1
    re.compile(r"\b\d+:\d+\b"),                                         # ratios, scores 2:1
    re.compile(r"\b\d+\s+in\s+\d+\b"),                                  # 1 in 4
]


@dataclass
class _Scan:
    text: str
    masked: str
    names: dict[int, tuple[int, str]]   # model placeholder start -> (end, name)
    benches: dict[int, tuple[int, str]]


def _mask(text: str, start: int) -> _Scan:
    chars = list(text)
    taken = [False] * len(text)
    for i in range(min(start, len(text))):
        chars[i], taken[i] = _FILL, True

    def free(s: int, e: int) -> bool:
        return not any(taken[s:e])

    def put(s: int, e: int, head: str, tail: str) -> None:
        for i in range(s, e):
            chars[i] = head if i == s else tail
            taken[i] = True

    def apply(patterns) -> None:
        for rx in patterns:
            for m in rx.finditer(text, start):
                s, e = m.span()
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s and free(s, e):
                    put(s, e, _FILL, _FILL)

    apply(_NOISE_PATTERNS)
    benches = {}
    for s, e in _bench_spans(text, start):
        if free(s, e):
            put(s, e, _BENCH_HEAD, _BENCH_TAIL)
            benches[s] = (e, text[s:e])
    names = {}
    for rx in _MODEL_PATTERNS:
        for m in rx.finditer(text, start):
            s, e = m.span()
            if "head" in rx.groupindex and m.group("head") in NOT_MODEL:
                continue
            if _is_date_word(text[s:e]) or not free(s, e):
                continue
            put(s, e, _MODEL_HEAD, _MODEL_TAIL)
            names[s] = (e, text[s:e])
    apply(_DATE_PATTERNS)
    apply(_MISC_PATTERNS)
    return _Scan(text, "".join(chars), names, benches)


def _is_date_word(s: str) -> bool:
    return bool(re.fullmatch(r"[QH][1-4]|FY\d+|CY\d+|[12]H\d{2}", s))


_TOKEN = re.compile(r"[^\s,;:()\[\]{}\"“”!?|/]+")


def _bench_spans(text: str, start: int) -> Iterator[tuple[int, int]]:
    """Spans of benchmark names found by their cue words ("FrontierSWE",
    "Code Arena", "SWE-bench Verified", "AIME 2025")."""
    for m in _TOKEN.finditer(text, start):
        tok = m.group()
        s, e = m.span()
        core = re.sub(r"(?:['’]s|[.'’])+$", "", tok)
        if not core or not BENCH_CUES.search(core) or core[0] in "@#$" or "://" in tok:
            continue
        e = s + len(core)
        if re.fullmatch(r"Arena|Eval|Bench|Leaderboard", core):
            prev = re.search(r"([A-Z][\w-]*)\s+$", text[start:s])
            if not prev:
                continue
            s = start + prev.start(1)
        after = re.match(rf"\s+(?:{BENCH_TRAILERS})\b", text[e:])
        if after:
            e += after.end()
        yield s, e


# --------------------------------------------------------------------------
# Regex pieces over the masked text
# --------------------------------------------------------------------------

SUBJ = rf"{_MODEL_HEAD}{_MODEL_TAIL}*"
BENCH = rf"(?:{_BENCH_HEAD}{_BENCH_TAIL}*|[A-Z][A-Za-z0-9+]*(?:-[A-Za-z0-9+]+)*)"
_NUM = rf"(?<![\w.,{_PH}])(?<!\d[-–])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\d{_PH}]|[.,]\d)(?!\s?[-–]\s?\d)"
_UNIT = r"\s?%|\s?(?:percent|per\s?cent)\b|\s(?:percentage\s+)?(?:points?|pts)\b"
_POSS = r"(?:['’]s)?"
_VS = r"(?:vs\.?|versus|v\.|against|compared\s+(?:to|with))"


def _numu(n: str, tight: bool = True) -> str:
    """A number with an optional % / points unit; ``tight`` forbids a letter
    right after it (so "753B" is not a bare score)."""
    return rf"(?P<{n}>{_NUM})(?P<{n}u>{_UNIT})?" + (r"(?![\w%])" if tight else "")


def _cmp_tail(n: str) -> str:
    return (rf"(?:\s*,?\s+{_VS}\s+(?:{_numu(n + 'v')}\s+(?:for|from|by)\s+(?P<{n}s>{SUBJ})"
            rf"|(?P<{n}t>{SUBJ}){_POSS}\s+(?:at\s+)?{_numu(n + 'w')}))")


_VERB = (r"(?i:scores?|scored|scoring|gets|got|hits?|reach(?:es|ed)?|achieves?|achieved|posts?|posted|manages?|"
         r"managed|records?|recorded|notch(?:es|ed)|lands?(?:\s+at)?|landed(?:\s+at)?|puts?\s+up|"
         r"(?:is|was|sits|sat|comes\s+in|came\s+in)\s+at|at)")

_S_VERB = re.compile(rf"(?P<verb>\b{_VERB})\s+(?:a\s+score\s+of\s+|an?\s+)?{_numu('v')}{_cmp_tail('a')}?"
                     rf"\s+(?:on|in)\s+(?:the\s+)?(?P<b>{BENCH}){_cmp_tail('c')}?")
_S_LABEL = re.compile(rf"(?:^|(?<=[\n|•·;,]))[ \t]*(?:[-*•·▪►]\s*)?(?P<label>{SUBJ}|{BENCH})\s*[:=]\s*{_numu('v')}"
                      rf"(?!\s*(?:vs|versus)\b)(?:\s+(?:on|in)\s+(?:the\s+)?(?P<b>{BENCH}))?"
                      rf"(?:\s*\((?P<pairs>[^()\n]*)\))?", re.M)
_PAIR = re.compile(rf"\s*(?P<s>{SUBJ})\s*[:=]?\s*{_numu('v')}\s*")
_S_VS = re.compile(rf"(?P<b>{BENCH})\s*(?:(?:is|was|sits\s+at|at|[:=—–-])\s*)?\(?\s*{_numu('v')}\s+{_VS}\s+"
                   rf"(?:{_numu('w')}|(?P<y2>{SUBJ}){_POSS}\s+(?:at\s+)?{_numu('x')})\s*\)?"
                   rf"(?:\s*,?\s*(?:for|from|by)\s+(?P<y>{SUBJ}))?")
_S_DIFF = re.compile(rf"(?:(?P<q>about|around|roughly|nearly|almost|only|just|~|≈)\s*)?"
                     rf"(?:{_numu('v')}|(?P<a>\b[Aa]|\b[Oo]ne))\s+(?:percentage\s+)?(?:points?|pts|pp)\s+"
                     rf"(?P<dir>behind|ahead\s+of|above|below|short\s+of|better\s+than|worse\s+than|under|over)\s+"
                     rf"(?P<y>{SUBJ}){_POSS}\s+(?:on|in)\s+(?:the\s+)?(?P<b>{BENCH})"
                     rf"|(?P<verb>\b(?:trails?|trailed|trailing|lags?|lagged|lagging|leads?|led|leading|beats?|"
                     rf"beat|beating|outscores?|outscored))\s+(?P<y3>{SUBJ})\s+by\s+{_numu('w')}"
                     rf"(?:\s+(?:percentage\s+)?(?:points?|pts|pp))?\s+(?:on|in)\s+(?:the\s+)?(?P<b3>{BENCH})")
_S_RANK = re.compile(rf"(?:#\s?(?P<n>\d{{1,3}})|\bNo\.\s?(?P<n2>\d{{1,3}})|\bnumber\s+(?P<n3>one|two|three|\d{{1,2}})"
                     rf"|\b(?:ranks?|ranked|ranking|places?|placed|came|comes|finished|finishes|sits)\s+(?:in\s+|at\s+)?"
                     rf"(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     rf"top|\d{{1,2}}(?:st|nd|rd|th)|#\s?\d{{1,2}})(?!\w))"
                     rf"(?:\s+(?:spot|place|position|overall))?(?:\s+(?:among|of|for)\s+[^.;:\n\d{_PH}]{{1,40}}?)?"
                     rf"\s+(?:on|in|at)\s+(?:the\s+)?(?P<b>{BENCH})")
_S_ON_B = re.compile(rf"\b[Oo]n\s+(?:the\s+)?(?:[\w’'()-]+\s+){{0,6}}?(?P<b>{BENCH})"
                     rf"(?:\s+(?:benchmark|leaderboard|eval(?:uation)?|test))?(?:\s*\([^()\n]*\))?\s*,\s*")
_ON_B_PAIR = re.compile(rf"(?P<s>{SUBJ})\s+(?:scored|scores|gets|got|hit|hits|reached|achieved|posts|posted|"
                        rf"managed|recorded)\s+{_numu('v')}")
_ON_B_CMP = re.compile(rf"(?:behind|ahead\s+of|above|below|than|vs\.?|versus|over|beating|trailing|exceeding|"
                       rf"surpassing)\s+(?P<s>{SUBJ}){_POSS}\s+{_numu('v')}")

_COUNT_MULT = rf"(?P<m>(?:{'|'.join(COUNT_MULTIPLIERS)})(?![a-z]))"
_BIG = r"[BMT]|billion|trillion|million"
_WINDOW = r"context(?:\s+(?:window|length))?"
_S_PARAMS = re.compile(
    rf"{_numu('v', False)}\s?{_COUNT_MULT}?[\s-]?(?:(?P<act>active|total)[\s-])?(?:params?|parameters?)\b"
    rf"|{_numu('w', False)}\s?(?P<m2>{_BIG})[\s-](?:(?:dense|MoE|parameter|param|open(?:-weights?)?)[\s-])?"
    rf"(?:model|LLM|MoE|network|system)s?\b")
_S_CONTEXT = re.compile(
    rf"{_numu('v', False)}\s?{_COUNT_MULT}?[\s-]?(?:tokens?|tok)[\s-]+(?:of\s+)?{_WINDOW}"
    rf"|{_numu('w', False)}\s?(?P<m2>[kKM]|thousand|million)[\s-]?{_WINDOW}"
    rf"|{_WINDOW}\s+(?:of|is|:)\s+(?:up\s+to\s+)?{_numu('x', False)}\s?(?P<m3>[kKM]|thousand|million)?"
    rf"(?:[\s-]?(?P<tok>tokens?))?"
    rf"|trained\s+on\s+(?:over\s+|about\s+|~)?{_numu('y', False)}\s?(?P<m4>[K]|{_BIG})?[\s-]?tokens")
_S_COUNT = re.compile(
    rf"{_numu('v', False)}\s?{_COUNT_MULT}?\+?\s+"
    rf"(?P<q>(?:monthly|daily|weekly)\s+active\s+|active\s+|paying\s+)?(?P<noun>{'|'.join(COUNT_NOUNS)})\b")

_CUR_SYM = "|".join(re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True))
_CUR_CODE = "|".join(w for w in CURRENCY_WORDS if w.isupper())
_CUR_WORD = "|".join(CURRENCY_WORDS)


def _money_mult(name: str) -> str:
    return rf"(?:(?P<{name}>thousand|million|billion|trillion|mn|mln|bn|trn|tn|[kKmMbBtT])(?![a-zA-Z]))"


_PER = (r"(?:\s?(?:/|per\s+|an?\s+)(?P<per>(?:1?M|1?K|million|thousand)\s?(?:input\s+|output\s+)?tokens?|tokens?|month|mo|year|yr|hour|"
        r"hr|user|seat|share|GPU|unit|barrel|ounce|oz|kWh|MWh)\b)?")
_S_MONEY = re.compile(rf"(?:(?P<sym>{_CUR_SYM})\s?{_numu('v', False)}\s?{_money_mult('m')}?"
                      rf"|(?P<code0>{_CUR_CODE})\s?{_numu('w', False)}\s?{_money_mult('m1')}?"
                      rf"|{_numu('x', False)}\s?{_money_mult('m2')}?\s*(?P<code>{_CUR_WORD})\b){_PER}")
_MONEY_TARGET = re.compile(r"\s+(?:by|before|within|no\s+later\s+than|until|next|this\s+(?:year|month|week))\b|\s*\?")

_PCT = _numu("v")
_S_LEVEL = re.compile(rf"\s+(?:(?:is|was|are|were|stands|stood|sits|sat|remains?|remained|held|holds|running|"
                      rf"came\s+in|comes\s+in|rose|rises|fell|falls|climbed|dropped|jumped|slipped|eased|hit|hits|"
                      rf"reached|reaches|still|now|currently)\s+)*(?P<prep>at|to)?\s*{_PCT}")
_S_SHARE = re.compile(rf"{_PCT}\s+of\s+(?:all\s+|the\s+)?(?P<np>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){{0,2}})")
_CHANGE_UP = r"up|rose|rises|rising|grew|grows|growing|increased|increases|climbed|climbs|jumped|jumps|gained|gains|" \
             r"surged|soared|rallied|added"
_CHANGE_DOWN = r"down|fell|falls|falling|decreased|decreases|dropped|drops|declined|declines|lost|slipped|slid|" \
               r"plunged|plummeted|sank|tumbled|shed"
_S_CHANGE = re.compile(rf"\b(?P<dir>{_CHANGE_UP}|{_CHANGE_DOWN})\s+(?:by\s+)?(?:nearly\s+|about\s+|almost\s+|over\s+|"
                       rf"more\s+than\s+|some\s+|another\s+)?{_PCT}(?P<period>\s+(?:year[- ]over[- ]year|"
                       rf"year[- ]on[- ]year|yoy|y/y|from\s+a\s+year\s+(?:ago|earlier)|on\s+the\s+year|"
                       rf"month[- ]over[- ]month|month[- ]on[- ]month|mom|m/m|quarter[- ]over[- ]quarter|"
                       rf"quarter[- ]on[- ]quarter|qoq|q/q))?", re.IGNORECASE)
_PERIODS = {"year": "year-over-year change", "yoy": "year-over-year change", "y/y": "year-over-year change",
            "from": "year-over-year change", "on": "year-over-year change", "month": "month-over-month change",
            "mom": "month-over-month change", "m/m": "month-over-month change",
            "quarter": "quarter-over-quarter change", "qoq": "quarter-over-quarter change",
            "q/q": "quarter-over-quarter change"}

_COMPARED_BEFORE = re.compile(r"(?:\bvs\.?|\bversus|\bthan|\bbehind|\bahead\s+of|\bagainst|\bover|\bbeats?|\bbeating|"
                              r"\btrails?|\btrailing|\blags?|\bcompared\s+(?:to|with)|\d\s+(?:for|from)|\bunlike|"
                              r"\blike|[≥≤<>=~])\s*$")
_ABBREV = re.compile(r"(?:\b(?:vs|No|no|approx|etc|Inc|Corp|Ltd|Mr|Ms|Mrs|Dr|St|Jr|Sr|v|e\.g|i\.e|U\.S|cf|est)|"
                     r"\b[A-Z])\.$")


# --------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------

class _Ctx:
    """One post being read: its masked text, names and what is claimed so far."""

    def __init__(self, post: Post, context_subject: str | None):
        self.post = post
        self.scan = _mask(post.text, post.body_start)
        self.m = self.scan.masked
        self.context = context_subject
        self.claims: list[Claim] = []
        self.used: set[int] = set()    # start offsets of numbers already read
        self._bounds = self._sentence_bounds()

    # -- text geometry -----------------------------------------------------
    def _sentence_bounds(self) -> list[int]:
        m, out = self.m, [self.post.body_start]
        for i, ch in enumerate(m):
            if i < self.post.body_start:
                continue
            if ch == "\n":
                out.append(i + 1)
            elif ch in ".!?" and (i + 1 == len(m) or m[i + 1].isspace()):
                if ch == "." and _ABBREV.search(m[max(0, i - 5):i + 1]):
                    continue
                out.append(i + 1)
        out.append(len(m) + 1)
        return sorted(set(out))

    def sentence(self, pos: int) -> tuple[int, int]:
        b = self._bounds
        for lo, hi in zip(b, b[1:]):
            if lo <= pos < hi:
                return lo, min(hi, len(self.m))
        return b[0], len(self.m)

    def clause_start(self, pos: int) -> int:
        s, _ = self.sentence(pos)
        cut = max(self.m.rfind(";", s, pos), self.m.rfind("—", s, pos), self.m.rfind("\n", s, pos))
        return cut + 1 if cut >= 0 else s

    def name_at(self, pos: int) -> str | None:
        hit = self.scan.names.get(pos)
        return hit[1] if hit else None

    def bench_at(self, s: int, e: int) -> str | None:
        """The benchmark name of a BENCH slot, or None when the slot does not
        hold one."""
        if s in self.scan.benches:
            return _clean_name(self.scan.benches[s][1])
        word = self.scan.text[s:e]
        return word if _looks_like_benchmark(word) else None

    # -- filters -----------------------------------------------------------
    def stated(self, s: int, e: int) -> bool:
        """False when the figure sits in a question, a hedged or future
        sentence, or after a negation in its clause."""
        lo, hi = self.sentence(s)
        sent = self.scan.text[lo:hi].rstrip()
        if sent.endswith("?") or "?" in self.scan.text[e:hi]:
            return False
        if _HEDGE.search(self.scan.text[lo:e]):
            return False
        return not _NEGATION.search(self.scan.text[self.clause_start(s):s])

    def free(self, *starts: int) -> bool:
        return not any(s in self.used for s in starts)

    # -- subjects ----------------------------------------------------------
    def compared(self, pos: int) -> bool:
        line_start = self.m.rfind("\n", 0, pos) + 1
        before = self.m[line_start:pos]
        if before.count("(") > before.count(")"):
            return True
        return bool(_COMPARED_BEFORE.search(self.m[max(line_start, pos - 25):pos]))

    def main_subject(self, before: int | None = None) -> str | None:
        for s in sorted(self.scan.names):
            if before is not None and s >= before:
                break
            name = self.scan.names[s][1]
            if s < self.post.body_start or _is_range(name) or self.compared(s):
                continue
            return name
        return None

    def model_subject(self, pos: int, pre_end: int, compared_to: str | None = None,
                      nearest: bool = False) -> tuple[str | None, int | None]:
        """The subject of a model claim whose words begin at ``pre_end``, and
        where it is written when it is named in the claim's own clause.

        A model named right before (``GLM-5.2 scores``), or with ``nearest``
        the nearest model earlier in the clause; else, when nothing but
        pronouns and fillers precede (always with ``nearest``), the post's
        main subject, then the caller's context subject. Never the compared
        name, and never when another entity is the clause's subject."""
        cs = self.clause_start(pos)
        pre = self.m[cs:pre_end]
        if pre.rstrip().endswith(_FILL):
            return None, None       # "@someone scores ...": an unreadable subject
        explicit = re.search(rf"({SUBJ}){_POSS}\s*(?:,\s*)?$", _strip_aux(pre))
        if explicit:
            name = self.name_at(cs + explicit.start(1))
            if name and name != compared_to and not _is_range(name):
                return name, cs + explicit.start(1)
        if nearest:
            for s in sorted((s for s in self.scan.names if cs <= s < pre_end), reverse=True):
                name = self.name_at(s)
                if name and name != compared_to and not _is_range(name) and not self.compared(s):
                    return name, None
        words = re.sub(rf"[{_PH}]+", " ", pre).strip(" ,:-–(").lower()
        if not nearest and words and not _only_fillers(words):
            return None, None
        if _FOREIGN_SUBJECT.search(pre):
            return None, None
        return _main_or_context(self, pos, compared_to), None

    def noun_phrase(self, pre_end: int, lo: int) -> tuple[str | None, int]:
        """The noun phrase ending at ``pre_end`` (read backwards, stopping at a
        function word, punctuation or a masked span), and where it starts."""
        seg = _strip_aux(self.m[lo:pre_end])
        pre_end = lo + len(seg)
        words = list(re.finditer(r"[A-Za-z][\w’'&.-]*", seg))
        picked: list[re.Match] = []
        end = len(seg.rstrip())
        for w in reversed(words):
            if seg[w.end():end].strip():
                break
            if w.group().lower().rstrip(".") in NP_STOP or len(picked) == 4:
                break
            picked.insert(0, w)
            end = w.start()
        if not picked:
            return None, pre_end
        start = lo + picked[0].start()
        return self.scan.text[start:lo + picked[-1].end()].rstrip("."), start

    def entity_before(self, pre_end: int, lo: int) -> tuple[str | None, int]:
        """A named entity (model or capitalised name) ending at ``pre_end``."""
        seg = _strip_aux(self.m[lo:pre_end])
        hit = re.search(rf"({SUBJ}){_POSS}\s*$", seg)
        if hit:
            if self.compared(lo + hit.start(1)):
                return "", pre_end      # "cheaper than Opus 4.8 at $15": whose price?
            return self.name_at(lo + hit.start(1)), lo + hit.start(1)
        hit = re.search(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)(?:['’]s)?\s*$", seg)
        if hit:
            name = hit.group(1).strip()
            first = name.split()[0]
            if first.lower() not in NP_STOP and first.lower() not in PRONOUNS:
                return name, lo + hit.start(1)
        return None, pre_end

    # -- output ------------------------------------------------------------
    def add(self, s: int, e: int, subject: str | None, measure: str | None, value: float, unit: str | None,
            compared_to: str | None, kind: str, nums: Iterable[int]) -> bool:
        if not subject or not measure:
            return False
        quote = self.scan.text[s:e].strip()
        self.claims.append(Claim(self.post.id, self.post.author, subject, measure, float(value), unit,
                                 compared_to, quote, kind))
        self.used.update(nums)
        return True


_FOREIGN_SUBJECT = re.compile(r"(?<![\w-])(?!(?:It|This|That|There|Here|They|We|I|You|He|She|The|A|An|And|But|So|"
                              r"My|Our|Its|Now|Still|Also|Open)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+"
                              r"(?:is|was|has|had|scores?|scored|gets|got|hits?|reached|ranks?|ranked|uses|ships)\b")


_AUX_TAIL = re.compile(r"(?:[\s:,—–-]+|\s(?:is|was|are|were|has|had|have|been|being|just|now|still|already|"
                       r"finally|officially|reportedly|also|currently|does|did|took|takes|the|a|an|sits|sat|"
                       r"comes\s+in|came\s+in)\b)*$")


def _strip_aux(pre: str) -> str:
    """``pre`` without trailing linking words ("GLM-5.2 is now" -> "GLM-5.2")."""
    return pre[:_AUX_TAIL.search(pre).start()]


def _only_fillers(words: str) -> bool:
    rest = words
    for _ in range(6):
        for f in sorted(PRONOUNS, key=len, reverse=True):
            if rest == f:
                return True
            if rest.endswith(" " + f):
                rest = rest[: -len(f) - 1].rstrip(" ,")
                break
        else:
            return False
    return False


def _clean_name(s: str) -> str:
    return re.sub(r"['’]s$", "", s.strip())


def _is_range(name: str) -> bool:
    return bool(re.search(r"\d[–-]\d", name))


def _looks_like_benchmark(word: str) -> bool:
    """A single token that reads as a benchmark: camel case ("FrontierSWE",
    "BrowseComp") or a capitalised hyphenated compound ("SWE-Marathon")."""
    if word in NOT_BENCH or word in NOT_MODEL:
        return False
    return bool(BENCH_CUES.search(word) or re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+", word)
                or re.fullmatch(r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+", word))


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _unit(u: str | None) -> str | None:
    if not u:
        return None
    u = u.strip().lower()
    return "%" if u == "%" or u.startswith("per") else "points"


def _mult(m: str | None) -> float:
    return MULTIPLIERS[m] if m else 1.0


# -- shapes ----------------------------------------------------------------

def _main_or_context(c: _Ctx, pos: int, compared_to: str | None) -> str | None:
    for cand in (c.main_subject(before=pos), c.context):
        if cand and cand != compared_to:
            return cand
    return None


def _comparison(c: _Ctx, s: int, e: int, measure: str, main: tuple[str | None, float, str | None, int],
                others: list[tuple[str | None, float, str | None, int]], kind: str = "benchmark") -> None:
    """Claims of one comparison: the main side (compared to the first other
    side) and each named other side (compared to the main side)."""
    subject, value, unit, pos = main
    named = [o for o in others if o[0] and o[0] != subject]
    if subject:
        c.add(s, e, subject, measure, value, unit, named[0][0] if named else None, kind, [pos])
    for name, val, u, p in named:
        c.add(s, e, name, measure, val, u, subject, kind, [p])


def _label_rows(c: _Ctx) -> None:
    """``B: v (Y: w, Z: u)`` and ``X: v on B (Y: w)``."""
    for mt in _S_LABEL.finditer(c.m):
        ls, le = mt.span("label")
        v0 = mt.start("v")
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        label_name = c.name_at(ls)
        if label_name:
            if not mt.group("b"):
                continue      # "GLM-5.2: 74.4" names no benchmark
            measure, subject = c.bench_at(*mt.span("b")), label_name
        elif mt.group("b"):
            continue
        else:
            measure, subject = c.bench_at(ls, le), None
        if not measure:
            continue
        pairs = []
        if mt.group("pairs") is not None:
            off = mt.start("pairs")
            for part in mt.group("pairs").split(","):
                pm = _PAIR.fullmatch(part)
                if not pm:
                    pairs = []
                    break
                pairs.append((c.name_at(off + pm.start("s")), _num(pm.group("v")), _unit(pm.group("vu")),
                              off + pm.start("v")))
                off += len(part) + 1
        if subject is None:
            subject = _main_or_context(c, ls, pairs[0][0] if pairs else None)
        main = (subject, _num(mt.group("v")), _unit(mt.group("vu")), v0)
        _comparison(c, ls, mt.end(), measure, main, pairs)


def _verb_scores(c: _Ctx) -> None:
    """``X scores v [vs w for Y] on B [vs w for Y]``."""
    for mt in _S_VERB.finditer(c.m):
        v0 = mt.start("v")
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        measure = c.bench_at(*mt.span("b"))
        if not measure:
            continue
        others = []
        for t in ("a", "c"):
            if mt.group(t + "s"):
                others.append((c.name_at(mt.start(t + "s")), _num(mt.group(t + "v")), _unit(mt.group(t + "vu")),
                               mt.start(t + "v")))
            elif mt.group(t + "t"):
                others.append((c.name_at(mt.start(t + "t")), _num(mt.group(t + "w")), _unit(mt.group(t + "wu")),
                               mt.start(t + "w")))
        subject, at = c.model_subject(mt.start(), mt.start("verb"), compared_to=others[0][0] if others else None)
        if subject is None:
            continue
        main = (subject, _num(mt.group("v")), _unit(mt.group("vu")), v0)
        _comparison(c, at if at is not None else mt.start(), mt.end(), measure, main, others)


def _on_bench_sentences(c: _Ctx) -> None:
    """``On [the ...] B, X scored v, [while] Y scored w ... behind Y's w``."""
    for mt in _S_ON_B.finditer(c.m):
        measure = c.bench_at(*mt.span("b"))
        first = _ON_B_PAIR.match(c.m, mt.end())
        if not measure or not first:
            continue
        found = [first]
        pos = first.end()
        while True:
            nxt = None
            for g in range(pos, min(pos + 60, len(c.m))):
                if c.m[g] in f".;\n{_MODEL_HEAD}" and c.m[g] != _MODEL_HEAD or c.m[g].isdigit():
                    break
                nxt = _ON_B_PAIR.match(c.m, g) or _ON_B_CMP.match(c.m, g)
                if nxt:
                    break
            if not nxt:
                break
            found.append(nxt)
            pos = nxt.end()
        v0 = first.start("v")
        if not c.free(v0) or not c.stated(v0, first.end()):
            continue
        sides = [(c.name_at(f.start("s")), _num(f.group("v")), _unit(f.group("vu")), f.start("v")) for f in found]
        _comparison(c, mt.start(), found[-1].end(), measure, sides[0], sides[1:])


def _versus(c: _Ctx) -> None:
    """``B is v vs w for Y``, ``B: v vs Y's w``, ``B (v vs w)``."""
    for mt in _S_VS.finditer(c.m):
        v0 = mt.start("v")
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        measure = c.bench_at(*mt.span("b"))
        if not measure:
            continue
        if mt.group("y2"):
            other = (c.name_at(mt.start("y2")), _num(mt.group("x")), _unit(mt.group("xu")), mt.start("x"))
        else:
            other = (c.name_at(mt.start("y")) if mt.group("y") else None, _num(mt.group("w")),
                     _unit(mt.group("wu")), mt.start("w"))
        subject, _ = c.model_subject(mt.start(), mt.start(), compared_to=other[0], nearest=True)
        main = (subject, _num(mt.group("v")), _unit(mt.group("vu")), v0)
        _comparison(c, mt.start(), mt.end(), measure, main, [other])


def _differences(c: _Ctx) -> None:
    """``a point behind Y on B``, ``trails Y by 2 points on B``."""
    for mt in _S_DIFF.finditer(c.m):
        if mt.group("verb"):
            v0, raw = mt.start("w"), mt.group("w")
            other, bspan = c.name_at(mt.start("y3")), mt.span("b3")
            sign = -1 if re.match(r"trail|lag", mt.group("verb")) else 1
            pre_end = mt.start("verb")
        else:
            v0 = mt.start("v") if mt.group("v") else mt.start("a")
            raw = mt.group("v") or "1"
            other, bspan = c.name_at(mt.start("y")), mt.span("b")
            sign = -1 if re.match(r"behind|below|short|worse|under", mt.group("dir")) else 1
            pre_end = mt.start()
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        measure = c.bench_at(*bspan)
        subject, at = c.model_subject(mt.start(), pre_end, compared_to=other)
        if measure and subject:
            s = at if at is not None else mt.start()
            c.add(s, mt.end(), subject, measure, sign * _num(raw), "points", other, "difference", [v0])


_WORD_NUM = {"one": 1, "two": 2, "three": 3}
_RANK_LEAD = re.compile(r"(?:\s+(?:is|was|at|now|still|currently|ranks?|ranked|sits|sat|comes\s+in|came\s+in|"
                        r"lands?|landed|takes?|took|hits?|hit)\b)*\s*$")


def _ranks(c: _Ctx) -> None:
    """``#1 [among ...] on B``, ``No. 2 on B``, ``ranks second in B``."""
    for mt in _S_RANK.finditer(c.m):
        group = next(g for g in ("n", "n2", "n3", "ord") if mt.group(g))
        v0 = mt.start(group)
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        low = mt.group(group).lower().lstrip("#").strip()
        rank = ORDINALS.get(low) or _WORD_NUM.get(low) or int(re.match(r"\d+", low).group())
        measure = c.bench_at(*mt.span("b"))
        lo = c.clause_start(mt.start())
        pre_end = lo + _RANK_LEAD.search(c.m[lo:mt.start()]).start()
        subject, at = c.model_subject(mt.start(), pre_end)
        if measure and subject:
            c.add(at if at is not None else mt.start(), mt.end(), subject, measure, rank, None, None, "rank", [v0])


def _quantities(c: _Ctx) -> None:
    """Model sizes, context windows, training tokens and counts of users etc."""
    for mt in _S_PARAMS.finditer(c.m):
        g = "v" if mt.group("v") else "w"
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        value = _num(mt.group(g)) * _mult(mt.group("m") if g == "v" else mt.group("m2"))
        measure = "active parameters" if mt.group("act") == "active" else "parameters"
        subject, _ = c.model_subject(mt.start(), mt.start(), nearest=True)
        c.add(mt.start(), mt.end(), subject, measure, value, "parameters", None, "quantity", [v0])
    for mt in _S_CONTEXT.finditer(c.m):
        g = next(x for x in ("v", "w", "x", "y") if mt.group(x))
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        mult = {"v": mt.group("m"), "w": mt.group("m2"), "x": mt.group("m3"), "y": mt.group("m4")}[g]
        if g == "x" and not (mult or mt.group("tok")):
            continue
        measure = "training tokens" if g == "y" else "context window"
        subject, _ = c.model_subject(mt.start(), mt.start(), nearest=True)
        c.add(mt.start(), mt.end(), subject, measure, _num(mt.group(g)) * _mult(mult), "tokens", None, "quantity",
              [v0])
    for mt in _S_COUNT.finditer(c.m):
        v0 = mt.start("v")
        if mt.group("vu") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        noun = COUNT_NOUNS[mt.group("noun")]
        lo = c.clause_start(mt.start())
        verb = _COUNT_VERB.search(c.m[lo:mt.start()])
        if not verb:
            continue
        ent, s = c.entity_before(lo + verb.start(), lo)
        if not ent:
            ent, s = c.noun_phrase(lo + verb.start(), lo)
        measure = ((mt.group("q") or "") + noun).strip()
        c.add(s, mt.end(), ent, measure, _num(mt.group("v")) * _mult(mt.group("m")), noun, None, "quantity", [v0])


_COUNT_VERB = re.compile(r"(?:\s+(?:has|had|have|with|hit|hits|reached|reaches|passed|crossed|got|gets|received|"
                         r"drew|draws|employs|employed|over|more\s+than|nearly|about|almost|some|~)\b)+\s*$|:\s*$")
_MONEY_NOUN = re.compile(r"(?i)(?:salar(?:y|ies)|wages?|revenues?|sales|turnover|profits?|budgets?|valuation|"
                         r"prices?|funding|debts?|capex|spending|investment|compensation)\b")
_CUE_FILL = (r"(?:\s+(?:of|at|for|to|by|about|around|nearly|over|almost|some|just|only|roughly|a|an|the|total|"
             r"totalling|totaling|worth|is|was|are|were|now|still|up\s+to))*\s*:?\s*$")


def _money(c: _Ctx) -> None:
    """A currency amount next to a cue word (``MONEY_CUES``) or a price level."""
    for mt in _S_MONEY.finditer(c.m):
        g = next(x for x in ("v", "w", "x") if mt.group(x))
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        if _MONEY_TARGET.match(c.m, mt.end()):
            continue          # "$150k by March": a target, not a fact
        sym = mt.group("sym") or mt.group("code0") or mt.group("code")
        unit = CURRENCY_SYMBOLS.get(sym) or CURRENCY_WORDS.get(sym)
        mult = mt.group("m") or mt.group("m1") or mt.group("m2")
        value = _num(mt.group(g)) * _mult(mult)
        if mt.group("per"):
            per = re.sub(r"^(?:1?M|million)\s?", "M ", mt.group("per"))
            per = re.sub(r"^(?:1?K|thousand)\s?", "K ", per)
            unit = f"{unit}/{per}"
        lo = c.clause_start(mt.start())
        pre = c.m[lo:mt.start()]
        measure, cue_end = None, None
        for rx, name in MONEY_CUES:
            hit = re.search(rf"\b(?:{rx}){_CUE_FILL}", pre, re.IGNORECASE)
            if hit:
                measure, cue_end = name, lo + hit.start()
                break
        if measure is None:
            for rx, name in MONEY_CUES:
                if re.match(rf"\s+(?:in\s+)?(?:{rx})\b", c.m[mt.end():], re.IGNORECASE):
                    measure, cue_end = name, mt.start()
                    break
        if measure is None:
            hit = re.search(rf"\s+(?:{PRICE_LEVEL})\s*$", pre)
            if hit:
                measure, cue_end = "price", lo + hit.start()
        if measure is None:
            continue
        if mt.group("per") is None and re.match(r"\s?(?:/|per\b)", c.m[mt.end():]):
            continue          # "$2 per 1M input tokens" with a rate we cannot read
        ent, s = c.entity_before(cue_end, lo)
        if ent is None:
            noun = _MONEY_NOUN.match(c.m, cue_end)     # "the average salary is $150k"
            ent, s = c.noun_phrase(noun.end() if noun else cue_end, lo)
            if noun and ent and ent.lower() == noun.group().lower():
                ent = None                              # "Price: $2": the cue, not a subject
        if ent is None and _only_fillers(c.m[lo:cue_end].strip(" ,:").lower() or "it"):
            ent, at = c.model_subject(mt.start(), cue_end, nearest=True)
            s = at if at is not None else cue_end
        if ent:
            c.add(min(s, mt.start()), mt.end(), ent, measure, value, unit, None, "money", [v0])


def _statistics(c: _Ctx) -> None:
    """``52% of voters``, ``revenue up 12% year over year``, ``inflation at
    3.2%``, ``PP at 33%`` in a poll."""
    for mt in _S_SHARE.finditer(c.m):
        v0 = mt.start("v")
        if _unit(mt.group("vu")) != "%" or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        words = []
        for w in mt.group("np").split():
            if w.lower().strip("’'") in NP_STOP or w.lower() in _NP_VERBS:
                break
            words.append(w)
        if not words or words[0].lower() in ("time", "way", "cases"):
            continue
        np_ = " ".join(words)
        c.add(mt.start(), mt.start("np") + len(np_), np_, "share", _num(mt.group("v")), "%", None, "statistic", [v0])
    for mt in _S_CHANGE.finditer(c.m):
        v0 = mt.start("v")
        if not mt.group("vu") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        lo = c.clause_start(mt.start())
        ent, s = c.noun_phrase(mt.start(), lo)
        if not ent:
            ent, s = c.entity_before(mt.start(), lo)
        if not ent:
            continue
        sign = -1 if re.fullmatch(_CHANGE_DOWN, mt.group("dir").lower()) else 1
        period = (mt.group("period") or "").strip().lower()
        measure = _PERIODS.get(re.split(r"[- ]", period)[0], "change") if period else "change"
        c.add(s, mt.end(), ent, measure, sign * _num(mt.group("v")), _unit(mt.group("vu")), None, "statistic", [v0])
    for mt in re.finditer(rf"(?<=[\w{_PH}.)])(?=\s)", c.m):
        lv = _S_LEVEL.match(c.m, mt.start())
        if not lv or _unit(lv.group("vu")) != "%":
            continue
        v0 = lv.start("v")
        between = c.m[mt.start():v0].strip()
        if not between or not c.free(v0) or not c.stated(v0, lv.end()):
            continue
        lo = c.clause_start(mt.start())
        np_, s = c.noun_phrase(mt.start(), lo)
        if np_ and np_.split()[-1].lower() in STAT_HEADS:
            c.add(s, lv.end(), np_, "rate", _num(lv.group("v")), "%", None, "statistic", [v0])
        elif between == "at" and _POLL.search(c.scan.text[slice(*c.sentence(mt.start()))]):
            ent, es = c.entity_before(mt.start(), lo)
            if ent:
                c.add(es, lv.end(), ent, "poll share", _num(lv.group("v")), "%", None, "statistic", [v0])


_POLL = re.compile(r"(?i)\bpoll(?:s|ing|ed)?\b|\bsurveys?\b")


_NP_VERBS = {"back", "backs", "support", "supports", "want", "wants", "think", "thinks", "believe", "believes",
             "voted", "vote", "use", "used", "uses", "prefer", "prefers", "agree", "agrees", "oppose", "opposes",
             "expect", "expects", "say", "says", "said", "are", "is", "were", "was", "have", "has", "had", "will",
             "would", "now", "approve", "approves", "disapprove", "own", "owns", "live", "lives"}

_SHAPES = (_label_rows, _on_bench_sentences, _verb_scores, _versus, _differences, _ranks, _quantities, _money,
           _statistics)


_ANY_FIGURE = re.compile(rf"\d|\b(?:[Aa]|[Oo]ne)\s+point|\b(?:{'|'.join(ORDINALS)})\b", re.IGNORECASE)


def extract_claims(post: Post | str, context_subject: str | None = None) -> list[Claim]:
    """The claims ``post`` makes, in the order its figures appear.

    ``context_subject`` is the subject a claim falls back on when the post
    names none (the conversation root's main subject); a plain string is read
    as the text of a post with no id.
    """
    if isinstance(post, str):
        post = Post(id="", author_id=None, author=None, text=post)
    if not post.text or not _ANY_FIGURE.search(post.body):
        return []
    c = _Ctx(post, context_subject)
    for shape in _SHAPES:
        shape(c)
    seen, out = set(), []
    order = {id(cl): post.text.find(cl.quote) for cl in c.claims}
    for cl in sorted(c.claims, key=lambda cl: order[id(cl)]):
        key = (cl.subject, cl.measure, cl.value, cl.unit, cl.kind)
        if key not in seen:
            seen.add(key)
            out.append(cl)
    return out


def main_subject(post: Post | str) -> str | None:
    """The post's main subject: the first model it names outside a compared
    position (``vs Y``, ``behind Y``, ``(Y: 75.1)``), or None."""
    if isinstance(post, str):
        post = Post(id="", author_id=None, author=None, text=post)
    return _Ctx(post, None).main_subject()


def thread_subject(thread) -> str | None:
    """The context subject of a conversation: its root's main subject, else
    that of the post the root quotes."""
    root = thread.root
    if root is None:
        return None
    subject = main_subject(root)
    if subject is None and root.quoted_id:
        quoted = thread.post(thread.quoted_id(root))
        subject = main_subject(quoted) if quoted is not None else None
    return subject


def iter_claims(thread_or_posts, context_subject: str | None = None) -> Iterator[Claim]:
    """Claims of a Thread (context = its root's subject unless given), a
    Corpus (each of its threads) or an iterable of posts. Retweets are left
    out: they repeat the original's claims."""
    if hasattr(thread_or_posts, "threads"):
        for t in thread_or_posts.threads:
            yield from iter_claims(t, context_subject)
        return
    if isinstance(thread_or_posts, Post):
        thread_or_posts = [thread_or_posts]
    elif hasattr(thread_or_posts, "by_id") and hasattr(thread_or_posts, "root"):
        context_subject = context_subject or thread_subject(thread_or_posts)
    for post in thread_or_posts:
        if post.kind != RETWEET:
            yield from extract_claims(post, context_subject)


def claims_frame(thread_or_posts, context_subject: str | None = None) -> pd.DataFrame:
    """One row per claim; columns are the ``Claim`` field names. Text and id
    columns are object dtype (ids stay ``str``), ``value`` is float64."""
    rows = [asdict(c) for c in iter_claims(thread_or_posts, context_subject)]
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS, dtype=object)
    df["value"] = df["value"].astype("float64")
    return df


__all__ = ["Claim", "CLAIM_COLUMNS", "extract_claims", "claims_frame", "iter_claims", "main_subject",
           "thread_subject"]
