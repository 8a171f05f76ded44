"""Stance and sentiment: what each reply says of what it answers, and who
agreed with whom. An analyzer: it reads Threads (and their forecasts) and
knows nothing of reports or exports.

- :mod:`.classifier`: each post's SDQC stance and its stance toward the root
  (the rules, in order, are in its docs);
- :mod:`.model`: the model's features and fitted weights (``model.json``);
- :mod:`.sentiment`: VADER sentiment of English posts;
- :mod:`.agreement`: who agreed with whom, per participant and per branch.
"""
from .agreement import agreement_graph, agreement_table, branch_sentiment, participant_stance
from .classifier import (COLUMNS, EXTRA_COLUMNS, PostStance, StanceResult, classify, classify_context,
                         classify_scored, compatible, compose, contexts, forecast_stance, post_stances,
                         root_stances, stance_table, strong_cue, target_of)
from .model import (COMMENT, DENY, LABELS, MODEL_PATH, QUERY, SUPPORT, Context, StanceModel, cue_label,
                       default_model, features, normalise, tokens)

__all__ = ["agreement_graph", "agreement_table", "branch_sentiment", "participant_stance", "COLUMNS",
           "EXTRA_COLUMNS", "PostStance", "StanceResult", "classify", "classify_context", "classify_scored",
           "compatible", "compose", "contexts", "forecast_stance", "post_stances", "root_stances",
           "stance_table", "strong_cue", "target_of", "COMMENT", "DENY", "LABELS", "MODEL_PATH", "QUERY",
           "SUPPORT", "Context", "StanceModel", "cue_label", "default_model", "features", "normalise", "tokens"]
