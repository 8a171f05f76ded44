"""The forecast ledger through its Python API: stable propositions,
idempotent and newer adds, status, resolutions, scores, the schema."""
from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest

import threadscope
from ledger_inputs import MUSK, SAMPLE, SAMPLE_CSV, SAMPLE_V1, TANG, TEORTAXES, newer_export
from threadscope.analysis import input_forecasts
from threadscope.ledger import (LedgerError, add, brier, bucket, calibration, current_resolution, forecasts,
                                log_score, open_ledger, outcome, proposition_id, proposition_results, resolve,
                                schema_version, scoreboard, scores, status_of, window_status)
from threadscope.ledger import store

D = date.fromisoformat


@pytest.fixture(scope="module")
def sample_corpus():
    return threadscope.load([SAMPLE])


@pytest.fixture(scope="module")
def sample_records(sample_corpus):
    return [r for rs in input_forecasts(sample_corpus.threads).values() for r in rs]


@pytest.fixture
def ledger(tmp_path, sample_corpus):
    with open_ledger(tmp_path / "l.sqlite") as book:
        add(book, sample_corpus)
        yield book


def rows(book, **kw):
    return {(f.post_id, f.seq): f for f in forecasts(book, **kw)}


def content(book) -> dict:
    """Everything the ledger holds but the log of adds."""
    return {t: book.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in ("posts", "post_ids", "propositions", "forecasts", "resolutions")}


def only_proposition(book) -> str:
    (pid,) = {f.proposition for f in forecasts(book)}
    return pid


def test_sample_forecasts_land_in_one_proposition(ledger, sample_records):
    got = forecasts(ledger, today="2026-12-03")
    assert len(got) == len(sample_records) == len({(f.post_id, f.seq) for f in got})
    assert {f.post_id for f in got} == {r.post_id for r in sample_records}
    assert len({f.proposition for f in got}) == 1
    by_post = {f.post_id: f for f in got}
    assert (by_post[TEORTAXES].window_start, by_post[TEORTAXES].window_end) == (D("2026-11-01"), D("2026-12-31"))
    assert by_post[TANG].relative_to == MUSK and by_post[TANG].holder == "jietang"
    assert by_post[MUSK].text.endswith("Probably Q1") and by_post[MUSK].url.endswith(MUSK)
    assert by_post[MUSK].created_at.startswith("2026-06-18")
    assert {f.status for f in got} == {"open"} and {f.result for f in got} == {None}


def test_seed_scores(ledger):
    pid = only_proposition(ledger)
    done = resolve(ledger, pid, happened="2026-12-20")
    assert done.changed and done.replaced is None
    holders = scores(ledger).holders.set_index("holder")
    assert holders.loc["teortaxesTex", "brier"] == pytest.approx(0.01)
    assert holders.loc["elonmusk", "brier"] == pytest.approx(0.49)
    assert holders.loc["jietang", "brier"] == pytest.approx(0.01)
    by_post = {f.post_id: f for f in forecasts(ledger)}
    assert (by_post[TEORTAXES].result, by_post[MUSK].result, by_post[TANG].result) == ("right", "wrong", "right")
    assert {f.status for f in by_post.values()} == {"resolved"}


def test_re_adding_any_format_adds_nothing_and_keeps_resolutions(ledger):
    pid = only_proposition(ledger)
    resolve(ledger, pid, happened="2026-12-20", source="https://example.org/fable")
    before = content(ledger)
    for inputs in ([SAMPLE], [SAMPLE_V1], [SAMPLE_CSV], [SAMPLE, SAMPLE_V1, SAMPLE_CSV]):
        result = add(ledger, inputs)
        assert (result.added, result.updated, result.propositions_added) == (0, 0, 0)
        assert result.unchanged == result.forecasts > 0
    assert content(ledger) == before
    assert current_resolution(ledger, pid).source == "https://example.org/fable"
    assert ledger.db.execute("SELECT count(*) FROM adds").fetchone()[0] == 5


def test_proposition_ids_are_the_same_in_a_fresh_ledger_from_any_format(tmp_path, ledger, sample_records):
    first = min(sample_records, key=lambda r: int(r.post_id))       # snowflakes: the earliest post
    assert only_proposition(ledger) == proposition_id(f"{first.post_id}/0")
    for i, path in enumerate((SAMPLE_V1, SAMPLE_CSV)):
        with open_ledger(tmp_path / f"fresh{i}.sqlite") as other:
            add(other, [path])
            assert only_proposition(other) == only_proposition(ledger)


