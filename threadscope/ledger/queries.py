"""Reading the ledger and resolving its propositions: ``forecasts``,
``resolve``, ``scores`` and the tables ``export`` writes."""
from __future__ import annotations

import io
from dataclasses import dataclass, fields
from datetime import date

import pandas as pd

from .records import (HAPPENED, NOT_BY, STATUSES, LedgerError, LedgerForecast, Resolution, Resolved, RIGHT,
                      Snapshot, WRONG, optional_date, parse_date, utc_now, utc_today)
from .scoring import calibration, outcome, proposition_results, scoreboard, status_of, window_status
from .store import Ledger

FORECAST_COLUMNS = [f.name for f in fields(LedgerForecast)]
LIST_COLUMNS = ["post_id", "holder", "event", "proposition", "window_start", "window_end", "confidence", "status",
                "result"]
TABLES = ("forecasts", "propositions", "resolutions", "posts", "adds")

_CURRENT = "(SELECT max(resolution_id) FROM resolutions WHERE proposition = {0}.proposition)"
_FORECASTS = f"""
    SELECT f.proposition, f.post_id, f.seq, f.author, f.holder, pr.event, f.quote, f.window_start, f.window_end,
           f.confidence, f.polarity, f.relative_to, f.vague, p.created_at, p.text, p.url, p.latest_id,
           r.resolution, r.date AS resolution_date
    FROM forecasts f
    JOIN posts p ON p.post_id = f.post_id
    JOIN propositions pr ON pr.proposition = f.proposition
    LEFT JOIN resolutions r ON r.resolution_id = {_CURRENT.format('f')}
    {{where}}
    ORDER BY pr.rowid, p.created_at, length(f.post_id), f.post_id, f.seq
"""


def _today(today: str | date | None) -> date:
    return utc_today() if today is None else parse_date(today, "--today")


def forecasts(ledger: Ledger, status: str | None = None, today: str | date | None = None,
              proposition: str | None = None) -> list[LedgerForecast]:
    """Every forecast in the ledger (or of one proposition), as it stands on
    ``today`` (default: today, UTC), in proposition then post order;
    ``status`` keeps only the open, closed or resolved ones."""
    if status is not None and status not in STATUSES:
        raise LedgerError(f"--status: expected one of {', '.join(STATUSES)}, got {status!r}")
    today = _today(today)
    where, params = ("WHERE f.proposition = ?", (proposition,)) if proposition is not None else ("", ())
    out = []
    for row in ledger.query(_FORECASTS.format(where=where), params):
        start, end = optional_date(row["window_start"]), optional_date(row["window_end"])
        resolved_on = optional_date(row["resolution_date"])
        o = outcome(start, end, row["resolution"], resolved_on)
        ws = window_status(start, end, today, o, row["polarity"])
        f = LedgerForecast(
            proposition=row["proposition"], post_id=row["post_id"], seq=row["seq"], author=row["author"],
            holder=row["holder"], event=row["event"], quote=row["quote"], window_start=start, window_end=end,
            confidence=row["confidence"], polarity=row["polarity"], relative_to=row["relative_to"],
            vague=bool(row["vague"]), created_at=row["created_at"], text=row["text"], url=row["url"],
            latest_id=row["latest_id"], resolution=row["resolution"], resolution_date=resolved_on, outcome=o,
            result=ws if ws in (RIGHT, WRONG) else None, status=status_of(ws))
        if status is None or f.status == status:
            out.append(f)
    return out


def forecasts_frame(rows: list[LedgerForecast]) -> pd.DataFrame:
    """The forecasts as a table (dates as ISO text, ids as text)."""
    from ..tables import typed_frame

    dicts = []
    for f in rows:
        d = {name: getattr(f, name) for name in FORECAST_COLUMNS}
        for key in ("window_start", "window_end", "resolution_date"):
            d[key] = d[key].isoformat() if d[key] else None
        dicts.append(d)
    return typed_frame(dicts, FORECAST_COLUMNS, {"seq": "Int64", "confidence": "float64", "vague": "boolean",
                                                 "outcome": "Int64"})


