"""Files other tools read: GraphML and GEXF for Gephi, node-link JSON, CSV
and JSON lines, all written atomically."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import threadscope
from threadscope.export import atomic_output, participant_graph, reply_graph, write_graph, write_table

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "fable_thread.twarc2.jsonl"
MAIN = "2067422093443612672"


@pytest.fixture(scope="module")
def corpus():
    return threadscope.load([SAMPLE])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_formats_round_trip_with_string_ids(corpus, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    g = reply_graph(corpus, MAIN)
    write_graph(g, fmt, out)
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert set(back.nodes) == set(corpus.thread(MAIN).graph.nodes)
    assert all(isinstance(n, str) for n in back.nodes)
    assert {(s, t) for s, t in back.edges} == set(corpus.thread(MAIN).graph.edges)
    text = out.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    names = {el.get("attr.name") or el.get("title") for el in root.iter() if el.tag.endswith(("key", "attribute"))}
    assert "type" not in names
    assert {"kind", "author", "role", "depth", "text"} <= names
    if fmt == "graphml":
        ids = [el.get("id") for el in root.iter() if el.tag.endswith("key")]
        assert len(ids) == len(set(ids))
        assert back.nodes[MAIN]["author"] == "teortaxesTex"
        assert back.nodes[MAIN]["depth"] == 0
    else:
        assert back.nodes[MAIN]["label"] == "@teortaxesTex"
    missing = [n for n, d in back.nodes(data=True) if d.get("role") == "missing"]
    assert missing == corpus.thread(MAIN).missing


def test_node_link_json_and_csv_edges(corpus, tmp_path):
    write_graph(reply_graph(corpus), "json", tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == set(corpus.graph.nodes)
    assert all(isinstance(n["id"], str) for n in data["nodes"])
    write_graph(reply_graph(corpus), "csv", tmp_path / "e.csv")
    edges = pd.read_csv(tmp_path / "e.csv", dtype=str)
    assert set(zip(edges.source, edges.target)) == set(corpus.graph.edges)
    assert set(edges.kind) == {"reply", "quote", "gap"}


def test_participant_graph_export(corpus, tmp_path):
    write_graph(participant_graph(corpus), "gexf", tmp_path / "p.gexf")
    back = nx.read_gexf(tmp_path / "p.gexf")
    assert back["jietang"]["elonmusk"]["replies"] == 1
    assert back["elonmusk"]["jietang"]["replies"] == 1


def test_tables_keep_ids_exact(corpus, tmp_path):
    posts = corpus.posts
    write_table(posts, "csv", tmp_path / "p.csv")
    back = pd.read_csv(tmp_path / "p.csv", dtype=str, keep_default_na=False)
    assert list(back.columns) == list(posts.columns)
    assert set(back.id) == set(corpus.by_id)
    assert set(back.reply_to_id) - {""} <= set(corpus.by_id) | set(corpus.threads[0].missing)
    write_table(posts, "jsonl", tmp_path / "p.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in rows} == set(corpus.by_id)
    root = next(r for r in rows if r["id"] == MAIN)
    assert root["created_at"] == "2026-06-18T01:40:12Z" and root["depth"] == 0 and root["reply_to_id"] is None
    assert isinstance(root["mentions"], list)


def test_atomic_output_leaves_the_old_file_on_failure(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as f:
            f.write("half")
            raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]
    with atomic_output(target) as f:
        f.write("new")
    assert target.read_text(encoding="utf-8") == "new"
