"""Forecast records: who predicted what, by when, how sure (see the contract
in the project's forecast spec; field names are the spec's).

How a post is read, sentence by sentence:

1. A sentence that asks (ends in ``?``) is no forecast; a ``when will ...``
   question defines the event its answers are about.
2. Conditionals (``if``, ``unless``) and counterfactuals (``would be``),
   norms (``must never``), greetings (``see you in 3 days``), hopes and wishes, ``/s`` sarcasm,
   negated or past statements (``didn't happen``, ``promised``, ``was supposed
   to``), and time words quoted rather than used (``'soon'``) are no forecast.
3. A sentence holding a time window the calendar grammar resolves (and that
   has not already ended on the post's date D) is a forecast; its confidence
   comes from its wording (an explicit number wins; bare assertion 0.9). A
   confidence said in the next sentence of the same post (``September. 85% in
   my book.``) belongs to it.
4. A post with no window of its own that answers (replies to or quotes) a
   forecast with a relative form (``sooner``, ``too optimistic``, ``agreed``,
   a bare ``Unlikely.``) takes its window from that forecast, with
   ``relative_to`` set.
5. The holder is the author, or the person a reported-speech sentence names
   (``X says ...``, ``According to X, ...``), resolved to a handle through
   the thread's authors and mentions: a full display name, or a first or last
   name matching exactly one of them; otherwise the name as written.
6. The event is the sentence without its time, hedge and reporting words;
   when little is left (``Probably Q1``) it comes from the forecast or the
   question the post answers, through the reply graph and quotes.
7. Forecasts answering another share its proposition; others join the
   proposition whose event has the same key words and figures, else start a
   new one. Proposition ids (``P1``, ``P2``...) are shared by one input.

Posts in languages other than English, Chinese, Spanish, German, French and
Japanese get no forecast rather than a wrong one.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Iterable

from ..thread import Thread
from .hedges import find_confidence, hedged_never
from .relations import AGREE, CONFIDENCE_ONLY, EARLIER, LATER, find_relation, relative_window
from .timeexpr import TimeWindow, ended, find_windows

FIELDS = ["post_id", "author", "holder", "quote", "event", "proposition", "window_start", "window_end",
          "confidence", "polarity", "relative_to", "vague"]
LANGUAGES = {"en", "zh", "es", "de", "fr", "ja", "und", "qme", "qht", "zxx", None, ""}
BARE_ASSERTION = 0.9
NEVER = 0.05


@dataclass(frozen=True, slots=True)
class Forecast:
    """One forecast record, exactly the spec's fields."""

    post_id: str
    author: str | None
    holder: str | None
    quote: str
    event: str
    proposition: str
    window_start: date | None
    window_end: date | None
    confidence: float
    polarity: str
    relative_to: str | None
    vague: bool

    def as_dict(self) -> dict:
        d = asdict(self)
        d["window_start"] = self.window_start.isoformat() if self.window_start else None
        d["window_end"] = self.window_end.isoformat() if self.window_end else None
        return d


_SENTENCE = re.compile(r"[^.!?。！？\n]+(?:[.!?。！？]+|\n|$)")
_QUESTION = re.compile(r"[?？]\s*$")
_CONDITIONAL = re.compile(
    r"(?:^|\W)(?:if|unless|assuming|provided that|in case|si|wenn|falls|sofern|如果|要是|假如|もし|なら(?:ば)?)(?:\W|$)",
    re.IGNORECASE)
_WISH = re.compile(r"(?:^|\W)(?:i hope|hopefully|i wish|fingers crossed|would love|ojal[aá]|espero que|hoffentlich|"
                   r"ich hoffe|j'esp[eè]re|esp[eé]rons|希望|但愿|いいな|願わくは|期待したい)(?:\W|$)", re.IGNORECASE)
_NOT_A_FORECAST = re.compile(
    r"(?:^|\W)(?:would be|would have|wouldn'?t be|must never|should never|must not|see you|which year|what year|"
    r"sería|wäre|serait)(?:\W|$)", re.IGNORECASE)
