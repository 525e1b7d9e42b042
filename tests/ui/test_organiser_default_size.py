"""The organiser window's first size (no saved geometry): every column of the bundles' table
shows, at the normal text size and at 150 %, within the screen's free area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from facilitator_app.ui import organiser_window, text_size
from facilitator_app.ui.organiser_models import BundleTableModel
from facilitator_app.ui.settings import Settings


@pytest.fixture
def normal_text_afterwards(qapp):
    yield
    text_size.apply(text_size.NORMAL)


def opened(qtbot, tmp_path):
    window = organiser_window.OrganiserWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_column_of_the_bundles_table_shows(qtbot, tmp_path, monkeypatch, translations,
                                                 normal_text_afterwards, scale):
    # A large screen: the offscreen one (800 pixels) is narrower than any real desktop.
    monkeypatch.setattr(organiser_window, "available_geometry", lambda w: QRect(0, 0, 4000, 3000))
    assert text_size.apply(scale) == pytest.approx(scale)
    window = opened(qtbot, tmp_path)
    header = window.bundle_view.horizontalHeader()
    viewport = window.bundle_view.viewport()
    assert header.count() == window.bundle_model.columnCount()
    qtbot.waitUntil(lambda: header.length() <= viewport.width())
    last = header.count() - 1
    assert header.sectionSize(last) >= header.sectionSizeHint(last), "the reason's header fits"
    facilitators = BundleTableModel.FACILITATORS
    assert all(header.sectionSize(i) >= header.sectionSizeHint(i)
               for i in range(last) if i != facilitators), "each header's text fits"
    window.close()


def test_the_first_size_stays_within_a_small_screen(qtbot, tmp_path, monkeypatch, translations,
                                                    normal_text_afterwards):
    monkeypatch.setattr(organiser_window, "available_geometry", lambda w: QRect(0, 0, 640, 480))
    text_size.apply(1.5)
    window = opened(qtbot, tmp_path)
    assert window.default_size().width() <= 640 and window.default_size().height() <= 480
    window.close()
