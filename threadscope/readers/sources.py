"""Turning the paths a user gives into byte streams: files, directories (read
recursively), ``-`` for stdin, gzip; with a sha256 and a byte count of what
was read, for provenance and for a progress bar.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from ..model import Skipped

DATA_SUFFIXES = {".json", ".jsonl", ".ndjson", ".jsonlines", ".js", ".csv", ".tsv", ".txt", ".gz", ".zip", ".yml", ".yaml"}
ARCHIVE_SIDE_FILES = {"account.js", "manifest.js", "profile.js"}


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
            yield Input(str(p), path)


def _walk(root: Path) -> Iterator[Input | Skipped]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            path = Path(dirpath) / f
            if f.startswith("."):
                continue
            suffix = path.suffix.lower()
            if f in ARCHIVE_SIDE_FILES:
                yield Skipped(str(path), "account archive side file (read for the account's handle), not posts")
            elif suffix not in DATA_SUFFIXES:
                yield Skipped(str(path), f"not an export file type ({suffix or 'no extension'})")
            else:
                yield Input(str(path), path, explicit=False)


class _CountingRaw(io.RawIOBase):
    """Reads through to the file, hashing and counting the bytes on the way."""

    def __init__(self, raw, on_bytes: Callable[[int], None] | None):
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.count = 0
        self._on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
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


class Opened:
    """An input opened for reading: a buffered binary stream of its (maybe
    decompressed) content, plus the digest of the bytes as stored."""

    def __init__(self, inp: Input, on_bytes: Callable[[int], None] | None = None):
        raw = sys.stdin.buffer.raw if inp.path is None and hasattr(sys.stdin.buffer, "raw") else (
            sys.stdin.buffer if inp.path is None else open(inp.path, "rb", buffering=0))
        self.counter = _CountingRaw(raw, on_bytes)
        stream = io.BufferedReader(self.counter, buffer_size=1 << 20)
        self.compressed = stream.peek(2)[:2] == b"\x1f\x8b"
        self.stream = gzip.GzipFile(fileobj=stream, mode="rb") if self.compressed else stream
        if self.compressed:
            self.stream = io.BufferedReader(self.stream, buffer_size=1 << 20)
        self._outer = stream

    def head(self, n: int = 65536) -> bytes:
        return self.stream.peek(n)[:n]

    def drain(self) -> None:
        """Read what is left so the digest covers the whole file."""
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
