"""Forecast records: who predicted what, by when, how sure (see the contract
in the project's forecast spec; field names are the spec's).

How a post is read, sentence by sentence:

1. A sentence that asks (ends in ``?``) is no forecast; a ``when will ...``
   question defines the event its answers are about.
2. Conditionals (``if``, ``unless``) and counterfactuals (``would be``),
   norms (``must never``), greetings (``see you in 3 days``), hopes and wishes, ``/s`` sarcasm,
   negated or past statements (``didn't happen``, ``promised``, ``was supposed
   to``), and time words quoted rather than used (``'soon'``) are no forecast.
   Links are not read at all (``bbc.com/news/2014/08/15/...`` holds no year).
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
   name matching exactly one of them; otherwise the name as written, when it
   is shaped like a name (capitalised words, a handle). A "reporter" that is
   no name ("... will at some point become") is no reported speech.
6. The event is the sentence without its time, hedge and reporting words;
   when little is left (``Probably Q1``) it comes from the forecast or the
   question the post answers, through the reply graph and quotes.
7. Forecasts answering another share its proposition; others join the
   proposition whose event is the same (names, figures, and one saying no
   more than the other: the rules are in ``propositions.py``), else start a
   new one. Questions name events too: ``when will X``, yes/no questions
   (``Will X happen by 2027?``) and ``what's your call?`` after a statement;
   a question that names nothing (``when does it ship?``) is about the last
   thing the post names. Proposition ids (``P1``, ``P2``...) are shared by
   one input.

Posts in languages other than English, Chinese, Spanish, German, French and
Japanese get no forecast rather than a wrong one.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Iterable

from ..thread import Thread
from .propositions import Registry, as_title, distinct, event_key, place, too_thin
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


_SENTENCE = re.compile(r"(?:[^.!?。！？\n]|(?<=\w)\.(?=\w))+(?:[.!?。！？]+|\n|$)")
_QUESTION = re.compile(r"[?？]\s*$")
_CONDITIONAL = re.compile(
    r"(?:^|\W)(?:if|unless|assuming|provided that|in case|si|wenn|falls|sofern|如果|要是|假如|もし|なら(?:ば)?)(?:\W|$)",
    re.IGNORECASE)
_WISH = re.compile(r"(?:^|\W)(?:i hope|hopefully|i wish|can'?t wait|cannot wait|fingers crossed|would love|ojal[aá]|espero que|hoffentlich|"
                   r"ich hoffe|j'esp[eè]re|esp[eé]rons|希望|但愿|いいな|願わくは|期待したい)(?:\W|$)", re.IGNORECASE)
_NOT_A_FORECAST = re.compile(
    r"(?:^|\W)(?:would be|would have|wouldn'?t be|must never|should never|must not|see you|which year|what year|"
    r"sería|wäre|serait)(?:\W|$)", re.IGNORECASE)
_THEN = re.compile(r"^\W*(?:then|in that case|entonces|dann|alors|那么|那就|それなら)\b", re.IGNORECASE)
_SARCASM = re.compile(r"(?:^|\s)/s\b|#sarcasm", re.IGNORECASE)
_PAST = re.compile(r"(?:^|\W)(?:didn'?t|did not|never did|hasn'?t|haven'?t|has not|have not|was supposed to|were supposed to|promised|"
                   r"said (?:it|they|he|she) would|had predicted|used to say|no pas[oó]|ist nicht|n'a pas|"
                   r"没有发生|しなかった)(?:\W|$)", re.IGNORECASE)
_DISCUSSED = re.compile(r"""['"‘“«「『]([^'"’”»」』]{1,40})['"’”»」』]""")
_REPORT_BEFORE = re.compile(
    r"(?<![\w'’])(?:according to|per|as per|según|segun|laut|selon|d'apr[eè]s|据)\s+(?P<name>@?\w[\w.\-]*(?:\s+[A-Z\u00C0-\u024F][\w.\-]*){0,4})\s*[,，:]?",
    re.IGNORECASE)
_REPORT_AFTER = re.compile(
    r"(?P<name>@\w+|[A-Z\u00C0-\u024F][\w.\-]*(?:\s+[A-Z\u00C0-\u024F][\w.\-]*){0,4})\s+"
    r"(?:says|said|thinks|expects|predicts|claims|reckons|believes|estimates|forecasts|told \w+|is saying|"
    r"dice que|dijo que|afirma que|cree que|sagt|meint|glaubt|erwartet|dit que|pense que|affirme que|estime que)\b")
_REPORT_CJK = re.compile(r"(?P<name>@?\w{1,20}?)(?:说|表示|认为|预测|によると|によれば|は言う|は言っている)")
_FIRST_PERSON = re.compile(r"^(?:i think|i'd say|i say|i bet|i reckon|i believe|i expect|i predict|i'm calling|"
                           r"i'?d put(?:\s+\S+)?\s+on|imo|imho|my bet is|my guess is|my call:?|calling it:?|"
                           r"prediction:?|hot take:?|creo que|ich glaube|je pense que|我觉得|我认为|我猜)\s*",
                           re.IGNORECASE)
_NAME_RUN = re.compile(r"(?<![\w'’])(?:[A-Z\u00C0-\u00DE][\w\-]*|\w*\d[\w\-]*)(?:['’]s)?"
                       r"(?:\s+(?:[A-Z\u00C0-\u00DE][\w\-]*|\w*\d[\w\-]*)(?:['’]s)?)*")
_NOT_TOPIC = {"no", "yes", "the", "a", "an", "this", "that", "last", "first", "next", "so", "but", "and", "i", "we",
              "when", "what", "who", "how", "why", "where", "will", "is", "are", "do", "does", "quick", "poll", "odds",
              "serious", "question", "thread", "megathread", "update", "breaking", "reminder"}
_LABEL = re.compile(r"^[A-Za-z][a-z]*(?:\s+[a-z]+){0,3}(?:,\s*[a-z]+(?:\s+[a-z]+){0,3})?\s*:\s+")
_WHEN_QUESTION = re.compile(r"(?:^|\W)(?:predictions? (?:for|on)|odds (?:of|on)|timelines? (?:for|on)|eta (?:for|on)|"
                            r"when|how soon|how long (?:until|before|till)|by when|what year|which year|"
                            r"cu[aá]ndo|wann|quand|什么时候|何时|いつ)\b\s*(?:will|do(?:es)? you (?:think|expect)|would|"
                            r"do we|does|do|is|are|can|could)?\s*", re.IGNORECASE)
_YES_NO = re.compile(r"^[¿¡]?\s*(?:will|would|is|are|does|do|can|could|has|have|habr[aá]n?|va a|van a|ser[aá]n?|"
                     r"wird|werden|est-ce que|va-t-(?:il|elle)|会不会|会)\s+", re.IGNORECASE)
_CALL_QUESTION = re.compile(r"^(?:what(?:'s|’s| is| are)|any) (?:your |the )?(?:call|calls|prediction|predictions|take|"
                            r"guess|guesses|bet|bets|odds|forecast|forecasts|timeline)\b", re.IGNORECASE)
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


def extract_forecasts(threads: Thread | Iterable[Thread]) -> list[Forecast]:
    """Every forecast in the threads of one input, in post time order."""
    if isinstance(threads, Thread):
        threads = [threads]
    registry = Registry()
    found: dict[str, list[_Found]] = {}
    questions: dict[str, str] = {}
    question_windows: dict[str, TimeWindow] = {}
    out: list[Forecast] = []
    for thread in threads:
        out.extend(_thread_forecasts(thread, registry, found, questions, question_windows))
    return out


def _thread_forecasts(thread: Thread, registry: Registry, found: dict[str, list["_Found"]],
                      questions: dict[str, str], question_windows: dict[str, TimeWindow]) -> list[Forecast]:
    """``found`` and ``questions`` are shared by the threads of one input, so
    a quote post can answer a forecast or question of another conversation."""
    people = _people(thread)
    root = thread.root
    root_text = root.text[root.body_start:] if root is not None else ""
    for post in thread:
        if post.kind == "retweet" or post.lang not in LANGUAGES or post.created_at is None:
            continue
        today = post.created_at.date()
        text = post.text
        body_start = post.body_start
        targets = _answered(thread, post, found)
        context = targets[0] if targets else _context(thread, post, found, questions)
        records = _own_forecasts(post, text, body_start, today, people, questions, context is not None,
                                 question_windows, bool(targets))
        if not records and targets:
            rel = _relative(post, text[body_start:], targets, today)
            if rel is not None:
                records = [rel]
        elif not records and isinstance(context, str):
            asked = _asked_window(thread, post, question_windows)
            value = _answer_confidence(text[body_start:].strip()) if asked is not None else None
            if value is not None:
                records = [_Found(post.id, post.author, post.author, text[body_start:].strip(), context,
                                  (asked.start, asked.end), value, False, None, asked.vague)]
        known = _above(thread, post) + " " + " ".join(people)
        topic = _topic(root_text)
        subject = _topic(text[body_start:]) or topic
        foreign = post.lang not in ("en", None, "")
        placed: list[tuple[str, str]] = []
        for r in records:
            own, own_context = r.event, (r.question if r.question is not None else context)
            place(r, targets, own_context, registry, known, foreign, topic, subject)
            if r.relative_to is None and any(pid == r.proposition and distinct(own, other) for other, pid in placed):
                r.event, r.proposition = own, registry.assign(own, 1)
            placed.append((own, r.proposition))
            registry.offer(r.proposition, own, 0, topic, subject)
        if records:
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


def _above(thread: Thread, post) -> str:
    """What the thread said above ``post``: its reply chain and the root."""
    texts, seen = [], {post.id}
    parent = thread.parent_id(post)
    while parent and parent not in seen:
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


_PRONOUN_RUN = re.compile(r"(?:i|i'm|i'd|i'll|we|you|he|she|it|they|she's|he's|it's|they're|we're|my|our|"
                          r"no|not|yes|ok|lol|rt)(?:\W|$)", re.IGNORECASE)


_DATEISH = re.compile(r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|q[1-4]|h[12]|"
                      r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|today|(?:day|week) \d+|"
                      r"tomorrow|eoy)(?:[\s,'’]+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
                      r"q[1-4]|h[12]|(?:19|20)\d\d|\d{1,2}|s))*", re.IGNORECASE)


def _topic(text: str) -> str | None:
    """The last thing a text names, for a title that would open on a pronoun."""
    runs = [m.group(0) for m in _NAME_RUN.finditer(_LINKS.sub(" ", text))
            if re.search(r"[^\W\d_]", m.group(0)) and m.group(0).lower() not in _NOT_TOPIC
            and not m.group(0).startswith("@") and not _PRONOUN_RUN.match(m.group(0))
            and not _DATEISH.fullmatch(m.group(0))]
    strong = [r for r in runs if any(c.isdigit() or c.isupper() for c in r[1:]) or " " in r]
    return (strong or runs or [None])[0]


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
    for start, sentence in _sentences(_LINKS.sub(lambda m: " " * len(m.group(0)), text), body_start):
        stripped = sentence.strip()
        if _QUESTION.search(stripped):
            after_if = bool(_CONDITIONAL.search(stripped))
            q = _question_event(stripped, text[body_start:start], today)
            if q:
                questions[post.id] = asked = q
            else:
                asked = _echo_event(stripped, today) or asked
            asked_window = _one_window(stripped, today) if asked else None
            if q and asked_window is not None:
                question_windows[post.id] = asked_window
            last = None
            continue
        invited = _invited_event(stripped, text[body_start:start], today)
        if invited:
            questions[post.id] = asked = invited
            continue
        if (_SARCASM.search(stripped) or _WISH.search(stripped) or _PAST.search(stripped)
                or _NOT_A_FORECAST.search(stripped)):
            last = None
            continue
        if not find_windows(sentence, today) and _PAST_TENSE.search(sentence) and not _FUTURE.search(sentence):
            narrative = True
        conditional = bool(_CONDITIONAL.search(stripped)) or (after_if and bool(_THEN.match(stripped)))
        after_if = bool(_CONDITIONAL.search(stripped))
        quoted_spans = [m.span(1) for m in _DISCUSSED.finditer(sentence)]
        windows = [w for w in find_windows(sentence, today)
                   if not any(a <= w.start_char and w.end_char <= b for a, b in quoted_spans)]
        conf = find_confidence(sentence)
        if not windows:
            if conf is not None and conf.explicit and last is not None and not last.explicit and not conditional:
                last.confidence, last.explicit = conf.value, True
                last.quote = text[text.find(last.quote):start + len(sentence.rstrip())] if last.quote in text else last.quote
            elif asked_window is not None and last is None and not conditional and not echoes_forecast:
                value = _answer_confidence(stripped)
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
        live = [w for w in windows if not ended(w, today) and not _NOT_WHEN.match(sentence, w.end_char)]
        if not live or not _about_future(sentence, live, conf, today, answering and not narrative):
            last = None
            narrative = narrative or bool(_PAST_TENSE.search(sentence))
            continue
        holder, holder_span = _holder(sentence, post, people)
        for w in _one_per_range(live):
            value, explicit = _confidence(w, conf)
            quote = _quote(sentence, start, text)
            event = _event(sentence, w, conf, holder_span, people, live)
            if last is not None and too_thin(event) and last.window == (w.start, w.end):
                continue
            rec = _Found(post.id, post.author, holder, quote, event, (w.start, w.end), value, explicit, None, w.vague,
                         question=asked if asked and too_thin(event) else None)
            records.append(rec)
            last = rec
    return records


def _about_future(sentence: str, windows: list[TimeWindow], conf, today: date, answering: bool) -> bool:
    """Whether a sentence holding a live window says the event will happen
    then: a window is a forecast only with a word of the future (``will``,
    a hedge, a deadline such as ``by X``, an event verb in the present
    tense for a time to come, ``ships in May``), or as a short answer to a
    question or forecast (``Probably Q1``). Dates in reports of the past
    (``fired in 2021``), schedules and plans (``the workshop starts April
    9``, ``I'm flying in 2 weeks``) and idioms (``never met f2f``, ``the
    city is never finished``) are not forecasts."""
    words = len(re.findall(r"\w+", re.sub(r"@\w+|#\w+", " ", sentence)))
    short_answer = answering and words <= 7
    future = (bool(_FUTURE.search(sentence)) or conf is not None) and not _PAST_FUTURE.search(sentence)
    if _SCHEDULE.search(sentence):
        return False
    if _VOW.search(sentence):
        return False
    windows = [w for w in windows if not _in_quotes(sentence, w.start_char)
               and not (w.rule == "in" and _DURATION_IN.search(sentence[:w.start_char]))
               and not ((w.vague or w.never) and _PAST_TENSE.search(_clause_around(sentence, w)))]
    if not windows:
        return False
    if all(w.never for w in windows):
        return short_answer or bool(_FUTURE_NEVER.search(sentence))
    if future or short_answer:
        return True
    if _PAST_TENSE.search(sentence):
        return False
    if answering and (words <= 12 or any(w.rule != "in" and not w.vague for w in windows)):
        return True
    return any(w.rule in _DEADLINES or ((w.end is None or w.end >= today)
                                                                       and _PRESENT_FUTURE.search(_lower_first(sentence)))
                            for w in windows if not w.never)


def _in_quotes(sentence: str, at: int) -> bool:
    """Inside a quotation that opens before ``at`` and does not close before
    it (``still says "Coming soon.``: the sentence ends inside the quote)."""
    before = sentence[:at]
    return (before.count('"') % 2 == 1 or before.count("“") > before.count("”")
            or before.count("«") > before.count("»"))


def _lower_first(sentence: str) -> str:
    """Event verbs are matched in lower case, so a name (``Open Arms``) is
    none; a sentence's first word may still be one (``Kommt im Mai``)."""
    stripped = sentence.lstrip()
    return stripped[:1].lower() + stripped[1:]


def _clause_around(sentence: str, w: TimeWindow) -> str:
    """The words next to a vague or ``never`` window, where a past verb
    makes it a report (``eventually led to``, ``were part of it at some
    point``)."""
    return " ".join(re.findall(r"[\w']+", sentence[:w.start_char])[-6:]
                    + re.findall(r"[\w']+", sentence[w.end_char:])[:2])


_PAST_FUTURE = re.compile(r"(?:^|\W)(?:was|were|'d|had)\s+(?:\w+\s+)?(?:coming|going to|gonna|due|set to|expected to|"
                          r"supposed to|about to)\b|(?:^|\W)(?:knew|thought)\b", re.IGNORECASE)
_FUTURE = re.compile(
    r"(?:^|\W)(?:will|won'?t|wont|'ll|’ll|shall|gonna|going to|gon|about to|set to|due(?!\s+to\b)|slated|on track|expected to|"
    r"coming|upcoming|predict\w*|expect\w*|bet|odds|chance|forecast\w*|calling it|my call|from now|"
    r"an? (?:19|20)\d\d (?:thing|story|event)|"
    r"va a|van a|vamos a|\w+rán?|\w+remos|wird|werden|kommt|kommen|sera|seront|va|vont|\w{2,}ront|"
    r"会|将|要|预计|可能|肯定|だろう|でしょう|はず|予定|見込み|かもしれない)(?:\W|$)", re.IGNORECASE)
_FUTURE_NEVER = re.compile(r"(?:will|won'?t|'ll|’ll|gonna|going to|ever going|not)\s+(?:\w+\s+)?never\b|"
                           r"\bnever\s+(?:gonna|going to|happening|happen|will|ever)\b|\bnever\s+(?:ever\s+)?(?:win|ship|"
                           r"launch|land|arrive|reach|hit|get|see|come|happen|work|pass|beat|make)s?\b(?!\s+\w+ed\b)|"
                           r"\b(?:nunca|jamais|nie(?:mals)?|永远不|不会|決して)\b", re.IGNORECASE)
_SCHEDULE = re.compile(
    r"(?:^|\W)(?:meeting|meetup|webinar|workshop|conference|conf|summit|session|sessions|talk|keynote|panel|class|"
    r"course|lecture|seminar|presentation|presentations|fest|festival|party|dinner|lunch|breakfast|wedding|trip|"
    r"vacation|concert|gig|agenda|theme|schedule|scheduling|join us|register|registered|rsvp|save the date|tickets?|"
    r"see you|tune in|office hours|deadline|expires?|i'?m flying|i am flying|i'?m speaking|i'?m presenting|"
    r"i'?m attending|i'?m doing|i am doing|am on the road|we'?re hosting|get-together|get-back together|gathering|"
    r"eligible|be retired|be discontinued|reunión|taller|sesiones|tagung|réunion)(?:\W|$)",
    re.IGNORECASE)
_VOW = re.compile(r"\b(?:i|we|i'll|we'll|i will|we will|i'm|we're)\b[^.!?]{0,40}?\bnever\s*,?\s*(?:ever\s*,?\s*)?"
                  r"(?:going to\s+|gonna\s+)?(?:give up|forget|forgive|stop|quit|surrender|back down|"
                  r"let (?:you|them|us) down)\b|\bnever\s+(?:be\s+)?(?:forgotten|forgiven)\b", re.IGNORECASE)
_DURATION_IN = re.compile(r"\b(?:first|last|best|worst|most|least|only|biggest|highest|lowest|fastest)\b(?:\W+\w+){0,5}\W+$",
                          re.IGNORECASE)
_PAST_TENSE = re.compile(r"(?:^|\W)(?:was|were|did|had|has been|have been|has \w+ed|have \w+ed|ago|last|"
                         r"(?!(?:need|indeed|speed|feed|seed|proceed|exceed|succeed|tuned|excited|interested|based|"
                         r"dedicated|expected|scheduled|planned|supposed|concerned|pleased|thrilled|bored|tired|"
                         r"worried|scared|prepared|red|bed|shed)\b)\w{3,}ed|"
                         r"went|took|got|came|led|fell|rose|made|said|sold|won|lost|began|became|met)(?:\W|$)",
                         re.IGNORECASE)
_PRESENT_FUTURE = re.compile(
    r"(?:^|\W)(?:opens|launches|ships|starts|begins|lands|arrives|hits|comes|goes|drops|releases|debuts|lists|"
    r"closes|ends|wins|passes|reaches|crosses|happens|returns|premieres|airs|flips|breaks|cuts|raises|falls|rises|"
    r"follows|bottom out|bottoms out|finds?|stabili[sz]es?|peaks?|tops?|is out|are out|is due|are due|is coming|"
    r"are coming|is back|goes live|go live|holt|gewinnt|fällt|steigt|"
    r"open|launch|ship|start|begin|land|arrive|hit|drop|release|debut|happen|premiere|come|"
    r"llega|llegan|sale|salen|empieza|abre|kommt|kommen|startet|beginnt|öffnet|sortent|arrive|arrivent|commence|"
    r"ouvre|上市|发布|开通|到|出る|発売|開通|始まる)(?:\W|$)", 0)
_DEADLINES = {"by", "before", "within", "earliest"}
_NOT_WHEN = re.compile(r"\s*(?:['’]s\b|\d+\b(?![/.:-]\d)|-?\s*(?:years?|months?|weeks?|days?)?\s*-?\s*(?:old|olds|ago)\b)", re.IGNORECASE)


def _question_event(question: str, before: str, today: date) -> str | None:
    """The event a question asks about, so that bare answers (``Probably
    Q1``) can take it: ``when will X``, ``X: when?``, polls (``Quick poll:
    X by end of 2027?``), yes/no questions (``Will X happen by 2027?``) and
    a bare ``when?``, ``thoughts?`` or ``what's your call?`` after a
    statement (the statement)."""
    labelled = _POLL_LABEL.match(question)
    body = question[labelled.end():] if labelled else question
    trailing = _WHEN_LAST.match(body)
    m = None if trailing else (_WHEN_QUESTION.search(body) or _YES_NO.search(body))
    if trailing and trailing.group("event").strip(" ,.:;-—–"):
        rest, lead = trailing.group("event"), before
    elif m:
        rest, lead = body[m.end():], before + body[:m.start()]
        if re.search(r"\bdoes\s*$", m.group(0), re.IGNORECASE):
            rest = _third_person(rest)
    elif labelled and _NAMES_SOMETHING.search(body):
        rest, lead = body, before
    else:
        sentences = [s for _, s in _sentences(before, 0)]
        if not (_CALL_QUESTION.search(body) or trailing or _BARE_ASK.match(body)) or not sentences:
            return None
        pick = next((i for i in range(len(sentences) - 1, -1, -1) if _topic(sentences[i])), len(sentences) - 1)
        rest, lead = sentences[pick], "".join(sentences[:pick])
    return _event_of_ask(rest, lead, today)


def _one_window(question: str, today: date) -> TimeWindow | None:
    live = [w for w in find_windows(question, today) if not ended(w, today)]
    return live[0] if len(live) == 1 and not live[0].never else None


def _asked_window(thread: Thread, post, question_windows: dict) -> TimeWindow | None:
    """The window of the question a post replies to or quotes, if it has one."""
    for ref in (thread.parent_id(post), thread.quoted_id(post)):
        if ref in question_windows:
            return question_windows[ref]
    return None


_YES = re.compile(r"^\W*(?:yes|yep|yeah|yup|ya|sure|s[ií]|ja|oui|是|会|はい)\b\W*$", re.IGNORECASE)
_NO = re.compile(r"^\W*(?:no|nope|nah|nein|non|不会|不|いいえ)\b\W*$", re.IGNORECASE)


def _answer_confidence(answer: str) -> float | None:
    """How sure a bare answer to a yes/no question with a window is: ``yes``
    0.9, ``no`` 0.1 (the plain and negated assertions), a hedge or number
    its value; None when the answer says more than that."""
    text = re.sub(r"@\w+|[\U0001F000-\U0001FAFF\u2600-\u27BF]", " ", answer).strip()
    if _QUESTION.search(text) or _SARCASM.search(text) or len(re.findall(r"\w+", text)) > 6:
        return None
    if _YES.match(text):
        return BARE_ASSERTION
    if _NO.match(text):
        return 1 - BARE_ASSERTION
    conf = find_confidence(text)
    return conf.value if conf is not None and conf.rule not in ("will", "wont") else None


def _echo_event(question: str, today: date) -> str | None:
    """An echo (``ten US cities? not before 2028``, ``lindgren retiring?
    never``) names the event the answer after it in the same post is about:
    its last clause, without windows."""
    clause = re.split(r",\s*(?:but|and|so)\s+|\s+but\s+|;\s*", question)[-1]
    event = _event_of_ask(clause, "", today)
    return event if event and _NAMES_SOMETHING.search(event) else None


_BASE_VERBS = ("come", "ship", "happen", "launch", "land", "arrive", "open", "start", "end", "fly", "drop", "hit",
               "reach", "cut", "win", "go", "break", "pass", "finish", "close", "list", "return", "release",
               "beat", "cross", "fall", "rise", "become", "get", "make", "take", "retire", "resign", "flip", "debut")


def _third_person(rest: str) -> str:
    """``when does the first cut come`` asks whether ``the first cut
    comes``: the last base verb before the first preposition takes its -s."""
    words = rest.split(" ")
    end = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    for i in range(end - 1, 0, -1):
        w = words[i]
        if w.lower() in _BASE_VERBS:
            words[i] = w + ("es" if w.endswith(("sh", "ch", "ss", "o")) else "s")
            break
    return " ".join(words)


_PREPOSITIONS = {"to", "in", "on", "by", "at", "for", "with", "below", "above", "from", "before", "after", "into"}


def _invited_event(sentence: str, before: str, today: date) -> str | None:
    """Statements that invite dates define events too: ``Place your bets:
    X``, ``X is 5+ years away. Change my mind.``"""
    m = _INVITE.search(sentence)
    if not m:
        return None
    after = sentence[m.end():].strip(" :—–-")
    if _NAMES_SOMETHING.search(after):
        return _event_of_ask(after, before, today)
    own = sentence[:m.start()].strip(" .:—–-")
    if _NAMES_SOMETHING.search(own):
        return _event_of_ask(own, before, today)
    sentences = [s for _, s in _sentences(before, 0)]
    return _event_of_ask(sentences[-1], "".join(sentences[:-1]), today) if sentences else None


def _event_of_ask(rest: str, lead: str, today: date) -> str | None:
    for w in sorted(find_windows(rest, today), key=lambda w: -w.start_char):
        rest = rest[:w.start_char] + " " + rest[w.end_char:]
    rest = _AWAY.sub(" ", rest)
    q = _clean_event(rest.rstrip("?？ "))
    return _with_topic(q, lead) if q else None


_POLL_LABEL = re.compile(r"^\W*(?:(?:quick|serious|genuine|honest|real|dumb|simple)\s+)?(?:poll|question|q|survey|"
                         r"prediction time|predictions|bets?|odds|over/under|encuesta|pregunta|umfrage|frage|sondage|"
                         r"question sérieuse|投票|问题|質問)\s*[:\-—–]\s*", re.IGNORECASE)
_WHEN_LAST = re.compile(r"^(?P<event>.*?)[\s,:;.\-—–(]*(?:and\s+)?(?:when|by when|how soon|eta|timeline|timelines|"
                        r"cu[aá]ndo|wann|quand|什么时候|何时|いつ)\s*\)?\s*[?？]+\W*$", re.IGNORECASE)
_BARE_ASK = re.compile(r"^\W*(?:thoughts|predictions?|guesses|bets|odds|eta|timeline|agree|dates?|when|"
                       r"opiniones|meinungen|avis)\W*$", re.IGNORECASE)
_INVITE = re.compile(r"(?:^|\W)(?:change my mind|prove me wrong|place your bets|fight me|convince me otherwise|"
                     r"drop your (?:predictions|guesses|dates|bets)|predictions below|dates below|calling all forecasters)"
                     r"(?:\W|$)", re.IGNORECASE)
_AWAY = re.compile(r"\b(?:is|are)\s+(?:~|at least\s+)?\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|months?|decades?)\s+"
                   r"(?:away|off|out)\b", re.IGNORECASE)
_NAMES_SOMETHING = re.compile(r"[^\W\d_]{3,}")


def _with_topic(question: str, before: str) -> str:
    """A question that names nothing (``when does it ship?``) is about the
    last thing named before it in the post (``Meridian AI's Orion-5: ...``)."""
    if event_key(question).names:
        return question
    runs = []
    for m in _NAME_RUN.finditer(before):
        run = m.group(0)
        initial = not before[:m.start()].strip() or before[:m.start()].rstrip()[-1] in ".!?:。！？\n"
        strong = any(c.isdigit() or c.isupper() for c in run[1:])
        if re.search(r"[^\W\d_]", run) and run.lower() not in _NOT_TOPIC and (strong or not initial):
            runs.append(run)
    if not runs:
        return question
    topic = runs[-1]
    replaced = re.sub(r"\b(?:it|they|them)\b", topic, question, count=1, flags=re.IGNORECASE)
    return replaced if replaced != question else f"{question} ({topic})"


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


_LINKS = re.compile(r"https?://\S+|(?<![\w@])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)
_AND = re.compile(r"\s*[,，、]\s*(?:(?:and|but|und|aber|et|mais|y|pero|e)\s+)?|\s+(?:and|but|und|aber|et|mais|y|pero|e)\s+|"
                  r"但(?:是)?|以及|而且|けど|が、")
_CLAUSE = re.compile(r",\s*(?:so|and so|and|which means|thus|hence|therefore|but|pero|aber|mais)\s+|;\s*|\s+[—–]\s+")


def _event(sentence: str, w: TimeWindow, conf, holder_span, people: dict | None = None,
           windows: list[TimeWindow] = ()) -> str:
    """The sentence's clause holding the window, without the windows, the
    hedge, the reporting words and the handles and full names of the people
    in the thread (a lone first or last name may be a product's: ``Lumen``). A
    clause that opens on its window ends at the next comma (``Late 2027 at
    best, the fab is not ready``: what follows is a reason).
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
    comma = sentence.find(",", w.end_char, hi)
    if comma >= 0 and not re.search(r"[^\W\d_]", sentence[lo:w.start_char]):
        hi = comma
    event = _event_text(sentence, w, conf, holder_span, lo, hi, windows)
    named = [n for n, handle in (people or {}).items() if " " in n or n == handle.lower()]
    if named:
        event = re.sub(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in sorted(named, key=len, reverse=True)),
                       " ", event, flags=re.IGNORECASE)
        event = re.sub(r"\s+", " ", event).strip(" ,.;:!-—–'\"")
    return event


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
    return _clean_event(text)


def _clean_event(text: str) -> str:
    text = re.sub(r"https?://\S+|@\w+|(?<!\w)\+1(?!\d)|\b(?:CEO|CTO|CFO|COO|founder|chief)\b|[\U0001F000-\U0001FAFF\u2600-\u27BF]",
                  " ", text)
    text = _FIRST_PERSON.sub("", _LABEL.sub("", text.strip()))
    text = re.sub(r"\b(?:will|is going to|are going to|gonna|going to|be|happen|happens|at the latest|"
                  r"in my book|on it|that|so)\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!-—–'\"")
    text = re.sub(r"(?:\s+(?:around|about|by|in|before|after|from|until|at|on|for|con|en|para|um|im|à|en))+$", "",
                  text, flags=re.IGNORECASE)
    return text


def _context(thread: Thread, post, found: dict, questions: dict) -> "_Found | str | None":
    """What a post that answers no forecast directly is about: the nearest
    question or forecast up the reply chain, else the conversation root's
    first forecast."""
    seen = {post.id}
    parent = thread.parent_id(post) or thread.quoted_id(post)
    while parent and parent not in seen:
        seen.add(parent)
        if parent in questions:
            return questions[parent]
        if found.get(parent):
            return found[parent][0]
        p = thread.post(parent)
        parent = (thread.parent_id(p) or thread.quoted_id(p)) if p is not None else None
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
    ``Unter 4 % bis März? Bezweifle ich.`` reads ``Bezweifle ich``)."""
    stripped = re.split(r"[?？]+\s*", body.strip())[-1].strip() or body.strip()
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
    from ..tables import typed_frame
    return typed_frame([r.as_dict() for r in records], FIELDS, {"confidence": "float64"})
