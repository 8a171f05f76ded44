"""Confidence from wording: the spec's "Confidence from wording" table.

``find_confidence(text)`` returns the probability that the wording gives the
event, as a :class:`Confidence` (value, span, phrase, whether a number was
given, whether the wording negates the event), or ``None`` when the text has
no hedge, no number and no plain assertion (the caller then applies its own
default, e.g. the spec's 0.9 for a present tense used as future).

The table (values from Sherman Kent / ICD 203 as the spec fixes them):

=================================================  =====  ======================
wording                                            value  rule
=================================================  =====  ======================
certainly, definitely, no doubt, guaranteed,       0.95   certain
for sure, almost certainly
bare future: will, 'll, is going to, gonna         0.9    will
it won't take that long                            0.9    will
very likely, highly likely                         0.85   very_likely
probably, likely, I expect, should                 0.7    likely
possibly, maybe, perhaps, might, could, may        0.4    possible
maybe not, might not, may not                      0.6    possible_not (negated)
unlikely, probably not, I doubt, I don't think     0.25   unlikely (negated)
very unlikely, highly unlikely                     0.1    very_unlikely (negated)
won't, will not, there will be no                  0.1    wont (negated)
almost certainly not / won't, no chance, no way    0.05   no_chance (negated)
70%, 70 percent, I'd put 30% on it, 50/50,         n      explicit
coin flip, 1 in 4, une chance sur deux, 七成
=================================================  =====  ======================

The same rows in Spanish, German, French, Chinese and Japanese are in the word
tables below (one line per form). Team mappings (dev-set README decision 9):
``probablemente`` 0.7, ``sin duda`` 0.95, ``lo dudo``/``improbable`` 0.25,
``posiblemente``/``podría`` 0.4; ``wahrscheinlich`` 0.7, ``wahrscheinlich
nicht`` 0.25, ``vielleicht`` 0.4, ``ohne Zweifel`` 0.95; ``probablement`` 0.7,
``peut-être`` 0.4, ``j'en doute`` 0.25; ``很可能`` 0.85, ``肯定`` 0.95,
``不太可能`` 0.25, ``会`` 0.9; ``たぶん`` 0.7, ``かもしれない`` 0.4, ``はず``
0.7; ``coin flip`` 0.5, ``1 in 4`` 0.25, ``for sure`` 0.95, ``almost
certainly won't`` 0.05, ``there will be no X`` 0.1.

Which phrase wins when several occur (the strongest evidence):

1. An explicit number beats any wording; wording beats a plain assertion
   (``will``/``won't``/``会``/``wird``): "it is going to happen, likely in Q1"
   is 0.7, not 0.9.
2. Overlapping phrases: a hedge over a plain assertion ("wird wohl nicht" is
   "wohl nicht", 0.25), then the longest ("very unlikely" over "unlikely",
   "probably not" over "probably", "不太可能" over "可能").
3. Then the most specific (longest) phrase; then, given ``near`` (a character
   offset, e.g. the time phrase's start), the one nearest to it; else the last
   one in the text (an afterthought such as "..., probably." governs).
4. A hedge followed, in the same clause, by a negated plain assertion takes
   the hedge's negated row: "probably won't" 0.25 (= probably not), "maybe it
   won't" 0.6, "应该不会" 0.25, "肯定不会" 0.05 (``rule`` stays the hedge's,
   ``negated`` is set, the span runs to the end of the negation). An explicit
   number is taken as written ("70% it won't" is not turned around).

Decisions where spec and README are silent: ``I don't think``/``I don't
expect``/``no creo``/``je ne pense pas``/``ich glaube nicht`` = "I doubt"
(0.25); ``I think``, ``my bet``, ``realistically`` carry no confidence (README
decision 17); ``maybe not``/``might not`` = 1 - 0.4 = 0.6, the rule the spec
gives for ``maybe never``; ``most likely`` is "likely" (0.7); ``almost
certainly`` is "certainly" (0.95); French ``sans doute`` and ``sûrement`` mean
"probably" (0.7) while ``sans aucun doute`` and ``certainement`` are 0.95;
Spanish ``seguramente`` is "probably" (0.7); Japanese ``きっと`` is "very
likely" (0.85); ``impossible``/``imposible``/``unmöglich``/``不可能``/
``ありえない`` are "no chance" (0.05); a range ``70-80%`` is its midpoint; odds
``3:1 against`` are 0.25 and ``3:1 on``/``in favour`` 0.75, bare ``3:1`` is
ambiguous and ignored. A percentage counts only as a probability: next to a
probability word (``70% chance``, ``85% in my book``, ``I'd put 30% on it``,
``I'd say 70%``) or standing alone as a clause (``..., 80%``, ``60%.``,
``Bayern 31%``); "55% by 2030", "CPI at 2.9%" are quantities. ``never`` is a
time word (see ``timeexpr``); :func:`hedged_never` turns the hedge of a
``never`` into the event's confidence.
"""
from __future__ import annotations

