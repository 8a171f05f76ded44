"""The command line: output shapes, files, exit codes."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

import threadscope
from threadscope.cli import main
from threadscope.tables import POST_COLUMNS, SUMMARY_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"
MAIN = "2067422093443612672"


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output + result.stderr
    return result


def test_stats_formats():
    corpus = threadscope.load([SAMPLE])
    table = run("stats", SAMPLE)
    assert table.exit_code == 0
    assert "27 posts + 3 retweets in 4 conversations" in table.stderr
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["conversation_id", "root_author", "posts"]
    assert [line.split()[0] for line in lines[1:]] == [t.id for t in corpus.threads]
    rows = list(csv.DictReader(io.StringIO(run("stats", SAMPLE, "--format", "csv", "-q").stdout)))
    assert list(rows[0]) == SUMMARY_COLUMNS
    assert rows[0]["conversation_id"] == MAIN and rows[0]["posts"] == "20" and rows[0]["missing"] == "1"
    jl = [json.loads(x) for x in run("stats", SAMPLE, "--format", "jsonl", "-q").stdout.splitlines()]
    assert jl[0]["depth"] == 6 and jl[0]["first"] == "2026-06-18T01:40:12Z"


def test_validate_clean_input_exits_zero():
    result = run("validate", SAMPLE)
    assert result.exit_code == 0
    assert result.stdout.startswith("ok ")
    assert "0 problem(s)" in result.stderr


def test_graph_to_file(tmp_path):
    out = tmp_path / "t.graphml"
    result = run("graph", SAMPLE, "--format", "graphml", "--conversation", MAIN, "-o", out, "-q")
    assert result.exit_code == 0 and result.stdout == ""
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == 23 and g.nodes[MAIN]["author"] == "teortaxesTex"
    result = run("graph", SAMPLE, "--participants", "--format", "json", "-q")
    data = json.loads(result.stdout)
    assert {"source": "jietang", "target": "elonmusk"}.items() <= next(
        e for e in data["edges"] if e["source"] == "jietang").items()
    assert run("graph", SAMPLE, "--conversation", "123", "-q").exit_code == 2


def test_posts_and_participants():
    rows = [json.loads(x) for x in run("posts", SAMPLE, "--format", "jsonl", "-q").stdout.splitlines()]
    assert len(rows) == 30 and set(rows[0]) == set(POST_COLUMNS) | {"depth", "subtree_size", "replies",
                                                                     "seconds_since_parent"}
    assert all(isinstance(r["id"], str) for r in rows)
    table = run("posts", SAMPLE, "--conversation", MAIN, "-q").stdout.splitlines()
    assert len(table) == 21 and "Probably Q1" in "\n".join(table)
    people = list(csv.DictReader(io.StringIO(run("participants", SAMPLE, "--format", "csv", "-q").stdout)))
    assert {r["user"] for r in people if r["conversation_id"] == MAIN} >= {"elonmusk", "jietang", "teortaxesTex"}


def test_python_dash_m_and_version():
    out = subprocess.run([sys.executable, "-m", "threadscope", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and threadscope.__version__ in out.stdout
    out = subprocess.run([sys.executable, "-m", "threadscope", "stats"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2 and "Traceback" not in out.stderr


# ------------------------------------------------------------------ --conversation, --since, --until, --author

READING = ["stats", "graph", "posts", "participants", "predictions", "claims", "stance", "report"]
ELON_POSTS = ["2067445385571344384", "2067457859544686592"]


def small_export(tmp_path) -> Path:
    """Two conversations as one twarc2 page: 100 (Ann_A 23:30 on 1 March, bob
    just after midnight, an account 999 the page names no handle for) and 200
    (cat, then Ann_A, on 5 March)."""
    users = [{"id": "11", "username": "Ann_A", "name": "Ann"}, {"id": "22", "username": "bob", "name": "Bob"},
             {"id": "33", "username": "cat", "name": "Cat"}]

    def tweet(i, author, when, text, conv, parent=None, parent_user=None):
        t = {"id": i, "author_id": author, "created_at": f"2026-03-{when}.000Z", "text": text,
             "conversation_id": conv, "lang": "en"}
        if parent:
            t.update(referenced_tweets=[{"type": "replied_to", "id": parent}], in_reply_to_user_id=parent_user)
        return t

    data = [tweet("100", "11", "01T23:30:00", "GPT-6 ships by Q3 2026, I'd say 80%.", "100"),
            tweet("101", "22", "02T00:10:00", "@Ann_A No way before 2027.", "100", "100", "11"),
            tweet("102", "999", "02T12:00:00", "@bob Why not?", "100", "101", "22"),
            tweet("200", "33", "05T10:00:00", "The new chip is out.", "200"),
            tweet("201", "11", "05T11:00:00", "@cat Agreed, impressive.", "200", "200", "33")]
    path = tmp_path / "small.jsonl"
    path.write_text(json.dumps({"data": data, "includes": {"users": users}}) + "\n", encoding="utf-8")
    return path


def ids(result, key="id"):
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)[key] for line in result.stdout.splitlines()]


def test_every_reading_command_has_the_selection_options():
    for name in READING:
        params = {p.name for p in main.commands[name].params}
        assert {"conversation_id", "since", "until", "authors"} <= params, name
        assert "selection" not in params
    assert "since" not in {p.name for p in main.commands["validate"].params}


def test_posts_by_time_and_author(tmp_path):
    data = small_export(tmp_path)

    def posts(*args):
        return ids(run("posts", data, "--format", "jsonl", "-q", *args))

    assert posts() == ["100", "101", "102", "200", "201"]
    assert posts("--since", "2026-03-02") == ["101", "102", "200", "201"]
    assert posts("--until", "2026-03-01") == ["100"]                         # a bare date: the whole day
    assert posts("--until", "2026-03-01T23:29:59") == []
    assert posts("--since", "2026-03-01T23:30", "--until", "2026-03-02T00:10") == ["100", "101"]   # inclusive
    assert posts("--since", "2026-03-02T01:10+01:00") == ["101", "102", "200", "201"]   # 00:10 UTC
    assert posts("--since", "2026-03-02T01:10") == ["102", "200", "201"]               # no zone: UTC
    assert posts("--author", "ANN_A") == ["100", "201"]
    assert posts("--author", "@bob", "--author", "cat") == ["101", "200"]
    assert posts("--author", "bob,cat") == ["101", "200"]
    assert posts("--author", "id:999") == ["102"] and posts("--author", "id:11") == ["100", "201"]
    assert posts("--author", "ann_a", "--since", "2026-03-03") == ["201"]
    assert posts("--conversation", "200", "--author", "ann_a") == ["201"]
    assert posts("--author", "nobody") == []
    assert run("posts", data, "--author", "nobody", "-q").stdout == "(no rows)\n"


def test_conversation_outputs_keep_whole_conversations(tmp_path):
    data = small_export(tmp_path)

    def stats(*args):
        return ids(run("stats", data, "--format", "jsonl", "-q", *args), "conversation_id")

    assert stats() == ["100", "200"]
    assert stats("--until", "2026-03-01") == ["100"]
    assert stats("--author", "cat") == ["200"] and stats("--author", "id:999") == ["100"]
    assert stats("--since", "2026-03-06") == []
    assert stats("--conversation", "200") == ["200"] and stats("--conversation", "200", "--author", "bob") == []
    rows = [json.loads(x) for x in run("stats", data, "--author", "cat", "--format", "jsonl", "-q").stdout.splitlines()]
    assert rows[0]["posts"] == 2 and rows[0]["participants"] == 2             # whole, not only cat's post
    people = run("participants", data, "--since", "2026-03-02T12:00", "--until", "2026-03-02T12:00",
                 "--format", "jsonl", "-q")
    assert {(r["conversation_id"], r["user"]) for r in map(json.loads, people.stdout.splitlines())} == {
        ("100", "Ann_A"), ("100", "bob"), ("100", "id:999")}
    g = json.loads(run("graph", data, "--format", "json", "--author", "cat", "-q").stdout)
    assert sorted(n["id"] for n in g["nodes"]) == ["200", "201"]
    g = json.loads(run("graph", data, "--format", "json", "--participants", "--author", "cat", "-q").stdout)
    assert sorted(n["id"] for n in g["nodes"]) == ["Ann_A", "cat"]


def test_conversation_option_on_stats_predictions_claims():
    rows = ids(run("stats", SAMPLE, "--conversation", MAIN, "--format", "jsonl", "-q"), "conversation_id")
    assert rows == [MAIN]
    assert run("stats", SAMPLE, "--conversation", "123", "-q").exit_code == 2
    forecasts = ids(run("predictions", SAMPLE, "--conversation", "2067454214568751104", "--format", "jsonl", "-q"),
                    "event")
    assert forecasts == ["China's large models reach Fable-level"]           # analysed with the thread it quotes
    assert len(ids(run("predictions", SAMPLE, "--conversation", MAIN, "--format", "jsonl", "-q"), "post_id")) == 7
    assert run("predictions", SAMPLE, "--conversation", "123", "-q").exit_code == 2
    claims = ids(run("claims", SAMPLE, "--conversation", "2066490935046336512", "--format", "jsonl", "-q"), "author")
    assert len(claims) == 12 and set(claims) == {"Zai_org", "paulo_tokens"}
    assert ids(run("claims", SAMPLE, "--conversation", MAIN, "--format", "jsonl", "-q"), "author") == [
        "teortaxesTex", "teortaxesTex", "hk_quant_lee", "hk_quant_lee"]


def test_row_tables_by_author_and_time():
    elon = run("predictions", SAMPLE, "--author", "@ElonMusk", "-q")
    assert elon.exit_code == 0
    assert "'Probably Q1'" in elon.stdout and "Elon says probably Q1 2027" in elon.stdout     # his, and held by him
    assert "teortaxesTex" not in elon.stdout and elon.stdout.startswith("P1  ")        # same proposition ids
    held = ids(run("predictions", SAMPLE, "--author", "paulo_tokens", "--format", "jsonl", "-q"), "holder")
    assert held == ["elonmusk"]
    late = ids(run("predictions", SAMPLE, "--since", "2026-06-18T04:00", "--format", "jsonl", "-q"), "post_id")
    assert late == ["2067459974799347712", "2067460819993616384", "2067465796463960064"]
    assert run("predictions", SAMPLE, "--since", "2027-01-01", "-q").stdout == "(no forecasts)\n"
    claims = ids(run("claims", SAMPLE, "--until", "2026-06-17", "--format", "jsonl", "-q"), "post_id")
    assert len(claims) == 12 and set(claims) == {"2066490935046336512", "2066497618086817792"}
    assert ids(run("claims", SAMPLE, "--author", "HK_QUANT_LEE", "--format", "jsonl", "-q"), "author") == [
        "hk_quant_lee", "hk_quant_lee"]
    stance = ids(run("stance", SAMPLE, "--author", "elonmusk", "--format", "jsonl", "-q"), "post_id")
    assert stance == ELON_POSTS
    stance = ids(run("stance", SAMPLE, "--conversation", MAIN, "--until", "2026-06-18T02:20", "--format", "jsonl",
                     "-q"), "post_id")
    assert stance == [MAIN, "2067428472581525504", "2067430857815191552", "2067431521366687744"]
    posts = ids(run("posts", SAMPLE, "--author", "id:46820119", "--format", "jsonl", "-q"))
    assert posts == ELON_POSTS


def test_selection_errors_are_one_line_usage_errors(tmp_path):
    missing = tmp_path / "nowhere.jsonl"              # the selection is checked before any input is read
    for args, words in [(["--since", "2026-13-01"], "--since"), (["--until", "18/06/2026"], "--until"),
                        (["--since", "2026-06-19", "--until", "2026-06-18"], "is after --until"),
                        (["--author", ""], "--author"), (["--author", "two words"], "--author")]:
        for command in ("stats", "predictions", "report"):
            result = run(command, missing, *args)
            assert result.exit_code == 2, (command, args)
            assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
            assert result.stderr.startswith("threadscope: error: ") and words in result.stderr
            assert "no such file" not in result.stderr
    assert run("stats", SAMPLE, "--since", "2026-06-18", "--until", "2026-06-18", "-q").exit_code == 0


def test_stats_root_text_whole_in_data_cut_in_table():
    root = " ".join(threadscope.load([SAMPLE]).thread(MAIN).root.body.split())
    assert len(root) > 100
    rows = list(csv.DictReader(io.StringIO(run("stats", SAMPLE, "--format", "csv", "-q").stdout)))
    assert rows[0]["root_text"] == root
    assert json.loads(run("stats", SAMPLE, "--format", "jsonl", "-q").stdout.splitlines()[0])["root_text"] == root
    table = run("stats", SAMPLE, "-q").stdout.splitlines()[1]
    assert root not in table and table.rstrip().endswith("…") and root[:39] in table


# ------------------------------------------------------------------ report: one file or a directory

def test_report_output_is_a_directory_only_when_it_says_so(tmp_path):
    plain = tmp_path / "site2"                        # no slash, no suffix: one file
    result = run("report", SAMPLE, "-o", plain)
    assert result.exit_code == 0 and plain.is_file() and plain.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert f"wrote 1 file(s): {plain}" in result.stderr
    odd = tmp_path / "report.v2.data"
    assert run("report", SAMPLE, "-o", odd, "-q").exit_code == 0 and odd.is_file()
    slash = f"{tmp_path / 'site3'}/"
    result = run("report", SAMPLE, "-o", slash)
    assert result.exit_code == 0 and (tmp_path / "site3" / "index.html").is_file()
    assert len(list((tmp_path / "site3").glob("conversation-*.html"))) == 4
    assert f"wrote 5 file(s) in the directory {slash}: index.html and 4 page(s)" in result.stderr
    existing = tmp_path / "existing"
    existing.mkdir()
    result = run("report", SAMPLE, "-o", existing, "--format", "json")
    assert result.exit_code == 0 and (existing / "index.json").is_file() and "directory" in result.stderr


def test_write_report_rule_in_the_library(tmp_path):
    from threadscope.report.writer import _one_file
    (tmp_path / "d").mkdir()
    assert _one_file("-") and _one_file(None) and _one_file("site") and _one_file("r.html") and _one_file(tmp_path / "x")
    assert not _one_file("site/") and not _one_file(tmp_path / "d") and not _one_file(f"{tmp_path}/new/")
    written = threadscope.write_report(str(SAMPLE), tmp_path / "noext")
    assert written == [str(tmp_path / "noext")] and (tmp_path / "noext").is_file()


def test_report_keeps_the_conversations_selected(tmp_path):
    site = tmp_path / "site"
    result = run("report", SAMPLE, "--author", "jietang", "-o", f"{site}/", "-q")
    assert result.exit_code == 0
    assert sorted(p.name for p in site.iterdir()) == [
        "conversation-2067422093443612672.html", "conversation-2067495046059446272.html", "index.html"]
    quote = run("report", SAMPLE, "--conversation", "2067454214568751104", "--format", "json", "-q")
    assert json.loads(quote.stdout)["schema"] == "threadscope.report/1"
    assert "China's large models reach Fable-level" in quote.stdout        # analysed with the thread it quotes
    out = tmp_path / "none.html"
    result = run("report", SAMPLE, "--since", "2030-01-01", "-o", out, "-q")
    assert result.exit_code == 2 and not out.exists() and "matches the selection" in result.stderr


def test_report_of_an_input_without_conversations_is_still_written(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "r.html"
    result = run("report", empty, "-o", out, "-q")
    assert result.exit_code == 1 and out.is_file()                 # its problem is reported, not refused
    assert run("report", empty, "--author", "x", "-o", tmp_path / "s.html", "-q").exit_code == 1
