"""Fixtures of the UI tests: a main window on a fresh store, in French."""

from __future__ import annotations

import pytest

from facilitator_app.catalogue import builtin_catalogue


@pytest.fixture
def translations(qapp):
    from facilitator_app.ui.app import Translations

    t = Translations(qapp)
    t.use("fr")
    yield t
    t.use("fr")


_ASK = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    """A test that failed with changes the disk refused must not hang at its end on the
    question closing its window asks (pytest-qt closes the windows before the fixtures end)."""
    from facilitator_app.ui import unsaved

    _ASK.setdefault("real", unsaved.ask)
    unsaved.ask = lambda *args: unsaved.Choice.LOSE
    yield


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if "real" in _ASK:
        from facilitator_app.ui import unsaved

        unsaved.ask = _ASK["real"]


@pytest.fixture
def make_window(qtbot, data_dir, translations):
    """Build (and later close) main windows on the store of ``data_dir``."""
    from facilitator_app.storage import LocalStore
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.settings import Settings

    opened = []

    def make(folder=None):
        folder = folder or data_dir
        store = LocalStore.in_folder(folder)
        window = MainWindow(store, Settings(folder / "settings.ini"), builtin_catalogue())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    def close(window):
        for i, (w, store) in enumerate(opened):
            if w is window:
                window.close()
                store.close()
                window.store.close()  # another one when the window saved elsewhere
                opened.pop(i)
                return

    make.close = close
    yield make
    for window, store in opened:
        window.close()
        store.close()
        window.store.close()


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, accents and emoji included.

    QTest.keyClicks only handles ASCII; other characters arrive as key events carrying their
    text, as a keyboard layout or input method delivers them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                         Qt.KeyboardModifier.NoModifier, char))


def drag_event(kind, point, *args):
    """A drag event at ``point``: PySide6 takes a QPoint for entering and moving up to 6.11 and a
    QPointF from 6.12 on; whichever this binding accepts."""
    from PySide6.QtCore import QPoint, QPointF

    try:
        return kind(QPoint(round(point.x()), round(point.y())), *args)
    except TypeError:
        return kind(QPointF(point), *args)

@pytest.fixture
def session(qapp, store, catalogue):
    """A capture session, without a window, on a new run of atelier 3."""
    from facilitator_app.ui.session import CaptureSession

    run = store.start_run(catalogue, 3)
    s = CaptureSession(store, run)
    yield s
    s.deleteLater()
