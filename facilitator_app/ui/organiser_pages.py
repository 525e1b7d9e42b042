"""The bundles and keys pages of the organiser window: read-only tables over their models
(the conflicts page has its own module)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui.organiser_models import BundleTableModel, KeyTableModel


def table_view(name: str, model) -> QTableView:
    """A table of whole rows, sized to its contents, that Tab leaves like any other control."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)
    return view


def bundles_view(model: BundleTableModel) -> QTableView:
    """The bundles' table. Facilitators' names and the reason or warning would push the other
    columns out of sight: the names get a fixed (adjustable) width, the reason the rest of the
    line; their whole text is in each row's tooltip."""
    view = table_view("bundles-table", model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(BundleTableModel.FACILITATORS, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(BundleTableModel.FACILITATORS,
                         view.fontMetrics().horizontalAdvance("M") * 14)
    header.setSectionResizeMode(BundleTableModel.DETAILS, QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


class KeysPage(QWidget):
    """The facilitators' keys, and the button to trust one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = KeyTableModel(self)
        self.view = table_view("keys-table", self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trust-key")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.trust_button.setText(self.tr("&Trust a key…"))
        self.view.setAccessibleName(self.tr("Facilitators' keys"))
        self.model.set_rows(self.model.rows())
