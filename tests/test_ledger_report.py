"""The report with a day and a forecast ledger: windows open or closed on
``--today``, forecasts the ledger holds right or wrong once resolved, the
scoreboard, one-line errors, and the same bytes for the same inputs and day.

The seed sample's numbers come from issue 17 (resolved as happened on
2026-12-20: Teortaxes 0.01, Musk 0.49, Tang Jie 0.01), not from the code
under test."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from ledger_inputs import MUSK, SAMPLE, TANG, TEORTAXES, newer_export
from test_report import Page, table_rows, words
from threadscope.cli import main
from threadscope.corpus import from_posts
from threadscope.ledger import LedgerError, add, open_ledger, resolve, snapshot
from threadscope.model import Post
from threadscope.report import write_report

WHEN = datetime(2027, 1, 5, 12, 0, tzinfo=timezone.utc)
SEED_BRIER = {"teortaxesTex": 0.01, "elonmusk": 0.49, "jietang": 0.01}     # issue 17


def run(*args, env=None):
    result = CliRunner().invoke(main, [str(a) for a in args], env=env)
    assert "Traceback" not in result.output + result.stderr
    return result


@pytest.fixture
def ledger_file(tmp_path):
    db = tmp_path / "l.sqlite"
    with open_ledger(db) as book:
        add(book, [SAMPLE])
    return db


def proposition(db) -> str:
    with open_ledger(db, create=False) as book:
        (pid,) = set(snapshot(book).forecasts.values())
    return pid


def resolved(db, **how) -> str:
    pid = proposition(db)
    with open_ledger(db, create=False) as book:
        resolve(book, pid, **how)
    return pid


def context(*args) -> dict:
    result = run("report", SAMPLE, "--format", "json", "-q", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def by_post(ctx: dict) -> dict[str, dict]:
    """The first forecast row of each post."""
    out: dict[str, dict] = {}
    for p in ctx["forecasts"]["propositions"]:
        for r in p["rows"]:
            out.setdefault(r["post_id"], r)
    return out


# ------------------------------------------------------------------ from the dates alone

@pytest.mark.parametrize("today, teortaxes", [("2026-12-31", "open"), ("2027-01-01", "closed")])
def test_today_on_and_after_the_last_day_of_a_window(today, teortaxes):
    ctx = context("--today", today)
    rows = by_post(ctx)
    assert (rows[TEORTAXES]["window_end"], rows[TEORTAXES]["status"]) == ("2026-12-31", teortaxes)
    assert rows[TEORTAXES]["status_label"] == teortaxes and rows[TEORTAXES]["result"] is None
    assert rows[MUSK]["status"] == "open"                       # Q1 2027 has not ended either day
    assert ctx["forecasts"]["today"] == today and ctx["forecasts"]["ledger"] is None
    assert ctx["scoreboard"] is None and "scoreboard" not in [s["anchor"] for s in ctx["sections"]]
    assert all(r["ledger_proposition"] is None for r in rows.values())
    tl = ctx["forecasts"]["propositions"][0]["timeline"]
    assert tl["today"]["date"] == today and tl["today"]["label"].startswith("today, ")
    bars = {b["key"]: b for b in tl["bars"]}
    teo = bars[rows[TEORTAXES]["anchor"]]
    assert teo["status"] == teortaxes and teo["label"].endswith(f"· {teortaxes}")
    # the line runs through the middle of today: inside the bar on its last day, past it the day after
    inside = teo["x"] < tl["today"]["x"] < teo["x"] + teo["w"]
    assert inside == (teortaxes == "open")
    assert {s["status"] for s in tl["statuses"]} == {r["status"] for r in rows.values()}


def test_open_ended_windows_stay_open(tmp_path):
    t0 = datetime(2026, 6, 18, tzinfo=timezone.utc)
    posts = [Post(id="1", author_id="a", author="asker", conversation_id="1", created_at=t0,
                  text="When will Nova-4 ship?"),
             Post(id="2", author_id="b", author="optimist", conversation_id="1", created_at=t0 + timedelta(hours=1),
                  kind="reply", reply_to_id="1", text="Nova-4 ships after 2027.")]
    out = tmp_path / "r.json"
    write_report(from_posts(posts), out, format="json", generated_at=WHEN, today="2099-01-01")
    (row,) = json.loads(out.read_text())["forecasts"]["propositions"][0]["rows"]
    assert row["window_end"] is None and (row["status"], row["status_note"]) == ("open", "no end date")


def test_html_marks_each_window_and_draws_the_today_line(tmp_path):
    out = tmp_path / "r.html"
    assert run("report", SAMPLE, "--today", "2027-01-05", "-o", out, "-q").exit_code == 0
    page = Page(out.read_text(encoding="utf-8"))
    svg = page.find("svg", class_="tl-wide")
    line = svg.find("g", class_="tl-today")
    assert line is not None and words(line.find("text").text()) == "today, 5 Jan 2027"
    items = {a.attrs["href"][1:]: a.attrs["class"].split() for a in svg.find_all("a", class_="tl-item")}
    assert "ws-closed" in items[f"forecast-{TEORTAXES}-0"] and "ws-open" in items[f"forecast-{MUSK}-0"]
    table = page.find("table", class_="forecasts")
    rows = {r["_tr"].attrs["id"]: r for r in table_rows(table)}
    status = rows[f"forecast-{TEORTAXES}-0"]["Status"]
    assert words(status.find("span", class_="ws").text()) == "closed"        # a word, not only a colour
    assert words(status.find("span", class_="ws-note").text()) == "ended 31 Dec 2026"
    assert words(rows[f"forecast-{MUSK}-0"]["Status"].text()) == "open until 31 Mar 2027"


def test_without_a_day_the_api_report_has_no_statuses(tmp_path):
    out = tmp_path / "r.json"
    write_report(str(SAMPLE), out, format="json", generated_at=WHEN)
    ctx = json.loads(out.read_text())
    assert ctx["forecasts"]["today"] is None and ctx["scoreboard"] is None
    assert {r["status"] for r in by_post(ctx).values()} == {None}
    assert ctx["forecasts"]["propositions"][0]["timeline"]["today"] is None
    html = tmp_path / "r.html"
    write_report(str(SAMPLE), html, generated_at=WHEN)
    assert "Status" not in [words(th.text()) for th in Page(html.read_text()).find("table", class_="forecasts")
                            .find("thead").find_all("th")]


# ------------------------------------------------------------------ with a ledger

def test_a_resolved_ledger_gives_right_wrong_and_the_scoreboard(ledger_file, tmp_path):
    pid = proposition(ledger_file)
    assert run("ledger", "resolve", pid, "--happened", "2026-12-20", "--db", ledger_file, "-q").exit_code == 0
    ctx = context("--ledger", ledger_file, "--today", "2027-01-05")
    rows = by_post(ctx)
    assert {k: rows[k]["result"] for k in (TEORTAXES, MUSK, TANG)} == {TEORTAXES: "right", MUSK: "wrong",
                                                                        TANG: "right"}
    assert rows[MUSK]["status_label"] == "✗ wrong" and rows[TEORTAXES]["status_label"] == "✓ right"
    assert all(r["ledger_proposition"] == pid and r["resolution_date"] == "2026-12-20" for r in rows.values())
    board = {r["holder"]: r for r in ctx["scoreboard"]["rows"]}
    for holder, expected in SEED_BRIER.items():
        assert board[holder]["brier"] == pytest.approx(expected) and board[holder]["resolved"] == 1
    assert board["elonmusk"]["wrong"] == 1 and board["teortaxesTex"]["right"] == 1
    assert board["teortaxesTex"]["log_score"] == pytest.approx(-0.105361, abs=1e-6)       # ln 0.9
    # the report scores as `ledger scores` does on the same ledger
    scores = {json.loads(line)["holder"]: json.loads(line)
              for line in run("ledger", "scores", "--db", ledger_file, "--format", "jsonl").stdout.splitlines()}
    assert {h: (r["brier"], r["resolved"]) for h, r in board.items()} == {
        h: (r["brier"], r["resolved"]) for h, r in scores.items() if r["resolved"]}
    assert [s["anchor"] for s in ctx["sections"]][:3] == ["overview", "forecasts", "scoreboard"]
    (res,) = ctx["scoreboard"]["resolutions"]
    assert (res["proposition"], res["label"]) == (pid, "happened on 20 Dec 2026")

    out = tmp_path / "r.html"
    assert run("report", SAMPLE, "--ledger", ledger_file, "--today", "2027-01-05", "-o", out, "-q").exit_code == 0
    page = Page(out.read_text(encoding="utf-8"))
    section = page.ids["scoreboard"]
    shown = {words(r["Holder"].find("span", class_="holder").text()): r for r in table_rows(section.find("table"))}
    assert {h: words(shown["@" + h]["Mean Brier"].text()) for h in SEED_BRIER} == {
        "teortaxesTex": "0.01", "elonmusk": "0.49", "jietang": "0.01"}
    assert page.find("nav", class_="toc").find("a", href="#scoreboard") is not None
    svg = page.find("svg", class_="tl-wide")
    labels = {words(t.text()) for t in svg.find_all("text", class_="tl-label")}
    assert "Q1 2027 · 70% · ✗ wrong" in labels and "Nov–Dec 2026 · 90% · ✓ right" in labels


def test_not_by_resolves_only_the_windows_that_ended(ledger_file):
    pid = proposition(ledger_file)
    resolve_ = run("ledger", "resolve", pid, "--not-by", "2027-01-01", "--db", ledger_file, "-q")
    assert resolve_.exit_code == 0
    ctx = context("--ledger", ledger_file, "--today", "2027-01-05")
    rows = by_post(ctx)
    assert (rows[TEORTAXES]["result"], rows[TEORTAXES]["outcome"]) == ("wrong", 0)
    assert rows[TEORTAXES]["status_note"] == "not happened by 1 Jan 2027"
    assert (rows[MUSK]["status"], rows[MUSK]["result"], rows[MUSK]["outcome"]) == ("open", None, None)
    board = {r["holder"] for r in ctx["scoreboard"]["rows"]}
    assert "teortaxesTex" in board and "elonmusk" not in board
    assert ctx["forecasts"]["ledger"]["resolved"] == sum(1 for p in ctx["forecasts"]["propositions"]
                                                         for r in p["rows"] if r["outcome"] is not None) > 0


def test_an_unresolved_ledger_has_no_scoreboard(ledger_file):
    ctx = context("--ledger", ledger_file, "--today", "2026-12-03")
    assert ctx["scoreboard"] is None
    assert ctx["forecasts"]["ledger"]["forecasts"] == ctx["forecasts"]["count"]
    assert ctx["forecasts"]["ledger"]["resolved"] == 0


def test_an_edited_post_is_found_by_any_of_its_ids(ledger_file, tmp_path):
    """The ledger holds the sample; the report reads a newer export in which
    Teortaxes' post has a new id (an edit) and a reply the ledger lacks."""
    pid = resolved(ledger_file, happened="2026-12-20")
    newer = tmp_path / "newer.v1.jsonl"
    edited_id, reply_id = newer_export(newer)
    out = tmp_path / "r.json"
    write_report(str(newer), out, format="json", generated_at=WHEN, today="2027-01-05", ledger=ledger_file)
    rows = by_post(json.loads(out.read_text()))
    assert edited_id in rows and TEORTAXES not in rows
    assert (rows[edited_id]["ledger_proposition"], rows[edited_id]["result"]) == (pid, "right")
    assert rows[reply_id]["ledger_proposition"] is None and rows[reply_id]["status"] == "open"


