"""The report: static, self-contained HTML pages (or their JSON context) of
Analyses. An output: it reads Analyses and the Corpus, and nothing below
imports it. :mod:`.writer` writes the pages; its docs say how.
"""
from .context import SCHEMA, StanceParts, stance_parts
from .writer import default_template_dir, environment, render, script_json, write_report

__all__ = ["SCHEMA", "StanceParts", "default_template_dir", "environment", "render", "script_json",
           "stance_parts", "write_report"]
