"""The start screen: choose the catalogue and the atelier, confirm the facilitators and the
expected participants, or resume an earlier run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.catalogue import builtin_catalogue, load_catalogue
from facilitator_app.domain import Catalogue, WorkshopRun
from facilitator_app.errors import CatalogueError
from facilitator_app.ui import accessibility, file_dialogs


class StartPage(QWidget):
    """Emits :attr:`startRequested` or :attr:`resumeRequested`; does not touch the store."""

    startRequested = Signal(object, int, list, int)  # catalogue, atelier, facilitators, expected
    resumeRequested = Signal(str)  # run UUID

    def __init__(self, catalogue: Catalogue, runs: list[WorkshopRun], parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.title = QLabel()
        self._size_title()

        self.catalogue_label = QLabel()
        self.catalogue_label.setWordWrap(True)
        self.builtin_button = QPushButton()
        self.builtin_button.clicked.connect(lambda: self.set_catalogue(builtin_catalogue()))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._choose_catalogue_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.builtin_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        # The label wraps on its own lines so it is never squeezed by the buttons.
        catalogue_row = QVBoxLayout()
        catalogue_row.addWidget(self.catalogue_label)
        catalogue_row.addLayout(buttons)

        self.atelier = QComboBox()
        self.atelier.currentIndexChanged.connect(self._atelier_changed)
        self.facilitators = QLineEdit()
        self.expected = QSpinBox()
        self.expected.setRange(0, 500)
        self.expected.setValue(20)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)

        self.form = QFormLayout()
        self.form_labels = [QLabel() for _ in range(4)]
        self.form.addRow(self.form_labels[0], catalogue_row)
        for label, field in zip(self.form_labels[1:],
                                (self.atelier, self.facilitators, self.expected)):
            label.setBuddy(field)
            self.form.addRow(label, field)

        self.runs_label = QLabel()
        self.runs = QListWidget()
        self.runs.itemActivated.connect(
            lambda item: self.resumeRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._resume_selected)
        # Enabled once a run is selected: a button that looks ready must do something.
        self.runs.itemSelectionChanged.connect(self._enable_resume)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.runs_label)
        layout.addWidget(self.runs, 1)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignRight)
        self._runs = runs
        self.retranslate()
        self.set_catalogue(catalogue)

    def _size_title(self) -> None:
        """The title in bold at 1.4× the page's font: again whenever that font changes (View
        menu, text size)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_title()
        super().changeEvent(event)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.atelier.blockSignals(True)
        self.atelier.clear()
        for atelier in catalogue.ateliers:
            self.atelier.addItem(f"{atelier.number}. {atelier.title} — {atelier.room}",
                                 atelier.number)
        self.atelier.blockSignals(False)
        self._atelier_changed()
        self.retranslate()

    def select_atelier(self, number: int) -> None:
        self.atelier.setCurrentIndex(max(0, self.atelier.findData(number)))

    def _atelier_changed(self) -> None:
        number = self.atelier.currentData()
        if number is not None:
            self.facilitators.setText("; ".join(self.catalogue.atelier(number).facilitators))

    def _start(self) -> None:
        names = [n.strip() for n in self.facilitators.text().replace(",", ";").split(";")
                 if n.strip()]
        self.startRequested.emit(self.catalogue, int(self.atelier.currentData()), names,
                                 self.expected.value())

    def _resume_selected(self) -> None:
        item = self.runs.currentItem()
        if item is not None:
            self.resumeRequested.emit(item.data(Qt.ItemDataRole.UserRole))

    def _choose_catalogue_file(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Open a catalogue"), str(Path.home()),
            self.tr("Catalogues (*.json *.xlsx)"))
        if path:
            self.open_catalogue(Path(path))

    def open_catalogue(self, path: Path) -> bool:
        try:
            catalogue = load_catalogue(path)
        except CatalogueError as exc:
            QMessageBox.warning(self, self.tr("Catalogue refused"), str(exc))
            return False
        self.set_catalogue(catalogue)
        return True

    def retranslate(self) -> None:
        self.title.setText(self.tr("Start or resume an atelier"))
        ev = self.catalogue.event
        self.catalogue_label.setText(self.tr("Catalogue: {title}, {date} ({id}, version {version})")
                                     .format(title=ev.title, date=ev.date.isoformat(),
                                             id=self.catalogue.id, version=self.catalogue.version))
        self.builtin_button.setText(self.tr("&Built-in catalogue"))
        self.open_button.setText(self.tr("&Open a catalogue…"))
        texts = [self.tr("Catalogue"), self.tr("A&telier"), self.tr("Fa&cilitators"),
                 self.tr("E&xpected participants")]
        for label, text in zip(self.form_labels, texts):
            label.setText(text)
            if label.buddy() is not None:
                label.buddy().setAccessibleName(text.replace("&", ""))
        self.facilitators.setPlaceholderText(self.tr("Names separated by ;"))
        self.start_button.setText(self.tr("&Start the atelier"))
        self.runs_label.setText(self.tr("Earlier runs on this computer"))
        self.runs.setAccessibleName(self.tr("Earlier runs on this computer"))
        self.resume_button.setText(self.tr("&Resume the selected run"))
        self.runs.clear()
        for run in self._runs:
            state = self.tr("ended") if run.ended_at else self.tr("in progress")
            when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M") if run.started_at else ""
            item = QListWidgetItem(self.tr("Atelier {number} · {when} · {names} · {state}").format(
                number=run.atelier_number, when=when, names=", ".join(run.facilitators),
                state=state))
            item.setData(Qt.ItemDataRole.UserRole, run.uuid)
            self.runs.addItem(item)
        if not self._runs:  # says why the list is empty; cannot be chosen
            empty = QListWidgetItem(self.tr("No atelier held on this computer yet: start one "
                                            "above."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(accessibility.text_colour(self.runs))  # not the 1.9:1 grey
            self.runs.addItem(empty)
        self._enable_resume()

    def _enable_resume(self) -> None:
        self.resume_button.setEnabled(any(item.data(Qt.ItemDataRole.UserRole)
                                          for item in self.runs.selectedItems()))
