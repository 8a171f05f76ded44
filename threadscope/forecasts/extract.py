"""Forecast records: who predicted what, by when, how sure (see the contract
in the project's forecast spec; field names are the spec's).

How a post is read, sentence by sentence:

1. A sentence that asks (ends in ``?``) is no forecast, but questions in
   every form define the event their answers are about: ``when will X``,
   ``X: when?``, polls (``Quick poll: X by end of 2027?``), ``odds on X``,
   yes/no questions, a bare ``when?``/``thoughts?``/``what's your call?``
   after a statement, and statements that invite dates (``Place your bets:
   X``, ``X is 5+ years away. Change my mind.``). An echo (``ten US cities?
   not before 2028``) names the event of the answer after it.
2. Conditionals (``if``, ``unless``, and ``then`` after an if) and
   counterfactuals (``would be``), norms (``must never``), greetings,
   hopes and wishes (``can't wait for``), ``/s`` sarcasm, negated or past
   statements (``didn't happen``, ``promised``, ``was coming``), vows
   (``I will never give up``) and time words quoted rather than used
   (``'soon'``, ``still says "Coming soon.``) are no forecast. Links are
   not read at all.
3. A live window (not ended on the post's date D) is a forecast only with a
   word of the future: ``will``/``won't``/``gonna``, any hedge or number, a
   deadline (``by X``, ``before X``, ``within N``), ``from now``, or an
   event verb in the present for a time to come (``ships in May``,
   ``Bayern holt den Titel im Mai``); or as an answer to a question or
   forecast (``Probably Q1``, ``2027 lol``). Decided where the spec is
   silent: schedules and plans (meetings, talks, workshops, trips, ``I'm
   flying in 2 weeks``, a parole date, a product's retirement date) are not
   forecasts, while announcements of an uncertain delivery (``coming
   soon``) are; dates in a past narrative (``My 2020 was off to a super
   start. Paris in march.``), ``next year's theme`` (a possessive period),
   ``300 year old``, ``first post in a year`` and ``never`` outside a
   future frame (``never met f2f``, ``the city is never finished``) are no
   windows. Confidence comes from the wording (an explicit number wins;
   bare assertion 0.9); one said in the next sentence belongs to it.
4. A post with no window of its own that answers (replies to or quotes) a
   forecast with a relative form (``sooner``, ``too optimistic``,
   ``agreed``, a bare ``Unlikely.``) takes its window from that forecast,
   with ``relative_to`` set. A bare ``yes``/``no``/hedge answering a
   question that holds a window (``BTC above $150k by end of 2027?`` -
   ``nope``) is a forecast on that window, ``relative_to`` null (decided:
   the spec's confidence-alone row, applied to a question's window).
5. The holder is the author, or the person a reported-speech sentence names
   (``X says ...``, ``According to X, ...``), resolved to a handle through
   the thread's authors and mentions: a full display name, or a first or last
   name matching exactly one of them; otherwise the name as written, when it
   is shaped like a name. A "reporter" that is no name is no reported speech.
6. Structure first (``propositions.place``): a forecast that answers a
   question or forecast, through any depth of replies and quotes, is about
   that event unless its own words name another (another figure, outcome,
   name, or a statement sharing no word with it); two forecasts of one post
   whose words share nothing are two events; a post that answers nothing
   joins the proposition whose event is the same, else starts one.
7. Every record of a proposition carries its title as ``event``: the
   best-formed statement of it seen in the input, a question's first
   (``When will China's large models reach Fable-level?`` gives ``China's
   large models reach Fable-level``), with a leading pronoun replaced by
   what the post names, the thread's topic added to a title that names
   nothing, and fillers and first-person asides dropped; never empty.

Posts in languages other than English, Chinese, Spanish, German, French and
Japanese get no forecast rather than a wrong one.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from functools import cached_property
from concurrent.futures import Executor
from typing import Iterable

from ..thread import Thread
from .propositions import QUESTION as QUESTION_RANK, Registry, as_title, differs, distinct, place, terms, too_thin
from .hedges import BARE_ASSERTION, NEGATED_ASSERTION, find_confidence, hedged_never
from .relations import AGREE, CONFIDENCE_ONLY, EARLIER, LATER, find_relation, relative_window
from .futurity import FUTURE, NOT_WHEN, PAST_TENSE, SARCASM, forecast_windows, gates
from .prescan import primed, reads
from .questions import answer_confidence, echo_event, invited_event, one_window, question_event, split_questions
from .sentences import LINKS, QUESTION, clean_event, first_words, split_sentences, topic_of
from .timeexpr import TimeWindow, ended, find_windows

FIELDS = ["post_id", "author", "holder", "quote", "event", "proposition", "window_start", "window_end",
          "confidence", "polarity", "relative_to", "vague"]
NEVER = 0.05
_DENIED = re.compile(r"(?:^|\W)(?:not|no\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|nicht|pas|nunca|jamais)\s*$", re.IGNORECASE)


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
_REPORT_BEFORE = re.compile(
    r"(?<![\w'’])(?:according to|per|as per|según|segun|laut|selon|d'apr[eè]s|据)\s+(?P<name>@?\w[\w.\-]*(?:\s+[A-Z\u00C0-\u024F][\w.\-]*){0,4})\s*[,，:]?",
    re.IGNORECASE)
_REPORT_AFTER = re.compile(
    r"(?P<name>@\w+|[A-Z\u00C0-\u024F][\w.\-]*(?:\s+[A-Z\u00C0-\u024F][\w.\-]*){0,4}),?\s+"
    r"(?:says|said|thinks|expects|predicts|claims|reckons|believes|estimates|forecasts|is saying|"
    r"told (?:the\s+)?(?:[a-z]+\s+)?(?:press|reporters|staff|investors|members|analysts|employees|media|journalists|"
    r"workers|fans|lawmakers)|told \w+|"
    r"dice que|dijo que|afirma que|cree que|sagt|meint|glaubt|erwartet|dit que|pense que|affirme que|estime que)\b")
_REPORT_CJK = re.compile(r"(?P<name>@?\w{1,20}?)(?:说|表示|认为|预测|によると|によれば|は言う|は言っている)")
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
    question: str | None = None
    target: "_Found | None" = None  # the forecast a relative form is stated against
    said: str = ""  # its own words: the event and the window as written, to tell which forecast a reply means


def extract_forecasts(threads: Thread | Iterable[Thread], progress=None, workers: int = 1,
                      executor: Executor | None = None) -> list[Forecast]:
    """Every forecast in the threads of one input, in post time order;
    ``progress(step, posts)`` (if given) hears of each thread done. With
    ``workers`` > 1 or an ``executor``, the sentence scans run ahead on them
    (:mod:`.prescan`); the records are the same."""
    if isinstance(threads, Thread):
        threads = [threads]
    registry = Registry()
    found: dict[str, list[_Found]] = {}
    questions: dict[str, list[str]] = {}
    question_windows: dict[str, str] = {}
    out: list[Forecast] = []
    for thread in primed(threads, workers, executor):
        out.extend(_thread_forecasts(thread, registry, found, questions, question_windows))
        if progress is not None:
            progress("forecasts", len(thread))
    return out


def _thread_forecasts(thread: Thread, registry: Registry, found: dict[str, list["_Found"]],
                      questions: dict[str, list[str]], question_windows: dict[str, str]) -> list[Forecast]:
    """``found`` and ``questions`` are shared by the threads of one input, so
    a quote post can answer a forecast or question of another conversation."""
    people = _people(thread)
    full_names = " ".join(n for n in people if " " in n)
    root = thread.root
    topic = topic_of(root.text[root.body_start:]) if root is not None else None
    above: dict = {}
    for post in thread:
        if not reads(post):
            continue
        today = post.created_at.date()
        text = post.text
        body_start = post.body_start
        targets = _answered(thread, post, found)
        context = _closest(targets, text[body_start:]) if targets else _context(thread, post, found, questions, above)
        records = _own_forecasts(post, text, body_start, today, people, questions, context is not None,
                                 question_windows, bool(targets))
        echo = find_relation(text[body_start:]) if records and targets else None
        if echo is not None and echo.kind in (EARLIER, LATER) and all(
                any(r.window == t.window for t in targets) for r in records):
            records = []  # "next year for Halloway is way too optimistic": the window echoes the target's
        if not records and targets:
            rel = _relative(post, text[body_start:], targets, today)
            if rel is not None:
                records = [rel]
        elif isinstance(context, str):
            asked = _asked_window(thread, post, question_windows)
            body = text[body_start:].strip()
            head = body if not records else next((s.strip() for _, s in split_sentences(body, 0)), "")
            value = answer_confidence(head) if asked is not None and head else None
            if value is not None and not any(head in r.quote or r.quote in head or not differs(r.event, context)
                                             for r in records):
                records = [_Found(post.id, post.author, post.author, head, context,
                                  (asked.start, asked.end), value, False, None, asked.vague)] + records
        if not records:
            continue
        known = _above(thread, post) + " " + full_names
        subject = topic_of(text[body_start:]) or topic
        foreign = post.lang not in ("en", None, "")
        placed: list[tuple[str, str]] = []
        for r in records:
            own, own_context = r.event, (r.question if r.question is not None else context)
            place(r, targets, own_context, registry, known, foreign, topic, subject)
            if r.relative_to is None and any(pid == r.proposition and distinct(own, other) for other, pid in placed):
                r.event, r.proposition = own, registry.assign(own, 1)
            placed.append((own, r.proposition))
            if post.id in questions and r is records[0] and not differs(questions[post.id][0], r.event):
                registry.offer(r.proposition, questions[post.id][0], QUESTION_RANK, topic, subject)
            registry.offer(r.proposition, own, 0, topic, subject)
        found[post.id] = records
    result = []
    for post in thread:
        for r in found.get(post.id, ()):
            pid = r.proposition or registry.assign(r.event)
            result.append(Forecast(
                post_id=r.post_id, author=r.author, holder=r.holder, quote=r.quote,
                event=registry.title(pid, r.event) or as_title(r.quote), proposition=pid, window_start=r.window[0],
                window_end=r.window[1], confidence=round(r.confidence, 3),
                polarity="will" if r.confidence >= 0.5 else "will_not", relative_to=r.relative_to, vague=r.vague))
    return result


ABOVE_POSTS = 100


def _above(thread: Thread, post) -> str:
    """What the thread said above ``post``: its reply chain (the nearest
    :data:`ABOVE_POSTS` posts of it: the names a holder is resolved from
    are said close by, and walking a 100,000-deep chain from every post of
    it took hours) and the root."""
    texts, seen = [], {post.id}
    parent = thread.parent_id(post)
    while parent and parent not in seen and len(texts) < ABOVE_POSTS:
        seen.add(parent)
        p = thread.post(parent)
        if p is None:
            break
        texts.append(p.text[p.body_start:])
        parent = thread.parent_id(p)
    root = thread.root
    if root is not None and root.id not in seen and root.id != post.id:
        texts.append(root.text[root.body_start:])
    return " ".join(texts)


class People(dict):
    """Names a reported-speech sentence may use (lower case), mapped to
    handles, with the handles and full names an event drops
    (:meth:`strip_from`)."""

    @cached_property
    def _named_by_first_word(self) -> dict[str, list[str]]:
        """The names an event drops, filed by their first word: a thread of
        thousands of people must not try each name on each event."""
        index: dict[str, list[str]] = {}
        for n, handle in self.items():
            if " " in n or n == handle.lower():
                first = re.match(r"\w+", n)
                index.setdefault(first.group(0) if first else "", []).append(n)
        return index

    def strip_from(self, event: str) -> str:
        index = self._named_by_first_word
        if not index:
            return event
        named = list(index.get("", ()))
        for word in set(re.findall(r"\w+", event.lower())):
            named += index.get(word, ())
        if not named:
            return event
        event = re.sub(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(named, key=lambda n: (-len(n), n))),
                       " ", event, flags=re.IGNORECASE)
        return re.sub(r"\s+", " ", event).strip(" ,.;:!-—–'\"")


def _people(thread: Thread) -> People:
    """Names a reported-speech sentence may use, mapped to handles: handles
    themselves, full display names, and first or last names that are unique."""
    names = People()
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


def _own_forecasts(post, text: str, body_start: int, today: date, people: dict, questions: dict,
                   answering: bool = False, question_windows: dict | None = None,
                   echoes_forecast: bool = False) -> list[_Found]:
    """The post's own forecasts, sentence by sentence. A bare confidence
    right after a question that holds a window (``1M subs by end of 2027?
    I'd put it at 30%``) is a forecast on that window; questions and their
    windows are noted for the answers below them. When the post answers a
    forecast, such a question echoes it and the confidence is a relative
    form against that forecast instead. After a sentence in the past tense,
    bare dates go on telling the past (``My 2020 was off to a super start.
    Cruise jan. Paris in march.``)."""
    question_windows = {} if question_windows is None else question_windows
    records: list[_Found] = []
    last: _Found | None = None
    asked: str | None = None
    asked_window: TimeWindow | None = None
    after_if = False
    narrative = False
    for start, sentence in split_sentences(LINKS.sub(lambda m: " " * len(m.group(0)), text), body_start):
        stripped = sentence.strip()
        gate = gates(sentence)
        if gate.question:
            after_if = gate.conditional
            asks = [a for a in (question_event(part, text[body_start:start], today)
                                for part in split_questions(stripped)) if a]
            q = asks[0] if asks else None
            if q:
                questions.setdefault(post.id, []).extend(asks)
                asked = q
            else:
                asked = echo_event(stripped, today) or asked
            asked_window = one_window(stripped, today) if asked else None
            if q and asked_window is not None:
                question_windows[post.id] = stripped[asked_window.start_char:asked_window.end_char]
            last = None
            continue
        invited = invited_event(stripped, text[body_start:start], today)
        if invited:
            questions.setdefault(post.id, []).append(invited)
            asked = invited
            continue
        if gate.not_forecast:
            last = None
            continue
        said = find_windows(sentence, today)
        if not said and gate.past_tense:
            narrative = True
        has_if = gate.conditional
        conditional = has_if or (after_if and gate.then)
        after_if = has_if
        quoted_spans = gate.discussed
        windows = [w for w in said if not any(a <= w.start_char and w.end_char <= b for a, b in quoted_spans)]
        conf = find_confidence(sentence)
        if not windows:
            if conf is not None and conf.explicit and last is not None and not last.explicit and not conditional:
                last.confidence, last.explicit = conf.value, True
                last.quote = text[text.find(last.quote):start + len(sentence.rstrip())] if last.quote in text else last.quote
            elif asked_window is not None and last is None and not conditional and not echoes_forecast:
                value = answer_confidence(stripped)
                if value is not None:
                    rec = _Found(post.id, post.author, post.author, stripped, asked,
                                 (asked_window.start, asked_window.end), value, False, None, asked_window.vague,
                                 question=asked)
                    records.append(rec)
                    last = rec
            asked_window = None
            continue
        if conditional:
            last = None
            continue
        live = [w for w in windows if not ended(w, today) and not NOT_WHEN.match(sentence, w.end_char)]
        live = forecast_windows(sentence, live, conf, today, answering and not narrative) if live else []
        if not live:
            last = None
            narrative = narrative or bool(PAST_TENSE.search(sentence))
            continue
        holder, holder_span = _holder(sentence, post, people)
        for w in _one_per_range(live):
            value, explicit = _confidence(w, conf, bool(_DENIED.search(sentence[:w.start_char])))
            quote = _quote(sentence, start, text)
            event = _event(sentence, w, conf, holder_span, people, live)
            if last is not None and too_thin(event) and last.window == (w.start, w.end):
                continue
            rec = _Found(post.id, post.author, holder, quote, event, (w.start, w.end), value, explicit, None, w.vague,
                         question=asked if asked and too_thin(event) else None, said=f"{event} {w.phrase}")
            records.append(rec)
            last = rec
    return records


def _asked_window(thread: Thread, post, question_windows: dict) -> TimeWindow | None:
    """The window of the question a post replies to or quotes, if it has
    one, read on the answer's own date (decided: the answer holds the
    forecast, so ``before 2028`` runs from the day it is given)."""
    for ref in (thread.parent_id(post), thread.quoted_id(post)):
        if ref in question_windows and post.created_at is not None:
            found = find_windows(question_windows[ref], post.created_at.date())
            return found[0] if found else None
    return None


def _one_per_range(windows: list[TimeWindow]) -> list[TimeWindow]:
    """Two windows in one sentence are two forecasts only when joined by a
    list; "between"/"to" ranges come from the grammar as one window."""
    return windows[:1] if len(windows) > 1 and windows[0].start == windows[1].start else windows


def _confidence(w: TimeWindow, conf, negated: bool = False) -> tuple[float, bool]:
    """``negated``: the window is denied (``not this year``, ``no ban this
    year``), the spec's negated plain assertion."""
    if w.never:
        return (hedged_never(conf) if conf is not None else NEVER), bool(conf and conf.explicit)
    if conf is None:
        return (NEGATED_ASSERTION if negated else BARE_ASSERTION), False
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
        holder = _resolve_name(name, people)
        if holder is None:
            continue
        return holder, m.span()
    return post.author, None


