"""The syntheses page of the organiser window: one editorial synthesis per engagement and event
(``central/syntheses.py``), written here and placed by the report at the top of the
engagement's sheet and Markdown page.

The list shows every engagement the merged ateliers reviewed, marked when it has a synthesis;
the editor beside it holds the selected one's text. Ctrl+S saves it (an empty text clears it),
F5 reloads what the store holds. A text being written is kept while another engagement is
looked at, and saving over a newer text another organiser saved is refused with who and when:
nothing is overwritten without being seen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.central import syntheses as sy
from facilitator_app.central.store import who
from facilitator_app.errors import FacilitatorError
from facilitator_app.ui import accessibility

Key = tuple[str, int]


class SynthesesPage(QWidget):
    """Shows the store's places for a synthesis (:meth:`show_syntheses`) and saves the one
    being edited; ``changed`` after a save, ``failed(title, sentence)`` when it is refused."""

    changed = Signal()
    failed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syntheses-page")
        self.store = None
        self.places: list[sy.SynthesisPlace] = []
        self.saved: dict[Key, sy.Synthesis] = {}
        self.drafts: dict[Key, str] = {}  # texts changed and not saved yet, by place
        self._showing = False  # the editor is being filled, not typed in

        self.list = QListWidget()
        self.list.setObjectName("syntheses-list")
        self.list.currentRowChanged.connect(self._show_current)
        self.title = QLabel()
        self.title.setObjectName("synthesis-title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("synthesis-state")
        self.state.setWordWrap(True)
        accessibility.set_role(self.state, accessibility.Role.StatusBar)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("synthesis-editor")
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._edited)
        self.save_button = QPushButton()
        self.save_button.setObjectName("synthesis-save")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("synthesis-reload")
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Refresh, self.reload)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.editor, 1)
        column.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 720])  # the titles of the list readable from the start
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    # -- what is shown ---------------------------------------------------------------------

    def show_syntheses(self, store, places: list, saved: dict) -> None:
        """Show ``places`` and the ``saved`` syntheses of ``store`` (read on a worker), at the
        same place in the list; drafts of the same store are kept."""
        if store is not self.store:
            self.drafts.clear()
        self.store, self.places, self.saved = store, list(places), dict(saved)
        current = self.current_key()
        self.list.blockSignals(True)
        self.list.clear()
        for place in self.places:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (place.event_id, place.engagement_number))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._label_items()
        keys = [(p.event_id, p.engagement_number) for p in self.places]
        if keys:
            self.list.setCurrentRow(keys.index(current) if current in keys else 0)
        self._show_current()

    def current_key(self) -> Key | None:
        item = self.list.currentItem()
        return None if item is None else tuple(item.data(Qt.ItemDataRole.UserRole))

    def _place(self, key: Key) -> sy.SynthesisPlace:
        return next(p for p in self.places if (p.event_id, p.engagement_number) == key)

    def _label_items(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            key = tuple(item.data(Qt.ItemDataRole.UserRole))
            place = self._place(key)
            mark = ("✎ " if key in self.drafts else "✓ " if key in self.saved else "")
            item.setText(mark + self.tr("Eng. {n} – {title} ({event})").format(
                n=place.engagement_number, title=place.engagement_title or "…",
                event=place.event_title))
            item.setToolTip(self._state_text(key))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self._state_text(key))

    def _state_text(self, key: Key) -> str:
        found = self.saved.get(key)
        if key in self.drafts:
            return self.tr("Changed, not saved yet (Ctrl+S saves).")
        if found is None:
            return self.tr("No synthesis yet.")
        return self.tr("Saved by {author} on {when} UTC (revision {revision}).").format(
            author=found.author, when=found.updated_at.strftime("%Y-%m-%d %H:%M"),
            revision=found.revision)

    def _show_current(self, *_args) -> None:
        key = self.current_key()
        enabled = key is not None and self.store is not None
        for widget in (self.editor, self.save_button, self.reload_button):
            widget.setEnabled(enabled)
        self._showing = True
        if key is None:
            self.title.setText(self.tr("No engagement to write about: merge bundles first."))
            self.editor.setPlainText("")
            self.state.setText("")
        else:
            place = self._place(key)
            self.title.setText(self.tr("Synthesis of engagement {n} – {title} ({event})").format(
                n=place.engagement_number, title=place.engagement_title or "…",
                event=place.event_title))
            found = self.saved.get(key)
            self.editor.setPlainText(self.drafts.get(key, found.text if found else ""))
            self.state.setText(self._state_text(key))
        self._showing = False

    def _edited(self) -> None:
        key = self.current_key()
        if self._showing or key is None:
            return
        found = self.saved.get(key)
        text = self.editor.toPlainText()
        if text == (found.text if found else ""):
            self.drafts.pop(key, None)
        else:
            self.drafts[key] = text
        self.state.setText(self._state_text(key))
        self._label_items()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Save the shown text over the revision it was written from (Ctrl+S)."""
        key = self.current_key()
        if key is None or self.store is None:
            return
        found = self.saved.get(key)
        try:
            stored = sy.save_synthesis(self.store, key[0], key[1], self.editor.toPlainText(),
                                       who(), replaces=found.revision if found else 0)
        except FacilitatorError as error:
            self.failed.emit(self.tr("Synthesis not saved"), str(error))
            return
        self.drafts.pop(key, None)
        if stored is None:
            self.saved.pop(key, None)
        else:
            self.saved[key] = stored
        self._show_current()
        self._label_items()
        accessibility.announce(self.state)
        self.changed.emit()

    def reload(self) -> None:
        """Forget the shown draft and read the store's text again (F5)."""
        key = self.current_key()
        if key is None or self.store is None:
            return
        try:
            self.saved = sy.syntheses(self.store)
        except FacilitatorError as error:
            self.failed.emit(self.tr("Synthesis not read"), str(error))
            return
        self.drafts.pop(key, None)
        self._show_current()
        self._label_items()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Sa&ve the synthesis"))
        self.reload_button.setText(self.tr("Reloa&d"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.reload_button.setToolTip(self.tr("F5: forget this draft, read the store again"))
        self.list.setAccessibleName(self.tr("Engagements"))
        self.editor.setAccessibleName(self.tr("Synthesis text"))
        self.editor.setPlaceholderText(self.tr(
            "What the ateliers said of this engagement, in a few sentences (plain text or "
            "Markdown). It is placed at the top of the engagement's sheet and page."))
        if self.places:
            self._label_items()
        self._show_current()
