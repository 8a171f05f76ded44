"""The events that questions define, so that bare answers (``Probably
Q1``) can take them: ``when`` questions, ``X: when?``, polls, yes/no and
odds questions, echoes, and statements that invite dates; and how sure a
bare yes or no to a question with a window is."""
from __future__ import annotations

import re
from datetime import date

from .hedges import BARE_ASSERTION, NEGATED_ASSERTION, find_confidence
from .futurity import SARCASM
from .propositions import event_key, too_thin
from .sentences import QUESTION, clean_event, first_words, name_runs, split_sentences, topic_of
from .timeexpr import TimeWindow, ended, find_windows

_WHEN_QUESTION = re.compile(r"(?:^|\W)(?:predictions? (?:for|on)|odds (?:of|on)|timelines? (?:for|on)|eta (?:for|on)|"
                            r"when|how soon|how long (?:until|before|till)|how long (?=does|will|do|can)|by when|what year|which year|"
                            r"cu[aá]ndo|wann|quand|什么时候|何时|いつ)\b\s*(?:will|do(?:es)? you (?:think|expect)|would|"
                            r"do we|does|do|is|are|can|could)?\s*", re.IGNORECASE)


_YES_NO = re.compile(r"^[¿¡]?\s*(?:will|would|is|are|does|do|can|could|has|have|habr[aá]n?|va a|van a|ser[aá]n?|"
                     r"wird|werden|est-ce que|va-t-(?:il|elle)|会不会|会)\s+", re.IGNORECASE)


_CALL_QUESTION = re.compile(r"^(?:what(?:'s|’s| is| are)|any) (?:your |the )?(?:call|calls|prediction|predictions|take|"
                            r"guess|guesses|bet|bets|odds|forecast|forecasts|timeline)\b", re.IGNORECASE)


def question_event(question: str, before: str, today: date) -> str | None:
    """The event a question asks about, so that bare answers (``Probably
    Q1``) can take it: ``when will X``, ``X: when?``, polls (``Quick poll:
    X by end of 2027?``), yes/no questions (``Will X happen by 2027?``) and
    a bare ``when?``, ``thoughts?`` or ``what's your call?`` after a
    statement (the statement)."""
    labelled = _POLL_LABEL.match(question)
    body = question[labelled.end():] if labelled else question
    trailing = _WHEN_LAST.match(body)
    m = None if trailing else (_WHEN_QUESTION.search(body) or _YES_NO.search(body))
    cjk = None if trailing else _CJK_WHEN.search(body)
    cjk = cjk if cjk and _CJK.search(body[:cjk.start()] + body[cjk.end():]) else None
    if trailing and trailing.group("event").strip(" ,.:;-—–"):
        rest, lead = trailing.group("event"), before
    elif cjk:
        rest = _CJK_LEAD.sub("", body[:cjk.start()]) + _CJK_TAIL.sub("", body[cjk.end():])
        lead = before
    elif m:
        rest, lead = body[m.end():], before + body[:m.start()]
        if re.search(r"\bdoes\s*$", m.group(0), re.IGNORECASE):
            rest = _third_person(rest)
        verb = _VERB_FIRST.search(body[:m.start()])
        if verb:  # "il ouvre quand le tram T4 ?": the verb came first
            rest = f"{rest.rstrip(' ?？')} {verb.group(1)}"
    elif labelled and NAMES_SOMETHING.search(body):
        rest, lead = body, before
    elif _OR_NOT.search(body):
        rest, lead = _OR_NOT.sub("", body), before
    else:
        sentences = [s for _, s in split_sentences(before, 0)]
        if not (_CALL_QUESTION.search(body) or trailing or _BARE_ASK.match(body)) or not sentences:
            return None
        pick = next((i for i in range(len(sentences) - 1, -1, -1) if topic_of(sentences[i])), len(sentences) - 1)
        rest, lead = sentences[pick], "".join(sentences[:pick])
    return _event_of_ask(rest, lead, today)


def split_questions(question: str) -> list[str]:
    """``When does a model beat the humans, and when is it saturated?`` asks
    two things: each ``when`` after a comma or ``and`` is a question of its
    own (the later ones end with the sentence's question mark)."""
    parts = re.split(r"(?:,\s*|\s+)(?:and|or|y|und|et)\s+(?=(?:when|cuándo|cuando|wann|quand)\b)|;\s*(?=when\b)",
                     question, flags=re.IGNORECASE)
    if len(parts) < 2 or any(not NAMES_SOMETHING.search(re.sub(r"(?i)\b(?:when|cuándo|cuando|wann|quand)\b", "", p))
                             for p in parts):
        return [question]
    return [p if p.rstrip().endswith(("?", "？")) else p.rstrip(" ,") + "?" for p in parts]


