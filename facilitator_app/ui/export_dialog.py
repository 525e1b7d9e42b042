"""Export the run as a signed bundle for the organisers (File menu, and at the end of the
atelier), with an optional Excel copy for the facilitator.

The dialog shows the installation key's fingerprint, which the facilitator reads out to the
organiser so that the organiser can trust the bundles of this laptop.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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

log = logging.getLogger(__name__)


def installation_key(store: LocalStore) -> InstallationKey:
    """The key of the installation whose data folder holds ``store``."""
    return load_or_create_key(store.path.parent)


class ExportDialog(QDialog):
    """Where to write the bundle, whether to write an Excel copy, and the key's fingerprint."""

    def __init__(self, store: LocalStore, run_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.run_uuid = store, run_uuid
        self.exported: Exported | None = None
        self.key = installation_key(store)
        run = store.run(run_uuid)
        folder = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        name = default_filename(run, store.catalogue_of(run_uuid), self.key.fingerprint)
        self.setWindowTitle(self.tr("Export the atelier for the organisers"))

        self.path = QLineEdit(str(folder / name))
        self.path.setAccessibleName(self.tr("Bundle file"))
        browse = QPushButton(self.tr("&Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.excel = QCheckBox(self.tr("Also write an &Excel copy for myself"))
        fingerprint = QLabel(f"<b>{self.key.fingerprint}</b>")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setAccessibleName(self.tr("Fingerprint of this computer's key"))
        explanation = QLabel(self.tr(
            "The bundle is signed by this computer's key. Read its fingerprint out to the "
            "organiser, who can then trust the bundles you send."))
        explanation.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&File:"), where)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.path)
        form.addRow("", self.excel)
        form.addRow(self.tr("Key fingerprint:"), fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("E&xport"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.sizeHint().height())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
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
        counts = self.exported.counts
        text = self.tr("Bundle written: {path}\n{live} contributions ({starred} starred, "
                       "{deleted} deleted). Hand this file to the organisers.").format(
            path=self.exported.path, live=counts.live, starred=counts.starred,
            deleted=counts.deleted)
        if copy is not None:
            text += "\n" + self.tr("Excel copy: {path}").format(path=copy)
        QMessageBox.information(self, self.tr("Atelier exported"), text)
        self.accept()


def show_key(store: LocalStore, parent: QWidget | None = None) -> None:
    """Help ▸ My signing key: the fingerprint to read out to an organiser."""
    key = installation_key(store)
    translate = QCoreApplication.translate
    QMessageBox.information(parent, translate("ExportDialog", "Signing key"), translate(
        "ExportDialog", "Fingerprint of this computer's signing key:\n\n{fingerprint}\n\n"
        "Read it out to the organiser so that they can trust the bundles you send.").format(
        fingerprint=key.fingerprint))
