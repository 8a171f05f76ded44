"""Factual and numeric claims a post makes: benchmark scores, ranks, model
sizes, statistics and money, each with the exact words that state it.

    >>> from threadscope.claims import extract_claims, claims_frame
    >>> extract_claims(post, context_subject="GLM-5.2")   # list[Claim]
    >>> claims_frame(thread)      # one row per Claim; also a Corpus or posts

``claims_frame`` (and ``iter_claims``) take a Thread (context subject: its
root's, see ``thread_subject``), a Corpus (each thread) or an iterable of
posts (context as given); retweets are skipped there, since they repeat the
original's claims. Columns are the ``Claim`` field names; ``value`` is float64,
the rest object (ids stay ``str``).

Every claim comes from one of a fixed set of *shapes* (below), read off the
post's ``body`` (the text after a reply's leading @mentions); ``quote`` is the
exact substring of ``post.text`` that states it. A number that fits no shape is
not a claim: precision matters more than recall, since a wrong figure in a
report is worse than a missed one.

Shapes (``B`` a benchmark, ``X``/``Y`` model names, ``v``/``w`` numbers)
------------------------------------------------------------------------

kind ``benchmark`` (measure = the benchmark's name, unit None for a bare
score, ``%`` or ``points`` when written):

- ``X scores v on B`` (also scored/gets/hits/reaches/achieves/posts/at ...),
  optionally with ``vs w for Y`` / ``vs Y's w`` before or after ``on B``;
- ``X: v on B``;
- ``B: v (Y: w, Z: u)`` as a line or list item (a results table);
- ``B is v vs w for Y``, ``B: v vs w``, ``B (v vs w)``;
- ``On [the ...] B, X scored v, [while] Y scored w, ... behind Y's w``.

kind ``difference``: ``[about] v points behind / ahead of Y on B``, ``a point
behind Y on B``, ``trails / leads Y by v [points] on B``. value is signed
(behind/below/trails < 0), unit ``points``, measure ``B``.

kind ``rank``: ``#1 [among ...] on B``, ``No. 2 on B``, ``ranks/ranked first
... on/in B``. value is the rank, unit None, measure ``B``.

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

Subjects
--------

The subject of a benchmark, rank, difference or model-size claim is a model
name (a name with a version, ``MODEL_FAMILIES`` or ``Name-5.2``; a bare
``Claude``/``Fable`` is not enough). It is, in order:

1. the model named right before the figure (``GLM-5.2 scores ...``,
   ``X: 74.4 on B``, the nearest model earlier in the same sentence for sizes);
2. otherwise the post's *main subject*: the first model named in the post
   before the figure that is not in a compared position (after ``vs``,
   ``than``, ``behind``, ``ahead of``, ``for`` after a number, ``≥``, inside
   parentheses) and not a range such as ``Opus 4.7–4.8``;
3. otherwise ``context_subject``, given by the caller. ``claims_frame`` passes
   the conversation root's main subject (or, when the root names none, that of
   the post it quotes).

If none applies, or another named entity is plainly the grammatical subject
(``Llama is a 70B model``, ``@someone scores ...``), no claim is made. A
subject that equals the compared-to name falls through to the next rule.
Names are kept as written (``GLM 5.2`` and ``GLM-5.2`` are not merged).

A money claim takes the name or noun phrase right before its cue (``Zhipu
raised``, ``The H100 costs``, ``the average salary is``); only when nothing but
pronouns precede (``It costs $2/M tokens``, ``Price: $2 ...``) does it fall
back on the rules above; a name in a compared position (``cheaper than Opus
4.8 at $15``) gives no claim. Counts (``Zhipu has 1,200 employees``) and
statistics never borrow a subject: no name or noun phrase, no claim.

compared_to
-----------

In a comparison every subject-value pair is its own claim. The main side's
claim has ``compared_to`` = the first compared subject; each compared
subject's claim has ``compared_to`` = the main side. So ``FrontierSWE: 74.4
(Opus 4.8: 75.1, GPT-5.5: 72.6)`` in a post about GLM-5.2 gives GLM-5.2 74.4
(compared_to Opus 4.8), Opus 4.8 75.1 (compared_to GLM-5.2) and GPT-5.5 72.6
(compared_to GLM-5.2). A compared value whose subject is not named
(``SWE-Marathon (13.0 vs 26.0)``) is dropped and the main claim keeps
``compared_to`` None. All claims of one comparison share its quote.

Not claims
----------

Dates and time spans (``Q1 2027``, ``7 months``, ``Nov-Dec 2026``, ``early Feb
2026``, ``'27``, clock times), version numbers inside model names, @handles,
#hashtags, $cashtags, URLs, long ids, ``v2.1``, list numbering, ``(2/2)``
thread counters and any ``a/b``, keycap and ``x3`` emoji counts, ``+1``,
ranges (``4.25-4.50%``), ``10x``, probabilities (``I'd put 70% on it``), and
anything in a question, a hedged or future sentence (``will``, ``would``,
``could``, ``might``, ``if``, ``expect``, ``probably``, ``going to`` ...: forecasts
are handled elsewhere) or after a negation in the same clause, and money
followed by ``by``/``before``/``within`` (a target, not a fact). The shapes are
English. Numbers written as words are not read, apart from ``a point``/``one
point`` in a difference and ordinals in a rank.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Iterable, Iterator

import pandas as pd

from ..model import RETWEET, Post


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure a post states. ``value`` is absolute (``753B`` -> 7.53e11);
    ``quote`` is an exact substring of the post's ``text``."""

    post_id: str
    author: str | None
    subject: str
    measure: str
    value: float
    unit: str | None
    compared_to: str | None
    quote: str
    kind: str


