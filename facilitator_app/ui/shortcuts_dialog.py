"""Help ▸ Keyboard shortcuts (F1): every key of the facilitator's window on one page.

The menu commands are read from the window's actions themselves, so the page cannot drift from
what the keys do; the keys of the contribution lists, which live on each list, are listed by
name with them.

The page opens beside the window with the keyboard, so that Escape closes it (and the arrows
scroll it), but it never takes what is typed: a letter typed while it has the keyboard goes back
to the entry line it was opened from, with the keyboard, and the page stays open beside it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def key_text(keys: QKeySequence | str) -> str:
    """A key as this system writes it (Ctrl+E, Alt+Up, Del…)."""
    return QKeySequence(keys).toString(NATIVE)


class ShortcutsDialog(QDialog):
    """The keys, in two groups: the window's commands (from ``menus``) and the lists'."""

    def __init__(self, menus: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.menus = menus
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts-table")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tree.header().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.returns_to: QWidget | None = None  # where the keyboard was when F1 was pressed
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the window's actions again and fit the page to them."""
        self.retranslate()
        self._fit()

    def _fit(self) -> None:
        """Wide enough for the longest line in this language and font, within the screen."""
        for column in (0, 1):
            self.tree.resizeColumnToContents(column)
        margins = self.layout().contentsMargins()
        width = (self.tree.header().length() + 2 * self.tree.frameWidth()
                 + self.tree.verticalScrollBar().sizeHint().width()
                 + margins.left() + margins.right())
        lines = self.tree.topLevelItemCount() + sum(
            self.tree.topLevelItem(i).childCount() for i in range(self.tree.topLevelItemCount()))
        row = self.tree.visualItemRect(self.tree.topLevelItem(0)).height() \
            if lines else self.fontMetrics().height()
        height = (self.tree.header().sizeHint().height() + (lines + 1) * row
                  + 2 * self.tree.frameWidth() + self.buttons.sizeHint().height()
                  + margins.top() + margins.bottom() + self.layout().spacing())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, what they do) for every line shown."""
        window = self.tr("In the window")
        found = []
        for menu in self.menus:
            for action in menu.actions():
                found += self._action_row(window, action)
        lists = self.tr("In a list of contributions")
        found += [
            (lists, key_text("Shift+Tab"), self.tr("Go from the entry line to its list")),
            (lists, key_text("Enter"), self.tr("Add the contribution typed in the entry line")),
            (lists, key_text("F2"), self.tr("Edit the selected contribution in place")),
            (lists, key_text("Ctrl+E"), self.tr("Star or unstar it (put forward in the "
                                                "plenary summary)")),
            (lists, key_text(QKeySequence.StandardKey.Delete), self.tr("Delete it")),
            (lists, f"{key_text('Alt+Up')} / {key_text('Alt+Down')}",
             self.tr("Move it up or down")),
            (lists, self.tr("Drag and drop"),
             self.tr("Reorder, or move to another question")),
        ]
        return found

    @staticmethod
    def _action_row(group: str, action: QAction) -> list[tuple[str, str, str]]:
        # The first binding, and the other Ctrl ones (Redo: Ctrl+Y, Ctrl+Shift+Z); not the
        # dedicated keys of some keyboards (Help, Redo) nor the Alt+Backspace variants.
        bindings = [k for k in action.shortcuts() if not k.isEmpty()]
        keys = [k.toString(NATIVE) for i, k in enumerate(bindings)
                if i == 0 or k[0].keyboardModifiers() & Qt.KeyboardModifier.ControlModifier]
        if action.menu() is not None or action.isSeparator() or not keys:
            return []
        return [(group, ", ".join(keys), action.text().replace("&", ""))]

    def show_beside(self, returns_to: QWidget | None) -> None:
        """Show the page with the keyboard; typing and Escape go back to ``returns_to``."""
        self.returns_to = returns_to
        self.show()
        self.raise_()
        self.activateWindow()
        self.tree.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._is_typing(event) \
                and self.returns_to is not None:
            target = self.returns_to
            self._give_back_keyboard()
            QApplication.sendEvent(target, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text(),
                event.isAutoRepeat(), event.count()))
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_typing(event: QKeyEvent) -> bool:
        """Text for an entry line (not a command of the page: arrows, Escape, Tab)."""
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.AltModifier
                                | Qt.KeyboardModifier.MetaModifier):
            return False
        text = event.text()
        return bool(text) and (text.isprintable() or event.key() == Qt.Key.Key_Backspace)

    def _give_back_keyboard(self) -> None:
        target = self.returns_to
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.window().activateWindow()
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        """Closed (Escape, Close): the keyboard goes back where it was."""
        super().done(result)
        self._give_back_keyboard()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The window renames its actions on the same event: read them once it has.
            QTimer.singleShot(0, self, self.refresh)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, action in self.rows():
            if group not in groups:
                header = QTreeWidgetItem(self.tree, [group])
                header.setFirstColumnSpanned(True)
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                groups[group] = header
            QTreeWidgetItem(groups[group], [keys, action])
        self.tree.expandAll()
