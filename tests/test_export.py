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


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_read_table_keeps_every_id_where_plain_pandas_does_not(corpus, tmp_path, fmt):
    """Plain pandas changes ids of the posts table (floats keep 16 digits);
    read_table gives back exactly what was written, with its types."""
    table = corpus.posts
    out = tmp_path / f"posts.{fmt}"
    write_table(table, fmt, out)
    back = threadscope.read_table(out)
    assert list(back.columns) == list(table.columns) and len(back) == len(table)
    for c in ("id", "reply_to_id", "conversation_id", "author_id", "quoted_id"):
        assert back[c].tolist() == [None if pd.isna(v) else v for v in table[c]], c
        assert all(isinstance(v, str) for v in back[c].dropna())
    assert str(back["created_at"].dtype).startswith("datetime64") and back["created_at"].dt.tz is not None
    assert (back["created_at"] == table["created_at"]).all()
    assert back["like_count"].dtype == "Int64" and back["like_count"].tolist() == table["like_count"].tolist()
    assert back["mentions"].tolist() == [list(m) for m in table["mentions"]]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_plain_pandas_changes_real_ids_and_read_table_does_not(tmp_path, fmt):
    ids = ["1404053471569924099", "1404053471569924101", "1404053471569924103"]
    table = pd.DataFrame({"id": ids, "reply_to_id": [None, ids[0], ids[1]]}, dtype=object)
    out = tmp_path / f"t.{fmt}"
    write_table(table, fmt, out)
    plain = pd.read_csv(out) if fmt == "csv" else pd.read_json(out, lines=True)
    assert [str(int(v)) for v in plain["reply_to_id"].dropna()] != ids[:2]
    back = threadscope.read_table(out)
    assert back["id"].tolist() == ids and back["reply_to_id"].tolist() == [None, *ids[:2]]


def test_read_table_reads_forecast_and_stance_exports(tmp_path):
    from threadscope.analysis import forecasts_of, stance_of
    c = threadscope.load([SAMPLE])
    for name, table in (("forecasts", forecasts_of(c.threads)), ("stance", stance_of(c.threads))):
        write_table(table, "csv", tmp_path / f"{name}.csv")
        back = threadscope.read_table(tmp_path / f"{name}.csv")
        for col in [c for c in table.columns if c.endswith("_id") or c == "relative_to"]:
            assert back[col].tolist() == [None if pd.isna(v) else v for v in table[col]], (name, col)
    back = threadscope.read_table(tmp_path / "forecasts.csv")
    assert back["confidence"].dtype == "Float64" and back["window_start"].dtype == object
