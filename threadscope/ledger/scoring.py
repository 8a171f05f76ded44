"""Pure functions of forecasts and resolutions: a window's status, a
forecast's outcome, Brier and log scores, calibration, and the score tables.

No database here: the ledger's queries and the report both call these on
rows (``LedgerForecast`` records or dicts with the same keys). Why each
rule is what it is: see the package docstring (:mod:`threadscope.ledger`).
"""
from __future__ import annotations

import dataclasses
import math
from datetime import date
from typing import Iterable, Mapping

import pandas as pd

from .records import CLOSED, HAPPENED, NOT_BY, OPEN, RESOLVED, RIGHT, WRONG, optional_date

LOG_FLOOR = 1e-6      # ln(1e-6) = -13.8: the log score of a certain forecast that was wrong
BUCKETS = 10          # calibration buckets 0.0-0.1, ..., 0.9-1.0 (the last one includes 1.0)
ALL = "(all)"         # the calibration row of every holder together (no handle has brackets)
DIGITS = 6            # scores are rounded to this many places (0.9 -> Brier 0.01, not 0.009999999999999995)

HOLDER_COLUMNS = ["holder", "forecasts", "resolved", "right", "wrong", "brier", "log_score", "calibration"]
CALIBRATION_COLUMNS = ["holder", "bucket", "lower", "upper", "forecasts", "mean_confidence", "happened",
                       "observed"]
RESULT_COLUMNS = ["proposition", "event", "resolution", "resolution_date", "holder", "post_id", "window_start",
                  "window_end", "confidence", "vague", "outcome", "result", "brier", "log_score", "scored"]


def outcome(window_start: date | None, window_end: date | None, resolution: str | None,
            resolution_date: date | None) -> int | None:
    """1 when the event happened inside the window, 0 when it did not (it
    happened outside it, or had not happened by a day after the window's
    last), None while that is not known. A missing start or end is open on
    that side."""
    if resolution is None or resolution_date is None:
        return None
    if resolution == HAPPENED:
        after_start = window_start is None or window_start <= resolution_date
        before_end = window_end is None or resolution_date <= window_end
        return int(after_start and before_end)
    if resolution == NOT_BY:
        return 0 if window_end is not None and window_end < resolution_date else None
    raise ValueError(f"unknown resolution {resolution!r} (expected {HAPPENED} or {NOT_BY})")


def window_status(window_start: date | None, window_end: date | None, today: date,
                  outcome: int | None = None, polarity: str = "will") -> str:
    """``right`` or ``wrong`` once the outcome is known (a ``will`` forecast
    is right when the event happened in its window, a ``will_not`` one when
    it did not); else ``open`` while ``today`` is on or before the window's
    last day (or the window has no end), ``closed`` after it."""
    if outcome is not None:
        return RIGHT if bool(outcome) == (polarity != "will_not") else WRONG
    if window_end is None or today <= window_end:
        return OPEN
    return CLOSED


def status_of(window_status: str) -> str:
    """open / closed / resolved: what ``ledger list --status`` filters on."""
    return RESOLVED if window_status in (RIGHT, WRONG) else window_status


def brier(confidence: float, outcome: int) -> float:
    """(confidence - outcome)^2: 0 is perfect, 1 a certain forecast that was wrong."""
    return round((confidence - outcome) ** 2, DIGITS)


def log_score(confidence: float, outcome: int) -> float:
    """The natural log of the probability the forecast gave to what
    happened, floored at ``LOG_FLOOR``: 0 is perfect, higher is better."""
    p = confidence if outcome else 1.0 - confidence
    return round(math.log(max(p, LOG_FLOOR)), DIGITS)


def bucket(confidence: float) -> tuple[float, float]:
    """The calibration bucket holding ``confidence``: [0.0, 0.1), ...,
    [0.9, 1.0] (a small epsilon keeps 0.7 out of the 0.6 bucket when
    0.7 * 10 is 6.999...)."""
    i = min(BUCKETS - 1, max(0, int(confidence * BUCKETS + 1e-9)))
    return round(i / BUCKETS, 1), round((i + 1) / BUCKETS, 1)


def _dicts(rows: Iterable) -> list[dict]:
    out = []
    for r in rows:
        d = dict(r) if isinstance(r, Mapping) else dataclasses.asdict(r)
        for key in ("window_start", "window_end", "resolution_date"):
            d[key] = optional_date(d.get(key)) if isinstance(d.get(key), str) else d.get(key)
        out.append(d)
    return out


def scored(rows: Iterable) -> list[dict]:
    """The forecasts that count toward scores: resolved (outcome known), not
    vague, and once per holder, proposition, window and confidence (a
    holder's own post first, so "Elon says probably Q1" does not count
    Musk's "Probably Q1" twice)."""
    rows = _dicts(rows)
    return [rows[i] for i in _scored(rows)]


def _key(r: dict) -> tuple:
    return r.get("holder"), r["proposition"], r.get("window_start"), r.get("window_end"), r["confidence"]


def _scored(rows: list[dict]) -> list[int]:
    """The indices of :func:`scored`'s rows, in their order."""
    chosen: dict[tuple, int] = {}
    for i in sorted(range(len(rows)), key=lambda i: (rows[i].get("author") != rows[i].get("holder"), i)):
        r = rows[i]
        if r.get("outcome") is not None and not r.get("vague"):
            chosen.setdefault(_key(r), i)
    return sorted(chosen.values())


