"""The command line: each command is a few lines over the Python API.

Data goes to stdout (or ``-o FILE``, written atomically), messages to stderr.
Exit status: 0 all read, 1 input problems were found (the output is still
written), 2 usage or fatal error. No traceback reaches the user unless
``THREADSCOPE_DEBUG=1`` is set. Every message is one line with its control
characters escaped (a file name or a post could otherwise forge lines or
drive the terminal), and no command writes its output over one of its
inputs.
"""
from __future__ import annotations

import contextlib
import functools
import os
import sys

import click

from pathlib import Path

from .corpus import Corpus, InputProblem, load
from .version import __version__
from .export import (GRAPH_FORMATS, OutputError, atomic_output, forecasts_text, input_files, protect,
                     refuse_overwrite, write_graph, write_table)
from .readers import FORMATS
from .readers.sources import Limits, parse_size
from .select import Selection, participant_graph_of, participants_of, posts_of, reply_graph_of
from .tables import printable, summaries_frame

PROGRESS_MIN_BYTES = 20 * 1024 * 1024
PROGRESS_MIN_POSTS = 5000
STANCE_COLUMNS = ["post_id", "parent_id", "author", "stance", "root_stance", "sentiment", "sentiment_label"]


class Fatal(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"threadscope: error: {printable(' '.join(str(self.message).split()))}", err=True)


def _parse_map(values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        for part in value.split(","):
            if not part.strip():
                continue
            name, sep, col = part.partition("=")
            if not sep or not name.strip() or not col.strip():
                raise click.BadParameter(f"expected FIELD=COLUMN, got {part!r}", param_hint="--map")
            out[name.strip()] = col.strip()
    return out


_LIMITS = "threadscope.limits"


def _limit(ctx, param, value):
    """Keep ``--max-input-size`` / ``--max-gzip-ratio`` for read_corpus,
    without adding a parameter to every command."""
    if value is None:
        return None
    current = ctx.meta.get(_LIMITS, Limits())
    try:
        if param.name == "max_input_size":
            current = Limits(parse_size(value), current.max_ratio, current.fifo_wait)
        else:
            current = Limits(current.max_bytes, float(value), current.fifo_wait)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None
    ctx.meta[_LIMITS] = current
    return None


def input_options(f):
    """Options every command that reads input shares."""
    f = click.option("--max-gzip-ratio", type=click.FloatRange(min=0), expose_value=False, callback=_limit,
                     metavar="N", help=f"Refuse gzip data that expands more than N times past "
                     f"64 MB, like a decompression bomb (default {Limits().max_ratio:g}; 0: no limit).")(f)
    f = click.option("--max-input-size", expose_value=False, callback=_limit, metavar="SIZE",
                     help="Cut a stream (stdin, a pipe, a device) or decompressed gzip data past SIZE "
                          "(e.g. 500M, 8G; default 64G; 0: no limit).")(f)
    f = click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))(f)
    f = click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
                     help="Force the input format instead of detecting it from the content.")(f)
    f = click.option("--map", "column_map", multiple=True, metavar="FIELD=COLUMN,...",
                     help="CSV column mapping, e.g. --map id=tweet_id,text=body,author=user.")(f)
    f = click.option("--strict", is_flag=True, help="Stop at the first input problem.")(f)
    f = click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")(f)
    return f


def read_corpus(paths, input_format, column_map, strict, quiet, workers: int = 1, executor=None) -> Corpus:
    """Load with a progress bar on a terminal; turn input failures into one line."""
    for p in paths:
        if p != "-" and not os.path.exists(p):
            raise Fatal(f"no such file or directory: {p}")
    mapping = _parse_map(column_map)
    ctx = click.get_current_context(silent=True)
    limits = ctx.meta.get(_LIMITS) if ctx is not None else None
    bar = _progress(paths) if not quiet else None
    try:
        corpus = load(paths, input_format, mapping or None, strict, bar.update if bar else None, limits,
                      workers, executor)
    except InputProblem as e:
        click.echo(f"threadscope: {printable(e.problem)} (stopped by --strict)", err=True)
        sys.exit(1)
    except ValueError as e:
        raise Fatal(str(e)) from None
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        _summary(corpus)
    return corpus


