"""Bad input of every kind gets a one-line reason and the right exit code,
never a traceback, and never takes the good records down with it."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import threadscope
from threadscope.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "fable_thread.twarc2.jsonl"


def tweet(i: str, author: str | None = "100", **extra) -> dict:
    t = {"id": i, "text": f"post {i}", "created_at": "2026-06-18T01:00:00.000Z", "conversation_id": "1"}
    if author is not None:
        t["author_id"] = author
    t.update(extra)
    return t


def page(*tweets, users=({"id": "100", "username": "alice", "name": "Alice"},)) -> str:
    return json.dumps({"data": list(tweets), "includes": {"users": list(users)}, "meta": {"result_count": len(tweets)}})


def run(*args, input=None):
    result = CliRunner().invoke(main, list(map(str, args)), input=input)
    assert "Traceback" not in result.output + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"unexpected exception: {result.exception!r}")
    return result


def one_problem(path: Path) -> threadscope.Problem:
    corpus = threadscope.load([path])
    assert len(corpus.problems) == 1, corpus.problems
    problem = corpus.problems[0]
    assert "\n" not in str(problem)
    assert problem.source == str(path)
    return problem


CASES = {
    "empty.jsonl": (b"", "empty file"),
    "blank.json": (b"  \n\n \r\n", "empty file"),
    "binary.bin": (bytes(range(256)) * 4, "binary file"),
    "archive.zip": (b"PK\x03\x04" + b"\x00" * 64, "unzip"),
    "latin1.json": ('{"text": "caf\xe9 ' .encode("latin-1") + b"\xff\xfe" * 10 + b'"}', "not UTF-8"),
    "truncated.json": (b'{"data": [{"id": "1", "text": "hel', "truncated JSON"),
    "unknown.json": (b'{"foo": 1, "bar": [1, 2]}', "unknown JSON shape"),
    "scalar.json": (b"42", "not a recognised export"),
    "numbers.json": (b"[1]\n", "not a post object"),
    "api_error.json": (b'{"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}',
                       "API error response"),
    "no_author.jsonl": (page(tweet("5", author=None), users=()).encode(), "has no author"),
    "no_id.jsonl": (page({"text": "hi", "author_id": "100"}).encode(), "has no id"),
    "float_id.jsonl": (page(tweet(1.4e18)).encode(), "floating-point"),
    "users.jsonl": (json.dumps({"data": [{"id": "1", "username": "a", "name": "A"}], "meta": {}}).encode(),
                    "user profiles"),
    "bad.csv": (b"foo,bar\n1,2\n", "no id / text / author column"),
    "notes.txt": (b"just some words\nmore words\n", "not a recognised export"),
    "broken.gz": (b"\x1f\x8b\x08\x00" + b"garbage" * 10, "gzip"),
    "bluesky.json": (b'{"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {}}}', "Bluesky"),
    "mastodon.json": (b'{"ancestors": [], "descendants": []}', "Mastodon"),
    "cassette.yml": (b"http_interactions:\n- request: {}\n", "VCR cassette"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_one_clear_problem(tmp_path, name):
    data, reason = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    problem = one_problem(path)
    assert reason.lower() in problem.reason.lower()
    assert problem.severity == "error"
    result = run("validate", path)
    assert result.exit_code == 1
    assert reason.lower() in result.output.lower()
    stats = run("stats", path)
    assert stats.exit_code == 1
    assert "1 input problem" in stats.stderr
    assert len(stats.stderr.strip().splitlines()) == 1


def test_integer_id_loads_with_a_warning(tmp_path):
    big = 2067422093443612672
    path = tmp_path / "int_id.jsonl"
    path.write_text(page(tweet(big)), encoding="utf-8")
    corpus = threadscope.load([path])
    assert list(corpus.by_id) == [str(big)]
    assert [p.severity for p in corpus.problems] == ["warning"]
    assert "JSON number" in corpus.problems[0].reason
    assert run("validate", path).exit_code == 1


def test_bad_line_does_not_take_down_the_good_ones(tmp_path):
    lines = [page(tweet("10")), '{"data": [{"id": "11", "te', page(tweet("12"))]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = threadscope.load([path])
    assert set(corpus.by_id) == {"10", "12"}
    assert [(p.line, p.severity) for p in corpus.problems] == [(2, "error")]
    assert "truncated" in corpus.problems[0].reason


def test_bad_record_in_a_good_page_is_reported_with_its_line(tmp_path):
    path = tmp_path / "page.jsonl"
    path.write_text(page(tweet("20")) + "\n" + page(tweet("21"), {"id": "22", "author_id": "100"}) + "\n",
                    encoding="utf-8")
    corpus = threadscope.load([path])
    assert set(corpus.by_id) == {"20", "21"}
    assert len(corpus.problems) == 1
    assert corpus.problems[0].line == 2
    assert "no text" in corpus.problems[0].reason


def test_csv_row_problems_carry_their_line(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text('id,text,author\n1,"hello\nthere",a\n,no id,b\n3,ok,\n4,fine,c\n', encoding="utf-8")
    corpus = threadscope.load([path])
    assert set(corpus.by_id) == {"1", "4"}
    assert corpus.by_id["1"].text == "hello\nthere"
    assert sorted((p.line, p.reason.split(" ")[-1]) for p in corpus.problems) == [
        (1, "reply_to_id=COLUMN"), (4, "id"), (5, "author")]


def test_csv_without_reply_links_says_so(tmp_path):
    """A CSV whose reply column is not recognised would load as one-post
    conversations with nothing said; it is a warning naming the columns tried."""
    path = tmp_path / "flat.csv"
    path.write_text("id,text,author,parent\n1,root,a,\n2,reply,b,1\n", encoding="utf-8")
    corpus = threadscope.load([path])
    (problem,) = corpus.problems
    assert problem.severity == "warning" and problem.line == 1
    assert "no reply links" in problem.reason and "in_reply_to_status_id_str" in problem.reason
    assert "--map reply_to_id=COLUMN" in problem.reason and len(corpus.threads) == 2
    mapped = threadscope.load([path], column_map={"reply_to_id": "parent"})
    assert not mapped.problems and len(mapped.threads) == 1 and len(mapped.threads[0]) == 2


def test_input_with_only_skipped_files_is_a_problem(tmp_path):
    """A folder of files threadscope passes over (here a README and a Bluesky
    thread) holds no posts: one error, not a clean empty result."""
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "thread.json").write_text(
        '{"thread": {"$type": "app.bsky.feed.defs#threadViewPost", "post": {"uri": "at://did:plc:x/app.bsky.feed.post/1",'
        ' "cid": "c", "author": {"did": "did:plc:x", "handle": "a.bsky.social"}, "record": {"text": "hi"}}}}',
        encoding="utf-8")
    corpus = threadscope.load([tmp_path])
    assert not corpus.by_id and len(corpus.skipped) == 2
    (problem,) = corpus.problems
    assert problem.severity == "error" and "no posts found in the input" in problem.reason
    assert "Bluesky" in problem.reason or "bsky" in problem.reason
    assert threadscope.load([tmp_path / "README.md"]).problems


def test_missing_path_is_a_usage_error():
    result = run("stats", "/no/such/file.jsonl")
    assert result.exit_code == 2
    assert "no such file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_column_map(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("tweet_id,body,user,parent\n1,hi,a,\n2,yo,b,1\n", encoding="utf-8")
    result = run("posts", path, "--map", "nonsense=body")
    assert result.exit_code == 2
    assert "unknown field" in result.stderr
    result = run("posts", path, "--map", "text=no_such_column")
    assert result.exit_code == 2, "a column the CSV lacks is a usage error, not an input problem"
    assert "no column 'no_such_column'" in result.stderr and str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    corpus = threadscope.load([path], column_map={"reply_to_id": "parent"})
    assert corpus.by_id["2"].reply_to_id == "1" and corpus.by_id["1"].author == "a"
    assert [t.id for t in corpus.threads] == ["1"]


def test_strict_stops_at_first_problem(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(page(tweet("10")) + "\n{broken\n" + page(tweet("12")) + "\n", encoding="utf-8")
    with pytest.raises(threadscope.InputProblem):
        threadscope.load([path], strict=True)
    result = run("stats", path, "--strict")
    assert result.exit_code == 1
    assert ":2:" in result.stderr and "--strict" in result.stderr


def test_bom_crlf_and_gzip_read_like_the_plain_file(tmp_path):
    plain = threadscope.load([SAMPLE])
    raw = SAMPLE.read_bytes()
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    gz = tmp_path / "sample.jsonl.gz"
    gz.write_bytes(gzip.compress(raw))
    for path in (bom, gz):
        corpus = threadscope.load([path])
        assert not corpus.problems
        assert {i: p.text for i, p in corpus.by_id.items()} == {i: p.text for i, p in plain.by_id.items()}


def test_stdin(tmp_path):
    result = run("posts", "-", "--format", "jsonl", "-q", input=SAMPLE.read_bytes())
    assert result.exit_code == 0
    ids = {json.loads(line)["id"] for line in result.stdout.splitlines()}
    assert ids == set(threadscope.load([SAMPLE]).by_id)


def test_directory_walk_skips_non_exports_by_name(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.jsonl").write_text(page(tweet("30")), encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "structure.json").write_text('{"30": {"31": []}}', encoding="utf-8")
    corpus = threadscope.load([tmp_path])
    assert set(corpus.by_id) == {"30"}
    assert not corpus.problems
    assert sorted(Path(s.source).name for s in corpus.skipped) == ["README.md", "structure.json"]
    result = run("validate", tmp_path)
    assert result.exit_code == 0
    assert "README.md: skipped" in result.output


def test_unwritable_output_is_one_line(tmp_path):
    result = run("posts", SAMPLE, "-q", "-o", tmp_path / "no" / "such" / "dir" / "out.csv")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
