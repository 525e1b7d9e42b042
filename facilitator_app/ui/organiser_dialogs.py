"""The organiser window's small dialogs: a PostgreSQL store's URL, trusting a key, and where
to write the report. Each only collects what it asks for; the window does the work."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app import i18n
from facilitator_app.ui import accessibility, file_dialogs


def _width(widget: QWidget, characters: int) -> None:
    """Wide enough for ``characters`` of the current font (150 % fonts included)."""
    widget.resize(widget.fontMetrics().horizontalAdvance("M") * characters,
                  widget.sizeHint().height())


class PostgresDialog(QDialog):
    """The URL of a shared PostgreSQL central store."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiser-postgres-dialog")
        self.setWindowTitle(self.tr("Connect to a shared central store"))
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("postgresql://organisateur@serveur/ministere_ouvert")
        self.url.setAccessibleName(self.tr("PostgreSQL URL"))
        explanation = QLabel(self.tr(
            "The address of the PostgreSQL database shared by the organisers. The password, "
            "if any, is used for this session only and never remembered; a password file "
            "(~/.pgpass) avoids typing it."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&URL:"), self.url)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        _width(self, 60)

    def _accept(self) -> None:
        if "://" in self.url.text().strip():
            self.accept()


class TrustKeyDialog(QDialog):
    """A facilitator's key fingerprint, read out by them, and their names. OK emits
    ``submitted``; the dialog stays open (showing the store's objection) until accepted."""

    submitted = Signal()

    def __init__(self, fingerprint: str = "", names: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiser-trust-dialog")
        self.setWindowTitle(self.tr("Trust a facilitator's key"))
        self.fingerprint = QLineEdit(fingerprint)
        self.fingerprint.setPlaceholderText(self.tr("e.g. {example}").format(
            example="3F2A-9C1B-77D0-E4A5"))  # an example, not a fingerprint to trust
        self.fingerprint.setAccessibleName(self.tr("Key fingerprint"))
        self.names = QLineEdit(names)
        self.names.setAccessibleName(self.tr("Facilitators' names, separated by commas"))
        self.error = QLabel()
        self.error.setObjectName("organiser-trust-error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {accessibility.tone(self, accessibility.ALERT_HUE)};")
        self.error.hide()
        explanation = QLabel(self.tr(
            "The facilitator reads the fingerprint out from their app (Help menu, My signing "
            "key). Bundles signed by a trusted key are merged even when the others are "
            "quarantined."))
        explanation.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("&Names:"), self.names)
        for row, field in enumerate((self.fingerprint, self.names)):
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Trust this key"))
        buttons.accepted.connect(self.submitted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        _width(self, 55)

    def values(self) -> tuple[str, list[str]]:
        names = [n.strip() for n in self.names.text().replace(";", ",").split(",")]
        return self.fingerprint.text().strip(), [n for n in names if n]

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()


class ReportDialog(QDialog):
    """Where to write the report: the workbook, and optionally the CSV, the Markdown pages and
    the open-data package."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organiser-report-dialog")
        self.setWindowTitle(self.tr("Produce the report"))
        self.xlsx = QLineEdit(str(folder / "rapport-ministere-ouvert.xlsx"))
        self.xlsx.setAccessibleName(self.tr("Excel workbook"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.setAccessibleName(self.tr("Choose the Excel workbook"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.xlsx, 1)
        where.addWidget(browse)
        self.csv = QCheckBox(self.tr("Also write the open-data &CSV beside it"))
        self.markdown = QCheckBox(self.tr("Also write one &Markdown page per engagement "
                                          "(in a folder beside it)"))
        self.open_data = QCheckBox(self.tr("Also write the open-&data package "
                                           "(in a folder beside it)"))
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.language())))
        self.language.setAccessibleName(self.tr("Language of the report"))
        form = QFormLayout()
        form.addRow(self.tr("&Workbook:"), where)
        form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.xlsx)
        form.addRow("", self.csv)
        form.addRow("", self.markdown)
        form.addRow("", self.open_data)
        form.addRow(self.tr("&Language:"), self.language)
        form.itemAt(4, QFormLayout.ItemRole.LabelRole).widget().setBuddy(self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Produce"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        _width(self, 70)

    def _browse(self) -> None:
        chosen = file_dialogs.save_file_name(self, self.tr("Report workbook"),
                                             self.xlsx.text(),
                                             self.tr("Excel workbooks (*.xlsx)"))
        if chosen:
            self.xlsx.setText(chosen)

    def _accept(self) -> None:
        if self.xlsx.text().strip():
            self.accept()

    def outputs(self) -> tuple[Path, Path | None, Path | None, str, Path | None]:
        """The workbook, the CSV (or None), the Markdown folder (or None), the language, the
        open-data package's folder (or None)."""
        xlsx = Path(self.xlsx.text().strip()).expanduser()
        if xlsx.suffix.lower() != ".xlsx":
            xlsx = xlsx.with_name(xlsx.name + ".xlsx")
        csv = xlsx.with_suffix(".csv") if self.csv.isChecked() else None
        markdown = xlsx.with_name(xlsx.stem + "-pages") if self.markdown.isChecked() else None
        open_data = xlsx.with_name(xlsx.stem + "-donnees-ouvertes") \
            if self.open_data.isChecked() else None
        return xlsx, csv, markdown, self.language.currentData(), open_data
