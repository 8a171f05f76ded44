"""The report's JSON context (``threadscope report --format json``) against
its schema, ``threadscope/report/schema.json`` (JSON Schema draft 2020-12),
and the schema against its documentation, ``docs/report-json.md``.

Every context checked here is what ``write_report(..., format="json")``
really writes: the one-file page, the pages and the index of a site, pages
without stance findings or corpus, an empty input, a synthetic export with
the rare node roles, the bundled samples and every file of the real corpus in
``../shared/corpus/real`` (skipped with the path when that folder is absent).

The schema forbids keys it does not name, so a key added to the context
without a word in the schema and the docs fails here; the docs test fails
when the two drift apart in either direction.

Speed: a real export with more than ``REAL_SAMPLE`` conversations is checked
on its ``REAL_LARGEST`` largest conversations plus an even spread of the
others (as one page), and the first ``REAL_SITE`` of those as a site (pages
and index): analysing every conversation of the corpus takes minutes, the
shapes are all there in a selection. ``THREADSCOPE_SCHEMA_ALL=1`` checks
every conversation of every file, as a page and as a site.
"""
from __future__ import annotations

import copy
import json
import os
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is not installed (pip install -e '.[test]')")
from jsonschema import Draft202012Validator  # noqa: E402

import threadscope  # noqa: E402
from threadscope.report import SCHEMA, write_report  # noqa: E402

from conftest import REAL, REPO, real_files  # noqa: E402

SCHEMA_FILE = REPO / "threadscope" / "report" / "schema.json"
DOC_FILE = REPO / "docs" / "report-json.md"
SAMPLES = sorted(p.name for p in (REPO / "samples").iterdir() if p.suffix in (".jsonl", ".csv"))
WHEN = datetime(2026, 6, 20, 12, 0, tzinfo=timezone.utc)
REAL_SAMPLE = 16       # conversations of a real export on the one-file page (all when THREADSCOPE_SCHEMA_ALL=1)
REAL_LARGEST = 10      # ... the largest ones, then an even spread of the rest
REAL_SITE = 4          # ... the first of which also make a site (pages + index)
META = "https://json-schema.org/draft/2020-12/schema"


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema) -> Draft202012Validator:
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _problems(validator, ctx: dict, limit: int = 8) -> str:
    errors = sorted(validator.iter_errors(ctx), key=lambda e: list(map(str, e.absolute_path)))
    return "\n".join(f"  at {'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message[:300]}"
                     for e in errors[:limit])


def assert_valid(validator, ctx: dict, what: str) -> None:
    problems = _problems(validator, ctx)
    assert not problems, f"{what} does not match {SCHEMA_FILE.name}:\n{problems}"


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def report_contexts(source, tmp: Path, corpus=None, site: bool = True) -> list[tuple[str, dict]]:
    """(name, context) of what ``write_report`` writes for ``source``: the
    one-file page, and (``site``) each page of the site and its index."""
    tmp.mkdir(parents=True, exist_ok=True)
    out = [("report.json", _read(Path(write_report(source, tmp / "report.json", corpus=corpus, format="json",
                                                   generated_at=WHEN)[0])))]
    if site:
        for f in write_report(source, f"{tmp / 'site'}/", corpus=corpus, format="json", generated_at=WHEN):
            out.append((f"site/{Path(f).name}", _read(Path(f))))
    return out


def check_all(validator, contexts, what: str) -> set[str]:
    kinds = set()
    for name, ctx in contexts:
        assert ctx["schema"] == SCHEMA
        kinds.add(ctx["kind"])
        assert_valid(validator, ctx, f"{what}: {name}")
    return kinds


# ------------------------------------------------------------ the schema itself

def test_schema_is_a_valid_draft_2020_12_schema(schema):
    assert schema["$schema"] == META
    Draft202012Validator.check_schema(schema)
    assert schema["title"] == SCHEMA


