"""Every word the report writes, in French and English, and the formatting of dates and names.

One table instead of scattered strings: the workbook, the CSV and the Markdown pages agree, and
a missing translation is a missing key (``tests/test_report_text.py`` checks both languages).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from facilitator_app.domain import QUESTIONS_BY_KEY
from facilitator_app.i18n import Message, msg

LABELS: dict[str, Message] = {
    # sheet names (at most 31 characters, none of []:*?/\)
    "sheet.summary": msg("Synthèse", "Summary"),
    "sheet.all": msg("Toutes les contributions", "All contributions"),
    "sheet.sources": msg("Sources", "Sources"),
    "sheet.conflicts": msg("Conflits", "Conflicts"),
    "sheet.engagement": msg("Eng. {n} – {title}", "Eng. {n} – {title}"),
    # summary
    "summary.title": msg("Rapport des ateliers Ministère ouvert",
                         "Report of the Ministère ouvert ateliers"),
    # Counts after their names, so that 1 reads right in both languages.
    "summary.made": msg("Produit le {when} (UTC). Contributions : {contributions} ; ateliers : "
                        "{ateliers} ; participants : {participants} ; paquets fusionnés : "
                        "{bundles}.",
                        "Produced {when} (UTC). Contributions: {contributions}; ateliers: "
                        "{ateliers}; participants: {participants}; bundles merged: {bundles}."),
    "summary.conflicts": msg("{n} conflits non résolus : voir la feuille « {sheet} ».",
                             "{n} unresolved conflicts: see the sheet '{sheet}'."),
    "summary.conflict": msg("1 conflit non résolu : voir la feuille « {sheet} ».",
                            "1 unresolved conflict: see the sheet '{sheet}'."),
    "summary.events": msg("Événements", "Events"),
    "summary.ateliers": msg("Ateliers", "Ateliers"),
    "summary.matrix": msg("Contributions par engagement et par question",
                          "Contributions per engagement and question"),
    "summary.chart": msg("Contributions par engagement et par question",
                         "Contributions per engagement and question"),
    "summary.total": msg("Total", "Total"),
    "summary.starred": msg("dont ★", "of which ★"),
    "col.event": msg("Événement", "Event"),
    "col.date": msg("Date", "Date"),
    "col.catalogue": msg("Catalogue", "Catalogue"),
    "col.version": msg("Version", "Version"),
    "col.ateliers": msg("Ateliers", "Ateliers"),
    "col.participants": msg("Participants", "Participants"),
    "col.contributions": msg("Contributions", "Contributions"),
    "col.number": msg("N°", "No."),
    "col.atelier": msg("Atelier", "Atelier"),
    "col.facilitators": msg("Animé par", "Facilitated by"),
    "col.organisations": msg("Organisations", "Organisations"),
    "col.engagement": msg("Engagement", "Engagement"),
    "col.title": msg("Titre", "Title"),
    # all contributions (also the CSV's column titles in the workbook's language)
    "col.uuid": msg("UUID", "UUID"),
    "col.question": msg("Question", "Question"),
    "col.text": msg("Contribution", "Contribution"),
    "col.starred": msg("Mise en avant", "Starred"),
    "col.created": msg("Créée le (UTC)", "Created (UTC)"),
    "col.updated": msg("Modifiée le (UTC)", "Updated (UTC)"),
    "col.bundle": msg("Paquet", "Bundle"),
    "col.note": msg("Remarque", "Note"),
    "yes": msg("oui", "yes"),
    "no": msg("non", "no"),
    # sources
    "col.file": msg("Fichier", "File"),
    "col.bundle_uuid": msg("UUID du paquet", "Bundle UUID"),
    "col.fingerprint": msg("Empreinte de la clé", "Key fingerprint"),
    "col.verification": msg("Vérification", "Verification"),
    "col.trust": msg("Confiance", "Trust"),
    "col.exported": msg("Exporté le (UTC)", "Exported (UTC)"),
    "col.deleted": msg("Supprimées", "Deleted"),
    "col.cited": msg("Citées dans le rapport", "Cited in the report"),
    "sources.divergent": msg("{catalogue} : copie divergente (empreinte {sha})",
                             "{catalogue}: divergent copy (fingerprint {sha})"),
    "status.verified": msg("signature vérifiée", "signature verified"),
    "status.failed": msg("échec de la vérification", "verification failed"),
    "status.trusted": msg("clé de confiance", "trusted key"),
    "status.recorded": msg("clé déjà vue, pas encore de confiance",
                           "key seen before, not yet trusted"),
    "status.new": msg("nouvelle clé, pas encore de confiance", "new key, not yet trusted"),
    "status.flagged": msg("à vérifier", "flagged"),
    "status.disputed": msg("déroulé revendiqué par une autre clé : non publié",
                           "run claimed by another key: not published"),
    "sources.none": msg("Aucun paquet fusionné.", "No bundle merged."),
    # conflicts
    "col.current_text": msg("Version conservée", "Version kept"),
    "col.incoming_text": msg("Version non retenue", "Version not taken"),
    "col.revision": msg("Révision", "Revision"),
    "conflicts.intro": msg("Ces contributions ont été modifiées différemment dans deux paquets ; "
                           "la version conservée est celle du rapport. Tranchez dans la fenêtre "
                           "de fusion.",
                           "These contributions were changed differently in two bundles; the "
                           "version kept is the one in this report. Decide in the merge window."),
    # engagement sheets and pages
    "eng.title": msg("Engagement {n} – {title}", "Engagement {n} – {title}"),
    "eng.carrier": msg("Institution porteuse : {carrier}", "Lead institution: {carrier}"),
    "eng.completion": msg("Avancement : {completion}", "Completion: {completion}"),
    "label.carrier": msg("Institution porteuse", "Lead institution"),
    "label.completion": msg("Avancement", "Completion"),
    "label.facilitated": msg("animé par {names}", "facilitated by {names}"),
    "label.participant": msg("{n} participant", "{n} participant"),  # 0 and 1 in French
    "label.participants": msg("{n} participants", "{n} participants"),
    "eng.roadmap": msg("Feuille de route", "Roadmap"),
    "eng.context": msg("Enjeux", "Stakes"),
    "eng.workshops": msg("Contributions des ateliers Ministère ouvert",
                         "Contributions from the Ministère ouvert ateliers"),
    "eng.none": msg("Aucune contribution.", "No contribution."),
    "eng.synthesis": msg("Synthèse de la rédaction", "Editorial synthesis"),
    "eng.synthesis_event": msg("Synthèse de la rédaction – {event}",
                               "Editorial synthesis – {event}"),
    "eng.synthesis_by": msg("Rédigée par {author}, le {when} (UTC).",
                            "Written by {author}, {when} (UTC)."),
    "eng.notes": msg("Questions des participants et réponses",
                     "Participants' questions and answers"),
    "col.notes": msg("Questions et réponses notées", "Questions and answers noted"),
    "eng.from": msg("atelier {atelier}", "atelier {atelier}"),
    # A confirmed near-duplicate group's row (counts after their names: 1 reads right).
    "group.note": msg("Groupe de {n} contributions semblables – ateliers : {ateliers} ; "
                      "sessions : {runs}.", "Group of {n} similar contributions – ateliers: "
                      "{ateliers}; runs: {runs}."),
    "split.note": msg("Texte long : partie {part} sur {parts}, la suite sur la ligne "
                      "suivante.",
                      "Long text: part {part} of {parts}, continued on the next row."),
    "split.last": msg("Texte long : partie {part} sur {parts} (fin).",
                      "Long text: part {part} of {parts} (end)."),
}

# Short names of the guiding questions, for columns, filters and the chart's legend; and the
# section headings of the online mid-term report.
QUESTION_SHORT: dict[str, Message] = {
    "indicators": msg("Indicateurs", "Indicators"),
    "inspirations": msg("Inspirations", "Inspirations"),
    "challenges": msg("Défis", "Challenges"),
    "commitments": msg("Engagements futurs", "Future commitments"),
}
QUESTION_HEADING: dict[str, Message] = {
    "indicators": msg("Indicateurs de suivi", "Monitoring indicators"),
    "inspirations": msg("Initiatives inspirantes", "Inspiring initiatives"),
    "challenges": msg("Défis de mise en œuvre", "Implementation challenges"),
    "commitments": msg("Engagements futurs", "Future commitments"),
}

_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def t(key: str, lang: str, **params: object) -> str:
    """The label ``key`` in ``lang``, with its placeholders filled."""
    message = LABELS[key]
    return Message(message.fr, message.en, dict(params)).render(lang)


def question_short(key: str, lang: str) -> str:
    return QUESTION_SHORT[key].render(lang) if key in QUESTION_SHORT else key


def question_heading(key: str, lang: str) -> str:
    return QUESTION_HEADING[key].render(lang) if key in QUESTION_HEADING else key


def question_full(key: str, lang: str) -> str:
    q = QUESTIONS_BY_KEY.get(key)
    return q.label(lang) if q else key


def status(value: str, lang: str) -> str:
    """A verification or trust status in words; an unknown value as it is."""
    key = f"status.{value}"
    return t(key, lang) if key in LABELS else value


def long_date(day: date, lang: str) -> str:
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{'1er' if day.day == 1 else day.day} {_MONTHS_FR[day.month - 1]} {day.year}"


def utc_naive(moment: datetime) -> datetime:
    """``moment`` in UTC without time zone, as Excel stores it (naive values are taken as UTC)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def short_engagement(engagement, length: int = 34) -> str:
    """``Eng. 15 – Renforcer la politique d’ouverture…``: a chart's category, cut at a word."""
    text = f"Eng. {engagement.number}"
    if not engagement.title:
        return text
    text += f" – {engagement.title}"
    if len(text) <= length:
        return text
    cut = text.rfind(" ", 0, length)
    return text[:cut if cut > len(text) // 3 else length].rstrip(" ,;:–") + "…"


def iso_utc(moment: datetime) -> str:
    """``2016-06-21T16:35:12Z`` (microseconds kept when there are any)."""
    value = utc_naive(moment)
    text = value.isoformat(timespec="microseconds" if value.microsecond else "seconds")
    return text + "Z"


def names(people: tuple[str, ...] | list[str], lang: str) -> str:
    """``A, B et C`` / ``A, B and C``."""
    people = list(people)
    if len(people) <= 1:
        return "".join(people)
    last = " and " if lang == "en" else " et "
    return ", ".join(people[:-1]) + last + people[-1]
