"""What the stance model reads of a post, and the model itself.

The model (the last of the rules in ``threadscope.stance``) is a
multinomial logistic regression over sparse features of the post and its
context (its words and word pairs; cue lexicons for denial, agreement,
questions, sarcasm, hedges, insults, corrections; VADER scores; how much of
the root's and the parent's wording it repeats, since a retweet of a claim
supports it; a negation over a word of the answered claim; depth,
self-reply, quote, root author, a parent that asks). The weights
(``model.json``) derive from the RumourEval 2017 subtask A
annotations, train and dev splits (CC BY 4.0; PHEME, Zubiaga et al. 2016;
Derczynski et al. 2017), fitted by ``benchmarks/train_stance.py``; reading
them needs nothing but Python. The biases carry decision offsets (deny +0.5,
query +0.25, in ``meta``): the fit maximises likelihood, the task is judged
by macro-F1, and the small classes are what a likelihood fit gives up, so the
probabilities the model reports lean toward deny and query by those
amounts.

Here too: the four labels, the text normalisation and tokens the features
are built from, and :func:`cue_label`, the cue-word baseline, which is one
of the features. ``threadscope.stance`` re-exports the public names.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..forecasts.regexwords import first_guard
from .sentiment import is_english, score_text

SUPPORT, DENY, QUERY, COMMENT = "support", "deny", "query", "comment"
LABELS = (SUPPORT, DENY, QUERY, COMMENT)
MODEL_PATH = Path(__file__).with_name("model.json")

_URL = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+")
_MENTION = re.compile(r"@\w+")
_TOKEN = re.compile(r"#?[a-z0-9_]+(?:'[a-z]+)?|\+1|[?!]|[^\s\w.,:;\"'()\-]", re.IGNORECASE)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_ELONGATED = re.compile(r"(.)\1{2,}")
_RETWEETISH = re.compile(r"^\s*(?:rt|mt)\s+@|[\"“]\s*@\w+\s*:|\b(?:rt|mt|via)\s+@\w+", re.IGNORECASE)

_CUES: dict[str, str] = {
    "deny": r"fake|hoax|false|not true|untrue|(?:is|was)n'?t true|lies|lying|liar|lied|wrong|no way|doubts?|doubtful|"
            r"bs|bullshit|b\.s|nonsense|rubbish|crap|debunked?|misinformation|misleading|not confirmed|unconfirmed|"
            r"nope|not real|photoshopp?ed|incorrect|never happened|did ?n'?t happen|stop spreading|not the case|"
            r"denie[sd]|deny|nah|no he (?:is|was)n'?t|not dead|still alive|is alive|conspiracy|propaganda|"
            r"false flag|staged|sure thing|yeah right|as if|don'?t believe|not buying|bollocks|garbage|"
            r"irresponsible|shame on you|retract|speculation|speculating|jumping to conclusions|won'?t happen|"
            r"not happening|unlikely|no chance|i doubt",
    "support": r"agreed?|i agree|exactly|\+1|confirmed|confirms?|true|so true|indeed|absolutely|yes|yep|yeah|"
               r"correct|right|well said|good point|spot on|same|this is it|definitely|of course|precisely|"
               r"totally|100%|💯|👍|👏|🙌|can confirm|it'?s (?:official|true|confirmed)|you'?re right|"
               r"true that|facts|this\.",
    "sympathy": r"rip|r\.i\.p|rest in peace|pray(?:ers|ing)?|thoughts are with|condolences|sad|tragic|"
                r"heartbreaking|horrible|terrible|awful|so sorry|omg|oh my god|wow|shocking|breaking",
    "query": r"is (?:this|that|it) (?:true|real|confirmed|legit)|source\??|sources\?|proof|evidence|any (?:news|update|"
             r"word|info|confirmation)|confirm\?|really\?|is it true|are you sure|link\?|citation|can you|"
             r"how do you know|what happened|who (?:is|was|are)|what (?:is|was|are|does|do)|why|how|when|where|"
             r"which|wait what|huh|wtf\?|which (?:year|one|month|day) though|according to whom|says who",
    "sarcasm": r"/s|#sarcasm|yeah right|sure jan|lol|lmao|lmfao|rofl|haha\w*|😂|🤣|🙄|😒|oh please|"
               r"totally|obviously|clearly|nice try|good one|cool story",
    "hedge": r"reportedly|allegedly|unconfirmed|rumou?rs?|apparently|claims?|claimed|supposedly|possibly|maybe|"
             r"perhaps|might|may|could|if true",
    "insult": r"idiot\w*|moron\w*|stupid\w*|dumb\w*|clown\w*|ignorant|shut up|fuck you|f\*ck you|pathetic|"
              r"disgrace\w*|joke|ridiculous|numpties|dick\w*|retard\w*|twat|dumbass|fool\w*|troll\w*|"
              r"get a life|grow up|embarrass\w*",
    "correction": r"actually|in fact|get (?:it|your facts|the facts) right|check your facts|do your research|"
                  r"take (?:it|this|that) down|delete (?:this|that|it|your tweet)|stop (?:it|this|spreading|lying)|"
                  r"correction|to be clear|not what|that's not|it's not|it was not|it wasn't|learn to|stick to the facts|"
                  r"fact check|misreport\w*|already (?:been )?(?:denied|debunked)|no evidence|no proof|"
                  r"no one knows|nobody knows|too early|jumping the gun",
    "negation": r"not|no|never|n'?t|nothing|none|nobody|neither|nor|cannot",
}
_CUE_RES = {k: re.compile(r"(?<![\w#@])" + first_guard(v, re.IGNORECASE) + "(?:" + v + r")(?![\w])", re.IGNORECASE)
            for k, v in _CUES.items()}
_WH_START = re.compile(r"^\W*(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|"
                       r"would|should|has|have|any)\b", re.IGNORECASE)
_STOP = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she", "his", "her", "we", "you", "your", "i", "my", "me", "our", "us", "so", "as", "if", "then", "than", "just", "also", "too", "very", "will", "would", "should", "could", "can", "has", "have", "had", "do", "does", "did", "not", "no", "rt", "mt", "via", "amp", "urltoken", "mentiontoken"])

@dataclass(frozen=True, slots=True)
class Context:
    """What the classifier reads of one post: its text and what it answers."""

    text: str
    parent_text: str | None = None
    root_text: str | None = None
    depth: int | None = None
    self_reply: bool = False
    quote: bool = False
    by_root_author: bool = False
    lang: str | None = None


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Kept for the last few thousand texts: a root or parent is read again
    for every reply under it."""
    text = _URL.sub(" urltoken ", text)
    text = _MENTION.sub(" mentiontoken ", text)
    return _ELONGATED.sub(r"\1\1", text.lower())