def _progress(paths):
    if not sys.stderr.isatty():
        return None
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            if os.path.isdir(p):
                total += sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(p) for f in fs
                             if os.path.isfile(os.path.join(d, f)))
            elif os.path.isfile(p):
                total += os.path.getsize(p)
        except OSError:
            return None
    if total < PROGRESS_MIN_BYTES:
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="B", unit_scale=True, desc="reading", file=sys.stderr, leave=False)


class Steps:
    """One progress bar per step of the analysis (``progress(step, posts)``
    callbacks), on a terminal only and for inputs big enough to wait for."""

    LABELS = {"forecasts": "forecasts", "analysis": "stance, claims", "pages": "writing pages"}

    def __init__(self, corpus: Corpus, quiet: bool):
        self.total = len(corpus.by_id)
        self.on = not quiet and sys.stderr.isatty() and self.total >= PROGRESS_MIN_POSTS
        self.bars: dict = {}

    def __call__(self, step: str, posts: int) -> None:
        if not self.on:
            return
        bar = self.bars.get(step)
        if bar is None:
            from tqdm import tqdm
            for other in self.bars.values():
                other.close()
            bar = self.bars[step] = tqdm(total=self.total, unit=" posts", desc=self.LABELS.get(step, step),
                                         file=sys.stderr, leave=False)
        bar.update(posts)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for bar in self.bars.values():
            bar.close()


def _summary(corpus: Corpus) -> None:
    n = len(corpus.problems)
    line = f"threadscope: read {len(corpus.sources)} file(s): {corpus.counts}"
    if n:
        errors = sum(1 for p in corpus.problems if p.severity == "error")
        line += (f"; {n} input problem(s) ({errors} record(s) not loaded), first: {corpus.problems[0]}"
                 "; run 'threadscope validate' to list them")
    click.echo(printable(line), err=True)


def _exit(corpus: Corpus) -> None:
    sys.exit(1 if corpus.problems else 0)


def _check_output(output, inputs) -> None:
    """Refuse, before any reading, an output that is one of the inputs or
    lies in a folder that is missing or not writable: one line, exit 2,
    and nothing analysed in vain."""
    if output is None or str(output) == "-":
        return
    if inputs:
        refuse_overwrite(output, inputs)
    text = os.fspath(output)
    if text.endswith(("/", os.sep)) or os.path.isdir(text):
        return
    folder = Path(text).parent
    if not folder.is_dir():
        raise Fatal(f"cannot write {printable(text)}: no directory {printable(folder)}")
    if not os.access(folder, os.W_OK):
        raise Fatal(f"cannot write {printable(text)}: the directory {printable(folder)} is not writable")


