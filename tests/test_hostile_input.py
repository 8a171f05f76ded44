"""The fault-injection suite of issue 18: every command on every hostile
input of ``hostile_cases.py``.

Each run is a real process with its own file descriptors, exit status,
time and memory ceiling, but not a fresh interpreter: this module imports
threadscope once and forks for each run (a fresh ``python`` costs ~0.7 s of
imports, and the suite makes some 700 runs). The child points fds 0/1/2 at
files, sets RLIMIT_AS, calls the click entry point as ``threadscope``
would, and ``os._exit``s with its status; the parent reads the status and
the rusage (peak RSS, CPU) from ``wait4`` and kills the run's process
group at its time ceiling. A few tests start ``python -m threadscope``
where the exec matters: SIGKILL while a report is written over an old one,
SIGINT, ``/dev/zero`` as stdin, and one smoke run per command.

A test is one case and one command (``case-command``); the runs of a case
are made once, when its first test asks (the inputs are generated once per
session), so a failure names the case and the command.

Each run asserts: the exit status; that stderr is one-line messages (no
traceback, no "internal error"), the one about the first problem naming
the file and the line where there is one; that every good post loads
(counted in the output of posts, stats, graph and validate against the
generator's count); no raw ESC/BEL on the terminal; well-formed GraphML and
CSV; no temporary file left beside an output; the time and memory ceiling.

Times on the 100,000-deep chain are in ``hostile_cases.py``'s docstring.
"""
from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import resource
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.register_assert_rewrite("hostile_cases")

import hostile_cases as hc  # noqa: E402
from threadscope import cli  # noqa: E402
import threadscope.analysis  # noqa: E402
import threadscope.ledger  # noqa: E402
import threadscope.report  # noqa: E402

PRELOADED = (threadscope.analysis, threadscope.ledger, threadscope.report)   # imported once here: no run pays for it

ROOT = Path(__file__).resolve().parents[1]
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
EXPORT_COMMANDS = ("graph-gexf", "graph-participants", "graph-csv")


# ---------------------------------------------------------------- running a command in a forked process

@dataclass
class Run:
    argv: list[str]
    code: int | None            # None: killed at the time ceiling
    stdout: bytes
    stderr: bytes
    seconds: float              # wall time
    cpu: float                  # user + system seconds of the run (its reaped children included)
    rss_mb: float               # peak resident memory, less what the forking parent had resident


