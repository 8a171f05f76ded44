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
mais aussi très right agree agreed""".split())
_ALIASES = {"chinese": "china", "american": "us", "america": "us", "usa": "us", "u.s": "us", "european": "europe",
            "japanese": "japan", "korean": "korea", "indian": "india", "french": "france", "german": "germany",
            "spanish": "spain", "british": "uk", "russian": "russia", "brazilian": "brazil", "italian": "italy",
            "bitcoin": "btc", "ethereum": "eth", "ether": "eth", "solana": "sol",
            "fly": "flight", "flies": "flight", "flew": "flight", "flown": "flight"}
_HAPPENS = {"ship", "release", "launch", "come", "arrive", "drop", "out", "available", "land", "debut",
            "publish", "happen", "coming", "shipping", "releas", "arriv",
            "出货", "发布", "推出", "上市", "出る", "発売", "登場", "リリース"}
_ABOVE = {"hit", "hits", "cross", "reach", "above", "over", "exceed", "top", "break", "surpass", "pass", "clear",
          "beyond", "über", "sobre", "supera", "dépasse", "dépasser", "rise", "climb", ">", "≥"}
_BELOW = {"below", "under", "fall", "drop", "dip", "sink", "unter", "debajo", "sous", "<", "≤"}
_TOKEN = re.compile(r"\$?\d[\d.,]*\s?[kmbKMB%]?(?![A-Za-z])|[<>≤≥]|[A-Za-z0-9\u00C0-\u024F]"
                    r"(?:[A-Za-z0-9\u00C0-\u024F\-.']*[A-Za-z0-9\u00C0-\u024F])?")
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]+")


def event_key(event: str) -> EventKey:
    names: set[str] = set()
    numbers: set[str] = set()
    words: set[str] = set()
    weak: set[str] = set()
    for i, m in enumerate(_TOKEN.finditer(event)):
        t = re.sub(r"['’]s$", "", m.group(0))
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


def _stem(word: str) -> str:
    for w in (word, _strip_suffix(word)):
        if w in _ABOVE:
            return "above"
        if w in _BELOW:
            return "below"
        if w in _HAPPENS:
            return "release"
    return _strip_suffix(word)


def _strip_suffix(word: str) -> str:
    if len(word) > 5 and word.endswith("ies"):
        word = word[:-3] + "y"
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


def _align(a: EventKey, b: EventKey) -> EventKey:
    """A weak name of ``a`` that ``b`` names is a name in ``a`` too."""
    moved = {w for w in a.weak if w in b.names}
    if not moved:
        return a
    return EventKey(a.names | moved, a.numbers, a.words - {_stem(w) for w in moved}, a.weak - moved)


def compatible(event: str, other: str) -> bool:
    """Nothing in ``event`` says it is about something else than ``other``."""
    return same_event(event_key(event), event_key(other), strict=False)


def _within(event: str, question: str) -> bool:
    """The event says no more than the question it answers (``Orion-5
    won't ship`` answering ``when does Orion-5 ship?``), so it is that
    question's event."""
    a, b = event_key(event), event_key(question)
    a, b = _align(a, b), _align(b, a)
    if a.thin:
        return True
    return a.names <= b.names and a.words <= b.words and (not a.numbers or a.numbers == b.numbers)


def too_thin(event: str) -> bool:
    return event_key(event).thin


class Registry:
    """The propositions of one input, in order of first appearance."""

    def __init__(self) -> None:
        self.keys: list[tuple[str, EventKey]] = []

    def find(self, event: str) -> str | None:
        key = event_key(event)
        return next((pid for pid, other in self.keys if same_event(key, other)), None)

    def assign(self, event: str) -> str:
        found = self.find(event)
        if found is not None:
            return found
        pid = f"P{len(self.keys) + 1}"
        self.keys.append((pid, event_key(event)))
        return pid


def place(r, targets: list, context, registry: Registry, foreign: bool = False) -> None:
    """Set ``r.event`` and ``r.proposition``. ``targets`` are the forecasts
    the post answers, ``context`` the nearest forecast (a record) or question
    (its event text) up the reply chain. A relative form takes its target's
    event; an event naming nothing takes its context's; an event that fits
    the forecast it answers is that forecast's proposition."""
    if r.relative_to is not None:
        target = next(t for t in targets if t.post_id == r.relative_to)
        r.event, r.proposition = target.event, target.proposition
        return
    if isinstance(context, str) and not targets and _within(r.event, context):
        r.event = context
    elif too_thin(r.event) or (targets and compatible(r.event, targets[0].event)):
        if context is not None and not isinstance(context, str):
            r.event, r.proposition = context.event, context.proposition
            return
        if isinstance(context, str):
            r.event = context
    if foreign and context is not None and registry.find(r.event) is None and _names_fit(r.event, context):
        if isinstance(context, str):
            r.event = context
        else:
            r.event, r.proposition = context.event, context.proposition
            return
    r.proposition = registry.assign(r.event)


def _names_fit(event: str, context) -> bool:
    """Across languages only codes carry over (``R9``, ``Orion-5``): a
    foreign-language event fits its context when it names the context's
    codes or none (capitalised German nouns are not names)."""
    names = {n for n in event_key(event).names if any(c.isdigit() for c in n)}
    other = event_key(context if isinstance(context, str) else context.event).names
    return not names or bool(names & other)