def test_a_newer_export_updates_adds_and_keeps_resolutions(tmp_path, ledger):
    pid = only_proposition(ledger)
    resolve(ledger, pid, happened="2026-12-20")
    old = rows(ledger)
    newer = tmp_path / "newer.v1.jsonl"
    edited_id, reply_id = newer_export(newer)
    expected = [r for rs in input_forecasts(threadscope.load([newer]).threads).values() for r in rs]
    result = add(ledger, [newer])
    assert result.forecasts == len(expected)
    assert (result.added, result.updated, result.propositions_added) == (1, 1, 0)
    now = rows(ledger)
    assert len(now) == len(old) + 1
    assert now[(reply_id, 0)].proposition == pid and now[(reply_id, 0)].relative_to == MUSK
    assert now[(reply_id, 0)].holder == "late_larry" and now[(reply_id, 0)].result == "wrong"
    edited = now[(TEORTAXES, 0)]                 # filed under the first id the ledger saw
    assert edited.latest_id == edited_id and "probably around" in edited.text
    assert edited.confidence == pytest.approx(0.7) and old[(TEORTAXES, 0)].confidence == pytest.approx(0.9)
    assert edited.url.endswith(edited_id) and edited.created_at == old[(TEORTAXES, 0)].created_at
    assert all(now[k] == v for k, v in old.items() if k != (TEORTAXES, 0))
    assert current_resolution(ledger, pid).date == D("2026-12-20")
    # the same newer export again: nothing; the older sample again: the edit is not undone
    again = add(ledger, [newer])
    assert (again.added, again.updated) == (0, 0)
    back = add(ledger, [SAMPLE])
    assert (back.added, back.updated, back.older) == (0, 0, 1)
    assert rows(ledger) == now


def test_an_earlier_export_with_fewer_replies_grows_into_the_whole_thread(tmp_path, sample_corpus):
    """A ledger begun from an export taken an hour into the debate keeps
    its proposition when the whole thread comes: the later replies' forecasts
    join it, whichever extractor number their group has."""
    from threadscope.corpus import from_posts

    tang = sample_corpus.by_id[TANG].created_at
    early = from_posts(p for p in sample_corpus.by_id.values() if p.created_at <= tang)
    with open_ledger(tmp_path / "early.sqlite") as book:
        first = add(book, early)
        pid = only_proposition(book)
        assert first.added == 3 and set(p for p, _ in rows(book)) == {TEORTAXES, MUSK, TANG}
        result = add(book, sample_corpus)
        assert result.added == result.forecasts - 3 > 0 and result.propositions_added == 0
        assert only_proposition(book) == pid


def test_status_on_window_edges(ledger):
    last_day = rows(ledger, today="2026-12-31")[(TEORTAXES, 0)]
    assert last_day.status == "open"
    assert rows(ledger, today="2027-01-01")[(TEORTAXES, 0)].status == "closed"
    assert rows(ledger, today="2026-06-01")[(TEORTAXES, 0)].status == "open"      # not begun yet
    closed = forecasts(ledger, status="closed", today="2027-01-01")
    assert {f.window_end for f in closed} == {D("2026-12-31")}
    assert {f.window_end for f in forecasts(ledger, status="open", today="2027-01-01")} >= {D("2027-03-31")}
    assert forecasts(ledger, status="resolved", today="2027-01-01") == []
    # the pure function the report calls
    assert window_status(D("2026-11-01"), D("2026-12-31"), D("2026-12-31")) == "open"
    assert window_status(D("2026-11-01"), D("2026-12-31"), D("2027-01-01")) == "closed"
    assert window_status(D("2026-11-01"), None, D("2099-01-01")) == "open"
    assert window_status(D("2026-11-01"), D("2026-12-31"), D("2027-01-01"), 1) == "right"
    assert window_status(D("2026-11-01"), D("2026-12-31"), D("2027-01-01"), 1, "will_not") == "wrong"
    assert status_of("right") == status_of("wrong") == "resolved" and status_of("closed") == "closed"


