"""The organiser window never reads the store on the GUI thread: opening a store file and
reading its bundles, conflicts and keys (at opening, after a merge, after a conflict is
resolved) run on workers, and the window answers while a read is slow."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.support.bundles import OTHER_KEY
from tests.support.merging import contribution, write_bundle

TIMEOUT = 60_000
READS = ("__init__", "bundles", "conflicts", "keys")


@pytest.fixture
def store_with_conflict(tmp_path):
    path = tmp_path / "central.sqlite"
    one = write_bundle(tmp_path, "un", [contribution(1, 1, "Version A"), contribution(2)])
    two = write_bundle(tmp_path, "deux", [contribution(1, 1, "Version B")], key=OTHER_KEY,
                       facilitators=("Une autre animatrice",))
    with CentralStore(path) as store:
        merge_paths(store, [one, two])
    return path


@pytest.fixture
def threads_of_reads(monkeypatch):
    """The thread each store opening and read ran on, by name of the method."""
    seen: list[tuple[str, int]] = []
    for name in READS:
        original = getattr(CentralStore, name)

        def recorded(self, *args, _name=name, _original=original, **kwargs):
            seen.append((_name, threading.get_ident()))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(CentralStore, name, recorded)
    return seen


@pytest.fixture
def window(qtbot, tmp_path, translations):
    from facilitator_app.ui.organiser_window import OrganiserWindow
    from facilitator_app.ui.settings import Settings

    made = OrganiserWindow(Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def test_opening_and_refreshing_read_the_store_off_the_gui_thread(
        qtbot, window, store_with_conflict, threads_of_reads):
    gui = threading.get_ident()
    with qtbot.waitSignal(window.runner.idle, timeout=TIMEOUT):
        assert window.open_store(str(store_with_conflict)) is not None
    assert window.bundle_model.rowCount() == 2 and window.key_model.rowCount() == 2
    assert window.conflicts.model.rowCount() == 1
    opened = len(threads_of_reads)
    assert {name for name, _ in threads_of_reads} == set(READS)

    window.tabs.setCurrentWidget(window.conflicts)
    window.conflicts.view.setFocus()
    qtbot.keyClick(window.conflicts.view, Qt.Key.Key_1)  # resolve, then read again
    qtbot.waitUntil(lambda: window.conflicts.model.rowCount() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.reader.busy, timeout=TIMEOUT)
    assert "0" in window.totals.text()  # the count said once the conflicts were read
    again = [name for name, _ in threads_of_reads[opened:]]
    assert {"bundles", "conflicts", "keys"} <= set(again)
    on_gui = [name for name, ident in threads_of_reads if ident == gui]
    assert on_gui == [], f"read on the GUI thread: {on_gui}"


def test_the_window_answers_while_the_store_is_slow_to_read(
        qtbot, window, store_with_conflict, monkeypatch):
    release = threading.Event()
    reading = threading.Event()
    original = CentralStore.conflicts

    def slow(self, *args, **kwargs):
        reading.set()
        assert release.wait(30), "the test never let the read end"
        return original(self, *args, **kwargs)

    monkeypatch.setattr(CentralStore, "conflicts", slow)
    try:
        window.open_store(str(store_with_conflict))
        qtbot.waitUntil(reading.is_set, timeout=TIMEOUT)
        # The read is held on its worker; the GUI thread still handles keys and paints.
        assert window.progress_box.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: window.tabs.currentIndex() == 2)
        assert window.store is None  # not adopted before it is read
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.store is not None and not window.busy, timeout=TIMEOUT)
    assert window.conflicts.model.rowCount() == 1
