"""The plenary restitution of an atelier: what each engagement received, starred first.

Twenty minutes after the atelier, its facilitators summarise it in plenary. This module builds
that summary from a run as plain data (:func:`build_restitution`) and renders it as a
self-contained, print-friendly HTML page (:func:`restitution_html`); no Qt here, the window
shows, prints and saves that HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape

from facilitator_app.capture import RunDocument
from facilitator_app.domain import (
    GUIDING_QUESTIONS,
    QUESTIONS_BY_KEY,
    Catalogue,
    Completion,
    Contribution,
    WorkshopRun,
    completion_label,
)
from facilitator_app.i18n import msg


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    """One guiding question of one engagement: its starred contributions, then the others."""

    key: str
    label: str
    count: int
    starred: tuple[Contribution, ...]
    others: tuple[Contribution, ...]

    @property
    def contributions(self) -> tuple[Contribution, ...]:
        return self.starred + self.others


@dataclass(frozen=True, slots=True)
class EngagementSummary:
    """What one engagement of the atelier received, question by question."""

    number: int
    title: str
    carrier: str
    completion: Completion | None
    completion_label: str
    questions: tuple[QuestionSummary, ...]
    notes: str = ""  # the facilitators' notes (questions asked, answers given), if shown

    @property
    def count(self) -> int:
        return sum(q.count for q in self.questions)

    @property
    def starred_count(self) -> int:
        return sum(len(q.starred) for q in self.questions)


@dataclass(frozen=True, slots=True)
class Restitution:
    """The plenary summary of one atelier as held."""

    event_title: str
    event_date: date
    atelier_number: int
    atelier_title: str
    room: str
    facilitators: tuple[str, ...]
    participant_count: int | None
    organisations: tuple[str, ...]
    total_count: int
    engagements: tuple[EngagementSummary, ...]

    @property
    def starred_count(self) -> int:
        return sum(e.starred_count for e in self.engagements)


def build_restitution(run: WorkshopRun, catalogue: Catalogue, doc: RunDocument,
                      lang: str = "fr", *, notes: bool = True) -> Restitution:
    """The restitution of ``run``: engagements in atelier order, questions in guiding order,
    in each the starred contributions then the others, each group in its list's order; with
    each engagement's notes unless ``notes`` is false."""
    atelier = catalogue.atelier(run.atelier_number)
    engagements = []
    for engagement in catalogue.engagements_of(run.atelier_number):
        questions = []
        for question in GUIDING_QUESTIONS:
            live = doc.live(engagement.number, question.key)
            questions.append(QuestionSummary(
                key=question.key, label=question.label(lang), count=len(live),
                starred=tuple(c for c in live if c.starred),
                others=tuple(c for c in live if not c.starred)))
        engagements.append(EngagementSummary(
            number=engagement.number, title=engagement.title, carrier=engagement.carrier,
            completion=engagement.completion,
            completion_label=completion_label(engagement.completion, lang),
            questions=tuple(questions),
            notes=_as_typed(doc.notes(engagement.number)) if notes else ""))
    return Restitution(
        event_title=catalogue.event.title, event_date=catalogue.event.date,
        atelier_number=atelier.number, atelier_title=atelier.title, room=atelier.room,
        facilitators=run.facilitators, participant_count=run.participant_count,
        organisations=run.organisations,
        total_count=sum(e.count for e in engagements), engagements=tuple(engagements))


