"""The plenary restitution built from a run's document, and its HTML (no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from facilitator_app.capture import RunDocument
from facilitator_app.domain import QUESTION_KEYS, WorkshopRun
from facilitator_app.restitution import build_restitution, restitution_html

T0 = datetime(2016, 6, 21, 16, 20, tzinfo=timezone.utc)


def tick():
    """Capture times one second apart, in the order the test adds rows."""
    t = T0
    while True:
        t += timedelta(seconds=1)
        yield t


def make_run(catalogue, **changes) -> WorkshopRun:
    values = dict(uuid="run-1", catalogue_id=catalogue.id, catalogue_version=catalogue.version,
                  atelier_number=3, facilitators=("Simon Chignard", "Ada Lovelace"),
                  participant_count=21, organisations=("Etalab", "Open Knowledge France"),
                  started_at=T0, ended_at=None, created_at=T0, updated_at=T0, revision=1)
    values.update(changes)
    return WorkshopRun(**values)


@pytest.fixture
def doc() -> RunDocument:
    """Atelier 3 reviews engagements 11, 15, 16; rows are added out of question order on purpose."""
    clock = tick()
    d = RunDocument("run-1")

    def add(engagement, question, text, starred=False):
        row = d.add(engagement, question, text, next(clock))[0]
        if starred:
            d.set_starred(row.uuid, True, next(clock))
        return row

    add(15, "commitments", "Publier un calendrier d’ouverture")
    add(15, "indicators", "Nombre de jeux de données publiés")
    add(15, "indicators", "Taux de réutilisation", starred=True)
    add(15, "indicators", "Délai de publication")
    add(15, "indicators", "Nombre de producteurs", starred=True)
    gone = add(15, "challenges", "Doublon à effacer")
    d.delete(gone.uuid, next(clock))
    add(15, "challenges", "Qualité des métadonnées")
    add(11, "indicators", "<script>alert('registres')</script> & co")
    add(16, "inspirations", "OpenFisca", starred=True)
    return d


def texts(question):
    return [c.text for c in question.contributions]


def test_engagements_in_atelier_order_questions_in_guiding_order(catalogue, doc):
    r = build_restitution(make_run(catalogue), catalogue, doc)
    assert [e.number for e in r.engagements] == [11, 15, 16]
    for engagement in r.engagements:
        assert tuple(q.key for q in engagement.questions) == QUESTION_KEYS


def test_starred_first_then_others_each_in_list_order(catalogue, doc):
    r = build_restitution(make_run(catalogue), catalogue, doc)
    indicators = r.engagements[1].questions[0]
    assert [c.text for c in indicators.starred] == ["Taux de réutilisation",
                                                    "Nombre de producteurs"]
    assert [c.text for c in indicators.others] == ["Nombre de jeux de données publiés",
                                                   "Délai de publication"]
    assert texts(indicators) == ["Taux de réutilisation", "Nombre de producteurs",
                                 "Nombre de jeux de données publiés", "Délai de publication"]
    assert all(c.starred for c in indicators.starred)
    assert not any(c.starred for c in indicators.others)


def test_counts_and_deleted_contributions_left_out(catalogue, doc):
    r = build_restitution(make_run(catalogue), catalogue, doc)
    e11, e15, e16 = r.engagements
    assert [q.count for q in e15.questions] == [4, 0, 1, 1]
    assert texts(e15.questions[2]) == ["Qualité des métadonnées"]
    assert all("Doublon" not in c.text for e in r.engagements for q in e.questions
               for c in q.contributions)
    assert (e11.count, e15.count, e16.count) == (1, 6, 1)
    assert (e15.starred_count, e16.starred_count) == (2, 1)
    assert (r.total_count, r.starred_count) == (8, 3)


def test_header_facts_come_from_the_run_and_catalogue(catalogue, doc):
    r = build_restitution(make_run(catalogue), catalogue, doc)
    assert r.event_title == catalogue.event.title and r.event_date == catalogue.event.date
    assert (r.atelier_number, r.atelier_title, r.room) == (
        3, "Ouverture des données et des codes sources", "Salle 109")
    assert r.facilitators == ("Simon Chignard", "Ada Lovelace")
    assert r.participant_count == 21
    assert r.organisations == ("Etalab", "Open Knowledge France")
    assert r.engagements[1].title == catalogue.engagement(15).title
    assert r.engagements[1].completion_label == "non renseigné"


def test_html_escapes_text_and_shows_people(catalogue, doc):
    html = restitution_html(build_restitution(make_run(catalogue), catalogue, doc), "fr")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;registres&#x27;)&lt;/script&gt; &amp; co" in html
    assert "Simon Chignard, Ada Lovelace" in html
    assert "<td>21</td>" in html
    assert "Etalab, Open Knowledge France" in html
    assert "Restitution de l’atelier 3" in html
    assert "21 juin 2016" in html
    assert "8 contributions, dont 3 ★" in html
    assert "Aucune contribution" in html and "No contribution" not in html
    assert "Doublon" not in html
    # Starred ones come first within their question, and engagements in atelier order.
    assert html.index("Taux de réutilisation") < html.index("Nombre de producteurs") \
        < html.index("Nombre de jeux de données publiés") < html.index("Délai de publication")
    assert html.index("Engagement 11") < html.index("Engagement 15") < html.index("Engagement 16")
    # Every engagement after the first starts a new printed page; nothing is fetched from outside.
    assert html.count("page-break-before: always") == 2
    assert "http" not in html and "src=" not in html


def test_english_labels(catalogue, doc):
    r = build_restitution(make_run(catalogue), catalogue, doc, "en")
    assert r.engagements[0].questions[0].label.startswith("Which indicators")
    assert r.engagements[0].completion_label == "not assessed"
    html = restitution_html(r, "en")
    assert "Plenary summary of atelier 3" in html
    assert "Facilitators" in html and "Room" in html
    assert "No contribution" in html and "Aucune contribution" not in html
    assert "21 June 2016" in html
    assert "8 contributions, 3 of them ★" in html
    assert "Which future commitments could be made?" in html
    assert "Quels" not in html and "Avancement" not in html


def test_unknown_participant_count_and_empty_run(catalogue):
    run = make_run(catalogue, participant_count=None, facilitators=(), organisations=())
    r = build_restitution(run, catalogue, RunDocument("run-1"))
    assert r.total_count == 0 and r.starred_count == 0
    assert all(q.count == 0 for e in r.engagements for q in e.questions)
    html = restitution_html(r, "fr")
    assert html.count("Aucune contribution") == 3 * 4
    assert "non renseigné" in html and "Organisations" not in html
    assert "0 contribution<" in html and "★" not in html


def test_notes_are_shown_under_their_engagement_as_typed_unless_left_out(catalogue, doc):
    doc.set_notes(15, "\n  \nQ : qui publie ?\nR : chaque ministère.\n\n  <b>Suite</b> en "
                      "septembre  \n\n", T0 + timedelta(hours=1))
    doc.set_notes(16, "   \n ", T0 + timedelta(hours=1))  # blank: nothing to show
    r = build_restitution(make_run(catalogue), catalogue, doc)
    assert [e.notes for e in r.engagements] == [
        "", "Q : qui publie ?\nR : chaque ministère.\n\n  <b>Suite</b> en septembre", ""]
    html = restitution_html(r, "fr")
    assert html.count("Notes de l’animation") == 1
    notes = html.index("Notes de l’animation")
    # Between engagement 15's heading and its first question, as typed.
    assert html.index("Engagement 15") < notes < html.index("Taux de réutilisation")
    assert ('<p class="notes">Q : qui publie ?\nR : chaque ministère.\n\n'
            '  &lt;b&gt;Suite&lt;/b&gt; en septembre</p>') in html
    assert "p.notes { white-space: pre-wrap;" in html
    assert "Facilitators&#x27; notes" in restitution_html(
        build_restitution(make_run(catalogue), catalogue, doc, "en"), "en")

    kept = build_restitution(make_run(catalogue), catalogue, doc, notes=False)
    assert all(e.notes == "" for e in kept.engagements)
    assert "qui publie" not in restitution_html(kept, "fr")


def test_a_screen_with_a_larger_font_gets_larger_text_and_headings(catalogue, doc):
    r = build_restitution(make_run(catalogue), catalogue, doc)
    printed, enlarged = restitution_html(r, "fr"), restitution_html(r, "fr", body_pt=21)
    assert "body { font-size: 10.5pt;" in printed and "h1 { font-size: 18.0pt;" in printed
    assert "body { font-size: 21.0pt;" in enlarged and "h1 { font-size: 36.0pt;" in enlarged
    assert printed.split("</style>")[1] == enlarged.split("</style>")[1]  # the same content