def current_resolution(ledger: Ledger, proposition: str) -> Resolution | None:
    row = ledger.query("SELECT * FROM resolutions WHERE proposition = ? ORDER BY resolution_id DESC LIMIT 1",
                       (proposition,))
    return _resolution(row[0]) if row else None


def snapshot(ledger: Ledger) -> Snapshot:
    """What the report needs of the ledger (see :class:`Snapshot`), read in
    one transaction."""
    with ledger.reading():
        stored = {(r["post_id"], r["seq"]): r["proposition"]
                  for r in ledger.query("SELECT post_id, seq, proposition FROM forecasts")}
        ids = {r["id"]: r["post_id"] for r in ledger.query("SELECT id, post_id FROM post_ids")}
        events = {r["proposition"]: r["event"]
                  for r in ledger.query("SELECT proposition, event FROM propositions ORDER BY rowid")}
        current = {r["proposition"]: _resolution(r) for r in ledger.query(
            f"SELECT * FROM resolutions r WHERE r.resolution_id = {_CURRENT.format('r')}")}
    return Snapshot(str(ledger.path), stored, ids, events, current)


def _resolution(row) -> Resolution:
    return Resolution(row["proposition"], row["resolution"], parse_date(row["date"]), row["source"], row["note"],
                      row["resolved_at"])


def _unknown(ledger: Ledger, proposition: str) -> LedgerError:
    ids = [r[0] for r in ledger.query("SELECT proposition FROM propositions ORDER BY rowid")]
    near = [p for p in ids if p.startswith(proposition.strip().lower())] if proposition.strip() else []
    hint = f"did you mean {near[0]}?" if len(near) == 1 else (
        "the ledger has no proposition yet" if not ids else "'threadscope ledger list' shows the propositions")
    return LedgerError(f"unknown proposition {proposition!r} ({hint})")


def _conflict(current: Resolution | None, new: Resolution) -> str | None:
    """Why ``new`` cannot simply follow ``current``, or None when it adds to
    what is known (a not-by after an earlier not-by, happened after a
    not-by) or only changes the source or note."""
    if current is None or (current.resolution, current.date) == (new.resolution, new.date):
        return None
    if current.resolution == HAPPENED:
        return f"is already resolved: it {current}"
    if new.resolution == HAPPENED and new.date <= current.date:
        return f"is recorded as having not happened by {current.date}, so it cannot have happened on {new.date}"
    if new.resolution == NOT_BY and new.date < current.date:
        return f"is already recorded as not happened by {current.date}, a later date"
    return None


def resolve(ledger: Ledger, proposition: str, happened: str | date | None = None, not_by: str | date | None = None,
            source: str | None = None, note: str | None = None, force: bool = False) -> Resolved:
    """Record that ``proposition``'s event happened on ``happened``, or had
    not happened by ``not_by`` (exactly one). A resolution that contradicts
    the recorded one (another date, happened after a later not-by) needs
    ``force``, and then replaces it; the old one stays in the history."""
    if (happened is None) == (not_by is None):
        raise LedgerError("give exactly one of --happened DATE or --not-by DATE")
    kind = HAPPENED if happened is not None else NOT_BY
    when = parse_date(happened if happened is not None else not_by, "--happened" if happened else "--not-by")
    with ledger.transaction() as db:
        if not db.execute("SELECT 1 FROM propositions WHERE proposition = ?", (proposition,)).fetchone():
            raise _unknown(ledger, proposition)
        current = current_resolution(ledger, proposition)
        new = Resolution(proposition, kind, when, source or None, note or None, utc_now())
        unchanged = current is not None and (current.resolution, current.date, current.source, current.note) == (
            new.resolution, new.date, new.source, new.note)
        if not unchanged:
            why = _conflict(current, new)
            if why and not force:
                raise LedgerError(f"{proposition} {why} (--force replaces it)")
            db.execute("INSERT INTO resolutions (proposition, resolution, date, source, note, resolved_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)", (proposition, kind, when.isoformat(), new.source, new.note,
                                                     new.resolved_at))
    rows = forecasts(ledger, proposition=proposition)
    right = sum(1 for f in rows if f.result == RIGHT)
    wrong = sum(1 for f in rows if f.result == WRONG)
    replaced = current if current is not None and (current.resolution, current.date) != (kind, when) else None
    return Resolved(current if unchanged else new, replaced, not unchanged, right, wrong, len(rows) - right - wrong)