def _objects(node, path="#"):
    """Every object schema (one with ``properties``) inside ``node``."""
    if isinstance(node, dict):
        if "properties" in node:
            yield path, node
        for k, v in node.items():
            yield from _objects(v, f"{path}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _objects(v, f"{path}/{i}")


def test_schema_objects_are_closed_and_their_keys_required(schema):
    """Objects with fixed keys forbid others and require all of theirs
    (``metrics``, which holds only the non-zero counts, excepted)."""
    open_objects, optional = [], []
    for path, node in _objects(schema["$defs"], "#/$defs"):
        if "/if/" in path or "/then/" in path or path.endswith(("/if", "/then")):
            continue          # the node's role-dependent refinements, not objects of their own
        if node.get("additionalProperties") is not False:
            open_objects.append(path)
        missing = set(node["properties"]) - set(node.get("required", ()))
        if missing and not path.endswith("/node/properties/metrics"):
            optional.append((path, sorted(missing)))
    assert not open_objects, f"objects that allow undeclared keys: {open_objects}"
    assert not optional, f"optional keys: {optional}"


# ------------------------------------------------------- contexts that validate

@pytest.mark.parametrize("sample", SAMPLES)
def test_sample_contexts_match_the_schema(sample, validator, tmp_path):
    contexts = report_contexts(REPO / "samples" / sample, tmp_path)
    assert check_all(validator, contexts, sample) == {"page", "index"}
    assert len(contexts) >= 3       # the page, one page per conversation, the index


def test_forecast_set_contexts_match_the_schema(validator, tmp_path):
    """Threads of the forecast development set with open-ended, vague,
    reported and relative forecasts, several propositions on one page."""
    paths = [REPO / "tests" / "data" / "forecasts" / f"{name}.twarc2.jsonl"
             for name in ("space_launch", "agi_timelines", "phone_launch")]
    ((_, page),) = report_contexts(paths, tmp_path, site=False)
    assert_valid(validator, page, "tests/data/forecasts")
    rows = [f for p in page["forecasts"]["propositions"] for f in p["rows"]]
    assert any(f["window_end"] is None for f in rows) and any(f["answers"] for f in rows)
    assert any(f["vague"] for f in rows) and any(f["reported_by"] for f in rows)


def _resolved_ledger(path: Path) -> Path:
    from threadscope.ledger import add, open_ledger, resolve, snapshot

    with open_ledger(path) as book:
        add(book, [REPO / "samples" / "fable_thread.twarc2.jsonl"])
        (pid,) = set(snapshot(book).forecasts.values())
        resolve(book, pid, happened="2026-12-20", source="https://example.org/fable", note="announced")
    return path


def test_contexts_with_a_day_and_a_ledger_match_the_schema(validator, tmp_path):
    """Statuses from the dates alone (open and closed), and from a resolved
    ledger (right, wrong, the scoreboard, seven sections), page and site."""
    sample = REPO / "samples" / "fable_thread.twarc2.jsonl"
    ledger = _resolved_ledger(tmp_path / "l.sqlite")
    seen: dict[str, set] = {"status": set(), "result": set()}
    for name, kw in [("dates", {"today": "2027-01-05"}), ("ledger", {"today": "2027-01-05", "ledger": ledger})]:
        out = tmp_path / name
        out.mkdir()
        written = write_report(sample, out / "report.json", format="json", generated_at=WHEN, **kw)
        written += write_report(sample, f"{out / 'site'}/", format="json", generated_at=WHEN, **kw)
        for f in written:
            ctx = _read(Path(f))
            assert_valid(validator, ctx, f"{name}: {f}")
            if ctx["kind"] == "page":
                for r in (r for p in ctx["forecasts"]["propositions"] for r in p["rows"]):
                    seen["status"].add(r["status"])
                    seen["result"].add(r["result"])
        page = _read(Path(written[0]))
        assert (page["scoreboard"] is not None) == ("ledger" in kw) == (len(page["sections"]) == 7)
    assert seen == {"status": {"open", "closed", "resolved"}, "result": {None, "right", "wrong"}}


@pytest.fixture(scope="module")
def ledger_page(tmp_path_factory, validator) -> dict:
    d = tmp_path_factory.mktemp("ledger")
    out = d / "report.json"
    write_report(REPO / "samples" / "fable_thread.twarc2.jsonl", out, format="json", generated_at=WHEN,
                 today="2027-01-05", ledger=_resolved_ledger(d / "l.sqlite"))
    page = _read(out)
    assert_valid(validator, page, "the sample page with a ledger")
    return page


def _first_row(c):
    return c["forecasts"]["propositions"][0]["rows"][0]


LEDGER_CORRUPTIONS = {
    "a status outside open, closed, resolved": lambda c: _first_row(c).update(status="right"),
    "an outcome of 2": lambda c: _first_row(c).update(outcome=2),
    "a ledger proposition in the extractor's form": lambda c: _first_row(c).update(ledger_proposition="P1"),
    "a scoreboard row without resolved forecasts": lambda c: c["scoreboard"]["rows"][0].update(resolved=0),
    "a Brier score above 1": lambda c: c["scoreboard"]["rows"][0].update(brier=1.2),
    "a source linked that is no http(s) URL": lambda c: c["scoreboard"]["resolutions"][0].update(
        source_href="javascript:alert(1)"),
    "an undocumented key in the today line": lambda c: c["forecasts"]["propositions"][0]["timeline"]["today"].update(
        colour="red"),
    "a bar status outside the four": lambda c: c["forecasts"]["propositions"][0]["timeline"]["bars"][0].update(
        status="resolved"),
    "an eighth section": lambda c: c["sections"].append({"anchor": "claims", "label": "again"}),
}


@pytest.mark.parametrize("what", sorted(LEDGER_CORRUPTIONS))
def test_a_corrupted_ledger_context_is_rejected(what, ledger_page, validator):
    ctx = copy.deepcopy(ledger_page)
    LEDGER_CORRUPTIONS[what](ctx)
    assert not validator.is_valid(ctx), f"the schema accepts {what}"


ODD_USERS = [{"id": "11", "username": "alice", "name": "Alice A"}, {"id": "12", "username": "bob", "name": "Bob"}]


def _tweet(tid, text, author, conv, when, reply=None, quote=None, lang="en"):
    t = {"id": tid, "text": text, "author_id": author, "conversation_id": conv, "created_at": when, "lang": lang}
    refs = [{"type": kind, "id": ref} for kind, ref in (("replied_to", reply), ("quoted", quote)) if ref]
    if refs:
        t["referenced_tweets"] = refs
    return t


def _odd_export(path: Path) -> Path:
    """A twarc2 page with what the samples lack: a reply to a post of another
    conversation (an ``external`` node), a reply under a post the export
    lacks and a quote of another (``missing`` nodes), an author the export
    does not name, a post in no language, a post with more replies than a
    card shows (``more``) and a chain deeper than the tree nests (``flat``)."""
    data = [_tweet("100", "Prices will double by 2027, probably.", "11", "100", "2026-01-01T10:00:00.000Z"),
            _tweet("101", "No way, not before 2030. https://example.com/x", "12", "100", "2026-01-01T11:00:00.000Z",
                   reply="100"),
            _tweet("200", "A new thread, replying to the first one", "12", "200", "2026-01-02T10:00:00.000Z",
                   reply="101"),
            _tweet("201", "an answer under a deleted post", "11", "200", "2026-01-02T11:00:00.000Z", reply="999"),
            _tweet("202", "quoting a post that is gone", "99", "200", "2026-01-02T12:00:00.000Z", quote="998",
                   lang="und")]
    data += [_tweet(str(300 + i), f"reply number {i}", "11" if i % 2 else "12", "100",
                    f"2026-01-01T12:{i:02d}:00.000Z", reply="100") for i in range(45)]
    data += [_tweet(str(400 + i), f"deeper, level {i + 2}", "12" if i % 2 else "11", "100",
                    f"2026-01-01T14:{i:02d}:00.000Z", reply=str(400 + i - 1) if i else "101") for i in range(9)]
    path.write_text(json.dumps({"data": data, "includes": {"users": ODD_USERS}}) + "\n", encoding="utf-8")
    return path


def _nodes(ctx):
    stack = [n for c in ctx["conversations"] for n in [c["tree"]["root"], *c["tree"]["others"]] if n]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(n["children"] + n["more"] + n["flat"])


def test_rare_node_roles_match_the_schema(validator, tmp_path):
    contexts = report_contexts(_odd_export(tmp_path / "odd.jsonl"), tmp_path)
    check_all(validator, contexts, "odd.jsonl")
    page = contexts[0][1]
    roles = {n["role"] for n in _nodes(page)}
    assert roles == {"post", "missing", "external"}      # the test covers what it says it covers
    assert any(n["author"] is None for n in _nodes(page))
    assert any(n["more"] for n in _nodes(page)) and any(n["flat"] for n in _nodes(page))


def test_contexts_without_stance_or_corpus_match_the_schema(validator, tmp_path):
    """Analyses passed in Python without stance findings and without their
    corpus: the agreement pairs count replies and quotes, provenance is unknown."""
    corpus = threadscope.load([REPO / "samples" / "fable_thread.twarc2.jsonl"])
    class Bare(threadscope.Analysis):
        stance = agreement = participant_stance = agreement_graph = None

    bare = [Bare(a.thread, a.forecast_records) for a in threadscope.analyze_all(corpus.threads)]
    contexts = report_contexts(bare, tmp_path)
    check_all(validator, contexts, "analyses without stance")
    page = contexts[0][1]
    assert page["stance"] is None and page["provenance"]["known"] is False
    assert page["participants"]["agreement"]["pairs"] and "replies" in page["participants"]["agreement"]["pairs"][0]


def test_an_empty_report_matches_the_schema(validator, tmp_path):
    contexts = report_contexts([], tmp_path)
    check_all(validator, contexts, "empty input")
    page = contexts[0][1]
    assert page["conversations"] == [] and page["overview"]["root"] is None
    assert [c["kind"] for _, c in contexts] == ["page", "index"]


def _selection(threads: list) -> list:
    """The conversations of a real export to check (see the module docs)."""
    if os.environ.get("THREADSCOPE_SCHEMA_ALL") == "1" or len(threads) <= REAL_SAMPLE:
        return threads
    rest = threads[REAL_LARGEST:]
    step = len(rest) / (REAL_SAMPLE - REAL_LARGEST)
    return threads[:REAL_LARGEST] + [rest[int(i * step)] for i in range(REAL_SAMPLE - REAL_LARGEST)]


@pytest.mark.parametrize("rel", real_files(include_unread=True, include_users=True) or ["<corpus absent>"])
def test_real_export_contexts_match_the_schema(rel, validator, tmp_path):
    if not REAL.is_dir():
        pytest.skip(f"../shared corpus not present: {REAL} does not exist")
    path = REAL / rel
    if not path.is_file():
        pytest.skip(f"../shared corpus not present: {path} does not exist")
    corpus = threadscope.load([path])
    analyses = threadscope.analyze_all(_selection(corpus.threads))
    everything = len(analyses) == len(corpus.threads)
    contexts = report_contexts(analyses, tmp_path, corpus=corpus, site=everything)
    if not everything:
        contexts += report_contexts(analyses[:REAL_SITE], tmp_path / "part", corpus=corpus)[1:]
    check_all(validator, contexts, rel)


# ------------------------------------------------------- contexts that must fail

def _first_node(ctx):
    return ctx["conversations"][0]["tree"]["root"]["children"][0]


CORRUPTIONS = {
    "an undocumented top-level key": lambda c: c.update(extra=1),
    "an undocumented key deep in the reply tree": lambda c: _first_node(c).update(score=3),
    "a post id as a number": lambda c: c["forecasts"]["propositions"][0]["rows"][0].update(post_id=2067435077654126592),
    "a stance label outside SDQC": lambda c: _first_node(c).update(stance="agree"),
    "a time that is not UTC": lambda c: _first_node(c).update(created_at="2026-06-18T03:40:12+02:00"),
    "a confidence above 1": lambda c: c["forecasts"]["propositions"][0]["rows"][0].update(confidence=1.5),
    "a required key removed": lambda c: c["overview"].pop("posts"),
    "a count as a string": lambda c: c["overview"].update(posts="27"),
    "a forecast row longer than its fields": lambda c: c["data"]["forecasts"][0].append("x"),
    "another schema name": lambda c: c.update(schema="threadscope.report/2"),
    "a page claiming to be the index": lambda c: c.update(kind="index"),
    "a placeholder with a post kind": lambda c: _first_node(c).update(role="missing"),
    "a sentiment label outside the three": lambda c: c["participants"]["rows"][0].update(sentiment_label="happy"),
}


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory, validator) -> dict:
    out = tmp_path_factory.mktemp("schema") / "report.json"
    write_report(REPO / "samples" / "fable_thread.twarc2.jsonl", out, format="json", generated_at=WHEN)
    page = _read(out)
    assert_valid(validator, page, "the sample page")      # each corruption below is what makes it fail
    return page


