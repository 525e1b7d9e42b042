"""What the report reads: a :class:`ReportSource` and the frozen records it returns.

The central store implements :class:`ReportSource` against its database; :class:`MemorySource`
holds the same records in lists, for tests and benchmarks. Everything but the contributions is
small and returned whole; contributions are *streamed* in :data:`CONTRIBUTION_ORDER`, so the
store can run one ordered query and the writer never holds them all.

Only live contributions are reported (tombstones are the merge's business, not the reader's).
Times are timezone-aware UTC ``datetime`` values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from facilitator_app.domain import QUESTION_KEYS, Completion, Milestone

# Values the merge is expected to record; other values are shown as they are.
VERIFICATION_STATUSES = ("verified", "failed")
TRUST_STATUSES = ("trusted", "recorded", "new", "flagged", "disputed")

CONTRIBUTION_ORDER = (
    "engagement_number ascending; question in QUESTION_KEYS order (indicators, inspirations, "
    "challenges, commitments); starred first; event date ascending, then event_id; "
    "atelier_number ascending; position ascending; uuid ascending"
)


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """A Ministère ouvert evening, identified by its catalogue's id (``event_id`` elsewhere)."""

    catalogue_id: str
    catalogue_version: str
    title: str
    date: date


@dataclass(frozen=True, slots=True)
class ReportAtelier:
    """An atelier as held: facilitators and organisations are those of its merged runs;
    ``engagement_numbers`` the engagements its catalogue has it review."""

    event_id: str
    number: int
    title: str
    facilitators: tuple[str, ...] = ()
    participant_count: int | None = None
    organisations: tuple[str, ...] = ()
    engagement_numbers: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportEngagement:
    """An engagement of the action plan with its follow-up, as the newest catalogue has it."""

    number: int
    title: str
    carrier: str
    completion: Completion | None = None
    milestones: tuple[Milestone, ...] = ()
    description: str = ""


@dataclass(frozen=True, slots=True)
class ReportGroupSource:
    """One contribution of a confirmed near-duplicate group, where it came from."""

    uuid: str
    event_id: str
    atelier_number: int
    run_uuid: str
    facilitators: tuple[str, ...]
    bundle_file: str
    text: str


@dataclass(frozen=True, slots=True)
class ReportGroup:
    """A near-duplicate group an organiser confirmed (``central/groups.py``): reported once,
    with ``text`` (the member kept, ``kept_uuid``, or the organiser's merged text), at the
    place of the member kept (or of its first member in :data:`CONTRIBUTION_ORDER`), with
    every source and the count of distinct ateliers and runs that raised it."""

    id: str
    engagement_number: int
    question_key: str
    uuids: tuple[str, ...]
    kept_uuid: str | None
    text: str
    sources: tuple[ReportGroupSource, ...]
    ateliers: int
    runs: int


@dataclass(frozen=True, slots=True)
class ReportContribution:
    """One live contribution as merged. ``position`` is its place in its run's list;
    ``facilitators`` those of the run that captured it; ``bundle_*`` the bundle it came from
    (its latest version)."""

    uuid: str
    event_id: str
    atelier_number: int
    engagement_number: int
    question_key: str
    text: str
    starred: bool
    facilitators: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    bundle_uuid: str
    bundle_file: str
    position: int = 0
    group: ReportGroup | None = None  # set on the one row of a confirmed group


@dataclass(frozen=True, slots=True)
class ReportBundleSource:
    """A bundle that was merged: who made it and when (``exported_at``, the laptop's time), how
    far it is trusted, its run (atelier, the run's participants, the catalogue it was captured
    with: ``catalogue``, with ``divergent`` the start of the catalogue's SHA-256 when another
    copy of the same catalogue id and version has other content), the contributions it carried
    (live and deleted) and how many rows of the report cite it (``cited``)."""

    bundle_uuid: str
    file_name: str
    facilitators: tuple[str, ...]
    key_fingerprint: str
    verification: str  # one of VERIFICATION_STATUSES, normally "verified"
    trust: str  # one of TRUST_STATUSES
    exported_at: datetime
    event_id: str = ""
    atelier_number: int | None = None
    participant_count: int | None = None
    catalogue: str = ""
    divergent: str = ""
    contributions: int = 0
    deleted: int = 0
    cited: int = 0


@dataclass(frozen=True, slots=True)
class ReportConflict:
    """A contribution two bundles changed differently, not yet resolved by an organiser.
    ``current_*`` is the version the store holds now, ``incoming_*`` the one it did not take."""

    contribution_uuid: str
    event_id: str
    atelier_number: int
    engagement_number: int
    question_key: str
    current_text: str
    current_revision: int
    current_bundle: str
    incoming_text: str
    incoming_revision: int
    incoming_bundle: str


@dataclass(frozen=True, slots=True)
class ReportNote:
    """A facilitator's notes on one engagement in one run: the participants' questions and the
    answers given, as the run's latest version has them; attributed to the run's event,
    atelier and facilitators."""

    event_id: str
    atelier_number: int
    engagement_number: int
    run_uuid: str
    facilitators: tuple[str, ...]
    text: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ReportSynthesis:
    """The editors' synthesis of an engagement at an event (plain text or Markdown)."""

    event_id: str
    engagement_number: int
    text: str
    author: str
    updated_at: datetime


def note_order(note: ReportNote, event_rank: Mapping[str, int]) -> tuple:
    """Notes by engagement, then event (the source's order), atelier and run."""
    return (note.engagement_number, event_rank.get(note.event_id, len(event_rank)),
            note.event_id, note.atelier_number, note.run_uuid)


