"""Qt's file dialogs, sized to the text: at a large text size (View menu, 175 %) the dialog Qt
draws itself opened at its usual size, with its columns cut ("F…r" for "Folder").

Each function shows one QFileDialog. Where the platform provides its own dialog, that one is
used as before and sized by the platform; where Qt draws it, it is widened to the text, its
columns fit their contents and the side bar its places' names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

WIDTH_CHARS, HEIGHT_LINES = 100, 30  # the dialog Qt draws, in the text's own units


def fit_to_text(dialog: QFileDialog) -> None:
    """Size the dialog Qt draws (no-op for the platform's own) to its font."""
    metrics = dialog.fontMetrics()
    screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(min(max(dialog.width(), metrics.averageCharWidth() * WIDTH_CHARS),
                      int(screen.width() * 0.9)),
                  min(max(dialog.height(), metrics.lineSpacing() * HEIGHT_LINES),
                      int(screen.height() * 0.85)))
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    if sidebar is not None and splitter is not None and sidebar.model() is not None:
        model = sidebar.model()
        names = [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
        wanted = (max((metrics.horizontalAdvance(name) for name in names), default=0)
                  + sidebar.iconSize().width() + metrics.averageCharWidth() * 4
                  + sidebar.verticalScrollBar().sizeHint().width())
        total = sum(splitter.sizes())
        if splitter.sizes()[0] < wanted < total // 2:
            splitter.setSizes([wanted, total - wanted])


def _run(dialog: QFileDialog) -> list[str]:
    # Qt builds the widgets of the dialog it draws when it is shown: sized once it is.
    QTimer.singleShot(0, dialog, lambda: fit_to_text(dialog))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    files = dialog.selectedFiles() if accepted else []
    dialog.deleteLater()
    return files


def save_file_name(parent: QWidget | None, caption: str, path: str, filters: str,
                   confirm_overwrite: bool = True) -> str:
    """The file chosen to write, or "" when cancelled."""
    dialog = QFileDialog(parent, caption, path, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    if path:
        dialog.selectFile(path)
    files = _run(dialog)
    return files[0] if files else ""


def open_file_names(parent: QWidget | None, caption: str, folder: str, filters: str) -> list[str]:
    """The existing files chosen, or [] when cancelled."""
    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
    """The existing file chosen, or "" when cancelled."""
    dialog = QFileDialog(parent, caption, folder, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files = _run(dialog)
    return files[0] if files else ""


def confirm_saved(parent: QWidget, title: str, text: str, folder: Path) -> None:
    """Say that a file was saved, with a button that opens the folder it is in."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text,
                      QMessageBox.StandardButton.Close, parent)
    open_folder = box.addButton(QCoreApplication.translate("file_dialogs", "&Open the folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def existing_folder(parent: QWidget | None, caption: str, folder: str) -> str:
    """The folder chosen (created in the dialog if need be), or "" when cancelled."""
    dialog = QFileDialog(parent, caption, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    files = _run(dialog)
    return files[0] if files else ""
