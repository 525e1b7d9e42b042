"""Qt models over plain data: the engagements of an atelier and one question's contributions."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator_app.domain import Contribution, Engagement

MIME_CONTRIBUTION = "application/x-facilitator-contribution"
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
STARRED_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class EngagementListModel(QAbstractListModel):
    """The engagements an atelier reviews, with a contribution count each."""

    def __init__(self, engagements: Sequence[Engagement], parent=None) -> None:
        super().__init__(parent)
        self._engagements = list(engagements)
        self._counts: dict[int, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._engagements)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._engagements):
            return None
        engagement = self._engagements[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._counts.get(engagement.number, 0)
            return f"{engagement.number}. {engagement.title}  ({count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return engagement.official_title or engagement.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            count = self._counts.get(engagement.number, 0)  # read out, as it is shown
            return QCoreApplication.translate(
                "EngagementListModel", "{number}. {title}, contributions: {count}").format(
                number=engagement.number, title=engagement.title, count=count)
        if role == UUID_ROLE:
            return engagement.number
        return None

    def engagement(self, row: int) -> Engagement:
        return self._engagements[row]

    def row_of(self, number: int) -> int:
        return next((i for i, e in enumerate(self._engagements) if e.number == number), -1)

    def set_count(self, number: int, count: int) -> None:
        if self._counts.get(number) != count:
            self._counts[number] = count
            row = self.row_of(number)
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))


_CONTRIBUTION_ROLES: dict[int, Callable[[Contribution], object]] = {
    Qt.ItemDataRole.DisplayRole: lambda c: ("★ " if c.starred else "") + c.text,
    Qt.ItemDataRole.EditRole: lambda c: c.text,
    Qt.ItemDataRole.ToolTipRole: lambda c: c.text,
    # The star is read as a state (the description), not as a character before the text.
    Qt.ItemDataRole.AccessibleTextRole: lambda c: c.text,
    Qt.ItemDataRole.AccessibleDescriptionRole: lambda c: QCoreApplication.translate(
        "ContributionListModel", "starred") if c.starred else "",
    UUID_ROLE: lambda c: c.uuid,
    STARRED_ROLE: lambda c: c.starred,
}


class ContributionListModel(QAbstractListModel):
    """One guiding question's contributions for one engagement, in order.

    Edits, drops and moves are handed to callbacks (the capture session); the model is then
    refreshed from the store with :meth:`set_rows`, so it never holds anything unsaved."""

    def __init__(self, engagement: int, question: str,
                 on_edit: Callable[[str, str], None],
                 on_drop: Callable[[str, int, str, int], None], parent=None) -> None:
        super().__init__(parent)
        self.engagement, self.question = engagement, question
        self._rows: list[Contribution] = []
        self._on_edit, self._on_drop = on_edit, on_drop

    def set_rows(self, rows: Sequence[Contribution]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def contribution(self, row: int) -> Contribution:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called about fifteen times per row (one per role) at every layout of a word-wrapped
        # list: roles it does not serve are refused first, from a set of plain ints.
        getter = _CONTRIBUTION_ROLES.get(role)
        if getter is None or not index.isValid():
            return None
        row = index.row()
        return getter(self._rows[row]) if 0 <= row < len(self._rows) else None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        text = str(value).strip()
        if not text:
            return False
        self._on_edit(self._rows[index.row()].uuid, text)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_CONTRIBUTION]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        uuids = [self._rows[i.row()].uuid for i in indexes if i.isValid()]
        mime.setData(MIME_CONTRIBUTION, json.dumps(uuids).encode())
        mime.setText("\n".join(self._rows[i.row()].text for i in indexes if i.isValid()))
        return mime

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME_CONTRIBUTION)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(MIME_CONTRIBUTION):
            return False
        try:
            uuids = json.loads(bytes(data.data(MIME_CONTRIBUTION)).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        mine = {c.uuid: i for i, c in enumerate(self._rows)}
        for offset, uuid in enumerate(uuids):
            # Positions count after the moved item left its place: dropping lower in the same
            # list lands one place higher than the row under the cursor.
            position = row + offset + (0 if mine.get(uuid, row) < row else 1)
            self._on_drop(uuid, position, self.question, self.engagement)
        # The session refreshes every list concerned; nothing for the view to remove itself.
        return False
