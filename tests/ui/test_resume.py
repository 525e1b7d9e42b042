"""Resuming exactly where the facilitator was: scroll of the lists and an edit in progress."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from .conftest import type_text
from .test_capture import start_atelier, type_into


def fill(window, engagement: int, question: str, count: int) -> None:
    for i in range(count):
        window.session.add(engagement, question, f"Contribution {i:02d} sur {question}")


def editor_of(box) -> QLineEdit | None:
    return box._editor if box.view.state() == box.view.State.EditingState else None


def edit_first(qtbot, window, box, typed: str) -> QLineEdit:
    """Open the in-place editor on the first contribution of ``box`` and type at its end."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(0))
    qtbot.keyClick(box.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: editor_of(box) is not None)
    line = editor_of(box)
    qtbot.keyClick(line, Qt.Key.Key_End)
    type_text(line, typed)
    return line


def test_scroll_of_each_list_is_restored_after_closing_and_reopening(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    run = window.session.run.uuid
    panel = window.capture.current_panel()
    fill(window, 11, "indicators", 40)
    fill(window, 11, "challenges", 40)
    indicators, challenges = panel.questions["indicators"], panel.questions["challenges"]

    # The facilitator scrolls the indicators down with the keyboard, to somewhere in the middle.
    indicators.view.setFocus()
    indicators.view.setCurrentIndex(indicators.model.index(0))
    for _ in range(20):
        qtbot.keyClick(indicators.view, Qt.Key.Key_Down)
    middle = indicators.scroll_position()
    assert middle not in ("", "end"), "scrolled somewhere in the middle"
    top_text = indicators.model.contribution(
        indicators.view.indexAt(indicators.view.rect().topLeft()).row()).text
    qtbot.waitUntil(lambda: window.store.state(run).get("scroll:11:indicators") == middle,
                    timeout=2000)
    # Challenges: to the end (the newest contributions), with the mouse wheel's scroll bar.
    challenges.view.verticalScrollBar().triggerAction(
        challenges.view.verticalScrollBar().SliderAction.SliderToMaximum)
    qtbot.waitUntil(lambda: window.store.state(run).get("scroll:11:challenges") == "end",
                    timeout=2000)

    make_window.close(window)
    again = make_window()
    panel = again.capture.current_panel()
    indicators, challenges = panel.questions["indicators"], panel.questions["challenges"]
    qtbot.waitUntil(lambda: indicators.scroll_position() == middle)
    top = indicators.view.indexAt(indicators.view.rect().topLeft())
    assert indicators.model.contribution(top.row()).text == top_text
    qtbot.waitUntil(lambda: challenges.scroll_position() == "end")
    bar = challenges.view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    assert panel.questions["inspirations"].scroll_position() == ""


def test_an_edit_in_progress_is_restored_after_a_crash(qtbot, make_window, tmp_path):
    window = make_window()
    start_atelier(qtbot, window, 3)
    run = window.session.run.uuid
    window.capture.show_engagement(1)  # engagement 15
    box = window.capture.current_panel().questions["inspirations"]
    fill(window, 15, "inspirations", 3)
    target = box.model.contribution(1)

    box.view.setFocus()
    box.view.setCurrentIndex(box.model.index(1))
    qtbot.keyClick(box.view, Qt.Key.Key_F2)  # edit in place
    qtbot.waitUntil(lambda: editor_of(box) is not None)
    line = editor_of(box)
    qtbot.keyClick(line, Qt.Key.Key_End)
    type_text(line, " — précisée à moitié")
    unfinished = target.text + " — précisée à moitié"
    qtbot.waitUntil(lambda: window.store.state(run).get("edit:15:inspirations")
                    == json.dumps([target.uuid, unfinished], ensure_ascii=False), timeout=2000)
    assert window.store.contribution(target.uuid).text == target.text, "not committed yet"

    # The crash: what is on disk at this instant is all a restart gets. Copy it (SQLite backup
    # API, the WAL included) to another data folder while the window is still open.
    crashed = tmp_path / "after-crash"
    crashed.mkdir()
    source = sqlite3.connect(window.store.path)
    copy = sqlite3.connect(crashed / window.store.path.name)
    source.backup(copy)
    source.close()
    copy.close()

    again = make_window(crashed)
    assert again.capture.current_panel().engagement.number == 15
    box = again.capture.current_panel().questions["inspirations"]
    qtbot.waitUntil(lambda: editor_of(box) is not None)
    assert box.view.currentIndex().row() == 1
    line = editor_of(box)
    assert line.text() == unfinished
    # And it finishes as any edit: Enter commits it, the saved edit is cleared.
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    type_text(line, " et finie")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.store.contribution(target.uuid).text == unfinished + " et finie")
    qtbot.waitUntil(lambda: again.store.state(run).get("edit:15:inspirations") == "")
    assert QApplication.focusWidget() is not line