_SARCASM = re.compile(r"(?:^|\s)/s\b|#sarcasm", re.IGNORECASE)
_PAST = re.compile(r"(?:^|\W)(?:didn'?t|did not|never did|hasn'?t|haven'?t|has not|have not|was supposed to|were supposed to|promised|"
                   r"said (?:it|they|he|she) would|had predicted|used to say|no pas[oó]|ist nicht|n'a pas|"
                   r"没有发生|しなかった)(?:\W|$)", re.IGNORECASE)
_DISCUSSED = re.compile(r"""['"‘“«「『]([^'"’”»」』]{1,40})['"’”»」』]""")
_REPORT_BEFORE = re.compile(
    r"(?:according to|per|as per|según|segun|laut|selon|d'apr[eè]s|据)\s+(?P<name>@?\w[\w.\-]*(?:\s+[A-Z\u00C0-\u024F][\w.\-]*){0,4})\s*[,，:]?",
    re.IGNORECASE)
_REPORT_AFTER = re.compile(
    r"(?P<name>@\w+|[A-Z\u00C0-\u024F][\w.\-]*(?:\s+[A-Z\u00C0-\u024F][\w.\-]*){0,4})\s+"
    r"(?:says|said|thinks|expects|predicts|claims|reckons|believes|estimates|forecasts|told \w+|is saying|"
    r"dice que|dijo que|afirma que|cree que|sagt|meint|glaubt|erwartet|dit que|pense que|affirme que|estime que)\b")
_REPORT_CJK = re.compile(r"(?P<name>@?\w{1,20}?)(?:说|表示|认为|预测|によると|によれば|は言う|は言っている)")
_FIRST_PERSON = re.compile(r"^(?:i think|i'd say|i bet|i reckon|i believe|imo|imho|my bet is|my guess is|"
                           r"my call:?|calling it:?|prediction:?|hot take:?|creo que|ich glaube|je pense que|"
                           r"我觉得|我认为|我猜)\s*", re.IGNORECASE)
_WHEN_QUESTION = re.compile(r"(?:^|\W)(?:predictions? (?:for|on)|odds (?:of|on)|timelines? (?:for|on)|eta (?:for|on)|"
                            r"when|how soon|how long (?:until|before|till)|by when|what year|which year|"
                            r"cu[aá]ndo|wann|quand|什么时候|何时|いつ)\b\s*(?:will|do(?:es)? you (?:think|expect)|would|"
                            r"do we|does|do|is|are|can|could)?\s*", re.IGNORECASE)
_STOP = set("""a an the of to in on at by for from with and or but is are be will would should could can
might may it its it's this that these those there their they he she we you i my our your his her them
than then so very just really also too around about probably likely maybe perhaps possibly definitely
certainly no yes not don't won't will'll going get gets got say says said think expect bet guess more less
imo imho tbh lol de la el los las que en y un una es se por para con le les des du et est pas une der die
das und ist nicht ein eine zu mit como dice dijo dicen según pero muy también wie sagt aber auch sehr comme dit
mais aussi très right agree agreed""".split())
_TITLE = re.compile(r"^(?:[A-Z]{2,}|CEO|CTO|CFO|COO|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.?|President|Minister|Chair|Chairman|"
                    r"Governor|Senator|founder|chief)$")


@dataclass(slots=True)
class _Found:
    post_id: str
    author: str | None
    holder: str | None
    quote: str
    event: str
    window: tuple[date | None, date | None]
    confidence: float
    explicit: bool
    relative_to: str | None
    vague: bool
    proposition: str | None = None