def guarded(f):
    """One line instead of a traceback for anything unexpected; and the
    output checks every command with ``-o`` shares (see _check_output),
    with the inputs protected from any write while the command runs."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            inputs = input_files(kwargs.get("paths") or ())     # directories walked once, for both checks
            for name in ("output", "db") if "paths" in kwargs else ("output",):    # ledger add writes its --db
                if name in kwargs:
                    _check_output(kwargs[name], inputs)
            with protect(inputs):
                return f(*args, **kwargs)
        except OutputError as e:
            raise Fatal(str(e)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("threadscope: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            sys.exit(0)
        except LookupError as e:
            raise Fatal(str(e.args[0]) if e.args else str(e)) from None
        except OSError as e:
            raise Fatal(f"{e.strerror or e}: {e.filename}" if e.filename else str(e)) from None
        except RecursionError:
            raise Fatal("internal error: RecursionError (a structure nested too deep); "
                        "set THREADSCOPE_DEBUG=1 for a traceback") from None
        except Exception as e:
            if os.environ.get("THREADSCOPE_DEBUG"):
                raise
            raise Fatal(f"internal error: {type(e).__name__}: {e} (set THREADSCOPE_DEBUG=1 for a traceback)") from None
    return wrapper


output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
                             help="Write to this file (atomically) instead of stdout.")
table_format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
                                   show_default=True, help="A table for the terminal, CSV or JSON lines.")
raw_csv_option = click.option(
    "--raw-csv", is_flag=True,
    help="Write CSV cells as they are. By default a cell starting with = + - @ tab or CR gets a leading ' "
         "so that a spreadsheet shows it as text instead of running it as a formula (OWASP).")

def _cores_unless_given(ctx, param, value):
    from .forking import default_workers
    return value or default_workers()


workers_option = click.option(
    "--workers", type=click.IntRange(min=1), default=None, metavar="N", callback=_cores_unless_given,
    help="Processes that read a large JSON-lines file and analyse conversations at once (default: the cores "
         "available); the output is the same for any N.")

dask_option = click.option(
    "--dask", "dask_address", metavar="ADDRESS",
    help="Analyse the conversations on Dask: 'local' starts a local cluster, tcp://HOST:PORT uses a running "
         "scheduler (pip install 'threadscope[dask]'); the output is the same as without.")


@contextlib.contextmanager
def analysis_executor(dask_address: str | None, workers: int | None):
    """None (local processes), or an executor on Dask for the block."""
    if not dask_address:
        yield None
        return
    from .cluster import ClusterUnavailable, dask_executor
    try:
        with dask_executor(dask_address, workers) as executor:
            yield executor
    except ClusterUnavailable as e:
        raise Fatal(str(e)) from None


_KEEPS = {"rows": "Keep the rows whose post was written", "conversations": "Keep the conversations with a post written"}


def selection_options(kind: str):
    """--conversation, --since, --until and --author, handed to the command
    as one ``selection`` (a :class:`threadscope.select.Selection`); text
    that is not a date, a time or an author is a one-line error (exit 2)."""
    keeps = _KEEPS[kind]

    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, conversation_id=None, since=None, until=None, authors=(), **kwargs):
            try:
                selection = Selection.parse(conversation_id, since, until, authors)
            except ValueError as e:
                raise Fatal(f"{e} (see --help)") from None
            return f(*args, selection=selection, **kwargs)

        for option in reversed([
            click.option("--conversation", "conversation_id", metavar="ID",
                         help="Only this conversation (its conversation id / root post id)."),
            click.option("--since", metavar="WHEN",
                         help=f"{keeps} at or after WHEN: a date or ISO 8601 time, UTC unless it has a zone."),
            click.option("--until", metavar="WHEN",
                         help=f"{keeps} at or before WHEN; a bare date includes its whole day."),
            click.option("--author", "authors", multiple=True, metavar="HANDLE",
                         help=f"{keeps} by HANDLE (any case, @ optional, or id:<user id>); repeatable."),
        ]):
            wrapper = option(wrapper)
        return wrapper
    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="threadscope")
def main() -> None:
    """Read exports of X conversations (twarc2, v1.1, archive, scrapers, CSV)
    into reply graphs, tables and reports."""


@main.command()
@input_options
@table_format_option
@raw_csv_option
@selection_options("conversations")
@output_option
@workers_option
@guarded
def stats(paths, input_format, column_map, strict, quiet, fmt, raw_csv, selection, workers, output):
    """One row per conversation: size, depth, breadth, branches, participants.

    The terminal table cuts root_text; CSV and JSON lines hold it whole."""
    corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers)
    table = summaries_frame(selection.threads(corpus.threads))
    write_table(table, fmt, output, columns=None if fmt != "table" else [
        "conversation_id", "root_author", "posts", "replies", "quotes", "retweets", "missing", "depth",
        "breadth", "branches", "participants", "self_replies", "first", "span_hours", "root_text"], width=40,
                safe_csv=not raw_csv)
    _exit(corpus)


@main.command()
@input_options
@workers_option
@guarded
def validate(paths, input_format, column_map, strict, quiet, workers):
    """List every input problem; exit 1 when there is any."""
    corpus = read_corpus(paths, input_format, column_map, strict, True, workers)
    skipped = {s.source for s in corpus.skipped}
    for s in corpus.sources:
        if s.path in skipped:
            continue
        status = "ok  " if not s.problems else "FAIL"
        click.echo(printable(f"{status} {s.path} ({s.format}): {s.records} record(s), {s.posts} post(s), "
                             f"{s.problems} problem(s)"))
        for note in s.notes:
            click.echo(printable(f"     note: {note}"))
    for p in corpus.problems:
        click.echo(printable(p))
    for s in corpus.skipped:
        click.echo(printable(f"{s.source}: skipped: {s.reason}"))
    n = len(corpus.problems)
    click.echo(f"{corpus.counts}; {n} problem(s); {len(corpus.skipped)} file(s) skipped", err=True)
    _exit(corpus)


@main.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(GRAPH_FORMATS), default="graphml", show_default=True)
@click.option("--participants", is_flag=True, help="The user -> user interaction graph instead of the reply graph.")
@raw_csv_option
@selection_options("conversations")
@output_option
@workers_option
@guarded
def graph(paths, input_format, column_map, strict, quiet, fmt, participants, raw_csv, selection, workers, output):
    """The reply graph (or the participant graph) as GraphML, GEXF, node-link JSON or a CSV edge list."""
    corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers)
    g = participant_graph_of(corpus, selection) if participants else reply_graph_of(corpus, selection)
    write_graph(g, fmt, output, safe_csv=not raw_csv)
    _exit(corpus)


POST_TABLE_COLUMNS = ["id", "created_at", "author", "kind", "depth", "reply_to_id", "body"]


@main.command()
@input_options
@table_format_option
@raw_csv_option
@selection_options("rows")
@output_option
@workers_option
@guarded
def posts(paths, input_format, column_map, strict, quiet, fmt, raw_csv, selection, workers, output):
    """Every post with its place in the reply tree."""
    corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers)
    write_table(posts_of(corpus, selection), fmt, output, columns=POST_TABLE_COLUMNS, safe_csv=not raw_csv)
    _exit(corpus)


@main.command()
@input_options
@table_format_option
@raw_csv_option
@selection_options("conversations")
@output_option
@workers_option
@guarded
def participants(paths, input_format, column_map, strict, quiet, fmt, raw_csv, selection, workers, output):
    """Who took part in each conversation, and how much they replied and were replied to."""
    corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers)
    write_table(participants_of(corpus, selection), fmt, output, safe_csv=not raw_csv)
    _exit(corpus)


@main.command()
@input_options
@table_format_option
@raw_csv_option
@selection_options("rows")
@workers_option
@dask_option
@output_option
@guarded
def predictions(paths, input_format, column_map, strict, quiet, fmt, raw_csv, selection, workers, dask_address, output):
    """Who predicted what, by when, how sure: one record per forecast.

    --author also keeps the forecasts the author holds ("Elon says ...")."""
    from .analysis import forecasts_of   # the analyzers load only for the commands that use them

    with analysis_executor(dask_address, workers) as executor:
        corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers, executor)
        table = selection.rows(forecasts_of(corpus.threads, workers, executor), corpus, holder_column="holder")
    if fmt == "table":
        with atomic_output(output) as f:
            f.write(forecasts_text(table))
    else:
        write_table(table, fmt, output, safe_csv=not raw_csv)
    _exit(corpus)


@main.command()
@input_options
@table_format_option
@raw_csv_option
@selection_options("rows")
@workers_option
@dask_option
@output_option
@guarded
def claims(paths, input_format, column_map, strict, quiet, fmt, raw_csv, selection, workers, dask_address, output):
    """Numeric and factual claims (benchmark scores, figures), each with its post."""
    from .analysis import claims_of

    with analysis_executor(dask_address, workers) as executor:
        corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers, executor)
        table = claims_of(corpus.threads, workers, executor)
    write_table(selection.rows(table, corpus), fmt, output, columns=None, width=50, safe_csv=not raw_csv)
    _exit(corpus)


@main.command()
@input_options
@table_format_option
@raw_csv_option
@selection_options("rows")
@workers_option
@dask_option
@output_option
@guarded
def stance(paths, input_format, column_map, strict, quiet, fmt, raw_csv, selection, workers, dask_address, output):
    """Each post's stance toward what it answers and toward the root, with its sentiment."""
    from .analysis import stance_of

    with analysis_executor(dask_address, workers) as executor:
        corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers, executor)
        with Steps(corpus, quiet) as steps:
            table = stance_of(corpus.threads, workers, executor, steps)
    write_table(selection.rows(table, corpus), fmt, output, columns=STANCE_COLUMNS, safe_csv=not raw_csv)
    _exit(corpus)