def test_closing_normally_during_an_edit_loses_nothing(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = window.capture.current_panel().questions["challenges"]
    fill(window, 4, "challenges", 2)
    edit_first(qtbot, window, box, " (corrigé)")
    uuid = box.model.contribution(0).uuid
    make_window.close(window)  # no wait for the half-second save

    # Closing takes the focus from the editor, and Qt's editors commit their text then.
    again = make_window()
    box = again.capture.current_panel().questions["challenges"]
    assert again.store.contribution(uuid).text == "Contribution 00 sur challenges (corrigé)"
    assert box.model.contribution(0).text == "Contribution 00 sur challenges (corrigé)"
    assert again.store.state(again.session.run.uuid).get("edit:4:challenges", "") == ""
    assert editor_of(box) is None


def test_drafts_of_an_engagement_not_shown_at_start_come_back_when_it_is(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.capture.show_engagement(2)  # engagement 16
    box = window.capture.current_panel().questions["commitments"]
    type_text(box.entry, "Un engagement à moitié tapé")
    window.capture.show_engagement(0)  # back on 11: the restart shows 11 first
    make_window.close(window)

    again = make_window()
    capture = again.capture
    assert capture.current_panel().engagement.number == 11
    assert len(capture.panels) == 1, "only the engagement on screen is built at start"
    assert capture.engagement_model.data(capture.engagement_model.index(2)).endswith("(0)")
    capture.show_engagement(2)
    entry = capture.current_panel().questions["commitments"].entry
    assert entry.text() == "Un engagement à moitié tapé"


def test_a_restart_reopens_the_run_resumed_last_not_the_one_changed_last(
        qtbot, make_window, tmp_path):
    window = make_window()
    start_atelier(qtbot, window, 1)
    run_a = window.session.run.uuid
    type_into(qtbot, window, 1, "A: une idée")  # left empty, A would not be kept
    window.show_start_page()
    start_atelier(qtbot, window, 3)
    run_b = window.session.run.uuid
    window.session.update_run(participant_count=12)  # B is the run changed last
    window.session.writer.flush()
    window.show_start_page()
    window.resume_run(run_a)  # back to A from the start page
    qtbot.waitUntil(lambda: window.capture is not None)
    box = window.capture.current_panel().questions["challenges"]
    box.entry.setText("A: unfinished")
    box.save_draft()
    assert window.session.writer.flush()
    assert window.store.runs()[0].uuid == run_b

    crashed = tmp_path / "after-crash"  # the crash: a copy of what is on disk now
    crashed.mkdir()
    src, dst = sqlite3.connect(window.store.path), sqlite3.connect(crashed / window.store.path.name)
    src.backup(dst)
    src.close()
    dst.close()
    again = make_window(crashed)
    assert again.session.run.uuid == run_a
    again_box = again.capture.current_panel().questions["challenges"]
    assert again_box.entry.text() == "A: unfinished"