class _Registry:
    """Propositions shared across one input. Two events are one proposition
    when they name the same things (the names and figures in them: ``R9``,
    ``BTC``, ``$150k``) and neither names something the other lacks besides;
    events naming nothing fall back to their common words."""

    def __init__(self) -> None:
        self.keys: list[tuple[str, set[str], set[str], set[str]]] = []

    def find(self, event: str) -> str | None:
        key = _key(event)
        for pid, *other in self.keys:
            if _same_event(key, tuple(other), strict=True):
                return pid
        return None

    def assign(self, event: str) -> str:
        found = self.find(event)
        if found is not None:
            return found
        key = _key(event)
        pid = f"P{len(self.keys) + 1}"
        self.keys.append((pid, *key))
        return pid


def _same_event(a, b, strict: bool) -> bool:
    """Nothing in either event says it is about something else: no other
    figure (strict: figures must agree), no name of its own on both sides,
    some content word in common when both have some; and something shared."""
    names, numbers, words = a
    o_names, o_numbers, o_words = b
    if numbers != o_numbers and (strict or (numbers and o_numbers)):
        return False
    if names and o_names and (not names & o_names or (names - o_names and o_names - names)):
        return False
    if words and o_words and not words & o_words:
        return False
    return bool(names & o_names or words & o_words) or not strict


def _key(event: str) -> tuple[set[str], set[str], set[str]]:
    """Names (capitalised or with digits, not the first word unless it has a
    digit or is all capitals), figures, and the other content words."""
    names, numbers, words = set(), set(), set()
    for i, m in enumerate(re.finditer(r"\$?\d[\d.,]*\s?[kmbKMB%]?(?![A-Za-z])|[A-Za-z0-9\u00C0-\u024F]"
                                      r"(?:[A-Za-z0-9\u00C0-\u024F\-.']*[A-Za-z0-9\u00C0-\u024F])?", event)):
        t = re.sub(r"['’]s$", "", m.group(0))
        low = t.lower()
        if t[0].isdigit() or t[0] == "$":
            numbers.add(low.replace(" ", "").rstrip(".,"))
        elif low in _STOP:
            continue
        elif any(c.isdigit() for c in t) or (t.isupper() and len(t) > 1) or t[0].isupper():
            names.add(_DEMONYMS.get(low, low))
        elif len(t) > 2:
            words.add(_stem(low))
    for run in re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]+", event):
        words.update(_stem(run[i:i + 2]) for i in range(max(1, len(run) - 1)))
    return names, numbers, words


_DEMONYMS = {"chinese": "china", "american": "us", "america": "us", "usa": "us", "u.s": "us", "european": "europe",
             "japanese": "japan", "korean": "korea", "indian": "india", "french": "france", "german": "germany",
             "spanish": "spain", "british": "uk", "russian": "russia", "brazilian": "brazil", "italian": "italy"}
_HAPPENS = {"ship", "release", "launch", "come", "arrive", "drop", "out", "available", "land", "debut", "hit",
            "publish", "happen", "coming", "shipping", "releas", "launch", "arriv",
            "出货", "发布", "推出", "上市", "出る", "発売", "登場", "リリース"}


def _stem(word: str) -> str:
    """A crude stem; the ways of saying that a thing comes out are one word."""
    word = _stem_suffix(word)
    return "release" if word in _HAPPENS else word


