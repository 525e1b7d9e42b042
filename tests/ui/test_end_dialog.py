"""Ending an atelier takes one dialog that shows what is pending (texts typed but not added,
the export) with the choices; the export dialog and its confirmation follow when asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app.bundle import read_bundle
from facilitator_app.ui.end_dialog import EndDialog
from facilitator_app.ui.export_dialog import ExportDialog

from .conftest import type_text
from .test_capture import start_atelier


def answer_dialogs(answers) -> list[object]:
    """Answer each modal dialog in turn with the next of ``answers`` (a function of the
    dialog); the dialogs seen, in order."""
    seen: list[object] = []
    answers = list(answers)

    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None or (seen and dialog is seen[-1]):
            if answers:
                QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        answer = answers.pop(0)
        if answers:  # before answering: the answer may open the next one in its own loop
            QTimer.singleShot(20, look)
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


def ended_with_drafts(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    panel = window.capture.current_panel()
    type_text(panel.questions["challenges"].entry, "Pas encore validé")
    window.capture.session.remember({"draft:15:commitments": "Brouillon d'un autre engagement",
                                     "draft:16:indicators": "   "})
    return window, window.session.run.uuid


def test_one_dialog_shows_what_is_pending_then_the_export_follows(qtbot, make_window, tmp_path):
    window, run = ended_with_drafts(qtbot, make_window)
    target = tmp_path / "fin.fabundle"
    shown: dict[str, object] = {}

    def end(dialog):
        assert isinstance(dialog, EndDialog)
        shown["text"] = dialog.unentered.text()
        shown["ticked"] = (dialog.add.isChecked(), dialog.export.isChecked())
        shown["default"] = dialog.end_button.isDefault()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter: the default choice

    def export(dialog):
        assert isinstance(dialog, ExportDialog)
        dialog.path.setText(str(target))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    def confirmation(box):
        assert isinstance(box, QMessageBox)
        shown["confirmation"] = box.text()
        box.accept()

    seen = answer_dialogs([end, export, confirmation])
    window.end_run()
    qtbot.waitUntil(lambda: len(seen) == 3 and not QApplication.activeModalWidget())
    # The two texts, where they were typed; the one of spaces only is not a text.
    assert shown["text"] == (
        "• Engagement 11, question 3\u00a0: Pas encore validé\n"
        "• Engagement 15, question 4\u00a0: Brouillon d'un autre engagement")
    assert shown["ticked"] == (True, True) and shown["default"]
    assert window.session is None and window.store.run(run).ended_at is not None
    bundle = read_bundle(target)
    assert {(c.engagement_number, c.question_key, c.text) for c in bundle.contributions} == {
        (11, "challenges", "Pas encore validé"),
        (15, "commitments", "Brouillon d'un autre engagement")}
    assert "2 contributions" in shown["confirmation"]


def test_ending_without_the_texts_and_without_export(qtbot, make_window):
    window, run = ended_with_drafts(qtbot, make_window)

    def end(dialog):
        dialog.add.setChecked(False)
        dialog.export.setChecked(False)
        dialog.end_button.click()

    seen = answer_dialogs([end])
    window.end_run()
    assert len(seen) == 1 and QApplication.activeModalWidget() is None  # no export dialog
    assert window.session is None and window.store.run(run).ended_at is not None
    assert window.store.contributions(run) == []
    assert window.store.state(run)["draft:11:challenges"] == "Pas encore validé"


@pytest.mark.parametrize("drafts", [False, True])
def test_cancel_leaves_the_atelier_as_it_was(qtbot, make_window, drafts):
    window = make_window()
    start_atelier(qtbot, window, 3)
    run = window.session.run.uuid
    if drafts:
        type_text(window.capture.current_panel().questions["indicators"].entry, "Brouillon")
    shown = []

    def cancel(dialog):
        shown.append(dialog.add.isHidden())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer_dialogs([cancel])
    window.end_run()
    assert shown == [not drafts]  # nothing about texts when there are none
    assert window.session is not None and window.store.run(run).ended_at is None
    assert window.store.contributions(run) == []
