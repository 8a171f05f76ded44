"""Which forecasts are about the same event: proposition ids.

A proposition is "the same outcome", whatever the window: "BTC above $150k"
and "BTC hits $150k" are one; "$150k" and "$200k" are two, so are "the Fed's
first cut" and "the ECB cuts". Events are compared by a key of three sets:

- names: words capitalised inside the event, all-capital words and words with
  digits (``R9``, ``Orion-5``, ``ECB``). The event's first word, when only its
  first letter is capital, is a weak name: it counts as a content word, never
  as a conflict ("Updating: $1B worldwide" is not about "Updating"), because
  English capitalises the first word of any sentence.
- figures: numbers with their unit, ``$`` dropped (``$150k`` = ``150k``).
- content words, stemmed crudely; ways of saying that a thing comes out are
  one word (ship, release, launch...), so are ways of saying a figure is
  reached (hit, cross, above, reach...) and undercut (below, under, fall).

Two keys are one proposition when figures agree, neither names a thing the
other lacks while lacking one the other names, they share a content word when
both have some, and they share something. Placement (``place``) adds the
thread: an event that names nothing (``Probably Q1``) is about the forecast or
question it answers; a reply in another language that matches nothing by its
words is about what it answers, since words do not match across languages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class EventKey:
    names: frozenset[str]
    numbers: frozenset[str]
    words: frozenset[str]
    weak: frozenset[str] = frozenset()

    @property
    def thin(self) -> bool:
        """Names nothing of its own: ``Probably Q1``, ``it's coming``."""
        return not self.names and not self.numbers and len(self.words) < 2


_STOP = set("""a an the of to in on at by for from with and or but is are be will would should could can
might may it its it's this that these those there their they he she we you i my our your his her them
than then so very just really also too around about probably likely maybe perhaps possibly definitely
certainly no yes not don't won't will'll going get gets got say says said think expect bet guess more less
imo imho tbh lol like actually even still now again here where go goes what when which who how call calls
de la el los las que en y un una es se por para con le les des du et est pas une der die
das und ist nicht ein eine zu mit como dice dijo dicen según pero muy también wie sagt aber auch sehr comme dit
mais aussi très right agree agreed they'll we'll it'll i'll you'll she'll he'll that'll i'd they're it's
we're you're""".split())
_ALIASES = {"chinese": "china", "american": "us", "america": "us", "usa": "us", "u.s": "us", "european": "europe",
            "japanese": "japan", "korean": "korea", "indian": "india", "french": "france", "german": "germany",
            "spanish": "spain", "british": "uk", "russian": "russia", "brazilian": "brazil", "italian": "italy",
            "bitcoin": "btc", "ethereum": "eth", "ether": "eth", "solana": "sol",
            "fly": "flight", "flies": "flight", "flew": "flight", "flown": "flight", "bust": "bankrupt"}
_ENDS = {"end", "finish", "done", "conclud", "settl", "resolv", "ends", "ended", "finished"}
_HAPPENS = {"ship", "release", "launch", "come", "arrive", "drop", "out", "available", "land", "debut",
            "publish", "happen", "coming", "shipping", "releas", "arriv",
            "出货", "发布", "推出", "上市", "出る", "発売", "登場", "リリース"}
_ABOVE = {"hit", "hits", "cross", "reach", "above", "over", "exceed", "top", "break", "surpass", "pass", "clear",
          "beyond", "über", "sobre", "supera", "dépasse", "dépasser", "rise", "climb", ">", "≥"}
_BELOW = {"below", "under", "fall", "drop", "dip", "sink", "unter", "debajo", "sous", "<", "≤"}
_DURATION = re.compile(r"~?\d[\d.,]*\+?\s*-?\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?|decades?|hours?|hrs?|"
                       r"cycles?|quarters?)\b|\d+\s*(?:年|か月|ヶ月|个月|天|週間|周)(?:后|後|以内)?", re.IGNORECASE)
_OVER_AS_END = re.compile(r"\bover\b(?!\s*[$€£~]?\s*\d)", re.IGNORECASE)
_TOKEN = re.compile(r"\$?\d[\d.,]*\s?[kmbKMB%]?(?![A-Za-z])|[<>≤≥]|[A-Za-z0-9\u00C0-\u024F]"
                    r"(?:[A-Za-z0-9\u00C0-\u024F\-.']*[A-Za-z0-9\u00C0-\u024F])?")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")
