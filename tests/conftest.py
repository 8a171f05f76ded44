"""Shared fixtures for the tests that read the real corpus in ``../shared``.

The corpus is read in place (never copied into the project). When the
``shared`` folder beside the repository is absent, every test that needs it
is skipped with the path it looked for.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
REAL = SHARED / "corpus" / "real"
RUMOUREVAL = SHARED / "corpus" / "stance" / "rumoureval2017"

# Folders of the real corpus holding formats threadscope does not read yet.
UNREAD_FOLDERS = ("bluesky", "mastodon")
# Not a post export: a user-lookup page (tested on its own).
USERS_PAGE = "twarc2/twarc-csv__users.jsonl"


def real_files(include_unread: bool = False, include_users: bool = False) -> list[str]:
    """Paths (relative to ``corpus/real``, with ``/``) of the corpus files."""
    if not REAL.is_dir():
        return []
    out = []
    for p in sorted(REAL.rglob("*")):
        if not p.is_file() or p.name == "README.md":
            continue
        rel = p.relative_to(REAL).as_posix()
        if not include_unread and rel.split("/", 1)[0] in UNREAD_FOLDERS:
            continue
        if not include_users and rel == USERS_PAGE:
            continue
        out.append(rel)
    return out


def _absent(what: Path) -> None:
    pytest.skip(f"../shared corpus not present: {what} does not exist")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        _absent(SHARED)
    return SHARED


@pytest.fixture(scope="session")
def real_dir(shared_dir) -> Path:
    if not REAL.is_dir():
        _absent(REAL)
    return REAL


@pytest.fixture(scope="session")
def rumoureval_dir(shared_dir) -> Path:
    if not RUMOUREVAL.is_dir():
        _absent(RUMOUREVAL)
    return RUMOUREVAL


@pytest.fixture(scope="session")
def load_cached():
    """``threadscope.load`` memoised per tuple of paths: the tests only read
    the Corpus, so one load per input serves every test."""
    import threadscope

    cache: dict[tuple[str, ...], object] = {}

    def load(*paths):
        key = tuple(str(p) for p in paths)
        if key not in cache:
            cache[key] = threadscope.load(list(key))
        return cache[key]

    return load


def pytest_generate_tests(metafunc):
    """``real_file`` runs a test once per file of ``corpus/real`` that
    threadscope should read (bluesky/, mastodon/ and the user-lookup page are
    tested separately); ``unread_file`` once per bluesky/mastodon file."""
    for name, files in (("real_file", real_files()),
                        ("unread_file", [f for f in real_files(include_unread=True)
                                         if f.split("/", 1)[0] in UNREAD_FOLDERS])):
        if name in metafunc.fixturenames:
            metafunc.parametrize(name, files or ["<corpus absent>"], indirect=True)


def _corpus_file(request, real_dir) -> Path:
    path = real_dir / request.param
    if not path.is_file():
        _absent(path)
    return path


real_file = pytest.fixture(_corpus_file, name="real_file")
unread_file = pytest.fixture(_corpus_file, name="unread_file")
