"""threadscope as a twarc2 plugin: ``twarc2 threadscope report ...``.

twarc2 adds every click command registered in the ``twarc.plugins`` entry
point group (``pip install threadscope[twarc]``) as a subcommand. This group,
named ``threadscope``, carries the threadscope commands themselves, so
``twarc2 threadscope report conversation.jsonl -o report.html`` is exactly
``threadscope report conversation.jsonl -o report.html`` (same options, same
exit codes).

Credentials. threadscope never calls the X API, but twarc2 (2.14, and its
code to date) runs its own group callback before any subcommand, before even
the subcommand's ``--help`` is read. Without a bearer token, or a consumer
key and secret, that callback starts ``twarc2 configure``, which prompts for
keys. ``twarc2 --help`` alone does not (click answers it while parsing).
twarc offers plugins no way around this: the callback does not look at
``ctx.invoked_subcommand``, and click hands control to a subcommand only
after the callback has returned; other plugins (twarc-csv) behave the same.
What ``twarc2 threadscope ...`` needs is one of:

- twarc configured once, as for any twarc2 command: ``twarc2 configure``
  writes ``click.get_app_dir("twarc")/config`` (``~/.config/twarc/config``
  on Linux);
- any bearer token: ``BEARER_TOKEN=unused twarc2 threadscope ...`` or
  ``twarc2 --bearer-token unused threadscope ...``. With a bearer token
  twarc only builds an HTTP session: it sends no request and does not check
  the value. (A consumer key and secret without a bearer token also stop the
  prompt, but then twarc fetches a token from the API at every start.)

Or run ``threadscope ...`` itself: the same commands, without twarc. twarc2
also appends to ``twarc.log`` in the current directory (its ``--log``
option: ``twarc2 --log /dev/null threadscope ...``).
"""
from __future__ import annotations

import click

from .version import __version__
from .cli import main as _main

threadscope = click.Group(
    name="threadscope",
    commands=dict(_main.commands),
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Reply graphs, forecasts, claims and HTML reports from twarc2 exports (threadscope "
         f"{__version__}); e.g. twarc2 threadscope report results.jsonl -o report.html. "
         "twarc2 wants its configuration (twarc2 configure) or any BEARER_TOKEN first, even for --help; "
         "threadscope never calls the API.",
)

__all__ = ["threadscope"]
