"""The report: conversations as static, self-contained HTML pages.

    >>> import threadscope
    >>> threadscope.write_report("samples/fable_thread.twarc2.jsonl", "report.html")   # one page
    >>> threadscope.write_report(analyses, "site/")   # one page per conversation + index.html

``write_report(source, out)`` takes an ``Analysis``, a list of them, a
``Corpus`` or input path(s) (read with :func:`threadscope.load` and
:func:`threadscope.analyze_all`). Where the pages go depends on ``out``:

- a path ending in ``/`` (or ``os.sep``) or an existing directory: that
  directory (created when needed) with one page per conversation
  (``conversation-<id>.html``) and ``index.html`` listing them, sortable;
- anything else, whatever its suffix or none (``report.html``, ``site2``),
  and ``-`` (stdout): one file holding every conversation given, the
  largest first (an export of one conversation is one conversation; the seed
  sample is four, linked by quotes, on one page). The suffix never decides.
  A ``pathlib.Path`` drops a trailing ``/``: create the directory first, or
  pass ``f"{path}/"``.

``today`` (a date, or ``YYYY-MM-DD``) marks each forecast window open or
closed on that day and draws a "today" line on the timelines; ``ledger``
(a forecast ledger file, an open :class:`threadscope.ledger.Ledger` or its
:func:`~threadscope.ledger.snapshot`) adds, for the forecasts it holds,
right or wrong once their proposition is resolved, and a scoreboard of the
holders (see :mod:`.status`). Without ``today`` the report has no statuses:
the page is a function of its inputs and these arguments, and the report
code never reads the clock for them (``threadscope report`` passes today's
UTC date unless ``--today`` says otherwise).

``format="json"`` writes, instead of HTML, the exact context each template
receives (``index.json`` for the index), so other tools can build their own
views; its ``schema`` key names the layout (``threadscope.report/1``).

Templates. The defaults live in the top-level ``templates/`` folder of the
source tree and ship inside the wheel as ``threadscope/templates``
(:func:`default_template_dir` finds either). ``template_dir`` puts a folder
of your own in front: a file there named like a default one (``report.html``,
``_post.html``, ``report.css``...) replaces it, and can extend or include the
default through the ``default/`` prefix::

    {% extends "default/report.html" %}
    {% block footer %}{{ super() }}<p>Prepared by the data desk.</p>{% endblock %}

Autoescape is on for every template (post text is hostile input); JSON for a
``<script>`` element goes through the ``script_json`` filter. The page carries
a Content-Security-Policy that allows no request to any host and runs only
the inline ``report.js`` and ``report.css`` it was rendered with (by hash):
an override that adds a script or style of its own should put it in its
``report.js``/``report.css`` or replace the ``csp`` block.

Templates compute nothing: every figure, label, link and coordinate is in the
context, built in Python: :mod:`.site` (what the pages share, the
index), :mod:`.context` (one page, section by section),
:mod:`.tree` (post cards and the reply tree), :mod:`.svg` (the
timeline and agreement-graph geometry, with label widths from
:mod:`.textwidth`), :mod:`.text` (labels, the summary paragraph, the
spec's rules). ``tests/browser.py`` opens pages in headless Chromium for
the tests, the screenshot and the benchmark.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

import jinja2
import orjson
from markupsafe import Markup

from ..export import atomic_output
from ..forking import forked_map, worth_forking
from .context import SCHEMA
from .site import PAGE_POSTS, Site
from .text import iso_time, page_file

__all__ = ["SCHEMA", "default_template_dir", "environment", "render", "script_json",
           "write_report"]



# ------------------------------------------------------------ environment

def default_template_dir() -> Path:
    """The shipped templates: ``threadscope/templates`` in an installed wheel,
    the top-level ``templates/`` folder in a source tree or editable install."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "templates", package.parent / "templates"):
        if (candidate / "report.html").is_file():
            return candidate
    raise FileNotFoundError("threadscope's report templates are missing; reinstall threadscope")