def test_not_by_resolves_only_windows_that_ended_before_it(ledger):
    pid = only_proposition(ledger)
    done = resolve(ledger, pid, not_by="2026-12-31")
    assert done.right == done.wrong == 0          # a window ending on the not-by day is still open that day
    assert {f.status for f in forecasts(ledger, today="2026-12-31")} == {"open"}
    resolve(ledger, pid, not_by="2027-01-01")
    got = rows(ledger, today="2027-01-01")
    ended = {k for k, f in got.items() if f.window_end < D("2027-01-01")}
    assert ended and all(got[k].outcome == 0 and got[k].status == "resolved" for k in ended)
    assert got[(TEORTAXES, 0)].result == "wrong"
    assert all(f.outcome is None and f.status == "open" for k, f in got.items() if k not in ended)
    assert got[(MUSK, 0)].status == "open"
    # it happened later, in Musk's window: no --force needed, every forecast resolved
    resolve(ledger, pid, happened="2027-02-10")
    got = rows(ledger)
    assert got[(MUSK, 0)].result == "right" and got[(TEORTAXES, 0)].result == "wrong"
    assert {f.status for f in got.values()} == {"resolved"}
    history = ledger.db.execute("SELECT resolution, date FROM resolutions ORDER BY resolution_id").fetchall()
    assert [tuple(r) for r in history] == [("not_by", "2026-12-31"), ("not_by", "2027-01-01"),
                                           ("happened", "2027-02-10")]


def test_resolve_refuses_what_it_cannot_take(ledger):
    pid = only_proposition(ledger)
    for bad in ("2026-13-01", "12/20/2026", "2026-12-3", "2026-12-20T10:00", "", "soon"):
        with pytest.raises(LedgerError, match="YYYY-MM-DD"):
            resolve(ledger, pid, happened=bad)
    with pytest.raises(LedgerError, match="exactly one"):
        resolve(ledger, pid)
    with pytest.raises(LedgerError, match="exactly one"):
        resolve(ledger, pid, happened="2026-12-20", not_by="2026-12-21")
    with pytest.raises(LedgerError, match="unknown proposition 'P1'"):
        resolve(ledger, "P1", happened="2026-12-20")
    with pytest.raises(LedgerError, match=f"did you mean {pid}"):
        resolve(ledger, pid[:4], happened="2026-12-20")
    with pytest.raises(LedgerError, match="--today"):
        forecasts(ledger, today="tomorrow")
    before = content(ledger)
    resolve(ledger, pid, not_by="2027-01-10")
    with pytest.raises(LedgerError, match="cannot have happened on 2027-01-05.*--force"):
        resolve(ledger, pid, happened="2027-01-05")
    with pytest.raises(LedgerError, match="later date"):
        resolve(ledger, pid, not_by="2027-01-02")
    resolve(ledger, pid, happened="2027-02-01")
    same = resolve(ledger, pid, happened="2027-02-01")
    assert not same.changed
    with pytest.raises(LedgerError, match="already resolved"):
        resolve(ledger, pid, happened="2026-12-20")
    assert current_resolution(ledger, pid).date == D("2027-02-01")
    forced = resolve(ledger, pid, happened="2026-12-20", force=True)
    assert forced.replaced.date == D("2027-02-01") and current_resolution(ledger, pid).date == D("2026-12-20")
    assert content(ledger)["forecasts"] == before["forecasts"]


def test_outcome_of_open_ended_and_relative_windows():
    start = D("2026-06-18")
    assert outcome(start, None, "happened", D("2030-01-01")) == 1
    assert outcome(D("2028-01-01"), None, "happened", D("2027-05-01")) == 0      # "after 2027", it came sooner
    assert outcome(start, None, "not_by", D("2099-01-01")) is None               # an open window never runs out
    assert outcome(start, D("2026-12-31"), "happened", D("2026-12-31")) == 1     # the last day is inside
    assert outcome(start, D("2026-12-31"), "happened", D("2027-01-01")) == 0
    assert outcome(start, D("2026-12-31"), "not_by", D("2026-12-31")) is None
    assert outcome(start, D("2026-12-31"), "not_by", D("2027-01-01")) == 0
    assert outcome(start, D("2026-12-31"), None, None) is None


