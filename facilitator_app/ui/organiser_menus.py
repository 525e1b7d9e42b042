"""The organiser window's menus: every command with its shortcut, also reached by the
window's buttons (each button triggers its menu action, so both are enabled together)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton


class OrganiserMenus(QObject):
    """Store, Merge and View menus of ``window`` (an OrganiserWindow)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.store_menu = bar.addMenu("")
        self.a_open = self._action(self.store_menu, "open-store", "Ctrl+Shift+O",
                                   window.choose_store_file, window.open_button)
        self.a_connect = self._action(self.store_menu, "connect-store", None,
                                      window.choose_postgres, window.connect_button)
        self.store_menu.addSeparator()
        self.a_close = self._action(self.store_menu, "close-window",
                                    QKeySequence.StandardKey.Close, window.close)
        self.merge_menu = bar.addMenu("")
        self.a_add = self._action(self.merge_menu, "add-bundles", QKeySequence.StandardKey.Open,
                                  window.choose_bundles, window.add_button)
        self.a_quarantine = self._action(self.merge_menu, "merge-quarantined", "Ctrl+Shift+Q",
                                         window.merge_quarantined, window.quarantine_button)
        self.a_trust = self._action(self.merge_menu, "trust-key-action", "Ctrl+K",
                                    window.show_trust_dialog)
        window.trust_button.clicked.connect(self.a_trust.trigger)
        self.a_report = self._action(self.merge_menu, "produce-report", "Ctrl+R",
                                     window.show_report_dialog, window.report_button)
        self.merge_menu.addSeparator()
        self.a_cancel = self._action(self.merge_menu, "cancel-task", "Esc", window.cancel)
        self.view_menu = bar.addMenu("")
        self.a_tabs = [self._action(self.view_menu, f"tab-{n}", f"Ctrl+{n}",
                                    lambda _=False, n=n: window.tabs.setCurrentIndex(n - 1))
                       for n in (1, 2, 3, 4, 5)]
        self.view_menu.addSeparator()
        self.a_find = self._action(self.view_menu, "find-bundle", QKeySequence.StandardKey.Find,
                                   window.find_bundle)
        self.buttons = ((window.open_button, self.a_open), (window.connect_button, self.a_connect),
                        (window.add_button, self.a_add),
                        (window.quarantine_button, self.a_quarantine),
                        (window.report_button, self.a_report), (window.trust_button, self.a_trust))

    def _action(self, menu, name: str, keys: QKeySequence | str | None, slot,
                button: QPushButton | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        if button is not None:
            button.setObjectName(name)
            button.clicked.connect(action.trigger)
        return action

    def update_enabled(self, idle: bool, opened: bool) -> None:
        for action in (self.a_open, self.a_connect):
            action.setEnabled(idle)
        for action in (self.a_add, self.a_quarantine, self.a_trust, self.a_report):
            action.setEnabled(idle and opened)
        self.a_cancel.setEnabled(not idle)
        for button, action in self.buttons:
            button.setEnabled(action.isEnabled())

    def retranslate(self) -> None:
        self.store_menu.setTitle(self.tr("&Store"))
        self.a_open.setText(self.tr("&Open or create a store file…"))
        self.a_connect.setText(self.tr("Connect to a &shared store (PostgreSQL)…"))
        self.a_close.setText(self.tr("&Close the window"))
        self.merge_menu.setTitle(self.tr("&Merge"))
        self.a_add.setText(self.tr("&Add bundles…"))
        self.a_quarantine.setText(self.tr("Merge &quarantined bundles"))
        self.a_trust.setText(self.tr("&Trust a key…"))
        self.a_report.setText(self.tr("Produce the &report…"))
        self.a_cancel.setText(self.tr("&Cancel the running task"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, text in zip(self.a_tabs, (self.tr("Bundles"), self.tr("Conflicts"),
                                              self.tr("Keys"), self.tr("Near-duplicates"),
                                              self.tr("Syntheses")), strict=True):
            action.setText(text)
        self.a_find.setText(self.tr("&Find a bundle…"))
        for button, action in self.buttons:
            plain = action.text().replace("&", "")
            button.setAccessibleName(plain.rstrip("…"))
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
