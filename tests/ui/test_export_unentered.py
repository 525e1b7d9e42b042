"""Exporting the atelier being captured offers the texts typed but not added with Enter (the
bundle would leave them out without a word); F1 shows the shortcuts with the keyboard, yet
what is typed there goes to the entry line; the start page's list and the red banner have
accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app.ui.export_dialog import ExportDialog

from .conftest import type_text
from .test_capture import start_atelier

B = QMessageBox.StandardButton


@pytest.mark.parametrize("answer", [B.Yes, B.No, B.Cancel])
def test_export_offers_the_texts_typed_but_not_added(qtbot, make_window, monkeypatch, answer):
    window = make_window()
    start_atelier(qtbot, window, 3)
    run = window.session.run.uuid
    type_text(window.capture.current_panel().questions["challenges"].entry,
              "Tapé mais pas validé")
    asked, exported = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or answer)
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: exported.append(dialog) or 0)
    window.export()
    assert len(asked) == 1 and "1" in asked[0]
    texts = [c.text for c in window.store.contributions(run)]
    if answer == B.Yes:
        assert texts == ["Tapé mais pas validé"] and len(exported) == 1
    elif answer == B.No:
        assert texts == [] and len(exported) == 1
        assert window.store.state(run)["draft:11:challenges"] == "Tapé mais pas validé"
    else:
        assert texts == [] and exported == [], "cancelled: nothing exported"


def test_export_without_unentered_texts_asks_nothing(qtbot, make_window, monkeypatch):
    window = make_window()
    start_atelier(qtbot, window, 3)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("nothing to ask"))
    exported = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: exported.append(dialog) or 0)
    window.export()
    assert len(exported) == 1


def test_the_shortcuts_window_has_the_keyboard_but_typing_goes_to_the_entry_line(
        qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.activateWindow()
    entry = window.capture.current_panel().questions["indicators"].entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    type_text(entry, "Avant ")
    qtbot.keyClick(entry, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    qtbot.waitExposed(dialog)
    # The page has the keyboard (Escape and the arrows work there)...
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.tree
    # ...but a letter typed there is not lost: it goes to the entry line, with the keyboard,
    # and the page stays open beside the window.
    type_text(QApplication.focusWidget(), "a")
    qtbot.waitUntil(entry.hasFocus)
    type_text(QApplication.focusWidget(), "près")
    assert entry.text() == "Avant après" and dialog.isVisible()

    # F1 again: the page has the keyboard; Escape closes it and gives the keyboard back.
    qtbot.keyClick(entry, Qt.Key.Key_F1)
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.isActiveWindow() and entry.hasFocus())
    type_text(QApplication.focusWidget(), " !")
    assert entry.text() == "Avant après !"


def test_accessible_names_of_the_runs_list_and_the_banner(qtbot, make_window, translations):
    window = make_window()
    page = window.start_page
    assert page.runs.accessibleName() and page.runs.accessibleName() == page.runs_label.text()
    assert window.banner.accessibleDescription() not in ("", "alert")
