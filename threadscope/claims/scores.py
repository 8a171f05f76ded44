"""The shapes of model scores: benchmark scores, comparisons between models,
score differences and ranks (``B`` a benchmark, ``X``/``Y`` model names,
``v``/``w`` numbers; subjects as in ``reading``).

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
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .patterns import (
    _MODEL_HEAD, _ON_B_CMP, _ON_B_PAIR, _PAIR, _S_DIFF, _S_LABEL, _S_ON_B, _S_RANK, _S_VERB, _S_VS, ORDINALS,
)
from .reading import _Ctx, _main_or_context, _num, _unit

# One side of a comparison: (subject or None, value, unit, where the value starts).
_Side = tuple[str | None, float, str | None, int]


def _figure(m: re.Match, g: str, off: int = 0) -> tuple[float, str | None, int]:
    """The number in group ``g`` of ``m``, its unit (group ``g`` + "u") and
    where it starts (``m`` matched at offset ``off`` of the masked text)."""
    return _num(m.group(g)), _unit(m.group(g + "u")), off + m.start(g)


def _comparison(c: _Ctx, s: int, e: int, measure: str, main: _Side, others: list[_Side],
                kind: str = "benchmark") -> None:
    """Claims of one comparison: the main side (compared to the first other
    side) and each named other side (compared to the main side)."""
    subject, value, unit, pos = main
    named = [o for o in others if o[0] and o[0] != subject]
    if subject:
        c.add(s, e, subject, measure, value, unit, named[0][0] if named else None, kind, [pos])
    for name, val, u, p in named:
        c.add(s, e, name, measure, val, u, subject, kind, [p])


def _scored(c: _Ctx, rx: re.Pattern) -> Iterator[tuple[re.Match, str]]:
    """Matches of ``rx`` whose figure (group ``v``) is an unread fact and
    whose group ``b`` names a benchmark, with that benchmark."""
    for mt in rx.finditer(c.m):
        if not c.unread_fact(mt.start("v"), mt.end()):
            continue
        measure = c.bench_at(*mt.span("b"))
        if measure:
            yield mt, measure


def _label_pairs(c: _Ctx, mt: re.Match) -> list[_Side]:
    """The ``(Y: w, Z: u)`` after a label row; none when a part is not a pair."""
    if mt.group("pairs") is None:
        return []
    pairs, off = [], mt.start("pairs")
    for part in mt.group("pairs").split(","):
        pm = _PAIR.fullmatch(part)
        if not pm:
            return []
        pairs.append((c.name_at(off + pm.start("s")), *_figure(pm, "v", off)))
        off += len(part) + 1
    return pairs


def _label_rows(c: _Ctx) -> None:
    """``B: v (Y: w, Z: u)`` and ``X: v on B (Y: w)``."""
    for mt in _S_LABEL.finditer(c.m):
        ls, le = mt.span("label")
        if not c.unread_fact(mt.start("v"), mt.end()):
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
        pairs = _label_pairs(c, mt)
        if subject is None:
            subject = _main_or_context(c, ls, pairs[0][0] if pairs else None)
        _comparison(c, ls, mt.end(), measure, (subject, *_figure(mt, "v")), pairs)


def _verb_scores(c: _Ctx) -> None:
    """``X scores v [vs w for Y] on B [vs w for Y]``."""
    for mt, measure in _scored(c, _S_VERB):
        others = []
        for t in ("a", "c"):
            if mt.group(t + "s"):
                others.append((c.name_at(mt.start(t + "s")), *_figure(mt, t + "v")))
            elif mt.group(t + "t"):
                others.append((c.name_at(mt.start(t + "t")), *_figure(mt, t + "w")))
        subject, at = c.model_subject(mt.start(), mt.start("verb"), compared_to=others[0][0] if others else None)
        if subject is None:
            continue
        _comparison(c, at if at is not None else mt.start(), mt.end(), measure, (subject, *_figure(mt, "v")), others)


def _on_bench_pairs(c: _Ctx, first: re.Match) -> list[re.Match]:
    """``X scored v``, then each ``[while] Y scored w`` / ``behind Y's w`` that
    follows within the sentence."""
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
            return found
        found.append(nxt)
        pos = nxt.end()


def _on_bench_sentences(c: _Ctx) -> None:
    """``On [the ...] B, X scored v, [while] Y scored w ... behind Y's w``."""
    for mt in _S_ON_B.finditer(c.m):
        measure = c.bench_at(*mt.span("b"))
        first = _ON_B_PAIR.match(c.m, mt.end())
        if not measure or not first:
            continue
        found = _on_bench_pairs(c, first)
        if not c.unread_fact(first.start("v"), first.end()):
            continue
        sides = [(c.name_at(f.start("s")), *_figure(f, "v")) for f in found]
        _comparison(c, mt.start(), found[-1].end(), measure, sides[0], sides[1:])


def _versus(c: _Ctx) -> None:
    """``B is v vs w for Y``, ``B: v vs Y's w``, ``B (v vs w)``."""
    for mt, measure in _scored(c, _S_VS):
        if mt.group("y2"):
            other = (c.name_at(mt.start("y2")), *_figure(mt, "x"))
        else:
            other = (c.name_at(mt.start("y")) if mt.group("y") else None, *_figure(mt, "w"))
        subject, _ = c.model_subject(mt.start(), mt.start(), compared_to=other[0], nearest=True)
        _comparison(c, mt.start(), mt.end(), measure, (subject, *_figure(mt, "v")), [other])


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
        if not c.unread_fact(v0, mt.end()):
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
        if not c.unread_fact(v0, mt.end()):
            continue
        low = mt.group(group).lower().lstrip("#").strip()
        rank = ORDINALS.get(low) or _WORD_NUM.get(low) or int(re.match(r"\d+", low).group())
        measure = c.bench_at(*mt.span("b"))
        lo = c.clause_start(mt.start())
        pre_end = lo + _RANK_LEAD.search(c.m[lo:mt.start()]).start()
        subject, at = c.model_subject(mt.start(), pre_end)
        if measure and subject:
            c.add(at if at is not None else mt.start(), mt.end(), subject, measure, rank, None, None, "rank", [v0])


# In the order they run: a figure belongs to the first shape that claims it.
SCORE_SHAPES = (_label_rows, _on_bench_sentences, _verb_scores, _versus, _differences, _ranks)
