"""The shapes a claim can take: word tables, the compiled patterns, and the
masking that hides dates, handles and version numbers before numbers are
read. The rules that turn a match into a ``Claim`` are in ``claims.scores``
and ``claims.figures`` (run by ``claims.extract``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

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