def environment(template_dir: str | os.PathLike | None = None) -> jinja2.Environment:
    """The Jinja environment: ``template_dir`` (if any) first, then the
    defaults, which are also reachable as ``default/<name>``."""
    default = jinja2.FileSystemLoader(str(default_template_dir()))
    loaders: list[jinja2.BaseLoader] = []
    if template_dir is not None:
        if not Path(template_dir).is_dir():
            raise FileNotFoundError(f"template directory not found: {template_dir}")
        loaders.append(jinja2.FileSystemLoader(str(template_dir)))
    loaders += [jinja2.PrefixLoader({"default": default}), default]
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["script_json"] = script_json
    return env


_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> Markup:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>``, ``&``, ``'``
    or line/paragraph separators, so ``</script>`` or ``<!--`` in the data
    cannot end or bend the element."""
    text = orjson.dumps(value, default=_json_default).decode("utf-8")
    return Markup(re.sub("[<>&'\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group(0)], text))


def _json_default(value):
    if isinstance(value, datetime):
        return iso_time(value)
    if hasattr(value, "item"):
        return value.item()
    if value != value:
        return None
    return str(value)


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render(env: jinja2.Environment, name: str, context: dict) -> str:
    """Render ``name`` with ``context``; ``assets`` (the inlined CSS and
    JavaScript and the CSP that allows exactly them) is added here."""
    return "".join(rendering(env, name, context))


def rendering(env: jinja2.Environment, name: str, context: dict) -> Iterator[str]:
    """:func:`render` piece by piece, for writing a page without holding
    all of it (a page of 10,000 posts is tens of MB as text and again as
    bytes)."""
    css = env.get_template("report.css").render(context)
    js = env.get_template("report.js").render(context)
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    return env.get_template(name).generate(context, assets={"css": Markup(css), "js": Markup(js), "csp": csp})


# ------------------------------------------------------------ stance

# ------------------------------------------------------------ writing

def _inputs(source, corpus):
    from ..analysis import analyze_all
    from ..corpus import Corpus, load

    if isinstance(source, Corpus):
        return analyze_all(source.threads), source
    if hasattr(source, "thread") and hasattr(source, "forecasts"):
        return [source], corpus
    if isinstance(source, (str, os.PathLike)):
        source = [source]
    items = list(source)
    if all(hasattr(x, "thread") and hasattr(x, "forecasts") for x in items):
        return items, corpus
    if all(isinstance(x, (str, os.PathLike)) for x in items):
        loaded = load([os.fspath(x) for x in items])
        return analyze_all(loaded.threads), loaded
    raise TypeError("write_report takes an Analysis, a list of them, a Corpus or input paths")


def _one_file(out) -> bool:
    """One file unless ``out`` ends with ``/`` (or ``os.sep``) or is an
    existing directory (see the module docs); the suffix does not count."""
    if out is None or str(out) == "-":
        return True
    text = os.fspath(out)
    return not (text.endswith(("/", os.sep)) or Path(text).is_dir())


def _when(generated_at: datetime | None) -> datetime:
    if generated_at is not None:
        return generated_at if generated_at.tzinfo else generated_at.replace(tzinfo=timezone.utc)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


@dataclass(frozen=True)
class _PageJob:
    """One page of a site. Forked workers inherit the jobs (the Site is
    never pickled) and send back only the path written."""

    site: Site
    env: jinja2.Environment | None
    analysis: object
    path: Path
    here: str
    index: str
    part: int
    posts: int          # the posts it draws, for the progress bar


def _write_page(job: _PageJob) -> str:
    if job.part == 1:
        name, context = "report.html", job.site.page([job.analysis], job.here, index=job.index)
    else:
        name, context = "part.html", job.site.part(job.analysis, job.part, index=job.index)
    _write(job.path, rendering(job.env, name, context) if job.env is not None else _json(context))
    return str(job.path)


def _write(path, text: str | Iterable[str]) -> None:
    """A file is written piece by piece (it lands whole or not at all);
    stdout gets the page only once all of it is rendered."""
    pieces = [text] if isinstance(text, str) else text
    if path is None or str(path) == "-":
        pieces = ["".join(pieces)]
    with atomic_output(path) as f:
        f.writelines(pieces)


def _json(context: dict) -> str:
    return orjson.dumps(context, default=_json_default, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"


def _ledger_snapshot(ledger):
    """A :class:`~threadscope.ledger.Snapshot` of ``ledger`` (a path, an
    open Ledger or a Snapshot already), or None."""
    from ..ledger import Ledger, Snapshot, open_ledger, snapshot

    if ledger is None or isinstance(ledger, Snapshot):
        return ledger
    if isinstance(ledger, Ledger):
        return snapshot(ledger)
    with open_ledger(ledger, create=False) as book:
        return snapshot(book)


def write_report(source, out: str | os.PathLike | None = "-", *, corpus=None,
                 template_dir: str | os.PathLike | None = None, format: str = "html",
                 conversation: str | None = None, generated_at: datetime | None = None,
                 today: date | str | None = None, ledger=None, workers: int = 1,
                 page_posts: int = PAGE_POSTS, progress=None) -> list[str]:
    """Write the report of ``source`` (an Analysis, a list of them, a Corpus
    or input paths) to ``out`` (see the module docs for one file vs a
    directory) and return the paths written.

    ``corpus`` gives the provenance (files, sha256, problems) when ``source``
    is analyses; ``conversation`` keeps one conversation; ``generated_at``
    fixes the time printed (default: ``SOURCE_DATE_EPOCH`` or now);
    ``today`` and ``ledger`` give the forecasts their status (see the module
    docs; a ledger needs ``today``; a bad date or a file that is no ledger
    raises :class:`threadscope.ledger.LedgerError`);
    ``workers`` forked processes write the pages of a site (the same bytes
    for any number; a one-file report is one page, written here);
    ``page_posts``: a site draws at most this many posts of a conversation's
    tree on a page, the rest on pages ``conversation-<id>.part2.html``, ...
    linked from each other (a one-file report is never split);
    ``progress(step, posts)`` hears of each page of a site written."""
    from ..ledger import parse_date

    if format not in ("html", "json"):
        raise ValueError(f"unknown report format {format!r} (choose html or json)")
    today = parse_date(today, "today") if today is not None else None
    if ledger is not None and today is None:
        raise ValueError("write_report: a ledger needs today= (the day the forecasts' statuses are read on)")
    book = _ledger_snapshot(ledger)
    analyses, corpus = _inputs(source, corpus)
    if conversation is not None:
        analyses = [a for a in analyses if a.thread.id == conversation]
        if not analyses:
            raise LookupError(f"no conversation {conversation} in the input")
    env = environment(template_dir) if format == "html" else None
    when = _when(generated_at)
    ext = format

    def emit(path, name: str, context: dict) -> None:
        _write(path, rendering(env, name, context) if env is not None else _json(context))

    if _one_file(out):
        site = Site(analyses, corpus, {a.thread.id: "" for a in analyses}, when, today, book)
        emit(out, "report.html", site.page(analyses, ""))
        return [os.fspath(out) if out is not None else "-"]
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    files = {a.thread.id: page_file(a.thread.id, ext) for a in analyses}
    site = Site(analyses, corpus, files, when, today, book, page_posts)
    index_name = f"index.{ext}"
    jobs = []
    for a in analyses:
        parts = site.parts.get(a.thread.id)
        if not parts:
            jobs.append(_PageJob(site, env, a, folder / files[a.thread.id], files[a.thread.id], index_name, 1,
                                 len(a.thread)))
            continue
        for part in parts:
            posts = sum(1 for n in part.nodes if n in a.thread.by_id)
            jobs.append(_PageJob(site, env, a, folder / part.file, part.file, index_name, part.number, posts))
    first = [_write_page(job) for job in jobs[:1]]      # here: a template error is raised in this process
    rest = range(1, len(jobs))
    if worth_forking([job.posts for job in jobs[1:]], workers):
        pages = (path for _, path in forked_map(_write_page, jobs, workers, rest))
    else:
        pages = (_write_page(jobs[i]) for i in rest)
    written = []
    for job, path in zip(jobs, itertools.chain(first, pages)):
        written.append(path)
        if progress is not None:
            progress("pages", job.posts)
    emit(folder / index_name, "index.html", site.index(index_name))
    written.append(str(folder / index_name))
    return written
