"""The agenda of the hour: its segments (name and minutes), edited for the running atelier."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator_app import i18n
from facilitator_app.agenda import DEFAULT_SEGMENTS, Segment
from facilitator_app.ui import accessibility

HOUR_MINUTES = 60
MAX_SEGMENTS = 12  # as segments_from_text accepts
MAX_MINUTES = 240
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL, MINUTES = 0, 1


class _MinutesDelegate(QStyledItemDelegate):
    """Minutes are edited with a spin box bounded like the agenda's rules."""

    def createEditor(self, parent, option, index):
        editor = QSpinBox(parent)
        editor.setRange(1, MAX_MINUTES)
        editor.setFrame(False)
        editor.setAccessibleName(index.model().headerData(MINUTES, Qt.Orientation.Horizontal))
        return editor


class AgendaDialog(QDialog):
    """Edit the segments; :attr:`agendaChosen` carries them when the facilitator confirms."""

    agendaChosen = Signal(tuple)

    def __init__(self, segments: tuple[Segment, ...], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda-dialog")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("agenda-segments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        # Not CurrentChanged: arrows move between cells, F2 or typing edits.
        self.table.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed
                                   | triggers.AnyKeyPressed)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(MINUTES, _MinutesDelegate(self.table))
        self.table.itemChanged.connect(lambda _item: self._update())
        self.table.currentCellChanged.connect(lambda *_: self._update())
        self.table.installEventFilter(self)

        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.reset_button = QPushButton()
        self.add_button.clicked.connect(self.add_segment)
        self.remove_button.clicked.connect(self.remove_segment)
        self.up_button.clicked.connect(lambda: self.move_segment(-1))
        self.down_button.clicked.connect(lambda: self.move_segment(+1))
        self.reset_button.clicked.connect(lambda: self.set_segments(DEFAULT_SEGMENTS))
        tools = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)  # Enter in the table must not close the dialog
            tools.addWidget(button)
        tools.addStretch(1)
        self.reset_button.setAutoDefault(False)
        tools.addWidget(self.reset_button)
        editing = QHBoxLayout()
        editing.addWidget(self.table, 1)
        editing.addLayout(tools)

        self.total = QLabel()
        self.total.setObjectName("agenda-total")
        self.total.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {accessibility.tone(self, accessibility.ALERT_HUE)};")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(editing, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.set_segments(segments)
        # Room for eight segments without scrolling, whatever the font size.
        rows = self.table.verticalHeader().defaultSectionSize() * 8
        self.table.setMinimumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        self.table.setMinimumWidth(self.fontMetrics().averageCharWidth() * 45)
        self.resize(self.sizeHint())

    # -- reading and writing the table -----------------------------------------------------

    def set_segments(self, segments: tuple[Segment, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for segment in segments:
            self._insert_row(self.table.rowCount(), segment)
        self.table.blockSignals(False)
        self.table.setCurrentCell(0, LABEL)
        self._update()

    def _insert_row(self, row: int, segment: Segment) -> None:
        self.table.insertRow(row)
        label = QTableWidgetItem(segment.label(i18n.language()))
        label.setData(KEY_ROLE, segment.key)
        minutes = QTableWidgetItem()
        minutes.setData(Qt.ItemDataRole.EditRole, segment.minutes)
        minutes.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, LABEL, label)
        self.table.setItem(row, MINUTES, minutes)

    def _segment(self, row: int) -> Segment | None:
        label, minutes = self.table.item(row, LABEL), self.table.item(row, MINUTES)
        text = label.text().strip()
        if not text:
            return None
        key = label.data(KEY_ROLE)
        # A known segment keeps its key (and so its label in both languages) unless renamed.
        if not key or Segment(key, 1).label(i18n.language()) != text:
            key = text
        return Segment(key, int(minutes.data(Qt.ItemDataRole.EditRole)))

    def segments(self) -> tuple[Segment, ...] | None:
        """The segments as edited, or None while one has no name."""
        found = [self._segment(row) for row in range(self.table.rowCount())]
        return None if any(s is None for s in found) else tuple(found)  # type: ignore[arg-type]

    # -- actions ---------------------------------------------------------------------------

    def add_segment(self) -> None:
        if self.table.rowCount() >= MAX_SEGMENTS:
            return
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.blockSignals(True)
        self._insert_row(row, Segment("", 5))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, LABEL)
        self.table.editItem(self.table.item(row, LABEL))
        self._update()

    def remove_segment(self) -> None:
        row = self.table.currentRow()
        if row < 0 or self.table.rowCount() <= 1:
            return
        self.table.removeRow(row)
        self.table.setCurrentCell(min(row, self.table.rowCount() - 1), LABEL)
        self._update()

    def move_segment(self, delta: int) -> None:
        row, column = self.table.currentRow(), max(self.table.currentColumn(), 0)
        target = row + delta
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        items = [self.table.takeItem(row, c) for c in (LABEL, MINUTES)]
        others = [self.table.takeItem(target, c) for c in (LABEL, MINUTES)]
        for c in (LABEL, MINUTES):
            self.table.setItem(target, c, items[c])
            self.table.setItem(row, c, others[c])
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, column)
        self._update()

    def eventFilter(self, watched, event) -> bool:
        # Keyboard first: Alt+Up/Down move the segment, Insert adds one, Delete removes it.
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and self.table.state() != QAbstractItemView.State.EditingState:
            alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_segment(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.add_segment()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_segment()
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        segments = self.segments()
        if segments is None:
            return
        self.agendaChosen.emit(segments)
        super().accept()

    # -- display ---------------------------------------------------------------------------

    def _update(self) -> None:
        rows, row = self.table.rowCount(), self.table.currentRow()
        self.add_button.setEnabled(rows < MAX_SEGMENTS)
        self.remove_button.setEnabled(rows > 1 and row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < rows - 1)
        total = sum(int(self.table.item(r, MINUTES).data(Qt.ItemDataRole.EditRole))
                    for r in range(rows))
        if total == HOUR_MINUTES:
            text, colour = self.tr("Total: {total} min, the whole hour").format(total=total), ""
        elif total > HOUR_MINUTES:
            text = self.tr("Total: {total} min, {extra} min more than the hour").format(
                total=total, extra=total - HOUR_MINUTES)
            colour = f"color: {accessibility.tone(self, accessibility.WARNING_HUE)};"
        else:
            text = self.tr("Total: {total} min, {missing} min short of the hour").format(
                total=total, missing=HOUR_MINUTES - total)
            colour = f"color: {accessibility.tone(self, accessibility.WARNING_HUE)};"
        self.total.setText(text)
        self.total.setStyleSheet(colour)
        missing_name = self.segments() is None
        self.problem.setText(self.tr("Every segment needs a name.") if missing_name else "")
        self.problem.setVisible(missing_name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing_name)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Agenda of the hour"))
        self.intro.setText(self.tr(
            "The clock counts down these segments from the start of the atelier. Alt+Up and "
            "Alt+Down move the selected segment, Insert adds one, Delete removes it."))
        self.table.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Minutes")])
        self.table.setAccessibleName(self.tr("Segments of the hour"))
        self.add_button.setText(self.tr("&Add"))
        self.remove_button.setText(self.tr("Re&move"))
        self.up_button.setText(self.tr("&Up"))
        self.down_button.setText(self.tr("Do&wn"))
        self.reset_button.setText(self.tr("&Reset to the usual hour"))
