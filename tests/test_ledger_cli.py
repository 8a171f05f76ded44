"""The ledger on the command line, and its safety as whole processes: two
adds at once, an add killed inside its transaction."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import threadscope
from ledger_inputs import MUSK, ROOT, SAMPLE, SAMPLE_CSV, SAMPLE_V1, TEORTAXES, newer_export, other_thread
from threadscope.cli import main
from threadscope.ledger import add, forecasts, open_ledger


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output + result.stderr
    return result


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_cli_add_list_resolve_scores_export(tmp_path):
    db = tmp_path / "l.sqlite"
    added = run("ledger", "add", "--db", db, SAMPLE)
    assert added.exit_code == 0 and "8 forecast(s) read: 8 added, 0 updated" in added.stderr
    assert run("ledger", "add", "--db", db, SAMPLE_V1, SAMPLE_CSV, "-q").exit_code == 0
    listed = jsonl(run("ledger", "list", "--db", db, "--today", "2026-12-03", "--format", "jsonl").stdout)
    expected = [r for a in threadscope.analyze_all(threadscope.load([SAMPLE]).threads) for r in a.forecast_records]
    assert len(listed) == len(expected) == 8
    assert {r["status"] for r in listed} == {"open"} and all(isinstance(r["post_id"], str) for r in listed)
    assert {"post_id", "holder", "event", "proposition", "window_start", "window_end", "confidence",
            "status"} <= set(listed[0])
    pid = listed[0]["proposition"]
    table = run("ledger", "list", "--db", db, "--today", "2026-12-03").stdout.splitlines()
    assert table[0].split()[:4] == ["post_id", "holder", "event", "proposition"] and len(table) == len(listed) + 1

    done = run("ledger", "resolve", pid, "--happened", "2026-12-20", "--source", "https://example.org/x",
               "--db", db)
    assert done.exit_code == 0 and "right" in done.stderr and done.stdout == ""
    holders = {r["holder"]: r for r in jsonl(run("ledger", "scores", "--db", db, "--format", "jsonl").stdout)}
    assert holders["teortaxesTex"]["brier"] == pytest.approx(0.01)
    assert holders["elonmusk"]["brier"] == pytest.approx(0.49)
    assert holders["jietang"]["brier"] == pytest.approx(0.01)
    summary = run("ledger", "scores", "--db", db).stdout
    assert pid in summary and "happened on 2026-12-20" in summary and "teortaxesTex" in summary
    results = jsonl(run("ledger", "scores", "--db", db, "--format", "jsonl", "--table", "propositions").stdout)
    assert {r["post_id"]: r["result"] for r in results}[MUSK] == "wrong"
    cal = list(csv.DictReader(io.StringIO(run("ledger", "scores", "--db", db, "--format", "csv", "--table",
                                              "calibration").stdout)))
    assert {"holder", "bucket", "forecasts", "observed"} <= set(cal[0])
    assert {r["status"] for r in jsonl(run("ledger", "list", "--db", db, "--status", "resolved",
                                           "--format", "jsonl").stdout)} == {"resolved"}
    assert run("ledger", "list", "--db", db, "--status", "open", "--today", "2026-12-03").stdout.strip() \
        == "(no rows)"

    out = tmp_path / "forecasts.csv"
    assert run("ledger", "export", "--db", db, "-o", out).exit_code == 0
    frame = threadscope.read_table(out)
    assert len(frame) == len(listed) and frame["post_id"].map(type).eq(str).all()
    assert set(frame.loc[frame["post_id"] == TEORTAXES, "result"]) == {"right"}
    props = jsonl(run("ledger", "export", "--db", db, "--table", "propositions", "--format", "jsonl").stdout)
    assert [(p["proposition"], p["resolution"], p["source"]) for p in props] == [
        (pid, "happened", "https://example.org/x")]
    # the file opens in any SQLite tool
    with sqlite3.connect(db) as plain:
        assert plain.execute("SELECT count(*) FROM forecasts").fetchone()[0] == len(listed)


def test_cli_errors_are_one_line_exit_2(tmp_path):
    db = tmp_path / "l.sqlite"
    missing = run("ledger", "list", "--db", db)
    assert missing.exit_code == 2 and "no ledger at" in missing.stderr and not db.exists()
    run("ledger", "add", "--db", db, SAMPLE, "-q")
    for args, words in [
        (("list", "--today", "2026-13-01"), "--today: expected a date as YYYY-MM-DD"),
        (("resolve", "P1", "--happened", "2026-12-20"), "unknown proposition 'P1'"),
        (("resolve", "P1"), "exactly one of --happened DATE or --not-by DATE"),
    ]:
        result = run("ledger", *args, "--db", db)
        assert result.exit_code == 2, result.output
        assert result.stderr.count("\n") == 1 and words in result.stderr and result.stderr.startswith(
            "threadscope: error:")
    pid = forecasts(open_ledger(db))[0].proposition
    bad = run("ledger", "resolve", pid, "--not-by", "20/12/2026", "--db", db)
    assert bad.exit_code == 2 and "--not-by: expected a date as YYYY-MM-DD, got '20/12/2026'" in bad.stderr
    assert run("ledger", "resolve", pid, "--happened", "2026-12-20", "--db", db, "-q").exit_code == 0
    again = run("ledger", "resolve", pid, "--happened", "2026-12-21", "--db", db)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert run("ledger", "resolve", pid, "--happened", "2026-12-21", "--force", "--db", db, "-q").exit_code == 0
    notdb = tmp_path / "x.sqlite"
    notdb.write_text("hello " * 100)
    result = run("ledger", "scores", "--db", notdb)
    assert result.exit_code == 2 and "not a database" in result.stderr


def _env(**extra) -> dict:
    env = dict(os.environ)
    env.pop("THREADSCOPE_LEDGER", None)
    env.update(extra)
    return env


def _add(db, *paths, **env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "threadscope", "ledger", "add", "--db", str(db), "-q",
                             *map(str, paths)], cwd=ROOT, env=_env(**env), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _keys(db) -> list[tuple[str, int, str]]:
    with open_ledger(db, create=False) as book:
        return sorted((f.post_id, f.seq, f.holder) for f in forecasts(book))


def test_two_adds_at_once_lose_nothing(tmp_path):
    extra = other_thread(tmp_path / "orchard.csv")
    expected = set()
    for i, inputs in enumerate(([SAMPLE], [SAMPLE, extra])):
        with open_ledger(tmp_path / f"alone{i}.sqlite") as book:
            add(book, inputs)
        expected |= set(_keys(tmp_path / f"alone{i}.sqlite"))
    db = tmp_path / "shared.sqlite"
    # each holds its transaction a second, so the other's BEGIN IMMEDIATE has to wait for it
    procs = [_add(db, SAMPLE, THREADSCOPE_LEDGER_TEST_PAUSE="1"),
             _add(db, SAMPLE_V1, extra, THREADSCOPE_LEDGER_TEST_PAUSE="1")]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert _keys(db) == sorted(expected)
    with open_ledger(db) as book:
        assert book.db.execute("SELECT count(*) FROM adds").fetchone()[0] == 2
        assert len({f.proposition for f in forecasts(book)}) == 2


def test_a_killed_add_leaves_the_ledger_as_it_was(tmp_path):
    db = tmp_path / "l.sqlite"
    with open_ledger(db) as book:
        add(book, [SAMPLE])
    snapshot = _dump(db)
    newer = tmp_path / "newer.v1.jsonl"
    newer_export(newer)
    proc = _add(db, newer, THREADSCOPE_LEDGER_TEST_PAUSE="30")
    deadline = time.monotonic() + 30
    line = ""
    while "pausing inside the transaction" not in line:
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "the add ended before its pause"
        assert time.monotonic() < deadline
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert _dump(db) == snapshot
    with sqlite3.connect(db) as plain:
        assert plain.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # and it is usable: the same add, unkilled, goes through
    again = _add(db, newer)
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    after = _keys(db)
    assert len(after) == len(_keys_of(snapshot)) + 1 and (TEORTAXES, 0, "teortaxesTex") in after


def _dump(db) -> dict:
    with open_ledger(db, create=False) as book:
        return {t: [tuple(r) for r in book.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2")]
                for t in ("adds", "posts", "post_ids", "propositions", "forecasts", "resolutions")}


def _keys_of(dump: dict) -> list:
    return dump["forecasts"]
