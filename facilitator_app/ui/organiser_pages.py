"""The bundles and keys pages of the organiser window: read-only tables over their models
(the conflicts page has its own module)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui import accessibility
from facilitator_app.ui.organiser_models import SORT_ROLE, BundleTableModel, KeyTableModel


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


class BundlesPage(QWidget):
    """The bundles' table, sorted by a click on a column's header and narrowed by a filter on
    any column's text (file, verdict, facilitator, reason…); the model keeps every row.

    Facilitators' names and the reason or warning would push the other columns out of sight:
    the names get a fixed (adjustable) width, the reason the rest of the line; their whole text
    is in each row's tooltip, and the selected bundle's verdict and reason are spelt out in full
    under the table."""

    def __init__(self, model: BundleTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)  # « École » with the e's, not after « Zoé »
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("bundles-filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        self.view = table_view("bundles-table", self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # arrival order until a click
        # Columns sized once per reset of the table, not at every row a merge adds: measuring
        # every row's text for each new one made a merge of hundreds of bundles crawl.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        model.modelReset.connect(self.fit_columns)
        self.fit_columns()
        self.details = QLabel()
        self.details.setObjectName("bundle-details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # file names come from outside
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self.show_details)
        for signal in (model.modelReset, model.dataChanged, self.proxy.layoutChanged):
            signal.connect(self.show_details)
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        self.retranslate()

    def fit_columns(self) -> None:
        """Each column to its content, but the facilitators' names at a fixed width (the
        reason takes the rest of the line)."""
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().resizeSection(
            BundleTableModel.FACILITATORS, self.view.fontMetrics().horizontalAdvance("M") * 14)

    def wanted_width(self) -> int:
        """The table's width that shows every column: each at its fitted width, the last (the
        reason) at least as wide as its header, plus the frame and a vertical scroll bar."""
        header = self.view.horizontalHeader()
        last = header.count() - 1
        columns = sum(header.sectionSize(i) for i in range(last))
        if last >= 0:
            columns += max(header.sectionSizeHint(last), self.view.sizeHintForColumn(last))
        scroll_bar = self.view.verticalScrollBar().sizeHint().width()
        return columns + 2 * self.view.frameWidth() + scroll_bar

    def show_details(self, *_changed) -> None:
        """The current bundle's verdict and reason in full, or how to see them."""
        current = self.view.currentIndex()
        if current.isValid():
            row = self.model.row(self.proxy.mapToSource(current).row())
            self.details.setText(self.model.explanation(row))
        else:
            self.details.setText(self.tr("Select a bundle to read its verdict and the reason "
                                         "in full."))

    def show_row(self, source_row: int) -> None:
        """Scroll to a row of the model, if the filter lets it show."""
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.scrollTo(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter.setPlaceholderText(self.tr("file, verdict, facilitator, reason…"))
        self.filter.setAccessibleName(self.tr("Filter the bundles"))
        for button in self.filter.findChildren(QToolButton):  # Qt's clear button
            button.setAccessibleName(self.tr("Clear the filter"))
        self.view.setAccessibleName(self.tr("Bundles received"))
        accessibility.describe(self.details, self.tr("The selected bundle's verdict"))
        self.show_details()


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
