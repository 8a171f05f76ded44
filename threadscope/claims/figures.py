"""The shapes of figures that are not model scores: sizes and counts, money,
and statistics (``v`` a number).

kind ``quantity`` (value always in absolute units, multipliers applied):
``753B params`` / ``744 billion-parameter`` / ``a 753B model`` (measure
``parameters`` or ``active parameters``, unit ``parameters``); ``1M-token
context`` / ``128k context window`` / ``context window of 200k tokens``
(measure ``context window``, unit ``tokens``); ``trained on 15T tokens``
(``training tokens``); counts of users, downloads, views, GPUs, employees,
subscribers, customers (measure = that noun).

kind ``money``: a currency amount (``$150k``, ``€2.5 billion``, ``120 million
yuan``, ``$2/M tokens``) next to a cue word that says what it is: ``raised``
-> ``funding``, ``costs``/``priced at`` -> ``price``, ``valued at`` ->
``valuation``, ``revenue``/``made``/``grossed`` -> ``revenue`` ... (table
``MONEY_CUES``); ``X at $108k`` / ``X hit $125k`` -> ``price``. An amount with no
cue is left out. unit is the currency (``$``, ``€``, ``£``, ``¥``, ``CNY``,
``HK$``, ``₹``), with ``/<per>`` for rates (``$/M tokens``, ``$/month``).

kind ``statistic`` (unit ``%``, or ``points``):

- ``inflation at 3.2%``, ``CPI came in at 2.9%``, ``unemployment rose to 4%``:
  subject = the statistic as written (``inflation``, ``US inflation``),
  measure ``rate``; the noun must end in a word of ``STAT_HEADS``. In a
  sentence about a poll (``poll``/``survey``), ``PP at 33%`` gives subject
  ``PP``, measure ``poll share``;
- ``52% of voters``: subject ``voters``, measure ``share``;
- ``revenue up 12% year over year``, ``shares fell 8%``: subject = the noun
  phrase before, measure ``change`` (``year-over-year change``,
  ``month-over-month change``, ``quarter-over-quarter change``), value signed.

Subjects: a model size, context window or training-token count takes the
model subject of ``reading`` (the nearest model earlier in the sentence
first). A money claim takes the name or noun phrase right before its cue
(``Zhipu raised``, ``The H100 costs``, ``the average salary is``); only when
nothing but pronouns precede (``It costs $2/M tokens``, ``Price: $2 ...``)
does it fall back on the model subject rules; a name in a compared position
(``cheaper than Opus 4.8 at $15``) gives no claim. Counts (``Zhipu has 1,200
employees``) and statistics never borrow a subject: no name or noun phrase,
no claim.
"""
from __future__ import annotations

import re

from .patterns import (
    _CHANGE_DOWN, _MONEY_TARGET, _PERIODS, _PH, _S_CHANGE, _S_CONTEXT, _S_COUNT, _S_LEVEL, _S_MONEY, _S_PARAMS,
    _S_SHARE, COUNT_NOUNS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MONEY_CUES, NP_STOP, PRICE_LEVEL, STAT_HEADS,
)
from .reading import _Ctx, _mult, _num, _only_fillers, _unit

# -- sizes and counts ---------------------------------------------------------


def _parameters(c: _Ctx) -> None:
    """``753B params``, ``744 billion-parameter``, ``a 753B model``."""
    for mt in _S_PARAMS.finditer(c.m):
        g = "v" if mt.group("v") else "w"
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.unread_fact(v0, mt.end()):
            continue
        value = _num(mt.group(g)) * _mult(mt.group("m") if g == "v" else mt.group("m2"))
        measure = "active parameters" if mt.group("act") == "active" else "parameters"
        subject, _ = c.model_subject(mt.start(), mt.start(), nearest=True)
        c.add(mt.start(), mt.end(), subject, measure, value, "parameters", None, "quantity", [v0])


def _context_windows(c: _Ctx) -> None:
    """``1M-token context``, ``context window of 200k tokens``, ``trained on 15T tokens``."""
    for mt in _S_CONTEXT.finditer(c.m):
        g = next(x for x in ("v", "w", "x", "y") if mt.group(x))
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.unread_fact(v0, mt.end()):
            continue
        mult = {"v": mt.group("m"), "w": mt.group("m2"), "x": mt.group("m3"), "y": mt.group("m4")}[g]
        if g == "x" and not (mult or mt.group("tok")):
            continue
        measure = "training tokens" if g == "y" else "context window"
        subject, _ = c.model_subject(mt.start(), mt.start(), nearest=True)
        c.add(mt.start(), mt.end(), subject, measure, _num(mt.group(g)) * _mult(mult), "tokens", None, "quantity",
              [v0])