def name_shaped(name: str) -> bool:
    """Whether an unresolved name reads as one: a handle, or one to five
    words each opening with a capital (or a letter of a script without
    case). "will at some point become" (after "develo-per") is no name."""
    if name.startswith("@"):
        return len(name) > 1
    words = name.split()
    return 0 < len(words) <= 5 and all(w[0].isalpha() and not w[0].islower() for w in words)


def _resolve_name(name: str, people: dict) -> str | None:
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
    name = " ".join(tokens)
    return name if name_shaped(name) else None
_AND = re.compile(r"\s*[,，、]\s*(?:(?:and|but|und|aber|et|mais|y|pero|e)\s+)?|\s+(?:and|but|und|aber|et|mais|y|pero|e)\s+|"
                  r"但(?:是)?|以及|而且|けど|が、")
_CLAUSE = re.compile(r",\s*(?:so|and so|and|which means|thus|hence|therefore|but|pero|aber|mais)\s+|;\s*|\s+[—–]\s+")


def _event(sentence: str, w: TimeWindow, conf, holder_span, people: People | None = None,
           windows: list[TimeWindow] = ()) -> str:
    """The sentence's clause holding the window, without the windows, the
    hedge, the reporting words and the handles and full names of the people
    in the thread (a lone first or last name may be a product's: ``Lumen``). A
    clause ends at the next comma after its window (``Late 2027 at best, the
    fab is not ready``: what follows is a reason), and reported speech is
    what follows the reporting words.
    "and" ends a clause only between two windows (``Orion-5 in February, and
    an open-weights mini by mid 2026`` is two events)."""
    lo, hi = 0, len(sentence)
    bounds = [m.span() for m in _CLAUSE.finditer(sentence)]
    bounds += [m.span() for m in _AND.finditer(sentence)
               if any(o is not w and (o.end_char <= m.start() < w.start_char or w.end_char <= m.start() < o.start_char)
                      for o in windows)]
    for a, b in bounds:
        if b <= w.start_char:
            lo = max(lo, b)
        elif a >= w.end_char:
            hi = min(hi, a)
    colon = sentence.rfind(":", lo, w.start_char)
    if colon >= 0 and len(re.findall(r"\w+", sentence[lo:colon])) >= 4:
        lo = colon + 1
    comma = sentence.find(",", w.end_char, hi)
    if comma >= 0 and (re.search(r"[^\W\d_]", sentence[lo:w.start_char]) or not FUTURE.search(sentence, comma)):
        hi = comma
    if holder_span is not None and holder_span[1] <= w.start_char:
        lo = max(lo, holder_span[1])
    event = _event_text(sentence, w, conf, holder_span, lo, hi, windows)
    return people.strip_from(event) if people else event


