"""What the capture window asks and says when the disk refuses what was typed.

Three questions, each in words that match its buttons: leaving (quitting, or going to another
run) with changes the disk refused: save them elsewhere, keep the window open, or leave and
lose exactly that many; which folder to save elsewhere to; and, at the next start, what was
lost the last time.
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator_app.user_record import Loss
from facilitator_app.ui import file_dialogs

log = logging.getLogger(__name__)


class Choice(enum.Enum):
    ELSEWHERE = "elsewhere"
    KEEP = "keep"
    LOSE = "lose"


class _Counted(QObject):
    """The counted sentences (their plural forms are chosen by the count)."""

    def refused(self, n: int) -> str:
        return self.tr("%n change(s) could not be written to the disk.", "", n)

    def quit_and_lose(self, n: int) -> str:
        return self.tr("&Quit and lose %n change(s)", "", n)

    def leave_and_lose(self, n: int) -> str:
        return self.tr("&Leave and lose %n change(s)", "", n)

    def lost(self, n: int) -> str:
        return self.tr("On {date} at {time}: %n change(s) lost.", "", n)


def ask(parent: QWidget, count: int, reason: str, quitting: bool) -> Choice:
    """Leaving with ``count`` changes the disk refused (for ``reason``): what to do."""
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("unsaved", "Changes not saved"), "",
                      parent=parent)
    box.setText(_Counted().refused(count))
    box.setInformativeText(QCoreApplication.translate(
        "unsaved", "The disk refuses them ({reason}). Save the whole atelier in another "
                   "folder, keep the window open until the disk accepts them again, or leave "
                   "and lose them.").format(reason=reason))
    elsewhere = box.addButton(QCoreApplication.translate("unsaved", "&Save elsewhere…"),
                              QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("unsaved", "&Keep the window open"),
                         QMessageBox.ButtonRole.RejectRole)
    counted = _Counted()
    lose_text = counted.quit_and_lose(count) if quitting else counted.leave_and_lose(count)
    lose = box.addButton(lose_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(elsewhere)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is elsewhere:
        return Choice.ELSEWHERE
    return Choice.LOSE if clicked is lose else Choice.KEEP


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def choose_folder(parent: QWidget) -> Path | None:
    """The folder to save the atelier in instead (the documents folder offered first)."""
    chosen = file_dialogs.existing_folder(
        parent, QCoreApplication.translate("unsaved", "Save the atelier in another folder"),
        documents_folder())
    return Path(chosen) if chosen else None


def saved_elsewhere(parent: QWidget, folder: Path) -> None:
    QMessageBox.information(
        parent, QCoreApplication.translate("unsaved", "Saved elsewhere"),
        QCoreApplication.translate(
            "unsaved", "The whole atelier is saved in {folder}. The application goes on with "
                       "this folder and opens it next time.").format(folder=folder))


def refused(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("unsaved", "Cannot save elsewhere"),
                        message)


def tell_losses(parent: QWidget, losses: list[Loss]) -> QMessageBox:
    """Say, without blocking, what was lost when the app was last left with changes the disk
    refused (each loss with its date and time)."""
    lines = [_Counted().lost(loss.count).format(
        date=loss.at.astimezone().strftime("%d/%m/%Y"),
        time=loss.at.astimezone().strftime("%H:%M")) for loss in losses]
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("unsaved", "Changes lost last time"),
        QCoreApplication.translate(
            "unsaved", "The last time the application was left, the disk refused changes and "
                       "they were lost, as chosen then:"),
        QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("\n".join(lines) + "\n\n" + QCoreApplication.translate(
        "unsaved", "Read the atelier again and type what is missing."))
    box.setObjectName("losses-box")
    box.open()
    return box