def test_scores_brier_log_and_calibration():
    assert brier(0.9, 1) == pytest.approx(0.01) and brier(0.7, 0) == pytest.approx(0.49)
    assert brier(0.05, 1) == pytest.approx(0.9025)
    assert log_score(0.9, 1) == pytest.approx(-0.105361, abs=1e-6)
    assert log_score(0.9, 0) == pytest.approx(-2.302585, abs=1e-6)
    assert log_score(1.0, 0) == pytest.approx(-13.815511, abs=1e-6)              # floored at ln(1e-6)
    assert log_score(1.0, 1) == 0
    assert [bucket(c) for c in (0.0, 0.05, 0.1, 0.7, 0.85, 0.9, 0.95, 1.0)] == [
        (0.0, 0.1), (0.0, 0.1), (0.1, 0.2), (0.7, 0.8), (0.8, 0.9), (0.9, 1.0), (0.9, 1.0), (0.9, 1.0)]

    def row(holder, conf, out, **kw):
        return dict(proposition=kw.pop("proposition", "pA"), holder=holder, author=kw.pop("author", holder),
                    confidence=conf, outcome=out, vague=kw.pop("vague", False), resolution="happened",
                    resolution_date="2027-01-01", window_start=kw.pop("start", "2026-01-01"),
                    window_end=kw.pop("end", "2026-12-31"), post_id=kw.pop("post_id", "1"), event="E", **kw)

    rows = [row("ann", 0.9, 1), row("ann", 0.8, 0, proposition="pB"), row("bob", 0.7, 0),
            row("bob", 0.7, 0, author="news", post_id="2"),                      # a report of bob's forecast
            row("cat", 0.9, 1, vague=True, end=None), row("dan", 0.6, None)]
    board = scoreboard(rows).set_index("holder")
    assert board.loc["ann", "resolved"] == 2 and board.loc["ann", "brier"] == pytest.approx((0.01 + 0.64) / 2)
    assert board.loc["bob", "resolved"] == 1 and board.loc["bob", "brier"] == pytest.approx(0.49)
    assert board.loc["cat", "resolved"] == 0 and board.loc["dan", "forecasts"] == 1
    assert list(board.index[:2]) == ["ann", "bob"]
    cal = calibration(rows)
    every = cal[cal["holder"] == "(all)"].set_index("bucket")
    assert every.loc["0.9-1.0", "forecasts"] == 1 and every.loc["0.7-0.8", "observed"] == 0
    assert every.loc["0.8-0.9", "happened"] == 0 and "0.6-0.7" not in every.index
    results = proposition_results(rows)
    assert list(results["scored"]) == [True, True, True, False, False, False]


def test_schema_is_versioned_and_migrates(tmp_path, monkeypatch, ledger):
    assert ledger.db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert ledger.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    path = ledger.path
    ledger.close()
    step = (schema_version() + 1, ("CREATE TABLE notes (proposition TEXT, note TEXT)",
                                   "INSERT INTO notes SELECT proposition, 'migrated' FROM propositions"))
    monkeypatch.setattr(store, "MIGRATIONS", [*store.MIGRATIONS, step])
    with open_ledger(path) as book:
        assert book.db.execute("PRAGMA user_version").fetchone()[0] == step[0]
        assert book.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
        assert len(forecasts(book)) > 0
    with open_ledger(path) as book:                  # a step runs once
        assert book.db.execute("SELECT count(*) FROM notes").fetchone()[0] == 1
    monkeypatch.undo()
    with pytest.raises(LedgerError, match="newer than this threadscope"):
        open_ledger(path)


def test_files_that_are_no_ledger(tmp_path):
    other = tmp_path / "other.sqlite"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    with pytest.raises(LedgerError, match="another program"):
        open_ledger(other)
    text = tmp_path / "notes.sqlite"
    text.write_text("not a database, just words " * 50)
    with pytest.raises(LedgerError, match="not a database"):
        open_ledger(text)
    with pytest.raises(LedgerError, match="no ledger at"):
        open_ledger(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()
    with pytest.raises(LedgerError, match="is a directory"):
        open_ledger(tmp_path)


def test_docs_list_every_table_and_column_of_the_schema(ledger):
    """docs/ledger.md documents the schema a fresh ledger has: every table,
    every column, and the version."""
    doc = (Path(__file__).resolve().parents[1] / "docs" / "ledger.md").read_text(encoding="utf-8")
    assert f"## The schema (version {schema_version()})" in doc
    rows = {m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \|[^|]*\|(.*)\|$", doc, re.M)}
    tables = [r[0] for r in ledger.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    assert sorted(rows) == sorted(tables)
    for t in tables:
        documented = set(re.findall(r"`(\w+)`", rows[t]))
        columns = {c[1] for c in ledger.db.execute(f"PRAGMA table_info({t})")}
        assert columns <= documented, (t, columns - documented)