CLAIM_COLUMNS = [f.name for f in fields(Claim)]

from .patterns import (  # noqa: F401
    _BENCH_HEAD, _BENCH_TAIL, _MODEL_HEAD, _MODEL_TAIL,
    BENCH, BENCH_CUES, BENCH_TRAILERS, COUNT_MULTIPLIERS, COUNT_NOUNS,
    CURRENCY_SYMBOLS, CURRENCY_WORDS, LOWERCASE_FAMILIES, MODEL_FAMILIES, MODEL_SUFFIXES,
    MONEY_CUES, MULTIPLIERS, NOT_BENCH, NOT_MODEL, NP_STOP,
    ORDINALS, PRICE_LEVEL, PRONOUNS, STAT_HEADS, SUBJ,
    _ABBREV, _BIG, _CHANGE_DOWN, _CHANGE_UP, _COMPARED_BEFORE,
    _COUNT_MULT, _CUR_CODE, _CUR_SYM, _CUR_WORD, _DATE_PATTERNS,
    _FILL, _HEDGE, _MISC_PATTERNS, _MODEL_PATTERNS, _MONEY_TARGET,
    _MONTH, _NEGATION, _NOISE_PATTERNS, _NOT_A_VERSION, _NUM,
    _ON_B_CMP, _ON_B_PAIR, _PAIR, _PCT, _PER,
    _PERIODS, _PH, _POSS, _SUFFIX_RE, _S_CHANGE,
    _S_CONTEXT, _S_COUNT, _S_DIFF, _S_LABEL, _S_LEVEL,
    _S_MONEY, _S_ON_B, _S_PARAMS, _S_RANK, _S_SHARE,
    _S_VERB, _S_VS, _Scan, _TIME_UNIT, _TOKEN,
    _UNIT, _VERB, _VERSION, _VS, _WINDOW,
    _bench_spans, _cmp_tail, _is_date_word, _mask, _money_mult,
    _numu,
)


