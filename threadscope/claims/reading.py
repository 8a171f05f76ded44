"""One post being read for claims: its masked text, where its sentences and
clauses are, whether a figure is stated as a fact, whose figure it is, and
the claims found so far. The shapes (``scores``, ``figures``) read the masked
text through it; ``extract`` runs them.

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
Money, counts and statistics take a name or noun phrase instead (see
``figures``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Post
from .patterns import (
    _ABBREV, _COMPARED_BEFORE, _FILL, _HEDGE, _NEGATION, _PH, _POSS, BENCH_CUES, MULTIPLIERS, NOT_BENCH, NOT_MODEL,
    NP_STOP, PRONOUNS, SUBJ, _mask,
)
from .record import Claim


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

    def unread_fact(self, s: int, e: int) -> bool:
        """True when the figure at ``s`` (its match ending at ``e``) is not
        read yet by another shape and is stated as a fact."""
        return self.free(s) and self.stated(s, e)

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


# -- a matched number: its value, its unit (% or points), its multiplier -------
def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _unit(u: str | None) -> str | None:
    if not u:
        return None
    u = u.strip().lower()
    return "%" if u == "%" or u.startswith("per") else "points"


def _mult(m: str | None) -> float:
    return MULTIPLIERS[m] if m else 1.0


def _main_or_context(c: _Ctx, pos: int, compared_to: str | None) -> str | None:
    """Subject rules 2 and 3: the main subject named before ``pos``, else the
    context subject; never the compared name."""
    for cand in (c.main_subject(before=pos), c.context):
        if cand and cand != compared_to:
            return cand
    return None
