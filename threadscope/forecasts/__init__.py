"""Forecasts: the calendar grammar (timeexpr), confidence from wording
(hedges), relative forecasts (relations) and the records (extract)."""
from .extract import FIELDS, Forecast, extract_forecasts, forecasts_frame

__all__ = ["FIELDS", "Forecast", "extract_forecasts", "forecasts_frame"]
