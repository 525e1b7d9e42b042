"""Drag and drop through the views: the drag's events delivered to the target list's viewport,
as the window system delivers them during a drag (QDrag.exec itself blocks offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from .conftest import drag_event
from .test_capture import start_atelier

MOVE = Qt.DropAction.MoveAction
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def drag(source_box, row: int, target_box, point: QPoint) -> QDropEvent:
    """Drag ``row`` of ``source_box``'s list onto ``point`` of ``target_box``'s viewport."""
    mime = source_box.model.mimeData([source_box.model.index(row)])
    viewport = target_box.view.viewport()
    enter = drag_event(QDragEnterEvent, point, MOVE, mime, LEFT, NONE)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the list accepts contributions"
    move = drag_event(QDragMoveEvent, point, MOVE, mime, LEFT, NONE)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(point), MOVE, mime, LEFT, NONE, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    return drop


def above(box, row: int) -> QPoint:
    """A point in the upper edge of ``row``: the drop indicator goes above it."""
    rect = box.view.visualRect(box.model.index(row))
    return QPoint(rect.center().x(), rect.top() + 1)


def texts(box) -> list[str]:
    return [box.model.contribution(r).text for r in range(box.model.rowCount())]


def test_dropping_reorders_and_moves_to_another_question(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    session, store = window.session, window.store
    for text in ("un", "deux", "trois"):
        session.add(11, "indicators", text)
    session.add(11, "challenges", "défi")
    panel = window.capture.current_panel()
    indicators, challenges = panel.questions["indicators"], panel.questions["challenges"]
    run = session.run.uuid

    # "trois" dropped above "un": first of its list, on disk.
    drag(indicators, 2, indicators, above(indicators, 0))
    qtbot.waitUntil(lambda: texts(indicators) == ["trois", "un", "deux"])
    assert session.writer.flush()
    assert [c.text for c in store.contributions(run, 11, "indicators")] == ["trois", "un", "deux"]

    # "un" dropped on the empty part of the challenges list: last of that question.
    empty = QPoint(10, challenges.view.viewport().height() - 3)
    assert not challenges.view.indexAt(empty).isValid()
    drag(indicators, 1, challenges, empty)
    qtbot.waitUntil(lambda: texts(challenges) == ["défi", "un"])
    assert session.writer.flush()
    assert texts(indicators) == ["trois", "deux"]
    moved = [c for c in store.contributions(run, 11, "challenges") if c.text == "un"][0]
    assert (moved.question_key, moved.position) == ("challenges", 2)
    assert [c.position for c in store.contributions(run, 11, "indicators")] == [1, 2]

    # One drop is one undo step.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: texts(indicators) == ["trois", "un", "deux"])
    assert texts(challenges) == ["défi"]


def test_a_foreign_drag_is_refused(qtbot, make_window):
    from PySide6.QtCore import QMimeData

    window = make_window()
    start_atelier(qtbot, window, 1)
    box = window.capture.current_panel().questions["indicators"]
    mime = QMimeData()
    mime.setText("du texte venu d'ailleurs")
    enter = drag_event(QDragEnterEvent, QPoint(5, 5), MOVE, mime, LEFT, NONE)
    QApplication.sendEvent(box.view.viewport(), enter)
    assert not enter.isAccepted()
    assert box.model.rowCount() == 0
