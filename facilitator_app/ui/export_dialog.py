"""Export the run as a signed bundle for the organisers (File menu, and at the end of the
atelier), with an optional Excel copy for the facilitator.

The dialog shows the installation key's fingerprint, which the facilitator reads out to the
organiser so that the organiser can trust the bundles of this laptop. Enter exports; the file
goes to the folder used last time, else to the documents folder of the platform (created when
missing); the folder is always shown whole, and once written the dialog offers to open it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.bundle.keys import InstallationKey, load_or_create_key
from facilitator_app.bundle.writer import Exported, default_filename, export_run
from facilitator_app.errors import FacilitatorError
from facilitator_app.storage import LocalStore
from facilitator_app.ui import accessibility, file_dialogs
from facilitator_app.ui import settings as keys
from facilitator_app.ui.settings import Settings

log = logging.getLogger(__name__)


def installation_key(store: LocalStore) -> InstallationKey:
    """The key of the installation whose data folder holds ``store``."""
    return load_or_create_key(store.path.parent)


def export_folder(settings: Settings | None) -> Path:
    """The folder used for the last export when it is still there, else the documents folder
    of the platform, created when missing (a fresh account may not have one yet), else home."""
    last = settings.get(keys.EXPORT_FOLDER) if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents:
        try:
            Path(documents).mkdir(parents=True, exist_ok=True)
            return Path(documents)
        except OSError as exc:
            log.warning("cannot create the documents folder %s: %s", documents, exc)
    return Path.home()


class ExportDialog(QDialog):
    """Where to write the bundle, whether to write an Excel copy, and the key's fingerprint."""

    def __init__(self, store: LocalStore, run_uuid: str, parent: QWidget | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.store, self.run_uuid, self.settings = store, run_uuid, settings
        self.exported: Exported | None = None
        self.key = installation_key(store)
        run = store.run(run_uuid)
        folder = export_folder(settings)
        name = default_filename(run, store.catalogue_of(run_uuid), self.key.fingerprint)
        self.setWindowTitle(self.tr("Export the atelier for the organisers"))

        self.path = QLineEdit(str(folder / name))
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.browse = QPushButton(self.tr("&Choose…"))
        # Enter in the path field exports: only the Export button is ever the default one.
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        # The field may be too narrow for a long path; the folder is always said whole below.
        self.folder = QLabel()
        self.folder.setObjectName("export-folder")
        self.path.textChanged.connect(self._show_folder)
        self.excel = QCheckBox(self.tr("Also write an &Excel copy for myself"))
        fingerprint = QLabel(f"<b>{self.key.fingerprint}</b>")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        accessibility.describe(fingerprint, self.tr("Fingerprint of this computer's key"))
        explanation = QLabel(self.tr(
            "The bundle is signed by this computer's key. Read its fingerprint out to the "
            "organiser, who can then trust the bundles you send."))
        explanation.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&File:"), where)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.path)
        form.addRow("", self.folder)
        form.addRow("", self.excel)
        form.addRow(self.tr("Key fingerprint:"), fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("E&xport"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self._cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        # Wide enough for the whole path when the screen allows it.
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        wanted = self.fontMetrics().horizontalAdvance(self.path.text() + "M" * 24)
        self.resize(min(max(wanted, self.fontMetrics().horizontalAdvance("M") * 60),
                        int(screen.width() * 0.9)), self.sizeHint().height())
        self.path.setCursorPosition(0)  # the folder, not only the file's name, is in view
        self._show_folder()

    def _show_folder(self) -> None:
        folder = str(Path(self.path.text().strip()).expanduser().parent)
        text = self.tr("In the folder: {folder}").format(folder=folder)
        self.path.setToolTip(self.path.text())
        self.folder.setToolTip(folder)
        width = max(self.path.width() + self.browse.width(), 200)
        self.folder.setText(self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideMiddle, width))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Tab reaches Export, drawn first, before Cancel: the box, laid out on showing, put
        # Cancel (made first) before it.
        QWidget.setTabOrder(self.export_button, self._cancel)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._show_folder()

    def _browse(self) -> None:
        chosen = file_dialogs.save_file_name(
            self, self.tr("Export the atelier"), self.path.text(),
            self.tr("facilitator-app bundles (*.fabundle)"))
        if chosen:
            self.path.setText(chosen if chosen.endswith(".fabundle") else chosen + ".fabundle")

    def export(self) -> None:
        """Write the bundle (and the copy); say what was written, or why not."""
        target = Path(self.path.text().strip()).expanduser()
        if not target.name:
            return
        if target.suffix != ".fabundle":
            target = target.with_name(target.name + ".fabundle")
        try:
            self.exported = export_run(self.store, self.run_uuid, self.key, target)
            copy = None
            if self.excel.isChecked():
                from facilitator_app.sheet import write_run_copy

                copy = target.with_suffix(".xlsx")
                write_run_copy(self.store, self.run_uuid, copy)
        except FacilitatorError as exc:
            log.warning("export failed: %s", exc)
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return
        if self.settings is not None:
            self.settings.set(keys.EXPORT_FOLDER, str(self.exported.path.parent))
        counts = self.exported.counts
        text = self.tr("Bundle written: {path}\n{contributions} ({starred}, {deleted}). "
                       "Hand this file to the organisers.").format(
            path=self.exported.path,
            contributions=self.tr("%n contribution(s)", "", counts.live),
            starred=self.tr("%n starred", "", counts.starred),
            deleted=self.tr("%n deleted", "", counts.deleted))
        if copy is not None:
            text += "\n" + self.tr("Excel copy: {path}").format(path=copy)
        file_dialogs.confirm_saved(self, self.tr("Atelier exported"), text,
                                   self.exported.path.parent)
        self.accept()


def show_key(store: LocalStore, parent: QWidget | None = None) -> None:
    """Help ▸ My signing key: the fingerprint to read out to an organiser."""
    key = installation_key(store)
    translate = QCoreApplication.translate
    QMessageBox.information(parent, translate("ExportDialog", "Signing key"), translate(
        "ExportDialog", "Fingerprint of this computer's signing key:\n\n{fingerprint}\n\n"
        "Read it out to the organiser so that they can trust the bundles you send.").format(
        fingerprint=key.fingerprint))
