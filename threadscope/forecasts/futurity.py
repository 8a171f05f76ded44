"""Whether a sentence can state a forecast: the words that rule one out
(conditionals, hopes, sarcasm, past reports, quotation) and the words of the
future a window needs (see ``extract``'s module docs, point 3, for the
rules and the decisions taken where the spec is silent)."""
from __future__ import annotations

import functools
import re
from datetime import date
from typing import NamedTuple

from .scancache import Primed
from .sentences import QUESTION
from .timeexpr import TimeWindow

CONDITIONAL = re.compile(
    r"(?:^|\W)(?:if|unless|assuming|provided that|in case|si|wenn|falls|sofern|如果|要是|假如|もし|なら(?:ば)?)(?:\W|$)",
    re.IGNORECASE)


WISH = re.compile(r"(?:^|\W)(?:i hope|hopefully|i wish|can'?t wait|cannot wait|fingers crossed|would love|ojal[aá]|espero que|hoffentlich|"
                   r"ich hoffe|j'esp[eè]re|esp[eé]rons|希望|但愿|いいな|願わくは|期待したい)(?:\W|$)", re.IGNORECASE)


NOT_A_FORECAST = re.compile(
    r"(?:^|\W)(?:would be|would have|wouldn'?t be|must never|should never|must not|see you|which year|what year|"
    r"sería|wäre|serait)(?:\W|$)", re.IGNORECASE)


THEN = re.compile(r"^\W*(?:then|in that case|entonces|dann|alors|那么|那就|それなら)\b", re.IGNORECASE)


SARCASM = re.compile(r"(?:^|\s)/s\b|#sarcasm", re.IGNORECASE)


PAST = re.compile(r"(?:^|\W)(?:didn'?t|did not|never did|hasn'?t|haven'?t|has not|have not|was supposed to|were supposed to|promised|"
                   r"said (?:it|they|he|she) would|had predicted|used to say|no pas[oó]|ist nicht|n'a pas|"
                   r"没有发生|しなかった)(?:\W|$)", re.IGNORECASE)


DISCUSSED = re.compile(r"""['"‘“«「『]([^'"’”»」』]{1,40})['"’”»」』]""")


class Gates(NamedTuple):
    """What the words of one sentence (as split, before stripping) rule in
    or out, read once: the extractor's walk asks these of every sentence,
    and workers answer them ahead (``prescan``)."""

    question: bool          # ends in a question mark
    conditional: bool       # if / unless / wenn ...
    not_forecast: bool      # sarcasm, a wish, a past report, "would be"
    past_tense: bool        # told in the past, with no word of the future
    then: bool              # opens with "then" / "in that case"
    discussed: tuple        # spans of quoted words ('"Fable level"'): talked about, not claimed


@functools.lru_cache(maxsize=4096)
def _scan_gates(sentence: str) -> Gates:
    stripped = sentence.strip()
    return Gates(
        bool(QUESTION.search(stripped)),
        bool(CONDITIONAL.search(stripped)),
        bool(SARCASM.search(stripped) or WISH.search(stripped) or PAST.search(stripped)
             or NOT_A_FORECAST.search(stripped)),
        bool(PAST_TENSE.search(sentence)) and not FUTURE.search(sentence),
        bool(THEN.match(stripped)),
        tuple(m.span(1) for m in DISCUSSED.finditer(sentence)),
    )


gates = Primed(_scan_gates)


def forecast_windows(sentence: str, windows: list[TimeWindow], conf, today: date,
                     answering: bool) -> list[TimeWindow]:
    """The windows of a sentence that say the event will happen then. A
    window is a forecast only with a word of the future (``will``, a hedge,
    a deadline such as ``by X``, ``5+ years away``, an event verb in the
    present tense for a time to come, ``ships in May``), or as an answer to
    a question or forecast (``Probably Q1``). A window in a clause that
    tells the past (``fired in 2021``, ``they've been running tests all
    summer``) is none, nor are schedules and plans (``the workshop starts
    April 9``, ``I'm flying in 2 weeks``) and idioms (``never met f2f``,
    ``the city is never finished``)."""
    if _SCHEDULE.search(sentence) or _VOW.search(sentence) or _CJK_SCHEDULE.search(sentence):
        return []
    words = len(re.findall(r"\w+", re.sub(r"@\w+|#\w+", " ", sentence)))
    short_answer = answering and words <= 7
    future = (bool(FUTURE.search(sentence)) or conf is not None) and not _PAST_FUTURE.search(sentence)
    windows = [w for w in windows if not _in_quotes(sentence, w.start_char)
               and not (w.rule == "in" and _DURATION_IN.search(sentence[:w.start_char]))
               and not ((w.vague or w.never) and PAST_TENSE.search(_clause_around(sentence, w)))
               and not _told_in_the_past(_clause_of(sentence, w))]
    if not windows:
        return []
    if all(w.never for w in windows):
        return windows if short_answer or _FUTURE_NEVER.search(sentence) else []
    if future or short_answer:
        return windows
    if answering and (words <= 12 or any(w.rule != "in" and not w.vague for w in windows)):
        return windows
    return windows if any(w.rule in _DEADLINES or ((w.end is None or w.end >= today)
                                                   and _PRESENT_FUTURE.search(_lower_first(sentence)))
                          for w in windows if not w.never) else []


