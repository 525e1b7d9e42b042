"""Export from the window: the dialog writes a bundle the reader accepts, and shows the key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
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


def test_the_file_menu_exports_the_atelier_being_captured(qtbot, make_window, tmp_path):
    from tests.ui.test_capture import start_atelier, type_into

    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Nombre de réutilisations")
    seen: list[str] = []

    def fill_dialog():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, ExportDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, fill_dialog)
            return
        dialog.path.setText(str(tmp_path / "depuis-le-menu.fabundle"))
        _close_message_boxes(qtbot, seen)
        dialog.export_button.click()

    QTimer.singleShot(0, fill_dialog)
    window.a_export.trigger()
    bundle = read_bundle(tmp_path / "depuis-le-menu.fabundle")
    assert [c.text for c in bundle.contributions] == ["Nombre de réutilisations"]
    assert bundle.run.uuid == window.session.run.uuid
    assert window.a_export.shortcut().toString() == "Ctrl+Shift+E"


def test_a_bundle_given_with_open_starts_the_organiser_window(monkeypatch):
    from facilitator_app import cli
    from facilitator_app.ui import app

    opened = []
    monkeypatch.setattr(app, "run_organiser", lambda args: opened.append(args.open) or 0)
    assert cli.main(["--open", "a.fabundle"]) == 0
    assert opened == [["a.fabundle"]]


def _answer_message_box(qtbot, seen: list[str], button_text: str) -> None:
    """Click the button whose text is ``button_text`` in the next message box."""
    def answer():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                button = next(b for b in widget.buttons() if b.text() == button_text)
                button.click()
                return
        QTimer.singleShot(20, answer)
    QTimer.singleShot(0, answer)


def test_enter_in_the_path_field_exports_and_remembers_the_folder(
        qtbot, store, catalogue, tmp_path, translations, monkeypatch):
    from facilitator_app.ui import export_dialog
    from facilitator_app.ui import settings as keys
    from facilitator_app.ui.settings import Settings

    chooser = []
    monkeypatch.setattr(export_dialog.file_dialogs, "save_file_name",
                        lambda *args, **kwargs: chooser.append(args) or "")
    opened = []

    class Desktop:
        @staticmethod
        def openUrl(url):
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(export_dialog.file_dialogs, "QDesktopServices", Desktop)
    run = store.start_run(catalogue, 3)
    first = catalogue.atelier(3).engagement_numbers[0]
    store.add_contribution(run.uuid, first, "indicators", "Taux de réutilisation")
    settings = Settings(tmp_path / "settings.ini")
    dialog = ExportDialog(store, run.uuid, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog.path.setText(str(folder / "entree.fabundle"))
    dialog.path.setFocus()
    seen: list[str] = []
    _answer_message_box(qtbot, seen, "&Ouvrir le dossier")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert chooser == [], "Enter opened the file chooser"
    bundle = read_bundle(folder / "entree.fabundle")  # read_bundle verifies it whole
    assert bundle.counts.live == 1 and [c.text for c in bundle.contributions] == [
        "Taux de réutilisation"]
    assert "1 contribution (0 mise en avant, 0 supprimée)" in seen[0]
    assert opened == [str(folder)]
    assert settings.get(keys.EXPORT_FOLDER) == str(folder)

    # The next export proposes the folder used last.
    again = ExportDialog(store, run.uuid, settings=settings)
    qtbot.addWidget(again)
    assert again.path.text().startswith(str(folder) + "/")


def test_the_default_folder_is_the_platforms_documents_folder_created_and_shown(
        qtbot, store, catalogue, tmp_path, translations, monkeypatch):
    from facilitator_app.ui import export_dialog

    documents = tmp_path / "a rather long home folder name" / "with nested parts" / "Documents"

    class Paths:
        StandardLocation = export_dialog.QStandardPaths.StandardLocation

        @staticmethod
        def writableLocation(location):
            assert location == Paths.StandardLocation.DocumentsLocation
            return str(documents)

    monkeypatch.setattr(export_dialog, "QStandardPaths", Paths)
    run = store.start_run(catalogue, 3)
    dialog = ExportDialog(store, run.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert documents.is_dir(), "the documents folder is created when missing"
    assert dialog.path.text().startswith(str(documents) + "/")
    assert dialog.path.cursorPosition() == 0  # the start of the path, the folder, in view
    assert dialog.path.toolTip() == dialog.path.text()
    # The folder is said whole below the field (shortened in the middle only if it must be).
    shown = dialog.folder.text()
    assert shown == f"Dans le dossier : {documents}" or (
        "…" in shown and shown.endswith("Documents") and dialog.folder.toolTip() == str(documents))
    assert dialog.fontMetrics().horizontalAdvance(shown) <= dialog.folder.width() + 2
