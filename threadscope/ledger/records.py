"""The ledger's records, as typed dataclasses, and the one reader of the
dates a user types. Nothing here touches the database."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable, Mapping

HAPPENED = "happened"
NOT_BY = "not_by"
RESOLUTIONS = (HAPPENED, NOT_BY)

OPEN = "open"
CLOSED = "closed"
RESOLVED = "resolved"
STATUSES = (OPEN, CLOSED, RESOLVED)

RIGHT = "right"
WRONG = "wrong"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class LedgerError(ValueError):
    """Something the user can fix, said in one line: a bad date, an unknown
    proposition, a file that is no ledger, a resolution that contradicts
    the one recorded."""


def parse_date(value: str | date | None, what: str = "date") -> date:
    """``value`` as a date: a ``date`` as is, text only as ISO YYYY-MM-DD
    (``2026-12-3``, ``03/12/2026`` or a time are errors, not guesses)."""
    if isinstance(value, datetime):
        raise LedgerError(f"{what}: expected a date as YYYY-MM-DD, got the time {value.isoformat()}")
    if isinstance(value, date):
        return value
    text = "" if value is None else str(value).strip()
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise LedgerError(f"{what}: expected a date as YYYY-MM-DD, got {value!r}")


def optional_date(value: str | date | None) -> date | None:
    """A date column read back (None stays None)."""
    return None if value is None else parse_date(value)


def utc_today() -> date:
    """Today in UTC, the zone every post time is kept in."""
    return datetime.now(timezone.utc).date()


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def post_url(post_id: str) -> str | None:
    """The post on X (the same link the report gives)."""
    return f"https://x.com/i/web/status/{post_id}" if post_id.isdigit() and post_id.isascii() else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """What is known of a proposition's event: it ``happened`` on ``date``,
    or had ``not_by`` then (not happened on or before ``date``)."""

    proposition: str
    resolution: str
    date: date
    source: str | None = None
    note: str | None = None
    resolved_at: str | None = None

    def __str__(self) -> str:
        said = "happened on" if self.resolution == HAPPENED else "had not happened by"
        return f"{said} {self.date.isoformat()}"


@dataclass(frozen=True, slots=True)
class LedgerForecast:
    """One forecast in the ledger with what the ledger knows of it on
    ``today``: the spec's record fields (``proposition`` the ledger's id),
    the post it comes from, the current resolution of its proposition, its
    ``outcome`` (1 the event happened inside the window, 0 it did not, None
    not known), ``result`` (right / wrong / None) and ``status`` (open /
    closed / resolved)."""

    proposition: str
    post_id: str
    seq: int
    author: str | None
    holder: str | None
    event: str
    quote: str
    window_start: date | None
    window_end: date | None
    confidence: float
    polarity: str
    relative_to: str | None
    vague: bool
    created_at: str | None
    text: str
    url: str | None
    latest_id: str
    resolution: str | None
    resolution_date: date | None
    outcome: int | None
    result: str | None
    status: str


@dataclass(frozen=True, slots=True)
class AddResult:
    """What one ``add`` did: forecasts read, new, changed (a newer export or
    extractor), unchanged, and skipped as coming from an older version of an
    edited post than the ledger holds."""

    add_id: int
    posts: int
    forecasts: int
    added: int
    updated: int
    unchanged: int
    older: int
    propositions_added: int

    def __str__(self) -> str:
        line = (f"{self.forecasts} forecast(s) read: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged; {self.propositions_added} new proposition(s)")
        if self.older:
            line += f"; {self.older} from older versions of edited posts left as they were"
        return line


@dataclass(frozen=True, slots=True)
class Resolved:
    """What one ``resolve`` did: the resolution now recorded, the one it
    replaced (if any), and how the proposition's forecasts now stand."""

    resolution: Resolution
    replaced: Resolution | None
    changed: bool
    right: int
    wrong: int
    unresolved: int

    def __str__(self) -> str:
        r = self.resolution
        head = f"{r.proposition} {r}" + ("" if self.changed else " (already recorded)")
        if self.replaced is not None:
            head += f" (was: {self.replaced})"
        return f"{head}: {self.right} right, {self.wrong} wrong, {self.unresolved} not resolved"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a report reads of a ledger, in one read transaction, so that the
    report is a function of this and its inputs: the ledger's proposition of
    each stored forecast (by the ledger's post id and ``seq``), the ledger's
    id of every id it knows of a post (all versions of an edited post lead to
    the one it is filed under), and each proposition's event and current
    resolution."""

    path: str
    forecasts: Mapping[tuple[str, int], str]
    post_ids: Mapping[str, str]
    events: Mapping[str, str]
    resolutions: Mapping[str, Resolution]

    def proposition_of(self, ids: Iterable[str], seq: int) -> str | None:
        """The ledger proposition of the ``seq``-th forecast of the post known
        by any of ``ids`` (its id, then the ids of its other versions), or
        None when the ledger does not hold it."""
        for pid in ids:
            key = self.post_ids.get(pid)
            if key is not None and (key, seq) in self.forecasts:
                return self.forecasts[(key, seq)]
        return None
