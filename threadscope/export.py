"""Tables and graphs to files that other tools read: CSV, JSON lines, GraphML
and GEXF (Gephi), node-link JSON.

Every file is written atomically: to a temporary file beside the target,
then renamed over it, so a crash or a full disk never leaves half a file
where a good one was. The temporary file has no name while it is written
(Linux ``O_TMPFILE``; a named ``.NAME.*.tmp`` elsewhere) and gets one only
to be renamed, so even SIGKILL leaves no temporary file behind. A file
written over keeps its permissions (a 0600 report stays private); a new one
gets the umask's. No write ever replaces a file the command read
(:func:`protect`). Graph attributes never use the name ``type`` (Gephi
reserves it; the post's kind is ``kind``) and never hold None (GraphML and
GEXF have no null): unknown values are simply absent, and characters XML
cannot hold (control characters from post text) become U+FFFD.

CSV cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, tab or carriage return; a reply's text starts with
``@``) are neutralised as OWASP recommends, with a leading single quote, so
``=HYPERLINK(...)`` in a post stays text. :func:`read_table` takes the quote
off again. ``safe_csv=False`` (the command line's ``--raw-csv``) writes
cells as they are, for tools that are no spreadsheet.
"""
from __future__ import annotations

import contextlib
import io
import math
import os
import re
import secrets
import stat
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import IO, Iterator

import networkx as nx
import orjson
import pandas as pd

from .model import Post
from .tables import printable

GRAPH_FORMATS = ("graphml", "gexf", "json", "csv")
TABLE_FORMATS = ("csv", "jsonl", "table")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class OutputError(Exception):
    """An output that must not or cannot be written; the message is one line."""


_PROTECTED: set[tuple[int, int]] = set()


def input_files(paths) -> list[Path]:
    """The files ``paths`` name, directories walked (what a command reads)."""
    out: list[Path] = []
    for p in [paths] if isinstance(paths, (str, os.PathLike)) else paths:
        if str(p) == "-":
            continue
        path = Path(p)
        if path.is_dir():
            for d, _, files in os.walk(path):
                out.extend(Path(d) / f for f in files)
        else:
            out.append(path)
    return out


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def refuse_overwrite(output, paths) -> None:
    """Raise :class:`OutputError` when ``output`` is one of the inputs (the
    same name, or the same file by another name: a link)."""
    if output is None or str(output) == "-":
        return
    target = Path(output)
    mine = _identity(target)
    absolute = os.path.abspath(target)
    for f in input_files(paths):
        if os.path.abspath(f) == absolute or (mine is not None and _identity(f) == mine):
            raise OutputError(f"refusing to write over the input {printable(f)} (-o {printable(output)}); "
                              "choose another output")


