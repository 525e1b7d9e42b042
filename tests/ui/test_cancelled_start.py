"""An atelier started and left (for the start page) before anything was typed in it leaves no
run behind: none in the start page's list, none reopened at the next start, none to export.
Quitting is not leaving it: the next start reopens it. A run with anything typed in it is
always kept."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.storage import LocalStore
from tests.test_store_current_run import current_run_on_disk

from .conftest import type_text
from .test_capture import start_atelier, type_into


def runs_on_disk(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        uuids = [row[0] for row in conn.execute("SELECT uuid FROM runs")]
    conn.close()
    return uuids


def listed(page) -> list[str]:
    """The runs the start page offers to resume (not its "no atelier yet" line)."""
    items = [page.runs.item(i) for i in range(page.runs.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items
            if item.flags() & Qt.ItemFlag.ItemIsEnabled]


def test_new_or_resume_right_after_starting_leaves_no_run(qtbot, make_window, monkeypatch):
    window = make_window()
    start_atelier(qtbot, window, 3)
    store = window.store
    window.a_new.trigger()  # File ▸ New or resume an atelier…: back, nothing typed
    assert window.session is None and window.stack.currentWidget() is window.start_page
    assert runs_on_disk(store.path) == []
    assert listed(window.start_page) == []
    assert not window.start_page.resume_button.isEnabled()
    assert current_run_on_disk(store) is None
    assert store.run_in_progress() is None

    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _parent, _title, text: told.append(text)))
    window.export()  # nothing to export, rather than an empty atelier
    assert len(told) == 1

    make_window.close(window)
    again = make_window()
    assert again.session is None and again.stack.currentWidget() is again.start_page


def test_quitting_right_after_starting_reopens_the_run_and_leaving_it_then_drops_it(
        qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    run, path = window.session.run.uuid, window.store.path
    make_window.close(window)
    assert runs_on_disk(path) == [run]
    again = make_window()
    assert again.session.run.uuid == run  # as it was, its clock counting from its start
    again.a_new.trigger()
    assert runs_on_disk(path) == []


def test_an_empty_run_reopened_after_a_crash_goes_when_left(qtbot, make_window, data_dir):
    with LocalStore.in_folder(data_dir) as store:  # started, then the crash: nothing typed
        run = store.start_run(builtin_catalogue(), 3).uuid
    window = make_window()
    assert window.session.run.uuid == run  # the crash-safety: it is reopened as it was
    window.a_new.trigger()
    assert runs_on_disk(window.store.path) == []


def test_leaving_a_started_run_for_an_earlier_one_keeps_only_the_earlier(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 1)
    earlier = window.session.run.uuid
    type_into(qtbot, window, 1, "Une idée")
    window.a_new.trigger()
    start_atelier(qtbot, window, 3)
    window.a_new.trigger()
    assert runs_on_disk(window.store.path) == [earlier]
    assert listed(window.start_page) == [earlier]
    window.start_page.runs.setCurrentRow(0)
    qtbot.mouseClick(window.start_page.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.run.uuid == earlier
    assert current_run_on_disk(window.store) == earlier


def _contribution(qtbot, window):
    type_into(qtbot, window, 1, "Une idée")


def _deleted_contribution(qtbot, window):
    type_into(qtbot, window, 1, "Une idée retirée")
    box = window.capture.current_panel().questions["indicators"]
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.keyClick(box.view, Qt.Key.Key_Delete)
    assert box.model.rowCount() == 0


def _unentered_text(qtbot, window):  # typed in an entry line, no Enter, no wait
    type_text(window.capture.current_panel().questions["challenges"].entry, "À moitié")


def _notes(qtbot, window):
    type_text(window.capture.current_panel().notes, "Question d'un participant")


def _participants(qtbot, window):
    window.capture.details.participants.setValue(7)


@pytest.mark.parametrize("typing", [_contribution, _deleted_contribution, _unentered_text,
                                    _notes, _participants])
@pytest.mark.parametrize("leave", ["new", "quit"])
def test_a_run_with_anything_typed_is_kept(qtbot, make_window, typing, leave):
    window = make_window()
    start_atelier(qtbot, window, 3)
    run, path = window.session.run.uuid, window.store.path
    typing(qtbot, window)
    if leave == "new":
        window.a_new.trigger()
        assert listed(window.start_page) == [run]
    else:
        make_window.close(window)
    assert runs_on_disk(path) == [run]
    if leave == "quit":
        again = make_window()
        assert again.session is not None and again.session.run.uuid == run