def _status(field: str) -> int:
    """A size from /proc/self/status, in bytes."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _child(argv, cwd, stdin, out_fd, err_fd, memory: int, seconds: float) -> None:
    """In the forked child: become ``threadscope ARGV`` and exit."""
    code = 70
    try:
        os.setpgid(0, 0)
        fd = os.open(stdin, os.O_RDONLY)
        os.dup2(fd, 0)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        signal.alarm(int(seconds) + 5)
        os.chdir(cwd)
        enc, errors = sys.__stdout__.encoding or "utf-8", sys.__stdout__.errors or "strict"
        sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), enc, errors)
        sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "w", closefd=False)), enc, errors)
        sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "w", closefd=False)), enc, "backslashreplace",
                                      line_buffering=True)
        sys.argv = ["threadscope", *argv]
        try:
            cli.main.main(args=argv, prog_name="threadscope", standalone_mode=True)
            code = 0
        except SystemExit as e:       # what the interpreter does with it
            if e.code is None or isinstance(e.code, int):
                code = e.code or 0
            else:
                print(e.code, file=sys.stderr)
                code = 1
        except BaseException:
            traceback.print_exc()
            code = 1
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
    except BaseException:
        try:
            os.write(err_fd, traceback.format_exc().encode())
        except Exception:
            pass
    finally:
        os._exit(code)


class Started:
    """A run started: forked from this process, or (``python=True``) a
    fresh ``python -m threadscope``."""

    def __init__(self, argv, cwd, stdin=None, seconds: float = 20.0, memory_mb: int = 1500, python: bool = False):
        self.argv = [str(a) for a in argv]
        self.seconds = seconds
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        sys.stdout.flush()
        sys.stderr.flush()
        self.start = time.monotonic()
        if python:
            memory = (1024 + memory_mb) * 2**20      # a fresh interpreter's own mappings, then the ceiling
            self.resident = 0

            def limit():
                os.setpgid(0, 0)
                resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
            with open(stdin or os.devnull, "rb") as f:
                self._proc = subprocess.Popen([sys.executable, "-m", "threadscope", *self.argv], cwd=cwd, stdin=f,
                                              stdout=self.out, stderr=self.err, preexec_fn=limit)
            self.pid = self._proc.pid
        else:
            # the address space may grow by the ceiling past what this process has mapped already
            memory = _status("VmSize") + memory_mb * 2**20
            self.resident = _status("VmRSS")        # a forked child starts with these pages resident
            self._proc = None
            self.pid = os.fork()
            if self.pid == 0:
                _child(self.argv, str(cwd), stdin or os.devnull, self.out.fileno(), self.err.fileno(), memory,
                       seconds)
        self._pidfd = os.pidfd_open(self.pid) if hasattr(os, "pidfd_open") else None

    def finish(self) -> Run:
        deadline = self.start + self.seconds
        killed = False
        while True:
            pid, status, usage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                break
            left = deadline - time.monotonic()
            if left <= 0:
                killed = True
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(self.pid, 0)
                break
            if self._pidfd is not None:
                select.select([self._pidfd], [], [], left)
            else:
                time.sleep(min(left, 0.005))
        wall = time.monotonic() - self.start
        if self._pidfd is not None:
            os.close(self._pidfd)
        with contextlib.suppress(ProcessLookupError, PermissionError):               # workers a killed run left behind
            os.killpg(self.pid, signal.SIGKILL)
        if self._proc is not None:
            self._proc.returncode = os.waitstatus_to_exitcode(status)     # reaped here, not by Popen
        self.out.seek(0)
        self.err.seek(0)
        run = Run(self.argv, None if killed else os.waitstatus_to_exitcode(status), self.out.read(), self.err.read(),
                  wall, usage.ru_utime + usage.ru_stime, (usage.ru_maxrss * 1024 - self.resident) / 2**20)
        self.out.close()
        self.err.close()
        return run


# ---------------------------------------------------------------- the command lines

def _argv(case: hc.Case, command: str, inputs: hc.Inputs, workdir: Path) -> list[str]:
    out = workdir / "out"
    target = None
    if command in hc.OUTPUTS:
        target = case.output(workdir, command) if case.output is not None else str(hc.output_path(workdir, command))
    extra = [a for a in case.extra if a != "--raw-csv"]
    raw = ["--raw-csv"] if "--raw-csv" in case.extra else []
    paths = list(inputs.paths)
    if command == "validate":
        return ["validate", *paths, *extra]
    if command == "ledger-add":
        return ["ledger", "add", *paths, "--db", target, *extra]
    if command == "report":
        return ["report", *paths, "-o", target, *extra]
    if command == "graph":
        return ["graph", *paths, "--format", case.graph_format, "-o", target, *extra]
    if command == "graph-gexf":
        return ["graph", *paths, "--format", "gexf", "-o", out / "graph.gexf", *extra]
    if command == "graph-participants":
        return ["graph", *paths, "--participants", "--format", "graphml", "-o", out / "people.graphml", *extra]
    if command == "graph-csv":
        return ["graph", *paths, "--format", "csv", "-o", out / "edges.csv", *extra, *raw]
    if case.terminal:
        return [command, *paths, "--format", "table", *extra]
    return [command, *paths, "--format", "csv", "-o", target, *extra, *raw]


def commands_of(case: hc.Case) -> tuple[str, ...]:
    return hc.COMMANDS + (EXPORT_COMMANDS if case.category == "exports" else ())


# ---------------------------------------------------------------- running the cases once

class Cases:
    """Each case's input written and its commands run once per session."""

    def __init__(self, base: Path):
        self.base = base
        self.done: dict[str, tuple[hc.Inputs, Path, dict[str, Run]]] = {}

    def runs(self, case: hc.Case):
        if case.name not in self.done:
            workdir = self.base / case.name
            workdir.mkdir()
            try:
                inputs = case.write(workdir)
                (workdir / "out").mkdir(exist_ok=True)
                started, runs = [], {}
                for command in commands_of(case):
                    seconds, memory = case.ceiling(command.split("-")[0] if command.startswith("graph") else command)
                    start = Started(_argv(case, command, inputs, workdir), workdir, inputs.stdin, seconds, memory)
                    if case.concurrent:
                        started.append((command, start))
                    else:
                        runs[command] = start.finish()
                for command, start in started:
                    runs[command] = start.finish()
            finally:
                if case.teardown is not None:
                    case.teardown(workdir)
            self.done[case.name] = (inputs, workdir, runs)
        return self.done[case.name]


@pytest.fixture(scope="session")
def cases(tmp_path_factory):
    return Cases(tmp_path_factory.mktemp("hostile"))


def _params():
    for case in hc.CASES:
        for command in commands_of(case):
            failing = case.xfail and (case.xfail_commands is None or command in case.xfail_commands)
            marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if failing else []
            yield pytest.param(case, command, id=f"{case.name}-{command}", marks=marks)


