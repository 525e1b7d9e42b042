"""Exporting the atelier being captured offers the texts typed but not added with Enter (the
bundle would leave them out without a word); F1 shows the shortcuts without taking the
keyboard; the start page's list and the red banner have accessible names."""

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


def test_the_shortcuts_window_leaves_the_keyboard_where_it_was(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.activateWindow()
    entry = window.capture.current_panel().questions["indicators"].entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    type_text(entry, "Avant ")
    qtbot.keyClick(entry, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.shortcuts_dialog is not None
                    and window.shortcuts_dialog.isVisible())
    qtbot.waitExposed(window.shortcuts_dialog)
    for _ in range(3):  # the window system's queued events (an activation) are delivered
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    assert QApplication.activeWindow() is window and entry.hasFocus()
    type_text(QApplication.focusWidget(), "après")
    assert entry.text() == "Avant après"


def test_accessible_names_of_the_runs_list_and_the_banner(qtbot, make_window, translations):
    window = make_window()
    page = window.start_page
    assert page.runs.accessibleName() and page.runs.accessibleName() == page.runs_label.text()
    assert window.banner.accessibleName() not in ("", "alert")
