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
