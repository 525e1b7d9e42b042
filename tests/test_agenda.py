"""The atelier's clock: segments, the five-minute warning, overtime."""

from datetime import UTC, datetime, timedelta

import pytest

from facilitator_app.agenda import (
    DEFAULT_SEGMENTS,
    Segment,
    clock_at,
    segments_from_text,
    segments_to_text,
)

START = datetime(2016, 6, 21, 16, 20, tzinfo=UTC)


def at(minutes: float):
    return clock_at(START, DEFAULT_SEGMENTS, START + timedelta(minutes=minutes))


def test_segments_follow_the_hour():
    assert at(0).segment == 0 and at(0).remaining == timedelta(hours=1)
    assert at(9.5).segment == 0 and at(9.5).segment_remaining == timedelta(seconds=30)
    assert at(10).segment == 1
    assert at(20).segment == 2 and at(49.9).segment == 2
    assert at(50).segment == 3


def test_warning_in_the_last_five_minutes_then_overtime():
    assert not at(54.9).warning
    assert at(55).warning and at(59.9).warning and not at(59.9).over
    late = at(62)
    assert late.over and not late.warning and late.remaining == timedelta(minutes=-2)
    assert late.segment == 3


def test_labels_in_both_languages():
    assert DEFAULT_SEGMENTS[2].label("fr") == "Les quatre questions"
    assert DEFAULT_SEGMENTS[2].label("en") == "The four guiding questions"
    assert Segment("Tour de table", 5).label("en") == "Tour de table"


def test_text_round_trip_and_refusals():
    custom = (Segment("progress", 15), Segment("Tour de table", 5))
    assert segments_from_text(segments_to_text(custom)) == custom
    for bad in ("nope", "[]", '[["x", 0]]', '[["x", true]]', '[["", 5]]', "[[1, 5]]",
                '[["x", 241]]', "[" + ",".join(['["x", 5]'] * 13) + "]"):
        with pytest.raises(ValueError):
            segments_from_text(bad)