def tokens(text: str) -> list[str]:
    return list(_tokens(text))


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple("0" if t.isdigit() else t for t in _TOKEN.findall(normalise(text)))


def _content(toks: Iterable[str]) -> set[str]:
    return {t for t in toks if t.isalnum() and t not in _STOP and len(t) > 1 and t != "0"}


@lru_cache(maxsize=8192)
def _content_of(text: str) -> frozenset[str]:
    return frozenset(_content(_tokens(text)))


@lru_cache(maxsize=8192)
def _cues_of(text: str) -> frozenset[str]:
    """The cue groups found in a text the post answers."""
    low = normalise(text)
    return frozenset(name for name, rx in _CUE_RES.items() if rx.search(low))


def _bucket(x: float, edges: tuple[float, ...]) -> int:
    return sum(1 for e in edges if x >= e)


def features(ctx: Context, sentiment=None) -> dict[str, float]:
    """Sparse features of a post in its context, named ``w:`` (word), ``b:``
    (word pair), ``c:`` (cue group), ``x:`` (context)."""
    body = _URL.sub(" ", ctx.text)
    toks = [t for t in _tokens(ctx.text) if t != "mentiontoken"]
    f: dict[str, float] = {"bias": 1.0}
    words = [t for t in toks if t != "urltoken"]
    for t in set(toks):
        f["w:" + t] = 1.0
    for a, b in zip(["<s>"] + words, words + ["</s>"]):
        f[f"b:{a} {b}"] = 1.0
    low = normalise(ctx.text)
    for name, rx in _CUE_RES.items():
        n = len(rx.findall(low))
        if n:
            f["c:" + name] = 1.0
            f[f"c:{name}:{'depth1' if ctx.depth == 1 else 'deep'}"] = 1.0
            if n > 1:
                f[f"c:{name}>1"] = 1.0
    if words and words[0] in ("no", "nope", "nah", "not", "never", "wrong", "false", "fake", "lies"):
        f["c:starts_no"] = 1.0
    q = body.count("?")
    if q:
        f["c:qmark"] = 1.0
        if body.rstrip().endswith("?"):
            f["c:qmark_end"] = 1.0
        if _WH_START.match(_MENTION.sub("", body)):
            f["c:wh_start"] = 1.0
    if "!" in body:
        f["c:exclaim"] = 1.0
    if _RETWEETISH.search(ctx.text):
        f["c:retweetish"] = 1.0
    if "urltoken" in toks:
        f["c:url"] = 1.0
    long_words = re.findall(r"[A-Za-z]{3,}", body)
    caps = sum(1 for w in long_words if w.isupper())
    if caps >= 2 and caps >= 0.3 * len(long_words):
        f["c:caps"] = 1.0
    f[f"x:len{_bucket(len(words), (1, 4, 11, 21))}"] = 1.0
    if sentiment is None and is_english(ctx.text, ctx.lang):
        sentiment = score_text(ctx.text)
    if sentiment is not None:
        f[f"x:vader{_bucket(sentiment.compound, (-0.5, -0.05, 0.05, 0.5))}"] = 1.0
        f["x:vneg"] = sentiment.neg
        f["x:vpos"] = sentiment.pos
    else:
        f["x:foreign"] = 1.0
    mine = _content(words)
    for name, other in (("root", ctx.root_text), ("parent", ctx.parent_text)):
        if other is None:
            continue
        theirs = _content_of(other)
        if mine and theirs:
            shared = len(mine & theirs)
            f[f"x:{name}_cover{_bucket(shared / len(theirs), (0.2, 0.4, 0.7))}"] = 1.0
            f[f"x:{name}_reuse{_bucket(shared / len(mine), (0.2, 0.5, 0.8))}"] = 1.0
    if ctx.parent_text is not None:
        if "?" in ctx.parent_text:
            f["x:parent_asks"] = 1.0
        found = _cues_of(ctx.parent_text)
        for name in ("deny", "support", "sarcasm", "hedge"):
            if name in found:
                f["p:" + name] = 1.0
    if ctx.root_text is not None and ctx.depth != 1:
        found = _cues_of(ctx.root_text)
        for name in ("deny", "hedge"):
            if name in found:
                f["r:" + name] = 1.0
    if ctx.root_text is not None or ctx.parent_text is not None:
        claim = _content_of(ctx.parent_text or "") | _content_of(ctx.root_text or "")
        if _negated_claim(words, claim):
            f["c:negated_claim"] = 1.0
            f["c:negated_claim:" + ("depth1" if ctx.depth == 1 else "deep")] = 1.0
    addressed = "you" in words or "your" in words or "you're" in words
    if addressed and sentiment is not None and sentiment.compound <= -0.3:
        f["c:hostile_you"] = 1.0
    if ctx.root_text is not None:
        mine_n = set(_NUMBER.findall(body))
        root_n = set(_NUMBER.findall(_URL.sub(" ", ctx.root_text)))
        if mine_n and root_n:
            f["x:numbers_" + ("same" if mine_n & root_n else "differ")] = 1.0
    f["rule:" + cue_label(ctx)] = 1.0
    if ctx.depth is not None:
        f[f"x:depth{min(ctx.depth, 3)}"] = 1.0
    if ctx.self_reply:
        f["x:self_reply"] = 1.0
    if ctx.quote:
        f["x:quote"] = 1.0
    if ctx.by_root_author:
        f["x:root_author"] = 1.0
    return f


