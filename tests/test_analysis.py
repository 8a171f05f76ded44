"""The one per-conversation entry point (analyze) and its workers: tables
computed on demand, and the same bytes from one process or several."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import threadscope
from threadscope import analysis, forking
from threadscope.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"
DEBATES = sorted((ROOT / "tests" / "data" / "stance_debate").glob("*.twarc2.jsonl"))
fork_only = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers need fork (not on Windows)")


@pytest.fixture
def corpus():
    return threadscope.load([SAMPLE, *DEBATES])


@pytest.fixture
def parallel_even_when_small(monkeypatch):
    monkeypatch.setattr(forking, "MIN_POSTS", 0)


def test_tables_are_computed_when_read(corpus, monkeypatch):
    calls = []
    real = analysis.stance_table
    monkeypatch.setattr(analysis, "stance_table", lambda *a, **k: calls.append(1) or real(*a, **k))
    a = threadscope.analyze(corpus.threads[0])
    assert list(a.claims.columns)[:2] == ["post_id", "author"] and calls == []   # claims never run the stance model
    first = a.stance
    assert a.stance is first and calls == [1]                    # computed once, then kept
    assert len(first) == len(corpus.threads[0].by_id)


def test_analyze_all_hands_each_thread_its_records(corpus):
    analyses = threadscope.analyze_all(corpus.threads)
    alone = threadscope.analyze(corpus.threads[0])
    assert [a.thread.id for a in analyses] == [t.id for t in corpus.threads]
    records = [r for a in analyses for r in a.forecast_records]
    assert records and all(r.post_id in a.thread.by_id for a in analyses for r in a.forecast_records)
    # the seed's main thread reads the same on its own (its forecasts do not depend on the others)
    assert [r.as_dict() for r in alone.forecast_records] == [r.as_dict() for r in analyses[0].forecast_records]


@fork_only
def test_workers_give_the_same_tables(corpus, parallel_even_when_small):
    one = threadscope.analyze_all(corpus.threads, workers=1)
    two = threadscope.analyze_all(corpus.threads, workers=2)
    assert all("stance" in a.__dict__ for a in two)              # really computed by the workers
    assert not any("stance" in a.__dict__ for a in one)
    for a, b in zip(one, two):
        for name in ("forecasts", "claims", "stance", "agreement", "participant_stance"):
            pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
        assert sorted(a.agreement_graph.edges(data=True)) == sorted(b.agreement_graph.edges(data=True))


@fork_only
@pytest.mark.parametrize("command", [["stance", "--format", "csv"], ["claims", "--format", "jsonl"],
                                     ["predictions", "--format", "csv"],
                                     ["report", "--format", "json"], ["report", "-o", "{tmp}/site/"]])
def test_cli_output_is_the_same_for_any_number_of_workers(command, tmp_path, parallel_even_when_small,
                                                           monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    outputs = []
    for n in (1, 2, 3):
        args = [c.replace("{tmp}", str(tmp_path / str(n))) for c in command]
        result = CliRunner().invoke(main, [*args, "-q", "--workers", str(n), str(SAMPLE), *map(str, DEBATES)])
        assert result.exit_code == 0, result.output
        site = tmp_path / str(n) / "site"
        files = {p.name: p.read_bytes() for p in sorted(site.iterdir())} if site.is_dir() else {}
        outputs.append((result.stdout_bytes, files))
    assert outputs[0][0] or outputs[0][1]
    assert outputs[0] == outputs[1] == outputs[2]


@fork_only
def test_forecasts_scanned_ahead_by_workers_are_the_same(monkeypatch, parallel_even_when_small):
    """The labelled forecast threads, cut into pieces of 3 posts for the
    workers: the same records as one process, and the walk really found the
    workers' scans (it scanned far fewer sentences itself)."""
    from threadscope.forecasts import extract_forecasts, futurity, hedges, prescan, timeexpr

    corpus = threadscope.load(sorted((ROOT / "tests" / "data" / "forecasts").glob("*.twarc2.jsonl")))
    monkeypatch.setattr(prescan, "PIECE", 3)
    scanned = []
    monkeypatch.setattr(timeexpr._windows, "fn", lambda *a: scanned.append(a) or timeexpr._scan_windows(*a))

    def run(workers):
        scanned.clear()
        timeexpr._scan_windows.cache_clear()
        hedges._scan_candidates.cache_clear()
        return extract_forecasts(corpus.threads, workers=workers), len(scanned)

    (one, serial_scans), (two, parent_scans) = run(1), run(2)
    assert one and one == two
    assert parent_scans < serial_scans / 2
    assert timeexpr._windows.known == hedges._candidates.known == futurity.gates.known == {}   # nothing left behind


def test_workers_must_be_positive():
    result = CliRunner().invoke(main, ["stance", "--workers", "0", str(SAMPLE)])
    assert result.exit_code == 2 and "--workers" in result.output


def _has_dask() -> bool:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        return False
    return True


needs_dask = pytest.mark.skipif(not _has_dask(), reason="Dask is not installed (pip install 'threadscope[dask]')")


@needs_dask
def test_dask_local_cluster_gives_the_same_outputs(tmp_path, monkeypatch):
    """One local cluster for both commands (starting one costs seconds)."""
    from threadscope.cluster import dask_executor

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")
    paths = [SAMPLE, *DEBATES]
    corpus = threadscope.load(paths)
    with dask_executor("local", 2) as executor:
        on_dask = threadscope.analyze_all(corpus.threads, executor=executor)
        stance = analysis.stance_of(corpus.threads, executor=executor)
    assert all("stance" in a.__dict__ for a in on_dask)        # filled by the cluster, not lazily here
    local = threadscope.analyze_all(corpus.threads)
    for a, b in zip(local, on_dask):
        for name in ("claims", "stance", "agreement", "participant_stance"):
            pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    pd.testing.assert_frame_equal(stance, analysis.stance_of(corpus.threads))
    threadscope.write_report(local, tmp_path / "local.html", corpus=corpus)
    threadscope.write_report(on_dask, tmp_path / "dask.html", corpus=corpus)
    assert (tmp_path / "local.html").read_bytes() == (tmp_path / "dask.html").read_bytes()


@needs_dask
def test_dask_scheduler_out_of_reach_is_one_line(monkeypatch):
    from threadscope import cluster

    real = cluster.dask_executor
    monkeypatch.setattr(cluster, "dask_executor", lambda address, workers: real(address, workers, timeout=1))
    result = CliRunner().invoke(main, ["stance", "-q", "--dask", "tcp://127.0.0.1:9", str(SAMPLE)])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


@fork_only
def test_progress_hears_of_every_conversation(corpus, tmp_path, parallel_even_when_small):
    heard: dict[str, int] = {}

    def progress(step, posts):
        heard[step] = heard.get(step, 0) + posts

    analyses = threadscope.analyze_all(corpus.threads, workers=2, progress=progress)
    threadscope.write_report(analyses, f"{tmp_path}/site/", corpus=corpus, progress=progress)
    posts = sum(len(t) for t in corpus.threads)
    assert heard == {"forecasts": posts, "analysis": posts, "pages": posts}