def _stem_suffix(word: str) -> str:
    for suffix in ("ing", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def extract_forecasts(threads: Thread | Iterable[Thread]) -> list[Forecast]:
    """Every forecast in the threads of one input, in post time order."""
    if isinstance(threads, Thread):
        threads = [threads]
    registry = _Registry()
    found: dict[str, list[_Found]] = {}
    out: list[Forecast] = []
    for thread in threads:
        out.extend(_thread_forecasts(thread, registry, found))
    return out


def _thread_forecasts(thread: Thread, registry: _Registry, found: dict[str, list["_Found"]]) -> list[Forecast]:
    """``found`` is shared by the threads of one input, so a quote post can
    answer a forecast made in another conversation."""
    people = _people(thread)
    questions: dict[str, str] = {}
    for post in thread:
        if post.kind == "retweet" or post.lang not in LANGUAGES or post.created_at is None:
            continue
        today = post.created_at.date()
        text = post.text
        body_start = post.body_start
        records = _own_forecasts(post, text, body_start, today, people, questions)
        targets = _answered(thread, post, found)
        context = targets[0] if targets else _context(thread, post, found, questions)
        if not records and targets:
            rel = _relative(post, text[body_start:], targets, today)
            if rel is not None:
                records = [rel]
        for r in records:
            _place(r, targets, context, registry, post.lang not in ("en", None, ""))
        if records:
            found[post.id] = records
    result = []
    for post in thread:
        for r in found.get(post.id, ()):
            result.append(Forecast(
                post_id=r.post_id, author=r.author, holder=r.holder, quote=r.quote, event=r.event,
                proposition=r.proposition or registry.assign(r.event), window_start=r.window[0],
                window_end=r.window[1], confidence=round(r.confidence, 3),
                polarity="will" if r.confidence >= 0.5 else "will_not", relative_to=r.relative_to, vague=r.vague))
    return result


def _people(thread: Thread) -> dict[str, str]:
    """Names a reported-speech sentence may use, mapped to handles: handles
    themselves, full display names, and first or last names that are unique."""
    names: dict[str, str] = {}
    parts: dict[str, set[str]] = {}
    posts = list(thread.by_id.values()) + list(thread.external.values())
    for p in posts:
        for handle in (p.author, *p.mentions):
            if handle:
                names[handle.lower()] = handle
        if p.author and p.author_name:
            full = re.sub(r"\s*[\(（].*?[\)）]\s*", " ", p.author_name).strip()
            names[full.lower()] = p.author
            for token in re.findall(r"[^\W\d_]{2,}", full):
                parts.setdefault(token.lower(), set()).add(p.author)
    for token, handles in parts.items():
        if len(handles) == 1 and token not in names:
            names[token] = next(iter(handles))
    return names


def _sentences(text: str, offset: int):
    for m in _SENTENCE.finditer(text, offset):
        s = m.group(0)
        if s.strip():
            yield m.start(), s


def _own_forecasts(post, text: str, body_start: int, today: date, people: dict, questions: dict) -> list[_Found]:
    records: list[_Found] = []
    last: _Found | None = None
    for start, sentence in _sentences(text, body_start):
        stripped = sentence.strip()
        if _QUESTION.search(stripped):
            m = _WHEN_QUESTION.search(stripped)
            if m:
                q = _clean_event(stripped[m.end():].rstrip("?？ "))
                if q:
                    questions[post.id] = q
            last = None
            continue
        if (_SARCASM.search(stripped) or _WISH.search(stripped) or _PAST.search(stripped)
                or _NOT_A_FORECAST.search(stripped)):
            last = None
            continue
        conditional = bool(_CONDITIONAL.search(stripped))
        quoted_spans = [m.span(1) for m in _DISCUSSED.finditer(sentence)]
        windows = [w for w in find_windows(sentence, today)
                   if not any(a <= w.start_char and w.end_char <= b for a, b in quoted_spans)]
        conf = find_confidence(sentence)
        if not windows:
            if conf is not None and conf.explicit and last is not None and not last.explicit and not conditional:
                last.confidence, last.explicit = conf.value, True
                last.quote = text[text.find(last.quote):start + len(sentence.rstrip())] if last.quote in text else last.quote
            continue
        if conditional:
            last = None
            continue
        live = [w for w in windows if not ended(w, today)]
        if not live:
            last = None
            continue
        holder, holder_span = _holder(sentence, post, people)
        for w in _one_per_range(live):
            value, explicit = _confidence(w, conf)
            quote = _quote(sentence, start, text)
            event = _event(sentence, w, conf, holder_span, people)
            if last is not None and _too_thin(event) and last.window == (w.start, w.end):
                continue
            rec = _Found(post.id, post.author, holder, quote, event, (w.start, w.end), value, explicit, None, w.vague)
            records.append(rec)
            last = rec
    return records


def _one_per_range(windows: list[TimeWindow]) -> list[TimeWindow]:
    """Two windows in one sentence are two forecasts only when joined by a
    list; "between"/"to" ranges come from the grammar as one window."""
    return windows[:1] if len(windows) > 1 and windows[0].start == windows[1].start else windows


def _confidence(w: TimeWindow, conf) -> tuple[float, bool]:
    if w.never:
        return (hedged_never(conf) if conf is not None else NEVER), bool(conf and conf.explicit)
    if conf is None:
        return BARE_ASSERTION, False
    return conf.value, conf.explicit


def _quote(sentence: str, start: int, text: str) -> str:
    lead = len(sentence) - len(sentence.lstrip())
    return text[start + lead:start + len(sentence.rstrip())]


def _holder(sentence: str, post, people: dict) -> tuple[str | None, tuple[int, int] | None]:
    for pattern in (_REPORT_BEFORE, _REPORT_AFTER, _REPORT_CJK):
        m = pattern.search(sentence)
        if not m:
            continue
        name = m.group("name").strip()
        if pattern is _REPORT_AFTER and name.lower() in ("i", "he", "she", "it", "they", "we", "everyone", "nobody",
                                                         "someone", "people", "who"):
            continue
        if name.lower() in ("me", "my", "i", "us"):
            continue
        return _resolve_name(name, people), m.span()
    return post.author, None


def _resolve_name(name: str, people: dict) -> str:
    if name.startswith("@"):
        return name[1:]
    tokens = name.split()
    while len(tokens) > 1 and _TITLE.match(tokens[0]):
        tokens.pop(0)
    for i, t in enumerate(tokens):
        if _TITLE.match(t) and i + 1 < len(tokens):
            tokens = tokens[i + 1:]
    candidates = [" ".join(tokens)] + ([tokens[0], tokens[-1]] if len(tokens) > 1 else tokens)
    for c in candidates:
        handle = people.get(c.lower())
        if handle:
            return handle
    return " ".join(tokens)


_CLAUSE = re.compile(r",\s*(?:so|and so|which means|thus|hence|therefore|but)\s+|;\s*|\s+[—–]\s+")


def _event(sentence: str, w: TimeWindow, conf, holder_span, people: dict | None = None) -> str:
    """The sentence's clause holding the window, without the window, the
    hedge, the reporting words and the names of the people in the thread."""
    lo, hi = 0, len(sentence)
    for m in _CLAUSE.finditer(sentence):
        if m.end() <= w.start_char:
            lo = m.end()
        elif m.start() >= w.end_char:
            hi = min(hi, m.start())
    event = _event_text(sentence, w, conf, holder_span, lo, hi)
    if people:
        event = re.sub(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True)),
                       " ", event, flags=re.IGNORECASE) if people else event
        event = re.sub(r"\s+", " ", event).strip(" ,.;:!-—–'\"")
    return event


