"""The wording of posts: sentences, the cleaned text of an event, and the
thing a text names (a thread's topic), shared by the readers of forecasts
and of the questions that define their events."""
from __future__ import annotations

import re

_SENTENCE = re.compile(r"(?:[^.!?。！？\n]|(?<=\w)\.(?=\w))+(?:[.!?。！？]+|\n|$)")


QUESTION = re.compile(r"[?？]\s*$")


_FIRST_PERSON = re.compile(r"^(?:i think|i'd say|i say|i bet|i reckon|i believe|i expect|i predict|i'm calling|"
                           r"i'?d put(?:\s+\S+)?\s+on|imo|imho|my bet is|my guess is|my call:?|calling it:?|"
                           r"prediction:?|hot take:?|i'?m sticking with|sticking with|i'?m going with|i'?ll go with|going with|"
                           r"my money'?s on|my money is on|creo que|ich glaube|je pense que|我觉得|我认为|我猜)\s*",
                           re.IGNORECASE)


NAME_RUN = re.compile(r"(?<![\w'’])(?:[A-Z\u00C0-\u00DE][\w\-]*|\w*\d[\w\-]*)(?:['’]s)?"
                       r"(?:\s+(?:[A-Z\u00C0-\u00DE][\w\-]*|\w*\d[\w\-]*)(?:['’]s)?)*")


NOT_TOPIC = {"no", "yes", "the", "a", "an", "this", "that", "last", "first", "next", "so", "but", "and", "i", "we",
              "when", "what", "who", "how", "why", "where", "will", "is", "are", "do", "does", "quick", "poll", "odds",
              "place", "bets", "serious", "sérieux", "real", "honest",
              "serious", "question", "thread", "megathread", "update", "breaking", "reminder"}


_LABEL = re.compile(r"^[A-Za-z][a-z]*(?:\s+[a-z]+){0,3}(?:,\s*[a-z]+(?:\s+[a-z]+){0,3})?\s*:\s+")


_PRONOUN_RUN = re.compile(r"(?:i|i'm|i'd|i'll|we|you|he|she|it|they|she's|he's|it's|they're|we're|my|our|"
                          r"no|not|yes|ok|lol|rt)(?:\W|$)", re.IGNORECASE)


_DATEISH = re.compile(r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|q[1-4]|h[12]|"
                      r"(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?|mon|tue|wed|thu|fri|sat|sun|[a-z]+day|today|(?:day|week) \d+|"
                      r"tomorrow|eoy)(?:[\s,'’]+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
                      r"q[1-4]|h[12]|(?:19|20)\d\d|\d{1,2}|s))*", re.IGNORECASE)


def first_words(text: str) -> str:
    """An answer's opening words, up to the first clause break (``no chance``
    of ``no chance, the chairman backed him``)."""
    return re.split(r"[,;:—–(]|\.\s", text, maxsplit=1)[0]


def name_runs(text: str):
    """The runs of capitalised words (or words with a digit) a text names,
    as ``(run, start)``, leaving out handles, pronouns, dates and words that
    open questions and labels."""
    for m in NAME_RUN.finditer(text):
        run = m.group(0)
        if (re.search(r"[^\W\d_]", run) and run.lower() not in NOT_TOPIC and not run.startswith("@")
                and not _PRONOUN_RUN.match(run) and not _DATEISH.fullmatch(run)):
            yield run, m.start()


def topic_of(text: str) -> str | None:
    """The first thing a text names, a run of several words or one with a
    digit or inner capital first, for a title that would open on a pronoun
    or name nothing."""
    runs = [run for run, _ in name_runs(LINKS.sub(" ", text))]
    strong = [r for r in runs if any(c.isdigit() or c.isupper() for c in r[1:]) or " " in r]
    return (strong or runs or [None])[0]


def split_sentences(text: str, offset: int):
    for m in _SENTENCE.finditer(text, offset):
        s = m.group(0)
        if s.strip():
            yield m.start(), s


LINKS = re.compile(r"https?://\S+|(?<![\w@])(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*", re.IGNORECASE)


_DISMISSAL = re.compile(r"^\s*(?:(?:forget|never mind|screw|ok so|okay so|look|listen|honestly)\b[^,]{0,40},\s*|"
                        r"(?:nonsense|rubbish|wrong|no way|bs|cope|lol no|hell no)\b[,.!]*\s*)", re.IGNORECASE)
_ASIDE = re.compile(r"\s+(?:at this rate|at current rates?|on current \w+|at the current \w+|is the real "
                    r"(?:story|question|thing)|is the question|mark my words|you heard it here first|screenshot this|"
                    r"book it|write it down)\b.*$", re.IGNORECASE)


def clean_event(text: str) -> str:
    """An event's words without links, handles, emoji, labels, first-person
    framing, dismissals (``forget solid state,``) and asides (``at this
    rate``, ``is the real story``)."""
    text = re.sub(r"https?://\S+|@\w+|(?<!\w)\+1(?!\d)|\b(?:CEO|CTO|CFO|COO|founder|chief)\b|[\U0001F000-\U0001FAFF\u2600-\u27BF]",
                  " ", text)
    text = _FIRST_PERSON.sub("", _LABEL.sub("", text.strip()))
    text = _ASIDE.sub("", _DISMISSAL.sub("", text))
    text = re.sub(r"\b(?:will|is going to|are going to|gonna|going to|be|happen|happens|at the latest|"
                  r"in my book|on it|that|so)\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!-—–'\"")
    text = re.sub(r"(?:\s+(?:around|about|by|in|before|after|from|until|at|on|for|con|en|para|um|im|à|en))+$", "",
                  text, flags=re.IGNORECASE)
    return text