def one_window(question: str, today: date) -> TimeWindow | None:
    live = [w for w in find_windows(question, today) if not ended(w, today)]
    return live[0] if len(live) == 1 and not live[0].never else None


_YES = re.compile(r"^\W*(?:yes|yep|yeah|yup|ya|sure|s[ií]|ja|oui|是|会|はい)\b\W*(?:\w+\W*)?$", re.IGNORECASE)


_NO = re.compile(r"^\W*(?:no|nope|nah|nein|non|不会|不|いいえ)\b\W*$", re.IGNORECASE)


def answer_confidence(answer: str) -> float | None:
    """How sure a bare answer to a yes/no question with a window is: ``yes``
    0.9, ``no`` 0.1 (the plain and negated assertions), a hedge or number
    its value (``80% yes``, ``low. like 10%``, ``no chance, the interfaces
    still crack``); only the answer's first words count, fillers (``lol``)
    aside; None when they say more than that."""
    text = re.sub(r"@\w+|[\U0001F000-\U0001FAFF\u2600-\u27BF]", " ", answer).strip()
    if QUESTION.search(text) or SARCASM.search(text):
        return None
    text = _FILLER.sub(" ", text).strip(" ,.!")
    head = first_words(text).strip(" .!")
    if len(re.findall(r"\w+", head)) > 6:
        return None
    if _YES.match(head):
        return BARE_ASSERTION
    if _NO.match(head):
        return NEGATED_ASSERTION
    for part in re.split(r"\.\s|[,;]", text)[:2]:
        m = _BARE_PERCENT.match(part.strip(" .!"))
        if m:
            value = int(m.group("n")) / 100
            return round(1 - value, 2) if (m.group("side") or "").lower() in ("no", "nope") else value
    for part in (head, " ".join(re.split(r"\.\s|[,;]", text)[:2])):
        conf = find_confidence(part)
        if conf is not None and conf.rule not in ("will", "wont") and len(re.findall(r"\w+", part)) <= 6:
            return conf.value
    return None


_BARE_PERCENT = re.compile(r"^(?:like|about|maybe|around|roughly|~|low|high)?\W*(?P<n>\d{1,3})\s*%"
                           r"(?:\s*(?P<side>yes|no|nope|chance|odds))?$", re.IGNORECASE)
_FILLER = re.compile(r"(?:^|\s)(?:lol|lmao|tbh|imo|imho|honestly|ngl|fr|like|bro|mate|ha+|yeah so)(?=\s|$|[,.!])",
                     re.IGNORECASE)


def echo_event(question: str, today: date) -> str | None:
    """An echo (``ten US cities? not before 2028``, ``lindgren retiring?
    never``) names the event the answer after it in the same post is about:
    its last clause, without windows."""
    clause = re.split(r",\s*(?:but|and|so)\s+|\s+but\s+|;\s*", question)[-1]
    event = _event_of_ask(clause, "", today)
    return event if event and NAMES_SOMETHING.search(event) and not too_thin(event) else None


_BASE_VERBS = ("come", "ship", "happen", "launch", "land", "arrive", "open", "start", "end", "fly", "drop", "hit",
               "reach", "cut", "win", "go", "break", "pass", "finish", "close", "list", "return", "release",
               "beat", "cross", "fall", "rise", "become", "get", "make", "take", "retire", "resign", "flip", "debut")


def _third_person(rest: str) -> str:
    """``when does the first cut come`` asks whether ``the first cut
    comes``: the last base verb before the first preposition takes its -s."""
    words = rest.split(" ")
    end = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    for i in range(end - 1, 0, -1):
        w = words[i].rstrip("?？!.,")
        if w.lower() in _BASE_VERBS:
            words[i] = w + ("es" if w.endswith(("sh", "ch", "ss", "o")) else "s") + words[i][len(w):]
            break
    return " ".join(words)


_PREPOSITIONS = {"to", "in", "on", "by", "at", "for", "with", "below", "above", "from", "before", "after", "into"}


def invited_event(sentence: str, before: str, today: date) -> str | None:
    """Statements that invite dates define events too: ``Place your bets:
    X``, ``X is 5+ years away. Change my mind.``"""
    m = _INVITE.search(sentence)
    if not m:
        return None
    after = sentence[m.end():].strip(" :—–-")
    if NAMES_SOMETHING.search(after):
        return _event_of_ask(after, before, today)
    own = sentence[:m.start()].strip(" .:—–-")
    if NAMES_SOMETHING.search(own):
        return _event_of_ask(own, before, today)
    sentences = [s for _, s in split_sentences(before, 0)]
    return _event_of_ask(sentences[-1], "".join(sentences[:-1]), today) if sentences else None