def _event_text(sentence: str, w: TimeWindow, conf, holder_span, lo: int, hi: int) -> str:
    cut = [(w.start_char, w.end_char), (hi, len(sentence)), (0, lo)]
    if conf is not None:
        cut.append((conf.start_char, conf.end_char))
    if holder_span is not None:
        cut.append(holder_span)
    keep = [True] * len(sentence)
    for a, b in cut:
        for i in range(max(0, a), min(b, len(sentence))):
            keep[i] = False
    text = "".join(c if k else " " for c, k in zip(sentence, keep))
    return _clean_event(text)


def _clean_event(text: str) -> str:
    text = re.sub(r"https?://\S+|@\w+|(?<!\w)\+1(?!\d)", " ", text)
    text = _FIRST_PERSON.sub("", text.strip())
    text = re.sub(r"\b(?:will|is going to|are going to|gonna|going to|be|happen|happens|at the latest|"
                  r"in my book|on it|that|so)\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!-—–'\"")
    text = re.sub(r"(?:\s+(?:around|about|by|in|before|after|from|until|at|on|for|con|en|para|um|im|à|en))+$", "",
                  text, flags=re.IGNORECASE)
    return text


def _too_thin(event: str) -> bool:
    names, numbers, words = _key(event)
    return not names and len(words) < 2


