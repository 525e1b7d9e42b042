"""The top of the organiser window: which central store is open, the merge options and
buttons, the drop area, and the progress of the running task with its Cancel button.

The buttons only show; the window connects each to its action (menu entry and shortcut)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.ui import accessibility

PROGRESS_INTERVAL_MS = 100  # the progress bar is redrawn at most this often


class OrganiserControls(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_label = QLabel()
        self.store_value = QLabel()
        self.store_value.setObjectName("store-name")
        self.store_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.store_value.setWordWrap(True)
        self.open_button, self.connect_button = QPushButton(), QPushButton()
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_label)
        store_row.addWidget(self.store_value, 1)
        store_row.addWidget(self.open_button)
        store_row.addWidget(self.connect_button)

        self.add_button, self.quarantine_button, self.report_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.dry_run, self.require_known = QCheckBox(), QCheckBox()
        self.dry_run.setObjectName("dry-run")
        self.require_known.setObjectName("require-known-keys")
        merge_row = QHBoxLayout()
        for widget in (self.add_button, self.dry_run, self.require_known):
            merge_row.addWidget(widget)
        merge_row.addStretch(1)
        merge_row.addWidget(self.quarantine_button)
        merge_row.addWidget(self.report_button)

        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("drop-area")
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setStyleSheet("QLabel#drop-area { border: 2px dashed #8a8a8a; "
                                     "border-radius: 6px; padding: 10px; color: "
                                     f"{accessibility.tone(self, '#444444')}; }}")

        self.progress = QProgressBar()
        self._progress_clock = QElapsedTimer()  # since the bar was last redrawn
        self.progress.setObjectName("progress")
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.progress_box = QWidget()
        progress_row = QHBoxLayout(self.progress_box)
        progress_row.setContentsMargins(0, 0, 0, 0)
        progress_row.addWidget(self.progress_label, 2)
        progress_row.addWidget(self.progress, 3)
        progress_row.addWidget(self.cancel_button)
        self.progress_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(store_row)
        layout.addLayout(merge_row)
        layout.addWidget(self.drop_hint)
        layout.addWidget(self.progress_box)
        self.retranslate()

    def show_progress(self, label: str) -> None:
        """A task starts: busy until it says how far it is."""
        self._progress_clock.invalidate()
        self.progress.setRange(0, 0)
        self.progress_label.setText(label)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()

    def set_progress(self, done: int, total: int) -> None:
        """At most ten redraws a second (QProgressBar repaints at once on each new value; a
        merge decides hundreds of bundles a second), and always the last step."""
        if done < total and self._progress_clock.isValid() \
                and self._progress_clock.elapsed() < PROGRESS_INTERVAL_MS:
            return
        self._progress_clock.start()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_store(self, name: str) -> None:
        self._store_name = name
        self.store_value.setText(name or self.tr("none open yet — open or create one to begin."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.store_label.setText(self.tr("Central store:"))
        self.show_store(getattr(self, "_store_name", ""))
        accessibility.describe(self.store_value, self.tr("Central store"))
        for button, text in (
                (self.open_button, self.tr("&Open or create…")),
                (self.connect_button, self.tr("Shared store (&PostgreSQL)…")),
                (self.add_button, self.tr("&Add bundles…")),
                (self.quarantine_button, self.tr("Merge &quarantined bundles")),
                (self.report_button, self.tr("Produce the &report…"))):
            button.setText(text)
        self.dry_run.setText(self.tr("&Dry run (nothing written)"))
        self.dry_run.setToolTip(self.tr("Show what merging would change, without writing it"))
        self.require_known.setText(self.tr("Quarantine bundles &without a trusted key"))
        self.require_known.setToolTip(self.tr(
            "Bundles whose key is not trusted wait in quarantine instead of being merged"))
        self.drop_hint.setText(self.tr(
            "Drop bundle files (.fabundle) or folders here to merge them, or use Add bundles "
            "(Ctrl+O)."))
        accessibility.describe(self.drop_hint, self.tr("Drop area for bundles"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running task"))
        self.progress.setAccessibleName(self.tr("Progress of the running task"))