def test_hostile_resolution_words_stay_text(ledger_file, tmp_path):
    resolved(ledger_file, happened="2026-12-20", source="javascript:alert(1)",
             note='<script>alert("note")</script><img src=x onerror=alert(2)>')
    out = tmp_path / "r.html"
    write_report(str(SAMPLE), out, generated_at=WHEN, today="2027-01-05", ledger=ledger_file)
    html = out.read_text(encoding="utf-8")
    page = Page(html)
    section = page.ids["scoreboard"]
    assert '<script>alert("note")</script>' in section.text()
    assert section.find("img") is None and len(list(page.find_all("script"))) == 2
    assert not [a for a in section.find_all("a") if "javascript" in a.attrs.get("href", "").lower()]


# ------------------------------------------------------------------ errors and reproducibility

@pytest.mark.parametrize("args, words_", [
    (("--today", "2026-13-01"), "--today: expected a date as YYYY-MM-DD, got '2026-13-01'"),
    (("--today", "05/01/2027"), "--today: expected a date as YYYY-MM-DD"),
    (("--ledger", "{tmp}/absent.sqlite"), "no ledger at"),
    (("--ledger", "{tmp}/notes.sqlite"), "file is not a database"),
    (("--ledger", "{tmp}/other.sqlite"), "a SQLite database of another program"),
])
def test_bad_day_or_ledger_is_one_line_exit_2(tmp_path, args, words_):
    (tmp_path / "notes.sqlite").write_text("just words " * 100)
    with sqlite3.connect(tmp_path / "other.sqlite") as db:
        db.execute("CREATE TABLE t (x)")
    out = tmp_path / "r.html"
    result = run("report", SAMPLE, "-o", out, *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("threadscope: error:")
    assert words_ in result.stderr
    assert not out.exists() and not (tmp_path / "absent.sqlite").exists()


def test_api_arguments(ledger_file, tmp_path):
    with pytest.raises(ValueError, match="a ledger needs today"):
        write_report(str(SAMPLE), tmp_path / "r.html", ledger=ledger_file)
    with pytest.raises(LedgerError, match="today: expected a date"):
        write_report(str(SAMPLE), tmp_path / "r.html", today="soon")
    with pytest.raises(LedgerError, match="no ledger at"):
        write_report(str(SAMPLE), tmp_path / "r.html", today=date(2027, 1, 5), ledger=tmp_path / "none.sqlite")
    # a path, an open ledger and its snapshot are the same ledger
    made = []
    with open_ledger(ledger_file, create=False) as book:
        for i, given in enumerate((ledger_file, book, snapshot(book))):
            out = tmp_path / f"r{i}.json"
            write_report(str(SAMPLE), out, format="json", generated_at=WHEN, today="2027-01-05", ledger=given)
            made.append(out.read_bytes())
    assert made[0] == made[1] == made[2]


def test_same_inputs_and_day_give_the_same_bytes(ledger_file, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    resolved(ledger_file, happened="2026-12-20")
    outputs = []
    for n, workers in enumerate(("1", "2", "1")):
        out = tmp_path / f"r{n}.html"
        result = run("report", SAMPLE, "--ledger", ledger_file, "--today", "2027-01-05", "--workers", workers,
                     "-o", out, "-q")
        assert result.exit_code == 0, result.stderr
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    other = tmp_path / "other.html"
    assert run("report", SAMPLE, "--ledger", ledger_file, "--today", "2027-01-06", "-o", other, "-q").exit_code == 0
    assert other.read_bytes() != outputs[0]                   # the day is in the page


def test_the_default_day_is_the_reports_reproducible_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")       # 2027-01-15T08:00:00Z
    ctx = context()
    assert ctx["forecasts"]["today"] == "2027-01-15" == ctx["generator"]["generated_at"][:10]
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert context()["forecasts"]["today"] == datetime.now(timezone.utc).date().isoformat()