BARE_ASSERTION = 0.9  # a plain "will" (the spec's confidence table)

import functools
import re
from dataclasses import dataclass

from .regexwords import alternation, first_guard
from .scancache import Primed

__all__ = ["Confidence", "find_confidence", "hedged_never"]


@dataclass(frozen=True, slots=True)
class Confidence:
    """The confidence a wording gives, and where that wording is."""

    value: float
    start_char: int
    end_char: int
    phrase: str
    explicit: bool  # a number was given ("70%", "1 in 4", "50/50")
    negated: bool  # the wording negates the event ("unlikely", "won't", "no chance")
    rule: str = ""  # the table row used (see the module docs)


# rule -> (value, negated, tier). Tier 0 numbers, 1 hedges, 2 plain assertions.
RULES = {
    "certain": (0.95, False, 1), "very_likely": (0.85, False, 1), "likely": (0.7, False, 1),
    "possible": (0.4, False, 1), "possible_not": (0.6, True, 1), "unlikely": (0.25, True, 1),
    "very_unlikely": (0.1, True, 1), "no_chance": (0.05, True, 1), "will": (0.9, False, 2),
    "wont": (0.1, True, 2),
}
NEGATED_ASSERTION = RULES["wont"][0]  # a plain "won't", and a denied window ("not this year")

