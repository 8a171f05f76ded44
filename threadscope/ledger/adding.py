"""``add``: the forecasts of one input into the ledger, in one transaction.

The input is read and its forecasts extracted (``analysis.input_forecasts``,
the pass the ``predictions`` command runs) before the transaction starts,
so the write lock is held only for the writes. Under the lock the posts are
matched to the ledger's (by every id of an edited post), the extractor's
propositions mapped onto the ledger's, and each forecast inserted, updated
or left alone. The rules are in the package docstring.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..version import __version__
from .records import AddResult, post_url, utc_now
from .store import Ledger

if TYPE_CHECKING:   # the analyzers load when an add runs, not when a command only reads the ledger
    from ..corpus import Corpus
    from ..forecasts import Forecast
    from ..model import Post

# Test-only: seconds to sleep inside the add's transaction, after every
# write and before the commit, so a test can kill the process there.
TEST_PAUSE = "THREADSCOPE_LEDGER_TEST_PAUSE"

FIELDS = ("author", "holder", "quote", "event", "window_start", "window_end", "confidence", "polarity",
          "relative_to", "vague")


@dataclass(slots=True)
class _Incoming:
    record: "Forecast"
    post: "Post"
    seq: int
    key: str = ""
    older: bool = False


def id_order(post_id: str) -> tuple:
    """Post ids in time order: X ids are snowflakes, so a later version of an
    edited post has a larger id (other ids sort after, as text)."""
    return (0, int(post_id), "") if post_id.isdigit() else (1, 0, post_id)


def add(ledger: Ledger, inputs, input_format: str | None = None, column_map: dict[str, str] | None = None,
        strict: bool = False, progress=None) -> AddResult:
    """Add the forecasts of ``inputs`` (a loaded :class:`Corpus`, or paths
    given to :func:`threadscope.load` with the other arguments) to the
    ledger. Adding the same or a newer export again adds nothing twice and
    never touches resolutions."""
    from ..analysis import input_forecasts
    from ..corpus import Corpus, load

    corpus = inputs if isinstance(inputs, Corpus) else load(inputs, input_format, column_map, strict)
    threads = corpus.threads
    conversation = {pid: t.id for t in threads for pid in t.by_id}
    incoming: list[_Incoming] = []
    seqs: dict[str, int] = {}
    for records in input_forecasts(threads, progress).values():
        for r in records:
            seq = seqs.get(r.post_id, 0)
            seqs[r.post_id] = seq + 1
            incoming.append(_Incoming(r, corpus.post(r.post_id), seq))
    inputs_json = json.dumps([{"path": s.path, "format": s.format, "sha256": s.sha256} for s in corpus.sources],
                             ensure_ascii=False)
    with ledger.transaction() as db:
        add_id = db.execute("INSERT INTO adds (added_at, version, inputs) VALUES (?, ?, ?)",
                            (utc_now(), __version__, inputs_json)).lastrowid
        posts = list({item.post.id: item.post for item in incoming}.values())
        keys = {p.id: _store_post(db, p, conversation.get(p.id), add_id) for p in posts}
        for item in incoming:
            item.key, item.older = keys[item.post.id]
        counts = _store_forecasts(db, incoming, corpus, add_id)
        db.execute("UPDATE adds SET posts = ?, forecasts = ?, added = ?, updated = ? WHERE add_id = ?",
                   (len(posts), len(incoming), counts["added"], counts["updated"], add_id))
        _test_pause()
    return AddResult(add_id=add_id, posts=len(posts), forecasts=len(incoming), **counts)


def _store_post(db: sqlite3.Connection, post: "Post", conversation_id: str | None, add_id: int) -> tuple[str, bool]:
    """The ledger's id of ``post`` (the oldest id of its versions the ledger
    knows, else of the versions it lists), and whether ``post`` is an older
    version than the one stored (which it then leaves alone)."""
    chain = tuple(dict.fromkeys((*post.edit_ids, post.id)))
    known = [row[0] for pid in chain for row in db.execute("SELECT post_id FROM post_ids WHERE id = ?", (pid,))]
    key = min(known or chain, key=id_order)
    row = db.execute("SELECT latest_id, conversation_id, author, text, url FROM posts WHERE post_id = ?",
                     (key,)).fetchone()
    now = (post.id, conversation_id, post.author, post.text, post_url(post.id))
    older = False
    if row is None:
        created = post.created_at.isoformat().replace("+00:00", "Z") if post.created_at else None
        db.execute("INSERT INTO posts (post_id, latest_id, conversation_id, author, created_at, text, url, "
                   "first_add, last_add) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (key, *now[:3], created, *now[3:],
                                                                                add_id, add_id))
    elif id_order(post.id) < id_order(row["latest_id"]):
        older = True
    elif tuple(row) != now:
        db.execute("UPDATE posts SET latest_id = ?, conversation_id = ?, author = ?, text = ?, url = ?, "
                   "last_add = ? WHERE post_id = ?", (*now, add_id, key))
    db.executemany("INSERT OR IGNORE INTO post_ids (id, post_id) VALUES (?, ?)", [(pid, key) for pid in chain])
    return key, older


def _values(item: _Incoming, relative_to: str | None) -> tuple:
    r = item.record
    return (r.author, r.holder, r.quote, r.event, r.window_start.isoformat() if r.window_start else None,
            r.window_end.isoformat() if r.window_end else None, float(r.confidence), r.polarity, relative_to,
            int(bool(r.vague)))


def _store_forecasts(db: sqlite3.Connection, incoming: list[_Incoming], corpus: "Corpus", add_id: int) -> dict:
    counts = dict(added=0, updated=0, unchanged=0, older=0, propositions_added=0)
    existing = {}
    for item in incoming:
        row = db.execute(f"SELECT proposition, {', '.join(FIELDS)} FROM forecasts WHERE post_id = ? AND seq = ?",
                         (item.key, item.seq)).fetchone()
        if row is not None:
            existing[(item.key, item.seq)] = row
    groups: dict[str, list[_Incoming]] = {}
    for item in incoming:
        groups.setdefault(item.record.proposition, []).append(item)
    titled: set[str] = set()
    written: set[tuple[str, int]] = set()
    for items in groups.values():
        target = _target(db, items, existing)
        if target is None:
            target = _new_proposition(db, items, add_id)
            counts["propositions_added"] += 1
            titled.add(target)
        elif target not in titled:
            titled.add(target)
            db.execute("UPDATE propositions SET event = ?, last_add = ? WHERE proposition = ? AND event != ?",
                       (items[0].record.event, add_id, target, items[0].record.event))
        for item in items:
            key = (item.key, item.seq)
            if item.older:
                counts["older"] += 1
                continue
            if key in written:
                counts["unchanged"] += 1
                continue
            written.add(key)
            values = _values(item, _ledger_post_id(db, corpus, item.record.relative_to))
            row = existing.get(key)
            if row is None:
                db.execute(f"INSERT INTO forecasts (post_id, seq, proposition, {', '.join(FIELDS)}, first_add, "
                           f"last_add) VALUES ({', '.join('?' * (len(FIELDS) + 5))})",
                           (*key, target, *values, add_id, add_id))
                counts["added"] += 1
            elif tuple(row)[1:] != values:
                db.execute(f"UPDATE forecasts SET {', '.join(f'{c} = ?' for c in FIELDS)}, last_add = ? "
                           "WHERE post_id = ? AND seq = ?", (*values, add_id, *key))
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
    return counts


def _target(db: sqlite3.Connection, items: list[_Incoming], existing: dict) -> str | None:
    """The ledger proposition a group of the extractor's maps onto: the one
    its forecasts already in the ledger belong to (the oldest, when they
    belong to several), or None for a new one."""
    known = {existing[(i.key, i.seq)]["proposition"] for i in items if (i.key, i.seq) in existing}
    if not known:
        return None
    order = {p: n for p, n in db.execute(
        f"SELECT proposition, rowid FROM propositions WHERE proposition IN ({', '.join('?' * len(known))})",
        tuple(known))}
    return min(known, key=lambda p: order.get(p, 0))


def proposition_id(anchor: str, length: int = 8) -> str:
    """The ledger's id of a proposition: ``p`` and the first hex digits of
    the SHA-1 of its anchor (``post_id/seq`` of its earliest forecast)."""
    return "p" + hashlib.sha1(f"threadscope-ledger:{anchor}".encode("utf-8")).hexdigest()[:length]


def _new_proposition(db: sqlite3.Connection, items: list[_Incoming], add_id: int) -> str:
    first = min(items, key=lambda i: (i.post.created_at.isoformat() if i.post.created_at else "",
                                      id_order(i.key), i.seq))
    anchor = f"{first.key}/{first.seq}"
    row = db.execute("SELECT proposition FROM propositions WHERE anchor = ?", (anchor,)).fetchone()
    if row is not None:
        return row[0]
    length = 8
    while db.execute("SELECT 1 FROM propositions WHERE proposition = ?", (proposition_id(anchor, length),)).fetchone():
        length += 2     # another anchor's id starts the same: a longer one (never seen at 8 hex digits)
    pid = proposition_id(anchor, length)
    db.execute("INSERT INTO propositions (proposition, anchor, event, first_add, last_add) VALUES (?, ?, ?, ?, ?)",
               (pid, anchor, first.record.event, add_id, add_id))
    return pid


def _ledger_post_id(db: sqlite3.Connection, corpus: "Corpus", post_id: str | None) -> str | None:
    """``relative_to`` as the ledger's id of that post, when it holds it."""
    if post_id is None:
        return None
    resolved = corpus.resolve(post_id)
    row = db.execute("SELECT post_id FROM post_ids WHERE id = ?", (resolved,)).fetchone()
    return row[0] if row is not None else resolved


def _test_pause() -> None:
    seconds = os.environ.get(TEST_PAUSE)
    if seconds:
        sys.stderr.write(f"threadscope: ledger: {TEST_PAUSE}: pausing inside the transaction\n")
        sys.stderr.flush()
        time.sleep(float(seconds))