def _distinct(rows: list[dict]) -> int:
    return len({_key(r) for r in rows})


def scoreboard(rows: Iterable) -> pd.DataFrame:
    """One row per holder: distinct forecasts, how many are scored
    (``resolved``), right, wrong, mean Brier, mean log score, and the
    calibration buckets in short (``0.9-1.0: 1/1`` = one forecast in the
    bucket, and it happened). Holders with something scored come first,
    best Brier first."""
    rows = _dicts(rows)
    counted = [rows[i] for i in _scored(rows)]
    out = []
    for holder in dict.fromkeys(r.get("holder") for r in rows):
        mine = [r for r in counted if r.get("holder") == holder]
        briers = [brier(r["confidence"], r["outcome"]) for r in mine]
        logs = [log_score(r["confidence"], r["outcome"]) for r in mine]
        right = sum(1 for r in mine if _result(r) == RIGHT)
        out.append({
            "holder": holder, "forecasts": _distinct([r for r in rows if r.get("holder") == holder]),
            "resolved": len(mine), "right": right, "wrong": len(mine) - right,
            "brier": round(sum(briers) / len(briers), DIGITS) if briers else None,
            "log_score": round(sum(logs) / len(logs), DIGITS) if logs else None,
            "calibration": "; ".join(f"{b['bucket']}: {b['happened']}/{b['forecasts']}"
                                     for b in _buckets(mine, holder)) or None,
        })
    out.sort(key=lambda r: (r["brier"] is None, r["brier"] if r["brier"] is not None else 0, -r["resolved"],
                            str(r["holder"]).lower()))
    return _frame(out, HOLDER_COLUMNS, {"forecasts": "Int64", "resolved": "Int64", "right": "Int64",
                                        "wrong": "Int64", "brier": "Float64", "log_score": "Float64"})


def _buckets(rows: list[dict], holder) -> list[dict]:
    found: dict[tuple[float, float], list[dict]] = {}
    for r in rows:
        found.setdefault(bucket(r["confidence"]), []).append(r)
    out = []
    for (lo, hi), group in sorted(found.items()):
        happened = sum(r["outcome"] for r in group)
        out.append({"holder": holder, "bucket": f"{lo:.1f}-{hi:.1f}", "lower": lo, "upper": hi,
                    "forecasts": len(group),
                    "mean_confidence": round(sum(r["confidence"] for r in group) / len(group), DIGITS),
                    "happened": happened, "observed": round(happened / len(group), DIGITS)})
    return out


def calibration(rows: Iterable) -> pd.DataFrame:
    """Per holder, and for all holders together (holder ``(all)``), per
    bucket of confidence: scored forecasts, their mean confidence, how many
    happened and the share that did (``observed``). A calibrated holder's
    ``observed`` is near ``mean_confidence`` in every bucket."""
    counted = scored(rows)
    out = _buckets(counted, ALL)
    for holder in dict.fromkeys(r.get("holder") for r in counted):
        out.extend(_buckets([r for r in counted if r.get("holder") == holder], holder))
    return _frame(out, CALIBRATION_COLUMNS, {"lower": "Float64", "upper": "Float64", "forecasts": "Int64",
                                             "mean_confidence": "Float64", "happened": "Int64",
                                             "observed": "Float64"})


def _result(r: dict) -> str | None:
    if r.get("outcome") is None:
        return None
    return window_status(r.get("window_start"), r.get("window_end"), date.min, r["outcome"],
                         r.get("polarity") or ("will" if r["confidence"] >= 0.5 else "will_not"))


def proposition_results(rows: Iterable) -> pd.DataFrame:
    """One row per forecast of every resolved proposition: its resolution,
    the holder, window and confidence, outcome, result, Brier and log score,
    and whether it counts toward the holder's scores (``scored``: false for
    vague forecasts, reported copies and forecasts not yet resolved)."""
    rows = _dicts(rows)
    counted = set(_scored(rows))
    out = []
    for i, r in enumerate(rows):
        if r.get("resolution") is None:
            continue
        o = r.get("outcome")
        out.append({
            "proposition": r["proposition"], "event": r.get("event"), "resolution": r["resolution"],
            "resolution_date": r.get("resolution_date"), "holder": r.get("holder"), "post_id": r.get("post_id"),
            "window_start": r.get("window_start"), "window_end": r.get("window_end"),
            "confidence": r["confidence"], "vague": bool(r.get("vague")), "outcome": o, "result": _result(r),
            "brier": None if o is None else brier(r["confidence"], o),
            "log_score": None if o is None else log_score(r["confidence"], o), "scored": i in counted,
        })
    return _frame(out, RESULT_COLUMNS, {"confidence": "float64", "vague": "boolean", "outcome": "Int64",
                                        "brier": "Float64", "log_score": "Float64", "scored": "boolean"})


def _frame(rows: list[dict], columns: list[str], dtypes: dict[str, str]) -> pd.DataFrame:
    from ..tables import typed_frame

    for r in rows:
        for k, v in r.items():
            if isinstance(v, date):
                r[k] = v.isoformat()
    return typed_frame(rows, columns, dtypes)
