"""Turning the paths a user gives into byte streams: files, directories (read
recursively), ``-`` for stdin, gzip; with a sha256 and a byte count of what
was read, for provenance and for a progress bar.

Hostile inputs must not hang or flood the reader, so: a directory walk reads
regular files only (a FIFO would wait for a writer forever, a link to
``/dev/zero`` never ends) and names what it passed over; a FIFO given by
name waits a few seconds for a writer, not forever; a stream (stdin, a pipe,
a device) is cut at :attr:`Limits.max_bytes`; gzip is decompressed here, not
by :mod:`gzip`, so that a file cut off mid-stream still yields every byte
before the cut (gzip raises and loses its buffer) and a decompression bomb is
refused once it expands past :attr:`Limits.max_ratio`.
"""
from __future__ import annotations

import hashlib
import io
import os
import select
import stat
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..model import Skipped

DATA_SUFFIXES = {".json", ".jsonl", ".ndjson", ".jsonlines", ".js", ".csv", ".tsv", ".txt", ".gz", ".zip", ".yml", ".yaml"}
ARCHIVE_SIDE_FILES = {"account.js", "manifest.js", "profile.js"}


GZIP_MAGIC = b"\x1f\x8b"
RATIO_FLOOR = 64 * 2**20


class TooLarge(Exception):
    """An input grew past a limit of :class:`Limits`; the message is one line."""


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one input may hold. ``max_bytes`` bounds a stream (stdin, a
    pipe, a device: their size is unknown beforehand) and the decompressed
    size of a gzip file; ``max_ratio`` bounds how many times a gzip file may
    expand once it has expanded past ``RATIO_FLOOR`` (exports compress
    10-20x; a bomb of zeros or blanks, 1000x); 0 switches a limit off.
    ``fifo_wait`` is how long a named pipe may go without a writer."""

    max_bytes: int = 64 * 2**30
    max_ratio: float = 200.0
    fifo_wait: float = float(os.environ.get("THREADSCOPE_FIFO_WAIT", "3"))


def parse_size(text: str) -> int:
    """``4G``, ``500M``, ``64k`` or a number of bytes; 0 means no limit."""
    t = str(text).strip().lower().removesuffix("b").removesuffix("i")
    scale = {"k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}.get(t[-1:], 1)
    try:
        value = float(t[:-1] if scale > 1 else t)
    except ValueError:
        raise ValueError(f"not a size: {text!r} (a number of bytes, or with k, M, G, T)") from None
    if value < 0:
        raise ValueError(f"not a size: {text!r} (negative)")
    return int(value * scale)


def human_size(n: int) -> str:
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


@dataclass(frozen=True, slots=True)
class Input:
    """One input to read. ``explicit`` is false for files found by walking a
    directory: those may be skipped when they turn out not to hold posts."""

    name: str
    path: Path | None
    explicit: bool = True


def expand(paths) -> Iterator[Input | Skipped]:
    """Inputs in the order given, directories walked in sorted order."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        if str(p) == "-":
            yield Input("<stdin>", None)
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield Input(shown_name(p), path)