@runtime_checkable
class ReportSource(Protocol):
    """Everything a report needs. All methods may be called more than once, in any order.
    They should describe one state of the store: the engagement sheets' section headings use
    :meth:`counts`, the rows under them come from :meth:`contributions` (the summary counts the
    rows themselves, so it always agrees with them)."""

    def events(self) -> Sequence[ReportEvent]:
        """Events, by date then catalogue id."""
        ...

    def ateliers(self) -> Sequence[ReportAtelier]:
        """Ateliers held, in events' order then by number."""
        ...

    def engagements(self) -> Sequence[ReportEngagement]:
        """Engagements reviewed (at least every one that has a contribution), by number."""
        ...

    def counts(self) -> Mapping[tuple[int, str], int]:
        """Live contributions per (engagement number, question key); absent keys count 0."""
        ...

    def contributions(self) -> Iterator[ReportContribution]:
        """Every live contribution once, in :data:`CONTRIBUTION_ORDER`, as a lazy iterator."""
        ...

    def sources(self) -> Sequence[ReportBundleSource]:
        """Bundles merged, by ``exported_at``, file name, then bundle UUID."""
        ...

    def conflicts(self) -> Sequence[ReportConflict]:
        """Unresolved conflicts, by engagement, question, contribution uuid."""
        ...

    def notes(self) -> Sequence[ReportNote]:
        """Facilitators' notes that hold some text, in :func:`note_order`."""
        ...

    def syntheses(self) -> Sequence[ReportSynthesis]:
        """The editors' syntheses, by engagement then event (the source's order of events)."""
        ...

    def groups(self) -> Sequence[ReportGroup]:
        """Confirmed near-duplicate groups (disjoint), by id."""
        ...


def question_rank(key: str) -> int:
    """Place of a question key in the guiding order; unknown keys after the four."""
    try:
        return QUESTION_KEYS.index(key)
    except ValueError:
        return len(QUESTION_KEYS)


class MemorySource:
    """A :class:`ReportSource` over lists, for tests and benchmarks. Contributions may come in
    any order (they are sorted once); or pass ``stream``, a function returning a fresh iterable
    already in :data:`CONTRIBUTION_ORDER`, with its ``counts`` (the benchmark's generator)."""

    def __init__(self, events: Iterable[ReportEvent] = (), ateliers: Iterable[ReportAtelier] = (),
                 engagements: Iterable[ReportEngagement] = (),
                 contributions: Iterable[ReportContribution] = (),
                 sources: Iterable[ReportBundleSource] = (),
                 conflicts: Iterable[ReportConflict] = (),
                 notes: Iterable[ReportNote] = (),
                 syntheses: Iterable[ReportSynthesis] = (),
                 groups: Iterable[ReportGroup] = (), *,
                 stream: Callable[[], Iterable[ReportContribution]] | None = None,
                 counts: Mapping[tuple[int, str], int] | None = None) -> None:
        self._events = sorted(events, key=lambda e: (e.date, e.catalogue_id))
        rank = {e.catalogue_id: i for i, e in enumerate(self._events)}
        self._ateliers = sorted(ateliers, key=lambda a: (rank.get(a.event_id, len(rank)),
                                                          a.event_id, a.number))
        self._engagements = sorted(engagements, key=lambda e: e.number)
        self._contributions = (sort_contributions(contributions, self._events)
                               if stream is None else [])
        self._sources = sorted(sources, key=lambda s: (s.exported_at, s.file_name,
                                                       s.bundle_uuid))
        self._conflicts = sorted(conflicts, key=lambda c: (
            c.engagement_number, question_rank(c.question_key), c.contribution_uuid))
        self._notes = sorted((n for n in notes if n.text.strip()),
                             key=lambda n: note_order(n, rank))
        self._syntheses = sorted((x for x in syntheses if x.text.strip()), key=lambda x: (
            x.engagement_number, rank.get(x.event_id, len(rank)), x.event_id))
        self._groups = sorted(groups, key=lambda g: g.id)
        self._stream = stream
        if counts is None:
            counted: dict[tuple[int, str], int] = {}
            for c in self._contributions:
                key = (c.engagement_number, c.question_key)
                counted[key] = counted.get(key, 0) + 1
            counts = counted
        self._counts = dict(counts)

    def events(self) -> Sequence[ReportEvent]:
        return tuple(self._events)

    def ateliers(self) -> Sequence[ReportAtelier]:
        return tuple(self._ateliers)

    def engagements(self) -> Sequence[ReportEngagement]:
        return tuple(self._engagements)

    def counts(self) -> Mapping[tuple[int, str], int]:
        return dict(self._counts)

    def contributions(self) -> Iterator[ReportContribution]:
        if self._stream is not None:
            return iter(self._stream())
        return iter(self._contributions)

    def sources(self) -> Sequence[ReportBundleSource]:
        return tuple(self._sources)

    def conflicts(self) -> Sequence[ReportConflict]:
        return tuple(self._conflicts)

    def notes(self) -> Sequence[ReportNote]:
        return tuple(self._notes)

    def syntheses(self) -> Sequence[ReportSynthesis]:
        return tuple(self._syntheses)

    def groups(self) -> Sequence[ReportGroup]:
        return tuple(self._groups)


def sort_contributions(contributions: Iterable[ReportContribution],
                       events: Sequence[ReportEvent]) -> list[ReportContribution]:
    """``contributions`` in :data:`CONTRIBUTION_ORDER` (events as ordered by the source)."""
    rank = {e.catalogue_id: i for i, e in enumerate(events)}
    return sorted(contributions, key=lambda c: (
        c.engagement_number, question_rank(c.question_key), not c.starred,
        rank.get(c.event_id, len(rank)), c.event_id, c.atelier_number, c.position, c.uuid))
