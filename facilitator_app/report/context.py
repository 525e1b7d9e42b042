"""What every output of one report shares: the language, the small records of the source
looked up by key, the labels made once, and the counts gathered while contributions stream."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from facilitator_app.report import labels as L
from facilitator_app.report.data import (
    ReportAtelier,
    ReportBundleSource,
    ReportConflict,
    ReportContribution,
    ReportEngagement,
    ReportEvent,
    ReportGroup,
    ReportNote,
    ReportSource,
    ReportSynthesis,
)


@dataclass
class Tally:
    """Counts made during the one pass over contributions, for the summary."""

    total: int = 0
    per_event: Counter = field(default_factory=Counter)
    per_atelier: Counter = field(default_factory=Counter)
    per_cell: Counter = field(default_factory=Counter)  # (engagement, question)
    starred_per_engagement: Counter = field(default_factory=Counter)

    def add(self, c: ReportContribution) -> None:
        self.total += 1
        self.per_event[c.event_id] += 1
        self.per_atelier[(c.event_id, c.atelier_number)] += 1
        self.per_cell[(c.engagement_number, c.question_key)] += 1
        if c.starred:
            self.starred_per_engagement[c.engagement_number] += 1


class ReportContext:
    """The source's small records, read once, and cached labels in the report's language."""

    def __init__(self, source: ReportSource, lang: str, generated_at: datetime) -> None:
        self.lang = lang
        self.generated_at = generated_at
        self.events: tuple[ReportEvent, ...] = tuple(source.events())
        self.ateliers: tuple[ReportAtelier, ...] = tuple(source.ateliers())
        self.engagements: tuple[ReportEngagement, ...] = tuple(source.engagements())
        from facilitator_app.report.groups import collapsed_counts

        # Confirmed near-duplicate groups, each one row (a source without them has none).
        self.groups: tuple[ReportGroup, ...] = tuple(getattr(source, "groups", tuple)())
        self.counts: dict[tuple[int, str], int] = collapsed_counts(source.counts(),
                                                                   self.groups)
        self.sources: tuple[ReportBundleSource, ...] = tuple(source.sources())
        self.conflicts: tuple[ReportConflict, ...] = tuple(source.conflicts())
        self.notes: tuple[ReportNote, ...] = tuple(source.notes())
        self.syntheses_by_engagement: dict[int, list[ReportSynthesis]] = {}
        for synthesis in source.syntheses():
            self.syntheses_by_engagement.setdefault(synthesis.engagement_number,
                                                    []).append(synthesis)
        self.notes_by_engagement: dict[int, list[ReportNote]] = {}
        for note in self.notes:
            self.notes_by_engagement.setdefault(note.engagement_number, []).append(note)
        self.event_by_id = {e.catalogue_id: e for e in self.events}
        self.atelier_by_key = {(a.event_id, a.number): a for a in self.ateliers}
        self.engagement_index = {e.number: i for i, e in enumerate(self.engagements)}
        self.several_events = len(self.events) > 1
        self.tally = Tally()
        self._atelier_labels: dict[tuple[str, int], str] = {}
        self._names: dict[tuple[str, ...], str] = {}
        self.yes, self.no = L.t("yes", lang), L.t("no", lang)
        self.question_short = {k: L.question_short(k, lang) for k in L.QUESTION_SHORT}

    @property
    def expected_total(self) -> int:
        return sum(self.counts.values())

    def t(self, key: str, **params: object) -> str:
        return L.t(key, self.lang, **params)

    def event_title(self, event_id: str) -> str:
        event = self.event_by_id.get(event_id)
        return event.title if event else event_id

    def atelier_label(self, event_id: str, number: int) -> str:
        """``3 – Ouverture des données et des codes sources``, made once per atelier."""
        key = (event_id, number)
        label = self._atelier_labels.get(key)
        if label is None:
            atelier = self.atelier_by_key.get(key)
            label = f"{number} – {atelier.title}" if atelier and atelier.title else str(number)
            self._atelier_labels[key] = label
        return label

    def group_note(self, c: ReportContribution) -> str | None:
        """What a confirmed group's row says of it: how many contributions, ateliers and runs
        raised it; None for an ordinary row."""
        g = c.group
        if g is None:
            return None
        return self.t("group.note", n=len(g.uuids), ateliers=g.ateliers, runs=g.runs)

    def group_ateliers(self, c: ReportContribution) -> str:
        """The atelier of a row, or every atelier of a confirmed group, one a line."""
        if c.group is None:
            return self.atelier_label(c.event_id, c.atelier_number)
        from facilitator_app.report.groups import ateliers_of

        return "\n".join(self.atelier_label(e, n) for e, n in ateliers_of(c.group))

    def names(self, people: tuple[str, ...]) -> str:
        text = self._names.get(people)
        if text is None:
            text = self._names[people] = L.names(people, self.lang)
        return text

    def question(self, key: str) -> str:
        return self.question_short.get(key, key)