def shown_name(path) -> str:
    """The name an input goes by in problems, tables and reports: the path,
    with bytes that are not UTF-8 (which Python keeps as lone surrogates,
    and no UTF-8 output can hold) written as ``\\xNN``."""
    name = str(path)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def special_kind(path: Path) -> str | None:
    """Why a file met in a walk is not read, when it is no regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        if path.is_symlink():
            return "a broken symbolic link"
        return f"cannot be read ({e.strerror or e})"
    if stat.S_ISREG(mode):
        return None
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
            else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "a special file")
    if path.is_symlink():
        kind = f"a symbolic link to {kind}"
    return f"{kind}, not a regular file: reading it could wait or run forever"


def _walk(root: Path) -> Iterator[Input | Skipped]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            path = Path(dirpath) / f
            if f.startswith("."):
                continue
            suffix = path.suffix.lower()
            special = special_kind(path)
            if special:
                yield Skipped(shown_name(path), special)
            elif f in ARCHIVE_SIDE_FILES:
                yield Skipped(shown_name(path), "account archive side file (read for the account's handle), not posts")
            elif suffix not in DATA_SUFFIXES:
                yield Skipped(shown_name(path), f"not an export file type ({suffix or 'no extension'})")
            else:
                yield Input(shown_name(path), path, explicit=False)


class _CountingRaw(io.RawIOBase):
    """Reads through to the file, hashing and counting the bytes on the way."""

    def __init__(self, raw, on_bytes: Callable[[int], None] | None, limit: int = 0):
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.count = 0
        self._on_bytes = on_bytes
        self._limit = limit

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._limit and self.count >= self._limit:
            raise TooLarge(f"input cut at {human_size(self._limit)}: a stream larger than --max-input-size "
                           "(an endless stream? raise the limit to read more)")
        n = self._raw.readinto(b)
        if n:
            self.sha256.update(memoryview(b)[:n])
            self.count += n
            if self._on_bytes is not None:
                self._on_bytes(n)
        return n or 0

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


class _GunzipRaw(io.RawIOBase):
    """gzip members one after another, decompressed as they are read. A cut
    in the data ends the stream (``truncated``) after every byte before it;
    bytes after the last member that are no gzip member end it too
    (``trailing``); corrupt data raises, but only once the bytes decoded
    before it have been handed out."""

    def __init__(self, source: io.BufferedReader, limits: Limits):
        self._src = source
        self._limits = limits
        self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""
        self._error: Exception | None = None
        self._done = False
        self._carry = b""
        self._in_member = False
        self.out = 0
        self.fed = 0            # compressed bytes handed to zlib (the buffer reads ahead by up to 1 MB)
        self.truncated = False
        self.trailing = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._pending:
            if self._error is not None:
                err, self._error = self._error, None
                raise err
            if self._done:
                return 0
            self._step(len(b))
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _input(self) -> bytes:
        if self._carry:
            data, self._carry = self._carry, b""
            return data
        data = self._src.read1(1 << 16)
        self.fed += len(data)
        return data

    def _step(self, want: int) -> None:
        z = self._z
        data = z.unconsumed_tail or self._input()
        if not data:
            self._done = True
            self.truncated = self._in_member
            return
        if not self._in_member:
            body = data.lstrip(b"\x00")
            if not body:
                return
            if not body.startswith(GZIP_MAGIC[: len(body)]):
                self.trailing = len(body)
                self._done = True
                return
            data = body
        before = z.copy()
        try:
            out = z.decompress(data, max(want, 1 << 16))
        except zlib.error as e:
            self._done = True
            self._pending = _salvage(before, data)
            self.out += len(self._pending)
            self._error = zlib.error(f"corrupt gzip data after {self.out:,} decompressed bytes: {e}")
            return
        self._in_member = True
        if z.eof:
            self._carry = z.unused_data
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
            self._in_member = False
        self.out += len(out)
        self._check()
        self._pending = out

    def _check(self) -> None:
        limits, read = self._limits, max(self.fed, 1)
        if limits.max_bytes and self.out > limits.max_bytes:
            self._error = TooLarge(f"gzip data expands past {human_size(limits.max_bytes)} (--max-input-size); "
                                   "raise the limit to read more")
        elif limits.max_ratio and self.out > RATIO_FLOOR and self.out > limits.max_ratio * read:
            self._error = TooLarge(f"refused: gzip data expands more than {limits.max_ratio:g}x "
                                   f"({human_size(read)} to over {human_size(self.out)}), like a decompression "
                                   "bomb; raise --max-gzip-ratio (0: no limit) to read it")
        if self._error is not None:
            self._done = True


def _salvage(z, data: bytes) -> bytes:
    """What ``data`` decodes to before the byte where it turns corrupt:
    zlib raises for a whole chunk and keeps none of it, so a small file
    corrupt near its end would lose every record."""
    out = []
    for i in range(len(data)):
        try:
            out.append(z.decompress(data[i:i + 1]))
        except zlib.error:
            break
    return b"".join(out)


def _open_raw(inp: Input, limits: Limits):
    """The raw byte source of ``inp`` and whether it is a regular file. A
    named pipe waits ``limits.fifo_wait`` seconds for a writer: opening one
    the plain way blocks until a writer comes, which may be never."""
    if inp.path is None:
        raw = sys.stdin.buffer.raw if hasattr(sys.stdin.buffer, "raw") else sys.stdin.buffer
        try:
            regular = stat.S_ISREG(os.fstat(raw.fileno()).st_mode)
        except (OSError, AttributeError, io.UnsupportedOperation):
            regular = False
        return raw, regular
    mode = os.stat(inp.path).st_mode
    if stat.S_ISFIFO(mode):
        fd = os.open(inp.path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            deadline = time.monotonic() + limits.fifo_wait
            while True:
                left = deadline - time.monotonic()
                events = poller.poll(max(0, int(left * 1000)))
                if any(ev & select.POLLIN for _, ev in events):
                    break
                if left <= 0:
                    raise OSError(f"a FIFO (named pipe) with no writer: nothing came in {limits.fifo_wait:g} s")
                if events:
                    time.sleep(0.01)
            os.set_blocking(fd, True)
        except BaseException:
            os.close(fd)
            raise
        return open(fd, "rb", buffering=0), False
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "is a directory", str(inp.path))
    return open(inp.path, "rb", buffering=0), stat.S_ISREG(mode)


class Opened:
    """An input opened for reading: a buffered binary stream of its (maybe
    decompressed) content, plus the digest of the bytes as stored."""

    def __init__(self, inp: Input, on_bytes: Callable[[int], None] | None = None, limits: Limits | None = None):
        limits = limits or Limits()
        raw, self.regular = _open_raw(inp, limits)
        self.counter = _CountingRaw(raw, on_bytes, 0 if self.regular else limits.max_bytes)
        stream = io.BufferedReader(self.counter, buffer_size=1 << 20)
        self._outer = stream
        self.gunzip: _GunzipRaw | None = None
        try:
            self.compressed = stream.peek(2)[:2] == GZIP_MAGIC
        except BaseException:
            self.close()
            raise
        if self.compressed:
            self.gunzip = _GunzipRaw(stream, limits)
            self.stream = io.BufferedReader(self.gunzip, buffer_size=1 << 20)
        else:
            self.stream = stream

    def head(self, n: int = 65536) -> bytes:
        return self.stream.peek(n)[:n]

    def drain(self) -> None:
        """Read what is left of a regular file so the digest covers all of
        it. A stream is not drained: it may never end."""
        if not self.regular:
            return
        while self._outer.read(1 << 20):
            pass

    @property
    def sha256(self) -> str:
        return self.counter.sha256.hexdigest()

    def close(self) -> None:
        if self.counter._raw is not getattr(sys.stdin.buffer, "raw", None) and self.counter._raw is not sys.stdin.buffer:
            self._outer.close()

    def __enter__(self) -> "Opened":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
