"""One guiding question for one engagement: its contributions and an always-ready entry line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from facilitator_app import i18n
from facilitator_app.domain import GuidingQuestion
from facilitator_app.ui.models import UUID_ROLE, ContributionListModel
from facilitator_app.ui.session import CaptureSession

DRAFT_DELAY_MS = 400  # unfinished text reaches the disk within half a second of the last key


class QuestionBox(QFrame):
    """The list of contributions to one question, with keyboard actions on the selection."""

    activated = Signal()

    def __init__(self, session: CaptureSession, engagement: int, question: GuidingQuestion,
                 number: int, parent=None) -> None:
        super().__init__(parent)
        self.session, self.engagement, self.question, self.number = (
            session, engagement, question, number)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"question-{engagement}-{question.key}")

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.model = ContributionListModel(engagement, question.key, session.edit,
                                           session.move, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)

        self.entry = QLineEdit()
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self._commit_entry)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self.entry.textEdited.connect(lambda _text: self._draft_timer.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.entry)
        self.entry.installEventFilter(self)
        self.view.installEventFilter(self)

        self._add_list_action("star", QKeySequence("Ctrl+E"), self._star)
        self._add_list_action("delete", QKeySequence(QKeySequence.StandardKey.Delete), self._delete)
        self._add_list_action("up", QKeySequence("Alt+Up"), lambda: self._move(-1))
        self._add_list_action("down", QKeySequence("Alt+Down"), lambda: self._move(+1))
        self.retranslate()
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.activated.emit()
        return super().eventFilter(watched, event)

    def _add_list_action(self, name: str, keys: QKeySequence, slot) -> None:
        action = QAction(self.view)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)

    def retranslate(self) -> None:
        label = self.question.label(i18n.language())
        self.title.setText(f"{self.number}. {label}  ({self.model.rowCount()})")
        self.entry.setPlaceholderText(
            self.tr("Type a contribution, then Enter (Ctrl+{number})").format(number=self.number))
        self.entry.setAccessibleName(self.tr("New contribution: {question}").format(question=label))
        self.view.setAccessibleName(self.tr("Contributions: {question}").format(question=label))

    def refresh(self) -> None:
        selected = self.selected_uuid()
        self.model.set_rows(self.session.contributions(self.engagement, self.question.key))
        self.retranslate()
        if selected:
            self.select_uuid(selected)

    def selected_uuid(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select_uuid(self, uuid: str) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(UUID_ROLE) == uuid:
                self.view.setCurrentIndex(index)
                return

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def draft_key(self) -> str:
        return f"draft:{self.engagement}:{self.question.key}"

    def save_draft(self) -> None:
        self._draft_timer.stop()
        self.session.remember({self.draft_key(): self.entry.text()})

    def _commit_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self.session.add(self.engagement, self.question.key, text)
        self.entry.clear()
        self.save_draft()
        self.view.scrollToBottom()

    def _star(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.session.toggle_star(uuid)

    def _delete(self) -> None:
        index = self.view.currentIndex()
        uuid = self.selected_uuid()
        if uuid:
            self.session.delete(uuid)
            rows = self.model.rowCount()
            if rows:
                self.view.setCurrentIndex(self.model.index(min(index.row(), rows - 1)))

    def _move(self, delta: int) -> None:
        index: QModelIndex = self.view.currentIndex()
        if index.isValid():
            self.session.move(index.data(UUID_ROLE), index.row() + 1 + delta)