@main.command()
@input_options
@click.option("--format", "fmt", type=click.Choice(["html", "json"]), default="html", show_default=True,
              help="The HTML page(s), or the JSON context the templates receive.")
@click.option("--template-dir", type=click.Path(exists=True, file_okay=False),
              help="Templates of your own, used before the defaults (which stay reachable as default/NAME).")
@selection_options("conversations")
@workers_option
@dask_option
@click.option("-o", "--output", type=click.Path(allow_dash=True), default="-",
              help="One file (report.html, or any name) holding every conversation; a directory only when "
                   "the name ends with / or is an existing directory (site/): one page per conversation "
                   "plus index.html.")
@click.option("--ledger", "ledger_path", metavar="FILE", type=click.Path(dir_okay=False),
              help="A forecast ledger (threadscope ledger add): the forecasts it holds are marked right or "
                   "wrong once resolved, with a scoreboard of the holders (docs/ledger.md).")
@click.option("--today", metavar="DATE",
              help="The day windows are open or closed on, drawn as a line on the timelines (YYYY-MM-DD; "
                   "default: today's date, UTC, or the date of $SOURCE_DATE_EPOCH when set).")
@guarded
def report(paths, input_format, column_map, strict, quiet, fmt, template_dir, selection, workers, dask_address,
           output, ledger_path, today):
    """A self-contained HTML report: who predicted what, claims, the reply tree, participants.

    -o names a directory only when it ends with / or is one already;
    any other name (with or without a suffix) is one file. --ledger and
    --today mark each forecast open, closed, right or wrong."""
    import jinja2
    from .report import write_report
    from .select import analyses_of

    day, book = _report_day_and_ledger(today, ledger_path)    # before the input: a bad one costs nothing
    with analysis_executor(dask_address, workers) as executor:
        corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers, executor)
        steps = Steps(corpus, quiet)        # its bars close at the end of "with steps" below
        analyses = analyses_of(corpus, selection, workers, executor, steps)
    with steps:
        if corpus.threads and not analyses:
            raise Fatal("no conversation in the input matches the selection; no report written")
        try:
            written = write_report(analyses, output, corpus=corpus, template_dir=template_dir, format=fmt,
                                   today=day, ledger=book, workers=workers, progress=steps)
        except jinja2.TemplateError as e:
            where = f" ({e.filename}:{e.lineno})" if getattr(e, "filename", None) else ""
            raise Fatal(f"template error{where}: {e.message or type(e).__name__}") from None
    if not quiet and output != "-":
        click.echo(f"threadscope: wrote {_written(written, output)}", err=True)
    _exit(corpus)


