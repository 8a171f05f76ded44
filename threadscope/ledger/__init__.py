"""The forecast ledger: who was right. Forecasts extracted from exports are
kept in one SQLite file, their events resolved as the world answers, and
every holder scored.

    >>> from threadscope.ledger import open_ledger, add, forecasts, resolve, scores
    >>> with open_ledger("threadscope-ledger.sqlite") as ledger:
    ...     add(ledger, ["samples/fable_thread.twarc2.jsonl"])
    ...     pid = forecasts(ledger)[0].proposition
    ...     resolve(ledger, pid, happened="2026-12-20")
    ...     scores(ledger).holders

Modules: :mod:`.store` (the file, schema, migrations, transactions),
:mod:`.adding` (``add``), :mod:`.queries` (``forecasts``, ``resolve``,
``scores``, ``table``, and ``snapshot``: what ``threadscope report
--ledger`` reads), :mod:`.scoring` (pure functions of rows: status,
outcome, Brier, log score, calibration, the score tables; the report calls
these), :mod:`.records` (the dataclasses and the date reader). The schema,
the rules and the commands are documented in ``docs/ledger.md``.

Decisions, and why:

- **Proposition ids that survive re-runs.** The extractor's ``P1`` is an
  id within one input, so the ledger gives each proposition its own id:
  ``p`` + 8 hex digits of the SHA-1 of its *anchor*, the ``post_id/seq`` of
  its earliest forecast when the ledger first met it (``seq`` is the
  forecast's place among its post's forecasts). Post ids are the same in
  every export format and forecasts are extracted the same from each, so
  the twarc2, v1.1 and CSV copies of a thread, added to this ledger or to a
  fresh one, give the same id. Later runs are mapped by their forecasts,
  not their numbers: a group of the extractor whose forecasts are already
  in the ledger joins their proposition, and its new forecasts (new
  replies) with it. A forecast never changes proposition once stored (a
  resolution made against it stays meaningful): when a newer input joins
  two ledger propositions into one group, the new forecasts join the older
  proposition and the old ones stay where they were; when it splits one,
  the stored forecasts stay together. An anchor is the earliest forecast
  *seen*: a ledger started from a partial export anchors where that export
  began.
- **A post across exports and edits.** A post is filed under the oldest id
  the ledger knows of it (an edited post's versions have ids of their own,
  all listed in ``post_ids``), so an edit is the same post. What a newer
  export updates: the post's text, link and newest version id, and each of
  its forecasts' fields (quote, event, window, confidence, holder,
  relative_to), keyed by post and ``seq``; it adds forecasts of new posts.
  What it keeps: resolutions (never touched by ``add``), proposition ids,
  the post's first date, and forecasts the new export no longer yields (a
  forecast was stated and may have been read: an edit does not unsay it).
  An older version of an edited post than the one stored (a smaller
  snowflake id) changes nothing. Counts (likes, replies) are not kept, so a
  re-export with new counts changes nothing.
- **Status.** ``open`` while today is on or before the window's last day
  (the last day is still open: the event may happen on it), ``closed``
  after it, ``resolved`` once the proposition's resolution gives the
  forecast an outcome. Today is the UTC date, the zone of the post times.
- **Outcome and result.** Confidence is P(event inside the window), so the
  outcome of every forecast is 1 when the event happened inside its window
  and 0 when it did not, whatever its polarity or whether it is relative
  ("it won't take that long" is scored on its window, 2026-06-18 ..
  2026-12-31). ``result`` reads the outcome against the polarity: a
  ``will`` forecast is right when the outcome is 1, a ``will_not`` one
  ("No way before 2028", 0.05) when it is 0.
- **``--happened D``** gives every forecast its outcome; **``--not-by D``**
  (not happened on or before D) gives 0 to forecasts whose window ended
  before D and leaves the others unresolved (a window ending on D itself
  stays open that day, as the status does).
- **Open-ended windows** (``window_end`` null: "after X", "X at the
  earliest", "never", "soon") are resolved only by ``--happened``: 1 when it
  happened on or after the window's start, 0 when before. ``--not-by`` never
  resolves them: an open window cannot run out.
- **Vague forecasts** ("soon", "eventually") get a status and a result
  like any other, but are not scored (Brier, log score, calibration):
  their windows have no calendar meaning, and counting "soon" right
  whenever the event ever happens would reward vagueness.
- **Scores.** Brier is (confidence - outcome)^2, mean per holder (0 best).
  The log score is the natural log of the probability the forecast gave to
  what happened (confidence if outcome 1, else 1 - confidence), floored at
  1e-6 so a certain wrong forecast costs ln(1e-6) = -13.8 instead of
  minus infinity; mean per holder, 0 best. Calibration buckets are ten
  equal widths, [0.0, 0.1), ..., [0.9, 1.0] (the last one closed), which
  keep the hedge table's values apart (0.05, 0.1, 0.25, 0.4, 0.7, 0.85,
  0.9) but 0.9 and 0.95. A holder's forecast reported by someone else with
  the same window and confidence ("Elon says probably Q1 2027") counts
  once, as the holder's own post when the ledger has it.
- **A second resolve** that only adds to what is known goes through: a
  later ``--not-by``, or ``--happened`` after a ``--not-by`` date; repeating
  the recorded one changes nothing, and a new ``--source``/``--note``
  replaces those. One that contradicts it (another happened date, happened
  on or before a recorded not-by date, an earlier not-by, not-by after
  happened) is an error unless ``--force``, which replaces it. Every
  resolution stays in the ``resolutions`` table: the last one counts.
- **Dates** are ISO ``YYYY-MM-DD`` only (``12/03/2026`` is ambiguous);
  anything else, an unknown proposition, a file that is not a ledger or
  is from a newer threadscope, is a :class:`LedgerError`: one line, exit 2
  on the command line.
- **Safety.** One ``BEGIN IMMEDIATE`` transaction per add and per resolve,
  WAL, a 60 s busy timeout: two adds at once queue and lose nothing, a
  killed add leaves the ledger as it was (see :mod:`.store`). The input is
  read and the forecasts extracted before the transaction, so the lock is
  held only for the writes.
"""
from __future__ import annotations

from .adding import add, id_order, proposition_id
from .queries import (Scores, current_resolution, forecasts, forecasts_frame, resolve, scores, scores_text, snapshot,
                      table)
from .records import (AddResult, LedgerError, LedgerForecast, Resolution, Resolved, Snapshot, parse_date, utc_today)
from .scoring import (bucket, brier, calibration, log_score, outcome, proposition_results, scoreboard, scored,
                      status_of, window_status)
from .store import DEFAULT_PATH, Ledger, open_ledger, schema_version

__all__ = ["AddResult", "DEFAULT_PATH", "Ledger", "LedgerError", "LedgerForecast", "Resolution", "Resolved",
           "Scores", "Snapshot", "add", "brier", "bucket", "calibration", "current_resolution", "forecasts",
           "forecasts_frame", "id_order", "log_score", "open_ledger", "outcome", "parse_date",
           "proposition_id", "proposition_results", "resolve", "schema_version", "scoreboard", "scored",
           "scores", "scores_text", "snapshot", "status_of", "table", "utc_today", "window_status"]
