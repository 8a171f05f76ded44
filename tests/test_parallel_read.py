"""A JSON-lines file read by several processes gives the corpus a serial
read gives: the same posts, users, problems (in the same order, with the
same file:line) and the same provenance, on messy files and on every real
JSON-lines export of the shared corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from threadscope import forking
from threadscope.corpus import load
from threadscope.readers import parallel
from test_analysis import needs_dask

REAL = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"

pytestmark = pytest.mark.skipif(not forking.can_fork(), reason="parallel reading needs fork (not on Windows)")


def snapshot(corpus) -> dict:
    return {
        "posts": [(k, p) for k, p in corpus.by_id.items()],
        "users": sorted(map(repr, corpus.users.values())) if hasattr(corpus, "users") else None,
        "problems": [str(p) for p in corpus.problems],
        "skipped": [(s.source, s.reason) for s in corpus.skipped],
        "sources": [repr(s) for s in corpus.sources],
        "threads": [(t.id, sorted(t.by_id)) for t in corpus.threads],
    }


def page(i: int, n: int = 3) -> dict:
    tweets = [{"id": str(10_000 + i * n + k), "text": f"reply {i}.{k} @u{k}", "author_id": str(k),
               "conversation_id": "1000", "created_at": f"2026-06-18T10:{(i + k) % 60:02d}:00.000Z",
               "referenced_tweets": [{"type": "replied_to", "id": "1000"}]} for k in range(n)]
    return {"data": tweets, "includes": {"users": [{"id": str(k), "username": f"u{k}", "name": f"U {k}"}
                                                   for k in range(n)]}}


def messy_lines(count: int = 400) -> bytes:
    """Good pages among blank lines, truncated and invalid JSON, a NUL byte,
    bad UTF-8, a number where a record belongs, an id as a big number (a
    warning inside a good record) and one duplicate post with another text
    (whose problem, raised by the corpus, must come after the reader's
    warning of the record before it, as in a serial read)."""
    out = [json.dumps({"data": [{"id": "1000", "text": "When?", "author_id": "9", "conversation_id": "1000",
                                 "created_at": "2026-06-18T09:00:00.000Z"}]}).encode()]
    for i in range(count):
        r = i % 11
        if r == 3:
            out.append(b"")
        elif r == 5:
            out.append(json.dumps(page(i))[:-7].encode())
        elif r == 7:
            out.append(b'{"data": [{"id": "5", "te\x00xt": "x"}]}')
        elif r == 8:
            out.append(b'{"data": [{"id": "6", "text": "caf\xe9"}]}')
        elif r == 9:
            out.append(b"42")
        elif r == 10:
            rec = page(i)
            rec["data"][0]["id"] = 2**60 + i
            out.append(json.dumps(rec).encode())
        else:
            out.append(json.dumps(page(i)).encode())
    dup = page(1)
    dup["data"][1]["text"] = "a different text altogether"
    dup["data"][0]["id"] = 2**61        # a reader's warning just before the corpus's own problem
    out.append(json.dumps(dup).encode())
    return b"\n".join(out) + b"\n"


@pytest.fixture
def split_small(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    calls = []
    real = parallel.read_split

    def counting(*args):
        calls.append(args[0])
        return (yield from real(*args))

    monkeypatch.setattr(parallel, "read_split", counting)
    return calls


@pytest.mark.parametrize("workers", [2, 3])
def test_a_messy_file_reads_the_same_split(tmp_path, split_small, workers):
    path = tmp_path / "messy.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + messy_lines())
    serial = snapshot(load(path, workers=1))
    assert not split_small, "one worker must read serially"
    split = snapshot(load(path, workers=workers))
    assert split_small, "the file was not split"
    good_pages = sum(1 for i in range(400) if i % 11 in (0, 1, 2, 4, 6, 10))
    assert len(serial["posts"]) == 1 + 3 * good_pages + 1 and len(serial["problems"]) > 100
    assert split == serial


def test_a_file_in_a_directory_walk_with_no_posts_is_still_skipped(tmp_path, split_small):
    (tmp_path / "ids.jsonl").write_bytes(b"\n".join(b"%d" % i for i in range(2000)) + b"\n")
    (tmp_path / "posts.jsonl").write_bytes(messy_lines(60))
    serial, split = snapshot(load(tmp_path, workers=1)), snapshot(load(tmp_path, workers=2))
    assert any("ids.jsonl" in s for s, _ in serial["skipped"])
    assert split == serial


def test_the_runs_cover_the_file_at_line_ends(tmp_path):
    path = tmp_path / "lines.jsonl"
    lines = [b'{"n": %d}' % i + b" " * (i % 37) for i in range(5000)]
    path.write_bytes(b"\n".join(lines) + b"\n")
    start = len(lines[0]) + 1
    runs = parallel.runs(path, start, 2, 7)
    data = path.read_bytes()
    assert runs[0].start == start and runs[-1].end == len(data)
    assert all(a.end == b.start for a, b in zip(runs, runs[1:]))
    for r in runs:
        assert data[r.start - 1:r.start] == b"\n"
        assert r.line == data[:r.start].count(b"\n") + 1


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/corpus/real is not here")
def test_every_real_jsonl_export_reads_the_same_split(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    files = sorted(p for p in REAL.rglob("*") if p.suffix in (".jsonl", ".ndjson") and p.stat().st_size > 2000)
    assert len(files) >= 5
    for f in files:
        assert snapshot(load(f, workers=2)) == snapshot(load(f, workers=1)), f.name


@needs_dask
def test_a_local_dask_cluster_reads_the_same(tmp_path, split_small, monkeypatch):
    from threadscope.cluster import dask_executor
    path = tmp_path / "messy.jsonl"
    path.write_bytes(messy_lines())
    serial = snapshot(load(path, workers=1))
    forked = []
    import threadscope.forking as fk
    monkeypatch.setattr(fk, "forked_map", lambda *a, **k: forked.append(1) or iter(()))
    with dask_executor("local", 2) as executor:
        on_dask = snapshot(load(path, workers=2, executor=executor))
    assert split_small and not forked, "the runs must be read by the cluster, not by forked workers"
    assert on_dask == serial