def _report_day_and_ledger(today: str | None, ledger_path: str | None):
    """The report's day (``--today``, else today's UTC date: the date of
    ``$SOURCE_DATE_EPOCH`` when set, as the report's time is) and a snapshot
    of ``--ledger``; a bad date or a file that is no ledger is one line,
    exit 2."""
    from datetime import datetime, timezone
    from .ledger import LedgerError, parse_date, snapshot, utc_today

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        day = (parse_date(today, "--today") if today is not None else
               datetime.fromtimestamp(int(epoch), timezone.utc).date() if epoch.isdigit() else utc_today())
    except LedgerError as e:
        raise Fatal(str(e)) from None
    if ledger_path is None:
        return day, None
    with _ledger(ledger_path) as book:
        return day, snapshot(book)


def _written(written: list[str], output: str) -> str:
    if len(written) == 1:
        return f"1 file(s): {written[0]}"
    return f"{len(written)} file(s) in the directory {output}: index.html and {len(written) - 1} page(s)"


# ------------------------------------------------------------------ the forecast ledger

db_option = click.option(
    "--db", type=click.Path(dir_okay=False), default="threadscope-ledger.sqlite", show_default=True,
    envvar="THREADSCOPE_LEDGER", help="The ledger file (SQLite; also $THREADSCOPE_LEDGER).")
today_option = click.option("--today", metavar="DATE",
                            help="Status as of DATE (YYYY-MM-DD; default: today's date, UTC).")


@contextlib.contextmanager
def _ledger(db: str, create: bool = False):
    """The open ledger for the block; its errors, there or in the block (bad
    dates, unknown propositions, a file that is no ledger), are one line,
    exit 2."""
    from .ledger import LedgerError, open_ledger

    try:
        with open_ledger(db, create=create) as book:
            yield book
    except LedgerError as e:
        raise Fatal(str(e)) from None


