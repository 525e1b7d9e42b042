"""The workshop's vocabulary as plain, immutable Python data (no Qt, no database).

An *event* (one Ministère ouvert evening) holds *ateliers*; each atelier reviews one to three
*engagements* of the national action plan and asks the four *guiding questions*. A *workshop
run* is one atelier as actually held; *contributions* are what participants said, captured by
the facilitator.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
import datetime as dt
from datetime import datetime


class Completion(enum.StrEnum):
    """OGP's completion scale for an engagement's follow-up."""

    NOT_STARTED = "not_started"
    LIMITED = "limited"
    SUBSTANTIAL = "substantial"
    COMPLETED = "completed"

    @property
    def label_fr(self) -> str:
        return _COMPLETION_FR[self]

    @property
    def label_en(self) -> str:
        return _COMPLETION_EN[self]


def completion_label(completion: Completion | None, lang: str) -> str:
    """An engagement's completion in ``lang``; "non renseigné" when no source gives it
    (the same words on screen, in the room, the restitution, the sheet and the report)."""
    if completion is None:
        return "not assessed" if lang == "en" else "non renseigné"
    return _COMPLETION_EN[completion] if lang == "en" else _COMPLETION_FR[completion]


_COMPLETION_FR = {
    Completion.NOT_STARTED: "non commencé",
    Completion.LIMITED: "limité",
    Completion.SUBSTANTIAL: "substantiel",
    Completion.COMPLETED: "achevé",
}
_COMPLETION_EN = {
    Completion.NOT_STARTED: "not started",
    Completion.LIMITED: "limited",
    Completion.SUBSTANTIAL: "substantial",
    Completion.COMPLETED: "completed",
}


@dataclass(frozen=True, slots=True)
class GuidingQuestion:
    """One of the four questions every atelier asks, with a key that never changes."""

    key: str
    label_fr: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_fr


GUIDING_QUESTIONS: tuple[GuidingQuestion, ...] = (
    GuidingQuestion(
        "indicators",
        "Quels indicateurs pour mesurer l’impact des actions entreprises ?",
        "Which indicators would measure the impact of the actions taken?",
    ),
    GuidingQuestion(
        "inspirations",
        "De quelles initiatives pourrait-on s’inspirer pour avancer ?",
        "Which initiatives could we draw inspiration from?",
    ),
    GuidingQuestion(
        "challenges",
        "Quels sont les défis de mise en œuvre à relever ?",
        "Which implementation challenges must be met?",
    ),
    GuidingQuestion(
        "commitments",
        "Quels engagements futurs pourrait-on prendre ?",
        "Which future commitments could be made?",
    ),
)
QUESTION_KEYS: tuple[str, ...] = tuple(q.key for q in GUIDING_QUESTIONS)
QUESTIONS_BY_KEY: dict[str, GuidingQuestion] = {q.key: q for q in GUIDING_QUESTIONS}


@dataclass(frozen=True, slots=True)
class Milestone:
    """A step of an engagement's roadmap; ``done`` tells whether it was reached."""

    title: str
    done: bool = False


@dataclass(frozen=True, slots=True)
class Engagement:
    """One engagement of the national action plan, with its follow-up."""

    number: int
    title: str
    carrier: str
    completion: Completion | None = None
    milestones: tuple[Milestone, ...] = ()
    description: str = ""
    official_title: str = ""
    ogp_id: str = ""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A slot of the event's programme, e.g. 18:20-19:20 'Ateliers de suivi des engagements'."""

    start: str
    label: str
    end: str = ""


@dataclass(frozen=True, slots=True)
class Atelier:
    """A one-hour workshop of an event: where it is held, who runs it, what it reviews."""

    number: int
    title: str
    room: str
    facilitators: tuple[str, ...]
    engagement_numbers: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """A Ministère ouvert evening."""

    title: str
    date: dt.date
    host: str
    agenda: tuple[AgendaItem, ...] = ()
    venue: str = ""


@dataclass(frozen=True, slots=True)
class Catalogue:
    """What a facilitator's installation knows before the workshop: the event, its ateliers and
    the engagements they review. ``id`` and ``version`` identify it in bundles and reports."""

    id: str
    version: str
    event: Event
    ateliers: tuple[Atelier, ...]
    engagements: tuple[Engagement, ...]

    def atelier(self, number: int) -> Atelier:
        for atelier in self.ateliers:
            if atelier.number == number:
                return atelier
        raise KeyError(number)

    def engagement(self, number: int) -> Engagement:
        for engagement in self.engagements:
            if engagement.number == number:
                return engagement
        raise KeyError(number)

    def engagements_of(self, atelier_number: int) -> tuple[Engagement, ...]:
        """The engagements an atelier reviews, in the order the catalogue lists them for it."""
        return tuple(self.engagement(n) for n in self.atelier(atelier_number).engagement_numbers)


@dataclass(frozen=True, slots=True)
class WorkshopRun:
    """One atelier as actually held, as stored on the facilitator's laptop."""

    uuid: str
    catalogue_id: str
    catalogue_version: str
    atelier_number: int
    facilitators: tuple[str, ...]
    participant_count: int | None
    organisations: tuple[str, ...]
    started_at: datetime | None
    ended_at: datetime | None
    created_at: datetime
    updated_at: datetime
    revision: int


@dataclass(frozen=True, slots=True)
class Contribution:
    """What a participant said in answer to one guiding question about one engagement.

    ``uuid`` is made at capture and never changes; ``revision`` grows with every edit so that a
    merge can tell the newer version; a deletion keeps the row as a tombstone (``deleted``)."""

    uuid: str
    run_uuid: str
    engagement_number: int
    question_key: str
    text: str
    position: int
    starred: bool
    created_at: datetime
    updated_at: datetime
    revision: int
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class EngagementNotes:
    """The facilitator's free notes for one engagement in a run: participants' questions and the
    answers given."""

    run_uuid: str
    engagement_number: int
    text: str
    updated_at: datetime
    revision: int
