"""The editorial synthesis of each engagement: what the ateliers said, in a few sentences, as
an editor of the mid-term report writes it (plain text or Markdown), per event and engagement.

It is the organisers' own text, not a bundle's: it lives in the central store beside the merged
data (``syntheses``), is kept whatever is merged again, and is placed at the top of the
engagement's sheet and Markdown page. Each save names who wrote it and when, and says which
version it replaces: two editors saving over each other's text is refused with who saved in
between, never silent (the second reloads and decides).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from facilitator_app.central import schema as s
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg
from facilitator_app.storage.types import utcnow
from facilitator_app.text_rules import sanitise_name, sanitise_text

MAX_SYNTHESIS_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Synthesis:
    event_id: str
    engagement_number: int
    text: str
    author: str
    updated_at: datetime
    revision: int


class SynthesisChangedError(FacilitatorError):
    """Someone else saved this synthesis since it was read."""

    def __init__(self, current: Synthesis | None) -> None:
        if current is None:
            message = msg("La synthèse a été effacée entre-temps par un autre organisateur ; "
                          "rechargez-la avant de l'enregistrer.",
                          "The synthesis was cleared meanwhile by another organiser; reload it "
                          "before saving.")
        else:
            message = msg("La synthèse a été modifiée entre-temps par {author} ({when} UTC) ; "
                          "rechargez-la avant de l'enregistrer.",
                          "The synthesis was changed meanwhile by {author} ({when} UTC); reload "
                          "it before saving.", author=current.author,
                          when=current.updated_at.strftime("%Y-%m-%d %H:%M"))
        super().__init__(message)
        self.current = current


def _record(row) -> Synthesis:
    return Synthesis(row.event_id, row.engagement_number, row.text, row.author, row.updated_at,
                     row.revision)


def syntheses(store: CentralStore) -> dict[tuple[str, int], Synthesis]:
    """Every synthesis, by (event id, engagement number)."""
    rows = store.read(lambda c: c.execute(select(s.syntheses)).all())
    return {(r.event_id, r.engagement_number): _record(r) for r in rows}


def synthesis(store: CentralStore, event_id: str, engagement_number: int) -> Synthesis | None:
    return syntheses(store).get((event_id, engagement_number))


def save_synthesis(store: CentralStore, event_id: str, engagement_number: int, text: str,
                   author: str, *, replaces: int | None) -> Synthesis | None:
    """Save the synthesis of an engagement at an event; an empty text clears it. ``replaces``
    is the revision read before editing (0 when there was none; None to overwrite whatever
    is there, as the command line's ``--force`` does). Returns what is stored now."""
    text = sanitise_text(text).strip()
    author = sanitise_name(author).strip() or "?"
    if len(text) > MAX_SYNTHESIS_CHARS:
        raise FacilitatorError(msg(
            "La synthèse fait {n} caractères ; {limit} au plus sont permis.",
            "The synthesis is {n} characters long; at most {limit} are allowed.",
            n=len(text), limit=MAX_SYNTHESIS_CHARS))
    key = (s.syntheses.c.event_id == event_id) & (
        s.syntheses.c.engagement_number == engagement_number)

    def work(conn: Connection) -> Synthesis | None:
        found = conn.execute(select(s.syntheses).where(key).with_for_update()).first()
        current = _record(found) if found else None
        if replaces is not None and (current.revision if current else 0) != replaces:
            raise SynthesisChangedError(current)
        if not text:
            conn.execute(delete(s.syntheses).where(key))
            return None
        values = dict(text=text, author=author, updated_at=utcnow())
        if current is None:
            conn.execute(insert(s.syntheses).values(event_id=event_id,
                                                    engagement_number=engagement_number,
                                                    revision=1, **values))
        else:
            conn.execute(update(s.syntheses).where(key).values(revision=current.revision + 1,
                                                              **values))
        return _record(conn.execute(select(s.syntheses).where(key)).one())

    return store.write(work)


@dataclass(frozen=True, slots=True)
class SynthesisPlace:
    """An engagement an event's ateliers reviewed: a place for a synthesis."""

    event_id: str
    event_title: str
    engagement_number: int
    engagement_title: str


def synthesis_places(store: CentralStore) -> list[SynthesisPlace]:
    """Every (event, engagement) the merged ateliers reviewed, in the report's order, and any
    with a synthesis already (an engagement no atelier holds any more keeps its text)."""
    from facilitator_app.central.report_source import CentralReportSource

    source = CentralReportSource(store)
    events = {e.catalogue_id: e.title for e in source.events()}
    titles = {e.number: e.title for e in source.engagements()}
    places = {(a.event_id, n): None for a in source.ateliers() for n in a.engagement_numbers}
    places.update({key: None for key in syntheses(store)})
    return [SynthesisPlace(event, events.get(event, event), number, titles.get(number, ""))
            for event, number in sorted(places, key=lambda k: (list(events).index(k[0])
                                                               if k[0] in events else len(events),
                                                               k[0], k[1]))]