def _as_typed(notes: str) -> str:
    """The notes without the blank lines around them; indentation and blank lines between
    their paragraphs are kept."""
    lines = [line.rstrip() for line in notes.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


# -- HTML ----------------------------------------------------------------------------------

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

# QTextDocument understands only a subset of CSS 2.1, and its margins and paddings only in px
# (scaled to the printer's resolution); font sizes in pt, here for print, scaled for a screen
# by :func:`_style`.
PRINT_BODY_PT = 10.5
_STYLE = """
body { font-size: 10.5pt; color: #1a1a1a; }
h1 { font-size: 18pt; font-weight: bold; color: #000091; margin-bottom: 2px; }
h2 { font-size: 14pt; font-weight: bold; color: #000091; margin-top: 20px; margin-bottom: 2px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
p.subtitle { font-size: 13pt; font-weight: bold; margin-top: 0; }
p.event { color: #555555; margin-top: 0; margin-bottom: 6px; }
p.meta { color: #555555; margin-top: 0; margin-bottom: 4px; }
p.empty { color: #666666; font-style: italic; margin-top: 0; margin-left: 40px; }
table.facts { margin-bottom: 8px; }
td.key { font-weight: bold; color: #333333; padding-right: 16px; }
li { margin-bottom: 3px; }
li.starred { font-weight: bold; }
span.star { color: #b34000; }
span.count { color: #555555; font-weight: normal; }
p.notes-title { font-weight: bold; font-style: italic; color: #555555; margin-top: 12px;
                margin-bottom: 2px; }
p.notes { white-space: pre-wrap; margin-top: 0; margin-bottom: 4px; margin-left: 40px; }
"""


def _style(body_pt: float) -> str:
    """The style sheet with every font size in proportion to a body text of ``body_pt``."""
    scale = body_pt / PRINT_BODY_PT
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", _STYLE)


def _format_date(day: date, lang: str) -> str:
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{'1er' if day.day == 1 else day.day} {_MONTHS_FR[day.month - 1]} {day.year}"


def _contributions(n: int, lang: str) -> str:
    """``n`` contribution(s); French keeps the singular for 0 and 1."""
    plural = n > 1 if lang != "en" else n != 1
    return msg("{n} contributions" if plural else "{n} contribution",
               "{n} contributions" if plural else "{n} contribution", n=n).render(lang)


def _counts(total: int, starred: int, lang: str) -> str:
    text = _contributions(total, lang)
    if starred:
        text += msg(", dont {n} ★", ", {n} of them ★", n=starred).render(lang)
    return text


def _question_html(q: QuestionSummary, number: int, lang: str) -> list[str]:
    known = QUESTIONS_BY_KEY.get(q.key)
    label = known.label(lang) if known else q.label
    out = [f'<h3>{number}. {escape(label)} <span class="count">({q.count})</span></h3>']
    if not q.count:
        out.append(f'<p class="empty">'
                   f'{msg("Aucune contribution", "No contribution").render(lang)}</p>')
        return out
    out.append("<ul>")
    out += [f'<li class="starred"><span class="star">★</span> {escape(c.text)}</li>'
            for c in q.starred]
    out += [f"<li>{escape(c.text)}</li>" for c in q.others]
    out.append("</ul>")
    return out


def _notes_html(notes: str, lang: str) -> list[str]:
    """The notes as typed (line breaks, blank lines and indentation kept), under a title set
    apart from the guiding questions."""
    title = msg("Notes de l'animation", "Facilitators' notes").render(lang)
    return [f'<p class="notes-title">{escape(title)}</p>', f'<p class="notes">{escape(notes)}</p>']


def restitution_html(r: Restitution, lang: str, body_pt: float = PRINT_BODY_PT) -> str:
    """A self-contained HTML page of the restitution, ready for printer or PDF; for a screen,
    ``body_pt`` is the size of its text (the window's font, which the user may have enlarged),
    and the headings follow."""
    def t(fr: str, en: str, **params) -> str:
        return escape(msg(fr, en, **params).render(lang))

    unknown = t("non renseigné", "not recorded")
    facts = [
        (t("Salle", "Room"), escape(r.room) or unknown),
        (t("Animation", "Facilitators"), escape(", ".join(r.facilitators)) or unknown),
        (t("Participants", "Participants"),
         str(r.participant_count) if r.participant_count is not None else unknown),
    ]
    if r.organisations:
        facts.append((t("Organisations", "Organisations"), escape(", ".join(r.organisations))))
    facts.append((t("Contributions", "Contributions"),
                  escape(_counts(r.total_count, r.starred_count, lang))))
    title = t("Restitution de l'atelier {n}", "Plenary summary of atelier {n}", n=r.atelier_number)
    out = [
        '<!DOCTYPE html>',
        f'<html lang="{"en" if lang == "en" else "fr"}"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{_style(body_pt)}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="subtitle">{escape(r.atelier_title)}</p>',
        f'<p class="event">{escape(r.event_title)} · '
        f'{escape(_format_date(r.event_date, lang))}</p>',
        '<table class="facts" cellspacing="0" cellpadding="2">',
        *(f'<tr><td class="key">{key}</td><td>{value}</td></tr>' for key, value in facts),
        "</table>",
    ]
    for index, e in enumerate(r.engagements):
        style = ' style="page-break-before: always"' if index else ""
        completion = completion_label(e.completion, lang)
        out.append(f"<h2{style}>{t('Engagement {n}', 'Engagement {n}', n=e.number)} — "
                   f"{escape(e.title)}</h2>")
        out.append(f'<p class="meta">{t("Avancement : {c}", "Completion: {c}", c=completion)}'
                   f" · {escape(_counts(e.count, e.starred_count, lang))}</p>")
        if e.notes:
            out += _notes_html(e.notes, lang)
        for number, q in enumerate(e.questions, start=1):
            out += _question_html(q, number, lang)
    out.append("</body></html>")
    return "\n".join(out)
