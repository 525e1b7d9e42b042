"""No Alt+letter means two things: on the start page and in the capture window, the menu bar's
titles and the page's labels and buttons each have their own letter, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from .test_capture import start_atelier


def mnemonics(window) -> dict[str, list[str]]:
    """Each Alt+letter in use in ``window``'s current page, with the texts that carry it."""
    texts = [action.text() for action in window.menuBar().actions()]
    page = window.stack.currentWidget()
    for widget in page.findChildren(QLabel):
        if widget.isVisibleTo(page) and widget.buddy() is not None:
            texts.append(widget.text())
    for widget in page.findChildren(QAbstractButton):
        if widget.isVisibleTo(page):
            texts.append(widget.text())
    for widget in page.findChildren(QGroupBox):
        if widget.isVisibleTo(page):
            texts.append(widget.title())
    found: dict[str, list[str]] = {}
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found.setdefault(key.lower(), []).append(text)
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_alt_letter_means_one_thing(qtbot, make_window, translations, lang):
    translations.use(lang)
    window = make_window()
    window.retranslate()
    pages = {"start": mnemonics(window)}
    start_atelier(qtbot, window, 3)
    pages["capture"] = mnemonics(window)
    for name, found in pages.items():
        twice = {key: texts for key, texts in found.items() if len(texts) > 1}
        assert not twice, f"{lang} {name}: {twice}"
    assert pages["start"], "the start page has mnemonics to check"
