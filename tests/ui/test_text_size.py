"""The text size (View menu): the whole application's text grows and shrinks by steps, from
the keyboard or the menu, and the choice is there again at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator_app.ui import settings as keys
from facilitator_app.ui import text_size
from facilitator_app.ui.settings import Settings

from .test_capture import start_atelier


@pytest.fixture(autouse=True)
def normal_text_afterwards(qapp):
    system = qapp.font().pointSizeF()
    yield
    text_size.apply(text_size.NORMAL)
    assert qapp.font().pointSizeF() == pytest.approx(system), "the next tests see the usual font"


def test_keys_and_menu_change_the_text_size_by_steps_and_remember_it(qtbot, make_window,
                                                                        data_dir):
    window = make_window()
    system = QApplication.font().pointSizeF()
    assert not window.a_normal_text.isEnabled(), "already the normal size"

    assert {"Ctrl++", "Ctrl+="} <= {k.toString() for k in window.a_larger.shortcuts()}
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    # Keys go where a real keyboard sends them: the focused widget of the active window.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl++
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() > system)
    assert QApplication.font().pointSizeF() == pytest.approx(system * 1.15)
    qtbot.waitUntil(lambda: window.font().pointSizeF() == pytest.approx(system * 1.15))
    assert Settings(data_dir / "settings.ini").get(keys.FONT_SCALE) == pytest.approx(1.15)
    assert window.a_normal_text.isEnabled()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Equal,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+=
    assert QApplication.font().pointSizeF() == pytest.approx(system * 1.3)

    window.a_normal_text.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(system)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Minus,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+-
    assert QApplication.font().pointSizeF() == pytest.approx(system * 0.85)
    assert not window.a_smaller.isEnabled(), "0.85 is the smallest step"
    window.a_smaller.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(system * 0.85)

    for _ in range(10):
        window.a_larger.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(system * 2.0), "2× at most"
    assert not window.a_larger.isEnabled()
    assert Settings(data_dir / "settings.ini").get(keys.FONT_SCALE) == pytest.approx(2.0)


@pytest.mark.parametrize(("saved", "expected"), [(1.5, 1.5), (1.42, 1.5), (9.0, 2.0),
                                                 ("beaucoup", 1.0), (0.1, 0.85)])
def test_the_saved_size_is_restored_at_start_as_the_nearest_step(qapp, tmp_path, saved,
                                                                 expected):
    system = qapp.font().pointSizeF()
    settings = Settings(tmp_path / "settings.ini")
    settings._qs.setValue(keys.FONT_SCALE.name, saved)  # as a hand-edited file may hold it
    assert text_size.restore(settings) == pytest.approx(expected)
    assert qapp.font().pointSizeF() == pytest.approx(system * expected)


def test_larger_labels_keep_their_proportion_when_the_size_changes(qtbot, make_window):
    window = make_window()
    title = window.start_page.title
    assert title.font().pointSizeF() == pytest.approx(window.start_page.font().pointSizeF() * 1.4)
    window.set_text_scale(1.5)
    qtbot.waitUntil(lambda: title.font().pointSizeF() == pytest.approx(
        QApplication.font().pointSizeF() * 1.4))
    assert title.font().bold()

    clock = start_atelier(qtbot, window, 1).clock
    before = clock.time.font().pointSizeF()
    window.set_text_scale(1.0)
    qtbot.waitUntil(lambda: clock.time.font().pointSizeF() < before)
    assert clock.time.font().pointSizeF() == pytest.approx(clock.font().pointSizeF() * 1.5)
    assert clock.time.font().bold()
