"""Every menu's keyboard accelerators are unique, in French and in English."""

from __future__ import annotations

import re

import pytest

from .test_capture import start_atelier


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def conflicts(menu) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = mnemonic(action.text())
        if key is not None:
            if key in seen:
                problems.append(f"{getattr(menu, 'title', lambda: 'menu bar')()}: "
                                f"{seen[key]!r} and {action.text()!r} share &{key}")
            seen[key] = action.text()
        if action.menu() is not None:
            action.menu().aboutToShow.emit()
            problems += conflicts(action.menu())
    return problems


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_accelerators_do_not_clash_within_a_menu(qtbot, make_window, translations, lang):
    window = make_window()
    start_atelier(qtbot, window, 1)
    translations.use(lang)
    window.retranslate()
    bar = window.menuBar()
    assert not conflicts(bar), conflicts(bar)
    titles = [a.text() for a in bar.actions()]
    assert len({mnemonic(t) for t in titles}) == len(titles), titles


def test_f1_lists_every_shortcut_of_the_window_once(qtbot, make_window, translations):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    from facilitator_app.ui.shortcuts_dialog import ShortcutsDialog

    window = make_window()
    start_atelier(qtbot, window, 1)
    window.activateWindow()
    entry = window.capture.current_panel().questions["indicators"].entry
    qtbot.waitUntil(entry.hasFocus)

    def shown_dialog():
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, ShortcutsDialog) and w.isVisible()), None)

    # The key goes where a real keyboard sends it: the focused entry line of the active window.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown_dialog() is not None)
    dialog = shown_dialog()
    rows = dialog.rows()
    shown = {(keys, action) for _group, keys, action in rows}
    for row in [("Ctrl+R", "Restitution…"), ("F5", "Affichage en salle"),
                ("Ctrl+E", "La mettre en avant ou non (à la restitution)"),
                ("Ctrl+Maj+E", "Exporter pour les organisateurs…"), ("F1", "Raccourcis clavier"),
                ("Suppr", "La supprimer"), ("Alt+Haut / Alt+Bas", "La monter ou la descendre"),
                ("Maj+Tab", "Passer de la ligne de saisie à sa liste")]:
        assert row in shown
    redo = next(keys for keys, action in shown if action == "Rétablir")
    assert "Ctrl+Maj+Z" in redo, "every platform binding of a standard key is listed"
    window_keys = [key for group, keys, _ in rows if group == rows[0][0]
                   for key in keys.split(", ")]
    assert len(window_keys) == len(set(window_keys)), "no two commands share a key"
    native = QKeySequence.SequenceFormat.NativeText  # as the system writes them: Maj, Pg Suiv
    expected = {a.shortcut().toString(native) for menu in (window.file_menu, window.edit_menu,
                                                         window.atelier_menu, window.help_menu)
                for a in menu.actions() if not a.shortcut().isEmpty()}
    assert expected <= set(window_keys), "every menu shortcut is on the page"
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.tree.topLevelItem(1).childCount() == 7
    dialog.close()
    assert window.show_shortcuts() is dialog, "F1 again shows the same page, not another"
    dialog.close()