# Phrases per row and language; a space matches any whitespace, ' matches ' and ’.
HEDGES = {
    "certain": {
        "en": ["certainly", "definitely", "no doubt", "without a doubt", "without doubt", "undoubtedly",
               "guaranteed", "for sure", "for certain", "almost certainly", "I'm certain", "I am certain",
               "absolutely certain", "no question about it"],
        "es": ["sin duda", "sin ninguna duda", "sin lugar a dudas", "definitivamente", "seguro que sí",
               "seguro que", "con toda seguridad", "con certeza", "seguro"],
        "de": ["ohne Zweifel", "zweifellos", "garantiert", "definitiv", "bestimmt", "auf jeden Fall",
               "mit Sicherheit", "ganz sicher", "todsicher"],
        "fr": ["certainement", "sans aucun doute", "à coup sûr", "assurément", "c'est sûr", "sûr et certain",
               "forcément"],
        "zh": ["肯定", "一定", "必然", "必定", "绝对", "毫无疑问", "无疑", "板上钉钉"],
        "ja": ["絶対に", "絶対", "必ず", "間違いなく", "確実に", "ほぼ確実"],
    },
    "very_likely": {
        "en": ["very likely", "highly likely", "very probably", "highly probable", "very probable",
               "in all likelihood"],
        "es": ["muy probable", "muy probablemente", "altamente probable"],
        "de": ["sehr wahrscheinlich", "höchstwahrscheinlich", "äußerst wahrscheinlich"],
        "fr": ["très probablement", "très probable", "fort probablement", "hautement probable"],
        "zh": ["很可能", "很有可能", "极有可能", "非常可能", "大概率", "十有八九", "可能性很大", "可能性很高"],
        "ja": ["きっと", "十中八九", "可能性が高い"],
    },
    "likely": {
        "en": ["probably", "likely", "probable", "I expect", "I'd expect", "we expect", "expected to",
               "odds are", "chances are", "probly", "prolly", "probs", "expects", "expect"],
        "es": ["probablemente", "probable", "es probable", "lo más probable", "seguramente", "debería",
               "deberían"],
        "de": ["wahrscheinlich", "vermutlich", "voraussichtlich", "dürfte", "dürften", "sollte", "sollten",
               "wohl", "ich erwarte"],
        "fr": ["probablement", "probable", "sans doute", "sûrement", "devrait", "devraient", "je m'attends à",
               "vraisemblablement"],
        "zh": ["应该", "大概", "估计", "预计", "多半", "想必"],
        "ja": ["たぶん", "多分", "おそらく", "恐らく", "はず", "だろう", "でしょう", "見込み"],
    },
    "possible": {
        "en": ["possibly", "maybe", "perhaps", "might", "could be", "there's a chance"],
        "es": ["quizás", "quizá", "tal vez", "a lo mejor", "posiblemente", "podría", "podrían", "puede que",
               "es posible"],
        "de": ["vielleicht", "möglicherweise", "eventuell", "könnte", "könnten", "kann sein", "womöglich"],
        "fr": ["peut-être", "possiblement", "pourrait", "pourraient", "il est possible"],
        "zh": ["可能", "也许", "或许", "说不定", "有可能", "没准"],
        "ja": ["かもしれない", "かもしれません", "かも", "もしかしたら", "ひょっとしたら", "可能性がある"],
    },
    "possible_not": {
        "en": ["maybe not", "perhaps not", "possibly not", "might not", "may not"],
        "es": ["quizás no", "tal vez no", "a lo mejor no"],
        "de": ["vielleicht nicht", "vielleicht auch nicht"],
        "fr": ["peut-être pas"],
    },
    "unlikely": {
        "en": ["unlikely", "improbable", "probably not", "likely not", "not likely", "I doubt", "doubtful", "doubt it",
               "doubt that",
               "I don't think", "I do not think", "don't think so", "I don't expect", "I do not expect",
               "I don't believe", "shouldn't", "should not"],
        "es": ["improbable", "poco probable", "probablemente no", "lo dudo", "dudo que", "dudo mucho", "no creo",
               "no lo creo"],
        "de": ["unwahrscheinlich", "wahrscheinlich nicht", "eher nicht", "kaum", "ich bezweifle",
               "bezweifle ich", "ich glaube nicht", "glaube ich nicht", "ich denke nicht", "vermutlich nicht",
               "wohl nicht"],
        "fr": ["peu probable", "improbable", "probablement pas", "j'en doute", "je doute", "je ne pense pas",
               "je ne crois pas", "ça m'étonnerait"],
        "zh": ["不太可能", "不大可能", "未必", "不见得", "我怀疑", "怀疑", "小概率", "可能性不大", "可能性很小",
               "恐怕不会"],
        "ja": ["ないだろう", "ないでしょう", "なさそう", "疑わしい", "可能性は低い"],
    },
    "very_unlikely": {
        "en": ["very unlikely", "highly unlikely", "extremely unlikely", "very improbable"],
        "es": ["muy improbable", "muy poco probable", "altamente improbable"],
        "de": ["sehr unwahrscheinlich", "höchst unwahrscheinlich", "äußerst unwahrscheinlich"],
        "fr": ["très peu probable", "très improbable", "hautement improbable"],
        "zh": ["极不可能", "几乎不可能", "非常不可能"],
    },
    "no_chance": {
        "en": ["almost certainly not", "almost certainly won't", "certainly not", "definitely not",
               "definitely won't", "certainly won't", "no chance", "not a chance", "zero chance", "no way",
               "impossible"],
        "es": ["seguro que no", "de ninguna manera", "ni de broma", "imposible", "ninguna posibilidad",
               "ni hablar"],
        "de": ["sicher nicht", "bestimmt nicht", "definitiv nicht", "auf keinen Fall", "keine Chance",
               "unmöglich", "ausgeschlossen"],
        "fr": ["certainement pas", "aucune chance", "impossible", "en aucun cas", "pas question",
               "sûrement pas"],
        "zh": ["肯定不", "一定不", "绝对不", "不可能", "没可能", "绝无可能", "没戏"],
        "ja": ["絶対ない", "ありえない", "あり得ない", "有り得ない", "はずがない", "わけがない", "可能性はゼロ"],
    },
    "will": {
        "en": ["is going to", "are going to", "am going to", "'s going to", "'re going to", "gonna", "shall"],
        "es": ["va a", "van a"],
        "zh": ["将会"],
    },
    "wont": {
        "en": ["won't", "will not", "isn't going to", "is not going to", "aren't going to", "are not going to",
               "not going to", "ain't gonna", "not gonna", "there will be no", "there won't be"],
        "es": ["no va a", "no van a"],
        "de": ["wird nicht", "werden nicht"],
        "fr": ["ne va pas", "ne vont pas"],
        "zh": ["不会"],
    },
}
# Forms a phrase list cannot say (each a regex, per row).
HEDGE_REGEX = {
    "possible": [r"(?<!in\s)(?<!by\s)(?<!early\s)(?<!late\s)(?<!mid\s)(?<!next\s)(?<!this\s)(?-i:may)(?!\s+not\b)",
                 r"could(?!n['’]t|\s+not|\s+have|['’]ve)",
                 (r"(?<!as\s)(?<!if\s)(?<!wie\s)(?<!si\s)(?<!antes\s)(?<!pronto\s)(?<!tôt\s)(?<!que\s)"
                 r"(?:possible|posible|möglich)")],
    "likely": [r"should(?!n['’]t|\s+not|\s+have|['’]ve)"],
    "unlikely": [r"doubt\s+it(?=\s*(?:$|[.!?,;]))", r"(?:I\s+)?(?:don['’]t|do\s+not)\s+see\s+it\s+happening"],
    "no_chance": [r"絶対に?[^。、！？!?]{0,12}?ない"],
    "will": [r"(?<!free\s)(?<!the\s)(?<!good\s)(?<!at\s)(?<!own\s)will(?!\s+not|\s+never)", r"['’]ll",
             r"won['’]?t\s+take\s+(?:that|so|very|too)?\s*long", r"(?:wird|werden)",
             r"(?:va|vont)\s+\w+(?:er|ir|re|oir)", r"(?<![机社学协大约开聚集都体只])会(?![议员计长场谈])",
             r"(?<!即)将(?![近军])"],
    "wont": [r"(?:wird|werden)(?:\s+[^\s.,;:!?]+){0,3}?\s+(?:nicht|kein\w*)",
             r"no\s+\w+(?:rá|rán)", r"ne\s+\w+(?:ra|ront)\s+pas", r"n['’]\s*\w+(?:ra|ront)\s+pas"],
}

