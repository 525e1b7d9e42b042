"""The near-duplicates page of the organiser window: the proposed groups in a list, the selected
group's texts side by side (as the conflicts page shows versions), and one key per decision:
1, 2… confirm keeping that text; M confirms with the merged text written below; S splits off the
texts ticked "take out"; D dismisses (not duplicates); U undoes the group's decision. The
decisions go to the central store (``central/groups.py``) at once, each a short transaction."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.central import groups as g
from facilitator_app.central.store import who
from facilitator_app.errors import FacilitatorError

MAX_KEYED = 9


class GroupTableModel(QAbstractTableModel):
    """The groups as plain rows: id, engagement, question, how many texts, state."""

    COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[g.GroupView] = []
        self.labels: list[str] = [""] * self.COLUMNS
        self.states: dict[str, str] = {}
        self.questions: dict[str, str] = {}

    def set_rows(self, rows: list[g.GroupView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[g.GroupView]:
        return list(self._rows)

    def row(self, index: int) -> g.GroupView:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        v = self._rows[index.row()]
        return (v.short_id, str(v.engagement_number),
                self.questions.get(v.question_key, v.question_key), str(len(v.members)),
                self.states.get(v.state, v.state))[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.labels[section]
        return None


class MemberPane(QGroupBox):
    """One text of the group: where it came from, the text, keep it, or take it out."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.setObjectName(f"duplicate-member-{number}")
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setObjectName(f"duplicate-text-{number}")
        self.keep = QPushButton()
        self.keep.setObjectName(f"duplicate-keep-{number}")
        self.keep.setAutoDefault(False)
        self.out = QCheckBox()
        self.out.setObjectName(f"duplicate-out-{number}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.out)
        layout.addWidget(self.keep)


class DuplicatesPage(QWidget):
    """Shows the store's groups (:meth:`show_store`) and records the organiser's decisions;
    ``changed`` after each, ``failed(title, sentence)`` when the store refuses one."""

    changed = Signal()
    failed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicates-page")
        self.store = None
        self.where: dict[str, str] = {}
        self.model = GroupTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("duplicates-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel()
        self.empty.setObjectName("no-duplicate")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.decision = QLabel()
        self.decision.setObjectName("duplicate-decision")
        self.decision.setWordWrap(True)
        self.panes: list[MemberPane] = []
        self.panes_row = QHBoxLayout()
        self.merged = QPlainTextEdit()
        self.merged.setObjectName("duplicate-merged")
        self.merged.setTabChangesFocus(True)
        self.merged.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.buttons = {}
        bottom = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        bottom.addWidget(self.hint, 1)
        for name, slot in (("merge", self.confirm_merged), ("split", self.split),
                           ("dismiss", self.dismiss), ("undo", self.undo)):
            button = QPushButton()
            button.setObjectName(f"duplicate-{name}")
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            bottom.addWidget(button)
            self.buttons[name] = button
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.empty)
        detail_layout.addWidget(self.decision)
        detail_layout.addLayout(self.panes_row, 1)
        self.merged_label = QLabel()
        self.merged_label.setBuddy(self.merged)
        detail_layout.addWidget(self.merged_label)
        detail_layout.addWidget(self.merged)
        detail_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        line = self.fontMetrics().height()
        splitter.setSizes([line * 7, line * 24])
        QVBoxLayout(self).addWidget(splitter)
        self.shortcuts: list[QShortcut] = []
        for n in range(1, MAX_KEYED + 1):
            self._shortcut(str(n), lambda n=n: self.keep_member(n))
        for key, slot in (("M", self.confirm_merged), ("S", self.split), ("D", self.dismiss),
                          ("U", self.undo)):
            self._shortcut(key, slot)
        self._ensure_panes(2)
        self.retranslate()

    def _shortcut(self, keys: str, slot) -> None:
        shortcut = QShortcut(QKeySequence(keys), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing merged text
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)

    def _ensure_panes(self, count: int) -> None:
        while len(self.panes) < count:
            pane = MemberPane(len(self.panes) + 1)
            pane.keep.clicked.connect(lambda _=False, n=pane.number: self.keep_member(n))
            self.panes.append(pane)
            self.panes_row.addWidget(pane, 1)
            self._translate_pane(pane)

    # -- content ---------------------------------------------------------------------------

    def show_store(self, store) -> None:
        """Read the groups of ``store`` (None: none) and show them: after a decision, which
        is written on this thread too."""
        views: list[g.GroupView] = []
        where = self.where
        if store is not None:
            try:
                views, where = g.group_views(store), g.run_labels(store)
            except FacilitatorError as error:
                self.failed.emit(self.tr("Near-duplicates not read"), str(error))
        self.show_groups(store, views, where)

    def show_groups(self, store, views: list, where: dict[str, str]) -> None:
        """Show ``views`` of ``store`` (read on a worker with the rest of the window's views),
        staying at the same place in the list."""
        self.store = store
        self.where = where
        row = max(0, self.view.currentIndex().row())
        self.model.set_rows(views)
        if views:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(min(row, len(views) - 1), 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def current(self) -> g.GroupView | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        view = self.current()
        members = view.members if view else ()
        self._ensure_panes(len(members))
        for i, pane in enumerate(self.panes):
            pane.setVisible(i < len(members))
            if i < len(members):
                m = members[i]
                pane.text.setPlainText(m.text)
                mark = self.tr(" — changed since the decision") if m.uuid in view.changed else ""
                pane.meta.setText(self.tr("Atelier {where} — {uuid}").format(
                    where=self.where.get(m.run_uuid, "?"), uuid=m.uuid[:8]) + mark)
                pane.out.setChecked(False)
        for widget in (self.merged, self.merged_label, self.hint, self.decision):
            widget.setVisible(view is not None)
        self.empty.setVisible(view is None)
        decided = view is not None and view.decision is not None
        for name, button in self.buttons.items():
            button.setEnabled(view is not None and (decided if name == "undo" else not decided))
        for pane in self.panes:
            pane.keep.setEnabled(view is not None and not decided)
        if view is None:
            return
        d = view.decision
        self.decision.setText(self.model.states.get(view.state, view.state) if d is None else
                              self.tr("{state} by {who}, {when} UTC").format(
                                  state=self.model.states.get(view.state, view.state),
                                  who=d.author, when=d.decided_at.strftime("%Y-%m-%d %H:%M")))
        self.merged.setPlainText(d.merged_text or "" if d is not None else "")

    # -- decisions -------------------------------------------------------------------------

    def _decide(self, kind: str, **options) -> None:
        view = self.current()
        if view is None or self.store is None or not self.isEnabled():
            return
        try:
            if kind == "undo":
                g.undo(self.store, view.group_key, who())
            else:
                g.decide(self.store, view, kind, who(), **options)
        except FacilitatorError as error:
            self.failed.emit(self.tr("Decision not recorded"), str(error))
        self.show_store(self.store)
        self.changed.emit()

    def keep_member(self, number: int) -> None:
        view = self.current()
        if view is not None and 1 <= number <= len(view.members):
            self._decide("confirm", keep=view.members[number - 1].uuid)

    def confirm_merged(self) -> None:
        self._decide("confirm", merged_text=self.merged.toPlainText())

    def split(self) -> None:
        view = self.current()
        if view is not None:
            out = [m.uuid for m, pane in zip(view.members, self.panes) if pane.out.isChecked()]
            self._decide("split", removed=out)

    def dismiss(self) -> None:
        self._decide("dismiss")

    def undo(self) -> None:
        self._decide("undo")

    # -- language --------------------------------------------------------------------------

    def _translate_pane(self, pane: MemberPane) -> None:
        pane.setTitle(self.tr("Text {number}").format(number=pane.number))
        pane.keep.setText(self.tr("Keep text {number}").format(number=pane.number))
        pane.keep.setToolTip(self.tr("Shortcut: {key}").format(key=pane.number))
        pane.out.setText(self.tr("Take out of the group"))
        pane.meta.setAccessibleName(self.tr("Where text {number} came from").format(
            number=pane.number))
        pane.text.setAccessibleName(self.tr("Text {number}").format(number=pane.number))

    def retranslate(self) -> None:
        self.model.labels = [self.tr("Group"), self.tr("Engagement"), self.tr("Question"),
                             self.tr("Texts"), self.tr("State")]
        self.model.states = {"open": self.tr("Proposed"), "confirm": self.tr("Confirmed"),
                             "split": self.tr("Split"),
                             "dismiss": self.tr("Dismissed (not duplicates)"),
                             "review": self.tr("To review: a text changed since")}
        self.model.questions = {"indicators": self.tr("Indicators"),
                                "inspirations": self.tr("Inspirations"),
                                "challenges": self.tr("Challenges"),
                                "commitments": self.tr("Future commitments")}
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        self.buttons["merge"].setText(self.tr("Confirm with merged text"))
        self.buttons["split"].setText(self.tr("Split off ticked texts"))
        self.buttons["dismiss"].setText(self.tr("Dismiss"))
        self.buttons["undo"].setText(self.tr("Undo decision"))
        self.merged_label.setText(self.tr("Merged text (written by the organiser):"))
        self.merged.setAccessibleName(self.tr("Merged text"))
        self.hint.setText(self.tr("Shortcuts in the list: 1, 2… keep that text; M the merged "
                                  "text; S splits off the ticked texts; D dismisses; U undoes."))
        self.empty.setText(self.tr("No near-duplicate group."))
        self.view.setAccessibleName(self.tr("Near-duplicate groups"))
        for pane in self.panes:
            self._translate_pane(pane)
        self._show_current()
