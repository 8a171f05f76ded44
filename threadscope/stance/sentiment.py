"""Sentiment of each post: VADER's compound score and its pos/neu/neg shares.

VADER (Hutto & Gilbert 2014) is a lexicon for English social-media text, so
posts in other languages get no sentiment (``None``) rather than a wrong
one: a post whose ``lang`` names another language, or, when ``lang`` is
missing or undetermined (``und``), whose letters are mostly non-Latin or
whose words are those of another language (a small stopword check).

VADER's cost grows with the square of a text's length (its ``but`` and
negation look-ups search the whole word list), so a 25,000-character note
would take about a second. Text longer than :data:`CHUNK` characters is cut
at sentence ends into pieces of at most that size, each piece is scored on
its own, and the scores are averaged weighted by the pieces' word counts.
Short posts (every tweet) are scored whole, exactly as VADER scores them.

Labels use VADER's customary thresholds: compound >= 0.05 positive,
<= -0.05 negative, neutral between.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Post

CHUNK = 600
POSITIVE = 0.05
NEGATIVE = -0.05
ENGLISH_LANGS = {"en"}
UNDETERMINED = {None, "", "und", "zxx", "qme", "qht", "qam", "qct", "qst"}

_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+")
_MENTION = re.compile(r"[@#]\w+")

_EN_STOP = frozenset(["the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be", "been", "it", "this", "that", "to", "of", "in", "on", "for", "with", "you", "i", "we", "they", "he", "she", "not", "no", "do", "does", "did", "have", "has", "had", "will", "would", "can", "just", "so", "what", "why", "how", "who", "when", "my", "your", "me", "at", "as", "if", "all", "about", "from", "by", "there", "their", "its", "it's", "i'm", "don't", "can't"])
_OTHER_STOP = frozenset(["de", "la", "el", "los", "las", "que", "y", "en", "por", "con", "una", "es", "se", "del", "lo", "al", "pero", "como", "para", "más", "muy", "le", "les", "des", "du", "et", "est", "pas", "une", "dans", "pour", "qui", "sur", "avec", "ce", "il", "elle", "sont", "au", "aux", "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "mit", "den", "dem", "auf", "sich", "auch", "für", "von", "wie", "il", "della", "di", "che", "non", "per", "una", "sono", "gli", "le", "è", "e", "um", "uma", "os", "não", "com", "para", "mais", "você", "het", "een", "van", "niet", "ik", "je", "dat", "op", "zijn", "voor"])


@dataclass(frozen=True, slots=True)
class Sentiment:
    """VADER's scores for one text. ``compound`` is in [-1, 1]; ``pos``,
    ``neu`` and ``neg`` are the shares of the text's sentiment-bearing mass."""

    compound: float
    pos: float
    neu: float
    neg: float

    @property
    def label(self) -> str:
        return label_of(self.compound)


def label_of(compound: float | None) -> str | None:
    if compound is None:
        return None
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


@lru_cache(maxsize=1)
def analyzer():
    """One SentimentIntensityAnalyzer for the process: it reads its lexicon
    files when built."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def score_text(text: str) -> Sentiment:
    """VADER on ``text``, in pieces when it is long (see the module docs)."""
    if len(text) <= CHUNK:
        return _score(text)
    pieces = chunks(text)
    scored = [(max(1, len(p.split())), _score(p)) for p in pieces]
    total = sum(w for w, _ in scored)

    def mean(attr: str) -> float:
        return round(sum(w * getattr(s, attr) for w, s in scored) / total, 4)

    return Sentiment(mean("compound"), mean("pos"), mean("neu"), mean("neg"))


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """``text`` cut at sentence ends into pieces of at most ``size``
    characters (a sentence longer than that is cut at spaces, then hard)."""
    sentences = (s.strip() for s in _SENTENCE_END.split(text))
    return _pack([part for s in sentences if s for part in _split_long(s, size)], size)


def _split_long(sentence: str, size: int) -> list[str]:
    if len(sentence) <= size:
        return [sentence]
    return _pack([w[i:i + size] for w in sentence.split() for i in range(0, len(w), size)], size)


def _pack(pieces: list[str], size: int) -> list[str]:
    """Neighbouring pieces joined by a space while they fit in ``size``."""
    out: list[str] = []
    current = ""
    for part in pieces:
        if current and len(current) + 1 + len(part) > size:
            out.append(current)
            current = part
        else:
            current = f"{current} {part}" if current else part
    if current:
        out.append(current)
    return out


def _score(text: str) -> Sentiment:
    s = analyzer().polarity_scores(text)
    return Sentiment(s["compound"], s["pos"], s["neu"], s["neg"])


def is_english(text: str, lang: str | None = None) -> bool:
    """Whether VADER can read ``text``: by ``lang`` when the export gives a
    language, else by script and a stopword count."""
    if lang not in UNDETERMINED:
        return lang.lower().split("-")[0] in ENGLISH_LANGS
    bare = _MENTION.sub(" ", _URL.sub(" ", text))
    letters = _LETTER.findall(bare)
    if not letters:
        return True
    latin = sum(1 for c in letters if _LATIN.match(c))
    if latin < 0.6 * len(letters):
        return False
    words = [w.lower() for w in _WORD.findall(bare)]
    english = sum(1 for w in words if w in _EN_STOP)
    other = sum(1 for w in words if w in _OTHER_STOP and w not in _EN_STOP)
    return not (other >= 2 and other > english)


def post_sentiment(post: Post) -> Sentiment | None:
    """A post's sentiment, on what a reader sees (``body``), or None when it
    is not English."""
    text = post.body
    if not is_english(text, post.lang):
        return None
    return score_text(text)