# Explicit numbers.
_PCT = r"(?P<n>\d{1,3}(?:[.,]\d+)?)(?:\s*(?:-|–|to)\s*(?P<n2>\d{1,3}(?:[.,]\d+)?))?\s*" \
       r"(?:%|％|\s(?:percent|per\s+cent|pct|por\s+ciento|pour\s*cent|Prozent)\b)"
PROB_AFTER = r"\s*(?:chance|odds|probability|likelihood|likely|sure|confident|certain|in\s+my\s+book|" \
             r"on\s+(?:it|that|this)\b|that\b|de\s+(?:probabilidad|posibilidad|chance|probabilit)|" \
             r"(?:de\s+)?seguro|Wahrscheinlichkeit|Chance|sicher|的?(?:概率|可能性|几率|机会|把握)|の?(?:確率|可能性))"
PROB_BEFORE = r"(?:I['’]d\s+(?:put|say|give|go\s+with)|I\s+(?:would\s+)?(?:put|say|give)|I['’]m|I\s+am|" \
              r"chances?(?:\s+(?:of|is|are|at))?|odds(?:\s+(?:of|are|at))?|probability(?:\s+(?:of|is|at))?|" \
              r"likelihood|confidence|confident|diría|le\s+doy|pongo|je\s+dirais|je\s+mets|ich\s+sage|" \
              r"ich\s+würde\s+sagen|zu|概率|可能性|几率|把握|確率は?|可能性は)" \
              r"\s*(?:about|around|roughly|maybe|~|≈)?\s*$"