@pytest.mark.parametrize("what", sorted(CORRUPTIONS))
def test_a_corrupted_context_is_rejected(what, sample_page, validator):
    ctx = copy.deepcopy(sample_page)
    CORRUPTIONS[what](ctx)
    assert not validator.is_valid(ctx), f"the schema accepts {what}"


# ------------------------------------------------------------ schema <-> docs

def _paths(node: dict, prefix: str = ""):
    """Property paths of an object schema: ``name``, ``name.sub``,
    ``name[].sub`` for the objects inside (``$ref``s are documented where they
    are defined)."""
    for name, sub in node.get("properties", {}).items():
        yield prefix + name
        for branch in sub.get("anyOf", [sub]):
            if "properties" in branch:
                yield from _paths(branch, f"{prefix}{name}.")
            items = branch.get("items")
            if isinstance(items, dict) and "properties" in items:
                yield from _paths(items, f"{prefix}{name}[].")


def _doc_sections(text: str) -> dict[str, str]:
    """Markdown sections whose heading is a schema name in backticks, and
    the section "Value types" (key ``None``)."""
    sections: dict[str, str] = {}
    parts = re.split(r"^(#{2,4}) (`[A-Za-z_]+`|Value types).*$", text, flags=re.MULTILINE)
    for i in range(1, len(parts) - 2, 3):
        name = parts[i + 1]
        sections[name.strip("`") if name.startswith("`") else None] = parts[i + 2]
    return sections


