"""Where each forecast of a report stands on a given day: ``open`` or
``closed`` from its window alone, ``right`` or ``wrong`` once a ledger holds
it and its proposition's outcome; and the scoreboard of a page's holders.

The rules are the ledger's (:mod:`threadscope.ledger.scoring`:
``outcome``, ``window_status``, ``status_of``, ``scoreboard``); this module
only finds each forecast in the ledger and puts the answers into words.
``today`` is always given (``threadscope report --today``, default the
UTC date): nothing here reads the clock, so the same inputs and the same
day give the same bytes.

Matching. The ledger files a post under the oldest id it knows of it and
every id of its versions in ``post_ids``; a forecast is its post's
``seq``-th (its place among the post's forecasts, the ``n`` of its anchor
``forecast-<post id>-<n>``). A forecast of the page is the ledger's when
its post's id, or an id of another version of it (an edit), leads to a
ledger post holding a forecast at that place. Its status is then read from
the page's own window, confidence and polarity (what the row shows) and
the ledger proposition's current resolution.
"""
from __future__ import annotations

from datetime import date

from ..ledger.records import HAPPENED, RIGHT, WRONG, Snapshot
from ..ledger.scoring import outcome, scoreboard, status_of, window_status
from .text import as_date, day_label, plural, safe_href, short_url

STATUS_WORDS = {"open": "open", "closed": "closed", RIGHT: "✓ right", WRONG: "✗ wrong"}
EMPTY = {"status": None, "result": None, "status_label": "", "status_note": "", "ledger_proposition": None,
         "resolution": None, "resolution_date": None, "outcome": None}


def _score(value) -> str:
    return f"{value:.4g}"


class Standing:
    """The statuses of one report: ``today`` (None: no statuses at all) and
    the ledger read for it (None: from the dates alone)."""

    def __init__(self, today: date | None, ledger: Snapshot | None):
        self.today = today
        self.ledger = ledger

    def of(self, record: dict, post) -> dict:
        """The status fields of one forecast row (``record`` as the Site
        keeps it, ``post`` its Post or None)."""
        if self.today is None:
            return dict(EMPTY)
        start, end = as_date(record["window_start"]), as_date(record["window_end"])
        prop = res = None
        if self.ledger is not None:
            ids = [str(record["post_id"])] + (list(post.edit_ids) if post is not None else [])
            prop = self.ledger.proposition_of(ids, record["seq"])
            res = self.ledger.resolutions.get(prop) if prop else None
        o = outcome(start, end, res.resolution, res.date) if res is not None else None
        ws = window_status(start, end, self.today, o, record["polarity"])
        if o is not None:
            note = ("happened " if res.resolution == HAPPENED else "not happened by ") + day_label(res.date)
        elif end is None:
            note = "no end date"
        else:
            note = ("until " if ws == "open" else "ended ") + day_label(end)
        return {"status": status_of(ws), "result": ws if ws in (RIGHT, WRONG) else None,
                "status_label": STATUS_WORDS[ws], "status_note": note, "ledger_proposition": prop,
                "resolution": res.resolution if res is not None else None,
                "resolution_date": res.date.isoformat() if res is not None else None, "outcome": o}

    def today_view(self) -> dict:
        """The page's ``forecasts.today`` and its label."""
        return {"today": self.today.isoformat() if self.today else None,
                "today_label": day_label(self.today) if self.today else ""}

    def ledger_view(self, rows: list[dict]) -> dict | None:
        """What the page says of its ledger: the file, how many of the
        page's forecasts it holds and how many of those are resolved."""
        if self.ledger is None:
            return None
        held = [r for r in rows if r["ledger_proposition"] is not None]
        resolved = [r for r in held if r["outcome"] is not None]
        label = (f"The ledger {self.ledger.path} holds {len(held)} of the {plural(len(rows), 'forecast')} "
                 f"here; {len(resolved)} of them {'is' if len(resolved) == 1 else 'are'} resolved.")
        return {"path": self.ledger.path, "forecasts": len(held), "resolved": len(resolved), "label": label}

    def scoreboard(self, rows: list[dict], names) -> dict | None:
        """The scoreboard of the page's holders over its resolved forecasts
        (``rows``: the forecast rows of the page), or None when none is
        resolved. ``names(holder)`` gives a holder's label fields."""
        held = [r for r in rows if r["ledger_proposition"] is not None]
        if not any(r["outcome"] is not None for r in held):
            return None
        board = scoreboard({"holder": r["holder"], "author": r["author"], "proposition": r["ledger_proposition"],
                            "window_start": as_date(r["window_start"]), "window_end": as_date(r["window_end"]),
                            "confidence": r["confidence"], "outcome": r["outcome"], "vague": r["vague"],
                            "polarity": r["polarity"]} for r in held)
        out = []
        for b in board.to_dict("records"):
            if not b["resolved"]:
                continue
            out.append({**names(b["holder"]), "forecasts": int(b["forecasts"]), "resolved": int(b["resolved"]),
                        "right": int(b["right"]), "wrong": int(b["wrong"]), "brier": float(b["brier"]),
                        "log_score": float(b["log_score"]), "brier_label": _score(b["brier"]),
                        "log_score_label": _score(b["log_score"])})
        waiting = len(board) - len(out)
        caption = (f"{plural(len(out), 'holder')} with resolved forecasts, best mean Brier score first"
                   + (f"; {plural(waiting, 'more holder')} {'has' if waiting == 1 else 'have'} none resolved yet"
                      if waiting else ""))
        return {"rows": out, "caption": caption, "resolutions": self._resolutions(held)}

    def _resolutions(self, held: list[dict]) -> list[dict]:
        out = []
        for prop in dict.fromkeys(r["ledger_proposition"] for r in held):
            res = self.ledger.resolutions.get(prop)
            if res is None:
                continue
            said = "happened on" if res.resolution == HAPPENED else "had not happened by"
            href = safe_href(res.source)
            mine = [r for r in held if r["ledger_proposition"] == prop]
            right = sum(1 for r in mine if r["result"] == RIGHT)
            wrong = sum(1 for r in mine if r["result"] == WRONG)
            out.append({"proposition": prop, "event": self.ledger.events.get(prop, ""), "resolution": res.resolution,
                        "date": res.date.isoformat(), "label": f"{said} {day_label(res.date)}",
                        "counts_label": f"{right} right, {wrong} wrong, {len(mine) - right - wrong} not resolved",
                        "source": res.source, "source_href": href,
                        "source_label": short_url(href) if href else (res.source or ""), "note": res.note or ""})
        return out
