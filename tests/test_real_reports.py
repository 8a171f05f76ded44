"""Every real export and every RumourEval thread in ``../shared`` makes a
report, through the API and the command line, and every count agrees.

The counts have one definition each (``Corpus.counts``,
``Thread.participant_keys``); this checks that the command line's summary,
the report's header and figures, its Participants table, the stats table
and the per-conversation pages all print that one number, on inputs of
every shape the corpus holds (conversations with no English post, archives
whose retweets have no original, branches under deleted posts, withheld
posts, edits). Skipped with the path when ``../shared`` is absent.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import threadscope
from threadscope.cli import main
from threadscope.report import environment, render
from threadscope.tables import summaries_frame

from conftest import RUMOUREVAL, real_files

SPLITS = ("train", "dev", "test")


def _check_page(ctx: dict, corpus, threads) -> None:
    """One page's header and tables against the library's counts."""
    overview = ctx["overview"]
    posts = sum(len(t.by_id) for t in threads)
    people = {k for t in threads for k in t.participant_keys}
    assert overview["posts"] == posts
    assert overview["participants"] == len(people) == len(ctx["participants"]["rows"])
    assert {r["user"] for r in ctx["participants"]["rows"]} == people
    assert overview["missing"] == sum(len(t.missing) for t in threads)
    assert len(ctx["conversations"]) == len(threads)
    for conv, t in zip(ctx["conversations"], threads):
        assert conv["id"] == t.id
        assert conv["posts"] == len(t.by_id) == t.summary["posts"]
        assert conv["participants"] == t.summary["participants"] == len(t.participants)
    label = f"{posts:,} post" + ("" if posts == 1 else "s")
    assert ctx["dek"].split(" · ")[1].startswith(label)


def _check_corpus(corpus) -> None:
    counts = corpus.counts
    threads = corpus.threads
    assert counts.posts == sum(len(t.by_id) for t in threads)
    assert counts.retweets == sum(len(t.retweets) for t in threads) + len(corpus.unplaced_retweets)
    assert counts.posts + counts.retweets == len(corpus.by_id)
    assert counts.conversations == len(threads)
    stats = summaries_frame(threads)
    assert stats["posts"].sum() == counts.posts
    assert [int(n) for n in stats["participants"]] == [len(t.participants) for t in threads]
    assert len(corpus.participants) == sum(len(t.participant_keys) for t in threads)


CLI_REPORT_MAX_POSTS = 400     # the command line's report runs the same code; bigger inputs run it once, via the API


@pytest.mark.parametrize("rel", real_files(include_users=True) or ["<corpus absent>"])
def test_every_real_export_reports(rel, real_dir, tmp_path):
    path = real_dir / rel
    if not path.is_file():
        pytest.skip(f"../shared corpus not present: {path} does not exist")
    corpus = threadscope.load([path])
    _check_corpus(corpus)
    analyses = threadscope.analyze_all(corpus.threads)
    for a in analyses:
        assert len(a.stance) == len(a.thread.by_id)
        assert set(a.participant_stance["author"]) <= set(a.thread.participant_keys)
    for t in corpus.threads[:3]:
        assert len(threadscope.analyze(t).stance) == len(t.by_id)
    out = tmp_path / "report.json"
    threadscope.write_report(analyses, out, corpus=corpus, format="json")
    ctx = json.loads(out.read_text(encoding="utf-8"))
    _check_page(ctx, corpus, corpus.threads)
    assert ctx["overview"]["retweets"] == corpus.counts.retweets
    assert ctx["overview"]["problems"]["total"] == len(corpus.problems)
    html = render(environment(), "report.html", ctx)
    assert html.startswith("<!DOCTYPE html>") and "Traceback" not in html

    expected_exit = 1 if corpus.problems else 0
    result = CliRunner().invoke(main, ["validate", str(path)])
    assert result.exit_code == expected_exit, result.output
    assert f"{corpus.counts};" in result.stderr
    if corpus.counts.posts <= CLI_REPORT_MAX_POSTS:
        result = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "report.html")])
        assert result.exit_code == expected_exit, result.output
        assert f"read 1 file(s): {corpus.counts}" in result.stderr
        html = (tmp_path / "report.html").read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and "Traceback" not in html


@pytest.mark.parametrize("folder", ["bluesky", "mastodon"])
def test_folders_of_unread_formats_fail_loudly(folder, real_dir, tmp_path):
    result = CliRunner().invoke(main, ["report", str(real_dir / folder), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert "no posts found in the input" in result.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "No problems were found" not in html and "no posts found in the input" in html


@pytest.mark.parametrize("split", SPLITS)
def test_every_rumoureval_thread_reports(split, rumoureval_dir, tmp_path):
    """Each of the 325 threads as its own page of a site; the index and
    every page agree with the library's counts."""
    corpus = threadscope.load([rumoureval_dir / split])
    _check_corpus(corpus)
    assert not corpus.problems
    analyses = threadscope.analyze_all(corpus.threads)
    assert [a.thread.id for a in analyses] == [t.id for t in corpus.threads]
    for a in analyses:
        assert len(a.stance) == len(a.thread.by_id)
    site = tmp_path / "site"
    written = threadscope.write_report(analyses, f"{site}/", corpus=corpus, format="json")
    assert len(written) == len(corpus.threads) + 1
    by_id = {t.id: t for t in corpus.threads}
    env = environment()
    seen = set()
    for path in written:
        ctx = json.loads(open(path, encoding="utf-8").read())
        html = render(env, "index.html" if ctx["kind"] == "index" else "report.html", ctx)
        assert html.startswith("<!DOCTYPE html>") and "Traceback" not in html
        if ctx["kind"] == "index":
            rows = ctx["conversations"]
            assert len(rows) == len(by_id)
            for r in rows:
                t = by_id[r["id"]]
                assert r["posts"] == len(t.by_id) and r["participants"] == len(t.participant_keys)
        else:
            (conv,) = ctx["conversations"]
            _check_page(ctx, corpus, [by_id[conv["id"]]])
            seen.add(conv["id"])
    assert seen == set(by_id)


def test_rumoureval_threads_are_its_folders(rumoureval_dir):
    """Each thread folder is one conversation (325 in all: 272 train, 25
    dev, 28 test), also for replies to deleted tweets and the quotes the
    annotators filed under a thread, which reply links alone split off."""
    for split, expected in zip(SPLITS, (272, 25, 28)):
        folders = {p.name for p in (rumoureval_dir / split).glob("*/*") if p.is_dir()} if split != "test" else {
            p.name for p in (rumoureval_dir / split).iterdir() if p.is_dir()}
        corpus = threadscope.load([RUMOUREVAL / split])
        assert {t.id for t in corpus.threads} == folders and len(folders) == expected
