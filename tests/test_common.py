"""Ids, times and readable text: the rules every reader shares."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from threadscope.readers.common import Context, RecordError, as_id, parse_time, readable_text, reply_prefix

UTC = timezone.utc


@pytest.mark.parametrize("value,expected", [
    ("2021-04-08T19:34:16.000Z", datetime(2021, 4, 8, 19, 34, 16, tzinfo=UTC)),
    ("Thu Jun 16 17:33:23 +0000 2016", datetime(2016, 6, 16, 17, 33, 23, tzinfo=UTC)),
    ("Thu Jun 16 17:33:23 +0200 2016", datetime(2016, 6, 16, 15, 33, 23, tzinfo=UTC)),
    ("2023-01-01T12:00:00+01:00", datetime(2023, 1, 1, 11, 0, tzinfo=UTC)),
    ("2023-01-01 12:00:00", datetime(2023, 1, 1, 12, 0, tzinfo=UTC)),
    (1750204800, datetime(2025, 6, 18, tzinfo=UTC)),
    (1750204800000, datetime(2025, 6, 18, tzinfo=UTC)),
    ("1750204800", datetime(2025, 6, 18, tzinfo=UTC)),
    ("not a date", None),
    (None, None),
])
def test_parse_time(value, expected):
    assert parse_time(value) == expected


def test_ids_stay_exact_strings():
    ctx = Context("x")
    big = 2067422093443612672
    assert as_id(str(big), "id") == str(big)
    assert as_id(big, "id", ctx) == str(big)
    assert ctx.problems and ctx.problems[0].severity == "warning"
    assert as_id(12, "id", Context("y")) == "12"
    with pytest.raises(RecordError, match="floating-point"):
        as_id(2.067422093443613e18, "id")
    with pytest.raises(RecordError):
        as_id(True, "id")
    assert as_id("", "id") is None


def test_links_expanded_media_dropped_entities_decoded():
    text = "Read this &amp; that https://t.co/abc https://t.co/pic"
    out, start, urls = readable_text(
        text, [(21, 37, "https://t.co/abc", "https://example.org/a?b=1&c=2")], ["https://t.co/pic"])
    assert out == "Read this & that https://example.org/a?b=1&c=2"
    assert urls == ("https://example.org/a?b=1&c=2",)


def test_offsets_count_code_points():
    text = "🐋🐋 see https://t.co/x1"
    out, _, _ = readable_text(text, [(7, 23, "https://t.co/x1", "https://a.example")])
    assert out == "🐋🐋 see https://a.example"


def test_wrong_offsets_fall_back_to_the_link_text():
    out, _, _ = readable_text("a https://t.co/q b", [(0, 1, "https://t.co/q", "https://q.example")])
    assert out == "a https://q.example b"


def test_hidden_prefix_survives_expansion_and_unescaping():
    text = "@a @b R&amp;D https://t.co/z"
    out, start, _ = readable_text(text, [(14, 28, "https://t.co/z", "https://longer.example/path")], (), 6)
    assert out[start:] == "R&D https://longer.example/path"


def test_reply_prefix():
    assert reply_prefix("@elonmusk @jietang It won't take that long") == len("@elonmusk @jietang ")
    assert reply_prefix("no mentions here") == 0
    assert reply_prefix("@only") == 0
