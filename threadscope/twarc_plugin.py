"""threadscope as a twarc2 plugin: ``twarc2 threadscope report ...``.

twarc2 adds every click command registered in the ``twarc.plugins`` entry
point group (``pip install threadscope[twarc]``) as a subcommand. This group,
named ``threadscope``, carries the threadscope commands themselves, so
``twarc2 threadscope report conversation.jsonl -o report.html`` is exactly
``threadscope report conversation.jsonl -o report.html`` (same options, same
exit codes). Like any twarc2 command it runs after twarc2's own start-up,
which wants twarc's configuration (``twarc2 configure``, or ``BEARER_TOKEN``
in the environment) even though threadscope itself never calls the API.
"""
from __future__ import annotations

import click

from . import __version__
from .cli import main as _main

threadscope = click.Group(
    name="threadscope",
    commands=dict(_main.commands),
    help="Reply graphs, forecasts, claims and HTML reports from twarc2 exports (threadscope "
         f"{__version__}); e.g. twarc2 threadscope report results.jsonl -o report.html",
)

__all__ = ["threadscope"]
