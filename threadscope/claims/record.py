"""The record a claim becomes, and the column names of the claims table."""
from __future__ import annotations

from dataclasses import dataclass, fields


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