@contextlib.contextmanager
def protect(paths):
    """For the block, no :func:`atomic_output` replaces a file of ``paths``
    (the inputs): a report's page or any other output that lands on an
    input is refused with :class:`OutputError`."""
    ids = {i for i in map(_identity, input_files(paths)) if i is not None} - _PROTECTED
    _PROTECTED.update(ids)
    try:
        yield
    finally:
        _PROTECTED.difference_update(ids)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _open_unnamed(folder: Path) -> int | None:
    """A file in ``folder`` with no name yet (``O_TMPFILE``), or None where
    the system or the file system has none."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_RDWR, 0o666)
    except OSError:
        return None


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike | None, binary: bool = False) -> Iterator[IO]:
    """A file handle that lands at ``path`` only if the block succeeds; stdout
    when ``path`` is None or ``-``. See the module docs for what "atomic"
    promises (no temporary file left, permissions kept, inputs never
    replaced)."""
    if path is None or str(path) == "-":
        stream = sys.stdout.buffer if binary else sys.stdout
        yield stream
        stream.flush()
        return
    target = Path(path)
    if _PROTECTED and _identity(target) in _PROTECTED:
        raise OutputError(f"refusing to write over the input {printable(target)}; choose another output")
    folder = target.parent
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(target)) from None
    if existing is not None and stat.S_ISDIR(existing.st_mode):
        raise OSError(21, "is a directory", str(target))
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    fd = _open_unnamed(folder)
    tmp = None
    try:
        if fd is None:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise OSError(e.errno, e.strerror, str(target)) from None
    named = None
    try:
        with os.fdopen(fd, "w+b" if tmp is None else "wb") as raw:
            f = raw if binary else io.TextIOWrapper(raw, encoding="utf-8", newline="")
            try:
                yield f
                f.flush()
            finally:
                if not binary:
                    with contextlib.suppress(ValueError):
                        f.detach()
            os.fchmod(raw.fileno(), mode)
            os.fsync(raw.fileno())
            if tmp is None:
                named = _name_unnamed(raw, folder, target)
        os.replace(tmp or named, target)
    except BaseException:
        for leftover in (tmp, named):
            if leftover:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        raise


def _name_unnamed(raw, folder: Path, target: Path) -> str:
    """A name beside ``target`` for the unnamed file, given only now, just
    before the rename; where linking it fails, its bytes are copied to a
    named temporary file."""
    name = str(folder / f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        _linkat(raw.fileno(), name)
        return name
    except OSError:
        fd, copy = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as out:
            raw.seek(0)
            while chunk := raw.read(1 << 20):
                out.write(chunk)
            os.fchmod(out.fileno(), stat.S_IMODE(os.fstat(raw.fileno()).st_mode))
            out.flush()
            os.fsync(out.fileno())
        return copy


def _linkat(fd: int, name: str) -> None:
    """Give the ``O_TMPFILE`` file ``fd`` the name ``name``. ``os.link``
    follows the ``/proc/self/fd`` link only through linkat, which it uses
    when given a directory fd."""
    folder = os.open(os.path.dirname(name) or ".", os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.link(f"/proc/self/fd/{fd}", os.path.basename(name), dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _plain(value):
    """A value GraphML, GEXF and JSON all accept, or None to leave it out."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, (list, tuple)):
        return xml_text(" ".join(str(v) for v in value)) if value else None
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, (int, float, bool)):
        return value
    return xml_text(str(value))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold (C0 controls but
    tab and newlines, lone surrogates, U+FFFE/U+FFFF) as U+FFFD: one ESC in
    a post made the whole GraphML file unreadable to Gephi."""
    return _NOT_XML.sub("\ufffd", text) if not text.isprintable() or not text.isascii() else text


def post_attributes(p: Post) -> dict:
    return {
        "label": f"@{p.author}" if p.author else p.id,
        "author": p.author, "author_id": p.author_id, "author_name": p.author_name,
        "kind": p.kind, "created_at": p.created_at, "text": p.body, "lang": p.lang,
        "conversation_id": p.conversation_id, "like_count": p.like_count, "retweet_count": p.retweet_count,
        "reply_count": p.reply_count, "quote_count": p.quote_count,
    }


def attributed_graph(graph: nx.DiGraph, lookup, metrics: dict | None = None) -> nx.DiGraph:
    """A copy of a reply graph whose nodes carry the post's fields (for Gephi
    and friends): ``lookup(id)`` gives the Post or None for placeholders."""
    out = nx.DiGraph()
    metrics = metrics or {}
    for n, data in graph.nodes(data=True):
        p = lookup(n)
        attrs = post_attributes(p) if p is not None else {
            "label": f"[{data.get('role', 'missing')}] @{data['author']}" if data.get("author") else f"[missing] {n}",
            "author": data.get("author"), "author_id": data.get("author_id"), "kind": "missing",
            "reason": data.get("reason"), "conversation_id": data.get("conversation_id")}
        attrs["role"] = data.get("role")
        m = metrics.get(n)
        if m is not None:
            attrs.update(depth=m.depth, subtree_size=m.subtree_size, replies=m.replies)
        out.add_node(xml_text(str(n)), **{k: v for k, v in ((k, _plain(v)) for k, v in attrs.items()) if v is not None})
    for s, t, data in graph.edges(data=True):
        out.add_edge(xml_text(str(s)), xml_text(str(t)),
                     **{k: v for k, v in ((k, _plain(v)) for k, v in data.items()) if v is not None})
    return out


def clean_graph(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy whose attributes are all writable (participant graphs)."""
    out = nx.DiGraph()
    for n, data in graph.nodes(data=True):
        name = xml_text(str(n))
        out.add_node(name, label=name, **{k: _plain(v) for k, v in data.items() if _plain(v) is not None})
    for s, t, data in graph.edges(data=True):
        out.add_edge(xml_text(str(s)), xml_text(str(t)), **{k: _plain(v) for k, v in data.items() if _plain(v) is not None})
    return out


def write_graph(graph: nx.DiGraph, fmt: str, out: str | os.PathLike | None, safe_csv: bool = True) -> None:
    """Write an attributed graph (see :func:`attributed_graph`) as ``fmt``
    (``safe_csv``: see the module docs)."""
    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r} (choose from {', '.join(GRAPH_FORMATS)})")
    if fmt == "graphml":
        with atomic_output(out, binary=True) as f:
            nx.write_graphml(graph, f, encoding="utf-8", prettyprint=True)
    elif fmt == "gexf":
        with atomic_output(out, binary=True) as f:
            nx.write_gexf(graph, f, encoding="utf-8", prettyprint=True)
    elif fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        with atomic_output(out, binary=True) as f:
            f.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))
            f.write(b"\n")
    else:
        rows = [{"source": s, "target": t, **d} for s, t, d in graph.edges(data=True)]
        cols = ["source", "target"] + sorted({k for r in rows for k in r} - {"source", "target"})
        write_table(pd.DataFrame(rows, columns=cols, dtype=object), "csv", out, safe_csv=safe_csv)


