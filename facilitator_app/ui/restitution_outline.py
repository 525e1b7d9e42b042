"""The plenary summary's outline, beside its text: engagements, their questions, and one item
per contribution, a starred one read with the description « mise en avant ».

Qt's rich-text widget gives a screen reader the summary as one flat text, without headings;
this tree gives it the structure (a level per heading, an item per contribution), and lets
anyone jump to an engagement or a question in the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from facilitator_app.restitution import Restitution

PATH_ROLE = Qt.ItemDataRole.UserRole + 1  # (engagement number, question key or "", row)


class RestitutionOutline(QTreeWidget):
    """Emits :attr:`headingChosen` with the texts leading to the item that became current
    (engagement, question, contribution), for the dialog to show it in the text."""

    headingChosen = Signal(list)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("restitution-outline")
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.currentItemChanged.connect(self._chosen)
        self._filling = False

    def set_restitution(self, restitution: Restitution) -> None:
        """Show ``restitution``'s structure, keeping the current item when it is still there."""
        current = self.currentItem()
        path = current.data(0, PATH_ROLE) if current is not None else None
        self._filling = True
        try:
            self.clear()
            keep = None
            for engagement in restitution.engagements:
                top = self._item(self, self.tr("Engagement {number} — {title} ({count})").format(
                    number=engagement.number, title=engagement.title, count=engagement.count),
                    (engagement.number, "", -1))
                keep = top if path == (engagement.number, "", -1) else keep
                for number, question in enumerate(engagement.questions, 1):
                    branch = self._item(top, f"{number}. {question.label} ({question.count})",
                                        (engagement.number, question.key, -1))
                    keep = branch if path == (engagement.number, question.key, -1) else keep
                    for row, contribution in enumerate(question.contributions):
                        starred = contribution in question.starred
                        leaf = self._item(branch, ("★ " if starred else "") + contribution.text,
                                          (engagement.number, question.key, row))
                        leaf.setData(0, Qt.ItemDataRole.AccessibleTextRole, contribution.text)
                        if starred:
                            leaf.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole,
                                         self.tr("starred"))
                        keep = leaf if path == (engagement.number, question.key, row) else keep
            self.expandAll()
            if keep is not None:
                self.setCurrentItem(keep)
        finally:
            self._filling = False

    @staticmethod
    def _item(parent, text: str, path: tuple) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, PATH_ROLE, path)
        item.setToolTip(0, text)
        return item

    def _chosen(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None or self._filling:
            return
        texts, item = [], current
        while item is not None:
            if item.data(0, PATH_ROLE)[2] >= 0:
                texts.append(item.text(0).removeprefix("★ "))  # a contribution
            else:
                texts.append(item.text(0).rsplit(" (", 1)[0])  # a heading, without its count
            item = item.parent()
        self.headingChosen.emit(texts[::-1])
