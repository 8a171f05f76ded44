"""Forecasts stated against another forecast ("it won't take that long",
"later", "agreed", "Unlikely.") and the windows they get from it.

The spec's table, with S .. E the answered forecast's window and D the
replier's date:

- earlier (``sooner``, ``won't take that long``, ``before then``): D .. S - 1
  day; when S .. E has no room before it (S <= D), D .. E - 1 day.
- later (``later``, ``longer than that``, ``too optimistic``, ``not that
  soon``): E + 1 day .. open (an open E stays open: the event is said to be
  later than an open-ended window, which gives no bound; such a reply is kept
  with the answered window's start as its own start).
- agree (``agreed``, ``+1``, ``same``, ``this``, ``同意``): S .. E, the
  answered forecast's confidence unless the reply adds a hedge.
- confidence alone (``Unlikely.``, ``No chance.``, ``Maybe.``): S .. E with
  the reply's confidence.

Team decision: relative windows copy S .. E as they are, without clipping
to the replier's date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

EARLIER = "earlier"
LATER = "later"
AGREE = "agree"
CONFIDENCE_ONLY = "confidence"

_PHRASES: dict[str, tuple[str, ...]] = {
    EARLIER: (
        r"(?:it )?(?:won'?t|will not|wo n't|shouldn'?t|doesn'?t|does not) take (?:that|this|so) long",
        r"(?:much |a lot |way )?sooner(?: than (?:that|this|you think))?", r"earlier than (?:that|this)",
        r"before then", r"(?:way |much )?earlier", r"faster than (?:that|this)",
        r"not (?:take )?that long", r"too pessimistic", r"too conservative",
        r"antes(?: de eso)?", r"m[aá]s pronto", r"no (?:tardar[aá]|va a tardar) tanto",
        r"fr[üu]her", r"schneller", r"dauert nicht so lange",
        r"plus t[oô]t", r"[çc]a ne prendra pas (?:autant de temps|si longtemps)",
        r"用不了那么久", r"不需要那么久", r"不会那么久", r"更早", r"更快",
        r"そんなに(?:時間は)?かからない", r"もっと早い", r"もっと早く",
    ),
    LATER: (
        r"(?:much |way )?longer than (?:that|this)", r"(?:much |way |a lot )?later(?: than (?:that|this))?",
        r"(?:you'?re |you are |that'?s |this is )?(?:way |far |much |too )?too optimistic", r"not that soon",
        r"(?:is |that'?s |way |far |much )*too (?:early|soon)", r"(?:that'?s )?optimistic", r"それより後",
        r"takes? longer", r"will take longer",
        r"m[aá]s tarde", r"demasiado optimista", r"tardar[aá] m[aá]s",
        r"sp[äa]ter", r"zu optimistisch", r"dauert l[äa]nger",
        r"plus tard", r"trop optimiste", r"prendra plus de temps",
        r"更晚", r"太乐观", r"没那么快", r"没有那么快",
        r"もっと遅い", r"もっと後", r"楽観的すぎ",
    ),
    AGREE: (
        r"agreed?", r"\+1", r"same(?: here)?", r"this", r"i'?d say the same", r"exactly", r"i agree",
        r"seconded", r"same take", r"100%? agree",
        r"de acuerdo", r"totalmente de acuerdo", r"coincido", r"lo mismo",
        r"einverstanden", r"stimme zu", r"sehe ich auch so", r"genau",
        r"d'accord", r"je suis d'accord", r"pareil", r"idem",
        r"同意", r"赞同", r"同感", r"我也这么认为",
        r"同意(?:です)?", r"賛成", r"同感(?:です)?", r"それな",
    ),
}

_COMPILED = {kind: re.compile(r"(?<![\w])(?:" + "|".join(ps) + r")(?![\w])", re.IGNORECASE)
             for kind, ps in _PHRASES.items()}


@dataclass(frozen=True, slots=True)
class Relation:
    kind: str
    start_char: int
    end_char: int
    phrase: str


def find_relation(text: str) -> Relation | None:
    """The relative form in ``text``, if the text is one (short replies: the
    phrase must carry the post, not sit inside a longer argument)."""
    for kind in (EARLIER, LATER, AGREE):
        m = _COMPILED[kind].search(text)
        if m:
            if kind == AGREE and not _short(text, m):
                continue
            if kind != AGREE and len(_words(text)) > 14:
                continue
            return Relation(kind, m.start(), m.end(), m.group(0))
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


_OPENING_ONLY = re.compile(r"this|same(?: here)?", re.IGNORECASE)
_FILLER = " .!,;:-—–👆☝️👍🙌💯"


def _short(text: str, m: re.Match) -> bool:
    """An agreement phrase agrees only as (nearly) the whole post; ``this``
    and ``same`` only when they open it ("the replies on this one" agrees
    with nothing)."""
    if _OPENING_ONLY.fullmatch(m.group(0)) and re.sub(r"@\w+", " ", text[: m.start()]).strip(_FILLER):
        return False
    rest = (text[: m.start()] + " " + text[m.end():]).strip(_FILLER)
    return len(_words(rest)) <= 4 and not rest.endswith("?")


def relative_window(kind: str, start: date | None, end: date | None, today: date) -> tuple[date | None, date | None]:
    """The window a relative form takes from the answered window S .. E."""
    if kind == EARLIER:
        if start is not None and start > today:
            return today, start - timedelta(days=1)
        if end is not None:
            return today, end - timedelta(days=1)
        return today, None
    if kind == LATER:
        if end is not None:
            return end + timedelta(days=1), None
        return start, None
    return start, end
