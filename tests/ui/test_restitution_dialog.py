"""The restitution dialog: what it shows, the PDF it writes, its keyboard shortcuts."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from facilitator_app.ui import restitution_dialog
from facilitator_app.ui.restitution_dialog import RestitutionDialog

from .test_capture import start_atelier, type_into


@pytest.fixture
def dialog(qtbot, make_window):
    """The restitution of atelier 3 with two contributions to engagement 11, one starred."""
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Nombre de registres coproduits")
    type_into(qtbot, window, 3, "Gouvernance des données <partagées> — éèà")
    box = window.capture.current_panel().questions["challenges"]
    window.session.toggle_star(box.model.contribution(0).uuid)
    d = RestitutionDialog(window.session, window)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_shows_the_contributions_and_follows_changes(qtbot, dialog):
    text = dialog.browser.toPlainText()
    assert "Restitution de l’atelier 3" in text
    assert "Nombre de registres coproduits" in text
    assert "★ Gouvernance des données <partagées> — éèà" in text
    assert "Simon Chignard" in text
    assert text.count("Aucune contribution") == 3 * 4 - 2
    assert dialog.browser.isReadOnly()

    dialog.session.add(16, "commitments", "Ouvrir le code d’OpenFisca")
    qtbot.waitUntil(lambda: "Ouvrir le code d’OpenFisca" in dialog.browser.toPlainText())
    assert dialog.print_button.accessibleName() and dialog.pdf_button.accessibleName()
    assert dialog.default_pdf_name() == "restitution-atelier-3.pdf"


def test_notes_follow_typing_and_can_be_left_out(qtbot, dialog):
    panel = dialog.parent().capture.current_panel()  # engagement 11
    assert dialog.notes_box.isChecked() and "Notes de l’animation" not in \
        dialog.browser.toPlainText()
    qtbot.keyClicks(panel.notes, "Q : qui tient le registre ?")
    qtbot.waitUntil(lambda: "qui tient le registre" in dialog.browser.toPlainText())
    text = dialog.browser.toPlainText()
    assert text.index("Notes de l’animation") < text.index("Nombre de registres coproduits")

    qtbot.mouseClick(dialog.notes_box, Qt.MouseButton.LeftButton)
    assert not dialog.notes_box.isChecked()
    assert "qui tient le registre" not in dialog.browser.toPlainText()
    assert "qui tient le registre" not in dialog.html  # nor in the print or the PDF
    assert "Nombre de registres coproduits" in dialog.browser.toPlainText()


def test_the_screen_follows_the_window_font_and_the_print_keeps_its_own(qtbot, dialog):
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    dialog.setFont(font)  # as when the facilitator enlarges the app's text
    title = 18 * dialog.browser.font().pointSizeF() / 10.5  # h1 is 18 pt over a 10.5 pt body
    qtbot.waitUntil(lambda: f"font-size:{title:.1f}pt" in dialog.browser.toHtml())
    assert "body { font-size: 10.5pt;" in dialog.html  # printed and saved as PDF unchanged


def test_save_pdf_writes_a_whole_file_atomically(qtbot, dialog, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "r.pdf"
    dialog.save_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 1024
    assert [p.name for p in folder.iterdir()] == ["r.pdf"], "no temporary file left"

    dialog.save_pdf(target)  # replacing an existing file works the same way
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]

    if shutil.which("pdftoppm") is None:
        return  # poppler-utils absent: the picture is only for people to look at
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(target),
                    str(folder / "page")], check=True)
    assert (folder / "page-1.png").stat().st_size > 5000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
        assert re.search(r"^Pages:\s+3$", info, re.M), "one page per engagement"
        assert "(A4)" in info


def test_failed_save_leaves_nothing_behind(dialog, tmp_path):
    missing = tmp_path / "no-such-folder" / "r.pdf"
    with pytest.raises(OSError):
        dialog.save_pdf(missing)
    assert not missing.parent.exists()


def test_ctrl_s_saves_under_the_chosen_name_and_says_so(qtbot, dialog, tmp_path, monkeypatch,
                                                        translations):
    offered, seen, opened = [], [], []

    def choose(parent, caption, suggested, filter_):
        offered.append(suggested)
        return str(tmp_path / "plenary")

    class Desktop:
        @staticmethod
        def openUrl(url):
            opened.append(url.toLocalFile())

    monkeypatch.setattr(restitution_dialog.file_dialogs, "save_file_name", choose)
    monkeypatch.setattr(restitution_dialog.file_dialogs, "QDesktopServices", Desktop)

    def confirm():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, confirm)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Ouvrir le dossier").click()

    QTimer.singleShot(0, confirm)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert offered[0].endswith("restitution-atelier-3.pdf")
    assert (tmp_path / "plenary.pdf").read_bytes().startswith(b"%PDF")
    # Saving is confirmed, and the folder opened when asked.
    assert seen == [f"La restitution est enregistrée\u00a0: {tmp_path / 'plenary.pdf'}"]
    assert opened == [str(tmp_path)]

    # In English, the summary's file is named in English.
    translations.use("en")
    dialog.retranslate()
    assert dialog.default_pdf_name() == "plenary-summary-atelier-3.pdf"


def test_ctrl_p_prints_what_the_print_dialog_chose(qtbot, dialog, tmp_path, monkeypatch):
    class AcceptingPrintDialog:
        """Stands for the system's print dialog: the user picks 'print to file'."""

        def __init__(self, printer, parent):
            self.printer = printer

        def setWindowTitle(self, title):
            pass

        def exec(self):
            self.printer.setOutputFileName(str(tmp_path / "printed.pdf"))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(restitution_dialog, "QPrintDialog", AcceptingPrintDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: (tmp_path / "printed.pdf").exists())
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_escape_closes(qtbot, dialog):
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
