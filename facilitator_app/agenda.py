"""The hour of an atelier, cut into segments, and where the clock stands in it (no Qt)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitator_app.i18n import msg

WARNING = timedelta(minutes=5)
_LABELS = {
    "progress": msg("Présentation de l'avancement", "Progress of the engagements"),
    "questions": msg("Questions des participants", "Participants' questions"),
    "guiding_questions": msg("Les quatre questions", "The four guiding questions"),
    "wrap_up": msg("Synthèse", "Wrap-up"),
}


@dataclass(frozen=True, slots=True)
class Segment:
    """A part of the hour: a known key (labelled in both languages) or a custom label."""

    key: str
    minutes: int

    def label(self, lang: str) -> str:
        known = _LABELS.get(self.key)
        return known.render(lang) if known else self.key


DEFAULT_SEGMENTS = (Segment("progress", 10), Segment("questions", 10),
                    Segment("guiding_questions", 30), Segment("wrap_up", 10))


@dataclass(frozen=True, slots=True)
class ClockState:
    """Where the atelier stands: time left in the hour and in the current segment."""

    elapsed: timedelta
    remaining: timedelta  # negative in overtime
    segment: int  # index of the current segment; the last one in overtime
    segment_remaining: timedelta
    warning: bool  # the last five minutes
    over: bool


def clock_at(started_at: datetime, segments: tuple[Segment, ...], now: datetime) -> ClockState:
    """The clock of an atelier started at ``started_at`` with ``segments``, at ``now``."""
    elapsed = max(now - started_at, timedelta(0))
    total = timedelta(minutes=sum(s.minutes for s in segments))
    end = timedelta(0)
    index, segment_remaining = len(segments) - 1, timedelta(0)
    for i, segment in enumerate(segments):
        end += timedelta(minutes=segment.minutes)
        if elapsed < end:
            index, segment_remaining = i, end - elapsed
            break
    remaining = total - elapsed
    return ClockState(elapsed, remaining, index, segment_remaining,
                      timedelta(0) < remaining <= WARNING, remaining <= timedelta(0))


def segments_to_text(segments: tuple[Segment, ...]) -> str:
    """The segments as JSON, to keep them with the run."""
    return json.dumps([[s.key, s.minutes] for s in segments], ensure_ascii=False)


def segments_from_text(text: str) -> tuple[Segment, ...]:
    """Segments saved by :func:`segments_to_text`; ValueError when they do not make an agenda."""
    try:
        raw = json.loads(text)
    except ValueError:
        raise ValueError("the agenda is not valid JSON") from None
    if not isinstance(raw, list) or not 1 <= len(raw) <= 12:
        raise ValueError("an agenda has 1 to 12 segments")
    segments = []
    for item in raw:
        if (not isinstance(item, list) or len(item) != 2 or not isinstance(item[0], str)
                or not item[0].strip() or isinstance(item[1], bool)
                or not isinstance(item[1], int)):
            raise ValueError("each segment is a label and a number of minutes")
        if not 1 <= item[1] <= 240:
            raise ValueError("a segment lasts 1 to 240 minutes")
        segments.append(Segment(item[0].strip(), item[1]))
    return tuple(segments)
