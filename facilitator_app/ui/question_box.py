"""One guiding question for one engagement: its contributions and an always-ready entry line."""

from __future__ import annotations

import json

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
)

from facilitator_app import i18n
from facilitator_app.capture import MAX_CONTRIBUTION_CHARS
from facilitator_app.domain import GuidingQuestion
from facilitator_app.ui import accessibility
from facilitator_app.ui.models import UUID_ROLE, ContributionListModel
from facilitator_app.ui.session import CaptureSession
from facilitator_app.ui.throttle import SaveThrottle

AT_END = "end"  # the list was scrolled to its last contribution


class _EditDelegate(QStyledItemDelegate):
    """Tells its question box about each in-place editor it opens, to save what is typed."""

    def __init__(self, box: QuestionBox) -> None:
        super().__init__(box.view)
        self._box = box

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):  # Qt's default (32 767) would cut long texts silently
            editor.setMaxLength(MAX_CONTRIBUTION_CHARS)
        self._box._editor_opened(editor, index.data(UUID_ROLE))
        return editor

    def setModelData(self, editor, model, index) -> None:
        # The edit is being committed: the refresh it causes must not reopen the editor.
        self._box._committing = True
        try:
            super().setModelData(editor, model, index)
        finally:
            self._box._committing = False


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
        self.entry.setMaxLength(MAX_CONTRIBUTION_CHARS)  # not Qt's 32 767, cut without a word
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self._commit_entry)
        self._draft_timer = SaveThrottle(self.save_draft, self)
        self.entry.textEdited.connect(self._draft_timer.changed)

        # Resume state beyond the entry line: the in-place edit in progress and the scroll.
        self._editor: QLineEdit | None = None
        self._editing: str | None = None  # UUID of the contribution being edited
        self._committing = False  # the in-place edit is being written to the model
        self._edit_timer = SaveThrottle(self.save_edit, self)
        delegate = _EditDelegate(self)
        delegate.closeEditor.connect(self._editor_closed)
        self.view.setItemDelegate(delegate)
        self._pending_scroll: str | None = None  # to apply once the list is on screen
        self._scroll_timer = SaveThrottle(self.save_scroll, self)
        bar = self.view.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.actionTriggered.connect(lambda _action: self._forget_pending_scroll())

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
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            if watched is self.view:
                self._select_current()
            self.activated.emit()
        elif watched is self.entry and kind == QEvent.Type.ShortcutOverride \
                and self._window_undoes(event):
            event.ignore()  # not the line's own undo: Edit > Undo / Redo takes the key
            return True
        elif watched is self.view and self._pending_scroll is not None \
                and kind in (QEvent.Type.Show, QEvent.Type.Resize):
            QTimer.singleShot(0, self, self._apply_pending_scroll)
        elif watched is self.view and kind in (QEvent.Type.Wheel, QEvent.Type.KeyPress):
            self._forget_pending_scroll()
        return super().eventFilter(watched, event)

    def _window_undoes(self, event) -> bool:
        """Whether Undo or Redo pressed in the entry line is the window's: the line has
        nothing of its own to undo (it is cleared at each contribution, without history)."""
        if event.matches(QKeySequence.StandardKey.Undo):
            return not self.entry.isUndoAvailable()
        if event.matches(QKeySequence.StandardKey.Redo):
            return not self.entry.isRedoAvailable()
        return False

    def _add_list_action(self, name: str, keys: QKeySequence, slot) -> None:
        action = QAction(self.view)
        action.setObjectName(name)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)

    def _update_title(self) -> None:
        label = self.question.label(i18n.language())
        self.title.setText(f"{self.number}. {label}  ({self.model.rowCount()})")

    def retranslate(self) -> None:
        label = self.question.label(i18n.language())
        self._update_title()
        self.entry.setPlaceholderText(
            self.tr("Type a contribution, then Enter (Ctrl+{number})").format(number=self.number))
        self.entry.setAccessibleName(self.tr("New contribution: {question}").format(question=label))
        self.view.setAccessibleName(self.tr("Contributions: {question}").format(question=label))
        accessibility.name_clear_button(self.entry, self.tr("Clear the entry line"))

    def refresh(self) -> None:
        selected = self.selected_uuid()
        highlighted = self.view.selectionModel().isSelected(self.view.currentIndex())
        # Resetting the model drops an open in-place editor without committing it (Edit > Undo
        # chosen from the menu keeps the editor open): keep what it holds and reopen it after.
        edit, cursor = "", -1
        if self._editor is not None and not self._committing:
            edit = self._edit_value()
            if shiboken6.isValid(self._editor) and isinstance(self._editor, QLineEdit):
                cursor = self._editor.cursorPosition()
            self._editor = self._editing = None
            self._edit_timer.stop()
        self.model.set_rows(self.session.contributions(self.engagement, self.question.key))
        self._update_title()  # only the count changes: no accessibility updates per keystroke
        if selected:
            self.select_uuid(selected, highlight=highlighted)
        if not self.model.rowCount() and self.view.hasFocus():
            self.focus_entry()  # nothing left to act on: typing must reach the entry line
        if edit:
            self._restore_edit(edit, cursor)
            self.save_edit()  # "" if its contribution is gone (the undo removed it)

    def selected_uuid(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(UUID_ROLE) if index.isValid() else None

    def select_uuid(self, uuid: str, highlight: bool = True) -> None:
        """Make a contribution the current one (what F2, Delete, Alt+arrows act on), shown
        selected or, with ``highlight`` false, only once the list has the keyboard."""
        index = self._index_of(uuid)
        if index is None:
            return
        if highlight:
            self.view.setCurrentIndex(index)
        else:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.Clear)

    def _select_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def draft_key(self) -> str:
        return f"draft:{self.engagement}:{self.question.key}"

    def save_draft(self) -> None:
        self._draft_timer.stop()
        self.session.remember({self.draft_key(): self.entry.text()})

    # -- resume state: everything a restart must find as it was ----------------------------

    def resume_state(self) -> dict[str, str]:
        """Entry draft, in-place edit and scroll of this question, keyed for ``run_state``."""
        self._draft_timer.stop()
        self._edit_timer.stop()
        self._scroll_timer.stop()
        values = {self.draft_key(): self.entry.text(), self._edit_key(): self._edit_value()}
        if self._pending_scroll is None:  # not yet shown since the restart: nothing moved
            values[self._scroll_key()] = self.scroll_position()
        return values

    def restore(self, state: dict[str, str]) -> None:
        """Put back what :meth:`resume_state` saved (the edit and scroll once on screen)."""
        draft = state.get(self.draft_key(), "")
        if draft.strip():  # a draft of spaces only is no text to bring back
            self.entry.setText(draft)
        scroll = state.get(self._scroll_key(), "")
        if scroll:
            self._pending_scroll = scroll
            if self.view.isVisible():
                QTimer.singleShot(0, self, self._apply_pending_scroll)
        edit = state.get(self._edit_key(), "")
        if edit:
            QTimer.singleShot(0, self, lambda: self._restore_edit(edit))

    def _edit_key(self) -> str:
        return f"edit:{self.engagement}:{self.question.key}"

    def _scroll_key(self) -> str:
        return f"scroll:{self.engagement}:{self.question.key}"

    def _editor_opened(self, editor, uuid: str) -> None:
        self._editor, self._editing = editor, uuid
        editor.setAccessibleName(self.tr("Edit the contribution"))
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self._edit_timer.changed)
        self.activated.emit()

    def _editor_closed(self, editor, _hint=None) -> None:
        if editor is self._editor:
            self._editor = self._editing = None
            self._edit_timer.stop()
            self.session.remember({self._edit_key(): ""})

    def _edit_value(self) -> str:
        if self._editor is None or self._editing is None or not shiboken6.isValid(self._editor):
            return ""
        return json.dumps([self._editing, self._editor.text()], ensure_ascii=False)

    def save_edit(self) -> None:
        self._edit_timer.stop()
        self.session.remember({self._edit_key(): self._edit_value()})

    def _restore_edit(self, value: str, cursor: int = -1) -> None:
        try:
            uuid, text = json.loads(value)
        except (ValueError, TypeError):
            return
        index = self._index_of(uuid)
        if index is None or not isinstance(text, str) or self._editor is not None:
            return  # deleted since, or the facilitator already opened another edit
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        if isinstance(self._editor, QLineEdit):
            self._editor.setText(text)
            if 0 <= cursor <= len(text):
                self._editor.setCursorPosition(cursor)

    def _index_of(self, uuid: str) -> QModelIndex | None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(UUID_ROLE) == uuid:
                return index
        return None

    def scroll_position(self) -> str:
        """Where the list is scrolled: "" at the top, "end" at the bottom, else the UUID of the
        first contribution shown (what the facilitator sees stays put whatever the size)."""
        bar = self.view.verticalScrollBar()
        if bar.value() <= bar.minimum():
            return ""
        if bar.value() >= bar.maximum():
            return AT_END
        index = self.view.indexAt(QPoint(1, 1))
        return index.data(UUID_ROLE) if index.isValid() else ""

    def _scrolled(self, _value: int) -> None:
        if self._pending_scroll is None:
            self._scroll_timer.changed()

    def save_scroll(self) -> None:
        self._scroll_timer.stop()
        if self._pending_scroll is None:
            self.session.remember({self._scroll_key(): self.scroll_position()})

    def _apply_pending_scroll(self) -> None:
        target = self._pending_scroll
        if target is None or not self.view.isVisible() or self.view.viewport().height() <= 0:
            return
        if target == AT_END:
            self.view.scrollToBottom()
        else:
            index = self._index_of(target)
            if index is None:
                self._pending_scroll = None
                return
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        # Applied on screen: from now on, scrolling is the facilitator's and is saved.
        self._pending_scroll = None

    def _forget_pending_scroll(self) -> None:
        self._pending_scroll = None

    def _commit_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self._forget_pending_scroll()
        with self.session.writer.batch():  # the contribution and the cleared draft: one commit
            uuid = self.session.add(self.engagement, self.question.key, text)
            self.entry.setText("")  # unlike clear(), no undo step that would bring the text back
            self.save_draft()
        if uuid:  # the current row, selected once there: Shift+Tab then F2 edits it
            self.select_uuid(uuid, highlight=False)
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
