"""The README's example and its pasted output stay true."""
from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_python_example_prints_what_the_readme_says():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"## Python API\n\n```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", text, re.S)
    assert m, "README lost its Python example"
    code, expected = m.groups()
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert out.getvalue().split() == expected.split()


def test_readme_commands_exist():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m pytest -q" in text
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python -m pytest -q" in ci