# ---------------------------------------------------------------- what every run must show

ALLOWED_SECOND_LINES = {"report": "threadscope: wrote ", "ledger-add": "threadscope: ledger "}


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", "replace").splitlines()


def _posts_counted(command: str, run: Run, workdir: Path, case: hc.Case) -> int | None:
    """The posts (retweets apart) the command's output says were loaded."""
    if command == "validate":
        m = re.match(r"^([\d,]+) posts?\b", _lines(run.stderr)[-1])
        return int(m.group(1).replace(",", "")) if m else None
    if case.terminal or case.output is not None:
        return None
    if command == "posts":
        rows = list(csv.DictReader(io.StringIO(hc.output_path(workdir, "posts").read_text(encoding="utf-8"),
                                               newline="")))
        return sum(1 for r in rows if r["kind"] != "retweet")
    if command == "stats":
        rows = list(csv.DictReader(io.StringIO(hc.output_path(workdir, "stats").read_text(encoding="utf-8"),
                                               newline="")))
        return sum(int(r["posts"]) for r in rows)
    if command == "graph" and case.graph_format == "graphml":
        tree = ET.parse(hc.output_path(workdir, "graph"))
        keys = {k.get("id"): k.get("attr.name") for k in tree.getroot().iter(f"{GRAPHML}key")}
        role = next(k for k, name in keys.items() if name == "role") if "role" in keys.values() else None
        return sum(1 for n in tree.getroot().iter(f"{GRAPHML}node")
                   if any(d.get("key") == role and d.text == "post" for d in n.iter(f"{GRAPHML}data")))
    return None


@pytest.mark.parametrize("case, command", list(_params()))
def test_hostile_input(cases, case: hc.Case, command: str):
    reason = case.skip() if case.skip is not None else None
    if reason:
        pytest.skip(reason)
    inputs, workdir, runs = cases.runs(case)
    check_run(case, command, runs[command], inputs, workdir)


def check_run(case: hc.Case, command: str, run: Run, inputs: hc.Inputs, workdir: Path) -> None:
    """What every run of every case must show (see the module docs)."""
    base = command.split("-")[0] if command.startswith("graph") else command
    seconds, memory = case.ceiling(base)
    shown = f"{' '.join(run.argv)!r}\nstdout: {run.stdout[-2000:]!r}\nstderr: {run.stderr[-3000:]!r}"
    assert run.code is not None, f"killed after {seconds:g} s (the time ceiling): {shown}"
    assert run.seconds <= seconds, f"{run.seconds:.1f} s > {seconds:g} s"
    assert run.rss_mb <= memory, f"peak RSS {run.rss_mb:.0f} MB > {memory} MB"

    err = _lines(run.stderr)
    out_text = run.stdout.decode("utf-8", "replace")
    for bad in ("Traceback", "internal error", "RecursionError", "Error:\n"):
        assert bad not in run.stderr.decode("utf-8", "replace") + out_text, shown
    expected = case.expected_exit(base)
    assert run.code == expected, f"exit {run.code}, expected {expected}: {shown}"

    # stderr: one-line messages
    assert err, f"nothing on stderr: {shown}"
    if command == "validate" and run.code != 2:
        assert len(err) == 1 and re.match(r"^[\d,]+ posts? ", err[0]), shown
    else:
        assert all(line.startswith("threadscope: ") for line in err), shown
        assert len(err) <= (2 if base in ALLOWED_SECOND_LINES and run.code != 2 else 1), shown
        if len(err) == 2:
            assert err[1].startswith(ALLOWED_SECOND_LINES[base]), shown
    for data in (run.stdout, run.stderr):
        assert b"\x1b" not in data and b"\x07" not in data, f"raw ESC/BEL on the terminal: {shown}"

    # the message about the first problem names the file (and line)
    if expected != 0 and inputs.message:
        where = _lines(run.stdout) + err if command == "validate" else err
        assert any(all(m in line for m in inputs.message) for line in where), \
            f"no line holds all of {inputs.message!r}: {shown}"

    # every good post loaded
    if case.counts and expected != 2:
        counted = _posts_counted(command, run, workdir, case)
        if counted is not None:
            assert counted == inputs.good, f"{counted} posts loaded, {inputs.good} good ones written: {shown}"

    # outputs well formed, nothing left behind
    leftovers = [p.name for p in (workdir / "out").iterdir() if p.name.startswith(".") or p.name.endswith(".tmp")]
    assert not leftovers, f"temporary files left: {leftovers}"
    if expected != 2 and case.output is None:
        if base == "graph" and command != "graph-csv" and (case.graph_format != "json" or command != "graph"):
            name = {"graph": hc.OUTPUTS["graph"], "graph-gexf": "graph.gexf",
                    "graph-participants": "people.graphml"}[command]
            ET.parse(workdir / "out" / name)
        if command in hc.CSV_COMMANDS and not case.terminal:
            list(csv.reader(io.StringIO(hc.output_path(workdir, command).read_text(encoding="utf-8"), newline="")))
    if case.check is not None:
        case.check(case, command, run, inputs, workdir)