_CJK_SCHEDULE = re.compile(r"予定|会议|会議|研讨会|セミナー|説明会")
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s(?:but|so|because|since|while|pero|aber|mais)\s", re.IGNORECASE)


def _clause_of(sentence: str, w: TimeWindow) -> str:
    """The clause that holds a window, between the breaks around it."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence) if m.end() <= w.start_char]
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() >= w.end_char]
    return sentence[(starts[-1] if starts else 0):(ends[0] if ends else len(sentence))]


def _told_in_the_past(clause: str) -> bool:
    return bool((PAST_TENSE.search(clause) or _PAST_FUTURE.search(clause)) and not FUTURE.search(clause))


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


FUTURE = re.compile(
    r"(?:^|\W)(?:will|won'?t|wont|'ll|’ll|shall|gonna|going to|gon|about to|set to|due(?!\s+to\b)|slated|on track|expected to|"
    r"coming|upcoming|predict\w*|expect\w*|bet|odds|chance|forecast\w*|calling it|my call|from now|"
    r"an? (?:19|20)\d\d (?:thing|story|event)|"
    r"va a|van a|vamos a|\w+rán?|\w+remos|wird|werden|kommt|kommen|sera|seront|va|vont|\w{2,}ront|"
    r"(?:years?|months?|decades?|weeks?) away|"
    r"会|将|要|预计|可能|肯定|だろう|でしょう|はず|見込み|かもしれない)(?:\W|$)", re.IGNORECASE)


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
    r"eligible|be retired|be discontinued|timetable|consultation|investor day|earnings call|agm|予定|"
    r"reunión|taller|sesiones|tagung|réunion)(?:\W|$)",
    re.IGNORECASE)


_VOW = re.compile(r"\b(?:i|we|i'll|we'll|i will|we will|i'm|we're)\b[^.!?]{0,40}?\bnever\s*,?\s*(?:ever\s*,?\s*)?"
                  r"(?:going to\s+|gonna\s+)?(?:give up|forget|forgive|stop|quit|surrender|back down|"
                  r"let (?:you|them|us) down)\b|\bnever\s+(?:be\s+)?(?:forgotten|forgiven)\b", re.IGNORECASE)


_DURATION_IN = re.compile(r"\b(?:first|last|best|worst|most|least|only|biggest|highest|lowest|fastest)\b(?:\W+\w+){0,5}\W+$",
                          re.IGNORECASE)


# "-ed" tells the past after a subject ("it shipped in May"), not when it
# opens a clause as an outcome ("Cleared with remedies in Q1") or follows
# "be"/"get"/"will" ("will be cleared").
PAST_TENSE = re.compile(r"(?:^|\W)(?:was|were|did|had|has been|have been|has \w+ed|have \w+ed|ago|last|"
                         r"\w+['’](?:ve|s|d) been|we beat|they beat|beat them|since (?:19|20)\d\d|"
                         r"always|usually|typically|normally|every (?:year|summer|winter|spring|autumn|fall)|"
                         r"(?:a|ont|est|sont|ai|avons|avez|était|étaient)\s+\w+(?:é|ée|és|ées|i|is|u|us)|"
                         r"(?:ha|han|he|hemos|había|habían)\s+\w+(?:ado|ido)|fue|fueron|"
                         r"(?:hat|haben|ist|sind|war|waren|wurde|wurden)\s+(?:\w+\s+){0,3}(?:ge\w+t|ge\w+en)|"
                         r"(?<=\w )(?<!\bbe )(?<!been )(?<!being )(?<!\bget )(?<!gets )(?<!will )(?<!'ll )(?<!\bto )"
                         r"(?<!\bis )(?<!are )(?<!\bno )(?<!not )"
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


NOT_WHEN = re.compile(r"\s*(?:['’]s\b|\s*of\s+(?!(?:19|20)\d\d|next|this|the\s+year|the\s+next)[^\W\d]|\d+\b(?![/.:-]\d)|-?\s*(?:years?|months?|weeks?|days?)?\s*-?\s*(?:old|olds|ago)\b)", re.IGNORECASE)

