"""The conflicts page of the organiser window: the open conflicts in a list, the selected
one's versions side by side with the words that differ highlighted, and one key to resolve it
(1 keeps the left version, 2 the right one, 3… further ones, B keeps both), after which the
next conflict is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.central.store import Conflict, ConflictVersion
from facilitator_app.textdiff import changed_spans
from facilitator_app.ui.organiser_models import ConflictTableModel

MAX_KEYED = 9  # versions 1 to 9 have a key
CHANGED_BACKGROUND = QColor("#fff0a8")  # words of a version not in the other one
CHANGED_FOREGROUND = QColor("#000000")


def _utf16(text: str, index: int) -> int:
    """The position Qt gives to the character ``index`` of ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


class VersionPane(QGroupBox):
    """One version of the conflicting contribution: its text, where it came from, and the
    button that keeps it."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName(f"conflict-version-{number}")
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName(f"conflict-text-{number}")
        self.text.setTabChangesFocus(True)
        self.changed: list[tuple[int, int]] = []  # the ranges highlighted
        self.keep = QPushButton()
        self.keep.setObjectName(f"keep-{number}")
        self.keep.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.keep)

    def show_version(self, version: ConflictVersion, describe,
                     changed: Sequence[tuple[int, int]] = ()) -> None:
        """The version's text, what differs from the other version highlighted."""
        self.text.setPlainText(version.text)
        self.meta.setText(describe(version))
        # Two lines kept for where it came from, whether it takes one or two: the two versions'
        # texts then start level, side by side.
        self.meta.setMinimumHeight(self.meta.fontMetrics().lineSpacing() * 2)
        marks = []
        for start, end in changed:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(self.text.document())
            # Qt counts positions in UTF-16 units: an emoji before a word counts twice.
            mark.cursor.setPosition(_utf16(version.text, start))
            mark.cursor.setPosition(_utf16(version.text, end), QTextCursor.MoveMode.KeepAnchor)
            mark.format = QTextCharFormat()
            mark.format.setBackground(CHANGED_BACKGROUND)
            mark.format.setForeground(CHANGED_FOREGROUND)  # readable in a dark palette too
            mark.format.setFontUnderline(True)  # not by colour alone
            marks.append(mark)
        self.text.setExtraSelections(marks)
        self.changed = list(changed)


class ConflictsPage(QWidget):
    """Emits ``resolveRequested(conflict, keep)`` (the conflict as shown); the window
    resolves, then refills the page with :meth:`set_conflicts`, which keeps the place in the
    list."""

    resolveRequested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts-page")
        self.model = ConflictTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("conflicts-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.empty = QLabel()
        self.empty.setObjectName("no-conflict")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.panes: list[VersionPane] = []
        self.panes_row = QHBoxLayout()
        self.both = QPushButton()
        self.both.setObjectName("keep-both")
        self.both.setAutoDefault(False)
        self.both.clicked.connect(lambda: self._resolve("both"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.both)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.empty)
        detail_layout.addLayout(self.panes_row, 1)
        detail_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        splitter.setSizes([line * 8, line * 24])  # a few conflicts listed, the texts large
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.shortcuts: list[QShortcut] = []
        for n in range(1, MAX_KEYED + 1):
            self._shortcut(str(n), lambda n=n: self.keep_version(n))
        self.both_shortcut = self._shortcut("B", lambda: self._resolve("both"))
        self._ensure_panes(2)
        self.retranslate()
        self._show_current()

    def _shortcut(self, keys: str, slot) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)
        return shortcut

    def _ensure_panes(self, count: int) -> None:
        while len(self.panes) < count:
            pane = VersionPane(len(self.panes) + 1)
            pane.keep.clicked.connect(lambda _=False, n=pane.number: self.keep_version(n))
            self.panes.append(pane)
            self.panes_row.addWidget(pane, 1)
            self._translate_pane(pane)

    # -- content ---------------------------------------------------------------------------

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        """Show ``conflicts``, staying at the same place in the list (the next conflict, after
        one was resolved)."""
        row = max(0, self.view.currentIndex().row())
        self.model.set_rows(conflicts)
        if conflicts:
            index = self.model.index(min(row, len(conflicts) - 1), 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def current(self) -> Conflict | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        conflict = self.current()
        versions = conflict.versions if conflict else ()
        self._ensure_panes(len(versions))
        for i, pane in enumerate(self.panes):
            pane.setVisible(i < len(versions))
            if i < len(versions):
                # Each version against the first; the first against the second.
                other = versions[1 if i == 0 else 0].text if len(versions) > 1 else ""
                changed = changed_spans(versions[i].text, other) if len(versions) > 1 else []
                pane.show_version(versions[i], self.describe, changed)
        self.empty.setVisible(conflict is None)
        self.both.setEnabled(conflict is not None)
        self.hint.setVisible(conflict is not None)

    def describe(self, version: ConflictVersion) -> str:
        state = []
        if version.starred:
            state.append(self.tr("starred"))
        if version.deleted:
            state.append(self.tr("deleted"))
        text = self.tr("From {file}, changed {when}; engagement {engagement}, {question}").format(
            file=version.bundle_file,
            when=version.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            engagement=version.engagement_number,
            question=self.model.question_text(version.question_key))
        return text + (" — " + ", ".join(state) if state else "")

    def keep_version(self, number: int) -> None:
        conflict = self.current()
        if conflict is not None and 1 <= number <= len(conflict.versions):
            self._resolve(conflict.versions[number - 1].content_hash)

    def _resolve(self, keep: str) -> None:
        conflict = self.current()
        if conflict is not None and self.isEnabled():
            self.resolveRequested.emit(conflict, keep)

    # -- language --------------------------------------------------------------------------

    def _translate_pane(self, pane: VersionPane) -> None:
        side = {1: self.tr("left"), 2: self.tr("right")}.get(pane.number)
        pane.setTitle(self.tr("Version {number}").format(number=pane.number)
                      + (f" ({side})" if side else ""))
        pane.keep.setText(self.tr("Keep version {number}").format(number=pane.number))
        if pane.number <= MAX_KEYED:
            pane.keep.setToolTip(self.tr("Shortcut: {key}").format(key=pane.number))
        pane.keep.setAccessibleName(self.tr("Keep version {number}").format(number=pane.number))
        pane.text.setAccessibleName(self.tr("Text of version {number}").format(number=pane.number))

    def retranslate(self) -> None:
        self.both.setText(self.tr("Keep &both"))
        self.both.setToolTip(self.tr("Shortcut: B"))
        self.both.setAccessibleName(self.tr("Keep both versions in the report"))
        self.hint.setText(self.tr("Shortcuts: 1 keeps the left version, 2 the right one, B "
                                  "keeps both. The next conflict is then shown."))
        self.empty.setText(self.tr("No unresolved conflict."))
        self.view.setAccessibleName(self.tr("Unresolved conflicts"))
        for pane in self.panes:
            self._translate_pane(pane)
        self._show_current()