def test_enough_cases():
    assert len(hc.CASES) >= 60
    assert len({c.name for c in hc.CASES}) == len(hc.CASES)


# ---------------------------------------------------------------- true subprocesses: where the exec matters

def python_m(case: hc.Case, command: str, inputs: hc.Inputs, workdir: Path) -> Run:
    """The case's ``command`` as ``python -m threadscope ...``, as a user runs it."""
    seconds, memory = case.ceiling(command)
    return Started(_argv(case, command, inputs, workdir), workdir, inputs.stdin, seconds, memory, python=True).finish()


def _case(name: str) -> hc.Case:
    return next(c for c in hc.CASES if c.name == name)


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    case = _case("poll-quotes-fanout-and-broken-lines")
    workdir = tmp_path_factory.mktemp("smoke")
    inputs = case.write(workdir)
    (workdir / "out").mkdir()
    return case, inputs, workdir


@pytest.mark.parametrize("command", hc.COMMANDS)
def test_smoke_as_a_real_process(smoke, command):
    """One hostile input (a poll, quotes, a fan-out, a cut line and a NUL
    line) through ``python -m threadscope`` for each command."""
    case, inputs, workdir = smoke
    check_run(case, command, python_m(case, command, inputs, workdir), inputs, workdir)


def test_dev_zero_as_the_stdin_of_a_real_process(tmp_path):
    case = _case("dev-zero-as-stdin")
    inputs = case.write(tmp_path)
    (tmp_path / "out").mkdir()
    assert inputs.stdin == "/dev/zero"
    check_run(case, "stats", python_m(case, "stats", inputs, tmp_path), inputs, tmp_path)


def _unnamed_output_open(pid: int, folder: Path) -> bool:
    """Whether ``pid`` holds the output's temporary file open (an O_TMPFILE
    file shows as ``folder/#123 (deleted)``, a named one as ``.NAME.*.tmp``)."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith(f"{folder}/") and (target.endswith("(deleted)") or target.endswith(".tmp")):
            return True
    return False


def _interrupt_while_writing(args, folder: Path, sig: int, seconds: float = 60) -> tuple[int, bytes]:
    """Start ``python -m threadscope ARGS`` and send ``sig`` the moment it
    has its output's temporary file open; its exit status and stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "threadscope", *map(str, args)], cwd=folder,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + seconds
    caught = False
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if _unnamed_output_open(proc.pid, folder):
                proc.send_signal(sig)
                caught = True
                break
    finally:
        if not caught:
            proc.kill()
        err = proc.communicate(timeout=seconds)[1]
    assert caught, f"the run ended before its output file was seen open: {err!r}"
    return proc.returncode, err


@pytest.fixture(scope="module")
def chain_5000(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("chain") / "chain.jsonl"
    hc.chain(path, 5000)
    return path


@pytest.mark.parametrize("command, name", [("report", "report.html"), ("posts", "posts.csv")])
def test_sigkill_while_writing_over_an_old_output(tmp_path, chain_5000, command, name):
    """SIGKILL while the new file is being written: the old one stays whole
    and no temporary file is left in the directory."""
    old = tmp_path / name
    old.write_bytes(b"<p>the old report, whole</p>\n" * 1000)
    before = old.read_bytes()
    extra = ("--format", "csv") if command == "posts" else ()
    code, err = _interrupt_while_writing([command, chain_5000, "-q", "--workers", "1", *extra, "-o", old],
                                         tmp_path, signal.SIGKILL)
    assert code == -signal.SIGKILL, err
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_sigint_while_writing_is_one_line_and_leaves_the_old_output(tmp_path, chain_5000):
    old = tmp_path / "report.html"
    old.write_bytes(b"old\n")
    code, err = _interrupt_while_writing(["report", chain_5000, "-q", "--workers", "1", "-o", old],
                                         tmp_path, signal.SIGINT)
    assert code == 130, err
    assert err.decode().splitlines() == ["threadscope: interrupted"]
    assert old.read_bytes() == b"old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
