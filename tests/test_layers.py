"""The package's imports run one way, as ../shared/design.md draws the flow:
files -> readers -> Corpus -> Thread -> analyzers -> Analysis -> outputs.

Every import in every module counts, the ones inside functions and under
``TYPE_CHECKING`` too: a lazy import is still an arrow. A module may import
from its own layer or any layer below, never above, and no chain of imports
may come back to where it started.
"""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "threadscope"

# The layer order, lowest first. Each entry names a room: a module or a
# subpackage directly under threadscope/ ("" is threadscope/__init__.py).
LAYERS: list[tuple[str, list[str]]] = [
    ("records", ["version", "model", "tables", "forking"]),
    ("readers", ["readers"]),
    ("thread", ["thread"]),
    ("corpus", ["corpus"]),
    ("analyzers", ["forecasts", "claims", "stance"]),
    ("analysis", ["analysis", "cluster"]),
    ("outputs", ["export", "select", "report", "ledger"]),
    ("interface", ["", "cli", "twarc_plugin", "__main__"]),
]
LAYER_OF = {room: i for i, (_, rooms) in enumerate(LAYERS) for room in rooms}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _exists(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def imports_of(path: Path) -> set[str]:
    """The threadscope modules ``path`` imports (``from . import svg`` names
    the submodule svg, ``from .stance import x`` the package stance)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "threadscope")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "threadscope":
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if _exists(sub) else target)
    return found - {name}


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def import_graph() -> nx.DiGraph:
    graph = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        graph.add_node(module_name(path))
        for target in imports_of(path):
            graph.add_edge(module_name(path), target)
    return graph


def upward_arrows(graph: nx.DiGraph) -> list[str]:
    return sorted(f"{a} -> {b} ({LAYERS[LAYER_OF[room(a)]][0]} imports {LAYERS[LAYER_OF[room(b)]][0]})"
                  for a, b in graph.edges if LAYER_OF[room(b)] > LAYER_OF[room(a)])


def circles(graph: nx.DiGraph) -> list[str]:
    """Each circle once, read from its first module by name."""
    found = []
    for c in nx.simple_cycles(graph):
        start = c.index(min(c))
        c = c[start:] + c[:start]
        found.append(" -> ".join(c + [c[0]]))
    return sorted(found)


@pytest.fixture(scope="module")
def graph() -> nx.DiGraph:
    return import_graph()


def test_every_module_has_a_layer(graph):
    unplaced = sorted(m for m in graph if room(m) not in LAYER_OF)
    assert not unplaced, f"put these rooms in LAYERS: {unplaced}"


def test_no_import_runs_up_a_layer(graph):
    assert not upward_arrows(graph), "imports against the flow:\n" + "\n".join(upward_arrows(graph))


def test_no_import_circle(graph):
    assert not circles(graph), "import circles:\n" + "\n".join(circles(graph))


def test_the_walker_sees_what_it_must(graph):
    """The checks are only as good as the walker: it must see relative,
    lazy and TYPE_CHECKING imports, and submodules named in a from-import."""
    assert ("threadscope.report.context", "threadscope.report.svg") in graph.edges       # from . import svg
    assert ("threadscope.report.writer", "threadscope.analysis") in graph.edges          # inside a function
    assert ("threadscope.stance.classifier", "threadscope.forecasts") in graph.edges     # from ..forecasts
    assert ("threadscope.cli", "threadscope.version") in graph.edges


def test_the_checks_catch_what_the_code_once_did():
    """The arrows this test was written to remove: corpus, tables and thread
    in a circle, the report's modules in another, an output importing the
    package's API."""
    old = nx.DiGraph([("threadscope.tables", "threadscope.corpus"), ("threadscope.corpus", "threadscope.tables"),
                      ("threadscope.report.site", "threadscope"), ("threadscope.readers.v1", "threadscope.thread")])
    assert circles(old) == ["threadscope.corpus -> threadscope.tables -> threadscope.corpus"]
    assert [a.split(" ")[0] for a in upward_arrows(old)] == ["threadscope.readers.v1", "threadscope.report.site",
                                                             "threadscope.tables"]


def test_no_submodule_is_hidden_by_a_name_of_its_package():
    """``import threadscope.stance.model as m`` must give the module, not a
    function of the package that happens to share its name."""
    import importlib
    import types

    for init in PACKAGE.rglob("__init__.py"):
        name = module_name(init)
        if name.endswith("templates"):
            continue
        package = importlib.import_module(name)
        for sub in init.parent.glob("*.py"):
            if sub.stem not in ("__init__", "__main__"):
                importlib.import_module(f"{name}.{sub.stem}")
                assert isinstance(getattr(package, sub.stem), types.ModuleType), f"{name}.{sub.stem} is hidden"