def _json_default(value):
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat().replace("+00:00", "Z")
    if hasattr(value, "item"):
        return value.item()
    raise TypeError


def table_records(df: pd.DataFrame) -> Iterator[dict]:
    """Rows as dicts, nulls as None. One conversion of the whole frame:
    ``itertuples`` indexes every column anew and cost 4 ms on each of the
    report's many small tables."""
    for row in df.to_numpy(dtype=object).tolist():
        yield {c: (None if (v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v)))
                   else v) for c, v in zip(df.columns, row)}


def write_table(df: pd.DataFrame, fmt: str, out: str | os.PathLike | None, columns: list[str] | None = None,
                width: int = 60, safe_csv: bool = True) -> None:
    """CSV (RFC 4180, UTF-8, ISO times), JSON lines, or a table for the terminal
    (``columns`` picks what the terminal table shows; long text is cut to
    ``width``, control characters escaped). CSV cells that would start a
    spreadsheet formula get a leading ``'`` unless ``safe_csv`` is False
    (see the module docs)."""
    if fmt not in TABLE_FORMATS:
        raise ValueError(f"unknown table format {fmt!r} (choose from {', '.join(TABLE_FORMATS)})")
    if fmt == "csv":
        frame = df.copy()
        for c in frame.columns:
            if isinstance(frame[c].dtype, pd.DatetimeTZDtype):
                frame[c] = frame[c].map(lambda t: None if pd.isna(t) else t.isoformat().replace("+00:00", "Z"))
            elif frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c].dtype):
                frame[c] = frame[c].map(lambda v: orjson.dumps(list(v)).decode() if isinstance(v, (list, tuple)) else v)
                if safe_csv:
                    frame[c] = frame[c].map(neutralise_cell)
        with atomic_output(out) as f:
            frame.to_csv(f, index=False, lineterminator="\n")
    elif fmt == "jsonl":
        with atomic_output(out, binary=True) as f:
            for rec in table_records(df):
                f.write(orjson.dumps(rec, default=_json_default, option=orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z))
                f.write(b"\n")
    else:
        frame = df[columns] if columns else df
        frame = frame.copy()
        for c in frame.columns:
            if isinstance(frame[c].dtype, pd.DatetimeTZDtype):
                frame[c] = frame[c].dt.strftime("%Y-%m-%d %H:%M")
            elif frame[c].dtype == object:
                frame[c] = frame[c].map(lambda v: _cut(v, width))
        buf = io.StringIO()
        buf.write(frame.to_string(index=False, na_rep="-", float_format=lambda v: f"{v:g}") if len(frame) else "(no rows)")
        buf.write("\n")
        with atomic_output(out) as f:
            f.write(buf.getvalue())