_COUNT_VERB = re.compile(r"(?:\s+(?:has|had|have|with|hit|hits|reached|reaches|passed|crossed|got|gets|received|"
                         r"drew|draws|employs|employed|over|more\s+than|nearly|about|almost|some|~)\b)+\s*$|:\s*$")


def _counts(c: _Ctx) -> None:
    """``Zhipu has 1,200 employees``, ``The app has 10M monthly active users``."""
    for mt in _S_COUNT.finditer(c.m):
        v0 = mt.start("v")
        if mt.group("vu") or not c.unread_fact(v0, mt.end()):
            continue
        noun = COUNT_NOUNS[mt.group("noun")]
        lo = c.clause_start(mt.start())
        verb = _COUNT_VERB.search(c.m[lo:mt.start()])
        if not verb:
            continue
        ent, s = c.entity_before(lo + verb.start(), lo)
        if not ent:
            ent, s = c.noun_phrase(lo + verb.start(), lo)
        measure = ((mt.group("q") or "") + noun).strip()
        c.add(s, mt.end(), ent, measure, _num(mt.group("v")) * _mult(mt.group("m")), noun, None, "quantity", [v0])


# -- money ----------------------------------------------------------------------

_MONEY_NOUN = re.compile(r"(?i)(?:salar(?:y|ies)|wages?|revenues?|sales|turnover|profits?|budgets?|valuation|"
                         r"prices?|funding|debts?|capex|spending|investment|compensation)\b")
_CUE_FILL = (r"(?:\s+(?:of|at|for|to|by|about|around|nearly|over|almost|some|just|only|roughly|a|an|the|total|"
             r"totalling|totaling|worth|is|was|are|were|now|still|up\s+to))*\s*:?\s*$")


def _money_unit(mt: re.Match) -> str | None:
    """The currency of an amount, with ``/<per>`` for a rate (``$/M tokens``)."""
    sym = mt.group("sym") or mt.group("code0") or mt.group("code")
    unit = CURRENCY_SYMBOLS.get(sym) or CURRENCY_WORDS.get(sym)
    if mt.group("per"):
        per = re.sub(r"^(?:1?M|million)\s?", "M ", mt.group("per"))
        per = re.sub(r"^(?:1?K|thousand)\s?", "K ", per)
        unit = f"{unit}/{per}"
    return unit


def _money_cue(c: _Ctx, mt: re.Match, lo: int) -> tuple[str | None, int | None]:
    """What an amount is (the measure of its cue word: before it in the clause
    ``lo``.., else right after it, else a price level before it) and where
    that cue begins; (None, None) without a cue."""
    pre = c.m[lo:mt.start()]
    for rx, name in MONEY_CUES:
        hit = re.search(rf"\b(?:{rx}){_CUE_FILL}", pre, re.IGNORECASE)
        if hit:
            return name, lo + hit.start()
    for rx, name in MONEY_CUES:
        if re.match(rf"\s+(?:in\s+)?(?:{rx})\b", c.m[mt.end():], re.IGNORECASE):
            return name, mt.start()
    hit = re.search(rf"\s+(?:{PRICE_LEVEL})\s*$", pre)
    if hit:
        return "price", lo + hit.start()
    return None, None


def _money_subject(c: _Ctx, mt: re.Match, lo: int, cue_end: int) -> tuple[str | None, int]:
    """Whose amount it is: the name or noun phrase before the cue, else (when
    only pronouns precede) the model subject; and where it is written."""
    ent, s = c.entity_before(cue_end, lo)
    if ent is None:
        noun = _MONEY_NOUN.match(c.m, cue_end)     # "the average salary is $150k"
        ent, s = c.noun_phrase(noun.end() if noun else cue_end, lo)
        if noun and ent and ent.lower() == noun.group().lower():
            ent = None                              # "Price: $2": the cue, not a subject
    if ent is None and _only_fillers(c.m[lo:cue_end].strip(" ,:").lower() or "it"):
        ent, at = c.model_subject(mt.start(), cue_end, nearest=True)
        s = at if at is not None else cue_end
    return ent, s


