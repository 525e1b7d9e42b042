"""Every window read as a screen reader reads it (Qt's accessibility tree, in-process), in
French and in English: each interactive object has a name and a role that says what it is, and
every value a person reads on screen is in what is exposed (see tests/ui/a11y.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.ui.end_dialog import EndDialog
from facilitator_app.ui.export_dialog import ExportDialog
from facilitator_app.ui.restitution_dialog import RestitutionDialog
from tests.support.merging import contribution, write_bundle

from .a11y import problems
from .test_capture import start_atelier, type_into


@pytest.fixture(params=["fr", "en"])
def language(request, translations):
    translations.use(request.param)
    return request.param


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_start_page(qtbot, make_window, language):
    window = make_window()
    assert window.stack.currentWidget() is window.start_page
    check(window)


def test_capture_window_with_contributions_and_the_in_place_editor(qtbot, make_window,
                                                                     language):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Nombre de registres coproduits")
    type_into(qtbot, window, 3, "Gouvernance des données")
    box = window.capture.current_panel().questions["challenges"]
    window.session.toggle_star(box.model.contribution(0).uuid)
    qtbot.waitUntil(lambda: box.model.contribution(0).starred)
    check(window)
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.keyClick(box.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: box._editor is not None)
    check(window)


def test_export_and_end_dialogs(qtbot, make_window, language):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Nombre de registres coproduits")
    export = shown(qtbot, ExportDialog(window.store, window.session.run.uuid, window))
    assert export.key.fingerprint in " ".join(problems_text(export))
    check(export)
    end = shown(qtbot, EndDialog(3, {"draft:11:challenges": "Pas encore validé"}, window))
    check(end)


def check(widget) -> None:
    found = problems(widget)
    assert not found, "\n".join(found)


def problems_text(widget) -> list[str]:
    """All the exposed texts of ``widget``'s children (to find a value in them)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    from .a11y import exposed

    return [exposed(QAccessible.queryAccessibleInterface(w))
            for w in widget.findChildren(QWidget) if w.isVisible()]


def test_restitution_and_room_display(qtbot, make_window, language):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Gouvernance des données")
    box = window.capture.current_panel().questions["indicators"]
    window.session.toggle_star(box.model.contribution(0).uuid)
    restitution = shown(qtbot, RestitutionDialog(window.session, window))
    check(restitution)
    window.toggle_room_display()
    room = window.room
    qtbot.waitUntil(lambda: bool(room.contributions.items()))
    check(room)
    starred = room.contributions.items()[0]
    assert starred.text().startswith("★") and starred.accessibleDescription() in (
        "mise en avant", "starred")


def test_organiser_window_with_a_store_and_a_bundle(qtbot, tmp_path, language):
    from facilitator_app.ui.organiser_window import OrganiserWindow
    from facilitator_app.ui.settings import Settings

    window = shown(qtbot, OrganiserWindow(Settings(tmp_path / "settings.ini")))
    assert window.open_store(str(tmp_path / "central.sqlite"))
    check(window)
    bundle = write_bundle(tmp_path, "a", [contribution(1), contribution(2)])
    with qtbot.waitSignal(window.runner.idle, timeout=60_000):
        window.add_paths([str(bundle)])
    qtbot.waitUntil(lambda: window.bundle_model.rowCount() == 1)
    window.bundle_view.selectRow(0)
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        check(window)
    window.close()


def test_the_summary_has_an_outline_of_headings_and_contributions(qtbot, make_window):
    from PySide6.QtGui import QAccessible

    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Gouvernance des données")
    box = window.capture.current_panel().questions["indicators"]
    window.session.toggle_star(box.model.contribution(0).uuid)
    dialog = shown(qtbot, RestitutionDialog(window.session, window))
    outline = dialog.outline
    assert outline.topLevelItemCount() == len(window.session.engagements)
    engagement = outline.topLevelItem(0)
    assert engagement.text(0).startswith("Engagement 11 — ")
    question = engagement.child(0)
    assert question.text(0).startswith("1. ") and question.text(0).endswith("(1)")
    leaf = question.child(0)
    assert leaf.text(0) == "★ Gouvernance des données"
    view_iface = QAccessible.queryAccessibleInterface(outline)
    leaves = [view_iface.child(i) for i in range(view_iface.childCount())]
    read = [(c.text(QAccessible.Text.Name), c.text(QAccessible.Text.Description))
            for c in leaves if c is not None]
    assert ("Gouvernance des données", "mise en avant") in read, "the star is a description"

    third = outline.topLevelItem(2).child(0)  # question 1 of engagement 16, not of 11
    outline.setCurrentItem(third)
    cursor = dialog.browser.textCursor()
    assert cursor.selectedText() == third.text(0).rsplit(" (", 1)[0]
    before = dialog.browser.toPlainText()[:cursor.selectionStart()]
    assert "Engagement 16" in before, "the question of the chosen engagement is shown"
