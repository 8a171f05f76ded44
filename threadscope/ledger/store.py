"""The ledger file: one SQLite database (stdlib ``sqlite3``) in WAL mode,
its schema, the migrations that bring an older file up to date, and the
write transaction every change goes through.

Safety, and why:

- Every change is one ``BEGIN IMMEDIATE`` transaction: the write lock is
  taken before anything is read, so two runs never both read the old state
  and then both write (the second waits, up to ``BUSY_TIMEOUT_S``, then sees
  the first's rows), and a run killed at any point leaves the file as the
  last commit left it (SQLite rolls the unfinished write back on the next
  open).
- WAL lets readers (``ledger list`` while an add runs) go on without
  waiting, and ``synchronous=FULL`` makes a commit survive a power cut,
  not only a crash: forecasts and resolutions are cheap to write and dear
  to lose.
- The schema version is SQLite's ``user_version`` and the file is marked
  as a threadscope ledger by ``application_id``: a file of another program,
  or of a newer threadscope, is refused with one line instead of being
  changed.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Iterator

from .records import LedgerError

DEFAULT_PATH = "threadscope-ledger.sqlite"
APPLICATION_ID = 0x74734C47       # "tsLG"
BUSY_TIMEOUT_S = 60.0

# Each migration takes the file from the version before it to its own. A
# new version appends a step here (ALTER TABLE, new tables, data moved in
# SQL); a step runs once, inside the transaction that sets the version, so a
# migration killed halfway leaves the old version whole.
SCHEMA_V1 = (
    """CREATE TABLE adds (
        add_id INTEGER PRIMARY KEY AUTOINCREMENT,
        added_at TEXT NOT NULL,
        version TEXT NOT NULL,
        inputs TEXT NOT NULL,
        posts INTEGER NOT NULL DEFAULT 0,
        forecasts INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE posts (
        post_id TEXT PRIMARY KEY,
        latest_id TEXT NOT NULL,
        conversation_id TEXT,
        author TEXT,
        created_at TEXT,
        text TEXT NOT NULL,
        url TEXT,
        first_add INTEGER NOT NULL REFERENCES adds (add_id),
        last_add INTEGER NOT NULL REFERENCES adds (add_id)
    )""",
    """CREATE TABLE post_ids (
        id TEXT PRIMARY KEY,
        post_id TEXT NOT NULL REFERENCES posts (post_id)
    )""",
    """CREATE TABLE propositions (
        proposition TEXT PRIMARY KEY,
        anchor TEXT NOT NULL UNIQUE,
        event TEXT NOT NULL,
        first_add INTEGER NOT NULL REFERENCES adds (add_id),
        last_add INTEGER NOT NULL REFERENCES adds (add_id)
    )""",
    """CREATE TABLE forecasts (
        post_id TEXT NOT NULL REFERENCES posts (post_id),
        seq INTEGER NOT NULL CHECK (seq >= 0),
        proposition TEXT NOT NULL REFERENCES propositions (proposition),
        author TEXT,
        holder TEXT,
        quote TEXT NOT NULL,
        event TEXT NOT NULL,
        window_start TEXT,
        window_end TEXT,
        confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
        polarity TEXT NOT NULL CHECK (polarity IN ('will', 'will_not')),
        relative_to TEXT,
        vague INTEGER NOT NULL CHECK (vague IN (0, 1)),
        first_add INTEGER NOT NULL REFERENCES adds (add_id),
        last_add INTEGER NOT NULL REFERENCES adds (add_id),
        PRIMARY KEY (post_id, seq)
    )""",
    "CREATE INDEX forecasts_by_proposition ON forecasts (proposition)",
    """CREATE TABLE resolutions (
        resolution_id INTEGER PRIMARY KEY AUTOINCREMENT,
        proposition TEXT NOT NULL REFERENCES propositions (proposition),
        resolution TEXT NOT NULL CHECK (resolution IN ('happened', 'not_by')),
        date TEXT NOT NULL,
        source TEXT,
        note TEXT,
        resolved_at TEXT NOT NULL
    )""",
    "CREATE INDEX resolutions_by_proposition ON resolutions (proposition, resolution_id)",
)

MIGRATIONS: list[tuple[int, tuple[str, ...]]] = [(1, SCHEMA_V1)]


def schema_version() -> int:
    """The version this threadscope writes: the last migration's."""
    return MIGRATIONS[-1][0]


class Ledger:
    """An open ledger file: ``.db`` is the sqlite3 connection (autocommit;
    changes go through :meth:`transaction`). A context manager that closes
    the file on exit."""

    def __init__(self, path: Path, db: sqlite3.Connection):
        self.path = path
        self.db = db

    def __repr__(self) -> str:
        return f"<Ledger {self.path}>"

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of the block, or (on any exception,
        or a kill) none of it."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise self._error(e) from None
        try:
            yield self.db
        except BaseException:
            with contextlib.suppress(sqlite3.DatabaseError):
                self.db.execute("ROLLBACK")
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as e:
            with contextlib.suppress(sqlite3.DatabaseError):
                self.db.execute("ROLLBACK")
            raise self._error(e) from None

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query in the block sees the same
        commit (WAL lets an add go on meanwhile, unseen)."""
        try:
            self.db.execute("BEGIN")
        except sqlite3.OperationalError as e:
            raise self._error(e) from None
        try:
            yield self.db
        finally:
            with contextlib.suppress(sqlite3.DatabaseError):
                self.db.execute("COMMIT")

    def query(self, sql: str, params=()) -> list[sqlite3.Row]:
        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as e:
            raise self._error(e) from None

    def _error(self, e: sqlite3.Error) -> LedgerError:
        return ledger_error(self.path, e)


def ledger_error(path: Path, e: sqlite3.Error) -> LedgerError:
    if "locked" in str(e) or "busy" in str(e):
        return LedgerError(f"{path}: the ledger is busy (another run kept it locked for {BUSY_TIMEOUT_S:g} s); "
                           "try again")
    return LedgerError(f"{path}: {e}")


def open_ledger(path: str | os.PathLike = DEFAULT_PATH, create: bool = True) -> Ledger:
    """The ledger at ``path``, created (with ``create``) or migrated to the
    current schema as needed. Use it as a context manager to close it."""
    path = Path(path)
    if path.is_dir():
        raise LedgerError(f"{path} is a directory, not a ledger file")
    if not path.exists():
        if not create:
            raise LedgerError(f"no ledger at {path} (threadscope ledger add --db {path} PATHS... starts one)")
        if not path.parent.is_dir():
            raise LedgerError(f"{path}: no such directory {path.parent}")
    db = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    db.row_factory = sqlite3.Row
    try:
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA foreign_keys = ON")
        ledger = Ledger(path, db)
        _migrate(ledger)
    except sqlite3.DatabaseError as e:
        db.close()
        raise ledger_error(path, e) from None
    except BaseException:
        db.close()
        raise
    return ledger


def _state(db: sqlite3.Connection) -> tuple[int, int, int]:
    app = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    return app, version, tables


def _check(path: Path, app: int, version: int, tables: int) -> None:
    if app != APPLICATION_ID and (tables or version):
        raise LedgerError(f"{path} is a SQLite database of another program, not a threadscope ledger")
    if version > schema_version():
        raise LedgerError(f"{path} has ledger schema {version}, newer than this threadscope's "
                          f"({schema_version()}): upgrade threadscope to use it")


def _migrate(ledger: Ledger) -> None:
    """Bring the file to :func:`schema_version`, every step in one
    transaction; the state is read again under the lock, since another
    process may have migrated it meanwhile."""
    app, version, tables = _state(ledger.db)
    _check(ledger.path, app, version, tables)
    if app == APPLICATION_ID and version == schema_version():
        return
    with ledger.transaction() as db:
        app, version, tables = _state(db)
        _check(ledger.path, app, version, tables)
        for step, statements in MIGRATIONS:
            if step > version:
                for sql in statements:
                    db.execute(sql)
                db.execute(f"PRAGMA user_version = {int(step)}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