_WORD_NUM = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10}
_CJK_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
HALF_WORDS = ["50/50", "50-50", "50:50", "fifty-fifty", "fifty fifty", "coin flip", "coin-flip", "coinflip",
              "coin toss", "toss-up", "toss up", "pile ou face", "cara o cruz", "五五开", "一半一半", "五分五分",
              "半々"]

_LATIN = r"0-9A-Za-z\u00C0-\u024F_"
_L = rf"(?:(?<![{_LATIN}])|(?=[^\x00-\u024F]|['’]))"  # "'ll", "'s going to" follow a word
_R = rf"(?:(?<=[^\x00-\u024F])|(?![{_LATIN}]))"
_F = re.IGNORECASE


def _phrase(w: str) -> str:
    return re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")


def _compile_rows() -> list[tuple[str, re.Pattern]]:
    rows = []
    for rule, langs in HEDGES.items():
        alts = [alternation({w for ws in langs.values() for w in ws}, _phrase)] + HEDGE_REGEX.get(rule, [])
        rows.append((rule, _row(alts)))
    for rule, pats in HEDGE_REGEX.items():
        if rule not in HEDGES:
            rows.append((rule, _row(pats)))
    return rows


def _row(alts: list[str]) -> re.Pattern:
    body = "(?:" + "|".join(alts) + ")"
    return re.compile(_L + first_guard(body, _F) + body + _R, _F)


_ROWS = _compile_rows()
_PCT_RX = re.compile(_L + _PCT, _F)
_IN_RX = re.compile(_L + r"(?P<a>\d{1,2}|one|a|une|1)\s*(?:in|out\s+of|chances?\s+sur|-in-)\s*"
                    r"(?P<b>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|dix)" + _R, _F)
_ODDS_RX = re.compile(_L + r"(?P<a>\d{1,2})\s*(?::|to)\s*(?P<b>\d{1,2})\s+(?:odds\s+)?"
                      r"(?P<side>against|on|in\s+favou?r)" + _R, _F)
_HALF_RX = re.compile(_L + "(?:" + "|".join(_phrase(w) for w in HALF_WORDS) + ")" + _R, _F)
_TENTH_RX = re.compile(r"(?P<n>[一二两三四五六七八九]|[1-9])\s*(?:成|割)(?![功为绩立本长员果熟])")


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _prob_context(text: str, s: int, e: int) -> bool:
    """Is the number at text[s:e] a probability (not a quantity like "55% by 2030")?"""
    if re.match(PROB_AFTER, text[e:], _F) or re.search(PROB_BEFORE, text[max(0, s - 40):s], _F):
        return True
    clause_end = re.match(r"\s*(?:$|[.;,!?)。，！？\n])", text[e:])
    head = re.split(r"[.;,:!?(。，！？\n]", text[:s])[-1]
    # Alone in its clause, or after one to three capitalised words ("Bayern 31%").
    return bool(clause_end and re.fullmatch(r"\s*(?:(?:[A-ZÀ-Þ][\w'’-]*\s+){1,3})?(?:~|about|maybe)?\s*", head))