def _event_of_ask(rest: str, lead: str, today: date) -> str | None:
    for w in sorted(find_windows(rest, today), key=lambda w: -w.start_char):
        rest = rest[:w.start_char] + " " + rest[w.end_char:]
    rest = _ADVERBS.sub("", rest)
    rest = _AWAY.sub(" ", rest)
    q = clean_event(rest.rstrip("?？ "))
    return _with_topic(q, lead) if q else None


_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CJK_WHEN = re.compile(r"什么时候|何时|いつ")
_CJK_LEAD = re.compile(r"(?:って|は|结局|結局|到底|究竟|一体)+\s*$|^\s*(?:那么|所以)")
_CJK_TAIL = re.compile(r"(?:の|か|呢|吗|嗎|んだろう|だろう|でしょう)?\s*[?？]*\s*$")
_VERB_FIRST = re.compile(r"(?:^|\W)(?:il|elle|ils|elles|ça|on|er|sie|es)\s+([^\W\d_]{3,})\s*$", re.IGNORECASE)
_OR_NOT = re.compile(r"[\s,]+(?:or not|or no|o no|oder nicht|ou pas|ou non)\s*[?？]+\W*$", re.IGNORECASE)
_ADVERBS = re.compile(r"\b(?:actually|finally|really|ever|even|truly|eventually|enfin|vraiment|endlich|wirklich|"
                      r"por fin|realmente)\b\s*", re.IGNORECASE)
_POLL_LABEL = re.compile(r"^\W*(?:(?:quick|serious|genuine|honest|real|dumb|simple)\s+)?(?:poll|question|q|survey|"
                         r"prediction time|predictions|bets?|odds|over/under|encuesta|pregunta|umfrage|frage|sondage|"
                         r"question sérieuse|投票|问题|質問)\s*[:\-—–]\s*", re.IGNORECASE)


_WHEN_LAST = re.compile(r"^(?P<event>.*?)[\s,:;.\-—–(]*(?:and\s+)?(?:when|by when|how soon|eta|timeline|timelines|"
                        r"cu[aá]ndo|wann|quand|什么时候|何时|いつ)\s*\)?\s*[?？]+\W*$", re.IGNORECASE)


_BARE_ASK = re.compile(r"^\W*(?:thoughts|predictions?|guesses|bets|odds|eta|timelines?|agree|dates?|when|"
                       r"opiniones|meinungen|avis)(?:\W+(?:anyone|people|folks|pls|please|everyone|y'all))?\W*$",
                       re.IGNORECASE)


_INVITE = re.compile(r"(?:^|\W)(?:change my mind|prove me wrong|place your bets|fight me|convince me otherwise|"
                     r"drop your (?:predictions|guesses|dates|bets)|predictions below|dates below|calling all forecasters)"
                     r"(?:\W|$)", re.IGNORECASE)


_AWAY = re.compile(r"\b(?:is|are)\s+(?:~|at least\s+)?\d+\+?\s*(?:-\s*\d+\s*)?(?:years?|months?|decades?)\s+"
                   r"(?:away|off|out)\b", re.IGNORECASE)


NAMES_SOMETHING = re.compile(r"[^\W\d_]{3,}")


def _with_topic(question: str, before: str) -> str:
    """A question that names nothing (``when does it ship?``, ``When does
    this end??``) is about the last thing named before it in the post
    (``Meridian AI's Orion-5: ...``), else the thing its first sentence ends
    on (``Day 12 of the ferry strike.``)."""
    if event_key(question).names:
        return question
    runs = [run for run, at in name_runs(before)
            if any(c.isdigit() or c.isupper() for c in run[1:])
            or (before[:at].strip() and before[:at].rstrip()[-1] not in ".!?:。！？\n")]
    phrase = _THE_PHRASE.search(before)
    topic = runs[-1] if runs else (f"the {phrase.group(1)}" if phrase else None)
    if topic is None:
        return question
    replaced = re.sub(r"^(?:it|they|them|this|that)\b|\b(?:it|they|them)\b", topic, question, count=1,
                      flags=re.IGNORECASE)
    return replaced if replaced != question else f"{question} ({topic})"


_THE_PHRASE = re.compile(r"\bthe ((?:[a-z]+ ){0,2}[a-z]+)\s*[.!?]", re.IGNORECASE)