class _Ctx:
    """One post being read: its masked text, names and what is claimed so far."""

    def __init__(self, post: Post, context_subject: str | None):
        self.post = post
        self.scan = _mask(post.text, post.body_start)
        self.m = self.scan.masked
        self.context = context_subject
        self.claims: list[Claim] = []
        self.used: set[int] = set()    # start offsets of numbers already read
        self._bounds = self._sentence_bounds()

    # -- text geometry -----------------------------------------------------
    def _sentence_bounds(self) -> list[int]:
        m, out = self.m, [self.post.body_start]
        for i, ch in enumerate(m):
            if i < self.post.body_start:
                continue
            if ch == "\n":
                out.append(i + 1)
            elif ch in ".!?" and (i + 1 == len(m) or m[i + 1].isspace()):
                if ch == "." and _ABBREV.search(m[max(0, i - 5):i + 1]):
                    continue
                out.append(i + 1)
        out.append(len(m) + 1)
        return sorted(set(out))

    def sentence(self, pos: int) -> tuple[int, int]:
        b = self._bounds
        for lo, hi in zip(b, b[1:]):
            if lo <= pos < hi:
                return lo, min(hi, len(self.m))
        return b[0], len(self.m)

    def clause_start(self, pos: int) -> int:
        s, _ = self.sentence(pos)
        cut = max(self.m.rfind(";", s, pos), self.m.rfind("—", s, pos), self.m.rfind("\n", s, pos))
        return cut + 1 if cut >= 0 else s

    def name_at(self, pos: int) -> str | None:
        hit = self.scan.names.get(pos)
        return hit[1] if hit else None

    def bench_at(self, s: int, e: int) -> str | None:
        """The benchmark name of a BENCH slot, or None when the slot does not
        hold one."""
        if s in self.scan.benches:
            return _clean_name(self.scan.benches[s][1])
        word = self.scan.text[s:e]
        return word if _looks_like_benchmark(word) else None

    # -- filters -----------------------------------------------------------
    def stated(self, s: int, e: int) -> bool:
        """False when the figure sits in a question, a hedged or future
        sentence, or after a negation in its clause."""
        lo, hi = self.sentence(s)
        sent = self.scan.text[lo:hi].rstrip()
        if sent.endswith("?") or "?" in self.scan.text[e:hi]:
            return False
        if _HEDGE.search(self.scan.text[lo:e]):
            return False
        return not _NEGATION.search(self.scan.text[self.clause_start(s):s])

    def free(self, *starts: int) -> bool:
        return not any(s in self.used for s in starts)

    # -- subjects ----------------------------------------------------------
    def compared(self, pos: int) -> bool:
        line_start = self.m.rfind("\n", 0, pos) + 1
        before = self.m[line_start:pos]
        if before.count("(") > before.count(")"):
            return True
        return bool(_COMPARED_BEFORE.search(self.m[max(line_start, pos - 25):pos]))

    def main_subject(self, before: int | None = None) -> str | None:
        for s in sorted(self.scan.names):
            if before is not None and s >= before:
                break
            name = self.scan.names[s][1]
            if s < self.post.body_start or _is_range(name) or self.compared(s):
                continue
            return name
        return None

    def model_subject(self, pos: int, pre_end: int, compared_to: str | None = None,
                      nearest: bool = False) -> tuple[str | None, int | None]:
        """The subject of a model claim whose words begin at ``pre_end``, and
        where it is written when it is named in the claim's own clause.

        A model named right before (``GLM-5.2 scores``), or with ``nearest``
        the nearest model earlier in the clause; else, when nothing but
        pronouns and fillers precede (always with ``nearest``), the post's
        main subject, then the caller's context subject. Never the compared
        name, and never when another entity is the clause's subject."""
        cs = self.clause_start(pos)
        pre = self.m[cs:pre_end]
        if pre.rstrip().endswith(_FILL):
            return None, None       # "@someone scores ...": an unreadable subject
        explicit = re.search(rf"({SUBJ}){_POSS}\s*(?:,\s*)?$", _strip_aux(pre))
        if explicit:
            name = self.name_at(cs + explicit.start(1))
            if name and name != compared_to and not _is_range(name):
                return name, cs + explicit.start(1)
        if nearest:
            for s in sorted((s for s in self.scan.names if cs <= s < pre_end), reverse=True):
                name = self.name_at(s)
                if name and name != compared_to and not _is_range(name) and not self.compared(s):
                    return name, None
        words = re.sub(rf"[{_PH}]+", " ", pre).strip(" ,:-–(").lower()
        if not nearest and words and not _only_fillers(words):
            return None, None
        if _FOREIGN_SUBJECT.search(pre):
            return None, None
        return _main_or_context(self, pos, compared_to), None

    def noun_phrase(self, pre_end: int, lo: int) -> tuple[str | None, int]:
        """The noun phrase ending at ``pre_end`` (read backwards, stopping at a
        function word, punctuation or a masked span), and where it starts."""
        seg = _strip_aux(self.m[lo:pre_end])
        pre_end = lo + len(seg)
        words = list(re.finditer(r"[A-Za-z][\w’'&.-]*", seg))
        picked: list[re.Match] = []
        end = len(seg.rstrip())
        for w in reversed(words):
            if seg[w.end():end].strip():
                break
            if w.group().lower().rstrip(".") in NP_STOP or len(picked) == 4:
                break
            picked.insert(0, w)
            end = w.start()
        if not picked:
            return None, pre_end
        start = lo + picked[0].start()
        return self.scan.text[start:lo + picked[-1].end()].rstrip("."), start

    def entity_before(self, pre_end: int, lo: int) -> tuple[str | None, int]:
        """A named entity (model or capitalised name) ending at ``pre_end``."""
        seg = _strip_aux(self.m[lo:pre_end])
        hit = re.search(rf"({SUBJ}){_POSS}\s*$", seg)
        if hit:
            if self.compared(lo + hit.start(1)):
                return "", pre_end      # "cheaper than Opus 4.8 at $15": whose price?
            return self.name_at(lo + hit.start(1)), lo + hit.start(1)
        hit = re.search(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)(?:['’]s)?\s*$", seg)
        if hit:
            name = hit.group(1).strip()
            first = name.split()[0]
            if first.lower() not in NP_STOP and first.lower() not in PRONOUNS:
                return name, lo + hit.start(1)
        return None, pre_end

    # -- output ------------------------------------------------------------
    def add(self, s: int, e: int, subject: str | None, measure: str | None, value: float, unit: str | None,
            compared_to: str | None, kind: str, nums: Iterable[int]) -> bool:
        if not subject or not measure:
            return False
        quote = self.scan.text[s:e].strip()
        self.claims.append(Claim(self.post.id, self.post.author, subject, measure, float(value), unit,
                                 compared_to, quote, kind))
        self.used.update(nums)
        return True


_FOREIGN_SUBJECT = re.compile(r"(?<![\w-])(?!(?:It|This|That|There|Here|They|We|I|You|He|She|The|A|An|And|But|So|"
                              r"My|Our|Its|Now|Still|Also|Open)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+"
                              r"(?:is|was|has|had|scores?|scored|gets|got|hits?|reached|ranks?|ranked|uses|ships)\b")


_AUX_TAIL = re.compile(r"(?:[\s:,—–-]+|\s(?:is|was|are|were|has|had|have|been|being|just|now|still|already|"
                       r"finally|officially|reportedly|also|currently|does|did|took|takes|the|a|an|sits|sat|"
                       r"comes\s+in|came\s+in)\b)*$")


def _strip_aux(pre: str) -> str:
    """``pre`` without trailing linking words ("GLM-5.2 is now" -> "GLM-5.2")."""
    return pre[:_AUX_TAIL.search(pre).start()]


def _only_fillers(words: str) -> bool:
    rest = words
    for _ in range(6):
        for f in sorted(PRONOUNS, key=len, reverse=True):
            if rest == f:
                return True
            if rest.endswith(" " + f):
                rest = rest[: -len(f) - 1].rstrip(" ,")
                break
        else:
            return False
    return False


def _clean_name(s: str) -> str:
    return re.sub(r"['’]s$", "", s.strip())


def _is_range(name: str) -> bool:
    return bool(re.search(r"\d[–-]\d", name))


def _looks_like_benchmark(word: str) -> bool:
    """A single token that reads as a benchmark: camel case ("FrontierSWE",
    "BrowseComp") or a capitalised hyphenated compound ("SWE-Marathon")."""
    if word in NOT_BENCH or word in NOT_MODEL:
        return False
    return bool(BENCH_CUES.search(word) or re.fullmatch(r"[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+", word)
                or re.fullmatch(r"[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)+", word))


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _unit(u: str | None) -> str | None:
    if not u:
        return None
    u = u.strip().lower()
    return "%" if u == "%" or u.startswith("per") else "points"


def _mult(m: str | None) -> float:
    return MULTIPLIERS[m] if m else 1.0


# -- shapes ----------------------------------------------------------------

def _main_or_context(c: _Ctx, pos: int, compared_to: str | None) -> str | None:
    for cand in (c.main_subject(before=pos), c.context):
        if cand and cand != compared_to:
            return cand
    return None


def _comparison(c: _Ctx, s: int, e: int, measure: str, main: tuple[str | None, float, str | None, int],
                others: list[tuple[str | None, float, str | None, int]], kind: str = "benchmark") -> None:
    """Claims of one comparison: the main side (compared to the first other
    side) and each named other side (compared to the main side)."""
    subject, value, unit, pos = main
    named = [o for o in others if o[0] and o[0] != subject]
    if subject:
        c.add(s, e, subject, measure, value, unit, named[0][0] if named else None, kind, [pos])
    for name, val, u, p in named:
        c.add(s, e, name, measure, val, u, subject, kind, [p])


def _label_rows(c: _Ctx) -> None:
    """``B: v (Y: w, Z: u)`` and ``X: v on B (Y: w)``."""
    for mt in _S_LABEL.finditer(c.m):
        ls, le = mt.span("label")
        v0 = mt.start("v")
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        label_name = c.name_at(ls)
        if label_name:
            if not mt.group("b"):
                continue      # "GLM-5.2: 74.4" names no benchmark
            measure, subject = c.bench_at(*mt.span("b")), label_name
        elif mt.group("b"):
            continue
        else:
            measure, subject = c.bench_at(ls, le), None
        if not measure:
            continue
        pairs = []
        if mt.group("pairs") is not None:
            off = mt.start("pairs")
            for part in mt.group("pairs").split(","):
                pm = _PAIR.fullmatch(part)
                if not pm:
                    pairs = []
                    break
                pairs.append((c.name_at(off + pm.start("s")), _num(pm.group("v")), _unit(pm.group("vu")),
                              off + pm.start("v")))
                off += len(part) + 1
        if subject is None:
            subject = _main_or_context(c, ls, pairs[0][0] if pairs else None)
        main = (subject, _num(mt.group("v")), _unit(mt.group("vu")), v0)
        _comparison(c, ls, mt.end(), measure, main, pairs)


def _verb_scores(c: _Ctx) -> None:
    """``X scores v [vs w for Y] on B [vs w for Y]``."""
    for mt in _S_VERB.finditer(c.m):
        v0 = mt.start("v")
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        measure = c.bench_at(*mt.span("b"))
        if not measure:
            continue
        others = []
        for t in ("a", "c"):
            if mt.group(t + "s"):
                others.append((c.name_at(mt.start(t + "s")), _num(mt.group(t + "v")), _unit(mt.group(t + "vu")),
                               mt.start(t + "v")))
            elif mt.group(t + "t"):
                others.append((c.name_at(mt.start(t + "t")), _num(mt.group(t + "w")), _unit(mt.group(t + "wu")),
                               mt.start(t + "w")))
        subject, at = c.model_subject(mt.start(), mt.start("verb"), compared_to=others[0][0] if others else None)
        if subject is None:
            continue
        main = (subject, _num(mt.group("v")), _unit(mt.group("vu")), v0)
        _comparison(c, at if at is not None else mt.start(), mt.end(), measure, main, others)


def _on_bench_sentences(c: _Ctx) -> None:
    """``On [the ...] B, X scored v, [while] Y scored w ... behind Y's w``."""
    for mt in _S_ON_B.finditer(c.m):
        measure = c.bench_at(*mt.span("b"))
        first = _ON_B_PAIR.match(c.m, mt.end())
        if not measure or not first:
            continue
        found = [first]
        pos = first.end()
        while True:
            nxt = None
            for g in range(pos, min(pos + 60, len(c.m))):
                if c.m[g] in f".;\n{_MODEL_HEAD}" and c.m[g] != _MODEL_HEAD or c.m[g].isdigit():
                    break
                nxt = _ON_B_PAIR.match(c.m, g) or _ON_B_CMP.match(c.m, g)
                if nxt:
                    break
            if not nxt:
                break
            found.append(nxt)
            pos = nxt.end()
        v0 = first.start("v")
        if not c.free(v0) or not c.stated(v0, first.end()):
            continue
        sides = [(c.name_at(f.start("s")), _num(f.group("v")), _unit(f.group("vu")), f.start("v")) for f in found]
        _comparison(c, mt.start(), found[-1].end(), measure, sides[0], sides[1:])


def _versus(c: _Ctx) -> None:
    """``B is v vs w for Y``, ``B: v vs Y's w``, ``B (v vs w)``."""
    for mt in _S_VS.finditer(c.m):
        v0 = mt.start("v")
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        measure = c.bench_at(*mt.span("b"))
        if not measure:
            continue
        if mt.group("y2"):
            other = (c.name_at(mt.start("y2")), _num(mt.group("x")), _unit(mt.group("xu")), mt.start("x"))
        else:
            other = (c.name_at(mt.start("y")) if mt.group("y") else None, _num(mt.group("w")),
                     _unit(mt.group("wu")), mt.start("w"))
        subject, _ = c.model_subject(mt.start(), mt.start(), compared_to=other[0], nearest=True)
        main = (subject, _num(mt.group("v")), _unit(mt.group("vu")), v0)
        _comparison(c, mt.start(), mt.end(), measure, main, [other])


def _differences(c: _Ctx) -> None:
    """``a point behind Y on B``, ``trails Y by 2 points on B``."""
    for mt in _S_DIFF.finditer(c.m):
        if mt.group("verb"):
            v0, raw = mt.start("w"), mt.group("w")
            other, bspan = c.name_at(mt.start("y3")), mt.span("b3")
            sign = -1 if re.match(r"trail|lag", mt.group("verb")) else 1
            pre_end = mt.start("verb")
        else:
            v0 = mt.start("v") if mt.group("v") else mt.start("a")
            raw = mt.group("v") or "1"
            other, bspan = c.name_at(mt.start("y")), mt.span("b")
            sign = -1 if re.match(r"behind|below|short|worse|under", mt.group("dir")) else 1
            pre_end = mt.start()
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        measure = c.bench_at(*bspan)
        subject, at = c.model_subject(mt.start(), pre_end, compared_to=other)
        if measure and subject:
            s = at if at is not None else mt.start()
            c.add(s, mt.end(), subject, measure, sign * _num(raw), "points", other, "difference", [v0])


_WORD_NUM = {"one": 1, "two": 2, "three": 3}
_RANK_LEAD = re.compile(r"(?:\s+(?:is|was|at|now|still|currently|ranks?|ranked|sits|sat|comes\s+in|came\s+in|"
                        r"lands?|landed|takes?|took|hits?|hit)\b)*\s*$")


def _ranks(c: _Ctx) -> None:
    """``#1 [among ...] on B``, ``No. 2 on B``, ``ranks second in B``."""
    for mt in _S_RANK.finditer(c.m):
        group = next(g for g in ("n", "n2", "n3", "ord") if mt.group(g))
        v0 = mt.start(group)
        if not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        low = mt.group(group).lower().lstrip("#").strip()
        rank = ORDINALS.get(low) or _WORD_NUM.get(low) or int(re.match(r"\d+", low).group())
        measure = c.bench_at(*mt.span("b"))
        lo = c.clause_start(mt.start())
        pre_end = lo + _RANK_LEAD.search(c.m[lo:mt.start()]).start()
        subject, at = c.model_subject(mt.start(), pre_end)
        if measure and subject:
            c.add(at if at is not None else mt.start(), mt.end(), subject, measure, rank, None, None, "rank", [v0])


def _quantities(c: _Ctx) -> None:
    """Model sizes, context windows, training tokens and counts of users etc."""
    for mt in _S_PARAMS.finditer(c.m):
        g = "v" if mt.group("v") else "w"
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        value = _num(mt.group(g)) * _mult(mt.group("m") if g == "v" else mt.group("m2"))
        measure = "active parameters" if mt.group("act") == "active" else "parameters"
        subject, _ = c.model_subject(mt.start(), mt.start(), nearest=True)
        c.add(mt.start(), mt.end(), subject, measure, value, "parameters", None, "quantity", [v0])
    for mt in _S_CONTEXT.finditer(c.m):
        g = next(x for x in ("v", "w", "x", "y") if mt.group(x))
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        mult = {"v": mt.group("m"), "w": mt.group("m2"), "x": mt.group("m3"), "y": mt.group("m4")}[g]
        if g == "x" and not (mult or mt.group("tok")):
            continue
        measure = "training tokens" if g == "y" else "context window"
        subject, _ = c.model_subject(mt.start(), mt.start(), nearest=True)
        c.add(mt.start(), mt.end(), subject, measure, _num(mt.group(g)) * _mult(mult), "tokens", None, "quantity",
              [v0])
    for mt in _S_COUNT.finditer(c.m):
        v0 = mt.start("v")
        if mt.group("vu") or not c.free(v0) or not c.stated(v0, mt.end()):
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


_COUNT_VERB = re.compile(r"(?:\s+(?:has|had|have|with|hit|hits|reached|reaches|passed|crossed|got|gets|received|"
                         r"drew|draws|employs|employed|over|more\s+than|nearly|about|almost|some|~)\b)+\s*$|:\s*$")
_MONEY_NOUN = re.compile(r"(?i)(?:salar(?:y|ies)|wages?|revenues?|sales|turnover|profits?|budgets?|valuation|"
                         r"prices?|funding|debts?|capex|spending|investment|compensation)\b")
_CUE_FILL = (r"(?:\s+(?:of|at|for|to|by|about|around|nearly|over|almost|some|just|only|roughly|a|an|the|total|"
             r"totalling|totaling|worth|is|was|are|were|now|still|up\s+to))*\s*:?\s*$")


def _money(c: _Ctx) -> None:
    """A currency amount next to a cue word (``MONEY_CUES``) or a price level."""
    for mt in _S_MONEY.finditer(c.m):
        g = next(x for x in ("v", "w", "x") if mt.group(x))
        v0 = mt.start(g)
        if mt.group(g + "u") or not c.free(v0) or not c.stated(v0, mt.end()):
            continue
        if _MONEY_TARGET.match(c.m, mt.end()):
            continue          # "$150k by March": a target, not a fact
        sym = mt.group("sym") or mt.group("code0") or mt.group("code")
        unit = CURRENCY_SYMBOLS.get(sym) or CURRENCY_WORDS.get(sym)
        mult = mt.group("m") or mt.group("m1") or mt.group("m2")
        value = _num(mt.group(g)) * _mult(mult)
        if mt.group("per"):
            per = re.sub(r"^(?:1?M|million)\s?", "M ", mt.group("per"))
            per = re.sub(r"^(?:1?K|thousand)\s?", "K ", per)
            unit = f"{unit}/{per}"
        lo = c.clause_start(mt.start())
        pre = c.m[lo:mt.start()]
        measure, cue_end = None, None
        for rx, name in MONEY_CUES:
            hit = re.search(rf"\b(?:{rx}){_CUE_FILL}", pre, re.IGNORECASE)
            if hit:
                measure, cue_end = name, lo + hit.start()
                break
        if measure is None:
            for rx, name in MONEY_CUES:
                if re.match(rf"\s+(?:in\s+)?(?:{rx})\b", c.m[mt.end():], re.IGNORECASE):
                    measure, cue_end = name, mt.start()
                    break
        if measure is None:
            hit = re.search(rf"\s+(?:{PRICE_LEVEL})\s*$", pre)
            if hit:
                measure, cue_end = "price", lo + hit.start()
        if measure is None:
            continue
        if mt.group("per") is None and re.match(r"\s?(?:/|per\b)", c.m[mt.end():]):
            continue          # "$2 per 1M input tokens" with a rate we cannot read
        ent, s = c.entity_before(cue_end, lo)
        if ent is None:
            noun = _MONEY_NOUN.match(c.m, cue_end)     # "the average salary is $150k"
            ent, s = c.noun_phrase(noun.end() if noun else cue_end, lo)
            if noun and ent and ent.lower() == noun.group().lower():
                ent = None                              # "Price: $2": the cue, not a subject
        if ent is None and _only_fillers(c.m[lo:cue_end].strip(" ,:").lower() or "it"):
            ent, at = c.model_subject(mt.start(), cue_end, nearest=True)
            s = at if at is not None else cue_end
        if ent:
            c.add(min(s, mt.start()), mt.end(), ent, measure, value, unit, None, "money", [v0])


def _statistics(c: _Ctx) -> None:
    """``52% of voters``, ``revenue up 12% year over year``, ``inflation at
    3.2%``, ``PP at 33%`` in a poll."""
    for mt in _S_SHARE.finditer(c.m):
        v0 = mt.start("v")
        if _unit(mt.group("vu")) != "%" or not c.free(v0) or not c.stated(v0, mt.end()):
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
    for mt in _S_CHANGE.finditer(c.m):
        v0 = mt.start("v")
        if not mt.group("vu") or not c.free(v0) or not c.stated(v0, mt.end()):
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
    for mt in re.finditer(rf"(?<=[\w{_PH}.)])(?=\s)", c.m):
        lv = _S_LEVEL.match(c.m, mt.start())
        if not lv or _unit(lv.group("vu")) != "%":
            continue
        v0 = lv.start("v")
        between = c.m[mt.start():v0].strip()
        if not between or not c.free(v0) or not c.stated(v0, lv.end()):
            continue
        lo = c.clause_start(mt.start())
        np_, s = c.noun_phrase(mt.start(), lo)
        if np_ and np_.split()[-1].lower() in STAT_HEADS:
            c.add(s, lv.end(), np_, "rate", _num(lv.group("v")), "%", None, "statistic", [v0])
        elif between == "at" and _POLL.search(c.scan.text[slice(*c.sentence(mt.start()))]):
            ent, es = c.entity_before(mt.start(), lo)
            if ent:
                c.add(es, lv.end(), ent, "poll share", _num(lv.group("v")), "%", None, "statistic", [v0])


_POLL = re.compile(r"(?i)\bpoll(?:s|ing|ed)?\b|\bsurveys?\b")


_NP_VERBS = {"back", "backs", "support", "supports", "want", "wants", "think", "thinks", "believe", "believes",
             "voted", "vote", "use", "used", "uses", "prefer", "prefers", "agree", "agrees", "oppose", "opposes",
             "expect", "expects", "say", "says", "said", "are", "is", "were", "was", "have", "has", "had", "will",
             "would", "now", "approve", "approves", "disapprove", "own", "owns", "live", "lives"}

_SHAPES = (_label_rows, _on_bench_sentences, _verb_scores, _versus, _differences, _ranks, _quantities, _money,
           _statistics)


_ANY_FIGURE = re.compile(rf"\d|\b(?:[Aa]|[Oo]ne)\s+point|\b(?:{'|'.join(ORDINALS)})\b", re.IGNORECASE)


def extract_claims(post: Post | str, context_subject: str | None = None) -> list[Claim]:
    """The claims ``post`` makes, in the order its figures appear.

    ``context_subject`` is the subject a claim falls back on when the post
    names none (the conversation root's main subject); a plain string is read
    as the text of a post with no id.
    """
    if isinstance(post, str):
        post = Post(id="", author_id=None, author=None, text=post)
    if not post.text or not _ANY_FIGURE.search(post.body):
        return []
    c = _Ctx(post, context_subject)
    for shape in _SHAPES:
        shape(c)
    seen, out = set(), []
    order = {id(cl): post.text.find(cl.quote) for cl in c.claims}
    for cl in sorted(c.claims, key=lambda cl: order[id(cl)]):
        key = (cl.subject, cl.measure, cl.value, cl.unit, cl.kind)
        if key not in seen:
            seen.add(key)
            out.append(cl)
    return out


def main_subject(post: Post | str) -> str | None:
    """The post's main subject: the first model it names outside a compared
    position (``vs Y``, ``behind Y``, ``(Y: 75.1)``), or None."""
    if isinstance(post, str):
        post = Post(id="", author_id=None, author=None, text=post)
    return _Ctx(post, None).main_subject()


def thread_subject(thread) -> str | None:
    """The context subject of a conversation: its root's main subject, else
    that of the post the root quotes."""
    root = thread.root
    if root is None:
        return None
    subject = main_subject(root)
    if subject is None and root.quoted_id:
        quoted = thread.post(thread.quoted_id(root))
        subject = main_subject(quoted) if quoted is not None else None
    return subject


def iter_claims(thread_or_posts, context_subject: str | None = None) -> Iterator[Claim]:
    """Claims of a Thread (context = its root's subject unless given), a
    Corpus (each of its threads) or an iterable of posts. Retweets are left
    out: they repeat the original's claims."""
    if hasattr(thread_or_posts, "threads"):
        for t in thread_or_posts.threads:
            yield from iter_claims(t, context_subject)
        return
    if isinstance(thread_or_posts, Post):
        thread_or_posts = [thread_or_posts]
    elif hasattr(thread_or_posts, "by_id") and hasattr(thread_or_posts, "root"):
        context_subject = context_subject or thread_subject(thread_or_posts)
    for post in thread_or_posts:
        if post.kind != RETWEET:
            yield from extract_claims(post, context_subject)


def claims_frame(thread_or_posts, context_subject: str | None = None) -> pd.DataFrame:
    """One row per claim; columns are the ``Claim`` field names. Text and id
    columns are object dtype (ids stay ``str``), ``value`` is float64."""
    rows = [asdict(c) for c in iter_claims(thread_or_posts, context_subject)]
    df = pd.DataFrame(rows, columns=CLAIM_COLUMNS, dtype=object)
    df["value"] = df["value"].astype("float64")
    return df


__all__ = ["Claim", "CLAIM_COLUMNS", "extract_claims", "claims_frame", "iter_claims", "main_subject",
           "thread_subject"]