@dataclass(frozen=True, slots=True)
class Scores:
    """Per holder (``holders``), per holder and bucket of confidence
    (``calibration``), and per forecast of each resolved proposition
    (``propositions``); see :mod:`threadscope.ledger.scoring`."""

    holders: pd.DataFrame
    calibration: pd.DataFrame
    propositions: pd.DataFrame


def scores(ledger: Ledger) -> Scores:
    """The scores of every holder over the resolved propositions."""
    rows = forecasts(ledger)
    return Scores(scoreboard(rows), calibration(rows), proposition_results(rows))


def scores_text(s: Scores) -> str:
    """The scores for the terminal: holders, then each resolved proposition
    with its outcome and each holder's result."""
    out = io.StringIO()
    holders = s.holders[s.holders["resolved"] > 0]
    if not len(holders):
        return "(no resolved forecasts: resolve a proposition with 'threadscope ledger resolve')\n"
    out.write("holder scores (Brier: 0 best, 1 worst; log score: 0 best; calibration: bucket: happened/forecasts)\n")
    out.write(holders.to_string(index=False, na_rep="-", float_format=lambda v: f"{v:.4g}"))
    out.write("\n")
    for prop, group in s.propositions.groupby("proposition", sort=False):
        first = group.iloc[0]
        said = "happened on" if first["resolution"] == HAPPENED else "had not happened by"
        out.write(f"\n{prop}  {first['event']}: {said} {first['resolution_date']}\n")
        for r in group.itertuples(index=False):
            window = f"{r.window_start or '…'} .. {r.window_end or 'open'}"
            result = r.result or "not resolved"
            brier = "" if pd.isna(r.brier) else f"  Brier {r.brier:.4g}"
            extra = "" if r.scored or r.result is None else "  (not scored: " + (
                "vague" if r.vague else "a copy of another of the holder's forecasts") + ")"
            out.write(f"  {r.holder or '?':<18} {window:<26} {r.confidence:.2f}  {result:<12}{brier}{extra}"
                      f"  [{r.post_id}]\n")
    return out.getvalue()


def table(ledger: Ledger, name: str = "forecasts", today: str | date | None = None) -> pd.DataFrame:
    """One of the ledger's tables for export: ``forecasts`` (each forecast
    with its post, resolution and status on ``today``), ``propositions``
    (with their current resolution), ``resolutions`` (every one ever
    recorded, oldest first), ``posts`` or ``adds``."""
    if name not in TABLES:
        raise LedgerError(f"unknown table {name!r} (choose from {', '.join(TABLES)})")
    if name == "forecasts":
        return forecasts_frame(forecasts(ledger, today=today))
    sql = {
        "propositions": f"""SELECT pr.proposition, pr.event, pr.anchor,
                (SELECT count(*) FROM forecasts f WHERE f.proposition = pr.proposition) AS forecasts,
                r.resolution, r.date AS resolution_date, r.source, r.note, r.resolved_at, pr.first_add, pr.last_add
                FROM propositions pr LEFT JOIN resolutions r ON r.resolution_id = {_CURRENT.format('pr')}
                ORDER BY pr.rowid""",
        "resolutions": "SELECT * FROM resolutions ORDER BY resolution_id",
        "posts": """SELECT p.*, (SELECT group_concat(id, ' ') FROM
                (SELECT id FROM post_ids i WHERE i.post_id = p.post_id ORDER BY length(id), id)) AS versions
                FROM posts p ORDER BY created_at, length(post_id), post_id""",
        "adds": "SELECT * FROM adds ORDER BY add_id",
    }[name]
    cursor = ledger.db.execute(sql)
    columns = [d[0] for d in cursor.description]
    return pd.DataFrame([tuple(r) for r in cursor.fetchall()], columns=columns, dtype=object)
