"""Numeric and factual claims (see ``extract`` for the rules)."""
from .extract import *  # noqa: F401,F403
from .extract import CLAIM_COLUMNS, Claim, claims_frame, extract_claims, iter_claims, main_subject, thread_subject

__all__ = ["CLAIM_COLUMNS", "Claim", "claims_frame", "extract_claims", "iter_claims", "main_subject", "thread_subject"]
