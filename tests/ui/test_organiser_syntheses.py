"""The syntheses page of the organiser window: an engagement's editorial synthesis written,
saved with who and when (Ctrl+S), kept as a draft while another is looked at, reloaded
(F5), and never saved over a newer text another organiser saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator_app.central import syntheses as sy
from facilitator_app.central.store import CentralStore
from tests.support.merging import contribution, write_bundle
from tests.ui.conftest import type_text

TASK_TIMEOUT = 60_000


@pytest.fixture
def window(qtbot, tmp_path, translations):
    from facilitator_app.ui.organiser_window import OrganiserWindow
    from facilitator_app.ui.settings import Settings

    made = OrganiserWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    qtbot.waitUntil(lambda: not made.busy, timeout=TASK_TIMEOUT)
    with qtbot.waitSignal(made.runner.idle, timeout=TASK_TIMEOUT):
        assert made.open_store(str(tmp_path / "central.sqlite"))
    path = write_bundle(tmp_path, "a", [contribution(1), contribution(2)])
    with qtbot.waitSignal(made.runner.idle, timeout=TASK_TIMEOUT):
        made.add_paths([str(path)])
    qtbot.waitUntil(lambda: made.syntheses.list.count() > 0, timeout=TASK_TIMEOUT)
    made.tabs.setCurrentWidget(made.syntheses)
    yield made
    made.close()


def stored(window) -> dict:
    with CentralStore(window.store.url, create=False) as other:
        return sy.syntheses(other)


def test_every_reviewed_engagement_is_listed_and_a_synthesis_is_saved_by_ctrl_s(qtbot, window):
    page = window.syntheses
    places = [(p.event_id, p.engagement_number) for p in page.places]
    atelier_engagements = {n for a in _ateliers(window) for n in a.engagement_numbers}
    assert {n for _, n in places} == atelier_engagements and places
    assert "Engagement" in page.title.text() or "engagement" in page.title.text()
    page.editor.setFocus()
    qtbot.waitUntil(page.editor.hasFocus)
    type_text(page.editor, "Trois idées fortes.")
    assert page.list.currentItem().text().startswith("✎ ")  # a draft, not saved yet
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = stored(window)[page.current_key()]
    assert saved.text == "Trois idées fortes." and saved.revision == 1 and saved.author
    assert page.list.currentItem().text().startswith("✓ ")
    assert "(1)" in window.tabs.tabText(window.tabs.indexOf(page))
    assert saved.author in page.state.text() and "révision 1" in page.state.text()
    assert "Synth" in window.menus.a_tabs[4].text()


def test_a_draft_is_kept_while_another_engagement_is_shown_and_f5_forgets_it(qtbot,
                                                                                  window):
    page = window.syntheses
    assert page.list.count() >= 2  # the built-in atelier 3 reviews three engagements
    page.list.setCurrentRow(0)
    page.editor.setPlainText("Brouillon")
    page.list.setCurrentRow(1)
    assert page.editor.toPlainText() == ""
    page.list.setCurrentRow(0)
    assert page.editor.toPlainText() == "Brouillon"
    page.editor.setFocus()
    qtbot.waitUntil(page.editor.hasFocus)
    qtbot.keyClick(page.editor, Qt.Key.Key_F5)
    assert page.editor.toPlainText() == "" and not page.drafts
    assert stored(window) == {}


def test_saving_over_a_newer_text_is_refused_and_loses_neither(qtbot, window):
    page = window.syntheses
    key = page.current_key()
    with CentralStore(window.store.url, create=False) as other:  # another organiser, meanwhile
        sy.save_synthesis(other, key[0], key[1], "Le texte de Claire", "Claire", replaces=0)
    page.editor.setPlainText("Mon texte")
    page.save()
    qtbot.waitUntil(lambda: window.error_box is not None)
    assert "Claire" in window.error_box.text() and "entre-temps" in window.error_box.text()
    assert stored(window)[key].text == "Le texte de Claire"
    assert page.editor.toPlainText() == "Mon texte"  # the draft is still there
    window.error_box.close()
    page.reload()
    assert page.editor.toPlainText() == "Le texte de Claire"


def _ateliers(window):
    from facilitator_app.central.report_source import CentralReportSource

    return CentralReportSource(window.store).ateliers()
