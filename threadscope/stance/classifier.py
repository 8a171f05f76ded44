"""Reply stance (SDQC) and who agreed with whom.

Every reply and quote gets a ``stance`` toward the post it answers (its
reply parent, else the quoted post): ``support`` (agrees, endorses,
confirms), ``deny`` (disagrees, contradicts, mocks), ``query`` (asks for
evidence or clarification) or ``comment``, the scheme of the RumourEval
shared tasks. The conversation root answers nothing: its stance is null,
unless it quotes a post (a quote answers what it quotes).

How a post is read, first rule that applies:

1. Forecasts. When the post and the post it answers both forecast the same
   proposition (``threadscope.forecasts``), windows the two can share
   support ("+1, it's coming this year" under "this year"; "2027 for sure"
   under "late 2027"), windows one rules out deny ("It won't take that
   long" under "Probably Q1"; "No way before 2028"; "by August" under "by
   December"): see :func:`compatible`.
2. Strong cues: a short reply, or the opening clause of a longer one, that
   says its stance outright ("Agreed.", "+1", "Couldn't agree more", "W
   take"; "Wrong.", "Lol no.", "Hard disagree", "/s", "ratio"; "Citation
   needed"; "Big if true" takes no side), in
   English and, for the commonest phrases, in the languages the forecast
   extractor reads ("同意", "de acuerdo", "falso").
3. Not English: a question mark asks, anything else comments.
4. The model: a multinomial logistic regression over sparse features of the
   post and its context (its words, cue lexicons, VADER scores, the wording
   it shares with the root and the parent, its place in the thread), with
   weights fitted on the RumourEval 2017 annotations by
   ``benchmarks/train_stance.py``; the features, the weights and where they
   come from are in :mod:`threadscope.stance.model`.

Self-replies get no rule of their own: RumourEval's annotators mostly call
a continuation a comment (52 of 73), and making continuations support cost
accuracy in cross-validation; the model has a self-reply feature.

``root_stance`` is the stance toward the conversation root, composed down
the reply chain from a post's stance ``s`` and its parent's root stance
``r``:

- a reply to the root itself (or a quote of it): ``s``;
- ``s`` is query or comment: ``s`` (a question or a remark about a remark
  is a question or a remark in the debate);
- ``s`` is support or deny and ``r`` is support or deny: agreement keeps
  the parent's side (support ∘ r = r), disagreement flips it
  (deny ∘ support = deny, deny ∘ deny = support);
- ``s`` is support or deny and ``r`` is query or comment: comment (siding
  with or against a remark that takes no side on the root takes none);
- the parent is outside the export: ``s``.

Why: RumourEval labels are stance toward the source rumour. In
leave-one-event-out cross-validation on train and dev this rule gives the
best macro-F1 among the rules tried at an accuracy not below always-comment
(copying ``s`` down, or keeping ``s`` under a comment, gain 0.01 macro-F1
but lose 0.01 accuracy); see ``benchmarks/train_stance.py --cv``. The root's
``root_stance`` is null.

Sentiment comes from :mod:`threadscope.stance.sentiment` (VADER; null for posts not in
English).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

import pandas as pd

from ..forecasts import extract_forecasts
from ..model import Post
from ..tables import typed_frame
from ..thread import Thread, is_self_reply, user_key
from .model import _MENTION, _URL, COMMENT, DENY, QUERY, SUPPORT, Context, StanceModel, default_model, features
from .sentiment import is_english, post_sentiment

COLUMNS = ["post_id", "parent_id", "author", "stance", "root_stance", "sentiment", "sentiment_label"]
EXTRA_COLUMNS = ["confidence", "reason", "depth", "target_author", "pos", "neu", "neg"]


@dataclass(frozen=True, slots=True)
class StanceResult:
    """A label, the model's probability for it (1.0 when a cue or a
    forecast decided, None for the fallback on posts not in English), and
    what decided: ``model``, ``cue``, ``forecast`` or ``not English``."""

    label: str
    confidence: float | None
    reason: str = "model"


_NOT_WRONG = re.compile(r"(?<![\w'])(?:(?:you'?re|you are|he'?s|she'?s|they'?re|that'?s|it'?s|isn'?t) )?not wrong(?![\w'])",
                        re.IGNORECASE)
_STRONG: dict[str, str] = {
    DENY: r"not true|not correct|not right|not exactly|untrue|false|fake(?: news)?|hoax|debunked|lies|liar|lying|"
          r"(?:that'?s|thats|this is|it'?s) (?:a )?(?:lie|lies|false|fake|wrong|nonsense|bs|bullshit|not true)|"
          r"(?:i )?(?:strongly |hard |respectfully |completely |totally )?disagree|(?:don'?t|do not|can'?t|cannot) agree|"
          r"wrong|absolutely not|of course not|definitely not|not a chance|no chance|no way|nope|nah|lol no|no lol|"
          r"yeah right|sure jan|/s|#sarcasm|not happening|won'?t happen|(?:i )?(?:highly |seriously )?doubt (?:it|that)|"
          r"bs|bullshit|nonsense|rubbish|misleading|misinformation|that'?s not how|pigs (?:will|might|can) fly|"
          r"keep dreaming|dream on|in your dreams|not even close|press x to doubt|x to doubt|"
          r"(?:sure|yeah|right|ok),? and i'?m the (?:pope|queen|king)|l take|bad take|terrible take|"
          r"no,? (?:it|that|he|she|they) (?:is|was|did|does|will)n'?t|"
          r"no estoy de acuerdo|falso|mentira|stimmt nicht|falsch|quatsch|c'est faux|pas d'accord|"
          r"不同意|不对|胡说|假的|違う",
    SUPPORT: r"(?:i )?(?:completely |totally |fully |strongly |hard |100 ?% |so )?agree(?:d)?|couldn'?t agree more|"
             r"exactly|so much this|\+1|well said|great point|good point|fair point|"
             r"(?:you'?re|you are|he'?s|she'?s) (?:so |absolutely |completely |totally |100 ?% )?right|"
             r"spot on|so true|this is the way|nailed it|same here|seconded|100 ?% (?:this|agree)|"
             r"w take|good take|great take|can confirm|i stand corrected|i retract|fair enough|"
             r"de acuerdo|totalmente de acuerdo|coincido|exacto|einverstanden|stimme zu|d'accord|"
             r"tout à fait|exactement|bien dicho|gut gesagt|bien dit|同意|赞同|同感|没错|说得好|说得对|賛成|その通り",
    QUERY: r"citation needed|sources? (?:pls|please|needed)|says who|according to whom|any (?:source|evidence|proof)|"
           r"(?:which|what|when|where|who)\b.{0,30}\bthough",
    COMMENT: r"(?:big|huge|wild) if true|time will tell|we'?ll see",
}
# Words that state a stance only as the whole reply (or its opening clause):
# "This." agrees, "this is the worst take" does not.
_WHOLE: dict[str, str] = {
    DENY: r"no|wrong|false|fake|lies|nope|nah|嘘|ratio|cope|copium|seethe|delusional",
    SUPPORT: r"this|yes|yep|yup|true|correct|right|same|indeed|absolutely|precisely|facts|preach|100 ?%|"
             r"right on|confirmed|genau|exakt|based|lol true|true lol|(?:ok |okay |alright )?(?:that'?s )?fair|"
             r"(?:ok |okay |alright )?(?:i )?stand corrected",
    QUERY: r"sources?|proof|link|evidence|citation|really",
    COMMENT: r"if true|interesting|following|bookmark(?:ed|ing)?(?: this)?|remindme|remind me|🍿|👀|popcorn",
}
_STRONG_RES = {k: re.compile(r"(?<![\w'#@])(?:" + v + r")(?![\w'])", re.IGNORECASE) for k, v in _STRONG.items()}
_WHOLE_RES = {k: re.compile(r"[\W_]*(?:" + _STRONG[k] + "|" + v + r")[\W_]*", re.IGNORECASE)
              for k, v in _WHOLE.items()}
_CLAUSE = re.compile(r"[.!,;:—–\n]")
SHORT = 10


def strong_cue(text: str, english: bool = True) -> str | None:
    """What a short reply, or the opening clause of a longer one, says
    outright: "Agreed.", "+1", "Couldn't agree more", "100% this", "W take",
    "based", "fair enough", "I stand corrected" support; "Wrong.", "Lol no.",
    "I doubt it", "Yeah right /s", "Hard disagree", "ratio", "cope", "press X
    to doubt" deny; "Citation needed", "Source" ask; "Big if true", "🍿",
    "time will tell" take no side (comment). Such replies are rare in
    RumourEval, and labelled there with little regard for these words
    ("agreed" is support half the time, "wrong" deny one time in eight), so
    the model learnt little of them. A post with a question mark is left to
    the model (questions are what it reads best), as is a concession
    ("True, but ..."). Posts in other languages are read by the same lists
    where the lists know their words."""
    bare = " ".join(_MENTION.sub("", _URL.sub("", text)).split())
    if not bare or "?" in bare or "？" in bare:
        return None
    words = len(bare.split())
    short = words <= SHORT or not english
    opening = _CLAUSE.split(bare, 1)[0].strip()
    candidates = [bare] if short else []
    if opening and opening != bare and len(opening.split()) <= 4:
        candidates.append(opening)
    hedged = re.search(r"\bbut\b|\bhowever\b|\bthough\b", bare, re.IGNORECASE)
    for part in candidates:
        if _NOT_WRONG.search(part):
            return SUPPORT
        for label in (DENY, SUPPORT, QUERY, COMMENT):
            if _WHOLE_RES[label].fullmatch(part) or (part is bare and _STRONG_RES[label].search(part)):
                if label == SUPPORT and hedged:
                    return None
                return label
    return None


def classify_context(ctx: Context, model: StanceModel | None = None, sentiment=None) -> StanceResult:
    """The stance of one post toward what it answers: a strong cue, else
    the model; a post the model cannot read (not English) asks when it has
    a question mark and comments otherwise."""
    english = is_english(ctx.text, ctx.lang)
    cue = strong_cue(ctx.text, english)
    if cue is not None:
        return StanceResult(cue, 1.0, "cue")
    if not english:
        return StanceResult(QUERY if "?" in ctx.text or "？" in ctx.text else COMMENT, None, "not English")
    model = model or default_model()
    probs = model.probabilities(features(ctx, sentiment))
    best = max(range(len(probs)), key=probs.__getitem__)
    return StanceResult(model.labels[best], round(probs[best], 4))


def classify_scored(text: str, parent_text: str | None = None, root_text: str | None = None, *,
                    depth: int | None = None, self_reply: bool = False, quote: bool = False,
                    lang: str | None = None, model: StanceModel | None = None) -> StanceResult:
    """:func:`classify` with the probability and the deciding rule."""
    if depth is None and parent_text is not None:
        depth = 1 if root_text is None or root_text == parent_text else 2
    ctx = Context(text, parent_text, root_text if root_text is not None else parent_text, depth, self_reply,
                  quote, False, lang)
    return classify_context(ctx, model)


def classify(text: str, parent_text: str | None = None, root_text: str | None = None, **kw) -> str:
    """The stance of ``text`` toward ``parent_text`` (the post it answers;
    ``root_text`` is the conversation's first post, the parent itself when
    omitted): ``classify("Source?") == "query"``. Keywords as
    :func:`classify_scored`."""
    return classify_scored(text, parent_text, root_text, **kw).label


def compose(stance: str | None, parent_root_stance: str | None) -> str | None:
    """The root stance of a post whose stance toward its parent is
    ``stance`` and whose parent's root stance is ``parent_root_stance``
    (None when the parent is the root or unknown: the post's own stance
    stands). The rule is in the module docs."""
    if stance in (None, QUERY, COMMENT) or parent_root_stance is None:
        return stance
    if parent_root_stance not in (SUPPORT, DENY):
        return COMMENT
    if stance == SUPPORT:
        return parent_root_stance
    return SUPPORT if parent_root_stance == DENY else DENY


def target_of(post: Post, thread: Thread) -> tuple[str | None, bool]:
    """The id a post answers (reply parent, else quoted post) and whether it
    answers by quoting."""
    parent = thread.parent_id(post)
    if parent:
        return parent, False
    quoted = thread.quoted_id(post)
    return (quoted, True) if quoted else (None, False)


def contexts(thread: Thread) -> dict[str, tuple[Context, str | None]]:
    """Each post's classifier context and the id it answers (None: it
    answers nothing)."""
    root = thread.root
    root_text = root.body if root is not None else None
    root_author = thread.author_of(thread.root_id)
    metrics = thread.metrics
    out = {}
    for post in thread.by_id.values():
        target, quote = target_of(post, thread)
        tpost = thread.post(target) if target else None
        m = metrics.get(post.id)
        depth = m.depth if m is not None else None
        if quote and not post.reply_to_id:
            depth = 1
        ctx = Context(post.body, tpost.body if tpost is not None else None,
                      root_text if post.id != thread.root_id else None, depth,
                      is_self_reply(post, thread), quote,
                      post.id != thread.root_id and user_key(post.author, post.author_id) == root_author,
                      post.lang)
        out[post.id] = (ctx, target)
    return out


@dataclass(frozen=True, slots=True)
class PostStance:
    """One post's row of the stance table. ``parent_id`` is the post it
    answers (reply parent, else quoted post); ``reason`` says what decided
    the stance (see :class:`StanceResult`); ``confidence`` is the model's
    probability for the label."""

    post_id: str
    parent_id: str | None
    author: str
    stance: str | None
    root_stance: str | None
    sentiment: float | None
    sentiment_label: str | None
    confidence: float | None
    reason: str | None
    depth: int | None
    target_author: str | None
    pos: float | None
    neu: float | None
    neg: float | None


def forecast_stance(post_id: str, target_id: str, by_post: dict[str, list],
                    posted: dict[str, date] | None = None) -> str | None:
    """Deny when the post forecasts its target's proposition in a way the
    target's forecast rules out ("it won't take that long", "no way before
    2028", "July at the earliest" under "June 12"), support when every such
    pair is compatible ("+1, June 12"; "2027 for sure, no way it's 2026"
    under "late 2027"); None when the two share no proposition. See
    :func:`compatible`; ``posted`` gives each post's date, which tells a
    deadline ("by end of 2027") from a period."""
    mine, theirs = by_post.get(post_id), by_post.get(target_id)
    if not mine or not theirs:
        return None
    pairs = [(a, b) for a in mine for b in theirs if a.proposition == b.proposition]
    if not pairs:
        return None
    posted = posted or {}
    return SUPPORT if all(compatible(a, b, posted.get(a.post_id), posted.get(b.post_id)) for a, b in pairs) else DENY


def _overlap(a, b) -> bool:
    lo = max(a.window_start or date.min, b.window_start or date.min)
    hi = min(a.window_end or date.max, b.window_end or date.max)
    return lo <= hi


def _deadline(f, posted: date | None) -> bool:
    return posted is not None and f.window_start is not None and abs((f.window_start - posted).days) <= 1


def compatible(a, b, a_posted: date | None = None, b_posted: date | None = None) -> bool:
    """Whether two forecasts of one proposition can both come true, as a
    reader of the thread would take them. The same polarity: windows that
    overlap ("2027" and "late 2027") are compatible, except two deadlines
    ("by" a date, their windows opening when posted), which agree only on
    the same date: "by August" answering "by December" says sooner. Opposite
    polarities: "won't happen in 2026" is compatible with "late 2027" (the
    windows are apart) and not with "Q1 2026". A forecast without a window
    agrees with any other of its polarity and rules out any of the other."""
    dated = (a.window_start, a.window_end) != (None, None) and (b.window_start, b.window_end) != (None, None)
    if a.polarity == b.polarity:
        if not dated:
            return True
        if _deadline(a, a_posted) and _deadline(b, b_posted):
            return a.window_end == b.window_end
        return _overlap(a, b)
    return dated and not _overlap(a, b)


def post_stances(thread: Thread, forecasts: list | None = None, model: StanceModel | None = None) -> list[PostStance]:
    """Every post of the thread with its stance, root stance and sentiment,
    in time order. ``forecasts`` are the thread's forecast records (from
    ``extract_forecasts``); None extracts them, ``[]`` leaves them out."""
    if forecasts is None:
        forecasts = extract_forecasts(thread)
    by_post: dict[str, list] = {}
    for fc in forecasts:
        by_post.setdefault(fc.post_id, []).append(fc)
    model = model or default_model()
    ctxs = contexts(thread)
    posted = {p.id: p.created_at.date() for p in thread.by_id.values() if p.created_at is not None}
    local: dict[str, tuple[str | None, float | None, str | None]] = {}
    sentiments = {}
    for post in thread.by_id.values():
        ctx, target = ctxs[post.id]
        sent = sentiments[post.id] = post_sentiment(post)
        if target is None:
            local[post.id] = (None, None, None)
            continue
        by_forecast = forecast_stance(post.id, target, by_post, posted)
        if by_forecast is not None:
            local[post.id] = (by_forecast, 1.0, "forecast")
            continue
        r = classify_context(ctx, model, sent)
        local[post.id] = (r.label, r.confidence, r.reason)
    roots = root_stances(thread, {pid: v[0] for pid, v in local.items()}, ctxs)
    out = []
    for post in thread:
        ctx, target = ctxs[post.id]
        stance, conf, reason = local[post.id]
        sent = sentiments[post.id]
        out.append(PostStance(
            post.id, target, user_key(post.author, post.author_id), stance, roots.get(post.id),
            sent.compound if sent else None, sent.label if sent else None, conf, reason, ctx.depth,
            thread.author_of(target) if target else None,
            sent.pos if sent else None, sent.neu if sent else None, sent.neg if sent else None))
    return out


def root_stances(thread: Thread, stances: dict[str, str | None],
                 ctxs: dict[str, tuple[Context, str | None]]) -> dict[str, str | None]:
    """Each post's stance toward the root, composed down the reply tree
    (iteratively: threads can be thousands deep). Under a parent outside
    the export the post's own stance stands."""
    out: dict[str, str | None] = {}
    root = thread.root_id
    for pid in stances:
        chain: list[str] = []
        node = pid
        while node is not None and node not in out:
            if node not in stances or node in chain:
                break
            chain.append(node)
            if node == root:
                break
            node = ctxs[node][1]
        upstream = out.get(node) if node is not None and node not in chain else None
        for n in reversed(chain):
            target = ctxs[n][1]
            if n == root:
                out[n] = None
            elif target == root or target is None:
                out[n] = stances[n]
            else:
                out[n] = compose(stances[n], upstream)
            upstream = out[n]
    return out


def stance_table(thread: Thread, forecasts: list | None = None, model: StanceModel | None = None) -> pd.DataFrame:
    """One row per post (the root too, its stance null unless it quotes):
    :data:`COLUMNS`, then :data:`EXTRA_COLUMNS`."""
    names = [f.name for f in fields(PostStance)]
    rows = [{n: getattr(r, n) for n in names} for r in post_stances(thread, forecasts, model)]   # asdict, without its deep copies
    return typed_frame(rows, COLUMNS + EXTRA_COLUMNS,
                       {**dict.fromkeys(("sentiment", "confidence", "pos", "neu", "neg"), "Float64"), "depth": "Int64"})
