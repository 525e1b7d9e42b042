"""Where a conflicting contribution was captured, and a conflict named by the start of its UUID.

A conflict's versions each came in a bundle; the bundle's catalogue (as the laptop had it) names
the event, the atelier and the engagement, so that an organiser reading the list of conflicts
knows what each is about without looking its UUID up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from facilitator_app.catalogue import catalogue_from_dict
from facilitator_app.domain import QUESTIONS_BY_KEY, Catalogue
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import Message, msg

_SHOWN_CANDIDATES = 10  # an ambiguous prefix names at most this many conflicts
_UUID_PREFIX = re.compile(r"[0-9a-f-]+")


@dataclass(frozen=True, slots=True)
class ConflictPlace:
    """The event, atelier, engagement and question of one version of a contribution."""

    event_title: str
    event_date: date | None
    atelier_number: int
    atelier_title: str
    engagement_number: int
    engagement_title: str
    question_key: str

    def question(self) -> Message:
        """The guiding question, in both languages (its key when the app does not know it)."""
        known = QUESTIONS_BY_KEY.get(self.question_key)
        return msg(known.label_fr, known.label_en) if known else msg(
            "{k}", "{k}", k=self.question_key)

    def describe(self) -> Message:
        """One sentence: event (date), atelier, engagement, question."""
        day = f" ({self.event_date.isoformat()})" if self.event_date else ""
        return msg("{event}{day} · atelier {a} « {at} » · engagement {e} « {et} » · {q}",
                   "{event}{day} · atelier {a} '{at}' · engagement {e} '{et}' · {q}",
                   event=self.event_title or "—", day=day, a=self.atelier_number,
                   at=self.atelier_title or "—", e=self.engagement_number,
                   et=self.engagement_title or "—", q=self.question())


class CataloguePlaces:
    """Places of versions, from the catalogues their bundles carried (each parsed once)."""

    def __init__(self, contents: dict[str, object]) -> None:
        self._contents = contents
        self._parsed: dict[str, Catalogue | None] = {}

    def _catalogue(self, sha256: str) -> Catalogue | None:
        if sha256 not in self._parsed:
            content = self._contents.get(sha256)
            try:
                self._parsed[sha256] = (catalogue_from_dict(content, "central store")
                                        if content is not None else None)
            except FacilitatorError:  # a store's catalogue was checked at merge: kept apart
                self._parsed[sha256] = None
        return self._parsed[sha256]

    def place(self, catalogue_sha256: str, atelier_number: int, engagement_number: int,
              question_key: str) -> ConflictPlace:
        catalogue = self._catalogue(catalogue_sha256)
        atelier = engagement = ""
        if catalogue is not None:
            atelier = next((a.title for a in catalogue.ateliers if a.number == atelier_number), "")
            engagement = next((e.title for e in catalogue.engagements
                               if e.number == engagement_number), "")
        return ConflictPlace(catalogue.event.title if catalogue else "",
                             catalogue.event.date if catalogue else None, atelier_number,
                             atelier, engagement_number, engagement, question_key)


class ConflictPrefixError(FacilitatorError):
    """A prefix given to name a conflict names none of the open ones, or several."""

    def __init__(self, prefix: str, candidates: Sequence[str]) -> None:
        self.prefix, self.candidates = prefix, tuple(candidates)
        shown = ", ".join(self.candidates[:_SHOWN_CANDIDATES])
        if len(self.candidates) > _SHOWN_CANDIDATES:
            shown += ", …"
        if not self.candidates:
            message = msg("Aucun conflit ouvert n'a d'identifiant commençant par « {prefix} » : "
                          "rien n'est résolu. La liste (facilitator-app conflicts --in BASE) "
                          "montre les identifiants.",
                          "No open conflict has an id starting with '{prefix}': nothing was "
                          "resolved. The list (facilitator-app conflicts --in STORE) shows the "
                          "ids.", prefix=prefix)
        else:
            message = msg("« {prefix} » est le début de l'identifiant de {n} conflits ouverts "
                          "({shown}) : rien n'est résolu. Donnez-en assez de caractères pour "
                          "n'en désigner qu'un.",
                          "'{prefix}' starts the id of {n} open conflicts ({shown}): nothing "
                          "was resolved. Give enough of its characters to name only one.",
                          prefix=prefix, n=len(self.candidates), shown=shown)
        super().__init__(message)


def by_prefix(conflicts: Sequence, prefix: str):
    """The one conflict of ``conflicts`` whose contribution UUID starts with ``prefix``
    (any case, surrounding spaces ignored), or :class:`ConflictPrefixError` naming the
    candidates when there is none or several."""
    wanted = prefix.strip().lower()
    matching = [c for c in conflicts if wanted and _UUID_PREFIX.fullmatch(wanted)
                and c.contribution_uuid.lower().startswith(wanted)]
    exact = [c for c in matching if c.contribution_uuid.lower() == wanted]
    if exact:
        return exact[0]
    if len(matching) != 1:
        raise ConflictPrefixError(prefix.strip(), sorted(c.contribution_uuid for c in matching))
    return matching[0]
