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

Every claim comes from one of a fixed set of *shapes*, read off the
post's ``body`` (the text after a reply's leading @mentions); ``quote`` is the
exact substring of ``post.text`` that states it. A number that fits no shape is
not a claim: precision matters more than recall, since a wrong figure in a
report is worse than a missed one.

Where things are: the ``Claim`` record in ``record``; the word tables,
compiled shapes and the masking in ``patterns``; one post being read (clauses,
the stated-as-fact test, subjects) in ``reading``; the shapes of kind
``benchmark``, ``difference`` and ``rank`` (and ``compared_to``) in
``scores``; those of kind ``quantity``, ``money`` and ``statistic`` in
``figures``. Each of those modules' docstrings lists its shapes and rules.

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
from collections.abc import Iterator
from dataclasses import asdict

import pandas as pd

from ..model import RETWEET, Post
from ..tables import typed_frame
from .figures import FIGURE_SHAPES
from .patterns import ORDINALS
from .reading import _Ctx
from .record import CLAIM_COLUMNS, Claim
from .scores import SCORE_SHAPES

_SHAPES = SCORE_SHAPES + FIGURE_SHAPES


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
    return typed_frame(rows, CLAIM_COLUMNS, {"value": "float64"})


__all__ = ["Claim", "CLAIM_COLUMNS", "extract_claims", "claims_frame", "iter_claims", "main_subject",
           "thread_subject"]