_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1 << 16)
def event_key(event: str) -> EventKey:
    names: set[str] = set()
    numbers: set[str] = set()
    words: set[str] = set()
    weak: set[str] = set()
    event = _OVER_AS_END.sub(" ended ", _DURATION.sub(" ", event))
    for i, m in enumerate(_TOKEN.finditer(event)):
        t = _POSSESSIVE.sub("", m.group(0))
        low = t.lower()
        if t[0].isdigit() or t[0] == "$":
            numbers.add(low.replace(" ", "").lstrip("$").rstrip(".,"))
        elif low in _STOP:
            continue
        elif any(c.isdigit() for c in t) or (t.isupper() and len(t) > 1) or (t[0].isupper() and i > 0):
            names.add(_ALIASES.get(low, low))
        elif len(t) > 2 or t in "<>≤≥":
            words.add(_stem(_ALIASES.get(low, low)))
            if t[0].isupper():
                weak.add(_ALIASES.get(low, low))
    for run in _CJK_RUN.findall(event):
        words.update(_stem(run[i:i + 2]) for i in range(max(1, len(run) - 1)))
    return EventKey(frozenset(names), frozenset(numbers), frozenset(words), frozenset(weak))


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    for w in (word, _strip_suffix(word)):
        if w in _ABOVE:
            return "above"
        if w in _BELOW:
            return "below"
        if w in _HAPPENS:
            return "release"
        if w in _ENDS:
            return "end"
    return _strip_suffix(word)