@main.group("ledger")
def ledger_group() -> None:
    """Who was right: keep forecasts in a SQLite ledger, resolve their events, score the holders.

    The schema and the rules are in docs/ledger.md."""


@ledger_group.command("add")
@input_options
@db_option
@workers_option
@guarded
def ledger_add(paths, input_format, column_map, strict, quiet, db, workers):
    """Extract the forecasts of PATHS and keep them in the ledger.

    Adding the same or a newer export again adds nothing twice and keeps the resolutions."""
    from .ledger import add

    corpus = read_corpus(paths, input_format, column_map, strict, quiet, workers)
    with _ledger(db, create=True) as book, Steps(corpus, quiet) as steps:
        result = add(book, corpus, progress=steps)
    if not quiet:
        click.echo(f"threadscope: ledger {db}: {result}", err=True)
    _exit(corpus)


@ledger_group.command("list")
@click.option("--status", type=click.Choice(["open", "closed", "resolved"]),
              help="Only the forecasts whose window is open, closed, or whose proposition is resolved.")
@today_option
@table_format_option
@raw_csv_option
@db_option
@output_option
@guarded
def ledger_list(status, today, fmt, raw_csv, db, output):
    """One row per forecast: post, holder, event, proposition, window, confidence, status."""
    from .ledger import forecasts, forecasts_frame
    from .ledger.queries import LIST_COLUMNS

    with _ledger(db) as book:
        table = forecasts_frame(forecasts(book, status, today))
    if fmt == "table":
        table = table.assign(result=table["result"].map(lambda v: v or "-"))
    write_table(table, fmt, output, columns=LIST_COLUMNS, width=40, safe_csv=not raw_csv)


@ledger_group.command("resolve")
@click.argument("proposition")
@click.option("--happened", metavar="DATE", help="The event happened on DATE (YYYY-MM-DD).")
@click.option("--not-by", "not_by", metavar="DATE", help="The event had not happened by DATE (YYYY-MM-DD).")
@click.option("--source", metavar="URL", help="Where the outcome is reported.")
@click.option("--note", metavar="TEXT", help="A note kept with the resolution.")
@click.option("--force", is_flag=True, help="Replace a resolution this one contradicts.")
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
@guarded
def ledger_resolve(proposition, happened, not_by, source, note, force, db, quiet):
    """Record the outcome of PROPOSITION's event: --happened DATE or --not-by DATE.

    A forecast is right when its outcome matches its polarity: a 'will' forecast when the event
    happened inside its window. After --not-by DATE, forecasts whose window ended before DATE have
    the outcome 'did not happen'; the others stay unresolved."""
    from .ledger import resolve

    with _ledger(db) as book:
        done = resolve(book, proposition, happened, not_by, source, note, force)
    if not quiet:
        click.echo(f"threadscope: ledger {db}: {done}", err=True)


@ledger_group.command("scores")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table", show_default=True,
              help="A summary for the terminal, CSV or JSON lines.")
@click.option("--table", "which", type=click.Choice(["holders", "calibration", "propositions"]),
              help="Which scores (CSV and JSON lines: default holders; the terminal summary shows holders "
                   "and propositions).")
@raw_csv_option
@db_option
@output_option
@guarded
def ledger_scores(fmt, which, raw_csv, db, output):
    """Per holder: resolved forecasts, mean Brier and log score, calibration; per proposition: each result."""
    from .ledger import scores, scores_text

    with _ledger(db) as book:
        s = scores(book)
    if fmt == "table" and which is None:
        with atomic_output(output) as f:
            f.write(scores_text(s))
    else:
        write_table(getattr(s, which or "holders"), fmt, output, width=40, safe_csv=not raw_csv)


@ledger_group.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option("--table", "which", type=click.Choice(["forecasts", "propositions", "resolutions", "posts", "adds"]),
              default="forecasts", show_default=True, help="Which table of the ledger.")
@today_option
@raw_csv_option
@db_option
@output_option
@guarded
def ledger_export(fmt, which, today, raw_csv, db, output):
    """A table of the ledger as CSV or JSON lines, for pandas or a spreadsheet.

    Read it back with threadscope.read_table (ids stay text)."""
    from .ledger import table

    with _ledger(db) as book:
        frame = table(book, which, today)
    write_table(frame, fmt, output, safe_csv=not raw_csv)