def _event_text(sentence: str, w: TimeWindow, conf, holder_span, lo: int, hi: int,
                windows: list[TimeWindow] = ()) -> str:
    cut = [(w.start_char, w.end_char), (hi, len(sentence)), (0, lo)] + [(o.start_char, o.end_char) for o in windows]
    if conf is not None:
        cut.append((conf.start_char, conf.end_char))
    if holder_span is not None:
        cut.append(holder_span)
    keep = [True] * len(sentence)
    for a, b in cut:
        for i in range(max(0, a), min(b, len(sentence))):
            keep[i] = False
    text = "".join(c if k else " " for c, k in zip(sentence, keep))
    return clean_event(text)


def _context(thread: Thread, post, found: dict, questions: dict, above: dict | None = None) -> "_Found | str | None":
    """What a post that answers no forecast directly is about: the nearest
    question or forecast up the reply chain, else the conversation root's
    first forecast.

    ``above`` (one per thread) remembers, for the posts a walk passed, the
    nearest question or forecast above them, while no post has become one
    since: a 100,000-deep chain with none walked to its root from every
    post (hours). A walk cut short by a reply cycle is not remembered."""
    above = {} if above is None else above
    marks = (len(found), len(questions))
    if above.get(None) != marks:
        above.clear()
        above[None] = marks
    seen = {post.id}
    passed = []
    parent = thread.parent_id(post) or thread.quoted_id(post)
    while parent and parent not in seen:
        if parent in above:
            parent = above[parent]
            break
        seen.add(parent)
        if parent in questions or found.get(parent):
            break
        passed.append(parent)
        p = thread.post(parent)
        parent = (thread.parent_id(p) or thread.quoted_id(p)) if p is not None else None
    else:
        if parent:
            parent = None
            passed = []
    for pid in passed:
        above[pid] = parent
    if parent in questions:
        asked = questions[parent]
        return asked[_most_about(asked, post.text[post.body_start:])]
    if parent is not None and found.get(parent):
        return found[parent][0]
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
    """A relative form answering ``targets`` (after any echo of them:
    ``Unter 4 % bis März? Bezweifle ich.`` reads ``Bezweifle ich``). A
    confidence alone is the first words of the answer (``no chance, he
    backed him on Friday``), and a plain ``we'll see`` is none."""
    stripped = re.split(r"[?？]+\s*", body.strip())[-1].strip() or body.strip()
    if QUESTION.search(stripped) or SARCASM.search(stripped):
        return None
    rel = find_relation(stripped)
    conf = find_confidence(stripped)
    if rel is None:
        head = first_words(stripped)
        conf = find_confidence(head) if len(re.findall(r"\w+", head)) <= 6 else None
        if conf is None or conf.rule in ("will", "wont"):
            return None
        kind = CONFIDENCE_ONLY
    else:
        kind = rel.kind
    target = _closest(targets, body)
    start, end = relative_window(kind, target.window[0], target.window[1], today)
    if kind == AGREE:
        value = conf.value if conf is not None else target.confidence
    elif kind in (EARLIER, LATER):
        value = conf.value if conf is not None and not _is_relative_negation(conf, rel) else BARE_ASSERTION
    else:
        value = conf.value
    return _Found(post.id, post.author, post.author, stripped, target.event, (start, end), value,
                  bool(conf and conf.explicit), target.post_id, target.vague and kind == AGREE, target=target)


def _most_about(texts: list[str], text: str) -> int:
    """Which of several answered texts a post's words are about: the one
    sharing most words with it, else the first (the spec's rule; ``next year
    for Halloway is way too optimistic`` picks the Halloway forecast, ``when
    do we go up? And how long does Varney last?`` the first question)."""
    said = terms(text)
    return max(range(len(texts)), key=lambda i: (len(said & terms(texts[i])), -i))


def _closest(targets: list[_Found], text: str) -> _Found:
    return targets[_most_about([f"{t.event} {t.said}" for t in targets], text)]


def _is_relative_negation(conf, rel) -> bool:
    """The "won't" of "it won't take that long" is part of the relative form,
    not a hedge on the event."""
    return rel is not None and conf.start_char >= rel.start_char and conf.end_char <= rel.end_char + 1


def forecasts_frame(records: Iterable[Forecast]):
    from ..tables import typed_frame
    return typed_frame([r.as_dict() for r in records], FIELDS, {"confidence": "float64"})