def _doc_fields(section: str) -> set[str]:
    return set(re.findall(r"^\| `([A-Za-z_][\w.\[\]]*)` \|", section, flags=re.MULTILINE))


def test_every_schema_field_is_documented_and_every_documented_field_exists(schema):
    """Each object of ``$defs`` has a section headed with its name whose
    table lists exactly its property paths; each other definition (ids,
    times, labels) is a row of "Value types"."""
    text = DOC_FILE.read_text(encoding="utf-8")
    sections = _doc_sections(text)
    assert None in sections, "docs/report-json.md has no section 'Value types'"
    types_doc = _doc_fields(sections.pop(None))
    defs = schema["$defs"]
    objects = {k: v for k, v in defs.items() if "properties" in v}
    values = set(defs) - set(objects)
    undocumented, stale = [], []
    for name, node in objects.items():
        if name not in sections:
            undocumented.append(f"$defs/{name} (no section headed `{name}`)")
            continue
        have, want = _doc_fields(sections[name]), set(_paths(node))
        undocumented += [f"{name}: {p}" for p in sorted(want - have)]
        stale += [f"{name}: {p}" for p in sorted(have - want)]
    undocumented += [f"value type {v} (no row in Value types)" for v in sorted(values - types_doc)]
    stale += [f"value type {v} is no $defs entry" for v in sorted(types_doc - values)]
    stale += [f"section `{s}` names no object of $defs" for s in sorted(set(sections) - set(objects))]
    assert not undocumented, "in the schema but not in docs/report-json.md:\n  " + "\n  ".join(undocumented)
    assert not stale, "in docs/report-json.md but not in the schema:\n  " + "\n  ".join(stale)


def test_docs_name_the_schema_and_its_file():
    text = DOC_FILE.read_text(encoding="utf-8")
    assert SCHEMA in text and "threadscope/report/schema.json" in text