@functools.lru_cache(maxsize=4096)
def _scan_candidates(text: str) -> tuple[tuple, ...]:
    """Every hedge, probability and assertion in ``text``; kept for the last
    few thousand texts, as a sentence is read more than once."""
    out = []
    for rule, rx in _ROWS:
        for m in rx.finditer(text):
            value, neg, tier = RULES[rule]
            out.append((tier, m.start(), m.end(), value, neg, False, rule))
    for m in _PCT_RX.finditer(text):
        if _prob_context(text, m.start(), m.end()):
            a = _num(m["n"])
            v = (a + _num(m["n2"])) / 2 if m["n2"] else a
            if 0 <= v <= 100:
                out.append((0, m.start(), m.end(), round(v / 100, 4), False, True, "explicit"))
    for m in _IN_RX.finditer(text):
        after = text[m.end():]
        if re.match(r"\s*(?:$|[.,;!?)]|that\b|chance|odds|shot|on\b)", after, _F) or \
                re.search(r"(?:say|put|odds|chance|maybe|about)\s*$", text[:m.start()], _F):
            a = int(m["a"]) if m["a"].isdigit() else _WORD_NUM[m["a"].lower()]
            b = int(m["b"]) if m["b"].isdigit() else _WORD_NUM[m["b"].lower()]
            if 0 < a <= b:
                out.append((0, m.start(), m.end(), round(a / b, 4), False, True, "explicit"))
    for m in _ODDS_RX.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a + b:
            v = b / (a + b) if m["side"].lower() == "against" else a / (a + b)
            out.append((0, m.start(), m.end(), round(v, 4), False, True, "explicit"))
    for m in _HALF_RX.finditer(text):
        out.append((0, m.start(), m.end(), 0.5, False, True, "explicit"))
    for m in _TENTH_RX.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else _CJK_DIGIT[m["n"]]
        out.append((0, m.start(), m.end(), n / 10, False, True, "explicit"))
    return tuple(out)


_candidates = Primed(_scan_candidates)


def _negate(value: float) -> float:
    """The negated row of a hedge: probably -> probably not (0.25), certainly ->
    almost certainly not (0.05), very likely -> very unlikely (0.1), will -> won't
    (0.1); a hedge with no negated row takes 1 - value (maybe -> 0.6)."""
    return {0.95: 0.05, 0.9: 0.1, 0.85: 0.1, 0.7: 0.25}.get(value, round(1 - value, 4))


def find_confidence(text: str, near: int | None = None) -> Confidence | None:
    """The strongest confidence evidence in ``text`` (see the module docs for the
    order); ``near`` (a character offset) breaks ties by distance. ``None`` when
    the text has no hedge, no probability and no plain assertion."""
    cands = sorted(_candidates(text), key=lambda c: (c[0], -(c[2] - c[1]), c[1]))
    kept: list[tuple] = []
    for c in cands:
        if all(c[2] <= k[1] or c[1] >= k[2] for k in kept):
            kept.append(c)
    if not kept:
        return None

    def rank(c):
        where = -abs((c[1] + c[2]) / 2 - near) if near is not None else c[1]
        return (-c[0], c[2] - c[1], where)

    best = max(kept, key=rank)
    tier, s, e, value, neg, explicit, rule = best
    if tier == 1 and not neg:  # "probably won't", "maybe it won't", "应该不会": the hedge's negated row
        for _t, s2, e2, _v, _n, _x, rule2 in sorted(kept, key=lambda k: k[1]):
            if rule2 == "wont" and s2 >= e and not re.search(r"[.,;:!?。，！？]", text[e:s2]):
                value, neg, e = _negate(value), True, e2
                break
    return Confidence(value, s, e, text[s:e], explicit, neg, rule)


def hedged_never(confidence: Confidence | None) -> float:
    """Confidence that the event happens when the wording is ``never`` (spec: a bare
    ``never`` is 0.05; a hedged never takes the negated row of its hedge:
    ``probably never`` 0.25, ``maybe never`` 1 - 0.4 = 0.6). A plain ``will
    never`` is a bare never; a number or a negating hedge is read as the
    probability of "never" itself, so the event gets 1 - value."""
    if confidence is None or confidence.rule in ("will", "wont"):
        return 0.05
    if confidence.explicit or confidence.negated:
        return round(1 - confidence.value, 4)
    return _negate(confidence.value)