def neutralise_cell(v):
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before a
    formula start, and before a ``'`` that precedes one (so that
    :func:`restore_cell` gives back exactly what was written)."""
    if isinstance(v, str) and v and (v[0] in FORMULA_START or (v[0] == "'" and v.lstrip("'")[:1] in FORMULA_START)):
        return "'" + v
    return v


def restore_cell(v):
    """The cell :func:`neutralise_cell` was given."""
    if isinstance(v, str) and v[:1] == "'" and v.lstrip("'")[:1] in FORMULA_START:
        return v[1:]
    return v


def _cut(v, width: int):
    if isinstance(v, str):
        v = printable(" ".join(v.split()))
        return v if len(v) <= width else v[: width - 1] + "…"
    if isinstance(v, (list, tuple)):
        return _cut(" ".join(map(str, v)), width)
    return v


_ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$")
_INTEGER = re.compile(r"^-?\d+$")


def is_id_column(name: str) -> bool:
    """Columns that hold ids (post, user, conversation) or user keys: always
    text, since X ids exceed 2^53 and a float keeps only 16 digits."""
    return name == "id" or name.endswith("_id") or name in ("relative_to", "source", "target", "user")


def read_table(path: str | os.PathLike) -> pd.DataFrame:
    """A CSV or JSON lines table written by threadscope, read back with the
    types it was written with: ids (see :func:`is_id_column`) as text, ISO
    times as UTC datetimes, whole numbers as Int64, other numbers as
    Float64, True/False as boolean, JSON lists as lists.

    Why this exists: plain ``pd.read_csv`` turns an id column with blanks
    (``reply_to_id`` of a root) into float64 and changes the last digits of
    every id, and plain ``pd.read_json`` does so even without blanks. No
    way of writing the ids keeps both readers exact without changing the
    values (quoting does not stop pandas' number guessing), so the right
    read is this one call, or ``pd.read_csv(path, dtype=str)``."""
    path = Path(path)
    with open(path, "rb") as f:
        head = f.read(1)
    if head in (b"{", b"["):
        with open(path, "rb") as f:
            rows = [orjson.loads(line) for line in f if line.strip()]
        df = pd.DataFrame(rows, dtype=object)
        return df.apply(lambda col: _typed(col, json_values=True))
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    df = df.apply(lambda col: col.map(restore_cell))
    return df.apply(_typed)


def _typed(col: pd.Series, json_values: bool = False) -> pd.Series:
    """One column of :func:`read_table` with its type; text stays object
    dtype with None for blanks (pandas 3 would read text as its ``str``
    dtype, whose blanks are NaN)."""
    raw = [None if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v for v in col.tolist()]
    values = [v for v in raw if v is not None]

    def series(items, dtype=object) -> pd.Series:
        return pd.Series(items, dtype=dtype, index=col.index, name=col.name)

    if is_id_column(str(col.name)) or not values:
        return series([None if v is None else str(v) for v in raw])
    if json_values:
        if all(isinstance(v, bool) for v in values):
            return series(raw, "boolean")
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return series(raw, "Int64")
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return series(raw, "Float64")
        if not all(isinstance(v, str) for v in values):
            return series(raw)
    if all(v in ("True", "False") for v in values):
        return series([None if v is None else v == "True" for v in raw], "boolean")
    if all(_INTEGER.match(v) for v in values):
        return series([None if v is None else int(v) for v in raw], "Int64")
    if all(_ISO_TIME.match(v) for v in values):
        return pd.to_datetime(series(raw), utc=True, format="ISO8601")
    if not json_values:
        numbers = pd.to_numeric(series(raw), errors="coerce")
        if numbers.notna().sum() == len(values):
            return numbers.astype("Float64")
        if all(v.startswith("[") and v.endswith("]") for v in values):
            try:
                return series([None if v is None else orjson.loads(v) for v in raw])
            except orjson.JSONDecodeError:
                pass
    return series(raw)


def reply_graph(corpus, conversation_id: str | None = None) -> nx.DiGraph:
    """The attributed reply graph of one conversation, or of all of them."""
    if conversation_id is not None:
        thread = _thread(corpus, conversation_id)
        return attributed_graph(thread.graph, thread.post, thread.metrics)
    metrics = {}
    for t in corpus.threads:
        metrics.update(t.metrics)
    return attributed_graph(corpus.graph, corpus.post, metrics)


def participant_graph(corpus, conversation_id: str | None = None) -> nx.DiGraph:
    """user -> user (replies, quotes, weight), summed over the conversations."""
    threads = [_thread(corpus, conversation_id)] if conversation_id is not None else corpus.threads
    g = nx.DiGraph()
    for t in threads:
        pg = t.participant_graph
        g.add_nodes_from(pg.nodes)
        for s, d, data in pg.edges(data=True):
            if g.has_edge(s, d):
                for k in ("replies", "quotes", "weight"):
                    g[s][d][k] += data[k]
            else:
                g.add_edge(s, d, **data)
    return clean_graph(g)


def _thread(corpus, conversation_id: str):
    thread = corpus.thread(conversation_id)
    if thread is None:
        raise LookupError(f"no conversation {conversation_id} in the input")
    return thread


def forecasts_text(df: pd.DataFrame) -> str:
    """The forecasts as a terminal table, grouped by proposition."""
    if not len(df):
        return "(no forecasts)\n"
    groups: dict = {}
    for r in df.itertuples(index=False):       # one pass: a groupby per proposition is slow for thousands
        groups.setdefault(r.proposition, []).append(r)
    lines: list[str] = []
    for prop, group in groups.items():
        lines.append(f"{printable(prop)}  {printable(group[0].event)}")
        for r in group:
            start = r.window_start or "…"
            end = r.window_end or "open"
            window = f"{start} .. {end}" + (" (vague)" if r.vague else "")
            rel = f"  against {printable(r.relative_to)}" if r.relative_to else ""
            lines.append(f"  {printable(r.holder or '?'):<18} {window:<26} {r.confidence:.2f}  {_cut(r.quote, 60)!r}"
                         f"  [{printable(r.post_id)}]{rel}")
        lines.append("")
    return "\n".join(lines)
