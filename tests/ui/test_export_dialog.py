"""Export from the window: the dialog writes a bundle the reader accepts, and shows the key."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app.bundle import read_bundle
from facilitator_app.bundle.keys import load_or_create_key
from facilitator_app.ui.export_dialog import ExportDialog


def _close_message_boxes(qtbot, seen: list[str]) -> None:
    """Accept the next message box, remembering its text."""
    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.accept()
                return
        QTimer.singleShot(20, close)
    QTimer.singleShot(0, close)


def test_the_dialog_exports_a_valid_bundle_and_an_excel_copy(qtbot, store, catalogue, tmp_path,
                                                              translations):
    run = store.start_run(catalogue, 3)
    first = catalogue.atelier(3).engagement_numbers[0]
    store.add_contribution(run.uuid, first, "indicators", "Taux de réutilisation des données")
    dialog = ExportDialog(store, run.uuid)
    qtbot.addWidget(dialog)
    key = load_or_create_key(store.path.parent)
    assert dialog.key.fingerprint == key.fingerprint
    assert dialog.path.text().endswith(".fabundle") and "atelier-3_" in dialog.path.text()
    dialog.path.setText(str(tmp_path / "mon-atelier"))
    dialog.excel.setChecked(True)
    seen: list[str] = []
    _close_message_boxes(qtbot, seen)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.export_button.click()
    bundle = read_bundle(tmp_path / "mon-atelier.fabundle")
    assert bundle.counts.live == 1 and bundle.fingerprint == key.fingerprint
    assert (tmp_path / "mon-atelier.xlsx").exists()
    assert "1 contributions" in seen[0] or "1 contribution" in seen[0]


def test_a_failed_export_says_why_and_keeps_the_dialog_open(qtbot, store, catalogue, tmp_path,
                                                             translations):
    run = store.start_run(catalogue, 3)
    dialog = ExportDialog(store, run.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "missing-folder" / "x.fabundle"))
    seen: list[str] = []
    _close_message_boxes(qtbot, seen)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "missing-folder" in seen[0] and dialog.isVisible() and dialog.exported is None