def _money(c: _Ctx) -> None:
    """A currency amount next to a cue word (``MONEY_CUES``) or a price level."""
    for mt in _S_MONEY.finditer(c.m):
        g = next(x for x in ("v", "w", "x") if mt.group(x))
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.unread_fact(v0, mt.end()):
            continue
        if _MONEY_TARGET.match(c.m, mt.end()):
            continue          # "$150k by March": a target, not a fact
        unit = _money_unit(mt)
        mult = mt.group("m") or mt.group("m1") or mt.group("m2")
        value = _num(mt.group(g)) * _mult(mult)
        lo = c.clause_start(mt.start())
        measure, cue_end = _money_cue(c, mt, lo)
        if measure is None:
            continue
        if mt.group("per") is None and re.match(r"\s?(?:/|per\b)", c.m[mt.end():]):
            continue          # "$2 per 1M input tokens" with a rate we cannot read
        ent, s = _money_subject(c, mt, lo, cue_end)
        if ent:
            c.add(min(s, mt.start()), mt.end(), ent, measure, value, unit, None, "money", [v0])


# -- statistics -------------------------------------------------------------------

_POLL = re.compile(r"(?i)\bpoll(?:s|ing|ed)?\b|\bsurveys?\b")
_NP_VERBS = {"back", "backs", "support", "supports", "want", "wants", "think", "thinks", "believe", "believes",
             "voted", "vote", "use", "used", "uses", "prefer", "prefers", "agree", "agrees", "oppose", "opposes",
             "expect", "expects", "say", "says", "said", "are", "is", "were", "was", "have", "has", "had", "will",
             "would", "now", "approve", "approves", "disapprove", "own", "owns", "live", "lives"}


def _shares(c: _Ctx) -> None:
    """``52% of voters``."""
    for mt in _S_SHARE.finditer(c.m):
        v0 = mt.start("v")
        if _unit(mt.group("vu")) != "%" or not c.unread_fact(v0, mt.end()):
            continue
        words = []
        for w in mt.group("np").split():
            if w.lower().strip("’'") in NP_STOP or w.lower() in _NP_VERBS:
                break
            words.append(w)
        if not words or words[0].lower() in ("time", "way", "cases"):
            continue
        np_ = " ".join(words)
        c.add(mt.start(), mt.start("np") + len(np_), np_, "share", _num(mt.group("v")), "%", None, "statistic", [v0])


def _changes(c: _Ctx) -> None:
    """``revenue up 12% year over year``, ``shares fell 8%``."""
    for mt in _S_CHANGE.finditer(c.m):
        v0 = mt.start("v")
        if not mt.group("vu") or not c.unread_fact(v0, mt.end()):
            continue
        lo = c.clause_start(mt.start())
        ent, s = c.noun_phrase(mt.start(), lo)
        if not ent:
            ent, s = c.entity_before(mt.start(), lo)
        if not ent:
            continue
        sign = -1 if re.fullmatch(_CHANGE_DOWN, mt.group("dir").lower()) else 1
        period = (mt.group("period") or "").strip().lower()
        measure = _PERIODS.get(re.split(r"[- ]", period)[0], "change") if period else "change"
        c.add(s, mt.end(), ent, measure, sign * _num(mt.group("v")), _unit(mt.group("vu")), None, "statistic", [v0])


def _levels(c: _Ctx) -> None:
    """``inflation at 3.2%``, ``PP at 33%`` in a poll."""
    for mt in re.finditer(rf"(?<=[\w{_PH}.)])(?=\s)", c.m):
        lv = _S_LEVEL.match(c.m, mt.start())
        if not lv or _unit(lv.group("vu")) != "%":
            continue
        v0 = lv.start("v")
        between = c.m[mt.start():v0].strip()
        if not between or not c.unread_fact(v0, lv.end()):
            continue
        lo = c.clause_start(mt.start())
        np_, s = c.noun_phrase(mt.start(), lo)
        if np_ and np_.split()[-1].lower() in STAT_HEADS:
            c.add(s, lv.end(), np_, "rate", _num(lv.group("v")), "%", None, "statistic", [v0])
        elif between == "at" and _POLL.search(c.scan.text[slice(*c.sentence(mt.start()))]):
            ent, es = c.entity_before(mt.start(), lo)
            if ent:
                c.add(es, lv.end(), ent, "poll share", _num(lv.group("v")), "%", None, "statistic", [v0])


# In the order they run: a figure belongs to the first shape that claims it.
FIGURE_SHAPES = (_parameters, _context_windows, _counts, _money, _shares, _changes, _levels)