def _strip_suffix(word: str) -> str:
    if len(word) > 5 and word.endswith("ies"):
        word = word[:-3] + "y"
    if len(word) == 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    for suffix in ("ing", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    for suffix in ("y", "er"):
        if len(word) > len(suffix) + 4 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def same_event(a: EventKey, b: EventKey, strict: bool = True) -> bool:
    """Strict: figures must agree (a new figure is a new proposition).
    Loose (does an answer fit what it answers): differing figures only
    count when both sides have some, and a side that names nothing of its
    own fits anything."""
    a, b = _align(a, b), _align(b, a)
    if a.numbers != b.numbers and (strict or (a.numbers and b.numbers)):
        return False
    if a.names and b.names and (not a.names & b.names or (a.names - b.names and b.names - a.names)):
        return False
    if not strict and a.names and not b.names and not a.words & b.words:
        return False
    if a.words and b.words and (not a.words & b.words or strict and not (a.words <= b.words or b.words <= a.words)):
        return False
    shared = bool(a.names & b.names or a.words & b.words or (a.numbers and a.numbers == b.numbers))
    return shared or (not strict and (a.thin or b.thin))


def _index_terms(key: EventKey) -> set[tuple]:
    """The terms of which two keys with the same numbers (strict
    :func:`same_event` needs them equal) must share one: a name, a word, or
    their numbers when they have any. Alignment only moves a weak word of
    one side that the other names, so a shared name is a shared
    name-or-weak word before it."""
    out = {("n", w) for w in key.names | key.weak} | {("w", w) for w in key.words}
    if key.numbers:
        out.add(("#",))
    return out


def _terms(key: EventKey) -> set[str]:
    return set(key.words) | set(key.names) | {_stem(n) for n in key.names}


def terms(text: str) -> set[str]:
    """The words and names of a text, stemmed, for telling which of several
    events it is about."""
    return _terms(event_key(text))


def _align(a: EventKey, b: EventKey) -> EventKey:
    """A weak name of ``a`` that ``b`` names is a name in ``a`` too."""
    moved = {w for w in a.weak if w in b.names}
    if not moved:
        return a
    return EventKey(a.names | moved, a.numbers, a.words - {_stem(w) for w in moved}, a.weak - moved)


_OTHER_OUTCOMES = {"cancel", "scrap", "shelv", "axe", "kill", "bankrupt", "bust", "collaps", "fail", "block",
                   "reject", "resign", "fire", "quit", "abandon", "sack", "delist", "ban", "veto"}
_GENERIC = {"release", "right", "wrong", "correct", "true", "optimist", "pessimist", "call", "agre", "close",
            "happen", "sure", "bet", "guess", "honest", "think", "way", "take", "long", "time", "year"}


def _outcome(key: EventKey) -> bool:
    """Names another outcome than an event happening (cancelled, bankrupt)."""
    return any(w.startswith(o) for w in key.words for o in _OTHER_OUTCOMES)


def differs(event: str, context: str, known: str = "") -> bool:
    """Whether an answer's own words name another event than what it
    answers: another figure (``$80k`` against ``$150k``), another outcome
    (below against above), a name (place, product, team) that neither
    the answered text nor ``known`` (what the thread said before) holds, or
    a statement of its own that shares no word with what it answers.
    Other wording of the same event is no difference: structure decides."""
    a, b = event_key(event), event_key(context)
    a, b = _align(a, b), _align(b, a)
    if _outcome(a) and not _outcome(b):
        return True
    if a.thin:
        return False
    if a.numbers - b.numbers:
        return True
    a = EventKey(a.names, a.numbers, a.words - _GENERIC, a.weak)
    if ("above" in a.words and "below" in b.words) or ("below" in a.words and "above" in b.words):
        return True
    said, answered = _terms(a), _terms(b)
    extra, missing = a.words - b.words, b.words - a.words
    if len(a.words) >= 2 and extra and missing and len(a.words & b.words) <= min(len(extra), len(missing)):
        return True
    if len(a.words) >= 2 and answered and not said & answered or b.words and not a.words & b.words and len(a.words) >= 2:
        return True
    seen = b.names | event_key(known).names | {_stem(w) for w in event_key(known).words}
    return any(n not in seen and _stem(n) not in seen for n in a.names)


def distinct(event: str, sibling: str) -> bool:
    """Two forecasts of one post are about two events when each names
    something and they share nothing (``announcement in september, on
    shelves by october``)."""
    a, b = _terms(event_key(event)), _terms(event_key(sibling))
    return bool(a) and bool(b) and not a & b


def _said(event: str) -> str:
    """An event as said, for telling identical wordings apart from similar ones."""
    return " ".join(event.lower().split())


class Registry:
    """The propositions of one input, in order of first appearance, each
    with its title: the best-formed statement of its event seen so far
    (a question's wins over an answer's)."""

    def __init__(self) -> None:
        self.keys: list[tuple[str, EventKey]] = []
        self.texts: dict[str, str] = {}
        self.titles: dict[str, tuple[int, str]] = {}
        self._postings: dict[tuple, list[int]] = {}     # (numbers, term) -> positions in keys

    def find(self, event: str) -> str | None:
        """The first proposition whose event is the same as ``event``. Only
        keys with its numbers sharing a term with it are compared (see
        :func:`_index_terms`):
        comparing with every proposition made an input with thousands of
        them quadratic, with the same answer."""
        key = event_key(event)
        said = _said(event)
        near: set[int] = set()
        for term in _index_terms(key):
            near.update(self._postings.get((key.numbers, term), ()))
        for i in sorted(near):
            pid, other = self.keys[i]
            if same_event(key, other):
                return pid
        return self.texts.get(said) if said else None

    def assign(self, event: str, rank: int = 0, topic: str | None = None, subject: str | None = None) -> str:
        found = self.find(event)
        if found is None:
            found = f"P{len(self.keys) + 1}"
            key = event_key(event)
            for term in _index_terms(key):
                self._postings.setdefault((key.numbers, term), []).append(len(self.keys))
            self.keys.append((found, key))
            self.texts.setdefault(_said(event), found)
        self.offer(found, event, rank, topic, subject)
        return found

    def offer(self, pid: str, event: str, rank: int = 0, topic: str | None = None,
              subject: str | None = None) -> None:
        title = as_title(event, topic, subject)
        score = rank * 10 + title_score(title)
        if pid not in self.titles or score > self.titles[pid][0]:
            self.titles[pid] = (score, title)

    def title(self, pid: str, fallback: str) -> str:
        return self.titles[pid][1] if pid in self.titles and self.titles[pid][1] else fallback


QUESTION, OWN = 2, 1
_BAD_OPENERS = set("""it its this that these those they them he she we you there which and but or so because of from to for
with by in on at than then yes no nah not also just lol level das es er sie il elle ça cela eso esto""".split())
_BAD_ENDERS = set("to of the a an and or but for from with by in on at than that which is are will be".split())


def title_score(event: str) -> int:
    """How well ``event`` reads on its own: 0 for nothing, more for a
    statement with names that opens and ends on words a title can."""
    words = re.findall(r"[\w'’-]+", event)
    if not words and not _CJK_RUN.search(event):
        return 0
    if len("".join(_CJK_RUN.findall(event))) in (1, 2, 3) and len(words) <= 1:
        return 1
    key = event_key(event)
    score = 1 + 2 * bool(key.names) + bool(key.numbers) + (2 <= len(words) <= 14)
    if words and words[0].lower() not in _BAD_OPENERS and words[-1].lower() not in _BAD_ENDERS:
        score += 3
    return score


def as_title(event: str, topic: str | None = None, subject: str | None = None) -> str:
    """``event`` as a title: a leading pronoun becomes ``subject`` (what the
    post names, else the thread's topic), a title naming nothing gets the
    thread's ``topic`` in brackets,
    leading connectives, trailing function words and asides in the first
    person (``, I'd say``) go, ``get X`` (from ``when do we get X?``) is
    ``X arrives``, the first letter is a capital."""
    text = re.sub(r"\s+", " ", event).strip(" ,.;:!-—–'\"?？。")
    text = re.sub(r"\s*([\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef])\s*", r"\1", text)
    text = re.sub(r"[はがをにでもと]?[。、！？]+$|[はがを]$", "", text)
    text = re.sub(r"\s*,\s*(?:(?:i|i'd|i'm|my|me|imo|tbh|lol)\b[^,]*)$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:(?:and|but|so|also|then|no|nah|yeah|yes|ok|well|honestly|tbh|lol|of|for|to|by|from|with)"
                  r"\b[\s,]*)+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^my \w+(?: \w+){0,3} ?:\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?:[\s,]+(?:prolly|probly|probs|imo|imho|tbh|lol|lmao|fr|ngl|for sure|honestly))+$", "", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"^(?:get|see|have)\s+(.+)$", r"\1 arrives", text, flags=re.IGNORECASE)
    if subject or topic:
        text = re.sub(r"^(?:it|they|she|he|this|that)(?=\s|['’])", subject or topic, text, count=1,
                      flags=re.IGNORECASE)
    if topic:
        if text and not event_key(text).names and not _CJK_RUN.search(text) and topic.lower() not in text.lower():
            text = f"{text} ({topic})"
    text = re.sub(r"(?:\s+(?:to|of|the|a|an|and|or|but|for|from|with|by|in|on|at|than|that|which|is|are))+$", "",
                  text, flags=re.IGNORECASE)
    text = text.strip(" ,.;:!-—–")
    return text[:1].upper() + text[1:] if text else text


def too_thin(event: str) -> bool:
    return event_key(event).thin


def place(r, targets: list, context, registry: Registry, known: str = "", foreign: bool = False,
          topic: str | None = None, subject: str | None = None) -> None:
    """Set ``r.event`` and ``r.proposition``, structure first. ``targets``
    are the forecasts the post answers, ``context`` the nearest forecast (a
    record) or question (its event text) up the reply and quote chain,
    ``known`` what the thread said above the post. A relative form takes
    its target's proposition; any other answer takes its context's unless
    its own words name another event (``differs``); a post that answers
    nothing joins the proposition whose event is the same, else starts one.
    A reply in another language matches nothing by its words, so only its
    figures and codes can set it apart."""
    if r.relative_to is not None:
        target = getattr(r, "target", None) or next(t for t in targets if t.post_id == r.relative_to)
        r.event, r.proposition = target.event, target.proposition
        return
    if context is not None:
        about = context if isinstance(context, str) else context.event
        if not differs(r.event, about, known) or (foreign and _names_fit(r.event, context)):
            if isinstance(context, str):
                r.proposition = registry.assign(context, QUESTION, topic, subject)
                r.event = context
            else:
                r.proposition = context.proposition
                registry.offer(r.proposition, r.event, OWN)
                r.event = context.event
            return
    r.proposition = registry.assign(r.event, OWN, topic, subject)


def _names_fit(event: str, context) -> bool:
    """Across languages only figures and codes carry over (``R9``,
    ``Orion-5``): a foreign-language event fits its context when it names
    no figure the context lacks and the context's codes or none
    (capitalised German nouns are not names)."""
    a = event_key(event)
    other = event_key(context if isinstance(context, str) else context.event)
    if a.numbers - other.numbers:
        return False
    names = {n for n in a.names if any(c.isdigit() for c in n)}
    return not names or bool(names & other.names)