_NEGATORS = frozenset(["not", "no", "never", "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "don't", "won't", "can't", "cannot", "hasn't", "haven't", "nothing", "none", "nobody"])


def _negated_claim(words: list[str], claim: set[str]) -> bool:
    """A negation within three words before a word of the answered claim
    ("wasn't closed", "not an ISIS flag"): the post contradicts it."""
    return any((w in _NEGATORS or w.endswith("n't")) and any(x in claim for x in words[i + 1:i + 4])
               for i, w in enumerate(words))


@dataclass(frozen=True)
class StanceModel:
    """Weights of the logistic regression: one row of four per feature."""

    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    labels: tuple[str, ...] = LABELS
    meta: dict | None = None

    def probabilities(self, feats: dict[str, float]) -> list[float]:
        scores = list(self.bias)
        for name, value in feats.items():
            w = self.weights.get(name)
            if w is not None:
                for i, wi in enumerate(w):
                    scores[i] += wi * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def to_json(self) -> dict:
        return {"labels": list(self.labels), "bias": [round(b, 4) for b in self.bias],
                "meta": self.meta or {},
                "weights": {k: [round(x, 3) for x in v] for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict) -> StanceModel:
        return cls({k: tuple(v) for k, v in data["weights"].items()}, tuple(data["bias"]),
                   tuple(data["labels"]), data.get("meta"))


@lru_cache(maxsize=1)
def default_model() -> StanceModel:
    """The shipped weights, read once."""
    return StanceModel.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


_RULE_DENY = re.compile(r"(?<![\w#@])(?:fake|hoax|false|not true|untrue|lies|lying|liar|wrong|bs|bullshit|nonsense|"
                        r"rubbish|debunked|misleading|not confirmed|unconfirmed|nope|not real|incorrect|"
                        r"don'?t believe|stop spreading|rumou?r|speculation|irresponsible|is alive|still alive|"
                        r"not dead)(?![\w])", re.IGNORECASE)
_RULE_SUPPORT = re.compile(r"(?<![\w#@])(?:agreed?|i agree|exactly|\+1|well said|so true|confirmed|indeed|absolutely|"
                           r"yes|yep|correct|spot on|true)(?![\w])", re.IGNORECASE)


def cue_label(ctx: Context) -> str:
    """The cue-word baseline: a denial word, else a question mark, else an
    agreement word or a retweet of the answered text, else comment."""
    low = normalise(ctx.text)
    if _RULE_DENY.search(low):
        return DENY
    if "?" in ctx.text:
        return QUERY
    if _RULE_SUPPORT.search(low) or _RETWEETISH.search(ctx.text):
        return SUPPORT
    return COMMENT