def _place(r: _Found, targets: list[_Found], context: "_Found | str | None", registry: _Registry,
           foreign: bool = False) -> None:
    """Event and proposition of a record: a relative form takes its target's;
    a record whose event names nothing of its own (``Probably Q1``, ``it's
    coming this year``) takes the forecast or question it answers, else the
    nearest one up the reply chain; the rest are matched by their words. A
    post in another language than English that matches no proposition by its
    words is taken to be about what it answers (words do not match across
    languages)."""
    if r.relative_to is not None:
        target = next(t for t in targets if t.post_id == r.relative_to)
        r.event, r.proposition = target.event, target.proposition
        return
    if isinstance(context, str) and not targets and _compatible(r.event, context):
        r.event = context
    elif _too_thin(r.event) or (targets and _compatible(r.event, targets[0].event)):
        if isinstance(context, _Found):
            r.event, r.proposition = context.event, context.proposition
            return
        if isinstance(context, str):
            r.event = context
    if foreign and isinstance(context, _Found) and registry.find(r.event) is None:
        r.event, r.proposition = context.event, context.proposition
        return
    r.proposition = registry.assign(r.event)


def _compatible(event: str, other: str) -> bool:
    """Nothing in ``event`` says it is about something else than ``other``."""
    return _same_event(_key(event), _key(other), strict=False)


def _context(thread: Thread, post, found: dict, questions: dict) -> "_Found | str | None":
    """What a post that answers no forecast directly is about: the nearest
    question or forecast up the reply chain, else the conversation root's
    first forecast."""
    seen = {post.id}
    parent = thread.parent_id(post)
    while parent and parent not in seen:
        seen.add(parent)
        if parent in questions:
            return questions[parent]
        if found.get(parent):
            return found[parent][0]
        p = thread.post(parent)
        parent = thread.parent_id(p) if p is not None else None
    root = found.get(thread.id)
    return root[0] if root and thread.id != post.id else None


def _answered(thread: Thread, post, found: dict) -> list[_Found]:
    """Forecasts in the post this one replies to, then in the one it quotes."""
    out: list[_Found] = []
    for ref in (thread.parent_id(post), thread.quoted_id(post)):
        if ref:
            out.extend(found.get(ref, ()))
    return out


def _relative(post, body: str, targets: list[_Found], today: date) -> _Found | None:
    stripped = body.strip()
    if _QUESTION.search(stripped) or _SARCASM.search(stripped):
        return None
    rel = find_relation(stripped)
    conf = find_confidence(stripped)
    if rel is None:
        if conf is None or len(re.findall(r"\w+", stripped)) > 6:
            return None
        kind = CONFIDENCE_ONLY
    else:
        kind = rel.kind
    target = targets[0]
    start, end = relative_window(kind, target.window[0], target.window[1], today)
    if kind == AGREE:
        value = conf.value if conf is not None else target.confidence
    elif kind in (EARLIER, LATER):
        value = conf.value if conf is not None and not _is_relative_negation(conf, rel) else BARE_ASSERTION
    else:
        value = conf.value
    return _Found(post.id, post.author, post.author, stripped, target.event, (start, end), value,
                  bool(conf and conf.explicit), target.post_id, target.vague and kind == AGREE)


def _is_relative_negation(conf, rel) -> bool:
    """The "won't" of "it won't take that long" is part of the relative form,
    not a hedge on the event."""
    return rel is not None and conf.start_char >= rel.start_char and conf.end_char <= rel.end_char + 1


def forecasts_frame(records: Iterable[Forecast]):
    import pandas as pd
    rows = [r.as_dict() for r in records]
    return pd.DataFrame(rows, columns=FIELDS, dtype=object).astype({"confidence": "float64"})
